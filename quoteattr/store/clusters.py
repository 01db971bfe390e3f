"""Quote clusters: one statement across articles, kept up to date on every write.

A *wording* is one ``quotes.text_hash`` (the folded words: case, accents, marks and glyph style do
not count), so reprints of the same words are one wording. Two wordings are linked when they
share a MinHash LSH bucket (``cluster_buckets``: no pair is compared unless it does) and their
words align closely (:mod:`quoteattr.factcheck.text`). A cluster is a connected component of the
links, named by its smallest text_hash. Links and components depend only on which wordings are
stored, never on the order articles came in, and a write only touches the clusters it changes:
triggers queue changed text hashes in ``cluster_pending`` and :func:`update` (called in the
writer's transaction) adds, removes and relinks them, then refreshes the touched summaries.

Summaries (``clusters``) and each wording's diff against the earliest occurrence
(``cluster_texts``) are stored for listing and the web view; :func:`trace` computes the same
analysis live from the quotes.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Iterable, Iterator, Sequence

from ..errors import UsageError
from ..factcheck.diff import FLAG_ORDER, SAME, SERIOUS, word_diff
from ..factcheck.text import MIN_SHARED_WORDS, band_keys, content_words, similarity, words
from ..model import SPEECH_KINDS
from .names import quotation_key, split_name

log = logging.getLogger(__name__)

#: public cluster ids: 'cl-' + 16 hex digits of the cluster's smallest text_hash
CLUSTER_PREFIX = "cl-"
#: two names this alike (difflib ratio of their keys, both at least this long) are one name
#: misspelled, not two speakers
SPELLING_RATIO = 0.9
SPELLING_MIN_CHARS = 8
#: speaker kinds that name someone (a description, "een woordvoerder", names nobody)
NAMED_KINDS = ("person", "organisation", "place", "medium")
_SPEECH = "(" + ",".join(f"'{k}'" for k in SPEECH_KINDS) + ")"

SCHEMA = f"""
CREATE TABLE cluster_texts (
    text_hash TEXT PRIMARY KEY,                  -- one wording (quotes.text_hash)
    cluster TEXT NOT NULL,                       -- smallest text_hash of its connected component
    words TEXT NOT NULL,                         -- the folded words that were compared
    severity INTEGER NOT NULL DEFAULT 0,         -- against the cluster's earliest wording: 3 number or
                                                 -- negation, 2 words changed, 1 added/removed, 0 same
    flags TEXT NOT NULL DEFAULT '',              -- number,negation,changed,added,removed,extent
    diff TEXT                                    -- this wording marked: [-removed-] {{+added+}}
) WITHOUT ROWID;
CREATE INDEX cluster_texts_cluster ON cluster_texts(cluster);

CREATE TABLE cluster_buckets (                   -- MinHash LSH index: one row per band of a wording
    band INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    text_hash TEXT NOT NULL,
    PRIMARY KEY (band, bucket, text_hash)
) WITHOUT ROWID;
CREATE INDEX cluster_buckets_text ON cluster_buckets(text_hash);

