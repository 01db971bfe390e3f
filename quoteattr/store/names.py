"""Comparison keys for speaker names: folded, transliteration-normalised, split into first name
and surname. Keys decide merges; displayed names are never rewritten.

>>> name_key("Volodymyr Zelensky") == name_key("Volodimir Zelenski")
True
>>> split_name("Jan de Vries")
NameParts(key='jan de vries', first='jan', surname='de vries', surname_only=False, initial=None)
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import LanguageDataError

_DATA_FILE = "transliteration.tsv"

#: characters treated as a space inside names ("Jean-Claude" → "jean claude")
_NAME_SEPARATORS = re.compile(r"[\s\-‐‑–—_/]+")
#: punctuation dropped from names ("M." → "m", "Rutte," → "rutte")
_NAME_PUNCT = re.compile(r"[.,;:!?\"“”„‘’«»()\[\]]")
#: apostrophe variants folded to ASCII so "in ’t Veld" == "in 't Veld"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
#: quote-text folding for the cross-article quotation hash: marks, apostrophes, dashes, spaces
_TEXT_PUNCT = re.compile(r"[\"“”„‘’'«»‹›`´.,;:!?…\-‐‑–—()\[\]]+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class NameData:
    """The parsed transliteration.tsv: ordered token rewrites and surname particles."""

    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    particles: frozenset[str]


@dataclass(frozen=True, slots=True)
class NameParts:
    """A name's comparison key and its parts (all keys, not display forms)."""

    key: str
    first: str | None
    surname: str
    surname_only: bool
    initial: str | None


@lru_cache(maxsize=1)
def name_data() -> NameData:
    """Load and validate ``lang/nl/transliteration.tsv`` once (errors name file:line)."""
    path = resources.files("quoteattr.lang") / "nl" / _DATA_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:  # pragma: no cover - packaging error
        raise LanguageDataError(f"cannot read {_DATA_FILE}: {exc}") from exc
    return parse_name_data(text, _DATA_FILE)


def parse_name_data(text: str, filename: str) -> NameData:
    """Parse transliteration.tsv content; malformed or duplicate rows raise LanguageDataError."""
    rewrites: list[tuple[re.Pattern[str], str]] = []
    particles: set[str] = set()
    seen: set[tuple[str, str]] = set()
    for lineno, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.split("\t")
        where = f"{filename}:{lineno}"
        if len(cols) < 3:
            raise LanguageDataError(f"expected type<TAB>value<TAB>replacement, got {raw!r}", source=where)
        kind, value, repl = cols[0].strip(), cols[1].strip(), cols[2].strip()
        if (kind, value) in seen:
            raise LanguageDataError(f"duplicate {kind} row {value!r}", source=where)
        seen.add((kind, value))
        if kind == "translit":
            try:
                rewrites.append((re.compile(value), repl))
            except re.error as exc:
                raise LanguageDataError(f"bad pattern {value!r}: {exc}", source=where) from exc
        elif kind == "particle":
            if value != value.lower() or " " in value:
                raise LanguageDataError(f"particle must be one lower-case word: {value!r}", source=where)
            particles.add(value)
        else:
            raise LanguageDataError(f"unknown row type {kind!r} (translit or particle)", source=where)
    return NameData(tuple(rewrites), frozenset(particles))


def fold(text: str) -> str:
    """Lower-case, strip diacritics, fold apostrophes ('Oekraïne' → 'oekraine')."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _tokens(name: str) -> list[str]:
    cleaned = _NAME_PUNCT.sub(" ", fold(name))
    return [t for t in _NAME_SEPARATORS.split(cleaned) if t]


def _normalise_token(token: str, data: NameData) -> str:
    if token in data.particles:
        return token
    for pattern, repl in data.rewrites:
        token = pattern.sub(repl, token)
    return token


@lru_cache(maxsize=65536)
def split_name(name: str) -> NameParts:
    """Key, first-name key, surname key for a person name; particles start the surname."""
    data = name_data()
    raw = _tokens(name)
    tokens = [_normalise_token(t, data) for t in raw]
    key = " ".join(tokens)
    if not tokens:
        return NameParts("", None, "", True, None)
    if len(tokens) == 1 or raw[0] in data.particles:
        return NameParts(key, None, key, True, None)
    rest = tokens[1:]
    surname_at = next((i for i, t in enumerate(raw[1:]) if t in data.particles), len(rest) - 1)
    surname = " ".join(rest[surname_at:])
    first = tokens[0]
    if len(raw[0]) == 1:  # "M. Rutte": an initial, not a first name
        return NameParts(key, None, surname, True, raw[0])
    return NameParts(key, first, surname, False, None)


def name_key(name: str) -> str:
    """The comparison key of a name ('Zelenskyy' and 'Zelenski' share one)."""
    return split_name(name).key


def looks_like_name(mention: str) -> bool:
    """True for capitalised name forms ('Mark Rutte', 'Van der Laan'), False for 'hij', 'de minister'."""
    words = [w for w in _NAME_SEPARATORS.split(_NAME_PUNCT.sub(" ", mention)) if w]
    if not words or not words[0][:1].isupper():
        return False
    particles = name_data().particles
    return all(w[:1].isupper() or fold(w) in particles for w in words)


def quotation_key(text: str) -> str:
    """Hash of a quotation's folded text: the same words across articles share one key."""
    folded = _SPACES.sub(" ", _TEXT_PUNCT.sub(" ", fold(unicodedata.normalize("NFKC", text)))).strip()
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()
