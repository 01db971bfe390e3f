"""Renderers for records (dicts): table, jsonl, json, csv, tsv. Used by every command."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import textwrap
from typing import IO, Iterable, Sequence

FORMATS = ("table", "jsonl", "json", "csv", "tsv")

#: characters that make a spreadsheet treat a cell as a formula
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: what a terminal would obey instead of show: C0/C1 controls but tab and newline (ESC colours,
#: CR overwrites the line), and the bidirectional overrides, embeddings, isolates and marks
#: that reorder what follows ("Trojan Source")
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

#: columns shown by the quote table (the full record goes to jsonl/json/csv/tsv)
QUOTE_TABLE_COLUMNS = ("doc", "speaker", "kind", "text")


def spreadsheet_safe(value: object) -> object:
    """Neutralise a cell a spreadsheet would run as a formula ('=SUM(…)' → "'=SUM(…)")."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def terminal_safe(text: str) -> str:
    """``text`` without the characters a terminal would act on (controls, bidi overrides)."""
    return _TERMINAL_UNSAFE.sub("", text)


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def render(
    records: Iterable[dict],
    fmt: str,
    stream: IO[str],
    *,
    columns: Sequence[str] | None = None,
    table_columns: Sequence[str] | None = None,
    width: int | None = None,
) -> int:
    """Write ``records`` to ``stream`` in ``fmt``; returns the number written.

    jsonl streams record by record; json, table collect first (they need the whole list).
    ``columns`` restricts/orders fields for every format; ``table_columns`` only for tables.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    n = 0
    if fmt == "jsonl":
        for rec in records:
            rec = _select(rec, columns)
            stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "json":
        rows = [_select(r, columns) for r in records]
        json.dump(rows, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return len(rows)
    if fmt in ("csv", "tsv"):
        writer = None
        for rec in records:
            rec = _select(rec, columns)
            if writer is None:
                writer = _CsvWriter(stream, list(rec), "," if fmt == "csv" else "\t")
            writer.writerow({k: spreadsheet_safe(_cell(v)) for k, v in rec.items()})
            n += 1
        if writer is None and columns:
            stream.write((",".join(columns) if fmt == "csv" else "\t".join(columns)) + "\n")
        return n
    rows = [_select(r, table_columns or columns) for r in records]
    stream.write(table(rows, width=width) + "\n")
    return len(rows)


class _CsvWriter:
    """CSV/TSV rows ending in "\n" in which every cell holding a CR or LF is quoted.

    The csv module quotes a cell only for the characters of its line terminator, so with "\n"
    a bare "\r" went out unquoted: a spreadsheet starts a new row there, and "x\r=CMD()" ran
    as a formula. Rows are formatted with "\r\n" (which quotes both) and end in "\n".
    """

    def __init__(self, stream: IO[str], fieldnames: list[str], delimiter: str) -> None:
        self._stream = stream
        self._buf = io.StringIO()
        self._writer = csv.DictWriter(
            self._buf, fieldnames=fieldnames, extrasaction="ignore", delimiter=delimiter, lineterminator="\r\n"
        )
        self._emit(self._writer.writeheader)

    def writerow(self, row: dict) -> None:
        self._emit(lambda: self._writer.writerow(row))

    def _emit(self, write) -> None:
        self._buf.seek(0)
        self._buf.truncate()
        write()
        self._stream.write(self._buf.getvalue()[:-2] + "\n")


def _select(rec: dict, columns: Sequence[str] | None) -> dict:
    if not columns:
        return rec
    return {c: rec.get(c) for c in columns}


def _table_cell(value: object) -> str:
    return terminal_safe(str(_cell(value)))


def table(rows: list[dict], *, width: int | None = None) -> str:
    """A readable grid: the last (text) column wrapped to the terminal width."""
    from tabulate import tabulate

    if not rows:
        return "(no results)"
    headers = list(rows[0])
    width = width or shutil.get_terminal_size((120, 24)).columns
    fixed = {h: max(len(h), *(len(_table_cell(r.get(h))) for r in rows)) for h in headers[:-1]}
    # cap the narrow columns, give the rest to the last one
    fixed = {h: min(w, 28) for h, w in fixed.items()}
    last = max(30, width - sum(fixed.values()) - 3 * len(headers) - 1)
    body = []
    for r in rows:
        line = []
        for h in headers[:-1]:
            line.append(textwrap.fill(_table_cell(r.get(h)), fixed[h]) if fixed[h] else "")
        line.append(textwrap.fill(_table_cell(r.get(headers[-1])), last))
        body.append(line)
    return tabulate(body, headers=headers, tablefmt="simple_grid")
