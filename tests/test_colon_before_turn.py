"""Narration that ends in a speech verb and a colon introduces the turn of the next paragraph:
"…, want hij antwoordde:" then "--Goed, kind!", or "De minister zei het zo:" then a quotation
in marks. A colon after a noun there opens a list, not speech. The passages are written for
these tests."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets


@pytest.mark.parametrize("text, speaker, cue", [
    ("Gerrit keek naar zijn vrouw. Hij begreep wat zij bedoelde, want hij antwoordde:\n\n"
     "--Goed, kind! Maar weet je wel, dat het morgen regent?\n", "Gerrit", "antwoordde"),
    ("Mevrouw Dekker zette haar kopje neer en zeide:\n\n--Dan gaan wij niet.\n", "Dekker", "zeide"),
    ("De burgemeester van Zwolle zei het gisteren zo:\n\n“We bouwen die brug niet.”\n",
     "de burgemeester van Zwolle", "zei"),
])
def test_a_speech_verb_before_a_colon_speaks_the_next_paragraph(text, speaker, cue):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    assert len(quotes) == 1
    assert speaker in quotes[0].speaker
    assert quotes[0].cue == cue


def test_a_colon_after_a_noun_opens_no_speech_across_the_break():
    text = "Op het briefje van Gerrit stond het lijstje:\n\n--brood en kaas voor morgen\n"
    quotes = quoteattr.extract(text, kinds=KINDS)
    assert_offsets(text, quotes)
    assert all(q.sieve != "colon" for q in quotes)

