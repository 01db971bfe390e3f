"""A form of address with a surname that opens with particles ("mijnheer van der Kolk", "mevrouw
van den Bosch") is one vocative: the person addressed, who answers and does not speak the turn.
The passages are written for these tests."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS
from quoteattr.sieves.address import vocatives

from conftest import assert_offsets


@pytest.mark.parametrize("text, names", [
    ("Ik kwam toevallig langs, mijnheer van der Kolk.", ["mijnheer van der Kolk"]),
    ("Dank u wel, mevrouw van den Bosch!", ["mevrouw van den Bosch"]),
    ("Gaat u zitten, juffrouw ter Horst, en wacht even.", ["juffrouw ter Horst"]),
    ("Ga zitten, mevrouw van Hoven.", ["mevrouw van Hoven"]),
    ("Het is kort, de Wit.", ["de Wit"]),
    # without an honorific the particles stay as they were: no run of three words
    ("Hij woont bij van der Kolk, zegt men.", []),
])
def test_a_surname_with_particles_after_an_honorific_is_one_vocative(text, names):
    assert vocatives(text) == names


@pytest.mark.parametrize("text", [
    # places in a list, each after the preposition "te", are no one addressed
    "Ik heb niets gevoeld te Tondel, te Marum, te Oosterhout, bij de grote watervallen.",
    "Wij woonden toen ten Noorden, ter Apel, en later elders.",
    # an inquit the quotation ran into: the verb is no part of a name
    "Je hebt je hart verloren aan een stad in het zuiden, plaagde Lotte.",
])
def test_a_vocative_opens_with_a_capital_an_honorific_or_a_surname_particle(text):
    assert vocatives(text) == []


def test_a_teasing_inquit_names_its_speaker():
    text = ("--Je hebt je hart in Zwolle verloren, Gerrit, plaagde Lotte.\n\n"
            "--Alleen voor een ogenblik, zeide Gerrit.\n")
    first = next(q for q in quoteattr.extract(text, kinds=KINDS) if q.start < 10)
    assert first.speaker == "Lotte"
    assert first.cue == "plaagde"


ATELIER = """HOOFDSTUK IV.

Willem Brandt zat met zijn vriend Karel Mooy in het atelier, toen er gestommel op de trap klonk.

--Wie kan dat zijn? vroeg Karel.

--Mijn oom, zeide Willem. Hij komt altijd op Woensdag.

--Drie en veertig treden! riep de oude heer Gerrit van der Kolk, toen hij boven was. Brandt, je woont als een duif. Zoo, Mooy, ben jij hier ook?

--Ik kwam toevallig langs, mijnheer van der Kolk.

--Toevallig! Niemand klimt toevallig drie en veertig treden.

--Wilt u thee, oom?

--Neen. Ik wil zitten.

--Dan neem ik mijn hoed, zeide Karel.

--Blijf maar, jongen. Ik blijf niet lang.
"""


def test_the_man_addressed_with_title_and_particles_answers_and_did_not_speak():
    quotes = [q for q in quoteattr.extract(ATELIER, kinds=KINDS) if q.kind in ("direct", "partial")]
    assert_offsets(ATELIER, quotes)
    by_text = {q.text.split()[0] + " " + q.text.split()[1]: q for q in quotes}
    assert by_text["Ik kwam"].speaker != "Gerrit van der Kolk"
    answer = by_text["Toevallig! Niemand"]
    assert answer.speaker == "Gerrit van der Kolk"
    assert answer.sieve == "dialogue-addressee"  # he answers because he was called


@pytest.mark.parametrize("text, names", [
    ("M'nheer, waarom zeg je dat?", []),            # an honorific alone names no one
    ("Mevrouw, uw rijtuig staat klaar.", []),
    ("Goedenavond, m'nheer Verhulst.", ["m'nheer Verhulst"]),
    ("Ja, m’nheer de Vries, ik kom al.", ["m’nheer de Vries"]),
])
def test_a_bare_honorific_calls_no_name_and_old_spellings_are_honorifics(text, names):
    assert vocatives(text) == names
