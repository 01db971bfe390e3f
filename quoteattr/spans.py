"""Pass 1: quotation spans from quote marks, by glyph role and local pairing.

Every candidate mark gets a role from the characters around it (opener, closer, either, or
apostrophe); pairing then runs per paragraph on a stack, so one stray mark never shifts the
pairing of later quotes. Unclosed openers are recovered locally: a quote opened at a paragraph
start runs to the paragraph end (multi-paragraph quotes), any other unclosed opener is dropped.
Time is linear in the input: one regex scan, one stack pass per paragraph.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import regex

from .entities import is_common_word
from .lang import LanguageData
from .model import Paragraph, QuoteSpan

log = logging.getLogger(__name__)

#: candidate marks; doubled marks are one glyph: ,, (typewriter opener), '' and ’’ (typewriter
#: closer, straight or autocorrected), ‘‘ and `` (the typesetting opener of '')
_MARK = regex.compile(r",,|''|’’|‘‘|``|[“”„‘’‚\"'«»‹›]")
#: doubled single marks standing for one double mark
_DOUBLED = ("''", "’’")
#: single marks that open, and marks that close, a single-quoted stretch ("Hans’ fiets" inside ‘…’)
_SINGLE_OPENERS = ("'", "‘", "’", "‚")
_SINGLE_CLOSERS = ("'", "’", "‘")
#: marks of the double family (a doubled closer after an open one of them closes that quote)
_DOUBLE_GLYPHS = (",,", "„", "“", "”", '"', "‘‘", "''", "’’", "``")
_APOS_WORD = regex.compile(r"[\p{L}\p{N}]++")
#: punctuation, then a lower-case word: where a narrator's cue may interrupt a dialogue turn
_TURN_CUE = regex.compile(r"([,?!:]|…|\.\.\.)\s++(\p{Ll}++)")

OPEN, CLOSE, EITHER, WEAK_CLOSE, APOSTROPHE = "open", "close", "either", "weak", "apos"


@dataclass(slots=True)
class Mark:
    pos: int
    glyph: str
    role: str

    @property
    def end(self) -> int:
        return self.pos + len(self.glyph)


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _skip_space(text: str, pos: int, end: int) -> int:
    """The first position from ``pos`` on, before ``end``, that holds no white space."""
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _is_word(ch: str) -> bool:
    return ch != "" and (ch.isalnum())


def classify_marks(text: str, start: int, end: int, lang: LanguageData) -> list[Mark]:
    """Candidate marks in ``text[start:end]`` with their role from local context."""
    marks: list[Mark] = []
    for m in _MARK.finditer(text, start, end):
        g = m.group()
        p = m.start()
        prev = text[p - 1] if p > start else ""
        nxt = text[m.end()] if m.end() < end else ""
        role = _role(text, p, m.end(), g, prev, nxt, end, lang)
        if role is not None:
            marks.append(Mark(p, g, role))
    return marks


def _apostrophe_word(text: str, after: int, end: int, lang: LanguageData) -> bool:
    """True when the mark at ``after - 1`` begins an apostrophe word ('s, 't, 'n, '80)."""
    w = _APOS_WORD.match(text, after, end)
    if not w:
        return False
    word = "'" + w.group().lower()
    if word in lang.apostrophe_words:
        return True
    return w.group().isdigit() and len(w.group()) == 2  # jaren '80


def _role(text, p, e, g, prev, nxt, end, lang) -> str | None:
    opener_ctx = _is_space(prev) or prev in "([{/-–—:;" or prev in lang.openers
    closer_ctx = _is_space(nxt) or nxt in ".,;:!?)]}…-–—/" or nxt in lang.closers
    if g == ",,":
        return OPEN if not _is_space(nxt) else None
    if g in _DOUBLED:
        # a closer after a word ("door'', zei"), an opener before one ("''We gaan")
        if not _is_space(prev) and closer_ctx and not (opener_ctx and not _is_space(nxt)):
            return CLOSE
        if opener_ctx and not _is_space(nxt):
            return OPEN
        return CLOSE if not _is_space(prev) else None
    if g in ("‘‘", "``", "„", "‚"):
        return OPEN if not _is_space(nxt) else None
    if g in "«‹":
        # a reversed guillemet closes after a word: "»We gaan door«, zegt"
        if not _is_space(prev) and closer_ctx and not opener_ctx:
            return CLOSE
        return OPEN if not _is_space(nxt) or _is_space(prev) else CLOSE  # "« Oui »": French spacing
    if g in "»›":
        if not _is_space(prev) or closer_ctx:
            return CLOSE  # "door»", or "door »," with French spacing
        return OPEN  # reversed: "»We gaan door«"
    if g == "“":
        if not _is_space(nxt) and opener_ctx:
            return OPEN
        return CLOSE if not _is_space(prev) and closer_ctx else (OPEN if not _is_space(nxt) else None)
    if g == "”":
        if not _is_space(prev) and closer_ctx:
            return CLOSE
        return OPEN if _is_space(prev) and not _is_space(nxt) else (CLOSE if not _is_space(prev) else None)
    if g == '"':
        if opener_ctx and not _is_space(nxt):
            return EITHER if closer_ctx and not _is_space(prev) else OPEN
        if closer_ctx and not _is_space(prev):
            return CLOSE
        if _is_word(prev) and _is_word(nxt):
            return None  # 5"3 and the like
        return EITHER
    # single marks: ' ‘ ’
    if _is_word(prev) and _is_word(nxt):
        return APOSTROPHE  # zo'n, foto's, d'r
    if (opener_ctx or prev in "'’‘") and _apostrophe_word(text, e, end, lang):
        w = _APOS_WORD.match(text, e, end)
        after = text[w.end()] if w.end() < end else ""
        if not _is_word(after):
            return APOSTROPHE  # 's avonds, 't, '80
    if opener_ctx and not _is_space(nxt):
        return OPEN if g != "’" else EITHER
    if not _is_space(prev) and closer_ctx:
        if prev in "sxzSXZ" and _is_space(nxt) and _lower_word_follows(text, e, end):
            return WEAK_CLOSE  # Hans' fiets, or the end of a quote
        return CLOSE
    return None


def _one_word(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one lower-case word (letters, and hyphens between them)? A name there
    may own what follows ("'Joris' moeder heeft …" opens a quote), a common word is set off."""
    return end > start and text[start].islower() and all(c.isalpha() or c == "-" for c in text[start:end])


