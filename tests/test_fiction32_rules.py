"""Fiction rules of the fiction32 round, with passages written for the test in the style of Dutch
novels (old and new spelling)."""
from __future__ import annotations

from conftest import speaker_of

# a question after narration in which "ik" acts is the narrator's, in a story told by "ik"
# (sieves/dialogue._questions_after_narration)
NARRATOR_ASKS = (
    "— Goeden avond, Gerrit, zei ik.\n\n"
    "— Zoo, ben jij daar weer, zei de oude smid.\n\n"
    "— Is vader thuis?\n\n"
    "— Hij is naar de markt. Kom morgen maar terug.\n\n"
    "— Dank je, zei ik.\n\n"
    "— Niets te danken, jongen.\n\n"
    "Den volgenden morgen liep ik door de wei naar het huis van de Vermeulens. "
    "Ik vond Hein achter de schuur, bij de hooiberg. Zijn handen waren zwart van het roet.\n\n"
    "— Heb jij het vuur gezien?\n\n"
    "— Welk vuur? Ik heb niets gezien.\n\n"
    "— Het heele dorp heeft het gezien.\n\n"
    "— Dan ben ik het heele dorp niet.\n"
)


def test_a_question_after_the_narrator_acts_is_the_narrators():
    assert speaker_of(NARRATOR_ASKS, "Heb jij het vuur gezien") not in (None, "Hein", "Gerrit")


def test_the_answer_to_the_narrators_question_is_the_other_ones():
    assert speaker_of(NARRATOR_ASKS, "Welk vuur?") == "Hein"


# a question after narration that shows someone thinking is the thinker's: whom she thinks of is
# not in the scene, so it is no crowd (sieves/dialogue._questions_after_narration, _crowd_before)
THINKER_ASKS = (
    "Marieke stond in de keuken toen haar zoon Daan binnenkwam.\n\n"
    "– Dag mam, zei Daan.\n\n"
    "– Dag jongen. Waar was je?\n\n"
    "– Bij de rivier.\n\n"
    "– Alleen?\n\n"
    "– Met de hond van Vos, zei Daan.\n\n"
    "– Met welke hond?\n\n"
    "– Met Blaf. Hij liep gewoon mee.\n\n"
    "– Een hond loopt niet zomaar mee, zei Marieke.\n\n"
    "– Deze wel.\n\n"
    "– Dan moet je hem morgen terugbrengen.\n\n"
    "Marieke zuchtte. Ze dacht aan haar man, aan Kees Vos van hiernaast, aan diens vrouw Truus en aan de buurvrouw, "
    "die het allemaal zou zien.\n\n"
    "– Waar is dat beest nu?\n\n"
    "– In de schuur. Hij slaapt.\n\n"
    "– Dan laat je hem daar.\n"
)


def test_a_question_after_someone_thinks_is_the_thinkers():
    assert speaker_of(THINKER_ASKS, "Waar is dat beest nu") == "Marieke"


def test_the_answer_to_the_thinkers_question_is_the_other_ones():
    assert speaker_of(THINKER_ASKS, "In de schuur") == "Daan"
