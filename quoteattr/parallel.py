"""Extraction over many documents with a pool of processes (``--jobs N``).

The input is read lazily and cut into batches (by document count and total characters); at most
a few batches per worker are in flight, so memory stays flat however large the input is. Results
come back in input order. A document that fails, even one that kills its worker process, yields
an error Result and the rest go on. Results are the same as with ``jobs=1``.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Iterable, Iterator, Sequence

from .pipeline import DEFAULT_MAX_CHARS, Result, parse_kinds, extract_document, extract_one, unexpected_error
from .errors import ExtractionFailed, QuoteattrError, UsageError, WorkerCrashed
from .model import Document, Quote

log = logging.getLogger(__name__)

#: a batch closes at this many documents ...
BATCH_DOCS = 64
#: ... or at this many characters of text, whichever comes first
BATCH_CHARS = 500_000
#: batches in flight per worker (bounds memory; >1 keeps every worker busy)
IN_FLIGHT_PER_WORKER = 2

# What a worker sends back per document: the quotes and the error (None when it went well).
_Outcome = tuple[list[Quote], QuoteattrError | None]


def resolve_jobs(jobs: int | None) -> int:
    """The number of worker processes for ``jobs`` (0 or None: one per CPU)."""
    if jobs is None or jobs == 0:
        return os.cpu_count() or 1
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 0:
        raise UsageError(f"--jobs must be a whole number ≥ 0 (0 = all cores), not {jobs!r}")
    return jobs


def _transportable(error: QuoteattrError | None, document: Document) -> QuoteattrError | None:
    """The error itself if it survives pickling, else an ExtractionFailed carrying its text."""
    if error is None:
        return None
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:  # noqa: BLE001 - an exception class with an unusual constructor
        return ExtractionFailed(f"{type(error).__name__}: {error}", source=document.source or document.id)


def _run_batch(
    batch: list[Document], backend: str, kinds: tuple[str, ...], max_chars: int | None
) -> list[_Outcome]:
    """Worker side: extract every document of a batch; the documents themselves are not sent back."""
    out: list[_Outcome] = []
    for document in batch:
        result = extract_one(document, backend=backend, kinds=kinds, max_chars=max_chars)
        out.append((result.quotes, _transportable(result.error, document)))
    return out


#: what the warm-up extracts: a name, so that the name lexicons (entities.py) load too, and
#: indirect speech, so that forked workers inherit every table the engine builds on first use
_WARM_UP_TEXT = "„Dat klopt”, zei minister Jan de Vries dinsdag in Den Haag. Volgens de politie is dat niet waar."


def _warm_up(backend: str) -> None:
    """Load the rules engine and its language data once, so forked workers inherit them."""
    try:
        extract_document(Document(id="<warm-up>", text=_WARM_UP_TEXT), max_chars=None)
    except Exception:  # noqa: BLE001 - warming is an optimisation only; errors surface later
        log.debug("warm-up failed", exc_info=True)


def _die_with_parent() -> None:
    """Worker initializer: on Linux, ask the kernel to kill this worker when its parent dies,
    so a `kill -9` of `quoteattr ingest` leaves no orphaned workers behind."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except Exception:  # noqa: BLE001 - best effort: other platforms keep the default
            log.debug("could not set the parent-death signal", exc_info=True)


def _init_worker(backend: str, warm: bool) -> None:
    _die_with_parent()
    if warm:
        _warm_up(backend)


