"""Scene exits: someone the narration sends away ("Karel was al op de trap", "zij ging de kamer
uit", "Gerrit verliet het huis") is not there to speak or to be answered until the text names
them again. The passages are written for these tests in the style of Dutch novels."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.analysis import DocumentAnalysis
from quoteattr.lang import load_language
from quoteattr.model import KINDS, Document
from quoteattr.sieves.exits import leaving

from conftest import assert_offsets

LANG = load_language("nl")


def left(text: str) -> list[str]:
    return [s for _, s in leaving(DocumentAnalysis(Document(id="t", text=text), LANG), 0, len(text))]


@pytest.mark.parametrize("text, who", [
    ("Karel was al op de trap.", ["Karel"]),
    ("Daarop ging zij haastig de kamer uit.", ["zij"]),
    ("Toen ging Willem Brandt heen, zonder groeten.", ["Willem Brandt"]),
    ("Gerrit verliet het huis om negen uur.", ["Gerrit"]),
    ("Zij liepen weg, de gracht langs.", []),      # a plural "zij" is nobody of the talk
    ("Karel ging niet heen.", []),                   # a leaving denied
    ("Karel ging naar den haard.", []),              # going somewhere in the room is no leaving
    ("De lach verdween van zijn gezicht.", []),      # no person leaves
])
def test_a_leaving_and_its_subject(text, who):
    assert left(text) == who


TRAP = """De schilder Willem Brandt stond voor zijn ezel, toen zijn vriend Karel Mooy binnenkwam.

--Ik stoor je, zeide Karel. Ik zie het al.

--Je stoort niet. Ga zitten.

--Honderd treden! riep de oude Gerrit van der Kolk, toen hij boven was. Zoo, Mooy, ben jij hier ook?

--Ik ga al, mijnheer van der Kolk, zeide Karel, en hij greep naar zijn hoed.

Karel was al op de trap. Toen zijn stappen beneden wegstierven, keek de oude man den schilder aan.

--Zoo. Nu wij.

--Wilt u thee, oom?

--Ik wil geen thee. Ik wil praten.

--Dan praat u maar.

--Je schildert mijn nicht, en je zegt het mij niet.
"""


def test_who_left_speaks_no_turn_after_leaving():
    quotes = [q for q in quoteattr.extract(TRAP, kinds=KINDS) if q.kind in ("direct", "partial")]
    assert_offsets(TRAP, quotes)
    after = [q for q in quotes if q.start > TRAP.index("Karel was al op de trap")]
    assert len(after) == 5
    assert not any(q.speaker and "Mooy" in q.speaker for q in after)
    assert {q.speaker for q in after} == {"Gerrit van der Kolk", "Willem Brandt"}
