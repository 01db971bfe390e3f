"""A title in the vocative ("Ja meester.", "Dat zie ik, luitenant.") calls the one person of the
scene the text gives that title: that person does not speak the turn, and answers it. And "toen
was hij weg" sends someone away. The passages are written for these tests in the style of Dutch
novels."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.analysis import DocumentAnalysis
from quoteattr.lang import load_language
from quoteattr.model import KINDS, Document
from quoteattr.sieves import sequence
from quoteattr.sieves.address import title_vocatives
from quoteattr.sieves.exits import leaving

from conftest import assert_offsets

LANG = load_language("nl")


@pytest.mark.parametrize("text, titles", [
    ("Ja meester.", ["meester"]),
    ("Ik heb niets gezien, dokter.", ["dokter"]),
    ("Kolonel! U hier?", ["kolonel"]),
    ("Dag luitenant Brink.", []),          # a title with a name is a name in the vocative
    ("De meester komt zoo.", []),          # a title as the subject calls no one
    ("Ja, mevrouw.", []),                  # an honorific of the house: kin_vocatives
])
def test_a_title_in_the_vocative(text, titles):
    assert title_vocatives(text, LANG) == titles


def test_toen_was_hij_weg_is_a_leaving():
    text = "Jaap keek bij het hek nog eens om, en toen was hij weg."
    assert [s for _, s in leaving(DocumentAnalysis(Document(id="t", text=text), LANG), 0, len(text))] == ["hij"]


SMITHY = """Meester Brouwer zat achter zijn lessenaar. Bij het raam stond Gerrit Kramer, de smid, met
zijn pet in de hand, en naast hem zijn zoon Piet.

— Het gaat om de ruit van de kerk, zei de meester. Die is gisteren gebroken.

— Daar weet ik niks van, meester.

— Dat zegt iedereen. Er lag een steen in de bank van de koster.

— Ik was den heelen middag thuis, meester.

— Dan heeft een ander het gedaan. Ik zal het uitzoeken.

— Hij liegt niet, zei de smid.
"""


def test_a_turn_that_calls_the_teacher_meester_calls_him(monkeypatch):
    """The turn-taking search (sequence.py) takes the teacher for the one called: he does not
    speak the turn, and answers it."""
    seen = {}
    decide = sequence._decide

    def spy(chain, out, resolver):
        for t in chain:
            seen[out[t.members[0]].text.split(",")[0]] = list(t.called)
        decide(chain, out, resolver)

    monkeypatch.setattr(sequence, "_decide", spy)
    quotes = [q for q in quoteattr.extract(SMITHY, kinds=KINDS) if q.kind in ("direct", "partial")]
    assert_offsets(SMITHY, quotes)
    assert seen["Daar weet ik niks van"] == ["Brouwer"]
    assert seen["Ik was den heelen middag thuis"] == ["Brouwer"]
    assert seen["Dat zegt iedereen. Er lag een steen in de bank van de koster."] == []
    answers = [q for q in quotes if q.text.startswith(("Dat zegt", "Dan heeft"))]
    assert [q.speaker for q in answers] == ["Brouwer", "Brouwer"]
