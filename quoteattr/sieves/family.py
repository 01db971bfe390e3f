"""The family a dialogue names: a parent named only in speech, and the first-person narrator's own.

- "— Dag Smulders, zei ik. — Zoo, ben jij het. De jongen van Driek Hendriks.": a turn that tells
  the one it speaks to whose child they are ("De jongen van X.", "Ben jij niet de dochter van
  X?", "Jij bent zeker het meisje van X") names that person's parent (``named_parents``)
- in a story told by "ik", the family words the narration uses as names ("zei vader", "Vader kwam
  uit de schuur", "vroeg mijn moeder") are the narrator's family; once a turn named the narrator's
  parent, the family word of that parent's gender is that person (``narrator_family``)
- a family word an inquit uses as a name ("zei vader") names one person wherever the narration
  uses it so ("Vader at een tijd lang zonder iets te zeggen."), a person a pronoun may point
  back to (``family_names``, before the sieves resolve pronouns)

- "Mama, mag ik …", "Neen, tante!", "Mevrouw, de dokter is daar.": a family word or a bare
  honorific in the vocative calls an elder of the scene, who answers (``elder_called``, for the
  exchange search of sequence.py)

Used by the turn-taking pass (dialogue.py); language data: child_nouns.tsv, kin_relations.tsv,
kinship.txt, honorifics.tsv.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

import regex

from ..analysis import DocumentAnalysis
from ..entities import is_given_name
from ..lang import LanguageData
from ..model import Quote
from ..resolve import Entity, Resolver, name_tokens
from ..resolve.names import _CONVERSE
from .address import bare, same, vocatives

#: "de jongen van Driek Hendriks", "het meisje van Peeters", "de zoon van Van Gils": a child noun,
#: "van" and a name of one to three capitalised words (particles between), ending its clause
_CHILD_OF = regex.compile(
    r"(?<![\p{L}'’])(?i:de|den|het|['’]t)\s+(?P<noun>\p{Ll}+)\s+van\s+"
    r"(?P<name>\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’-]*){0,2})"
    r"(?=\s*(?:[.?!,;]|$))")

#: what may stand before the child noun in its sentence for the sentence to say who the one
#: addressed is: nothing ("De jongen van X."), interjections set off by commas ("Zoo, …"), and
#: a second-person copula ("ben jij (niet)", "jij bent toch", "gij zijt")
_IDENTIFIES = regex.compile(
    r"(?:\p{L}+\s*,\s*)*"
    r"(?i:(?:ben|bent|zijt|zijn)\s+(?:jij|je|u|gij|ge|jullie)|(?:jij|je|u|gij|ge|jullie)\s+(?:ben|bent|zijt|zijn))?"
    r"(?:\s*(?i:toch|zeker|niet|dus|dan|ook|immers|nou|nu|eigenlijk|misschien|soms|al))*\s*")

#: a question about someone else, which a bare "De jongen van X." answers: "Wie is dat?"
_WHO_ELSE = regex.compile(r"(?i)(?<!\p{L})wie\s+(?:is|was|zijn|waren)\s+(?:dat|die|dit|hij|zij|ze|het)(?!\p{L})")

#: a sentence end: the child noun's sentence starts after the last one
_SENTENCE_END = regex.compile(r"[.?!…]+\s+|\n")


@dataclass(slots=True)
class NamedParent:
    """A turn named the parent of the one it speaks to: ``child`` (None for the narrator)."""

    child: str | None
    parent: str
    noun: str     # the child noun: "jongen", "dochter"
    pos: int      # where the turn names the parent


def named_parents(an: DocumentAnalysis, quotes: list[Quote], speech: list[int], narrator_turns: set[int],
                  called: dict[str, str] | None = None) -> list[NamedParent]:
    """The parents turns name for the one they speak to (see the module docstring). The one
    spoken to is the person a name in the vocative calls, else the narrator when the turn
    answers one of the narrator's own, else the speaker of the turn answered (by an inquit)."""
    lang = an.lang
    out: list[NamedParent] = []
    for n, i in enumerate(speech):
        q = quotes[i]
        if i in narrator_turns or "van" not in q.text:
            continue
        for m in _CHILD_OF.finditer(q.text):
            if m.group("noun") not in lang.child_nouns:
                continue
            parent = " ".join(m.group("name").split())
            if not _person_name(parent, lang):
                continue
            lead = q.text[_sentence_start(q.text, m.start()):m.start()]
            if not _IDENTIFIES.fullmatch(lead):
                continue  # "Daar loopt de zoon van Jansen": someone else
            prev = quotes[speech[n - 1]] if n > 0 else None
            if prev is not None and prev.paragraph < q.paragraph and _WHO_ELSE.search(prev.text):
                continue  # "Wie is dat? — De jongen van Driek Hendriks.": someone else
            called_by = [v for v in vocatives(q.text, an.lower_words, lang, called) if not same(v, parent)]
            child: str | None
            if called_by:
                child = called_by[-1]
            elif prev is not None and prev.paragraph < q.paragraph and speech[n - 1] in narrator_turns:
                child = None
            elif prev is not None and prev.paragraph == q.paragraph - 1 and prev.cue is not None \
                    and prev.speaker and prev.speaker_kind == "person":
                child = prev.speaker
            else:
                continue
            out.append(NamedParent(child, parent, m.group("noun"), q.start + m.start("name")))
    return out


