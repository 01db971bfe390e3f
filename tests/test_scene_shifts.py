"""Scenes: narration that moves on in time ("Een half uur later", "Den anderen morgen", "Des
avonds") opens a new scene, and a possessive in an inquit ("vroeg haar zoon") looks for its
owner in its own scene only. The passages are written for these tests in the style of Dutch
novels, old spelling and new."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.analysis import DocumentAnalysis
from quoteattr.lang import load_language
from quoteattr.model import KINDS, Document
from quoteattr.sieves.scenes import scene_starts

from conftest import assert_offsets

LANG = load_language("nl")


def starts(text: str) -> list[int]:
    return scene_starts(DocumentAnalysis(Document(id="t", text=text), LANG))


@pytest.mark.parametrize("opening", [
    "Een half uur later", "Een kwartier later", "Een paar dagen daarna", "Den anderen morgen",
    "Des avonds", "'s Avonds", "Den morgen na het bal", "Tien minuten later", "Een halfuur later"])
def test_a_paragraph_moving_on_in_time_opens_a_scene(opening):
    text = f"Het gesprek was ten einde.\n\n{opening} zat Karel alleen in de tuin.\n"
    assert starts(text) == [text.index(opening)]


@pytest.mark.parametrize("opening", ["Een uur lang", "De avond was zoel", "Twee dagen bleef hij weg"])
def test_time_words_that_do_not_move_the_story_on_open_no_scene(opening):
    text = f"Het gesprek was ten einde.\n\n{opening} en Karel zweeg.\n"
    assert starts(text) == []


NIEUWE_SCENE = """Mevrouw Prins zat met haar zoon Gerrit bij den haard, en de klok tikte.

--Het wordt koud, zeide zij.

Den volgenden morgen was de notaris vroeg op pad. In het kantoor aan de gracht wachtte
de klerk al met de stukken.

--Is de post er? vroeg haar zoon.
"""


def test_a_possessive_does_not_reach_back_across_a_scene_break():
    quotes = [q for q in quoteattr.extract(NIEUWE_SCENE, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(NIEUWE_SCENE, quotes)
    said = {q.text: q.speaker for q in quotes}
    assert said["Is de post er?"] != "Gerrit"


ZELFDE_SCENE = """Mevrouw Prins zat met haar zoon Gerrit bij den haard, en de klok tikte.

--Het wordt koud, zeide zij.

--Zal ik meer hout halen? vroeg haar zoon.
"""


def test_a_possessive_in_the_same_scene_still_finds_the_relative():
    quotes = [q for q in quoteattr.extract(ZELFDE_SCENE, kinds=KINDS) if q.kind == "direct"]
    said = {q.text: q.speaker for q in quotes}
    assert said["Zal ik meer hout halen?"] == "Gerrit"


CARRIAGE = """\
--Dan zeg je niets, zeide Diederik van Dam. Dat is het verstandigste.

--Goed, mijnheer van Dam.

--Ga nu maar. Zij wacht beneden, zeide hij.

* * *

Beneden, in het rijtuig, zat Lotte Vermeer met de handen in haar mof. Zij schrok niet, toen het
portier openging; zij had hem op de trap hooren komen.

--Mag ik even instappen? vroeg hij. Het is koud op de stoep.

--Stap dan maar in.

--Lotte, ik moet je iets vragen.

--Hier? In een huurrijtuig, Willem?

--Waarom niet? vroeg hij.
"""


def test_a_pronoun_inquit_does_not_reach_back_across_a_scene_break():
    quotes = [q for q in quoteattr.extract(CARRIAGE, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(CARRIAGE, quotes)
    ask = next(q for q in quotes if q.text.startswith("Mag ik"))
    # the old gentleman of the scene before is not the one who climbs into the carriage: the
    # woman in it calls him Willem
    assert ask.speaker != "van Dam" and "Dam" not in (ask.speaker or "")
    assert ask.speaker == "Willem"
