"""The speed-ups keep the engine's answers: lazy lookups answer as the whole-text passes they
replace, a sentence ruled out early would have given nothing, and the README's Speed figures are
what benchmarks/bench.py recorded. (Timing itself lives in benchmarks/, never in a test.)"""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from quoteattr.analysis import (
    _LETTER_OR_DIGIT_ASCII, _LOWER_WORD, _MARK, _MID_CAP, DocumentAnalysis, WordsUsed,
)
from quoteattr.lang import load_language
from quoteattr.model import Document
from quoteattr.sieves import indirect

from conftest import benchmark_module

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "corpora" / "news2019" / "articles.jsonl"

#: letters, marks, digits, apostrophes, hyphens, spaces, commas and line breaks, mixed
_ALPHABET = list("abcAB e'’-1.,\n\u0301\u0308éÉxyzJ ")


def _substrings(text: str, longest: int = 6) -> set[str]:
    return {text[i:j] for i in range(len(text)) for j in range(i + 1, min(len(text), i + longest) + 1)}


@pytest.mark.parametrize("pattern, inside, blocked", [
    (_LOWER_WORD, _MARK, frozenset()), (_LOWER_WORD, _MARK, _LETTER_OR_DIGIT_ASCII),
    (_MID_CAP, None, frozenset())],
    ids=["lower", "lower-passing-over", "mid-caps"])
def test_words_used_answers_as_the_set_does(pattern, inside, blocked):
    rng = random.Random(15)
    for _ in range(3000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30)))
        full = frozenset(pattern.findall(text))
        used = WordsUsed(text, pattern, inside, no_start_after=blocked)
        for word in _substrings(text) | {"", "x y"}:
            assert (word in used) == (word in full), (text, word)
        assert set(used) == full and len(used) == len(full)


@pytest.mark.parametrize("word, expected", [
    ("kermisexploitant", True),   # used in lower case
    ("jansen", False),            # only as a name
    ("naïef", False),             # the text spells it decomposed (NFD) ...
    ("nai\u0308ef", True),        # ... and a match runs on over the combining mark
])
def test_lower_words_examples(word, expected):
    text = "Jansen, de kermisexploitant, vond het nai\u0308ef. Kermisexploitant Jansen zweeg."
    an = DocumentAnalysis(Document("d", text), load_language("nl"))
    assert (word in an.lower_words) is expected
    assert (word in an.lower_words) == (word in frozenset(_LOWER_WORD.findall(text)))


def test_plain_words_are_the_view_tokens():
    text = ("Minister Jan de Vries zei dinsdag dat het kabinet ‘voorlopig’ niet ingrijpt. "
            "Volgens de bond is dat te laat, aldus voorzitter Smit.\n\n„Dat klopt”, zei hij.")
    an = DocumentAnalysis(Document("d", text), load_language("nl"))
    for si in range(len(an.sents)):
        words = an.plain_words(si)
        view = an.views[si]
        if view.quote_at:
            assert words is None
        else:
            assert words == [t.lower for t in view.items]


