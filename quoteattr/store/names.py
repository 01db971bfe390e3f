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
#: one word of a quotation as written: a run of characters that is neither space nor a mark above
QUOTATION_PIECE = re.compile(r"[^\s" + _TEXT_PUNCT.pattern[1:-2] + "]+")


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
    if text.isascii():
        return text.lower()
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


def fold_quotation(text: str) -> str:
    """A quotation's words as compared across articles: NFKC, folded, marks and dashes gone.

    >>> fold_quotation("„Wij gaan níet door!”")
    'wij gaan niet door'
    """
    return _SPACES.sub(" ", _TEXT_PUNCT.sub(" ", fold(unicodedata.normalize("NFKC", text)))).strip()


def quotation_key(text: str) -> str:
    """Hash of a quotation's folded text: the same words across articles share one key."""
    return hashlib.sha1(fold_quotation(text).encode("utf-8")).hexdigest()


# -- name edges, kinds and roles ---------------------------------------------------------------
#
# The engine sometimes hands the store a name glued to its neighbours ("Eer Dekker" after an
# intertitle, "Minister Koolmees", "Trump het Witte Huis") or a role that is a sentence fragment.
# The store cleans what it is about to turn into a cross-document identity, alias or role; the
# engine's own record (quotes.speaker, speaker_mention, speaker_role) is stored unchanged.

#: inside a person name, an all-caps token up to this length is an acronym ("NRC", "ANWB"), a
#: longer one a heading word in capitals ("MEDIA", "SAMENLEVING")
ACRONYM_MAX_LETTERS = 4
#: a word is a frequent Dutch word from this Zipf value on (wordfreq; 4 ≈ 10 per million words)
COMMON_ZIPF = 4.0
#: ... and "Dutch rather than international" when it is this much more frequent in Dutch than in
#: English: given names (David, Frank, Max) are frequent in both, "Alsof", "Eer", "Loopt" only in Dutch
DUTCH_MARGIN = 1.5
#: a lower-case use of the word in the same article counts from this Zipf value on
DOC_WORD_ZIPF = 2.5
#: agentive nouns in -er ("opiniepeiler", "scholier") count as a role head below this Zipf value;
#: frequent -er words are adverbs and nouns that are no function ("verder", "eerder", "nummer")
AGENTIVE_MAX_ZIPF = 4.0

#: a word glued before a name is a Dutch function noun or a word of the sentence: an English
#: word from this Zipf value on ("Human", "Passenger") rather opens an English name
GLUED_MAX_EN_ZIPF = 2.0

#: an organisation acronym: one all-caps token of 2-6 letters (digits allowed after the first)
_ACRONYM = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ0-9]{1,5}$")
#: a one-token name with a capital inside ("GroenLinks", "ChristenUnie", "ProRail")
_INNER_CAPITAL = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]+[A-ZÀ-Þ][\wÀ-ÿ]*$")
#: surname prefixes that legitimately carry an inner capital ("McDonald", "DiCaprio", "LeBron")
_INNER_CAPITAL_NAME = re.compile(r"^(Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|O')[A-ZÀ-Þ]")
#: party membership nouns: "SP'er", "VVD'ers", "D66’er"
_MEMBER_NOUN = re.compile(r"^[\w-]+['’]ers?$")
#: a role ends at sentence punctuation (". " / end, ! ? ; :) or a bracket/quote
_ROLE_END = re.compile(r"\.(?=\s|$)|[!?;:()\[\]\"“”„«»]")
#: edge punctuation stripped from name tokens
_EDGE_PUNCT = ".,;:!?\"“”„‘’'«»()[]"
#: lower-case particles that may open the surname; "het" only inside "van het"/"in het"
_PARTICLE_OPENERS_EXCLUDED = frozenset({"het"})


@lru_cache(maxsize=1)
def _lang():
    from ..lang import load_language

    return load_language("nl")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(fold(n) for n in _lang().first_names)


@lru_cache(maxsize=1)
def _sentence_words() -> frozenset[str]:
    """Words that never belong to a person name: function words, determiners, prepositions."""
    lang = _lang()
    return frozenset(
        fold(w) for w in (*lang.function_words, *lang.determiners, *lang.prepositions, *lang.conjunctions)
    )


