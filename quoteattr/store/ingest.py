"""Idempotent, crash-safe ingest: documents and their quotes are written in one transaction per
batch, so a killed process leaves either the whole document (with every quote) or nothing.

A document is keyed by ``Document.id``; its content hash (text + metadata) decides whether it is
new (insert), changed (replace its quotes) or unchanged (skip, without extracting again).
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .. import __version__
from ..api import Result, iter_extract
from ..errors import QuoteattrError
from ..model import KINDS, Document, Quote
from ..read import clean_document
from .clusters import update as update_clusters
from .names import quotation_key
from .schema import guarded, now, transaction
from .speakers import DocumentContext, SpeakerResolver, drop_orphans, rebuild_speakers

log = logging.getLogger(__name__)

#: a blank line (possibly with spaces) separates paragraphs in hard-wrapped text
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
#: a sentence ends at . ! ? … (optionally followed by a closing mark) and whitespace
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s+")
#: characters of context kept on each side of a quote at most
CONTEXT_CHARS = 300


@dataclass(slots=True)
class IngestSummary:
    """Counts of one ingest run (also stored in the ``runs`` table)."""

    run_id: int
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    quotes: int = 0
    seconds: float = 0.0
    errors: list[QuoteattrError] = field(default_factory=list)

    @property
    def seen(self) -> int:
        """Documents dealt with: stored, skipped as unchanged, or failed. Documents still in
        the extraction pipeline when a run stops are not counted (nothing was done with them)."""
        return self.added + self.updated + self.unchanged + self.failed

    def as_dict(self) -> dict:
        """Plain dict (errors as strings)."""
        return {
            "run_id": self.run_id,
            "seen": self.seen,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "quotes": self.quotes,
            "seconds": round(self.seconds, 3),
            "errors": [str(e) for e in self.errors],
        }

    def __str__(self) -> str:
        docs = "document" if self.seen == 1 else "documents"
        quotes = "quote" if self.quotes == 1 else "quotes"
        return (
            f"{self.seen:,} {docs}: {self.added:,} added, {self.updated:,} updated, {self.unchanged:,} unchanged, "
            f"{self.failed:,} failed; {self.quotes:,} {quotes} written in {self.seconds:.1f}s"
        )


def content_hash(doc: Document) -> str:
    """sha256 over the text and the metadata we store (changing either replaces the document)."""
    h = hashlib.sha256()
    for part in (doc.text, doc.url, doc.outlet, doc.date, doc.title):
        h.update((part or "").encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


class ParagraphIndex:
    """Paragraph bounds of one text: blank-line separated if it has blank lines, else per line."""

    def __init__(self, text: str):
        sep = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
        self.starts = [0]
        self.ends = []
        for m in sep.finditer(text):
            self.ends.append(m.start())
            self.starts.append(m.end())
        self.ends.append(len(text))

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """(start, end) of the paragraph(s) covering [start, end)."""
        first = max(0, bisect.bisect_right(self.starts, start) - 1)
        last = max(0, bisect.bisect_right(self.starts, max(start, end - 1)) - 1)
        return self.starts[first], self.ends[last]


def sentence_context(text: str, start: int, end: int, para: tuple[int, int]) -> str:
    """The sentence(s) around [start, end) inside the paragraph, at most CONTEXT_CHARS per side."""
    lo = max(para[0], start - CONTEXT_CHARS)
    hi = min(para[1], end + CONTEXT_CHARS)
    before = list(_SENTENCE_END.finditer(text, lo, max(lo, start - 1)))
    if before:
        lo = before[-1].end()
    elif lo > para[0]:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    after = _SENTENCE_END.search(text, end, hi)
    if after:
        hi = after.start() + 1
    elif hi < para[1]:
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    return text[lo:hi].strip()


class Ingester:
    """One ingest run over a database connection (used through QuoteDB.ingest)."""

    def __init__(self, conn: sqlite3.Connection, path: str | Path, read_conn: sqlite3.Connection):
        self.conn = conn
        self.path = path
        self.read_conn = read_conn
        self.resolver = SpeakerResolver(conn)

    def run(
        self,
        documents: Iterable[Document | QuoteattrError],
        *,
        backend: str = "rules",
        jobs: int = 1,
        kinds: Sequence[str] = KINDS,
        batch_size: int = 100,
        force: bool = False,
        max_chars: int | None = None,
        progress: Callable[[int], None] | None = None,
        on_error: Callable[[QuoteattrError], None] | None = None,
        extract: Callable[..., Iterator[Result]] | None = None,
        rebuild_speakers_after: bool = False,
    ) -> IngestSummary:
        """Extract and store every document; returns the summary (also written to ``runs``).

        ``rebuild_speakers_after``: resolve every speaker again in document-key order at the
        end, so the merging no longer depends on the order articles were ingested in."""
        t0 = time.perf_counter()
        options = {
            "backend": backend,
            "jobs": jobs,
            "kinds": list(kinds),
            "batch_size": batch_size,
            "force": force,
            "max_chars": max_chars,
        }
        summary = IngestSummary(run_id=self._start_run(options))

        def failed(err: QuoteattrError) -> None:
            summary.failed += 1
            summary.errors.append(err)
            if on_error:
                on_error(err)  # the caller reports it: logging it too would print it twice
            else:
                log.warning("%s", err)

        def wanted() -> Iterator[Document]:
            for item in documents:
                if isinstance(item, QuoteattrError):
                    failed(item)
                    continue
                item = clean_document(item)  # a library caller's lone surrogates, as read.py does
                if not force and self._stored_hash(item.id) == content_hash(item):
                    summary.unchanged += 1
                    if progress:
                        progress(1)
                    continue
                yield item

        extract = extract or iter_extract
        kwargs = {"jobs": jobs, "backend": backend, "kinds": tuple(kinds)}
        if max_chars is not None:
            kwargs["max_chars"] = max_chars
        batch: list[Result] = []
        status = "failed"
        try:
            for result in extract(wanted(), **kwargs):
                if result.error is not None:
                    failed(result.error)
                    if progress:
                        progress(1)
                    continue
                batch.append(result)
                if len(batch) >= batch_size:
                    self._write_batch(batch, summary, progress)
                    batch = []
            if batch:
                self._write_batch(batch, summary, progress)
            if rebuild_speakers_after:
                self._canonical_speakers()
            status = "done"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            summary.seconds = time.perf_counter() - t0
            try:
                self._finish_run(summary, status)
            except QuoteattrError:  # the original error matters more
                log.debug("could not record the end of run %s", summary.run_id)
        return summary

    def _canonical_speakers(self) -> None:
        """Resolve every speaker again, article by article in document-key order: merging across
        articles is then the same whatever order the articles came in (one transaction)."""
        with guarded(self.path), transaction(self.conn):
            rebuild_speakers(self.conn)
            update_clusters(self.conn)
        self.resolver.reset()

    # -- runs ---------------------------------------------------------------------------------

    def _start_run(self, options: dict) -> int:
        with guarded(self.path), transaction(self.conn):
            for row in self.conn.execute("SELECT id, pid FROM runs WHERE status = 'running'").fetchall():
                if not _pid_alive(row["pid"]):
                    self.conn.execute("UPDATE runs SET status = 'interrupted' WHERE id = ?", (row["id"],))
            cur = self.conn.execute(
                "INSERT INTO runs(started_at, pid, tool_version, options) VALUES (?, ?, ?, ?)",
                (now(), os.getpid(), __version__, json.dumps(options, sort_keys=True)),
            )
        return int(cur.lastrowid)

    def _run_counts(self, summary: IngestSummary) -> None:
        self.conn.execute(
            "UPDATE runs SET documents_seen = ?, documents_added = ?, documents_updated = ?, "
            "documents_unchanged = ?, documents_failed = ?, quotes_written = ?, seconds = ? WHERE id = ?",
            (
                summary.seen,
                summary.added,
                summary.updated,
                summary.unchanged,
                summary.failed,
                summary.quotes,
                round(summary.seconds, 3),
                summary.run_id,
            ),
        )

    def _finish_run(self, summary: IngestSummary, status: str) -> None:
        with guarded(self.path), transaction(self.conn):
            self._run_counts(summary)
            self.conn.execute(
                "UPDATE runs SET status = ?, finished_at = ? WHERE id = ?", (status, now(), summary.run_id)
            )

    # -- documents ----------------------------------------------------------------------------

    def _stored_hash(self, key: str) -> str | None:
        with guarded(self.path):
            row = self.read_conn.execute(
                "SELECT content_hash FROM documents WHERE doc_key = ?", (key,)
            ).fetchone()
        return row[0] if row else None

    def _write_batch(
        self, batch: list[Result], summary: IngestSummary, progress: Callable[[int], None] | None
    ) -> None:
        """One transaction: every document of the batch with all its quotes, and the run counts."""
        counts = (summary.added, summary.updated, summary.unchanged, summary.quotes)
        try:
            with guarded(self.path), transaction(self.conn):
                replaced = False
                for result in batch:
                    replaced |= self._write_document(result, summary)
                if replaced:
                    drop_orphans(self.conn)
                self.resolver.settle()
                update_clusters(self.conn)
                self._run_counts(summary)
        except BaseException:
            # nothing of the batch was stored: its documents count as failed, not as added
            summary.added, summary.updated, summary.unchanged, summary.quotes = counts
            summary.failed += len(batch)
            self.resolver.reset()
            self.resolver.touched.clear()
            raise
        if progress:
            progress(len(batch))

    def _write_document(self, result: Result, summary: IngestSummary) -> bool:
        """Insert or replace one document and its quotes; True when an older version was replaced."""
        doc = result.document
        digest = content_hash(doc)
        row = self.conn.execute(
            "SELECT id, content_hash FROM documents WHERE doc_key = ?", (doc.id,)
        ).fetchone()
        values = (
            doc.source,
            doc.url,
            doc.outlet,
            doc.date,
            doc.title,
            digest,
            len(doc.text),
            doc.encoding,
            doc.text,
            now(),
            summary.run_id,
        )
        replaced = False
        if row is None:
            cur = self.conn.execute(
                "INSERT INTO documents(source, url, outlet, date, title, content_hash, length, "
                "encoding, text, "
                "ingested_at, run_id, doc_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, doc.id),
            )
            doc_id = cur.lastrowid
            summary.added += 1
        else:
            doc_id = row["id"]
            self.conn.execute("DELETE FROM quotes WHERE document_id = ?", (doc_id,))
            self.conn.execute(
                "UPDATE documents SET source = ?, url = ?, outlet = ?, date = ?, title = ?, "
                "content_hash = ?, "
                "length = ?, encoding = ?, text = ?, ingested_at = ?, run_id = ? WHERE id = ?",
                (*values, doc_id),
            )
            if row["content_hash"] == digest:
                summary.unchanged += 1  # forced re-extraction, or the same document twice in one input
            else:
                summary.updated += 1
            replaced = True
        self._write_quotes(doc_id, doc.id, doc.text, result.quotes)
        summary.quotes += len(result.quotes)
        return replaced

    def _write_quotes(self, doc_id: int, doc_key: str, text: str, quotes: list[Quote]) -> None:
        self.resolver.begin_document(
            DocumentContext.build(
                doc_id, doc_key, text, [(q.speaker, q.speaker_kind, q.speaker_mention) for q in quotes]
            )
        )
        paragraphs = ParagraphIndex(text)
        rows = []
        for q in quotes:
            res = self.resolver.resolve(
                q.speaker, q.speaker_kind, q.speaker_mention, q.speaker_role, q.speaker_start
            )
            para = paragraphs.bounds(q.start, q.end)
            rows.append(
                (
                    doc_id,
                    q.start,
                    q.end,
                    q.text,
                    q.kind,
                    res.speaker_id,
                    q.speaker,
                    res.reason,
                    q.speaker_mention,
                    q.speaker_start,
                    q.speaker_end,
                    q.speaker_kind,
                    q.speaker_role,
                    q.cue,
                    q.cue_start,
                    q.cue_end,
                    float(q.confidence or 0.0),
                    q.sieve,
                    q.group,
                    q.paragraph,
                    para[0],
                    para[1],
                    sentence_context(text, q.start, q.end, para),
                    quotation_key(q.text),
                )
            )
        self.conn.executemany(
            "INSERT INTO quotes(document_id, char_start, char_end, text, kind, speaker_id, speaker, "
            "speaker_reason, "
            "speaker_mention, speaker_start, speaker_end, speaker_kind, speaker_role, cue, "
            "cue_start, cue_end, "
            "confidence, sieve, grp, paragraph, para_start, para_end, context, text_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - someone else's process
        return True
    return True
