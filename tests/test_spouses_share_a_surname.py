"""A man's wife bears his name: "mevrouw Dekker" in a story about Max Dekker is someone else,
and keeps her honorific in the speaker's name, while a bare "Dekker" stays the man. A woman
named in full and then called "mevrouw" is still one person. The passages are written for these
tests."""
from __future__ import annotations

import quoteattr
from quoteattr.lang import load_language
from quoteattr.model import KINDS
from quoteattr.resolve import Resolver

from conftest import assert_offsets

STORY = """Max Dekker kwam thuis met zijn vrouw.

--Goedenavond, zei Dekker tegen de knecht.

--Wat is het koud buiten, riep mevrouw Dekker.

--Ja, zei hij, het vriest.
"""


def test_the_wife_is_not_the_husband():
    quotes = [q for q in quoteattr.extract(STORY, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(STORY, quotes)
    by_text = {q.text.rstrip(",.!"): q.speaker for q in quotes}
    assert by_text["Goedenavond"] == "Max Dekker"
    assert by_text["Wat is het koud buiten"] == "mevrouw Dekker"
    assert by_text["Ja"] == "Max Dekker"


def test_resolver_keeps_two_entities_for_one_surname():
    r = Resolver(load_language("nl"))
    husband = r.add_name("Max Dekker", 0)
    wife = r.add_name("Dekker", 40, role="mevrouw")
    again = r.add_name("Dekker", 80)
    assert wife is not husband
    assert wife.name == "mevrouw Dekker"
    assert again is husband


def test_a_woman_named_in_full_is_still_mevrouw():
    text = "Burgemeester Femke Halsema opende de vergadering. “We beginnen”, zei mevrouw Halsema.\n"
    quotes = quoteattr.extract(text, kinds=KINDS)
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Femke Halsema"]


def test_a_surname_used_bare_names_the_man_and_mevrouw_his_wife():
    # a novel calls the man of the house by his bare surname and his wife "mevrouw"
    text = ("Verhulst kwam laat thuis. Hij hing zijn jas op en ging zitten.\n\n"
            "--Ben je daar eindelijk? riep mevrouw Verhulst uit de keuken.\n\n"
            "--Ja, zeide hij, het werk hield mij op.\n")
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    assert quotes[0].speaker == "mevrouw Verhulst"
    assert quotes[-1].speaker == "Verhulst"
    r = Resolver(load_language("nl"))
    man = r.add_name("Verhulst", 0)
    wife = r.add_name("Verhulst", 60, role="mevrouw")
    assert wife is not man and wife.name == "mevrouw Verhulst"
