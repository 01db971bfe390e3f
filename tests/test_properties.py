"""Property tests of the core on any text, adversarial mixes included: quote glyphs of every
family, apostrophes, dashes, colons, Dutch words and names, lone surrogates, private-use
characters (the engine's placeholders must never collide with input), controls and newlines.

CI runs the bounded, seeded ``ci`` profile. A long run:
``QUOTEATTR_HYPOTHESIS_EXAMPLES=100000 python -m pytest tests/test_properties.py``.
"""

from __future__ import annotations

import os

import pytest
from conftest import assert_offsets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteattr.api import extract, iter_extract
from quoteattr.model import KINDS, SPEECH_KINDS, Document

settings.register_profile(
    "ci",
    max_examples=int(os.environ.get("QUOTEATTR_HYPOTHESIS_EXAMPLES", "150")),
    derandomize=True,  # seeded: the same examples on every run
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("ci")

#: pieces that make quotes, cues, names and the things that look like them
_PIECES = [
    "“", "”", "„", "‘", "’", "‚", ",,", "''", "'", '"', "«", "»", "‹", "›", "`",
    "–", "—", "-", "--", ":", ",", ".", "!", "?", "…", "(", ")", " ", " ", " ", "\n", "\n\n", "\r\n", "\t",
    "zei", "zegt", "aldus", "volgens", "dat", "te", "hebben", "hij", "zij", "ik", "we", "de", "het", "een",
    "minister", "burgemeester", "woordvoerder", "Jan", "de Vries", "Van der Meer", "Rutte", "OM", "NOS",
    "zo'n", "foto's", "'s avonds", "'t", "jaren '80", "Hans'", "Ja", "Nee", "We gaan door",
    "\ue000", "\ue001", "\uf8ff", "\U000f0000", "\ud800", "\udfff", "\ufffd", "\u202e", "\x00", "\x1b",
    "\u200b", "\ufeff", "é", "ë", "İ", "ß", "ﬁ",
]

texts = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=60).map("".join),
    st.text(max_size=120),
    st.text(alphabet=st.characters(codec=None, categories=["Co", "Cs", "Pi", "Pf", "Ps", "Pe", "Zs"]), max_size=40),
)


def _speech_spans_do_not_overlap(quotes) -> None:
    spans = sorted((q.start, q.end) for q in quotes if q.kind in SPEECH_KINDS)
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert start >= end, spans


@given(texts)
def test_any_text_gives_valid_disjoint_spans(text: str) -> None:
    quotes = extract(text, kinds=KINDS)  # never raises
    assert_offsets(text, quotes)  # text[start:end] == quote.text, speaker and cue too
    _speech_spans_do_not_overlap(quotes)


@given(texts)
def test_output_is_deterministic(text: str) -> None:
    assert extract(text, kinds=KINDS) == extract(text, kinds=KINDS)


@given(texts, st.lists(texts, max_size=3))
def test_output_does_not_depend_on_the_other_documents_in_the_batch(text: str, others: list[str]) -> None:
    alone = extract(text, "doc", kinds=KINDS)
    batch = [Document(f"o{i}", t) for i, t in enumerate(others)] + [Document("doc", text)]
    results = list(iter_extract(batch, jobs=1, kinds=KINDS, max_chars=None))
    assert results[-1].quotes == alone


@pytest.mark.parametrize("text", ["\ue000\n\n“i i", "“\ud800”, zei Jan.", "„\U000f0000“ \ue001 aldus \ue000"])
def test_placeholder_and_surrogate_regressions(text: str) -> None:
    quotes = extract(text, kinds=KINDS)
    assert_offsets(text, quotes)
