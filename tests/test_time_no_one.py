"""A time the narration names with a capital and an article ("Op den Zaterdagavond", "Op de
Zondagmiddag") is nobody present: when a conversation opens after it, the first turn goes to
no such "person" (sieves/scenes.py other_present). The passages are written for these tests."""
from __future__ import annotations

import pytest

from conftest import names_of
from quoteattr.sieves.scenes import other_present

#: old spelling: the last capitalised "name" before the talk is a day of the week
OUD = """--Zijn de stoelen besteld? vroeg mevrouw Dekker.

--Ja mama, zeide Lize Dekker.

II.

Lize zat reeds aan de tafel. Op den Zaterdagavond om zeven uur waren alle lampen
aangestoken.

--Wie komt er het eerst?
"""

#: new spelling
NIEUW = """--Heb je de sleutels? vroeg Ruud Zwart.

--Ja, zei Merel Zwart.

II.

Merel stond bij het raam. Op de Zondagmiddag was het stil in de straat.

--Komt hij nog?
"""


@pytest.mark.parametrize("text, expected", [
    (OUD, "Lize"),
    (NIEUW, "Merel"),
])
def test_the_time_is_no_one_present(text, expected):
    resolver = names_of(text)
    pos = text.rindex("--")
    found = other_present(resolver, text, pos, "", set(), text.index("II."))
    assert found is not None and found.split()[0] == expected

