"""Bounded resources on hostile input: the per-document size limit, and no catastrophic
backtracking in the engine (every adversarial input below must finish; the timeout is a hang
guard, not a speed assertion)."""
from __future__ import annotations

import pytest
from conftest import assert_offsets

import quoteattr.pipeline as pipeline
from quoteattr.api import DEFAULT_MAX_CHARS, extract, extract_document, iter_extract
from quoteattr.errors import DocumentTooLarge, InputError
from quoteattr.model import Document

#: generous: a linear engine does each input below in under a minute, even on a two-core machine
#: busy with other jobs (the 10 MB paragraph is the slowest); a backtracking one never finishes
HANG_GUARD = 120

_SENTENCE = "“We gaan door met het onderzoek”, zei de officier van justitie woensdag in Arnhem. "


# ---------------------------------------------------------------------------------------------
# The per-document size limit, through the API


def test_limit_is_inclusive_and_message_is_clear():
    text = _SENTENCE * 3
    extract_document(Document(id="ok", text=text), max_chars=len(text))  # exactly at the limit
    with pytest.raises(DocumentTooLarge) as info:
        extract_document(Document(id="big", text=text + "x", source="big.txt"), max_chars=len(text))
    err = info.value
    assert isinstance(err, InputError) and err.exit_code == 1
    assert f"{len(text) + 1:,}" in str(err) and f"{len(text):,}" in str(err)
    assert "--max-chars" in str(err)
    assert err.source == "big.txt"


def test_default_limit_stops_before_the_engine_runs(monkeypatch):
    def engine_must_not_run(document):
        raise AssertionError("the engine ran on an over-limit document")

    monkeypatch.setattr(pipeline, "_rules_pass", engine_must_not_run)
    with pytest.raises(DocumentTooLarge):
        extract_document(Document(id="huge", text="a" * (DEFAULT_MAX_CHARS + 1)))


@pytest.mark.parametrize("jobs", [1, 2])
def test_over_limit_document_fails_alone_in_a_stream(jobs):
    docs = [Document(id=f"d{i}", text=_SENTENCE * (1 + i % 3)) for i in range(10)]
    docs[4] = Document(id="big", text=_SENTENCE * 50, source="archief.jsonl:5")
    limit = len(_SENTENCE) * 10
    results = list(iter_extract(docs, jobs=jobs, max_chars=limit))
    assert [r.document.id for r in results] == [d.id for d in docs]
    assert isinstance(results[4].error, DocumentTooLarge)
    assert results[4].error.source == "archief.jsonl:5" and results[4].quotes == []
    assert all(r.ok for i, r in enumerate(results) if i != 4)


def test_limit_can_be_disabled():
    text = _SENTENCE * 20
    assert extract_document(Document(id="x", text=text), max_chars=None) == extract(text, "x")


# ---------------------------------------------------------------------------------------------
# Adversarial inputs: all must finish, with offsets that still point into the text


def _words(n_chars: int) -> str:
    """A single paragraph of news-like prose, no line breaks, about ``n_chars`` long."""
    return (_SENTENCE * (n_chars // len(_SENTENCE) + 1))[:n_chars]


ADVERSARIAL = {
    "100k curly openers": "“" * 100_000,
    "100k curly closers": "”" * 100_000,
    "100k alternating curly pairs": "“”" * 50_000,
    "100k low-9 openers": "„" * 100_000,
    "100k straight double quotes": '"' * 100_000,
    "100k typewriter openers and closers": ",," * 50_000 + "''" * 50_000,
    "100k guillemets": "«" * 50_000 + "»" * 50_000,
    "50k unbalanced openers with words": "“Dit loopt nergens op uit, zei hij " * 50_000,
    "50k nested openers": "“„‘" * 17_000,
    "200k apostrophes": "'" * 200_000,
    "50k elisions": "Zo'n foto's van 't dorp, m'n auto's. " * 50_000,
    "200k right single quotes": "’" * 200_000,
    "200k colons": ":" * 200_000,
    "50k colon introducers": "De minister: „Nee: ja: " * 50_000,
    "100k dashes": "- " * 100_000,
    "100k em dashes": "—" * 100_000,
    "200k capitalised names": "Van De Jan Piet " * 50_000,
    "1M spaces then a quote": " " * 1_000_000 + "“x”",
    "500k empty paragraphs": "\n\n" * 500_000 + "“Klaar”, zei ze.",
    "100k one-word quotes": "“Ja” " * 100_000,
    "10 MB single paragraph": _words(10_000_000),
    "10 MB paragraph with no punctuation": "woord " * 1_700_000,
}


@pytest.mark.slow
@pytest.mark.timeout(HANG_GUARD)
@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_finishes(name):
    text = ADVERSARIAL[name]
    assert_offsets(text, extract(text, name, kinds=("direct", "partial", "indirect", "other")))


@pytest.mark.parametrize("text", [
    "\ue000\n\n“i i",
    "Hij zei \ue000: “Dit klopt niet”, aldus \ue000.",
    "“A” \ue000 “B” \ue000, zegt Jan.",
    "Het woord quotation staat hier: “ quotation ”, zei ze.",
])
def test_no_input_character_is_taken_for_the_quotation_placeholder(text):
    quotes = extract(text, kinds=("direct", "partial", "indirect", "other"))
    for q in quotes:
        assert text[q.start:q.end] == q.text
