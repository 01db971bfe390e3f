"""What the sieves share: the Attribution they return, and the grammar of a speech verb's
subject (the phrase before it, an inverted subject after it, 'die' pointing back)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import regex

from ..analysis import QMARK, DocumentAnalysis
from ..cues import Phrase, Tok, VerbCue, member_noun, phrase_at
from ..entities import EntityType, entity_type, is_given_name, is_listed_body
from ..lang import LanguageData, long_vowel
from ..model import Cue, Mention


CLAUSE_BREAK = frozenset(",;:()")


SENT_PUNCT = ".!?…"


@dataclass(slots=True)
class Attribution:
    mention: Mention | None
    cue: Cue | None
    sieve: str
    confidence: float
    carry: bool = False  # take the previous quote's speaker
    floor: bool = True   # the speaker takes the floor: quotes after it without a cue go on with it


def subject_of(an: DocumentAnalysis, items: Sequence[Tok], vc: VerbCue, *,
               inverted_plural: bool = False) -> Phrase | None:
    """The subject of a speech verb: the phrase ending right before it (from the clause start)
    or, with inversion, the phrase right after it; 'die' points back to the phrase before it."""
    lang = an.lang
    vi = _finite_of(items, vc.i, lang, vc.verb.forms[-1] if vc.verb.forms else None)
    if vi == vc.i and vi >= 2 and items[vi - 1].lower == "te":
        # "De loterij klopte aan om te melden dat …", "Hij weigerde te zeggen of …": an
        # infinitive with 'te' has the subject of the clause it depends on
        first = _sentence_subject(an, items, vi - 2 if items[vi - 2].lower == "om" else vi - 1)
        if first is not None and items[first.end_i].lower not in COPULAS:
            # (not "De oproep is om 'paf' te zeggen": after a copula the infinitive says what
            # the subject is, not what it does)
            return first
    cs = vi
    while cs > 0:
        prev = items[cs - 1]
        if prev.text == ")":
            opening = _paren_from(items, cs - 1)
            if opening > 0:  # "Arie Slob (ChristenUnie) erkent": a parenthesis inside the clause
                cs = opening
                continue
        if prev.lower in ("en", "&") and cs >= 2 and _letter(items[cs]) and _letter(items[cs - 2]):
            cs -= 2  # "B en W laten weten": two letters joined are one body
            continue
        if prev.text in _DASHES:
            opening = _dash_pair_from(items, cs - 1)
            if opening > 0:  # "Marijn van Rossum - een van de jongste gasten - denkt": an insertion
                cs = opening
                continue
        if prev.text in CLAUSE_BREAK or prev.text == QMARK or prev.lower in lang.conjunctions or prev.lower == "dat" \
                or prev.text in _DASHES or prev.lower in ("wat", "hetgeen"):
            break  # a dash ends a dateline or an inserted clause: "BRUSSEL (Belga) - Premier De Croo zegt"
        cs -= 1
    if cs == vi and cs >= 2 and items[cs - 1].lower in ("en", "maar") and (
            items[cs - 2].text not in CLAUSE_BREAK or (items[cs - 1].lower == "maar" and items[cs - 2].text == ",")):
        # "Hij won hun vertrouwen, ging op bezoek en vertelde ze dat …": a verb coordinated with
        # an earlier one shares its subject, and a pronoun after it is the object
        first = _sentence_subject(an, items, cs - 1)
        if first is not None:
            return first
    if vi - cs >= 2 and items[vi - 2].lower in _QUANTIFIERS and (vi - 2 == cs or items[vi - 3].lower in ("ook", "en")):
        noun = items[vi - 1]
        if noun.is_word and not noun.is_cap and noun.lower.endswith(("en", "s")) \
                and noun.lower not in lang.function_words:
            # "Meer deskundigen stellen dat", "Ook veel boeren zeggen": only people say things,
            # so a plural noun with a quantifier before a speech verb is a group of speakers
            return Phrase(vi - 2, vi, "description", None, noun.text)
    compared = _comparison_end(items, cs, vi)
    if compared is not None:
        # "Net als de minister vindt wethouder Smit dat …", "Evenals de bond stelt de OR dat …":
        # a comparison opens the clause; who it names is compared with the subject, which
        # follows the finite verb
        aft = phrase_at(items, vi + 1, lang)
        if aft is not None and (aft.kind in ("name", "pronoun", "organisation") or speakerish(aft, items, lang)):
            return aft
        return None
    while cs < vi - 1 and items[cs].lower in lang.function_words and items[cs].lower not in lang.determiners \
            and items[cs].lower not in lang.pronouns and items[cs].lower not in an.lang.prepositions:
        cs += 1  # "Ook Piet Bakker noemt", "Maar de minister zegt"
    # "X, die zegt dat": relative pronoun → the phrase before the comma
    if vi > 0 and items[vi - 1].lower == "die" and (cs == vi - 1 or cs == 0):
        if vi == 1:
            # "Die zei dat …", "Die schreef: …": a demonstrative opening the sentence points back
            # to the one just named, as a personal pronoun does (resolve_mention finds them)
            return phrase_at(items, 0, lang, sentence_start=True)
        k = vi - 2  # "X, die zegt dat", "mensen die zeggen …": the phrase before 'die'
        while k >= 0 and items[k].text in ",":
            k -= 1
        if k > 0 and items[k].text == ")" and _paren_from(items, k) > 0:
            # "Pieter Omtzigt (CDA), die zei dat …", "Jan Smit (54), die …": the brackets add the
            # party or age of the name before them, which 'die' points back to
            k = _paren_from(items, k) - 1
        for start in range(k, max(-1, k - 9), -1):  # the nearest phrase that ends there
            ph = phrase_at(items, start, lang, sentence_start=start == 0) or (
                bare_person_noun(items, start, lang) if start == k else None)
            if ph and ph.end_i == k + 1 and ph.kind != "pronoun":
                if start > 0 and items[start - 1].lower in lang.determiners:
                    with_det = phrase_at(items, start - 1, lang, sentence_start=start == 1)
                    if with_det is not None and with_det.end_i == k + 1:
                        return with_det  # keep the article: "de advocaat-generaal, die …"
                return ph
        return None
    if cs == vi and cs > 1 and items[cs - 1].text == ",":
        ph = _subject_before_inserted_clause(items, cs - 1, lang)
        if ph is not None:
            return ph
    aft = phrase_at(items, vi + 1, lang)
    if aft is not None and aft.kind == "pronoun" and items[vi + 1].lower in an.lang.subject_pronouns:
        return aft  # V2 inversion: "Afgemeten zegt ze", "Daarom zei hij"
    if aft is not None and aft.kind == "name" and cs < vi and items[cs].is_cap and not (
            items[vi - 1].lower in lang.pronouns) and not _definite_subject_before(items, cs, vi, lang) \
            and (not surname_of_named_person(an, items, cs, vi) or _claim_of(items, aft, lang)):
        # V2: "Telefonisch geeft Jesper toe", "Vorige week kondigde Jan aan": whatever opens the
        # clause, a name right after the finite verb is its subject
        return aft
    if _share_end(items, cs, vi, lang) == vi:
        # "Ruim 60 procent van de ondervraagden zegt dat …", "Een op de vijf studenten zegt …"
        return Phrase(cs, vi, "description", None, _words(items, cs, vi))
    for start in range(cs, vi):
        ph = phrase_at(items, start, lang, sentence_start=start == 0)
        if ph is None or _time_phrase(items, ph, lang):
            if start == cs:
                glued = _subject_after_glued_heading(items, cs, vi, lang)
                if glued is not None:
                    return glued
                # an adverbial opens the clause ("De laatste keer zei Jan …"): inverted subject
                # after the verb
                break
            continue
        if ph.end_i == vi or (ph.end_i < vi and items[ph.end_i].text == "(" and _paren_to(items, ph.end_i) == vi) \
                or (ph.end_i < vi - 1 and items[vi - 1].text in _DASHES and _dash_pair_from(items, vi - 1) == ph.end_i) \
                or (ph.kind != "pronoun" and _affiliation_to(items, ph.end_i, vi, lang)) \
                or _adverbs_only(items, ph.end_i, vi, lang):
            return ph
        if start == cs and cs > 0 and items[cs - 1].lower in ("wat", "hetgeen") and ph.kind != "pronoun" \
                and (ph.kind in ("name", "organisation") or speakerish(ph, items, lang)) \
                and all(not t.is_word for t in items[vc.end_i:]):
            # "Iets wat de officier van justitie resoluut ontkent.", "…, wat de minister bevestigt.":
            # a relative clause on what was just said, its verb last, has its speaker as subject
            return ph
        if start == cs and _subordinate_subject(items, cs, ph, lang) and _reports_after(items, vc.end_i):
            # "Terwijl Jesse Klaver daarover triomfantelijk verklaarde dat …": a subordinate clause
            # puts its finite verb last, so the phrase right after the conjunction is its subject
            # however much stands between them
            return ph
        if start == cs and ph.end_i < vi - 1 and items[ph.end_i].lower in ("die", "dat") \
                and _clause_final_verb(items[vi - 1], lang):
            # "Een buurman die al veertig jaar in de straat woont vertelt dat …": a restrictive
            # relative clause (no comma in it, its own verb last) between the subject and its verb
            rel = _subject_of_restrictive(items, cs, vi, lang)
            if rel is not None:
                return rel
        if start == cs:
            glued = _subject_after_glued_heading(items, ph.end_i, vi, lang)
            if glued is not None:
                return glued
            break
    if aft is not None:  # (the phrase after the verb, as found above)
        return aft
    if cs < vi and phrase_at(items, cs, lang, sentence_start=cs == 0) is None:
        # "Zo zegt 40 procent van de leraren dat …": the share after the verb is its subject
        e = _share_end(items, vi + 1, len(items), lang)
        if e is not None and e < len(items) and items[e].lower in ("dat", "te", "ooit", "nooit", "niet", "het", "er", "zich"):
            return Phrase(vi + 1, e, "description", None, _words(items, vi + 1, e))
    if inverted_plural and cs < vi and phrase_at(items, cs, lang, sentence_start=cs == 0) is None \
            and items[cs].lower not in lang.determiners and items[cs].lower not in lang.pronouns \
            and not any(t.lower in ("aldus", "volgens") for t in items):
        # (an adverbial opens the clause, no noun phrase: "Deze man vertelde agenten dat …" has
        # its subject before the verb, and the plural after it is the one told)
        bare = _inverted_bare_plural(items, vi, lang)
        if bare is not None:
            return bare
    if vi + 2 < len(items) and items[vi + 1].lower in ("er", "ook", "nu", "wel", "echter", "dan", "toen"):
        ph = phrase_at(items, vi + 2, lang)
        if ph is not None:
            return ph
    if cs > 0 and items[cs - 1].text == ",":
        # "Voorzitter X (51) van de stichting Y, die zich …, zegt dat …" or "De gouverneur van
        # Alabama, Kay Ivey, liet weten": after a relative clause or an apposition the verb's
        # subject is the phrase that opens the sentence
        k = 0
        while k < cs and items[k].lower in lang.function_words and items[k].lower not in lang.determiners:
            k += 1
        ph = phrase_at(items, k, lang, sentence_start=k == 0)
        if ph is not None and (ph.kind == "name" or speakerish(ph, items, lang)):
            return ph
    return _noun_phrase_field(items, cs, vi, lang)


def _subordinate_subject(items: Sequence[Tok], cs: int, ph: Phrase, lang: LanguageData) -> bool:
    """Does ``ph`` open a subordinate clause ("omdat", "terwijl", "nadat", "waarin" …, then the
    subject) as a subject that can speak: a name, a body, a subject pronoun or a speaking
    description? (Not an adverbial: "toen gisteren bleek dat …".)"""
    if cs == 0 or items[cs - 1].lower not in lang.conjunctions or items[cs - 1].lower in lang.coordinators:
        return False
    if ph.kind == "pronoun":
        # a third person only: "omdat ik meende dat", "toen men hem verhaalde dat" name no one
        # the text can give the clause to
        return items[ph.start_i].lower in ("hij", "zij", "ze")
    if ph.kind == "name" and items[ph.end_i - 1].text.endswith(("s", "'s", "’s")) and ph.end_i < len(items) \
            and items[ph.end_i].is_word and not items[ph.end_i].is_cap and items[ph.end_i].lower not in lang.function_words:
        return False  # "omdat Trumps opstelling … bevestigt dat": a genitive owns the subject
    return ph.kind in ("name", "organisation") or speakerish(ph, items, lang)


def _reports_after(items: Sequence[Tok], k: int) -> bool:
    """Does what the verb reports follow it, from token ``k``: a 'dat' or 'of' clause or a
    te-infinitive ("toen Johnson bekendmaakte de deal te steunen")? Not a request with 'om'
    ("toen ze hem vroegen om lijsttrekker te worden"), nor a colon or a quotation: direct speech
    introduced inside a subordinate clause ("De bisschop was drie maanden te D., toen hij zeide:")
    is a novel's, and the colon sieve reads its speaker."""
    if k >= len(items):
        return False
    nxt = items[k]
    if nxt.lower in ("dat", "of"):
        return True
    if nxt.text in (":", QMARK):
        return False
    if nxt.lower == "om":
        return False
    for j in range(k, min(len(items), k + 8)):
        if items[j].text in CLAUSE_BREAK or items[j].text == QMARK:
            return False
        if items[j].lower == "te":
            return True
    return False


