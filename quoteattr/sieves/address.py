"""Who a turn of dialogue speaks to: names in the vocative, and telling two names of one person.

"Kom binnen, Frits" addresses Frits; "…, mevrouw Dekker?" addresses mevrouw Dekker; "Dag
Smulders" greets Smulders. A name in the vocative is the person addressed, never the speaker of
that turn, and is evidence for who answers (sieves/dialogue.py, sieves/sequence.py). A family
word or a bare honorific calls someone without a name ("Mama, …", "Mevrouw, …"; kin_vocatives,
and family.elder_called for who that is). Two names are one person unless given names, gendered
honorifics or estates tell them apart (``same``: one family is several people). Greetings, the
capitalised words that open turns without being names and the words that open a reply are
language data (greetings.txt, turn_openers.txt, reply_openers.txt); the honorifics before a name
are honorifics.tsv.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Mapping

import regex

from ..entities import given_name_gender, is_common_word, is_given_name
from ..lang import LanguageData, load_language

#: particles of surnames that before a capital are mostly the preposition of a place ("te Arles")
_PLACE_PREPOSITIONS = frozenset(("te", "ten", "ter"))

#: a run of letters: a word of a turn or of narration
LETTERS = regex.compile(r"\p{L}+")


@lru_cache(maxsize=None)
def _vocative_regex(honorifics: frozenset[str]) -> regex.Pattern:
    """A name in the vocative: capitalised words, perhaps after an honorific, set off by a comma
    or ending the turn ("Koekebakker, jong", "…, mevrouw Dekker?", "Kom binnen, Frits.")."""
    titles = "|".join(sorted((regex.escape(h) for h in honorifics if h.replace("'", "").replace("’", "").isalpha()),
                             key=len, reverse=True))
    # abbreviated ones with their full stop: "Mr. Holmes", "dr. Watson"
    titles += "".join("|" + regex.escape(h) for h in sorted(honorifics, key=len, reverse=True)
                      if h.endswith(".") and h[:-1].isalpha())
    # (after an honorific, a surname may open with two particles: "mijnheer van der Meulen")
    name = rf"(?:(?:{titles})\s+(?:(?:van|de|der|den|ten|ter)\s+){{0,2}})?\p{{Lu}}[\p{{L}}'’-]+(?:\s+\p{{Lu}}[\p{{L}}'’-]+)?"
    return regex.compile(rf"(?:^|[,;!?]\s*|\.\.\.\s*|(?P<stop>(?<=[^.]\.\s)))(?P<name>{name})\s*(?=[,!?]|\.\.\.|\.\s|\.?\s*$)",
                         regex.IGNORECASE)


def vocatives(text: str, lower_words: frozenset[str] = frozenset(), lang: LanguageData | None = None,
              nicknames: Mapping[str, str] | None = None) -> list[str]:
    """The names a turn addresses: "Kom binnen, Frits" → ['Frits']; "…, mevrouw Dekker?" →
    ['mevrouw Dekker']. Interjections and common words are no names ("Ja, …", "Mijn God"). A pet
    name the text has stated (``nicknames``, naming.py) is given as the full name it stands for."""
    lang = lang or load_language("nl")
    out: list[str] = []
    for name, words, greeted, common in _vocative_candidates(text, lang):
        head = words[-1]
        if len(words) == 1 and not greeted and (head.lower() in lower_words or common):
            # a word the text also writes in lower case, a common word opening the turn, or a
            # sentence of one word that is no first name ("Gekrabbel. En iets dat jankt.")
            continue
        if nicknames and name not in nicknames and len(words) == 2 and words[0].lower() in lang.honorifics \
                and words[1] in nicknames:
            name = words[1]  # "juffrouw Nelly": the pet name stands for the person
        out.append(nicknames.get(name, name) if nicknames else name)
    return out


def _vocative_candidates(text: str, lang: LanguageData) -> tuple[tuple[str, tuple[str, ...], bool, bool], ...]:
    """What ``vocatives`` finds in a turn before it asks about the text's lower-case words and pet
    names: (name, its words, greeted, a one-word name that is a common word opening the turn or a
    sentence of one word that is no first name). A pure function of the turn and the language
    data, kept per turn: the dialogue passes ask about each turn several times."""
    key = (text, id(lang))
    found = _CANDIDATES.get(key)
    if found is None:
        if len(_CANDIDATES) >= _CANDIDATES_MAX:
            _CANDIDATES.clear()
        found = _CANDIDATES[key] = _find_vocative_candidates(text, lang)
    return found


#: turn → _vocative_candidates, kept across documents (emptied when full: flat memory; a novel has
#: a few thousand turns)
_CANDIDATES: dict[tuple[str, int], tuple] = {}
_CANDIDATES_MAX = 8192


def _find_vocative_candidates(text: str, lang: LanguageData) -> tuple[tuple[str, tuple[str, ...], bool, bool], ...]:
    out = []
    text = text.strip()
    words = LETTERS.findall(text)
    if len(words) < 3 and not (words and (words[0].lower() in lang.greetings or is_given_name(words[-1]))):
        # a name on its own ("Uhlefeldjes!") is an exclamation or a title, not an address; a
        # greeting ("Dag Smulders") or a known first name called out ("Freddy!") is one
        return ()
    for m in _vocative_regex(frozenset(lang.honorifics)).finditer(text):
        name = m.group("name")
        words = name.split()
        greeted = len(words) > 1 and words[0].lower() in lang.greetings
        if greeted:
            words = words[1:]  # "Dag Smulders"
            name = " ".join(words)
        elif len(words) > 1 and words[0].lower() in lang.reply_openers:
            words = words[1:]  # "Beste Max", "Lieve Tine": an endearment is no part of the name
            name = " ".join(words)
        if words[0].lower() in lang.function_words and words[0].lower() not in lang.particles \
                and words[0].lower() not in lang.honorifics:
            continue  # "Welke Yara?", "Die Jansen!": a question or an exclamation about someone
        if words[0][0].islower() and words[0] not in lang.honorifics and (
                words[0] not in lang.particles or words[0] in _PLACE_PREPOSITIONS):
            # (the pattern ignores case for the honorifics) a name in the vocative opens with a
            # capital, an honorific or the particle of a surname ("de Wit"): "te Maros," is a
            # place in a list, "plaagde Tine" an inquit
            continue
        head = words[-1]
        if head.lower() in lang.turn_openers or not head[0].isupper():
            continue
        if len(words) == 1 and (head.lower() in lang.honorifics or head.lower() in lang.greetings
                                or head.lower() in lang.kin_relations):
            # "Mijnheer, …", "M'nheer!", "Goedenavond, …", "…, Mama!": someone addressed, but by
            # no name (kin_vocatives finds the elder a family word or an honorific calls)
            continue
        if name.lower() in lang.interjections or words[0].lower() in lang.interjections:
            continue  # "Jezus Maria!", "Goeie hemel": an oath, no one addressed
        if lang.is_temporal(head):
            continue  # "Verleden Woensdag, bij de Van Loons.": a time, no one addressed
        if len(words) == 1 and text.startswith(".", m.end("name")) and head.lower() + "." in lang.honorifics:
            continue  # "Mr. Holmes", "Dr. Watson": an abbreviated title, the name comes after it
        if m.group("stop") is not None and not (is_given_name(words[0]) or words[0].lower() in lang.honorifics):
            continue  # after a full stop only a known first name or an honorific opens an address
        common = len(words) == 1 and not greeted and m.start("name") == 0 and (
            is_common_word(head) or text[m.end("name"):m.end("name") + 1] == "." and not is_given_name(head))
        out.append((name, tuple(words), greeted, bool(common)))
    return tuple(out)


#: the relations a family word in the vocative calls an elder by ("Mama, …", "…, oom?")
ELDER_RELATIONS = frozenset(("parent", "grandparent", "auncle"))


@lru_cache(maxsize=None)
def _kin_vocative_regex(words: frozenset[str], openers: frozenset[str]) -> regex.Pattern:
    """A family word in the vocative: opening the turn or a later sentence of it (perhaps after an
    answer particle or an endearment, "Maar Mama, …", "Ja, lieve moeder", "Dat weet je. Mama,
    laat hem gaan.") or after a comma, and closing its phrase ("Mama, mag ik …", "Ik zeg het
    alleen maar, Mama.", "Neen, oom!")."""
    kin = "|".join(sorted(map(regex.escape, words), key=len, reverse=True))
    opener = "|".join(sorted(map(regex.escape, openers), key=len, reverse=True))
    return regex.compile(
        rf"(?:(?:^|(?<=[.!?]\s))(?:(?:{opener})[\s,]+){{0,2}}|[,;!?]\s*)(?P<kin>{kin})\s*(?=[,!?]|\.\.\.|\.(?:\s|$)|$)",
        regex.IGNORECASE)


#: honorifics a servant, a guest or a child calls the master, the mistress or the daughter of the
#: house by, without a name: "Mevrouw, de dokter is daar."
_HOUSE_HONORIFICS = ("mevrouw", "mijnheer", "meneer", "m'nheer", "juffrouw")


def kin_vocatives(text: str, lang: LanguageData) -> list[str]:
    """The family words a turn calls an elder by, lower case: "Maar Mama, tante komt pas om vier
    uur!" → ['mama'], and the honorifics that call the master, mistress or daughter of the house
    without a name ("Mevrouw, de dokter is daar." → ['mevrouw']). A family word with a name
    after it ("tante Bertha") is a name in the vocative (``vocatives``); "kind", "jongen" call the
    young, not a relative by relation."""
    words = frozenset(w for w in lang.kinship if lang.kin_relations.get(w, ("", ""))[0] in ELDER_RELATIONS) \
        | frozenset(h for h in _HOUSE_HONORIFICS if h in lang.honorifics)
    return [m.group("kin").lower() for m in _kin_vocative_regex(words, lang.reply_openers).finditer(text.strip())]


def title_vocatives(text: str, lang: LanguageData) -> list[str]:
    """The titles a turn calls someone by, without a name, lower case: "Ja meester.", "Dat zie
    ik, luitenant.", "Kolonel! Ik wist niet …" → ['meester'], ['luitenant'], ['kolonel']. A
    title with a name after it ("luitenant Steenhuysen") is a name in the vocative
    (``vocatives``); the honorifics of the house and the family words are ``kin_vocatives``."""
    words = _title_words(lang)
    if not words:
        return []
    return [m.group("kin").lower() for m in _kin_vocative_regex(words, lang.reply_openers).finditer(text.strip())]


def _title_words(lang: LanguageData) -> frozenset[str]:
    """Titles of one word that call a person by their function ("meester", "dokter"): not a
    family word, nor an honorific of a gender ("mevrouw", "juffrouw": ``kin_vocatives``)."""
    out = _TITLE_WORDS.get(id(lang))
    if out is None:
        out = _TITLE_WORDS[id(lang)] = frozenset(
            t for t in lang.titles if " " not in t and t not in lang.kinship
            and lang.honorifics.get(t) not in ("m", "f") and t not in _HOUSE_HONORIFICS)
    return out


_TITLE_WORDS: dict[int, frozenset[str]] = {}


def addressed_gender(text: str, lang: LanguageData) -> str | None:
    """The gender of the one a turn calls without a name: "Ben je ziek, jongen?" → 'm', "Nee,
    meid." and "Goeden morgen, mevrouw." → 'f': a young noun (child_nouns.tsv) or a gendered
    honorific in the vocative. None when the turn calls no one so, or a man and a woman. (A family
    word is left out: "Mama? die is opgestaan." echoes a question as often as it calls; the elder
    it calls is found by family.elder_called.)"""
    words = _gendered_words(lang)
    found = {words[m.group("kin").lower()]
             for m in _kin_vocative_regex(frozenset(words), lang.reply_openers).finditer(text.strip())}
    return next(iter(found)) if len(found) == 1 else None


def _gendered_words(lang: LanguageData) -> dict[str, str]:
    """Words that call a man or a woman without a name, with the gender: young nouns and
    honorifics of one word (kept per language)."""
    out = _GENDERED.get(id(lang))
    if out is not None:
        return out
    out = _GENDERED[id(lang)] = {w: g for w, g in lang.child_nouns.items() if g in ("m", "f")}
    out.update((h, g) for h, g in lang.honorifics.items() if g in ("m", "f") and h.replace("'", "").replace("’", "").isalpha())
    return out


_GENDERED: dict[int, dict[str, str]] = {}


def called_names(text: str, lower_words: frozenset[str], lang: LanguageData,
                 called: Mapping[str, str] | None) -> set[str]:
    """The names a turn calls out, bare (``vocatives`` through ``bare``): the people the turn
    addresses, so never its speaker."""
    return {bare(v) for v in vocatives(text, lower_words, lang, called)}


@lru_cache(maxsize=1 << 16)
def bare(name: str) -> str:
    """'mevrouw Dekker' → 'dekker': the name without its honorific, for comparison. A
    description ("broeder van Cornelia", "de oude heer") is compared whole: it is not Cornelia."""
    words = name.split()
    if not words:
        return ""
    if words[0].islower() and load_language("nl").honorifics.get(words[0]) is None:
        return name.lower()
    return words[-1].lower()


def same(a: str | None, b: str | None) -> bool:
    """Do two speaker names name one person ('Frits' and 'Frits van Raven', 'mevrouw Dekker' and
    'Dekker')?"""
    if not a or not b:
        return False
    if bare(a) != bare(b) and (" " in bare(a) or " " in bare(b)):
        return False  # a description is one person, not the one it is related to
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) > 1 and len(wb) > 1 and wa[0] != wb[0]:
        nl = load_language("nl")
        if a[:1].isupper() and b[:1].isupper() and wa[0] not in nl.particles and wb[0] not in nl.particles:
            return False  # "Sophie van Hoven" and her daughter "Frederica van Hoven": one family
        ga, gb = _opening_gender(a.split()[0]), _opening_gender(b.split()[0])
        if ga is not None and gb is not None and ga != gb:
            return False  # "mevrouw van Hoven" and her son "Hendrik van Hoven"
        ea, eb = nl.honorific_estates.get(wa[0]), nl.honorific_estates.get(wb[0])
        if ea is not None and eb is not None and ea != eb:
            return False  # "mevrouw Verstraeten" and "juffrouw Verstraeten": mother and daughter
    return wa[-1] == wb[-1] or (len(wa) == 1 and wa[0] == wb[0]) or (len(wb) == 1 and wb[0] == wa[0])


@lru_cache(maxsize=1 << 14)
def _opening_gender(word: str) -> str | None:
    """The gender the first word of a name tells: an honorific's ("mevrouw") or a given name's
    ("Hendrik"); None for a particle, a surname or a word of no gender."""
    nl = load_language("nl")
    low = word.lower()
    if low in nl.honorifics:
        return nl.honorifics[low] if nl.honorifics[low] in ("m", "f") else None
    if low in nl.particles or not word[:1].isupper():
        return None
    return given_name_gender(word)
