"""Pass 2 and the document pipeline: classify quoted spans (direct / partial / other), find
indirect speech, link each quote to its cue and speaker through ordered, named sieves, and
resolve the speaker to the fullest name in the document.

Sieves (name → confidence), tried in order for each quoted span:
  cue-after      “…”, zegt/aldus X          0.95
  impersonal     “…”, klinkt het            0.80 (carries the last speaker)
  colon          X: “…” / X zei: “…”        0.90
  cue-in-clause  X noemt het “…” / zei X dat “…” / volgens X “…”   0.85
  dat-zegt       “…” Dat zegt X.            0.85
  continuation   quote-only stretch after a quote          0.70
  preceding      subject of the sentence before            0.50
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import Sequence

import regex

from . import segment, spans
from .cues import (
    Phrase,
    Tok,
    VerbCue,
    cue_span,
    impersonal_at,
    phrase_at,
    phrase_mention,
    tokenize,
    verb_cues,
)
from .lang import LanguageData, load_language
from .model import Cue, Document, Mention, Quote, QuoteSpan, Sentence
from .resolve import Resolver, description_text, organisation_name

QMARK = "\ue000"  # placeholder token standing for a whole quotation inside a sentence
_CLAUSE_BREAK = frozenset(",;:()")
_CONJ = frozenset(("en", "maar", "want", "omdat", "terwijl", "nadat", "zodat", "toen", "als", "hoewel", "waarna", "of"))
_SENT_PUNCT = ".!?…"
_PREPOSITIONS = frozenset(("in", "van", "uit", "naar", "met", "voor", "bij", "op", "aan", "over", "door", "tegen",
                           "zonder", "tussen", "onder", "rond", "richting", "vanuit", "namens", "nabij"))
#: endings of Dutch nouns for people ("raadsvrouw", "woordvoerder", "deskundige" excluded)
_PERSON_NOUN_ENDINGS = ("man", "vrouw", "voerder", "voerster", "ster", "aar", "eur", "ist", "loog", "kundige", "lid",
                        "ers", "mensen", "leden")
_SUBJECT_PRONOUNS = frozenset(("hij", "ie", "zij", "ze", "wij", "we", "ik", "men"))


@dataclass(slots=True)
class Attribution:
    mention: Mention | None
    cue: Cue | None
    sieve: str
    confidence: float
    carry: bool = False  # take the previous quote's speaker


@dataclass(slots=True)
class SentenceView:
    sent: Sentence
    items: list[Tok]          # tokens with each quotation collapsed into one QMARK token
    quote_at: dict[int, int]  # item index → quote index
    _facts: "Facts | None" = None

    def facts(self, lang: LanguageData) -> "Facts":
        """What pass 2 asks of a sentence, computed once, so that a sentence with thousands of
        quotes is not rescanned for each of them."""
        if self._facts is None:
            items = self.items
            n = len(items)
            vcs = [vc for vc in verb_cues(items, lang) if items[vc.i].text != QMARK]
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
        self.paras = segment.paragraphs(text)
        self.qspans: list[QuoteSpan] = spans.detect(text, self.paras, lang)
        self.qranges = [(q.open_pos, _qend(q)) for q in self.qspans]
        self.qspans_starts = [q.start for q in self.qspans]
        self.sents = segment.sentences(text, self.paras, lang, self.qranges)
        self.sent_starts = [s.start for s in self.sents]
        self.views = _LazyViews(self)
        self._lower_words: frozenset[str] | None = None
        self._mid_caps: frozenset[str] | None = None
        self.kinds: list[str] = []
        self.quote_sent: dict[int, tuple[int, int]] = {}
        for si in sorted({self.sentence_index(qs) for qs, _ in self.qranges}):
            for ii, qi in self.views[si].quote_at.items():
                self.quote_sent[qi] = (si, ii)

    def _view(self, s: Sentence) -> SentenceView:
        items: list[Tok] = []
        quote_at: dict[int, int] = {}
        pos = s.start
        qi = bisect.bisect_left(self.qranges, (s.start, -1))
        while qi < len(self.qranges) and self.qranges[qi][0] < s.end:
            qs, qe = self.qranges[qi]
            items.extend(tokenize(self.text, pos, qs))
            quote_at[len(items)] = qi
            items.append(Tok(qs, qe, QMARK, QMARK))
            pos = qe
            qi += 1
        if pos < s.end:
            items.extend(tokenize(self.text, pos, s.end))
        return SentenceView(s, items, quote_at)

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)


    @property
    def lower_words(self) -> frozenset[str]:
        """Every word the text uses in lower case ("kermisexploitant"), to tell a capitalised
        common noun at a sentence start from a name."""
        if self._lower_words is None:
            self._lower_words = frozenset(_LOWER_WORD.findall(self.text))
        return self._lower_words


    @property
    def mid_sentence_caps(self) -> frozenset[str]:
        """Capitalised words the text uses inside a sentence (after a lower-case word or comma)."""
        if self._mid_caps is None:
            self._mid_caps = frozenset(_MID_CAP.findall(self.text))
        return self._mid_caps


class _LazyViews:
    """Sentence views built on first use: most sentences of a news article are never looked at."""

    def __init__(self, an: "DocumentAnalysis"):
        self._an = an
        self._cache: list[SentenceView | None] = [None] * len(an.sents)

    def __len__(self) -> int:
        return len(self._cache)

    def __getitem__(self, si: int) -> SentenceView:
        v = self._cache[si]
        if v is None:
            v = self._cache[si] = self._an._view(self._an.sents[si])
        return v

    def __iter__(self):
        return (self[i] for i in range(len(self._cache)))


def _qend(q: QuoteSpan) -> int:
    if q.close_pos >= 0:
        return q.close_pos + len(q.close_mark or "")
    return q.end


# --------------------------------------------------------------------------- classification

def classify(an: DocumentAnalysis, qi: int) -> str:
    """direct (a clause or more), partial (a fragment in the narrator's sentence), other (not speech)."""
    q = an.qspans[qi]
    lang = an.lang
    if q.introducer in (":", "-"):
        return "direct"
    if qi not in an.quote_sent:
        return "direct"
    si, ii = an.quote_sent[qi]
    view = an.views[si]
    items = view.items
    facts = view.facts(lang)
    first_content, last_word, has_cue = facts.first_content, facts.last_word, facts.has_cue
    words = [w for w in q.text.split() if any(c.isalnum() for c in w)]
    nwords = len(words)
    if nwords == 0:
        return "other"
    first_alpha = next((c for c in q.text if c.isalpha()), "")
    starts_upper = first_alpha.isupper()
    cue_after = _cue_after(an, items, ii) is not None
    at_start = first_content >= ii or (ii > 0 and items[ii - 1].text == ":")
    after_cue_clause = _after_interruption(an, items, ii)
    caps = sum(1 for w in words if w[0].isupper())
    titlecase = nwords >= 2 and caps / nwords >= 0.6 and not q.text.rstrip().endswith((".", "?", "!"))
    prev_word = next((items[k].lower for k in range(ii - 1, max(-1, ii - 8), -1) if items[k].is_word), "")
    if prev_word in lang.other_markers or (prev_word in lang.organisations and starts_upper):
        return "other"  # "de film ‘Zwartboek’", "de stichting ‘Europa Centrum’": a name
    if at_start or after_cue_clause:
        if cue_after or after_cue_clause:
            return "direct" if not (titlecase and nwords <= 4 and not cue_after) else "other"
        if nwords == 1 and not q.text.rstrip().endswith((".", "!", "?")):
            return "other"
        if titlecase:
            return "other"
        if last_word < ii or starts_upper and nwords >= 3:
            return "direct"
        return "partial" if nwords >= 3 else "other"
    # embedded in the narrator's sentence
    if titlecase or (starts_upper and nwords <= 3 and caps == nwords):
        return "other"
    if _list_of_quotes(items, ii):
        return "other"
    if has_cue:
        return "partial"
    if nwords >= 4:
        return "partial"
    return "other"


def _list_of_quotes(items: Sequence[Tok], ii: int) -> bool:
    """‘a’, ‘b’ en ‘c’: an enumeration of quoted terms."""
    def neighbour(k: int) -> bool:
        return 0 <= k < len(items) and items[k].text == QMARK
    return (neighbour(ii - 2) and items[ii - 1].text in (",",) + ("en", "of")) or (
        neighbour(ii + 2) and items[ii + 1].lower in (",", "en", "of"))


def _after_interruption(an: DocumentAnalysis, items: Sequence[Tok], ii: int) -> bool:
    """“A”, zei hij, “B”: the second part follows a quote and a cue clause only."""
    k = ii - 1
    while k >= 0 and items[k].text != QMARK:
        k -= 1
    if k < 0:
        return False
    between = items[k + 1 : ii]
    if not between or len(between) > 12:
        return False
    return _cue_after(an, items, k) is not None


# --------------------------------------------------------------------------- cues around a quote

def _cue_after(an: DocumentAnalysis, items: Sequence[Tok], ii: int) -> Attribution | None:
    """“…”, zegt X / aldus X / klinkt het / zo zei X."""
    lang = an.lang
    j = ii + 1
    n = len(items)
    while j < n and items[j].text in ",?!…-–—":
        j += 1
    if j >= n:
        return None
    if items[j].lower == "zo" and j + 1 < n:
        j += 1
    t = items[j]
    e = impersonal_at(items, j, lang)
    if e > j:
        return Attribution(None, Cue(items[j].start, items[e - 1].end, an.text[items[j].start:items[e - 1].end], "impersonal"),
                           "impersonal", 0.8, carry=True)
    if t.lower == "aldus":
        ph = phrase_at(items, j + 1, lang)
        if ph:
            return Attribution(phrase_mention(an.text, items, ph, lang), Cue(t.start, t.end, t.text, "aldus"), "cue-after", 0.95)
        return None
    vcs = verb_cues(items, lang, j, min(n, j + 14))
    if not vcs and items[j].lower in lang.verb_forms:
        vcs = [VerbCue(j, lang.verb_forms[items[j].lower][0], None, j + 1)]
    if vcs and vcs[0].i == j:
        vc = vcs[0]
        ph = phrase_at(items, j + 1, lang)
        if ph is None and j + 2 < n and items[j + 1].is_word and items[j + 1].lower in lang.function_words:
            ph = phrase_at(items, j + 2, lang)  # "zegt ook Jan", "zei nu de minister"
        if ph:
            return Attribution(phrase_mention(an.text, items, ph, lang), cue_span(an.text, items, vc), "cue-after", 0.95)
    # "“…”, Jan de Vries zei." (subject before verb)
    ph = phrase_at(items, j, lang)
    if ph and ph.end_i < n:
        vcs = verb_cues(items, lang, ph.end_i, min(n, ph.end_i + 1))
        if vcs:
            return Attribution(phrase_mention(an.text, items, ph, lang), cue_span(an.text, items, vcs[0]), "cue-after", 0.9)
    return None


def subject_of(an: DocumentAnalysis, items: Sequence[Tok], vc: VerbCue) -> Phrase | None:
    """The subject of a speech verb: the phrase ending right before it (from the clause start)
    or, with inversion, the phrase right after it; 'die' points back to the phrase before it."""
    lang = an.lang
    vi = vc.i
    cs = vi
    while cs > 0 and items[cs - 1].text not in _CLAUSE_BREAK and items[cs - 1].text != QMARK \
            and items[cs - 1].lower not in _CONJ and items[cs - 1].lower != "dat":
        cs -= 1
    while cs < vi - 1 and items[cs].lower in lang.function_words and items[cs].lower not in lang.determiners \
            and items[cs].lower not in lang.pronouns and items[cs].lower not in _PREPOSITIONS:
        cs += 1  # "Ook Piet Bakker noemt", "Maar de minister zegt"
    # "X, die zegt dat": relative pronoun → the phrase before the comma
    if cs < vi and items[cs].lower == "die" and cs + 1 == vi:
        k = cs - 1
        while k >= 0 and items[k].text in ",":
            k -= 1
        for start in range(max(0, k - 8), k + 1):
            ph = phrase_at(items, start, lang, sentence_start=start == 0)
            if ph and ph.end_i == k + 1 and ph.kind != "pronoun":
                return ph
        return None
    aft = phrase_at(items, vi + 1, lang)
    if aft is not None and aft.kind == "pronoun" and items[vi + 1].lower in _SUBJECT_PRONOUNS:
        return aft  # V2 inversion: "Afgemeten zegt ze", "Daarom zei hij"
    if aft is not None and aft.kind == "name" and cs < vi and items[cs].is_cap and not (
            items[vi - 1].lower in lang.pronouns):
        # V2: "Telefonisch geeft Jesper toe", "Vorige week kondigde Jan aan": whatever opens the
        # clause, a name right after the finite verb is its subject
        return aft
    for start in range(cs, vi):
        ph = phrase_at(items, start, lang, sentence_start=start == 0)
        if ph is None:
            if start == cs:
                # an adverbial opens the clause: inverted subject after the verb
                break
            continue
        if ph.end_i == vi or (ph.end_i < vi and items[ph.end_i].text == "(" and _paren_to(items, ph.end_i) == vi):
            return ph
        if start == cs:
            break
    aft = phrase_at(items, vi + 1, lang)
    if aft is not None:
        return aft
    if vi + 2 < len(items) and items[vi + 1].lower in ("er", "ook", "nu", "wel", "echter", "dan", "toen"):
        ph = phrase_at(items, vi + 2, lang)
        if ph is not None:
            return ph
    reports = vi + 1 < len(items) and items[vi + 1].lower in ("dat", "of", ":")
    if cs > 0 and items[cs - 1].text == "," and reports:
        # "Voorzitter X (51) van de stichting Y, die zich …, zegt dat …": after a relative clause
        # the verb's subject is the phrase that opens the sentence
        k = 0
        while k < cs and items[k].lower in lang.function_words and items[k].lower not in lang.determiners:
            k += 1
        ph = phrase_at(items, k, lang, sentence_start=k == 0)
        if ph is not None and (ph.kind == "name" or _speakerish(ph, items, lang)):
            return ph
    return None


def _paren_to(items: Sequence[Tok], k: int) -> int:
    depth = 0
    for j in range(k, min(len(items), k + 12)):
        if items[j].text == "(":
            depth += 1
        elif items[j].text == ")":
            depth -= 1
            if depth == 0:
                return j + 1
    return -1


def _cue_in_clause(an: DocumentAnalysis, view: SentenceView, ii: int) -> Attribution | None:
    """A speech verb, 'volgens X' or 'aldus X' elsewhere in the quote's own sentence."""
    lang = an.lang
    items = view.items
    facts = view.facts(lang)
    n = len(items)
    # volgens X
    for k in facts.volgens:
        t = items[k]
        if k + 1 < n:
            ph = phrase_at(items, k + 1, lang)
            if ph and _speakerish(ph, items, lang):
                return Attribution(phrase_mention(an.text, items, ph, lang), Cue(t.start, t.end, t.text, "volgens"),
                                   "cue-in-clause", 0.85)
    # speech verbs outside quotes, nearest to the quote first
    for vc in sorted(facts.verb_cues, key=lambda vc: abs(vc.i - ii)):
        ph = subject_of(an, items, vc)
        if ph:
            return Attribution(phrase_mention(an.text, items, ph, lang), cue_span(an.text, items, vc), "cue-in-clause", 0.85)
    for k in facts.aldus:
        t = items[k]
        if k > ii:
            ph = phrase_at(items, k + 1, lang)
            if ph:
                return Attribution(phrase_mention(an.text, items, ph, lang), Cue(t.start, t.end, t.text, "aldus"),
                                   "cue-in-clause", 0.85)
    return None


def _speakerish(ph: Phrase, items: Sequence[Tok], lang: LanguageData) -> bool:
    """'volgens hem', 'volgens Jan', 'volgens de politie' — not 'volgens de regels'."""
    if ph.kind in ("pronoun", "name", "organisation"):
        return True
    words = [items[k].lower for k in range(ph.start_i, ph.end_i)]
    return any(w in lang.titles or w in lang.organisations or w.rsplit("-", 1)[-1] in lang.titles
               or w.endswith(_PERSON_NOUN_ENDINGS) for w in words)


def _colon(an: DocumentAnalysis, items: Sequence[Tok], ii: int) -> Attribution | None:
    """X: “…” / De minister zei: “…” / aldus een woordvoerder: “…” / Minister X wil niet vooruitlopen: “…”."""
    lang = an.lang
    if ii == 0 or items[ii - 1].text != ":":
        return None
    colon = items[ii - 1]
    colon_cue = Cue(colon.start, colon.end, ":", "colon")
    k = ii - 1
    cs = k
    while cs > 0 and items[cs - 1].text not in _SENT_PUNCT and items[cs - 1].text != QMARK:
        cs -= 1
    vcs = verb_cues(items, lang, cs, k)
    if vcs:
        vc = vcs[-1]
        ph = subject_of(an, items, vc)
        if ph:
            return Attribution(phrase_mention(an.text, items, ph, lang), cue_span(an.text, items, vc), "colon", 0.9)
    for k2 in range(cs, k):
        if items[k2].lower == "aldus":
            ph = phrase_at(items, k2 + 1, lang)
            if ph:
                return Attribution(phrase_mention(an.text, items, ph, lang), colon_cue, "colon", 0.9)
    # the whole clause before the colon is the speaker: "Van Wijk:", "De woordvoerder van de bond:"
    ph = phrase_at(items, cs, lang, sentence_start=True)
    if ph and ph.end_i == k:
        return Attribution(phrase_mention(an.text, items, ph, lang), colon_cue, "colon", 0.9)
    # a person apposed right before the colon: "… gevolgd door Wim Dries, burgemeester van Genk:"
    app = _apposed_before_colon(items, cs, k, lang)
    if app is not None:
        return Attribution(phrase_mention(an.text, items, app, lang), colon_cue, "colon", 0.85)
    # the clause's subject speaks: "Minister Schouten wil er niet op vooruitlopen:", "Hij wordt emotioneel:"
    if ph and (ph.kind in ("name", "pronoun", "organisation") or _speakerish(ph, items, lang)):
        return Attribution(phrase_mention(an.text, items, ph, lang), colon_cue, "colon-subject", 0.7)
    if ph is None:
        # V2 order: an adverbial opens the clause and the subject follows the finite verb
        # ("Gevraagd om een reactie stuurt Airbnb een passage uit de regels:")
        for x in range(cs + 1, k):
            if items[x].is_cap and items[x - 1].lower not in _PREPOSITIONS and items[x - 1].lower not in lang.determiners:
                ph = phrase_at(items, x, lang)
                if ph is not None and ph.kind in ("name", "organisation"):
                    return Attribution(phrase_mention(an.text, items, ph, lang), colon_cue, "colon-subject", 0.6)
                break
    return None


def _apposed_before_colon(items: Sequence[Tok], cs: int, k: int, lang: LanguageData) -> Phrase | None:
    """'NAME, TITLE …:' closing the clause before a colon: that name speaks."""
    for c in range(k - 1, max(cs, k - 9), -1):
        if items[c].text != ",":
            continue
        if not any(items[x].lower in lang.titles for x in range(c + 1, k)):
            return None
        for start in range(max(cs, c - 5), c):
            ph = phrase_at(items, start, lang)
            if ph is not None and ph.kind == "name" and ph.end_i == c:
                return ph
        return None
    return None


def _label(an: DocumentAnalysis, items: Sequence[Tok], ii: int) -> Attribution | None:
    """Interview transcripts: a speaker label in capitals opens the paragraph ("EGBERT LACHAERT «…»")."""
    if not 1 <= ii <= 4:
        return None
    pre = items[:ii]
    if not all(t.is_word and t.text.isupper() and len(t.text) > 1 for t in pre):
        return None
    s, e = pre[0].start, pre[-1].end
    head = " ".join(w.capitalize() if w.lower() not in an.lang.particles else w.lower() for w in an.text[s:e].split())
    return Attribution(Mention(s, e, an.text[s:e], kind="name", head=head), None, "label", 0.9)


def _dat_zegt(an: DocumentAnalysis, si: int) -> Attribution | None:
    """“…” Dat zegt X. — the next sentence names the speaker."""
    if si + 1 >= len(an.views):
        return None
    v = an.views[si + 1]
    items = v.items
    if len(items) < 3 or items[0].lower not in ("dat", "dit", "zo"):
        return None
    vcs = verb_cues(items, an.lang, 1, 2)
    if not vcs:
        return None
    ph = phrase_at(items, 2, an.lang)
    if ph is None:
        return None
    return Attribution(phrase_mention(an.text, items, ph, an.lang), cue_span(an.text, items, vcs[0]), "dat-zegt", 0.85)


# --------------------------------------------------------------------------- indirect speech

@dataclass(slots=True)
class Indirect:
    start: int
    end: int
    attribution: Attribution
    paragraph: int


def _content_end(an: DocumentAnalysis, items: Sequence[Tok], lo: int, hi: int) -> int:
    """Offset after the last content token in items[lo:hi], dropping final punctuation."""
    k = hi
    while k > lo and (items[k - 1].text in _SENT_PUNCT or items[k - 1].text in "\"'”’»)"):
        k -= 1
    return items[k - 1].end if k > lo else -1


def find_indirect(an: DocumentAnalysis) -> list[Indirect]:
    """zegt/zei/meldt … dat …, volgens X …, …, aldus X and …, zegt X without quote marks."""
    lang = an.lang
    out: list[Indirect] = []
    for si, sent in enumerate(an.sents):
        if not lang.has_cue_word(sent.text):
            continue
        v = an.views[si]
        items = v.items
        n = len(items)
        if n < 3:
            continue
        done = False
        # 1. speech verb + dat/of
        for vc in verb_cues(items, lang):
            k = vc.end_i
            limit = min(n, k + 14)
            while k < limit and items[k].lower not in ("dat", "of") and items[k].text not in ",;:.!?" + QMARK:
                k += 1
            if k >= limit or items[k].lower not in ("dat", "of"):
                continue
            if items[k].lower == "of" and vc.verb.cls != "ask":
                continue
            c0 = k + 1
            if c0 >= n or items[c0].text == QMARK:
                continue  # "zei dat “…”": a partial quote, not indirect speech
            end = _content_end(an, items, c0, n)
            if end <= items[c0].start:
                continue
            if _quoted_share(items, c0, n) > 0.5:
                continue
            ph = subject_of(an, items, vc)
            mention = phrase_mention(an.text, items, ph, lang) if ph else None
            out.append(Indirect(items[c0].start, end, Attribution(mention, cue_span(an.text, items, vc), "indirect-verb", 0.8),
                                v.sent.paragraph))
            done = True
            break
        if not done:
            ind = _te_infinitive(an, v)
            if ind is not None:
                out.append(ind)
                done = True
        if done:
            continue
        # 2. volgens X
        for k, t in enumerate(items):
            if t.lower != "volgens" or k + 1 >= n:
                continue
            ph = phrase_at(items, k + 1, lang)
            if not ph or not _speakerish(ph, items, lang):
                continue
            if k == 0:
                c0 = ph.end_i
                while c0 < n and items[c0].text == ",":
                    c0 += 1
            else:
                c0 = 0
            if c0 >= n or _quoted_share(items, c0, n) > 0.3:
                break
            end = _content_end(an, items, c0, n)
            if end > items[c0].start:
                out.append(Indirect(items[c0].start, end, Attribution(phrase_mention(an.text, items, ph, lang),
                           Cue(t.start, t.end, t.text, "volgens"), "indirect-volgens", 0.75), v.sent.paragraph))
                done = True
            break
        if done:
            continue
        # 3. "…, aldus X." / "…, zegt X." without quote marks
        for k in range(2, n - 1):
            if items[k - 1].text != "," or _quoted_share(items, 0, k - 1) > 0.3:
                continue
            t = items[k]
            ph = None
            cue = None
            if t.lower == "aldus":
                ph = phrase_at(items, k + 1, lang)
                cue = Cue(t.start, t.end, t.text, "aldus")
            else:
                vcs = verb_cues(items, lang, k, k + 1)
                if vcs and vcs[0].verb.cls in ("say", "think", "write"):
                    ph = phrase_at(items, k + 1, lang)
                    cue = cue_span(an.text, items, vcs[0])
            if ph is None or not (ph.end_i >= n - 1 or items[ph.end_i].text in ",." or lang.is_temporal(items[ph.end_i].text)):
                continue
            if sum(1 for x in items[: k - 1] if x.is_word) < 2:
                continue
            end = items[k - 2].end
            out.append(Indirect(items[0].start, end, Attribution(phrase_mention(an.text, items, ph, lang), cue,
                                                                 "indirect-after", 0.75), v.sent.paragraph))
            break
    return out


def _te_infinitive(an: DocumentAnalysis, v: SentenceView) -> Indirect | None:
    """'Hij zegt de juiste contacten te hebben', 'gaven aan de voorkeur te geven aan …':
    a say-verb whose clause ends in 'te' + infinitive; the content runs from after the verb
    (and an inverted subject) to the end of the sentence."""
    items = v.items
    n = len(items)
    lang = an.lang
    for vc in verb_cues(items, lang):
        if vc.verb.cls not in ("say", "announce"):
            continue
        ph = subject_of(an, items, vc)
        c0 = vc.end_i
        if ph is not None and ph.start_i == c0:
            c0 = ph.end_i
        while c0 < n and items[c0].text in ",":
            c0 += 1
        last = n
        while last > c0 and not items[last - 1].is_word:
            last -= 1
        if last - c0 < 3 or any(t.text in (QMARK, ",", ";", ":") for t in items[c0:last]):
            continue
        te = [k for k in range(c0, last - 1) if items[k].lower == "te" and items[k + 1].lower.endswith("en")]
        if not te or te[0] - c0 > 8:
            continue  # "gaven aan de voorkeur te geven aan …": te + infinitive close to the verb
        mention = phrase_mention(an.text, items, ph, lang) if ph else None
        return Indirect(items[c0].start, items[last - 1].end,
                        Attribution(mention, cue_span(an.text, items, vc), "indirect-te", 0.65), v.sent.paragraph)
    return None


def _quoted_share(items: Sequence[Tok], lo: int, hi: int) -> float:
    if hi <= lo:
        return 0.0
    total = items[hi - 1].end - items[lo].start
    quoted = sum(t.end - t.start for t in items[lo:hi] if t.text == QMARK)
    return quoted / max(1, total)


# --------------------------------------------------------------------------- the document pass

def attribute_document(document: Document, lang: LanguageData | None = None) -> list[Quote]:
    """Every quotation of every kind in ``document``, with speakers, in text order."""
    lang = lang or load_language("nl")
    an = DocumentAnalysis(document, lang)
    resolver = Resolver(lang)
    kinds = an.kinds = [classify(an, qi) for qi in range(len(an.qspans))]

    records: list[tuple[int, int, str, int, int | None, Attribution | None]] = []
    for qi, q in enumerate(an.qspans):
        att = None
        if kinds[qi] != "other":
            att = _attribute_quote(an, qi, kinds)
        records.append((q.start, q.end, kinds[qi], q.paragraph, q.group, att))
    for ind in find_indirect(an):
        records.append((ind.start, ind.end, "indirect", ind.paragraph, None, ind.attribution))
    records.sort(key=lambda r: (r[0], r[1]))
    if any(r[2] != "other" for r in records):
        _collect_names(an, resolver)  # only a document with speech needs its cast of names

    quotes: list[Quote] = []
    last: tuple[str | None, Mention | None, str | None, str | None] | None = None
    last_para = -10
    last_pos = 0
    split_group = _split_groups(an, kinds)
    for start, end, kind, para, group, att in records:
        speaker = mention = skind = role = None
        cue = None
        sieve = None
        conf = 0.0
        if kind != "other" and att is not None:
            cue = att.cue
            sieve = att.sieve
            conf = att.confidence
            if att.carry or att.mention is None:
                if last is not None and para - last_para <= 2:
                    speaker, mention, skind, role = last
                    conf = min(conf, 0.75) if att.carry else conf
                else:
                    conf = 0.3 if att.carry else conf
            else:
                mention = att.mention
                if mention.kind == "pronoun" and mention.text.lower() in ("ze", "zij") and cue is not None:
                    number = "pl" if cue.text.split()[0].lower().endswith("en") else "f"
                    mention = replace(mention, gender=number)
                speaker, skind, role = _resolve(an, resolver, mention, last,
                                                label=att.sieve in ("colon", "label") and cue is not None
                                                and cue.kind == "colon")
            if speaker is None and not att.carry and att.mention is not None:
                conf = min(conf, 0.4)
        if kind == "direct" and att is None and _is_turn(an, start):
            if an.text[start:end].rstrip().endswith("?"):
                sieve, conf = "interviewer", 0.6  # a reporter's question: no named speaker
                quotes.append(_record(document, an, start, end, kind, para, group, None, None, None, None,
                                      None, conf, sieve))
                continue
            if last is None:
                ent = resolver.antecedent(start, None, window=100_000)
                if ent is not None:
                    speaker, skind, role = ent.name, ent.kind, (ent.roles[0] if ent.roles else None)
                    sieve, conf = "interviewee", 0.6
        if kind != "other" and kind in ("direct", "partial") and att is None and speaker is None:
            fallback = _preceding(an, start)
            if fallback is not None:
                mention = fallback.mention
                speaker, skind, role = _resolve(an, resolver, fallback.mention, last)
                sieve, conf, cue = fallback.sieve, fallback.confidence, fallback.cue
            if speaker is None and last is not None and (para - last_para <= 1 or (
                    para - last_para <= 3 and not _new_person_between(resolver, last_pos, start, last[0]))):
                speaker, mention, skind, role = last
                sieve, conf, cue = "continuation", 0.7, None
            if speaker is None and kind == "direct":
                # last resort: the person the text was just talking about
                ent = resolver.antecedent(start, None, window=600)
                if ent is not None and ent.kind != "organisation":
                    speaker, skind, role = ent.name, ent.kind, (ent.roles[0] if ent.roles else None)
                    sieve, conf, cue, mention = "nearest-person", 0.3, None, None
        if kind != "other" and speaker is not None:
            last = (speaker, mention, skind, role)
            last_para = para
            last_pos = end
        gid = group
        if kind in ("direct", "partial"):
            gid = split_group.get((start, end), group)
        quotes.append(_record(document, an, start, end, kind, para, gid, speaker, mention, skind, role, cue,
                              conf, sieve))
    return _share_group_speakers(quotes)


def _record(document: Document, an: DocumentAnalysis, start: int, end: int, kind: str, para: int,
            group: int | None, speaker: str | None, mention: Mention | None, skind: str | None,
            role: str | None, cue: Cue | None, conf: float, sieve: str | None) -> Quote:
    return Quote(
        doc=document.id, start=start, end=end, text=an.text[start:end], kind=kind,
        speaker=speaker,
        speaker_mention=mention.text if mention else None,
        speaker_start=mention.start if mention else None,
        speaker_end=mention.end if mention else None,
        speaker_kind=skind, speaker_role=role,
        cue=cue.text if cue else None, cue_start=cue.start if cue else None, cue_end=cue.end if cue else None,
        confidence=round(conf, 2), sieve=sieve, group=group, paragraph=para,
    )


def _is_turn(an: DocumentAnalysis, start: int) -> bool:
    """Is the quote at ``start`` a dialogue turn (a paragraph opened by a dash)?"""
    qi = bisect.bisect_left(an.qspans_starts, start)
    return qi < len(an.qspans) and an.qspans[qi].start == start and an.qspans[qi].introducer == "-"


def _new_person_between(resolver: Resolver, a: int, b: int, speaker: str | None) -> bool:
    """True when a person other than ``speaker`` is named between offsets a and b."""
    return any(ent.person and ent.name != speaker for _, ent in resolver.between(a, b))


def _preceding(an: DocumentAnalysis, pos: int) -> Attribution | None:
    """A quote with no cue of its own, after a narrator sentence (no quotation in it) in the
    same paragraph, or closing the paragraph before when the quote opens its paragraph: the
    subject of that sentence's speech verb, else the person it is about (a name or pronoun
    among its first words, not after a preposition)."""
    si = an.sentence_index(pos)
    if si == 0:
        return None
    prev = an.views[si - 1]
    items = prev.items
    para = an.sents[si].paragraph
    if prev.sent.paragraph != para and not (prev.sent.paragraph == para - 1 and an.sents[si].start >= pos - 4):
        return None
    if any(t.text == QMARK and an.kinds[prev.quote_at[k]] != "other" for k, t in enumerate(items)) \
            or prev.sent.text.rstrip().endswith("?"):
        return None
    for vc in verb_cues(items, an.lang):
        ph = subject_of(an, items, vc)
        if ph and (ph.kind in ("name", "pronoun", "organisation") or _speakerish(ph, items, an.lang)):
            return Attribution(phrase_mention(an.text, items, ph, an.lang), cue_span(an.text, items, vc), "preceding-cue", 0.6)
    for k in range(0, min(len(items), 7)):
        if k > 0 and (items[k - 1].lower in _PREPOSITIONS or k > 1 and items[k - 1].lower in an.lang.determiners
                      and items[k - 2].lower in _PREPOSITIONS):
            continue
        t = items[k]
        if not (t.is_cap or t.lower in an.lang.pronouns):
            continue
        ph = phrase_at(items, k, an.lang, sentence_start=k == 0)
        if ph is None:
            continue
        if ph.kind == "pronoun" and items[k].lower in _SUBJECT_PRONOUNS:
            return Attribution(phrase_mention(an.text, items, ph, an.lang), None, "preceding", 0.5)
        if ph.kind == "name" and ph.name_i is not None:
            m = phrase_mention(an.text, items, ph, an.lang)
            if k > 0 or len(m.head.split()) > 1 or _known_elsewhere(an, m.head):
                return Attribution(m, None, "preceding", 0.5)
        if k == 0 and ph.kind == "description" and _speakerish(ph, items, an.lang):
            # "Een andere bewoonster kan er niet over uit. ‘…’"
            return Attribution(phrase_mention(an.text, items, ph, an.lang), None, "preceding", 0.45)
    return None


def _credible_name(an: DocumentAnalysis, m: Mention, *, strict: bool = True) -> bool:
    """A one-word name nobody else in the text uses is only a name when it is not a common
    word capitalised by its position ("Erger vindt …", "Ministers vreesden …")."""
    return bool(m.role) or _credible_head(an, m.head, strict=strict)


def _credible_head(an: DocumentAnalysis, head: str, *, strict: bool = True) -> bool:
    words = head.split()
    if len(words) > 1 or words[0] in an.lang.first_names:
        return True
    word = words[0]
    if word.lower() in an.lower_words or word.lower() in an.lang.function_words:
        return False
    if word.endswith(("se", "sche")) and not word.isupper():
        return False  # "Afrikaanse", "Bredase": an adjective
    return not strict or _known_elsewhere(an, word) or word.isupper()


def _known_elsewhere(an: DocumentAnalysis, head: str) -> bool:
    """A one-word name at a sentence start counts when the text uses it mid-sentence too."""
    return head in an.mid_sentence_caps


def _split_groups(an: DocumentAnalysis, kinds: list[str]) -> dict[tuple[int, int], int]:
    """“A”, zei hij, “B”: both parts get one group id (multi-paragraph groups keep theirs)."""
    out: dict[tuple[int, int], int] = {}
    base = 1000
    for qi, q in enumerate(an.qspans):
        if qi not in an.quote_sent or kinds[qi] == "other":
            continue
        si, ii = an.quote_sent[qi]
        if _after_interruption(an, an.views[si].items, ii):
            k = ii - 1
            items = an.views[si].items
            while items[k].text != QMARK:
                k -= 1
            prev = an.qspans[an.views[si].quote_at[k]]
            gid = out.get((prev.start, prev.end)) or prev.group or base + qi
            out[(prev.start, prev.end)] = gid
            out[(q.start, q.end)] = gid
    return out


def _share_group_speakers(quotes: list[Quote]) -> list[Quote]:
    """Every part of a split or multi-paragraph quote gets the speaker of its attributed part."""
    by_group: dict[int, Quote] = {}
    for q in quotes:
        if q.group is not None and q.speaker and q.sieve not in ("continuation", "preceding"):
            by_group.setdefault(q.group, q)
    out = []
    for q in quotes:
        src = by_group.get(q.group) if q.group is not None else None
        if src is not None and src is not q and (q.speaker is None or q.sieve in ("continuation", "preceding")):
            q = replace(q, speaker=src.speaker, speaker_mention=src.speaker_mention, speaker_start=src.speaker_start,
                        speaker_end=src.speaker_end, speaker_kind=src.speaker_kind, speaker_role=src.speaker_role,
                        sieve="group", confidence=min(src.confidence, 0.9))
        out.append(q)
    # renumber group ids densely in text order
    ids: dict[int, int] = {}
    res = []
    for q in out:
        if q.group is not None:
            ids.setdefault(q.group, len(ids) + 1)
            q = replace(q, group=ids[q.group])
        res.append(q)
    return res


def _attribute_quote(an: DocumentAnalysis, qi: int, kinds: list[str]) -> Attribution | None:
    q = an.qspans[qi]
    if qi not in an.quote_sent:
        return None
    si, ii = an.quote_sent[qi]
    view = an.views[si]
    items = view.items
    facts = view.facts(an.lang)
    att = _cue_after(an, items, ii)
    if att:
        return att
    att = _colon(an, items, ii) or _label(an, items, ii)
    if att:
        return att
    # the second part of “A”, zei hij, “B” is handled by the group; a quote followed by
    # another quote of the same sentence shares its cue
    k = ii + 1
    while k < len(items) and items[k].text != QMARK:
        k += 1
    if k < len(items) and k - ii <= 3:
        att = _cue_after(an, items, k)
        if att:
            return att
    if kinds[qi] == "partial" or facts.first_word < ii or facts.last_word > ii:
        att = _cue_in_clause(an, view, ii)
        if att:
            return att
    if q.close_mark is not None and ii == len(items) - 1 or facts.last_word < ii:
        att = _dat_zegt(an, si)
        if att:
            return att
    return None


def _collect_names(an: DocumentAnalysis, resolver: Resolver) -> None:
    """Register every name outside quotations (with its function words) in text order.

    One regex pass over the text spots capitalised sequences (with particles and initials);
    the words before a spot give its role ("Oekraïens president"), an age in brackets or an
    apposed function after it ("Jan Smit (43)", "Jan Smit, woordvoerder") mark a person, and a
    preposition before it ("in Nederland") keeps it from being a pronoun's antecedent."""
    lang = an.lang
    text = an.text
    starts = [r[0] for r in an.qranges]
    fw = lang.function_words
    for m in lang.name_regex.finditer(text):
        g = m.group()
        if " " not in g and (g.lower() in fw or lang.is_temporal(g)):
            continue  # the common case: "De", "Maar", "Gisteren" opening a sentence
        s = m.start()
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and an.qranges[i][0] <= s < an.qranges[i][1]:
            continue
        words = m.group().split()
        offs = [(w.start(), w.end()) for w in _NONSPACE.finditer(m.group())]
        # drop leading capitalised function words, time words, participles ("Maar", "Gisteren")
        k = 0
        lead_roles = []
        if len(words) > 1 and words[0].lower() in ("de", "het", "een"):
            k = 1  # a sentence-initial article, not a particle: "De Zuid-Hollandse", "Het Openbaar Ministerie"
        while k < len(words) and words[k].lower() not in lang.particles and (
                words[k].lower() in lang.function_words or lang.is_temporal(words[k]) or _participle(words[k], lang)
                or _role_word(words[k], lang)):
            if _role_word(words[k], lang):
                lead_roles.append(words[k])  # "Minister Schouten", "AIVD-baas Dick Schoof"
            k += 1
        # "minister van Buitenlandse Zaken Wopke Hoekstra": the name starts at a known first name
        first = next((x for x in range(k + 1, len(words)) if _first_name(words[x], lang)), None)
        if first is not None and not any(words[x].lower() in lang.particles for x in range(k, first)):
            lead_roles.extend(words[k:first])
            k = first
        elif k < len(words) - 2 and (words[k].lower() in an.lower_words or (
                _sentence_start(text, s)) and words[k + 2].lower() in lang.particles):
            # "Kermisexploitant Joke van 't Hek" opening a sentence: a common noun capitalised by
            # its position, then the name
            lead_roles.append(words[k])
            k += 1
        # a capitalised function word inside the spot starts a new sentence ("Bedrog Een …"), and
        # a particle after two capitalised words is a preposition ("Ab Massa van de Vereniging")
        j = k
        caps = 0
        while j < len(words):
            w = words[j].lower()
            if j > k and w in lang.function_words and w not in lang.particles:
                break
            if w in lang.particles:
                if caps >= 2:
                    break
            else:
                caps += 1
            j += 1
        while j > k and words[j - 1].lower() in lang.particles:
            j -= 1
        if j <= k:
            continue
        ns, ne = s + offs[k][0], s + offs[j - 1][1]
        head = text[ns:ne]
        if not _plausible_name(head, lang) or not (lead_roles or _credible_head(an, head)):
            continue
        before = text[max(0, s - 60):s].split() + lead_roles
        role_words = []
        for w in reversed(before[-6:]):
            lw = w.lower()
            if lw in lang.titles or lw in lang.modifiers or w in lang.nationalities or lw in lang.honorifics \
                    or lw.rsplit("-", 1)[-1] in lang.titles:
                role_words.insert(0, w)
            elif (w[:1].isupper() or lw in ("van", "voor", "en")) and any(
                    x.lower() in lang.titles for x in before[-6:-len(role_words) - 1 or None]):
                role_words.insert(0, w)  # the portfolio: "minister van Onderwijs"
            else:
                break
        while role_words and role_words[0].lower() not in lang.titles and role_words[0] not in lang.nationalities \
                and role_words[0].lower() not in lang.modifiers and role_words[0].lower() not in lang.honorifics \
                and not _hyphen_role(role_words[0]):
            role_words.pop(0)
        prev_word = before[-1 - len(role_words)].lower() if len(before) > len(role_words) else ""
        if prev_word in lang.determiners and len(before) > len(role_words) + 1:
            prev_word = before[-2 - len(role_words)].lower()
        after = text[ne:ne + 40]
        role = _apposed_role_text(after, lang) or (" ".join(role_words) or None) or _role_before_comma(before, lang)
        ent = resolver.add_name(head, ns, role=role, antecedent=prev_word not in _PREPOSITIONS)
        if _AGE.match(after):
            ent.person = True  # "Erkim Elkem (38)": an age
    _quoted_names(an, resolver)


def _quoted_names(an: DocumentAnalysis, resolver: Resolver) -> None:
    """A pseudonym or nickname in quotes ("verhuurder 'Jesper'") names a person the text goes on
    to talk about: one or two capitalised words quoted as a name, not a title of a work."""
    lang = an.lang
    for qi, q in enumerate(an.qspans):
        if an.kinds[qi] != "other":
            continue
        words = q.text.split()
        if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
            continue
        if words[0].lower() in lang.function_words:
            continue
        before = an.text[max(0, q.open_pos - 30):q.open_pos].split()
        prev = before[-1].lower() if before else ""
        if prev in lang.other_markers or not (prev in lang.titles or prev.endswith(_PERSON_NOUN_ENDINGS + ("er",))):
            continue  # only a quoted name right after a person noun: "aanbieder 'Jesper'"
        ent = resolver.add_name(q.text, q.start, role=prev if prev in lang.titles else None)
        ent.person = True


_NONSPACE = regex.compile(r"\S+")
_MID_CAP = regex.compile(r"(?<=[\p{Ll},] )\p{Lu}[\p{L}\p{M}'’-]*+(?=[^\p{L}\p{M}'’-]|$)")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}\p{M}]*+")
_AGE = regex.compile(r"\s*\(\d{1,3}\)")


