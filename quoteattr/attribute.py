"""Pass 2, the document pass: classify quoted spans (kinds.py), find indirect speech, link each
quote to its cue and speaker through the ordered, named sieves of ``sieves/`` (their order and
confidences are listed there), carry speakers through the article, and resolve each speaker to
the fullest name in the document (the resolve package)."""
from __future__ import annotations

import bisect
from dataclasses import replace

import regex

from .analysis import QMARK, DocumentAnalysis
from .lang import LanguageData, load_language
from .model import Cue, Document, Mention, Quote
from .mentions import collect_names, unnamed_subjects
from .naming import naming_statements
from .kinds import classify
from .resolve import Resolver, resolve_mention
from .sieves.address import same, vocatives
from .sieves.carry import (is_turn, new_person_between, own_subject, relative_subject, share_group_speakers, subject_of_long_gap,
                           split_groups)
from .sieves.colon import age_label_after, age_label_before, colon_before_turn, colon_quote, label
from .sieves.dialogue import take_turns
from .sieves.echo import echoed_leads
from .sieves.family import family_names
from .sieves.explicit import bracket_speaker, cue_after, cue_in_clause, dat_zegt
from .sieves.grammar import Attribution, finite_singular, plural_verb
from .sieves.inquit import gender_of
from .sieves.indirect import find_indirect
from .sieves.interview import answers_question, find_interview, lead_interviewee
from .sieves.preceding import preceding


def _agreeing(an: DocumentAnalysis, mention: Mention, cue: Cue | None) -> Mention:
    """``mention`` with the number its speech verb gives it: "zegt zij" is one woman, "zeggen
    ze" a group (the pronoun alone could be either); "Die verklaarden dat …", with the
    demonstrative opening the sentence and the finite verb right after it, wants a plural."""
    if cue is None or mention.kind != "pronoun":
        return mention
    if mention.text.lower() in ("ze", "zij"):
        return replace(mention, gender="pl" if cue.text.split()[0].lower().endswith("en") else "f")
    if mention.text == "Die" and cue.kind == "verb" and an.opens_sentence(mention.start) \
            and plural_verb(cue.text.split()[0]) and not an.text[mention.end:cue.start].strip():
        return replace(mention, gender="pl")
    return mention