def _lower_word_follows(text: str, pos: int, end: int) -> bool:
    while pos < end and text[pos] == " ":
        pos += 1
    return pos < end and text[pos].islower()


@dataclass(slots=True)
class Pair:
    open: Mark
    close: Mark | None  # None: runs to the paragraph end (or to ``until``)
    depth: int
    paragraph: int
    #: an unclosed quote that the next opener of its family ends, after a full stop: the
    #: paragraphs of one quotation glued into one line ("A. "B. "C."), see pair_marks
    until: int | None = None


def pair_marks(marks: Sequence[Mark], lang: LanguageData, para: Paragraph, text: str) -> list[Pair]:
    """Pair openers and closers on a stack; returns outermost and nested pairs."""
    stack: list[Mark] = []
    pairs: list[Pair] = []
    # for "Hans’ woorden" inside ‘…’: is a strong closer for single quotes still to come?
    # (a strong closer before the next single opener: "‘Dat zijn Hans’ woorden niet’")
    # a doubled closer (’’ '') is a strong single closer only when no double quote is open
    # before it: "‘Dat zijn Hans’ woorden niet’’" but not ",,De ‘burgerstatus’ blijft’’"
    double_open = [False] * len(marks)
    pending = 0
    for k, mk in enumerate(marks):
        double_open[k] = pending > 0
        if mk.glyph in _DOUBLE_GLYPHS:
            if mk.role == OPEN or (mk.role == EITHER and pending == 0):
                pending += 1
            elif mk.role in (CLOSE, EITHER, WEAK_CLOSE) and pending:
                pending -= 1
    strong_single_after = [False] * (len(marks) + 1)
    for k in range(len(marks) - 1, -1, -1):
        mk = marks[k]
        if mk.glyph in _SINGLE_OPENERS and mk.role == OPEN:
            strong_single_after[k] = False
        elif mk.role == CLOSE and (mk.glyph in _SINGLE_CLOSERS or mk.glyph in _DOUBLED and not double_open[k]):
            strong_single_after[k] = True
        else:
            strong_single_after[k] = strong_single_after[k + 1]
    for pos_i, mk in enumerate(marks):
        role = mk.role
        if role == APOSTROPHE:
            continue
        if role in (CLOSE, EITHER, WEAK_CLOSE):
            idx = _find_opener(stack, mk.glyph, lang)
            if idx is not None and role == WEAK_CLOSE and (
                    stack[idx].glyph not in _SINGLE_OPENERS or strong_single_after[pos_i + 1]) \
                    and not _one_word(text, stack[idx].end, mk.pos):
                idx = None  # "Hans' fiets": an apostrophe, the quote closes later (but "De
                # 'taarters' willen": one common word in single marks is set off, not a possessive)
            if idx is not None:
                opener = stack[idx]
                del stack[idx:]
                pairs.append(Pair(opener, mk, idx, para.index))
                continue
            if role in (CLOSE, WEAK_CLOSE):
                continue  # a stray closer (or a possessive apostrophe): ignore it
        if role in (OPEN, EITHER):
            if role == OPEN and len(stack) == 1 and _family(stack[0].glyph, lang) == _family(mk.glyph, lang) \
                    and _prev_char(text, mk.pos, stack[0].end) in ".!?…" \
                    and not _closed_since(pairs, stack[0], lang):
                # "Het kalifaat viel. "Getalsmatig …": a quotation over several paragraphs opens
                # each of them and closes only the last; with the breaks lost (a body on one
                # line) the next opener after a full stop ends the paragraph before it
                pairs.append(Pair(stack.pop(), None, 0, para.index, until=mk.pos))
            stack.append(mk)
    # unclosed openers: a quote opened at the paragraph start (or after a colon/dash intro)
    # runs to the paragraph end; others are dropped with a warning
    if stack:
        first = stack[0]
        before = _prev_char(text, first.pos, para.start)
        family = _family(first.glyph, lang)
        closed_after = any(p.open.pos > first.pos and _family(p.open.glyph, lang) == family for p in pairs)
        if before in ("", ":") and not closed_after:
            pairs.append(Pair(first, None, 0, para.index))
            dropped = stack[1:]
        else:
            dropped = stack
        for mk in dropped:
            log.debug("unclosed quote mark %r at offset %d ignored", mk.glyph, mk.pos)
    pairs.sort(key=lambda p: p.open.pos)
    return pairs


