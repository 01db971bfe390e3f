"""Opening the database (WAL, foreign keys, busy timeout), the schema and its forward migrations.

Every migration is one function run in its own transaction together with the row that records
it in ``schema_version``; a database newer than this code is refused, not guessed at.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import urllib.parse
from contextlib import contextmanager, suppress
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from ..errors import DatabaseError

log = logging.getLogger(__name__)

#: seconds a writer waits for another writer before the database counts as locked
BUSY_TIMEOUT_S = 10.0
#: what to do about a corrupt database (it is left as it is)
CORRUPT_ADVICE = (
    "it was left untouched: restore a backup, or try `sqlite3 FILE .recover` into a new file"
)

_V1 = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running',      -- running | done | interrupted | failed
    pid INTEGER,
    tool_version TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{}',          -- JSON: backend, jobs, kinds, batch size, force
    documents_seen INTEGER NOT NULL DEFAULT 0,
    documents_added INTEGER NOT NULL DEFAULT 0,
    documents_updated INTEGER NOT NULL DEFAULT 0,
    documents_unchanged INTEGER NOT NULL DEFAULT 0,
    documents_failed INTEGER NOT NULL DEFAULT 0,
    quotes_written INTEGER NOT NULL DEFAULT 0,
    seconds REAL
);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    doc_key TEXT NOT NULL UNIQUE,                -- Document.id: file path or JSONL record id
    source TEXT,                                 -- where it was read: path or file.jsonl:LINE
    url TEXT,
    outlet TEXT,
    date TEXT,                                   -- ISO 8601 as given
    title TEXT,
    content_hash TEXT NOT NULL,                  -- sha256 of text + metadata
    length INTEGER NOT NULL,                     -- characters
    encoding TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL
);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_date ON documents(date);

CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                          -- canonical display name
    kind TEXT NOT NULL DEFAULT 'person',         -- person | organisation
    qid TEXT,                                    -- Wikidata QID (from a gazetteer)
    name_key TEXT NOT NULL,                      -- comparison key (quoteattr.store.names)
    first_key TEXT,
    surname_key TEXT,
    surname_only INTEGER NOT NULL DEFAULT 0,     -- a one-token name ("Zelenski", "M. Rutte")
    initial TEXT,
    pinned INTEGER NOT NULL DEFAULT 0,           -- identity fixed by a gazetteer
    note TEXT                                    -- why this row exists
);
CREATE INDEX speakers_name_key ON speakers(name_key);
CREATE INDEX speakers_surname_key ON speakers(surname_key);

CREATE TABLE aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,                         -- a surface form seen or given
    alias_key TEXT NOT NULL,
    matchable INTEGER NOT NULL DEFAULT 1,        -- 0: descriptions ("de Oekraïense president")
    reason TEXT NOT NULL,                        -- why it belongs to this speaker
    PRIMARY KEY (speaker_id, alias)
);
CREATE INDEX aliases_key ON aliases(alias_key);

CREATE TABLE roles (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    role TEXT NOT NULL,                          -- function seen with the speaker ("minister")
    PRIMARY KEY (speaker_id, role)
);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,                          -- direct | partial | indirect | other
    speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    speaker TEXT,                                -- the name the engine gave, in this document
    speaker_reason TEXT,                         -- how speaker_id was chosen across documents
    speaker_mention TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_kind TEXT,
    speaker_role TEXT,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    confidence REAL NOT NULL DEFAULT 0,
    sieve TEXT,
    grp INTEGER,                                 -- split / multi-paragraph quotes share it
    paragraph INTEGER NOT NULL DEFAULT 0,
    para_start INTEGER NOT NULL,                 -- the paragraph around the quote (offsets)
    para_end INTEGER NOT NULL,
    context TEXT NOT NULL,                       -- the sentence(s) around the quote
    text_hash TEXT NOT NULL                      -- folded-text hash: one quotation across articles
);
CREATE INDEX quotes_document ON quotes(document_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_kind ON quotes(kind);
CREATE INDEX quotes_text_hash ON quotes(text_hash);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='id', tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_au AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

-- One row per quote with its speaker and document, readable column names (Datasette's main page).
CREATE VIEW quote_view AS
SELECT q.id AS quote_id,
       q.text AS quote,
       COALESCE(s.name, q.speaker) AS speaker,
       q.kind AS kind,
       d.date AS date,
       d.outlet AS outlet,
       d.title AS title,
       q.speaker_mention AS mention,
       q.cue AS cue,
       q.confidence AS confidence,
       s.qid AS qid,
       q.context AS context,
       d.url AS url,
       d.doc_key AS document,
       q.char_start AS start,
       q.char_end AS "end",
       q.speaker_id AS speaker_id
FROM quotes q
JOIN documents d ON d.id = q.document_id
LEFT JOIN speakers s ON s.id = q.speaker_id;
"""

