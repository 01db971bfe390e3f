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

from .analysis import QMARK, DocumentAnalysis, SentenceView
from .cues import (
    Phrase,
    Tok,
    VerbCue,
    cue_span,
    impersonal_at,
    phrase_at,
    phrase_mention,
    verb_cues,
)
from .lang import LanguageData, load_language
from .model import Cue, Document, Mention, Quote
from .mentions import collect_names
from .resolve import Resolver, resolve_mention

_CLAUSE_BREAK = frozenset(",;:()")
_SENT_PUNCT = ".!?…"


@dataclass(slots=True)
class Attribution:
    mention: Mention | None
    cue: Cue | None
    sieve: str
    confidence: float
    carry: bool = False  # take the previous quote's speaker


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
    if t.lower == "zoals" and j + 1 < n:
        # "“…”, zoals wethouder X het noemde" / "zoals hij zelf zegt"
        ph = phrase_at(items, j + 1, lang)
        if ph is not None:
            vcs = verb_cues(items, lang, ph.end_i, min(n, ph.end_i + 5))
            if vcs:
                return Attribution(phrase_mention(an.text, items, ph, lang), cue_span(an.text, items, vcs[0]),
                                   "cue-after", 0.9)
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
            and items[cs - 1].lower not in an.lang.conjunctions and items[cs - 1].lower != "dat":
        cs -= 1
    while cs < vi - 1 and items[cs].lower in lang.function_words and items[cs].lower not in lang.determiners \
            and items[cs].lower not in lang.pronouns and items[cs].lower not in an.lang.prepositions:
        cs += 1  # "Ook Piet Bakker noemt", "Maar de minister zegt"
    # "X, die zegt dat": relative pronoun → the phrase before the comma
    if vi > 0 and items[vi - 1].lower == "die" and (cs == vi - 1 or cs == 0):
        k = vi - 2  # "X, die zegt dat", "mensen die zeggen …": the phrase before 'die'
        while k >= 0 and items[k].text in ",":
            k -= 1
        for start in range(k, max(-1, k - 9), -1):  # the nearest phrase that ends there
            ph = phrase_at(items, start, lang, sentence_start=start == 0) or (
                _bare_person_noun(items, start, lang) if start == k else None)
            if ph and ph.end_i == k + 1 and ph.kind != "pronoun":
                if start > 0 and items[start - 1].lower in lang.determiners:
                    with_det = phrase_at(items, start - 1, lang, sentence_start=start == 1)
                    if with_det is not None and with_det.end_i == k + 1:
                        return with_det  # keep the article: "de advocaat-generaal, die …"
                return ph
        return None
    aft = phrase_at(items, vi + 1, lang)
    if aft is not None and aft.kind == "pronoun" and items[vi + 1].lower in an.lang.subject_pronouns:
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
        if ph.end_i == vi or (ph.end_i < vi and items[ph.end_i].text == "(" and _paren_to(items, ph.end_i) == vi) \
                or (ph.kind == "name" and _affiliation_to(items, ph.end_i, vi, lang)) \
                or _adverbs_only(items, ph.end_i, vi, lang):
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
    if cs > 0 and items[cs - 1].text == ",":
        # "Voorzitter X (51) van de stichting Y, die zich …, zegt dat …" or "De gouverneur van
        # Alabama, Kay Ivey, liet weten": after a relative clause or an apposition the verb's
        # subject is the phrase that opens the sentence
        k = 0
        while k < cs and items[k].lower in lang.function_words and items[k].lower not in lang.determiners:
            k += 1
        ph = phrase_at(items, k, lang, sentence_start=k == 0)
        if ph is not None and (ph.kind == "name" or _speakerish(ph, items, lang)):
            return ph
    return None