def _closed_since(pairs: list[Pair], opener: Mark, lang: LanguageData) -> bool:
    """Has a quote of ``opener``'s family closed since it opened ('"A "B" C. "D': the marks are
    out of step, and nothing can be read from them)?"""
    family = _family(opener.glyph, lang)
    for p in reversed(pairs):
        if p.close is None or p.close.pos < opener.pos:
            return False
        if _family(p.open.glyph, lang) == family:
            return True
    return False


def _prev_char(text: str, pos: int, floor: int) -> str:
    """The last non-space character before ``pos`` (not before ``floor``), or ''."""
    k = pos - 1
    while k >= floor and text[k].isspace():
        k -= 1
    return text[k] if k >= floor else ""


def _family(glyph: str, lang: LanguageData) -> str:
    return next((p.family for p in lang.mark_pairs if p.open == glyph), "")


def _find_opener(stack: list[Mark], closer: str, lang: LanguageData) -> int | None:
    for i in range(len(stack) - 1, -1, -1):
        if lang.closes(stack[i].glyph, closer):
            return i
    return None


def detect(text: str, paras: Sequence[Paragraph], lang: LanguageData) -> list[QuoteSpan]:
    """All outermost quoted stretches (content without marks), in text order, kind undecided
    ("direct" placeholder); nested quotes stay inside their outer quote. Dash-introduced
    paragraphs become quotes too."""
    out: list[QuoteSpan] = []
    group = 0
    prev_open_ended: QuoteSpan | None = None
    hyphen_dialogue = _hyphen_dialogue(text, paras, lang)
    for para in paras:
        marks = classify_marks(text, para.start, para.end, lang)
        # outermost by containment, not by stack depth: a stray opener below must not bury
        # every later quote of the paragraph
        pairs = _outermost(pair_marks(marks, lang, para, text))
        dash = _dash_quote(text, para, lang, hyphen_dialogue)
        if dash is not None:
            parts = _around_beat(text, dash, para, lang)
            rest = _turn_after_inquit(text, parts[-1], para, lang)
            if rest is not None:  # "--Lili, rust dan toch! riep Paul; je krijgt …": one turn, two parts
                parts.append(rest)
            if len(parts) > 1:
                group += 1
                parts = [_with_group(p, group) for p in parts]
            out.extend(parts)  # quotes inside a dialogue turn are nested in it
            prev_open_ended = None
            continue
        glued_at = -1  # where the quote that the previous one's paragraph runs into opens
        for pr in pairs:
            cstart = pr.open.end
            cend = pr.close.pos if pr.close else (pr.until if pr.until is not None else para.end)
            # trim whitespace inside the marks
            while cstart < cend and text[cstart].isspace():
                cstart += 1
            while cend > cstart and text[cend - 1].isspace():
                cend -= 1
            if cend <= cstart:
                continue
            g = None
            # multi-paragraph: the previous paragraph ended inside an open quote and this one opens again
            if prev_open_ended is not None and pr.open.pos == para.start:
                if prev_open_ended.group is None:
                    group += 1
                    out[-1] = _with_group(prev_open_ended, group)
                g = group
            elif pr.open.pos == glued_at and out and out[-1].paragraph == para.index:
                if out[-1].group is None:
                    group += 1
                    out[-1] = _with_group(out[-1], group)
                g = out[-1].group
            glued_at = pr.until if pr.until is not None else -1
            qs = QuoteSpan(
                cstart, cend, text[cstart:cend],
                open_mark=pr.open.glyph,
                close_mark=pr.close.glyph if pr.close else None,
                open_pos=pr.open.pos,
                close_pos=pr.close.pos if pr.close else -1,
                paragraph=para.index,
                group=g,
                introducer=":" if _prev_char(text, pr.open.pos, para.start) == ":" else None,
            )
            out.append(qs)
        last = out[-1] if out and out[-1].paragraph == para.index else None
        prev_open_ended = last if last is not None and last.close_mark is None else None
    return out


