"""Who speaks each turn of an exchange, decided for the whole exchange at once.

The turn-taking pass (dialogue.py) walks forward: each unattributed turn goes to the other person
of the last two. One wrong guess then puts every later turn of the exchange on the wrong person,
until an inquit happens to set it right. A reader does not read that way: an inquit three turns
on ("…, zei Frits") tells who spoke the turns before it as well, since people in a conversation
take turns. This pass scores every way of giving the turns of an exchange to its people and keeps
the best, by dynamic programming over the turns (a second-order Viterbi search: the score of a
turn's speaker depends on the two turns before it). The evidence, as scores:

- a turn whose inquit names its speaker ("zei Frits", "Betsy keek op") is that speaker;
- a pronoun inquit ("zeide zij") is someone of that gender, most likely the one the resolver
  points it to when that person is named in the scene (not before a scene break);
- a turn never addresses its own speaker by name ("Kom binnen, Frits");
- in consecutive paragraphs a new turn is a new speaker; most often the one before the last
  (A-B-A), less often someone else of the scene;
- the person a turn addresses by name answers it, and a reply that calls someone by name
  after an answer particle or an endearment ("Ja, Max", "Beste Max, …") answers that person's
  turn ("--Tine, wat eten we? --Beste Max, …": Max spoke the first); so, less surely, does a
  turn in the very next paragraph that calls by name someone an inquit shows speaking ("--Dat
  zeg je altijd, Jacob.": Jacob most likely spoke the turn before; CALLS_BACK); a family word
  or a bare honorific calls the elder of the scene it stands for ("Mama, mag ik …": the
  mother answers; family.elder_called);
- a turn that calls someone by a family word ("Nee vader.") is said by a child of the one called:
  someone the text shows calling a person so ("--Mama, mag ik …? vroeg Karel"), a child the
  narration gave the one called, or, in a story told by "ik", the narrator, whose parents the
  narration calls "Vader" and "moeder"; not by someone shown calling that person by another
  family word ("tante"); see kin_callers;
- a turn that calls someone without a name ("Ben je ziek, jongen?", "Ja, mevrouw.") is answered
  by someone of that gender;
- the one an inquit says a turn is spoken to ("zei Tom tegen Jo", "zeide Frits tot Dolf") answers
  it, as one called by name does (told_to);
- the people the narration names just before the exchange and between its turns are of it, and
  present ("… of zijn knecht Jan slaakte een kreet. --Wat is er? vroeg Fogg. --Ik heb iets
  vergeten."), where a voice the forward pass carried over from an earlier exchange is not.

An exchange is a run of paragraphs with speech, at most one paragraph of narration apart, inside
one scene. Turns whose speaker the text states are kept; the others get the speaker the search
found, with the sieve ``dialogue-addressee`` when they answer a turn that called them by name and
``dialogue-alternation`` otherwise; a pronoun inquit given to another person of its gender gets
``dialogue-participant``.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import Callable

import regex

from ..analysis import DocumentAnalysis
from ..model import Quote
from ..resolve import Resolver
from ..resolve.names import _CONVERSE
from .address import addressed_gender, kin_vocatives, same, title_vocatives, vocatives
from .backstory import in_backstory
from .family import elder_called, named_in_narration, title_called
from .exits import comings_and_goings
from .grammar import plural_verb
from .inquit import Fullest, full_name, gender_of, pronoun_gender

#: sieves that state a turn's speaker from the text itself: kept, and an anchor for the others
STATED = frozenset(("cue-after", "cue-in-clause", "preceding-cue", "colon", "colon-subject", "bracket",
                    "own-subject", "dialogue-described", "dialogue-self-named", "dialogue-narrator"))

#: sieves whose speaker this pass may change: the guesses of the turn-taking and carry-over passes
CHANGEABLE = frozenset((None, "continuation", "nearest-person", "interviewer", "interviewee",
                        "dialogue-alternation", "dialogue-addressee", "dialogue-question"))

#: sieves whose speaker is evidence, not a statement: a bonus for that person
HINTS = {"dialogue-beat": 3.0, "preceding": 2.0, "dialogue-question": 2.0}

#: the scores (log-odds, roughly) of the evidence listed in the module docstring
PRONOUN_PICK = 2.5          # the person a pronoun inquit was resolved to, among those of its gender
WRONG_GENDER = 6.0          # a pronoun inquit given to someone of the other gender
SELF_ADDRESS = 4.0          # a turn that calls its own speaker by name
SAME_AGAIN = 3.0            # the speaker of the turn right before speaks again in a new paragraph
SAME_AFTER_NARRATION = 1.0  # ... with a paragraph of narration between
NEW_VOICE = 1.2             # someone other than the last two speaks
ANSWERS = 2.0               # the person the turn before called by name answers
REPLIES = 2.0               # a reply ("Ja, Max") answers the turn of the one it calls by name
CALLS_BACK = 1.5            # a turn right after another calls its speaker by name, without "Ja,"
NO_ANSWER = 0.5             # someone else answers a turn that called a person by name
FORWARD_PICK = 0.3          # what the forward pass found (from the narration before the turn)
UNKNOWN_GENDER = 1.0        # a pronoun inquit given to someone of unknown gender
UNANCHORED = 0.6            # each turn given to someone no inquit, beat or address of the
                            # exchange puts in it (the forward pass only guessed them present)

OTHER_GENDER_ANSWERS = 2.0  # someone of the other gender answers a turn that called "jongen", "mevrouw"
KIN_CALLER = 1.5            # someone who elsewhere calls a person by the family word this turn calls by

NEARBY = 1.0                # for someone an inquit or address puts in the exchange within
NEAR = 4                    # this many turns of the turn

GONE = 5.0                  # a turn given to someone who has left the scene (exits.py)
CONTINUES = 6.0             # an inquit that says the speaker goes on ("ging hij voort") keeps the turn's speaker

#: verbs whose inquit says that the speaker of the turn before goes on: "ging hij voort",
#: "vervolgde zij", "ging Fogg door"
CONTINUING = frozenset(("vervolgen", "voortgaan", "doorgaan"))

#: a word of a turn's opening, with an apostrophe ("m'n"), and the end of a sentence
_OPENING_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)?")
_SENTENCE_END = regex.compile(r"[.?!]")

#: people one exchange is decided among at most (a crowd is cut to the most active)
MAX_PEOPLE = 12

#: paragraphs of narration an exchange may have between two turns
MAX_GAP = 1

NEG = float("-inf")


@dataclass(slots=True)
class _Turn:
    paragraph: int
    members: list[int]                 # indices into the quotes: the speech of this paragraph
    scene: int
    current: str | None                # the speaker the earlier passes gave
    stated: str | None = None          # the speaker an inquit names
    gender: str | None = None          # the gender a pronoun inquit gives
    hint: tuple[str, float] | None = None
    called: list[str] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)   # called after "Ja,", "Beste": the one answered
    calls_first: str | None = None     # the first name its opening quotation calls (CALLS_BACK)
    group: bool = False                # the stated speaker is a group ("de meisjes")
    mixed: bool = False                # more than one person is named speaking in the paragraph
    goes_on: bool = False              # its inquit says the speaker of the turn before goes on
    gone: set[str] = field(default_factory=set)   # who leaves in the narration before it (exits.py)
    named: set[str] = field(default_factory=set)  # whom that narration names, after any leaving
    picked: bool = True                # the person a pronoun inquit was resolved to is of its scene
    kin: set[tuple[str, str]] = field(default_factory=set)  # (relation, gender) of the family words it calls
    callers: list[str] = field(default_factory=list)        # who calls someone so elsewhere (KIN_CALLER)
    elders: list[tuple[tuple[str, str], str]] = field(default_factory=list)  # (relation, gender), whom it calls so
    not_kin: list[str] = field(default_factory=list)        # who calls that elder by another family word
    children: list[str] = field(default_factory=list)       # the narration's children of the elder it calls
    calls_gender: str | None = None    # the gender of the one it calls without a name ("…, jongen?")
    told: list[str] = field(default_factory=list)  # whom its inquit says it is spoken to ("zei hij tegen Jo")


def decide_exchanges(an: DocumentAnalysis, out: list[Quote], speech: list[int],
                     scene_of: Callable[[int], int], resolver: Resolver, narrator: str | None = None) -> None:
    """Re-decide the speakers of every exchange of the text (see the module docstring), in place.
    ``narrator``: the name of a first-person narrator who talks, if the story has one."""
    turns = _turns(an, out, speech, scene_of, resolver)
    kin_callers(turns, _narrator_kin(an, narrator) if narrator else {})
    chains: list[list[_Turn]] = []
    chain: list[_Turn] = []
    for t in turns:
        if chain and (t.mixed or t.paragraph > chain[-1].paragraph + 1 + MAX_GAP or t.scene != chain[-1].scene):
            chains.append(chain)
            chain = []
        if not t.mixed:
            chain.append(t)
    if chain:
        chains.append(chain)
    aliases = call_names(chains, _known_names(resolver, turns))
    if aliases:
        for t in turns:
            t.called = [aliases.get(v, v) for v in t.called]
            t.calls_first = aliases.get(t.calls_first, t.calls_first) if t.calls_first else None
            if t.current in aliases:
                t.current = aliases[t.current]
    for t in turns:
        # (after the pet names: whom an inquit names as spoken to is a person of the narration,
        # no pet name of someone talking)
        t.called += [v for v in t.told if not any(same(v, c) for c in t.called)]
    for chain in chains:
        _decide(chain, out, resolver)
    if aliases:
        for i in speech:
            q = out[i]
            if q.speaker in aliases and q.sieve in CHANGEABLE:
                out[i] = replace(q, speaker=aliases[q.speaker], speaker_kind="person")


def call_names(chains: list[list[_Turn]], known: frozenset[str]) -> dict[str, str]:
    """Names that only the characters use, each with the person it calls: {'Dolly': 'Adolphine
    de Kempenaer'}.

    People in a conversation call each other by pet names that are no part of anyone's full name
    and that no inquit gives as a speaker. Such a name, in the vocative, addresses the other person of the talk: the one who answers it ("…, Dolly."
    followed by a turn whose inquit names the freule), or the one it answers (a turn by Clara,
    answering the freule's, that ends "…, Dolly."). A name called in a turn of its own speaker is not theirs;
    a name is kept only when one person has more of this evidence than any other."""
    votes: dict[str, dict[str, int]] = {}
    against: set[tuple[str, str]] = set()
    for chain in chains:
        for j, t in enumerate(chain):
            for v in t.called:
                if t.stated is not None:
                    against.add((v, t.stated))
                if " " in v or v in known:
                    continue
                for k in (j - 1, j + 1):
                    if 0 <= k < len(chain) and chain[k].stated is not None and not chain[k].group \
                            and chain[k].paragraph in (t.paragraph - 1, t.paragraph + 1) \
                            and not same(v, chain[k].stated):
                        box = votes.setdefault(v, {})
                        box[chain[k].stated] = box.get(chain[k].stated, 0) + 1
    out: dict[str, str] = {}
    for v, box in votes.items():
        ranked = sorted(((n, p) for p, n in box.items() if (v, p) not in against), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            out[v] = ranked[0][1]
    return out


def _known_names(resolver: Resolver, turns: list[_Turn]) -> frozenset[str]:
    """The words of the names the text gives people of its own: a name of two words or more
    ("Sophie van Hoven"), one that speaks in an inquit ("zei Fie"), or one the narration ties
    to a relative ("zijn zoon Wout")."""
    known = {w for t in turns if t.stated for w in t.stated.split()}
    for e in resolver.entities:
        words = e.name.split()
        if len(words) > 1 or e.spoke or e.kin:  # (kin: "zijn zoon Wout" is someone of their own)
            known.update(words)
    return frozenset(known)


def _turns(an: DocumentAnalysis, out: list[Quote], speech: list[int], scene_of: Callable[[int], int],
           resolver: Resolver) -> list[_Turn]:
    """The paragraphs with speech, each as one turn, with what the text says of its speaker."""
    by_para: dict[int, list[int]] = {}
    for i in speech:
        by_para.setdefault(out[i].paragraph, []).append(i)
    fullest = Fullest(out, speech)
    turns = []
    last_end = 0
    ranges = an.qranges
    starts = [a for a, _ in ranges]

    def spoken(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and ranges[k][0] <= pos < ranges[k][1]

    for para, members in sorted(by_para.items()):
        first = out[members[0]]
        t = _Turn(para, members, scene_of(first.start), first.speaker)
        if first.start > last_end:
            t.gone, t.named = comings_and_goings(an, resolver, max(last_end, t.scene), first.start)
        last_end = max(out[i].end for i in members)
        named: list[str] = []
        t.goes_on = any(_goes_on(out[i].cue, an.lang) for i in members)
        for i in members:
            q = out[i]
            if q.sieve in STATED and q.speaker:
                want = pronoun_gender(q.speaker_mention or "", an.lang) \
                    if q.cue is not None else None
                if want is None:
                    t.group = t.group or _plural_verb(q.cue)
                    if not any(same(q.speaker, n) for n in named):
                        named.append(q.speaker)
                elif t.gender is None:
                    # a pronoun points back into its own scene: one named only before the scene
                    # began ("* * *") is no pick, whoever the resolver reached back to
                    t.gender, t.current = want, q.speaker
                    t.picked = _in_scene(an, resolver, q.speaker, t.scene, q.start)
            elif q.sieve == "dialogue-participant" and q.speaker and t.gender is None:
                t.gender, t.current = gender_of(resolver, q.speaker), q.speaker
            elif q.sieve in HINTS and q.speaker and t.hint is None:
                t.hint = (q.speaker, HINTS[q.sieve])
        if len(named) > 1:
            t.mixed = True  # two people speak in one paragraph: no turn of its own
        elif named:
            t.stated = t.current = named[0]
            t.gender = t.hint = None
        elif t.gender is None and t.hint is not None:
            t.current = t.hint[0]
        t.called = [full_name(v, fullest, resolver, first.start)
                    for i in members for v in vocatives(out[i].text, an.lower_words, an.lang, resolver.called)]
        opening = vocatives(first.text, an.lower_words, an.lang, resolver.called)
        t.calls_first = full_name(opening[0], fullest, resolver, first.start) if opening else None
        for i in members:
            told = told_to(an, out[i], resolver)  # "zei hij tegen Jo": Jo is spoken to
            if told is not None:
                t.told.append(full_name(told, fullest, resolver, first.start))
        for i in members:
            for kin in kin_vocatives(out[i].text, an.lang):
                elder = elder_called(kin, first.start, t.scene, resolver, an.lang, spoken)
                if elder is not None and not any(same(elder, v) for v in t.called):
                    t.called.append(elder)  # "Mama, mag ik …" calls the mother of the house
                key = an.lang.kin_relations.get(kin)  # (None for an honorific: "Mevrouw, …")
                if key is None:
                    continue
                t.kin.add(key)
                if elder is None:
                    continue
                t.elders.append((key, elder))
                ent = resolver.entity_for_name(elder, first.start)
                if ent is not None:
                    # "Tom … zijn zoon Wout. — Nee, papa.": the children the narration gave the one called
                    young = _CONVERSE.get(key[0])
                    t.children += [e.name for r, e in ent.kin if r == young and e.kind == "person"]
        for i in members:
            for title in title_vocatives(out[i].text, an.lang):
                called = title_called(title, first.start, t.scene, resolver, spoken)
                if called is not None and not any(same(called, v) for v in t.called):
                    t.called.append(called)  # "Ja meester.": the teacher of the scene
        if not t.called:  # (a name called is the better evidence: "Hij gaat weg, mam. Toch, Joost?")
            t.calls_gender = addressed_gender(out[members[-1]].text, an.lang)
        answered = replied_to(first.text, an.lang, vocatives(first.text, an.lower_words, an.lang, resolver.called))
        if answered is not None:
            t.replies = [full_name(answered, fullest, resolver, first.start)]
        turns.append(t)
    return turns


#: the one an inquit says the turn is spoken to: "zei Jo tegen Sanne", "vroeg zij aan Frits",
#: "zeide hij tot Betsy" (a name with a capital, up to three words, after the preposition)
_TOLD_TO = regex.compile(r"\s*(?:tegen|tot|aan)\s+(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:van|de|der|den|ten|ter|\p{Lu}[\p{L}'’-]+)){0,3})")


def told_to(an: DocumentAnalysis, q: Quote, resolver: Resolver) -> str | None:
    """The person an inquit names as the one the turn is spoken to ("— Hij heet Bolle, zei hij
    tegen Jo.", "vroeg Tine aan Max"), by the name of the person the resolver holds; None
    without one. A person spoken to answers (ANSWERS), as one called by name does."""
    if q.cue is None or q.sieve not in STATED:
        return None
    end = max(q.cue_end or 0, q.speaker_end or 0)
    if end <= 0:
        return None
    m = _TOLD_TO.match(an.text, end, min(len(an.text), end + 80))
    if m is None:
        return None
    name = m.group("name")
    while name.split()[-1] in ("van", "de", "der", "den", "ten", "ter"):
        name = name.rsplit(" ", 1)[0]
    ent = resolver.entity_for_name(name, m.start("name"))
    if ent is None or ent.kind != "person" or (q.speaker and same(ent.name, q.speaker)):
        return None
    return ent.name


def _narrator_kin(an: DocumentAnalysis, narrator: str) -> dict[tuple[str, str], list[str]]:
    """"Vader legde zijn lepel neer. … — Nee vader.": in a story told by "ik", the parent the
    narration calls by a bare family word ("Vader", "zei moeder") is the narrator's own, so the
    narrator calls them so."""
    out: dict[tuple[str, str], list[str]] = {}
    for word in sorted(an.lang.kinship):
        found = an.lang.kin_relations.get(word)
        if found is not None and found[0] == "parent" and named_in_narration(an, word):
            out[found] = [narrator]
    return out


def kin_callers(turns: list[_Turn], known: dict[tuple[str, str], list[str]] | None = None) -> None:
    """"--Mama, mag ik …? vroeg Freddy." … "--Niemand, mama.": who calls someone by a family
    word is that person's child (or niece, grandchild), and stays so through the book. The people
    whose inquit shows them calling by a family word of a relation and gender ("mama", "mam",
    "moeder": a mother) are the likely speakers of the other turns that call by one of them
    (``_Turn.callers``, KIN_CALLER); ``known`` adds callers the narration shows."""
    found: dict[tuple[str, str], list[str]] = {k: list(v) for k, v in (known or {}).items()}
    for t in turns:
        if t.stated is None or t.group or t.mixed:
            continue
        for key in t.kin:
            names = found.setdefault(key, [])
            if not any(same(n, t.stated) for n in names):
                names.append(t.stated)
    # "--Ik ga wel mee, tante, zeide Anna.": the niece does not call her aunt "mama"
    shown = [(t.stated, key, elder) for t in turns if t.stated is not None and not t.group and not t.mixed
             for key, elder in t.elders]
    for t in turns:
        if t.stated is None:
            t.callers = [n for key in t.kin for n in found.get(key, ())] + t.children
            t.not_kin = [who for key, elder in t.elders for who, k, e in shown
                         if k[0] != key[0] and same(e, elder) and not any(same(who, c) for c in t.callers)]


def _in_scene(an: DocumentAnalysis, resolver: Resolver, name: str | None, scene: int, pos: int) -> bool:
    """Is the person ``name`` named (or pointed to) between the start of the scene and ``pos``,
    outside backstory ("Lotte had er ooit een sticker op geplakt" does not bring Lotte in)?"""
    if not name:
        return False
    ent = resolver.entity_for_name(name, pos)
    if ent is None:
        return True  # (a description or a name the resolver does not hold: left as it is)
    k = bisect.bisect_left(ent.positions, scene)  # (positions are kept in text order)
    while k < len(ent.positions) and ent.positions[k] < pos:
        if not in_backstory(an, ent.positions[k]):
            return True
        k += 1
    return False


def _people(chain: list[_Turn]) -> list[str]:
    """The people of an exchange, one name per person (the fullest the exchange gives): whom its
    inquits name, by name, pronoun or beat; whom its turns call; whom the earlier passes gave
    turns to; whom the narration names before its first turn and between its turns."""
    names: list[str] = []

    def add(name: str | None) -> None:
        if not name:
            return
        for k, n in enumerate(names):
            if same(n, name):
                if len(name) > len(n) and n.split()[0][:1].isupper() == name.split()[0][:1].isupper():
                    names[k] = name
                return
        names.append(name)

    for t in chain:
        add(t.stated)
        add(t.current)
        for v in t.called:
            add(v)
    for t in chain:
        for n in sorted(t.named):  # named by the narration before and between its turns: present
            add(n)
    if len(names) > MAX_PEOPLE:
        # a crowd: the people the text shows speaking or called most often, so that the search
        # stays linear in the length of the exchange (it weighs every pair of people per turn)
        weight = {n: 0 for n in names}
        for t in chain:
            for n in names:
                weight[n] += 3 * same(n, t.stated) + same(n, t.current) + sum(same(n, v) for v in t.called)
        keep = set(sorted(names, key=lambda n: -weight[n])[:MAX_PEOPLE])
        names = [n for n in names if n in keep]
    return names


def _may_speak(name: str, chain: list[_Turn], resolver: Resolver, pos: int) -> bool:
    """Is ``name`` someone who may take a turn of the exchange: an inquit names them speaking, a
    turn calls them, or the resolver holds them for a person. A capitalised word that an earlier
    pass reached for only because no person fitted a pronoun ("de Indiaan", a river, a station)
    is no one of the talk."""
    if any(same(t.stated, name) for t in chain) or any(same(v, name) for t in chain for v in t.called):
        return True
    return not resolver.holds_no_person(name, pos)


def _index(people: list[str], name: str | None) -> int | None:
    if not name:
        return None
    for k, n in enumerate(people):
        if same(n, name):
            return k
    return None


def _anchors(t: _Turn, people: list[str]) -> set[int]:
    """The people a turn shows present: named by its inquit (by name, pronoun or beat) or called."""
    found = {_index(people, v) for v in t.called}
    if t.stated is not None or (t.gender is not None and t.picked) or t.hint is not None:
        found.add(_index(people, t.current))
    found.discard(None)
    return found  # type: ignore[return-value]


def _decide(chain: list[_Turn], out: list[Quote], resolver: Resolver) -> None:
    """Give the guessed turns of one exchange the speakers of its best assignment: its people,
    what each turn says of them, and how turns pass between them (the module docstring)."""
    if len(chain) < 2 or all(t.stated for t in chain):
        return
    end = out[chain[-1].members[-1]].start
    people = [p for p in _people(chain) if _may_speak(p, chain, resolver, end)]
    if len(people) < 2:
        return
    genders = [gender_of(resolver, p) for p in people]
    anchors = [_anchors(t, people) for t in chain]
    groups = {_index(people, t.stated) for t in chain if t.group}
    groups -= {k for t, a in zip(chain, anchors) if not t.group for k in a}
    # a turn whose inquit names its speaker has that speaker; any other turn may go to anyone of
    # the exchange but a group that only speaks together ("zeiden de meisjes")
    anyone = [k for k in range(len(people)) if k not in groups]
    if not anyone or any(t.stated is not None and _index(people, t.stated) is None for t in chain):
        return  # (a crowd of more named speakers than the search weighs: left as the forward pass had it)
    cands = [[_index(people, t.stated)] if t.stated is not None else anyone for t in chain]
    present = set().union(*anchors) | {k for t in chain for k in (_index(people, n) for n in t.named) if k is not None}
    emit = [{c: _emission(chain[j], people[c], genders[c], c in present) for c in cands[j]} for j in range(len(chain))]
    for j, away in enumerate(_absent(chain, people, anchors)):
        for c in away:
            if c in emit[j]:
                emit[j][c] -= GONE
    called = [{k for k in (_index(people, v) for v in t.called) if k is not None} for t in chain]
    replies = [{k for k in (_index(people, v) for v in t.replies) if k is not None} for t in chain]
    # "--Dat zeg je altijd, Jacob.": a turn in the very next paragraph that calls someone by name
    # in its opening quotation most often answers that person (not after narration, which lets the
    # floor move); only someone an inquit shows speaking ("Hm!", "Weggereden?" are called like
    # names, and a pet name no inquit gives is no one the search can tell apart)
    speakers = {_index(people, t.stated) for t in chain if t.stated is not None and not t.group}
    speakers |= {k for k, p in enumerate(people) if _spoke(resolver, p, end)}
    recalls = [{k for k in (_index(people, t.calls_first),) if k is not None and k in speakers}
               if j > 0 and t.calls_first and not t.replies and t.paragraph == chain[j - 1].paragraph + 1 else set()
               for j, t in enumerate(chain)]

    def trans(j: int, c: int) -> tuple[float, float, float]:
        """The score of moving to ``c`` at turn ``j`` after a turn of ``c`` (b == c), after two
        others (a third voice), and else; worked out once per turn and speaker, not per state."""
        gap = chain[j].paragraph - chain[j - 1].paragraph

        def answer(s: float) -> float:
            if called[j - 1]:
                s += ANSWERS if c in called[j - 1] else -NO_ANSWER
            want = chain[j - 1].calls_gender
            if want is not None and genders[c] is not None and genders[c] != want:
                s -= OTHER_GENDER_ANSWERS
            return s

        again = CONTINUES if chain[j].goes_on else -(SAME_AGAIN if gap == 1 else SAME_AFTER_NARRATION)
        return answer(again), answer(0.0 - NEW_VOICE), answer(0.0)

    path = _best_path(cands, emit, trans, replies, recalls)
    kinds = {out[i].speaker: out[i].speaker_kind for t in chain for i in t.members}
    for j, (t, k) in enumerate(zip(chain, path)):
        changed = _give(t, people[k], kinds.get(people[k]) or "person", out)
        if j > 0 and k in called[j - 1] and (changed or (t.stated is None and t.gender is None and t.hint is None)):
            _mark(t, out, "dialogue-addressee")  # (also where the forward pass had guessed the same person)


def _spoke(resolver: Resolver, name: str, pos: int) -> bool:
    """Is ``name`` a person an inquit of the text names speaking (the resolver's ``spoke``)?"""
    ent = resolver.entity_for_name(name, pos)
    return ent is not None and ent.kind == "person" and ent.spoke


def _absent(chain: list[_Turn], people: list[str], anchors: list[set[int]]) -> list[set[int]]:
    """For each turn, the people of the exchange who have left the scene before it ("Paul was al
    op de trap") and not come back: named again by the narration, or shown by a turn's inquit."""
    out = []
    away: set[int] = set()
    for t, found in zip(chain, anchors):
        back = {_index(people, n) for n in t.named}
        away = (away - back) | {k for k in (_index(people, n) for n in t.gone) if k is not None}
        if t.stated is not None or t.gender is not None or t.hint is not None:
            away -= {_index(people, t.current)}
        out.append(set(away))
    return out


def _best_path(cands: list[list[int]], emit: list[dict[int, float]],
               trans: Callable[[int, int], tuple[float, float, float]],
               replies: list[set[int]] | None = None, recalls: list[set[int]] | None = None) -> list[int]:
    """The best speaker for each turn, by a second-order Viterbi search. ``cands[j]`` are the
    people turn ``j`` may go to, ``emit[j][c]`` what the turn itself says for ``c``, and
    ``trans(j, c)`` the scores of moving to ``c`` after ``c`` itself, after two others, and else;
    ``replies[j]`` the person turn ``j`` answers by name, likely the speaker of the turn before
    (REPLIES); ``recalls[j]`` the person turn ``j`` calls by name without an answer particle,
    when it follows turn ``j - 1`` in the next paragraph (CALLS_BACK, a weaker bonus)."""
    # score[(b, c)]: the best score of the turns so far with the last two spoken by b and c (b is
    # None before the second turn); back[j][(b, c)] is the a before them
    score: dict[tuple[int | None, int], float] = {(None, c): emit[0][c] for c in cands[0]}
    back: list[dict[tuple[int, int], int | None]] = []
    for j in range(1, len(cands)):
        new: dict[tuple[int, int], float] = {}
        ptr: dict[tuple[int, int], int | None] = {}
        moves = [(c, trans(j, c), emit[j][c]) for c in cands[j]]
        replying = replies[j] if replies else ()
        recalling = recalls[j] if recalls else ()
        for (a, b), s in score.items():
            if b in replying:
                s += REPLIES  # turn j calls by name the one who spoke turn j - 1
            elif b in recalling:
                s += CALLS_BACK  # turn j, right after turn j - 1, calls its speaker by name
            for c, (again, new_voice, other), e in moves:
                v = s + (again if c == b else new_voice if a is not None and c != a else other) + e
                if v > new.get((b, c), NEG):  # type: ignore[arg-type]
                    new[(b, c)] = v  # type: ignore[index]
                    ptr[(b, c)] = a  # type: ignore[index]
        back.append(ptr)
        score = new  # type: ignore[assignment]
    (b, c) = max(score, key=score.get)  # type: ignore[arg-type]
    path = [c]
    for j in range(len(cands) - 1, 0, -1):
        a = back[j - 1][(b, c)]  # type: ignore[index]
        path.append(b)  # type: ignore[arg-type]
        b, c = a, b  # type: ignore[assignment]
    path.reverse()
    return path


def replied_to(text: str, lang, names: list[str]) -> str | None:
    """The name a reply calls after its opening answer particles or endearments: "Ja, Max, …",
    "Beste Max, …", "Och lieve Tine!" → the name; None when the turn opens otherwise ("Tine,
    wat eten we?" calls Tine without answering her)."""
    if not names:
        return None
    at = text.find(names[0])
    if at <= 0:
        return None
    words = _OPENING_WORD.findall(text, 0, at)
    if words and all(w.lower() in lang.reply_openers for w in words) and not _SENTENCE_END.search(text, 0, at):
        return names[0]
    return None


def _goes_on(cue: str | None, lang) -> bool:
    """Does the inquit say that the speaker goes on ("ging hij voort", "vervolgde Fogg")?"""
    if not cue:
        return False
    words = cue.lower().split()
    return any(v.lemma in CONTINUING and (not v.particle or v.particle in words)
               for w in words for v in lang.cue_forms.get(w, ()))


def _plural_verb(cue: str | None) -> bool:
    """"zeiden de meisjes", "riepen zij": a plural speech verb has several speakers."""
    return bool(cue) and plural_verb(cue.split()[0])  # type: ignore[union-attr]


def _emission(t: _Turn, person: str, gender: str | None, anchored: bool) -> float:
    s = 0.0 if anchored else -UNANCHORED
    if t.gender is not None:
        if gender is None:
            s -= UNKNOWN_GENDER
        elif gender != t.gender:
            s -= WRONG_GENDER
        if gender in (None, t.gender) and t.picked and same(person, t.current):
            s += PRONOUN_PICK
    if t.hint is not None and same(person, t.hint[0]):
        s += t.hint[1]
    if any(same(person, v) for v in t.called):
        s -= SELF_ADDRESS
    if any(same(person, c) for c in t.callers):
        s += KIN_CALLER
    elif any(same(person, c) for c in t.not_kin):
        s -= KIN_CALLER
    if t.stated is None and t.hint is None and t.gender is None and same(person, t.current):
        s += FORWARD_PICK
    return s


def _give(t: _Turn, name: str, kind: str, out: list[Quote]) -> bool:
    """Give the turn to ``name`` where the earlier passes only guessed; whether it changed."""
    if t.stated is not None or same(name, t.current):
        return False
    sieve = "dialogue-participant" if t.gender is not None else "dialogue-alternation"
    for i in t.members:
        q = out[i]
        pronoun = q.sieve == "dialogue-participant" or (q.sieve in STATED and q.cue is not None)
        follows = q.sieve == "group" or (t.gender is not None and pronoun)  # a piece of the same quotation
        if not (q.sieve in CHANGEABLE or (follows and same(q.speaker, t.current))):
            continue
        out[i] = replace(q, speaker=name, speaker_mention=q.speaker_mention if t.gender else None,
                         speaker_start=q.speaker_start if t.gender else None,
                         speaker_end=q.speaker_end if t.gender else None,
                         speaker_kind=kind, sieve=sieve, confidence=0.5)
    t.current = name
    return True


def _mark(t: _Turn, out: list[Quote], sieve: str) -> None:
    """Name the evidence for a guessed turn's speaker: the sieve of its guessed members."""
    for i in t.members:
        if out[i].sieve in _GUESSES:
            out[i] = replace(out[i], sieve=sieve)


#: the sieves of a turn whose speaker the turn-taking passes only guessed
_GUESSES = frozenset(("dialogue-alternation", "continuation", "nearest-person"))