@lru_cache(maxsize=1)
def _describing_words() -> frozenset[str]:
    """Words that may open a description before a name: determiners, possessives, honorifics."""
    lang = _lang()
    words = {fold(w) for w in lang.determiners}
    for honorific in lang.honorifics:
        words.update(fold(w).strip(".") for w in honorific.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    return frozenset(fold(m) for m in _lang().modifiers)


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    return frozenset(fold(w) for w in _lang().nationalities)


@lru_cache(maxsize=1)
def _titles() -> tuple[frozenset[str], tuple[str, ...]]:
    titles = frozenset(fold(t) for t in _lang().titles if " " not in t)
    return titles, tuple(sorted((t for t in titles if len(t) >= 4), key=len, reverse=True))


@lru_cache(maxsize=65536)
def zipf(word: str, lang: str = "nl") -> float:
    """wordfreq's Zipf frequency of a word, the higher of its own and its accent-free spelling
    ("Mét" is "met" stressed)."""
    from wordfreq import zipf_frequency

    low = word.casefold()
    plain = fold(low)
    return max(zipf_frequency(low, lang), zipf_frequency(plain, lang) if plain != low else 0.0)


def is_given_name(token: str) -> bool:
    """A first name of the shipped list (lang/nl/first_names.tsv)."""
    return fold(token) in _given_names()


def is_acronym(token: str) -> bool:
    """'OM', 'AIVD', 'D66', 'FNV': an all-caps token of 2-6 characters (an organisation)."""
    return bool(_ACRONYM.match(token))


def is_camel_organisation(token: str) -> bool:
    """'GroenLinks', 'ChristenUnie': one word with a capital inside, not 'McDonald' or 'DiCaprio'."""
    return bool(_INNER_CAPITAL.match(token)) and not _INNER_CAPITAL_NAME.match(token)


@lru_cache(maxsize=65536)
def is_title_word(word: str) -> bool:
    """A function or title ('minister', 'Partijleider', 'CDA-fractieleider', 'Senaatslijsttrekker',
    'SP'er', inflected 'journaliste'): a word that stands before a name, never inside one."""
    if _MEMBER_NOUN.match(word):
        return True
    titles, long_titles = _titles()
    low = fold(word).strip(_EDGE_PUNCT)
    last = re.split(r"[-‐‑]", low)[-1]
    for form in (low, last):
        if not form:
            continue
        if form in titles or any(form.endswith(t) for t in long_titles):
            return True
        for ending in ("e", "s", "en"):  # journaliste, ministers, artsen
            if form.endswith(ending) and form[: -len(ending)] in titles:
                return True
        if form.endswith("leden") and form[:-5] + "lid" in titles:  # Kamerleden
            return True
    return False


def is_common_word(token: str, doc_words: frozenset[str] | set[str] = frozenset(), following: str | None = None) -> bool:
    """A capitalised token that is an ordinary Dutch word, not a name: a frequent word that is
    distinctly Dutch (Zipf >= 4, well above its English frequency), or a Dutch word the same
    article uses in lower case. Known given names never count."""
    common, low, nl = _common_word(token)
    if common is None:
        common = low in doc_words and nl >= DOC_WORD_ZIPF
    if common and following and isinstance(doc_words, ArticleWords):
        if doc_words.capitalised_inside(f"{token} {following}"):
            return False  # the article writes "zegt Jaap Timmer" inside a sentence: a name
    return common


@lru_cache(maxsize=65536)
def _common_word(token: str) -> tuple[bool | None, str, float]:
    """(True/False when the word alone decides, None when the article must; lower form; Zipf)."""
    word = token.strip(_EDGE_PUNCT)
    if not word or is_given_name(word) or any(c.isupper() for c in word[1:]):
        return False, "", 0.0  # "PvdA", "GroenLinks", "MEDIA": not an ordinary capitalised word
    low = word.casefold()
    if fold(low) in _sentence_words():
        return True, low, 0.0
    nl = zipf(low)
    if nl >= COMMON_ZIPF and nl - zipf(low, "en") >= DUTCH_MARGIN:
        return True, low, nl
    return None, low, nl


def _is_nationality(word: str) -> bool:
    """'Amerikaanse', 'Nederlands-Rwandese': a nationality, or a compound with one."""
    nats = _nationalities()
    low = fold(word)
    return low in nats or ("-" in low and any(p in nats for p in low.split("-")))


def _describing(word: str, modifiers: set[str]) -> bool:
    """A word that may stand in a description before a name: a determiner or form of address, a
    title, a nationality, a modifier, or a lower-case adjective ('rechtsgeleerde', 'huidige')."""
    low = fold(word)
    return (
        is_title_word(word)
        or _is_nationality(word)
        or low in _describing_words()
        or low in modifiers
        or (word[:1].islower() and (is_role_head(word) or (low.endswith("e") and low not in _sentence_words())))
    )


def _non_name(token: str, mixed_case: bool, doc_words, following: str | None = None) -> bool:
    """A token before the surname (and ``following`` word) that is not part of a person name."""
    static = _non_name_static(token, mixed_case)
    return static or is_common_word(token, doc_words, following)


@lru_cache(maxsize=65536)
def _non_name_static(token: str, mixed_case: bool) -> bool:
    word = token.strip(_EDGE_PUNCT)
    if not word:
        return True
    if word[:1].islower():
        return True  # "de rechtsgeleerde Thierry Baudet" (particles are handled by the caller)
    if mixed_case and word.isupper() and len(word) >= 2 and not is_given_name(word):
        return True  # a heading in capitals ("MEDIA Trump") or a body ("NRC Handelsblad")
    if _is_nationality(word) or fold(word) in _modifiers():
        return True
    return is_title_word(word)


@dataclass(frozen=True, slots=True)
class CleanName:
    """A person name with its edges cleaned: ``name`` ('' when nothing name-like is left),
    ``dropped`` (the words cut off) and ``garbage`` (True when a cut word was no title or
    determiner but a stray word: "Eer Dekker", "Trump het Witte Huis")."""

    name: str
    dropped: tuple[str, ...] = ()
    garbage: bool = False


class ArticleWords:
    """An article's evidence about its words: which it writes in lower case (an ordinary word
    capitalised only at a sentence start) and which it capitalises inside a sentence (a name).
    Collected lazily: most articles are never asked."""

    __slots__ = ("_text", "_lower", "_inside")

    @property
    def text(self) -> str:
        """The article's text."""
        return self._text

    def __init__(self, text: str):
        self._text = text
        self._lower: frozenset[str] | None = None
        self._inside: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if self._lower is None:
            self._lower = doc_lower_words(self._text)
        return word in self._lower

    def capitalised_inside(self, word: str) -> bool:
        """True when ``word`` (a word or 'Jaap Timmer') stands capitalised after a lower-case word
        or a comma, as in "zegt Jaap Timmer" (not after a heading in capitals)."""
        got = self._inside.get(word)
        if got is None:
            got = False
            for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", self._text):
                before = self._text[max(0, m.start() - 2) : m.start()]
                if len(before) == 2 and before[1] == " " and (before[0].islower() or before[0].isdigit() or before[0] in ",;"):
                    got = True
                    break
            self._inside[word] = got
        return got


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zß-öø-ÿ][\wß-ÿ]*")