def _around_beat(text: str, turn: QuoteSpan, para: Paragraph, lang: LanguageData) -> list[QuoteSpan]:
    """A dash turn that ends at an inquit, with an action beat inside it: "--Er was geen
    inspectie, Fré. Zij sloot den vleugel. Ik heb hem gezien, hernam zij." The beat is narration
    and the words after it, up to the inquit, are speech again: two parts of the one turn. A turn
    that runs to the paragraph end is cut at its beat later (dialogue.py), where the text is
    dialogue."""
    if turn.end >= para.end:
        return [turn]
    cut = action_beat(text, turn.start, turn.end, lang)
    if cut is None:
        return [turn]
    stop = _SENTENCE_STOP.search(text, cut, turn.end)
    if stop is None:
        return [turn]
    head_end = cut
    while head_end > turn.start and text[head_end - 1].isspace():
        head_end -= 1
    tail = _skip_space(text, stop.end(), turn.end)
    if head_end <= turn.start or turn.end - tail < 2:
        return [turn]
    return [_turn_part(text, turn.start, head_end, turn, para, open_pos=turn.open_pos),
            _turn_part(text, tail, turn.end, turn, para)]


def _turn_part(text: str, start: int, end: int, turn: QuoteSpan, para: Paragraph,
               open_pos: int | None = None) -> QuoteSpan:
    """A part of the dash turn ``turn`` from ``start`` to ``end``, a stretch of its paragraph with
    no marks of its own: it opens where its words begin unless ``open_pos`` says otherwise."""
    return QuoteSpan(start, end, text[start:end], open_mark=turn.open_mark, close_mark=None,
                     open_pos=start if open_pos is None else open_pos, close_pos=-1, paragraph=para.index,
                     introducer="-")


def _with_group(q: QuoteSpan, group: int) -> QuoteSpan:
    from dataclasses import replace

    return replace(q, group=group)


def _outermost(pairs: list[Pair]) -> list[Pair]:
    """Drop pairs lying inside an earlier pair (the stack gives depth 0 to a later sibling only)."""
    out: list[Pair] = []
    reach = -1
    for p in pairs:
        end = p.close.end if p.close else (p.until if p.until is not None else 1 << 62)
        if p.open.pos < reach:
            continue
        out.append(p)
        reach = end
    return out


@lru_cache(maxsize=None)
def _longest_first(dashes: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(dashes, key=len, reverse=True))


