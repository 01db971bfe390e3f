"""Who the subject of a reporting clause is: bare plurals and provinces opening the sentence,
participle phrases and time phrases fronted before the finite verb, objects after an
auxiliary. The sentences are written for these tests, in Dutch news style."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets


def _indirect(text: str):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect"]
    assert_offsets(text, quotes)
    return quotes


@pytest.mark.parametrize("text, speaker", [
    # a bare plural for people, capitalised only because it opens the sentence (a Latin plural too)
    ("Het plan ligt er sinds maart. Critici zeggen dat het de wijk verdeelt.", "critici"),
    ("Het plan ligt er sinds maart. Politici stellen dat het te duur is.", "politici"),
    ("Het plan ligt er sinds maart. Omwonenden zeggen dat het te laat komt.", "omwonenden"),
    # a province speaks for its government, as a country does ("Gelderland" is no participle)
    ("De wolf is terug op de Veluwe. Gelderland meldt dat er twee wolvinnen zijn.", "Gelderland"),
    # a participle with its object fronted: the subject after the finite verb reports
    ("Gevraagd naar de reden zei trainer Karel Smits dat de ploeg moe was.", "Karel Smits"),
    ("Aangesproken op zijn gedrag zegt wethouder Ruud Mertens dat hij spijt heeft.", "Ruud Mertens"),
    # a noun phrase of time before the finite verb is an adverbial, not the subject
    ("De laatste keer zei Hanna Vos dat ze het niet wist.", "Hanna Vos"),
    ("Het afgelopen jaar meldde de gemeente dat het plan doorging.", "gemeente"),
    # the subject before the auxiliary reports; the name after it is the one told
    ("Het museum is boos. De raad heeft Jan de Vries gemeld dat hij geen subsidie krijgt.", "raad"),
])
def test_the_subject_of_the_reporting_clause(text, speaker):
    quotes = _indirect(text)
    assert quotes and quotes[-1].speaker == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # the subject opens the clause
    ("De wethouder kreeg naar eigen zeggen geen enkele informatie.", "geen enkele informatie", "de wethouder"),
    # a body says it of itself too (and "zeggen" there is no speech verb with a dat-clause)
    ("Het bedrijf heeft naar eigen zeggen een veilige methode om dat te doen.", "veilige methode", "bedrijf"),
    # the subject after the finite verb, a pronoun for the one named before
    ("Jan Smit wil burgemeester worden. Dan gaat hij er naar eigen zeggen stevig in.", "stevig in", "Jan Smit"),
    ("Tim Smeets is vrijgesproken. Het wapen had hij naar eigen zeggen al heel lang.", "heel lang", "Tim Smeets"),
    ("In Tilburg is Karin Smit naar eigen zeggen nooit geweest.", "nooit geweest", "Karin Smit"),
    # "naar haar zeggen": the same, with a possessive
    ("Karin Smit is boos. Ze kreeg naar haar zeggen geen antwoord.", "geen antwoord", "Karin Smit"),
])
def test_naar_eigen_zeggen_reports_the_clause_of_its_subject(text, fragment, speaker):
    found = [q for q in _indirect(text) if fragment in q.text]
    assert found and found[0].speaker == speaker and found[0].sieve == "indirect-own-account"


def test_naar_eigen_zeggen_without_a_person_reports_nothing():
    assert _indirect("Het project is naar eigen zeggen een succes.") == []


@pytest.mark.parametrize("text, speaker", [
    # a noun that opens with "er" ("ergernis", "ervaring") is no pronominal adverb, so the
    # possessive "zijn" before it is no auxiliary of the speech verb
    ("Kees Bos had net een boek uitgebracht, en tot zijn ergernis riep Mila Verhoef door de bus: "
     "\"Je boeken liggen hier!\"", "Mila Verhoef"),
    ("Kees Bos had een fout gemaakt, en uit haar ervaring wist Mila Verhoef het al: \"Dit gaat mis.\"",
     "Mila Verhoef"),
])
def test_a_possessive_before_a_noun_in_er_is_no_auxiliary(text, speaker):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert quotes and quotes[-1].speaker == speaker


def test_a_plural_pronoun_opening_the_sentence_is_the_group_named_before():
    text = "Minister Jan Smit wil de wet. De boeren zijn boos over de wet. Zij zeggen dat het onzin is."
    assert [q.speaker for q in _indirect(text)] == ["boeren"]


def test_a_word_running_on_into_digits_is_no_name():
    from quoteattr.lang import load_language
    names = [m.group() for m in load_language("nl").name_regex.finditer("De CO2-taks en de F16 van Jan de Wit.")]
    assert names == ["De", "Jan de Wit"]


@pytest.mark.parametrize("text, speaker", [
    # a chain of auxiliaries: the first is finite, and the subject stands before it ...
    ("De verdenking tegen Julio Ramos rustte op geruchten. Ramos zou hebben gezegd dat hij niets wist.",
     "Julio Ramos"),
    # ... or right after it, when an adverbial opens the clause
    ("Gisteren zou minister Karin Bos hebben gezegd dat het plan doorgaat.", "Karin Bos"),
    ("De ministers hebben gezegd dat het plan doorgaat.", "de ministers"),
    # a demonstrative before a noun for a person points back to the one just named
    ("Jan de Vries kwam binnen. Die man zei dat hij moe was.", "Jan de Vries"),
    ("Er belde iemand aan. Deze man vertelde dat hij de weg kwijt was.", "deze man"),
])
def test_auxiliary_chains_and_demonstratives(text, speaker):
    assert [q.speaker for q in _indirect(text)][-1] == speaker


def test_a_word_apposed_to_a_function_is_a_name_at_the_sentence_start():
    text = "Het klimaat is een probleem. Maai, ambtenaar bij de rijksoverheid, zegt dat het goed komt."
    assert [q.speaker for q in _indirect(text)] == ["Maai"]


def test_an_adjective_opening_the_sentence_opens_the_description_before_a_name():
    text = "Het klimaat is een probleem. Juridische internetpagina Hellolaw schrijft hierover: 'Het komt goed.'"
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Hellolaw"]


def test_naar_eigen_zeggen_in_a_relative_clause_is_the_words_of_its_antecedent():
    text = ("Fatima Demir regelde een visum. Er is een verklaring van een taxichauffeur, die naar eigen "
            "zeggen hoorde dat ze wilde vertrekken.")
    found = [q for q in _indirect(text) if q.sieve == "indirect-own-account"]
    assert [q.speaker for q in found] == ["een taxichauffeur"]


def test_an_indirect_question_with_hoe_has_its_subject_after_the_conjunction():
    text = ("Het protest liep uit de hand. Op beelden is te zien hoe een vrouwelijke demonstrant scandeert: "
            ",,Weg met de regering.''")
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["een vrouwelijke demonstrant"]