def test_fast_word_pattern_finds_the_tokens_word_finds():
    """segment.WORD_FAST (the standard library's engine) classes every code point outside
    WORD_UNSAFE as WORD (the regex module) does: letters and digits, white space, the rest."""
    import re

    import regex

    from quoteattr.cues import tokenize
    from quoteattr.segment import WORD, WORD_UNSAFE, word_pattern

    every = "".join(map(chr, range(0x110000)))
    unsafe = {m.start() for m in WORD_UNSAFE.finditer(every)}

    def members(pattern) -> set[int]:
        return {m.start() for m in pattern.finditer(every)} - unsafe

    assert members(regex.compile(r"[\p{L}\p{N}]")) == members(re.compile(r"[^\W_]"))
    assert members(regex.compile(r"\s")) == members(re.compile(r"\s"))
    rng = random.Random(15)
    alphabet = list("ab'’-_ .,1\t\n\u00e9\u0301\u2019\u201c\u201e\u00a0\u3000\u0660") + ["\x1c", "\U0001F600"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        assert word_pattern(text).findall(text) == WORD.findall(text), text
        for pattern in (WORD, word_pattern(text)):  # tokenize places each token where WORD matched it
            lo = rng.randint(0, len(text))
            assert [(t.start, t.end, t.text) for t in tokenize(text, lo, len(text), pattern)] == \
                [(*m.span(), m.group()) for m in WORD.finditer(text, lo, len(text))], text
    if NEWS.exists():
        for line in NEWS.open(encoding="utf-8"):
            text = json.loads(line)["text"]
            assert word_pattern(text).findall(text) == WORD.findall(text)


@pytest.mark.skipif(not NEWS.exists(), reason="needs ../shared/corpora/news2019")
def test_indirect_prefilter_turns_away_only_sentences_without_indirect_speech(monkeypatch):
    """Every indirect quote of 600 news articles comes from a sentence _may_report lets through
    (run with the filter off, so that nothing is hidden by it)."""
    lang = load_language("nl")
    may_report = indirect._may_report
    monkeypatch.setattr(indirect, "_may_report", lambda words, lang: True)
    with NEWS.open(encoding="utf-8") as fh:
        records = [json.loads(line) for _, line in zip(range(600), fh)]
    seen = 0
    for rec in records:
        an = DocumentAnalysis(Document(rec["id"], rec["text"]), lang)
        for ind in indirect._find_indirect(an):
            si = an.sentence_index(ind.start)
            words = an.plain_words(si)
            if words is not None:
                seen += 1
                assert may_report(words, lang), an.sents[si].text
    assert seen > 50


def test_readme_speed_figures_are_what_the_script_recorded():
    """`python benchmarks/bench.py --write-readme README.md` wrote the README's Speed figures."""
    bench = benchmark_module("bench")
    figures = json.loads((ROOT / "benchmarks" / "speed_figures.json").read_text(encoding="utf-8"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert bench.readme_block.read(readme, bench.MARKERS) == bench.figures_text(figures)


@pytest.mark.parametrize("text", [
    "Iedereen noemde hem Kees, maar eigenlijk heette hij Cornelis.",
    "Haar broer, door de buren Toon genoemd, heet voluit Antonius.",
    "Het bloemetje was beroemd; de soep was heet en de naam Heetman zegt niets.",
    "Noem het maar zoals je wilt. Noemden zij hem zo? Genoemd werd hij nooit.",
    "Niets van dat alles hier.",
])
def test_naming_keywords_are_what_the_keyword_pattern_finds(text):
    """naming._keywords (str.find on a piece of each keyword, then the pattern there) finds what
    the keyword pattern finds over the whole text, also among look-alikes ("beroemd", "Heetman")."""
    from quoteattr import naming

    expected = [(m.start(), m.end()) for m in naming._KEYWORDS.finditer(text)]
    assert [(m.start(), m.end()) for m in naming._keywords(text)] == expected


def test_naming_keywords_on_random_text():
    from quoteattr import naming

    rng = random.Random(7)
    alphabet = list("noemdgtHhNGeEilVvuj kOé-'’\n")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        expected = [(m.start(), m.end()) for m in naming._KEYWORDS.finditer(text)]
        assert [(m.start(), m.end()) for m in naming._keywords(text)] == expected, text


def test_heading_hint_classes_hold_every_code_point():
    """segment._HEADING_HINT may turn a place away only where _GLUED_HEADING cannot match: its
    white space covers the regex module's, a capital or lower-case letter is never among the
    characters it excludes, and no letter is white space to it."""
    import re
    import sys

    import regex

    space, upper, lower, letter = (regex.compile(p) for p in (r"\s", r"\p{Lu}", r"\p{Ll}", r"[\p{L}'’-]"))
    re_space, not_first, not_rest = (re.compile(p) for p in (r"\s", r"[\s\da-z]", r"[\s\dA-Z]"))
    bad = []
    for c in map(chr, range(sys.maxunicode + 1)):
        if (space.match(c) and not re_space.match(c)) or (upper.match(c) and not_first.match(c)) \
                or (lower.match(c) and not_rest.match(c)) or (letter.match(c) and re_space.match(c)):
            bad.append(hex(ord(c)))
    assert bad == []


@pytest.mark.parametrize("text", [
    "Respect Ook oppositieleider Jan Smit vindt het een goed plan.",
    "Geen tolerantie meer Naast de gemeente praat ook de provincie mee.",
    "Het kabinet Rutte Maar de Kamer stemde tegen.",
    "De minister zei dat het plan niet doorgaat.",
    "  Een lange kop van vier woorden Dan komt de zin.",
])
def test_heading_hint_matches_wherever_the_heading_does(text):
    from quoteattr import segment

    rng = random.Random(len(text))
    for pos in range(len(text)):
        if segment._GLUED_HEADING.match(text, pos, len(text)):
            assert segment._HEADING_HINT.match(text, pos, len(text)), (text, pos)
    alphabet = list("AbcDéÉ \t\n'’-.Ook") + ["Maar", "Het", " "]
    for _ in range(2000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25)))
        if segment._GLUED_HEADING.match(s):
            assert segment._HEADING_HINT.match(s), s


def test_naming_hint_classes_hold_every_code_point():
    """naming._NAME_WORD_HINT may only exclude characters a name word (naming._WORD) cannot have
    there: no capital among those it bars from the first place, no lower-case letter among those
    it bars from the second, and no letter is white space to the standard library's engine."""
    import re
    import sys

    import regex

    space, upper, lower, letter = (regex.compile(p) for p in (r"\s", r"\p{Lu}", r"\p{Ll}", r"[\p{L}'’-]"))
    re_space = re.compile(r"\s")
    first, second = (re.compile(p) for p in (r"[^\s\da-z!-@\[-`{-~]", r"[^\s\dA-Z!-@\[-`{-~]"))
    bad = []
    for c in map(chr, range(sys.maxunicode + 1)):
        if (space.match(c) and not re_space.match(c)) or (upper.match(c) and not first.match(c)) \
                or (lower.match(c) and not second.match(c)) or (letter.match(c) and re_space.match(c)):
            bad.append(hex(ord(c)))
    assert bad == []


@pytest.mark.parametrize("text", [
    "Wilhelmina de Groot, die iedereen Mien noemde, kwam binnen.",
    "Johannes Smit, door zijn vrienden Hans genoemd, zweeg.",
    "Petronella, de oudste dochter, die door de hele straat Nel genoemd werd, lachte.",
    "Bas heette eigenlijk Sebastiaan van Dalen.",
    "EIGENLIJK heette Guus Augustinus Vermeer.",
    "Lotte (voluit Charlotte van Beek) bleef thuis.",
    "Thuis heette hij Wim.",
    "Zijn collega's noemden hem Jopie.",
    "Iedereen wilde haar Roos noemen.",
    "Frits Bakker heette zij in werkelijkheid niet.",
    "De ploeg noemt het plan goed; het water was heet en eigenlijk te warm.",
])
def test_naming_hints_hold_every_statement_the_patterns_find(text):
    """naming_statements runs its patterns only in the windows where the hints find something:
    every match of the pairs pattern holds what _PAIRS_HINT or _TRULY_HINT finds, and every
    match of the pronoun pattern what _PRONOUN_HINT finds."""
    from quoteattr import naming

    lang = load_language("nl")
    pairs, pronoun = naming._patterns(lang.particles, frozenset(lang.honorifics))
    for m in pairs.finditer(text):
        found = m.group()
        assert naming._PAIRS_HINT.search(found) or naming._TRULY_HINT.search(found.casefold()), found
    for m in pronoun.finditer(text):
        assert naming._PRONOUN_HINT.search(m.group()), m.group()
    assert naming_statements_of(text) == naming_statements_of(text, hints=False)


def naming_statements_of(text: str, hints: bool = True) -> dict[str, str]:
    """naming_statements with its hints, or with hints that let every window through."""
    import re

    from quoteattr import naming

    if hints:
        return naming.naming_statements(text, load_language("nl"), [])
    saved = naming._PAIRS_HINT, naming._PRONOUN_HINT
    naming._PAIRS_HINT = naming._PRONOUN_HINT = re.compile("")
    try:
        return naming.naming_statements(text, load_language("nl"), [])
    finally:
        naming._PAIRS_HINT, naming._PRONOUN_HINT = saved


@pytest.mark.parametrize("text", [
    "Haar zoon Pieter kwam binnen, met zijn oma en de broer van mevrouw.",
    "Maar de manier waarop Europa partij koos, maakte de man boos.",
    "De tante\u00a0van Kees, zijn\tzusje en haar\nvader: allen waren er (moeder ook).",
    "Opa’s fiets; de zoon² en de vrouw-achtige; papa!",
    "ma pa\u2003mam",
])
def test_kin_positions_hold_every_family_noun_the_patterns_can_match(text):
    """mentions._kin_positions (str.find per noun) keeps every place where a family noun follows
    white space and no letter follows it: where _kin_ties and _relatives_mentioned can match."""
    import regex

    from quoteattr import mentions

    lang = load_language("nl")
    nouns = "|".join(sorted(map(regex.escape, lang.kin_relations), key=len, reverse=True))
    exact = {m.start() + 1 for m in regex.finditer(r"\s(?:" + nouns + r")(?![\p{L}])", text)}
    found = mentions._kin_positions(text, lang)
    assert exact <= set(found) and found == sorted(found)
    rng = random.Random(len(text))
    alphabet = list(" \n\u00a0\tmapzonvrwé-’.") + ["ma", "pa", "zoon", "vrouw", "oma"]
    for _ in range(2000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20)))
        exact = {m.start() + 1 for m in regex.finditer(r"\s(?:" + nouns + r")(?![\p{L}])", s)}
        assert exact <= set(mentions._kin_positions(s, lang)), s