def doc_lower_words(text: str) -> frozenset[str]:
    """Words an article writes in lower case (evidence that a capitalised one is a sentence start)."""
    return frozenset(_LOWER_WORD.findall(text))


def _display_token(token: str) -> str:
    """A name token without surrounding quotes and sentence punctuation; an initial keeps its dot."""
    if re.match(r"^['’][a-z]{1,2}$", token):  # "’t" in "Sophie in ’t Veld"
        return token
    tok = token.strip("\"“”„‘’'«»()[]").rstrip(",;:!?")
    if tok.endswith(".") and len(tok.rstrip(".")) > 1:
        tok = tok.rstrip(".")
    return tok


def clean_person_name(name: str, doc_words: frozenset[str] | set[str] = frozenset()) -> CleanName:
    """Cut what is glued to a person name: leading titles, nationalities and ordinary words
    capitalised at a sentence start ("Nederlan Minister Koolmees" → "Koolmees", "Alsof Baudet" →
    "Baudet", "Conflict De Amerikaanse president Trump" → "Trump"), trailing words that cannot
    continue a name ("Trump het Witte Huis" → "Trump") and an affiliation ("Cees Loggen van de
    VVD" → "Cees Loggen")."""
    tokens = [_display_token(t) for t in name.split()]
    tokens = [t for t in tokens if t.strip(_EDGE_PUNCT)]
    if not tokens:
        return CleanName("")
    particles = name_data().particles
    modifiers = _modifiers()
    dropped: list[str] = []
    garbage = False
    # 1. a capitalised determiner inside that does not open the final surname starts a new
    #    sentence: "Conflict De Amerikaanse president Trump"
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k] in ("De", "Het", "Een") and k + 1 < len(tokens) - 1:
            dropped.extend(tokens[:k])
            garbage = True
            tokens = tokens[k:]
            break
    mixed = any(not t.isupper() for t in tokens)

    def is_particle(tok: str) -> bool:
        return fold(tok) in particles

    # 2. the end: after the first name word, a lower-case word that does not open a particle run
    #    before a capitalised surname ends the name; so does "van (de) ACRONYM" (an affiliation)
    first = next(
        (k for k, t in enumerate(tokens) if not is_particle(t) and not _non_name(t, mixed, doc_words)),
        None,
    )
    if first is not None:
        i = first + 1
        while i < len(tokens):
            tok = tokens[i]
            if tok[:1].islower() or is_particle(tok):
                j = i
                while j < len(tokens) and is_particle(tokens[j]):
                    j += 1
                opener = fold(tokens[i])
                if j < len(tokens) and tokens[j][:1].isupper() and opener not in _PARTICLE_OPENERS_EXCLUDED:
                    rest = tokens[j:]
                    if is_acronym(tokens[j]) or (
                        len(rest) >= 2 and all(t[:1].isupper() and not is_particle(t) for t in rest)
                    ):
                        # "van de VVD", "van Sociale Zaken", "van Alkmaar Marketing": after the
                        # particles a surname is one word; more capitalised words are a body
                        dropped.extend(tokens[i:])
                        tokens = tokens[:i]
                        break
                    i = j + 1
                    continue
                garbage = True
                dropped.extend(tokens[i:])
                tokens = tokens[:i]
                break
            i += 1
    if not tokens:
        return CleanName("", tuple(dropped), True)
    # 3. the start: everything up to the last word before the surname that is no name word
    s = len(tokens) - 1
    while s > 0 and is_particle(tokens[s - 1]):
        s -= 1
    cut = -1
    for k in range(s):
        tok = tokens[k]
        if tok[:1].islower() and is_particle(tok) and any(t[:1].isupper() for t in tokens[k + 1 : s + 1]):
            continue  # "Goudsblom van Alkmaar": a particle inside the name
        if _given_before_name(tok, tokens[k + 1]):
            continue  # "Frans van Benthem": a given name that is also a nationality
        if _non_name(tok, mixed, doc_words, tokens[k + 1]):
            cut = k
    if cut < 0 and s >= 2 and _glued_lead(tokens[0], tokens[1:], doc_words):
        cut = 0
    if cut >= 0:
        lead = tokens[: cut + 1]
        dropped = lead + dropped
        describing = all(_describing(t, modifiers) for t in lead)
        garbage = garbage or not describing
        tokens = tokens[cut + 1 :]
    # 4. what is left must still look like a name: not a lone title or function word, nor an
    #    ordinary word once stray words were cut ("Witte Huis" → not "Huis")
    #    or after a nationality ("Nederlandse Voedsel" → not "Voedsel"); after a title it may be
    #    a surname ("burgemeester Groen")
    titled = any(is_title_word(t) for t in dropped)
    if len(tokens) == 1 and (
        is_title_word(tokens[0])
        or fold(tokens[0]) in _sentence_words()
        or (dropped and not titled and is_common_word(tokens[0], doc_words))
    ):
        return CleanName("", tuple(dropped + tokens), garbage)
    return CleanName(" ".join(tokens), tuple(dropped), garbage)


