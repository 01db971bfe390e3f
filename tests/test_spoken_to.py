"""A quotation that calls someone by name is not that person's: the narrator sentence before a
turn is often about the one who is then spoken to ("Gerrit vouwde de krant dicht. Hij keek
niet op. — Gerrit, …"), so the subject of that sentence (the ``preceding`` sieve) or the person
last named (``nearest-person``) does not speak it, and naming the one spoken to brings no new
speaker into the talk (``continuation`` goes on). The passages are written for these tests."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets

#: new spelling, dash turns
KEUKEN = """Het was al laat toen Marieke de keuken binnenkwam. Haar broer Gerrit Bakker zat aan tafel, met de krant voor zich.

— Waar bleef je zo lang? vroeg hij.

— Bij de bakker, zei Marieke.

Gerrit vouwde de krant dicht. Hij keek haar niet aan.

— Gerrit, jij weet toch ook dat de bakker op zondag dicht is.
"""

#: old spelling, typewriter quotes
KANTOOR = """"Kom je eindelijk?" vroeg Betsy, toen haar broeder binnentrad.

"Ik moest nog naar kantoor," zeide Frits.

Frits wierp zijn hoed op de tafel. Hij zag haar niet aan.

"Frits, je hebt weer gedronken."
"""

#: the same scene, but the turn calls the other one: the subject of the narration speaks it
ANDERS = """"Kom je eindelijk?" vroeg Betsy, toen haar broeder binnentrad.

"Ik moest nog naar kantoor," zeide Frits.

Frits wierp zijn hoed op de tafel. Hij zag haar niet aan.

"Betsy, ik heb honger."
"""


def speakers(text: str) -> list[tuple[str | None, str]]:
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    return [(q.speaker, q.text) for q in quotes]


def test_the_subject_before_is_spoken_to():
    """The narration is about Gerrit, the turn calls him: Marieke, who spoke last, goes on."""
    last = speakers(KEUKEN)[-1]
    assert last[1].startswith("Gerrit,")
    assert last[0] == "Marieke"


def test_the_last_speaker_called_does_not_go_on():
    """Frits spoke last and the narration is about him; the turn calls him, so neither the
    narration's subject nor the last speaker is its speaker."""
    last = speakers(KANTOOR)[-1]
    assert last[1].startswith("Frits,")
    assert "Frits" not in (last[0] or "")


def test_the_narration_subject_speaks_when_another_is_called():
    assert speakers(ANDERS)[-1][0] == "Frits"


def test_a_person_called_is_no_new_person_between():
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.lang import load_language
    from quoteattr.mentions import collect_names
    from quoteattr.model import Document
    from quoteattr.resolve import Resolver
    from quoteattr.sieves.carry import new_person_between

    lang = load_language("nl")
    text = "Toen kwam Karel Mooy binnen. Hij groette niet."
    an = DocumentAnalysis(Document(id="t", text=text), lang)
    resolver = Resolver(lang)
    collect_names(an, resolver)
    assert new_person_between(resolver, 0, len(text), "Betsy")
    assert not new_person_between(resolver, 0, len(text), "Betsy", ["Karel"])