def attribute_document(document: Document, lang: LanguageData | None = None) -> list[Quote]:
    """Every quotation of every kind in ``document``, with speakers, in text order."""
    lang = lang or load_language("nl")
    an = DocumentAnalysis(document, lang)
    resolver = Resolver(lang)
    kinds = an.kinds = [classify(an, qi) for qi in range(len(an.qspans))]

    records: list[tuple[int, int, str, int, int | None, Attribution | None]] = []
    for qi, q in enumerate(an.qspans):
        att = None
        if kinds[qi] != "other":
            att = _attribute_quote(an, qi, kinds)
        records.append((q.start, q.end, kinds[qi], q.paragraph, q.group, att))
    for ind in find_indirect(an):
        records.append((ind.start, ind.end, "indirect", ind.paragraph, None, ind.attribution))
    # interviews (sieves/interview.py): unmarked answers become quotations; what they contain is
    # nested in them
    interview = find_interview(an)
    if interview is not None:
        records = [r for r in records if not interview.inside_answer(r[0], r[1])]
        records += [(t.start, t.end, "direct", t.paragraph, t.group, None) for t in interview.unmarked()]
    records.sort(key=lambda r: (r[0], r[1]))
    if any(r[2] != "other" for r in records):
        resolver.nicknames = naming_statements(an.text, lang, an.qranges)
        collect_names(an, resolver)  # only a document with speech needs its cast of names
        unnamed_subjects(an, resolver)
        # "zei vader": the family word names a person wherever the narration uses it so
        family_names(an, resolver, {r[5].mention.text.lower() for r in records if r[5] is not None
                                    and r[5].mention is not None and r[5].mention.text.lower() in lang.kinship})

    quotes: list[Quote] = []
    # a text where a quotation is followed by "zei ik" is told in the first person (see
    # dialogue.py); in any other, "ik" outside quote marks is someone's own words whose marks
    # were lost
    narrator_speaks = any(r[2] in ("direct", "partial") and r[5] is not None and r[5].cue is not None
                          and r[5].mention is not None and r[5].mention.text.lower() == "ik" for r in records)
    if not narrator_speaks:
        # "Ik denk dat …", "Lang dachten we dat …" outside quote marks in a text not told in the
        # first person: the writer's own voice (a column, a letter), no one's words to attribute
        records = [r for r in records if not (r[2] == "indirect" and r[5] is not None and r[5].mention is not None
                                              and r[5].mention.kind == "pronoun"
                                              and r[5].mention.text.lower() in _WRITER_PRONOUNS)]
    last: tuple[str | None, Mention | None, str | None, str | None] | None = None
    last_para = -10
    last_pos = 0
    last_sent = -1
    split_group = split_groups(an, kinds)
    # the speaker and end of the last quotation (direct or partial), for answers to a question
    # the reporter puts to that speaker ("Heeft u geoefend? ,,Ja, …''")
    prev_said: tuple[str | None, Mention | None, str | None, str | None] | None = None
    prev_end = -1
    for start, end, kind, para, group, att in records:
        speaker = mention = skind = role = None
        cue = None
        sieve = None
        conf = 0.0
        if kind != "other" and att is not None:
            cue = att.cue
            sieve = att.sieve
            conf = att.confidence
            if att.carry or att.mention is None:
                if last is not None and para - last_para <= 2:
                    speaker, mention, skind, role = last
                    conf = min(conf, 0.75) if att.carry else conf
                else:
                    conf = 0.3 if att.carry else conf
            else:
                mention = _agreeing(an, att.mention, cue)
                speaker, skind, role = resolve_mention(an, resolver, mention, last,
                                                label=att.sieve in ("colon", "label") and cue is not None
                                                and cue.kind == "colon",
                                                quote=(start, end) if kind == "direct" else None,
                                                singular=_singular_verb(cue))
            if speaker is None and not att.carry and att.mention is not None:
                conf = min(conf, 0.4)
        turn = interview.turn_at(start) if interview is not None and att is None and kind == "direct" else None
        said = interview.speaker(an, resolver, turn, last) if turn is not None else None
        if said is not None:  # an interview turn: the interviewer asks, the interviewee answers
            speaker, mention, skind, role, cue, conf, sieve = said
            if speaker is not None:
                last, last_para, last_pos = (speaker, mention, skind, role), para, end
                last_sent = an.sentence_index(start)
            quotes.append(_record(document, an, start, end, kind, para, group, speaker, mention, skind, role, cue,
                                  conf, sieve))
            continue
        if kind == "direct" and att is None and is_turn(an, start):
            if an.text[start:end].rstrip().endswith("?"):
                sieve, conf = "interviewer", 0.6  # a reporter's question: no named speaker
                quotes.append(_record(document, an, start, end, kind, para, group, None, None, None, None,
                                      None, conf, sieve))
                continue
            if last is None:
                ent = resolver.antecedent(start, None, window=100_000)
                if ent is not None:
                    speaker, skind, role = ent.name, ent.kind, (ent.roles[0] if ent.roles else None)
                    sieve, conf = "interviewee", 0.6
        if kind in ("direct", "partial") and att is None and speaker is None and prev_said is not None \
                and prev_said[2] == "person" and _addressed(an, prev_end, start):
            # the narration since the last quotation says "u": the reporter's question to the one
            # interviewed, whose answer this is, not that of a name the question mentions
            speaker, mention, skind, role = prev_said
            sieve, conf, cue = "addressed", 0.6, None
        if kind == "direct" and att is None and speaker is None and answers_question(an, start):
            # "… blijkt uit een gesprek met directeur Thijs Emondts. Hoe is dat om …? ‘Dat is
            # indrukwekkend …’": an answer to the reporter's question is the interviewee's
            guest = lead_interviewee(an, resolver)
            if guest is not None:
                speaker, skind, role = guest.name, guest.kind, (guest.roles[0] if guest.roles else None)
                sieve, conf, cue, mention = "interviewee", 0.6, None, None
        if kind in ("direct", "partial") and att is None and speaker is None:
            labelled = age_label_before(an, resolver, start) or age_label_after(an, resolver, end)
            if labelled is not None:
                # "… Achraf el Johari (22) Student rechtsgeleerdheid in Amsterdam ‘Toen de uitslag …’":
                # a vox pop's label, a name with an age and what the person does, before the words
                speaker, skind, role = labelled.name, labelled.kind, (labelled.roles[0] if labelled.roles else None)
                sieve, conf, cue, mention = "label", 0.7, None, None
        if kind != "other" and kind in ("direct", "partial") and att is None and speaker is None:
            fallback = (relative_subject(an, start) or own_subject(an, start)) if kind == "partial" else None
            fallback = fallback or preceding(an, start)
            # whom the quotation calls by name ("Theo, jij weet alles"): the ones spoken to, never its speaker
            called = _Called(an, an.text[start:end])
            if fallback is not None:
                mention = _agreeing(an, fallback.mention, fallback.cue)
                speaker, skind, role = resolve_mention(an, resolver, mention, last)
                sieve, conf, cue = fallback.sieve, fallback.confidence, fallback.cue
                if fallback.sieve == "preceding" and skind == "organisation" and last is not None \
                        and speaks_for(an.text, quotes, resolver, last[0], speaker):
                    speaker = None  # "Rabobank telt …" after Rabobank-directeur Bos: its own officer goes on
                if fallback.sieve == "preceding" and (speaker in called or _spoken_of(
                        an, speaker, skind, start, end) or _opens_about(an, resolver, speaker, skind, start, end) or (
                        mention.kind == "pronoun" and resolver.holds_no_person(speaker, start))):
                    # "Meneer Van Rijn zat al aan tafel. Hij keek niet op. ‘Theo, jij weet alles.’":
                    # the one the narration was about is spoken to (or of, _spoken_of); and a "Hij"
                    # that found no person, only a river or a town, names nobody: the turn-taking
                    # decides
                    speaker, sieve, conf, cue, mention = None, None, 0.0, None, None
            if speaker is None and last is not None and last[0] not in called and (para - last_para <= 1 or (
                    para - last_para <= 3 and not new_person_between(resolver, last_pos, start, last[0], called.names()))):
                speaker, mention, skind, role = last
                sieve, conf, cue = "continuation", 0.7, None
                newcomer = subject_of_long_gap(resolver, an.sents[an.sentence_index(last_pos)].end, start,
                                               last[0], called.names())
                if newcomer is not None and kind == "direct":
                    speaker, mention, skind, role = newcomer.name, None, newcomer.kind, (
                        newcomer.roles[0] if newcomer.roles else None)
                    sieve, conf = "nearest-person", 0.4
            if speaker is None and kind == "direct":
                # last resort: the person the text was just talking about, unless spoken to
                ent = resolver.antecedent(start, None, window=600)
                if ent is not None and ent.kind == "person" and ent.name not in called:
                    speaker, skind, role = ent.name, ent.kind, (ent.roles[0] if ent.roles else None)
                    sieve, conf, cue, mention = "nearest-person", 0.3, None, None
        if kind != "other" and speaker is not None and (att is None or att.floor) and not (
                kind == "indirect" and last_sent == an.sentence_index(start) and last_pos <= start) \
                and not (kind == "indirect" and not narrator_speaks and _first_person_narration(an, start)):
            # (a clause reported inside a sentence whose speaker is already named, "volgens
            # Giménez is het ‘legitiem’ dat Junqueras denkt dat …", is embedded in that speaker's
            # words: the floor stays with the speaker)
            # (nor does speech reported in a sentence that says "ik" or "mij" outside quote marks in
            # a text not told in the first person, "Politici verweten mij dat ik …": someone's own
            # words whose marks were lost, so the one speaking them keeps the floor)
            last = (speaker, mention, skind, role)
            last_para = para
            last_pos = end
            last_sent = an.sentence_index(start)
        gid = group
        if kind in ("direct", "partial"):
            gid = split_group.get((start, end), group)
            prev_said = (speaker, mention, skind, role) if speaker is not None else None
            prev_end = end
        quotes.append(_record(document, an, start, end, kind, para, gid, speaker, mention, skind, role, cue,
                              conf, sieve))
    if interview is None:  # an interview has its own turn-taking: the interviewer asks, the interviewee answers
        quotes = take_turns(an, quotes, resolver)
        quotes = echoed_leads(an, quotes)
    return share_group_speakers(quotes)


