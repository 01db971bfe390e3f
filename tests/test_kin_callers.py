"""Family words tell who speaks a turn, not only whom it calls. "Nee vader." is said by a child of
the one called: someone the book shows calling a person so ("--Mama, mag ik …? vroeg Karel"), a
child the narration gave that person ("Tom … zijn zoon Wout"), or, in a story told by "ik", the
narrator, whose parents the narration calls "Vader" and "moeder". Someone shown calling that
person by another family word ("tante") is not their child. And the one a turn calls without a
name ("Ben je ziek, jongen?", "Goeden morgen, mevrouw.") answers it, so the answer is someone of
that gender. The passages are written for these tests, in old and new spelling."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.lang import load_language
from quoteattr.model import KINDS
from quoteattr.sieves.address import addressed_gender, kin_vocatives
from quoteattr.sieves.family import elder_called
from quoteattr.sieves.sequence import _Turn, _emission, KIN_CALLER, kin_callers

from conftest import assert_offsets, names_of

NL = load_language("nl")


@pytest.mark.parametrize("text, gender", [
    ("Je eet niets. Ben je ziek, jongen?", "m"),
    ("Neen, meid, dat doe je niet.", "f"),
    ("Goeden morgen, mevrouw.", "f"),
    ("Wilt u poseeren, mijnheer?", "m"),
    ("Kom hier, meisje!", "f"),
    ("Ja, mijnheer. Neen, mevrouw.", None),   # a man and a woman: no one gender
    ("De jongen is al naar bed.", None),      # spoken of, not called
    ("Zeg het maar, kind.", None),            # a young noun of no gender
])
def test_the_gender_of_the_one_called_without_a_name(text, gender):
    assert addressed_gender(text, NL) == gender


@pytest.mark.parametrize("text, kin", [
    ("Er komt geen zwaan, en dat weet je heel goed. Mama, laat den man gaan.", ["mama"]),
    ("Ik heb het gezien. Nee vader, echt niet.", ["vader"]),
    ("Vader kwam gisteren laat thuis.", []),    # a sentence about him, no call
])
def test_a_family_word_opening_a_later_sentence_of_the_turn_calls(text, kin):
    assert kin_vocatives(text, NL) == kin


FAMILY = """1

Tom de Vries zat aan het hoofd van de tafel, tussen zijn dochter Lotte en zijn zoon Wout, die met zijn vork in de aardappels prikte. Zijn vrouw was naar haar zus in Gent.

— Mag ik zaterdag naar Yara? vroeg Lotte.

— Welke Yara?

— Yara van de zwemclub.

— We zien wel.

Het bleef even stil.

— Wout, je eet niets, zei Tom.

— Hij is verliefd, zei Lotte.

— Ben je ziek, jongen?

— Nee, papa. Gewoon moe.

— Ga dan maar naar boven.
"""


def _said(text: str) -> dict[str, str | None]:
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    return {q.text: q.speaker for q in quotes}


def test_the_boy_called_jongen_answers_his_father():
    said = _said(FAMILY)
    assert said["Ben je ziek, jongen?"] == "Tom de Vries"
    assert said["Nee, papa. Gewoon moe."] == "Wout"   # not his sister, who spoke before
    assert said["Ga dan maar naar boven."] == "Tom de Vries"


def test_a_father_the_narration_gives_children_is_the_one_they_call_papa():
    text = ("Tom de Vries zat aan tafel met zijn dochter Lotte en zijn zoon Wout.\n\n"
            "— Papa, mag ik naar Yara?\n")
    assert elder_called("papa", text.index("— Papa"), 0, names_of(text), NL) == "Tom de Vries"


SALON = """HOOFDSTUK I.

Mevrouw Dekker zat in den salon bij de lamp. Haar zoon Karel stond bij het venster, en haar nicht Anna Smit, die voor een week uit Zwolle was overgekomen, zat aan de tafel met een boek.

--Mama, mag ik vanavond naar de sociëteit? vroeg Karel.

--Neen. Vanavond blijft iedereen thuis.

--Ik ga wel met hem meê, tante, zeide Anna.

--Jij? Dat is nog erger.

De klok op den schoorsteen sloeg acht.

--Mama, het is pas acht uur.

--Acht uur is laat genoeg voor een jongen van zestien.
"""


def test_the_son_calls_his_mother_mama_and_the_niece_does_not():
    said = _said(SALON)
    assert said["Mama, het is pas acht uur."] == "Karel"   # Anna calls her "tante"
    assert said["Acht uur is laat genoeg voor een jongen van zestien."] == "mevrouw Dekker"


VERTELLER = """1

Ik was elf jaar toen de molen van Verhoef afbrandde. Ik weet het nog goed, want het was de avond voor mijn verjaardag, en ik had mijn nieuwe klompen al aan. Dien avond aten we bij het fornuis, omdat het in de kamer te koud was. Vader had nog geen woord gezegd. Moeder schepte de soep op en tante Riek, die bij ons inwoonde sinds oom Gijs gestorven was, brak het brood.

— Waar was je vanmiddag? vroeg vader eindelijk.

— Bij de molen, zei ik.

— Met wie?

— Met Gerrit van den smid.

— Dat dacht ik al, zei tante Riek. Die jongen deugt niet.

— Riek, zei moeder.

Vader legde zijn lepel neer en keek mij aan. Ik voelde mijn wangen warm worden.

— Heb jij daar gerookt?

— Nee vader.

— Kijk me aan.

— Nee vader. Ik heb niet gerookt.

— Dan is het goed, zei hij, en hij at verder.
"""


def test_the_narrator_calls_the_father_of_the_narration_vader():
    said = _said(VERTELLER)
    narrator = said["Bij de molen"]
    assert narrator and narrator != "moeder"
    assert said["Nee vader."] == narrator
    assert said["Nee vader. Ik heb niet gerookt."] == narrator


def _turn(paragraph: int, stated: str | None, kin: set[tuple[str, str]],
          elders: list[tuple[tuple[str, str], str]] | None = None) -> _Turn:
    t = _Turn(paragraph, [paragraph], 0, stated, stated=stated)
    t.kin = kin
    t.elders = elders or []
    return t


def test_who_calls_by_a_family_word_elsewhere_is_the_likely_caller():
    mother = ("parent", "f")
    turns = [_turn(1, "Frederika", {mother}, [(mother, "mevrouw Verstraeten")]),
             _turn(2, "Lili", {("auncle", "f")}, [(("auncle", "f"), "mevrouw Verstraeten")]),
             _turn(3, None, {mother}, [(mother, "mevrouw Verstraeten")]),
             _turn(4, None, {("parent", "m")}),
             _turn(5, None, set())]
    kin_callers(turns)
    assert turns[2].callers == ["Frederika"]
    assert turns[2].not_kin == ["Lili"]          # she calls the same lady "tante"
    assert turns[3].callers == [] and turns[4].callers == []
    assert turns[0].callers == []                # a stated turn keeps its speaker
    assert _emission(turns[2], "Frederika", "f", True) == KIN_CALLER
    assert _emission(turns[2], "Lili", "f", True) == -KIN_CALLER