def _sentence_start(text: str, pos: int) -> int:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    return start


def _person_name(name: str, lang: LanguageData) -> bool:
    """A name a parent may have: a given name first, or a surname (one or more capitalised
    words, particles between) that is no function word ("van Hem", "van Mij" are none)."""
    words = name.split()
    if words[0].lower() in lang.function_words and words[0].lower() not in lang.particles:
        return False
    return is_given_name(words[0], lang=lang) or words[-1][:1].isupper()


def tie_parents(resolver: Resolver, found: list[NamedParent]) -> list[tuple[NamedParent, Entity]]:
    """Register each parent a turn named as a person of the story (a name spoken, not one the
    narration uses: no antecedent for a pronoun) and tie the child named to them. The parents of
    the narrator come back, with their entities."""
    out = []
    for f in found:
        ent = resolver.add_name(f.parent, f.pos, antecedent=False)
        if ent.kind != "person":
            continue
        ent.person = True
        if f.child is None:
            out.append((f, ent))
            continue
        child = resolver.entity_for_name(f.child, f.pos)
        if child is not None and child is not ent:
            resolver.tie(child, "zoon", ent)  # (the relation is what counts: the child's parent)
    return out


#: "mijn vader", "m'n moeder": the narrator's own family word, with its possessive
_MY = ("mijn ", "m'n ", "m’n ")

#: a word of the narration (see named_in_narration)
_WORD = regex.compile(r"(?<![\p{L}'’-])\p{L}+(?![\p{L}'’-])")


def narrator_family(an: DocumentAnalysis, quotes: list[Quote], resolver: Resolver,
                    parents: list[tuple[NamedParent, Entity]], narrator_called: set[str]) -> None:
    """"zei vader" in a story told by "ik" whose turns named the narrator's parent: the parent of
    the family word's gender is that person, everywhere the narration calls them so (in
    ``quotes``, in place). The parent's gender is their given name's, else a man's when they
    bear the surname others call the narrator by (Dutch children bear their father's name),
    else that of the one parent word the narration uses."""
    lang = an.lang
    used = {_parent_word(q.speaker, lang) for q in quotes if q.speaker}
    used.discard(None)
    if not used or not parents:
        return
    genders = {lang.kin_relations[w][1] for w in used}
    by_gender: dict[str, Entity] = {}
    for f, ent in parents:
        gender = _parent_gender(ent, narrator_called, genders)
        if gender is None or by_gender.get(gender, ent) is not ent:
            continue
        by_gender[gender] = ent
    if not by_gender:
        return
    for k, q in enumerate(quotes):
        word = _parent_word(q.speaker, lang) if q.speaker else None
        ent = by_gender.get(lang.kin_relations[word][1]) if word else None
        if ent is None:
            continue
        if ent.gender is None:
            ent.gender = lang.kin_relations[word][1]
        ent.spoke = True
        if q.speaker_start is not None:
            resolver.mentioned(ent, q.speaker_start)
        quotes[k] = replace(q, speaker=ent.name, speaker_kind="person")
    for word in used:
        ent = by_gender.get(lang.kin_relations[word][1])
        if ent is None:
            continue
        called = resolver.entity_for_name(word, 1 << 62)
        if called is not None and called is not ent and called.name == word:
            called.name = ent.name  # the person the narration calls "vader" (family_names) is he
            called.gender = called.gender or ent.gender
            continue
        for pos in named_in_narration(an, word):
            resolver.mentioned(ent, pos)