def _first_name(word: str, lang: LanguageData) -> bool:
    """'Wopke', 'Pieter-Jan' (a compound of a known first name)."""
    return word in lang.first_names or ("-" in word and word.split("-")[0] in lang.first_names)


def _sentence_start(text: str, s: int) -> bool:
    """Does a sentence (or paragraph) start at offset ``s``? Looks back over spaces only."""
    k = s - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in "\n.!?:'\"”’»"


def _role_word(word: str, lang: LanguageData) -> bool:
    """'Minister', 'Mevrouw', 'Oekraïens', 'AIVD-baas' before a name."""
    w = word.lower()
    return w in lang.titles or w in lang.honorifics or word in lang.nationalities or _hyphen_role(word)


def _role_before_comma(before: list[str], lang: LanguageData) -> str | None:
    """'de korpschef van Brussel-Zuid, Patrick Evenepoel': the function apposed before a name."""
    if not before or not before[-1].endswith(","):
        return None
    for w in reversed(before[-5:]):
        if w.lower().strip(",") in lang.titles:
            return w.lower().strip(",")
    return None


def _hyphen_role(word: str) -> bool:
    """'AIVD-baas', 'VVD-leider': a capitalised prefix on a lower-case function word."""
    return "-" in word and word.rsplit("-", 1)[1].islower()