Migration = Callable[[sqlite3.Connection], None]


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _split_sql(_V1):
        conn.execute(statement)


def _split_sql(script: str) -> list[str]:
    """Split a schema script into statements (triggers keep their inner semicolons)."""
    statements, buf = [], []
    for line in script.splitlines():
        if line.strip().startswith("--") and not buf:
            continue
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and (
            not joined.upper().startswith("CREATE TRIGGER") or joined.endswith("END;")
        ):
            statements.append(joined)
            buf = []
    if "".join(buf).strip():
        statements.append("\n".join(buf))
    return statements


def _v2(conn: sqlite3.Connection) -> None:
    """Document-scoped speakers (a generic "de gemeente" belongs to its article), then every
    stored quote's speaker resolved again with the cleaned names, roles and surname evidence."""
    conn.execute(
        "ALTER TABLE speakers ADD COLUMN document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE"
    )
    conn.execute("CREATE INDEX speakers_document ON speakers(document_id, kind, name_key)")
    from .speakers import rebuild_speakers  # the resolver imports nothing from here

    rebuild_speakers(conn)


def _v3(conn: sqlite3.Connection) -> None:
    """Quote clusters across articles (quoteattr.store.clusters), built for the stored quotes."""
    from .clusters import create

    create(conn)


#: forward migrations, in order: (version, name, function). Append only; never edit a released one.
MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "initial schema: documents, speakers, aliases, roles, quotes, runs, FTS5, quote_view", _v1),
    (2, "document-scoped speakers (speakers.document_id); speakers resolved again", _v2),
    (3, "quote clusters: cluster_texts, cluster_buckets (MinHash LSH), cluster_links, clusters, cluster_view", _v3),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def now() -> str:
    """UTC timestamp, ISO 8601, seconds."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def translate_error(exc: sqlite3.Error, path: str | Path) -> DatabaseError:
    """A clear DatabaseError for an sqlite3 error (locked, corrupt, full, not a database)."""
    msg = str(exc)
    low = msg.lower()
    if "locked" in low or "busy" in low:
        text = "database is locked by another process (is an ingest still running?); try again later"
    elif "not a database" in low or "malformed" in low or "corrupt" in low:
        text = f"database file is corrupt or not a quoteattr database ({msg}); {CORRUPT_ADVICE}"
    elif "disk is full" in low or "disk full" in low:
        text = "disk full: the last batch was rolled back, the database holds what was committed before"
    elif "readonly" in low or "read-only" in low:
        text = f"database is read-only ({msg})"
    elif "unable to open" in low:
        text = f"cannot open the database file ({msg})"
    else:
        text = f"database error: {msg}"
    return DatabaseError(text, source=str(path))


@contextmanager
def guarded(path: str | Path) -> Iterator[None]:
    """Turn sqlite3 errors inside the block into DatabaseError."""
    try:
        yield
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT; ROLLBACK on any error, unless SQLite already rolled back (a full
    disk or an I/O error ends the transaction itself: rolling back again would hide the cause)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise


def rollback(conn: sqlite3.Connection) -> None:
    """ROLLBACK if a transaction is still open (SQLite ends one itself on a full disk)."""
    if conn.in_transaction:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def connect(
    path: str | Path, *, create: bool, readonly: bool = False, check_same_thread: bool = True
) -> sqlite3.Connection:
    """Open (or create) the database in autocommit mode; WAL, foreign keys, busy timeout.

    ``readonly``: never writes, not even the -wal/-shm files when it need not (see
    :func:`readonly_uri`). A writer's file is checked first (``PRAGMA quick_check``): a corrupt
    database is refused before anything is written to it.
    """
    path = Path(path)
    if not (create and not readonly) and not path.exists():
        raise DatabaseError("no such database; create it with `quoteattr ingest`", source=str(path))
    if readonly:
        with guarded(path):
            conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=BUSY_TIMEOUT_S,
                                   check_same_thread=check_same_thread)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA query_only = ON")
        return conn
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        check_writable(path)
    with guarded(path):
        conn = sqlite3.connect(
            str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=check_same_thread
        )
    try:
        with guarded(path):
            conn.row_factory = sqlite3.Row
            if existed:
                quick_check(conn, path)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: consistent after any crash
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if mode.lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
    except BaseException:
        conn.close()
        raise
    return conn


def readonly_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` read-only: ``immutable=1`` (no -wal/-shm files, no
    locks) when we cannot write the file or its folder, so nobody else does either, and no
    unsaved -wal is beside it; ``mode=ro`` otherwise (a writer may be busy: see its changes)."""
    target = path.resolve()
    wal = target.with_name(target.name + "-wal")
    wal_pending = wal.exists() and wal.stat().st_size > 0
    unwritable = not os.access(target, os.W_OK) or not os.access(target.parent, os.W_OK)
    if unwritable and wal_pending and not os.access(target.with_name(target.name + "-shm"), os.R_OK):
        raise DatabaseError(
            f"{wal.name} holds changes not yet in the database, and the folder is read-only; "
            "open it once with write permission (any `quoteattr ingest`) to fold them in",
            source=str(path),
        )
    mode = "immutable=1" if unwritable and not wal_pending else "mode=ro"
    return f"file:{urllib.parse.quote(str(target))}?{mode}"


