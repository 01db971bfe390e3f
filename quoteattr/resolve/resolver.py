"""The Resolver: one document's entities, built name by name in reading order, and the
questions the sieves ask of them (who was named last, who holds a function, who fits a
pronoun, a description, an epithet or a kin word)."""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Callable, Iterator

import regex

from ..entities import (
    EntityType,
    entity_type,
    given_name_gender,
    is_common_word,
    is_given_name,
    is_street_name,
    is_listed_body,
    is_particle_surname,
)
from ..lang import LanguageData
from .describe import (
    _association,
    _compatible,
    _known_gender,
    _member_of,
    adjective_base,
    age_class,
    description_gender,
    unnamed_gender,
)
from .names import (
    _CONVERSE,
    _SURNAME_KIN,
    CLIP_MIN,
    Entity,
    _first,
    _fold,
    _given_token,
    _inside,
    _pos,
    _pos4,
    _same_first,
    initialled,
    name_tokens,
    pet_stems,
    surname_key,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..mentions import RelativeClauseNames

#: how far back a generic noun for a kind of body looks for the body it stands for (Resolver.class_body)
CLASS_WINDOW = 1500
#: another body of the kind named this close before the last one makes the noun ambiguous
CLASS_RIVAL_REACH = 150
#: a name coordinated with another capitalised name ("Ajax en PSV", "PSV of Feyenoord"): a noun
#: for its kind after it may stand for either (a name opening a sentence may not be registered)
_COORD_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{N}&.-]*+,?\s++(?:en|of)\s++(?:de\s++|het\s++)?$")
_COORD_AFTER = regex.compile(r"\p{Lu}[\p{L}\p{N}&.-]*+(?:\s++\p{Lu}[\p{L}\p{N}&.-]*+)*+,?\s++(?:en|of)\s++"
                             r"(?:de\s++|het\s++)?\p{Lu}")
#: how far back the owner of a possessive ("zei haar zoon") is looked for, inside its scene
POSSESSIVE_WINDOW = 1500

#: how far back a speaking pronoun looks when nobody of its gender was named within the usual
#: window (Resolver.antecedent): a novel's stretch of "hij" without a name
LONG_WINDOW = 8000


#: how far back (or ahead, for a headline) a function is looked for among the names: an article,
#: not a whole archive pasted into one document
ROLE_WINDOW = 20_000

#: what a memo's get gives for a key it does not hold (None is an answer)
_UNKNOWN = object()

#: the speaker_kind of an entity typed as something other than a person
_KIND_OF_TYPE = {EntityType.PLACE: "place", EntityType.MEDIUM: "medium", EntityType.WORK: "work"}