def _given_before_name(token: str, following: str) -> bool:
    """'Frans' in 'Frans van Benthem', 'Frans Timmermans': a given name of the name data that is
    also a nationality adjective is a given name before a capitalised name or a particle (the
    adjective before a name is inflected: 'de Franse president Macron')."""
    return is_given_name(token) and (following[:1].isupper() or fold(following) in name_data().particles)


def _glued_lead(token: str, rest: list[str], doc_words) -> bool:
    """Is the first word of a name of three or more words a word glued on at a sentence start
    ('Opiniepeiler Maurice de Hond', 'Statisticus Joop Hox', 'Stampersgatter Kees Suijkerbuijk')?
    Newsrooms write a function before a name without a capital; capitalised, it opened a
    sentence the engine joined to the name. It is one when it is a function noun that is no
    family name, or when the article writes the rest as a name inside a sentence but never
    this word."""
    from ..entities import is_family_name, is_given_name as known_given

    word = token.strip(_EDGE_PUNCT)
    if not word[:1].isupper() or is_given_name(word) or fold(word) in name_data().particles or not rest:
        return False
    if not rest[0][:1].isupper() or fold(rest[0]) in name_data().particles:
        return False  # "Van der Meulen": the rest must open with a given name
    if known_given(word) or is_family_name(word) or zipf(word, "en") >= GLUED_MAX_EN_ZIPF:
        return False  # "Ahmed Gaed Salah"; "Human Rights Watch", "Passenger Car Association"
    if is_role_head(word):
        return True
    if isinstance(doc_words, ArticleWords):
        return _after_lower_word(doc_words.text, " ".join(rest)) and not _after_lower_word(doc_words.text, word)
    return False