def _batches(documents: Iterable[Document], batch_docs: int, batch_chars: int) -> Iterator[list[Document]]:
    """Cut a stream of documents into lists, lazily."""
    batch: list[Document] = []
    chars = 0
    for document in documents:
        batch.append(document)
        chars += len(document.text)
        if len(batch) >= batch_docs or chars >= batch_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _context() -> multiprocessing.context.BaseContext:
    """'fork' where the platform has it (fast start, inherits the loaded engine), else 'spawn'."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


class _Pool:
    """A ProcessPoolExecutor that can be replaced when a worker dies."""

    def __init__(self, workers: int, backend: str):
        self.workers = workers
        self.backend = backend
        self.executor: ProcessPoolExecutor | None = None

    def get(self) -> ProcessPoolExecutor:
        if self.executor is None:
            ctx = _context()
            inherited = ctx.get_start_method() == "fork" and self.backend == "rules"
            if inherited:
                _warm_up(self.backend)  # forked workers inherit the loaded engine
            self.executor = ProcessPoolExecutor(
                self.workers, mp_context=ctx, initializer=_init_worker, initargs=(self.backend, not inherited)
            )
        return self.executor

    def discard(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


def iter_extract_parallel(
    documents: Iterable[Document],
    *,
    jobs: int | None = 0,
    backend: str = "rules",
    kinds: Sequence[str] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    batch_docs: int = BATCH_DOCS,
    batch_chars: int = BATCH_CHARS,
    in_flight: int | None = None,
) -> Iterator[Result]:
    """Results for ``documents`` in input order, extracted by ``jobs`` processes (0/None = all cores).

    At most ``in_flight`` batches (default: two per worker) are read ahead of the consumer.
    """
    workers = resolve_jobs(jobs)
    kinds = parse_kinds(kinds)
    if batch_docs < 1 or batch_chars < 1:
        raise UsageError("batch sizes must be at least 1")
    limit = max(1, in_flight if in_flight is not None else IN_FLIGHT_PER_WORKER * workers)
    batches = _batches(documents, batch_docs, batch_chars)

    # Read ahead; a single batch (or one worker) is not worth a pool: run it here.
    head: list[list[Document]] = []
    for batch in batches:
        head.append(batch)
        if len(head) >= 2:
            break
    if workers == 1 or len(head) < 2:
        for batch in head:
            for document in batch:
                yield extract_one(document, backend=backend, kinds=kinds, max_chars=max_chars)
        for batch in batches:  # only reached with workers == 1
            for document in batch:
                yield extract_one(document, backend=backend, kinds=kinds, max_chars=max_chars)
        return

    pool = _Pool(workers, backend)
    args = (backend, kinds, max_chars)
    pending: deque[tuple[list[Document], Future]] = deque()
    source = _chain(head, batches)
    try:
        while True:
            while len(pending) < limit:
                batch = next(source, None)
                if batch is None:
                    break
                pending.append((batch, _submit(pool, batch, args)))
            if not pending:
                return
            batch, future = pending.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                # Every batch in flight is lost with the pool; redo them one at a time to find
                # the document that kills its worker.
                lost = [batch] + [b for b, _ in pending]
                pending.clear()
                pool.discard()
                for redo in lost:
                    yield from _isolate(redo, pool, args)
                continue
            except Exception:  # noqa: BLE001 - e.g. a result that could not be unpickled
                log.debug("batch failed as a whole; retrying document by document", exc_info=True)
                yield from _one_by_one(batch, pool, args)
                continue
            for document, (quotes, error) in zip(batch, outcomes):
                yield Result(document, quotes, error)
    finally:
        pool.discard()


def _submit(pool: _Pool, batch: list[Document], args: tuple) -> Future:
    """Submit a batch; on a pool already broken by a dead worker, a future that says so."""
    try:
        return pool.get().submit(_run_batch, batch, *args)
    except BrokenProcessPool as exc:  # a worker died since the last submit; recovered on .result()
        failed: Future = Future()
        failed.set_exception(exc)
        return failed


def _chain(head: list[list[Document]], rest: Iterator[list[Document]]) -> Iterator[list[Document]]:
    yield from head
    yield from rest


def _isolate(batch: list[Document], pool: _Pool, args: tuple) -> Iterator[Result]:
    """Run one batch alone; if its worker dies again, run its documents one by one."""
    try:
        outcomes = _submit(pool, batch, args).result()
    except BrokenProcessPool:
        pool.discard()
        yield from _one_by_one(batch, pool, args)
        return
    except Exception:  # noqa: BLE001
        yield from _one_by_one(batch, pool, args)
        return
    for document, (quotes, error) in zip(batch, outcomes):
        yield Result(document, quotes, error)


def _one_by_one(batch: list[Document], pool: _Pool, args: tuple) -> Iterator[Result]:
    """Each document in its own task; a document whose worker dies gets a WorkerCrashed Result."""
    for document in batch:
        try:
            (quotes, error), = _submit(pool, [document], args).result()
        except BrokenProcessPool:
            pool.discard()
            log.warning("worker died while extracting %s", document.source or document.id)
            error = WorkerCrashed(
                "the worker process died while extracting this document "
                "(crashed, killed, or out of memory); the other documents went on",
                source=document.source or document.id,
            )
            yield Result(document, [], error)
            continue
        except Exception as exc:  # noqa: BLE001
            yield Result(document, [], unexpected_error(exc, document))
            continue
        yield Result(document, quotes, error)
