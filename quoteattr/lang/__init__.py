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
from itertools import accumulate

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
    #: "clause": a cue only with its complement in view (a dat/of-clause, a colon or a quotation
    #: after it, or standing as an inquit right after a quotation or a comma): "stelt dat …"
    #: but not "stelde de auto in de garage". "inquit": the same without the dat-clause, for verbs
    #: that attribute reported words only as their inquit ("…, ontdekte de bond", not "ontdekte dat")
    frame: str | None = None
    #: forms that are a cue only together with the separable part ("is … van mening"): kept out
    #: of ``verb_forms`` so that a bare "is" or "ging" is never taken for a speech verb
    bound: frozenset[str] = frozenset()


#: speech-verb classes (speech_verbs.tsv, 4th column, optionally ":clause")
VERB_CLASSES = ("say", "think", "ask", "write", "announce", "want")
#: class of a construction that only looks like a speech verb ("uitstellen", "zich melden",
#: "een vraag stellen"): when its part is found, the verb form is no cue
NOT_A_CUE = "not"
VERB_FRAMES = ("clause", "inquit")


@dataclass(frozen=True)
class LanguageData:
    """Everything the rules need about one language, as sets and maps."""

    code: str
    mark_pairs: tuple[MarkPair, ...]
    dashes: frozenset[str]
    apostrophe_words: frozenset[str]
    speech_verbs: tuple[SpeechVerb, ...]
    #: finite/participle form → verbs having it (a form may belong to several lemmas); forms
    #: that count only with their separable part are in ``bound_forms``
    verb_forms: dict[str, tuple[SpeechVerb, ...]]
    cue_words: dict[str, str]
    impersonal_cues: tuple[str, ...]
    pronouns: dict[str, tuple[str, str]]  # form → (gender, case)
    particles: frozenset[str]
    honorifics: dict[str, str]
    #: a woman's honorific → "married" (mevrouw) or "unmarried" (juffrouw, freule): honorifics.tsv
    honorific_estates: dict[str, str]
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
    #: finite forms of verbs of receiving and hearing, whose subject is told, not telling
    receiving_verbs: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    #: words that join two main clauses, each with a subject of its own (coordinators.txt)
    coordinators: frozenset[str] = frozenset()
    person_noun_endings: tuple[str, ...] = ()
    measure_nouns: frozenset[str] = frozenset()
    #: nouns for a stretch or point of time ("de laatste keer", "het afgelopen jaar"): time_nouns.txt
    time_nouns: frozenset[str] = frozenset()
    past_forms: frozenset[str] = frozenset()
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
    #: generic noun for a kind of body that refers back to a named one ("het concern", "de
    #: krant") → the entity kind it stands for: "organisation" | "medium" (body_classes.tsv)
    body_classes: dict[str, str] = field(default_factory=dict)
    #: a function of several words → the one word that stands for it ("officier van justitie" →
    #: "aanklager"), title_phrases.tsv
    title_phrases: dict[str, str] = field(default_factory=dict)
    #: nouns news uses as an epithet for a person just named ("de ster", "de veteraan")
    epithets: frozenset[str] = field(default=frozenset())
    interjections: frozenset[str] = field(default=frozenset())
    person_nouns: frozenset[str] = field(default=frozenset())
    #: family words used as names without an article ("zei vader")
    kinship: frozenset[str] = field(default=frozenset())
    place_nouns: frozenset[str] = field(default=frozenset())
    venue_nouns: frozenset[str] = field(default=frozenset())
    place_suffixes: tuple[str, ...] = ()
    months: frozenset[str] = field(default=frozenset())
    #: endings of a name word that tell its bearer's gender (patronymics): ending → m | f
    name_gender_endings: dict[str, str] = field(default_factory=dict)
    #: nouns for a person's relation to another ("de vader van X", "een vriendin van X")
    relatives: frozenset[str] = field(default=frozenset())
    #: family noun → (relation, gender): "broer" → ("sibling", "m") (kin_relations.tsv)
    kin_relations: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: nouns that before "van" and a name say whose child someone is → m | f | - (child_nouns.tsv)
    child_nouns: dict[str, str] = field(default_factory=dict)
    #: words placing a person in an age class (person_ages.tsv): adjective → "old"/"young"
    age_adjectives: dict[str, str] = field(default_factory=dict)
    #: generic nouns for a person: noun → (gender, age class or None): "heer" → ("m", None),
    #: "meisje" → ("f", "young")
    generic_person_nouns: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: nouns for what someone says ("de reactie van X:")
    speech_nouns: frozenset[str] = field(default=frozenset())
    #: greetings that open a turn addressed by name ("Dag Smulders")
    greetings: frozenset[str] = field(default=frozenset())
    #: the polite second person ("u", "uw"): in news narration, a reporter's question to the interviewee
    polite_pronouns: frozenset[str] = field(default=frozenset())
    #: adverbs of degree before an adjective inside a noun phrase ("de zeer beleefde Duclari")
    intensifiers: frozenset[str] = field(default=frozenset())
    #: present forms of the copulas, auxiliaries, modals and commonest verbs (spans.py)
    present_forms: frozenset[str] = field(default=frozenset())
    #: capitalised turn openers that are no name in the vocative ("Ja, …", "Kom, …")
    turn_openers: frozenset[str] = field(default=frozenset())
    inquit_adverbs: frozenset[str] = field(default=frozenset())
    #: answer particles and endearments before a name that calls the person answered ("Ja, Max")
    reply_openers: frozenset[str] = field(default=frozenset())
    #: how a person leaves a scene: verb form → the words that follow it ("ging" → "de kamer
    #: uit"; an empty tuple for a verb that needs none: "verliet") (exits.tsv)
    exits: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: what makes a clause of narration backstory ("Lotte had er ooit een sticker op geplakt"):
    #: entry → "auxiliary" | "prefix" | "time" | "not-participle" (backstory.tsv)
    backstory: dict[str, str] = field(default_factory=dict)
    #: words that open a relative clause after a comma ("die", "waar") (relative_pronouns.txt)
    relative_pronouns: frozenset[str] = field(default=frozenset())
    #: the endings of a pet name on a stem cut from a given name ("Tilly", "Bertje", "Nelleke"),
    #: longest first (pet_name_endings.txt)
    pet_name_endings: tuple[str, ...] = ()
    #: Dutch place names the place libraries lack → "country" | "region" | "city"
    places: dict[str, str] = field(default_factory=dict)
    #: "is", "ging", "gebracht": forms that are a speech verb only with its part ("is van mening")
    bound_forms: dict[str, tuple[SpeechVerb, ...]] = field(default_factory=dict)
    #: constructions that cancel a cue when their part is found ("stelde … uit", "meldde zich")
    non_cue_forms: dict[str, tuple[SpeechVerb, ...]] = field(default_factory=dict)

    # Derived once per loaded language (cached_property writes the instance dict directly, so it
    # works on this frozen dataclass); they are read on the hot paths of every document.

    @cached_property
    def verb_particles(self) -> frozenset[str]:
        """Separable parts of the speech verbs ("weten", "toe", "aan"): never part of a name phrase."""
        return frozenset(p for v in self.speech_verbs if v.particle for p in v.particle.split())

    @cached_property
    def title_phrase_ends(self) -> frozenset[str]:
        """The last words of the functions of several words the titles list ("justitie" of
        "officier van justitie", "kamerlid"): a stretch of words can spell such a function only
        when it ends in one, which rules out nearly every stretch before a name at once."""
        return frozenset(t.rsplit(" ", 1)[-1] for t in self.titles if " " in t)

    @cached_property
    def multiword_titles(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The functions of several words the titles list ("officier van justitie"), as word
        tuples under their first word, for the look at a token (cues._title_of_words)."""
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for title in self.titles:
            words = tuple(title.split())
            if len(words) > 1:
                by_first.setdefault(words[0], []).append(words)
        return {first: tuple(found) for first, found in by_first.items()}

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
    def cue_forms(self) -> dict[str, tuple[SpeechVerb, ...]]:
        """Every form that can be part of a speech-verb cue, free or bound: what verb_cues looks up."""
        out = {f: list(vs) for f, vs in self.verb_forms.items()}
        for f, vs in self.bound_forms.items():
            out.setdefault(f, []).extend(v for v in vs if v not in out[f])
        return {f: tuple(vs) for f, vs in out.items()}

    @cached_property
    def first_person_cue_forms(self) -> dict[str, tuple[SpeechVerb, ...]]:
        """The bare stems that are a cue next to "ik" ("zeg ik", "ik vraag"): a stem not in -t whose
        third person (stem + t) is a form of a verb of saying or asking, with those verbs (only
        those: "ik hoop", "ik denk" in a column are the writer's own view, no speech reported)."""
        out = {}
        for form, verbs in self.cue_forms.items():
            stem = form[:-1]
            found = tuple(v for v in verbs if v.cls.split(":")[0] in ("say", "ask"))
            if form.endswith("t") and not stem.endswith("t") and found:
                out[stem] = found
        return out

    @cached_property
    def _cue_word_set(self) -> frozenset[str]:
        # a bound form ("is … van mening") is keyed on its part's content word ("mening"), so that
        # every sentence with "is" is not taken for a candidate; a part of function words only
        # ("gaat ervan uit") keys on the bound forms themselves
        bound: set[str] = set()
        for verbs in self.bound_forms.values():
            for v in verbs:
                content = [w for w in v.particle.split() if w not in self.function_words and w not in self.prepositions]
                bound.update(content or v.bound)
        # a multiword cue word keys on its longest word ("naar eigen zeggen" on "zeggen"), so a
        # sentence with "naar" alone is no candidate
        return frozenset(self.verb_forms) | bound | frozenset(max(c.split(), key=len) for c in self.cue_words)

    @cached_property
    def _temporal_regex(self) -> "re.Pattern[str]":
        return re.compile("|".join(re.escape(p) for p in sorted(self.temporal, key=len, reverse=True)))

    @cached_property
    def name_regex(self) -> "regex.Pattern[str]":
        """Capitalised word sequences with particles and initials: candidate names."""
        parts = literal_trie(self.particles)  # (a particle is tried after every capitalised word)
        # a capitalised word; inner apostrophes and hyphenated parts allowed (Van 't, Jan-Peter, d'Hondt)
        # a word that runs on into digits is a code, not a name ("CO2-taks", "A4", "F16")
        cap = r"\p{Lu}[\p{L}\p{M}]*+(?:['’][\p{L}\p{M}]++)*+(?:-[\p{L}\p{M}]++(?:['’][\p{L}\p{M}]++)*+)*+(?!\p{N})"
        # the space between words: spaces and at most one line break (a hard-wrapped line), never
        # a blank line, so a name cannot run from a title or a label into the next paragraph
        ws = r"(?:[^\S\n]++\n?+[^\S\n]*+|\n[^\S\n]*+)"
        initial = r"\p{Lu}\.(?:[^\S\n]?\p{Lu}\.)*+"
        part = rf"(?:(?:{parts}){ws})"
        return regex.compile(
            rf"(?<![\p{{L}}\p{{N}}'’-])(?:{initial}[^\S\n]*{part}*{cap}|{cap})(?:{ws}{part}*(?:{initial}[^\S\n]*)?{cap})*"
        )

    @cached_property
    def _name_split_regex(self) -> "regex.Pattern[str]":
        # (name_regex as one capturing group, which it has none of: see name_spots)
        return regex.compile(f"({self.name_regex.pattern})")

    def name_spots(self, text: str) -> list[tuple[int, str]]:
        """(start, text) of every match of name_regex in ``text``, in text order. Splitting at the
        pattern as a group gives the stretches between the matches and the matches by turns, and a
        match starts where the lengths before it add up to: no match object per name, which costs
        the regex module as much as the search."""
        parts = self._name_split_regex.split(text)
        starts = list(accumulate(map(len, parts), initial=0))
        return list(zip(starts[1::2], parts[1::2]))

    def closes(self, opener: str, closer: str) -> bool:
        """True when ``closer`` may close a quote opened by ``opener``."""
        return (opener, closer) in self._pairs

    @cached_property
    def _ascii_cue_words(self) -> frozenset[bytes]:
        # (has_cue_word's set for a text in ASCII, where a word of other letters cannot occur)
        return frozenset(w.encode("ascii") for w in self._cue_word_set if w.isascii())

    def has_cue_word(self, text: str) -> bool:
        """Does ``text`` hold a cue word (speech-verb form, 'volgens', 'aldus')? A cheap prefilter.

        The words are the runs of ``\\w`` (_WORDS) of the lower-cased text. Most sentences are in
        ASCII: their bytes, with every byte that is no word character made a space, split at
        white space into exactly those runs, at a fraction of the pattern's cost."""
        low = text.lower()
        if low.isascii():
            return not self._ascii_cue_words.isdisjoint(low.encode("ascii").translate(_ASCII_WORD_BYTES).split())
        return not self._cue_word_set.isdisjoint(_WORDS.findall(low))

    def person_ending(self, word: str) -> bool:
        """Is the lower-case ``word`` one of the nouns for a person of person_noun_endings.txt
        ("man", "lid") or does it end as one after a stem of two letters at least
        ("directeur", "zuster", "Kamerlid")? "deur" and "geur" only look like "directeur", and
        "haar" and "jaar" like "leraar"."""
        return any(word == e or (word.endswith(e) and len(word) >= len(e) + 2) for e in self.person_noun_endings)

    def is_temporal(self, word: str) -> bool:
        """'dinsdagavond', 'gisteren': time words that end a speaker phrase."""
        memo = self._temporal_memo
        hit = memo.get(word)
        if hit is None:
            _make_room(memo)
            hit = memo[word] = self._temporal_regex.match(word.lower()) is not None
        return hit

    @cached_property
    def _temporal_memo(self) -> dict[str, bool]:
        return {}

    @cached_property
    def _memos(self) -> dict[str, dict]:
        return {}

    def memo(self, name: str) -> dict:
        """A dict for caching a pure function of words under this language's data (``name``
        tells the callers apart); emptied when it reaches MEMO_MAX entries, so memory stays flat."""
        d = self._memos.get(name)
        if d is None:
            d = self._memos[name] = {}
        else:
            _make_room(d)
        return d

    # (the memos of the word lookups below, held here so that a lookup reads its dict without a
    # call to memo(); each makes room itself before it adds a word)

    @cached_property
    def _body_class_memo(self) -> dict[str, str | None]:
        return self.memo("body_class")

    @cached_property
    def _title_head_memo(self) -> dict[str, str | None]:
        return self.memo("title_head")

    @cached_property
    def _is_title_memo(self) -> dict[str, bool]:
        return self.memo("is_title")

    def body_class(self, word: str) -> str | None:
        """The kind of body ("organisation", "medium") a generic noun stands for, also as the last
        part of a compound: 'olieconcern' → organisation, 'zakenkrant' → medium
        (body_classes.tsv); None for other words and for a noun that names a body of its own
        ('rechtbank' is no 'bank', 'gemeente' no stand-in)."""
        memo = self._body_class_memo
        try:
            return memo[word]
        except KeyError:
            _make_room(memo)
            hit = memo[word] = self._body_class(word.lower().strip(".,"))
            return hit

    def _body_class(self, w: str) -> str | None:
        if w in self.body_classes:
            return self.body_classes[w]
        if w in self.organisations or w in self.titles:
            return None
        if "-" in w:
            return self._body_class(w.rsplit("-", 1)[1])
        for k in range(3, len(w) - 3):  # the longest listed tail of at least four letters
            if w[k:] in self.body_classes:
                return self.body_classes[w[k:]]
        return None

    def title_head(self, word: str) -> str | None:
        """The function a word names, also inside a compound: 'vakbondsvoorzitter' → voorzitter,
        'oud-burgemeester' → burgemeester, 'GGD-woordvoerder' → woordvoerder; None for no function."""
        memo = self._title_head_memo
        try:
            return memo[word]
        except KeyError:
            _make_room(memo)
            hit = memo[word] = self._title_head(word)
            return hit

    def _title_head(self, word: str) -> str | None:
        w = word.lower().strip(".,")
        if w in self.titles or w in self.title_groups:
            return w
        if "-" in w:
            return self._title_head(w.rsplit("-", 1)[1])
        for form in _masculine_forms(w):
            if form in self.titles or form in self.title_groups:
                return form  # "kampioene", "sociologe", "politica", "directrice": a feminine form
        for k in range(1, len(w) - 3):  # the longest known tail of at least four letters
            tail = w[k:]
            if tail in self.titles or tail in self.title_groups:
                return tail
        return None

    def is_title(self, word: str) -> bool:
        """Is the lower-case ``word`` a listed function, or a feminine form of one ("sociologe",
        "politica", "directrice")?"""
        if word in self.titles:
            return True
        memo = self._is_title_memo
        try:
            return memo[word]
        except KeyError:
            _make_room(memo)
            hit = memo[word] = any(f in self.titles for f in _masculine_forms(word))
            return hit

    def title_core(self, word: str) -> str | None:
        """The shortest function a compound ends in: 'oppositieleider' → leider (where
        title_head keeps the listed compound itself); None for no function."""
        w = word.lower().strip(".,").rsplit("-", 1)[-1]
        for k in range(len(w) - 4, -1, -1):
            if w[k:] in self.titles:
                return w[k:]
        return None

    def one_word_titles(self, text: str) -> str:
        """``text`` with each function of several words written as its one-word synonym
        ('de officier van justitie' → 'de aanklager'), title_phrases.tsv."""
        low = text.lower()
        for phrase, word in self.title_phrases.items():
            if phrase in low:
                low = regex.sub(r"(?<!\w)" + regex.escape(phrase) + r"(?!\w)", word, low)
        return low

    def title_matches(self, description: str, title: str) -> bool:
        """'bewindsman' may stand for 'minister'; every title stands for itself."""
        return description == title or title in self.title_groups.get(description, ())


#: feminine endings of functions and the masculine endings they stand for: "politica" →
#: politicus, "directrice" → directeur, "zangeres" → zanger, "lerares" → leraar
_FEMININE_ENDINGS = (("ica", "icus"), ("rice", "eur"), ("eres", "er"), ("ares", "aar"))
#: the feminine -e of the person suffixes -loog and -aat, whose long vowel the open syllable writes
#: single ("sociologe", "advocate"); not -aal, whose -ale is an adjective ("generale", "liberale")
_OPEN_SYLLABLE_FEMININE = ("loge", "ate")


def _make_room(memo: dict) -> None:
    """Empty a memo that holds MEMO_MAX entries: it starts afresh, so memory stays flat."""
    if len(memo) >= MEMO_MAX:
        memo.clear()


def long_vowel(stem: str) -> str:
    """'diplomat' → 'diplomaat', 'econom' → 'econoom', 'soldat' → 'soldaat': a plural in -en or a
    feminine in -e opens the last syllable, and Dutch spelling then writes its long vowel single
    ('diplomaten', 'economen', 'sociologe'); the singular (the masculine) doubles it again. Only a single a, o or u between a
    consonant and one final consonant ('e' and 'i' are mostly short or spelt 'ee', 'ie')."""
    if len(stem) > 3 and stem[-1] not in "aeiouy" and stem[-2] in "aou" and stem[-3] not in "aeiouy":
        return stem[:-1] + stem[-2] + stem[-1]
    return stem


def _masculine_forms(w: str) -> list[str]:
    """The masculine forms a feminine function word ``w`` may stand for, by Dutch spelling: the
    feminine -e ("kampioene" → kampioen), with the long vowel of -loog and -aat that the open
    syllable hid written double again ("sociologe" → socioloog, "advocate" → advocaat); and the
    endings of _FEMININE_ENDINGS."""
    out = []
    if w.endswith("e") and len(w) > 4:
        out.append(w[:-1])
        if w.endswith(_OPEN_SYLLABLE_FEMININE):
            out.append(long_vowel(w[:-1]))
    out += [w[:-len(f)] + m for f, m in _FEMININE_ENDINGS if w.endswith(f) and len(w) > len(f) + 2]
    return out


_WORDS = re.compile(r"\w+")
#: a byte table keeping the ASCII characters _WORDS counts as word characters ([A-Za-z0-9_]) and
#: making every other byte a space (see LanguageData.has_cue_word)
_ASCII_WORD_BYTES = bytes(c if _WORDS.fullmatch(chr(c)) else 32 for c in range(256))
#: entries a word memo (LanguageData.memo) holds before it starts afresh
MEMO_MAX = 30_000


#: where data files are read from; tests point it elsewhere through ``load_language(root=…)``
_ROOT: list = []


def literal_trie(words) -> str:
    """A pattern matching any of ``words`` (literal strings, none empty), as the alternation of
    them longest first ("van der|van|de|…") matches, but branching letter by letter ("de(?:n)?|
    van(?:…)?"), so the engine reads each character once instead of trying every word.
    The words that match at one place are prefixes of one another, and both patterns try them
    longest first, the trie's optional tails being greedy: a backtracking match takes the same
    path."""
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [regex.escape(c) + emit(node[c]) for c in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


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
    non_cues = []
    for no, cols in _unique(code, "speech_verbs.tsv", _lines(code, "speech_verbs.tsv", 4)):
        verb = _speech_verb(code, no, cols)
        (non_cues if verb.cls == NOT_A_CUE else verbs).append(verb)
    verb_forms: dict[str, list[SpeechVerb]] = {}
    bound_forms: dict[str, list[SpeechVerb]] = {}
    for v in verbs:
        for f in v.forms:
            (bound_forms if f in v.bound else verb_forms).setdefault(f, []).append(v)
    non_cue_forms: dict[str, list[SpeechVerb]] = {}
    for v in non_cues:
        for f in v.forms:
            non_cue_forms.setdefault(f, []).append(v)
    pronouns = {}
    for no, cols in _unique(code, "pronouns.tsv", _lines(code, "pronouns.tsv", 3)):
        pronouns[cols[0]] = (cols[1], cols[2])
    ages = _unique(code, "person_ages.tsv", _lines(code, "person_ages.tsv", 3))
    honorific_rows = _unique(code, "honorifics.tsv", _lines(code, "honorifics.tsv", 3))
    honorifics = {c[0]: c[1] for _, c in honorific_rows}
    honorific_estates = {c[0]: c[2] for _, c in honorific_rows if c[2] != "-"}
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
        honorific_estates=honorific_estates,
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
        receiving_verbs=_word_set(code, "receiving_verbs.txt"),
        conjunctions=_word_set(code, "conjunctions.txt"),
        coordinators=_word_set(code, "coordinators.txt"),
        person_noun_endings=tuple(sorted(_word_set(code, "person_noun_endings.txt"))),
        measure_nouns=_word_set(code, "measure_nouns.txt"),
        time_nouns=_word_set(code, "time_nouns.txt"),
        past_forms=_word_set(code, "past_forms.txt"),
        party_epithets={c[0]: frozenset(p.lower() for p in c[1].split())
                        for _, c in _unique(code, "party_epithets.tsv", _lines(code, "party_epithets.tsv", 2))},
        title_genders={c[0]: c[1] for _, c in _unique(code, "title_genders.tsv", _lines(code, "title_genders.tsv", 2))},
        openers=frozenset(p.open for p in pairs),
        closers=frozenset(p.close for p in pairs),
        media=_kinded(code, "media.tsv", {"name": False, "head": True, "word": False}),
        organisation_names=_kinded(code, "organisation_names.tsv",
                                   {"name": False, "head": True, "marker": False}),
        works=_kinded(code, "works.tsv", {"noun": True, "name": False}),
        body_classes=_kinded(code, "body_classes.tsv", {"organisation": True, "medium": True}),
        title_phrases={c[0]: c[1] for _, c in _unique(code, "title_phrases.tsv", _lines(code, "title_phrases.tsv", 2))},
        epithets=_word_set(code, "epithets.txt"),
        interjections=_word_set(code, "interjections.txt"),
        person_nouns=_word_set(code, "person_nouns.txt"),
        kinship=_word_set(code, "kinship.txt"),
        place_nouns=_word_set(code, "place_nouns.txt"),
        venue_nouns=_word_set(code, "venue_nouns.txt"),
        place_suffixes=tuple(sorted(_word_set(code, "place_suffixes.txt"))),
        months=_word_set(code, "months.txt"),
        name_gender_endings={c[0]: c[1] for _, c in _lines(code, "name_gender_endings.tsv", 2)},
        relatives=_word_set(code, "relatives.txt"),
        kin_relations={c[0]: (c[1], c[2]) for _, c in _unique(code, "kin_relations.tsv",
                                                              _lines(code, "kin_relations.tsv", 3))},
        child_nouns=_kinded(code, "child_nouns.tsv", {"m": True, "f": True, "-": True}),
        age_adjectives={c[0]: c[1] for _, c in ages if c[2] == "adjective"},
        generic_person_nouns={c[0]: (c[2].split()[1], None if c[1] == "-" else c[1])
                              for _, c in ages if c[2].startswith("noun ")},
        speech_nouns=_word_set(code, "speech_nouns.txt"),
        greetings=_word_set(code, "greetings.txt"),
        polite_pronouns=_word_set(code, "polite_pronouns.txt"),
        intensifiers=_word_set(code, "intensifiers.txt"),
        present_forms=_word_set(code, "present_forms.txt"),
        turn_openers=_word_set(code, "turn_openers.txt"),
        inquit_adverbs=_word_set(code, "inquit_adverbs.txt"),
        reply_openers=_word_set(code, "reply_openers.txt"),
        exits=_exits(code),
        backstory=_kinded(code, "backstory.tsv", {"auxiliary": True, "prefix": True, "time": True,
                                                   "not-participle": True}),
        relative_pronouns=_word_set(code, "relative_pronouns.txt"),
        pet_name_endings=tuple(sorted(_word_set(code, "pet_name_endings.txt"), key=lambda e: (-len(e), e))),
        places=_kinded(code, "places.tsv", {"country": False, "region": False, "city": False}),
        bound_forms={k: tuple(v) for k, v in bound_forms.items()},
        non_cue_forms={k: tuple(v) for k, v in non_cue_forms.items()},
    )


def _exits(code: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """exits.tsv: verb form → the word sequences that complete a leaving ("de kamer uit")."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for no, (form, rest) in _unique(code, "exits.tsv", _lines(code, "exits.tsv", 2), key=lambda c: "\t".join(c)):
        if form != form.lower() or rest != rest.lower() or " " in form:
            raise LanguageDataError(f"{code}/exits.tsv:{no}: entries must be lower case, one verb form")
        out.setdefault(form, []).append(() if rest == "-" else tuple(rest.split()))
    return {k: tuple(v) for k, v in out.items()}


def _speech_verb(code: str, no: int, cols: list[str]) -> SpeechVerb:
    """One speech_verbs.tsv line: lemma, forms ("+is" = bound), separable part or -, class[:frame]."""
    where = f"{code}/speech_verbs.tsv:{no}"
    lemma, forms, particle, cls_col = cols
    cls, _, frame = cls_col.partition(":")
    if cls not in VERB_CLASSES and cls != NOT_A_CUE:
        raise LanguageDataError(f"{where}: unknown class {cls!r}")
    if frame and frame not in VERB_FRAMES:
        raise LanguageDataError(f"{where}: unknown frame {frame!r}")
    part = None if particle == "-" else particle
    words = forms.split()
    bound = frozenset(w[1:] for w in words if w.startswith("+"))
    plain = tuple(dict.fromkeys(w.lstrip("+") for w in words))  # "schatten" is infinitive and past
    if any(not w or w != w.lower() or " " in w for w in plain):
        raise LanguageDataError(f"{where}: forms must be lower-case words")
    if (bound or cls == NOT_A_CUE) and part is None:
        raise LanguageDataError(f"{where}: bound forms and '{NOT_A_CUE}' entries need a separable part")
    return SpeechVerb(lemma, plain, part, cls, frame or None, bound)