def family_names(an: DocumentAnalysis, resolver: Resolver, spoken: set[str]) -> None:
    """"Vader kwam uit de schuur. … — Smulders? zei hij.": a family word that an inquit of the
    text uses as a name ("zei vader", ``spoken``) names one person of the story wherever the
    narration uses it so, a person of the word's gender whom a pronoun may point back to."""
    lang = an.lang
    for word in sorted(spoken):
        found = lang.kin_relations.get(word)
        for pos in named_in_narration(an, word):
            ent = resolver.add_name(word, pos, subject=an.opens_sentence(pos))
            ent.person = True
            if found is not None and ent.gender is None:
                ent.gender = found[1]


def _parent_word(speaker: str, lang: LanguageData) -> str | None:
    """'vader', 'Moeder', 'mijn vader' → the family word, when it names a parent used as a name
    (kinship.txt) or with "mijn"; None for any other speaker."""
    low = speaker.lower()
    for my in _MY:
        if low.startswith(my):
            low = low[len(my):]
            break
    else:
        if low not in lang.kinship:
            return None
    found = lang.kin_relations.get(low)
    return low if found is not None and found[0] == "parent" else None


def _parent_gender(ent: Entity, narrator_called: set[str], genders: set[str]) -> str | None:
    known = ent.gender or ent.soft_gender or None
    if known in ("m", "f"):
        return known
    toks = name_tokens(ent.name)
    if len(toks) > 1 and toks[-1].lower() in narrator_called:
        return "m"  # "De jongen van Driek Hendriks." to the one the teacher calls "Hendriks"
    return next(iter(genders)) if len(genders) == 1 else None


def named_in_narration(an: DocumentAnalysis, word: str) -> list[int]:
    """Where the narration (outside quotations) uses ``word`` as a name: capitalised to open a
    sentence ("Vader kwam …"), or after a verb ("zei vader"); not after an article or a
    possessive ("de vader", "zijn vader") nor before "van" ("de vader van Bertje")."""
    out = []
    pattern = regex.compile(rf"(?<![\p{{L}}'’-])(?i:{regex.escape(word)})(?![\p{{L}}'’-])")
    ranges = an.qranges
    k = 0
    for m in pattern.finditer(an.text):
        while k < len(ranges) and ranges[k][1] <= m.start():
            k += 1
        if k < len(ranges) and ranges[k][0] <= m.start() < ranges[k][1]:
            continue
        before = _WORD.findall(an.text, max(0, m.start() - 20), m.start())
        last = before[-1] if before else ""
        if last.lower() in an.lang.determiners or last.lower() in _POSSESSIVES or an.text.startswith(" van ", m.end()):
            continue
        if last[:1].isupper() and last.endswith("s") and last.lower() not in an.lang.function_words:
            continue  # "Bertjes vader"
        out.append(m.start())
    return out


_POSSESSIVES = frozenset(("zijn", "haar", "hun", "je", "jouw", "uw", "onze", "ons", "z'n", "d'r", "m'n",
                          "mijn", "hare", "zijne"))


def narrator_called(quotes: list[Quote], speech: list[int], narrator_turns: set[int],
                    lower: frozenset[str], lang: LanguageData) -> set[str]:
    """Every word of the names turns right before or after the narrator's own call out, lower
    case: what others call the narrator ("Kees", "Hendriks")."""
    out: set[str] = set()
    for n, i in enumerate(speech):
        if i in narrator_turns:
            continue
        if (n > 0 and speech[n - 1] in narrator_turns) or (n + 1 < len(speech) and speech[n + 1] in narrator_turns):
            for v in vocatives(quotes[i].text, lower, lang):
                out.update(w.lower() for w in v.split())
    return out