def _participle(word: str, lang: LanguageData) -> bool:
    w = word.lower()
    return len(w) >= 7 and w.startswith("ge") and w[-1] in "dtn" and word not in lang.first_names


def _apposed_role_text(after: str, lang: LanguageData) -> str | None:
    """', spits van Ajax' / ', woordvoerder van de gemeente' right after a name: its function."""
    if not after.startswith(","):
        return None
    for w in after[1:].split()[:4]:
        lw = w.lower().strip(",.;:")
        if lw in lang.titles or lw.rsplit("-", 1)[-1] in lang.titles:
            return lw
        if not (lw in lang.modifiers or w in lang.nationalities):
            return None
    return None


def _acronym(an: DocumentAnalysis, name: str) -> str | None:
    """'Openbaar Ministerie' → 'OM' when the text uses that acronym (shortest unambiguous name)."""
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) < 2:
        return None
    acro = "".join(w[0] for w in words)
    return acro if regex.search(r"\b" + regex.escape(acro) + r"\b", an.text) else None


def _plausible_name(head: str, lang: LanguageData) -> bool:
    words = head.split()
    return bool(words) and not (len(words) == 1 and words[0].lower() in lang.function_words)


def _resolve(an: DocumentAnalysis, resolver: Resolver, m: Mention, last, *,
             label: bool = False) -> tuple[str | None, str | None, str | None]:
    """(speaker, speaker_kind, role) for a mention at an attribution site; ``label`` when the
    mention is all there is before a colon ("Rutte: ‘…’"), which makes a name of one word."""
    if m.kind == "name":
        words = m.head.split()
        if len(words) > 2 and words[0].lower() in an.lower_words:
            # "Kermisexploitant Joke van 't Hek": a common noun capitalised at the sentence start
            m = replace(m, head=" ".join(words[1:]), role=m.role or words[0].lower())
        ent = resolver.entity_for_name(m.head, m.start)
        if ent is None:
            if not _credible_name(an, m, strict=not label):
                return None, None, None  # "Erger vindt …", "Ministers vreesden …": no name at all
            ent = resolver.add_name(m.head, m.start, role=m.role, antecedent=False)
        resolver.mark_speaker(ent)
        if ent.name.isupper() and not m.head.isupper():
            ent.name = m.head  # an interview label in capitals: keep the readable form
        if not ent.person:
            acronym = _acronym(an, ent.name)
            if acronym:
                return acronym, "organisation", None
        return ent.name, ent.kind, (m.role or (ent.roles[0] if ent.roles else None))
    if m.kind == "organisation":
        return organisation_name(m), "organisation", None
    if m.kind == "pronoun":
        word = m.text.lower()
        if word in ("ik", "wij", "we"):
            return None, None, None
        if word == "die":
            ent = resolver.antecedent(m.start, None)
            return (ent.name, ent.kind, None) if ent else (None, None, None)
        ent = resolver.antecedent(m.start, m.gender)
        if ent is None and last is not None:
            return last[0], last[2], last[3]
        return (ent.name, ent.kind, ent.roles[0] if ent.roles else None) if ent else (None, None, None)
    # description
    text = description_text(m)
    words = text.split()
    if len(words) >= 2 and words[0] in ("haar", "zijn", "hun"):
        gender = {"haar": "f", "zijn": "m", "hun": "pl"}[words[0]]
        owner = resolver.antecedent(m.start, gender)
        if owner is None and last is not None:
            return " ".join(words[1:]) + " van " + last[0], "description", m.role
        if owner is not None:
            return " ".join(words[1:]) + " van " + owner.name, "description", m.role
    if words and words[0] in ("de", "het", "haar", "zijn", "hun"):
        ent = resolver.by_role(text, m.start)
        if ent is not None:
            return ent.name, ent.kind, m.role
    resolver.add_description(text, m.start)
    return text, "description", m.role
