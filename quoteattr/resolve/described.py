"""A description mention resolved to whom it describes: the holder of a function ("de
minister"), a relative ("haar zoon", "de moeder van Joost"), the person of an epithet ("de jonge
man") or a demonym ("de Griek"), a body ("de inspectie"), or an unnamed person as the text
introduced them ("de activiste" after "een 21-jarige activist"); otherwise the description
stands as the speaker."""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import regex

from ..entities import EntityType, entity_type, is_demonym, is_given_name
from ..model import Mention
from .antecedents import POSSESSIVE_WINDOW
from .describe import (
    _SINGLING_OUT,
    _epithet_noun,
    _member_of,
    _noun_phrase,
    _plural_group,
    description_text,
    unnamed_gender,
)
from .names import _LOWER_DETS, Entity
from .organisation import _class_owner
from .pairs import _pair_description
from .resolver import Resolver
from .roles import ROLE_WINDOW

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import DocumentAnalysis


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


#: an age in a description: "de 54-jarige", "de 54-jarige Amsterdammer"
_AGE_WORD = regex.compile(r"(\d{1,3})-jarige")


def _aged_person(an: "DocumentAnalysis", resolver: Resolver, words: list[str], pos: int) -> Entity | None:
    """"zegt de 54-jarige" after "Jan Bakker (54)" or "de 54-jarige Jan Bakker": news gives a
    person's age once, by the name, and may then call them by it. The person the text named with
    that age within ROLE_WINDOW characters before; None when none or two were."""
    if len(words) < 2 or words[0].lower() != "de":
        return None
    m = _AGE_WORD.fullmatch(words[1])
    if m is None:
        return None
    years = m.group(1)
    floor = max(0, pos - ROLE_WINDOW)
    found: set[str] = set()
    person = None
    for hit in regex.finditer(r"\(" + years + r"\)|" + years + r"-jarige\s", an.text, pos=floor, endpos=pos):
        # the name right before "(54)", or right after "54-jarige" (a noun may come between)
        if hit.group().startswith("("):
            ent = resolver.antecedent(hit.start(), None, window=60)
        else:
            ent = _named_after(resolver, hit.end())
        if ent is not None and ent.kind == "person":
            found.add(ent.name)
            person = ent
    return person if len(found) == 1 else None


def _named_after(resolver: Resolver, at: int) -> Entity | None:
    """The person named within a few words after offset ``at``."""
    for p, ent in resolver.between(at, at + 40):
        if ent.kind == "person":
            return ent
    return None


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


def resolve_description(an: "DocumentAnalysis", resolver: Resolver, m: Mention, last, *,
                        quote: tuple[int, int] | None = None) -> tuple[str | None, str | None, str | None]:
    """(speaker, speaker_kind, role) for a description mention (resolve_mention)."""
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
    aged = _aged_person(an, resolver, words, m.start)
    if aged is not None:
        resolver.mentioned(aged, m.start)
        return aged.name, aged.kind, m.role
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
            elif len(core) == 2 and (gender := an.lang.generic_person_nouns.get(word, ("", None))[0]) in ("m", "f") \
                    and resolver.same_unnamed(m.start, word) is None and not resolver.unnamed_of_gender(m.start, gender):
                # "antwoordde de vrouw" when no unnamed woman was brought in: the one woman named
                # just before, whose name tells her gender
                ent = resolver.fitting_person(m.start, word)
                if ent is not None and ent.soft_gender != gender:
                    ent = None
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
