"""A pet name cut from a given name ("Lies" for Liesbeth) that the characters say more often than
the narration writes it stands for that person, even once the narration has written it. The
passages are written for these tests."""
from __future__ import annotations

import quoteattr
from quoteattr.lang import load_language
from quoteattr.model import KINDS
from quoteattr.resolve import Resolver

from conftest import assert_offsets

#: the family calls her "Lies"; the narration writes "Liesbeth", and "Lies" once
KEUKEN = """Liesbeth Mulder stond in de keuken en sneed de uien, toen haar vader binnenkwam met de nieuwe buurman.

— En dit is Lies, zei vader. Lies kookt hier.

— Dag, zei de buurman. Ruikt goed.

Liesbeth veegde haar handen af aan haar schort. Lies had het al zien aankomen.

— Het is maar soep.

— Lies, zet er nog een bord bij.

— Ik had al een bord neergezet, pap.

— Lies maakt de beste soep van de straat, zei vader tegen de buurman.

— Dat geloof ik graag.

— Lies?

— Ja?

— Heb je nog brood?

— Op de plank.
"""


def _speakers(text: str) -> dict[str, str | None]:
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind in ("direct", "partial")]
    assert_offsets(text, quotes)
    out: dict[str, str | None] = {}
    for q in quotes:
        out.setdefault(q.text.strip(), q.speaker)
    return out


def test_the_one_a_pet_name_calls_answers_under_her_full_name():
    got = _speakers(KEUKEN)
    assert got["Ja?"] == "Liesbeth Mulder"  # she answers "Lies?"; not a second person "Lies"
    assert got["Op de plank."] == "Liesbeth Mulder"


def test_a_clipped_name_the_text_uses_as_a_name_is_kept_apart_unless_only_spoken():
    resolver = Resolver(load_language("nl"))
    resolver.add_name("Femke Kuipers", 0)
    resolver.add_name("Fem", 50)
    assert "Fem" not in resolver.clipped_names()  # the text names someone "Fem": perhaps another
    assert resolver.clipped_names(frozenset({"Fem"}))["Fem"] == "Femke Kuipers"


def test_a_spoken_clip_of_two_given_names_stands_for_neither():
    resolver = Resolver(load_language("nl"))
    resolver.add_name("Marianne Kuipers", 0)
    resolver.add_name("Marieke de Boer", 30)
    assert "Mar" not in resolver.clipped_names(frozenset({"Mar"}))


def test_a_pet_name_on_an_inner_syllable_or_with_a_diminutive_ending_is_that_person():
    resolver = Resolver(load_language("nl"))
    resolver.add_name("Mathilde Brouwer", 0)
    resolver.add_name("Cornelia Smit", 40)
    resolver.add_name("Albert Kamp", 80)
    resolver.add_name("Frédérique Dekker", 120)
    spoken = frozenset({"Tilly", "Nelleke", "Bertje", "Fré", "Cor"})
    got = resolver.clipped_names(spoken)
    assert got["Tilly"] == "Mathilde Brouwer"    # ma-THIL-de: 'th' said as 't', '-ly' ending
    assert got["Nelleke"] == "Cornelia Smit"     # cor-NEL-ia with '-eke'
    assert got["Bertje"] == "Albert Kamp"        # al-BERT with the diminutive
    assert got["Fré"] == "Frédérique Dekker"     # the front, accents aside
    assert got["Cor"] == "Cornelia Smit"         # a plain front part, as before


def test_a_pet_name_that_fits_two_given_names_or_opens_on_a_vowel_stands_for_no_one():
    resolver = Resolver(load_language("nl"))
    resolver.add_name("Cornelia Smit", 0)
    resolver.add_name("Cornelis Vos", 40)
    resolver.add_name("Johanna Bakker", 80)
    got = resolver.clipped_names(frozenset({"Nelly", "Anneke"}))
    assert "Nelly" not in got     # Cornelia and Cornelis both hold 'nel'
    assert "Anneke" not in got    # 'ann' inside Johanna opens no syllable of its own


#: the girls call Mathilde "Tilly"; the narration never does
VLEUGEL = """Mathilde Brouwer zat aan de piano in de achterkamer en bladerde in haar muziek. Jacob stond bij het raam.

— Tilly, speel je nog iets? vroeg Jacob.

— Als je stil bent.

— Ik ben altijd stil.

— Dat is niet waar, en dat weet je.

— Tilly!

— Wat is er nu weer?
"""


def test_the_one_a_diminutive_pet_name_calls_answers_under_her_full_name():
    got = _speakers(VLEUGEL)
    assert got["Als je stil bent."] == "Mathilde Brouwer"
    assert got["Wat is er nu weer?"] == "Mathilde Brouwer"