def check_writable(path: Path) -> None:
    """DatabaseError naming the file when a writer could not write the database or its
    -wal/-shm files (a read-only file or folder, leftovers owned by another user)."""
    for file, what in (
        (path, "the database file is read-only"),
        (path.with_name(path.name + "-wal"), "its leftover -wal file is not writable"),
        (path.with_name(path.name + "-shm"), "its leftover -shm file is not writable"),
    ):
        if file.exists() and not os.access(file, os.R_OK | os.W_OK):
            raise DatabaseError(
                f"cannot write: {what} ({file.name}); fix its permissions or owner "
                "(a non-empty -wal holds committed changes: never delete it)",
                source=str(path),
            )
    if not os.access(path.resolve().parent, os.W_OK):
        raise DatabaseError(
            "cannot write: the folder is read-only (SQLite keeps its -wal and -shm files beside "
            "the database); reading commands still work",
            source=str(path),
        )


def quick_check(conn: sqlite3.Connection, path: str | Path) -> None:
    """DatabaseError (nothing written) when ``PRAGMA quick_check`` finds damage."""
    rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
    if rows != ["ok"]:
        raise DatabaseError(
            f"database file is corrupt ({'; '.join(rows)}); {CORRUPT_ADVICE}", source=str(path)
        )


def current_version(conn: sqlite3.Connection) -> int:
    """The applied schema version; 0 for an empty database; DatabaseError for a foreign one."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "schema_version" not in tables:
        if tables:
            raise DatabaseError("not a quoteattr database (it has other tables and no schema_version)")
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, path: str | Path, *, readonly: bool = False) -> int:
    """Apply pending migrations, each in its own transaction; returns the final version.

    ``readonly``: apply none (a reading command never writes); an older schema is an error
    that says how to upgrade it.
    """
    with guarded(path):
        version = current_version(conn)
        if version > SCHEMA_VERSION:
            raise DatabaseError(
                f"database schema version {version} is newer than this quoteattr understands "
                f"({SCHEMA_VERSION}); upgrade quoteattr",
                source=str(path),
            )
        if readonly and version < SCHEMA_VERSION:
            raise DatabaseError(
                "empty database (no quoteattr schema)" if version == 0 else
                f"database schema version {version} is older than this quoteattr's ({SCHEMA_VERSION}); "
                f"upgrade it with `quoteattr check --upgrade --db {path}` (reading commands never write)",
                source=str(path),
            )
        for number, name, fn in MIGRATIONS:
            if number <= version:
                continue
            conn.execute("BEGIN IMMEDIATE")
            try:
                if number == 1:
                    conn.execute(
                        "CREATE TABLE IF NOT EXISTS schema_version ("
                        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                    )
                # another process may have migrated while we waited for the lock
                if current_version(conn) >= number:
                    conn.execute("ROLLBACK")
                    continue
                fn(conn)
                conn.execute(
                    "INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)",
                    (number, name, now()),
                )
                conn.execute("COMMIT")
                log.info("applied migration %d: %s", number, name)
            except BaseException:
                rollback(conn)
                raise
            version = number
    return version
