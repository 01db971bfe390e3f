"""Dialogue in fiction: who speaks each turn of a conversation.

News attributes nearly every quotation with a cue; a novel lets two people talk in turns with
no cue at all, addresses them by name inside the turns, and may tell the story as "ik". This pass
runs after the sieves, only on text that reads as dialogue (decided from the text, never from a
flag), and only changes turns whose speaker came from a weak sieve (carry-over or none):

  dialogue-alternation  back-to-back turns without an inquit alternate between the two people
                        talking; a turn in the same paragraph as the one before continues it
  dialogue-addressee    the person a turn addresses by name ("Kom binnen, Frits") answers next
  dialogue-participant  "zeide zij" is the woman of the two talking
  dialogue-beat         "--Is er nieuws? Betsy keek niet op.": the action beat ends a dash turn
                        and names its speaker
  dialogue-narrator     "zei ik" is the first-person narrator, named from how others address
                        them, as one identity through the text
  dialogue-described    "zei de oude boer" in the answer to "Dag Smulders" is Smulders, from
                        then on
  dialogue-self-named   "Ik ben Ilse." names its own speaker, as "Tom. Van hiernaast." does
                        answering "Wie ben jij?"
  dialogue-question     "Ze zette het bord neer. — En wanneer wilde je me dat vertellen?": a
                        question after narration about someone is theirs, as a statement is
                        (preceding); evidence the exchange's search may overrule

A name used as a vocative inside a turn is the person addressed, so it is never that turn's
speaker.
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, replace

import regex

from ..analysis import DocumentAnalysis
from ..model import Quote
from ..resolve import Entity, Resolver, resolve_mention
from ..spans import action_beat, action_beat_verb
from .address import LETTERS, bare, called_names, same, vocatives
from .backstory import in_backstory
from .carry import is_turn, words_start
from .exits import comings_and_goings
from .family import named_parents, narrator_called, narrator_family, relatives_of_the_talk, tie_parents
from .narrator import narrator_name
from .preceding import preceding
from .inquit import (Fullest, described as described_as, full_name, gender_of, not_the_teller, participant,
                     pronoun_gender, self_named)
from .sequence import decide_exchanges
from .scenes import other_present, scene_floor, scene_starts

#: sieves whose speaker a turn-taking decision may replace: they carry a speaker over or guess
WEAK_SIEVES = frozenset((None, "continuation", "nearest-person", "interviewer", "interviewee"))

#: what the text must show to count as dialogue: enough turns opening their paragraph, several
#: of them back to back
MIN_TURNS = 6
MIN_BACK_TO_BACK = 3

#: first-person narration: this many first-person words outside quotations, per 1,000 words
NARRATOR_MIN = 4
NARRATOR_RATE = 4.0

_FIRST_PERSON = regex.compile(r"(?<![\p{L}'’])(?:ik|mij|me|mijn|m'n)(?![\p{L}'’])", regex.IGNORECASE)
@dataclass(slots=True)
class Conversation:
    """What the text shows about its dialogue."""

    turns: int                 # quotations that open their paragraph
    back_to_back: int          # turns right after a turn, in the next paragraph
    narrator: bool             # told in the first person


def read_conversation(an: DocumentAnalysis, quotes: list[Quote]) -> Conversation:
    """Count turns and back-to-back turns, and tell whether the narration is in the first person."""
    first_word = {p.index: words_start(an, p) for p in an.paras}
    turns = 0
    back = 0
    last_turn_para = -10
    for q in quotes:
        if q.kind not in ("direct", "partial"):
            continue
        if q.start == first_word.get(q.paragraph, -1):
            turns += 1
            if q.paragraph == last_turn_para + 1:
                back += 1
            last_turn_para = q.paragraph
    narrator = False
    if any((q.speaker_mention or "").lower() == "ik" and q.cue is not None for q in quotes):
        # only a text where someone says "zei ik" can be told in the first person: count then
        narration = _narration(an, quotes)
        words = len(LETTERS.findall(narration)) or 1
        first = len(_FIRST_PERSON.findall(narration))
        narrator = first >= NARRATOR_MIN and first * 1000 / words >= NARRATOR_RATE
        # a story whose dialogue has "zei ik" has a narrator who talks, however little the
        # narration says "ik"
        narrator = narrator or (turns >= MIN_TURNS and back >= MIN_BACK_TO_BACK
                                and sum(1 for q in quotes if (q.speaker_mention or "").lower() == "ik"
                                        and q.cue is not None) >= 2)
    return Conversation(turns, back, narrator)


def _narration(an: DocumentAnalysis, quotes: list[Quote]) -> str:
    """The text outside quotations (direct and partial), as one string, without the paragraphs of
    dash turns: speech a turn goes on with after its inquit is not narration, found or not."""
    dashed = {q.paragraph for q in an.qspans if q.introducer == "-"}
    skip = [(q.start, q.end) for q in quotes if q.kind in ("direct", "partial")]
    skip += [(p.start, p.end) for p in an.paras if p.index in dashed]
    skip.sort()
    parts = []
    pos = 0
    for start, end in skip:
        if start > pos:
            parts.append(an.text[pos:start])
        pos = max(pos, end)
    parts.append(an.text[pos:])
    return " ".join(parts)


def is_dialogue(conv: Conversation) -> bool:
    return conv.turns >= MIN_TURNS and conv.back_to_back >= MIN_BACK_TO_BACK


def take_turns(an: DocumentAnalysis, quotes: list[Quote], resolver: Resolver | None = None) -> list[Quote]:
    """Reassign the speakers of weakly attributed turns in dialogue (see the module docstring)."""
    conv = read_conversation(an, quotes)
    if not is_dialogue(conv) and not conv.narrator:
        return quotes
    out = list(quotes)
    speech = [i for i, q in enumerate(out) if q.kind in ("direct", "partial")]
    narration = None  # (_narration_names, a pass over the narration: found once, when asked)
    if resolver is not None:
        # what a turn may call someone: a stated pet name, or one cut from a given name (also
        # when the characters say it more often than the narration writes it)
        narration = _narration_names(an)
        spoken = frozenset(w for w, n in _spoken_names(an).items() if n > narration[w])
        resolver.called = {**resolver.clipped_names(spoken), **resolver.nicknames}
    label = None
    narrator_turns = {i for i in speech if (out[i].speaker_mention or "").lower() == "ik" and out[i].cue is not None}
    if resolver is not None:
        # "De jongen van Driek Hendriks.": the parent of the one a turn speaks to
        parents = tie_parents(resolver, named_parents(an, out, speech, narrator_turns, resolver.called))
        if conv.narrator and parents:
            called = narrator_called(out, speech, narrator_turns, an.lower_words, an.lang)
            narrator_family(an, out, resolver, parents, called)  # "zei vader" is Driek Hendriks
    if conv.narrator:
        if narration is None:
            narration = _narration_names(an)
        name = narrator_name(an, out, speech, narration)
        label = name or "de verteller"
        for i in speech:
            q = out[i]
            if (q.speaker_mention or "").lower() in ("ik", "wij", "we") and q.cue is not None:
                # an unnamed narrator is a description, one per text: never merged across texts
                out[i] = replace(q, speaker=label, speaker_kind="person" if name else "description",
                                 sieve="dialogue-narrator",
                                 confidence=min(q.confidence, 0.8) or 0.8)
            want = pronoun_gender(q.speaker_mention or "", an.lang) if q.cue is not None else None
            if want is not None and name is not None and resolver is not None:
                own = called_names(q.text, an.lower_words, an.lang, resolver.called)
                out[i] = not_the_teller(q, resolver, want, own, name)  # "zeide hij" is never "ik"
    if is_dialogue(conv):
        if resolver is not None:
            learn_genders(an, resolver)  # "Holmes stond op. Hij liep naar het raam.": Holmes is a man
        _end_turns_at_beats(an, out, speech)
        if resolver is not None:
            _questions_after_narration(an, out, speech, resolver, label)
        scenes = scene_starts(an)
        _alternate(an, out, speech, scenes, resolver, label)
        if resolver is not None:
            decide_exchanges(an, out, speech, lambda pos: scene_floor(scenes, pos), resolver, label)
            relatives_of_the_talk(an, out, speech, resolver)  # "zei haar dochter": of one talking
    return out


#: how often, at least, the narration must go on about a person with one pronoun, and never
#: more than a third as often with the other, to give that person its gender
GENDER_VOTES = 2

#: a sentence of narration that opens with a third-person singular subject pronoun
_PRONOUN_SUBJECT = regex.compile(r"(?:Hij|Zij)\s")


def learn_genders(an: DocumentAnalysis, resolver: Resolver) -> None:
    """The gender of a person whose name no list knows ("Sherlock Holmes", "Constantin Lewin"),
    from how the narration goes on about them: a sentence whose subject is the one person it names
    and the next sentence opening with "Hij" or "Zij" ("Holmes stond op. Hij liep naar het
    raam."). Set as the soft gender when the text says so at least GENDER_VOTES times and the
    other pronoun at most a third as often; a gender the name lists or an honorific gave stays."""
    votes: dict[int, tuple[Entity, Counter[str]]] = {}  # (an entity is no dict key: by its id)
    sents = an.sents
    ends = [b for _, b in an.qranges]  # (quotations in text order, none inside another)
    for k in range(len(sents) - 1):
        s, nxt = sents[k], sents[k + 1]
        m = _PRONOUN_SUBJECT.match(an.text, nxt.start)
        if m is None or nxt.paragraph != s.paragraph:
            continue
        q = bisect.bisect_right(ends, s.start)
        if q < len(an.qranges) and an.qranges[q][0] < s.end:
            continue  # a sentence with a quotation in it is no narration about one person
        people = {id(e): (p, e) for p, e in resolver.between(s.start, s.end) if e.kind == "person"}
        if len(people) != 1:
            continue
        p, ent = next(iter(people.values()))
        if p not in resolver.subjects or ent.gender or ent.soft_gender or ent.honorific_gender:
            continue
        votes.setdefault(id(ent), (ent, Counter()))[1]["m" if m.group().startswith("Hij") else "f"] += 1
    for ent, counts in votes.values():
        (gender, n), = counts.most_common(1)
        other = sum(counts.values()) - n
        if n >= GENDER_VOTES and 3 * other <= n:
            ent.soft_gender = gender


def _end_turns_at_beats(an: DocumentAnalysis, out: list[Quote], speech: list[int]) -> None:
    """"--Is er nieuws? Betsy keek niet op.": in a novel a dash turn runs until the narration
    takes over; the action beat is narration, and it names the speaker (see _beat_speaker)."""
    for i in speech:
        q = out[i]
        if not is_turn(an, q.start):
            continue  # a quotation closed by its marks holds no narration
        cut = action_beat(an.text, q.start, q.end, an.lang)
        if cut is None:
            continue
        end = cut
        while end > q.start and an.text[end - 1].isspace():
            end -= 1
        if end > q.start:
            out[i] = replace(q, end=end, text=an.text[q.start:end])


#: a capitalised word of the narration
_CAP_WORD = regex.compile(r"(?<![\p{L}'’])\p{Lu}\p{Ll}[\p{L}'’-]*")


def _narration_names(an: DocumentAnalysis) -> Counter[str]:
    """How often the narration (the text outside quotations) writes each capitalised word."""
    counts: Counter[str] = Counter()
    pos = 0
    for start, end in an.qranges:
        if start > pos:
            counts.update(_CAP_WORD.findall(an.text, pos, start))
        pos = max(pos, end)
    counts.update(_CAP_WORD.findall(an.text, pos))
    return counts


def _spoken_names(an: DocumentAnalysis) -> Counter[str]:
    """How often the quotations write each capitalised word."""
    out: Counter[str] = Counter()
    for start, end in an.qranges:
        out.update(_CAP_WORD.findall(an.text, start, end))
    return out


def _answers(an: DocumentAnalysis, prev: Quote, q: Quote) -> bool:
    """Inside one paragraph, is ``q`` a reply rather than more of ``prev``'s turn? A question
    followed at once by another quotation, with nothing but marks and spaces between: '"Is u daar
    gelogeerd?" "Ja, daar ben ik gelogeerd …"'."""
    if not prev.text.rstrip().endswith("?") or q.start <= prev.end:
        return False
    gap = an.text[prev.end:q.start]
    return not gap.strip(" \t\n\"'“”„‘’«»‹›,.-–—")


def _alternate(an: DocumentAnalysis, out: list[Quote], speech: list[int], scenes: list[int],
               resolver: Resolver | None, narrator: str | None = None) -> None:
    """Back-to-back turns alternate; the addressee answers; a turn never speaks to itself. Before
    the second voice has spoken, the other person of the scene is the one the narration named
    last (not the first speaker); in a story told by a narrator who talks, the narrator is
    always present, so the other person of anyone else is the narrator."""
    lower = an.lower_words
    nick = resolver.called if resolver is not None else None
    with_narrator = _narrator_scenes(an, out, speech, scenes) if narrator is not None else set()
    prev: Quote | None = None
    before_prev: str | None = None  # the speaker of the last turn by someone other than prev's speaker
    turn_texts: list[str] = []      # the parts of the previous turn (its paragraph)
    described: dict[str, str] = {}  # "de oude boer" → "Smulders", once the conversation showed it
    fullest = Fullest(out, speech)
    gone: set[str] = set()  # who has left the scene ("Paul was al op de trap"; exits.py)
    last_end = 0

    def backstory(pos: int) -> bool:  # (a name there shows no one present: backstory.py)
        return in_backstory(an, pos)

    for i in speech:
        q = out[i]
        floor = scene_floor(scenes, q.start)
        if prev is not None and prev.start < floor:
            prev, before_prev, turn_texts = None, None, []  # a new scene: a new conversation
            gone = set()
        if resolver is not None and q.start > last_end:
            left, named = comings_and_goings(an, resolver, max(last_end, floor), q.start)
            gone = (gone - named) | left
        last_end = max(last_end, q.end)
        if q.cue is not None and q.speaker:
            gone = {g for g in gone if not same(g, q.speaker)}
        if q.sieve in GUESSED_FROM_NARRATION and q.speaker and resolver is not None \
                and _calls(q, q.speaker, fullest, resolver, lower, an.lang, nick):
            # "Aan den vleugel zat Mathilde … --Tilly, wil je nog eens spelen?": the one the
            # narration showed last is the one the turn calls, so someone else speaks it
            q = out[i] = replace(q, speaker=None, speaker_mention=None, speaker_start=None, speaker_end=None,
                                 speaker_kind=None, sieve=None, confidence=0.0)
        want = pronoun_gender(q.speaker_mention or "", an.lang)
        if prev is not None and resolver is not None and q.cue is not None and want is not None:
            q = out[i] = participant(q, resolver, want, [before_prev, prev.speaker], lower, an.lang, narrator)
        if q.speaker_kind == "description" and q.cue is not None and q.speaker:
            q = out[i] = described_as(an, q, prev, turn_texts, described, fullest, resolver, lower, narrator, before_prev)
        if resolver is not None and q.sieve in WEAK_SIEVES:
            asked = " ".join(turn_texts) if prev is not None and q.paragraph != prev.paragraph else None
            named = self_named(q.text, resolver, an.lang, asked)
            if named is not None:
                q = out[i] = replace(q, speaker=named, speaker_mention=None, speaker_start=None, speaker_end=None,
                                     speaker_kind="person", sieve="dialogue-self-named", confidence=0.8,
                                     cue=None, cue_start=None, cue_end=None)
        if resolver is not None and q.sieve in WEAK_SIEVES:
            beat = _beat_speaker(an, resolver, q, [before_prev, prev.speaker if prev else None])
            if beat is not None:
                q = out[i] = replace(q, speaker=beat, speaker_mention=None, speaker_start=None, speaker_end=None,
                                     speaker_kind="person", sieve="dialogue-beat", confidence=0.6,
                                     cue=None, cue_start=None, cue_end=None)
        opens = prev is None or (q.paragraph > prev.paragraph + 2 and q.speaker is None)
        if opens and resolver is not None and q.sieve in WEAK_SIEVES and q.speaker is None:
            # a conversation opens: the person the narration named last speaks first
            first = other_present(resolver, an.text, q.start, "", called_names(q.text, lower, an.lang, nick)
                                  | _bare(gone), floor, backstory)
            if first is not None:
                q = out[i] = replace(q, speaker=first, speaker_kind="person", sieve="dialogue-alternation",
                                     confidence=0.45)
        elif prev is not None and q.sieve in WEAK_SIEVES:
            own = called_names(q.text, lower, an.lang, nick)
            if q.paragraph == prev.paragraph and not _answers(an, prev, q):
                choice, sieve = prev.speaker, "dialogue-alternation"  # the same turn goes on
            else:
                addressed = [v for t in turn_texts for v in vocatives(t, lower, an.lang, nick) if not same(v, prev.speaker)]
                choice, sieve = None, None
                if addressed:
                    choice, sieve = full_name(addressed[-1], fullest, resolver, q.start), "dialogue-addressee"
                elif before_prev is not None and q.paragraph <= prev.paragraph + 2 and not _among(before_prev, gone):
                    choice, sieve = before_prev, "dialogue-alternation"
                elif narrator is not None and floor in with_narrator and prev.speaker is not None \
                        and not same(prev.speaker, narrator) and q.paragraph <= prev.paragraph + 2:
                    choice, sieve = narrator, "dialogue-alternation"  # "Bertje" spoke: the narrator answers
                elif prev.speaker is not None and resolver is not None and q.paragraph <= prev.paragraph + 2:
                    choice, sieve = other_present(resolver, an.text, q.start, prev.speaker, own | _bare(gone), floor, backstory), \
                        "dialogue-alternation"
            if choice is not None and bare(choice) not in own and not same(choice, q.speaker):
                q = out[i] = replace(q, speaker=choice, speaker_mention=None, speaker_start=None,
                                     speaker_end=None, speaker_kind="person", sieve=sieve, confidence=0.55,
                                     cue=None, cue_start=None, cue_end=None)
        fullest.add(q)
        if prev is None or q.paragraph != prev.paragraph:
            turn_texts = [q.text]
        else:
            turn_texts.append(q.text)
        if q.speaker is not None:
            if prev is not None and prev.speaker is not None and not same(prev.speaker, q.speaker):
                before_prev = prev.speaker
            prev = q
        elif prev is None or q.paragraph != prev.paragraph:
            prev = q


def _questions_after_narration(an: DocumentAnalysis, out: list[Quote], speech: list[int], resolver: Resolver,
                               narrator: str | None = None) -> None:
    """"Marie zette het blad op de tafel. --En wanneer dacht je mij te vertellen …?": in a novel
    a question that follows narration about someone is theirs, as a statement would be (the
    preceding sieve). The attribution passes leave a question opening its paragraph to "the
    interviewer" of a news interview; in dialogue it is a turn like any other. Its sieve is
    ``dialogue-question``: a hint (sequence.HINTS) the search of the exchange may overrule, as
    it does when the narration only set the scene ("Gerrit stond bij de schuur, zonder das. —
    Waar is je das?": the one described is asked). Not after a paragraph that names more than
    two people, or when the question calls the person by name.

    The same holds for the narrator of a story told by "ik" (``narrator``, the name or label the
    turn-taking gives them): "Ik vond Bertje achter het huis. — Is de veldwachter geweest?" is
    the narrator's question. And for one the narration shows thinking ("Sanne zuchtte. Ze dacht
    aan de agente … — Waar is hij nu?"): a thought is no speech reported to someone else, so the
    one who thinks still holds the floor; a reported question or statement ("Verbrugge vroeg den
    resident of …") is answered by the other, and stays out."""
    lower = an.lower_words
    fullest = Fullest(out, speech)
    last_para = -10
    for i in speech:
        q = out[i]
        before, last_para = last_para, q.paragraph
        if q.sieve != "interviewer" or q.speaker is not None:
            continue
        att = preceding(an, q.start)
        if att is None or att.mention is None:
            continue
        thought = att.sieve == "preceding-cue" and _thought(an, att.cue)
        if (att.sieve != "preceding" and not thought) \
                or _crowd_before(an, resolver, q, att.cue.end if thought else None):
            continue  # (whom a person thinks of is not in the scene: counted up to the thought)
        if att.mention.text.lower() == "ik":
            if narrator is None:
                continue
            name, kind, role = narrator, "person" if narrator != "de verteller" else "description", None
        else:
            name, kind, role = resolve_mention(an, resolver, att.mention, None)
        if not name or (kind != "person" and name != narrator) \
                or _calls(q, name, fullest, resolver, lower, an.lang, resolver.called):
            continue  # (the one the narration was about is spoken to: "Marianne keek op. — Mar, …?")
        out[i] = replace(q, speaker=name, speaker_mention=att.mention.text, speaker_start=att.mention.start,
                         speaker_end=att.mention.end, speaker_kind=kind, speaker_role=role,
                         sieve="dialogue-question", confidence=att.confidence)


def _thought(an: DocumentAnalysis, cue) -> bool:
    """Is the verb of ``cue`` one of thinking ("dacht", "peinsde", "meende"), not of telling or
    asking someone?"""
    if cue is None or cue.kind != "verb":
        return False
    words = cue.text.lower().split()
    return bool(words) and any(v.cls.startswith("think") for v in an.lang.cue_forms.get(words[0], ()))


def _crowd_before(an: DocumentAnalysis, resolver: Resolver, q: Quote, upto: int | None = None) -> bool:
    """Does the paragraph before ``q`` name more than two people ("In de keuken zaten Anna en
    Pieter aan tafel. Karel … sleepte een mand naar buiten.")? It sets a scene, and who of them
    asks first is for the turn-taking to find. ``upto``: count only the people named before it."""
    k = q.paragraph - 1
    para = an.paras[k] if 0 <= k < len(an.paras) else None
    if para is None or para.index != k:
        return True
    end = para.end if upto is None else min(para.end, upto)
    return len({id(e) for _, e in resolver.between(para.start, end) if e.kind == "person"}) > 2


#: sieves that give a turn the person the narration before it is about, not one an inquit names
GUESSED_FROM_NARRATION = frozenset(("preceding",))


def _calls(q: Quote, name: str, fullest: Fullest, resolver: Resolver, lower: frozenset[str], lang,
           nick) -> bool:
    """Does the turn ``q`` call ``name`` by name ("Tilly, …" for Mathilde, known as Tilly)?"""
    return any(same(name, full_name(v, fullest, resolver, q.start)) for v in vocatives(q.text, lower, lang, nick))


def _bare(names: set[str]) -> set[str]:
    """The names as other_present compares them."""
    return {bare(n) for n in names}


def _among(name: str, names: set[str]) -> bool:
    return any(same(name, n) for n in names)


def _narrator_scenes(an: DocumentAnalysis, out: list[Quote], speech: list[int], scenes: list[int]) -> set[int]:
    """The scenes (by where they begin) the narrator takes part in: a "zei ik" there, or "ik"
    in its narration outside the turns."""
    found = {scene_floor(scenes, out[i].start) for i in speech
             if (out[i].speaker_mention or "").lower() == "ik" and out[i].cue is not None}
    spoken = {out[i].paragraph for i in speech}
    for p in an.paras:
        if p.index not in spoken and _FIRST_PERSON.search(an.text, p.start, p.end):
            found.add(scene_floor(scenes, p.start))
    return found


_BEAT = regex.compile(r"[\s\"'”’»›]*(?P<subject>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(?P<verb>\p{Ll}+)")


def _beat_speaker(an: DocumentAnalysis, resolver: Resolver, q: Quote, talking: list[str | None]) -> str | None:
    """"“Is er nieuws?” Betsy keek niet op." — a turn followed in its paragraph by an action
    beat, a sentence whose subject acts in the past tense: that subject speaks the turn."""
    para = an.paras[q.paragraph] if 0 <= q.paragraph < len(an.paras) else None
    if para is None or para.index != q.paragraph or q.end >= para.end:
        return None
    m = _BEAT.match(an.text, q.end, min(para.end, q.end + 80))
    if m is None or not action_beat_verb(m.group("verb"), an.lang):
        return None
    subject = m.group("subject")
    want = pronoun_gender(subject, an.lang)
    if want is not None:
        for name in reversed([t for t in talking if t]):
            if gender_of(resolver, name) == want:
                return name
        return None
    if subject.lower() in an.lang.function_words or subject.lower() in an.lang.pronouns:
        return None
    ent = resolver.entity_for_name(subject, q.end)
    if ent is None or ent.kind != "person":
        return None
    return ent.name
