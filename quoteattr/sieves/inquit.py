"""Who an inquit names: the description, pronoun or name of a turn's inquit resolved to a person
of the story, and the fuller names a turn's words point to.

- "zeide de oude heer" after "de oude heer Gerard van Loon", or the person the narration has just
  introduced; in a talk of the first-person narrator with one other person, that other person;
  in the answer to "Dag Smulders", Smulders (``described``)
- "zeide zij" is the woman of the two talking, never the one the turn addresses (``participant``)
- "Ik ben Ilse." names its own speaker, and so does "Tom." answering "Wie ben jij?" (``self_named``)
- the fullest name given so far for a name a turn calls out (``Fullest``, ``full_name``)

Used by the turn-taking pass (dialogue.py); language data: honorifics, titles and person nouns.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from ..analysis import DocumentAnalysis
from ..entities import is_given_name
from ..lang import LanguageData
from ..mentions import INTRODUCED_AS, person_noun
from ..model import Quote
from ..resolve import Resolver, description_gender
from .address import bare, called_names, same, vocatives


_SELF_NAMED = regex.compile(
    r"(?<![\p{L}])(?i:ik\s+ben|ik\s+heet|mijn\s+naam\s+is|zeg\s+maar|noem\s+m(?:e|ij)(?:\s+maar)?|iedereen\s+zegt)"
    r"\s+(?:(?:Mr|Mrs|Miss|Dr|Mevr|Mej|Dhr)\.?\s+)?(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)")

#: the name first, then that it is the speaker's: "Thaddeus Sholto, zoo is mijn naam", "Jansen is
#: mijn naam", "Mr. Sholto, zo heet ik" (an English or Dutch honorific with its dot may precede it)
_NAME_IS_MINE = regex.compile(
    r"(?:(?:Mr|Mrs|Miss|Dr|Mevr|Mej|Dhr)\.?\s+)?(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)"
    r"[\s,\"'“”‘’„]*(?i:(?:zoo|zo|dat)\s+)?(?i:is\s+mijn\s+naam|heet\s+ik)(?![\p{L}])")


#: a speaker introducing themselves by name and function, the "ik ben" left out: "Mevrouw Van
#: den Broeck? Yasmina El Amrani, wijkagent."
_INTRODUCED_AS = INTRODUCED_AS


#: a question that asks the one addressed who they are: "Wie ben jij?", "Hoe heet u?", "Wat doe
#: jij hier?", "Wie daar?", "Met wie spreek ik?"
_WHO_ARE_YOU = regex.compile(
    r"(?<![\p{L}])(?i:wie\s+(?:ben|bent|zijt|zijn)\s+(?:jij|je|u|gij|ge|jullie)|hoe\s+(?:heet|heeten|heten)\s+(?:jij|je|u|gij|ge|jullie)"
    r"|wat\s+(?:doe|doet|doen)\s+(?:jij|je|u|gij|ge|jullie)\s+hier|wie\s+(?:is\s+)?daar|met\s+wie\s+spreek\s+ik)(?![\p{L}])")

#: an answer that is a name alone, as its first sentence: "Tom. Van hiernaast.", "Kees Hendriks.",
#: "Jansen, mevrouw."
_NAME_ALONE = regex.compile(
    r"\s*(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’-]+){0,2})"
    r"\s*(?:[.!]|,\s*(?P<after>\p{Ll}+)\s*[.!]|$)")


def self_named(text: str, resolver: Resolver, lang: LanguageData, asked: str | None = None) -> str | None:
    """"Dag mevrouw. Ik ben Ilse. Ilse Verbeek.": a turn that names its own speaker, also by
    name and function alone ("Yasmina El Amrani, wijkagent."), or, as the answer to the question
    who they are (``asked``, the turn before: "Wie ben jij?", "Wat doe jij hier?"), by a name
    alone ("Tom. Van hiernaast."). The name must be a person of the text or a given name ("Ik
    ben Amsterdammer" names no one)."""
    m = _SELF_NAMED.search(text) or _NAME_IS_MINE.search(text)
    if m is None and asked is not None and _WHO_ARE_YOU.search(asked):
        named = _answered_name(text, resolver, lang)
        if named is not None:
            return named
    if m is None:
        intro = _INTRODUCED_AS.search(text)
        if intro is None or not person_noun(intro.group("head"), lang) \
                or intro.group("role").split()[0] in lang.determiners:
            return None  # ("Wie is dat? --Jan Smit, de buurman.": an answer naming someone else)
        name = intro.group("name")
        return name if is_given_name(name.split()[0]) else None
    name = m.group("name")
    ent = resolver.entity_for_name(name, 1 << 62)
    if ent is not None and ent.kind == "person":
        return ent.name
    if " " in name and "naam" in m.group().lower():
        return name  # "mijn naam is …", "… is mijn naam": a full name, whatever the name lists know
    return name if is_given_name(name.split()[0]) else None


def _answered_name(text: str, resolver: Resolver, lang: LanguageData) -> str | None:
    """The name alone that opens an answer to "Wie ben jij?" ("Tom. Van hiernaast.", "Jansen,
    meneer."): a given name, or a person the text knows; no function word or interjection
    ("Niemand.", "Ach."), and after a comma only an honorific or a title ("…, meneer")."""
    m = _NAME_ALONE.match(text)
    if m is None:
        return None
    after = m.group("after")
    if after is not None and after not in lang.honorifics and after not in lang.titles and after not in lang.kinship:
        return None
    name = m.group("name")
    first = name.split()[0]
    if first.lower() in lang.function_words or first.lower() in lang.interjections \
            or first.lower() in lang.turn_openers or first.lower() in lang.honorifics:
        return None
    ent = resolver.entity_for_name(name, 1 << 62)
    if ent is not None and ent.kind == "person":
        return ent.name
    return name if is_given_name(first, lang=lang) else None


def described(an: DocumentAnalysis, q: Quote, prev: Quote | None, turn_texts: list[str],
               described: dict[str, str], fullest: "Fullest", resolver: Resolver | None,
               lower: frozenset[str], narrator: str | None = None, before_prev: str | None = None) -> Quote:
    """"— Dag Smulders, zei ik. — Zoo, ben jij het, zei de oude boer.": a description in the
    inquit of the answer to a turn that addressed someone by name is that person, and stays
    so for the rest of the text ("zei de oude boer" later on). Failing that, the person the
    narration has just introduced (_introduced)."""
    lang = an.lang
    key = (q.speaker or "").lower()
    if resolver is not None and key != "de verteller":
        # "“Mr. Thaddeus Sholto,” zei de kleine man, “zoo is mijn naam.”": a turn that names its
        # own speaker says who the description is, from then on
        own_name = self_named(_turn_words(an, q.paragraph), resolver, lang)
        if own_name is not None:
            described[key] = own_name
            return replace(q, speaker=own_name, speaker_kind="person", sieve="dialogue-described", confidence=0.7)
    if not key.startswith(("de ", "den ", "het ")) or key == "de verteller":
        return q  # a definite description only ("zei moeder" names the family's mother)
    name = described.get(key)
    called = resolver.called if resolver else None
    own = called_names(q.text, lower, lang, called) if name is None else set()
    if name is None and prev is not None and q.paragraph != prev.paragraph:
        addressed = [v for t in turn_texts for v in vocatives(t, lower, lang, called) if not same(v, prev.speaker)]
        if addressed and bare(addressed[-1]) not in own and not same(addressed[-1], narrator):
            name = described[key] = full_name(addressed[-1], fullest, resolver, q.start)
    if name is None and resolver is not None:
        name = _introduced(an, q, prev, resolver, key, own, lang, narrator)
        if name is None and narrator is not None and prev is not None:
            name = _other_talker(prev, before_prev, resolver, key, own, lang, narrator)
        if name is not None:
            described[key] = name
    if name is None:
        return q
    return replace(q, speaker=name, speaker_kind="person", sieve="dialogue-described", confidence=0.6)


def _turn_words(an: DocumentAnalysis, paragraph: int) -> str:
    """The quoted words of one paragraph, its parts joined by a space (a turn split by its inquit)."""
    para = an.paras[paragraph]
    return " ".join(an.text[a:b] for a, b in an.qranges if para.start <= a < para.end)


def _other_talker(prev: Quote, before_prev: str | None, resolver: Resolver, key: str,
                  own: set[str], lang: LanguageData, narrator: str) -> str | None:
    """"— Jij schrikt als een haas, jongen. … — Die lag achter den wal, zei de oude boer.": in a
    conversation of the narrator with one other person, a description in an inquit is that
    other person, when the description's gender allows and the turn does not address them."""
    talking = {n for n in (prev.speaker, before_prev) if n}
    others = [n for n in talking if not same(n, narrator)]
    if len(others) != 1 or not any(same(n, narrator) for n in talking):
        return None
    name = others[0]
    gender = description_gender(key.split()[-1], lang)
    have = gender_of(resolver, name)
    if gender and have in ("m", "f") and have != gender:
        return None
    if bare(name) in own:
        return None  # the turn addresses them
    return name


#: how many paragraphs before a turn the narration may have introduced the person a description
#: in its inquit stands for
INTRODUCED_PARAS = 2


def _introduced(an: DocumentAnalysis, q: Quote, prev: Quote | None, resolver: Resolver, key: str,
                own: set[str], lang: LanguageData, narrator: str | None = None) -> str | None:
    """"… een oogenblik later stond Paul de Wit in de deur. --Ik stoor u, zeide de advocaat.": a
    description in an inquit stands for the person the narration has just named (in this
    paragraph or the two before), unless the turn addresses them, they spoke the turn before,
    they tell the story, or what is known of them (gender, functions) does not fit the
    description."""
    noun = key.split()[-1]
    if not person_noun(noun, lang):
        return None
    gender = description_gender(noun, lang)
    floor = an.paras[max(0, q.paragraph - INTRODUCED_PARAS)].start if q.paragraph < len(an.paras) else q.start
    for p, ent in resolver.before(q.start):
        if p < floor:
            break
        if ent.kind != "person" or ent.name.isupper() or bare(ent.name) in own:
            continue
        if not (ent.person or ent.spoke or is_given_name(ent.name.split()[0])):
            continue  # "een stukje van den Westertoren": a name, but no evidence of a person
        if prev is not None and prev.paragraph != q.paragraph and same(ent.name, prev.speaker):
            continue
        if same(ent.name, narrator):
            continue  # a first-person narrator is "ik" in an inquit, never "de oude boer"
        have = ent.gender or ent.soft_gender
        if gender and have in ("m", "f") and have != gender:
            continue
        if ent.roles and not resolver.holds(ent, lang.title_head(noun) or noun):
            continue
        return ent.name
    return None


class Fullest:
    """The speaker names given so far for each bare name ('frits' → 'Frits van Raven'), kept up
    to date as turns get speakers: one dictionary, so looking a name up does not read every turn
    of a novel again. One surname may be a whole family ("Frederica van Hoven", "mevrouw van
    Hoven"): a name's fullest form is the longest of them that is the same person. Descriptions
    ("broeder van Cornelia") lend no fuller name."""

    def __init__(self, quotes: list[Quote], speech: list[int]):
        self.by_key: dict[str, list[str]] = {}
        for i in speech:
            self.add(quotes[i])

    def add(self, q: Quote) -> None:
        sp = q.speaker
        if sp and q.speaker_kind != "description":
            names = self.by_key.setdefault(bare(sp), [])
            if sp not in names:
                names.append(sp)

    def get(self, name: str) -> str | None:
        """The longest name given so far for the person ``name`` names; None when there is none,
        or when an honorific and a surname fit several people given names ("juffrouw van Hoven"
        with two daughters speaking)."""
        names = [n for n in self.by_key.get(bare(name), ()) if same(name, n)]
        if not names:
            return None
        named = {n for n in names if n[:1].isupper() and len(n.split()) > 1}
        if len(named) > 1 and name[:1].islower() and not any(same(a, b) for a in named for b in named if a < b):
            return None
        return max(names, key=len)


def full_name(name: str, fullest: Fullest, resolver: Resolver | None, pos: int) -> str:
    """The fullest name for ``name``: a speaker already given ('Frits' → 'Frits van Raven'), or
    the person the narration named so ('Gerard' → 'Gerard van Loon'; 'juffrouw Reyers' and
    'luitenant Steenhuysen' → the woman and the officer of those surnames the narration named in
    full), else the name as the turn says it ('mevrouw Dekker'). An honorific tells the gender:
    "juffrouw van Hoven" is not her brother Hendrik van Hoven."""
    name = " ".join(name.split())  # (a name the text wraps over two lines is one name)
    best = fullest.get(name)
    if resolver is not None and (best is None or _titled(best, resolver.lang)):
        untitled = _untitled(name, resolver.lang)
        titled = untitled != name
        ent = resolver.entity_for_name(untitled if titled else name.split()[-1], pos,
                                       role=name.split()[0] if titled else None)
        if ent is not None and ent.kind == "person" and len(ent.name) > len(untitled) \
                and not _titled(ent.name, resolver.lang):
            best = ent.name
    if best is not None and resolver is not None and " " in name:
        want = resolver.lang.honorifics.get(name.split()[0].lower())
        if want in ("m", "f") and gender_of(resolver, best) not in (None, want):
            return name
    return best or name


def _titled(name: str, lang: LanguageData) -> bool:
    """Does ``name`` open with an honorific or a function ("juffrouw Reyers", "Luitenant
    Steenhuysen") before more words?"""
    head, _, rest = name.partition(" ")
    return bool(rest) and (head.lower() in lang.honorifics or head.lower() in lang.titles)


def _untitled(name: str, lang: LanguageData) -> str:
    """'mijnheer van Hoven' → 'van Hoven': a name without the honorific before it."""
    head, _, rest = name.partition(" ")
    return rest if _titled(name, lang) else name


def pronoun_gender(word: str, lang: LanguageData) -> str | None:
    """The gender a subject pronoun gives its speaker ("zeide zij", "vroeg hij"): m or f, from
    the language's pronoun table ("zij"/"ze" may be plural, but an inquit in a scene of two
    people is one of them); none for any other word."""
    gender, case = lang.pronouns.get(word.lower(), ("", ""))
    if case != "subject":
        return None
    return {"m": "m", "f": "f", "f/pl": "f"}.get(gender)


def gender_of(resolver: Resolver, name: str | None) -> str | None:
    if not name:
        return None
    ent = resolver.entity_for_name(name, 1 << 62)
    return (ent.gender or ent.soft_gender or None) if ent is not None else None


def participant(q: Quote, resolver: Resolver, want: str, talking: list[str | None],
                 lower: frozenset[str], lang: LanguageData, narrator: str | None = None) -> Quote:
    """"--Ga zitten, zeide zij": a pronoun inquit names one of the people talking. When the
    pronoun was resolved to someone of the other gender, or to the person the turn addresses,
    the participant of the pronoun's gender takes the turn. A first-person narrator (``narrator``)
    is "ik" in an inquit, never "hij" or "zij": a pronoun resolved to the narrator's own name
    (which the narration gives: "ik heet Droogstoppel") is someone else talking with them."""
    own = called_names(q.text, lower, lang, resolver.called if resolver else None)
    teller = narrator is not None and q.speaker is not None and same(q.speaker, narrator)
    have = gender_of(resolver, q.speaker)
    if have in ("m", "f") and have == want and bare(q.speaker or "") not in own and not teller:
        return q
    if have is None and bare(q.speaker or "") not in own and q.speaker is not None and not teller:
        return q  # nothing known against it
    for name in reversed([t for t in talking if t]):
        if gender_of(resolver, name) == want and bare(name) not in own and not same(name, q.speaker) \
                and not (narrator is not None and same(name, narrator)):
            return replace(q, speaker=name, speaker_kind="person", sieve="dialogue-participant", confidence=0.6)
    if teller:
        return not_the_teller(q, resolver, want, own, narrator)
    if q.speaker is not None and bare(q.speaker) in own:
        # "--Er was geen inspectie, Fré. …, hernam zij": not Fré; the nearest other woman named
        for p, ent in resolver.before(q.start):
            if q.start - p > PARTICIPANT_WINDOW:
                break
            if ent.kind == "person" and (ent.gender or ent.soft_gender) == want and bare(ent.name) not in own \
                    and not same(ent.name, q.speaker):
                return replace(q, speaker=ent.name, speaker_kind="person", sieve="dialogue-participant",
                               confidence=0.5)
    return q


#: how far back the narration may have named the one a pronoun inquit stands for, when the
#: nearest one is the person the turn addresses
PARTICIPANT_WINDOW = 1500


def not_the_teller(q: Quote, resolver: Resolver, want: str, own: set[str], narrator: str | None) -> Quote:
    """"Ik had hem hooren zeggen … en vroeg wat hij bedoelde. --Wèl, zeide hij": a pronoun
    inquit the resolver gave the first-person narrator's own name is the nearest person the
    text names before it (after a preposition too: "met Stern"), of the pronoun's gender or of
    none known, not the narrator and not one the turn calls by name; failing that, the turn
    keeps its speaker. A person is a name a list or the grammar shows to be one, or one the
    text names more than once, a word and not a letter ("Luthersch", "auf Ehrenwort" once are
    none, nor the "N" of "N° 37")."""
    if narrator is None or q.speaker is None or not same(q.speaker, narrator):
        return q
    for p, ent in resolver.mentioned_before(q.start):
        if q.start - p > PARTICIPANT_WINDOW:
            break
        if ent.kind == "person" and (ent.person or len(ent.positions) > 1 and len(ent.name) > 2) \
                and (ent.gender or ent.soft_gender or want) == want \
                and bare(ent.name) not in own and not same(ent.name, narrator):
            # (a name no list knows the text comes back to is one of its people: "met Stern")
            return replace(q, speaker=ent.name, speaker_kind="person", sieve="dialogue-participant",
                           confidence=0.5)
    return q
