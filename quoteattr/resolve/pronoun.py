"""A pronoun mention resolved to the speaker it stands for: its antecedent (antecedents.py), the
person the next sentence identifies ("Het is X") or the sentence before a turn describes, the
subject a pronoun goes on with, or a plural group or pair of names for "die" and "ze"."""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import regex

from ..entities import EntityType, entity_type
from ..lang import LanguageData
from ..model import Mention
from .antecedents import LONG_WINDOW
from .describe import _compatible, unnamed_gender
from .described import resolve_description
from .names import Entity
from .pairs import _coordinated_subject
from .resolver import Resolver

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import DocumentAnalysis


#: the sentence after an inquit that says who spoke: "“Stop!”, gilt ze. Het is parochiesecretaris
#: Elly Visser." (a few lower-case words, a function, may stand before the name)
_IDENTIFIED = regex.compile(r"(?:Het|Dat|Dit)\s+(?:is|was)\s+((?:\p{Ll}[\p{L}-]*+\s+){0,4}?)(?=\p{Lu})")


def _describes_person(words: list[str], lang: LanguageData) -> bool:
    """Are the lower-case words between 'Het is' and a name a description of that person ("de
    kersverse", "parochiesecretaris", "de 43-jarige")? A comparison or a quantity ("Het is veel
    moeilijker dan veel Nederlanders denken") says nothing of who spoke."""
    return all(w in lang.determiners or w in lang.modifiers or lang.title_head(w) is not None
               or w.endswith(("jarige", "se", "ke", "de"))
               for w in words)


#: the subject pronouns that are never an object nor a plural: "hij" only ("zij" is also plural
#: and leaving it out kept the dash dialogue of fiction-dash whole; "ze" is also an object)
_CHAIN_PRONOUNS = {"hij": "m"}


def _pronoun_chain(an: "DocumentAnalysis", resolver: Resolver, ent: Entity, pos: int,
                   gender: str, skip: tuple[int, int] | None, depth: int = 0) -> Entity:
    """A subject pronoun goes on with the subject of the sentence before, not with a name that
    sentence holds as an object: in "Niet veel later trouwde hij met de toen twintigjarige Sanne
    Vos. Tegen de krant vertelde hij dat …" the second "hij" is the man the first one is, not the
    woman he married, whatever gender her name has. So when the nearest candidate is named
    outside the subjects in a sentence (outside quotations) where the same pronoun stands before
    it, the pronoun takes that pronoun's antecedent instead, also across the quotations the
    man speaks in between ("… zei hij over het huwelijk")."""
    before = [p for p in ent.positions if p < pos and not (skip and skip[0] <= p < skip[1])]
    if not before:
        return ent
    p = before[-1]
    if p in resolver.subjects:
        return ent
    si = an.sentence_index(p)
    word = next(w for w, g in _CHAIN_PRONOUNS.items() if g == gender)
    view = an.views[si]
    prior = [t.start for t in view.items if t.lower == word and t.start < p]
    if not prior:
        return ent
    q = prior[-1]
    floor = an.sents[max(0, an.sentence_index(q) - 1)].start
    other = resolver.antecedent(q, gender, subject_floor=floor)
    if other is None or other is ent:
        return ent
    return _pronoun_chain(an, resolver, other, q, gender, None, depth + 1) if depth < 3 else other


#: a narrator sentence opening with a definite description of a person as its subject, the
#: finite verb after it: "De oude boer stond …", "En de veldwachter schreef …"
_DESCRIBED_SUBJECT = regex.compile(
    r"(?:(?:En|Maar|Toen)\s+)?(?P<np>(?:[Dd]e|[Hh]et)\s+(?:\p{Ll}+e\s+){0,2}(?P<noun>\p{Ll}{3,}))\s+(?P<verb>\p{Ll}+)")


#: the same description after the finite verb, a phrase of a preposition and a few words opening
#: the sentence (Dutch puts the finite verb second): "Tot mijne verwondering strekte de jonge
#: dame hare hand uit"; the description's words follow the article
_INVERTED_HEAD = regex.compile(
    r"(?P<prep>\p{Lu}\p{Ll}*)(?:\s+[\p{Ll}'’]+){1,4}?\s+(?P<verb>\p{Ll}{3,})\s+(?P<art>de|het)\s+")
