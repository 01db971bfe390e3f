"""Who leaves the scene: "Paul was al op de trap", "zij ging de kamer uit", "Frits verliet het
atelier".

A novel lets a person go before the talk goes on without them. Someone the narration sends away
is no longer there to speak a turn, nor to answer one, until the text names them again. The ways
of leaving are language data (lang/nl/exits.tsv): a verb form and the words that complete it in
the same clause; the subject is a name or a pronoun right before the verb ("Paul ging heen") or
right after it ("Toen ging Paul heen").
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Iterator

import regex

from ..analysis import DocumentAnalysis
from ..resolve import Resolver
from .backstory import in_backstory
from .inquit import pronoun_gender

#: a word of narration
_WORD = regex.compile(r"[\p{L}'’-]+|[.!?;:]")

#: words between the verb and what completes it ("ging haastig de kamer uit")
MAX_GAP = 2

#: words that make the leaving not happen ("ging niet heen")
_NOT = frozenset(("niet", "nooit", "geen", "nog", "bijna"))

#: a singular auxiliary between a name and the participle of a leaving ("Kees was verdwenen")
_AUXILIARIES = frozenset(("was", "is"))

#: pronouns that can be the subject of a leaving
_SUBJECT_PRONOUNS = frozenset(("hij", "zij", "ze"))


#: "de schilder", "den luitenant": an article and a word that may be a function
_DESCRIBED = regex.compile(r"(?<![\p{L}'’])(?:[Dd]e|[Dd]en|[Hh]et)\s+(?P<w>\p{Ll}[\p{L}-]{2,})(?![\p{L}'’])")


def _people_named(an: DocumentAnalysis, resolver: Resolver, a: int, b: int) -> list:
    """The people the narration of ``a``–``b`` names, in text order: by their names, and by the
    function the text has given one of them ("zaten Freddy en de schilder in de serre": the
    painter the text named before)."""
    found = list(resolver.between(a, b))
    for m in _DESCRIBED.finditer(an.text, a, b):
        if an.lang.title_head(m.group("w")) is None:
            continue
        ent = resolver.by_role(m.group("w"), m.start())
        if ent is not None and ent.kind == "person":
            found.append((m.start(), ent))
    return sorted(found, key=lambda pe: pe[0]) if len(found) > 1 else found


def _narration(an: DocumentAnalysis, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The stretches of ``start``–``end`` outside quotations."""
    i = bisect.bisect_left(an.qranges, (start, -1))
    if i > 0 and an.qranges[i - 1][1] > start:
        i -= 1
    pos = start
    while i < len(an.qranges) and an.qranges[i][0] < end:
        qs, qe = an.qranges[i]
        if qs > pos:
            yield pos, qs
        pos = max(pos, qe)
        i += 1
    if pos < end:
        yield pos, end


def _completes(words: list[str], k: int, parts: tuple[tuple[str, ...], ...]) -> bool:
    """Do the words after the verb at ``k`` complete a leaving, in the same clause?"""
    for part in parts:
        if not part:
            if not (k + 1 < len(words) and words[k + 1] in _NOT):
                return True
            continue
        for gap in range(MAX_GAP + 1):
            at = k + 1 + gap
            if tuple(words[at:at + len(part)]) == part and not any(
                    w in _NOT or w in ".!?;:" for w in words[k + 1:at]):
                return True
    return False


@lru_cache(maxsize=8)
def _verb_regex(forms: frozenset[str]) -> regex.Pattern:
    """Any verb form of a leaving, as a whole word."""
    alts = "|".join(sorted((regex.escape(f) for f in forms), key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}'’-])(?i:{alts})(?![\p{{L}}'’-])")


#: how far around a verb form its subject and its completion are looked for
_REACH = 80


def _needed(exits: dict[str, tuple[tuple[str, ...], ...]], form: str) -> tuple[tuple[str, ...], ...] | None:
    """The completions a verb form needs (its words must follow it), or None when the form
    completes a leaving without one ("verliet")."""
    parts = exits[form]
    return None if any(not part for part in parts) else parts