def _kin_positions_per_noun(text, lang):
    """_kin_positions as it was: one str.find pass per family noun."""
    out = []
    for noun in lang.kin_relations:
        a = text.find(noun, 1)
        while a >= 0:
            b = a + len(noun)
            if text[a - 1].isspace() and (b >= len(text) or not ("a" <= text[b] <= "z" or "A" <= text[b] <= "Z")):
                out.append(a)
            a = text.find(noun, a + 1)
    return sorted(out)


def test_kin_positions_grouped_by_root_find_what_one_pass_per_noun_finds():
    """_kin_positions looks for "mama", "man" and "mam" only where "ma" is: the same list, place
    for place, as a pass per noun."""
    from quoteattr import mentions

    lang = load_language("nl")
    groups = mentions._kin_nouns(lang)
    assert sorted(n for _, g in groups for n in g) == sorted(lang.kin_relations)
    assert all(n.startswith(r) for r, g in groups for n in g)
    rng = random.Random(7)
    alphabet = list(" \n\u00a0\tmapzonvrwtjeé-’.Z") + ["ma", "pa", "zus", "mama", "vader", "tje", "ter"]
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        assert mentions._kin_positions(s, lang) == _kin_positions_per_noun(s, lang), s
    text = "Haar zus, zijn zusje en de zuster; mama, mam en de man van ma. Papa pap pa vadertje broertje."
    assert mentions._kin_positions(text, lang) == _kin_positions_per_noun(text, lang)


