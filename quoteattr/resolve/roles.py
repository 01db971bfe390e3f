"""Function holders, mixed into Resolver (resolver.py): the person who holds the function a
description names ("de minister", "de Oekraïense president"), by the roles seen with each name,
and the person just introduced whom a description fits ("de wereldkampioene", "de liberaal")."""
from __future__ import annotations

import bisect

from .describe import _compatible, _member_of, description_gender
from .names import Entity, initialled

#: how far back (or ahead, for a headline) a function is looked for among the names: an article,
#: not a whole archive pasted into one document
ROLE_WINDOW = 20_000


class RoleLookup:
    """Resolver's questions of functions: by_role, holds and fitting_person."""

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