CREATE TABLE cluster_links (                     -- two wordings of one statement (a < b)
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    similarity REAL NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX cluster_links_b ON cluster_links(b);

CREATE TABLE clusters (
    cluster TEXT PRIMARY KEY,                    -- smallest text_hash of the cluster
    cluster_id TEXT NOT NULL,                    -- public id: cl- + 16 hex digits
    text TEXT NOT NULL,                          -- the earliest occurrence's words as written
    speaker TEXT,                                -- the earliest named speaker
    first_quote INTEGER,                         -- quotes.id of the earliest occurrence
    first_date TEXT,
    first_doc TEXT,
    wordings INTEGER NOT NULL,
    occurrences INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    outlets TEXT NOT NULL DEFAULT '[]',          -- JSON list, first seen first
    speakers TEXT NOT NULL DEFAULT '[]',         -- JSON list of the named speakers
    severity INTEGER NOT NULL DEFAULT 0,         -- the most serious wording change
    flags TEXT NOT NULL DEFAULT '',              -- every flag, 'speaker' for conflicting speakers
    speaker_conflict INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX clusters_public ON clusters(cluster_id);
CREATE INDEX clusters_rank ON clusters(severity, occurrences);

CREATE TABLE cluster_pending (text_hash TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TRIGGER quotes_cluster_ai AFTER INSERT ON quotes BEGIN
    INSERT OR IGNORE INTO cluster_pending(text_hash) VALUES (new.text_hash);
END;
CREATE TRIGGER quotes_cluster_ad AFTER DELETE ON quotes BEGIN
    INSERT OR IGNORE INTO cluster_pending(text_hash) VALUES (old.text_hash);
END;
CREATE TRIGGER quotes_cluster_au AFTER UPDATE OF speaker_id, kind, text_hash ON quotes BEGIN
    INSERT OR IGNORE INTO cluster_pending(text_hash) VALUES (old.text_hash);
    INSERT OR IGNORE INTO cluster_pending(text_hash) VALUES (new.text_hash);
END;

-- Every occurrence of every statement, cluster by cluster, earliest first, with its diff.
CREATE VIEW cluster_view AS
SELECT c.cluster_id AS cluster,
       d.date AS date,
       d.outlet AS outlet,
       COALESCE(s.name, q.speaker) AS speaker,
       t.severity AS severity,
       t.flags AS flags,
       COALESCE(t.diff, q.text) AS wording,
       q.text AS quote,
       d.title AS title,
       d.url AS url,
       q.id AS quote_id,
       c.occurrences AS occurrences
FROM clusters c
JOIN cluster_texts t ON t.cluster = c.cluster
JOIN quotes q ON q.text_hash = t.text_hash AND +q.kind IN {_SPEECH}
JOIN documents d ON d.id = q.document_id
LEFT JOIN speakers s ON s.id = q.speaker_id;
"""


def public_id(cluster: str) -> str:
    """'cl-' + 16 hex digits of the cluster's smallest text_hash."""
    return CLUSTER_PREFIX + cluster[:16]


def create(conn: sqlite3.Connection) -> None:
    """Create the cluster tables (a schema migration) and cluster every stored quote."""
    from .schema import _split_sql

    for statement in _split_sql(SCHEMA):
        conn.execute(statement)
    conn.execute(f"INSERT OR IGNORE INTO cluster_pending SELECT DISTINCT text_hash FROM quotes WHERE kind IN {_SPEECH}")
    update(conn)


def rebuild(conn: sqlite3.Connection) -> int:
    """Drop every cluster and build them again from the quotes (inside the caller's transaction);
    returns the number of clusters. The result equals what incremental updates give."""
    for table in ("cluster_texts", "cluster_buckets", "cluster_links", "clusters", "cluster_pending"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute(f"INSERT INTO cluster_pending SELECT DISTINCT text_hash FROM quotes WHERE kind IN {_SPEECH}")
    update(conn)
    return conn.execute("SELECT COUNT(*) FROM clusters").fetchone()[0]


# -- incremental maintenance -------------------------------------------------------------------


def update(conn: sqlite3.Connection) -> int:
    """Bring the clusters up to date with the queued text hashes (inside the caller's
    transaction); returns how many wordings were looked at."""
    rows = conn.execute(
        f"""SELECT p.text_hash, t.cluster,
                   EXISTS (SELECT 1 FROM quotes q WHERE q.text_hash = p.text_hash AND +q.kind IN {_SPEECH})
            FROM cluster_pending p LEFT JOIN cluster_texts t ON t.text_hash = p.text_hash
            ORDER BY p.text_hash"""
    ).fetchall()
    if not rows:
        return 0
    conn.execute("DELETE FROM cluster_pending")
    touched: set[str] = set()
    shrunk: set[str] = set()
    added: list[str] = []
    for text_hash, cluster, present in rows:
        if cluster is not None:
            touched.add(cluster)
            if not present:
                _remove(conn, text_hash)
                shrunk.add(cluster)
        elif present:
            added.append(text_hash)
    for cluster in sorted(shrunk):  # a removed wording may have held a cluster together
        touched |= _recomponent(conn, cluster)
    if added:
        touched |= _add_many(conn, added)
    _refresh(conn, touched)
    return len(rows)


def _remove(conn: sqlite3.Connection, text_hash: str) -> None:
    conn.execute("DELETE FROM cluster_buckets WHERE text_hash = ?", (text_hash,))
    conn.execute("DELETE FROM cluster_links WHERE a = ? OR b = ?", (text_hash, text_hash))
    conn.execute("DELETE FROM cluster_texts WHERE text_hash = ?", (text_hash,))


def _recomponent(conn: sqlite3.Connection, cluster: str) -> set[str]:
    """Split a cluster into the connected components of its remaining links; their new names."""
    members = {r[0] for r in conn.execute("SELECT text_hash FROM cluster_texts WHERE cluster = ?", (cluster,))}
    names: set[str] = set()
    while members:
        seed = min(members)
        component, frontier = {seed}, [seed]
        while frontier:
            node = frontier.pop()
            for (other,) in conn.execute(
                "SELECT b FROM cluster_links WHERE a = ? UNION SELECT a FROM cluster_links WHERE b = ?", (node, node)
            ):
                if other not in component:
                    component.add(other)
                    frontier.append(other)
        members -= component
        name = min(component)
        names.add(name)
        if name != cluster or len(names) > 1:
            conn.executemany("UPDATE cluster_texts SET cluster = ? WHERE text_hash = ?", [(name, h) for h in component])
    return names


#: wordings sharing an LSH bucket with the given (band, bucket) pairs (a join on the index)
_CANDIDATES = """
WITH wanted(band, bucket) AS (VALUES {values})
SELECT DISTINCT t.text_hash, t.words, t.cluster
FROM wanted w
CROSS JOIN cluster_buckets b ON b.band = w.band AND b.bucket = w.bucket
CROSS JOIN cluster_texts t ON t.text_hash = b.text_hash
"""


def _add_many(conn: sqlite3.Connection, hashes: list[str]) -> set[str]:
    """Index new wordings, link each to the wordings it shares an LSH bucket with and is one
    statement with, and merge their clusters; returns the cluster names touched."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS cluster_new (text_hash TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.cluster_new")
    conn.executemany("INSERT INTO temp.cluster_new VALUES (?)", [(h,) for h in hashes])
    texts = dict(
        conn.execute(
            f"""SELECT n.text_hash, (SELECT q.text FROM quotes q WHERE q.text_hash = n.text_hash
                                    AND +q.kind IN {_SPEECH} LIMIT 1)
                FROM temp.cluster_new n"""
        ).fetchall()
    )
    new_words = {h: words(texts.get(h) or "") for h in hashes}
    conn.executemany(
        "INSERT INTO cluster_texts(text_hash, cluster, words) VALUES (?, ?, ?)",
        [(h, h, " ".join(ws)) for h, ws in new_words.items()],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO cluster_buckets(band, bucket, text_hash) VALUES (?, ?, ?)",
        [(band, bucket, h) for h, ws in new_words.items() for band, bucket in band_keys(ws)],
    )
    pairs = conn.execute(
        # CROSS JOIN fixes the order: from the new wordings through the bucket index, never a scan
        """SELECT DISTINCT n.text_hash, b.text_hash, t.words
           FROM temp.cluster_new n
           CROSS JOIN cluster_buckets nb ON nb.text_hash = n.text_hash
           CROSS JOIN cluster_buckets b ON b.band = nb.band AND b.bucket = nb.bucket AND b.text_hash != n.text_hash
           CROSS JOIN cluster_texts t ON t.text_hash = b.text_hash"""
    ).fetchall()
    links: dict[tuple[str, str], float] = {}
    for h, other, other_words in pairs:
        key = (min(h, other), max(h, other))
        if key in links:
            continue
        sim = similarity(new_words[h], other_words.split())
        if sim.same_statement:
            links[key] = sim.ratio
    conn.executemany(
        "INSERT OR REPLACE INTO cluster_links(a, b, similarity) VALUES (?, ?, ?)",
        [(a, b, sim) for (a, b), sim in sorted(links.items())],
    )
    # union the new wordings with the clusters of what they link to: a cluster is named by the
    # smallest text_hash of its component, whichever order the wordings came in
    nodes = {n for pair in links for n in pair}
    old = [n for n in nodes if n not in new_words]
    cluster_of = {h: h for h in new_words}
    for i in range(0, len(old), 500):
        chunk = old[i : i + 500]
        cluster_of.update(
            conn.execute(
                f"SELECT text_hash, cluster FROM cluster_texts WHERE text_hash IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
        )
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = root(cluster_of[a]), root(cluster_of[b])
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    renames = [(root(c), c) for c in parent if root(c) != c]
    conn.executemany("UPDATE cluster_texts SET cluster = ? WHERE cluster = ?", renames)
    return set(new_words) | set(parent)


# -- analysis (shared by the stored summaries and trace) -----------------------------------------

_OCCURRENCES = f"""
SELECT q.id AS quote_id, q.text AS text, q.text_hash AS text_hash, q.kind AS kind,
       q.char_start AS start, q.char_end AS "end", q.speaker_id AS speaker_id,
       COALESCE(s.name, q.speaker) AS speaker, q.speaker_kind AS speaker_kind, s.qid AS qid,
       d.doc_key AS doc, d.date AS date, d.outlet AS outlet, d.url AS url, d.title AS title,
       t.cluster AS cluster
FROM cluster_texts t
JOIN quotes q ON q.text_hash = t.text_hash AND +q.kind IN {_SPEECH}
JOIN documents d ON d.id = q.document_id
LEFT JOIN speakers s ON s.id = q.speaker_id
WHERE t.cluster = ?
ORDER BY d.date IS NULL, d.date, d.doc_key, q.char_start, q.char_end DESC, q.id
"""


@dataclass(slots=True)
class Analysis:
    """One cluster's occurrences (earliest first, each with its diff and speaker check) and summary."""

    occurrences: list[dict[str, Any]]
    summary: dict[str, Any]
    wordings: dict[str, dict[str, Any]]


def _named(row: dict[str, Any]) -> bool:
    return bool(row["speaker"]) and (row["speaker_kind"] in NAMED_KINDS or row["speaker_id"] is not None) and (
        row["speaker_kind"] != "description"
    )


def same_speaker(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One speaker: the same merged speaker, the same name key, or a surname alone that is the
    other's surname ('Rutte' and 'Mark Rutte')."""
    if a["speaker_id"] is not None and a["speaker_id"] == b["speaker_id"]:
        return True
    pa, pb = split_name(a["speaker"]), split_name(b["speaker"])
    if pa.key == pb.key:
        return True
    if min(len(pa.key), len(pb.key)) >= SPELLING_MIN_CHARS and SequenceMatcher(None, pa.key, pb.key).ratio() >= SPELLING_RATIO:
        return True  # one name spelled two ways ('Guiseppe Sala', 'Giuseppe Sala')
    return pa.surname == pb.surname and (pa.surname_only or pb.surname_only)


def _drop_nested(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Occurrences inside another occurrence of the same cluster in the same article (a partial
    quote within an indirect one) are one appearance: keep the outer one."""
    kept: list[dict[str, Any]] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    for row in sorted(rows, key=lambda r: (r["doc"], r["start"], -r["end"], r["quote_id"])):
        inside = any(s <= row["start"] and row["end"] <= e for s, e in spans.get(row["doc"], ()))
        if not inside:
            kept.append(row)
            spans.setdefault(row["doc"], []).append((row["start"], row["end"]))
    order = {id(r): i for i, r in enumerate(rows)}
    return sorted(kept, key=lambda r: order[id(r)])


def analyse(rows: Sequence[sqlite3.Row | dict[str, Any]]) -> Analysis:
    """Diffs against the earliest occurrence, speaker mismatches and the cluster summary for the
    occurrences of one cluster given earliest first."""
    occ = _drop_nested([dict(r) for r in rows])
    if not occ:
        return Analysis([], {}, {})
    first = occ[0]
    # a word or two ("ja", "verstandig", "Volkert, waar ben je?") is said by many people: only a
    # statement with content words of its own can be credited to the wrong one
    statement = len(content_words(words(first["text"]))) >= MIN_SHARED_WORDS
    reference_speaker = next((r for r in occ if _named(r)), None) if statement else None
    wordings: dict[str, dict[str, Any]] = {}
    conflict = False
    diffs: dict[str, Any] = {}
    for row in occ:
        diff = diffs.get(row["text"]) or diffs.setdefault(row["text"], word_diff(first["text"], row["text"]))
        row["earliest"] = row is first
        row["diff"] = diff.marked
        row["changes"] = [c.to_dict() for c in diff.changes]
        mismatch = bool(reference_speaker and _named(row) and not same_speaker(reference_speaker, row))
        conflict |= mismatch
        row["speaker_mismatch"] = mismatch
        row["flags"] = list(diff.flags) if not mismatch else _ordered([*diff.flags, "speaker"])
        row["severity"] = diff.severity
        wordings.setdefault(row["text_hash"], {"severity": diff.severity, "flags": list(diff.flags), "diff": diff.marked})
    flags = {f for w in wordings.values() for f in w["flags"]} | ({"speaker"} if conflict else set())
    speakers = list(dict.fromkeys(r["speaker"] for r in occ if _named(r)))
    summary = {
        "cluster": first["cluster"],
        "cluster_id": public_id(first["cluster"]),
        "text": first["text"],
        "speaker": reference_speaker["speaker"] if reference_speaker else None,
        "first_quote": first["quote_id"],
        "first_date": first["date"],
        "first_doc": first["doc"],
        "wordings": len(wordings),
        "occurrences": len(occ),
        "documents": len({r["doc"] for r in occ}),
        "outlets": list(dict.fromkeys(r["outlet"] for r in occ if r["outlet"])),
        "speakers": speakers,
        "severity": max(w["severity"] for w in wordings.values()),
        "flags": _ordered(flags),
        "speaker_conflict": conflict,
    }
    return Analysis(occ, summary, wordings)


def _ordered(flags: Iterable[str]) -> list[str]:
    have = set(flags)
    return [f for f in FLAG_ORDER if f in have]


def _refresh(conn: sqlite3.Connection, clusters: set[str]) -> None:
    """Recompute the stored summary and wording diffs of these clusters (gone ones are dropped)."""
    for cluster in sorted(clusters):
        conn.execute("DELETE FROM clusters WHERE cluster = ?", (cluster,))
        rows = conn.execute(_OCCURRENCES, (cluster,)).fetchall()
        if not rows:
            continue
        result = analyse(rows)
        s = result.summary
        conn.execute(
            "INSERT INTO clusters(cluster, cluster_id, text, speaker, first_quote, first_date, first_doc, "
            "wordings, occurrences, documents, outlets, speakers, severity, flags, speaker_conflict) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                cluster, s["cluster_id"], s["text"], s["speaker"], s["first_quote"], s["first_date"],
                s["first_doc"], s["wordings"], s["occurrences"], s["documents"],
                json.dumps(s["outlets"], ensure_ascii=False), json.dumps(s["speakers"], ensure_ascii=False),
                s["severity"], ",".join(s["flags"]), int(s["speaker_conflict"]),
            ),
        )
        known = {r["text_hash"] for r in rows}
        conn.executemany(
            "UPDATE cluster_texts SET severity = ?, flags = ?, diff = ? WHERE text_hash = ?",
            [(w["severity"], ",".join(w["flags"]), w["diff"], h) for h, w in result.wordings.items()]
            + [(SAME, "", None, h) for h in known - set(result.wordings)],  # nested-only wordings
        )


# -- reading ------------------------------------------------------------------------------------

SUMMARY_COLUMNS = (
    "cluster_id", "severity", "flags", "occurrences", "documents", "wordings", "first_date",
    "speaker", "speakers", "outlets", "text", "first_doc", "first_quote",
)


def _summary(row: sqlite3.Row) -> dict[str, Any]:
    rec = {k: row[k] for k in SUMMARY_COLUMNS}
    rec["flags"] = [f for f in row["flags"].split(",") if f]
    rec["speakers"] = json.loads(row["speakers"])
    rec["outlets"] = json.loads(row["outlets"])
    rec["worst"] = row["worst"] if row["severity"] else None  # the most changed wording, marked
    return rec


def find(conn: sqlite3.Connection, query: str | int) -> str:
    """The cluster (internal name) a quote id, a cl-/qa- id or a quotation text belongs to;
    UsageError when nothing matches. Text is matched by its folded words, then as a near wording
    (LSH), then as a phrase inside a stored quote (full-text search)."""
    q = str(query).strip()
    if not q:
        raise UsageError("give a quotation, a quote id or a cluster id")
    if q.isdigit():
        row = conn.execute(
            "SELECT t.cluster FROM quotes q JOIN cluster_texts t ON t.text_hash = q.text_hash WHERE q.id = ?",
            (int(q) if int(q) < 2**63 else -1,),
        ).fetchone()
        if row is None:
            raise UsageError(f"no quote with id {q} in a cluster (only direct, partial and indirect quotes are clustered)")
        return row[0]
    if q.startswith(CLUSTER_PREFIX) and all(c in "0123456789abcdef" for c in q[3:]) and len(q) > 3:
        row = conn.execute("SELECT cluster FROM clusters WHERE cluster_id = ? OR cluster_id LIKE ?",
                           (q, q + "%")).fetchone()
        if row is None:
            raise UsageError(f"no cluster {q}")
        return row[0]
    if q.startswith("qa-") and all(c in "0123456789abcdef" for c in q[3:]) and len(q) > 3:
        row = conn.execute("SELECT cluster FROM cluster_texts WHERE text_hash LIKE ?", (q[3:] + "%",)).fetchone()
        if row is None:
            raise UsageError(f"no quotation {q}")
        return row[0]
    row = conn.execute("SELECT cluster FROM cluster_texts WHERE text_hash = ?", (quotation_key(q),)).fetchone()
    if row:
        return row[0]
    ws = words(q)
    keys = band_keys(ws)
    if keys:
        values = ",".join("(?, ?)" for _ in keys)
        best = None
        for text_hash, other, cluster in conn.execute(
            _CANDIDATES.format(values=values), [v for key in keys for v in key]
        ):
            sim = similarity(ws, other.split())
            if sim.same_statement and (best is None or (sim.ratio, text_hash) > best[:2]):
                best = (sim.ratio, text_hash, cluster)
        if best:
            return best[2]
    if ws:
        phrase = '"' + " ".join(ws).replace('"', "") + '"'
        row = conn.execute(
            "SELECT t.cluster FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid "
            "JOIN cluster_texts t ON t.text_hash = q.text_hash WHERE quotes_fts MATCH ? ORDER BY quotes_fts.rank LIMIT 1",
            (phrase,),
        ).fetchone()
        if row:
            return row[0]
    raise UsageError(f"no stored quote matches {q[:80]!r}")


def trace(conn: sqlite3.Connection, query: str | int) -> dict[str, Any]:
    """The cluster of a quote or text: its summary and every occurrence, earliest first, with
    the diff against the earliest and speaker mismatches."""
    cluster = find(conn, query)
    return _trace(analyse(conn.execute(_OCCURRENCES, (cluster,)).fetchall()))


def _trace(result: Analysis) -> dict[str, Any]:
    """A trace record: the summary with ``num_occurrences`` and the ``occurrences`` themselves."""
    summary = dict(result.summary)
    summary["num_occurrences"] = summary.pop("occurrences")
    return {**summary, "occurrences": result.occurrences}


def clusters(
    conn: sqlite3.Connection,
    *,
    min_occurrences: int = 2,
    variants_only: bool = False,
    min_severity: int = 1,
    flags: Sequence[str] = (),
    speaker: str | None = None,
    limit: int | None = 50,
) -> list[dict[str, Any]]:
    """Stored cluster summaries, largest first; ``variants_only``: those with changed wording
    (at least ``min_severity``) or conflicting speakers, most serious first."""
    from .query import speaker_ids, sql_limit

    where, params = ["occurrences >= ?"], [min_occurrences]
    order = "occurrences DESC, documents DESC, cluster"
    if variants_only:
        where.append("(severity >= ? OR speaker_conflict)")
        params.append(min_severity)
        order = "MAX(severity, CASE WHEN speaker_conflict THEN ? ELSE 0 END) DESC, severity DESC, " + order
    for flag in flags:
        if flag not in FLAG_ORDER:
            raise UsageError(f"unknown flag {flag!r}; choose from {', '.join(FLAG_ORDER)}")
        where.append("(',' || flags || ',') LIKE ?")
        params.append(f"%,{flag},%")
    if speaker:
        ids = speaker_ids(conn, speaker)
        marks = ",".join("?" * len(ids)) or "NULL"
        where.append(
            f"cluster IN (SELECT t.cluster FROM cluster_texts t JOIN quotes q ON q.text_hash = t.text_hash "
            f"WHERE q.speaker_id IN ({marks}) OR q.speaker = ?)"
        )
        params.extend([*ids, speaker])
    sql = (
        "SELECT *, (SELECT t.diff FROM cluster_texts t WHERE t.cluster = clusters.cluster "
        "ORDER BY t.severity DESC, t.text_hash LIMIT 1) AS worst "
        f"FROM clusters WHERE {' AND '.join(where)} ORDER BY {order}"
    )
    if variants_only:
        params.append(SERIOUS)
    limit = sql_limit(limit)
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return [_summary(r) for r in conn.execute(sql, params)]


def cluster_names(conn: sqlite3.Connection, public_ids: Iterable[str]) -> list[str]:
    """Internal names of public cluster ids (UsageError for an unknown one)."""
    return [find(conn, cid) for cid in public_ids]


def traces(conn: sqlite3.Connection, names: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Full traces of the clusters with these internal names."""
    for name in names:
        result = analyse(conn.execute(_OCCURRENCES, (name,)).fetchall())
        if result.occurrences:
            yield _trace(result)


def stats(conn: sqlite3.Connection) -> dict[str, int]:
    """How many wordings, clusters, clusters in several articles, and flagged clusters are stored."""
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "wordings": one("SELECT COUNT(*) FROM cluster_texts"),
        "clusters": one("SELECT COUNT(*) FROM clusters"),
        "multi_document": one("SELECT COUNT(*) FROM clusters WHERE documents > 1"),
        "multi_wording": one("SELECT COUNT(*) FROM clusters WHERE wordings > 1"),
        "variants": one("SELECT COUNT(*) FROM clusters WHERE severity >= 1"),
        "serious": one(f"SELECT COUNT(*) FROM clusters WHERE severity >= {SERIOUS}"),
        "speaker_conflicts": one("SELECT COUNT(*) FROM clusters WHERE speaker_conflict"),
        "links": one("SELECT COUNT(*) FROM cluster_links"),
        "pending": one("SELECT COUNT(*) FROM cluster_pending"),
    }


def checklist(
    conn: sqlite3.Connection,
    *,
    categories: Sequence[str] = (),
    speaker: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_occurrences: int = 1,
    limit: int | None = 50,
) -> list[dict[str, Any]]:
    """Statements (one per cluster, in its earliest wording) that hold something checkable,
    the most kinds of checkable element first, then the most repeated."""
    from ..factcheck.checkable import CATEGORIES, find_checkable
    from ..factcheck.checkable import categories as categories_of
    from .query import check_date, sql_limit

    for cat in categories:
        if cat not in CATEGORIES:
            raise UsageError(f"unknown category {cat!r}; choose from {', '.join(CATEGORIES)}")
    since, until = check_date(since, "--since"), check_date(until, "--until")
    limit = sql_limit(limit)
    rows = clusters(conn, min_occurrences=min_occurrences, speaker=speaker, limit=None)
    out = []
    for rec in rows:
        if since and (not rec["first_date"] or rec["first_date"] < since):
            continue
        if until and (not rec["first_date"] or rec["first_date"][: len(until)] > until):
            continue
        found = find_checkable(rec["text"])
        cats = categories_of(found)
        if not cats or (categories and not set(categories) & set(cats)):
            continue
        out.append({**rec, "checkable": cats, "cues": [f"{c.category}: {c.text}" for c in found]})
    out.sort(key=lambda r: (-len(r["checkable"]), -r["occurrences"], r["first_date"] or "", r["cluster_id"]))
    return out[:limit] if limit else out
