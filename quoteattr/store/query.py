"""Read side: full-text search with filters, the ranked speaker list, one quote with its evidence."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from typing import Any, Sequence

from ..api import parse_kinds
from ..errors import QueryError, UsageError
from .names import split_name

#: accepted --since/--until values: a year, a month or a day
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
#: the largest INTEGER SQLite stores (larger Python ints raise OverflowError)
SQLITE_MAX_INT = 2**63 - 1
#: paragraphs longer than this are shown as a window around the quote
SHOW_MAX_CHARS = 2000
SHOW_WINDOW = 800

#: columns of a search/quote record, in order
QUOTE_COLUMNS = (
    "id",
    "date",
    "outlet",
    "speaker",
    "kind",
    "text",
    "doc",
    "start",
    "end",
    "speaker_mention",
    "cue",
    "confidence",
    "sieve",
    "title",
    "url",
    "speaker_id",
)

_QUOTE_SELECT = """
SELECT q.id AS id, d.date AS date, d.outlet AS outlet, COALESCE(s.name, q.speaker) AS speaker, q.kind AS kind,
       q.text AS text, d.doc_key AS doc, q.char_start AS start, q.char_end AS "end",
       q.speaker_mention AS speaker_mention, q.cue AS cue, q.confidence AS confidence, q.sieve AS sieve,
       d.title AS title, d.url AS url, q.speaker_id AS speaker_id
