"""Language data: plain text/TSV files under ``lang/<code>/``, parsed, validated and cached.

Files are UTF-8, one entry per line, ``#`` starts a comment line, TSV columns are tab-separated.
A malformed or duplicated entry raises LanguageDataError naming ``file:line``.
"""
from __future__ import annotations

import re
import unicodedata

import regex
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from ..errors import LanguageDataError


@dataclass(frozen=True)
class MarkPair:
    open: str
    close: str
    family: str
    name: str


@dataclass(frozen=True)
class SpeechVerb:
    lemma: str
    forms: tuple[str, ...]
    particle: str | None
    cls: str


@dataclass(frozen=True)
class LanguageData:
    """Everything the rules need about one language, as sets and maps."""

    code: str
    mark_pairs: tuple[MarkPair, ...]
    dashes: frozenset[str]
    apostrophe_words: frozenset[str]
    speech_verbs: tuple[SpeechVerb, ...]
    #: finite/participle form → verbs having it (a form may belong to several lemmas)
    verb_forms: dict[str, tuple[SpeechVerb, ...]]
    cue_words: dict[str, str]
    impersonal_cues: tuple[str, ...]
    pronouns: dict[str, tuple[str, str]]  # form → (gender, case)
    particles: frozenset[str]
    honorifics: dict[str, str]
    titles: frozenset[str]
    title_groups: dict[str, frozenset[str]]
    nationalities: frozenset[str]
    modifiers: frozenset[str]
    determiners: frozenset[str]
    organisations: frozenset[str]
    function_words: frozenset[str]
    abbreviations: frozenset[str]
    other_markers: frozenset[str]
    first_names: dict[str, str]
    temporal: tuple[str, ...] = ()
    prepositions: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    person_noun_endings: tuple[str, ...] = ()
    measure_nouns: frozenset[str] = frozenset()
    party_epithets: dict[str, frozenset[str]] = field(default_factory=dict)
    title_genders: dict[str, str] = field(default_factory=dict)
    openers: frozenset[str] = field(default=frozenset())
    closers: frozenset[str] = field(default=frozenset())
    # entity typing (quoteattr/entities.py): small closed classes no library has
    #: outlet, platform or agency name / head noun / name word → "name" | "head" | "word"
    media: dict[str, str] = field(default_factory=dict)
    #: organisation name / extra head noun / name marker → "name" | "head" | "marker"
    organisation_names: dict[str, str] = field(default_factory=dict)
    #: event or document noun / named event → "noun" | "name"
    works: dict[str, str] = field(default_factory=dict)
    interjections: frozenset[str] = field(default=frozenset())
    person_nouns: frozenset[str] = field(default=frozenset())
    #: Dutch place names the place libraries lack → "country" | "region" | "city"
    places: dict[str, str] = field(default_factory=dict)

    # Derived once per loaded language (cached_property writes the instance dict directly, so it
    # works on this frozen dataclass); they are read on the hot paths of every document.

    @cached_property
    def verb_particles(self) -> frozenset[str]:
        """Separable parts of the speech verbs ("weten", "toe", "aan"): never part of a name phrase."""
        return frozenset(p for v in self.speech_verbs if v.particle for p in v.particle.split())

    @cached_property
    def subject_pronouns(self) -> frozenset[str]:
        """Pronouns that can be a subject ("hij", "ze", "ie")."""
        return frozenset(f for f, (_, case) in self.pronouns.items() if case == "subject")

    @cached_property
    def speech_verb_lemmas(self) -> frozenset[str]:
        """Infinitives of every speech verb ("zeggen", "laten weten", "toevoegen")."""
        return frozenset(v.lemma for v in self.speech_verbs)

    @cached_property
    def _pairs(self) -> frozenset[tuple[str, str]]:
        return frozenset((p.open, p.close) for p in self.mark_pairs)

    @cached_property
    def _cue_word_set(self) -> frozenset[str]:
        return frozenset(self.verb_forms) | frozenset(w for c in self.cue_words for w in c.split())

    @cached_property
    def _temporal_regex(self) -> "re.Pattern[str]":
        return re.compile("|".join(re.escape(p) for p in sorted(self.temporal, key=len, reverse=True)))

    @cached_property
    def name_regex(self) -> "regex.Pattern[str]":
        """Capitalised word sequences with particles and initials: candidate names."""
        parts = "|".join(regex.escape(p) for p in sorted(self.particles, key=len, reverse=True))
        # a capitalised word; inner apostrophes and hyphenated parts allowed (Van 't, Jan-Peter, d'Hondt)
        cap = r"\p{Lu}[\p{L}\p{M}]*+(?:['’][\p{L}\p{M}]++)*+(?:-[\p{L}\p{M}]++(?:['’][\p{L}\p{M}]++)*+)*+"
        # the space between words: spaces and at most one line break (a hard-wrapped line), never
        # a blank line, so a name cannot run from a title or a label into the next paragraph
        ws = r"(?:[^\S\n]++\n?+[^\S\n]*+|\n[^\S\n]*+)"
        initial = r"\p{Lu}\.(?:[^\S\n]?\p{Lu}\.)*+"
        part = rf"(?:(?:{parts}){ws})"
        return regex.compile(
            rf"(?<![\p{{L}}\p{{N}}'’-])(?:{initial}[^\S\n]*{part}*{cap}|{cap})(?:{ws}{part}*(?:{initial}[^\S\n]*)?{cap})*"
        )

    def closes(self, opener: str, closer: str) -> bool:
        """True when ``closer`` may close a quote opened by ``opener``."""
        return (opener, closer) in self._pairs

    def has_cue_word(self, text: str) -> bool:
        """Does ``text`` hold a cue word (speech-verb form, 'volgens', 'aldus')? A cheap prefilter."""
        words = self._cue_word_set
        return any(w in words for w in _WORDS.findall(text.lower()))

    def is_temporal(self, word: str) -> bool:
        """'dinsdagavond', 'gisteren': time words that end a speaker phrase."""
        return self._temporal_regex.match(word.lower()) is not None

    def title_head(self, word: str) -> str | None:
        """The function a word names, also inside a compound: 'vakbondsvoorzitter' → voorzitter,
        'oud-burgemeester' → burgemeester, 'GGD-woordvoerder' → woordvoerder; None for no function."""
        w = word.lower().strip(".,")
        if w in self.titles or w in self.title_groups:
            return w
        if "-" in w:
            return self.title_head(w.rsplit("-", 1)[1])
        if w.endswith("e") and (w[:-1] in self.titles or w[:-1] in self.title_groups):
            return w[:-1]  # "kampioene", "presidente": the feminine -e on a function
        for k in range(1, len(w) - 3):  # the longest known tail of at least four letters
            tail = w[k:]
            if tail in self.titles or tail in self.title_groups:
                return tail
        return None

    def title_matches(self, description: str, title: str) -> bool:
        """'bewindsman' may stand for 'minister'; every title stands for itself."""
        return description == title or title in self.title_groups.get(description, ())


