"""Antecedent search, mixed into Resolver (resolver.py): the person or body a pronoun points back
to (the nearest compatible one before it, a sentence's subject outranking a name in an object or
a prepositional phrase), and the person a passage is about."""
from __future__ import annotations

from ..entities import is_common_word
from .describe import _compatible
from .names import Entity

#: how far back the owner of a possessive ("zei haar zoon") is looked for, inside its scene
POSSESSIVE_WINDOW = 1500

#: how far back a speaking pronoun looks when nobody of its gender was named within the usual
#: window (Resolver.antecedent): a novel's stretch of "hij" without a name
LONG_WINDOW = 8000


class AntecedentSearch:
    """Resolver's questions of who a pronoun stands for: antecedent, topic_person and
    holds_no_person, asked of the names it registered (timeline, subjects, oblique, in_relative)."""

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
            # (so does an unnamed relative as the subject: "De moeder van Anna hoopt …, zegt ze",
            # mentions._subject_relative)
            if p not in self.oblique and p not in self.in_relative and ent is not best and ent.person \
                    and (ent.kind == "person" or ent.kind == "description" and p in self.subjects
                         and " van " in ent.name) \
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
