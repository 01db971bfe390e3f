"""One document as pass 2 sees it: paragraphs, quotation spans and sentences, with sentence
views (tokens, each quotation collapsed into one placeholder) built only when asked for, and
document-wide facts (words used in lower case, capitalised words inside sentences)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator

import regex

from . import segment, spans
from .cues import Tok, VerbCue, tokenize, tokenize_found, verb_cues
from .entities import is_given_name
from .lang import LanguageData
from .model import Document, QuoteSpan, Sentence

#: placeholder token standing for a whole quotation inside a sentence; it holds spaces, which no
#: token of the input ever does, so no input character can be taken for it
QMARK = " quotation "


@dataclass(slots=True)
class SentenceView:
    sent: Sentence
    items: list[Tok]          # tokens with each quotation collapsed into one QMARK token
    quote_at: dict[int, int]  # item index → quote index
    _facts: "Facts | None" = None
    _cues: "list[VerbCue] | None" = None

    def cues(self, lang: LanguageData) -> "list[VerbCue]":
        """Every speech-verb cue of the sentence, found once (sieves ask for them many times)."""
        if self._cues is None:
            self._cues = verb_cues(self.items, lang)
        return self._cues

    def facts(self, lang: LanguageData) -> "Facts":
        """What pass 2 asks of a sentence, computed once, so that a sentence with thousands of
        quotes is not rescanned for each of them."""
        if self._facts is None:
            items = self.items
            n = len(items)
            vcs = [vc for vc in self.cues(lang) if items[vc.i].text != QMARK]
            self._facts = Facts(
                first_content=next((k for k, t in enumerate(items) if t.is_word or t.text == QMARK), n),
                first_word=next((k for k, t in enumerate(items) if t.is_word), n),
                last_word=next((k for k in range(n - 1, -1, -1) if items[k].is_word), -1),
                verb_cues=vcs,
                volgens=[k for k, t in enumerate(items) if t.lower == "volgens"],
                aldus=[k for k, t in enumerate(items) if t.lower == "aldus"],
                has_cue=bool(vcs) or any(t.lower in lang.cue_words for t in items),
            )
        return self._facts


@dataclass(slots=True)
class Facts:
    first_content: int  # index of the first word or quotation
    first_word: int
    last_word: int
    verb_cues: list[VerbCue]
    volgens: list[int]
    aldus: list[int]
    has_cue: bool


class DocumentAnalysis:
    """Everything pass 2 needs about one document, computed once."""

    def __init__(self, document: Document, lang: LanguageData):
        self.doc = document
        self.text = text = document.text
        self.lang = lang
        self.word_re = segment.word_pattern(text)  # (WORD, or the same tokens faster)
        self.paras = segment.paragraphs(text)
        self.qspans: list[QuoteSpan] = spans.detect(text, self.paras, lang)
        self.qranges = [(q.open_pos, _qend(q)) for q in self.qspans]
        self.qspans_starts = [q.start for q in self.qspans]
        self.sents = segment.sentences(text, self.paras, lang, self.qranges)
        self.sent_starts = [s.start for s in self.sents]
        self.views = _LazyViews(self)
        self._lower_words: WordsUsed | None = None
        self._para_starts: list[int] | None = None
        self._mid_caps: WordsUsed | None = None
        self._credible: dict[tuple[str, bool], bool] = {}
        self._acronyms: dict[str, str | None] = {}
        self._named_in_full: dict[str, int] = {}
        self._after_a_word: dict[str, bool] = {}
        self.kinds: list[str] = []
        #: the cue after each token a sieve asks about (sieves/explicit.py cue_after), keyed by the
        #: token's offset: the kinds, the sieves and the next quotation all ask about a quotation
        self.cue_after_found: dict[int, object] = {}
        self.quote_sent: dict[int, tuple[int, int]] = {}
        for si in sorted({self.sentence_index(qs) for qs, _ in self.qranges}):
            for ii, qi in self.views[si].quote_at.items():
                self.quote_sent[qi] = (si, ii)

    def _view(self, s: Sentence) -> SentenceView:
        return _build_view(self.text, self.qranges, self.word_re, s)

    def plain_words(self, si: int) -> list[str] | None:
        """The lower-case token texts of sentence ``si`` when it holds no quotation (they are then
        its view's tokens), without building the view; None for a sentence with a quotation.
        Cheap enough to rule a sentence out before its tokens are built."""
        s = self.sents[si]
        qi = bisect.bisect_left(self.qranges, (s.start, -1))
        if qi < len(self.qranges) and self.qranges[qi][0] < s.end:
            return None
        v = self.views.built(si)
        if v is not None:
            return [t.lower for t in v.items]
        found = self.views.found[si] = self.word_re.findall(self.text, s.start, s.end)  # (its view's tokens, if built later)
        return _lower_all(found)

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def opens_sentence(self, pos: int) -> bool:
        """Is ``pos`` the first word of a sentence or paragraph? Looks back over white space; a
        line break inside a paragraph (hard-wrapped text) is no sentence boundary."""
        k = pos - 1
        newline = False
        while k >= 0 and self.text[k] in " \t\r\n":
            newline = newline or self.text[k] in "\r\n"
            k -= 1
        if k < 0 or self.text[k] in ".!?:'\"”’»":
            return True
        if not newline:
            return False
        if self._para_starts is None:
            self._para_starts = [p.start for p in self.paras]
        i = bisect.bisect_right(self._para_starts, pos) - 1
        return i < 0 or self._para_starts[i] > k  # a paragraph starts between the last word and pos

    def credible_name(self, head: str, *, strict: bool = True) -> bool:
        """Is a one-word ``head`` really a name? Not when the text also uses it in lower case or
        it is a function word or an adjective ("Erger vindt …", "Ministers vreesden …",
        "Afrikaanse"); when ``strict``, only when the text also uses it inside a sentence."""
        known = self._credible.get((head, strict))
        if known is None:
            known = self._credible[head, strict] = self._credible_now(head, strict)
        return known

    def named_in_full_at(self, surname: str) -> int:
        """Where the text's first writing of the one-word ``surname`` right after a given name
        ("Juan Guaidó") ends, or -1; found once per word and document."""
        at = self._named_in_full.get(surname)
        if at is None:
            pattern = regex.compile(r"(?<![\p{L}'’])(\p{Lu}\p{Ll}+)\s+" + regex.escape(surname) + r"(?![\p{L}'’])")
            at = self._named_in_full[surname] = next(
                (g.end() for g in pattern.finditer(self.text) if is_given_name(g.group(1), lang=self.lang)), -1)
        return at

    def written_after_a_word(self, initial: str) -> bool:
        """Does the text write ``initial`` ("Z.") right after a capitalised word ("Leon Z.")?
        Asked once per initial and document."""
        hit = self._after_a_word.get(initial)
        if hit is None:
            hit = self._after_a_word[initial] = regex.search(
                r"\p{Lu}\p{Ll}+ " + regex.escape(initial) + r"(?!\p{L})", self.text) is not None
        return hit

    def _credible_now(self, head: str, strict: bool) -> bool:
        words = head.split()
        if len(words) > 1 or is_given_name(words[0], lang=self.lang):
            return True
        word = words[0]
        if word.isupper() and len(word) > 1:
            return True  # an acronym ("OM", "VS"), even when it spells a common word
        if word.lower() in self.lower_words or word.lower() in self.lang.function_words:
            return False
        if word.endswith(("se", "sche")) and not word.isupper():
            return False  # "Afrikaanse", "Bredase": an adjective
        return not strict or word in self.mid_sentence_caps or word.isupper()

    def acronym(self, name: str) -> str | None:
        """'Openbaar Ministerie' → 'OM' when the text uses that acronym (shortest unambiguous
        name); 'de Wereldhandelsorganisatie' → 'WTO' when the text introduces it so: "de
        Wereldhandelsorganisatie (WTO)", the newsroom's way to define an abbreviation. (Each
        name is looked up in the text once.)"""
        if name not in self._acronyms:
            self._acronyms[name] = self._find_acronym(name)
        return self._acronyms[name]

    def _find_acronym(self, name: str) -> str | None:
        first, _, rest = name.partition(" ")
        bare = rest if first.lower() in ("de", "het") and rest else name
        if bare[:1].isupper() and not bare.isupper():
            defined = _defined_acronym(self.text, bare)
            if defined is not None:
                return defined
        words = [w for w in name.split() if w[:1].isupper()]
        if len(words) < 2:
            return None
        acro = "".join(w[0] for w in words)
        return acro if _whole_word(self.text, acro) else None


    @property
    def lower_words(self) -> WordsUsed:
        """Every word the text uses in lower case ("kermisexploitant"), to tell a capitalised
        common noun at a sentence start from a name (asked word by word: see WordsUsed)."""
        if self._lower_words is None:
            # a match runs over letters and marks: after a mark, a place may be inside one
            self._lower_words = WordsUsed(self.text, _LOWER_WORD, inside=_MARK,
                                          no_start_after=_LETTER_OR_DIGIT_ASCII)
        return self._lower_words


    @property
    def mid_sentence_caps(self) -> WordsUsed:
        """Capitalised words the text uses inside a sentence (after a lower-case word or comma, on
        the same line or the next one of a hard-wrapped paragraph)."""
        if self._mid_caps is None:
            # (a match follows a space or a line break, never a character of an earlier match)
            self._mid_caps = WordsUsed(self.text, _MID_CAP)
        return self._mid_caps


def _defined_acronym(text: str, name: str) -> str | None:
    """The acronym in brackets right after the first whole-word ``name`` that has one ("de
    Wereldhandelsorganisatie (WTO)"). The name is found by str.find and only what follows it by
    a pattern, so no pattern is compiled per name."""
    p = text.find(name)
    while p >= 0:
        if p == 0 or _LETTER_OR_DIGIT.match(text, p - 1) is None:
            m = _BRACKETED_ACRONYM.match(text, p + len(name))
            if m is not None:
                return m.group(1)
        p = text.find(name, p + 1)
    return None


def _whole_word(text: str, word: str) -> bool:
    """Does ``text`` hold ``word`` between word boundaries (``\\b``), as ``\\bword\\b`` finds it?"""
    p = text.find(word)
    while p >= 0:
        if _BOUNDARY.match(text, p) is not None and _BOUNDARY.match(text, p + len(word)) is not None:
            return True
        p = text.find(word, p + 1)
    return False


#: what _defined_acronym looks for after a name: "(WTO)"; and the character that may not come before it
_BRACKETED_ACRONYM = regex.compile(r"\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,7})\)")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
#: a word boundary (a match at a position sees the text before it)
_BOUNDARY = regex.compile(r"\b")


class WordsUsed:
    """The words ``pattern`` finds in a text, as ``frozenset(pattern.findall(text))`` would hold
    them, but answered word by word: pass 2 asks about a few dozen capitalised words of a
    document, and finding each where the text has it costs less than a regex pass over all of
    it. ``in`` works as on the set; iterating or ``len`` builds the set.

    An occurrence counts when ``pattern`` matches exactly there. findall would not try a place
    inside one of its earlier matches: ``inside`` tells, from the character before an
    occurrence, that this may be so, and then the set answers. ``no_start_after`` holds
    characters after which the pattern matches nowhere: an occurrence after one is passed over
    without trying the pattern ("d" inside "zaad", "heeft" …: a word of one letter has hundreds
    of such near misses, which would otherwise send it to the whole-text pass)."""

    __slots__ = ("_text", "_pattern", "_inside", "_no_start_after", "_known", "_all")

    def __init__(self, text: str, pattern: "regex.Pattern[str]", inside: "regex.Pattern[str] | None" = None,
                 no_start_after: frozenset[str] = frozenset()):
        self._text = text
        self._pattern = pattern
        self._inside = inside
        self._no_start_after = no_start_after
        self._known: dict[str, bool] = {}
        self._all: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        hit = self._known.get(word)  # type: ignore[arg-type]
        if hit is None:
            hit = self._known[word] = self._used(word)  # type: ignore[index]
        return hit

    def _used(self, word: object) -> bool:
        if self._all is not None or not isinstance(word, str) or not word:
            return word in self.as_set()
        text, inside, blocked = self._text, self._inside, self._no_start_after
        tries = passed = 0
        p = text.find(word)
        while p >= 0:
            if p > 0 and text[p - 1] in blocked and passed < _PASS_TRIES:
                passed += 1  # (no match starts here, nor is this inside one: see no_start_after)
                p = text.find(word, p + 1)
                continue
            # (_MARK finds a combining mark, and none comes before U+0300)
            if tries == _FIND_TRIES or (inside is not None and p > 0 and (inside is not _MARK or text[p - 1] >= "\u0300")
                                        and inside.match(text, p - 1)):
                return word in self.as_set()  # many near misses, or maybe inside a match: one pass
            m = self._pattern.match(text, p)  # (a lookbehind sees the text before p)
            if m is not None and m.end() == p + len(word):
                return True
            tries += 1
            p = text.find(word, p + 1)
        return False

    def as_set(self) -> frozenset[str]:
        if self._all is None:
            self._all = frozenset(self._pattern.findall(self._text))
        return self._all

    def __iter__(self) -> Iterator[str]:
        return iter(self.as_set())

    def __len__(self) -> int:
        return len(self.as_set())


#: occurrences of a word looked at before WordsUsed falls back to the whole-text pass
_FIND_TRIES = 64
#: occurrences passed over by their character before (no_start_after) before they count as tries
_PASS_TRIES = 1024
#: letters and digits of ASCII: \p{L} or \p{N} in every Unicode version, so _LOWER_WORD's
#: lookbehind fails after one (and they are no combining mark, which _MARK looks for)
_LETTER_OR_DIGIT_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _lower_all(words: list[str]) -> list[str]:
    """``[w.lower() for w in words]`` for tokens (which hold no white space), in three calls: a
    space between them keeps each one's lower case what it is alone (a final sigma looks past
    case-ignorable characters only, and a space is none)."""
    return " ".join(words).lower().split(" ") if words else []


def _build_view(text: str, qranges: list[tuple[int, int]], word_re, s: Sentence) -> SentenceView:
    """The view of sentence ``s``: its tokens, each quotation (``qranges``) one QMARK token."""
    items: list[Tok] = []
    quote_at: dict[int, int] = {}
    pos = s.start
    qi = bisect.bisect_left(qranges, (s.start, -1))
    while qi < len(qranges) and qranges[qi][0] < s.end:
        qs, qe = qranges[qi]
        items.extend(tokenize(text, pos, qs, word_re))
        quote_at[len(items)] = qi
        items.append(Tok(qs, qe, QMARK, QMARK))
        pos = qe
        qi += 1
    if pos < s.end:
        items.extend(tokenize(text, pos, s.end, word_re))
    return SentenceView(s, items, quote_at)


class _LazyViews:
    """Sentence views built on first use: most sentences of a news article are never looked at.
    (It keeps what a view is built from, not the analysis, which holds it: without a reference
    cycle a document's tokens are freed as soon as it is done, not by a garbage collection.)"""

    def __init__(self, an: "DocumentAnalysis"):
        self._text, self._qranges, self._word_re, self._sents = an.text, an.qranges, an.word_re, an.sents
        self._cache: list[SentenceView | None] = [None] * len(an.sents)
        #: the token texts plain_words found in a sentence without quotations, which its view's
        #: tokens then reuse
        self.found: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return len(self._cache)

    def built(self, si: int) -> SentenceView | None:
        """The view of sentence ``si`` if something has asked for it already, else None."""
        return self._cache[si]

    def __getitem__(self, si: int) -> SentenceView:
        v = self._cache[si]
        if v is None:
            words = self.found.pop(si, None) if self.found else None
            if words is not None:  # (a sentence without quotations: one run of tokens)
                s = self._sents[si]
                v = self._cache[si] = SentenceView(s, tokenize_found(self._text, s.start, words), {})
            else:
                v = self._cache[si] = _build_view(self._text, self._qranges, self._word_re, self._sents[si])
        return v

    def __iter__(self):
        return (self[i] for i in range(len(self._cache)))


def _qend(q: QuoteSpan) -> int:
    if q.close_pos >= 0:
        return q.close_pos + len(q.close_mark or "")
    return q.end


# --------------------------------------------------------------------------- classification


#: a word in lower case: a lower-case letter after no letter, digit, apostrophe or hyphen, then letters
#: and marks. (The lookbehind comes after the first letter, which it then spans: the same matches
#: as "(?<![\p{L}\p{N}'’-])\p{Ll}…", but the engine tries it only at a lower-case letter.)
_LOWER_WORD = regex.compile(r"\p{Ll}(?<![\p{L}\p{N}'’-]\p{Ll})[\p{L}\p{M}]*+")


_MID_CAP = regex.compile(r"(?<=[\p{Ll},][ \n])\p{Lu}[\p{L}\p{M}'’-]*+(?=[^\p{L}\p{M}'’-]|$)")
#: a combining mark (see DocumentAnalysis.lower_words)
_MARK = regex.compile(r"\p{M}")
