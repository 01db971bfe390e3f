"""Interviews: question and answer turns, told apart by the structure of the whole article.

Three layouts of Dutch news interviews:

dash     "– Waarom stopt u?" / "– Omdat niemand de zaak wil." (paragraphs opened by a dash, which
         spans.py already makes quotations)
label    "De Croo: We moeten door." / "Van Dijk: Nee." (a speaker label and a colon open the
         paragraph, no quote marks)
qa       a lead naming the interviewee, then question paragraphs ending in "?" and answer
         paragraphs, no marks and no labels
told     quotation marks in running narration: the lead names whom the reporter talks with
         ("uit een gesprek met directeur X") and a quotation right after a question of the
         narration is that person's answer (lead_interviewee, answers_question: attribute.py)

Questions belong to the interviewer (no named speaker); answers to the interviewee: the label's
person, or the person the lead introduces, never a name mentioned inside a question. An article
counts as an interview only by its structure: an answer dash turn right after a question turn,
among turns that mostly stand alone (no inquit) and often ask; at least two label turns, one of
them an answer; or at least two question/answer pairs whose questions address someone ("u",
"je") and whose answers speak for themselves ("ik", "we"). One label, or a rhetorical question
closing a paragraph, never makes an interview.

Unmarked answers become direct quotations here, one per paragraph; the span is the paragraph
text after the label (final punctuation kept, as inside quote marks). Unmarked questions are not
reported. Sieves: ``interviewer`` (a dash question, 0.6), ``interviewee`` (a dash answer, 0.6),
``interview-label`` (a label answer, 0.85), ``interview-answer`` (an unmarked answer, 0.6).
Time is linear: one pass over the paragraphs and one name scan of the text.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..analysis import DocumentAnalysis
from ..lang import LanguageData, _lines, _unique
from ..model import Cue, Mention, Paragraph
from ..resolve import Entity, Resolver, name_tokens, resolve_mention
from ..spans import action_beat_verb

QUESTION, ANSWER = "question", "answer"
DASH, LABEL, QA = "dash", "label", "qa"

#: a label's colon and the space after it ("De Croo: …"); the label itself is a name (lang.name_regex)
_LABEL_COLON = regex.compile(r"[ \t]*+:[ \t]++(?=\S)")
_WORDS = regex.compile(r"[\p{L}\p{N}]++(?:['’][\p{L}\p{N}]++)*+|['’][\p{L}]++")
_MAX_LABEL_WORDS = 5
#: group ids of multi-paragraph answers, below every id spans.py and the carry sieves hand out
_GROUP_BASE = -1


@lru_cache(maxsize=None)
def _person_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """(first-person words, second-person words) from ``lang/<code>/interview_pronouns.tsv``."""
    name = "interview_pronouns.tsv"
    first, second = set(), set()
    for no, (form, person) in _unique(code, name, _lines(code, name, 2)):
        if person not in ("1", "2"):
            from ..errors import LanguageDataError
            raise LanguageDataError(f"{code}/{name}:{no}: person must be 1 or 2, got {person!r}")
        (first if person == "1" else second).add(form.lower())
    return frozenset(first), frozenset(second)


@dataclass(frozen=True, slots=True)
class Turn:
    """One interview turn: its text span (after dash or label), role and layout."""

    start: int
    end: int
    paragraph: int
    role: str                               # question | answer
    style: str                              # dash | label | qa
    label: tuple[int, int] | None = None    # offsets of the speaker label ("De Croo")
    colon: tuple[int, int] | None = None    # offsets of the label's colon
    group: int | None = None                # one answer over several paragraphs


@dataclass(slots=True)
class Interview:
    """The turns of one interview article, and who answers."""

    turns: list[Turn]
    body_start: int                         # the first turn: everything before it is the lead
    _starts: list[int] = field(default_factory=list)
    _interviewee: Entity | None = None      # picked once the cast is known
    _picked: bool = False

    def __post_init__(self) -> None:
        self.turns.sort(key=lambda t: t.start)
        self._starts = [t.start for t in self.turns]

    def turn_at(self, start: int) -> Turn | None:
        """The turn whose text starts at ``start``."""
        i = bisect.bisect_left(self._starts, start)
        return self.turns[i] if i < len(self._starts) and self._starts[i] == start else None

    def unmarked(self) -> list[Turn]:
        """Answers without quote marks (label and qa layouts): new direct quotations."""
        return [t for t in self.turns if t.style != DASH and t.role == ANSWER]

    def inside_answer(self, start: int, end: int) -> bool:
        """Does ``start:end`` lie inside an unmarked answer (a quote or indirect speech nested
        in it, which the answer already covers)?"""
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0:
            return False
        t = self.turns[i]
        return t.style != DASH and t.role == ANSWER and t.start <= start and end <= t.end \
            and (t.start, t.end) != (start, end)

    def interviewee(self, resolver: Resolver) -> Entity | None:
        """The person the lead introduces: a full name first, then the most mentioned, then the
        first; names inside questions are never candidates (they are not in the lead)."""
        if not self._picked:
            self._picked = True
            seen: dict[int, tuple[Entity, int, int]] = {}
            for pos, ent in resolver.between(0, self.body_start):
                if not ent.person or ent.kind == "organisation":
                    continue
                _, n, first = seen.get(id(ent), (ent, 0, pos))
                seen[id(ent)] = (ent, n + 1, first)
            if seen:
                ent, _, _ = max(seen.values(), key=lambda v: (len(name_tokens(v[0].name)) > 1, v[1], -v[2]))
                self._interviewee = ent
        return self._interviewee

    def speaker(self, an: DocumentAnalysis, resolver: Resolver, turn: Turn, last):
        """(speaker, mention, speaker_kind, role, cue, confidence, sieve) for a turn; None when
        the interview cannot tell (a dash answer with no interviewee in the lead)."""
        if turn.role == QUESTION:
            return None, None, None, None, None, 0.6, "interviewer"
        if turn.label is not None:
            s, e = turn.label
            head = _label_head(an.text[s:e], an.lang)
            mention = Mention(s, e, an.text[s:e], kind="name", head=head)
            speaker, skind, role = resolve_mention(an, resolver, mention, last, label=True)
            cue = Cue(turn.colon[0], turn.colon[1], ":", "colon") if turn.colon else None
            if speaker is not None:
                return speaker, mention, skind, role, cue, 0.85, "interview-label"
        ent = self.interviewee(resolver)
        sieve = "interviewee" if turn.style == DASH else "interview-answer"
        if ent is None:
            return None if turn.style == DASH else (None, None, None, None, None, 0.3, sieve)
        return ent.name, None, ent.kind, (ent.roles[0] if ent.roles else None), None, 0.6, sieve


def find_interview(an: DocumentAnalysis) -> Interview | None:
    """The interview turns of ``an``, or None for an article that is no interview."""
    paras = an.paras
    if len(paras) < 3:
        return None
    lang = an.lang
    text = an.text
    first_p, second_p = _person_words(lang.code)
    dash_turns, dash_paras = _dash_turns(an)
    taken = {t.paragraph for t in dash_turns}
    labels = _label_turns(an, taken)
    taken |= {t.paragraph for t in labels}
    ranges = an.qranges  # (open mark, end of close mark) of every quotation, in text order
    qstart = [r[0] for r in ranges]

    def _quoted(p: Paragraph) -> list[tuple[int, int]]:
        i = bisect.bisect_left(qstart, p.start)
        out = []
        while i < len(ranges) and ranges[i][0] < p.end:
            out.append(ranges[i])
            i += 1
        return out

    def quoted_at(p: Paragraph) -> bool:
        """Is most of the paragraph inside quote marks (a quoted answer, or narrative around a
        quotation)? Then the normal sieves read it."""
        inside = sum(min(e, p.end) - s for s, e in _quoted(p))
        return inside * 2 > p.end - p.start

    def words(p: Paragraph) -> set[str]:
        """The paragraph's words outside quote marks, lower case, ’ read as '."""
        out: set[str] = set()
        pos = p.start
        for s, e in _quoted(p) + [(p.end, p.end)]:
            out.update(w.lower().replace("’", "'") for w in _WORDS.findall(text, pos, max(pos, s)))
            pos = max(pos, e)
        return out

    turns: list[Turn] = []
    # dash: an answer turn right after a question turn, and turns that stand alone (a novel's
    # dialogue names its speakers in inquits and asks less: "– Kom je? riep Paul.")
    questions = sum(1 for t in dash_turns if t.role == QUESTION)
    if not _narrated(an, dash_paras) and any(a.role == QUESTION and b.role == ANSWER and b.paragraph == a.paragraph + 1
           for a, b in zip(dash_turns, dash_turns[1:])) \
            and len(dash_turns) * 4 >= dash_paras * 3 and questions * 4 >= len(dash_turns):
        turns.extend(dash_turns)
    # label: at least two label turns, one of them a person's answer
    if len(labels) >= 2 and any(t.role == ANSWER for t in labels):
        more = _continued_answers(an, labels, taken, quoted_at, words, first_p)
        turns.extend(labels)
        turns.extend(more)
    # qa: unmarked question paragraphs, each followed by an answer paragraph
    if not turns:
        turns = _qa_turns(an, taken, quoted_at, words, first_p, second_p)
    if not turns:
        return None
    return Interview(turns, body_start=min(t.start for t in turns))


#: past-tense inquits in dash turns that make them a story's dialogue, not an interview: at
#: least this many, and at least this share of the dash paragraphs
NARRATED_MIN = 2
NARRATED_SHARE = 0.1

_INQUIT_VERB = regex.compile(r"[ \t\n]*+(\p{Ll}++)")


def _narrated(an: DocumentAnalysis, dash_paras: int) -> bool:
    """Are the dash turns narrated, "--Kom je? vroeg zij." / "--Neen, zeide Frits, …"? A
    story tells its dialogue in the past tense; an interview has no inquits, or reports in the
    present ("– Waarom? vraagt X"). Only a past-tense speech verb right after a turn counts."""
    lang = an.lang
    text = an.text
    narrated = 0
    for q in an.qspans:
        if q.introducer != "-" or q.end >= an.paras[q.paragraph].end:
            continue
        m = _INQUIT_VERB.match(text, q.end + (text[q.end:q.end + 1] in ",;"))
        if m is None:
            continue
        verb = m.group(1)
        if verb in lang.verb_forms and action_beat_verb(verb, lang):
            narrated += 1
    return narrated >= NARRATED_MIN and narrated >= NARRATED_SHARE * dash_paras


def _dash_turns(an: DocumentAnalysis) -> tuple[list[Turn], int]:
    """Dash paragraphs that are whole turns (no narrator's cue cut them short), and the number
    of dash paragraphs."""
    out = []
    n = 0
    for q in an.qspans:
        if q.introducer != "-":
            continue
        n += 1
        para = an.paras[q.paragraph]
        if q.end != para.end:
            continue  # "– Naar de markt, antwoordt hij.": the narrator names the speaker
        role = QUESTION if _asks(an.text, q.start, q.end) else ANSWER
        out.append(Turn(q.start, q.end, q.paragraph, role, DASH))
    return out, n


def _label_turns(an: DocumentAnalysis, taken: set[int]) -> list[Turn]:
    """Paragraphs opened by "Label: …". A label whose turns all ask is the interviewer's (a
    person's single question is that person's turn); a label that names a person answers; any
    other label ("Foto: ANP", "Update: …") is no turn."""
    lang = an.lang
    text = an.text
    qstart = [q.open_pos for q in an.qspans]
    found: list[tuple[Paragraph, int, int, int, int, str]] = []
    for para in an.paras:
        if para.index in taken:
            continue
        m = lang.name_regex.match(text, para.start, para.end)
        if m is None or len(m.group().split()) > _MAX_LABEL_WORDS:
            continue
        c = _LABEL_COLON.match(text, m.end(), para.end)
        if c is None:
            continue
        body = c.end()
        i = bisect.bisect_left(qstart, body)
        if i < len(qstart) and qstart[i] == body:
            continue  # "Rutte: ‘…’": a quotation the colon sieve attributes
        if not _utterance(text, body, para.end):
            continue  # "Foto: ANP", "Bron: CBS": a credit, no utterance
        found.append((para, m.start(), m.end(), m.end() + c.group().index(":"), body, _label_key(m.group())))
    if len(found) < 2:
        return []
    turns_of: dict[str, int] = {}  # label → its number of turns
    asks_of: dict[str, int] = {}   # label → how many of them ask
    for para, *_, key in found:
        turns_of[key] = turns_of.get(key, 0) + 1
        asks_of[key] = asks_of.get(key, 0) + _asks(text, para.start, para.end)
    people = _people(an, {ls for _, ls, *_ in found})
    out = []
    person_label: dict[str, bool] = {}
    for para, ls, le, colon, body, key in found:
        person = person_label.get(key)
        if person is None:
            person = person_label[key] = _is_person_label(text[ls:le], people, lang)
        if asks_of[key] == turns_of[key] and (turns_of[key] > 1 or not person):
            role = QUESTION  # "Vraag:", "HUMO:", or a reporter who only asks
        elif person:
            role = ANSWER  # a person's answers may ask back: "Van Dijk: Waarom zou ik?"
        else:
            continue
        out.append(Turn(body, para.end, para.index, role, LABEL, (ls, le), (colon, colon + 1)))
    return out


def _continued_answers(an, labels: list[Turn], taken: set[int], quoted_at, words, first_p) -> list[Turn]:
    """Paragraphs without a label after a label answer, up to the next turn, that go on in the
    first person: the same answer (one group)."""
    text = an.text
    out: list[Turn] = []
    by_para = {t.paragraph: t for t in labels}
    group = _GROUP_BASE
    for i, t in enumerate(labels):
        if t.role != ANSWER:
            continue
        k = t.paragraph + 1
        extra = []
        while k < len(an.paras) and k not in taken and k not in by_para:
            p = an.paras[k]
            if quoted_at(p) or _asks(text, p.start, p.end) or not (words(p) & first_p):
                break
            extra.append(p)
            k += 1
        if extra:
            labels[i] = Turn(t.start, t.end, t.paragraph, t.role, t.style, t.label, t.colon, group)
            out.extend(Turn(p.start, p.end, p.index, ANSWER, LABEL, t.label, None, group) for p in extra)
            group -= 1
    return out


def _qa_turns(an, taken: set[int], quoted_at, words, first_p, second_p) -> list[Turn]:
    """Question paragraphs (ending in "?") each followed by answer paragraphs; an interview
    when at least two pairs, most questions addressing someone, most answers in the first
    person, and the pairs making up most of the stretch they span."""
    text = an.text
    paras = an.paras
    is_q = [False] * len(paras)
    for p in paras:
        if p.index not in taken and p.index > 0 and not quoted_at(p) and _asks(text, p.start, p.end):
            is_q[p.index] = True
    pairs: list[tuple[Paragraph, list[Paragraph]]] = []
    for p in paras:
        if not is_q[p.index]:
            continue
        answers = []
        k = p.index + 1
        while k < len(paras) and not is_q[k] and k not in taken:
            a = paras[k]
            first_person = bool(words(a) & first_p)
            if answers and not first_person:
                break  # the reporter takes over again
            if quoted_at(a):
                break  # a quoted answer, or narrative around a quotation: the normal sieves read it
            answers.append(a)
            k += 1
        if answers:
            pairs.append((p, answers))
    if len(pairs) < 2:
        return []
    addressed = sum(1 for q, _ in pairs if words(q) & second_p)
    speaking = sum(1 for _, ans in pairs if words(ans[0]) & first_p)
    if addressed * 2 < len(pairs) or speaking < 2 or speaking * 3 < len(pairs) * 2:
        return []  # rhetorical questions, or a questions-and-answers explainer by the newsroom
    first, last = pairs[0][0].index, pairs[-1][1][-1].index
    if sum(1 + len(ans) for _, ans in pairs) * 5 < (last - first + 1) * 3:
        return []  # questions scattered through a long text (a novel's inner monologue): no interview
    out: list[Turn] = []
    group = _GROUP_BASE
    for q, answers in pairs:
        out.append(Turn(q.start, q.end, q.index, QUESTION, QA))
        g = group if len(answers) > 1 else None
        out.extend(Turn(a.start, a.end, a.index, ANSWER, QA, group=g) for a in answers)
        if g is not None:
            group -= 1
    return out


def _utterance(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end like a sentence (punctuation, maybe a closing mark)?"""
    k = end
    while k > start and text[k - 1] in "\"'”’»)":
        k -= 1
    return k > start and text[k - 1] in ".!?…"


