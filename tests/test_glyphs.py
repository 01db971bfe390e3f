"""Every pairing of quote glyphs Dutch news prints: the cross product of openers and closers per
family, each as a direct quote with its speaker and exact offsets, and the apostrophes that must
never pair with them."""
from __future__ import annotations

import itertools

import pytest

import quoteattr
from quoteattr import segment, spans
from quoteattr.lang import load_language

from conftest import assert_offsets

LANG = load_language("nl")

#: the double family: typewriter ,,  low „  curly “ ”  straight "  and the doubled single marks
#: that stand for one double mark ('' typed, ’’ autocorrected, ‘‘ and `` typeset)
DOUBLE_OPENERS = [",,", "„", "“", "”", '"', "‘‘", "''", "’’", "``"]
DOUBLE_CLOSERS = ["”", "“", '"', "''", "’’"]
SINGLE_OPENERS = ["‘", "’", "'", "‚"]
SINGLE_CLOSERS = ["’", "'", "‘", "’’", "''"]
GUILLEMETS = [("«", "»"), ("‹", "›"), ("»", "«"), ("›", "‹"), ("»", "»"), ("›", "›")]

PAIRS = (list(itertools.product(DOUBLE_OPENERS, DOUBLE_CLOSERS))
         + list(itertools.product(SINGLE_OPENERS, SINGLE_CLOSERS)) + GUILLEMETS)
PAIR_IDS = [f"{o}…{c}" for o, c in PAIRS]
SINGLE_PAIRS = list(itertools.product(SINGLE_OPENERS, SINGLE_CLOSERS))

#: speech with apostrophes of both kinds inside: they never close the quote
SPEECH = "Zo’n plan komt er ’s avonds niet door"

#: (template, sieve): {o} and {c} are the marks, {s} the speech
FRAMES = [
    ("{o}{s}{c}, zegt Jan de Vries.", "cue-after"),
    ("Het plan ligt klaar. {o}{s}{c}, zegt Jan de Vries. Morgen beslist de raad.", "cue-after"),
    ("{o}{s}?{c} vraagt Jan de Vries zich af.", "cue-after"),
    ("Jan de Vries zegt: {o}{s}.{c}", "colon"),
    ("Jan de Vries: {o}{s}.{c}", "colon"),
    ("{o}{s}.{c} Dat zegt Jan de Vries.", "dat-zegt"),
]


def detect(text: str) -> list[str]:
    return [q.text for q in spans.detect(text, segment.paragraphs(text), LANG)]


@pytest.mark.parametrize("opener, closer", PAIRS, ids=PAIR_IDS)
def test_every_pair_is_declared(opener, closer):
    assert LANG.closes(opener, closer)


@pytest.mark.parametrize(
    "opener, closer",
    [("“", "’"), ("‘", "”"), (",,", "’"), ("«", "”"), ("“", "»"), ("‘", "»"), ("«", "›")],
)
def test_families_do_not_mix(opener, closer):
    assert not LANG.closes(opener, closer)


@pytest.mark.parametrize("template, sieve", FRAMES,
                         ids=["cue-after", "mid-paragraph", "question", "colon-verb", "colon-name", "dat-zegt"])
@pytest.mark.parametrize("opener, closer", PAIRS, ids=PAIR_IDS)
def test_direct_quote_in_every_pairing(opener, closer, template, sieve):
    text = template.format(o=opener, c=closer, s=SPEECH)
    quotes = quoteattr.extract(text)
    assert_offsets(text, quotes)
    assert len(quotes) == 1, [q.text for q in quotes]
    q = quotes[0]
    start = text.index(SPEECH)
    end = text.index(closer, start + len(SPEECH))  # the span stops right before the closing mark
    assert (q.start, q.end) == (start, end)
    assert text[start - len(opener):start] == opener
    assert (q.kind, q.speaker, q.sieve) == ("direct", "Jan de Vries", sieve)


@pytest.mark.parametrize("opener, closer", PAIRS, ids=PAIR_IDS)
def test_two_quotes_of_one_style_pair_apart(opener, closer):
    text = f"{opener}Eerst dit{closer}, zei Els Bakker. {opener}Dan dat.{closer} Daarna ging ze weg."
    quotes = quoteattr.extract(text)
    assert_offsets(text, quotes)
    assert [q.text for q in quotes] == ["Eerst dit", "Dan dat."]
    assert [q.speaker for q in quotes] == ["Els Bakker", "Els Bakker"]