def _adverbs_only(items: Sequence[Tok], k: int, vi: int, lang: LanguageData) -> bool:
    """'de planbureaus straks melden', 'de minister zelf zei': only adverbs before the verb."""
    return 0 < vi - k <= 3 and all(
        t.is_word and (lang.is_temporal(t.text) or t.lower in ("zelf", "ook", "nu", "al", "wel", "nog", "dan", "toen"))
        for t in items[k:vi])


def _affiliation_to(items: Sequence[Tok], k: int, vi: int, lang: LanguageData) -> bool:
    """'van De Appel', 'van de gemeente Hengelo' between a name and its verb: an affiliation."""
    if k >= vi or items[k].lower not in ("van", "bij", "uit"):
        return False
    rest = items[k + 1:vi]
    return 0 < len(rest) <= 5 and all(t.is_cap or t.lower in lang.determiners or t.lower in lang.organisations
                                      for t in rest)


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
               or w.endswith(lang.person_noun_endings) or (w.endswith("en") and w[:-2] in lang.titles)
               for w in words)


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
            if items[x].is_cap and items[x - 1].lower not in an.lang.prepositions and items[x - 1].lower not in lang.determiners:
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
    if not 1 <= ii <= 4 or items[0].start != an.paras[an.sents[an.sentence_index(items[0].start)].paragraph].start:
        return None  # the label opens its paragraph
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
            heads = _QUESTION_WORDS if vc.verb.cls == "ask" else ("dat",)
            while k < limit and items[k].lower not in heads and items[k].text not in ",;:.!?" + QMARK:
                k += 1
            if k >= limit or items[k].lower not in heads:
                continue
            c0 = k if items[k].lower not in ("dat", "of") else k + 1  # "vroeg [wat hij moest doen]"
            if c0 >= n or items[c0].text == QMARK:
                continue  # "zei dat “…”": a partial quote, not indirect speech
            if sum(1 for t in items[c0:min(n, c0 + 3)] if t.is_word) < 2:
                continue  # "klagen over dat gebouw.": a demonstrative, not a clause
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
        # 2. volgens X
        for k, t in enumerate(items if not done else ()):
            if t.lower != "volgens" or k + 1 >= n:
                continue
            ph = phrase_at(items, k + 1, lang) or _bare_person_noun(items, k + 1, lang)
            if not ph or not _speakerish(ph, items, lang):
                continue
            if k == 0:
                c0 = ph.end_i
                if c0 + 1 < n and items[c0].lower == "en":
                    other = phrase_at(items, c0 + 1, lang)
                    if other is not None and _speakerish(other, items, lang):
                        c0 = other.end_i  # "Volgens de PVV en de SP kunnen …": both speak
                if c0 + 1 < n and items[c0].text == ",":
                    # "Volgens Jan Smit, woordvoerder van de bond, worden …", "Volgens een aantal
                    # boeren, die …, zijn …": skip an apposition or a relative clause
                    nxt = items[c0 + 1]
                    apposition = nxt.is_cap or nxt.lower in lang.titles or nxt.lower in lang.determiners \
                        or nxt.lower in ("die", "dat", "wiens", "wier")
                    close = next((x for x in range(c0 + 1, min(n, c0 + 25)) if items[x].text == ","), None)
                    c0 = close + 1 if apposition and close is not None else c0 + 1
            else:
                c0 = 0
            stop = next((x for x in range(c0, n - 1) if items[x].text == ":" and items[x + 1].text == QMARK), n)
            if c0 >= stop or _quoted_share(items, c0, stop) > 0.3:
                break  # (a colon introducing a quote ends the reported clause)
            end = _content_end(an, items, c0, stop)
            if end > items[c0].start:
                out.append(Indirect(items[c0].start, end, Attribution(phrase_mention(an.text, items, ph, lang),
                           Cue(t.start, t.end, t.text, "volgens"), "indirect-volgens", 0.75), v.sent.paragraph))
                done = True
            break
        if done and out and out[-1].start <= items[0].start:
            continue
        # 3. "…, aldus X." / "…, zegt X." without quote marks (also beside a dat-clause later on:
        # "Het vertrouwen is aangetast, aldus de advocaat-generaal, die vond dat …")
        first_clause_end = out[-1].start if done else None
        for k in range(2, n - 1):
            if first_clause_end is not None and items[k].start >= first_clause_end:
                break
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
            if ph is None or not (ph.end_i >= n - 1 or items[ph.end_i].text in ",.:" or lang.is_temporal(items[ph.end_i].text)):
                continue
            if sum(1 for x in items[: k - 1] if x.is_word) < 2:
                continue
            end = items[k - 2].end
            out.append(Indirect(items[0].start, end, Attribution(phrase_mention(an.text, items, ph, lang), cue,
                                                                 "indirect-after", 0.75), v.sent.paragraph))
            break
    return out