@pytest.mark.parametrize("text", [
    "Marieke Jansen is de moeder van Tom Jansen. Tom Jansen kwam thuis; hij belde zijn moeder. "
    "'Ik kom eraan', zei hij.",
    "Pieter Van den Broeck kwam zaterdag.\n\nMarie Van den Broeck, zijn moeder, wachtte. Hij kuste "
    "zijn haar moeder. Hij kuste zijn moeder. 'Dag', zei ze.",
    "De zoon van Jan Peters, haar broer en zijn zus (zijn zus!) kwamen. 'Ja', zei ze.",
])
def test_relatives_pass_from_the_first_family_noun_finds_what_the_whole_text_scan_finds(text, monkeypatch):
    """_relatives_mentioned with the family nouns' places scans from the punctuation before the
    first of them to the last: it mentions the same relatives as a scan of the whole text."""
    from quoteattr import mentions
    from quoteattr.kinds import classify
    from quoteattr.resolve import Resolver

    lang = load_language("nl")
    an = DocumentAnalysis(Document("t", text), lang)
    an.kinds = [classify(an, qi) for qi in range(len(an.qspans))]
    original = mentions._relatives_mentioned
    calls = []
    for whole in (False, True):
        if whole:
            monkeypatch.setattr(mentions, "_relatives_mentioned", lambda a, r, kin_at=None: original(a, r, None))
        resolver = Resolver(lang)
        seen: list[tuple[str, int]] = []
        mentioned = resolver.mentioned
        resolver.mentioned = lambda e, p, seen=seen, mentioned=mentioned: (seen.append((e.name, p)), mentioned(e, p))
        mentions.collect_names(an, resolver)
        calls.append(seen)
    assert calls[0] == calls[1]


@pytest.mark.parametrize("text", [
    "Zij was een kleine vrouw van zestig. Hij is twee-en-dertig jaar; ze  is\nmoe.",
    "Hijis was, zij\twas; Ze was er. Gezeis is niets. De zee was kalm en zij was blij.",
    "ze was",
])
def test_pronoun_predicates_are_what_the_pattern_finds(text):
    """mentions._pronoun_predicate_matches (str.find on 'was' and 'is', the pattern at the pronoun
    places before them) finds what _PRONOUN_PREDICATE.finditer finds over the whole text."""
    from quoteattr import mentions

    def spans(found):
        return [(m.start(), m.end(), m.group("pron")) for m in found]

    assert spans(mentions._pronoun_predicate_matches(text)) == spans(mentions._PRONOUN_PREDICATE.finditer(text))
    rng = random.Random(len(text))
    alphabet = list(" \n\t\u00a0\u2003.,") + ["hij", "Zij", "ze", "was", "is", "e", "j", "Hij"]
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        assert spans(mentions._pronoun_predicate_matches(s)) == spans(mentions._PRONOUN_PREDICATE.finditer(s)), s


# ---------------------------------------------------------------- cheap tests before a call


def test_split_is_a_necessary_test_for_the_inner_words_of_a_body():
    """_listed_bodies asks str.split before _INNER_WORDS: every white space of the pattern is white
    space to str.split, and no lower-case letter is, so a gap the pattern takes splits into one
    to three pieces."""
    import sys

    import regex

    from quoteattr.mentions import _INNER_WORDS

    space, lower = regex.compile(r"\s"), regex.compile(r"\p{Ll}")
    for c in map(chr, range(sys.maxunicode + 1)):
        assert not space.match(c) or c.isspace(), hex(ord(c))
        assert not lower.match(c) or not c.isspace(), hex(ord(c))
    rng = random.Random(7)
    alphabet = list("ab  \n\t\u00a0\u2009\x1cA,é")
    matched = 0
    for _ in range(20000):
        gap = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        if _INNER_WORDS.fullmatch(gap):
            matched += 1
            assert 1 <= len(gap.split(None, 3)) <= 3, repr(gap)
    assert matched > 100  # the random gaps reach the pattern often enough to test the claim


@pytest.mark.parametrize("text", [
    "Het huis, waar Anna wachtte, stond leeg.",
    "De brief die Karel voorlas was lang.",
    "Hij belde; die Piet nam op.",
    "Wij zagen: wie Jan ook was, hij kwam.",
    "Een lange zin zonder enig leesteken waarin Marie ergens helemaal achteraan pas genoemd wordt",
])
def test_relative_clause_test_is_the_pattern_search(text):
    """_in_relative_clause searches its pattern only in a window with a comma, semicolon or colon:
    every match starts at one."""
    from quoteattr.mentions import _CLAUSE_BEFORE, _in_relative_clause

    lang = load_language("nl")
    for pos in range(len(text) + 1):
        m = _CLAUSE_BEFORE.search(text, max(0, pos - 80), pos)
        assert _in_relative_clause(text, pos, lang) == (m is not None and m.group(1).lower() in lang.relative_pronouns)


def test_this_sentence_is_the_plain_backward_scan():
    """_this_sentence asks _ends_sentence only of a word ending in a mark or a closer, and of none
    when the text before the name holds no full stop, question or exclamation mark."""
    from quoteattr.mentions import _ends_sentence, _this_sentence

    lang = load_language("nl")
    rng = random.Random(3)
    pool = ["de", "minister", "Jan.", "dr.", "A.", "zei:", "ja!”", "nee?", "(ook)", "prof.dr.", "VS.", "'t", "o.a.",
            "kwam.)", "zo…", "klaar.»"]
    for _ in range(3000):
        words = [rng.choice(pool) for _ in range(rng.randint(0, 8))]
        plain = next((words[i + 1:] for i in range(len(words) - 1, -1, -1) if _ends_sentence(words[i], lang)), words)
        assert _this_sentence(" ".join(words), lang) == plain, words