def _noun_phrase_field(items: Sequence[Tok], cs: int, vi: int, lang: LanguageData) -> Phrase | None:
    """'Het Planbureau voor de Leefomgeving verwacht dat', 'Italiaanse critici zeggen dat',
    'Bronnen rond het proces melden dat': a noun phrase that no speaker pattern reads fills the
    place before the finite verb, so the clause has a subject of its own (a description), and
    the previous speaker must not be carried over. Only an article or a plural noun for people
    (with one adjective before it) may open it; no verb, pronoun or clause break inside."""
    if vi - cs < 1 or vi - cs > 7 or cs >= len(items) or items[vi - 1].text == ")":
        return None
    field = items[cs:vi]
    if len(field) == 1 and field[0].is_word and field[0].lower in lang.verb_forms and _plural_title(field[0].lower, lang):
        # "Getuigen verklaren dat …": one finite verb per main clause, so the plural of a
        # function that is also a verb form ('getuigen') is the subject before the speech verb
        return Phrase(cs, vi, "description", None, field[0].text)
    if any(not t.is_word or t.lower in lang.verb_forms or t.lower in AUXILIARIES or t.lower in _RELATIVE or t.lower in lang.conjunctions
           or (t.lower in lang.subject_pronouns and (x == 0 or field[x - 1].lower not in lang.prepositions))
           or lang.is_temporal(t.text) for x, t in enumerate(field)):
        return None
    p = next((x for x, t in enumerate(field) if x > 0 and t.lower in lang.prepositions), len(field))
    if p < len(field) and (p + 1 >= len(field) or len(field) - p > 4):
        return None  # a prepositional phrase after the head noun: "voor de Leefomgeving"
    head = field[:p]
    if entity_type(head[-1].text, lang=lang) in (EntityType.WORK, EntityType.PLACE):
        return None  # "Het rapport stelt dat": documents and places do not speak
    if head[0].lower in ("de", "het"):
        ok = 2 <= len(head) <= 4 and all(t.lower not in lang.function_words for t in head[1:])
    else:
        ok = len(head) <= 2 and _people(items, cs + len(head) - 1, lang) and (
            len(head) == 1 or head[0].lower not in lang.function_words)
    return Phrase(cs, vi, "description", None, " ".join(t.text for t in field)) if ok else None


