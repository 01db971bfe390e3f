"""The Resolver: one document's entities, built name by name in reading order (names merged into
entities by surname, typed when first asked for, every mention kept in text order), and the
questions the sieves ask of them. Those about the names themselves are answered here (the entity
a name names, who was named last, pet names); the others come from the classes mixed in: who fits
a pronoun (antecedents.py), who holds a function (roles.py), which unnamed person a description
means (unnamed.py), which body a noun refers back to (bodies.py), and whom a kin word
(kin.py) or an epithet (epithets.py) names."""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Iterator

from ..entities import (
    EntityType,
    entity_type,
    given_name_gender,
    is_common_word,
    is_given_name,
    is_street_name,
    is_venue_name,
    is_listed_body,
    is_particle_surname,
)
from ..lang import LanguageData
from .antecedents import AntecedentSearch
from .bodies import BodyLookup
from .epithets import EpithetLookup
from .kin import KinLookup
from .names import (
    CLIP_MIN,
    Entity,
    _first,
    _fold,
    _given_token,
    _inside,
    _pos,
    _same_first,
    name_tokens,
    pet_stems,
    surname_key,
)
from .roles import RoleLookup
from .unnamed import UnnamedPeople

if TYPE_CHECKING:  # pragma: no cover
    from ..mentions import RelativeClauseNames


#: what a memo's get gives for a key it does not hold (None is an answer)
_UNKNOWN = object()

#: the speaker_kind of an entity typed as something other than a person
_KIND_OF_TYPE = {EntityType.PLACE: "place", EntityType.MEDIUM: "medium", EntityType.WORK: "work"}


class Resolver(AntecedentSearch, RoleLookup, UnnamedPeople, BodyLookup, KinLookup, EpithetLookup):
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
        #: the last person an inquit pronoun of each gender ("zei hij") was resolved to, and where
        #: (set by resolve/pronoun.py)
        self.pronoun_last: dict[str, tuple[int, Entity]] = {}
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
                    not is_given_name(head.split()[0], lang=self.lang) or is_listed_body(head, lang=self.lang)
                    or is_venue_name(head, lang=self.lang)):  # ("Johan Cruijff Arena": a venue)
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
        elif not _first(head, self.lang) or (etype is EntityType.PLACE and (
                is_street_name(head, lang=self.lang) or is_venue_name(head, lang=self.lang))) \
                or (etype is EntityType.MEDIUM and not is_given_name(_first(head, self.lang), lang=self.lang)):
            # ("P. C. Hooftstraat": initials before a street's name make no person of it; "Sky
            # News", "Radio Noord": a medium's name that opens with no given name is no person's)
            ent.kind = _KIND_OF_TYPE[etype]
        else:
            return
        ent.person = False

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

    def person_for_name(self, head: str, pos: int) -> Entity | None:
        """The entity ``head`` names at ``pos`` when it is a person, else None."""
        ent = self.entity_for_name(head, pos)
        return ent if ent is not None and ent.kind == "person" and ent.person else None

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
