"""An inverted inquit may hold an adverb between its verb and its subject ("riep plotseling de
knecht", "vroeg op-eens Jan"), and an accent of emphasis makes no name of a common word ("Wèl,
…", "Dàt is het"). The passages are written for these tests."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.entities import is_common_word
from quoteattr.model import KINDS
from quoteattr.sieves.address import vocatives

from conftest import assert_offsets


@pytest.mark.parametrize("text, speaker", [
    ("--Daar komt de post! riep plotseling de knecht Hendrik. Ik zie de kar al.\n", "Hendrik"),
    ("--Is het al laat? vroeg op-eens Marietje. Ik hoorde de klok niet.\n", "Marietje"),
    ("“Blijf staan!” riep opeens Jan van Dam.\n", "Jan van Dam"),
])
def test_an_adverb_between_the_verb_and_the_subject_keeps_the_inquit(text, speaker):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    first = quotes[0]
    assert first.speaker == speaker
    assert "riep" not in first.text and "vroeg" not in first.text


def test_an_ordinary_word_after_the_verb_is_no_subject():
    # "zei zacht" without a subject after it: the turn keeps its words, no inquit is invented
    text = "--Het regent, zei zacht en stil het kind dat bij het raam stond.\n"
    quotes = quoteattr.extract(text, kinds=KINDS)
    assert_offsets(text, quotes)


@pytest.mark.parametrize("word, common", [
    ("Wèl", True), ("Dàt", True), ("Nóóit", True),
    ("Frédérique", False), ("José", False),
])
def test_an_accent_of_emphasis_keeps_a_common_word_common(word, common):
    assert is_common_word(word) is common


def test_an_emphatic_interjection_opening_a_turn_addresses_no_one():
    assert vocatives("Wèl, dat had ik hem toch gezegd!") == []


@pytest.mark.parametrize("text, speaker", [
    ("--Mevrouw, zei de zeer beleefde Karsten, de soep is heerlijk.\n", "Karsten"),
    ("‘We gaan door’, zegt de zeer ervaren burgemeester Jan Smit.\n", "Jan Smit"),
])
def test_an_adverb_of_degree_inside_the_subject_keeps_the_name(text, speaker):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Eens had Magloire gezegd: "Monseigneur, dit bed is nutteloos."\n', "Magloire"),
    ('Toen Bavink was blijven razen, had Japie gezegd: "Laat die kachel."\n', "Japie"),
])
def test_the_subject_after_the_auxiliary_of_a_perfect_inquit(text, speaker):
    # "zeggen" lists its old past "zeide" too: its participle "gezegd" must still be read as one
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert quotes[0].speaker == speaker and quotes[0].cue == "gezegd"