#: words that hedge a number ("ruim 60 procent", "bijna de helft")
_HEDGES = frozenset(("ruim", "bijna", "circa", "ongeveer", "zo'n", "zo’n", "slechts", "maar", "nog", "zeker", "ten"))
#: nouns for a share of a group ("de helft van de ondervraagden", "een derde van de kiezers")
_SHARES = frozenset(("helft", "derde", "kwart", "vijfde", "meerderheid", "minderheid", "procent"))


def unnamed_group(items: Sequence[Tok], ph: Phrase | None, vc: VerbCue, lang: LanguageData) -> bool:
    """Is the subject ``ph`` of the speech verb ``vc`` unnamed people in the plural, reporting
    what goes round ("Vorige week meldden Duitse kranten dat …") or a share of a surveyed group
    ("40 procent van de leraren zegt …")? Quotes after it without a cue are not theirs."""
    if ph is None or ph.kind != "description":
        return False
    return share(items, ph, lang) or ph.start_i > vc.i and items[ph.start_i].lower not in lang.determiners


def share(items: Sequence[Tok], ph: Phrase | None, lang: LanguageData) -> bool:
    """Is ``ph`` a share of a group ("40 procent van de leraren", "een op de vijf studenten")?"""
    return ph is not None and ph.kind == "description" and _share_end(items, ph.start_i, ph.end_i, lang) == ph.end_i


def _words(items: Sequence[Tok], a: int, b: int) -> str:
    return " ".join(t.text for t in items[a:b])


def _share_end(items: Sequence[Tok], j: int, hi: int, lang: LanguageData) -> int | None:
    """Where a share of a group that starts at ``j`` ends ("40 procent van de leraren", "ruim de
    helft van de kiezers", "een op de vijf studenten", "27 procent"): survey news reports what
    a share says. None when none starts there."""
    k = j
    while k < hi and items[k].lower in _HEDGES:
        k += 1  # "ruim", "bijna", "ten minste"
    if k < hi and items[k].lower == "minste":
        k += 1
    if k + 1 < hi and items[k].text[:1].isdigit() and items[k + 1].lower in ("procent", "%"):
        k += 2
    elif k + 1 < hi and items[k].lower in ("de", "een", "één") and items[k + 1].lower in _SHARES:
        k += 2
    elif k + 3 < hi and (items[k].lower in ("een", "één") or items[k].text.isdigit()) \
            and items[k + 1].lower == "op" and items[k + 2].lower == "de":
        k += 4  # "een op de vijf"
        if k < hi and items[k].is_word and not items[k].is_cap and items[k].lower not in lang.function_words \
                and items[k].lower not in lang.cue_forms:
            return k + 1  # "een op de vijf studenten"
        return None
    else:
        return None
    if k + 1 < hi and items[k].lower == "van":
        m = k + 1
        if items[m].lower in lang.determiners:
            m += 1
        n = m
        while n < hi and n < m + 4 and items[n].is_word and items[n].lower not in lang.function_words \
                and items[n].lower not in lang.cue_forms and items[n].lower not in AUXILIARIES:
            n += 1
        return n if n > m else None
    return k


#: what may follow an inverted subject of a speech verb: its clause, a reflexive, a particle
_AFTER_INVERTED = frozenset(("dat", "of", "zich", "er", "ook", "al", "nu", "niet", "te", ",", ":", "."))


def _inverted_bare_plural(items: Sequence[Tok], vi: int, lang: LanguageData) -> Phrase | None:
    """'Vorige week meldden Duitse kranten dat …', 'Daarom eisen boze bewoners dat …', 'In de
    Kamer zeggen veel partijen dat …': when something else opens the clause, the finite verb
    comes second and its subject right after it; Dutch drops the article before an indefinite
    plural, so a bare plural for people, bodies or media (with a quantifier or up to two
    adjectives before it: '-e', or a capitalised '-se'/'-sche' of a nationality) is that
    subject, when the verb's clause, a reflexive or an adverb follows it."""
    k = vi + 1
    mods = 0
    while k < len(items) and mods < 2 and items[k].is_word and (
            items[k].lower in _QUANTIFIERS or not items[k].is_cap and items[k].lower.endswith("e")
            and items[k].lower not in lang.function_words
            or items[k].is_cap and items[k].lower.endswith(("se", "sche"))):
        k += 1
        mods += 1
    if k + 1 >= len(items) or not items[k].is_word or items[k].is_cap or items[k].lower in lang.function_words \
            or items[k].lower in lang.verb_forms or items[k + 1].lower not in _AFTER_INVERTED:
        return None
    w = items[k].lower
    if not w.endswith(("en", "s", "i", "a")) or entity_type(w, lang=lang) not in (
            EntityType.PERSON, EntityType.ORGANISATION, EntityType.MEDIUM):
        return None
    return Phrase(vi + 1, k + 1, "description", None, " ".join(t.text for t in items[vi + 1:k + 1]))


