"""A reply that calls someone by name after an answer particle or an endearment ("Ja, Max",
"Beste Max, …") answers that person's turn: the turn before it is theirs. An endearment is no
part of the name called. The passages are written for these tests."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.lang import load_language
from quoteattr.model import KINDS
from quoteattr.sieves.address import vocatives
from quoteattr.sieves.sequence import replied_to

from conftest import assert_offsets

NL = load_language("nl")


@pytest.mark.parametrize("text, name", [
    ("Beste Gerrit, hoe laat is het eigenlijk?", "Gerrit"),
    ("Ja, Gerrit, dat weet ik wel.", "Gerrit"),
    ("Neen, mevrouw Bakker, zoo is het niet.", "mevrouw Bakker"),
])
def test_a_reply_names_the_one_it_answers(text, name):
    assert replied_to(text, NL, vocatives(text)) == name


@pytest.mark.parametrize("text", [
    "Gerrit, wat eten we vanavond?",          # calls Gerrit, answers no one
    "Haast je toch, Gerrit!",                  # a call, not a reply
    "Ja. Gerrit, kom eens hier.",              # the answer ends before the name
])
def test_a_call_is_no_reply(text):
    assert replied_to(text, NL, vocatives(text)) is None


def test_an_endearment_is_no_part_of_the_name():
    assert vocatives("Lieve Anna, kom toch binnen.") == ["Anna"]
    assert vocatives("Beste Gerrit") == ["Gerrit"]


SUPPER = """HOOFDSTUK II.

Gerrit Mulder zat met zijn vrouw Anna aan tafel. Hun vriend Karel Smit vertelde over zijn reis.

--Anna, wat is dat voor soep? Ik heb je toch gezegd dat er geen zout in mag!

--Beste Gerrit, vroeg Anna, wie heeft die soep dan gekookt? Dat was de meid.

--Dan moet de meid het leren, zei hij. Karel, eet jij zoute soep?

--Ik eet alles, antwoordde Karel.

--Dat geloof ik graag. Jij bent nooit kieskeurig geweest.

--Neen, zeker niet. Maar deze soep is toch wel erg zout, Gerrit.

--Zie je wel! Anna, laat de meid morgen iets anders koken.

--Goed, Gerrit, zei Anna.
"""


def test_the_turn_a_reply_answers_is_of_the_one_it_names():
    quotes = [q for q in quoteattr.extract(SUPPER, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(SUPPER, quotes)
    first = quotes[0]
    assert first.text.startswith("Anna, wat is dat")
    assert first.speaker == "Gerrit Mulder"


def test_the_search_gives_the_answered_turn_to_the_one_named():
    from quoteattr.sieves.sequence import _best_path

    # three people, three turns; nothing but the reply at turn 1 ("Ja, <person 2>") tells who
    # spoke turn 0, and turn 1 is stated to be person 0's
    cands = [[0, 1, 2], [0], [0, 1, 2]]
    emit = [{c: 0.0 for c in cs} for cs in cands]

    def trans(j, c):
        return (-3.0, 0.0, 0.0)

    assert _best_path(cands, emit, trans, [set(), {2}, set()])[0] == 2
    assert _best_path(cands, emit, trans, [set(), {1}, set()])[0] == 1
