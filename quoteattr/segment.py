"""Segmentation: paragraphs (blank-line separated), sentences (abbreviation- and quote-aware), tokens.

All offsets index the original text; nothing is rewritten.
"""
from __future__ import annotations

import bisect
import re
from typing import Sequence

import regex

from .lang import LanguageData
from .model import Paragraph, Sentence, Span

#: a blank line (possibly with spaces, any line-ending style) separates paragraphs
#: (it starts at a line break, so a long run of spaces is never rescanned: linear time)
#: (plain characters only, so the standard library's engine, whose call costs less, finds the same)
_PARA_BREAK = re.compile(r"(?:\r\n|\r|\n)(?:[ \t]*+(?:\r\n|\r|\n))++")
#: candidate sentence ends: terminal punctuation (runs of it), then closing marks/brackets (any
#: quote glyph may close: „Ja.“ and »Ja.« in German-style print, Ja.’’ after ,,)
_SENT_END = regex.compile(r"[.!?…]++[\"'”’“‘»«›‹)\]]*+(?=\s)")
#: a word: letters/digits with inner hyphens or apostrophes (zo'n, Jan-Peter, foto's), or an
#: elided article or pronoun ('t, 's, 'n, 'k)
WORD = regex.compile(r"['’][tsnkrm](?![\p{L}\p{N}])|[\p{L}\p{N}]++(?:[-'’][\p{L}\p{N}]++)*+|[^\s\p{L}\p{N}]")
#: WORD for the standard library's engine, about twice as fast: ``[^\W_]`` is ``[\p{L}\p{N}]``
#: and ``\s`` is ``\s`` for every character outside WORD_UNSAFE (the two engines' Unicode
#: tables differ on letters added since Python's, and ``re`` counts U+001C–U+001F as space);
#: tests/test_speed.py checks this for every code point
WORD_FAST = re.compile(r"['’][tsnkrm](?![^\W_])|[^\W_]++(?:[-'’][^\W_]++)*+|[^\s\w]|_")
WORD_UNSAFE = re.compile("[\x1c-\x1f\u088f\u0c5c\u0cdc\u1c89\u1c8a\ua7cb-\ua7f1\U00010000-\U0010ffff]")


def word_pattern(text: str) -> "re.Pattern[str] | regex.Pattern[str]":
    """WORD_FAST where it finds exactly what WORD finds in ``text`` (nearly always), else WORD."""
    return WORD if WORD_UNSAFE.search(text) else WORD_FAST


def paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs: stretches between blank lines, trimmed of surrounding whitespace."""
    out: list[Paragraph] = []
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        _add_para(text, pos, m.start(), out)
        pos = m.end()
    _add_para(text, pos, len(text), out)
    return out


def _add_para(text: str, start: int, end: int, out: list[Paragraph]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Paragraph(start, end, text[start:end], len(out)))


def sentences(
    text: str,
    paras: Sequence[Paragraph],
    lang: LanguageData,
    protected: Sequence[tuple[int, int]] = (),
) -> list[Sentence]:
    """Sentences inside each paragraph. No break falls inside a ``protected`` (start, end) range
    (quotations), after an abbreviation ("dhr.") or an initial ("A. de Jong")."""
    starts = [s for s, _ in protected]
    dot_words = lang.memo("segment.dot_word")  # word before a full stop → _dot_word's answer
    out: list[Sentence] = []
    for para in paras:
        pos = _after_heading(text, para.start, para.end, lang, para.index, out)
        limit = para.end
        for m in _SENT_END.finditer(text, para.start, limit):
            at, end = m.span()
            if starts:  # punctuation inside a quotation that goes on after it ends no sentence
                i = bisect.bisect_right(starts, at) - 1
                if i >= 0 and protected[i][0] <= at < protected[i][1] and protected[i][1] > end:
                    continue
            if text[at] == "." and _no_break_before(text, at, lang, dot_words):
                continue
            # the next character after white space: a lower-case letter or a comma goes on with the
            # sentence, unless it is a typewriter opening mark (,,Dat)
            q = end
            while q < limit and text[q].isspace():
                q += 1
            if q < limit and (text[q].islower() or text[q] in ",;:") and not text.startswith(",,", q):
                continue
            _add_sentence(text, pos, end, para.index, out)
            pos = _after_heading(text, end, para.end, lang, para.index, out)
        _add_sentence(text, pos, para.end, para.index, out)
    return out


#: a subheading glued to the next sentence in scraped text: a few words, then a capitalised word
#: that opens a Dutch sentence ("Respect Ook oppositieleider X …", "Geen tolerantie meer Naast …")
_GLUED_HEADING = regex.compile(
    r"\s*+(?P<head>\p{Lu}[\p{L}'’-]*+(?:[ \t]++[\p{L}'’-]++){0,3}?)[ \t]++(?P<next>\p{Lu}\p{Ll}*+)[ \t]++(?=\p{L})")

#: what every match of _GLUED_HEADING holds, for the standard library's engine (a cheaper call):
#: a word, up to three more, then one whose first character can be a capital and whose others
#: can be lower case, and a space or tab. Its ``\s`` is a superset of the regex module's, and
#: its classes exclude no character of ``\p{Lu}``, ``\p{Ll}`` and ``\p{L}`` where the heading
#: needs them (tests/test_speed.py checks this for every code point)
_HEADING_HINT = re.compile(r"\s*+\S++(?:[ \t]++\S++){0,3}?[ \t]++[^\s\da-z][^\s\dA-Z]*+[ \t]")


def _after_heading(text: str, pos: int, limit: int, lang: LanguageData, para: int, out: list[Sentence]) -> int:
    """Where the next sentence starts: after a glued subheading, which becomes a sentence of its
    own, or at ``pos``. The word after the heading must be a function word that opens sentences
    and is no name particle ("Ook", "Maar", "Het"), and no name may follow it ("Het Parool")."""
    if _HEADING_HINT.match(text, pos, limit) is None:
        return pos  # (the common case, told by the cheaper engine: no capital in words 2 to 5)
    m = _GLUED_HEADING.match(text, pos, limit)
    if m is None:
        return pos
    nxt = m.group("next").lower()
    last = m.group("head").split()[-1].lower()
    if nxt not in lang.function_words or nxt in lang.particles or last in lang.function_words \
            or last in lang.particles or text[m.end()].isupper():
        return pos
    _add_sentence(text, pos, m.start("next"), para, out)
    return m.start("next")


def _add_sentence(text: str, start: int, end: int, para: int, out: list[Sentence]) -> None:
    piece = text[start:end]
    body = piece.strip()  # (str.strip drops what str.isspace calls space)
    if body:
        if len(body) != len(piece):
            start += len(piece) - len(piece.lstrip())
        out.append(Sentence(start, start + len(body), body, para))


def _no_break_before(text: str, dot: int, lang: LanguageData, memo: dict[str, bool | None]) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial, not a sentence.
    ``memo`` keeps _dot_word's answer per word."""
    start = _WORD_BEFORE.match(text, 0, dot).start()
    word = text[start : dot + 1]
    found = memo.get(word, _UNSEEN)
    if found is _UNSEEN:
        found = memo[word] = _dot_word(word, lang)
    if found is not None:
        return found
    nxt = text[dot + 1 : dot + 40].split()
    return not (nxt and nxt[0].lower() in lang.function_words and nxt[0][0].isupper())


#: what a memo's get gives for a word it does not hold (None is an answer)
_UNSEEN = object()


def _dot_word(word: str, lang: LanguageData) -> bool | None:
    """What the word before a full stop (``word``, with the stop) says by itself: True for an
    abbreviation, False for a word that ends a sentence, None for an initial, after which a
    sentence starts only when a capitalised function word follows."""
    core = word[:-1]
    # an acronym in capitals ("in de VS.", "de EU.", "het OM.") ends a sentence: the list holds
    # lower-case abbreviations ("vs." is "versus"), and "VS" is no initial
    acronym = len(core) >= 2 and "." not in core and core.isupper()
    # (a lone capital is an initial, "Michael P.", not the abbreviation "p." of "pagina": the
    # initial rules below let a sentence start after it)
    if word.lower() in lang.abbreviations and not acronym and not (len(core) == 1 and core.isupper()):
        return True
    # initials: "A." or "J.P." (capital letters with dots) — unless a sentence plainly starts
    # after it ("Rowan S. Als hij …")
    if acronym or not (core and len(core.replace(".", "")) <= 2 and core.replace(".", "").isupper()
                       and core[-1].isalpha()):
        return False
    return None


#: the word before a full stop, matched backwards from it: up to white space (``str.isspace``,
#: which also counts the separators U+001C–U+001F) or an opening bracket or quote mark
_WORD_BEFORE = regex.compile(r"[^\s\x1c-\x1f(\"'“‘„]*+", regex.REVERSE)


def tokens(text: str, start: int, end: int) -> list[Span]:
    """Word and punctuation tokens of ``text[start:end]`` with original offsets."""
    return [Span(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]