def _people(items: Sequence[Tok], k: int, lang: LanguageData) -> bool:
    """A bare plural noun for people: 'bronnen', 'critici', 'ingewijden' (capitalised only where
    it opens the sentence: 'Bronnen rond het proces melden')."""
    w = items[k].lower
    if items[k].is_cap and k > 0:
        return False
    return (w.endswith(lang.person_noun_endings) or _plural_person_noun(w, lang) or _plural_title(w, lang)) \
        and w not in lang.function_words or (w in lang.person_nouns and w.endswith(("en", "s", "i")))


#: auxiliaries and modals whose participle or infinitive is the speech verb ("heeft gezegd",
#: "zal laten weten", "wilde benadrukken")
AUXILIARIES = frozenset((
    "heb", "heeft", "hebben", "had", "hadden", "ben", "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden",
    "zal", "zullen", "zou", "zouden", "kan", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten",
    "wil", "willen", "wilde", "wilden", "mag", "mogen", "mocht", "mochten", "durft", "durfde", "blijft", "bleef",
    # the plurals of the last two ("De advocaten bleven benadrukken dat …"): the finite verb
    # agrees with its subject, and a plural subject is as common as a singular one
    "durven", "durfden", "blijven", "bleven", "gaat", "gaan", "ging", "gingen",
))


def _finite_of(items: Sequence[Tok], i: int, lang: LanguageData, participle: str | None = None) -> int:
    """The finite verb that carries a speech verb's subject: an auxiliary a few words before a
    participle or infinitive ("Jan heeft gezegd", "Minister Bos heeft erop gewezen", "X zal
    vandaag laten weten"), else the speech verb itself. Only adverbs, particles and pronominal
    adverbs may stand between: a longer middle field is as likely another clause's, unless it
    holds the inverted subject (_inverted_auxiliary; ``participle`` the speech verb's). A short
    prepositional phrase may stand there too ("Jan heeft bij de politie verklaard …")."""
    k = i - 1
    while k >= 0 and k > i - _MIDDLE_FIELD:
        t = items[k]
        if not t.is_word or (t.is_cap and _preposition_before(items, k, lang) is None):
            return _inverted_auxiliary(items, i, lang, participle)
        if t.lower in AUXILIARIES:
            while k > 0 and items[k - 1].is_word and items[k - 1].lower in AUXILIARIES:
                k -= 1  # "Poch zou hebben gezegd", "X had willen zeggen": the first is finite
            if t.lower.endswith("en") and k > 0 and items[k - 1].is_word and items[k - 1].lower not in AUXILIARIES:
                # "Gisteren zou minister Bos hebben gezegd": an infinitive auxiliary after the
                # inverted subject; the finite one stands before that subject
                return _inverted_auxiliary(items, k, lang, None)
            return k
        if t.is_cap or not _middle_word(t, lang):
            opening = _preposition_before(items, k, lang)
            if opening is None:
                return _inverted_auxiliary(items, i, lang, participle)
            k = opening  # ("bij de politie": the whole phrase, then on to the word before it)
        k -= 1
    return i


#: how many tokens the middle field between an auxiliary and its participle may hold
_MIDDLE_FIELD = 8


def _preposition_before(items: Sequence[Tok], k: int, lang: LanguageData) -> int | None:
    """The index of the preposition that opens a short phrase ending at token ``k`` ("bij de
    politie", "in een brief", "aan de Kamer"): at most two words after the preposition, the
    last of which may be a name."""
    for j in range(k - 1, max(-1, k - 3), -1):
        t = items[j]
        if not t.is_word or t.is_cap:
            return None
        if t.lower in lang.prepositions:
            return j
    return None


def _middle_word(t: Tok, lang: LanguageData) -> bool:
    """An adverb, particle, pronoun or pronominal adverb: what may stand between an auxiliary
    and its infinitive besides the subject."""
    return t.lower in lang.function_words or t.lower in lang.verb_particles or lang.is_temporal(t.text) \
        or t.lower in lang.pronouns or _PRONOMINAL_ADVERB.fullmatch(t.lower) is not None


#: a pronominal adverb ("er", "erop", "daarover", "hiermee"), not a noun that merely opens so
#: ("ergernis", "ervaring", "daarna" is an adverb all the same)
_PRONOMINAL_ADVERB = regex.compile(
    r"(?:er|daar|hier)(?:aan|achter|bij|binnen|boven|buiten|door|in|langs|mee|na|naar|naast|om|omheen|onder|op|over|"
    r"tegen|tegenover|toe|tussen|uit|van|vandaan|voor|zonder)?")