_LOWER_WORD = regex.compile(r"\p{Ll}+")

#: what may stand before the words of a turn that opens its paragraph: quote marks and dashes
_TURN_OPENING = " \t\"'“”„‘’«»-–—"


def _described_subject_before(an: "DocumentAnalysis", start: int, gender: str) -> Mention | None:
    """The definite description of a person ("de oude heer", "de veldwachter") that opens the
    narrator sentence right before the turn of dialogue at ``start`` (a quotation that opens its
    paragraph), as its subject, in the paragraph before: a pronoun inquit of that turn ("— Zoo,
    zei hij") stands for that person, not for a man that sentence names as an object. The noun
    must name a person and not have the other gender ("de gastvrouw" is no "hij")."""
    si = an.sentence_index(start)
    if si == 0:
        return None
    para = an.paras[an.sents[si].paragraph]
    if an.text[para.start:start].strip(_TURN_OPENING):
        return None  # a quotation inside a paragraph of narration is no turn of a dialogue
    sent = an.sents[si - 1]
    if an.sents[si].paragraph - sent.paragraph > 1:
        return None
    k = bisect.bisect_left(an.qranges, (sent.start, -1))
    if k > 0 and an.qranges[k - 1][1] > sent.start or k < len(an.qranges) and an.qranges[k][0] < sent.end:
        return None  # a sentence with a quotation in it is no narration
    lang = an.lang
    found = _DESCRIBED_SUBJECT.match(an.text, sent.start, sent.end)
    if found is None:
        return _inverted_description(an, sent.start, sent.end, gender)
    noun = found.group("noun")
    verb = found.group("verb")
    if verb in lang.prepositions or verb in lang.conjunctions or verb in lang.relative_pronouns:
        return None  # "De jongen van Driek …", "De man die …": no verb after the subject yet
    if not _person_noun(noun, lang):
        return None
    have = unnamed_gender(noun, lang)
    if have in ("m", "f") and have != gender:
        return None
    np = found.group("np")
    text = np[0].lower() + np[1:]
    return Mention(found.start("np"), found.end("np"), text, kind="description", head=noun)


def _inverted_description(an: "DocumentAnalysis", start: int, end: int, gender: str) -> Mention | None:
    """The description of a person right after the finite verb of a sentence that a
    prepositional phrase opens ("Tot mijne verwondering strekte de jonge dame hare hand uit"):
    the article, adjectives in -e, and the first noun for a person, not of the other gender."""
    lang = an.lang
    head = _INVERTED_HEAD.match(an.text, start, end)
    if head is None or head.group("prep").lower() not in lang.prepositions or not _finite_form(head.group("verb"), lang):
        return None
    prev_end = head.end()
    for k, w in enumerate(_LOWER_WORD.finditer(an.text, head.end(), end)):
        if k > 2 or an.text[prev_end:w.start()].strip():
            return None  # (three words at most, with nothing but space between them)
        prev_end = w.end()
        word = w.group()
        if _person_noun(word, lang):
            have = unnamed_gender(word, lang)
            if have in ("m", "f") and have != gender:
                return None
            return Mention(head.start("art"), w.end(), an.text[head.start("art"):w.end()], kind="description", head=word)
        if not word.endswith("e"):
            return None  # (only adjectives in -e stand between the article and the noun)
    return None


def _person_noun(noun: str, lang: LanguageData) -> bool:
    """Does ``noun`` name a person: a person noun, a function, a noun of a gender, or one ending
    as a noun for a person does?"""
    return noun in lang.person_nouns or lang.title_head(noun) is not None or bool(unnamed_gender(noun, lang)) \
        or noun.endswith(lang.person_noun_endings)


def _finite_form(word: str, lang: LanguageData) -> bool:
    """A finite verb of one subject: a listed form, or a past tense of a regular verb ("strekte",
    "opende")."""
    return word in lang.verb_forms or word in lang.present_forms or word in lang.past_forms \
        or (len(word) > 4 and word.endswith(("de", "te")))


