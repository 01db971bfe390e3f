"""The sentence after a quotation may open with its speaker, a speech verb and "dit", "dat" or
"het" for what was said: "Gerrit riep dit, toen …", "Hij zei het tegen de pers." "De minister
zei dat hij …" reports something else. The passages are written for these tests."""
from __future__ import annotations

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets


def test_the_narration_after_a_turn_names_who_called_it():
    text = ("Gerrit Mulder stond in de gang met zijn gasten.\n\n"
            "--Kom, Willem, ga nog niet naar huis! Een glas wijn?\n\n"
            "Gerrit riep dit, toen alle gasten opstonden.\n")
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    assert quotes[0].speaker == "Gerrit Mulder"
    assert quotes[0].sieve == "dat-zegt"


def test_a_clause_after_dat_is_no_object():
    text = "Minister Anna Bakker sprak de pers toe. “We gaan door.” Willem de Vries zei dat hij tevreden was.\n"
    quotes = quoteattr.extract(text, kinds=KINDS)
    assert_offsets(text, quotes)
    direct = [q for q in quotes if q.kind == "direct"]
    assert direct and direct[0].speaker != "Willem de Vries"
