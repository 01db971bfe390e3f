"""Descriptions of people and bodies ("de oude heer", "een woordvoerder van de politie"): their
head noun, gender, age class and group-ness, and the way a description is said as a speaker."""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..entities import (
    EntityType,
    entity_type,
    is_demonym,
)
from ..lang import LanguageData
from ..model import Mention
from .names import _LOWER_DETS, Entity

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import DocumentAnalysis

def _noun_phrase(words: list[str], lang: LanguageData) -> list[str]:
    """The words of a description up to its first preposition after the noun: "de oude heer uit
    de voorkamer" → "de oude heer"."""
    return next((words[:k] for k in range(2, len(words)) if words[k] in lang.prepositions), words)


def adjective_base(word: str) -> str:
    """'jongen' (den jongen advocaat), 'jonge', 'jong' → 'jong'; 'oude' → 'oud': the inflected
    forms of a Dutch adjective before a noun reduced to one."""
    w = word.lower()
    if w.endswith("en") and len(w) > 4:
        w = w[:-1]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


#: an age from which the narration's "de oude heer" may be meant, and up to which "de jonge
#: vrouw" (a woman of 56 is "de oude dame" in a novel)
OLD_FROM = 50
YOUNG_UNTIL = 30


def age_class(noun: str, adjectives: list[str], lang: LanguageData, years: int | None = None) -> str | None:
    """'old', 'young' or None for a description: its age words ("oude", "grijze",
    "gepensioneerde", "jonge"; person_ages.tsv), the age its noun carries ("meisje", "grijsaard")
    or a stated age (``years``). Words that disagree say nothing."""
    found = set()
    for a in adjectives:
        w = a.lower().strip(",")
        cls = lang.age_adjectives.get(w) or lang.age_adjectives.get(adjective_base(w))
        if cls:
            found.add(cls)
    generic = lang.generic_person_nouns.get(noun.lower())
    if generic is not None and generic[1]:
        found.add(generic[1])
    if years is not None:
        if years >= OLD_FROM:
            found.add("old")
        elif years <= YOUNG_UNTIL:
            found.add("young")
    return found.pop() if len(found) == 1 else None


def description_gender(word: str, lang: LanguageData) -> str | None:
    """'woordvoerster' (title_genders.tsv), 'wereldkampioene' → 'f'; 'bewindsman' → 'm'; else None.
    Endings are no guide by themselves: 'minister' and 'burgemeester' end like 'woordvoerster'."""
    w = word.lower()
    g = lang.title_genders.get(w) or lang.honorifics.get(w)  # "freule", "jonkheer", "mevrouw"
    if g in ("m", "f"):
        return g
    head = lang.title_head(w)
    if head and lang.title_genders.get(head):
        return lang.title_genders[head]
    if w.endswith("e") and head is not None and not w.endswith(head):
        return "f"  # "wereldkampioene", "presidente": a feminine -e on a function
    return None


#: the shortest first part of a compound whose last part tells its gender ("kamer|dienaar")
COMPOUND_FIRST_MIN = 3


def compound_gender(word: str, lang: LanguageData) -> str | None:
    """'kamerdienaar' → 'm', 'keukenmeid' → 'f': a Dutch compound takes its gender from its last
    part (the head), so a compound whose longest final part is a noun that tells gender
    (title_genders.tsv) has that gender; a hyphen may join the parts ("tv-dienares")."""
    for k in range(COMPOUND_FIRST_MIN, len(word) - 2):
        g = lang.title_genders.get(word[k:].lstrip("-"))
        if g in ("m", "f"):
            return g
    return None


def _plural_group(description: str, lang: LanguageData | None = None) -> bool:
    """'kabinetsleden', 'de snorfietsers', 'veel boeren': a description of several people (not
    'de arts': a function the titles list in the singular may end like a plural)."""
    head = description.split()[-1].lower()
    return head.endswith(("en", "ers", "s")) and not head.endswith(("man", "vrouw")) \
        and (lang is None or head not in lang.titles and head not in lang.person_nouns)


def _people_noun(word: str, lang: LanguageData) -> bool:
    """'ministers', 'kabinetsleden', 'buurtbewoners', 'critici': a plural noun for people (not
    'orders')."""
    if not word.endswith(("s", "en", "ici")):
        return False
    return entity_type(word, lang=lang) is EntityType.PERSON