"""


#: a query part: a "phrase in double quotes" (closing quote optional), or a run of other characters
_QUERY_PART = re.compile(r'"([^"]*)"?|([^\s"]+)')
#: what the FTS5 tokenizer (unicode61) keeps as part of a word
_WORD_CHAR = re.compile(r"\w")


def words_query(query: str) -> str | None:
    """An ordinary search turned into FTS5: every word as typed, whatever its punctuation.

    ``D66-leider`` → ``"D66-leider"`` (the words d66 and leider, next to each other), ``zo'n`` →
    ``"zo'n"``, ``"geen commentaar"`` stays a phrase, ``klima*`` is a prefix, and an upper-case
    ``OR`` between two parts keeps its meaning; everything else is a word. None when nothing
    searchable is left (only punctuation).

    >>> words_query('D66-leider "geen commentaar" kabinet-Rutte')
    '"D66-leider" "geen commentaar" "kabinet-Rutte"'
    >>> words_query('Charkov OR Charkiv klima*')
    '"Charkov" OR "Charkiv" "klima"*'
    """
    parts: list[str] = []
    for m in _QUERY_PART.finditer(query):
        phrase, word = m.group(1), m.group(2)
        if word == "OR":
            if parts and parts[-1] != "OR":
                parts.append("OR")
            continue
        text = phrase if phrase is not None else word
        prefix = phrase is None and text.endswith("*")
        text = text.rstrip("*") if prefix else text
        if not _WORD_CHAR.search(text):
            continue
        parts.append('"' + text.replace('"', '""') + '"' + ("*" if prefix else ""))
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts) or None


def sql_limit(limit: int | None) -> int | None:
    """A LIMIT SQLite can take: None or 0 for none; huge values mean no limit (an INTEGER is 64
    bits: 10**30 raised OverflowError); a negative one is a UsageError."""
    if limit is not None and limit < 0:
        raise UsageError("--limit must be 0 (no limit) or more")
    return limit if limit and limit <= SQLITE_MAX_INT else None


def check_date(value: str | None, option: str) -> str | None:
    """Validate YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is None:
        return None
    value = value.strip()
    if not _DATE.match(value):
        raise UsageError(f"{option} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise UsageError(f"{option}: {value!r} is not a date ({exc})") from exc
    return value


def speaker_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """Speakers a name refers to: same key, a name alias, or (one word) that surname."""
    parts = split_name(name)
    if not parts.key:
        return []
    sql = (
        "SELECT id FROM speakers WHERE name_key = :k UNION "
        "SELECT speaker_id FROM aliases WHERE alias_key = :k AND matchable"
    )
    if parts.surname_only:
        sql += " UNION SELECT id FROM speakers WHERE surname_key = :s"
    return [r[0] for r in conn.execute(sql, {"k": parts.key, "s": parts.surname})]


def search(
    conn: sqlite3.Connection,
    query: str | None = None,
    *,
    speaker: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    kinds: Sequence[str] | None = None,
    limit: int | None = 20,
    raw: bool = False,
) -> list[dict[str, Any]]:
    """Quotes matching ``query`` and the filters, best match first; accents and case ignored.

    The query is taken as words (see :func:`words_query`); ``raw=True`` passes it to SQLite
    FTS5 as it is (``NEAR(a b)``, ``text:…``, ``NOT``), and a query FTS5 cannot parse is a
    QueryError."""
    wanted = parse_kinds(kinds)
    typed = query
    if query is not None and query.strip() and not raw:
        query = words_query(query)
        if query is None:
            raise QueryError(f"nothing to search for in {typed!r}: it has no letters or digits")
    since = check_date(since, "--since")
    until = check_date(until, "--until")
    limit = sql_limit(limit)
    where = [f"q.kind IN ({','.join('?' * len(wanted))})"]
    params: list[Any] = list(wanted)
    joins = ""
    order = "d.date DESC, q.id"
    if query is not None and query.strip():
        joins = "JOIN quotes_fts ON quotes_fts.rowid = q.id"
        where.append("quotes_fts MATCH ?")
        params.append(query)
        order = "quotes_fts.rank, d.date DESC, q.id"
    if speaker:
        ids = speaker_ids(conn, speaker)
        where.append(f"(q.speaker_id IN ({','.join('?' * len(ids)) or 'NULL'}) OR q.speaker = ?)")
        params.extend([*ids, speaker])
    if outlet:
        where.append("d.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if since:
        where.append("d.date >= ?")
        params.append(since)
    if until:
        where.append("substr(d.date, 1, ?) <= ?")
        params.extend([len(until), until])
    sql = (
        f"{_QUOTE_SELECT} FROM quotes q {joins} JOIN documents d ON d.id = q.document_id "
        f"LEFT JOIN speakers s ON s.id = q.speaker_id WHERE {' AND '.join(where)} ORDER BY {order}"
    )
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    except sqlite3.OperationalError as exc:
        low = str(exc).lower()
        if query and not any(w in low for w in ("locked", "busy", "malformed", "disk", "readonly")):
            if raw:
                raise QueryError(
                    f"cannot parse search query {typed!r} as FTS5 ({exc}); put words with punctuation "
                    "in double quotes (e.g. '\"D66-leider\" OR Jetten'), or leave out --fts to search "
                    "for the words as typed"
                ) from exc
            raise QueryError(f"cannot search for {typed!r} ({exc})") from exc
        raise


def speakers(
    conn: sqlite3.Connection,
    name: str | None = None,
    *,
    kinds: Sequence[str] | None = None,
    limit: int | None = 50,
    min_quotes: int = 1,
) -> list[dict[str, Any]]:
    """Speakers ranked by number of quotes, with documents, aliases, roles and QID."""
    wanted = parse_kinds(kinds)
    limit = sql_limit(limit)
    min_quotes = min(min_quotes, SQLITE_MAX_INT)
    params: list[Any] = list(wanted)
    where = ""
    if name:
        ids = speaker_ids(conn, name)
        like = f"%{name.strip()}%"
        where = (
            f"WHERE s.id IN ({','.join('?' * len(ids)) or 'NULL'}) OR s.name LIKE ? "
            "OR EXISTS (SELECT 1 FROM aliases a WHERE a.speaker_id = s.id AND a.alias LIKE ?)"
        )
        params.extend([*ids, like, like])
    sql = f"""
        SELECT s.id AS id, s.name AS name, s.kind AS kind, s.qid AS qid,
               COUNT(q.id) AS quotes, COUNT(DISTINCT q.document_id) AS documents, s.note AS note
        FROM speakers s
        LEFT JOIN quotes q ON q.speaker_id = s.id AND q.kind IN ({','.join('?' * len(wanted))})
        {where}
        GROUP BY s.id HAVING COUNT(q.id) >= ?
        ORDER BY quotes DESC, documents DESC, s.name
    """
    params.append(min_quotes)
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    rows = [dict(r) for r in conn.execute(sql, params)]
    for row in rows:
        row["aliases"] = [
            r[0]
            for r in conn.execute(
                "SELECT alias FROM aliases WHERE speaker_id = ? AND alias != ? ORDER BY matchable "
                "DESC, alias",
                (row["id"], row["name"]),
            )
        ]
        row["roles"] = [
            r[0]
            for r in conn.execute("SELECT role FROM roles WHERE speaker_id = ? ORDER BY role", (row["id"],))
        ]
    return rows


def show(conn: sqlite3.Connection, quote_id: int) -> dict[str, Any] | None:
    """One quote with its paragraph (quote marked by offsets), document and speaker evidence."""
    if not 0 <= quote_id <= SQLITE_MAX_INT:
        return None  # no row can have it
    row = conn.execute(
        f"""{_QUOTE_SELECT}, q.speaker AS speaker_as_found, q.speaker_reason AS speaker_reason,
            q.speaker_start AS speaker_start, q.speaker_end AS speaker_end, q.speaker_kind AS speaker_kind,
            q.speaker_role AS speaker_role, q.cue_start AS cue_start, q.cue_end AS cue_end, q.grp AS "group",
            q.paragraph AS paragraph, q.para_start AS para_start, q.para_end AS para_end,
            q.context AS context,
            s.qid AS qid, d.text AS doc_text, d.source AS source
        FROM quotes q JOIN documents d ON d.id = q.document_id LEFT JOIN speakers s ON s.id = q.speaker_id
        WHERE q.id = ?""",
        (quote_id,),
    ).fetchone()
    if row is None:
        return None
    rec = dict(row)
    text = rec.pop("doc_text")
    lo, hi = rec.pop("para_start"), rec.pop("para_end")
    if hi - lo > SHOW_MAX_CHARS:
        lo = max(lo, rec["start"] - SHOW_WINDOW)
        hi = min(hi, rec["end"] + SHOW_WINDOW)
    rec["paragraph_text"] = text[lo:hi]
    rec["paragraph_start"] = lo
    rec["quote_in_paragraph"] = [rec["start"] - lo, rec["end"] - lo]
    if rec["speaker_id"] is not None:
        rec["speaker_aliases"] = [
            r[0]
            for r in conn.execute(
                "SELECT alias FROM aliases WHERE speaker_id = ? ORDER BY alias", (rec["speaker_id"],)
            )
        ]
    else:
        rec["speaker_aliases"] = []
    return rec


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of every table (documents, quotes, speakers, aliases, roles, runs)."""
    return {
        t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("documents", "quotes", "speakers", "aliases", "roles", "runs")
    }


def quote_roles(conn: sqlite3.Connection, quote_ids: Sequence[int]) -> dict[int, str]:
    """The role each quote's speaker had where it was quoted ('minister'), else one the speaker
    is known by; quotes without either are left out."""
    if not quote_ids:
        return {}
    marks = ",".join("?" * len(quote_ids))
    rows = conn.execute(
        f"""SELECT q.id, COALESCE(NULLIF(q.speaker_role, ''),
                   (SELECT r.role FROM roles r WHERE r.speaker_id = q.speaker_id ORDER BY r.role LIMIT 1))
            FROM quotes q WHERE q.id IN ({marks})""",
        list(quote_ids),
    )
    return {qid: role for qid, role in rows if role}


def speaker_profile(
    conn: sqlite3.Connection, speaker_id: int, *, kinds: Sequence[str] | None = None, limit: int | None = 100
) -> dict[str, Any] | None:
    """One speaker: name, kind, QID, aliases, roles, outlets (with quote counts), quotes per month
    (``timeline``: [('2024-05', 3), …], every month from the first to the last, empty ones as 0)
    and the newest quotes. None when there is no such speaker."""
    if not 0 <= speaker_id <= SQLITE_MAX_INT:
        return None
    row = conn.execute("SELECT id, name, kind, qid, note FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
    if row is None:
        return None
    wanted = parse_kinds(kinds)
    marks = ",".join("?" * len(wanted))
    rec = dict(row)
    rec["aliases"] = [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM aliases WHERE speaker_id = ? AND alias != ? ORDER BY matchable DESC, alias",
            (speaker_id, rec["name"]),
        )
    ]
    rec["roles"] = [r[0] for r in conn.execute("SELECT role FROM roles WHERE speaker_id = ? ORDER BY role", (speaker_id,))]
    base = (
        "FROM quotes q JOIN documents d ON d.id = q.document_id LEFT JOIN speakers s ON s.id = q.speaker_id "
        f"WHERE q.speaker_id = ? AND q.kind IN ({marks})"
    )
    params = [speaker_id, *wanted]
    rec["quotes"] = conn.execute(f"SELECT COUNT(*) {base}", params).fetchone()[0]
    rec["outlets"] = [
        (outlet, n)
        for outlet, n in conn.execute(
            f"SELECT COALESCE(d.outlet, '(no outlet)'), COUNT(*) AS n {base} GROUP BY 1 ORDER BY n DESC, 1", params
        )
    ]
    months = dict(
        conn.execute(
            f"SELECT substr(d.date, 1, 7) AS m, COUNT(*) {base} AND length(d.date) >= 7 GROUP BY m ORDER BY m", params
        ).fetchall()
    )
    rec["timeline"] = _fill_months(months)
    rec["undated"] = rec["quotes"] - sum(months.values())
    sql = f"{_QUOTE_SELECT} {base} ORDER BY d.date DESC, q.id"
    if sql_limit(limit):
        sql += f" LIMIT {int(sql_limit(limit))}"
    rec["recent"] = [dict(r) for r in conn.execute(sql, params)]
    return rec


def _fill_months(counts: dict[str, int]) -> list[tuple[str, int]]:
    """{'2024-01': 2, '2024-03': 1} → [('2024-01', 2), ('2024-02', 0), ('2024-03', 1)]."""
    valid = sorted(m for m in counts if re.fullmatch(r"\d{4}-\d{2}", m) and 1 <= int(m[5:]) <= 12)
    if not valid:
        return []
    year, month = int(valid[0][:4]), int(valid[0][5:])
    last = valid[-1]
    out = []
    while True:
        key = f"{year:04d}-{month:02d}"
        out.append((key, counts.get(key, 0)))
        if key >= last or len(out) > 1200:
            return out
        month += 1
        if month > 12:
            year, month = year + 1, 1