def test_lower_word_pattern_finds_what_the_lookbehind_first_pattern_finds():
    """_LOWER_WORD tries its lookbehind after the first letter; it finds what the pattern with the
    lookbehind first finds, whole-text and at each place (WordsUsed matches at an occurrence)."""
    import regex

    from quoteattr.analysis import _LOWER_WORD

    plain = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}\p{M}]*+")
    rng = random.Random(11)
    alphabet = _ALPHABET + list("ßÀ9٣ǅ\u0345")
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert _LOWER_WORD.findall(text) == plain.findall(text), text
        for p in range(len(text)):
            a, b = _LOWER_WORD.match(text, p), plain.match(text, p)
            assert (a and a.span()) == (b and b.span()), (text, p)


@pytest.mark.parametrize("turn", [
    "Kom binnen, Frits.", "Dag Smulders!", "Ja, mevrouw Dekker?", "Gekrabbel. En iets dat jankt.",
    "Welke Yara?", "Waar is het, te Maros, te Batavia?", "Kermis, zei hij.", "Nelly!", "Goed, juffrouw Nelly.",
])
def test_vocatives_kept_per_turn_answer_as_found_afresh(turn):
    """vocatives keeps what it finds in a turn before it asks about the text's lower-case words and
    pet names; asked again, with other words and pet names, it answers as found afresh."""
    from quoteattr.sieves import address

    lang = load_language("nl")
    for lower, nick in [(frozenset(), None), (frozenset({"frits", "kermis", "nelly"}), None),
                        (frozenset(), {"Nelly": "Petronella Dekker"})]:
        address._CANDIDATES.clear()
        fresh = address.vocatives(turn, lower, lang, nick)
        assert address.vocatives(turn, lower, lang, nick) == fresh  # (now from the kept candidates)


def test_relative_clause_from_the_last_comma_is_the_search_over_the_window():
    """mentions._in_relative_clause matches its pattern only at the last comma, semicolon or
    colon before the name: the same answer as a search over the window before it."""
    from quoteattr import mentions

    lang = load_language("nl")

    def searched(text, pos):
        m = mentions._CLAUSE_BEFORE.search(text, max(0, pos - 80), pos)
        return m is not None and m.group(1).lower() in lang.relative_pronouns

    rng = random.Random(11)
    alphabet = list(" ,;:.!?\n’'ab") + ["die ", "waar ", "Die", " dat", "wie", "x" * 30, "Anna"]
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        for pos in range(len(s) + 1):
            assert mentions._in_relative_clause(s, pos, lang) == searched(s, pos), (s, pos)
    text = "Hij kwam bij het huis, waar Anna wachtte; de man, die Karel een brief voorlas."
    for pos in (text.index("Anna"), text.index("Karel")):
        assert mentions._in_relative_clause(text, pos, lang) and searched(text, pos)


@pytest.mark.parametrize("text", [
    "De minister zei dat het kabinet ’s avonds vergadert. Volgens Jan de Vries (TU Delft) is dat zo'n 80 procent.\n\n"
    "„Het gaat goed”, zegt ze. Foto's van 't huis, aldus de krant.",
    "Hij vroeg of   zij\tkwam —  en ze kwam niet. ‚Nee’, zei ze. Dat is Jan-Peter’s fiets.",
])
def test_views_after_plain_words_hold_the_tokens_of_views_built_at_once(text):
    """A sentence's view built after plain_words (reusing the token texts it found) holds the
    same tokens, offsets and case facts as a view built at once."""
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.model import Document

    lang = load_language("nl")
    first = DocumentAnalysis(Document(id="a", text=text), lang)
    second = DocumentAnalysis(Document(id="a", text=text), lang)
    for si in range(len(first.sents)):
        words = first.plain_words(si)
        a, b = first.views[si], second.views[si]
        assert [(t.start, t.end, t.text, t.lower, t.is_word, t.is_cap) for t in a.items] \
            == [(t.start, t.end, t.text, t.lower, t.is_word, t.is_cap) for t in b.items]
        assert a.quote_at == b.quote_at and a.sent == b.sent
        assert words is None or words == [t.lower for t in a.items]


def test_listed_title_needs_a_listed_last_word():
    """mentions._listed_title asks first whether the last word ends a function of several words
    (LanguageData.title_phrase_ends): the same answer as joining and looking up every stretch."""
    from quoteattr import mentions

    lang = load_language("nl")
    several = sorted(t for t in lang.titles if " " in t)
    assert several and lang.title_phrase_ends == {t.rsplit(" ", 1)[-1] for t in several}

    def joined(words):
        return len(words) >= 2 and " ".join([words[0].rsplit("-", 1)[-1]] + words[1:]).lower() in lang.titles

    vocabulary = [w for t in several for w in t.split()]
    vocabulary += ["SP-Tweede", "Kamerlid", "JUSTITIE", "de", "Van", "minister"]
    rng = random.Random(5)
    hits = 0
    for _ in range(5000):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 4))]
        assert mentions._listed_title(words, lang) == joined(words), words
        hits += joined(words)
    assert hits > 20  # the random stretches spell listed functions often enough to test the claim
    assert mentions._listed_title("officier van Justitie".split(), lang)
    assert mentions._listed_title("SP-Tweede Kamerlid".split(), lang)
    assert not mentions._listed_title("officier van dienst".split(), lang)