_WORDS = re.compile(r"\w+")


#: where data files are read from; tests point it elsewhere through ``load_language(root=…)``
_ROOT: list = []


def _lines(code: str, name: str, columns: int | None = None) -> list[tuple[int, list[str]]]:
    """(line number, fields) for every data line of ``lang/<code>/<name>``."""
    base = _ROOT[-1] if _ROOT else resources.files(__package__)
    try:
        raw = base.joinpath(code, name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LanguageDataError(f"missing language data file {code}/{name}") from exc
    out = []
    for no, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line != unicodedata.normalize("NFC", line):
            raise LanguageDataError(f"{code}/{name}:{no}: not NFC-normalised")
        cols = line.split("\t")
        if columns is not None and len(cols) != columns:
            raise LanguageDataError(f"{code}/{name}:{no}: expected {columns} tab-separated columns, got {len(cols)}")
        if any(c != c.strip() or not c for c in cols):
            raise LanguageDataError(f"{code}/{name}:{no}: empty column or stray spaces")
        out.append((no, cols))
    return out


def _unique(code: str, name: str, rows, key=lambda cols: cols[0]):
    seen: dict[str, int] = {}
    for no, cols in rows:
        k = key(cols)
        if k in seen:
            raise LanguageDataError(f"{code}/{name}:{no}: duplicate entry {k!r} (first on line {seen[k]})")
        seen[k] = no
    return rows


def _word_set(code: str, name: str, *, lower: bool = True) -> frozenset[str]:
    rows = _unique(code, name, _lines(code, name, 1))
    words = [cols[0] for _, cols in rows]
    for (no, _), w in zip(rows, words):
        if lower and w != w.lower():
            raise LanguageDataError(f"{code}/{name}:{no}: entries must be lower case: {w!r}")
    return frozenset(words)


def _kinded(code: str, name: str, kinds: dict[str, bool]) -> dict[str, str]:
    """entry → kind for a two-column ``entry<TAB>kind`` file. ``kinds`` maps each allowed kind to
    whether its entries must be lower case; duplicates are found case-insensitively."""
    out: dict[str, str] = {}
    for no, (entry, kind) in _unique(code, name, _lines(code, name, 2), key=lambda c: c[0].casefold()):
        if kind not in kinds:
            raise LanguageDataError(f"{code}/{name}:{no}: unknown kind {kind!r} (one of {', '.join(kinds)})")
        if kinds[kind] and entry != entry.lower():
            raise LanguageDataError(f"{code}/{name}:{no}: {kind} entries must be lower case: {entry!r}")
        out[entry] = kind
    return out


def load_language(code: str = "nl", root=None) -> LanguageData:
    """Parse, validate and cache the data for ``code`` (only "nl" ships today). ``root`` reads
    the files from another directory (``root/<code>/…``) instead of the package."""
    if root is None:
        return _load_packaged(code)
    _ROOT.append(root)
    try:
        return _load(code)
    finally:
        _ROOT.pop()


@lru_cache(maxsize=None)
def _load_packaged(code: str) -> LanguageData:
    return _load(code)


def _load(code: str) -> LanguageData:
    pairs = []
    for no, cols in _unique(code, "quote_marks.tsv", _lines(code, "quote_marks.tsv", 4), key=lambda c: c[0] + c[1]):
        if cols[2] not in ("double", "single", "guillemet"):
            raise LanguageDataError(f"{code}/quote_marks.tsv:{no}: unknown family {cols[2]!r}")
        pairs.append(MarkPair(*cols))
    verbs = []
    for no, cols in _unique(code, "speech_verbs.tsv", _lines(code, "speech_verbs.tsv", 4)):
        lemma, forms, particle, cls = cols
        if cls not in ("say", "think", "ask", "write", "announce", "want"):
            raise LanguageDataError(f"{code}/speech_verbs.tsv:{no}: unknown class {cls!r}")
        verbs.append(SpeechVerb(lemma, tuple(forms.split()), None if particle == "-" else particle, cls))
    verb_forms: dict[str, list[SpeechVerb]] = {}
    for v in verbs:
        for f in v.forms:
            verb_forms.setdefault(f, []).append(v)
    pronouns = {}
    for no, cols in _unique(code, "pronouns.tsv", _lines(code, "pronouns.tsv", 3)):
        pronouns[cols[0]] = (cols[1], cols[2])
    honorifics = {c[0]: c[1] for _, c in _unique(code, "honorifics.tsv", _lines(code, "honorifics.tsv", 2))}
    groups = {
        c[0]: frozenset(c[1].split()) for _, c in _unique(code, "title_groups.tsv", _lines(code, "title_groups.tsv", 2))
    }
    cue_words = {c[0]: c[1] for _, c in _unique(code, "cue_words.tsv", _lines(code, "cue_words.tsv", 2))}
    first = {c[0]: c[1] for _, c in _unique(code, "first_names.tsv", _lines(code, "first_names.tsv", 2))}
    for no, cols in _lines(code, "title_genders.tsv", 2):
        if cols[1] not in ("m", "f"):
            raise LanguageDataError(f"{code}/title_genders.tsv:{no}: gender must be m or f")
    for no, cols in _lines(code, "first_names.tsv", 2):
        if cols[1] not in ("m", "f"):
            raise LanguageDataError(f"{code}/first_names.tsv:{no}: gender must be m or f")
    return LanguageData(
        code=code,
        mark_pairs=tuple(pairs),
        dashes=_word_set(code, "dashes.txt"),
        apostrophe_words=_word_set(code, "apostrophe_words.txt"),
        speech_verbs=tuple(verbs),
        verb_forms={k: tuple(v) for k, v in verb_forms.items()},
        cue_words=cue_words,
        impersonal_cues=tuple(c[0] for _, c in _unique(code, "impersonal_cues.txt", _lines(code, "impersonal_cues.txt", 1))),
        pronouns=pronouns,
        particles=_word_set(code, "particles.txt"),
        honorifics=honorifics,
        titles=_word_set(code, "titles.txt"),
        title_groups=groups,
        nationalities=_word_set(code, "nationalities.txt", lower=False),
        modifiers=_word_set(code, "modifiers.txt"),
        determiners=_word_set(code, "determiners.txt"),
        organisations=_word_set(code, "organisations.txt"),
        function_words=_word_set(code, "function_words.txt"),
        abbreviations=_word_set(code, "abbreviations.txt"),
        other_markers=_word_set(code, "other_markers.txt"),
        first_names=first,
        temporal=tuple(sorted(_word_set(code, "temporal.txt"))),
        prepositions=_word_set(code, "prepositions.txt"),
        conjunctions=_word_set(code, "conjunctions.txt"),
        person_noun_endings=tuple(sorted(_word_set(code, "person_noun_endings.txt"))),
        measure_nouns=_word_set(code, "measure_nouns.txt"),
        party_epithets={c[0]: frozenset(p.lower() for p in c[1].split())
                        for _, c in _unique(code, "party_epithets.tsv", _lines(code, "party_epithets.tsv", 2))},
        title_genders={c[0]: c[1] for _, c in _unique(code, "title_genders.tsv", _lines(code, "title_genders.tsv", 2))},
        openers=frozenset(p.open for p in pairs),
        closers=frozenset(p.close for p in pairs),
        media=_kinded(code, "media.tsv", {"name": False, "head": True, "word": False}),
        organisation_names=_kinded(code, "organisation_names.tsv",
                                   {"name": False, "head": True, "marker": False}),
        works=_kinded(code, "works.tsv", {"noun": True, "name": False}),
        interjections=_word_set(code, "interjections.txt"),
        person_nouns=_word_set(code, "person_nouns.txt"),
        places=_kinded(code, "places.tsv", {"country": False, "region": False, "city": False}),
    )
