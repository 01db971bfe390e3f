"""A speaker mention resolved to the speaker it stands for: a name to its entity's fullest name,
a pronoun to its antecedent, a description to the person or body it denotes."""
from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

import regex

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
from ..lang import LanguageData
from ..model import Mention
from .describe import (
    _SINGLING_OUT,
    _compatible,
    _epithet_noun,
    _member_body,
    _member_of,
    _noun_phrase,
    _people_noun,
    _plural_group,
    description_text,
    unnamed_gender,
)
from .names import _LOWER_DETS, Entity, _pos
from .resolver import LONG_WINDOW, POSSESSIVE_WINDOW, ROLE_WINDOW, Resolver

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
    found = _DESCRIBED_SUBJECT.match(an.text, sent.start, sent.end)
    if found is None:
        return None
    noun = found.group("noun")
    lang = an.lang
    verb = found.group("verb")
    if verb in lang.prepositions or verb in lang.conjunctions or verb in lang.relative_pronouns:
        return None  # "De jongen van Driek …", "De man die …": no verb after the subject yet
    if not (noun in lang.person_nouns or lang.title_head(noun) is not None or unnamed_gender(noun, lang)
            or noun.endswith(lang.person_noun_endings)):
        return None
    have = unnamed_gender(noun, lang)
    if have in ("m", "f") and have != gender:
        return None
    np = found.group("np")
    text = np[0].lower() + np[1:]
    return Mention(found.start("np"), found.end("np"), text, kind="description", head=noun)


def _introduced_after(an: "DocumentAnalysis", resolver: Resolver, pos: int, gender: str | None) -> Entity | None:
    """"--Dan neem je een kleinere, zeide haar broeder. ¶ Hendrik van Hoven, de eenige zoon des
    huizes, …": a relative the inquit describes, whom the text has not named, is the person of
    that gender the next paragraph opens by introducing (a name never used before, an apposition
    after it)."""
    if gender not in ("m", "f"):
        return None
    brk = an.text.find("\n\n", pos)
    if brk < 0:
        return None
    start = brk + 2
    while start < len(an.text) and an.text[start].isspace():
        start += 1
    for p, ent in resolver.between(start, start + 1):
        if ent.kind == "person" and (ent.gender or ent.soft_gender) == gender and ent.positions and ent.positions[0] == p \
                and any(an.text.startswith(alias + ",", p) for alias in ent.aliases):
            return ent
    return None


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


def _introduced_subject(an: "DocumentAnalysis", resolver: Resolver, pos: int, noun: str) -> Entity | None:
    """"Olav Berg kent het gebied. De Noorse onderzoeker aan de universiteit bevestigt …": news
    names a new person as the subject of one sentence and describes them, with what the reader
    does not know yet, as the subject of the next. A description with an adjective opening the
    sentence at ``pos`` (its head ``noun`` a function or a word for a person) is the named person
    who opens the sentence before in the same paragraph, when the text gave that person no
    function yet (else the description would have to fit it), rather than an earlier holder of
    the function."""
    if an.lang.title_head(noun.lower()) is None and entity_type(noun.lower(), lang=an.lang) is not EntityType.PERSON:
        return None
    si = an.sentence_index(pos)
    if si == 0 or an.sents[si - 1].paragraph != an.sents[si].paragraph:
        return None
    start = an.sents[si - 1].start
    for p, ent in resolver.between(start, pos):
        if p not in resolver.subjects:
            return None  # the first mention there must open the sentence as its subject
        if ent.kind != "person" or ent.roles or len(ent.name.split()) < 2:
            return None
        resolver.mentioned(ent, pos)
        return ent
    return None


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


#: a word of an unnamed person's description between its article and its noun: an age
#: ("16-jarige"), an adjective or adverb ("al wekenlang vermiste"), in lower case
_DESCRIPTION_WORD = regex.compile(r"\p{Ll}[\p{Ll}-]*+|\d+-jarige")

#: how many sentences back, and how many words between article and noun, an owner may be
_OWNER_SENTENCES = 2
_OWNER_GAP = 4