def test_word_before_capital_is_the_pattern_match():
    """mentions._word_before_capital (str.find and patterns compiled once) answers as the pattern
    compiled for the word, ``(?s).*?\\bWORD\\b\\s+\\p{Lu}``, did."""
    import regex

    from quoteattr import mentions

    rng = random.Random(13)
    alphabet = list(" \n,.-'ab") + ["heer", "heer ", "de ", "Gerard", "é", "É", "_", "1"]
    found = 0
    for _ in range(4000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        for word in ("heer", "a", "b-a"):
            expected = regex.match(rf"(?s).*?\b{regex.escape(word)}\b\s+(\p{{Lu}})", s) is not None
            assert mentions._word_before_capital(s, word) == expected, (s, word)
            found += expected
    assert found > 100
    assert mentions._word_before_capital("de oude heer Gerard", "heer")
    assert not mentions._word_before_capital("de oude heeren Gerard", "heer")


@pytest.mark.parametrize("find_tries, pass_tries", [(64, 1024), (3, 5), (1, 0)])
def test_words_used_past_many_near_misses_answers_as_the_set_does(monkeypatch, find_tries, pass_tries):
    """A word of one letter in a long text has many occurrences inside words: passed over by the
    character before them (no_start_after) or counted as tries until the whole-text pass, the
    answer is the set's, whatever the limits."""
    from quoteattr import analysis

    monkeypatch.setattr(analysis, "_FIND_TRIES", find_tries)
    monkeypatch.setattr(analysis, "_PASS_TRIES", pass_tries)
    rng = random.Random(17)
    pieces = ["d", " d", "zaad ", "de ", "d-", "'d", " e\u0301d", "D", ". ", "1d", "éd", "\n", "a"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(50, 400)))
        full = frozenset(_LOWER_WORD.findall(text))
        used = WordsUsed(text, _LOWER_WORD, _MARK, no_start_after=_LETTER_OR_DIGIT_ASCII)
        for word in ("d", "a", "e", "zaad", "de", "ad", "e\u0301d", "éd"):
            assert (word in used) == (word in full), (text, word)


def test_listed_bodies_asked_only_where_a_listed_name_can_end_find_the_same_bodies(monkeypatch):
    """_listed_bodies asks is_listed_body only of stretches whose second part ends as a listed
    name does (entities.listed_body_may_end): the same bodies as asking of every stretch."""
    from quoteattr import mentions
    from quoteattr.entities import listed_body_may_end

    lang = load_language("nl")
    names = sorted(n for n, k in lang.organisation_names.items() if k == "name" and " " in n)
    names += sorted(n for n, k in lang.media.items() if k == "name" and " " in n)
    assert any(w.islower() for n in names for w in n.split())  # names with inner lower-case words
    for n in names:  # every listed name's last capitalised stretch passes the test
        last = n.split()[-1]
        assert listed_body_may_end(last, lang=lang) or not last[:1].isupper(), n
    inner = [n for n in names if any(w.islower() for w in n.split()[1:-1])]  # "Forum voor Democratie"
    pieces = [w for n in names for w in n.split()]
    pieces += ["Jan", "de", "van", "en", "NRC", "zei", "Radio", "\u2002"]
    rng = random.Random(23)
    merged = 0
    for _ in range(1500):
        words = [rng.choice(pieces) for _ in range(rng.randint(2, 12))]
        for _ in range(rng.randint(0, 2)):  # a listed name whole, perhaps with a word glued before it
            name = rng.choice(["", "Volgens het ", "Jan "]) + rng.choice(inner)
            words.insert(rng.randint(0, len(words)), name)
        text = " ".join(words)
        spots = [(m.start(), m.group()) for m in lang.name_regex.finditer(text)]
        fast = mentions._listed_bodies(text, list(spots), lang)
        with monkeypatch.context() as m:
            m.setattr(mentions, "listed_body_may_end", lambda last, lang=None: True)
            every = mentions._listed_bodies(text, list(spots), lang)
        assert fast == every, text
        merged += fast != spots
    assert merged > 20  # the random texts spell listed names often enough to test the claim


def test_case_key_holds_whatever_an_ignorecase_literal_matches():
    """_case_key is a necessary test before a pattern of a literal is compiled with IGNORECASE
    (_described_before_named, _synonym_function_before): wherever the pattern matches, the
    case-folded literal is in the case-folded text, also for the Turkish i's, ß and ẞ, the
    Kelvin sign and the long s, which the regex module folds its own way."""
    import regex

    from quoteattr.resolve.described import _case_key

    rng = random.Random(5)
    alphabet = list("aiIkKsSeE ß") + ["ẞ", "İ", "ı", "\u212a", "ſ", "é", "É"]
    for _ in range(4000):
        needle = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        if regex.search(regex.escape(needle), text, flags=regex.IGNORECASE) is not None:
            assert _case_key(needle) in _case_key(text), (needle, text)
    assert _case_key("İ") in _case_key("ik") and _case_key("I") in _case_key("ı")


