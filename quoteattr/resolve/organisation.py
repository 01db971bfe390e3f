"""An organisation mention resolved to the body it names: "de politie" as "politie", "haar
partij" as the party of the person the possessive points to, "de dienst" or "het olieconcern"
as the body the article has just named."""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..model import Mention
from .describe import _member_body
from .names import _LOWER_DETS, Entity
from .pairs import _pair_description
from .resolver import Resolver

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import DocumentAnalysis


#: a description that ends in a body said by a noun for its kind: "een woordvoerder van het olieconcern"
_OWNED_BY_KIND = regex.compile(r"(?P<head>\S.*?)\s+van\s+(?:de|het)\s+(?P<noun>\p{Ll}[\p{L}-]*+)")


def _class_owner(an: "DocumentAnalysis", resolver: Resolver, text: str, pos: int) -> str:
    """'een woordvoerder van het olieconcern' → 'een woordvoerder van Shell' when the article has
    just named the concern (Resolver.class_body): the description is said with the body's name,
    as for a body the text names ("een woordvoerder van Shell"). Other descriptions unchanged."""
    found = _OWNED_BY_KIND.fullmatch(text)
    if found is None:
        return text
    ent = resolver.class_body(found.group("noun"), pos, an.acronym, an.text)
    if ent is None:
        return text
    return f"{found.group('head')} van {an.acronym(ent.name) or ent.name}"


def organisation_name(m: Mention) -> str:
    """'de politie' → 'politie'; 'het ministerie van Defensie' → 'ministerie van Defensie'."""
    first, _, rest = m.text.partition(" ")
    return rest if first.lower() in _LOWER_DETS and rest else m.text


def _topic_body(an: "DocumentAnalysis", resolver: Resolver, pos: int) -> Entity | None:
    """"De Nederlandsche Bank gaat niet in op de vraag. Wel zegt de toezichthouder dat …": a
    definite noun for a kind of body, the subject of a speech verb, where no body the text calls
    so was named, continues the topic: the body that opened the sentence before as its subject,
    when it is the only body named since then (news varies the name with a generic noun)."""
    si = an.sentence_index(pos)
    if si == 0:
        return None
    return resolver.topic_body(an.sents[si - 1].start, pos)


def resolve_organisation(an: "DocumentAnalysis", resolver: Resolver,
                         m: Mention) -> tuple[str | None, str | None, str | None]:
    """(speaker, speaker_kind, role) for an organisation mention (resolve_mention)."""
    words = m.text.split()
    if len(words) == 2 and words[0].lower() in ("haar", "zijn", "hun"):
        # "Haar partij wil …", "Zijn fractie eist …": the body of the person the possessive
        # points to, which a hyphenated function names ("PvdA-Kamerlid Attje Kuiken"); a body
        # not named so is nobody's name ("Zijn stad")
        owner = resolver.antecedent(m.start, {"haar": "f", "zijn": "m", "hun": "pl"}[words[0].lower()])
        body = _member_body(an, owner) if owner is not None else None
        return (body, "organisation", None) if body else (None, None, None)
    pair = _pair_description(an, resolver, words, m.start)
    if pair is not None:
        return pair  # "volgens de diensten" after "de NCTV en inlichtingendienst AIVD"
    if len(words) == 2 and words[0].lower() in ("de", "het"):
        ent = resolver.named_body(words[1], m.start)  # "de inspectie" → "Onderwijsinspectie"
        ent = ent or _topic_body(an, resolver, m.start)
        # "De dienst stelt", "volgens de krant", "De organisatie reageerde": news refers back
        # to the body it has just named with a noun for its kind (body_classes.tsv)
        ent = ent or resolver.class_body(words[1], m.start, an.acronym, an.text)
        if ent is not None:
            return an.acronym(ent.name) or ent.name, "organisation", None
    return organisation_name(m), "organisation", None
