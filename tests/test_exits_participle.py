"""A leaving told with an auxiliary and a participle ("Kees was verdwenen", "Paul is
vertrokken"): the name before the auxiliary has left the scene (sieves/exits.py), and the talk
that follows goes to the people still there. The passages are written for these tests."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.analysis import DocumentAnalysis
from quoteattr.lang import load_language
from quoteattr.model import KINDS, Document
from quoteattr.sieves.exits import leaving

LANG = load_language("nl")


def left(text: str) -> list[str]:
    return [s for _, s in leaving(DocumentAnalysis(Document(id="t", text=text), LANG), 0, len(text))]


@pytest.mark.parametrize("text, who", [
    ("Kees was verdwenen; zijn jas hing nog over de stoel.", ["Kees"]),
    ("Willem Brandt is vertrokken, zonder groeten.", ["Willem Brandt"]),
    ("Karel was al vertrokken, toen de bel ging.", []),   # (an adverb between: no plain leaving told)
    ("De zon was verdwenen achter de wolken.", []),        # no person
])
def test_a_participle_leaving_and_its_subject(text, who):
    assert left(text) == who


#: new spelling, dash turns: the one who left is not the one who answers
KEUKEN = """— Ik ga even naar de schuur, zei Ruud Zwart.

— Doe maar, zei Joost Zwart.

1

In de keuken had Merel Zwart koffie gezet. Ruud was verdwenen; zijn laarzen stonden niet meer bij de
deur. Joost zat tegenover zijn moeder en roerde in zijn kopje.

— Ben je boos?

— Nee.

— Wel.

— Ik ben niet boos, Joost. Ik ben moe.
"""

#: old spelling
KAMER = """--Ik ga naar den tuin, zeide Frits Dekker.

--Goed, zeide Paul Dekker.

II.

In de kamer had Lize Dekker de thee geschonken. Frits was verdwenen; zijn hoed hing niet meer aan den
kapstok. Paul zat tegenover zijn zuster en keek naar buiten.

--Zijt gij boos?

--Neen.

--Toch wel.

--Ik ben niet boos, Paul. Ik ben moe.
"""


@pytest.mark.parametrize("text, gone", [(KEUKEN, "Ruud"), (KAMER, "Frits")])
def test_who_has_gone_does_not_answer(text, gone):
    quotes = quoteattr.extract(text, kinds=KINDS)
    last = [q for q in quotes if q.text.startswith("Ik ben niet boos")][0]
    assert last.speaker is None or gone not in last.speaker
    assert [q for q in quotes if q.text.startswith(("Nee.", "Neen."))][0].speaker.split()[0] in ("Merel", "Lize")