def test_cue_word_prefilter_on_ascii_is_the_word_pattern_test():
    """has_cue_word reads an ASCII text through a byte table, not the \\w+ pattern: on random
    texts of cue words, other words, digits, underscores, punctuation, control characters and a
    few non-ASCII characters it answers as the set of the pattern's words does."""
    import re

    lang = load_language("nl")
    words = re.compile(r"\w+")
    pieces = ["zei", "Zei", "ZEGT", "volgens", "aldus", "vertelde", "huis", "zeiden", "bezei", "zei_", "_zei",
              "zei2", "2zei", "meldt", " ", "  ", ",", ".", "'", "-", "(", ")", "\n", "\t", "\x1c", "\x1f", "\x0b",
              "”", "’", "é", "\u212a", "İ", "_", "0", "Kelvin"]
    rng = random.Random(15)
    hits = misses = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = not lang._cue_word_set.isdisjoint(words.findall(text.lower()))
        assert lang.has_cue_word(text) == expected, text
        hits += expected
        misses += not expected
    assert hits > 1000 and misses > 1000


def test_name_pattern_with_a_particle_trie_finds_what_the_longest_first_alternation_finds():
    """LanguageData.name_regex tries the particles as a trie (lang.literal_trie): on random text
    of particles, capitalised words, initials, apostrophes, spaces and line breaks it finds the
    same names as the pattern with the particles as an alternation, longest first."""
    import regex

    from quoteattr.lang import literal_trie

    lang = load_language("nl")
    trie = literal_trie(lang.particles)
    assert trie in lang.name_regex.pattern
    alternation = "|".join(regex.escape(p) for p in sorted(lang.particles, key=len, reverse=True))
    plain = regex.compile(lang.name_regex.pattern.replace(trie, alternation))
    pieces = sorted(lang.particles) + ["Jan", "Berg", "A.", "J.P.", "Van", "De", "Ödön", "O'Neill"] * 5 \
        + ["'t", "’", "-", "x", "zei", " ", "  ", "\n", "\n\n", ",", "."]
    rng = random.Random(15)
    names = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", " ", "\n"]) for _ in range(rng.randint(1, 14)))
        found = [(m.span(), m.group()) for m in lang.name_regex.finditer(text)]
        assert found == [(m.span(), m.group()) for m in plain.finditer(text)], text
        names += sum(any(w in lang.particles for w in g.split()[1:-1]) for _, g in found)
    assert names > 1000  # (names with a particle inside were found)


def test_lower_holds_is_the_test_on_the_lowered_text():
    """mentions._lower_holds finds an ASCII word in a text's lower case through the UTF-8 bytes:
    only the characters of _LOWER_TO_ASCII lower to something with an ASCII character, and on
    random text it answers as ``word in text.lower()``."""
    from quoteattr.mentions import _LOWER_TO_ASCII, _lower_holds

    assert {chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000
            and any(x < "\x80" for x in chr(c).lower())} == set(_LOWER_TO_ASCII)
    words = ["juffrouw", "freule", "jonkvrouw", "juffer"]
    pieces = ["juf", "JUF", "Juf", "frouw", "ROUW", "fer", "FER", "jonk", "JON", "\u212a", "vrouw", "İ", "ü", "é",
              "’", "Ǆ", "ß", " ", "fre", "ULE", "ule", "\ud800", "Ω"]
    rng = random.Random(15)
    hits = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        expected = any(w in text.lower() for w in words)
        assert _lower_holds(text, words) == expected, text
        hits += expected
    assert hits > 300
    assert _lower_holds("de JON\u212aVROUW", words) and not _lower_holds("de jonk vrouw", words)


def test_relative_clause_names_answer_as_the_set_of_every_name_tested():
    """collect_names leaves the relative-clause test of its names to the resolver's lookups
    (mentions.RelativeClauseNames): at every offset of a passage it answers as the set of the
    registered names that _in_relative_clause holds, and a name added as in a clause is in it."""
    from quoteattr.kinds import classify
    from quoteattr.mentions import RelativeClauseNames, _in_relative_clause, collect_names
    from quoteattr.resolve import Resolver

    lang = load_language("nl")
    text = ("In de keuken zat Marie, die Anna niet zag. Bij het raam, waar Gerrit wachtte, stond Kees. "
            "„Kom je?” vroeg zij. De notaris, wiens zoon Hendrik heette, knikte; Anna ging weg.")
    an = DocumentAnalysis(Document("rel", text), lang)
    an.kinds = [classify(an, qi) for qi in range(len(an.qspans))]
    resolver = Resolver(lang)
    collect_names(an, resolver)
    found = resolver.in_relative
    assert isinstance(found, RelativeClauseNames)
    names = {p for p, _ in resolver.mentions}
    expected = {p for p in names if _in_relative_clause(text, p, lang)}
    assert {text.index("Anna"), text.index("Gerrit"), text.index("Hendrik")} <= expected
    assert {p for p in range(len(text) + 1) if p in found} == expected
    found.add(text.index("Kees"))
    assert text.index("Kees") in found and text.index("Marie") not in found