class Resolver:
    """Entities of one document, built from name mentions in text order."""

    def __init__(self, lang: LanguageData):
        self.lang = lang
        self.entities: list[Entity] = []
        self.by_key: dict[str, list[Entity]] = {}
        #: (position, entity) for each name mention outside quotes, in text order
        self.timeline: list[tuple[int, Entity]] = []
        #: (position, entity) for every mention of an entity, in text order: also those the
        #: timeline of antecedents leaves out (a name after a preposition)
        self.mentions: list[tuple[int, Entity]] = []
        #: entities whose name is still untyped (see settle), in the order they became so
        self.unsettled: dict[int, Entity] = {}
        #: positions in the timeline where a name opens its sentence: the sentence's subject
        self.subjects: set[int] = set()
        self.oblique: set[int] = set()  # names after a preposition ("op het bed van Anna")
        #: names inside a relative clause ("…, waar Anna wachtte"): a set, or what
        #: mentions.collect_names puts here (it asks only about the positions looked up)
        self.in_relative: "set[int] | RelativeClauseNames" = set()
        #: entities by the first word of a name of two words or more ("Frits" → Frits van Raven)
        self.by_first: dict[str, list[Entity]] = {}
        #: pet names the text states ("Frederika Verstraeten, die iedereen Freddy noemde"): a
        #: pet name → the full name it stands for (naming.py)
        self.nicknames: dict[str, str] = {}
        #: the names a turn of dialogue may address someone by: the stated pet names and those cut
        #: from a given name (set by the dialogue pass, sieves/dialogue.py)
        self.called: dict[str, str] = {}
        #: names the text writes right after "te" ("te Digne"): places
        #: (set by mentions.collect_names before any name is typed)
        self.locatives: frozenset[str] = frozenset()
        #: unnamed people as the text introduces them ("een 21-jarige activist", "De bewoonster …"):
        #: (position, description, head noun, gender), in text order (see same_unnamed)
        self.unnamed: list[tuple[int, str, str, str | None]] = []
        #: surname keys the text (quotations too) puts after an unmarried woman's honorific
        #: ("juffrouw Verstraeten"): a daughter of that family is in the story (set by mentions.py)
        self.unmarried_keys: set[str] = set()
        # (head, role) → answer of _looks_person / _gender: pure functions of the language data,
        # kept across documents (see LanguageData.memo)
        self._person_memo = lang.memo("resolve.looks_person")
        self._gender_memo = lang.memo("resolve.gender")
        self._name_memo = lang.memo("resolve.name_facts")

    def _name_facts(self, name: str) -> tuple[str, str | None, int, str | None, bool]:
        """(surname key, first word as _first gives it, number of words, first word, has an
        organisation word) of a name: what add_name asks of every mention, found once per name."""
        memo = self._name_memo
        try:
            return memo[name]
        except KeyError:
            toks = name_tokens(name)
            found = memo[name] = (surname_key(name, self.lang), _first(name, self.lang), len(toks),
                                  toks[0] if toks else None,
                                  any(w.lower() in self.lang.organisations for w in toks))
            return found

    def add_name(self, head: str, pos: int, *, role: str | None = None, kind: str = "person",
                 antecedent: bool = True, subject: bool = False, oblique: bool = False,
                 relative: bool = False) -> Entity:
        """Register a name mention; returns its entity (merging aliases by surname)."""
        if "\n" in head or "  " in head:
            head = " ".join(head.split())  # a name across a line break of hard-wrapped text
        head = self.nicknames.get(head, head)
        facts = self._name_facts
        memo = self._name_memo  # (_name_facts's memo, asked inline: a 5-tuple is never false)
        key, first, n_new, first_word, organisation_word = memo.get(head) or facts(head)
        if key not in self.by_key:
            # a genitive -s ("Huntelaars woning") names the same person as "Huntelaar"
            if key.endswith("s") and key[:-1] in self.by_key and (
                    n_new == 1 or any(facts(e.name)[1] == first for e in self.by_key[key[:-1]])):
                # (a full name with another given name is someone else: "Josan Meijers" after
                # "Leon Meijer")
                key = key[:-1]
                head = head[:-1]
                _, first, n_new, first_word, organisation_word = facts(head)
            elif key + "s" in self.by_key:
                self.by_key[key] = self.by_key.pop(key + "s")
                for e in self.by_key[key]:
                    e.key = key
                    if e.name.endswith("s"):
                        e.name = e.name[:-1]
        hon_gender, estate = self._honorific(role) if role else (None, None)
        cands = self.by_key.get(key)
        ent = self._choose(cands, head, first, hon_gender, estate) if cands else None  # (none of no candidates)
        if ent is None and key not in self.by_key:
            ent = self._by_given_name(head)  # "Frits" after "Frits van Raven"
        if ent is None and first is not None and n_new > 1:
            ent = self._given_name_alone(first, key)  # "Söner" before "Söner Atasoy"
        if ent is None:
            if hon_gender is not None and first is None and any(
                    _other_gender(e, hon_gender) or not (e.honorific_gender or e.gender or e.soft_gender)
                    for e in self.by_key.get(key, ())):
                # the honorific tells her from him in the speaker's name: "mevrouw Dekker"
                head = f"{_honorific_word(role, self.lang)} {head}"
            ent = Entity(head, key, kind)
            self.entities.append(ent)
            self.by_key.setdefault(key, []).append(ent)
        n_old = n_new if ent.name == head else (memo.get(ent.name) or facts(ent.name))[2]
        if n_new > n_old or (n_new == n_old and ent.name.isupper() and not head.isupper()):
            ent.name = head
            if ent.kind in ("place", "medium", "work", "none") and n_new > 1 \
                    and is_given_name(first_word, lang=self.lang):
                ent.kind = "person"  # "Lobo" looked like a place until "Frank Lobo" was named
        if head not in ent.aliases:
            ent.aliases.append(head)
            if n_new > 1:
                self.by_first.setdefault(first_word, []).append(ent)
        if role and role not in ent.roles:
            ent.roles.append(role)
        if estate is not None and ent.estate is None:
            ent.estate = estate
        if hon_gender is not None and ent.honorific_gender is None:
            ent.honorific_gender = hon_gender
        if ent.gender is None:
            g = self._gender_memo.get((head, role), _UNKNOWN)  # (_gender's memo, asked inline)
            ent.gender = self._gender(head, role) if g is _UNKNOWN else g
        elif first is not None and ent.name == head:
            named = self._gender(head, None) or given_name_gender(first, lang=self.lang)
            if named is not None and named != ent.gender:
                # "de zussen Lobo" gave the family name a gender; "Frank Lobo" is a man
                ent.gender, ent.soft_gender = named, named
        if ent.soft_gender is None:
            first = _given_token(head, self.lang) if not ent.gender else None
            # "" once looked up and unknown, so the lookup runs once per entity
            ent.soft_gender = ent.gender or (given_name_gender(first, lang=self.lang) if first else None) or ""
        if not ent.person and kind != "organisation" and ent.kind == "person":
            p = self._person_memo.get((head, role), _UNKNOWN)  # (_looks_person's memo, asked inline)
            ent.person = self._looks_person(head, role) if p is _UNKNOWN else p
        if kind == "organisation" or organisation_word:
            ent.kind = "organisation"
        elif ent.kind == "person" and ent.name == head:
            ent.pending = head  # typed by its fullest name, when it is first asked for (settle)
            self.unsettled[id(ent)] = ent
        if ent.positions and ent.positions[-1] > pos:
            bisect.insort(ent.positions, pos)  # kept in text order
        else:
            ent.positions.append(pos)
        mentions = self.mentions  # (_add_mention, inline: a call for every name)
        if mentions and mentions[-1][0] > pos:
            bisect.insort(mentions, (pos, ent), key=_pos)
        else:
            mentions.append((pos, ent))
        if subject:
            self.subjects.add(pos)
        if oblique:
            self.oblique.add(pos)
        if relative:
            self.in_relative.add(pos)
        if antecedent:
            if self.timeline and self.timeline[-1][0] > pos:
                bisect.insort(self.timeline, (pos, ent), key=_pos)  # keep text order
            else:
                self.timeline.append((pos, ent))
        return ent

    def _honorific(self, role: str | None) -> tuple[str | None, str | None]:
        """(gender, estate) of the honorific among ``role``'s words: "mevrouw" → ('f', 'married'),
        "juffrouw" → ('f', 'unmarried'), "mijnheer" → ('m', None); (None, None) without one."""
        if not role:
            return None, None
        gender = estate = None
        for w in role.lower().split():
            g = self.lang.honorifics.get(w)
            if g in ("m", "f"):
                gender, estate = g, self.lang.honorific_estates.get(w)
        return gender, estate

    def _choose(self, cands, head: str, first: str | None, hon_gender: str | None,
                estate: str | None) -> Entity | None:
        """The entity among ``cands`` (one surname, in order of introduction) that a mention
        ``head`` names, the latest that fits: the same given name or none on either side, and
        no honorific against the person's estate. "juffrouw Verstraeten" is not the woman called
        "mevrouw Verstraeten" (a mother and her daughter), and with both an honorific goes to
        the one called so before. A full name whose given name has the other gender than the
        honorific that introduced a surname is someone else ("mevrouw van Hoven" … "Hendrik van
        Hoven", her son), and a full name is not the "mevrouw" of its surname when the text
        also speaks of a "juffrouw" of it: the mother was introduced by her honorific, the
        daughter by her name. News ("minister De Jonge" … "Hugo de Jonge", "Femke Halsema" …
        "mevrouw Halsema") keeps one person: a function has no gender, "mevrouw" fits a woman
        named in full."""
        facts = self._name_facts
        memo = self._name_memo
        fits = []
        named_gender: str | None = None
        named = False  # (the gender of the given name is looked up when first needed)
        for cand in reversed(cands):
            cf = (memo.get(cand.name) or facts(cand.name))[1]
            if not (first is None or cf is None or _same_first(first, cf)):
                continue
            if estate is not None and cand.estate is not None and cand.estate != estate:
                continue  # "juffrouw Verstraeten" is not "mevrouw Verstraeten"
            if first is None and hon_gender is not None and _other_gender(cand, hon_gender):
                continue  # "mevrouw Dekker" is not "Max Dekker": a man's wife bears his name
            if first is None and hon_gender == "f" and cf is None and cand.honorific_gender is None \
                    and not (cand.gender or cand.soft_gender) and cand.positions:
                # "Havelaar" … "mevrouw Havelaar": a surname the text has used bare names the man
                # of the house; his wife is called by her honorific
                continue
            if hon_gender is None and len(cands) > 1 and cand.name.split()[0].lower() in self.lang.honorifics:
                continue  # a bare "Dekker" is the one named so, not his wife "mevrouw Dekker"
            if first is not None and cf is None:
                # a full name for someone known so far by an honorific and the surname alone
                if not named:
                    named_gender = self._gender(head, None) or given_name_gender(first, lang=self.lang)
                    named = True
                if named_gender is not None and cand.honorific_gender not in (None, named_gender):
                    continue  # "Hendrik van Hoven" is not "mevrouw van Hoven"
                if cand.estate == "married" and estate != "married" and cand.key in self.unmarried_keys:
                    continue  # "Frederika Verstraeten" is the "juffrouw", not "mevrouw Verstraeten"
            if estate is None or cand.estate == estate:
                return cand
            fits.append(cand)
        return fits[0] if fits else None

    def settle(self, ent: Entity) -> Entity:
        """Type ``ent`` now if its name is still untyped. Most names of an article are never a
        speaker or an antecedent candidate; typing waits until one is."""
        head = ent.pending
        if head is not None:
            ent.pending = None
            self.unsettled.pop(id(ent), None)
            # (a name opening with a given name is a person's, unless the data lists it as a body:
            # "Albert Heijn", a firm named after its founder; a name after an honorific is a
            # person's: "mevrouw van Hoven" is no body "Hoven")
            if ent.kind == "person" and ent.name == head and ent.honorific_gender is None and (
                    not is_given_name(head.split()[0], lang=self.lang) or is_listed_body(head, lang=self.lang)):
                self._type(ent, head)
        return ent

    def _type(self, ent: Entity, head: str) -> None:
        """Who can speak: a name that is a body, a place, a medium or a work is no person, so it
        never takes a pronoun ("ze" is not "Alabama") nor the floor from a person on offer. A
        preposition before one mention is no evidence ("bij Japi", "met Loef"): the name is
        typed on its own."""
        etype = entity_type(head, lang=self.lang)
        if etype is EntityType.PERSON and head in self.locatives and " " not in head \
                and not is_given_name(head, lang=self.lang):
            etype = EntityType.PLACE  # "te Digne" elsewhere in the text: a place
        if etype is EntityType.PERSON or etype is EntityType.NONE:
            return  # a common word as a name ("Jong" of "De Jong") is left to the credibility checks
        if etype is EntityType.ORGANISATION:
            ent.kind = "organisation"
        elif not _first(head, self.lang) or (etype is EntityType.PLACE and is_street_name(head, lang=self.lang)):
            # ("P. C. Hooftstraat": initials before a street's name make no person of it)
            ent.kind = _KIND_OF_TYPE[etype]
        else:
            return
        ent.person = False

    def add_unnamed(self, text: str, pos: int) -> None:
        """An unnamed person as the text introduces them ("een 21-jarige Nijmeegse activist")."""
        head = text.split()[-1] if text.split() else ""
        bisect.insort(self.unnamed, (pos, text, head.lower(), unnamed_gender(head, self.lang)), key=_pos4)

    def same_unnamed(self, pos: int, head: str, *, register: bool = False) -> str | None:
        """The unnamed person a definite description refers back to: "de activiste" after "een
        21-jarige activist" (the last one introduced with that noun), or "de vrouw", "de Arnhemse"
        after "De bewoonster …" (the first one of that gender the article introduced), when the
        article names no one of that gender. News names an unnamed person by how it introduced
        them, so the speaker is that description, not a new one each time. ``register``: a
        description found by _only_unnamed becomes a person a later "hij" or "ze" may point to."""
        gender = unnamed_gender(head, self.lang)
        low = head.lower()
        i = bisect.bisect_left(self.unnamed, pos, key=_pos4)
        first_of_gender = None
        for p, text, h, g in reversed(self.unnamed[:i]):
            if pos - p > ROLE_WINDOW:
                break
            if len(h) > 4 and len(low) > 4 and (h == low or h.startswith(low[:-1]) or low.startswith(h[:-1])):
                return text  # "de activiste" after "een activist"
            if gender is not None and g == gender:
                first_of_gender = text
        if first_of_gender is None:
            found = self._only_unnamed(pos, low, gender, i)
            if found is not None and register:
                self.add_description(found, pos)  # "hij" after "de verdachte" is that Arnhemmer
            return found
        if any(e.kind == "person" and e.person and e.gender == gender and pos - p <= ROLE_WINDOW
               for p, e in self.before(pos)):
            return None  # someone of that gender has a name: the description may be them
        return first_of_gender

    def _only_unnamed(self, pos: int, head: str, gender: str | None, i: int) -> str | None:
        """"de verdachte" after "een 64-jarige Arnhemmer", "de vrouw" after "een 21-jarige
        activist": where the noun or the introduction leaves the gender open, the one unnamed
        person the article introduced (with 'een') within reach is the one meant, when it names no person
        the description could be (of that gender; of any, for a noun of either gender). Only for
        a plain noun for a person (person_nouns.txt): a function ("de advocaat", "de rechter")
        may be someone else the article has not introduced."""
        if head not in self.lang.person_nouns:
            return None
        texts = {text for p, text, h, g in self.unnamed[:i]
                 if pos - p <= ROLE_WINDOW and text.startswith("een ") and (g is None or gender is None or g == gender)
                 and (g is not None or "-jarige" in text or h in self.lang.person_nouns
                      or self.lang.title_head(h) is not None)}
        if len(texts) != 1:
            return None
        if any(e.kind == "person" and e.person and (gender is None or e.gender in (None, gender))
               and pos - p <= ROLE_WINDOW for p, e in self.before(pos)):
            return None
        return texts.pop()

    def add_description(self, text: str, pos: int) -> Entity:
        """An unnamed speaker ("een andere bewoonster") that later pronouns may point back to."""
        self.add_unnamed(text, pos)
        head = text.split()[-1].lower() if text.split() else ""
        gender = self.lang.title_genders.get(head)
        ent = Entity(text, "", "description", [text], [], gender, [pos], person=True)
        bisect.insort(self.timeline, (pos, ent), key=_pos)
        return ent

    def _looks_person(self, head: str, role: str | None) -> bool:
        """A first name, a personal title, or two name words that are not 'Verenigde Naties'."""
        memo = self._person_memo
        try:
            return memo[head, role]
        except KeyError:
            found = memo[head, role] = self._looks_person_now(head, role)
            return found

    def _looks_person_now(self, head: str, role: str | None) -> bool:
        toks = name_tokens(head)
        if any(w.lower() in self.lang.organisations for w in toks):
            return False
        if role and any(w.lower().rsplit("-", 1)[-1] in self.lang.titles or w.lower() in self.lang.honorifics
                        for w in role.split()):
            return True
        if not toks:
            return False
        first = toks[0]
        if is_given_name(first, lang=self.lang):
            return True
        if role and len(toks) == 1 and all(w.lower() in self.lang.modifiers for w in role.split()) \
                and entity_type(head, lang=self.lang) is EntityType.PERSON:
            return True  # "de oude Jans", "de jonge Brink": an adjective of age before a name
        if first.lower() in self.lang.particles:
            # "De Jonge" or "De Telegraaf": a surname or a title; a role or a cue decides, unless
            # the name data lists the whole as a family name ("De Vries", "Van der Meulen")
            return is_particle_surname(head, lang=self.lang)
        adjective = first.endswith("de") or (len(first) >= 6 and first.endswith(("se", "ke")))  # Rode, Europese
        if len(toks) >= 2 and first not in self.lang.nationalities and first.lower() not in self.lang.modifiers \
                and not adjective and not first.isupper():  # "IC Direct", "NS Reizigers": no person
            return True
        return len(first) <= 3 and first.endswith(".")  # "A. de Jong"

    def mark_speaker(self, ent: Entity) -> None:
        """An entity named as a speaker is a person or an organisation that talks."""
        ent.person = ent.person or ent.kind == "person"
        ent.spoke = True

    def _gender(self, head: str, role: str | None) -> str | None:
        memo = self._gender_memo
        try:
            return memo[head, role]
        except KeyError:
            found = memo[head, role] = self._gender_now(head, role)
            return found

    def _gender_now(self, head: str, role: str | None) -> str | None:
        endings = self.lang.name_gender_endings
        for word in name_tokens(head)[1:]:
            low = word.lower()
            if not low.endswith(tuple(endings)):
                continue  # (the common case: no patronymic ending at all)
            for ending, g in endings.items():
                if low.endswith(ending) and len(low) > len(ending) + 2:
                    return g  # a patronymic: "Stipan Arkadiewitsch", "Darja Alexandrowna"
        first = _given_token(head, self.lang)
        if first:
            # the project's own list decides a pronoun's gender; the libraries' lists are
            # international and call unisex names one gender ("Kay", "Robin"), so they are only
            # kept as a hint (soft_gender) for matching epithets like "de wereldkampioene"
            g = self.lang.first_names.get(first) or self.lang.first_names.get(first.split("-")[0])
            if g:
                return g
        if role:
            soft = given_name_gender(first, lang=self.lang) if first else None
            for w in role.lower().split():
                g = self.lang.honorifics.get(w)
                if g not in ("m", "f"):
                    g = self.lang.title_genders.get(w)  # "woordvoerster", "bewindsman" (not "minister")
                if g in ("m", "f"):
                    # a role that contradicts the given name belongs to someone else ("de zussen
                    # Lobo … Frank Lobo"): then nothing is known
                    return g if soft in (None, g) else None
        return None

    def _given_name_alone(self, first: str, key: str) -> Entity | None:
        """An entity named so far by a given name alone that a full name now completes; it is
        filed under the full name's surname from here on."""
        alone = [e for e in self.by_key.get(first.lower(), []) if e.kind == "person" and e.name == first]
        if len(alone) != 1:
            return None
        ent = alone[0]
        self.by_key[first.lower()].remove(ent)
        ent.key = key
        self.by_key.setdefault(key, []).append(ent)
        return ent

    def _by_given_name(self, head: str) -> Entity | None:
        """A given name alone names the one person of the text with that given name and a
        surname ("Frits" → "Frits van Raven"); with two such people it names neither."""
        if " " in head.strip() or not head[:1].isupper() or head.isupper():
            return None  # (the full name written earlier is the evidence that this is a given name)
        found = {id(e): e for e in self.by_first.get(head, ())
                 if e.kind == "person" and len(name_tokens(e.name)) > 1 and name_tokens(e.name)[0] == head}
        return next(iter(found.values())) if len(found) == 1 else None

    def entity_for_name(self, head: str, pos: int, role: str | None = None) -> Entity | None:
        """The entity a name names (with ``role``, the words before it: an honorific's gender
        and estate choose among people of one surname, see _choose)."""
        head = self.nicknames.get(head, head)
        key = surname_key(head, self.lang)
        cands = self.by_key.get(key) or (self.by_key.get(key[:-1]) if key.endswith("s") else None)
        if not cands:
            return self._by_given_name(head)
        first = _first(head, self.lang)
        found = self._choose(cands, head, first, *self._honorific(role))
        return self.settle(found) if found is not None else None

    def before(self, pos: int) -> Iterator[tuple[int, Entity]]:
        """Mentions before ``pos``, nearest first (no scan of what comes after)."""
        return self._nearest_first(self.timeline, pos)

    def mentioned_before(self, pos: int) -> Iterator[tuple[int, Entity]]:
        """Every mention before ``pos`` (also those the timeline of antecedents leaves out, a
        name after a preposition), nearest first."""
        return self._nearest_first(self.mentions, pos)

    def _nearest_first(self, seq: list[tuple[int, Entity]], pos: int) -> Iterator[tuple[int, Entity]]:
        """The (position, entity) pairs of the sorted ``seq`` before ``pos``, nearest first,
        each entity settled when it is reached."""
        i = bisect.bisect_left(seq, pos, key=_pos)
        for k in range(i - 1, -1, -1):
            p, ent = seq[k]
            if ent.pending is not None:
                self.settle(ent)
            yield p, ent

    def between(self, a: int, b: int) -> Iterator[tuple[int, Entity]]:
        """Mentions at offsets a <= p < b, in text order."""
        i = bisect.bisect_left(self.timeline, a, key=_pos)
        j = bisect.bisect_left(self.timeline, b, key=_pos)
        return ((p, self.settle(ent)) for p, ent in self.timeline[i:j])

    def antecedent(self, pos: int, gender: str | None, *, window: int = 1500,
                   prefer: Entity | None = None, subject_floor: int | None = None,
                   skip: tuple[int, int] | None = None) -> Entity | None:
        """Nearest person before ``pos`` compatible with ``gender`` (m, f, f/pl, pl). With
        ``subject_floor``, a compatible subject named from that offset on (the sentence before and
        this one) outranks a nearer name in an object or a prepositional phrase: "Frank Lobo geeft
        de kerk gelijk dat ze Valkering heeft geschorst, zegt hij" is Lobo speaking. Names inside
        ``skip`` (the quotation the pronoun attributes) are no candidates: a quotation speaks of
        or to others, not of its speaker ("Kom je, Henri? vroeg zij"). A person whose given name
        has the other gender yields to a compatible one within the window, even to a name no
        list knows ("Betsy")."""
        best, best_pos = self._nearest(pos, gender, window, skip)
        if best is not None and subject_floor is not None:
            if best_pos in self.oblique or best_pos in self.in_relative:
                best, best_pos = self._clause_person(best, best_pos, gender, subject_floor, skip)
            if best_pos not in self.subjects:
                best = self._subject_over(best, best_pos, gender, subject_floor)
        if best is None and prefer is not None and _compatible(prefer, gender):
            return prefer
        return best

    def _inside(self, p: int, skip: tuple[int, int] | None) -> bool:
        return skip is not None and skip[0] <= p < skip[1]

    def _nearest(self, pos: int, gender: str | None, window: int,
                 skip: tuple[int, int] | None) -> tuple[Entity | None, int]:
        """The nearest compatible person or body before ``pos``, and where it is named."""
        fallback = unlisted = None
        for p, ent in self.before(pos):
            if pos - p > window:
                break
            if self._inside(p, skip) or (ent.kind == "organisation" and gender in ("m", "f")):
                continue
            if not ent.person and ent.kind != "organisation":
                if unlisted is None and ent.kind == "person" and ent.name[:1].isupper() and gender in ("m", "f") \
                        and _compatible(ent, gender) \
                        and ent.soft_gender in (None, "", gender) and not is_common_word(ent.name.split()[-1]):
                    unlisted = (ent, p)  # "Betsy … Henri? vroeg zij": a name no list knows
                continue
            if not _compatible(ent, gender):
                continue
            if gender in ("m", "f") and ent.gender is None and ent.soft_gender in ("m", "f") \
                    and ent.soft_gender != gender:
                fallback = fallback or (ent, p)  # "zij" after "Henri": only if no other name fits
                continue
            if fallback is not None and not ent.name[:1].isupper():
                break  # a description ("de burgemeester") is no better than a name ("Kay Ivey")
            return ent, p
        return unlisted or fallback or (None, -1)

    def _clause_person(self, best: Entity, best_pos: int, gender: str | None, floor: int,
                       skip: tuple[int, int] | None) -> tuple[Entity, int]:
        """"zat Jet op den rand van Anna's bed. --…, zei ze": a name after a preposition yields
        to a compatible person of the clause itself."""
        for p, ent in self.before(best_pos):
            if p < floor:
                break
            if p not in self.oblique and p not in self.in_relative and ent is not best and ent.person and ent.kind == "person" \
                    and _compatible(ent, gender) and ent.soft_gender in (None, "", gender) and not self._inside(p, skip):
                return ent, p
        return best, best_pos

    def _subject_over(self, best: Entity, best_pos: int, gender: str | None, floor: int) -> Entity:
        """A compatible subject named from ``floor`` on outranks ``best``; a nearer name whose
        gender is known to fit stays, against an unknown one."""
        sure = gender in ("m", "f") and best.gender == gender
        for p, ent in self.before(best_pos):
            if p < floor:
                break
            if p in self.subjects and ent is not best and ent.person and ent.kind == "person" \
                    and _compatible(ent, gender) \
                    and not (gender in ("m", "f") and ent.soft_gender in ("m", "f") and ent.soft_gender != gender) \
                    and not (sure and ent.soft_gender != gender):
                return ent
        return best

    def by_role(self, description: str, pos: int, *, ahead: bool = False, floor: int = 0) -> Entity | None:
        """Earlier entity holding the function named in ``description`` ('de Oekraïense president'),
        named from ``floor`` on; with ``ahead`` (a headline) also the first one after ``pos``."""
        heads = [h for h in map(self.lang.title_head, self.lang.one_word_titles(description).split()) if h]
        if not heads:
            return None
        head = heads[-1]
        body = _affiliation(description)
        for p, ent in self.before(pos):
            if pos - p > ROLE_WINDOW or p < floor:
                break
            if self.holds(ent, head) and (body is None or not _member_elsewhere(ent, body)):
                return ent
        if ahead:
            for p, ent in self.between(pos, pos + ROLE_WINDOW):
                if self.holds(ent, head):
                    return ent
        return None

    def mentioned(self, ent: Entity, pos: int) -> None:
        """``ent`` is spoken of at ``pos`` by a description ("aldus de advocaat"): a pronoun after
        it may point back to it."""
        if any(p == pos for p in ent.positions):
            return
        bisect.insort(ent.positions, pos)
        bisect.insort(self.timeline, (pos, ent), key=_pos)
        self._add_mention(pos, ent)

    def _add_mention(self, pos: int, ent: Entity) -> None:
        if self.mentions and self.mentions[-1][0] > pos:
            bisect.insort(self.mentions, (pos, ent), key=_pos)
        else:
            self.mentions.append((pos, ent))

    def named_body(self, noun: str, pos: int) -> Entity | None:
        """The organisation named last before ``pos`` whose name ends in ``noun``, opens with it,
        or that the text called so: "de inspectie" after "de Onderwijsinspectie", "de
        vereniging" after "Vereniging Innovatieve Geneesmiddelen", "de inlichtingendienst"
        after "inlichtingendienst AIVD". A compound's last part is its head in Dutch. Every
        mention counts, also one after a preposition ("het rapport van de Onderwijsinspectie"):
        the timeline of antecedents leaves those out."""
        noun = noun.lower()
        if len(noun) < 4:
            return None
        for ent in list(self.unsettled.values()):
            self.settle(ent)  # (typing a name may make it an organisation)
        i = bisect.bisect_left(self.mentions, pos, key=_pos)
        for k in range(i - 1, -1, -1):
            p, ent = self.mentions[k]
            if pos - p > ROLE_WINDOW:
                break
            if ent.kind != "organisation":
                continue
            toks = [t.lower() for t in name_tokens(ent.name)]
            if toks and (toks[-1].endswith(noun) or (len(toks) > 1 and toks[0] == noun)
                         or any(r.lower().split()[-1] == noun for r in ent.roles if r.strip())):
                return ent
        return None

    def topic_body(self, start: int, pos: int) -> Entity | None:
        """The one organisation named from ``start`` (the previous sentence's start) to ``pos``,
        if a mention of it opens that sentence as its subject; None when none or several are
        named there."""
        for ent in list(self.unsettled.values()):
            self.settle(ent)
        i = bisect.bisect_left(self.mentions, start, key=_pos)
        j = bisect.bisect_left(self.mentions, pos, key=_pos)
        bodies = {id(ent): ent for _, ent in self.mentions[i:j] if ent.kind == "organisation"}
        if len(bodies) != 1:
            return None
        ent = next(iter(bodies.values()))
        return ent if any(p in self.subjects for p, e in self.mentions[i:j] if e is ent) else None

    def class_body(self, noun: str, pos: int,
                   acronym: Callable[[str], str | None] | None = None, text: str | None = None) -> Entity | None:
        """"het olieconcern" after "Shell", "de dienst" after "de NCTV", "de krant" after "De
        Telegraaf": news refers back to the body it has just named with a generic noun for its
        kind (body_classes.tsv). The body of that kind (organisation or medium) mentioned last
        within CLASS_WINDOW before ``pos``; None when the noun names no kind of body, when none is
        named, or when another body of its kind is named right before the last one ("ING en ABN
        Amro … De bank": which one); a name and its acronym (``acronym``, "de Nationaal
        Coördinator Terrorismebestrijding (NCTV)") are one body. With ``text``, a body named in a
        coordination with another name ("Ajax en PSV … De club") is ambiguous too."""
        kind = self.lang.body_class(noun)
        if kind is None or _association(noun, self.lang):
            return None
        for ent in list(self.unsettled.values()):
            self.settle(ent)
        i = bisect.bisect_left(self.mentions, pos, key=_pos)
        found: Entity | None = None
        found_at = -1
        for k in range(i - 1, -1, -1):
            p, ent = self.mentions[k]
            if pos - p > CLASS_WINDOW or (found is not None and found_at - p > CLASS_RIVAL_REACH):
                break
            if ent.kind != kind:
                continue
            if found is None:
                found, found_at = ent, p
            elif ent is not found and not (acronym is not None and found.name in (acronym(ent.name), ent.name)
                                           or acronym is not None and acronym(found.name) == ent.name):
                return None  # two bodies of the kind named side by side
        if found is not None and text is not None and (
                _COORD_BEFORE.search(text, max(0, found_at - 60), found_at)
                or _COORD_AFTER.match(text, found_at)):
            return None  # "Ajax en PSV kregen een boete. De club …": which one
        return found

    def add_epithet(self, ent: Entity, noun: str, adjectives: list[str], years: int | None = None) -> None:
        """The narration apposes a description to ``ent``: "Jan, de knecht,", "Paul de Wit, een
        slanke jonge man met …", "Zij was een kleine, gezette dame van zes-en-vijftig" (``years``
        her age). Its age words and the age place ``ent`` in an age class (see age_class)."""
        item = (noun.lower(), frozenset(adjective_base(a) for a in adjectives))
        if noun and item not in ent.epithets:
            ent.epithets.append(item)
        if ent.gender is None and not ent.soft_gender and ent.kind == "person":
            # "Frits Haverkamp was een breedgeschouderd man": the noun the narration calls a
            # person by tells their gender when their name does not
            ent.soft_gender = description_gender(noun.lower(), self.lang) or ent.soft_gender
        found = age_class(noun, adjectives, self.lang, years)
        if found is not None and ent.age != "":
            ent.age = found if ent.age in (None, found) else ""

    def _generic_epithet(self, noun: str, adjectives: list[str], pos: int, floor: int) -> Entity | None:
        """"de oude heer", "de jonge vrouw", "het meisje": a generic noun for a person with an age
        word names the one person of the scene (named from ``floor`` on) whose gender the noun
        carries and whom the narration placed in that age class ("de gepensioneerde kolonel
        Bernard van Rossum", "Zij was een dame van zes-en-vijftig"); failing one in the scene, the
        one such person of the text before ``pos``. None with two or none."""
        generic = self.lang.generic_person_nouns.get(noun.lower())
        if generic is None:
            return None
        gender = generic[0]
        want = age_class(noun, adjectives, self.lang)
        if want is None:
            return None
        scene: list[Entity] = []
        everyone: list[Entity] = []
        known: set[int] = set()  # (ids of everyone: a set, not a scan of the list per mention)
        for p, ent in self.before(pos):
            if ent.kind != "person" or id(ent) in known:
                continue
            everyone.append(ent)
            known.add(id(ent))
            if p >= floor:
                scene.append(ent)
        for group in (scene, everyone):
            fits = [e for e in group if e.age == want and _known_gender(e) == gender]
            if fits:
                return fits[0] if len(fits) == 1 else None
        return None

    def tie(self, person: Entity, word: str, owner: Entity) -> None:
        """The narration says ``person`` is ``owner``'s ``word`` ("Kees Hoogland was de jongere
        broer van Marianne", "haar zoon Pieter"); ``owner`` is then ``person``'s relative by the
        converse relation."""
        found = self.lang.kin_relations.get(word.lower())
        if found is None or person is owner or person.kind != "person" or owner.kind != "person":
            return
        relation = found[0]
        if not any(r == relation and e is person for r, e in owner.kin):
            owner.kin.append((relation, person))
        back = _CONVERSE[relation]
        if not any(r == back and e is owner for r, e in person.kin):
            person.kin.append((back, owner))

    def relative(self, owner: Entity, word: str, *, surname: bool = True) -> Entity | None:
        """``owner``'s relative that the family noun ``word`` names ("zijn zuster", "de moeder van
        Joost"): the one the narration tied to ``owner`` so (``tie``); failing that, for a
        parent, child, sibling or spouse, the one other person of the text who carries
        ``owner``'s surname and the noun's gender (Dutch children, and traditionally a wife, bear
        the family name), not counting those tied to ``owner`` otherwise. None unless one fits."""
        found = self.lang.kin_relations.get(word.lower())
        if found is None or owner.kind != "person":
            return None
        relation, gender = found
        tied = [e for r, e in owner.kin if r == relation and _known_gender(e) in (None, gender)]
        if tied:
            return tied[0] if len(tied) == 1 else None
        if not surname or relation not in _SURNAME_KIN or len(name_tokens(owner.name)) < 2:
            return None
        fits = [e for e in self.by_key.get(owner.key, ()) if e is not owner and e.kind == "person"
                and len(name_tokens(e.name)) > 1 and _known_gender(e) == gender
                and not any(x is e for _, x in owner.kin)]
        return fits[0] if len(fits) == 1 else None

    def kin_near(self, pos: int, gender: str | None, word: str, owner: Entity | None,
                 window: int = 1500) -> Entity | None:
        """"zei haar dochter": the relative of ``owner`` (the possessive's antecedent) that
        ``word`` names; when the text names none, the one relative the narration tied so to the
        other people of that gender named within ``window`` before ``pos`` ("haar" read as the
        wrong woman), if the text has named that relative before ``pos``. (A shared surname
        does not tell a mother from a wife: it counts for the possessive's antecedent only.)"""
        if word.lower() not in self.lang.kin_relations:
            return None
        if owner is not None:
            kin = self.relative(owner, word)
            if kin is not None:
                return kin
        found: list[Entity] = []
        seen: set[int] = set()  # (ids)
        for p, ent in self.before(pos):
            if pos - p > window:
                break
            if ent is owner or ent.kind != "person" or not _compatible(ent, gender) \
                    or id(ent) in seen:
                continue
            seen.add(id(ent))
            kin = self.relative(ent, word, surname=False)
            if kin is not None and kin.positions and kin.positions[0] < pos and not any(e is kin for e in found):
                found.append(kin)
        return found[0] if len(found) == 1 else None

    def by_epithet(self, noun: str, adjectives: list[str], pos: int, floor: int = 0) -> Entity | None:
        """The person the narration described so before ``pos`` ("de jonge man" after "Paul de
        Wit, een slanke jonge man"): the same noun, no adjective the apposition lacks, and no
        other gender. With several, the one mentioned last before ``pos``. Failing that, a
        generic noun with an age ("de oude heer") is the one person of that gender and age
        class of the scene that opens at ``floor`` (_generic_epithet)."""
        noun = noun.lower()
        want = {adjective_base(a) for a in adjectives}
        gender = description_gender(noun, self.lang)
        fits = [e for e in self.entities if e.kind == "person"
                and any(n == noun and want <= adjs for n, adjs in e.epithets)
                and not (gender and (e.gender or e.soft_gender) in ("m", "f") and (e.gender or e.soft_gender) != gender)]
        if not fits:
            return self._generic_epithet(noun, adjectives, pos, floor)
        return max(fits, key=lambda e: max((p for p in e.positions if p < pos), default=-1))

    def clipped_names(self, spoken_only: frozenset[str] = frozenset()) -> dict[str, str]:
        """Pet names cut from the front of a given name, as Dutch forms them ("Mar" for Marianne,
        "Fem" for Femke), for a vocative that uses one: every front part of three letters or more
        of the given name of one person of the text, unless the text names someone so, or it is
        the front of two people's names. (A vocative is a name the turn calls out, so a front
        part that is also a word, "Mar", is still read as the name.) A name in ``spoken_only``
        (one the characters say more often than the narration writes it) is no one else's even
        when the text has made it a name: the narration writes "Femke" where the family says
        "Fem", and one stray "Fem" in it is still her. A name in ``spoken_only`` that the text
        gives no one of its own and that is no common word is also a pet name when its stem
        (pet_stems: without a diminutive ending, "Tilly" → "til") is the front or an inner
        syllable of exactly one person's given name ("Tilly" for Mathilde, "Nelleke" for
        Cornelia, "Bertje" for Albert, "Fré" for Frédérique)."""
        found: dict[str, str | None] = {}
        for ent in self.entities:
            if ent.kind != "person":
                continue
            given = _given_token(ent.name, self.lang)
            if not given or not is_given_name(given, lang=self.lang):
                continue
            for k in range(CLIP_MIN, len(given)):
                part = given[:k]
                found[part] = ent.name if found.get(part, ent.name) == ent.name else None
        out = {part: name for part, name in found.items() if name is not None
               and (part in spoken_only or part.lower() not in self.by_key and part not in self.by_first)}
        givens = [(ent.name, _fold(g)) for ent in self.entities if ent.kind == "person"
                  for g in (_given_token(ent.name, self.lang),) if g and is_given_name(g, lang=self.lang)]
        for word in spoken_only:
            if word in out or word in self.by_first or word.lower() in self.by_key or len(word) < CLIP_MIN \
                    or not word[1:].islower() or is_common_word(word, lang=self.lang):
                continue
            stems = pet_stems(word, self.lang.pet_name_endings)
            fits = {name for name, g in givens if any(_inside(s, g) for s in stems)}
            if len(fits) == 1:
                out[word] = fits.pop()
        return out

    def holds(self, ent: Entity, head: str) -> bool:
        """Does ``ent`` hold the function ``head`` (or one it may stand for), by a role seen with it?
        An unnamed speaker holds the function its description names ("een woordvoerder van …")."""
        roles = ent.roles if ent.kind != "description" else ent.aliases[:1]
        for role in roles:
            for rw in self.lang.one_word_titles(role).split():
                rh = self.lang.title_head(rw)
                if rh and (self.lang.title_matches(head, rh) or self.lang.title_matches(rh, head)):
                    return True
                core = self.lang.title_core(rw)  # "oppositieleider" held, "de oppositievoorman" asked
                if core and core != rh and (self.lang.title_matches(head, core) or self.lang.title_matches(core, head)):
                    return True
        return False

    def fitting_person(self, pos: int, word: str, *, prefer: Entity | None = None,
                       window: int = 1500) -> Entity | None:
        """'zei de wereldkampioene', 'de nieuwe spits', 'de liberaal': the person just introduced
        whom the description fits. The people named within ``window`` characters are filtered by
        the gender the word carries and by their known functions or party; one left is the one
        meant, several leave the last speaker (``prefer``) if it is among them, else nobody."""
        lang = self.lang
        head = lang.title_head(word)
        parties = lang.party_epithets.get(word) or _member_of(word)
        gender = description_gender(word, lang)
        seen: list[Entity] = []
        known: set[int] = set()  # (ids of seen)
        for p, ent in self.before(pos):
            if pos - p > window:
                break
            if ent.kind != "person" or not ent.person or id(ent) in known:
                continue
            seen.append(ent)
            known.add(id(ent))
        # evidence that the description is about this person, not merely no evidence against:
        # the function or party itself, the gender the word carries, or an earlier turn to speak
        # (an official no one has named yet must not take a bystander's name)
        fits = [e for e in seen if _compatible(e, gender) and self._role_fits(e, head or word, parties)
                and not (gender in ("m", "f") and e.soft_gender in ("m", "f") and e.soft_gender != gender)
                and (parties is not None or self.holds(e, head or word) or (gender and e.soft_gender == gender)
                     or e.spoke or self._topic(e, pos)) and not e.name.isupper()]
        strong = [e for e in fits if parties is not None or self.holds(e, head or word)
                  or (gender and e.soft_gender == gender)]
        if len(strong) == 1:
            return strong[0]  # the function, the party or the gender the word carries
        weak = fits[0] if len(fits) == 1 else prefer if prefer is not None and any(e is prefer for e in fits) \
            else None
        if weak is not None and head is not None and initialled(weak.name):
            # a function nobody was seen to hold is not the one of a person named by a first name
            # and an initial ("Iliass A."): Dutch news names suspects, convicts and victims so,
            # and officials in full, so "De rechter oordeelde" after "Iliass A." is someone else
            return None
        return weak

    def holds_no_person(self, name: str | None, pos: int) -> bool:
        """Is ``name`` a capitalised word held for no person ("den IJsel", a town)? A pronoun
        reaches for one only when no person of its gender is near (antecedent), so it names no
        one who could speak; a name the resolver does not hold is not such a word."""
        ent = self.entity_for_name(name, pos) if name else None
        return ent is not None and not ent.person

    def topic_person(self, pos: int, window: int = 400) -> Entity | None:
        """The person last named as the subject of a sentence, within ``window`` characters before
        ``pos``: whom the passage is about ("Michel Verbeek begint er een ijssalon. ‘…’, zegt
        de Amsterdammer")."""
        for p, ent in self.before(pos):
            if pos - p > window:
                break
            if p in self.subjects and ent.person and ent.kind == "person":
                return ent
        return None

    def _topic(self, ent: Entity, pos: int, window: int = 400) -> bool:
        """Was ``ent`` the subject of a sentence just before ``pos``? "Mark van Bommel is
        voorbereid op … ‘…’, zegt de trainer van PSV": news names a person as the subject, then
        refers to them by function. A name inside a phrase ("bij de aanhouding van X") is not."""
        i = bisect.bisect_left(ent.positions, pos)
        while i > 0 and pos - ent.positions[i - 1] <= window:
            i -= 1
            if ent.positions[i] in self.subjects:
                return True
        return False

    def _role_fits(self, ent: Entity, head: str, parties: frozenset[str] | None) -> bool:
        """No function known, a function the description may stand for, or the party's member."""
        if parties is not None:
            words = [w.lower() for r in ent.roles for w in r.replace("(", " ").replace(")", " ").split()]
            return any(w.split("-")[0] in parties or w in parties for w in words)
        functions = [self.lang.title_head(w) for r in ent.roles for w in r.split()]
        functions = [f for f in functions if f]
        return not functions or self.holds(ent, head)


