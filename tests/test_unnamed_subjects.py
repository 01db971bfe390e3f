"""An unnamed person a sentence opens with ("Een buurvrouw …", "Zo ook een vriendin.") is its
subject; when the next sentence goes on with "ze" or "hij" of that gender, the passage is about
them, and a later pronoun points back to them rather than to a man or woman named earlier.
The passages are written for these tests."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets


def _direct(text: str):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    return quotes


ELECTION = ("Morgen kiest het land een nieuw parlement. President Nicolás Maduro rekent op een ruime "
            "zege. Veel aanhangers van de oppositie werken daarom als waarnemer in een stembureau. "
            "Zo ook een buurvrouw. Ze is de verkiezingen moe. Toch staat ze morgen vroeg op. "
            "Ze zegt: \"Ik vertrouw de telling niet. Hij wint toch weer.\"\n")

NEIGHBOUR = ("Burgemeester Joris Haverkamp bezocht gisteren de straat waar de brand woedde. "
             "Een bewoonster zag de vlammen als eerste. Ze belde meteen de brandweer. "
             "\"Ik rook het al voor ik iets zag\", zegt ze.\n")


@pytest.mark.parametrize("text, speaker", [
    (ELECTION, "een buurvrouw"),
    (NEIGHBOUR, "een bewoonster"),
])
def test_a_pronoun_points_to_the_unnamed_subject_the_passage_took_up(text, speaker):
    assert _direct(text)[0].speaker == speaker


def test_the_take_up_may_be_the_cue_after_a_quotation():
    text = ("Wethouder Kees Brouwer opende zaterdag het nieuwe park. Een oudere man naast het podium "
            "mopperde wat. 'Veel te duur', herhaalde hij. 'Dat geld had naar de bibliotheek gemoeten.'\n")
    quotes = _direct(text)
    assert [q.speaker for q in quotes] == ["een oudere man", "een oudere man"]


@pytest.mark.parametrize("text, speaker", [
    # the woman is not taken up: the next sentence is about someone else
    ("Minister Karin Dekker kwam naar het dorp. Een bewoonster wachtte haar op bij de kerk. "
     "De burgemeester hield een korte toespraak. Daarna nam Dekker het woord. "
     "\"We laten u niet in de steek\", zei ze.\n", "Karin Dekker"),
    # the woman is an object, after a preposition, not the sentence's subject
    ("Minister Karin Dekker sprak lang met een bewoonster. Ze beloofde hulp. "
     "\"We laten u niet in de steek\", zei ze.\n", "Karin Dekker"),
])
def test_no_take_up_or_no_subject_leaves_the_named_person(text, speaker):
    assert _direct(text)[0].speaker == speaker


def test_a_quotation_paragraph_that_closes_nowhere_introduces_no_subject():
    # the paragraphs of «De eerste keer …» are the founder's words, though the quotation is not
    # closed where the next one opens: the boy he speaks of is no subject of the article
    text = ("Het festival in Velp stopt ermee.\n\n"
            "Oprichter Piet Verbeek (61): «We hebben het twintig jaar volgehouden. Maar de kosten zijn "
            "verdubbeld.»\n\n"
            "«Vorig jaar kwamen er vijfduizend mensen», zegt hij. «Dat is te weinig.»\n\n"
            "Verbeek, in het dorp bekend als «de Graaf van Velp», blikt terug op de beginjaren. "
            "«De eerste keer stond er één podium in een weide.\n\n"
            "«In 2005 kwam er een bekende band. Een jongen aan de ingang zei toen tegen mij: ‹Dit wordt "
            "groot.› Hij had gelijk.\n\n"
            "«Maar groot worden was nooit het doel. We wilden een feest voor het dorp.»\n\n"
            "Over het festival verscheen een boek.\n")
    quotes = _direct(text)
    assert quotes[-1].text.startswith("Maar groot")
    assert quotes[-1].speaker == "Piet Verbeek"
