"""A turn of dialogue in the very next paragraph after another that calls someone by name, even
without an answer particle ("--Dat zeg je altijd, Jacob."), most often answers that person: the
turn before it is likely theirs (sequence.CALLS_BACK, weaker than a reply after "Ja,"). Not
across a paragraph of narration, which lets the floor move. The passages are written for these
tests."""
from __future__ import annotations

import quoteattr
from quoteattr.model import KINDS
from quoteattr.sieves.sequence import CALLS_BACK, REPLIES, _best_path

from conftest import assert_offsets

PARLOUR = """HOOFDSTUK I.

Willem Bakker stond bij het raam en keek naar de straat. Zijn zuster Geertruida zat met een boek bij de kachel, en tegenover haar zat zijn vriend Jacob Roos, die een pijp stopte.

--Het regent al den heelen dag, zeide Willem.

--Dan blijven wij binnen. Ik heb geen zin in natte voeten.

--Dat zeg je altijd, Jacob. Jij hebt nooit zin in iets.

--Ik heb wel zin in een kop thee, zeide Jacob.

--Die zal ik zetten, zeide Geertruida, en zij legde haar boek neer.

--Geertruida is de eenige in dit huis, die iets doet.

--Dank je, Willem.

--Het is waar, zeide hij.
"""


def _turns(text):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    return quotes


def test_the_turn_before_a_call_is_of_the_one_called():
    quotes = _turns(PARLOUR)
    praise = next(q for q in quotes if q.text.startswith("Geertruida is de eenige"))
    # "--Dank je, Willem." answers it: Willem spoke it, not Jacob, who spoke two turns before
    assert praise.speaker == "Willem Bakker"
    thanks = next(q for q in quotes if q.text.startswith("Dank je"))
    assert thanks.speaker == "Geertruida"


def test_the_turn_a_call_answers_keeps_its_speaker_where_the_call_names_them():
    quotes = _turns(PARLOUR)
    rain = next(q for q in quotes if q.text.startswith("Dan blijven wij binnen"))
    assert rain.speaker == "Jacob Roos"  # "Dat zeg je altijd, Jacob." calls him


def test_the_search_weighs_a_call_less_than_a_reply():
    assert 0 < CALLS_BACK < REPLIES
    cands = [[0, 1, 2], [0], [0, 1, 2]]
    emit = [{c: 0.0 for c in cs} for cs in cands]

    def trans(j, c):
        return (-3.0, 0.0, 0.0)

    assert _best_path(cands, emit, trans, [set(), set(), set()], [set(), {2}, set()])[0] == 2
    assert _best_path(cands, emit, trans, [set(), set(), set()], [set(), {1}, set()])[0] == 1
    # a reply after "Ja," outweighs a bare call of someone else
    assert _best_path(cands, emit, trans, [set(), {1}, set()], [set(), {2}, set()])[0] == 1


STUDY = """HOOFDSTUK II.

Willem Bakker zat aan zijn schrijftafel. Zijn zuster Geertruida kwam binnen met de post, en achter haar kwam Jacob Roos.

--Er is een brief uit Utrecht, zeide Geertruida.

--Van wien? vroeg Willem.

--Dat staat er niet op. Kijk zelf maar.

--Hm, een onbekende hand. Laat maar liggen.

--Zal ik hem openmaken?

--Neen, zeide Willem. Ik lees hem straks wel.

--Jij leest nooit iets straks, zeide Jacob.

--Dat is laster.

--Het is de waarheid.
"""


def test_a_word_called_like_a_name_takes_no_turn():
    quotes = _turns(STUDY)
    # "Hm, …" is an interjection (interjections.txt), and no inquit shows anyone called Hm
    # speaking: neither the turn before it nor the one after it is given to "Hm"
    assert all(q.speaker in ("Willem Bakker", "Geertruida", "Jacob Roos") for q in quotes)
    told = next(q for q in quotes if q.text.startswith("Dat staat er niet op"))
    assert told.speaker == "Geertruida"
