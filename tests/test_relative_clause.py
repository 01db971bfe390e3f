"""A name inside a relative clause ("…, waar Anna wachtte", "…, die Anna niet zag") is not the
subject a following "zeide zij" points back to: the subject of the main clause is, also when
it comes after its verb ("In het salon zat Marie, …"). The passages are written for these tests
in the style of Dutch novels."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.lang import load_language
from quoteattr.mentions import _in_relative_clause
from quoteattr.model import KINDS

from conftest import assert_offsets

LANG = load_language("nl")


@pytest.mark.parametrize("text, name, inside", [
    ("Marie zat bij het venster, waar Anna wachtte.", "Anna", True),
    ("In het salon zat Marie, die Anna niet zag.", "Anna", True),
    ("Hij sprak met den notaris, wiens zoon Gerrit heette.", "Gerrit", True),
    ("Zij zat bij het venster, waarop\nde oude Gerrit leunde.", "Gerrit", True),
    ("Marie zat bij het venster, en Anna wachtte.", "Anna", False),
    ("Marie zat bij het venster. Anna wachtte.", "Anna", False),
    ("Marie zat bij het venster, waar zij wachtte. Toen kwam Anna.", "Anna", False),
])
def test_a_name_in_a_relative_clause(text, name, inside):
    assert _in_relative_clause(text, text.index(name), LANG) is inside


@pytest.mark.parametrize("text", [
    "Toen zag Marie de kamer, waar Anna op haar wachtte.\n\n--Daar ben ik, zeide zij.\n",
    "In het salon zat Marie, die Anna niet had zien binnenkomen.\n\n--Ben je daar al? vroeg zij.\n",
    "Marie zat bij het venster, waar Anna haar borduurwerk had laten liggen.\n\n--Het wordt al donker, zeide zij.\n",
])
def test_the_pronoun_inquit_is_the_main_clause_subject(text):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind in ("direct", "partial")]
    assert_offsets(text, quotes)
    assert [q.speaker for q in quotes] == ["Marie"]