def _after_lower_word(text: str, words: str) -> bool:
    """Does ``text`` write ``words`` after a whole lower-case word or a comma ('zegt Joop Hox'),
    not after the end of a capitalised one ('Human Rights Watch' holds no 'Rights Watch')?"""
    pattern = r"(?:(?<![\w'’-])[a-zß-ÿ][\w'’-]*|,)\s+" + re.escape(words) + r"(?![\w-])"
    return re.search(pattern, text) is not None


def is_generic_organisation(name: str) -> bool:
    """'politie', 'de gemeente', 'Het bedrijf', 'Partij': a common noun for a body, not the name of
    one. Capitalised words after the first ('politie Drenthe', 'Tweede Kamer', 'Duitse justitie')
    or an acronym make it a named body."""
    tokens = [t.strip(_EDGE_PUNCT) for t in name.split()]
    tokens = [t for t in tokens if t]
    while tokens and fold(tokens[0]) in {"de", "het", "een"}:
        tokens = tokens[1:]
    if not tokens:
        return False
    folded = " ".join(fold(t) for t in tokens)
    if " " in folded and folded in _lang().organisations:
        return False  # multi-word institutions in the list: "openbaar ministerie", "raad van state"
    for k, tok in enumerate(tokens):
        if is_acronym(tok) or fold(tok) in _nationalities():
            return False
        if tok[:1].isupper():
            if k > 0:
                return False
            if fold(tok) not in _lang().organisations and not is_common_word(tok):
                return False
    return True


def organisation_tokens(name: str) -> list[str]:
    """Folded words of an organisation name without determiners ('De Tweede Kamer' → tweede, kamer)."""
    words = _tokens(name)
    while words and words[0] in ("de", "het", "een", "'t"):
        words = words[1:]
    return words


def bodies_differ(a: str, b: str) -> bool:
    """True when two names of bodies share a head but differ in a qualifier: 'Eerste Kamer' vs
    'Tweede Kamer', 'Noord-Holland' vs 'Zuid-Holland'. A name that only adds words to the other
    ('de Kamer' vs 'Tweede Kamer') does not differ."""
    ta, tb = organisation_tokens(a), organisation_tokens(b)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    return bool(set(ta) - set(tb)) and bool(set(tb) - set(ta))


def _role_head(tokens: list[str]) -> tuple[int, int | None]:
    """Index of the head word of a role and of the preposition after it (None when there is none)."""
    preps = {fold(p) for p in _lang().prepositions}
    for k in range(1, len(tokens)):
        if fold(tokens[k]) in preps:
            return k - 1, k
    return len(tokens) - 1, None


