"""Two names joined by 'en' as one plural speaker: the antecedent of a plural pronoun ("Paul
Rosenmöller en Pieter Duisenberg … Ze adviseerden") and what a plural description refers back
to ("VNO-NCW en MKB-Nederland … De werkgevers waarschuwen", "… De partijen vinden")."""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import regex

from .names import Entity, _pos
from .resolver import Resolver

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import DocumentAnalysis


#: what may stand between two names joined as one subject: 'en' or '&' and at most two
#: lower-case words, the second one's function ("Trudy Snippert en gedragswetenschapper Anneke Hofsté")
_JOINED = regex.compile(r"\s+(?:en|&)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}")

#: how many sentences back (this one included) a plural pronoun looks for two names joined
_PAIR_SENTENCES = 2


def _name_end(an: "DocumentAnalysis", ent: Entity, p: int) -> int | None:
    """Where the mention of ``ent`` at ``p`` ends: its longest alias written there."""
    ends = [p + len(a) for a in ent.aliases if an.text.startswith(a, p)]
    return max(ends) if ends else None


def _adjacent_mentions(an: "DocumentAnalysis", resolver: Resolver, pos: int, sentences: int):
    """The pairs of mentions next to each other from ``sentences`` sentences back (this one
    included) up to ``pos``, and the range of ``resolver.mentions`` they come from."""
    si = an.sentence_index(pos)
    start = an.sents[max(0, si - sentences + 1)].start
    i = bisect.bisect_left(resolver.mentions, start, key=_pos)
    j = bisect.bisect_left(resolver.mentions, pos, key=_pos)
    return zip(resolver.mentions[i:j - 1], resolver.mentions[i + 1:j]), (i, j)


def _coordinated_subject(an: "DocumentAnalysis", resolver: Resolver,
                         pos: int) -> tuple[str, str, None] | None:
    """"Paul Rosenmöller en Pieter Duisenberg, die …, toonden zich geschrokken. Ze adviseerden
    …": a plural pronoun (the verb agrees with it) with no group named before points back to two
    people (or two bodies) joined by 'en' as the subject of this sentence or the one before: the
    coordination is its plural antecedent. The nearest such pair; None without one."""
    found = None
    for (p1, e1), (p2, e2) in _adjacent_mentions(an, resolver, pos, _PAIR_SENTENCES)[0]:
        if p1 not in resolver.subjects or e1 is e2:
            continue
        pair_kind = {resolver.settle(e1).kind, resolver.settle(e2).kind}
        if pair_kind not in ({"person"}, {"organisation"}) or (pair_kind == {"person"} and not (e1.person and e2.person)):
            continue
        end = _name_end(an, e1, p1)
        if end is not None and _JOINED.fullmatch(an.text, end, p2):
            found = (e1.name + " en " + e2.name, e1.kind if e1.kind == "organisation" else "person", None)
    return found


#: nouns news uses for the two parties it has just named together, whatever they are: "Van Geel
#: en de club … De partijen vinden", "Jan en Ans … Het tweetal zegt"
_PAIR_NOUNS = frozenset({"partijen", "tweetal", "duo", "twee", "beiden", "echtpaar"})

#: how many sentences back (this one included) a plural description looks for the pair
_PAIR_DESCRIPTION_SENTENCES = 4


def _singulars_of(word: str) -> list[str]:
    """Dutch singulars a plural noun may have: 'diensten' → 'dienst', 'bedrijven' → 'bedrijf',
    'werkgevers' → 'werkgever'."""
    out = []
    if word.endswith("en") and len(word) > 4:
        base = word[:-2]
        out += [base, base[:-1] + "f" if base.endswith("v") else base, base[:-1] + "s" if base.endswith("z") else base]
        if len(base) > 2 and base[-1] == base[-2]:
            out.append(base[:-1])
    if word.endswith("s") and len(word) > 4:
        out.append(word[:-1])
    return list(dict.fromkeys(out))


def _pair_description(an: "DocumentAnalysis", resolver: Resolver, words: list[str],
                      pos: int) -> tuple[str, str, None] | None:
    """"VNO-NCW en MKB-Nederland sturen een brief. De werkgevers waarschuwen …", "de NCTV en
    inlichtingendienst AIVD … Volgens de diensten", "Martin van Geel en Feyenoord gaan uit
    elkaar. De partijen vinden …": a definite plural description refers back to the two names
    the text has just joined with 'en' (in this sentence or the _PAIR_DESCRIPTION_SENTENCES - 1
    before, the nearest pair): a noun for any pair (_PAIR_NOUNS) to any two; the plural of a
    noun for a kind of body (body_classes.tsv), or of the word that described one of the two
    ("werkgeversorganisaties VNO-NCW", "inlichtingendienst AIVD"), to two bodies. None
    otherwise."""
    low = [w.lower() for w in words]
    if len(low) != 2 or low[0] not in ("de", "het", "beide"):
        return None
    noun = low[1]
    pair_noun = noun in _PAIR_NOUNS
    singulars = [] if pair_noun else _singulars_of(noun)
    if not pair_noun and not singulars:
        return None
    pairs, (i, j) = _adjacent_mentions(an, resolver, pos, _PAIR_DESCRIPTION_SENTENCES)
    found = None
    for (p1, e1), (p2, e2) in pairs:
        if e1 is e2:
            continue
        kinds = {resolver.settle(e1).kind, resolver.settle(e2).kind}
        if not kinds <= {"person", "organisation"}:
            continue
        end = _name_end(an, e1, p1)
        if end is None or not _JOINED.fullmatch(an.text, end, p2):
            continue
        if not pair_noun:
            before = [an.text[max(0, p - 40):p].split()[-1:] for p in (p1, p2)]
            described = [b[0].lower().strip("(") for b in before if b]
            described += [w.lower() for w in an.text[end:p2].split()[1:]]  # "en inlichtingendienst AIVD"
            # the two are bodies: so typed, or so described ("werkgeversorganisaties VNO-NCW en …")
            bodies = kinds == {"organisation"} or any(
                an.lang.body_class(sg) == "organisation" for d in described for sg in _singulars_of(d) + [d])
            if not bodies:
                continue
            if not any(an.lang.body_class(sg) == "organisation" for sg in singulars) and not any(
                    d.startswith(noun) or any(d.endswith(sg) for sg in singulars) for d in described):
                continue
            kinds = {"organisation"}
        found = (e1.name + " en " + e2.name, "organisation" if kinds == {"organisation"} else "person", None)
    if found is None and noun in _PAIR_NOUNS:
        # "Yago R. trouwde met Shamima Begum. … Met R. kreeg ze drie kinderen. Het tweetal zegt …":
        # the two people the text has just spoken of, when it named no one else there
        people: dict[int, Entity] = {}
        for p, ent in resolver.mentions[i:j]:
            if resolver.settle(ent).kind == "person" and ent.person:
                people.setdefault(id(ent), ent)
        if len(people) == 2:
            a, b = people.values()
            found = (a.name + " en " + b.name, "person", None)
    return found