def _affiliation(description: str) -> str | None:
    """The body a description names after 'van' ("de voorman van Forum voor Democratie"), when
    it is capitalised; else None."""
    _, sep, rest = description.partition(" van ")
    return rest if sep and rest[:1].isupper() else None


def _member_elsewhere(ent: Entity, body: str) -> bool:
    """Does a role of ``ent`` name another body by its prefix ("PVV-leider") than ``body`` (or
    its initials: "Forum voor Democratie" is "FvD")? Then a description of the function at
    ``body`` is not them."""
    initials = "".join(w[0] for w in body.split() if w[:1].isalpha()).lower()
    prefixes = [r.split("-", 1)[0] for r in ent.roles if "-" in r and r[:1].isupper()]
    return bool(prefixes) and not any(p.lower() in body.lower() or p.lower() == initials for p in prefixes)


def _other_gender(ent: Entity, gender: str) -> bool:
    """Is ``ent`` known as a person of the other gender than ``gender`` (by an honorific or a
    given name)?"""
    known = ent.honorific_gender or ent.gender or ent.soft_gender
    return known in ("m", "f") and known != gender


def _honorific_word(role: str | None, lang) -> str:
    """The gendered honorific among ``role``'s words, as written ("mevrouw", "Juffrouw")."""
    for w in (role or "").split():
        if lang.honorifics.get(w.lower()) in ("m", "f"):
            return w
    return ""

