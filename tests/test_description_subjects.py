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


def test_an_adjective_of_age_before_an_unknown_name_makes_a_person_a_pronoun_reaches():
    text = ("Emma zuchtte en keek naar het venster. Buiten reed een rijtuig voorbij; de oude Jans, "
            "die al twintig jaar in huis was, kwam binnen met de thee.\n\n"
            "--Mevrouw, de dokter is daar, zeide zij.\n")
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    assert quotes[0].speaker == "Jans"