#: what follows the verb of an inquit: its subject, a pronoun, a name or a noun phrase ("riep
#: Paul", "zeide zij", "vroeg de oude heer"), not an object ("laat haar maar slapen"); never the
#: second person, which the narration does not use ("Mooi, vind je niet?", "Wat zei u?")
_INQUIT_SUBJECT = regex.compile(
    r"\s+(?:(?i:hij|zij|ze|ik|wij|we|men|ie)\b|\p{Lu}"
    r"|(?:de|den|het|een|mijn|zijn|haar|hun|onze)\s+(?!(?:maar|nog|niet|wel|ook|toch|even|dan|eens)\b)\p{L})")
_NEXT_WORD = regex.compile(r"\s+(\p{Ll}+(?:-\p{Ll}+)*)")


def _inquit_subject(text: str, pos: int, lang: LanguageData) -> bool:
    """Does a subject follow the verb at ``pos``: a pronoun, a name, a noun phrase, or a bare
    noun for a person, title or relative ("zei moeder", "riep tante Mien", "antwoordde mevrouw
    Verstraeten", "vroeg meester Verhoeven")?"""
    if _INQUIT_SUBJECT.match(text, pos):
        return True
    m = _NEXT_WORD.match(text, pos)
    if m is None:
        return False
    w = m.group(1)
    if w in lang.inquit_adverbs:
        # "riep plotseling de oppasser": an adverb between the verb and its subject
        return _inquit_subject(text, m.end(), lang)
    return w in lang.titles or w in lang.honorifics or w in lang.person_nouns


#: the end of an inquit clause inside a dash turn ("riep Paul;", "zeide zij,", "vroeg hij.")
_INQUIT_END = regex.compile(r"[,;:.!?]")
#: what turns the rest of a paragraph after an inquit into narration: "--Dag, zeide Frits, en hij
#: kuste haar": a narrating conjunction or a third-person subject
_NARRATION_START = regex.compile(
    r"(?:(?i:terwijl|waarop|toen|zoodat|zodat|waarna|hij|zij|ze|het|men)\b"
    r"|(?i:en|maar)\s+(?:(?i:hij|zij|ze|het|men|de|den|een)\b|\p{Lu}))")
#: second person and inclusive first person plural: the words of someone talking to someone
_ADDRESS = regex.compile(r"(?<![\p{L}'’])(?:je|jij|jou|jouw|u|uw|gij|ge|jullie|we|wij|ons|onze)(?![\p{L}'’])",
                         regex.IGNORECASE)
#: an inquit clause is short: its verb, its subject and an adverbial or two
_INQUIT_MAX_CHARS = 60


#: a sentence opening with a third-person subject pronoun
_PRONOUN_OPENING = regex.compile(r"(?:Hij|Zij|Ze|Het|Men)\s")

_SUBJECT_VERB = regex.compile(r"(\p{L}[\p{L}'’-]*)\s+(\p{Ll}+)")


def _narrates(text: str, pos: int, lang: LanguageData) -> bool:
    """Does the sentence at ``pos`` narrate: a subject, then a verb in the past tense ("Hij
    lachte.", "Ik voelde hoe …", "Betsy keek op.")? Characters speak in the present."""
    m = _SUBJECT_VERB.match(text, pos)
    if m is None:
        return False
    subject, verb = m.group(1), m.group(2)
    low = subject.lower()
    if low not in lang.pronouns and (low in lang.function_words or not subject[0].isupper()
                                     or is_common_word(subject, lang=lang)):
        return False
    return action_beat_verb(verb, lang)


#: a relative clause continuing an inquit's subject: "zeide de oude heer, die …"
_RELATIVE_START = regex.compile(r"\s*(?:die|dat|wiens|wier)\b")
_SENTENCE_STOP = regex.compile(r"[.!?…](?=\s)")
#: the end of the first sentence of a stretch (or of the stretch itself), and a run of letters
_FIRST_SENTENCE_END = regex.compile(r"[.!?…](?:\s|$)")
_LETTER_RUN = regex.compile(r"\p{L}+")
#: an inquit whose subject is a pronoun takes no relative clause: "zeide hij, dat was ik" speaks on
_PRONOUN_BEFORE = regex.compile(r"(?<![\p{L}])(?:hij|zij|ze|ik|wij|we|gij|ge|u|jij|je)$", regex.IGNORECASE)


