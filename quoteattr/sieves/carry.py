"""Carry-over sieves, tried when a quote has no cue of its own: the last speaker (continuation),
the other parts of a split or multi-paragraph quote (group), the subject of the sentence a quoted
fragment stands in (own-subject) and dash-interview turns (interviewer, interviewee). The narrator
sentence before a quote (preceding, preceding-cue) is preceding.py."""
from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Sequence

import regex

from ..analysis import QMARK, DocumentAnalysis
from ..cues import Phrase, phrase_at, phrase_mention
from ..entities import EntityType, entity_type
from ..model import Paragraph, Quote
from ..resolve import Resolver
from ..resolve.names import Entity
from .address import same
from .explicit import after_interruption
from .grammar import AUXILIARIES, Attribution, adverb, speakerish, subject_after_adverb, telling_verb


#: what may stand before a paragraph's first word: spaces, opening marks, a dialogue dash
_LEAD = regex.compile(r"[\s\"'“”„‘’«»‹›,\-–—]*+")


def words_start(an: DocumentAnalysis, para: Paragraph) -> int:
    """Where the words of ``para`` begin, after its opening marks or dash: a quotation that starts
    there opens its paragraph (one bounded match per paragraph, however long)."""
    return _LEAD.match(an.text, para.start, para.end).end()


def is_turn(an: DocumentAnalysis, start: int) -> bool:
    """Is the quote at ``start`` a dialogue turn (a paragraph opened by a dash)?"""
    qi = bisect.bisect_left(an.qspans_starts, start)
    return qi < len(an.qspans) and an.qspans[qi].start == start and an.qspans[qi].introducer == "-"


def new_person_between(resolver: Resolver, a: int, b: int, speaker: str | None,
                       spoken_to: Sequence[str] = ()) -> bool:
    """True when a person other than ``speaker`` is named between offsets a and b; not one the
    quotation after b calls by name (``spoken_to``): "Gerrit legde de krant neer. ‘Gerrit, …’"
    brings in the one spoken to, not a new speaker."""
    return any(ent.person and ent.name != speaker and not any(same(ent.name, v) for v in spoken_to)
               for _, ent in resolver.between(a, b))


#: how much narration between two quotations breaks the thread of the last speaker (characters)
LONG_GAP = 400


def subject_of_long_gap(resolver: Resolver, a: int, b: int, speaker: str | None,
                        spoken_to: Sequence[str] = ()) -> Entity | None:
    """After a long stretch of narration (LONG_GAP characters or more from ``a``, the end of the
    sentence of the last quotation, to ``b``) that never names the last speaker again, the person
    the narration last made the subject of a sentence: news moves on to the next voice ("… Ook de
    buren zijn bezorgd. Marieke Dam woont er al dertig jaar. ‘…’"). None when the gap is shorter,
    names ``speaker``, or makes nobody else its subject."""
    if b - a < LONG_GAP:
        return None
    found = None
    for p, ent in resolver.between(a, b):
        if ent.name == speaker:
            return None
        if ent.person and p in resolver.subjects and not any(same(ent.name, v) for v in spoken_to):
            found = ent
    return found


def split_groups(an: DocumentAnalysis, kinds: list[str]) -> dict[tuple[int, int], int]:
    """“A”, zei hij, “B”: both parts get one group id (multi-paragraph groups keep theirs)."""
    out: dict[tuple[int, int], int] = {}
    base = 1000
    for qi, q in enumerate(an.qspans):
        if qi not in an.quote_sent or kinds[qi] == "other":
            continue
        si, ii = an.quote_sent[qi]
        if after_interruption(an, an.views[si].items, ii):
            k = ii - 1
            items = an.views[si].items
            while items[k].text != QMARK:
                k -= 1
            prev = an.qspans[an.views[si].quote_at[k]]
            gid = out.get((prev.start, prev.end)) or prev.group or base + qi
            out[(prev.start, prev.end)] = gid
            out[(q.start, q.end)] = gid
    return out


