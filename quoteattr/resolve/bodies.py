"""Bodies referred back to, mixed into Resolver (resolver.py): the organisation a noun names by a
part of its name ("de inspectie" after "de Onderwijsinspectie") or by its kind ("het olieconcern"
after "Shell"), and the one body the sentence before is about."""
from __future__ import annotations

import bisect
from typing import Callable

import regex

from .describe import _association
from .names import Entity, _pos, name_tokens
from .roles import ROLE_WINDOW


#: how far back a generic noun for a kind of body looks for the body it stands for (Resolver.class_body)
CLASS_WINDOW = 1500
#: another body of the kind named this close before the last one makes the noun ambiguous
CLASS_RIVAL_REACH = 150
#: a name coordinated with another capitalised name ("Ajax en PSV", "PSV of Feyenoord"): a noun
#: for its kind after it may stand for either (a name opening a sentence may not be registered)
_COORD_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{N}&.-]*+,?\s++(?:en|of)\s++(?:de\s++|het\s++)?$")
_COORD_AFTER = regex.compile(r"\p{Lu}[\p{L}\p{N}&.-]*+(?:\s++\p{Lu}[\p{L}\p{N}&.-]*+)*+,?\s++(?:en|of)\s++"
                             r"(?:de\s++|het\s++)?\p{Lu}")


class BodyLookup:
    """Resolver's questions of organisations: named_body, topic_body and class_body."""

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
        if kind is None or _association(noun, self.lang) or noun.split("-")[0][:1].isupper():
            return None  # ("de Jehovah-organisatie", "de Shell-krant": the name the noun holds says which body)
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