def test_name_spots_are_the_matches_of_the_name_pattern():
    """LanguageData.name_spots splits at name_regex as a group and adds up lengths: on random text
    of names, particles, initials, apostrophes, digits, spaces and line breaks it gives the start
    and the text of every match, as finditer does."""
    lang = load_language("nl")
    pieces = sorted(lang.particles) + ["Jan", "Berg", "A.", "J.P.", "Van", "De", "Ödön", "O'Neill", "CO2", "x-Jan"] * 5 \
        + ["'t", "’", "-", "x", "zei", " ", "  ", "\n", "\n\n", ",", ".", "3"]
    rng = random.Random(16)
    names = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(0, 14)))
        found = [(m.start(), m.group()) for m in lang.name_regex.finditer(text)]
        assert lang.name_spots(text) == found, text
        names += len(found)
    assert names > 3000


def test_word_offsets_and_the_short_spot_test_are_the_non_space_runs():
    """In a spot (letters, marks, apostrophes, hyphens, dots and the pattern's white space, never
    U+001C–U+001F), str.split parts the words where \\S+ does: mentions._word_offsets gives the
    spans of those runs, and fewer than four pieces of split(None, 3) is fewer than four runs
    (_object_after_name's first test)."""
    from quoteattr.mentions import _NONSPACE, _word_offsets

    pieces = ["Jan", "de", "Vries", "A.", "’t", "O'Neill", "é", "x-Y", " ", "  ", "\n", "\t", "\u00a0", "\u2009", "\u3000"]
    rng = random.Random(17)
    for _ in range(5000):
        g = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))).strip()
        runs = [m.span() for m in _NONSPACE.finditer(g)]
        assert _word_offsets(g, g.split()) == runs, g
        assert (len(g.split(None, 3)) < 4) == (len(runs) < 4), g


def test_window_word_bits_are_the_tests_they_stand_for():
    """mentions._window_word keeps, per word, the answers collect_names's search for a function
    before a name asks: a function as written or as the tail of a hyphenated word, a modifier,
    nationality or honorific, and a word that may stand between the function and the name."""
    from quoteattr.mentions import _WIN_JOINS, _WIN_PLAIN_TITLE, _WIN_ROLE, _WIN_TITLE, _window_word

    lang = load_language("nl")
    words = sorted(lang.titles)[::7] + sorted(lang.modifiers) + sorted(lang.nationalities)[::3] \
        + sorted(lang.honorifics) + ["van", "voor", "en", "de", "het", "zei", "Jan", "AIVD-baas", "oud-minister",
                                     "sociologe", "directrice", "Minister", "x-woordvoerder", ""]
    for word in words + [w.capitalize() for w in words] + [w.upper() for w in words]:
        low = word.lower()
        plain = lang.is_title(low)
        title = plain or lang.is_title(low.rsplit("-", 1)[-1])
        role = title or low in lang.modifiers or word in lang.nationalities or low in lang.honorifics
        joins = word[:1].isupper() or low in ("van", "voor", "en", "de", "het")
        bits = _window_word(word, lang, {})
        assert (bool(bits & _WIN_PLAIN_TITLE), bool(bits & _WIN_TITLE), bool(bits & _WIN_ROLE),
                bool(bits & _WIN_JOINS)) == (plain, title, role, joins), word


def test_lower_all_is_each_token_lowered_alone():
    """analysis._lower_all lowers the tokens joined by spaces: on random tokens (Greek capital
    sigmas, which lower by their context, apostrophes and full stops, which a final sigma looks
    past, dotted capitals that lower to two characters) it gives each token's lower case."""
    from quoteattr.analysis import _lower_all

    pieces = ["Σ", "ΟΔΟΣ", "ς", "Α", "'", ".", "’", "İ", "K", "Jan", "ZEI", "é", "\u0301", "1", "-"]
    rng = random.Random(18)
    assert _lower_all([]) == []
    for _ in range(5000):
        tokens = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 6))]
        assert _lower_all(tokens) == [t.lower() for t in tokens], tokens


def test_alnum_words_of_a_quotation_are_the_split_words_with_a_letter_or_digit():
    """kinds._ALNUM_WORD finds the words of str.split that hold a character str.isalnum accepts."""
    from quoteattr.kinds import _ALNUM_WORD

    alphabet = list("ab Z1_ -–,.‘’„”\u00a0\u2009\u3000\x1c\x1d\n\t½²١é\u0301")
    rng = random.Random(19)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        expected = [w for w in text.split() if w.isalnum() or any(c.isalnum() for c in w)]
        assert _ALNUM_WORD.findall(text) == expected, repr(text)


def test_first_person_cue_forms_are_the_stems_verb_cues_asked_about():
    """LanguageData.first_person_cue_forms holds, for every stem, the verbs verb_cues took next to
    "ik": those of saying or asking among the forms of the stem + t, for a stem not in -t."""
    lang = load_language("nl")
    forms = lang.cue_forms
    words = {f[:-1] for f in forms} | set(forms) | {"zeg", "vraag", "hoop", "denk", "zet", "ik", ""}
    for w in words:
        asked = tuple(v for v in forms.get(w + "t", ()) if v.cls.split(":")[0] in ("say", "ask")) \
            if not w.endswith("t") else None
        assert lang.first_person_cue_forms.get(w) == (asked or None), w
    assert lang.first_person_cue_forms  # ("zeg", "vraag", … are there)
