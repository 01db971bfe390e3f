"""Nobody speaks of themselves by name: a quotation without a cue that names the person the
narration before it was about, as a word of its own sentence ("Roy is daar al voorbij"), is
someone else's words about them, and the last speaker goes on. A name called ("Luister, Dora,
…") is someone spoken to, as before. The passages are written for these tests."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets


def _direct(text: str):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    return quotes


@pytest.mark.parametrize("text, speaker", [
    # the surgeon goes on about his patient, whom the narration and the quotation both name
    ("Chirurg Wim de Haan opereerde vorig jaar ruim tweehonderd patiënten. ,,Het is zwaar werk'', "
     "zegt hij. Bij Joost Mulder ziet de chirurg het goed aflopen. ,,De meeste patiënten vallen in "
     "het eerste jaar terug. Joost is daar al voorbij.''\n", "Wim de Haan"),
    # the trainer speaks of the striker the narration turned to
    ("Trainer Henk Smit is tevreden over de selectie. ,,We staan er goed voor'', zegt hij. "
     "Spits Karim Bakali keert na een blessure terug. ,,Het lijkt erop dat hij speelt. Bakali "
     "maakt het verschil in de zestien.''\n", "Henk Smit"),
])
def test_the_person_a_quotation_names_is_not_its_speaker(text, speaker):
    assert _direct(text)[-1].speaker == speaker


def test_a_name_the_quotation_does_not_speak_of_keeps_the_narrations_person():
    text = ("Trainer Henk Smit is tevreden over de selectie. ,,We staan er goed voor'', zegt hij. "
            "Spits Karim Bakali keert na een blessure terug. ,,Ik heb er veel zin in. Het ging lang "
            "niet goed met de knie.''\n")
    assert _direct(text)[-1].speaker == "Karim Bakali"


def test_a_quotation_opening_with_she_about_the_one_just_named_is_not_hers():
    text = ("Radicaal is zijn cliënt niet, zegt advocaat Taner Sen. Melis Aydin leeft wel volgens een "
            "strikte uitleg van de islam. \"Maar ze heeft nooit geweld verheerlijkt.\"\n")
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert quotes[-1].speaker == "Taner Sen"


def test_a_pronoun_of_the_other_gender_leaves_the_one_just_named_speaking():
    text = ("De wedstrijd is voorbij. Karin Smit kijkt trots naar haar zoon op het podium. "
            "\"Hij is al zo groot geworden.\"\n")
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert quotes[-1].speaker == "Karin Smit"