def _identified_next(an: "DocumentAnalysis", resolver: Resolver, si: int, gender: str | None) -> Entity | None:
    """The person the next sentence identifies ("Het is X") for a pronoun inquit, cataphora."""
    if si + 1 >= len(an.sents) or an.sents[si + 1].paragraph != an.sents[si].paragraph:
        return None
    nxt = an.sents[si + 1]
    m = _IDENTIFIED.match(an.text, nxt.start, nxt.end)
    if m is None or not _describes_person(m.group(1).split(), an.lang):
        return None
    name = an.lang.name_regex.match(an.text, m.end(), nxt.end)
    if name is None:
        return None
    ent = resolver.entity_for_name(name.group().strip(), name.start())
    return ent if ent is not None and ent.kind == "person" and _compatible(ent, gender) else None


def _plural_people_before(an: "DocumentAnalysis", pos: int) -> str | None:
    """"Na de inval werden twee mannen opgepakt. Die verklaarden dat …": a demonstrative with a
    plural verb opening the sentence points back to the last plural noun for people in the
    sentence before (with its article, number or adjectives), when no plural name is there."""
    si = an.sentence_index(pos)
    if si == 0:
        return None
    items = an.views[si - 1].items
    for k in range(len(items) - 1, -1, -1):
        t = items[k]
        if not t.is_word or t.is_cap or t.lower in an.lang.function_words or not t.lower.endswith(("en", "s")):
            continue
        if entity_type(t.lower, lang=an.lang) is not EntityType.PERSON:
            continue
        if k > 0 and (items[k - 1].lower in an.lang.present_forms or items[k - 1].lower in an.lang.past_forms):
            continue  # "de baby is overleden": a participle after its auxiliary, no people
        j = k
        while j > 0 and items[j - 1].is_word and (not items[j - 1].is_cap or items[j - 1].lower.endswith(("se", "sche"))) and (
                items[j - 1].lower in an.lang.determiners or items[j - 1].lower.endswith("e")
                or items[j - 1].lower in ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien")):
            j -= 1
        while j < k and items[j].lower in an.lang.function_words and items[j].lower not in an.lang.determiners:
            j += 1
        return an.text[items[j].start:t.end]
    return None


#: a bracketed aside closing the text right before a pronoun: "(CDA). ", "(54), "
_BRACKET_BEFORE = regex.compile(r"\(([^()\n]{1,40})\)[.,;]?\s*$")


def _bracket_before(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the brackets right before ``pos`` ("burgemeester Martijn Vroom (CDA). Die
    schreef: …"): they add the party, age or acronym of the name before them, and what they
    name is no antecedent of the pronoun after them; None when no brackets end there."""
    m = _BRACKET_BEFORE.search(text, max(0, pos - 48), pos)
    return (m.start(), m.end()) if m is not None else None


#: how many sentences (the headline counted) make an article's lead
_LEAD_SENTENCES = 3


def _introduced_after_lead(an: "DocumentAnalysis", resolver: Resolver, ent: Entity, pos: int,
                           gender: str) -> str | None:
    """"De vrouw die de minister bedreigde, staat vandaag terecht. … als een 21-jarige activist
    zich moet verantwoorden voor haar lied. ‘…’, zei ze": a news lead speaks of someone by a
    plain definite noun ("de vrouw", "de man"), and the body then introduces them properly, with
    'een' and what the reader should know; news names the unnamed person by that introduction.
    For a pronoun of ``gender`` whose antecedent is the description ``ent`` (a plain noun of that
    gender, with its article), the first indefinite introduction of a person the text made after
    the lead spoke of them and before ``pos`` whose noun's gender does not conflict; None
    without one."""
    words = ent.name.lower().split()
    if len(words) != 2 or words[0] not in ("de", "het") or unnamed_gender(words[1], an.lang) != gender:
        return None
    first = an.text.lower().find(ent.name.lower())  # where the lead first spoke of them so
    if first < 0 or an.sentence_index(first) > _LEAD_SENTENCES:
        return None  # only the article's lead (its headline and first sentences) speaks so
    for p, text, h, g in resolver.unnamed:
        if first < p < pos and text.startswith("een ") and g in (None, gender) and h != words[1] and (
                g == gender or h in an.lang.person_nouns or an.lang.title_head(h) is not None):
            return text
    return None


#: what opens a clause inside a sentence: a comma, a colon or a subordinating or coordinating word
_CLAUSE_OPENER = regex.compile(r"[,;:]|\b(?:dat|die|omdat|en|maar|of|terwijl|want|nadat|toen|als|hoewel)\b",
                              regex.IGNORECASE)

#: how far back a clause's start is looked for (a bounded scan per pronoun)
_CLAUSE_REACH = 300


def _clause_start(an: "DocumentAnalysis", sent_start: int, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last clause opener between the
    sentence's start and ``pos`` (looked for at most _CLAUSE_REACH characters back)."""
    lo = max(sent_start, pos - _CLAUSE_REACH)
    start = lo
    for mt in _CLAUSE_OPENER.finditer(an.text, lo, pos):
        start = mt.end()
    return start


def resolve_pronoun(an: "DocumentAnalysis", resolver: Resolver, m: Mention, last, *,
                    quote: tuple[int, int] | None = None) -> tuple[str | None, str | None, str | None]:
    """(speaker, speaker_kind, role) for a pronoun mention (resolve_mention)."""
    word = m.text.lower()
    if word in ("ik", "wij", "we"):
        return None, None, None
    if word == "die":
        ent = resolver.antecedent(m.start, "pl" if m.gender == "pl" else None,
                                  skip=_bracket_before(an.text, m.start))
        if ent is None and m.gender == "pl" and an.opens_sentence(m.start):
            group = _plural_people_before(an, m.start)
            if group is not None:
                return group, "description", None
        return (ent.name, ent.kind, None) if ent else (None, None, None)
    si = an.sentence_index(m.start)
    floor = an.sents[max(0, si - 1)].start if word in ("hij", "ze", "zij") else None
    ent = _identified_next(an, resolver, si, m.gender) if quote is not None else None
    skip = quote
    if word in ("hem", "haar") and quote is None and an.text[max(0, m.start - 9):m.start].lower().endswith("volgens "):
        # "Fred Ros mocht volgens hem 4 ton houden": the source after 'volgens' is never the
        # subject of its own clause, so the names from the clause's start on are no candidates
        skip = (_clause_start(an, an.sents[si].start, m.start), m.start)
    if ent is None and quote is not None and m.gender in ("m", "f") and m.start > quote[0]:
        subject = _described_subject_before(an, quote[0], m.gender)
        if subject is not None:
            # "De oude boer stond ons al op te wachten. — Zoo, zei hij": the person the
            # sentence before the turn is about, as its description names them
            return resolve_description(an, resolver, subject, last, quote=quote)
    if ent is None:
        ent = resolver.antecedent(m.start, m.gender, subject_floor=floor, skip=skip)
        if ent is not None and word in _CHAIN_PRONOUNS and m.gender == _CHAIN_PRONOUNS[word]:
            ent = _pronoun_chain(an, resolver, ent, m.start, m.gender, skip)
    if ent is None and m.gender in ("m", "f") and quote is not None:
        # "zeide hij" after pages of "hij": a novel keeps its pronoun on the one person for long
        # stretches; the last one of that gender named further back is meant, not no one, unless
        # an inquit pronoun of that gender since then was someone else ("vroeg hij" resolved to
        # Stipan after the valet Matjeff was named: the pronoun has stayed on Stipan)
        ent = resolver.antecedent(m.start, m.gender, skip=skip, window=LONG_WINDOW)
        chained = resolver.pronoun_last.get(m.gender)
        if ent is not None and chained is not None and chained[1] is not ent \
                and chained[0] > max((p for p in ent.positions if p < m.start), default=-1):
            ent = chained[1]
    if ent is not None and ent.kind == "person" and m.gender in ("m", "f") and quote is not None:
        resolver.pronoun_last[m.gender] = (m.start, ent)
    if ent is None and m.gender == "pl":
        pair = _coordinated_subject(an, resolver, m.start)  # "Rosenmöller en Duisenberg … Ze adviseerden"
        if pair is not None:
            return pair
        if an.opens_sentence(m.start):
            group = _plural_people_before(an, m.start)  # "De boeren zijn boos. Zij zeggen …"
            if group is not None:
                return group, "description", None
    if ent is None and last is not None:
        return last[0], last[2], last[3]
    if ent is not None and ent.kind == "description" and m.gender in ("m", "f"):
        later = _introduced_after_lead(an, resolver, ent, m.start, m.gender)
        if later is not None:
            return later, "description", None
    return (ent.name, ent.kind, ent.roles[0] if ent.roles else None) if ent else (None, None, None)