@lru_cache(maxsize=65536)
def is_role_head(word: str) -> bool:
    """A noun that names a function: a title ('premier', 'CDA-leider', 'opiniepeiler', 'ecoloog')."""
    if is_title_word(word):
        return True
    low = fold(word).strip(_EDGE_PUNCT)
    last = re.split(r"[-‐‑]", low)[-1]
    if any(last.endswith(e) for e in _lang().person_noun_endings) and len(last) > 4:
        return True
    return (
        len(last) >= 6
        and last.endswith("er")
        and zipf(last) < AGENTIVE_MAX_ZIPF
        and last not in _sentence_words()
        and not is_given_name(word)
    )


def clean_role(role: str | None) -> str | None:
    """A role as a short noun phrase with a function as its head, or None.

    Cut at sentence punctuation, keeping the piece next to the name ("lijsttrekker voor de VVD.
    Partijleider" → "partijleider") and at a sentence restarting inside ("Conflict De Amerikaanse president" → "Amerikaanse
    president"); refused without a title-like head ("vrouw à", "eer", "dolblije"), with a name
    after the head ("Kamerlid Jasper van Dijk", "president Trump") or ending in a preposition
    ("directeur van"). A capital that only marks the sentence start is lowered ("Partijleider")."""
    if not role:
        return None
    # a role stands before the name it belongs to: of pieces split at sentence punctuation, the
    # last one is next to the name ("lijsttrekker voor de VVD. Partijleider [Thierry Baudet]")
    pieces = [p for p in _ROLE_END.split(role) if p.strip()]
    text = pieces[-1] if pieces else ""
    tokens = [t.strip(_EDGE_PUNCT) for t in text.split()]
    tokens = [t for t in tokens if t]
    for k in range(len(tokens) - 1, 0, -1):  # a capitalised determiner inside starts a new sentence
        if tokens[k] in ("De", "Het", "Een"):
            tokens = tokens[k:]
            break
    lang = _lang()
    while tokens and fold(tokens[0]) in {fold(d) for d in lang.determiners} | _RELATIONAL:
        tokens = tokens[1:]  # "zijn eigen minister": a function relative to its owner is the function
    if tokens and len(tokens) == 1:
        tokens = [_without_cut_name(tokens[0])]
    if not tokens or len(tokens) > 10:
        return None
    head, prep = _role_head(tokens)
    if prep is not None and all(fold(t) in _describing_words() for t in tokens[prep + 1 :]):
        return None  # "directeur van", "fractieleider van de": the name it belonged to was cut off
    if fold(tokens[head]) in _describing_words():
        return None  # "mevrouw": a form of address, no function
    if not is_role_head(tokens[head]) or (
        head > 0 and tokens[head][:1].isupper() and not is_title_word(tokens[head])
    ):
        return None  # "Kamerlid Jasper van Dijk": a name, not a function, is the head
    if prep is None and head != len(tokens) - 1:
        return None
    for tok in tokens[:head]:  # before the head: adjectives, nationalities, modifiers only
        if tok[:1].isupper() and not (_is_nationality(tok) or "-" in tok or is_role_head(tok) or tok is tokens[0]):
            return None
    tokens[0] = lower_sentence_start(tokens[0])
    return " ".join(tokens)


#: adjectives that make a function relative to the person a possessive points to ("zijn eigen
#: minister"): the table keeps the function
_RELATIONAL = frozenset({"eigen"})
_VOWELS = "aeiouyáéíóúëïöü"


def _without_cut_name(word: str) -> str:
    """'Democratie-voorman' (of "Forum voor Democratie-voorman Thierry Baudet") → 'voorman'.

    Dutch joins a function to a name with a hyphen ("FvD-voorman", "China-expert", "Siza-bestuurder")
    and to a common noun without one ("partijvoorzitter"), except where two vowels meet
    ("terrorisme-expert"). So a capitalised common word before the hyphen, no place, nationality or
    modifier ("oud-", "ex-"), is the last word of a longer name the role was cut from: the function
    alone is kept."""
    prefix, sep, rest = word.partition("-")
    if not sep or not rest or "-" in rest or not prefix[:1].isupper() or not prefix[1:].islower():
        return word
    low = fold(prefix)
    if low in _modifiers() or low in _nationalities() or not is_common_word(prefix):
        return word
    if low[-1:] in _VOWELS and fold(rest)[:1] in _VOWELS:
        return word  # "Terrorisme-expert": the hyphen parts two vowels
    from ..entities import EntityType, entity_type

    if entity_type(prefix) is not EntityType.NONE:
        return word  # "China-expert", "Europa-correspondent": a place names the field
    return rest


