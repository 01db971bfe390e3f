"""Epithets with an age: "de oude heer", "de oude dame", "de jonge vrouw" name the one person of
the scene of that gender whom the narration placed in that age class, by an apposition ("de
gepensioneerde majoor Willem Dekker"), a predicate ("Zij was een tengere dame van zeventig",
"Lotte Brink was twee-en-twintig jaar") or an age. The passages are written for these tests in
the style of Dutch novels, old spelling and new."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.lang import load_language
from quoteattr.mentions import number_word
from quoteattr.model import KINDS
from quoteattr.resolve import Resolver, age_class

from conftest import assert_offsets

LANG = load_language("nl")


def speakers(text: str) -> dict[str, str | None]:
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind in ("direct", "partial")]
    assert_offsets(text, quotes)
    return {q.text: q.speaker for q in quotes}


@pytest.mark.parametrize("word,value", [
    ("56", 56), ("zeventig", 70), ("achttien", 18), ("zes-en-vijftig", 56), ("zesenvijftig", 56),
    ("drieëntwintig", 23), ("een-en-tachtig", 81), ("tafel", None), ("zesentafel", None)])
def test_number_words_old_and_new_spelling(word, value):
    assert number_word(word) == value


def test_age_class_from_adjectives_nouns_and_years():
    assert age_class("heer", ["oude"], LANG) == "old"
    assert age_class("kolonel", ["gepensioneerde"], LANG) == "old"
    assert age_class("man", ["grijze"], LANG) == "old"
    assert age_class("vrouw", ["jonge"], LANG) == "young"
    assert age_class("meisje", [], LANG) == "young"
    assert age_class("dame", ["kleine"], LANG, 70) == "old"
    assert age_class("dame", [], LANG, 40) is None
    assert age_class("heer", [], LANG) is None
    assert age_class("jongen", ["oude"], LANG) is None  # words that disagree say nothing


def test_generic_noun_takes_the_one_person_of_that_gender_and_age():
    r = Resolver(LANG)
    major = r.add_name("Willem Dekker", 10)
    r.add_epithet(major, "majoor", ["gepensioneerde"])
    niece = r.add_name("Lotte Dekker", 60)
    r.add_epithet(niece, "", [], 19)
    r.add_name("Karel Dekker", 100)  # no age said: no candidate
    assert r.by_epithet("heer", ["oude"], 300) is major
    assert r.by_epithet("man", ["oude"], 300) is major
    assert r.by_epithet("vrouw", ["jonge"], 300) is niece
    assert r.by_epithet("meisje", [], 300) is niece
    assert r.by_epithet("dame", ["oude"], 300) is None
    assert r.by_epithet("heer", [], 300) is None  # no age word: only the noun said before


def test_two_old_men_in_the_scene_leave_the_old_gentleman_unnamed():
    r = Resolver(LANG)
    a = r.add_name("Willem Dekker", 10)
    r.add_epithet(a, "majoor", ["gepensioneerde"])
    b = r.add_name("Hendrik Moll", 50)
    r.add_epithet(b, "notaris", ["oude"])
    assert r.by_epithet("heer", ["oude"], 300) is None


def test_the_scene_decides_before_the_whole_text():
    r = Resolver(LANG)
    a = r.add_name("Willem Dekker", 10)
    r.add_epithet(a, "majoor", ["gepensioneerde"])
    b = r.add_name("Hendrik Moll", 500)
    r.add_epithet(b, "notaris", ["oude"])
    assert r.by_epithet("heer", ["oude"], 900, floor=400) is b


OUDE_HEER = """Mevrouw Bakels schonk de thee. In den leuningstoel bij het raam zat de gepensioneerde
majoor Willem Dekker, met de courant op de knieën, en aan de tafel zat Anna Bakels met haar
borduurwerk.

--Is de post al geweest? vroeg de oude heer.

--Nog niet, oom, zeide Anna.
"""


def test_the_old_gentleman_is_the_retired_major():
    said = speakers(OUDE_HEER)
    assert said["Is de post al geweest?"] == "Willem Dekker"


OUDE_DAME = """Door de tuindeur kwam mevrouw van Wely binnen, met een mand vol rozen. Zij was een
tengere, grijze dame van zeventig, en zij liep nog even vlug als vroeger.

Haar kleinzoon Frans van Wely stond op en nam haar de mand af.

--Gij moet niet zoo zwaar dragen, grootmama.

--Ik draag wat ik wil, zeide de oude dame. Zet ze in de vestibule.
"""


def test_the_old_lady_is_the_woman_the_narration_gave_seventy_years():
    said = speakers(OUDE_DAME)
    assert "Wely" in (said["Ik draag wat ik wil"] or "")
    assert said["Ik draag wat ik wil"] != "Frans van Wely"


JONGE_VROUW = """Op het perron stonden twee mensen te wachten. Lotte Brink was twee-en-twintig jaar en
had haar koffer al drie keer verzet. Naast haar stond Gerrit Pool, die de trein niet eens
zocht.

– Hij komt niet meer, zei de jonge vrouw.
"""


def test_the_young_woman_is_the_one_of_twenty_two_new_spelling():
    said = speakers(JONGE_VROUW)
    assert said["Hij komt niet meer"] == "Lotte Brink"