#: what opens an indirect question after an ask-verb ("vroeg of …", "vroeg wat hij moest doen")
_QUESTION_WORDS = ("of", "wat", "wie", "hoe", "waarom", "wanneer", "waar", "welke", "hoeveel", "dat")


def _bare_person_noun(items: Sequence[Tok], k: int, lang: LanguageData) -> Phrase | None:
    """'volgens buurtbewoners', 'volgens kenners': a plural noun for people without an article."""
    if k < len(items) and items[k].is_word and not items[k].is_cap and items[k].lower not in lang.function_words \
            and items[k].lower.endswith(lang.person_noun_endings):
        return Phrase(k, k + 1, "description", None, items[k].text)
    return None


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
        te = [k for k in range(c0, last - 1) if items[k].lower == "te" and items[k + 1].lower.endswith("n")]
        if last - c0 < 3 or not te or te[0] - c0 > 8:
            continue  # "gaven aan de voorkeur te geven aan …": te + infinitive close to the verb
        if any(c0 <= other.i < te[0] for other in verb_cues(items, lang) if other is not vc):
            continue  # "sprak met vrouwen die zeggen … te zijn opgelicht": the nearer verb governs
        if any(t.text in (QMARK, ",", ";", ":") for t in items[c0:te[0]]):
            continue
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
        collect_names(an, resolver)  # only a document with speech needs its cast of names

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
                speaker, skind, role = resolve_mention(an, resolver, mention, last,
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
                speaker, skind, role = resolve_mention(an, resolver, fallback.mention, last)
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
        if k > 0 and _after_preposition(items, k, an.lang):
            continue  # "minister van Buitenlandse Handel", "in de Verenigde Staten": not the subject
        t = items[k]
        if not (t.is_cap or t.lower in an.lang.pronouns):
            continue
        ph = phrase_at(items, k, an.lang, sentence_start=k == 0)
        if ph is None:
            continue
        if ph.kind == "pronoun" and items[k].lower in an.lang.subject_pronouns:
            return Attribution(phrase_mention(an.text, items, ph, an.lang), None, "preceding", 0.5)
        if ph.kind == "name" and ph.name_i is not None:
            m = phrase_mention(an.text, items, ph, an.lang)
            if k > 0 or len(m.head.split()) > 1 or m.head in an.mid_sentence_caps:
                return Attribution(m, None, "preceding", 0.5)
        if k == 0 and ph.kind == "description" and _speakerish(ph, items, an.lang) \
                and not items[ph.end_i - 1].lower.endswith("en"):
            # "Een andere bewoonster kan er niet over uit. ‘…’" (one person, not a group)
            return Attribution(phrase_mention(an.text, items, ph, an.lang), None, "preceding", 0.45)
    return None


def _after_preposition(items: Sequence[Tok], k: int, lang: LanguageData) -> bool:
    """Does token ``k`` (or the capitalised run it is part of) follow a preposition?"""
    j = k - 1
    while j >= 0 and items[j].is_cap:
        j -= 1
    if j >= 0 and items[j].lower in lang.determiners:
        j -= 1
    return j >= 0 and items[j].lower in lang.prepositions


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


