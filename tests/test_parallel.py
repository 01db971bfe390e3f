"""--jobs N: a process pool over batches; same results as one job, input order, failures isolated."""
from __future__ import annotations

import multiprocessing
import os
import sys
from itertools import count, islice

import pytest

import quoteattr.pipeline as pipeline
from quoteattr.api import iter_extract
from quoteattr.errors import DocumentTooLarge, QuoteattrError, UsageError
from quoteattr.model import Document
from quoteattr.parallel import ExtractionFailed, WorkerCrashed, iter_extract_parallel, resolve_jobs

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="patching the engine in workers needs the 'fork' start method",
)

_SENTENCES = [
    "“We gaan de begroting niet halen”, zei minister Van der Berg dinsdag in Den Haag.",
    "De wethouder reageerde kort: „Daar ga ik niet over.”",
    "Volgens de politie was de bestuurder onder invloed.",
    "“Het water stond tot aan de drempel,” vertelt bewoner Karin Jansen. “We hebben alles naar boven gesleept.”",
    "De raad vergadert volgende week opnieuw over de plannen.",
    ",,Dit is een historische dag'', aldus de burgemeester.",
]


def make_documents(n: int, start: int = 0) -> list[Document]:
    """Dutch news-style documents of varying length and content, with distinct ids."""
    docs = []
    for i in range(start, start + n):
        paras = [
            " ".join(_SENTENCES[(i + j + k) % len(_SENTENCES)] for k in range(1 + (i + j) % 3))
            for j in range(1 + i % 4)
        ]
        docs.append(Document(id=f"doc-{i}", text="\n\n".join(paras), source=f"test.jsonl:{i + 1}"))
    return docs


def outcome(results) -> list[tuple]:
    """Everything a Result carries, in comparable form."""
    return [
        (r.document.id, [q.to_dict() for q in r.quotes], type(r.error).__name__ if r.error else None,
         str(r.error) if r.error else None)
        for r in results
    ]


@pytest.mark.parametrize("jobs", [2, 0, None])
def test_same_results_as_one_job(jobs):
    docs = make_documents(40)
    serial = outcome(iter_extract(docs, jobs=1))
    parallel = outcome(iter_extract_parallel(iter(docs), jobs=jobs, batch_docs=3))
    assert parallel == serial
    assert sum(len(q) for _, q, _, _ in serial) > 0  # the comparison is not vacuous


def test_api_jobs_goes_through_the_pool_and_keeps_order():
    docs = make_documents(30)
    results = list(iter_extract(docs, jobs=2))
    assert [r.document.id for r in results] == [d.id for d in docs]
    assert outcome(results) == outcome(iter_extract(docs, jobs=1))


def test_order_kept_when_batches_differ_in_size():
    # Huge and tiny documents mixed: batches close on characters as well as on count.
    docs = make_documents(25)
    docs[3] = Document(id="big-3", text=" ".join([_SENTENCES[0]] * 4000))
    docs[17] = Document(id="big-17", text=" ".join([_SENTENCES[3]] * 3000))
    results = list(iter_extract_parallel(docs, jobs=2, batch_docs=4, batch_chars=20_000))
    assert [r.document.id for r in results] == [d.id for d in docs]
    assert outcome(results) == outcome(iter_extract(docs, jobs=1))


def test_too_large_document_fails_alone():
    docs = make_documents(12)
    docs[5] = Document(id="huge", text="x" * 5000, source="huge.txt")
    results = list(iter_extract_parallel(docs, jobs=2, batch_docs=2, max_chars=4000))
    assert [r.document.id for r in results] == [d.id for d in docs]
    bad = results[5]
    assert isinstance(bad.error, DocumentTooLarge)
    assert bad.error.source == "huge.txt"
    assert "4,000" in str(bad.error)
    assert all(r.ok for i, r in enumerate(results) if i != 5)


def _raise_on_bad(document: Document):
    if document.id == "bad":
        raise ValueError("boom in the engine")
    return _ORIGINAL_RULES_PASS(document)


def _crash_on_crash(document: Document):
    if document.id == "crash":
        if os.getpid() == _TEST_PID:  # never take the test process down
            raise RuntimeError("crash document reached the main process")
        os._exit(13)
    return _ORIGINAL_RULES_PASS(document)


_ORIGINAL_RULES_PASS = pipeline._rules_pass
_TEST_PID = os.getpid()


