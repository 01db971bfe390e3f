"""Renderers for records (dicts): table, jsonl, json, csv, tsv. Used by every command."""
from __future__ import annotations

import csv
import io
import json
import os
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
    ``width``: a table's width (0 = unlimited; None = the terminal's when ``stream`` is one,
    else unlimited). An empty CSV/TSV result still gets its header when ``columns`` is known.
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
    stream.write(table(rows, width=table_width(stream, width)) + "\n")
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


#: the column a table gives up first when the terminal is narrow: abbreviated, then dropped
SHRINK_FIRST = "doc"
#: a column is never made narrower than this (unless its content is narrower)
MIN_COLUMN = 8
#: the last column (the quote text) keeps at least this many characters before ``doc`` goes
MIN_LAST_COLUMN = 30
#: other columns up to this wide are kept whole when the last column still has room
ROOMY_COLUMN = 24


def table_width(stream: IO[str], width: int | None = None) -> int | None:
    """The width a table on ``stream`` may take: ``width`` when given (0 = unlimited), else the
    terminal's when ``stream`` is one, else unlimited (None)."""
    if width is not None:
        return width or None
    isatty = getattr(stream, "isatty", None)
    if isatty is None or not isatty():
        return None
    try:
        return os.get_terminal_size(stream.fileno()).columns or None
    except (OSError, ValueError, AttributeError):
        return shutil.get_terminal_size((80, 24)).columns


def _overhead(n: int) -> int:
    """Characters the simple_grid borders and padding take for ``n`` columns: '│ a │ b │'."""
    return 3 * n + 1


def _natural(header: str, cells: list[str]) -> int:
    return max([len(header), *(len(line) for c in cells for line in (c.splitlines() or [""]))])


def _abbreviate_paths(values: list[str]) -> list[str]:
    """Document ids without the folders they share ('fixtures/articles/a.txt' → 'a.txt')."""
    parts = [v.split("/") for v in values]
    if not parts or any(len(p) < 2 for p in parts):
        return values
    common = 0
    while all(len(p) > common + 1 and p[common] == parts[0][common] for p in parts):
        common += 1
    return ["/".join(p[common:]) for p in parts] if common else [p[-1] for p in parts]


def _fit(naturals: list[int], headers: list[str], available: int) -> list[int]:
    """Column widths summing to at most ``available``: each column keeps at least a minimum,
    the rest is shared in proportion to what each column would like."""
    mins = [min(n, max(MIN_COLUMN, min(len(h), 12))) for n, h in zip(naturals, headers)]
    # short columns (a name, a kind) whole when the last one still gets room: fewer wrapped names
    roomy = [m if h == SHRINK_FIRST else min(n, ROOMY_COLUMN) for n, m, h in zip(naturals[:-1], mins, headers)]
    if len(naturals) > 1 and available - sum(roomy) >= min(naturals[-1], MIN_LAST_COLUMN + 10):
        mins = [*roomy, mins[-1]]
    if sum(mins) >= available:
        # very narrow: every column gets an equal share of what there is (at least 1)
        share = max(1, available // len(naturals))
        return [max(1, min(n, share)) for n in naturals]
    spare = available - sum(mins)
    wants = [n - m for n, m in zip(naturals, mins)]
    total = sum(wants)
    widths = [m + (w * spare) // total if total else m for m, w in zip(mins, wants)]
    # give the rounding remainder to the widest wanting columns
    left = available - sum(widths)
    for i in sorted(range(len(widths)), key=lambda i: -wants[i]):
        if left <= 0:
            break
        if widths[i] < naturals[i]:
            widths[i] += 1
            left -= 1
    return [min(w, n) for w, n in zip(widths, naturals)]


def _wrap(text: str, width: int) -> str:
    """``text`` wrapped to ``width`` (its own line breaks kept; long words cut)."""
    out = []
    for line in text.splitlines() or [""]:
        out.append(
            textwrap.fill(line, width, break_long_words=True, break_on_hyphens=True, drop_whitespace=True)
            or ""
        )
    return "\n".join(out)


def table(rows: list[dict], *, width: int | None = None) -> str:
    """A readable grid no wider than ``width`` (None: as wide as its content).

    When the content is wider, the ``doc`` column is first abbreviated (the folders all rows
    share are dropped), then dropped if the last (text) column would get under 30 characters;
    the columns are then shrunk in proportion to their content and their text wrapped.
    """
    from tabulate import tabulate

    if not rows:
        return "(no results)"
    headers = list(rows[0])
    cells = {h: [_table_cell(r.get(h)) for r in rows] for h in headers}
    if width:
        naturals = [_natural(h, cells[h]) for h in headers]
        if SHRINK_FIRST in cells and sum(naturals) + _overhead(len(headers)) > width:
            cells[SHRINK_FIRST] = _abbreviate_paths(cells[SHRINK_FIRST])
            naturals = [_natural(h, cells[h]) for h in headers]
            if len(headers) > 1 and headers[-1] != SHRINK_FIRST:
                widths = _fit(naturals, headers, width - _overhead(len(headers)))
                if widths[-1] < min(naturals[-1], MIN_LAST_COLUMN):
                    headers.remove(SHRINK_FIRST)
                    del cells[SHRINK_FIRST]
        naturals = [_natural(h, cells[h]) for h in headers]
        widths = _fit(naturals, headers, max(len(headers), width - _overhead(len(headers))))
        if SHRINK_FIRST in headers:  # an abbreviated id on one line, not a column of fragments
            w = widths[headers.index(SHRINK_FIRST)]
            cells[SHRINK_FIRST] = [c if len(c) <= w else c[: max(1, w - 1)] + "…" for c in cells[SHRINK_FIRST]]
    else:
        widths = [_natural(h, cells[h]) for h in headers]
    shown = [_wrap(h, w) for h, w in zip(headers, widths)]
    body = [[_wrap(cells[h][i], w) for h, w in zip(headers, widths)] for i in range(len(rows))]
    return tabulate(body, headers=shown, tablefmt="simple_grid", disable_numparse=True)
