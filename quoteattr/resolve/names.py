"""Entities and the names they go by: an entity's fullest name, its surname key, the forms a
name is cut to (initials, pet names), and the gender an entity is known by."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lang import LanguageData
from ..model import Speaker

if TYPE_CHECKING:  # pragma: no cover
    pass

_LOWER_DETS = ("de", "het", "een", "één", "eén")


@dataclass
class Entity:
    name: str                       # fullest name seen
    key: str                        # surname key
    kind: str = "person"
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    positions: list[int] = field(default_factory=list)
    person: bool = False            # evidence that this is a person (first name, title, speaker)
    spoke: bool = False             # named as a speaker somewhere before
    soft_gender: str | None = None  # a hint from international name lists, never against a pronoun
    pending: str | None = None      # a name still to be typed (typing waits until the entity is asked for)
    #: what the narration called this person in apposition ("Paul de Wit, een slanke jonge man"):
    #: (noun, adjectives in their base form)
    epithets: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    #: the family the narration names: (relation, relative) — ("sibling", Clara) after "de
    #: broeder van mevrouw, de oude heer Diederik" (kin_relations.tsv)
    kin: list[tuple[str, "Entity"]] = field(default_factory=list)
    #: "married" for a woman the text calls "mevrouw X", "unmarried" for "juffrouw X" or "freule
    #: X" (honorifics.tsv): in a novel the mother of the house and her daughter
    estate: str | None = None
    #: the gender an honorific gave ("mevrouw van Hoven"): a full name of the other gender is
    #: someone else ("Hendrik van Hoven")
    honorific_gender: str | None = None
    #: the age class the narration gave ("old" after "de gepensioneerde kolonel", "een dame van
    #: zes-en-vijftig"; "young" after "een slanke jonge man"), "" when descriptions disagree
    age: str | None = None

    def speaker(self) -> Speaker:
        return Speaker(self.name, self.kind, list(self.aliases), list(self.roles), self.gender)


@lru_cache(maxsize=4096)
def name_tokens(name: str) -> tuple[str, ...]:
    """'A. de Jong' → ('A.', 'de', 'Jong'): the words of a name, initials apart."""
    return tuple(w for w in name.replace(".", ". ").split() if w)


def surname_key(name: str, lang: LanguageData) -> str:
    """'Volodimir Zelenski' → 'zelenski'; 'Désiree van Wijk' → 'wijk'; 'A. de Jong' → 'jong'."""
    toks = name_tokens(name)
    return toks[-1].lower().strip(".") if toks else ""


def _first(name: str, lang: LanguageData) -> str | None:
    toks = name_tokens(name)
    if len(toks) < 2:
        return None
    first = toks[0]
    if first.lower() in lang.particles:
        return None
    return first


def _given_token(name: str, lang: LanguageData) -> str | None:
    """The word of a name that may be a given name: the first of a full name ("Frank Lobo"),
    or a name of one word ("Betsy")."""
    toks = name_tokens(name)
    return _first(name, lang) or (toks[0] if len(toks) == 1 else None)




#: the shortest front part of a given name that is a pet name ("Mar", "Fem")
CLIP_MIN = 3


def _fold(word: str) -> str:
    """A name as its sound is compared: lower case, accents off, 'th' as 't', 'ie' as 'i', 'y' as 'i'."""
    w = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    return w.replace("th", "t").replace("ph", "f").replace("ie", "i").replace("y", "i")


def pet_stems(word: str, endings: tuple[str, ...]) -> list[str]:
    """The stems a pet name may be cut from: the name itself, and without a diminutive ending
    ("Tilly" → "til", "Bertje" → "bert", "Nelleke" → "nel"), a doubled last consonant single."""
    w = _fold(word)
    out = [w]
    for e in endings:
        e = _fold(e)
        if w.endswith(e) and len(w) - len(e) >= CLIP_MIN:
            stem = w[:-len(e)]
            out.append(stem)
            if len(stem) > CLIP_MIN and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                out.append(stem[:-1])
    return list(dict.fromkeys(out))


def _inside(stem: str, given: str) -> bool:
    """Is ``stem`` the front of ``given`` or one of its inner syllables (a consonant opening it:
    "nel" in Cornelia, "til" in Mathilde, "bert" in Albert)?"""
    if len(stem) < CLIP_MIN or len(stem) >= len(given):
        return False
    if given.startswith(stem):
        return True
    k = given.find(stem, 1)
    return k > 0 and stem[0] not in "aeiou"


def initialled(name: str) -> bool:
    """'Iliass A.', 'Michael P', 'Leon Z.': a first name and the initial of a surname only (the
    newsroom's form for a suspect or a victim); 'A. de Jong' (an initial first) is not."""
    toks = name_tokens(name)
    last = toks[-1].rstrip(".") if toks else ""
    return len(toks) >= 2 and len(last) == 1 and last.isupper() and len(toks[0].rstrip(".")) > 1


def _pos(mention: tuple[int, "Entity"]) -> int:
    return mention[0]


def _pos4(item: tuple[int, str, str, str | None]) -> int:
    return item[0]


def _same_first(a: str, b: str) -> bool:
    a, b = a.rstrip(".").lower(), b.rstrip(".").lower()
    if a == b:
        return True
    # initials: "J." ~ "Jan", "J.P." ~ "Jan-Peter"
    return (len(a) <= 2 and b.startswith(a[0])) or (len(b) <= 2 and a.startswith(b[0]))


#: a relation and its converse: what the other person is
_CONVERSE = {"parent": "child", "child": "parent", "sibling": "sibling", "spouse": "spouse",
             "grandparent": "grandchild", "grandchild": "grandparent", "auncle": "nibling", "nibling": "auncle"}

#: relations a shared surname may stand for
_SURNAME_KIN = frozenset(("parent", "child", "sibling", "spouse"))
