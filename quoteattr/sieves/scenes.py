"""Scenes of a story and who is present in them.

A scene ends at a chapter heading, a row of stars or a rule, and where the narration moves on in
time ("Den volgenden morgen", "Twee dagen later", "Dinsdagmiddag."). A conversation does not run
across a scene break, and the people of one scene leave with it: the other person of a
conversation is someone named in this scene (``other_present``).
"""
from __future__ import annotations

import bisect
from typing import Callable

import regex

from ..analysis import DocumentAnalysis
from ..entities import is_common_word, is_given_name
from ..resolve import Resolver
from .address import LETTERS, bare

#: how far back the narration may have named the other person of a conversation
SCENE_WINDOW = 3000

#: a paragraph that only breaks the text: a chapter heading ("HOOFDSTUK III", "IV.", "12"), a
#: row of stars or a rule. A scene ends there, and its people leave with it.
_SCENE_BREAK = regex.compile(
    r"\s*+(?:(?:hoofdstuk|deel|boek)\b[^\n]{0,60}+|[IVXLC]{1,7}+\.?|\d{1,3}+\.?|[*#~·•⁂ \t]{3,}+|[-–—_ ]{3,}+)\s*+",
    regex.IGNORECASE)


#: narration that moves on in time opens a new scene: "Den volgenden morgen …", "Twee dagen
#: later …", "Een half uur later …", "Een paar dagen daarna …", "Den morgen na den brand …",
#: "Den anderen dag …", "Dinsdagmiddag. De schilder …", "Die avond …", "'s Avonds …", "Des
#: avonds …"
_TIME_SHIFT = regex.compile(
    r"(?i:(?:den|de|het)\s+volgende[n]?\s+\p{L}+"
    r"|(?:den|de)\s+andere[n]?\s+(?:dag|morgen|ochtend|middag|avond)"
    r"|(?:een\s+half|een\s+halve|een|anderhalf|twee|drie|vier|vijf|tien|twintig|enkele|eenige|enige|een\s+paar)\s+"
    r"(?:minuut|minuten|kwartier|uur|uren|dag|dagen|week|weken|maand|maanden|jaar|jaren)\s+(?:later|daarna|daarop|nadien)"
    r"|een\s+halfuur\s+(?:later|daarna)"
    r"|(?:den|de|het)\s+(?:morgen|ochtend|middag|avond|nacht|dag)\s+(?:na|daarna|daarop)"
    r"|(?:die|dien|diezelfde|dienzelfden)\s+(?:avond|morgen|middag|nacht|ochtend|dag|week)"
    r"|(?:['’]s|des)\s+(?:avonds|morgens|middags|nachts|ochtends))\b")


def scene_starts(an: DocumentAnalysis) -> list[int]:
    """Where each scene begins: the end of every paragraph that breaks the text (see
    _SCENE_BREAK), and the start of narration that moves on in time (_TIME_SHIFT, or a
    paragraph opening with a day and a full stop: "Dinsdagmiddag. …")."""
    out = []
    for p in an.paras:
        if _SCENE_BREAK.fullmatch(an.text, p.start, p.end):
            out.append(p.end)
        elif _TIME_SHIFT.match(an.text, p.start, p.end) or _day_heading(an, p.start, p.end):
            out.append(p.start)
    return out


def _day_heading(an: DocumentAnalysis, start: int, end: int) -> bool:
    m = LETTERS.match(an.text, start, end)
    return m is not None and an.text[m.end():m.end() + 1] == "." and an.lang.is_temporal(m.group())


def scene_floor(scenes: list[int], pos: int) -> int:
    i = bisect.bisect_right(scenes, pos) - 1
    return scenes[i] if i >= 0 else 0


_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:de|het|den|een|'t)\s+$")
#: a name that opens with an article, for a time noun written with a capital ("den Zaterdagavond")
_ARTICLED_TIME = regex.compile(r"(?:de|den|het|des|'s|'t)\s+\p{Lu}")


def other_present(resolver: Resolver, text: str, pos: int, speaker: str, addressed: set[str],
                   floor: int = 0, skip: Callable[[int], bool] | None = None) -> str | None:
    """The person the narration named last before ``pos`` (in this scene, from ``floor`` on) who
    is not ``speaker`` and not addressed by the turn: "hij vond Betsy in het salon. --Dag tante,
    zeide Frits. --Dag jongen". Someone the text lets speak somewhere goes before someone only
    talked about. ``skip``: where a name does not show its person present (backstory.py)."""
    first = None
    for p, ent in resolver.before(pos):
        if pos - p > SCENE_WINDOW or p < floor:
            break
        if skip is not None and skip(p):
            continue
        if ent.kind != "person" or ent.name.isupper() or not (ent.person or _given(ent.name) or ent.spoke
                                                               or not is_common_word(ent.name.split()[-1])
                                                               and not _ARTICLE_BEFORE.search(text, max(0, p - 5), p)):
            continue  # (an unknown word after an article is a thing: "de Hofvijver lag")
        if _ARTICLED_TIME.match(ent.name) and resolver.lang.is_temporal(ent.name.split()[-1]):
            continue  # "Op den Zaterdagavond om acht uur …": a time the narration names, no one
        if bare(ent.name) == bare(speaker) or bare(ent.name) in addressed:
            continue
        if ent.spoke:
            return ent.name
        first = first or ent.name
    return first


def _given(name: str) -> bool:
    return is_given_name(name.split()[0]) if name else False
