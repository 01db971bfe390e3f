"""A description in an inquit ("zeide de jonge officier") is the person the narration gave a
function the description stands for (a lieutenant, a captain is an officer: title_groups.tsv),
not the one named after them of whom no function is known. Passages written for these tests, in
old and new spelling."""
from __future__ import annotations

import quoteattr
from quoteattr.lang import load_language
from quoteattr.model import KINDS

from conftest import assert_offsets

LANG = load_language("nl")

#: old spelling: the lieutenant comes in first, his friend the student after him
OUD = """Sophie van Dam zat alleen in den salon en borduurde.

--Zijn de heeren er al? vroeg zij aan de meid.

--Ja, juffrouw, zeide de meid.

De deur ging open en luitenant Dirk Hazelhof trad binnen. Achter hem kwam, met een boek onder den arm, Karel Mosman, een vriend uit Leiden.

--Mevrouw is niet thuis? Dan bied ik u mijn excuses aan, juffrouw, zeide de jonge officier.

--Mama komt zoo, zeide Sophie.

--Wij wachten gaarne.

--Gaat u zitten.
"""

#: new spelling: the captain is named, then a neighbour; "de officier" is the captain
NIEUW = """Els de Bruin stond in de gang toen de bel ging.

– Wie is daar? riep ze.

– Ik ben het, zei haar broer.

Ze deed open. Op de stoep stond kapitein Joost Hendriks in uniform, en naast hem Bram Kuiper, de buurjongen.

– Ik kom even afscheid nemen, zei de officier. Morgen vertrekt het schip.

– Kom binnen, zei Els.

– Graag.

– Wil je koffie?
"""


def _speakers(text: str) -> dict[str, str | None]:
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind in ("direct", "partial")]
    assert_offsets(text, quotes)
    return {q.text.strip(): q.speaker for q in quotes}


def test_the_officer_is_the_lieutenant_not_the_friend_named_after_him():
    got = _speakers(OUD)
    assert got["Mevrouw is niet thuis? Dan bied ik u mijn excuses aan, juffrouw"] == "Dirk Hazelhof"


def test_the_officer_is_the_captain_not_the_neighbour_named_after_him():
    got = _speakers(NIEUW)
    assert got["Ik kom even afscheid nemen"] == "Joost Hendriks"


def test_an_officer_may_stand_for_a_rank_and_every_title_for_itself():
    assert LANG.title_matches("officier", "luitenant")
    assert LANG.title_matches("officier", "kolonel")
    assert not LANG.title_matches("luitenant", "officier")
