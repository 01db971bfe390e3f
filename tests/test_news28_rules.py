"""News rules of stop 28, each with sentences written for the test in Dutch news style."""
from __future__ import annotations

from conftest import speech_of


def _indirect_speaker(text: str) -> str | None:
    """The speaker of the first record of reported speech in ``text``."""
    return next(q for q in speech_of(text) if q.kind == "indirect").speaker


# "van de" before an organisation's name is where someone works, not the particle of a surname,
# also when more words follow the organisation (mentions._capitalised_run)
def test_organisation_after_van_de_ends_the_name():
    text = "De wachtlijsten groeien. Sanne Vos van de Universiteit Utrecht vindt dat de regels te streng zijn."
    assert _indirect_speaker(text) == "Sanne Vos"


# a given name that opens a sentence before a surname and a particle is the person's given name,
# not a common noun capitalised by its place ("Kermisexploitant Joke van 't Hek")
def test_sentence_initial_given_name_before_a_particle_stays_in_the_name():
    text = "De wachtlijsten groeien. Eva Mulder van de Universiteit zegt dat het beter gaat."
    assert _indirect_speaker(text) == "Eva Mulder"


def test_particle_surnames_keep_their_particles():
    for name in ("Kees van der Berg", "Bert van den Heuvel", "Karel de Groot"):
        text = f"De wachtlijsten groeien. {name} zegt dat het beter gaat."
        assert _indirect_speaker(text) == name


def test_a_function_before_particle_name_is_no_part_of_it():
    text = "Het plan is klaar. Kermisexploitant Joke van 't Hek zegt dat de kermis doorgaat."
    assert _indirect_speaker(text) == "Joke van 't Hek"