def _resumes(text: str, pos: int, end: int, lang: LanguageData, past_inquit: bool = False) -> int | None:
    """Where speech starts again at ``pos`` (after spaces) up to ``end``, or None: narration
    takes over, or what follows neither talks to someone nor of oneself. After an inquit in the
    past tense that ends its sentence (``past_inquit``), a sentence with no verb in the past
    tense speaks too: a story narrated in the past has its people speak in the present or in
    fragments ("zei Sanne. Op woensdag is het stoofvlees.", "herhaalde Tom. In november.")."""
    start = _skip_space(text, pos, end)
    if end - start < 2 or _narrates(text, start, lang):
        return None
    rest = text[start:end]
    if _NARRATION_START.match(text, start) and not (
            past_inquit and _PRONOUN_OPENING.match(rest) and _present_sentence(rest, lang)):
        # "zeide Frits, en hij kuste haar", "zeide zij. Hij lachte.": narration takes over; but
        # after a past-tense inquit a new sentence in the present tense is speech, whatever
        # its subject ("zeide zij. Hij vraagt, of hij mevrouw spreken kan.")
        return None
    if not (_ADDRESS.search(rest) or _FIRST_PERSON.search(rest) or rest.rstrip().endswith(("?", "!"))
            or _calls_someone(rest, lang)
            or past_inquit and rest[:1].isupper() and _present_sentence(rest, lang)):
        # speech talks to someone or of oneself; narration after an inquit ("zeide hij, met een
        # glimlach") does not ("Ik voelde …", narration in the first person, is caught above)
        return None
    return start


def _present_clause(text: str, pos: int, end: int, lang: LanguageData, pronoun_subject: bool = False) -> int | None:
    """Where the rest of the sentence at ``pos`` speaks in a clause of its own in the present
    tense ("dat is waar.", "je moet gaan."), or None where it narrates ("met een glimlach.", "en
    hij ging", "die nu wakker was"): one of the present forms (present_forms.txt), no past verb,
    and no narrating conjunction opening it, nor a relative pronoun after a subject it could
    describe (a pronoun inquit, ``pronoun_subject``, takes no relative clause)."""
    start = _skip_space(text, pos, end)
    if start >= end or _NARRATION_START.match(text, start) or _narrates(text, start, lang) \
            or (not pronoun_subject and _RELATIVE_START.match(text, start)):
        return None
    sentence = _first_sentence(text[start:end])
    words = [w.lower() for w in _LETTER_RUN.findall(sentence)]
    return start if any(w in lang.present_forms for w in words) and _present_sentence(sentence, lang) else None


def _present_sentence(rest: str, lang: LanguageData) -> bool:
    """Has the first sentence of ``rest`` no verb in the past tense? A plural in -den/-ten is as
    often a noun ("tanden", "handen") as a past ("lachten"): only the listed strong forms count."""
    return not any(action_beat_verb(w, lang) and (not w.lower().endswith(("den", "ten")) or w.lower() in lang.past_forms)
                   for w in _LETTER_RUN.findall(_first_sentence(rest)))


def _first_sentence(rest: str) -> str:
    """``rest`` up to and with the end of its first sentence."""
    m = _FIRST_SENTENCE_END.search(rest)
    return rest[: m.end()] if m else rest


def _calls_someone(rest: str, lang: LanguageData) -> bool:
    """Does the first sentence of ``rest`` call someone by name ("Laat hem binnen, Jan.")? Speech
    addresses people; narration does not."""
    from .sieves.address import vocatives  # (address reads the language data only)

    return bool(vocatives(_first_sentence(rest), frozenset(), lang))


