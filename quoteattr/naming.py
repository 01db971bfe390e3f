"""Naming statements: where the narration says that two names are one person.

Novels introduce a character by their full name and then call them by a pet name, and say so
once: "Frederika Verstraeten, die iedereen Freddy noemde", "Bertje … Albert van Dommelen heette
hij eigenlijk", "Jet, voluit Henriëtte de Bruin,". After such a statement the pet name is an
alias of the full name, so "vroeg Freddy" is Frederika Verstraeten's turn, and a vocative
"Freddy" addresses her. The pet name is one word; when the other name is one word too ("Thuis
heette hij Henk" after "Hendrik …", "Lili heette eigenlijk Elisabeth"), the name the text also
writes with a surname ("Lili van Oosterwijk") is the one kept.

The patterns follow the Dutch ways of naming someone (noemen, heten, genoemd worden, voluit,
eigenlijk, and news's artiestennaam, pseudoniem, beter bekend als); they run on the narration only, never inside a quotation, and only near their
keywords. An epithet ("noemde hem de Nederlandse Trump") or a thing ("noemde haar pop Renaat",
"tot 1961 heette ze Akmolinsk") gives no pet name.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

import regex

from .entities import is_common_word, is_given_name
from .lang import LanguageData

#: words one of the naming patterns needs: a text without any of them states no name
_KEYWORDS = regex.compile(r"(?<![\p{L}])(?:[Nn]oem(?:de|den|t|en)?|[Gg]enoemd|[Hh]eet(?:te|ten)?|[Vv]oluit|[Ee]igenlijk"
                          r"|[Aa]rtiestennaam|[Pp]seudoniem|[Ss]chuilnaam|[Bb]ekend)"
                          r"(?![\p{L}])")

#: a capitalised word of a name
_WORD = r"\p{Lu}\p{Ll}[\p{L}'’-]*"

#: the words of a sentence between "die" and the pet name: "die iedereen", "die de kinderen"
_FILLER = r"(?:\p{Ll}+\s+){0,3}"

#: "eigenlijk", "voluit", "officieel", "in werkelijkheid": how the true name is announced
_TRULY = r"(?i:eigenlijk|voluit|officieel|in\s+werkelijkheid)"


@lru_cache(maxsize=8)
def _patterns(particles: frozenset[str], honorifics: frozenset[str]) -> tuple[regex.Pattern, regex.Pattern]:
    parts = "|".join(regex.escape(p) for p in sorted(particles, key=len, reverse=True) if p.islower())
    # "noemden hem oom Kees": a title or kin word may stand before the pet name
    titles = "|".join(regex.escape(h) for h in sorted(honorifics, key=len, reverse=True) if h.isalpha())
    full = rf"{_WORD}(?:\s+(?:(?:{parts})\s+)*{_WORD})*"
    nick = rf"{_WORD}"
    pairs = regex.compile(
        # "Frederika Verstraeten, die iedereen Freddy noemde" / "…, die door iedereen Freddy genoemd werd"
        rf"(?P<full>{full}),\s+die\s+{_FILLER}(?P<nick>{nick})\s+(?:noemde|noemden|noemt|noemen|genoemd)\b"
        # "Frederika Verstraeten, door iedereen Freddy genoemd," / "…, kortweg Freddy genoemd"
        rf"|(?P<full>{full}),\s+(?:door\s+{_FILLER}|kortweg\s+|ook\s+wel\s+|altijd\s+)?(?P<nick>{nick})\s+genoemd\b"
        # "Cornelia, het jongste meisje, dat sedert haar wieg door niemand anders dan Nelly genoemd werd"
        rf"|(?P<full>{full}),\s+[^.;:!?]{{0,60}}?\b(?:die|dat)\s+[^.;:!?]{{0,60}}?\bdoor\s+[^.;:!?]{{0,40}}?"
        rf"(?<![\p{{L}}])(?P<nick>{nick})\s+genoemd\b"
        # "Bertje heette eigenlijk Albert van Dommelen" / "Eigenlijk heette Bertje Albert van Dommelen"
        rf"|(?<![\p{{L}}])(?P<nick>{nick})\s+(?:heette|heet)\s+{_TRULY}\s+(?P<full>{full})"
        rf"|(?<![\p{{L}}]){_TRULY}\s+(?:heette|heet)\s+(?P<nick>{nick})\s+(?P<full>{full})"
        # "Jet, voluit Henriëtte de Bruin," / "Jet (eigenlijk Henriëtte de Bruin)"
        rf"|(?<![\p{{L}}])(?P<nick>{nick})\s*[,(]\s*{_TRULY}\s+(?P<full>{full})\s*[,).;]"
        # "zangeres Merol, artiestennaam van Merel Baldé", "Bitter, het pseudoniem van Jan de Vries"
        rf"|(?<![\p{{L}}])(?P<nick>{nick}),\s+(?:de\s+|het\s+)?(?:artiestennaam|pseudoniem|schuilnaam)\s+van\s+(?P<full>{full})"
        # "Merel Baldé, beter bekend als Merol"
        rf"|(?P<full>{full}),\s+(?:beter\s+|ook\s+)?bekend\s+als\s+(?P<nick>{nick})\b",
        regex.V1)
    # the person the narration is about, named before: "Albert van Dommelen heette hij eigenlijk"
    # (the pet name is that person), "Thuis heette hij Henk", "haar vrienden noemden haar Fré"
    # (the name is that person's pet name)
    pronoun = regex.compile(
        rf"(?P<full>{full})\s+(?:heette|heet)\s+(?:hij|zij|ze)\s+{_TRULY}\b"
        rf"|(?<![\p{{L}}])(?:heette|heet)\s+(?:hij|zij|ze)\s+(?:(?:thuis|ook|altijd|voor\s+\p{{Ll}}+)\s+)?(?P<nick>{nick})\b"
        rf"|(?<![\p{{L}}])(?:noemde|noemden|noemt|noemen)\s+(?:hem|haar)\s+(?:(?:{titles})\s+)?(?P<nick>{nick})\b"
        rf"|(?<![\p{{L}}])(?:hem|haar)\s+(?P<nick>{nick})\s+(?:noemde|noemden|noemt|noemen)\b",
        regex.V1)
    return pairs, pronoun


def naming_statements(text: str, lang: LanguageData, quoted: list[tuple[int, int]]) -> dict[str, str]:
    """Pet name → the name it stands for, from the naming statements of ``text`` outside the
    ``quoted`` ranges (sorted (start, end) pairs). A pet name given two different names is
    dropped. Two names of one word ("Fré", "Frederica") map to the one the text writes with a
    surname ("Lili heette eigenlijk Elisabeth" keeps "Lili" when the text has "Lili van
    Oosterwijk"), else to the longer, given name."""
    windows = _windows(text)
    if not windows:
        return {}
    # (each pattern runs only in the windows where its hint finds what every match of it holds)
    pair_windows = [(ws, we) for ws, we in windows if _PAIRS_HINT.search(text, ws, we)
                    or _TRULY_HINT.search(text[ws:we].casefold())]
    pronoun_windows = [(ws, we) for ws, we in windows if _PRONOUN_HINT.search(text, ws, we)]
    if not pair_windows and not pronoun_windows:
        return {}
    pairs, pronoun = _patterns(lang.particles, frozenset(lang.honorifics))
    starts = [s for s, _ in quoted]
    found: dict[str, set[str]] = {}

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and quoted[i][0] <= pos < quoted[i][1]

    def add(nick: str, full: str) -> None:
        full = " ".join(full.split())
        words = full.split()
        if not words or nick in words or nick.lower() in lang.function_words or words[0].lower() in lang.function_words \
                or lang.is_temporal(nick) or lang.is_temporal(words[0]):
            return
        if not is_given_name(nick, lang=lang) and (is_common_word(nick, lang=lang) or nick in lang.nationalities):
            return  # "De krant noemde hem de Nederlandse Trump": an adjective, no pet name
        if len(words) == 1 and _with_surname(text, nick, lang) and not _with_surname(text, full, lang):
            nick, full = full, nick  # "Lili heette eigenlijk Elisabeth", "Lili van Oosterwijk": Lili
        found.setdefault(nick, set()).add(full)

    for ws, we in pair_windows:
        for m in pairs.finditer(text, ws, we):
            if not inside(m.start()):
                add(m.group("nick"), m.group("full"))
    for m in (m for ws, we in pronoun_windows for m in pronoun.finditer(text, ws, we)):
        if inside(m.start()):
            continue
        if m.group("full"):
            nick = _last_single_name(text, m.start(), lang)
            if nick is not None:
                add(nick, m.group("full"))
        else:
            person = _topic_before(text, m.start(), lang, skip=m.group("nick"))
            nick = m.group("nick")
            if person is not None and (is_given_name(nick, lang=lang) or len(nick) <= PET_MAX):
                add(nick, person)  # (a pet name is short: "tot 1961 heette ze Akmolinsk" is a town's)
    return {nick: next(iter(fulls)) for nick, fulls in found.items() if len(fulls) == 1}


#: a piece every keyword holds, and how far before it the keyword starts: "noem…" one character
#: before "oem", "genoemd" three, "heet…" at "heet", "voluit", "eigenlijk", "artiestennaam",
#: "pseudoniem", "schuilnaam" and "bekend" one before
_STEMS = (("oem", 1), ("oem", 3), ("heet", 0), ("Heet", 0), ("oluit", 1), ("igenlijk", 1), ("rtiestennaam", 1),
          ("seudoniem", 1), ("chuilnaam", 1), ("ekend", 1))

#: What every match of the patterns of _patterns holds, for the standard library's engine (a
#: far cheaper scan). Its ``\s`` is a superset of the regex module's; a name word (``_WORD``)
#: starts with a character that is no ASCII digit, lower-case letter or punctuation, and its
#: second is no ASCII digit, capital or punctuation. The pairs: "X, die … Y noemde" or "Y
#: genoemd"; else a truly-word ("eigenlijk", any case: _TRULY_HINT looks in the case-folded
#: text, as the regex module's full case folding would match it) after "heet" or a comma or
#: bracket, or before "heet". The pronoun statements: "heet hij", "noemde haar", "hem Y noemde".
_NAME_WORD_HINT = r"[^\s\da-z!-@\[-`{-~][^\s\dA-Z!-@\[-`{-~]\S*"
_PAIRS_HINT = re.compile(rf",\s+die\s+(?:\S+\s+){{0,3}}{_NAME_WORD_HINT}\s+(?:noemde|noemden|noemt|noemen|genoemd)"
                         rf"|{_NAME_WORD_HINT}\s+genoemd|(?:artiestennaam|pseudoniem|schuilnaam)\s+van|bekend\s+als")
_TRULY_WORDS = r"(?:eigenlijk|voluit|officieel|in\s+werkelijkheid)"
_TRULY_HINT = re.compile(rf"heet(?:te)?\s+{_TRULY_WORDS}|{_TRULY_WORDS}\s+heet|[,(]\s*{_TRULY_WORDS}")
_PRONOUN_HINT = re.compile(r"heet(?:te)?\s+(?:hij|zij|ze)\s|noem(?:de|den|t|en)\s+(?:hem|haar)\s"
                           r"|(?:hem|haar)\s+\S+\s+noem(?:de|den|t|en)")

#: a pet name no name list knows is short ("Fré", "Bertje", "Toontje")
PET_MAX = 7

#: how far a naming statement reaches before and after its keyword ("X, het jongste meisje,
#: dat … door niemand anders dan Nelly genoemd werd")
_BEFORE_KEYWORD = 260
_AFTER_KEYWORD = 120


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` around the words a naming statement needs, merged: the patterns
    run there only, so a long text costs one keyword scan and a few small matches."""
    out: list[tuple[int, int]] = []
    for k in _keywords(text):
        ws, we = max(0, k.start() - _BEFORE_KEYWORD), min(len(text), k.end() + _AFTER_KEYWORD)
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], we)
        else:
            out.append((ws, we))
    return out


def _keywords(text: str) -> list["regex.Match[str]"]:
    """What ``_KEYWORDS.finditer(text)`` finds, tried only where str.find sees a keyword's piece
    (_STEMS): most texts hold none, and the regex then never runs over them."""
    starts = set()
    for stem, back in _STEMS:
        p = text.find(stem, back)
        while p >= 0:
            starts.add(p - back)
            p = text.find(stem, p + 1)
    out = []
    end = 0
    for start in sorted(starts):
        if start >= end:
            m = _KEYWORDS.match(text, start)  # (its lookbehind sees the text before start)
            if m is not None:
                out.append(m)
                end = m.end()
    return out


def _with_surname(text: str, name: str, lang: LanguageData) -> bool:
    """Does the text write ``name`` with a surname after it: a particle and a capital ("Lili van
    Oosterwijk"), or a capitalised word that is neither a given name nor a common word ("Lili
    Brand"; not "juffrouw Nelly Elsa", two given names)?"""
    parts = "|".join(regex.escape(p) for p in sorted(lang.particles, key=len, reverse=True) if p.islower())
    for m in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(name)}\s+((?:(?:{parts})\s+)*)(\p{{Lu}}[\p{{L}}'’-]+)", text):
        word = m.group(2)
        if m.group(1) or not (is_given_name(word, lang=lang) or is_common_word(word, lang=lang)):
            return True
    return False


#: how far back the person a pronoun naming statement is about may be named
_BACK = 400
_SENTENCE_START = regex.compile(r"(?:^|(?<=[.!?])\s+|\n)")


def _topic_before(text: str, pos: int, lang: LanguageData, skip: str = "") -> str | None:
    """The person a sentence with "hij"/"haar" is about: the first name of this sentence or of
    one of the two before it, in the paragraph ("Haar oudste dochter, Frederica, had de leiding
    … Zij was … en haar vrienden noemden haar Fré")."""
    floor = max(text.rfind("\n\n", 0, pos), pos - 2 * _BACK, 0)
    ends = [m.end() for m in regex.finditer(r"[.!?](?=\s)", text[floor:pos])]
    sentence_starts = [floor] + [floor + e for e in ends]
    for start in reversed(sentence_starts[-3:]):
        stop = pos if start == sentence_starts[-1] else next(s for s in sentence_starts if s > start)
        for m in lang.name_regex.finditer(text, start, stop):
            words = m.group().split()
            k = 0
            while k < len(words) and (words[k].lower() in lang.function_words or lang.is_temporal(words[k])
                                      or is_common_word(words[k], lang=lang) and not is_given_name(words[k], lang=lang)):
                k += 1  # "Thuis heette hij Henk": a sentence-initial word is no name
            if k < len(words) and not (len(words) - k == 1 and words[k] == skip):
                return " ".join(words[k:])  # ("Kees Hoogland … noemden hem oom Kees": no new name)
    return None


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
