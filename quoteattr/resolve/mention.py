"""A speaker mention resolved to the speaker it stands for: a name to its entity's fullest name
(here), a pronoun to its antecedent (pronoun.py), a description to the person or body it denotes
(described.py), an organisation to the body's name (organisation.py)."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..entities import (
    EntityType,
    entity_type,
    heading_words,
    is_adjective_phrase,
    is_capitalised_noun,
    is_demonym,
    is_given_name,
    is_listed_body,
)
from ..model import Mention
from .describe import _people_noun
from .described import _demonym_holder, resolve_description
from .organisation import resolve_organisation
from .pronoun import resolve_pronoun
from .resolver import Resolver

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import DocumentAnalysis


_BODY_TYPES = (EntityType.ORGANISATION, EntityType.PLACE, EntityType.MEDIUM)


def _given_taken_for_field(an: "DocumentAnalysis", resolver: Resolver, m: Mention,
                           words: list[str]) -> tuple[Mention, list[str]] | None:
    """A function, a capitalised word and a name with 'van' ("bestuurssecretaris Dominick
    Woltering van Aventus"): the cue reads the capital as the function's field ("hoogleraar
    Planologie Jan de Vries") when no list knows it for a given name, and the rest as the name.
    When the name pass registered that capital with the surname after it as one person's name
    ("Dominick Woltering"), it is that person's given name and 'van …' names where they work.
    The mention then names the person, with the function alone as the role."""
    if not m.role or len(words) < 3 or "van" not in words[1:-1]:
        return None
    role_words = m.role.split()
    last = role_words[-1]
    if len(role_words) < 2 or not last[:1].isupper() or last.isupper() or last.lower() in an.lang.titles:
        return None
    surname = words[:words.index("van")]
    hs = an.text.rfind(m.head, m.start, m.end)
    fs = an.text.rfind(last, m.start, hs) if hs > 0 else -1
    if fs < 0:
        return None
    name = " ".join([last] + surname)
    for _, ent in resolver.between(fs, fs + 1):
        if ent.person and name in ent.aliases:
            return replace(m, head=name, role=" ".join(role_words[:-1])), name.split()
    return None


def _glued_noun(an: "DocumentAnalysis", resolver: Resolver, words: list[str], m: Mention) -> bool:
    """'Steunpilaar Rutte denkt …', 'Eer Dekker ziet …': a capitalised noun (common, compound or
    demonym) opening the mention, before a name the article already knows without it; after a
    role the capital is the name's own ("minister … Wang Yi")."""
    return m.text.split()[:1] == words[:1] and not words[0].isupper() \
        and is_capitalised_noun(words[0], lang=an.lang) \
        and resolver.entity_for_name(" ".join(words[1:]), m.start) is not None


def resolve_name(an: "DocumentAnalysis", resolver: Resolver, m: Mention, *, label: bool = False,
                 singular: bool = False) -> tuple[str | None, str | None, str | None]:
    """(speaker, speaker_kind, role) for a name mention (resolve_mention)."""
    words = m.head.split()
    h = heading_words(words, lang=an.lang) if len(words) > 1 else 0
    if h:
        # "BEDREIGING Eindelijk …", "ÖZCAN AKYOL Blijf …": a heading in capitals, then a sentence
        words = words[h:]
        m = replace(m, head=" ".join(words))
    if len(words) == 1 and m.text.lower().startswith(("de ", "het ")) and is_demonym(words[0], lang=an.lang):
        holder = _demonym_holder(resolver, words[0], m.start)  # "De Enschedeër gaat …"
        if holder is not None:
            return holder.name, holder.kind, m.role
    given = _given_taken_for_field(an, resolver, m, words)
    if given is not None:
        # "zegt bestuurssecretaris Dominick Woltering van Aventus": no list knows the given
        # name, so the cue read it as the function's field ("hoogleraar Planologie …") and
        # the name as "Woltering van Aventus"; the name pass read "Dominick Woltering"
        m, words = given
    if len(words) == 1 and not words[0].isupper() and (
            words[0].lower() in an.lang.function_words or words[0].lower() in an.lang.particles):
        return None, None, None  # "De", "Even": never a name on its own (an acronym like "OM" is)
    if not is_given_name(words[0], lang=an.lang) and words[0].lower() not in an.lang.particles and (
            words[0].lower() in an.lower_words or _glued_noun(an, resolver, words, m)) and (
            len(words) > 2 or len(words) == 2 and an.opens_sentence(m.start)):
        # "Kermisexploitant Joke van 't Hek": a common noun capitalised at the sentence start
        m = replace(m, head=" ".join(words[1:]), role=m.role or words[0].lower())
    cut = next((i for i in range(1, len(words) - 1) if words[i] in ("van", "namens")
                and not is_given_name(words[i - 1], lang=an.lang) and entity_type(
                    " ".join(words[i + 1:]), lang=an.lang) in _BODY_TYPES), None)
    # "Cees Loggen van de VVD", "Drinkwaard van Shell": a known name, then its affiliation
    ent = resolver.entity_for_name(" ".join(words[:cut]), m.start) if cut else None
    if ent is None:
        ent = resolver.entity_for_name(m.head, m.start, m.role)
    if ent is None and len(words) > 2:
        # "Exploitant George ten Brummelhuis": the first word was a capitalised common noun
        ent = resolver.entity_for_name(" ".join(words[1:]), m.start)
    if ent is None and an.opens_sentence(m.start) and is_adjective_phrase(words, lang=an.lang):
        return m.head.lower(), "description", None  # "Eurosceptische Europarlementariërs zeggen"
    if ent is None:
        known = entity_type(m.head, lang=an.lang) in (EntityType.ORGANISATION, EntityType.PLACE, EntityType.MEDIUM)
        if known and len(words) == 1 and an.opens_sentence(m.start) and words[0].lower() in an.lower_words \
                and not is_listed_body(words[0], lang=an.lang):
            # "Kerken doen zondag mee", "Banken verhogen de rente": a common noun for a kind
            # of body, capitalised as the sentence opens, which the text also writes in
            # lower case; no name of one body
            known = False
        if not (m.role or known or an.credible_name(m.head, strict=not label)):
            if len(words) == 1 and not singular and _people_noun(words[0].lower(), an.lang):
                # "Kabinetsleden zeggen", "Ministers vreesden": unnamed people, kept as described
                return words[0].lower(), "description", None
            return None, None, None  # "Erger vindt …": no name at all
        ent = resolver.settle(resolver.add_name(m.head, m.start, role=m.role, antecedent=False))
    if ent.kind in ("work", "none"):
        return None, None, None  # "Het rapport stelt", "Mijn God": documents and words do not speak
    resolver.mark_speaker(ent)
    if ent.name.isupper() and not m.head.isupper():
        ent.name = m.head  # an interview label in capitals: keep the readable form
    if not ent.person:
        acronym = an.acronym(ent.name)
        if acronym:
            return acronym, "organisation", None
    return ent.name, ent.kind, (m.role or (ent.roles[0] if ent.roles else None))


def resolve_mention(an: "DocumentAnalysis", resolver: Resolver, m: Mention, last, *,
             label: bool = False, quote: tuple[int, int] | None = None,
             singular: bool = False) -> tuple[str | None, str | None, str | None]:
    """(speaker, speaker_kind, role) for a mention at an attribution site; ``label`` when the
    mention is all there is before a colon ("Rutte: ‘…’"), which makes a name of one word;
    ``quote`` the span of the quotation attributed (a pronoun never refers into it);
    ``singular`` when the speech verb agrees with one subject ("zegt", "schreef")."""
    if m.kind == "name":
        return resolve_name(an, resolver, m, label=label, singular=singular)
    if m.kind == "organisation":
        return resolve_organisation(an, resolver, m)
    if m.kind == "pronoun":
        return resolve_pronoun(an, resolver, m, last, quote=quote)
    return resolve_description(an, resolver, m, last, quote=quote)
