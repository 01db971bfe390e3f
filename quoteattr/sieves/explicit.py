"""Explicit-cue sieves, tried first: a cue right after the quote (cue-after, impersonal),
a cue elsewhere in the quote's sentence (cue-in-clause) and the next sentence naming the
speaker (dat-zegt)."""
from __future__ import annotations

from typing import Sequence

from ..analysis import QMARK, DocumentAnalysis, SentenceView
from ..cues import Phrase, Tok, VerbCue, cue_span, impersonal_at, name_at, phrase_at, phrase_mention, verb_cues
from ..model import Cue
from .grammar import Attribution, speakerish, subject_of, volgens_source


def bracket_speaker(an: DocumentAnalysis, items: Sequence[Tok], j: int) -> Attribution | None:
    """“…” (PVV-Kamerlid Jan de Vries): a speaker in brackets right after the quote, the way
    newsrooms attribute a string of reactions. Only a person's name or a speaking body fills the
    brackets: not a year, an age or an abbreviation's expansion."""
    n = len(items)
    if j + 2 >= n or items[j].text != "(":
        return None
    ph = phrase_at(items, j + 1, an.lang)
    if ph is None:
        # "(publiciste Elise Steilberg)": an unlisted function word or two, then the name
        for k in range(j + 2, min(n, j + 4)):
            if not all(t.is_word and not t.is_cap for t in items[j + 1:k]):
                break
            e = name_at(items, k, an.lang)
            if e > k and e < n and items[e].text == ")":
                ph = Phrase(j + 1, e, "name", (k, e), " ".join(t.text for t in items[j + 1:k]))
                break
    if ph is None or ph.end_i >= n or items[ph.end_i].text != ")" or ph.kind == "pronoun":
        return None
    if ph.kind == "description" and not speakerish(ph, items, an.lang):
        return None
    paren = items[j]
    return Attribution(phrase_mention(an.text, items, ph, an.lang), Cue(paren.start, paren.end, paren.text, "bracket"),
                       "bracket", 0.85)


def cue_after(an: DocumentAnalysis, items: Sequence[Tok], ii: int) -> Attribution | None:
    """“…”, zegt X / aldus X / klinkt het / zo zei X. ``items`` are a sentence view's, so the
    offset of the token at ``ii`` tells the place: each is looked at once per document."""
    found = an.cue_after_found
    key = items[ii].start
    if key not in found:
        found[key] = _cue_after(an, items, ii)
    return found[key]  # type: ignore[return-value]


def _cue_after(an: DocumentAnalysis, items: Sequence[Tok], ii: int) -> Attribution | None:
    lang = an.lang
    j = ii + 1
    n = len(items)
    while j < n and items[j].text in ",?!…-–—":
        j += 1
    if j >= n:
        return None
    bracket = bracket_speaker(an, items, j)
    if bracket is not None:
        return bracket
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
        if ph is None and j + 2 < n and items[j + 1].is_word and (
                items[j + 1].lower in lang.function_words or items[j + 1].lower in lang.inquit_adverbs):
            ph = phrase_at(items, j + 2, lang)  # "zegt ook Jan", "zei nu de minister", "riep opeens Jan"
        if ph:
            return Attribution(phrase_mention(an.text, items, ph, lang), cue_span(an.text, items, vc), "cue-after", 0.95)
    # "“…”, Jan de Vries zei." (subject before verb)
    ph = phrase_at(items, j, lang)
    if ph and ph.end_i < n:
        vcs = verb_cues(items, lang, ph.end_i, min(n, ph.end_i + 1))
        if vcs:
            return Attribution(phrase_mention(an.text, items, ph, lang), cue_span(an.text, items, vcs[0]), "cue-after", 0.9)
    return None


def after_interruption(an: DocumentAnalysis, items: Sequence[Tok], ii: int) -> bool:
    """“A”, zei hij, “B”: the second part follows a quote and a cue clause only."""
    k = ii - 1
    while k >= 0 and items[k].text != QMARK:
        k -= 1
    if k < 0:
        return False
    between = items[k + 1 : ii]
    if not between or len(between) > 12:
        return False
    att = cue_after(an, items, k)
    return att is not None and att.sieve != "bracket"  # “A” (X), “B” (Y): a list of voices


def cue_in_clause(an: DocumentAnalysis, view: SentenceView, ii: int) -> Attribution | None:
    """A speech verb, 'volgens X' or 'aldus X' elsewhere in the quote's own sentence."""
    lang = an.lang
    items = view.items
    facts = view.facts(lang)
    n = len(items)
    # volgens X
    for k in facts.volgens:
        t = items[k]
        if k + 1 < n:
            ph = volgens_source(items, k, lang)
            if ph is not None:
                return Attribution(phrase_mention(an.text, items, ph, lang), Cue(t.start, t.end, t.text, "volgens"),
                                   "cue-in-clause", 0.85)
    # speech verbs outside quotes: one whose dat-clause holds the quote first ("Werkgevers zeiden
    # dat de partijen ‘…’ uit waren, maar dat ontkent CNV"), then the nearest
    for vc in sorted(facts.verb_cues, key=lambda vc: (not _governs(items, vc.end_i, ii), abs(vc.i - ii))):
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


def _governs(items, verb_end: int, ii: int) -> bool:
    """Does the clause a verb opens with 'dat' or 'of' run on to the quotation at ``ii``? Not
    past a coordinated main clause (", maar …", "; …")."""
    if verb_end >= ii:
        return False
    opened = False
    for k in range(verb_end, ii):
        low = items[k].lower
        if low in ("dat", "of") and not opened:
            opened = True
        elif opened and (items[k].text == ";" or low in ("maar", "want") and items[k - 1].text == ","):
            return False
    return opened


def dat_zegt(an: DocumentAnalysis, si: int) -> Attribution | None:
    """“…” Dat zegt X. — the next sentence names the speaker."""
    if si + 1 >= len(an.views):
        return None
    v = an.views[si + 1]
    items = v.items
    if len(items) >= 3 and items[0].lower not in ("dat", "dit", "zo"):
        return _subject_said_this(an, items)
    if len(items) < 3:
        return None
    vcs = verb_cues(items, an.lang, 1, 2)
    if not vcs:
        return None
    ph = phrase_at(items, 2, an.lang)
    if ph is None:
        return None
    return Attribution(phrase_mention(an.text, items, ph, an.lang), cue_span(an.text, items, vcs[0]), "dat-zegt", 0.85)


def _subject_said_this(an: DocumentAnalysis, items: Sequence[Tok]) -> Attribution | None:
    """“…” Havelaar riep dit, toen … — the sentence after the quotation opens with its speaker,
    a speech verb and "dit", "dat" or "het" for what was said (not "dat" opening a clause:
    "De minister zei dat hij …" reports something else)."""
    ph = phrase_at(items, 0, an.lang, sentence_start=True)
    if ph is None or ph.kind not in ("name", "pronoun") or ph.end_i + 1 >= len(items):
        return None
    vcs = verb_cues(items, an.lang, ph.end_i, ph.end_i + 1)
    if not vcs:
        return None
    obj = items[ph.end_i + 1]
    after = items[ph.end_i + 2] if ph.end_i + 2 < len(items) else None
    if obj.lower not in ("dit", "dat", "het") or (
            obj.lower == "dat" and after is not None and after.is_word and after.lower not in an.lang.prepositions):
        return None
    return Attribution(phrase_mention(an.text, items, ph, an.lang), cue_span(an.text, items, vcs[0]), "dat-zegt", 0.8)