#: auxiliaries of tense and mood (not of the passive or a copula, where the subject may follow
#: 'door' or be no speaker: "werd door de minister gezegd")
_TENSE_MODAL = AUXILIARIES - frozenset(("is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "ben"))

#: how many tokens an inverted subject may span between the auxiliary and the speech verb
_INVERTED_REACH = 9


def _inverted_auxiliary(items: Sequence[Tok], i: int, lang: LanguageData, participle: str | None) -> int:
    """'Gisteren kon de gemeente melden dat …', 'Toch blijft het CPB volhouden dat …', 'Vorige
    week moest wethouder Bakker toegeven dat …': Dutch puts the finite auxiliary second and,
    after an opening adverbial, the subject right after it; the speech verb's infinitive or
    participle closes the middle field. The auxiliary's index when a speaker phrase follows it
    and only adverbs stand between that phrase and the speech verb, else ``i``."""
    w = items[i].lower
    if not (w.endswith("en") or w == participle):
        return i  # a finite speech verb carries its own subject
    for k in range(i - 2, max(-1, i - _INVERTED_REACH), -1):
        t = items[k]
        if t.text in CLAUSE_BREAK and t.text not in "()" or t.text in SENT_PUNCT:
            return i
        if t.is_word and t.lower in _TENSE_MODAL:
            ph = phrase_at(items, k + 1, lang)
            if ph is None or ph.kind == "pronoun" or ph.end_i > i or _object_inside(items, ph, lang):
                return i
            e = ph.end_i
            if e < i and items[e].text == "(":
                e = _paren_to(items, e)  # "het Centraal Planbureau (CPB)"
            if e < 0 or e > i or not all(x.is_word and _middle_word(x, lang) for x in items[e:i]):
                return i
            return k
    return i


def _object_inside(items: Sequence[Tok], ph: Phrase, lang: LanguageData) -> bool:
    """'minister Bos de Kamer (laten weten)': an article and a body after the name are the verb's
    object, not a surname particle and a surname ('Bos de Vries'); the phrase is no subject."""
    return any(items[x].lower in ("de", "het") and not items[x].is_cap and entity_type(
        " ".join(t.text for t in items[x + 1:ph.end_i]), lang=lang) is EntityType.ORGANISATION
        for x in range(ph.start_i + 1, ph.end_i - 1))


def _definite_subject_before(items: Sequence[Tok], cs: int, vi: int, lang: LanguageData) -> bool:
    """'De rebellen verwijten May dat …', 'Thierry Baudet verwijt GroenLinks dat …': a determiner
    phrase, a person's full name (from the given name on), a name after its function
    ("SP-Kamerlid Michiel van Nispen vroeg Dekker: …") or a body the name data lists
    ("GroenLinks liet de NOS weten dat …") fills the place before the finite
    verb, so the name after the verb is its object, not an inverted subject (an adverbial there
    is no such name: "Telefonisch geeft Jan toe")."""
    if items[cs].lower not in lang.determiners:
        ph = phrase_at(items, cs, lang, sentence_start=cs == 0)
        return ph is not None and ph.end_i == vi and ph.kind in ("name", "organisation") \
            and (vi - cs >= 2 and ph.name_i is not None and ph.name_i[0] == cs and is_given_name(items[cs].text, lang=lang)
                 or vi - cs >= 2 and ph.name_i is not None and ph.name_i[0] > cs
                 or vi - cs == 1 and is_listed_body(items[cs].text, lang=lang))
    ph = phrase_at(items, cs, lang, sentence_start=cs == 0)
    if ph is not None:
        return ph.end_i == vi and not _time_phrase(items, ph, lang)
    return vi - cs <= 3 and all(t.is_word and t.lower not in lang.function_words for t in items[cs + 1:vi])


def _time_phrase(items: Sequence[Tok], ph: Phrase, lang: LanguageData) -> bool:
    """'de laatste keer', 'het afgelopen jaar': a description headed by a noun of time is an
    adverbial, never who speaks (time_nouns.txt)."""
    return ph.kind == "description" and items[ph.end_i - 1].lower in lang.time_nouns


def surname_of_named_person(an: DocumentAnalysis, items: Sequence[Tok], cs: int, vi: int) -> bool:
    """Do the capitalised words before the finite verb (``items[cs:vi]``) make the surname of a
    person the text names in full, after a given name ("Thierry Baudet" … "Baudet verwijt
    GroenLinks dat …", "Van Nispen vroeg Dekker of …")? News refers to a person by surname
    alone after the first mention, and at the start of a sentence that surname is the subject,
    as a full name there is; an adverbial in that place ("Telefonisch geeft Jan toe") is never
    the tail of a name."""
    if not 1 <= vi - cs <= 4 or not all(t.is_word and t.is_cap for t in items[cs:vi]):
        return False
    tail = an.text[items[cs].start:items[vi - 1].end]
    if len(tail) < 2 or not tail.replace(" ", "").replace("-", "").isalpha():
        return False
    at = an.text.find(" " + tail)
    tries = 0
    while at > 0 and tries < 32:
        end = at + 1 + len(tail)
        if end >= len(an.text) or not an.text[end].isalpha():
            k = at
            while k > 0 and an.text[k - 1].isalpha():
                k -= 1
            if k < at and is_given_name(an.text[k:at], lang=an.lang) and an.text[k].isupper():
                return True
        tries += 1
        at = an.text.find(" " + tail, at + 1)
    return False


def _claim_of(items: Sequence[Tok], ph: Phrase, lang: LanguageData) -> bool:
    """Is the name ``ph`` the owner of a noun whose 'dat'-clause follows ("Sanderink gelooft Van
    Rijbroeks bewering dat ze …")? What that clause says is the owner's claim, whoever the
    subject of the verb is."""
    k = ph.end_i
    return k + 1 < len(items) and items[k].is_word and not items[k].is_cap \
        and items[k].lower not in lang.function_words and items[k + 1].lower == "dat"


def plural_verb(word: str) -> bool:
    """Is ``word`` a plural verb form ("zeggen", "zeiden", "riepen", "gaan")? Dutch plural verbs
    end in -n in every tense; the singular ends otherwise ("zegt", "zei", "riep", "hernam")."""
    return word.lower().endswith("n")


#: verbs after which an infinitive with 'te' describes the subject ("het doel is om te melden")
COPULAS = frozenset(("is", "was", "zijn", "waren", "lijkt", "leek", "blijkt", "bleek", "wordt", "werd"))


def finite_verb(word: str, lang: LanguageData) -> bool:
    """A finite verb form the lexicons know (lower case): a speech verb's, an auxiliary, a common
    present or past form. Dutch puts it second in a main clause, so the subject of a clause opened
    by another phrase follows it ("In de krant ziet Bar'el het zo:")."""
    return word in lang.verb_forms or word in AUXILIARIES or word in lang.present_forms or word in lang.past_forms


def finite_singular(word: str, lang: LanguageData) -> bool:
    """A finite verb form that agrees with one subject ("is", "weet", "vond", "zegt")."""
    return (finite_verb(word, lang) or word in COPULAS) and not word.endswith("en")

_DASHES = frozenset(("-", "–", "—"))

#: quantifiers before a bare plural noun for people ("veel boeren", "andere deskundigen")
_QUANTIFIERS = frozenset(("veel", "meer", "andere", "sommige", "enkele", "diverse", "verschillende", "meerdere",
                          "vele", "weinig", "alle", "beide", "twee", "drie", "vier", "tientallen", "honderden",
                          "duizenden"))

#: what opens a relative clause inserted between a subject and its verb
_RELATIVE = frozenset(("die", "dat", "wie", "wiens", "wier", "waar", "waarvan", "waarin", "waarmee", "wat"))


def _subject_after_glued_heading(items: Sequence[Tok], cs: int, vi: int, lang: LanguageData) -> Phrase | None:
    """"Onwrikbare steun De Duitse minister … zei gisteren dat …": a subheading run into the
    text without punctuation (one-line article bodies) puts lower-case words before the real
    sentence start, which a capitalised article or function after a lower-case content word
    shows. The phrase from there that ends right before the verb is its subject."""
    for g in range(cs + 1, vi):
        t, before = items[g], items[g - 1]
        if not (t.is_cap and before.is_word and not before.is_cap) or before.lower in lang.function_words \
                or before.lower in lang.prepositions or before.lower in lang.conjunctions:
            continue
        if t.lower not in lang.determiners and t.lower not in lang.titles:
            continue
        ph = phrase_at(items, g, lang, sentence_start=True)
        if ph is not None and ph.end_i == vi and ph.kind != "pronoun":
            return ph
    return None


def _dash_pair_from(items: Sequence[Tok], close: int) -> int:
    """Where the dash that opens the insertion closed by the dash at ``close`` stands, when a word
    comes before it and only words and commas between; else -1. A dash with no partner ends a
    dateline ("BRUSSEL (Belga) - Premier De Croo zegt") and opens nothing."""
    for k in range(close - 1, max(-1, close - 16), -1):
        t = items[k]
        if t.text in _DASHES:
            return k if k > 0 and k < close - 1 and items[k - 1].is_word else -1
        if not (t.is_word or t.text == ","):
            return -1
    return -1


def adverb(t: Tok, lang: LanguageData) -> bool:
    """A function word that is no preposition, article, conjunction, pronoun or auxiliary: an
    adverb ("bijvoorbeeld", "ook", "zelf", "daarom", "nu"), which can open a main clause before its
    finite verb or stand between a subject and its verb."""
    w = t.lower
    return t.is_word and w in lang.function_words and w not in lang.prepositions and w not in lang.determiners \
        and w not in lang.conjunctions and w not in lang.pronouns and w not in AUXILIARIES \
        and w not in _NOT_ADVERBS


def telling_verb(t: Tok, lang: LanguageData) -> bool:
    """Can ``t`` be the finite verb in second place whose subject follows it and speaks: a lower-case
    word that is no function word (or is an auxiliary), and no verb of receiving or hearing, whose
    subject is the one told ("Zo krijgen journalisten een sms'je:")."""
    return t.is_word and not t.is_cap and (t.lower not in lang.function_words or t.lower in AUXILIARIES) \
        and t.lower not in lang.receiving_verbs


def subject_after_adverb(items: Sequence[Tok], cs: int, lang: LanguageData) -> Phrase | None:
    """V2 order after an adverb that opens the clause at ``cs``: "Daarom luidt de inspectie de
    noodklok:", "Ook is Forum volgens de website ‘…’". The finite verb stands second and its
    subject right after it; that subject, when it can speak (a name, a body, a pronoun, a
    description of someone who speaks), else None."""
    if cs + 2 >= len(items) or not adverb(items[cs], lang) or not telling_verb(items[cs + 1], lang):
        return None
    ph = phrase_at(items, cs + 2, lang)
    if ph is None or not (ph.kind in ("name", "pronoun", "organisation") or speakerish(ph, items, lang)):
        return None
    return ph


#: function words that the lists above may miss and that are never adverbs
_NOT_ADVERBS = frozenset(("dat", "die", "of", "als", "en", "maar", "want"))


def _subject_before_inserted_clause(items: Sequence[Tok], comma: int, lang: LanguageData) -> Phrase | None:
    """'X, die 35 jaar onderzoek deed, noemt …' and 'De leider van de partij, Jan Smit, eist …': the
    verb right after a comma closing a relative clause or an apposition takes the subject from
    before it (the apposed name when there is one), not the object after it."""
    k = comma - 1
    while k >= 0 and items[k].text not in ",;:" and items[k].text != QMARK and items[k].text not in SENT_PUNCT:
        k -= 1
    if k < 0 or items[k].text != ",":
        return _subject_of_restrictive(items, k + 1, comma, lang)
    seg = k + 1  # the inserted stretch: items[seg:comma]
    if seg >= comma:
        return None
    app = phrase_at(items, seg, lang)
    if app is not None and app.kind == "name" and app.end_i == comma:
        return app  # an apposed name
    opener = 0
    while opener < k and items[opener].lower in lang.function_words and items[opener].lower not in lang.determiners:
        opener += 1
    ph = phrase_at(items, opener, lang, sentence_start=opener == 0)
    if ph is None or not (ph.kind in ("name", "organisation") or speakerish(ph, items, lang)):
        return None
    if items[seg].lower in _RELATIVE:
        return ph if ph.end_i <= k + 1 else None
    # "Premier Mark Rutte, woensdag op werkbezoek in Groningen, noemde …": a main clause has one
    # phrase before its finite verb, so a name that fills it up to an inserted stretch (no
    # relative clause, no apposed name) is the subject, not the object after the verb
    return ph if ph.end_i == k and not _time_phrase(items, ph, lang) else None


#: what opens a comparison before the finite verb ("Net als de minister vindt X …"): the
#: words, then the compared phrase
_COMPARISONS = (("net", "als"), ("evenals",), ("anders", "dan"), ("in", "tegenstelling", "tot"), ("net", "zoals"))
_COMPARISON_OPENERS = frozenset(words[0] for words in _COMPARISONS)


def _comparison_end(items: Sequence[Tok], cs: int, vi: int) -> int | None:
    """Where the words of a comparison opening the clause at ``cs`` end, when the finite verb at
    ``vi`` follows with only the compared phrase between ("Net als de minister vindt …",
    "Anders dan de politie denkt …"); else None. (With a verb of its own, "Zoals de burgemeester
    al zei, vindt …", a comparison is a clause, which the comma closes.)"""
    # (every comparison starts at cs, or one to three words before it: none can without a word
    # that opens one there, the common case, told in one look)
    if not any(items[b].lower in _COMPARISON_OPENERS for b in range(max(0, cs - 3), min(cs + 1, vi))):
        return None
    for words in _COMPARISONS:
        # (the scan back to the clause start stops after a conjunction: "als", "dan")
        for b in (cs, cs - len(words) + 1, cs - len(words)):
            e = b + len(words)
            if b < 0 or e >= vi or not all(items[b + x].lower == w for x, w in enumerate(words)):
                continue
            if (b == 0 or items[b - 1].text in CLAUSE_BREAK) and not any(t.text in CLAUSE_BREAK for t in items[e:vi]):
                return e
    return None


def _clause_final_verb(t: Tok, lang: LanguageData) -> bool:
    """Can ``t`` be the finite verb that closes a subordinate clause ("die in de straat woont",
    "die het ongeluk zag", "dat de zaak onderzocht")? An auxiliary, a listed strong past, or a
    lower-case word with a verb's ending: -t (present), -de/-te (weak past), -en (plural)."""
    if not t.is_word or t.is_cap or t.lower in lang.function_words and t.lower not in AUXILIARIES:
        return False
    w = t.lower
    return w in AUXILIARIES or w in lang.past_forms or w.endswith(("t", "de", "te", "den", "ten")) \
        or (w.endswith("en") and len(w) > 4)


def _subject_of_restrictive(items: Sequence[Tok], start: int, comma: int, lang: LanguageData) -> Phrase | None:
    """'Een buurtbewoner die anoniem wil blijven, zegt …': a restrictive relative clause has no
    comma before it; the phrase that opens the clause and ends at 'die' is the subject."""
    opener = start
    while opener < comma and items[opener].lower in lang.function_words and items[opener].lower not in lang.determiners:
        opener += 1
    ph = phrase_at(items, opener, lang, sentence_start=opener == 0)
    if ph is None or ph.end_i >= comma or items[ph.end_i].lower not in _RELATIVE:
        return None
    if ph.kind in ("name", "organisation") or speakerish(ph, items, lang):
        return ph
    head = items[ph.end_i - 1].text
    return ph if ph.kind == "description" and entity_type(head, lang=lang) is EntityType.PERSON else None


def _adverbs_only(items: Sequence[Tok], k: int, vi: int, lang: LanguageData) -> bool:
    """'de planbureaus straks melden', 'de minister zelf zei': only adverbs before the verb."""
    return 0 < vi - k <= 3 and all(
        t.is_word and (lang.is_temporal(t.text) or t.lower in ("zelf", "ook", "nu", "al", "wel", "nog", "dan", "toen"))
        for t in items[k:vi])


def _affiliation_to(items: Sequence[Tok], k: int, vi: int, lang: LanguageData) -> bool:
    """'van De Appel', 'van de gemeente Hengelo', 'van de verdachte', 'voor de Eerste Kamer'
    between a name and its verb: an affiliation (a short noun phrase after van/bij/uit/voor/namens,
    no verb or clause word inside)."""
    if k >= vi or items[k].lower not in ("van", "bij", "uit", "in", "aan", "voor", "namens"):
        return False
    rest = items[k + 1:vi]
    if items[k].lower == "in":  # "De regering in Tripoli zegt": a seat, a place name only
        return 0 < len(rest) <= 3 and all(t.is_cap for t in rest)
    if 0 < len(rest) <= 7 and rest[0].lower in lang.determiners and rest[1:2] and rest[1].lower in lang.organisations \
            and all(t.is_cap or t.lower in lang.determiners or t.lower in ("van", "in", "voor") for t in rest[2:]):
        # "De onderzoeker aan de universiteit van York in Engeland bevestigt": a body and where it is
        return True
    if items[k].lower == "aan" or not 0 < len(rest) <= 5:
        # ("Een jongen aan de ingang zei": 'aan' joins only a body, not a place)
        return False
    if all(t.is_cap or t.lower in lang.determiners or t.lower in lang.organisations for t in rest):
        return True
    # "Advocaat Wilco Brussee van de techniekinstructeur noemt …": determiner + noun phrase
    return rest[0].lower in lang.determiners and len(rest) <= 3 and all(
        t.is_word and t.lower not in lang.function_words and t.lower not in lang.verb_forms for t in rest[1:])


def _paren_from(items: Sequence[Tok], k: int) -> int:
    """Index of the '(' that the ')' at ``k`` closes, or -1 (within a dozen tokens)."""
    depth = 0
    for j in range(k, max(-1, k - 12), -1):
        if items[j].text == ")":
            depth += 1
        elif items[j].text == "(":
            depth -= 1
            if depth == 0:
                return j
    return -1


def _sentence_subject(an: DocumentAnalysis, items: Sequence[Tok], limit: int) -> Phrase | None:
    """The subject that opens the sentence, when a finite verb follows it before ``limit``."""
    lang = an.lang
    if limit > 0 and items[0].lower in lang.prepositions:
        return _inverted_pronoun(items, 0, limit, lang)
    k = 0
    while k < limit and items[k].lower in lang.function_words and items[k].lower not in lang.determiners \
            and items[k].lower not in lang.pronouns:
        k += 1
    ph = phrase_at(items, k, lang, sentence_start=k == 0)
    if ph is None or ph.end_i >= limit:
        return None
    if ph.kind == "pronoun" and items[k].lower not in lang.subject_pronouns:
        return None
    after = ph.end_i
    if items[after].text == ",":  # "Amma Asante, adviseur bij de gemeente, is … en vindt dat"
        close = next((x for x in range(after + 1, min(limit, after + 14)) if items[x].text == ","), None)
        if close is None or close + 1 >= limit:
            return None
        after = close + 1
    nxt = items[after]
    if nxt.is_word and not nxt.is_cap and nxt.lower not in lang.function_words:
        return ph  # "Hij won …", "De man belde …": a subject, then its verb
    return None


def _letter(t: Tok) -> bool:
    return len(t.text) == 1 and t.text.isupper()


def _inverted_pronoun(items: Sequence[Tok], k: int, limit: int, lang: LanguageData) -> Phrase | None:
    """"In haar toespraak richtte ze zich tot de kiezers en zei …": a sentence that opens with a
    prepositional phrase puts its finite verb second and the subject right after it; the first
    subject pronoun after a verb is the subject."""
    for x in range(k + 2, min(limit, k + 12)):
        t = items[x]
        if t.text in CLAUSE_BREAK or t.text == QMARK:
            return None
        prev = items[x - 1]
        if t.lower in lang.subject_pronouns and prev.is_word and not prev.is_cap \
                and prev.lower not in lang.function_words:
            return Phrase(x, x + 1, "pronoun")
    return None


def _paren_to(items: Sequence[Tok], k: int) -> int:
    depth = 0
    for j in range(k, min(len(items), k + 12)):
        if items[j].text == "(":
            depth += 1
        elif items[j].text == ")":
            depth -= 1
            if depth == 0:
                return j + 1
    return -1


def speakerish(ph: Phrase, items: Sequence[Tok], lang: LanguageData) -> bool:
    """'volgens hem', 'volgens Jan', 'volgens de politie' — not 'volgens de regels'."""
    if ph.kind in ("pronoun", "name", "organisation"):
        return True
    words = [items[k].lower for k in range(ph.start_i, ph.end_i)]
    if any(w in lang.titles or w in lang.organisations or w.rsplit("-", 1)[-1] in lang.titles
           or lang.person_ending(w) or _plural_title(w, lang)
           or _plural_person_noun(w, lang) for w in words) \
            or any(member_noun(items[k].text) for k in range(ph.start_i, ph.end_i)):
        return True  # (and "volgens de PvdA'er": a member of a party)
    if words[-1] in _PRESS and ph.kind == "description":
        return True  # "volgens Amerikaanse media", "volgens de lokale pers": the press as a source
    # "volgens de vakbeweging", "volgens het stadsbestuur": a compound on an organisation's head
    # noun (the lexicon reads its last part); one body, not a plural ("de diensten")
    head = words[-1]
    return ph.kind == "description" and len(words) <= 3 and items[ph.end_i - 1].is_word \
        and not head.endswith(("en", "s")) and entity_type(head, lang=lang) is EntityType.ORGANISATION


#: nouns for the press as a whole, a source of reports ("volgens Israëlische media")
_PRESS = frozenset(("media", "pers"))


def _plural_title(w: str, lang: LanguageData) -> bool:
    """'experts', 'deskundigen', 'woordvoerders', 'getuigen': the plural of a function
    (titles.txt); a noun in -e takes -n ('getuige', 'afgevaardigde')."""
    return w.endswith("en") and (_undoubled(w[:-2]) in lang.titles or w[:-1] in lang.titles and w[-2] == "e"
                                 or long_vowel(w[:-2]) in lang.titles) \
        or w.endswith("s") and w[:-1] in lang.titles


def plural_body(w: str, lang: LanguageData) -> bool:
    """'bonden', 'vakbonden', 'diensten', 'banken': the plural of a noun for a kind of body that
    speaks (organisations.txt, body_classes.tsv), not 'regels' or 'cijfers'."""
    for suffix in ("en", "s"):
        if w.endswith(suffix) and len(w) > len(suffix) + 3:
            stem = _undoubled(w[: -len(suffix)])
            if stem in lang.organisations or lang.body_class(stem) == "organisation":
                return True
    return False


def _plural_person_noun(w: str, lang: LanguageData) -> bool:
    """'bronnen', 'ingewijden', 'insiders': the plural of a noun for people (person_nouns.txt)."""
    return any(w.endswith(suffix) and _undoubled(w[: -len(suffix)]) in lang.person_nouns for suffix in ("en", "n", "s")) \
        or w.endswith("en") and long_vowel(w[:-2]) in lang.person_nouns


def bare_person_noun(items: Sequence[Tok], k: int, lang: LanguageData) -> Phrase | None:
    """'volgens buurtbewoners', 'volgens kenners', 'volgens bronnen', 'volgens ingewijden': a
    plural noun for people without an article."""
    if k < len(items) and items[k].is_word and not items[k].is_cap and items[k].lower not in lang.function_words:
        w = items[k].lower
        if w.endswith(lang.person_noun_endings) or _plural_person_noun(w, lang) or _plural_title(w, lang) \
                or entity_type(w, lang=lang) is EntityType.PERSON:
            return Phrase(k, k + 1, "description", None, items[k].text)  # (also "critici")
    return None


def _undoubled(stem: str) -> str:
    """'bronn' → 'bron' (the plural doubles a final consonant), 'ingewijde' stays."""
    return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou" else stem


def noun_and_name(items: Sequence[Tok], k: int) -> Phrase | None:
    """'volgens zakenblad Forbes', 'volgens persbureau Reuters': a lower-case noun naming what
    kind of source, then its name."""
    if k + 1 < len(items) and items[k].is_word and not items[k].is_cap and items[k + 1].is_cap \
            and items[k + 1].is_word:
        j = k + 1
        while j < len(items) and items[j].is_cap and items[j].is_word:
            j += 1
        return Phrase(k, j, "name", (k + 1, j), items[k].lower)
    return None


def source_of_work(items: Sequence[Tok], k: int, lang: LanguageData) -> Phrase | None:
    """'volgens berekeningen van Átlátszó', 'volgens een recent onderzoek van het CBS', 'volgens
    de verklaring van de club': a report, a figure or a statement, then 'van' and its author, who
    is the source; so is the owner of a medium ('volgens de website van de gemeenschap'). Up to
    an article and an adjective before the noun; the noun is a work (works.tsv), a medium
    (media.tsv) or a word for what someone says (speech_nouns.txt)."""
    n = len(items)
    j = k
    if j < n and items[j].lower in lang.determiners:
        j += 1
    if j + 1 < n and items[j].is_word and not items[j].is_cap and items[j + 1].is_word \
            and items[j + 1].lower != "van" and items[j].lower not in lang.function_words:
        j += 1  # an adjective: "een recent onderzoek"
    if j + 2 >= n or items[j + 1].lower != "van" or not items[j].is_word or items[j].is_cap:
        return None
    noun = items[j].lower
    if noun not in lang.speech_nouns and entity_type(noun, lang=lang) not in (EntityType.WORK, EntityType.MEDIUM):
        return None  # ("volgens de website van X": a medium of X's own, through which X speaks)
    ph = phrase_at(items, j + 2, lang) or noun_and_name(items, j + 2)
    return ph if ph is not None and ph.kind != "pronoun" else None


def volgens_source(items: Sequence[Tok], k: int, lang: LanguageData) -> Phrase | None:
    """The source 'volgens' at token ``k`` names, read the same way wherever the clause reports
    speech (with quote marks or without): a work and its author ('volgens een rapport van de
    VN'), a phrase that can speak ('volgens de politie', 'volgens hem'), a plural noun for people
    ('volgens bronnen'), a lower-case noun for a kind of source and its name ('volgens
    oppositiepartij CHP', 'volgens persbureau Reuters'), or the bodies of a kind ('volgens de
    bonden'). None for 'volgens de regels'."""
    ph = source_of_work(items, k + 1, lang) or phrase_at(items, k + 1, lang) \
        or bare_person_noun(items, k + 1, lang) or noun_and_name(items, k + 1)
    if ph is None and k + 1 < len(items) and items[k + 1].is_word and items[k + 1].lower in lang.organisations \
            and not items[k + 1].is_cap:
        return Phrase(k + 1, k + 2, "organisation", None, items[k + 1].text)  # "volgens justitie"
    if ph is None:
        return None
    if speakerish(ph, items, lang) or ph.kind == "description" and ph.end_i - ph.start_i <= 3 \
            and (plural_body(items[ph.end_i - 1].lower, lang)
                 or entity_type(items[ph.end_i - 1].lower, lang=lang) is EntityType.PERSON):
        return ph  # (also "volgens critici": a noun the lexicon knows for people)
    return None


def after_preposition(items: Sequence[Tok], k: int, lang: LanguageData) -> bool:
    """Does token ``k`` (or the capitalised run it is part of) follow a preposition?"""
    j = k - 1
    while True:
        while j >= 0 and items[j].is_cap and items[j].lower not in lang.prepositions:
            j -= 1  # "In Noord-Holland": a capitalised preposition opening the sentence stops the run
        if j < 1 or items[j].lower not in ("en", "of") or not items[j - 1].is_cap \
                or items[j - 1].lower in lang.prepositions:
            break
        j -= 1  # "in Groningen en Drenthe": a name coordinated with the object of a preposition
    if j >= 0 and items[j].lower in lang.determiners:
        j -= 1
    return j >= 0 and items[j].lower in lang.prepositions