def _turn_after_inquit(text: str, turn: QuoteSpan, para: Paragraph, lang: LanguageData) -> QuoteSpan | None:
    """The speech that resumes after the inquit inside a dash turn: "--Lili, rust dan toch! riep
    Paul; je krijgt nog hoofdpijn" → "je krijgt nog hoofdpijn". The inquit clause runs from the
    cue to the next punctuation; what follows is speech again unless narration takes over."""
    if turn.end >= para.end:
        return None  # no inquit inside the turn
    m = _INQUIT_END.search(text, turn.end + 1, min(para.end, turn.end + 1 + _INQUIT_MAX_CHARS))
    if m is None:
        return None
    end = para.end
    while end > para.start and text[end - 1].isspace():
        end -= 1
    past = text[m.start()] == "." and any(action_beat_verb(w, lang)
                                          for w in _LETTER_RUN.findall(text, turn.end, m.start()))
    start = _resumes(text, m.end(), end, lang, past)
    if start is None and text[m.start()] == "," and _RELATIVE_START.match(text, m.end()) \
            and not _PRONOUN_BEFORE.search(text, max(turn.end, m.start() - 6), m.start()):
        # "zeide de oude heer, die nu wakker was. Laat hem binnen, Jan.": the inquit runs on in a
        # relative clause; the speech resumes with the next sentence
        stop = _SENTENCE_STOP.search(text, m.end(), min(end, m.end() + 2 * _INQUIT_MAX_CHARS))
        if stop is not None:
            start = _resumes(text, stop.end(), end, lang)
    if start is None and text[m.start()] == ",":
        # "--Neen, zeide hij, dat is waar.": the sentence of the turn goes on after the inquit
        start = _present_clause(text, m.end(), end, lang,
                                _PRONOUN_BEFORE.search(text, max(turn.end, m.start() - 6), m.start()) is not None)
    if start is None and text[m.start()] == ";":
        # "zei Wout; sommige zijn laat.": a semicolon after the inquit goes on with the speech,
        # unless narration takes over ("zeide hij; en hij ging")
        after = _skip_space(text, m.end(), end)
        if after < end and not _narrates(text, after, lang) and not _NARRATION_START.match(text, after):
            start = after
    if start is None:
        start = _speech_after_narration(text, m.end(), end, lang)
    if start is None:
        return None
    return _turn_part(text, start, end, turn, para)


#: how many sentences of narration may follow an inquit before the turn's speech goes on
_NARRATION_SENTENCES = 2


def _speech_after_narration(text: str, pos: int, end: int, lang: LanguageData) -> int | None:
    """Where the speech of a dash turn goes on after the inquit and a sentence or two of narration:
    "--Daar is hij weer, zeide de freule, en zij bracht het lorgnet voor de oogen. Hij komt hier
    wel wat dikwijls, Clara." A later sentence speaks when it is in the present tense and talks to
    someone or of oneself in its own words (a vocative, "je", "u", "ik", "we"); narration is in
    the past and speaks of "hij" and "zij"."""
    for _ in range(_NARRATION_SENTENCES):
        stop = _SENTENCE_STOP.search(text, pos, end)
        if stop is None:
            return None
        pos = _skip_space(text, stop.end(), end)
        if pos >= end or not text[pos].isupper():
            continue
        sentence = _first_sentence(text[pos:end])
        if _present_sentence(sentence, lang) and not _narrates(text, pos, lang) and (
                _ADDRESS.search(sentence) or _FIRST_PERSON.search(sentence) or _calls_someone(sentence, lang)):
            return pos
    return None


#: a text whose hyphen paragraphs mostly speak, this many at least, writes its dialogue with
#: hyphens: every hyphen paragraph of it is a turn ("- Een week. Misschien langer.")
HYPHEN_DIALOGUE_MIN = 4
HYPHEN_DIALOGUE_SHARE = 0.6


def _hyphen_dialogue(text: str, paras: Sequence[Paragraph], lang: LanguageData) -> bool:
    hyphens = speaking = 0
    for para in paras:
        if text.startswith("- ", para.start):
            hyphens += 1
            speaking += _speaks(text, para.start + 2, para.end, lang)
    return speaking >= HYPHEN_DIALOGUE_MIN and speaking >= HYPHEN_DIALOGUE_SHARE * hyphens


