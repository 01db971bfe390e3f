"""Who the first-person narrator is: the one name a story gives its "ik".

Two kinds of evidence, in order of strength:

- the narration names its teller ("Mijn naam is Droogstoppel", "ik heet Kees", "dat ik
  mijnheer Van Dam was", "een brief van mij, Jan Pronk, aan …"): the narrator's own words
  about themselves (self_named);
- the other characters call the narrator by name in the turns around the narrator's own
  ("Vertel het maar, Kees."), when one name stands out (called_narrator).

The fullest form the text gives the name is the narrator's: "Batavus Droogstoppel", not
"Droogstoppel".
"""
from __future__ import annotations

from collections import Counter

import regex

from ..analysis import DocumentAnalysis
from ..entities import is_demonym
from ..lang import LanguageData
from ..model import Quote
from .address import bare, vocatives

#: a turn this many turns from one of the narrator's own is in conversation with the narrator
NEAR_TURNS = 3

#: a name as a narrator gives it: capitalised words, with the lower-case particles of a surname
#: between them ("Batavus Droogstoppel", "Jan van der Steen")
_NAME = r"\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:van|de|der|den|ter|ten|te|het|la|le|du|d')\s+)*\p{Lu}[\p{Ll}'’-]+)*"

#: the narration naming its teller. Each pattern has the group ``name``; ``title`` is an
#: honorific before it (which makes a bare surname a name), ``end`` what follows it.
_SELF_NAMING = (
    # "Mijn naam is Droogstoppel", "ik heet Kees", "heet ik Anna"
    regex.compile(r"(?<![\p{L}'’])(?i:mijn\s+naam\s+is|m'n\s+naam\s+is|ik\s+heet|heet\s+ik)\s+"
                  r"(?:(?P<title>\p{Ll}[\p{L}']*)\s+)?(?P<name>" + _NAME + ")"),
    # "dat ik m'nheer Droogstoppel was", "omdat ik Kees Hendriks ben,": a subordinate clause
    # whose predicate is a name (the verb closes the clause)
    regex.compile(r"(?<![\p{L}'’])ik\s+(?:(?P<title>\p{Ll}[\p{L}']*)\s+)?(?P<name>" + _NAME + r")\s+"
                  r"(?:ben|was|heette|heet)(?P<end>\s*[,.;:!?])?"),
    # "van mij, Batavus Droogstoppel, makelaar", "Ik, Jan Pronk, verklaar": the narrator in
    # apposition
    regex.compile(r"(?<![\p{L}'’])(?i:ik|mij),\s+(?:(?P<title>\p{Ll}[\p{L}']*)\s+)?(?P<name>" + _NAME + r"),"),
)


def narrator_name(an: DocumentAnalysis, quotes: list[Quote], speech: list[int],
                  narration: Counter[str] | None = None) -> str | None:
    """The narrator's name, or None when the text does not tell it (see the module docstring).
    A name the narration gives its teller wins over what the characters call them."""
    own = self_named(an)
    called = called_narrator(quotes, speech, an.lower_words, an.lang, narration)
    if own is None:
        return called
    if called is not None and set(called.split()) & set(own.split()) and len(called) > len(own):
        return called  # the turns give the fuller form of the same name
    return own


def self_named(an: DocumentAnalysis) -> str | None:
    """The name the narration gives its teller: the fullest of the names its self-namings give,
    when they agree (share a word); None when there is none or they disagree."""
    found: list[str] = []
    pos = 0
    spans = [*an.qranges, (len(an.text), len(an.text))]
    for start, end in spans:
        if start > pos:
            found.extend(_self_names(an.text, pos, start, an.lang))
        pos = max(pos, end)
    if not found:
        return None
    full = max(found, key=lambda n: (len(n.split()), len(n)))
    if any(not set(n.split()) & set(full.split()) for n in found):
        return None  # two names for the narrator: no way to tell which is theirs
    return full


def _self_names(text: str, start: int, end: int, lang: LanguageData) -> list[str]:
    out = []
    for k, pattern in enumerate(_SELF_NAMING):
        for m in pattern.finditer(text, start, end):
            name = m.group("name")
            title = (m.group("title") or "").lower()
            words = name.split()
            if title and title not in lang.honorifics:
                continue  # "ik heet u welkom": no honorific, no name
            if words[0].lower() in lang.function_words or is_demonym(words[0], lang=lang):
                continue  # "Ik was Nederlander", "mijn naam is Haas": not one
            if k == 1 and not title and not m.group("end"):
                continue  # "dat ik Piet was vergeten": an object, not a name for "ik"
            out.append(name)
    return out


def called_narrator(quotes: list[Quote], speech: list[int], lower: frozenset[str], lang: LanguageData,
                    narration: Counter[str] | None = None) -> str | None:
    """The name others use for the narrator: the vocatives of turns near the narrator's own
    turns, when one name stands out (and is not a name the narrator uses for someone else). The
    fullest form the text gives that name ("Batavus Droogstoppel") is the narrator's. A first-
    person narration calls its narrator "ik": a name it writes more often than the turns call it
    is someone else's ("Miss Morstan zat naast mij"). A family word ("Papa") is what the
    narrator is to someone, not a name."""
    narrator_turns = {i for i in speech if (quotes[i].speaker_mention or "").lower() == "ik"}
    if not narrator_turns:
        return None
    votes: Counter[str] = Counter()
    used_by_narrator: set[str] = set()
    for n, i in enumerate(speech):
        names = vocatives(quotes[i].text, lower, lang)
        if i in narrator_turns:
            used_by_narrator.update(bare(v).split()[-1] for v in names)
            continue
        # a reply right before or after the narrator's turn counts twice; a turn a little further
        # off in the same exchange once; a name counts once per turn, however often it is called
        adjacent = (n > 0 and speech[n - 1] in narrator_turns) or (n + 1 < len(speech) and speech[n + 1] in narrator_turns)
        near = any(speech[m] in narrator_turns for m in range(max(0, n - NEAR_TURNS), min(len(speech), n + NEAR_TURNS + 1)))
        if near:
            for v in {v.split()[-1] for v in names}:
                votes[v] += 2 if adjacent else 1
    narration = narration or Counter()
    ranked = [(c, v) for v, c in votes.items() if v.lower() not in used_by_narrator
              and v.lower() not in lang.kinship and narration[v] <= c]
    if not ranked:
        return None
    ranked.sort(reverse=True)
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None  # two names as often: no way to tell
    name = ranked[0][1]
    fuller = [q.speaker for q in quotes if q.speaker and q.speaker.split()[-1] == name and " " in q.speaker]
    return max(fuller, key=len) if fuller else name