#: a possessive that opens an inquit's family noun ("zei haar dochter") → the owner's gender
_OWNER_GENDER = {"haar": "f", "zijn": "m", "hare": "f", "zijne": "m", "z'n": "m", "d'r": "f"}


def relatives_of_the_talk(an: DocumentAnalysis, quotes: list[Quote], speech: list[int],
                          resolver: Resolver) -> None:
    """"— Dat zeg je sinds september. — Ik doe het morgen wel, zei haar dochter.": a family noun
    after a possessive in the inquit of a turn of dialogue belongs to one of the people talking,
    the speaker of the turn just before (else of the one before that), when the narration
    leaves it a description of someone else ("dochter van Ilse", the woman named last): the
    relative the text gives that speaker of the possessive's gender (Resolver.relative) speaks
    the turn, and the turns of its paragraph the description was carried to (in place)."""
    lang = an.lang
    for n, i in enumerate(speech):
        q = quotes[i]
        if q.cue is None or q.speaker_kind != "description" or not q.speaker or " van " not in q.speaker:
            continue
        words = (q.speaker_mention or "").lower().split()
        if len(words) < 2 or words[0] not in _OWNER_GENDER or words[1] not in lang.kin_relations:
            continue
        noun, owner_name = q.speaker.split(" van ", 1)
        if noun.lower() != words[1]:
            continue
        gender = _OWNER_GENDER[words[0]]
        kin = None
        for k in (n - 1, n - 2):
            if k < 0:
                break
            prev = quotes[speech[k]]
            if prev.paragraph < q.paragraph - 2 or prev.paragraph == q.paragraph:
                break
            if not prev.speaker or prev.speaker_kind != "person" or same(prev.speaker, owner_name):
                continue
            ent = resolver.entity_for_name(prev.speaker, q.start)
            if ent is None or (ent.gender or ent.soft_gender) != gender:
                continue
            kin = resolver.relative(ent, noun)
            if kin is not None:
                break
        if kin is None or same(kin.name, owner_name):
            continue
        said = q.speaker
        para = q.paragraph
        for j in speech[n:]:
            other = quotes[j]
            if other.paragraph > para + 1:
                break  # the exchange ends where a turn does not follow the one before
            para = other.paragraph
            if other.speaker == said:
                quotes[j] = replace(other, speaker=kin.name, speaker_kind="person")


def elder_called(kin: str, pos: int, floor: int, resolver: Resolver, lang: LanguageData,
                 spoken: Callable[[int], bool] = lambda p: False, window: int = 3000) -> str | None:
    """The person a family word or a bare honorific in the vocative calls ("Mama, mag ik …",
    "Neen, tante!", "Mevrouw, de dokter is daar."): one person of the scene, named by the
    narration (not inside a turn: ``spoken``) before ``pos`` from ``floor`` on and within
    ``window`` characters, of the word's gender.

    - A family word: someone the narration gives this family word or one of the same relation
      ("tante Bertha", "zijn moeder Clara"), or children ("Tom … zijn zoon Wout"); else an elder of the house, a married woman or a man
      it calls by an honorific ("mevrouw Van Arkel", "mijnheer Dekker"); else the one person of
      the word's gender the scene has named ("Marianne … zei ze. — Het is laat, mam.").
    - An honorific: someone the narration calls by it, of its estate when it has one (mevrouw a
      married woman, juffrouw an unmarried one).

    None when no one or more than one fits, or when the elder is known by a surname alone that
    another person of the story of that gender bears."""
    if kin not in lang.kin_relations and lang.honorifics.get(kin) in ("m", "f"):
        gender, estate = lang.honorifics[kin], lang.honorific_estates.get(kin)
        found = [e for e in _scene_people(pos, floor, resolver, spoken, window)
                 if e.honorific_gender == gender and (estate is None or e.estate == estate)]
        return _called_name(found, gender, resolver, lang, kin)
    relation, gender = lang.kin_relations.get(kin, ("", ""))
    if relation not in ("parent", "auncle", "grandparent"):
        return None
    same_relation = {w for w, (r, g) in lang.kin_relations.items() if r == relation and g == gender}
    young = _CONVERSE.get(relation)
    kin_named: list[Entity] = []
    honoured: list[Entity] = []
    others: list[Entity] = []
    for ent in _scene_people(pos, floor, resolver, spoken, window):
        if (ent.honorific_gender or ent.gender or ent.soft_gender) != gender:
            continue
        others.append(ent)
        if any(w.lower() in same_relation for r in ent.roles for w in r.split()) \
                or ent.name.split()[0].lower() in same_relation \
                or any(r == young for r, _ in ent.kin):  # "Tom … zijn zoon Wout": a father
            kin_named.append(ent)
        elif ent.estate == "married" or (gender == "m" and any(
                lang.honorifics.get(w.lower()) == "m" and w.lower() not in lang.kin_relations
                for r in ent.roles for w in r.split())):  # "mijnheer", not "oom"
            honoured.append(ent)
    return _called_name(kin_named or honoured or others, gender, resolver, lang)


