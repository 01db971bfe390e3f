"""The ``preceding`` sieve gives a quotation to the subject of the narrator sentence before it.
When that subject is a pronoun that found no person, only a capitalised place the narration
names ("den IJsel", "den Rijn"), it names nobody: the quotation is left to the last speaker and
the turn-taking. The passages are written for these tests (old and new spelling)."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets

#: old spelling: the only man of the scene is never named, the rivers are
OUD = """Het was in Maart. Zij reden over den IJsel en over den Rijn, en Marie keek stil naar het grauwe water.

"Is 't waar, dat je nu ook 's Zaterdags naar de zaak moet?" vroeg Marie.

Hij knikte. "Waarom?"
"""

#: new spelling, the same scene
NIEUW = """Het was maart. Ze reden over den IJsel en over den Rijn, en Marie keek stil naar het grijze water.

"Is het waar dat je nu ook op zaterdag naar de zaak moet?" vroeg Marie.

Hij knikte. "Waarom?"
"""


@pytest.mark.parametrize("text", [OUD, NIEUW])
def test_a_pronoun_that_found_only_a_place_names_nobody(text):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    assert [q.text for q in quotes][-1] == "Waarom?"
    assert quotes[-1].speaker not in ("IJsel", "Rijn")
    assert quotes[-1].speaker == "Marie"


@pytest.mark.parametrize("text, speaker", [
    # a frequent word opening the sentence is no person, even where a glued heading writes it
    # with a capital elsewhere; the last speaker goes on
    ("Wethouder Anna Kok is blij. ,,Het loopt goed'', zegt ze. Opvallend Nieuws. Opvallend zijn de "
     "dubbelfuncties van de wethouders. ,,Dat moet anders.''\n", "Anna Kok"),
    # a surname the text gave in full stays its bearer's at a sentence start
    ("Kees Bos opende de markt. Bos Nieuws. Bos is tevreden over de opkomst. ,,Het is druk.''\n", "Kees Bos"),
])
def test_a_common_word_opening_the_sentence_is_no_person(text, speaker):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert quotes[-1].speaker == speaker
