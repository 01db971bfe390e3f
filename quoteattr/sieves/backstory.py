"""Backstory: narration that tells what happened before the scene.

A novel narrates its scene in the past tense and steps back from it in the pluperfect: "Ze zocht
naar het knopje. Lotte van hiernaast had er ooit een rode sticker op geplakt." Lotte is named,
but she is not in the room; the woman on the telephone is. Nor is Lili in "zaten Freddy en de
schilder in de serre, waar Lili drie weken te voren Paul had uitgehoord". The pluperfect alone
does not say so ("Wout had zijn servet op zijn schoot gelegd" is Wout at the table); with a word
that looks back ("ooit", "vroeger", "te voren", "geleden") it does. The people such a clause
names are no evidence that they are present: the turn-taking passes do not take them for the
other person of the talk, nor for the one a pronoun inquit ("zei ze") points to.

A clause here is a stretch of narration between punctuation marks (a comma closes a subordinate
clause in written Dutch); the words that decide are language data (lang/nl/backstory.tsv).
"""
from __future__ import annotations

import bisect
from functools import lru_cache

import regex

from ..analysis import DocumentAnalysis

#: a clause of narration: the text between two marks that end or set off a clause
_CLAUSE = regex.compile(r"[^,.;:!?()\[\]—–]+")

_WORD = regex.compile(r"[\p{L}'’]+")


@lru_cache(maxsize=8)
def _patterns(entries: tuple[tuple[str, str], ...]) -> tuple[frozenset[str], regex.Pattern | None, frozenset[str], regex.Pattern | None]:
    """(auxiliaries, the shape of a participle, words of that shape that are none, the time words
    as one pattern) from the language's backstory data."""
    aux = frozenset(e for e, k in entries if k == "auxiliary")
    not_part = frozenset(e for e, k in entries if k == "not-participle")
    prefixes = sorted((regex.escape(e) for e, k in entries if k == "prefix"), key=len, reverse=True)
    times = sorted((r"\s+".join(regex.escape(w) for w in e.split()) for e, k in entries if k == "time"),
                   key=len, reverse=True)
    # a participle: a prefix, after a separable particle or none, then a stem ending in -d, -t or
    # -en ("geplakt", "uitgehoord", "gegeven")
    part = regex.compile(rf"\p{{Ll}}*(?:{'|'.join(prefixes)})\p{{Ll}}{{2,}}(?:d|t|en)") if prefixes else None
    time = regex.compile(rf"(?<![\p{{L}}'’])(?:{'|'.join(times)})(?![\p{{L}}'’])", regex.IGNORECASE) if times else None
    return aux, part, not_part, time


def _is_backstory(clause: str, aux: frozenset[str], part: regex.Pattern, not_part: frozenset[str],
                  time: regex.Pattern) -> bool:
    """Is the clause in the pluperfect, with a word that places it before the scene?"""
    looks_back = time.search(clause)
    if looks_back is None:
        return False
    words = [w.lower() for w in _WORD.findall(clause)]
    if not any(w in aux for w in words):
        return False
    back = {w.lower() for w in _WORD.findall(looks_back.group())}
    return any(part.fullmatch(w) and w not in not_part and w not in back for w in words)


def backstory_spans(an: DocumentAnalysis) -> list[tuple[int, int]]:
    """The clauses of the narration (outside quotations) that are backstory, in text order;
    found once per document."""
    found = getattr(an, "backstory", None)
    if found is not None:
        return found
    aux, part, not_part, time = _patterns(tuple(sorted(an.lang.backstory.items())))
    out: list[tuple[int, int]] = []
    if aux and part is not None and time is not None:
        pos = 0
        stretches = []
        for start, end in an.qranges:  # (in text order, none inside another)
            if start > pos:
                stretches.append((pos, start))
            pos = max(pos, end)
        stretches.append((pos, len(an.text)))
        for a, b in stretches:
            for m in _CLAUSE.finditer(an.text, a, b):
                if _is_backstory(m.group(), aux, part, not_part, time):
                    out.append((m.start(), m.end()))
    an.backstory = out
    return out


def in_backstory(an: DocumentAnalysis, pos: int) -> bool:
    """Is the word at ``pos`` in a clause of backstory?"""
    spans = backstory_spans(an)
    k = bisect.bisect_right(spans, (pos, len(an.text) + 1)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]
