"""Kin, mixed into Resolver (resolver.py): the relatives the narration ties to a person ("de
jongere broer van Marianne", "haar zoon Pieter"), and the relative a family noun names ("zijn
zuster", "de moeder van Joost", "zei haar dochter"), by such a tie or a shared surname."""
from __future__ import annotations

from .describe import _compatible, _known_gender
from .names import _CONVERSE, _SURNAME_KIN, Entity, name_tokens


class KinLookup:
    """Resolver's record of relatives: tie, relative and kin_near."""

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
