"""Dutch puts the finite verb second: a sentence that opens with another phrase has its subject
right after the verb ("Namens de buurt is Els Smit woordvoerster"), and a sentence may close
with the verb and its subject after a fronted clause ("…, weet archeoloog Jan de Graaf zeker").
The person so named is who the passage is about, and the quotation after it is theirs. The
passages are written for these tests."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets


def _direct(text: str):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    return quotes


@pytest.mark.parametrize("text, speaker", [
    # a prepositional phrase fronted, the subject after "is", two sentences before the quotation;
    # a given name no list knows, and a man named before her
    ("Zondag liep een stoet door het dorp. Voorop ging pastoor Willem Brand. Namens de protestantse "
     "gemeente is Ermgarde Wouters woordvoerster. Opvallend is dat ze met haar katholieke man in de "
     "pastorie woont. En ook nog het kinderkoor leidt. ,,Het was een eerste proef. Volgend jaar doen "
     "we het groter.''\n", "Ermgarde Wouters"),
    # a long phrase of lower-case nouns fronted, the sentence right before the quotation, a man
    # named after her
    ("Het museum opende zaterdag een nieuwe zaal. Voor de inrichting van de nieuwe zaal was "
     "conservatrice Marieke Vos verantwoordelijk, in opdracht van directeur Kees Bakker. "
     "\"Het was veel werk, maar het resultaat mag er zijn.\"\n", "Marieke Vos"),
])
def test_the_subject_after_the_finite_verb_speaks_next(text, speaker):
    assert _direct(text)[-1].speaker == speaker


def test_a_closing_tag_with_a_verb_of_knowing_names_who_speaks_next():
    text = ("Het wrak werd vorige week gevonden door duiker Arie Kramer. ,,Toen stond ik te juichen'', "
            "zegt hij. Zonder de storm was dit schip nooit boven water gekomen, weet maritiem archeoloog "
            "Jan de Graaf zeker. ,,Op de sonar zie je alleen een bult in de bodem. Dat lijkt niet op een "
            "schip.''\n")
    assert _direct(text)[-1].speaker == "Jan de Graaf"


@pytest.mark.parametrize("text, speaker", [
    # a plural verb: the name after it is no subject ("Bij … zijn …")
    ("Wethouder Karin Dekker sprak gisteren de raad toe. Bij de bewoners van Oosterwijk zijn de zorgen "
     "groot. \"We laten niemand in de steek.\"\n", "Karin Dekker"),
    # no finite verb after the fronted phrase: "van Oosterwijk" is no subject
    ("Wethouder Karin Dekker sprak gisteren de raad toe. Bij werknemers van Hendrik Jansen ontstond "
     "onrust. \"We laten niemand in de steek.\"\n", "Karin Dekker"),
])
def test_no_inversion_leaves_the_speaker_of_the_passage(text, speaker):
    assert _direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a surname alone after the verb of a long fronted phrase, the text named her in full before;
    # a man speaks of her in the sentence between
    ("Lotte Jacobs is terug in de stad. Burgemeester Frank Wouters sprak de naam van Jacobs niet uit. "
     "In een toespraak in de gemeenteraad heeft Jacobs de sluiting van het zwembad veroordeeld. "
     "\"Ze pakken de wijk haar laatste voorziening af.\"\n", "Lotte Jacobs"),
])
def test_a_surname_named_in_full_before_is_the_inverted_subject(text, speaker):
    assert _direct(text)[-1].speaker == speaker


def test_a_capitalised_word_the_text_never_gave_a_first_name_is_no_inverted_subject():
    text = ("Wethouder Karin Dekker opende de brug. Tijdens een storm in het najaar heeft Stormvloed "
            "de kade beschadigd. \"Dat herstellen we snel.\"\n")
    assert _direct(text)[-1].speaker != "Stormvloed"
