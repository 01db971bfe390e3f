"""Epithets, mixed into Resolver (resolver.py): descriptions the narration apposes to a person
("Paul de Wit, een slanke jonge man"), with the gender and age class they tell, and the person a
later description names by them ("de jonge man", "de oude heer")."""
from __future__ import annotations

from .describe import _known_gender, adjective_base, age_class, description_gender
from .names import Entity


class EpithetLookup:
    """Resolver's record of epithets: add_epithet and by_epithet."""

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
