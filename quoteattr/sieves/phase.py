"""The phase of an exchange: which of two people speaks the odd turns and which the even ones.

The turn-taking pass (dialogue.py) walks forward and gives each unattributed turn to the other
person of the last two. One wrong guess at the start of an exchange (who opens it) then puts
every later turn on the wrong person. A novel leaves evidence further on that settles it:

- back-to-back turns in consecutive paragraphs are by different people (a new paragraph is a new
  speaker in dialogue);
- a turn never addresses its own speaker by name ("Maar wij wáren er, Bertje": not Bertje);
- the person a turn addresses by name answers it.

For every run of turns that the forward pass gave by turn-taking alone, between two turns whose
speaker the text states (an inquit, an action beat) or the ends of the exchange, this pass
scores the assignment it found and the two strict alternations of the run's two people against
that evidence, and keeps the one that breaks the fewest; a tie keeps what the forward pass found.
A turn it gives to the other person gets the sieve ``dialogue-alternation``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping

from ..analysis import DocumentAnalysis
from ..model import Quote
from .address import same, vocatives
from .carry import words_start

#: sieves whose turn this pass may give to the other person: the turn-taking guesses and the
#: carry-overs that the turn-taking pass left in place
CHANGEABLE = frozenset((None, "continuation", "nearest-person", "interviewer", "interviewee",
                        "dialogue-alternation", "dialogue-addressee"))

#: what each kind of evidence costs when an assignment breaks it
SAME_TWICE = 1       # two consecutive turns by one person
SELF_ADDRESSED = 2   # a turn that calls its own speaker by name
NO_ANSWER = 1        # the person addressed does not speak the next turn


@dataclass(slots=True)
class _Turn:
    paragraph: int
    members: list[int]          # indices into the quotes: the speech of this paragraph
    speaker: str | None
    fixed: bool                 # the text states the speaker (not a turn-taking guess)
    called: list[str]           # names the turn addresses
    scene: int


def settle_phase(an: DocumentAnalysis, out: list[Quote], speech: list[int], scene_of,
                 nicknames: Mapping[str, str] | None = None) -> None:
    """Re-decide the runs of guessed turns of each exchange (see the module docstring), in place.
    ``scene_of(pos)`` gives the scene a position belongs to."""
    turns = _turns(an, out, speech, scene_of, nicknames)
    chain: list[_Turn] = []
    for t in turns:
        if chain and (t.paragraph != chain[-1].paragraph + 1 or t.scene != chain[-1].scene):
            _settle_chain(chain, out)
            chain = []
        chain.append(t)
    if chain:
        _settle_chain(chain, out)


def _turns(an: DocumentAnalysis, out: list[Quote], speech: list[int], scene_of,
           nicknames: Mapping[str, str] | None) -> list[_Turn]:
    """The paragraphs that open with a quotation, each as one turn."""
    by_para: dict[int, list[int]] = {}
    for i in speech:
        by_para.setdefault(out[i].paragraph, []).append(i)
    turns = []
    for para, members in sorted(by_para.items()):
        p = an.paras[para] if 0 <= para < len(an.paras) else None
        if p is None or p.index != para:
            continue
        first = out[members[0]]
        if first.start != words_start(an, p):
            continue  # narration opens the paragraph: not a bare turn
        stated = [i for i in members if out[i].sieve not in CHANGEABLE and out[i].sieve != "group"]
        speaker = out[stated[0]].speaker if stated else first.speaker
        called = [v for i in members for v in vocatives(out[i].text, an.lower_words, an.lang, nicknames)]
        turns.append(_Turn(para, members, speaker, bool(stated), called, scene_of(first.start)))
    return turns


def _settle_chain(chain: list[_Turn], out: list[Quote]) -> None:
    k = 0
    while k < len(chain):
        if chain[k].fixed:
            k += 1
            continue
        end = k
        while end < len(chain) and not chain[end].fixed:
            end += 1
        _settle_run(chain, k, end, out)
        k = end


def _settle_run(chain: list[_Turn], a: int, b: int, out: list[Quote]) -> None:
    """Turns chain[a:b] are guesses; chain[a-1] and chain[b] (when there) state their speaker."""
    run = chain[a:b]
    names: list[str] = []
    for t in run:
        if t.speaker and not any(same(t.speaker, n) for n in names):
            names.append(t.speaker)
    for t in (chain[a - 1] if a > 0 else None, chain[b] if b < len(chain) else None):
        if t is not None and t.speaker and len(names) < 2 and not any(same(t.speaker, n) for n in names):
            names.append(t.speaker)
    if len(names) != 2 or any(not t.speaker for t in run) or \
            any(not (same(t.speaker, names[0]) or same(t.speaker, names[1])) for t in run):
        return  # a third person, or a turn nobody was found for: no two-person exchange to settle
    lo, hi = max(0, a - 1), min(len(chain), b + 1)
    current = [t.speaker for t in run]
    options = [current,
               [names[(j) % 2] for j in range(len(run))],
               [names[(j + 1) % 2] for j in range(len(run))]]

    def cost(assign: list[str]) -> int:
        who = [t.speaker for t in chain[lo:a]] + assign + [t.speaker for t in chain[b:hi]]
        seg = chain[lo:hi]
        c = 0
        for j, t in enumerate(seg):
            if j + 1 < len(seg) and same(who[j], who[j + 1]):
                c += SAME_TWICE
            for v in t.called:
                if same(who[j], v):
                    c += SELF_ADDRESSED
                if j + 1 < len(seg) and not same(who[j + 1], v):
                    c += NO_ANSWER
        return c

    best = min(options, key=cost)  # (min keeps the first of equals: the forward pass's answer)
    if best is current:
        return
    kinds = {out[i].speaker: out[i].speaker_kind for t in chain[lo:hi] for i in t.members}
    for t, name in zip(run, best):
        if same(t.speaker, name):
            continue
        for i in t.members:
            q = out[i]
            if q.sieve in CHANGEABLE or q.sieve == "group":
                out[i] = replace(q, speaker=name, speaker_mention=None, speaker_start=None, speaker_end=None,
                                 speaker_kind=kinds.get(name) or "person", sieve="dialogue-alternation", confidence=0.5,
                                 cue=None, cue_start=None, cue_end=None)
        t.speaker = name
