"""Backstory: a clause in the pluperfect with a word that looks back ("ooit", "vroeger", "te
voren") tells what happened before the scene, and the people it names are not there for that.
The passages are written for these tests in the style of Dutch novels."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.analysis import DocumentAnalysis
from quoteattr.lang import load_language
from quoteattr.model import KINDS, Document
from quoteattr.sieves import backstory

from conftest import assert_offsets

LANG = load_language("nl")


def spans(text: str) -> list[str]:
    an = DocumentAnalysis(Document(id="t", text=text), LANG)
    return [text[a:b].strip() for a, b in backstory.backstory_spans(an)]


@pytest.mark.parametrize("text, found", [
    ("Zij nam de hoorn op. Bram had er ooit een groen lintje aan gebonden.",
     ["Bram had er ooit een groen lintje aan gebonden"]),
    ("Zij zaten in den tuin, waar Anna twee jaar te voren den dokter had ontmoet.",
     ["waar Anna twee jaar te voren den dokter had ontmoet"]),      # (a participle without ge-)
    ("Hij stond op. Vroeger hadden de jongens hier gevoetbald.", ["Vroeger hadden de jongens hier gevoetbald"]),
    ("Karel had zijn pet op de tafel gelegd en keek haar aan.", []),   # the pluperfect in the scene
    ("Het was lang geleden dat Karel zoo had horen lachen.", []),       # "geleden" is no participle here
    ("Karel had vroeger geen tijd voor zulke dingen.", []),              # no participle: "geen"
])
def test_a_clause_of_backstory(text, found):
    assert spans(text) == found


#: a telephone call: the neighbour, who spoke in the scene before, is named in backstory; the
#: mother talks to her son on the line
CALL = """Om vijf uur bracht Marloes van de overkant de krant.

– Hier is uw krant, zei Marloes.

– Dank je, kind.

* * *

Riet Hoekstra woonde al veertig jaar aan de dijk. Haar zoon woonde in Zwolle en belde elke
dinsdag, meestal vanuit de auto.

Om acht uur ging de telefoon.

– Ja, met mij.

Ze luisterde en knikte, al kon hij dat niet zien.

– Nee, ik heb niet geslapen. Waarom zou ik geslapen hebben?

Ze zocht met haar vinger naar het knopje voor het geluid. Marloes van de overkant had er ooit
een gele stip op geplakt, zodat ze het zou vinden. Het toestel kraakte.

– Versta je me nu? vroeg Jeroen.

– Ik versta je. De hele straat verstaat je.

– Ik wou weten of de loodgieter geweest is.

– Nee, zei ze. Morgen misschien.

– Dat zei hij vorige week ook.

– Dan bel ik hem nog eens.

– Doe dat nou maar.

– Ja, zei ze. En rij voorzichtig.
"""


def test_who_is_named_in_backstory_takes_no_turn():
    quotes = [q for q in quoteattr.extract(CALL, kinds=KINDS) if q.kind in ("direct", "partial")]
    assert_offsets(CALL, quotes)
    after = [q for q in quotes if q.start > CALL.index("Het toestel kraakte")]
    assert len(after) == 10
    assert not any(q.speaker and "Marloes" in q.speaker for q in after)
    mother = [q for q in after if q.text.startswith(("Ik versta", "Nee", "Morgen", "Dan bel", "Ja", "En rij"))]
    assert len(mother) == 6 and all(q.speaker == "Riet Hoekstra" for q in mother)


def test_the_same_call_without_backstory_goes_wrong(monkeypatch):
    """(What the rule changes: with the neighbour taken for present, she takes the mother's turns.)"""
    monkeypatch.setattr(backstory, "backstory_spans", lambda an: [])
    quotes = [q for q in quoteattr.extract(CALL, kinds=KINDS) if q.kind in ("direct", "partial")]
    after = [q for q in quotes if q.start > CALL.index("Het toestel kraakte")]
    assert any(q.speaker and "Marloes" in q.speaker for q in after)
