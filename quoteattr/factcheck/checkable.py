"""Checkable statements: figures, percentages, comparisons, dates, absolutes ("nooit", "altijd")
and records in a quotation, the things a fact-checker can look up.

>>> [c.category for c in find_checkable("Nooit eerder was de werkloosheid 3,5 procent lager dan in 2018")]
['absolute', 'figure', 'percentage', 'comparison', 'date']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .data import load
from .text import tokens

#: categories in the order they are reported
CATEGORIES = ("figure", "percentage", "comparison", "date", "absolute", "record")

# Patterns on the quotation as written.
#: a year from 1900 to 2099 standing alone ("in 2018", "sinds 1995"), not part of a longer number
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]*\d)")
#: a percentage written with a sign: "12%", "3,5 %"
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s?%")
#: a figure: digits, with decimal or thousands separators ("1.200", "3,5"), or a money amount
_FIGURE = re.compile(r"(?:[€$£]\s?)?\d+(?:[.,]\d+)*")
#: a date written in digits: 12-3-2019, 12/03
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?\b")
#: a comparative before "dan" ("hoger dan", "vaker dan", "groter dan"): a word in -er
_COMPARATIVE = re.compile(r"\b\w{2,}er\s+dan\b", re.IGNORECASE)
#: a superlative with "ooit" ("de grootste ooit") or "ste" + noun is covered by the word list


@dataclass(frozen=True, slots=True)
class Checkable:
    """One checkable element: its category and the words as written, with offsets in the quote."""

    category: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"category": self.category, "text": self.text, "start": self.start, "end": self.end}


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """(category, folded words, last word is a prefix) from checkable.tsv, longest first."""
    out = []
    for category, phrase in load().checkable:
        prefix = phrase.endswith("*")
        out.append((category, tuple(phrase.rstrip("*").split()), prefix))
    return tuple(sorted(out, key=lambda p: -len(p[1])))


def find_checkable(text: str) -> list[Checkable]:
    """Every checkable element of a quotation, in text order (one per place, first category wins)."""
    found: list[Checkable] = []
    taken: list[tuple[int, int]] = []

    def add(category: str, start: int, end: int) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append(Checkable(category, text[start:end], start, end))

    for m in _PERCENT.finditer(text):
        add("percentage", m.start(), m.end())
    for m in _NUMERIC_DATE.finditer(text):
        add("date", m.start(), m.end())
    for m in _YEAR.finditer(text):
        add("date", m.start(), m.end())
    for m in _FIGURE.finditer(text):
        add("figure", m.start(), m.end())
    for m in _COMPARATIVE.finditer(text):
        add("comparison", m.start(), m.end())
    toks = tokens(text)
    keys = [t.key for t in toks]
    for i in range(len(toks)):
        for category, words, prefix in _phrases():
            n = len(words)
            if i + n > len(keys):
                continue
            if keys[i : i + n - 1] != list(words[:-1]):
                continue
            last = keys[i + n - 1]
            if last == words[-1] or (prefix and last.startswith(words[-1])):
                add(category, toks[i].start, toks[i + n - 1].end)
                break
    for word in (t for t in toks if t.key in load().number_words):
        add("figure", word.start, word.end)
    return sorted(found, key=lambda c: c.start)


def categories(found: list[Checkable]) -> list[str]:
    """The categories present, in CATEGORIES order."""
    have = {c.category for c in found}
    return [c for c in CATEGORIES if c in have]
