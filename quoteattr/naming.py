"""Naming statements: where the narration says that two names are one person.

Novels introduce a character by their full name and then call them by a pet name, and say so
once: "Frederika Verstraeten, die iedereen Freddy noemde", "Bertje … Albert van Dommelen heette
hij eigenlijk", "Jet, voluit Henriëtte de Bruin,". After such a statement the pet name is an
alias of the full name, so "vroeg Freddy" is Frederika Verstraeten's turn, and a vocative
"Freddy" addresses her. Only a pet name of one word and a full name of two words or more
(given name and surname) are paired: "Lili heette eigenlijk Elisabeth" pairs two given names and
tells nothing about a surname.

The patterns follow the Dutch ways of naming someone (noemen, heten, genoemd worden, voluit,
eigenlijk); they run on the narration only, never inside a quotation.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

import regex

from .lang import LanguageData

#: words one of the naming patterns needs: a text without any of them states no name
_KEYWORDS = regex.compile(r"(?i)\b(?:noem\p{L}*|genoemd|heet|heette|heetten|voluit|eigenlijk)\b")

#: a capitalised word of a name
_WORD = r"\p{Lu}\p{Ll}[\p{L}'’-]*"

#: the words of a sentence between "die" and the pet name: "die iedereen", "die de kinderen"
_FILLER = r"(?:\p{Ll}+\s+){0,3}"

#: "eigenlijk", "voluit", "officieel", "in werkelijkheid": how the true name is announced
_TRULY = r"(?i:eigenlijk|voluit|officieel|in\s+werkelijkheid)"


@lru_cache(maxsize=8)
def _patterns(particles: frozenset[str]) -> tuple[regex.Pattern, regex.Pattern]:
    parts = "|".join(regex.escape(p) for p in sorted(particles, key=len, reverse=True) if p.islower())
    full = rf"{_WORD}(?:\s+(?:(?:{parts})\s+)*{_WORD})+"
    nick = rf"{_WORD}"
    pairs = regex.compile(
        # "Frederika Verstraeten, die iedereen Freddy noemde" / "…, die door iedereen Freddy genoemd werd"
        rf"(?P<full>{full}),\s+die\s+{_FILLER}(?P<nick>{nick})\s+(?:noemde|noemden|noemt|noemen|genoemd)\b"
        # "Frederika Verstraeten, door iedereen Freddy genoemd," / "…, kortweg Freddy genoemd"
        rf"|(?P<full>{full}),\s+(?:door\s+{_FILLER}|kortweg\s+|ook\s+wel\s+|altijd\s+)?(?P<nick>{nick})\s+genoemd\b"
        # "Bertje heette eigenlijk Albert van Dommelen" / "Eigenlijk heette Bertje Albert van Dommelen"
        rf"|(?<![\p{{L}}])(?P<nick>{nick})\s+(?:heette|heet)\s+{_TRULY}\s+(?P<full>{full})"
        rf"|(?<![\p{{L}}]){_TRULY}\s+(?:heette|heet)\s+(?P<nick>{nick})\s+(?P<full>{full})"
        # "Jet, voluit Henriëtte de Bruin," / "Jet (eigenlijk Henriëtte de Bruin)"
        rf"|(?<![\p{{L}}])(?P<nick>{nick})\s*[,(]\s*{_TRULY}\s+(?P<full>{full})\s*[,).;]",
        regex.V1)
    # "Albert van Dommelen heette hij eigenlijk": the pet name is the person the narration was about
    pronoun = regex.compile(
        rf"(?P<full>{full})\s+(?:heette|heet)\s+(?:hij|zij|ze)\s+{_TRULY}\b", regex.V1)
    return pairs, pronoun


def naming_statements(text: str, lang: LanguageData, quoted: list[tuple[int, int]]) -> dict[str, str]:
    """Pet name → full name, from the naming statements of ``text`` outside the ``quoted``
    ranges (sorted (start, end) pairs). A pet name given two different full names is dropped."""
    if _KEYWORDS.search(text) is None:
        return {}
    pairs, pronoun = _patterns(lang.particles)
    starts = [s for s, _ in quoted]
    found: dict[str, set[str]] = {}

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and quoted[i][0] <= pos < quoted[i][1]

    def add(nick: str, full: str) -> None:
        full = " ".join(full.split())
        words = full.split()
        if nick in words or nick.lower() in lang.function_words or words[0].lower() in lang.function_words:
            return
        found.setdefault(nick, set()).add(full)

    for m in pairs.finditer(text):
        if not inside(m.start()):
            add(m.group("nick"), m.group("full"))
    for m in pronoun.finditer(text):
        if inside(m.start()):
            continue
        nick = _last_single_name(text, m.start(), lang)
        if nick is not None:
            add(nick, m.group("full"))
    return {nick: next(iter(fulls)) for nick, fulls in found.items() if len(fulls) == 1}


#: how far back the person a pronoun naming statement is about may be named
_BACK = 400


def _last_single_name(text: str, pos: int, lang: LanguageData) -> str | None:
    """The last name of one word before ``pos`` in its paragraph (and within _BACK characters),
    not opening a sentence as a function word: who "hij" in "X heette hij eigenlijk" is."""
    floor = max(text.rfind("\n\n", 0, pos), pos - _BACK, 0)
    best = None
    for m in lang.name_regex.finditer(text, floor, pos):
        words = m.group().split()
        if len(words) == 1 and words[0].lower() not in lang.function_words and not lang.is_temporal(words[0]):
            best = words[0]
    return best