def share_group_speakers(quotes: list[Quote]) -> list[Quote]:
    """Every part of a split or multi-paragraph quote gets the speaker of its attributed part."""
    by_group: dict[int, Quote] = {}
    for q in quotes:
        if q.group is not None and q.speaker and q.sieve not in ("continuation", "preceding"):
            by_group.setdefault(q.group, q)
    out = []
    for q in quotes:
        src = by_group.get(q.group) if q.group is not None else None
        if src is not None and src is not q and (q.speaker is None or q.sieve in ("continuation", "preceding")):
            q = replace(q, speaker=src.speaker, speaker_mention=src.speaker_mention, speaker_start=src.speaker_start,
                        speaker_end=src.speaker_end, speaker_kind=src.speaker_kind, speaker_role=src.speaker_role,
                        sieve="group", confidence=min(src.confidence, 0.9))
        out.append(q)
    # renumber group ids densely in text order
    ids: dict[int, int] = {}
    res = []
    for q in out:
        if q.group is not None:
            ids.setdefault(q.group, len(ids) + 1)
            q = replace(q, group=ids[q.group])
        res.append(q)
    return res


def own_subject(an: DocumentAnalysis, pos: int) -> Attribution | None:
    """"Het bestuur probeerde de onrust te bezweren met een verklaring dat er ‘geen plannen zijn’",
    "D66 wil niet met partijen ‘die de uitdagingen uit de weg gaan’": a quoted fragment in a
    narrator sentence without a speech verb is the words of that sentence's subject, the name or
    body that opens it."""
    si = an.sentence_index(pos)
    items = an.views[si].items
    if items and items[0].is_word and items[0].lower in an.lang.prepositions and items[0].lower != "volgens":
        opening = phrase_at(items, 0, an.lang, sentence_start=True)
        if opening is None or opening.kind != "name":  # ("Van der Plas ziet …" opens with a name)
            return _inverted_subject(an, items, pos)
    after_adverb = _subject_after_adverb(an, items, pos)
    if after_adverb is not None:
        return after_adverb
    k = 0
    while k < len(items) and items[k].is_word and items[k].lower in an.lang.function_words \
            and items[k].lower not in an.lang.determiners:
        k += 1
    if k >= len(items) or items[k].start >= pos:
        return None
    ph = phrase_at(items, k, an.lang, sentence_start=k == 0)
    if ph is None or ph.end_i >= len(items) or ph.kind == "pronoun":
        return None
    if not (ph.kind in ("name", "organisation") or speakerish(ph, items, an.lang)):
        return None
    if items[ph.end_i].text == QMARK and items[ph.end_i].start <= pos <= items[ph.end_i].end \
            and an.text[pos:pos + 1].islower() and not any(items[x].lower in an.lang.prepositions for x in range(k)):
        # "Het RIVM ‘verwacht niet dat er een uitbraak komt’": the quotation goes on with the
        # subject's own verb, so the sentence's subject says the quoted words
        return Attribution(phrase_mention(an.text, items, ph, an.lang), None, "own-subject", 0.5)
    if items[ph.end_i].start >= pos:
        return None
    j = _after_bracket(items, ph.end_i)  # "Reinier Oomes (34) voelt zich ‘…’": the age is no verb
    if j >= len(items):
        return None
    while j + 1 < len(items) and j < ph.end_i + 2 and items[j].start < pos and adverb(items[j], an.lang):
        j += 1  # "D66 bijvoorbeeld wil niet …", "Het kabinet zelf wil …": an adverb before the verb
    nxt = items[j]
    if nxt.start >= pos:
        return None
    if not nxt.is_word or nxt.is_cap or (nxt.lower in an.lang.function_words and nxt.lower not in AUXILIARIES):
        return None  # the phrase must be followed by its verb ("wil", "probeerde"): a subject, not a topic
    return Attribution(phrase_mention(an.text, items, ph, an.lang), None, "own-subject", 0.5)


def _after_bracket(items, j: int) -> int:
    """The index after a short bracketed aside at ``j`` ("(34)", "(CDA)"), else ``j``."""
    if j < len(items) and items[j].text == "(":
        for k in range(j + 1, min(j + 5, len(items))):
            if items[k].text == ")":
                return k + 1
    return j


#: words that open a question, whose verb and subject follow as after an adverb
_QUESTION_WORDS = frozenset(("wie", "wat", "waar", "waarom", "wanneer", "hoe", "welke", "welk", "waarmee",
                             "waarover", "waarvoor", "hoezo"))