def leaving(an: DocumentAnalysis, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, subject) of every leaving the narration of ``start``–``end`` tells: the subject
    as written, a name ("Paul", "Frits Haverkamp") or a pronoun ("zij")."""
    exits = an.lang.exits
    if not exits:
        return []
    verbs = _verb_regex(frozenset(exits))
    out: list[tuple[int, str]] = []
    for a, b in _narration(an, start, end):
        for hit in verbs.finditer(an.text, a, b):
            parts = _needed(exits, hit.group().lower())
            if parts is not None:
                # (every word of a completion stands in the window after the verb, lower-cased:
                # "is" and "was" complete a leaving only with "weg", "buiten", "de trap" after them)
                after = an.text[hit.end():min(b, hit.end() + _REACH)].lower()
                if not any(all(w in after for w in part) for part in parts):
                    continue
            toks = list(_WORD.finditer(an.text, max(a, hit.start() - _REACH), min(b, hit.end() + _REACH)))
            k = next((x for x, t in enumerate(toks) if t.start() == hit.start()), None)
            if k is None:
                continue  # (the window cut a word in two)
            words = [t.group().lower() for t in toks]
            if not _completes(words, k, exits[words[k]]):
                continue
            subject = _subject_before(an, toks, k) or _subject_after(an, toks, k)
            if subject is not None and subject[1].lower() in _SUBJECT_PRONOUNS and words[k].endswith("en"):
                continue  # "zij liepen weg": a plural pronoun, nobody of the talk on their own
            if subject is not None:
                out.append(subject)
    return out


def _all_leavings(an: DocumentAnalysis) -> list[tuple[int, str]]:
    """Every leaving of the document, in text order (computed once per document)."""
    found = getattr(an, "leavings", None)
    if found is None:
        found = an.leavings = sorted(leaving(an, 0, len(an.text)))
    return found


def leaving_subjects(an: DocumentAnalysis) -> frozenset[int]:
    """Where the subject of every leaving of the document is written (computed once)."""
    found = getattr(an, "leaving_at", None)
    if found is None:
        found = an.leaving_at = frozenset(pos for pos, _ in _all_leavings(an))
    return found


def _is_name(word: str, lang) -> bool:
    return word[:1].isupper() and word.lower() not in lang.function_words and word.lower() not in lang.pronouns


def _subject_before(an: DocumentAnalysis, toks: list, k: int) -> tuple[int, str] | None:
    """"Paul ging heen", "Frits Haverkamp verliet het atelier", "en zij ging de kamer uit"."""
    if k == 0:
        return None
    prev = toks[k - 1].group()
    if prev.lower() in _AUXILIARIES and k >= 2 and _is_name(toks[k - 2].group(), an.lang):
        k -= 1  # "Kees was verdwenen", "Paul is vertrokken": the name before the auxiliary
        prev = toks[k - 1].group()
    if prev.lower() in _SUBJECT_PRONOUNS:
        return toks[k - 1].start(), prev
    if not _is_name(prev, an.lang):
        return None
    first = k - 1
    while first > 0 and _is_name(toks[first - 1].group(), an.lang) and k - first < 3:
        first -= 1
    return toks[first].start(), an.text[toks[first].start():toks[k - 1].end()]


def _subject_after(an: DocumentAnalysis, toks: list, k: int) -> tuple[int, str] | None:
    """"Toen ging Paul heen", "Daarop verliet zij de kamer": the verb second, its subject after it."""
    if k == 0 or k + 1 >= len(toks) or toks[k - 1].group() in ".!?;:":
        return None  # (a verb opening the sentence is a question or a command)
    nxt = toks[k + 1].group()
    if nxt.lower() in _SUBJECT_PRONOUNS:
        return toks[k + 1].start(), nxt
    if not _is_name(nxt, an.lang):
        return None
    last = k + 1
    while last + 1 < len(toks) and _is_name(toks[last + 1].group(), an.lang) and last - k < 2:
        last += 1
    return toks[k + 1].start(), an.text[toks[k + 1].start():toks[last].end()]


def comings_and_goings(an: DocumentAnalysis, resolver: Resolver, start: int, end: int) -> tuple[set[str], set[str]]:
    """Who is gone at ``end`` and who is there, from the narration of ``start``–``end``: the
    people who leave in it and are not named again after, and the people it names after their
    leaving or without one (by their resolved names)."""
    last: dict[str, tuple[int, bool]] = {}  # name → (offset, left) of what the text last says
    left_at = set()
    every = _all_leavings(an)
    for pos, subject in every[bisect.bisect_left(every, (start, "")):bisect.bisect_left(every, (end, ""))]:
        want = pronoun_gender(subject, an.lang)
        ent = resolver.antecedent(pos, want) if want is not None else resolver.entity_for_name(subject, pos)
        if ent is not None and ent.kind == "person":
            last[ent.name] = (pos, True)
            left_at.add(pos)
    for a, b in _narration(an, start, end):
        for pos, ent in _people_named(an, resolver, a, b):
            if ent.kind == "person" and pos not in left_at and (ent.name not in last or last[ent.name][0] < pos) \
                    and not in_backstory(an, pos):  # ("Lotte had er ooit …": not there for that)
                last[ent.name] = (pos, False)
    gone = {n for n, (_, left) in last.items() if left}
    return gone, set(last) - gone
