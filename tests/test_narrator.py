"""Who the first-person narrator is: the name the narration gives its teller, or the name the
others call them by. The passages are written for these tests."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.analysis import DocumentAnalysis
from quoteattr.lang import load_language
from quoteattr.model import KINDS, Document
from quoteattr.sieves.narrator import self_named


def _self(text: str) -> str | None:
    return self_named(DocumentAnalysis(Document(id="t", text=text), load_language("nl")))


@pytest.mark.parametrize("text, name", [
    ("Mijn naam is Hendrik Vos, en ik ben kruidenier in de Kalverstraat.", "Hendrik Vos"),
    ("Ik heet Marijke. Ik woon al twintig jaar aan de dijk.", "Marijke"),
    ("Ik zei hem dat ik mijnheer Kerkhoven was, notaris te Zwolle.", "Kerkhoven"),
    ("Het is een verhaal van mij, Pieter de Graaf, en van niemand anders.", "Pieter de Graaf"),
    # two self-namings of one name: the fullest
    ("Ik heet Vos. Later in de winkel: mijn naam is Hendrik Vos.", "Hendrik Vos"),
])
def test_the_narration_names_its_teller(text, name):
    assert _self(text) == name


@pytest.mark.parametrize("text", [
    "Ik was Nederlander en bleef het.",                  # a demonym is no name
    "Ik heet u welkom in ons huis.",                     # no name after "heet"
    "Toen ik Piet was vergeten, belde hij op.",           # "Piet" is the object of the clause
    "“Mijn naam is Anna,” zei het meisje.",              # said in a turn: that is her name, not the narrator's
    "Ik heet Jan. Mijn naam is Kees Bakker.",            # two names for one teller: no way to tell
])
def test_no_name_for_the_teller(text):
    assert _self(text) is None


STORY = """Mijn naam is Gerrit Blom, en ik ben veerman aan de Lek. Op een avond in maart stond er een
vrouw aan de steiger.

“Gaat de pont nog?” vroeg ze.

“Voor u wel,” zei ik.

“Dan wil ik naar de overkant.”

“Dat kost een dubbeltje.”

Ze gaf het mij zonder een woord, en ik duwde af."""


def test_a_self_named_narrator_speaks_his_turns_by_name():
    quotes = [q for q in quoteattr.extract(STORY, kinds=KINDS) if q.kind == "direct"]
    got = {q.text: q.speaker for q in quotes}
    assert got["Voor u wel,"] == "Gerrit Blom"
    assert got["Dat kost een dubbeltje."] == "Gerrit Blom"
