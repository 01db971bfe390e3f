"""Lead quotes echoed later: a newsroom opens an article with a striking quotation, without an
inquit, and gives the same words again further down with their speaker ("'Mijn dochter leert er
veel van.' … ,,Het kan geen kwaad, ze leert er veel van'', zegt haar vader."). The lead quote is
the speaker's whose words the article later repeats."""
from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Sequence

import regex

from ..analysis import DocumentAnalysis
from ..model import Quote

#: the words of a quotation, lower case
_WORD = regex.compile(r"\p{L}+(?:['’-]\p{L}+)*")

#: the lead: the headline and the article's opening sentences (a Dutch news lead runs to a few
#: sentences); a quotation further down without a cue is a turn of the text, not a lead quote
_LEAD_SENTENCES = 6
#: at most this many lead quotes (the ones before the first quote or clause with a cue) are looked up
_LEAD_QUOTES = 3
#: share of a lead quote's content words that the later sentence must repeat
_ECHO_SHARE = 0.7
#: a lead quote needs at least this many content words to be recognised again
_MIN_WORDS = 3
#: sieves that guess a speaker from proximity alone: no source for an echoed lead
_WEAK = frozenset(("nearest-person", "echo", None))


def _content_words(text: str, function_words: frozenset[str]) -> set[str]:
    return {w for w in (m.group().lower() for m in _WORD.finditer(text))
            if len(w) > 2 and w not in function_words}


def echoed_leads(an: DocumentAnalysis, quotes: Sequence[Quote]) -> list[Quote]:
    """Give each lead quote (a direct quote with no cue of its own in the headline or the opening
    sentences, before the first record that has one) the speaker of a later sentence that
    repeats most of its content words, when a record in that sentence has a speaker found by
    more than proximity. One pass over the later sentences per lead quote (at most
    _LEAD_QUOTES): linear in the text."""
    first_cued = next((k for k, q in enumerate(quotes) if q.cue is not None and q.speaker), None)
    if first_cued is None:
        return list(quotes)
    leads = [k for k in range(first_cued) if quotes[k].kind == "direct" and quotes[k].cue is None
             and an.sentence_index(quotes[k].start) < _LEAD_SENTENCES][:_LEAD_QUOTES]
    if not leads:
        return list(quotes)
    fw = an.lang.function_words
    out = list(quotes)
    starts = [q.start for q in quotes]
    # the lower-case words of each later sentence, found once for all the leads (all its words, not
    # only the content words: a lead's words are content words, so the overlap is the same)
    said_in: dict[int, set[str]] = {}
    for k in leads:
        q = quotes[k]
        words = _content_words(q.text, fw)
        if len(words) < _MIN_WORDS:
            continue
        si = an.sentence_index(q.end) + 1
        for j in range(si, len(an.sents)):
            s = an.sents[j]
            if s.start < q.end:
                continue
            said = said_in.get(j)
            if said is None:
                said = said_in[j] = {w.lower() for w in _WORD.findall(s.text)}
            if len(words & said) < _ECHO_SHARE * len(words):
                continue
            lo = bisect.bisect_left(starts, s.start)
            # the records that hold (part of) the repeated words, or whose cue stands in this sentence
            found = [r for r in quotes[max(0, lo - 1):bisect.bisect_left(starts, s.end)]
                     if r.end > s.start and r.speaker and r.sieve not in _WEAK and r is not q]
            if found:
                r = found[0]
                out[k] = replace(q, speaker=r.speaker, speaker_mention=r.speaker_mention,
                                 speaker_start=r.speaker_start, speaker_end=r.speaker_end,
                                 speaker_kind=r.speaker_kind, speaker_role=r.speaker_role,
                                 confidence=min(r.confidence, 0.6), sieve="echo")
            break
    return out
