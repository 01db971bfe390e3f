"""Who an exchange's turns may go to (sieves/sequence.py): the people its inquits name, the ones
its turns call, and whoever else the resolver holds for a person. A capitalised word that an
earlier pass only reached for because no person fitted a pronoun (a river, a town, "de
Indiaan") is no one of the talk, and takes no turn. The passages are written for these tests."""
from __future__ import annotations

import pytest

from quoteattr.analysis import DocumentAnalysis
from quoteattr.kinds import classify
from quoteattr.lang import load_language
from quoteattr.mentions import collect_names
from quoteattr.model import Document
from quoteattr.resolve import Resolver
from quoteattr.sieves.sequence import _may_speak, _Turn

LANG = load_language("nl")

#: old spelling, dash turns; the narration names a river and two towns
RIVIER = """--Kom je mee naar den dijk? vroeg Anna Verhoef.

--Straks, zeide Karel Mooy, en hij keek naar de Waal, die grauw voorbij stroomde.

Bij Deventer stroomt de IJssel breed en traag. Achter den dijk lag Zutphen.

--Wie roept daar, Bertha?
"""


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    an = DocumentAnalysis(Document(id="t", text=RIVIER), LANG)
    an.kinds = [classify(an, qi) for qi in range(len(an.qspans))]
    found = Resolver(LANG)
    collect_names(an, found)
    return found


def exchange() -> list[_Turn]:
    return [_Turn(0, [0], 0, "Anna Verhoef", stated="Anna Verhoef"),
            _Turn(1, [1], 0, "Karel Mooy", stated="Karel Mooy"),
            _Turn(3, [2], 0, "IJssel", called=["Bertha"])]


@pytest.mark.parametrize("name, may", [
    ("Anna Verhoef", True),   # an inquit names her speaking
    ("Karel Mooy", True),
    ("Bertha", True),         # a turn calls her: she is there, though the narration never names her
    ("IJssel", False),        # a river the narration names
    ("Deventer", False),      # a town
    ("Zutphen", False),
])
def test_who_may_take_a_turn(resolver, name, may):
    assert _may_speak(name, exchange(), resolver, len(RIVIER)) is may


def test_a_name_no_one_resolves_is_left_to_the_search(resolver):
    """A name the resolver does not hold (a description, a pet name) is not ruled out."""
    assert _may_speak("de oude heer", exchange(), resolver, len(RIVIER))