def _epithet_noun(word: str, lang: LanguageData) -> bool:
    """'de specialist', 'de columnist', 'de nieuwe ster van de oppositie', 'de voetbalster': a noun
    for a person by what they do (entity typing reads it as a person: a known compound or a
    person ending after a stem) or by their renown (epithets.txt), none of the plain nouns for
    people that introduce someone unnamed ('de vrouw', 'de verdachte', 'de bron'). News uses such
    an epithet for the person it has just named."""
    if word in lang.person_nouns or word in lang.generic_person_nouns or word in lang.kinship \
            or word in lang.relatives or word in lang.kin_relations or _plural_group(word, lang):
        return False
    if word in lang.epithets or any(word[k:] in lang.epithets and (k >= 4 or word[k - 1] == "-")
                                    for k in range(1, len(word) - 2)):
        return True
    return entity_type(word, lang=lang) is EntityType.PERSON


#: words that single one out of several of a kind ("de eerste vragenstelster", "de andere
#: columnist"): such a description introduces someone, it does not stand for the person just named
_SINGLING_OUT = frozenset(("eerste", "tweede", "derde", "vierde", "vijfde", "laatste", "volgende",
                           "vorige", "andere"))


def _association(noun: str, lang: LanguageData) -> bool:
    """'supportersvereniging', 'patiëntenorganisatie', 'bewonersbond': a compound whose first part
    is a plural noun for people names their own body, not the one the text named before."""
    w = noun.lower()
    return any(w[k:] in lang.body_classes and _people_noun(w[:k], lang) for k in range(4, len(w) - 3))


def _member_of(word: str) -> frozenset[str] | None:
    """"vvd'er" → {'vvd'}: the body whose member one person is called ("de VVD'er", "de
    UvA’er"), as a party the description names; None for any other word (and for the plural)."""
    stem, mark, tail = word.rpartition("'") if "'" in word else word.rpartition("’")
    if mark and tail == "er" and stem.isalnum():
        return frozenset((stem.lower(),))
    return None


def _member_body(an: "DocumentAnalysis", ent: Entity) -> str | None:
    """The body a person's hyphenated function names: 'PvdA-Kamerlid' → 'PvdA', 'CDA-raadslid' →
    'CDA'; None when no function names one."""
    for role in ent.roles:
        for w in role.split():
            body, dash, tail = w.rpartition("-")
            if dash and body[:1].isupper() and an.lang.title_head(tail) \
                    and entity_type(body, lang=an.lang) is EntityType.ORGANISATION:
                return body
    return None


def description_text(m: Mention) -> str:
    """'Een woordvoerder van de politie' → 'een woordvoerder van de politie' (a sentence-start
    capital on a determiner is not part of the name)."""
    t = m.text
    first, _, rest = t.partition(" ")
    if first.lower() in _LOWER_DETS + ("haar", "zijn", "hun") and rest:
        low = first.lower()
        return ("één" if low == "eén" else low) + " " + rest  # "Eén" opens a sentence as "één"
    g = _GENITIVE_DESCRIPTION.fullmatch(t)
    if g is not None:
        # "Rutte's woordvoerder", "Alyas Karmani's medestudenten": said the way a description of
        # a relation is said, "de woordvoerder van Rutte", which the name owns
        return f"de {g.group('noun')} van {g.group('owner')}"
    return t


#: a name with a genitive and the noun it owns: "Rutte's woordvoerder", "Biemans' vrouw"
_GENITIVE_DESCRIPTION = regex.compile(r"(?P<owner>\p{Lu}[\p{L}.\s-]*?\p{L})(?:['’]s|['’])\s+(?P<noun>\p{Ll}[\p{L}-]*)")


def unnamed_gender(word: str, lang: LanguageData) -> str | None:
    """The gender a noun for an unnamed person carries: 'bewoonster', 'vrouw' f; 'man' m; a
    demonym by its ending ('de Arnhemse' f, 'de Arnhemmer' m); else None."""
    g = description_gender(word, lang)
    if g in ("m", "f"):
        return g
    if word[:1].isupper() and word.endswith(("se", "sche")) and word[1:].islower():
        return "f"  # "de Arnhemse", "de Nijmeegse": a woman from there
    if word[:1].isupper() and is_demonym(word, lang=lang) and word.endswith(("er", "aar")):
        return "m"
    return None


def _known_gender(ent: Entity) -> str | None:
    return ent.gender or ent.soft_gender or None


def _compatible(ent: Entity, gender: str | None) -> bool:
    if gender is None or gender == "-":
        return True
    if gender == "pl":
        # "zeggen ze": a group that spoke before (a body, or people described in the plural); a
        # body merely named (a terror group, a party mentioned in passing) is no antecedent
        return (ent.kind == "organisation" and ent.spoke) or (ent.kind == "description" and _plural_group(ent.name))
    if gender == "f":
        return ent.gender in (None, "f") and ent.kind != "organisation"
    if gender == "f/pl":
        return ent.gender in (None, "f") or ent.kind == "organisation"
    return ent.gender in (None, gender)
