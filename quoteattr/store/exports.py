"""Quotebank-style export: one record per quotation (the same words across articles share one
``quoteID``), as JSONL, spreadsheet-safe CSV or Parquet; and a reader that parses them back.

Fields: quoteID, quotation, speaker, qids, date, numOccurrences, probas, urls (as in Quotebank),
plus ``kind`` and ``occurrences`` (doc, url, date, start, end, kind, speaker, quote_id per article).
``probas``: each occurrence votes for its speaker with its confidence (1.0 when the engine gave a
speaker without one) and for "None" with the rest; votes are averaged over occurrences.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections import Counter, defaultdict
from itertools import groupby
from pathlib import Path
from typing import IO, Any, Iterator, Sequence

from ..api import parse_kinds
from ..errors import BackendUnavailable, InputError, UsageError
from ..output import open_output, output_path
from ..render import _FORMULA_START, render

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
#: Quotebank's fields, then ours
EXPORT_COLUMNS = (
    "quoteID",
    "quotation",
    "speaker",
    "qids",
    "date",
    "numOccurrences",
    "probas",
    "urls",
    "kind",
    "occurrences",
)
#: columns that hold lists/objects (JSON-encoded in CSV cells)
_NESTED = ("qids", "probas", "urls", "occurrences")
_OCCURRENCE_KEYS = ("quote_id", "doc", "url", "date", "start", "end", "kind", "speaker")
NONE_SPEAKER = "None"  # Quotebank's spelling of "no speaker"


def quote_id(text_hash: str) -> str:
    """The public quotation id: 'qa-' + 16 hex digits of the folded-text hash."""
    return "qa-" + text_hash[:16]


def records(conn: sqlite3.Connection, *, kinds: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
    """Export records, one per distinct quotation, ordered by quoteID (streams over the db)."""
    wanted = parse_kinds(kinds)
    cur = conn.execute(
        f"""SELECT q.text_hash, q.id, q.text, q.kind, q.confidence,
                   COALESCE(s.name, q.speaker) AS speaker, s.qid,
                   d.doc_key, d.url, d.date, q.char_start, q.char_end
            FROM quotes q JOIN documents d ON d.id = q.document_id LEFT JOIN speakers s ON s.id = q.speaker_id
            WHERE q.kind IN ({','.join('?' * len(wanted))})
            ORDER BY q.text_hash, d.date IS NULL, d.date, d.doc_key, q.char_start""",
        wanted,
    )
    for text_hash, rows in groupby(cur, key=lambda r: r[0]):
        yield _record(text_hash, list(rows))


def _record(text_hash: str, rows: list[sqlite3.Row]) -> dict[str, Any]:
    votes: dict[str, float] = defaultdict(float)
    qid_of: dict[str, str] = {}
    for r in rows:
        if r["speaker"]:
            weight = float(r["confidence"]) if r["confidence"] else 1.0
            votes[r["speaker"]] += weight
            votes[NONE_SPEAKER] += 1.0 - weight
            if r["qid"]:
                qid_of[r["speaker"]] = r["qid"]
        else:
            votes[NONE_SPEAKER] += 1.0
    n = len(rows)
    probas = sorted(
        ([name, round(v / n, 4)] for name, v in votes.items() if v > 0 or name != NONE_SPEAKER),
        key=lambda p: (-p[1], p[0] == NONE_SPEAKER, p[0]),
    )
    top = probas[0][0] if probas else NONE_SPEAKER
    docs = list(dict.fromkeys(r["doc_key"] for r in rows))
    urls = list(dict.fromkeys(r["url"] for r in rows if r["url"]))  # ids stay under occurrences
    dates = [r["date"] for r in rows if r["date"]]
    return {
        "quoteID": quote_id(text_hash),
        "quotation": rows[0]["text"],
        "speaker": top,
        "qids": [qid_of[top]] if top in qid_of else [],
        "date": min(dates) if dates else None,
        "numOccurrences": len(docs),
        "probas": probas,
        "urls": urls,
        "kind": Counter(r["kind"] for r in rows).most_common(1)[0][0],
        "occurrences": [
            {
                "quote_id": r["id"],
                "doc": r["doc_key"],
                "url": r["url"],
                "date": r["date"],
                "start": r["char_start"],
                "end": r["char_end"],
                "kind": r["kind"],
                "speaker": r["speaker"],
            }
            for r in rows
        ],
    }


def write(recs: Iterator[dict[str, Any]], fmt: str, out: IO[str] | IO[bytes] | str | Path) -> int:
    """Write export records as jsonl/csv (to a text stream or path) or parquet (path); returns count.

    A path is written atomically when it is a regular file (see :mod:`quoteattr.output`)."""
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose from {', '.join(EXPORT_FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, (str, Path)) or str(out) == "-":
            raise UsageError("parquet is a binary format: give an output file with -o FILE")
        _require_pyarrow()
        with output_path(out) as path:
            return _write_parquet(recs, path)
    if isinstance(out, (str, Path)):  # a file (written atomically) or "-" for standard output
        with open_output(out) as stream:
            return _write_text(recs, fmt, stream)
    return _write_text(recs, fmt, out)  # type: ignore[arg-type]


def _write_text(recs: Iterator[dict[str, Any]], fmt: str, stream: IO[str]) -> int:
    return render(recs, fmt, stream, columns=EXPORT_COLUMNS)


def _arrow_schema():
    import pyarrow as pa

    occurrence = pa.struct(
        [
            ("quote_id", pa.int64()),
            ("doc", pa.string()),
            ("url", pa.string()),
            ("date", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("kind", pa.string()),
            ("speaker", pa.string()),
        ]
    )
    return pa.schema(
        [
            ("quoteID", pa.string()),
            ("quotation", pa.string()),
            ("speaker", pa.string()),
            ("qids", pa.list_(pa.string())),
            ("date", pa.string()),
            ("numOccurrences", pa.int64()),
            ("probas", pa.list_(pa.struct([("speaker", pa.string()), ("proba", pa.float64())]))),
            ("urls", pa.list_(pa.string())),
            ("kind", pa.string()),
            ("occurrences", pa.list_(occurrence)),
        ]
    )


def _require_pyarrow():
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        raise BackendUnavailable("Parquet export needs pyarrow: pip install 'quoteattr[parquet]'") from exc


def _write_parquet(recs: Iterator[dict[str, Any]], path: Path, chunk: int = 10_000) -> int:
    _require_pyarrow()
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema()
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        buf: list[dict] = []
        for rec in recs:
            buf.append({**rec, "probas": [{"speaker": s, "proba": p} for s, p in rec["probas"]]})
            if len(buf) >= chunk:
                writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                n += len(buf)
                buf = []
        if buf or n == 0:
            writer.write_table(pa.Table.from_pylist(buf, schema=schema))
            n += len(buf)
    return n


#: export formats by file suffix
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


def format_for(path: str | Path, default: str | None = None) -> str:
    """The export format a file name says ('quotes.csv' → 'csv'); ``default`` when it says none
    (UsageError when there is no default)."""
    fmt = _SUFFIXES.get(Path(str(path)).suffix.lower())
    if fmt:
        return fmt
    if default:
        return default
    raise UsageError(
        f"cannot tell the export format of {str(path)!r} from its name; "
        f"name it *.jsonl, *.csv or *.parquet, or give the format ({', '.join(EXPORT_FORMATS)})"
    )


def read_export(source: str | Path | IO[str], fmt: str | None = None) -> list[dict[str, Any]]:
    """Parse an export back into records (CSV: spreadsheet guards undone, nested cells decoded).

    ``fmt`` (jsonl, csv, parquet) defaults to what the file name says (``quotes.csv`` is CSV)."""
    if fmt is None:
        name = source if isinstance(source, (str, Path)) else getattr(source, "name", None)
        if not isinstance(name, (str, Path)):
            raise UsageError("give the format of a stream: read_export(stream, 'jsonl')")
        fmt = format_for(name)
    if fmt == "parquet":
        _require_pyarrow()
        import pyarrow.parquet as pq

        rows = pq.read_table(str(source)).to_pylist()
        for row in rows:
            row["probas"] = [[p["speaker"], p["proba"]] for p in row["probas"]]
        return rows
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose from {', '.join(EXPORT_FORMATS)}")
    name = str(source) if isinstance(source, (str, Path)) else getattr(source, "name", "<stream>")
    stream = open(source, encoding="utf-8", newline="") if isinstance(source, (str, Path)) else source
    try:
        if fmt == "jsonl":
            return [_jsonl_record(line, f"{name}:{n}") for n, line in enumerate(stream, 1) if line.strip()]
        reader = csv.DictReader(stream)
        return [_csv_record(row, f"{name}:{reader.line_num}") for row in reader]
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"not a readable {fmt} export ({exc})", source=name) from None
    finally:
        if isinstance(source, (str, Path)):
            stream.close()


def _jsonl_record(line: str, where: str) -> dict[str, Any]:
    try:
        rec = json.loads(line)
    except (ValueError, RecursionError) as exc:
        raise InputError(f"invalid JSON ({exc})", source=where) from None
    if not isinstance(rec, dict):
        raise InputError("expected a JSON object", source=where)
    return rec


def _unguard(cell: str) -> str:
    """Undo spreadsheet_safe: "'=SUM(…)" → "=SUM(…)"."""
    if cell.startswith("'") and cell[1:2] and cell[1:].startswith(_FORMULA_START):
        return cell[1:]
    return cell


def _csv_record(row: dict[str | None, Any], where: str) -> dict[str, Any]:
    if None in row or None in row.values():  # DictReader: extra cells under None, missing as None
        raise InputError(f"row has {'more' if None in row else 'fewer'} cells than the header", source=where)
    rec: dict[str, Any] = {}
    for key, cell in row.items():
        cell = _unguard(cell)
        try:
            if key in _NESTED:
                rec[key] = json.loads(cell) if cell else []
            elif key == "numOccurrences":
                rec[key] = int(cell)
            else:
                rec[key] = cell if cell != "" else None
        except (ValueError, RecursionError) as exc:
            raise InputError(f"column {key}: {exc}", source=where) from None
    return rec


def to_csv_string(recs: list[dict[str, Any]]) -> str:
    """CSV text of export records (handy in tests and notebooks)."""
    buf = io.StringIO()
    _write_text(iter(recs), "csv", buf)
    return buf.getvalue()