@needs_fork
def test_unexpected_exception_becomes_an_error_result(monkeypatch):
    monkeypatch.setattr(pipeline, "_rules_pass", _raise_on_bad)
    docs = make_documents(10)
    docs[4] = Document(id="bad", text=_SENTENCES[0])
    results = list(iter_extract_parallel(docs, jobs=2, batch_docs=2))
    assert [r.document.id for r in results] == [d.id for d in docs]
    err = results[4].error
    assert isinstance(err, ExtractionFailed) and isinstance(err, QuoteattrError)
    assert "ValueError" in str(err) and "boom in the engine" in str(err)
    assert err.source == "bad"
    monkeypatch.setattr(pipeline, "_rules_pass", _ORIGINAL_RULES_PASS)
    good = outcome(iter_extract(docs[:4] + docs[5:], jobs=1))
    assert outcome(results[:4] + results[5:]) == good


@needs_fork
@pytest.mark.parametrize("position", [0, 7, 19])
def test_worker_crash_fails_only_its_document(monkeypatch, position):
    monkeypatch.setattr(pipeline, "_rules_pass", _crash_on_crash)
    docs = make_documents(20)
    docs[position] = Document(id="crash", text=_SENTENCES[1], source="crash.txt")
    results = list(iter_extract_parallel(docs, jobs=2, batch_docs=3))
    assert [r.document.id for r in results] == [d.id for d in docs]
    err = results[position].error
    assert isinstance(err, WorkerCrashed)
    assert err.source == "crash.txt" and "died" in str(err)
    assert [i for i, r in enumerate(results) if not r.ok] == [position]
    monkeypatch.setattr(pipeline, "_rules_pass", _ORIGINAL_RULES_PASS)
    rest = [d for d in docs if d.id != "crash"]
    assert outcome(r for r in results if r.ok) == outcome(iter_extract(rest, jobs=1))


def test_input_is_streamed_not_materialised():
    pulled = count()

    def endless():
        for i in count():
            next(pulled)
            yield Document(id=f"d{i}", text=_SENTENCES[i % len(_SENTENCES)])

    stream = iter_extract_parallel(endless(), jobs=2, batch_docs=5, in_flight=3)
    first = list(islice(stream, 12))
    stream.close()  # abandoning the stream shuts the pool down
    assert [r.document.id for r in first] == [f"d{i}" for i in range(12)]
    # read ahead is bounded: results taken + in-flight batches (+ one batch being cut)
    assert next(pulled) <= 12 + (3 + 1) * 5 + 1
    assert not multiprocessing.active_children()


def test_single_batch_runs_without_a_pool():
    docs = make_documents(3)
    before = set(multiprocessing.active_children())
    assert outcome(iter_extract_parallel(docs, jobs=2)) == outcome(iter_extract(docs, jobs=1))
    assert set(multiprocessing.active_children()) == before


def test_empty_input():
    assert list(iter_extract_parallel([], jobs=2)) == []


@pytest.mark.parametrize("jobs", [-1, 1.5, "2"])
def test_bad_jobs(jobs):
    with pytest.raises(UsageError, match="--jobs"):
        list(iter_extract_parallel(make_documents(2), jobs=jobs))


def test_resolve_jobs_all_cores():
    assert resolve_jobs(0) == resolve_jobs(None) == (os.cpu_count() or 1)
    assert resolve_jobs(3) == 3


def test_unknown_kind_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown kind"):
        list(iter_extract_parallel(make_documents(2), jobs=2, kinds=["quips"]))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux-only")
def test_workers_die_with_a_killed_parent(tmp_path):
    """`kill -9` of the CLI must not leave its worker processes behind."""
    import json
    import signal
    import subprocess
    import time

    import psutil

    src = tmp_path / "many.jsonl"
    line = "“We gaan door met het onderzoek”, zei de officier van justitie woensdag in Arnhem. " * 40
    with src.open("w", encoding="utf-8") as fh:
        for i in range(6000):
            fh.write(json.dumps({"id": f"d{i}", "text": line}) + "\n")
    proc = subprocess.Popen([sys.executable, "-m", "quoteattr", "extract", "--jobs", "2", "--format", "jsonl",
                             "-q", str(src)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 30
    workers = []
    while time.monotonic() < deadline and not workers:
        workers = parent.children(recursive=True)
        time.sleep(0.05)
    assert workers, "the pool never started"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, f"orphaned workers: {[p.pid for p in alive]}"
