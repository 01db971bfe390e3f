"""A turn that tells how to call its speaker ("Zeg maar Marianne.", "Noem mij maar Lize.",
"Iedereen zegt Lili.") names its speaker, as "Ik ben Ilse." does (sieves/inquit.py
self_named). The passages are written for these tests."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.lang import load_language
from quoteattr.model import KINDS
from quoteattr.resolve import Resolver
from quoteattr.sieves.inquit import self_named

LANG = load_language("nl")


@pytest.mark.parametrize("text, name", [
    ("Mevrouw Kuipers? — Marianne. Zeg maar Marianne. Kom binnen.", "Marianne"),
    ("Noem mij maar Lize, mijnheer. Dat doet iedereen.", "Lize"),
    ("Noem me Ruud.", "Ruud"),
    ("Lili, als 't u blieft. Iedereen zegt Lili.", "Lili"),
])
def test_how_to_call_the_speaker_names_the_speaker(text, name):
    assert self_named(text, Resolver(LANG), LANG) == name


@pytest.mark.parametrize("text", [
    "Zeg maar tegen Ruud dat hij moet komen.",   # a message for someone else
    "Zeg maar niets.",
    "Iedereen zegt dat.",
])
def test_no_name_no_self_naming(text):
    assert self_named(text, Resolver(LANG), LANG) is None


#: old spelling
SOIREE = """--Juffrouw van Dam is vanavond zeer geestig, zeide Frits Haverkamp.

--Lize, als 't u blieft. Iedereen zegt Lize.

--Dan zeg ik ook Lize. Maar alleen in den tuin.

--Waarom alleen daar?

--Omdat niemand het daar hoort.

--Gij zijt een vreemd mensch.
"""


@pytest.mark.parametrize("text, said, name", [
    (SOIREE, "Lize, als 't u blieft.", "Lize"),
])
def test_the_turn_goes_to_the_one_it_names(text, said, name):
    found = {q.text[:len(said)]: q.speaker for q in quoteattr.extract(text, kinds=KINDS)}
    assert found[said] is not None and name in found[said]