def _spoken_of(an: DocumentAnalysis, person: str | None, kind: str | None, start: int, end: int) -> bool:
    """Does the quotation from ``start`` to ``end`` name ``person`` as a word of its sentence (a
    word of their name of three letters or more, no particle, with a lower-case word after it,
    so not a name called)? Nobody speaks of themselves by name: "Bij Roy Smit ziet de chirurg
    dat niet gebeuren. ‘… Roy is daar al voorbij.’" is the surgeon speaking of the one the
    narration was about, and the last speaker goes on."""
    if not person or kind != "person":
        return False
    words = {w for w in person.split() if len(w) >= 3 and w[:1].isupper()
             and w.lower() not in an.lang.particles and w.lower() not in an.lang.function_words}
    if not words:
        return False
    for m in an.word_re.finditer(an.text, start, end):
        if m.group() in words:
            after = an.text[m.end():m.end() + 2]
            if after[:1] == " " and after[1:2].islower():
                return True  # "Roy is daar al voorbij", not "Luister, Dora, …" (spoken to)
    return False


#: a quotation that opens with a third-person pronoun and the next word, maybe after one word
#: ("Maar ze heeft nooit …", "Hij is een doorzetter")
_OPENS_WITH_PRONOUN = regex.compile(r"(?:(?P<w>\p{L}+),?\s+)?(?P<p>[Hh]ij|[Zz]ij|[Zz]e)\s+(?P<v>\p{Ll}+)")


