"""Word-level diff of two wordings of one statement, with what a fact-checker should look at first.

Each change is ``added``, ``removed`` or ``changed`` words; a change that alters a figure
(``number``) or adds or drops a negation (``negation``) is the most serious. Words missing or
added only at the start or end (a shorter or longer excerpt of the same statement) are
``extent``, not a change of wording, unless they hold a number or a negation.

>>> d = word_diff("We gaan niet door met de brug", "We gaan door met de brug")
>>> d.marked, d.flags, d.severity
('We gaan [-niet-] door met de brug', ('negation', 'removed'), 3)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from .data import load
from .text import Token, tokens, words

#: severity of a difference: 3 a number or a negation, 2 words changed, 1 words added or
#: removed inside the statement, 0 the same words (perhaps a shorter or longer excerpt)
SERIOUS, CHANGED, ADDED_REMOVED, SAME = 3, 2, 1, 0
#: flags in the order they are reported (most serious first)
FLAG_ORDER = ("number", "negation", "speaker", "changed", "added", "removed", "extent")
#: an edge change with more words than this on either side is a different cut of the statement
EDGE_CHANGE_MAX_WORDS = 2
#: a change of more words than this is a passage added or dropped, not a figure or a negation
#: turned around, even when the passage holds one ("Ik kan het nog niet goed verwerken.")
SERIOUS_MAX_WORDS = 3
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?%?$")


@dataclass(frozen=True, slots=True)
class Change:
    """One difference: ``op`` added / removed / changed / extent; ``old`` and ``new`` as written;
    ``serious`` 'number' or 'negation' when it alters a figure or turns the statement around."""

    op: str
    old: str
    new: str
    serious: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "old": self.old, "new": self.new, "serious": self.serious}


@dataclass(frozen=True, slots=True)
class Diff:
    """The changes from a reference wording to another, and the other marked up:
    ``[-removed-]``, ``{+added+}``, ``[-old-]{+new+}``."""

    changes: tuple[Change, ...] = ()
    marked: str = ""
    flags: tuple[str, ...] = ()
    severity: int = SAME
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "flags": list(self.flags),
            "marked": self.marked,
            "changes": [c.to_dict() for c in self.changes],
        }


def number_value(word: str) -> float | None:
    """The figure a folded word states (digits or a number word), else None."""
    if _DIGITS.match(word):
        return float(word.rstrip("%").replace(",", "."))
    return load().number_words.get(word)


def _serious(old: list[str], new: list[str]) -> str | None:
    data = load()
    old_numbers = Counter(v for v in map(number_value, old) if v is not None)
    new_numbers = Counter(v for v in map(number_value, new) if v is not None)
    if old_numbers != new_numbers:
        return "number"
    if sum(w in data.negations for w in old) != sum(w in data.negations for w in new):
        return "negation"
    return None


def word_diff(reference: str, text: str) -> Diff:
    """How ``text`` differs from ``reference``, word by word (case, accents, marks ignored)."""
    if reference == text or words(reference) == words(text):
        return Diff(marked=text)
    ref, var = tokens(reference), tokens(text)
    a, b = [t.key for t in ref], [t.key for t in var]
    changes: list[Change] = []
    out: list[str] = []
    pos = 0
    opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        old = _span(reference, ref, i1, i2)
        new = _span(text, var, j1, j2)
        size = max(i2 - i1, j2 - j1)
        serious = _serious(a[i1:i2], b[j1:j2]) if size <= SERIOUS_MAX_WORDS else None
        at_edge = (i1 == 0 and j1 == 0) or (i2 == len(a) and j2 == len(b))
        op = {"delete": "removed", "insert": "added", "replace": "changed"}[tag]
        if at_edge and (size > EDGE_CHANGE_MAX_WORDS or (tag != "replace" and not serious)):
            op, serious = "extent", None
        changes.append(Change(op, old, new, serious))
        if j2 > j1:
            start, end = var[j1].start, var[j2 - 1].end
        else:
            start = end = var[j1].start if j1 < len(var) else len(text)
        out.append(text[pos:start])
        if old and not new:  # a deletion sits between words: keep them apart
            gap = " " if start == len(text) and text else ""
            out.append(f"{gap}[-{old}-]" + (" " if start < len(text) else ""))
        elif old:
            out.append(f"[-{old}-]")
        if new:
            out.append(f"{{+{new}+}}")
        pos = end
    out.append(text[pos:])
    marked = "".join(out)
    if not var:
        marked = f"[-{reference}-]"
    flags = {c.serious for c in changes if c.serious} | {c.op for c in changes}
    severity = SAME
    for c in changes:
        if c.serious:
            severity = max(severity, SERIOUS)
        elif c.op == "changed":
            severity = max(severity, CHANGED)
        elif c.op in ("added", "removed"):
            severity = max(severity, ADDED_REMOVED)
    return Diff(
        changes=tuple(changes),
        marked=marked,
        flags=tuple(f for f in FLAG_ORDER if f in flags),
        severity=severity,
    )


def _span(text: str, toks: list[Token], i: int, j: int) -> str:
    """The text of tokens i..j-1 as written (marks between them kept)."""
    if j <= i:
        return ""
    return text[toks[i].start : toks[j - 1].end]
