"""After an inquit in the past tense, a new sentence in the present tense is still speech, whatever
its subject ("zeide zij. Hij vraagt, of …"); one in the past tense is narration ("zeide Frits. Hij
kuste haar."). The passages are written for these tests."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets


def test_a_present_sentence_after_the_inquit_goes_on_speaking():
    text = "--Mevrouw, de dokter is daar, zeide de meid. Hij vraagt, of hij mevrouw even spreken kan.\n"
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    assert [q.text for q in quotes] == ["Mevrouw, de dokter is daar", "Hij vraagt, of hij mevrouw even spreken kan."]


@pytest.mark.parametrize("text", [
    "--Dag, zeide Frits. Hij kuste haar op het voorhoofd.\n",
    "--Dag, zeide Frits, en hij kuste haar.\n",
])
def test_a_past_sentence_after_the_inquit_is_narration(text):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    assert [q.text for q in quotes] == ["Dag"]


@pytest.mark.parametrize("text, resumed", [
    ("--Daar is hij weer, zeide de oude dame, en zij nam haar bril af. Hij komt hier te dikwijls, Marie.\n",
     "Hij komt hier te dikwijls, Marie."),
    ("— Dan ga ik, zei vader, en hij zette zijn pet op. Ik kijk eens bij de buren. Jij blijft thuis.\n",
     "Ik kijk eens bij de buren. Jij blijft thuis."),
])
def test_speech_goes_on_after_a_sentence_of_narration(text, resumed):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    assert quotes[-1].text == resumed
    assert len({q.speaker for q in quotes}) == 1  # both pieces are the one speaker's


@pytest.mark.parametrize("text", [
    "--Goed, zeide de oude dame, en zij nam haar bril af. Zij keek hem lang aan.\n",
    "--Goed, zeide de oude dame, en zij nam haar bril af. Hij wist niet wat hij zeggen moest.\n",
])
def test_narration_after_narration_stays_narration(text):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert [q.text for q in quotes] == ["Goed"]


def test_a_semicolon_after_the_inquit_goes_on_with_the_speech():
    text = "– Niet allemaal tegelijk, zei Wout; sommige zijn laat.\n"
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    assert [q.text for q in quotes] == ["Niet allemaal tegelijk", "sommige zijn laat."]
    narration = "– Goed, zeide hij; en hij ging de kamer uit.\n"
    assert [q.text for q in quoteattr.extract(narration, kinds=KINDS) if q.kind == "direct"] == ["Goed"]


@pytest.mark.parametrize("text, pieces", [
    ("--Neen, zeide hij, dat is waar.\n", ["Neen", "dat is waar."]),
    ("--Goed, zeide de oude heer, je moet nu maar gaan.\n", ["Goed", "je moet nu maar gaan."]),
    ("--Goed, zeide hij, met een glimlach.\n", ["Goed"]),
    ("--Goed, zeide de oude heer, die nu wakker was.\n", ["Goed"]),
])
def test_a_present_clause_after_the_inquit_and_its_comma_goes_on_speaking(text, pieces):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    assert [q.text for q in quotes] == pieces


def test_the_words_after_a_beat_and_before_a_later_inquit_are_speech():
    text = ("--Er was geen brief, Karel. Zij sloot de piano. Ik heb hem om drie uur op het plein "
            "gezien, hernam zij.\n")
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    assert [q.text for q in quotes] == ["Er was geen brief, Karel.", "Ik heb hem om drie uur op het plein gezien"]
    assert quotes[0].group is not None and quotes[0].group == quotes[1].group  # one turn


@pytest.mark.parametrize("text, first", [
    ("--Ik weet het niet... zeide zij. Vraag het aan mama.\n", "Ik weet het niet..."),
    ("--Ik weet het niet … zeide zij. Vraag het aan mama.\n", "Ik weet het niet …"),
    ("--Neen, dat is valsch spelen: riep Karel. Dat geldt niet.\n", "Neen, dat is valsch spelen"),
])
def test_an_ellipsis_or_a_colon_may_close_the_words_before_an_inquit(text, first):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    assert quotes[0].text == first
    assert quotes[0].cue in ("zeide", "riep")
