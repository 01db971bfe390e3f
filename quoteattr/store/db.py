"""QuoteDB: the quote database as a library object; the CLI commands only wrap its methods.

>>> db = QuoteDB(":memory:")  # doctest: +SKIP
>>> db.ingest([Document("a1", "“We gaan door”, zei minister Jan de Vries.")])  # doctest: +SKIP
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from ..errors import DatabaseError, QuoteattrError, UsageError
from ..model import KINDS, Document, Quote
from . import clusters as clustering
from . import exports, query
from .ingest import IngestSummary, Ingester
from .schema import SCHEMA_VERSION, connect, guarded, migrate, transaction
from .speakers import apply_gazetteer, read_gazetteer, rebuild_speakers

if TYPE_CHECKING:
    from ..api import Result

log = logging.getLogger(__name__)


class QuoteDB:
    """An SQLite quote database (WAL, foreign keys, FTS5); created and migrated on open."""

    def __init__(self, path: str | Path, *, create: bool = True, readonly: bool = False):
        """``readonly``: for reading only; opening writes nothing (no migration, no -wal when
        the file or folder is read-only). Otherwise the file is checked for corruption first."""
        self.path = Path(path)
        self.readonly = readonly
        self.conn = connect(self.path, create=create, readonly=readonly)
        try:
            self.version = migrate(self.conn, self.path, readonly=readonly)
        except BaseException:
            self.conn.close()
            raise

    # -- lifecycle ----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (a checkpoint folds the WAL back into the file)."""
        self.conn.close()

    def __enter__(self) -> "QuoteDB":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check(self, *, quick: bool = False) -> str:
        """Run ``PRAGMA integrity_check`` (``quick_check`` when ``quick``) and, unless quick or
        read-only, the full-text index check; 'ok' or DatabaseError with SQLite's findings."""
        pragma = "quick_check" if quick else "integrity_check"
        with guarded(self.path):
            rows = [r[0] for r in self.conn.execute(f"PRAGMA {pragma}(5)")]
            if rows == ["ok"] and not quick and not self.readonly:
                self.conn.execute("INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)")
        if rows != ["ok"]:
            raise DatabaseError(f"{pragma.replace('_', ' ')} failed: " + "; ".join(rows), source=str(self.path))
        return "ok"

    def columns(self) -> dict[str, tuple[bool, frozenset[str]]]:
        """Every table and view: (is a view, the columns one can sort by, rowid included
        for tables without a primary key)."""
        out: dict[str, tuple[bool, frozenset[str]]] = {}
        with guarded(self.path):
            for name, kind in self.conn.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')"):
                info = self.conn.execute("SELECT name, pk FROM pragma_table_info(?)", (name,)).fetchall()
                cols = {r[0] for r in info}
                if kind == "table" and not any(r[1] for r in info):
                    cols.add("rowid")
                out[name] = (kind == "view", frozenset(cols))
        return out

    # -- writing ------------------------------------------------------------------------------

    def ingest(
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
        rebuild_speakers: bool = False,
        extract: Callable[..., Iterator[Result]] | None = None,
    ) -> IngestSummary:
        """Extract quotes from ``documents`` and store them; unchanged documents are skipped.

        Items that are QuoteattrErrors (unreadable inputs) are counted as failed and passed to
        ``on_error``; so are documents the engine rejects. Each batch of ``batch_size`` documents
        is committed with all its quotes in one transaction.

        Speakers merge across articles in the order the articles arrive (each merge's reason
        says what was known then), so two ingest orders can differ where the evidence is close.
        ``rebuild_speakers`` ends the run with :meth:`rebuild_speakers`: the same articles then
        give the same speakers whatever their order. ``extract`` replaces the extraction
        (``iter_extract``): CoNLL-U input passes :meth:`quoteattr.conllu.ConlluSource.extract`.
        """
        if batch_size < 1:
            raise UsageError("batch size must be at least 1")
        read_conn = connect(self.path, create=False, readonly=True, check_same_thread=False)
        try:
            return Ingester(self.conn, self.path, read_conn).run(
                documents,
                backend=backend,
                jobs=jobs,
                kinds=kinds,
                batch_size=batch_size,
                force=force,
                max_chars=max_chars,
                progress=progress,
                on_error=on_error,
                rebuild_speakers_after=rebuild_speakers,
                extract=extract,
            )
        finally:
            read_conn.close()

    def rebuild_speakers(self) -> int:
        """Resolve every stored quote's speaker again, article by article in document-key order
        (one transaction): the result depends only on which articles are stored, not on the
        order they were ingested in. Gazetteer identities are kept. Returns quotes resolved."""
        with guarded(self.path), transaction(self.conn):
            n = rebuild_speakers(self.conn)
            clustering.update(self.conn)
            return n

    def add(self, document: Document, quotes: Sequence[Quote]) -> IngestSummary:
        """Store one document with quotes found elsewhere (another engine, a gold file, a test)."""
        from ..api import Result

        def given(docs: Iterator[Document], **_: Any) -> Iterator[Result]:
            for doc in docs:
                yield Result(doc, list(quotes))

        read_conn = connect(self.path, create=False, readonly=True, check_same_thread=False)
        try:
            return Ingester(self.conn, self.path, read_conn).run([document], extract=given, force=True)
        finally:
            read_conn.close()

    def load_gazetteer(self, path: str | Path) -> int:
        """Pin the identities in a gazetteer file (CSV or JSONL); returns the number of entries."""
        entries = read_gazetteer(path)
        with guarded(self.path), transaction(self.conn):
            n = apply_gazetteer(self.conn, entries)
            clustering.update(self.conn)
            return n

    # -- reading ------------------------------------------------------------------------------

    def search(
        self,
        text: str | None = None,
        *,
        speaker: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        kinds: Sequence[str] | None = None,
        limit: int | None = 20,
        raw: bool = False,
    ) -> list[dict[str, Any]]:
        """Quotes matching the words of ``text`` and the filters (speech kinds unless ``kinds``
        says otherwise); ``raw=True`` takes ``text`` as an FTS5 query."""
        with guarded(self.path):
            return query.search(
                self.conn,
                text,
                speaker=speaker,
                outlet=outlet,
                since=since,
                until=until,
                kinds=kinds,
                limit=limit,
                raw=raw,
            )

    def speakers(
        self,
        name: str | None = None,
        *,
        kinds: Sequence[str] | None = None,
        limit: int | None = 50,
        min_quotes: int = 1,
    ) -> list[dict[str, Any]]:
        """Speakers ranked by quote count, with aliases and roles."""
        with guarded(self.path):
            return query.speakers(self.conn, name, kinds=kinds, limit=limit, min_quotes=min_quotes)

    def show(self, quote_id: int) -> dict[str, Any]:
        """One quote in its paragraph with its speaker evidence; UsageError if there is none."""
        with guarded(self.path):
            rec = query.show(self.conn, quote_id)
        if rec is None:
            raise UsageError(f"no quote with id {quote_id}")
        return rec

    def counts(self) -> dict[str, int]:
        """Row counts per table."""
        with guarded(self.path):
            return query.counts(self.conn)

    def runs(self) -> list[dict[str, Any]]:
        """Every ingest run, newest first."""
        with guarded(self.path):
            return [dict(r) for r in self.conn.execute("SELECT * FROM runs ORDER BY id DESC")]

    # -- fact-checking: clusters, variants, claims (quoteattr.store.clusters) --------------------

    def trace(self, query: str | int) -> dict[str, Any]:
        """The cluster of a quote id, cluster id or quotation text: its summary and every
        occurrence, earliest first, with the diff against the earliest and speaker mismatches."""
        with guarded(self.path):
            return clustering.trace(self.conn, query)

    def clusters(self, *, min_occurrences: int = 2, limit: int | None = 50, **filters: Any) -> list[dict[str, Any]]:
        """Cluster summaries, largest first (``speaker``, ``flags`` filter)."""
        with guarded(self.path):
            return clustering.clusters(self.conn, min_occurrences=min_occurrences, limit=limit, **filters)

    def variants(
        self, *, min_severity: int = 1, flags: Sequence[str] = (), speaker: str | None = None,
        min_occurrences: int = 2, limit: int | None = 50,
    ) -> list[dict[str, Any]]:
        """Clusters whose wording changed (at least ``min_severity``: 1 words added or removed,
        2 changed, 3 a number or a negation) or whose speakers conflict, most serious first."""
        with guarded(self.path):
            return clustering.clusters(
                self.conn, variants_only=True, min_severity=min_severity, flags=flags, speaker=speaker,
                min_occurrences=min_occurrences, limit=limit,
            )

    def checklist(self, **filters: Any) -> list[dict[str, Any]]:
        """Statements with something checkable (``categories``, ``speaker``, ``since``, ``until``,
        ``min_occurrences``, ``limit``), one per cluster."""
        with guarded(self.path):
            return clustering.checklist(self.conn, **filters)

    def traces(self, cluster_ids: Iterable[str]) -> Iterator[dict[str, Any]]:
        """Full traces of clusters given by public id (cl-…), quote id or text."""
        with guarded(self.path):
            names = clustering.cluster_names(self.conn, cluster_ids)
            yield from clustering.traces(self.conn, dict.fromkeys(names))

    def claims(self, cluster_ids: Iterable[str] = (), *, quote_ids: Iterable[int] = (), **filters: Any) -> Iterator[dict[str, Any]]:
        """schema.org Claims (JSON-LD dicts): one per cluster given, one per quote given, or, when
        neither is given, one per cluster :meth:`clusters` lists with ``filters``."""
        from ..factcheck.claims import cluster_claim, quote_claim

        cluster_ids, quote_ids = list(cluster_ids), list(quote_ids)
        if not cluster_ids and not quote_ids:
            cluster_ids = [c["cluster_id"] for c in self.clusters(**filters)]
        for trace in self.traces(cluster_ids):
            yield cluster_claim(trace)
        for qid in quote_ids:
            yield quote_claim(self.trace(int(qid)), int(qid))

    def cluster_stats(self) -> dict[str, int]:
        """Counts: wordings, clusters, clusters in several articles or wordings, variants."""
        with guarded(self.path):
            return clustering.stats(self.conn)

    def rebuild_clusters(self) -> int:
        """Build every cluster again from the quotes (one transaction); returns the cluster count.
        Never needed for correctness (every write updates them); handy after a bulk edit by SQL."""
        with guarded(self.path), transaction(self.conn):
            return clustering.rebuild(self.conn)

    # -- exports ------------------------------------------------------------------------------

    def export_records(self, *, kinds: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        """Quotebank-style records, one per distinct quotation."""
        with guarded(self.path):
            yield from exports.records(self.conn, kinds=kinds)

    def export(self, fmt: str, out: IO[str] | str | Path, *, kinds: Sequence[str] | None = None) -> int:
        """Write the export in ``fmt`` (jsonl, csv, parquet) to a stream or path; returns records."""
        return exports.write(self.export_records(kinds=kinds), fmt, out)


__all__ = ["QuoteDB", "IngestSummary", "SCHEMA_VERSION"]