def title_called(title: str, pos: int, floor: int, resolver: Resolver,
                 spoken: Callable[[int], bool] = lambda p: False, window: int = 3000) -> str | None:
    """The person a title in the vocative calls ("Ja meester.", "Dat zie ik, luitenant."): the
    one person of the scene (named by the narration before ``pos``, from ``floor`` on) the text
    gives that title ("meester Verhoeven", "zei de meester", "de gepensioneerde kolonel Bernard
    van Rossum"). None when no one or more than one has it."""
    found = [e for e in _scene_people(pos, floor, resolver, spoken, window)
             if any(title in r.lower().split() for r in e.roles) or e.name.split()[0].lower() == title]
    return found[0].name if len(found) == 1 else None


def _scene_people(pos: int, floor: int, resolver: Resolver, spoken: Callable[[int], bool],
                  window: int) -> list[Entity]:
    """The people the narration names before ``pos``, from ``floor`` on and within ``window``
    characters, nearest first, each once."""
    out: list[Entity] = []
    for p, ent in resolver.before(pos):
        if pos - p > window or p < floor:
            break
        if ent.kind == "person" and not spoken(p) and not any(e is ent for e in out):
            out.append(ent)
    return out


def _called_name(found: list[Entity], gender: str, resolver: Resolver, lang: LanguageData,
                 title: str | None = None) -> str | None:
    """The name of the one person ``found`` holds, as the turn-taking should compare it: the
    name as it is when it has a given name or an honorific ("Sophie van Hoven", "mevrouw
    Dekker"), else with the honorific the turn called her by (``title``) or, for a family word,
    one from the person's roles ("mevrouw van Hoven", not her son Hendrik). None for no one,
    more than one, or, for a family word, a surname alone that another person of that gender
    bears ("mevrouw Verstraeten" and "Frederika Verstraeten": the turn-taking would take the one
    for the other)."""
    if len(found) != 1:
        return None
    elder = found[0]
    if _given_named(elder.name, lang) or elder.name.split()[0].lower() in lang.honorifics:
        return elder.name
    if title is None:
        title = next((w.lower() for r in elder.roles for w in r.split()
                      if lang.honorifics.get(w.lower()) == gender), None)
        if title is None or any(e is not elder and (e.gender or e.soft_gender) in (None, "", gender)
                                for e in resolver.by_key.get(elder.key, ())):
            return None
    return f"{title} {elder.name}"


def _given_named(name: str, lang: LanguageData) -> bool:
    """Does ``name`` open with a given name ("Sophie van Hoven"), not a particle or an honorific
    ("van Hoven", "Van Arkel")?"""
    words = name.split()
    return len(words) > 1 and words[0][:1].isupper() and words[0].lower() not in lang.particles \
        and words[0].lower() not in lang.honorifics