@pytest.mark.parametrize(
    "speech",
    ["Het is m’n huis", "Het is m'n huis", "Dat zijn Hans’ woorden niet", "Dat zijn Hans' woorden niet",
     "De foto’s zijn mooi", "Muziek uit de jaren ’80 blijft", "Ik kom ’s avonds wel", "Op ’t erf is het stil",
     "Ik ga naar Joris’ huis"],
    ids=["mn-curly", "mn-straight", "possessive-curly", "possessive-straight", "plural", "decade",
         "s-avonds", "t-erf", "possessive-end"],
)
@pytest.mark.parametrize("opener, closer", SINGLE_PAIRS, ids=[f"{o}…{c}" for o, c in SINGLE_PAIRS])
def test_apostrophes_inside_single_quotes(opener, closer, speech):
    text = f"{opener}{speech}{closer}, zegt Jan de Vries."
    assert detect(text) == [speech]


@pytest.mark.parametrize(
    "text, expected",
    [
        (",,De ‘burgerstatus’ blijft nodig’’, zegt Jan de Vries.", ["De ‘burgerstatus’ blijft nodig"]),
        (",,De 'burgerstatus' blijft nodig'', zegt Jan de Vries.", ["De 'burgerstatus' blijft nodig"]),
        ("„Hij riep ‚weg hier‘ en liep door“, zei de getuige.", ["Hij riep ‚weg hier‘ en liep door"]),
        ("»Hij riep ›weg hier‹ en liep door«, zei de getuige.", ["Hij riep ›weg hier‹ en liep door"]),
        ("De buurman noemt het ’een schande’. ,,Zo’n besluit neem je niet’’, zegt hij.",
         ["een schande", "Zo’n besluit neem je niet"]),
    ],
    ids=["single-in-doubled-curly", "single-in-doubled-straight", "german-nested", "reversed-guillemets-nested",
         "two-styles"],
)
def test_nested_and_mixed_styles(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize("apostrophe", ["'", "’"], ids=["straight", "curly"])
@pytest.mark.parametrize(
    "template",
    [
        "Hij werkt {a}s avonds en {a}s ochtends in de bakkerij.",
        "{a}s Avonds is het stil in de straat.",
        "Zo{a}n fiets heeft niet iedereen.",
        "De foto{a}s en auto{a}s staan in de krant.",
        "Muziek uit de jaren {a}80 blijft populair.",
        "Hans{a} fiets stond bij Joris{a} moeder.",
        "Op {a}t erf staat d{a}r fiets.",
        "Hij pakte m{a}n tas. Hans{a} jas bleef hangen.",
        "In {a}s-Hertogenbosch is het druk.",
    ],
    ids=["s-avonds", "s-avonds-capital", "zon", "plural-s", "decade", "possessive", "t-dr", "mn-and-possessive",
         "den-bosch"],
)
def test_apostrophes_are_never_quotes(template, apostrophe):
    assert detect(template.format(a=apostrophe)) == []


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"], ids=["space", "no-break", "narrow-no-break"])
@pytest.mark.parametrize("opener, closer", [("«", "»"), ("‹", "›")], ids=["guillemets", "single-guillemets"])
def test_guillemets_with_french_spacing(opener, closer, space):
    text = f"{opener}{space}{SPEECH}{space}{closer}, zegt Jan de Vries."
    quotes = quoteattr.extract(text)
    assert_offsets(text, quotes)
    assert [(q.text, q.speaker) for q in quotes] == [(SPEECH, "Jan de Vries")]


@pytest.mark.parametrize("text", ["De koers ging van 3 » 4 punten.", "Klik op Menu » Instellingen » Privacy."],
                         ids=["arrow", "menu-path"])
def test_lone_guillemets_are_no_quotes(text):
    assert detect(text) == []


def test_doubled_marks_are_one_glyph_not_an_empty_quote():
    text = "Het scherm meet 27'' en de kast 2’’ breed."
    assert detect(text) == []


def test_families_do_not_close_each_other():
    # a double quote is not closed by a single right mark: it runs to the paragraph end
    text = "“We gaan door’, zegt Jan de Vries."
    assert detect(text) == ["We gaan door’, zegt Jan de Vries."]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Titel\n\n--Kom je morgen? vroeg Jan de Vries.", ["Kom je morgen?"]),
        ("Titel\n\n-- Kom je morgen?", ["Kom je morgen?"]),
        ("Titel\n\n--Ja, zei Els Bakker.", ["Ja"]),
        ("Titel\n\n― Ja, zei Els Bakker.", ["Ja"]),
        ("Titel\n\n----------\n\nDe rest van het verhaal.", []),
        ("Titel\n\n--\n\nDe rest van het verhaal.", []),
        ("Titel\n\n–Holland blijft koploper.", []),
        ("Titel\n\n-Holland blijft koploper.", []),
    ],
    ids=["double-hyphen", "double-hyphen-space", "double-hyphen-inquit", "horizontal-bar", "hyphen-rule",
         "lone-double-hyphen", "en-dash-touching", "hyphen"],
)
def test_dialogue_dashes(text, expected):
    assert detect(text) == expected
