"""An action beat whose subject is a description by an honorific ("De oude heer schoof zijn stoel
achteruit.", "De freule legde haar borduurwerk neer.") makes the person so described the
speaker of the turn after it, as a beat by name does. The passages are written for these tests
in the style of Dutch novels."""
from __future__ import annotations

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets

EETKAMER = """In de eetkamer zaten de oude heer Anton Kessel en zijn dochter Emilie tegenover elkaar. Luitenant Willem van Rees stond bij het buffet.

--Het regent weer, zei Emilie.

--Het regent altijd in November, antwoordde de luitenant.

--Niet altijd, zeide Emilie. Verleden jaar was het droog.

--Dat was een uitzondering.

--Graag, papa.

De oude heer schoof zijn stoel achteruit.

--Ik ga naar de club.
"""


def _speakers(text: str) -> dict[str, str | None]:
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind in ("direct", "partial")]
    assert_offsets(text, quotes)
    return {q.text.strip(): q.speaker for q in quotes}


def test_a_beat_by_the_old_gentleman_gives_him_the_next_turn():
    said = _speakers(EETKAMER)
    assert said["Ik ga naar de club."] == "Anton Kessel"


def test_a_beat_by_a_description_of_no_one_named_leaves_the_turn_to_the_talk():
    text = EETKAMER.replace("de oude heer Anton Kessel en zijn dochter Emilie", "Emilie")
    said = _speakers(text)
    assert said["Ik ga naar de club."] != "Emilie"  # the described gentleman is not Emilie
