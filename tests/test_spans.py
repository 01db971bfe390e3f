"""Pass 1: quotation spans for every Dutch quoting style, apostrophes, nesting, broken marks."""
from __future__ import annotations

import pytest

from quoteattr import segment, spans
from quoteattr.lang import load_language

LANG = load_language("nl")


def quoted(text: str) -> list[str]:
    return [q.text for q in spans.detect(text, segment.paragraphs(text), LANG)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We gaan door”, zei de burgemeester.", ["We gaan door"]),
        ("‘We gaan door’, zei de burgemeester.", ["We gaan door"]),
        ('"We gaan door", zei de burgemeester.', ["We gaan door"]),
        ("'We gaan door', zei de burgemeester.", ["We gaan door"]),
        ("„We gaan door”, zei de burgemeester.", ["We gaan door"]),
        ("‚We gaan door’, zei de burgemeester.", ["We gaan door"]),
        (",,We gaan door'', zei de burgemeester.", ["We gaan door"]),
        (",,We gaan door\", zei de burgemeester.", ["We gaan door"]),
        ("«We gaan door», zei de burgemeester.", ["We gaan door"]),
        ("‹We gaan door›, zei de burgemeester.", ["We gaan door"]),
        ("De wethouder: ‘Het plan is van tafel.’", ["Het plan is van tafel."]),
        ("“Eerst dit”, zei hij, “en dan dat.”", ["Eerst dit", "en dan dat."]),
    ],
    ids=["curly-double", "curly-single", "straight-double", "straight-single", "low-high", "low-single",
         "typewriter", "typewriter-straight", "guillemets", "single-guillemets", "colon", "split"],
)
def test_every_quoting_style(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hij werkt 's avonds en 's ochtends in de bakkerij.",
        "Zo'n fiets heeft niet iedereen, zegt men.",
        "De foto's en auto's staan in de krant.",
        "Op 't erf staat d'r fiets.",
        "Hans' fiets stond bij Joris' moeder.",
        "Muziek uit de jaren '80 blijft populair.",
        "Hij pakte m'n tas en z'n jas.",
    ],
    ids=["s-avonds", "zon", "plural-s", "t-dr", "possessive", "decade", "mn-zn"],
)
def test_apostrophes_are_not_quotes(text):
    assert quoted(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("'Ik kom 's avonds, met zo'n auto', zei hij.", ["Ik kom 's avonds, met zo'n auto"]),
        ("‘Dat zijn Hans’ woorden niet’, zei ze.", ["Dat zijn Hans’ woorden niet"]),
        ("'De foto's zijn mooi', aldus Piet.", ["De foto's zijn mooi"]),
    ],
)
def test_apostrophes_inside_single_quoted_speech(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one common word in single marks is set off, even when a closer comes much later
        ("De 'krakers' willen niet praten, zegt hun advocaat. ,,Ook dit telt mee'', verwacht hij. "
         "Het onderzoek is klaar.' Meer niet.", ["krakers", "Ook dit telt mee"]),
        # a name with its possessive right after the opener still opens a longer quote
        ("'Joris' moeder heeft ze een nacht gehouden', vertelt ze.", ["Joris' moeder heeft ze een nacht gehouden"]),
    ],
)
def test_a_single_word_in_single_marks_against_a_possessive(text, expected):
    assert quoted(text) == expected


def test_nested_quotes_stay_inside_the_outer_quote():
    text = "‘Hij riep “weg hier” en liep door’, zei de getuige."
    assert quoted(text) == ["Hij riep “weg hier” en liep door"]


def test_multi_paragraph_quote_shares_a_group():
    text = "“Het eerste deel loopt door.\n\n“Het tweede deel ook.\n\n“En hier stopt het”, zei ze."
    found = spans.detect(text, segment.paragraphs(text), LANG)
    assert [q.text for q in found] == ["Het eerste deel loopt door.", "Het tweede deel ook.", "En hier stopt het"]
    assert found[0].group is not None and len({q.group for q in found}) == 1
    assert found[0].close_mark is None and found[2].close_mark == "”"


def test_missing_closing_mark_does_not_swallow_later_quotes():
    text = "Hij zei “dit loopt niet af. Later: “Dit wel”, zei ze. En ‘ook dit’."
    assert quoted(text) == ["Dit wel", "ook dit"]


def test_stray_closer_is_ignored():
    text = "Er staat een los teken” in de tekst. “Maar dit klopt”, zei hij."
    assert quoted(text) == ["Maar dit klopt"]


def test_unclosed_quote_at_paragraph_start_runs_to_paragraph_end_only():
    text = "“Dit is het begin van een lang citaat\n\nDe verslaggever vervolgt gewoon."
    assert quoted(text) == ["Dit is het begin van een lang citaat"]


@pytest.mark.parametrize("dash", ["–", "—"])
def test_dash_introduced_paragraph_is_a_quote(dash):
    text = f"Titel\n\n{dash} Komt u vaak in de bakkerij?\n\n{dash} Elke ochtend, al dertig jaar."
    assert quoted(text) == ["Komt u vaak in de bakkerij?", "Elke ochtend, al dertig jaar."]


def test_hyphenated_words_are_not_dialogue():
    assert quoted("Titel\n\nNoord-Holland en Zuid-Holland stemmen.") == []


def test_offsets_index_the_original_text_with_crlf():
    text = "Titel\r\n\r\n“Eerste”, zei hij.\r\n\r\n‘Tweede’, zei zij."
    found = spans.detect(text, segment.paragraphs(text), LANG)
    assert [text[q.start:q.end] for q in found] == ["Eerste", "Tweede"]


def test_many_unbalanced_marks_pair_locally():
    text = " ".join(["“open"] * 200 + ["“Dit telt”, zei hij."])
    assert quoted(text)[-1] == "Dit telt"


@pytest.mark.parametrize("open_, close", [('"', '"'), ("“", "”"), ("„", "”")])
def test_a_multi_paragraph_quote_glued_onto_one_line_is_read_paragraph_by_paragraph(open_, close):
    # a scraped body lost its paragraph breaks: each paragraph of the quotation still opens with
    # a mark and only the last one closes
    text = (f"Is het gevaar geweken? {open_}De groep viel uiteen. Dat zag iedereen. {open_}Maar de ideeën "
            f"leven voort in kleine kring.{close} Hoe nu verder? {open_}Dat weet niemand{close}, zegt hij.")
    found = spans.detect(text, segment.paragraphs(text), LANG)
    assert [q.text for q in found] == ["De groep viel uiteen. Dat zag iedereen.",
                                       "Maar de ideeën leven voort in kleine kring.", "Dat weet niemand"]
    assert found[0].group is not None and found[0].group == found[1].group and found[2].group != found[0].group
    for q in found:
        assert text[q.start:q.end] == q.text


def test_an_opener_after_a_comma_or_marks_out_of_step_glue_nothing():
    # after a comma the second mark is a stutter, not a new paragraph of the same quotation
    assert all("Daarna niets" not in q for q in quoted('Hij zei: "Ja, "ja, dat klopt." Daarna niets.'))
    # a quotation closed in between: the marks are out of step, and narration stays narration
    text = '"Eerst dit, "dan dat", zei hij. Hij liep weg. "Tot ziens."'
    assert all("Hij liep weg" not in q for q in quoted(text))
