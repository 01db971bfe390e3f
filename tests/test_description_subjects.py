"""A definite description whose noun is a function ("De dokter kwam binnen") names the holder
of that function the text named before ("dokter Brink"), as the subject a later pronoun points
back to. The passages are written for these tests."""
from __future__ import annotations

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets

VISIT = """Men had dokter Brink laten roepen. Willem Dorrepaal wachtte bij de deur van den salon.

De dokter kwam eindelijk binnen, met zijn tasch onder den arm.

--Goeden middag, zeide hij. Hoe gaat het met de zieke?
"""


def test_the_function_is_its_holder_for_a_later_pronoun():
    quotes = [q for q in quoteattr.extract(VISIT, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(VISIT, quotes)
    assert quotes[0].speaker == "Brink"
