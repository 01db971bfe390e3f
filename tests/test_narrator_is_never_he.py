"""In a story told by "ik", the narrator is "ik" in an inquit, never "hij" or "zij": a pronoun
inquit that the resolver gave the narrator's own name (the narration names its teller: "Ik heet
Hendrik Verloop") is the person the narration named before it, also after a preposition ("met
Wolters"), not the teller. The passages are written for these tests."""
from __future__ import annotations

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets

CLERK = """Ik heet Hendrik Verloop, en ik ben notaris te Zwolle. Met mijn klerk Wolters heb ik een kwestie gehad, die ik hier wil vertellen, want met Wolters moet men voorzichtig zijn.

Ik vroeg hem of hij de akte al had opgemaakt.

--Neen, zeide hij, de akte is nog niet klaar.

--Waarom niet? vroeg ik.

--Omdat de klant niet gekomen is, antwoordde hij.
"""

ONCE = """Ik heet Hendrik Verloop, en ik ben notaris te Zwolle. Ik schrijf dit op voor mijn opvolger, met een zekere Luthersch gevoel.

--Neen, zeide hij, de akte is nog niet klaar.

--Waarom niet? vroeg ik.
"""


def _direct(text):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    return quotes


def test_he_is_the_one_the_narrator_talks_with_not_the_narrator():
    quotes = _direct(CLERK)
    by_text = {q.text: q.speaker for q in quotes}
    assert by_text["Neen"] == "Wolters"
    assert by_text["Omdat de klant niet gekomen is"] == "Wolters"
    assert by_text["Waarom niet?"] == "Hendrik Verloop"  # "vroeg ik" stays the narrator's


def test_a_capitalised_word_named_once_is_no_one_to_give_the_turn():
    quotes = _direct(ONCE)
    assert quotes[0].speaker != "Luthersch"