def _unnamed_owner(an: "DocumentAnalysis", pos: int, gender: str) -> str | None:
    """"Het vermiste meisje is terecht. Dat meldt haar vader": a possessive points to the person
    the text has just described without a name, when it names no one of that gender. The last
    noun for a person of ``gender`` (unnamed_gender: 'meisje', 'vrouw', 'Bosschenaar') with its
    article in the sentence of ``pos`` (before it) or the _OWNER_SENTENCES before, outside
    quotations, said as news refers back to it: "het meisje", "de Bosschenaar" (after "een
    Bosschenaar"). None when none is there."""
    si = an.sentence_index(pos)
    floor = an.sents[max(0, si - _OWNER_SENTENCES)].start
    starts = [a for a, _ in an.qranges]
    words = [m for m in regex.finditer(r"[\p{L}\d][\p{L}\d-]*+", an.text[floor:pos])]
    for k in range(len(words) - 1, -1, -1):
        w = words[k].group()
        g = unnamed_gender(w, an.lang)
        if g is None and w[:1].isupper() and w[1:].islower() and w.endswith("naar") and len(w) > 7:
            g = "m"  # "een Bosschenaar", "een Zwollenaar": a man from a town, -(e)naar
        if g != gender:
            continue
        at = floor + words[k].start()
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and an.qranges[i][0] <= at < an.qranges[i][1]:
            continue  # inside a quotation
        for j in range(k - 1, max(-1, k - 2 - _OWNER_GAP), -1):
            art = words[j].group().lower()
            if art in ("de", "het", "een"):
                article = "het" if art == "het" or w.endswith("je") else "de"
                return f"{article} {w}"
            if not _DESCRIPTION_WORD.fullmatch(words[j].group()):
                break
    return None


def _singular_demonym(word: str, lang) -> bool:
    """"Amsterdammer", "Griek", "Belg": one person from a place (not "Amsterdammers", "Belgen")."""
    return not word.endswith(("s", "en")) and is_demonym(word, lang=lang)


def _demonym_holder(resolver: Resolver, demonym: str, pos: int) -> Entity | None:
    """'de Enschedeër' after 'de Enschedeër Giovanni Imbrogiano': the person it was said of.
    A singular demonym no one was given is a newsroom epithet for the person the passage is
    about ("Nikos Papadakis kwam in actie. ‘…’, zegt de Griek"): the last subject named."""
    for p, ent in resolver.before(pos):
        if pos - p > ROLE_WINDOW:
            break
        if demonym in ent.roles:
            resolver.mentioned(ent, pos)
            return ent
    ent = resolver.topic_person(pos) if _singular_demonym(demonym, resolver.lang) else None
    if ent is not None:
        resolver.mentioned(ent, pos)
    return ent


#: a bracketed aside closing the text right before a pronoun: "(CDA). ", "(54), "
_BRACKET_BEFORE = regex.compile(r"\(([^()\n]{1,40})\)[.,;]?\s*$")