def lower_sentence_start(word: str) -> str:
    """'Partijleider' → 'partijleider', 'De' → 'de', 'Oud-voorzitter' → 'oud-voorzitter': a
    capital that only marks the start of a sentence; 'Nieuw-Zeelandse', 'CDA-leider', 'Amerikaanse'
    and names keep theirs."""
    parts = re.split(r"[-‐‑]", word)
    if not word[:1].isupper() or any(c.isupper() for c in word[1:]):
        return word  # "SP'er", "CDA-leider", "Nieuw-Zeelandse"
    low = fold(parts[0])
    if (
        is_title_word(parts[0])
        or low in _modifiers()
        or (low in _describing_words() and len(parts) == 1)
    ):
        return word[:1].lower() + word[1:]
    return word


def acting_for(text: str | None, name: str) -> bool:
    """True when a role or mention describes someone acting for ``name`` rather than ``name``
    itself: 'De woordvoerder van May' for May, 'advocaat van Stanley', or a role that ends in
    'van' ('directeur van') where the engine kept the name after it as the speaker."""
    if not text:
        return False
    tokens = [t.strip(_EDGE_PUNCT) for t in _ROLE_END.split(text, maxsplit=1)[0].split()]
    tokens = [t for t in tokens if t]
    if len(tokens) < 2:
        return False
    for k in range(1, len(tokens)):
        if fold(tokens[k]) not in ("van", "namens"):
            continue
        if not is_role_head(tokens[k - 1]):
            return False
        rest = tokens[k + 1 :]
        while rest and fold(rest[0]) in ("de", "het"):
            rest = rest[1:]
        if not rest:
            return True
        parts = split_name(name)
        key = split_name(" ".join(rest)).key
        return key in (parts.key, parts.surname)
    return False


def role_head(role: str | None) -> str | None:
    """The folded head word of a stored role ('Amerikaanse president' → 'president',
    'minister van Financiën' → 'minister'), for comparing roles."""
    if not role:
        return None
    tokens = role.split()
    if not tokens:
        return None
    head, _ = _role_head(tokens)
    return re.split(r"[-‐‑]", fold(tokens[head]))[-1]


def acronym_of(acronym: str, name: str) -> bool:
    """'OM' for 'Openbaar Ministerie', 'EU' for 'de Europese Unie': the initials of the name's
    capitalised words (determiners and lower-case words skipped) spell the acronym."""
    if not is_acronym(acronym) or not acronym.isalpha():
        return False
    words = [w for w in re.split(r"[\s\-‐‑]+", _strip_edge(name)) if w]
    while words and fold(words[0]) in ("de", "het", "een"):
        words = words[1:]
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return len(words) >= 2 and initials == acronym


def _strip_edge(text: str) -> str:
    return " ".join(w.strip(_EDGE_PUNCT) for w in text.split())


def organisation_in_person_name(name: str, doc_words=frozenset()) -> str | None:
    """'NRC Handelsblad', 'AC Milan', 'Tegenover RTV Utrecht' → 'RTV Utrecht': a person name whose
    first name-like word is an acronym that is no word is the name of a body."""
    tokens = [t.strip(_EDGE_PUNCT) for t in name.split()]
    tokens = [t for t in tokens if t]
    k = 0
    while k < len(tokens) - 1 and not is_acronym(tokens[k]) and is_common_word(tokens[k], doc_words):
        k += 1
    if len(tokens) - k >= 2 and is_org_acronym(tokens[k]):
        return " ".join(tokens[k:])
    return None


def is_org_acronym(token: str) -> bool:
    """'NRC', 'RTV', 'AC', 'ANWB': a short all-caps token that is no function word; longer
    capitals ('MEDIA', 'SAMENLEVING') are a heading word."""
    return is_acronym(token) and len(token) <= ACRONYM_MAX_LETTERS and fold(token) not in _sentence_words()