def _opens_about(an: DocumentAnalysis, resolver: Resolver, person: str | None, kind: str | None,
                 start: int, end: int) -> bool:
    """Does the quotation open with "hij" or "ze" of one person of ``person``'s gender as its
    subject (a singular finite verb after it, so "ze" is one woman, not a group; before it at most
    a conjunction or an answer particle)? Nobody opens their own words so: "Melis A. leeft
    volgens een strikte uitleg van de islam. ‘Maar ze heeft nooit geweld verheerlijkt …’" is her
    lawyer speaking of her, and the last speaker goes on."""
    if not person or kind != "person" or is_turn(an, start):
        return False  # (a turn of dialogue may speak of anyone of the scene)
    m = _OPENS_WITH_PRONOUN.match(an.text, start, end)
    if m is None or not finite_singular(m.group("v"), an.lang) or m.group("v") in ("zijn", "waren"):
        return False  # ("Ze zijn …": a group)
    w, pronoun = m.group("w"), m.group("p")
    if w is None and pronoun.islower() or w is not None and not (
            pronoun.islower() and w[:1].isupper()
            and (w.lower() in an.lang.conjunctions or w.lower() in an.lang.reply_openers)):
        return False
    gender = gender_of(resolver, person)
    if gender not in (None, "m" if pronoun.lower() == "hij" else "f"):
        return False
    # "Daniëlle de Boer gaf Mertens ooit op. ‘Zij is het soort leraar …’": when the sentence before
    # names another person the pronoun fits, it is that one who is spoken of, by the subject
    si = an.sentence_index(start)
    if si > 0:
        prev = an.sents[si - 1]
        want = "m" if pronoun.lower() == "hij" else "f"
        for _, ent in resolver.between(prev.start, prev.end):
            if ent.person and ent.kind == "person" and ent.name != person and gender_of(resolver, ent.name) == want:
                return False
    return True


class _Called:
    """The names a quotation calls (its vocatives): nobody calls themselves by name, so a person
    the quotation calls is spoken to, not speaking. ``person in called`` reads the vocatives only
    when a word of the person's name occurs in the quotation (the names ``same`` matches share a
    word), so most quotations are never parsed for them."""

    __slots__ = ("_an", "_text", "_low", "_names")

    def __init__(self, an: DocumentAnalysis, text: str):
        self._an, self._text = an, text
        self._low: str | None = None
        self._names: list[str] | None = None

    def names(self) -> list[str]:
        if self._names is None:
            self._names = vocatives(self._text, self._an.lower_words, self._an.lang)
        return self._names

    def __contains__(self, person: object) -> bool:
        if not isinstance(person, str) or not person:
            return False
        if self._low is None:
            self._low = self._text.lower()
        if not any(w in self._low for w in person.lower().split()):
            return False
        return any(same(person, v) for v in self.names())


def speaks_for(text: str, quotes: list[Quote], resolver: Resolver, person: str | None, body: str | None) -> bool:
    """Does ``person`` speak for ``body``: does a function or description the article gave them
    where it quoted them, or one the resolver holds, name the body ("De Unileverbestuurder",
    "Shell-topman", "woordvoerder van de NS"), or does the body follow their name ("Sander Bos
    van Rabobank", "Bos (Rabobank)")? Then the body the narration mentions is the one behind the
    speaker, and the speaker goes on."""
    if not person or not body:
        return False
    key = body.casefold()
    said = [r for ent in resolver.entities if ent.name == person for r in ent.roles]
    for q in quotes:
        if q.speaker == person:
            said += [q.speaker_role, q.speaker_mention]
            if q.speaker_end is not None:
                after = text[q.speaker_end:q.speaker_end + len(body) + 6].casefold()
                if after.startswith((f" van {key}", f" ({key}", f", {key}")):
                    return True
    return any(key in r.casefold() and r.casefold() != key for r in said if r)