def _bracket_before(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the brackets right before ``pos`` ("burgemeester Martijn Vroom (CDA). Die
    schreef: …"): they add the party, age or acronym of the name before them, and what they
    name is no antecedent of the pronoun after them; None when no brackets end there."""
    m = _BRACKET_BEFORE.search(text, max(0, pos - 48), pos)
    return (m.start(), m.end()) if m is not None else None


def _glued_noun(an: "DocumentAnalysis", resolver: Resolver, words: list[str], m: Mention) -> bool:
    """'Steunpilaar Rutte denkt …', 'Eer Dekker ziet …': a capitalised noun (common, compound or
    demonym) opening the mention, before a name the article already knows without it; after a
    role the capital is the name's own ("minister … Wang Yi")."""
    return m.text.split()[:1] == words[:1] and not words[0].isupper() \
        and is_capitalised_noun(words[0], lang=an.lang) \
        and resolver.entity_for_name(" ".join(words[1:]), m.start) is not None


#: what opens a clause inside a sentence: a comma, a colon or a subordinating or coordinating word
_CLAUSE_OPENER = regex.compile(r"[,;:]|\b(?:dat|die|omdat|en|maar|of|terwijl|want|nadat|toen|als|hoewel)\b",
                              regex.IGNORECASE)

#: how far back a clause's start is looked for (a bounded scan per pronoun)
_CLAUSE_REACH = 300


def _topic_body(an: "DocumentAnalysis", resolver: Resolver, pos: int) -> Entity | None:
    """"De Nederlandsche Bank gaat niet in op de vraag. Wel zegt de toezichthouder dat …": a
    definite noun for a kind of body, the subject of a speech verb, where no body the text calls
    so was named, continues the topic: the body that opened the sentence before as its subject,
    when it is the only body named since then (news varies the name with a generic noun)."""
    si = an.sentence_index(pos)
    if si == 0:
        return None
    return resolver.topic_body(an.sents[si - 1].start, pos)


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


def _synonym_function_before(an: "DocumentAnalysis", function: str, pos: int) -> str | None:
    """"Dat eiste de officier van justitie. De aanklager wees op …": a definite description of a
    function that the text wrote before under another name of the same function
    (title_phrases.tsv) is that unnamed holder, said as the text first said it ("de officier van
    justitie"); None when the function has no other name or the text did not use one before
    (within ROLE_WINDOW, outside quotations)."""
    low = function.lower()
    word = an.lang.title_phrases.get(low, low)
    names = [p for p, w in an.lang.title_phrases.items() if w == word] + [word]
    names = [n for n in names if n != low]
    if not names or word not in an.lang.title_phrases.values():
        return None
    starts = [a for a, _ in an.qranges]
    lo = max(0, pos - ROLE_WINDOW)
    best = None
    window = _case_key(an.text[lo:pos])
    for name in names:
        if _case_key(name) not in window:
            continue  # (the text has not used this name: no pattern is compiled for it)
        for found in regex.finditer(r"(?<!\w)(?:de|het)\s+(" + regex.escape(name) + r")(?!\w)", an.text[lo:pos],
                                    flags=regex.IGNORECASE):
            at = lo + found.start()
            i = bisect.bisect_right(starts, at) - 1
            if i >= 0 and an.qranges[i][0] <= at < an.qranges[i][1]:
                continue
            if best is None or at < best[0]:
                best = (at, "de " + found.group(1).lower())
    return best[1] if best is not None else None


#: an unnamed person described by a compound function before, with the body they work for:
#: "de 49-jarige techniekdocent van het Stedelijk College" (the noun's tail is filled in)
_COMPOUND_HEAD = r"(?<!\w)(?:[Dd]e|[Hh]et|[Ee]en)\s+((?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,2}?\p{Ll}[\p{Ll}-]*"
_COMPOUND_TAIL = r"(?:\s+van\s+(?:de|het)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?)(?![\p{L}-])(?!\s+\p{Lu})"


def _compound_function_before(an: "DocumentAnalysis", noun: str, pos: int) -> str | None:
    """"De onderwijsinspectie onderzocht de schorsing van de techniekdocent van het Stedelijk
    College. … De docent ontkent": a definite function noun (a title) with no holder named is
    the unnamed person the text described before by a compound with that noun as its head
    (Dutch compounds end in their head: 'techniekdocent' is a 'docent'), said as the text first
    said it; not one a name follows ("de techniekdocent Jan Smit" is named). The first such
    description within ROLE_WINDOW before ``pos``, outside quotations; None without one."""
    low = noun.lower()
    if len(low) < 5 or an.lang.title_head(low) is None:
        return None
    lo = max(0, pos - ROLE_WINDOW)
    if an.text.find(low, lo, pos) < 0:
        return None  # (the pattern holds the noun as it is: without it there, nothing to compile)
    starts = [a for a, _ in an.qranges]
    pattern = _COMPOUND_HEAD + regex.escape(low) + _COMPOUND_TAIL
    for found in regex.finditer(pattern, an.text[lo:pos]):
        at = lo + found.start()
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and an.qranges[i][0] <= at < an.qranges[i][1]:
            continue
        return "de " + found.group(1)
    return None


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


def _clause_start(an: "DocumentAnalysis", sent_start: int, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last clause opener between the
    sentence's start and ``pos`` (looked for at most _CLAUSE_REACH characters back)."""
    lo = max(sent_start, pos - _CLAUSE_REACH)
    start = lo
    for mt in _CLAUSE_OPENER.finditer(an.text, lo, pos):
        start = mt.end()
    return start


def _described_before_named(an: "DocumentAnalysis", description: str, ent: Entity, pos: int) -> bool:
    """Did the article use ``description`` ("de openbaar aanklager") before it first named
    ``ent``? News introduces an official unnamed by function and keeps calling them so; a person
    named only later, whom the text never gave that function, is someone else."""
    first = ent.positions[0] if ent.positions else pos
    if first >= pos:
        return False
    if _case_key(description) not in _case_key(an.text[:first]):
        return False  # (mostly so: no pattern is compiled for a description the text had not used)
    pattern = regex.compile(r"(?<!\w)" + regex.escape(description) + r"(?!\w)", regex.IGNORECASE)
    return pattern.search(an.text, 0, first) is not None


#: the dotted and dotless i of Turkish, which the pattern's IGNORECASE takes for "i" and "I"
#: ("İ" ~ "i", "ı" ~ "I") and str.casefold does not
_TURKISH_I = str.maketrans({"İ": "i", "ı": "i"})


def _case_key(text: str) -> str:
    """``text`` as compared case-insensitively: every string that an IGNORECASE pattern of a
    literal ``s`` matches (character by character, as the regex module's simple case folding
    does) holds ``_case_key(s)`` in its own _case_key. A cheap test to skip a pattern with."""
    if "İ" in text or "ı" in text:
        text = text.translate(_TURKISH_I)
    return text.casefold()


def _scene_floor(an: "DocumentAnalysis", pos: int) -> int:
    """Where the scene holding ``pos`` begins (sieves/scenes.py)."""
    from ..sieves.scenes import scene_floor, scene_starts
    scenes = getattr(an, "scene_list", None)
    if scenes is None:
        scenes = an.scene_list = scene_starts(an)  # (once per document)
    return scene_floor(scenes, pos)


def resolve_mention(an: "DocumentAnalysis", resolver: Resolver, m: Mention, last, *,
             label: bool = False, quote: tuple[int, int] | None = None,
             singular: bool = False) -> tuple[str | None, str | None, str | None]:
    """(speaker, speaker_kind, role) for a mention at an attribution site; ``label`` when the
    mention is all there is before a colon ("Rutte: ‘…’"), which makes a name of one word;
    ``quote`` the span of the quotation attributed (a pronoun never refers into it);
    ``singular`` when the speech verb agrees with one subject ("zegt", "schreef")."""
    if m.kind == "name":
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
    if m.kind == "organisation":
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
    if m.kind == "pronoun":
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
                return resolve_mention(an, resolver, subject, last, quote=quote, singular=singular)
        if ent is None:
            ent = resolver.antecedent(m.start, m.gender, subject_floor=floor, skip=skip)
            if ent is not None and word in _CHAIN_PRONOUNS and m.gender == _CHAIN_PRONOUNS[word]:
                ent = _pronoun_chain(an, resolver, ent, m.start, m.gender, skip)
        if ent is None and m.gender in ("m", "f") and quote is not None:
            # "zeide hij" after pages of "hij": a novel keeps its pronoun on the one person for long
            # stretches; the last one of that gender named further back is meant, not no one
            ent = resolver.antecedent(m.start, m.gender, skip=skip, window=LONG_WINDOW)
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
    # description
    text = description_text(m)
    words = text.split()
    pair = _pair_description(an, resolver, words, m.start)
    if pair is not None:
        return pair
    if len(words) == 2 and words[0].lower() in ("deze", "die"):
        # "Deze man vertelde …", "Die vrouw zei …": a demonstrative points back to the person
        # just named whom the noun fits; with no one there, the description stands
        gender = unnamed_gender(words[1], an.lang)
        ent = resolver.antecedent(m.start, gender, window=600) if gender else None
        if ent is not None and ent.kind == "person":
            return ent.name, ent.kind, (ent.roles[0] if ent.roles else None)
        return words[0].lower() + " " + words[1], "description", m.role
    if [w.lower() for w in words] in (["een", "van", "hen"], ["één", "van", "hen"]) and last is not None \
            and last[2] == "description" and last[0] and _plural_group(last[0], an.lang) \
            and not last[0].lower().startswith(("een van", "één van")):
        # "Kabinetsleden zeggen …" then "“…”, aldus een van hen": one of that group
        group = last[0]
        first = group.split()[0].lower()
        group = group if first in _LOWER_DETS else "de " + group
        return "een van " + group, "description", m.role
    if len(words) >= 2 and words[0] in ("haar", "zijn", "hun"):
        words = _noun_phrase(words, an.lang)  # "zeide haar broeder van den canapé": "haar broeder"
        gender = {"haar": "f", "zijn": "m", "hun": "pl"}[words[0]]
        # the owner is someone of this scene: "Den volgenden morgen … zei haar zoon" does not
        # reach back to the woman of the evening before (sieves/scenes.py)
        reach = min(POSSESSIVE_WINDOW, m.start - _scene_floor(an, m.start))
        owner = resolver.antecedent(m.start, gender, window=reach)
        if owner is None and gender in ("m", "f"):
            unnamed = _unnamed_owner(an, m.start, gender)
            if unnamed is not None:
                # "Zijn advocaat" after "een Bosschenaar": the relative or counsel of the person
                # described, as "de advocaat van de Bosschenaar"
                described = " ".join(words[1:]) + " van " + unnamed
                ent = resolver.add_description(described, m.start)
                ent.gender = unnamed_gender(words[-1], an.lang) or ent.gender  # "hij" after "haar vader"
                return described, "description", m.role
        if owner is None and last is not None:
            return " ".join(words[1:]) + " van " + last[0], "description", m.role
        if owner is not None and len(words) == 2 and words[1].lower() in an.lang.speech_nouns:
            resolver.mentioned(owner, m.start)  # "Zijn advies: “…”": what he says, so he speaks
            return owner.name, owner.kind, m.role
        kin = resolver.kin_near(m.start, gender, words[-1], owner, window=reach) if gender != "pl" else None
        if kin is None and quote is not None and words[-1].lower() in an.lang.kin_relations:
            kin = _introduced_after(an, resolver, m.start, an.lang.kin_relations[words[-1].lower()][1])
        if kin is not None:
            resolver.mentioned(kin, m.start)  # "zeide zijn zuster": the sister the text names
            return kin.name, kin.kind, m.role
        if owner is not None:
            return " ".join(words[1:]) + " van " + owner.name, "description", m.role
    if words and words[0] in ("de", "het", "een") and "van" in words[1:-1] \
            and words[words.index("van") - 1].lower() in an.lang.relatives and words[words.index("van") + 1][:1].isupper():
        # "de vader van Cleo Vermeulen", "een vriendin van Sinan Vural": a relative of the one
        # named, described so; not whoever else the text calls a father or a friend. "de
        # moeder van Joost" is the mother the text names, if it does (Resolver.relative)
        owner = resolver.entity_for_name(" ".join(words[words.index("van") + 1:]), m.start) \
            if words[0] != "een" else None
        kin = resolver.relative(owner, words[words.index("van") - 1]) if owner is not None else None
        if kin is not None:
            resolver.mentioned(kin, m.start)
            return kin.name, kin.kind, m.role
        resolver.add_description(text, m.start)
        return text, "description", m.role
    if words and words[0].lower() in ("de", "een", "één") and "van" in words[2:-1] and words[-1][:1].isupper():
        # "de woordvoerder van May", "een woordvoerder van minister Hoekstra": someone who holds a
        # function for a person the text names is not that person (nor anyone named before with
        # that function): the description stands, with the person's full name
        at = words.index("van")
        owner = None
        if not any(w.lower() in an.lang.determiners for w in words[at + 1:]):  # ("van de Verenigde Staten")
            owner = resolver.entity_for_name(" ".join(w for w in words[at + 1:] if w[:1].isupper()), m.start)
        if owner is not None and owner.kind == "person" and owner.person \
                and is_given_name(owner.name.split()[0], lang=an.lang) \
                and an.lang.title_head(words[at - 1].lower()) is not None:
            described = " ".join([words[0].lower(), *words[1:at + 1], owner.name])
            resolver.add_description(described, m.start)
            return described, "description", m.role
    if words and words[0] in ("de", "het", "haar", "zijn", "hun"):
        core = words[:words.index("van")] if "van" in words[1:] else words  # "de trainer van PSV"
        ent = None
        # "zeide de jonge man" after "Paul de Wit, een slanke jonge man" (an apposition), "riep
        # de oude heer uit de voorkamer" after "de oude heer Diederik van der Meulen"
        head_np = _noun_phrase(words, an.lang)
        if words[0] in ("de", "het") and 2 <= len(head_np) <= 4:
            ent = resolver.by_epithet(head_np[-1], head_np[1:-1], m.start, _scene_floor(an, m.start))
        if ent is None and words[0] in ("de", "het") and len(head_np) >= 3 and an.opens_sentence(m.start):
            ent = _introduced_subject(an, resolver, m.start, head_np[-1])
        # (a possessive's relative or function, "haar zoon", is someone of this scene)
        ent = ent or resolver.by_role(text, m.start, floor=_scene_floor(an, m.start)
                                      if words[0] in ("haar", "zijn", "hun") else 0)
        if ent is None and words[0] == "de" and len(core) <= 3 and not _plural_group(" ".join(core), an.lang):
            word = core[-1].lower()
            prefer = resolver.entity_for_name(last[0], m.start) if last is not None and last[0] else None
            head = an.lang.title_head(word)
            if head is not None or word in an.lang.party_epithets or _member_of(word):
                ent = resolver.fitting_person(m.start, word, prefer=prefer)
                if ent is not None and head is not None and not resolver.holds(ent, head) \
                        and _described_before_named(an, " ".join(core), ent, m.start):
                    ent = None  # "meldde de openbaar aanklager …" before the one it went to was named
            elif len(core) == 2 and _singular_demonym(core[-1], an.lang):
                # "zegt de Amsterdammer", "De Griek kwam in actie": a demonym no one was called
                # before is a newsroom epithet for the person the passage is about
                ent = _demonym_holder(resolver, core[-1], m.start)
            elif _epithet_noun(word, an.lang) and not _SINGLING_OUT.intersection(w.lower() for w in core) \
                    and resolver.same_unnamed(m.start, word) is None:
                # "zegt de specialist", "zei de nieuwe ster van de oppositie": the person just named
                ent = resolver.fitting_person(m.start, word, prefer=prefer)
        if ent is None and words[0] == "de" and len(words) <= 4:
            earlier = _synonym_function_before(an, " ".join(words[1:]), m.start) \
                or (_compound_function_before(an, words[1], m.start) if len(words) == 2 else None)
            if earlier is not None:
                resolver.add_description(earlier, m.start).gender = None  # a later "hij" may be them
                return earlier, "description", m.role
        if ent is None and words[0] in ("de", "het") and len(core) == 2 and not _plural_group(" ".join(core), an.lang):
            ent = resolver.named_body(core[-1], m.start)  # "de inspectie" → "Onderwijsinspectie"
            ent = ent or resolver.class_body(core[-1], m.start, an.acronym, an.text)  # "het concern" after "Shell"
            if ent is not None:
                resolver.mentioned(ent, m.start)
                return an.acronym(ent.name) or ent.name, ent.kind, m.role
        if ent is not None:
            resolver.mentioned(ent, m.start)
            return ent.name, ent.kind, m.role
    elif 1 <= len(words) <= 2 and words[0].lower() in ("de", words[-1].lower()) and is_demonym(words[-1], lang=an.lang):
        holder = _demonym_holder(resolver, words[-1], m.start)
        if holder is not None:
            return holder.name, holder.kind, m.role
    elif len(words) == 1 and an.lang.honorifics.get(words[0].lower()) in ("m", "f"):
        # "riep mevrouw": in a novel the bare honorific is the one the narration calls so
        # ("Mevrouw Bakker zat in de keuken"), the last such person before it
        honorific = words[0].lower()
        for p, ent in resolver.before(m.start):
            if m.start - p > ROLE_WINDOW:
                break
            if ent.kind == "person" and any(r.lower() == honorific for r in ent.roles):
                resolver.mentioned(ent, m.start)
                return ent.name, ent.kind, m.role
        return text, "description", m.role
    elif len(words) == 1 and words[0].lower() in an.lang.kinship:
        return words[0].lower(), "description", m.role  # "zei vader": the family's own, no function
    elif len(words) <= 2 and words[-1].lower() in an.lang.titles and words[0].lower() not in ("een", "één"):
        # a bare function, as in a headline: "Wethouder: ‘Stoppen kost nog meer’"
        ent = resolver.by_role(text, m.start, ahead=True)
        if ent is not None:
            return ent.name, ent.kind, m.role
    if words and words[0] in ("de", "het") and 2 <= len(words) <= 3 and not _plural_group(text, an.lang):
        earlier = resolver.same_unnamed(m.start, words[-1], register=True)
        if earlier is not None:
            return earlier, "description", m.role
    text = _class_owner(an, resolver, text, m.start)  # "een woordvoerder van het olieconcern" after "Shell"
    resolver.add_description(text, m.start)
    return text, "description", m.role