def _dash_quote(text: str, para: Paragraph, lang: LanguageData, hyphen_dialogue: bool = False) -> QuoteSpan | None:
    """A paragraph opened by a dialogue dash ("– Ja, dat klopt.") is quoted to its end. The
    plain-text dash "--" may touch the turn ("--Ja, dat klopt."), but a rule of dashes
    ("------") is no turn. A hyphen followed by a space, or a long dash touching its word
    ("—Kom je?"), opens a turn only when the paragraph speaks (a question or exclamation, an
    inquit, someone addressed or "ik"): "- 40 procent van de huizen" is a list item. In a text
    that writes its dialogue with hyphens (``hyphen_dialogue``) every hyphen paragraph is a turn."""
    first = next((d for d in _longest_first(lang.dashes) if text.startswith(d, para.start)), None)
    hyphen = first is None and text.startswith("- ", para.start)
    if hyphen:
        first = "-"
    if first is None:
        return None
    start = para.start + len(first)
    if start >= para.end or text[start] in "-–—―" or (hyphen and not text[start].isspace()):
        return None
    touching = len(first) == 1 and not text[start].isspace()
    start = _skip_space(text, start, para.end)
    end = para.end
    if (touching or hyphen and not hyphen_dialogue) and not _speaks(text, start, end, lang):
        return None
    # "– Naar de winkel, antwoordt hij." / "– Waarom? vraagt ze." / "--Ik weet niet … zeide zij." /
    # "--Dat is tricheeren: riep Duclari.": the turn ends before the cue
    for m in _TURN_CUE.finditer(text, start, end):
        if m.group(2).lower() == "aldus" or _turn_verb(text, m, end, lang):
            end = m.end(1) if m.group(1) in ("?", "!", "…", "...") else m.start(1)  # (an ellipsis is spoken)
            break
    if end <= start:
        return None
    return QuoteSpan(start, end, text[start:end], open_mark=first, close_mark=None, open_pos=para.start,
                     close_pos=-1, paragraph=para.index, introducer="-")


_FIRST_PERSON = regex.compile(r"(?<![\p{L}'’])(?:ik|mij|me|mijn)(?![\p{L}'’])", regex.IGNORECASE)


def _speaks(text: str, start: int, end: int, lang: LanguageData) -> bool:
    """Does a paragraph read as someone speaking: a question or exclamation, an inquit, words
    addressed to someone, or "ik"?"""
    body = text[start:end].rstrip()
    if body.endswith(("?", "!")) or _ADDRESS.search(body) or _FIRST_PERSON.search(body):
        return True
    return any(_turn_verb(text, m, end, lang) for m in _TURN_CUE.finditer(text, start, end))


def _turn_verb(text: str, m: regex.Match, end: int, lang: LanguageData) -> bool:
    """Is the word after the punctuation ``m`` matched the verb of an inquit with its subject:
    "riep Paul", or a separable verb with its particle after the subject ("ging hij voort,")?"""
    form = m.group(2).lower()
    if form in lang.verb_forms:
        if all(v.cls == "want" for v in lang.verb_forms[form]):
            return False  # "Tilly, wil je nog eens spelen?": a wish reports only with its dat-clause
        return _inquit_subject(text, m.end(2), lang)
    verbs = lang.bound_forms.get(form)
    if not verbs or not _inquit_subject(text, m.end(2), lang):
        return False
    clause = _CLAUSE_WORDS.match(text, m.end(2), min(end, m.end(2) + 40))
    words = clause.group().lower().split() if clause else []
    return any(v.particle and v.particle in words[1:3] for v in verbs)


#: the words after a verb up to the next punctuation: "hij voort" in "ging hij voort, dan …"
_CLAUSE_WORDS = regex.compile(r"[^,.;:!?\n]*")


#: a later sentence of a dash turn: its first two words
_NEXT_SENTENCE = regex.compile(r"(?<=[.?!…])\s+(\p{Lu}[\p{L}'’-]*)\s+(\p{Ll}+)")


def action_beat_verb(word: str, lang: LanguageData) -> bool:
    """Does ``word`` read as a verb in the past tense ("keek", "zuchtte", "vouwde")? Novels
    narrate in the past and their characters speak in the present."""
    w = word.lower()
    return w in lang.past_forms or (len(w) >= 5 and w.endswith(("de", "te", "den", "ten"))
                                    and w not in lang.function_words and w not in lang.determiners)


def action_beat(text: str, start: int, end: int, lang: LanguageData) -> int | None:
    """The start of narration inside a dash turn: a later sentence whose subject (a name or a
    third-person pronoun) is followed by a verb in the past tense."""
    for m in _NEXT_SENTENCE.finditer(text, start, end):
        subject, verb = m.group(1), m.group(2)
        if subject.lower() not in ("hij", "zij", "ze") and (
                subject.lower() in lang.function_words or is_common_word(subject, lang=lang)):
            continue  # "Ik wist het niet.", "Toen kwam de politie.": speech, not a character acting
        if action_beat_verb(verb, lang):
            return m.start(1)
    return None
