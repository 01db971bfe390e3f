"""Unnamed people, mixed into Resolver (resolver.py): people the text introduces by a description
("een 21-jarige activist", "De bewoonster …"), the one a later definite description refers back
to ("de activiste"), and unnamed speakers a later pronoun may point to."""
from __future__ import annotations

import bisect

from .describe import unnamed_gender
from .names import Entity, _pos, _pos4
from .roles import ROLE_WINDOW


class UnnamedPeople:
    """Resolver's record of unnamed people: add_unnamed, same_unnamed and add_description."""

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

    def unnamed_of_gender(self, pos: int, gender: str) -> bool:
        """Did the text bring in an unnamed person of ``gender`` before ``pos`` ("Een buurvrouw
        belde de politie.")? Then "de vrouw" may be her, whoever else is named."""
        i = bisect.bisect_left(self.unnamed, pos, key=_pos4)
        return any(g == gender for p, text, h, g in self.unnamed[:i] if pos - p <= ROLE_WINDOW)

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
