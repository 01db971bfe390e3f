"""Honorifics keep the people of one family apart: "mevrouw X" (a married woman, in a novel the
mother of the house), "juffrouw X" (her daughter) and a son named in full are three people,
while news keeps one person for "Femke Halsema" … "mevrouw Halsema". The passages are written
for these tests in the style of Dutch novels, old spelling and new."""
from __future__ import annotations

import quoteattr
from quoteattr.lang import load_language
from quoteattr.model import KINDS
from quoteattr.resolve import Resolver

from conftest import assert_offsets, names_of

LANG = load_language("nl")


def speakers(text: str) -> list[tuple[str, str | None]]:
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind in ("direct", "partial")]
    assert_offsets(text, quotes)
    return [(q.text, q.speaker) for q in quotes]


def test_a_son_named_in_full_is_not_the_mevrouw_of_his_surname():
    r = Resolver(LANG)
    mother = r.add_name("Brakel", 10, role="mevrouw")
    son = r.add_name("Gerard van Brakel", 200)
    assert son is not mother
    assert r.add_name("Brakel", 400, role="mevrouw") is mother
    assert r.entity_for_name("Brakel", 500, "mevrouw") is mother


def test_juffrouw_is_not_the_mevrouw_of_the_same_family():
    r = Resolver(LANG)
    mother = r.add_name("Bosboom", 10, role="mevrouw")
    daughter = r.add_name("Bosboom", 120, role="juffrouw")
    assert daughter is not mother
    # each honorific goes back to the one called so before, whoever was named last
    assert r.add_name("Bosboom", 300, role="Mevrouw") is mother
    assert r.add_name("Bosboom", 400, role="juffrouw") is daughter
    assert r.entity_for_name("Bosboom", 500, "mevrouw") is mother
    assert r.entity_for_name("Bosboom", 500, "freule") is daughter


def test_a_full_name_after_mevrouw_is_the_daughter_when_the_text_has_a_juffrouw():
    r = Resolver(LANG)
    r.unmarried_keys = {"bosboom"}
    mother = r.add_name("Bosboom", 10, role="mevrouw")
    truida = r.add_name("Truida Bosboom", 200)
    assert truida is not mother
    assert r.add_name("Bosboom", 300, role="mevrouw") is mother


def test_a_full_name_after_mevrouw_is_her_own_without_a_juffrouw():
    r = Resolver(LANG)
    mother = r.add_name("Bosboom", 10, role="mevrouw")
    assert r.add_name("Aleida Bosboom", 200) is mother


def test_news_keeps_one_person_for_a_function_or_mevrouw_and_the_full_name():
    r = Resolver(LANG)
    minister = r.add_name("De Jonge", 10, role="minister")
    assert r.add_name("Hugo de Jonge", 100) is minister
    mayor = r.add_name("Femke Halsema", 300, role="burgemeester")
    assert r.add_name("Halsema", 400, role="mevrouw") is mayor
    assert r.add_name("Halsema", 500) is mayor


HUIS = """In het huis van mevrouw van Brakel aan de Herengracht was het dien avond stil. Zij
zat met haar handwerk bij de lamp.

Gerard van Brakel, haar eenige zoon, kwam laat thuis en gooide zijn hoed op de tafel.

--Ben je daar eindelijk? vroeg mevrouw van Brakel.

--Ik ben bij de Sociëteit geweest, mama, zeide Gerard.
"""


def test_mevrouw_van_with_a_lower_case_particle_carries_her_honorific():
    r = names_of(HUIS)
    mother = r.entity_for_name("Brakel", len(HUIS), "mevrouw")
    assert mother is not None and mother.estate == "married" and mother.gender == "f"
    son = r.entity_for_name("Gerard van Brakel", len(HUIS))
    assert son is not mother and son.gender == "m"
    # the particles are part of her name, no preposition: she is an antecedent
    assert any(ent is mother for _, ent in r.timeline)


DOCHTER = """Mevrouw Hoogeveen ontving iederen Woensdag. Dien middag zat zij in de serre, en
Truida Hoogeveen schonk de thee.

--Nog een kopje, juffrouw Hoogeveen? vroeg de dominee.

--Gaarne, zeide mevrouw Hoogeveen, eer haar dochter antwoorden kon.
"""


def test_the_daughter_named_in_full_is_not_the_lady_of_the_house():
    r = names_of(DOCHTER)
    mother = r.entity_for_name("Hoogeveen", len(DOCHTER), "mevrouw")
    truida = r.entity_for_name("Truida Hoogeveen", len(DOCHTER))
    assert mother is not None and truida is not None and mother is not truida
    said = dict(speakers(DOCHTER))
    assert said["Gaarne"] == mother.name


MODERN = """Mevrouw De Boer deed open in haar ochtendjas. Achter haar op de trap stond Sanne de Boer,
met haar schooltas al om.

‘Je bent laat,’ zei juffrouw De Boer tegen de postbode.
"""


def test_unmarried_honorific_found_in_the_text_in_new_spelling():
    r = names_of(MODERN)
    assert "boer" in r.unmarried_keys
    mother = r.entity_for_name("De Boer", len(MODERN), "mevrouw")
    assert mother is not None and mother is not r.entity_for_name("Sanne de Boer", len(MODERN))


BINNEN = """De deur van de serre ging open, en mevrouw van Hoven kwam binnen met een stapel
servetten op den arm.

--Wie heeft de suikerpot gezien? vroeg zij.
"""


def test_a_surname_after_an_honorific_is_a_person_whatever_else_it_looks_like():
    said = dict(speakers(BINNEN))
    assert "Hoven" in (said["Wie heeft de suikerpot gezien?"] or "")