def _subject_after_adverb(an: DocumentAnalysis, items, pos: int) -> Attribution | None:
    """"Ook is Forum volgens de website ‘…’", "Daarom noemt de bond het plan ‘…’": after an opening
    adverb Dutch puts the finite verb second and the subject right after it. Not in a question
    ("Wie zijn de fans die ze haar ‘meiden’ noemt?"), nor for a fragment in a clause of its own
    after the subject."""
    if len(items) <= 3 or items[0].lower in _QUESTION_WORDS or items[1].start >= pos:
        return None
    ph = subject_after_adverb(items, 0, an.lang)
    if ph is None or ph.kind == "pronoun" or ph.end_i >= len(items) or items[ph.end_i - 1].end > pos:
        return None
    if any(t.text == "," or t.lower in ("die", "dat", "wat") or t.lower in an.lang.conjunctions
           for t in items[ph.end_i:] if t.end <= pos):
        return None
    return _source(an, items, ph)


def _source(an: DocumentAnalysis, items, ph: Phrase) -> Attribution | None:
    """The phrase ``ph`` as the source of a quoted fragment, unless it names a place ("gemeenten in
    Noord-Holland en Flevoland, dat …": a place says nothing)."""
    mention = phrase_mention(an.text, items, ph, an.lang)
    if entity_type(mention.head, lang=an.lang) is EntityType.PLACE:
        return None
    return Attribution(mention, None, "own-subject", 0.5)


def _inverted_subject(an: DocumentAnalysis, items, pos: int) -> Attribution | None:
    """"In de krant spraken Groen-politici meteen van ‘een historische fout’": a sentence that opens
    with a prepositional phrase puts its finite verb second and its subject right after it (Dutch
    V2 order). The opening phrase is the preposition, an article and at most three words, no
    second preposition and no punctuation; then one verb-like word; then the subject, which must
    be a name, a body or a person described, and must end before the quotation."""
    n = len(items)
    k = 1
    if k < n and items[k].lower in an.lang.determiners:
        k += 1
    for verb in range(k + 1, min(k + 4, n - 1)):
        if items[verb].start >= pos:
            return None
        between = items[k:verb]
        if not all(t.is_word and t.lower not in an.lang.prepositions and t.lower not in an.lang.conjunctions
                   for t in between):
            return None
        if not telling_verb(items[verb], an.lang):
            continue  # still inside the opening phrase ("In de oude krant")
        ph = phrase_at(items, verb + 1, an.lang)
        if ph is None or ph.kind == "pronoun" or ph.end_i >= n or items[ph.end_i - 1].end > pos:
            return None
        if not (ph.kind in ("name", "organisation") or speakerish(ph, items, an.lang)):
            return None
        return _source(an, items, ph)
    return None


#: words in a relative clause that hand the quoted words to someone else than its antecedent
_OTHER_SOURCE = frozenset(("door", "volgens", "aldus"))


def relative_subject(an: DocumentAnalysis, pos: int) -> Attribution | None:
    """"Van Dam, die zijn baan ‘een roeping’ noemde, …", "de stichting, die leden zoekt ‘met
    hart voor de stad’": a quoted fragment in a relative clause whose pronoun ("die", "dat") is
    its subject is the words of the name or body the clause hangs on, the phrase right before
    its comma. Not when the clause names another subject ("die hij ‘een roeping’ noemde") or
    source ("die door Kok ‘een roeping’ werd genoemd")."""
    si = an.sentence_index(pos)
    items = an.views[si].items
    q = next((k for k, t in enumerate(items) if t.start >= pos or t.end > pos), len(items))
    k = q - 1
    while k > 1:
        t = items[k]
        if not t.is_word:
            return None  # a comma or another quotation: the fragment is not in that clause
        if t.lower in ("die", "dat") and items[k - 1].text == ",":
            break
        if t.is_cap or t.lower in _OTHER_SOURCE or (
                t.lower in an.lang.pronouns and an.lang.pronouns[t.lower][1] == "subject"):
            return None
        k -= 1
    else:
        return None
    comma = k - 1
    best = None
    for s in range(comma - 1, max(-1, comma - 9), -1):
        ph = phrase_at(items, s, an.lang, sentence_start=s == 0)
        if ph is not None and ph.end_i == comma and ph.kind != "pronoun" \
                and (ph.kind in ("name", "organisation") or speakerish(ph, items, an.lang)):
            best = ph
    if best is None:
        return None
    if best.start_i > 0 and items[best.start_i - 1].lower in an.lang.prepositions \
            and items[best.start_i - 1].lower != "van":
        return None  # "personen in de stad, die …": the phrase ends a longer one, its head unknown
    return _source(an, items, best)