#: the longest narration between two quotations that may be a reporter's question
QUESTION_REACH = 400


def _addressed(an: DocumentAnalysis, a: int, b: int) -> bool:
    """Does the narration from ``a`` (the end of the last quotation) to ``b`` say "u" or "uw"
    outside quote marks, within QUESTION_REACH characters? News narration addresses no one but
    the person interviewed ("U zei vorige week …", "Heeft u geoefend?")."""
    if a < 0 or b - a > QUESTION_REACH or not an.lang.polite_pronouns:
        return False
    text = an.text
    pos = a
    for s, e in an.qranges[max(0, bisect.bisect_left(an.qranges, (a, -1)) - 2):]:
        if e <= a:
            continue
        if s >= b:
            break
        if any(w.lower() in an.lang.polite_pronouns for w in an.word_re.findall(text, pos, max(pos, s))):
            return True
        pos = max(pos, e)
    return any(w.lower() in an.lang.polite_pronouns for w in an.word_re.findall(text, pos, max(pos, b)))


#: first-person singular pronouns: in news narration (outside quote marks) they are someone's own words
FIRST_PERSON = frozenset(("ik", "mij", "me", "mijn", "m'n"))


#: the pronouns by which a text's writer speaks of themselves outside quote marks
_WRITER_PRONOUNS = frozenset(("ik", "we", "wij"))


def _first_person_narration(an: DocumentAnalysis, pos: int) -> bool:
    """Does the sentence of the record at ``pos`` say "ik", "mij" or "mijn" outside quote marks
    before it?"""
    return any(t.lower in FIRST_PERSON for t in an.views[an.sentence_index(pos)].items if t.start < pos)


def _singular_verb(cue: Cue | None) -> bool:
    """Does the speech verb agree with a single subject ("zegt", "schreef", not "zeggen",
    "schreven", "zijn")? Dutch plural verbs end in -n in every tense ("-en", "gaan", "doen")."""
    if cue is None or cue.kind != "verb" or not cue.text.strip():
        return False
    return not plural_verb(cue.text.split()[0])


def _record(document: Document, an: DocumentAnalysis, start: int, end: int, kind: str, para: int,
            group: int | None, speaker: str | None, mention: Mention | None, skind: str | None,
            role: str | None, cue: Cue | None, conf: float, sieve: str | None) -> Quote:
    return Quote(
        doc=document.id, start=start, end=end, text=an.text[start:end], kind=kind,
        speaker=speaker,
        speaker_mention=mention.text if mention else None,
        speaker_start=mention.start if mention else None,
        speaker_end=mention.end if mention else None,
        speaker_kind=skind, speaker_role=role,
        cue=cue.text if cue else None, cue_start=cue.start if cue else None, cue_end=cue.end if cue else None,
        confidence=round(conf, 2), sieve=sieve, group=group, paragraph=para,
    )


def _attribute_quote(an: DocumentAnalysis, qi: int, kinds: list[str]) -> Attribution | None:
    q = an.qspans[qi]
    if qi not in an.quote_sent:
        return None
    si, ii = an.quote_sent[qi]
    view = an.views[si]
    items = view.items
    facts = view.facts(an.lang)
    att = cue_after(an, items, ii)
    if att:
        return att
    if ii == len(items) - 1 and si + 1 < len(an.views) and an.views[si + 1].sent.paragraph == view.sent.paragraph:
        att = bracket_speaker(an, an.views[si + 1].items, 0)  # “…?” (publiciste Elise Steilberg).
        if att:
            return att
    att = colon_quote(an, items, ii) or label(an, items, ii)
    if att:
        return att
    if ii == 0:
        att = colon_before_turn(an, si)  # "… want hij antwoordde:" then "--Goed, kind!"
        if att:
            return att
    # the second part of “A”, zei hij, “B” is handled by the group; a quote followed by
    # another quote of the same sentence shares its cue
    k = ii + 1
    while k < len(items) and items[k].text != QMARK:
        k += 1
    if k < len(items) and k - ii <= 3:
        att = cue_after(an, items, k)
        if att:
            return att
    if kinds[qi] == "partial" or facts.first_word < ii or facts.last_word > ii:
        att = cue_in_clause(an, view, ii)
        if att:
            return att
    if q.close_mark is not None and ii == len(items) - 1 or facts.last_word < ii:
        att = dat_zegt(an, si)
        if att:
            return att
    return None