def _asks(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end in a question mark (maybe before a closing mark)?"""
    k = end
    while k > start and text[k - 1] in "\"'”’»)":
        k -= 1
    return k > start and text[k - 1] == "?"


def _label_key(label: str) -> str:
    return " ".join(label.lower().split())


def _label_head(label: str, lang: LanguageData) -> str:
    """'EGBERT LACHAERT' → 'Egbert Lachaert'; other labels stay as written."""
    if not label.isupper():
        return label
    return " ".join(w.capitalize() if w.lower() not in lang.particles else w.lower() for w in label.split())


def _people(an: DocumentAnalysis, labels: set[int]) -> frozenset[str]:
    """Last words (lower case) of the names of two or more words the text uses outside the
    labels: "croo" for "Alexander De Croo", to recognise the label "De Croo"."""
    out = set()
    for m in an.lang.name_regex.finditer(an.text):
        toks = m.group().split()
        if m.start() in labels:
            continue
        if len(toks) >= 2:
            out.add(toks[-1].lower())
    return frozenset(out)


def _is_person_label(label: str, people: frozenset[str], lang: LanguageData) -> bool:
    """A label names a person: a first name and more ("Karin van Dijk"), a surname the text
    gives in full elsewhere ("De Croo"), or a full name in capitals ("EGBERT LACHAERT")."""
    toks = label.split()
    first = toks[0]
    if len(toks) >= 2 and (first in lang.first_names or first.capitalize() in lang.first_names):
        return True
    if len(toks) >= 2 and label.isupper():
        return True
    return toks[-1].lower() in people


def answers_question(an: DocumentAnalysis, start: int) -> bool:
    """Does the quotation at ``start`` follow right after a sentence of narration that asks a
    question ("Hoe is dat om …?", "Is dat bespreekbaar?")?"""
    si = an.sentence_index(start)
    if si == 0:
        return False
    prev = an.sents[si - 1]
    text = an.text[prev.start:prev.end].rstrip()
    return text.endswith("?") and not an.text[prev.end:start].strip(" \n\"'“”„‘’«»,") \
        and not any(a < prev.end and b > prev.start for a, b in an.qranges)


#: where a lead names the person an article interviews: "blijkt uit een gesprek met directeur
#: Thijs Emondts", "in een interview met de Volkskrant-lezer …" (the name after up to three
#: lower-case words of function)
_INTERVIEWED = regex.compile(
    r"(?<![\p{L}])(?:gesprek|interview|vraaggesprek|dubbelinterview)\s+met\s+(?:(?:de|het)\s+)?"
    r"(?:[\p{Ll}-]+\s+){0,3}(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|de|der|den|ter|ten|te)\s+)*\p{Lu}[\p{L}'’-]+){0,3})")

#: how far into an article its lead may name the interviewee
LEAD_REACH = 800


def lead_interviewee(an: DocumentAnalysis, resolver: Resolver):
    """The person the lead of the article says it talks with, or None."""
    m = _INTERVIEWED.search(an.text, 0, min(len(an.text), LEAD_REACH))
    if m is None:
        return None
    return resolver.person_for_name(m.group("name"), m.end())
