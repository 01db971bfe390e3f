"""A progress bar for long runs (extract, ingest, evaluate --texts): on standard error, only when
it is a terminal, never with -q; it fills as documents are done and shows documents per second.

    Extracting [###########---------]  55%  740/1,351 documents  412 docs/s  0:01 left
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from typing import IO, Iterable

#: seconds between redraws (drawing costs; a bar updated per document would slow small runs)
REDRAW_SECONDS = 0.1
BAR_CHARS = 20


def is_terminal(stream: IO) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def count_documents(paths: Iterable[str], *, glob: str | None = None, input_format: str = "auto",
                    default_glob: str | None = None) -> int | None:
    """How many documents the inputs hold, cheaply: one per text file, one per line of a JSONL
    file, one per ``# newdoc`` of a CoNLL-U file. None when unknown (standard input)."""
    from ..read import DEFAULT_GLOB, expand_paths

    total = 0
    for item in expand_paths(list(paths), glob=glob, default_glob=default_glob or DEFAULT_GLOB):
        if not isinstance(item, tuple):
            continue
        name, fspath = item
        if fspath == "-":
            return None
        lower = name.lower()
        if input_format == "jsonl" or (input_format == "auto" and lower.endswith(".jsonl")):
            total += _count(fspath, b"\n", at_least=1)
        elif input_format == "conllu" or lower.endswith(".conllu"):
            total += _count(fspath, b"# newdoc", at_least=1)
        else:
            total += 1
    return total


def _count(path: str, needle: bytes, at_least: int) -> int:
    n = 0
    try:
        with open(path, "rb") as fh:
            tail = b""
            while chunk := fh.read(1 << 20):
                n += (tail + chunk).count(needle)
                tail = chunk[-(len(needle) - 1):] if len(needle) > 1 else b""
    except OSError:
        return at_least
    return max(n, at_least)


class Progress:
    """``with Progress('Extracting', total, enabled) as bar: bar.advance()``; draws nothing when
    not enabled. ``total`` None: a count without a bar."""

    def __init__(self, label: str, total: int | None, enabled: bool, stream: IO[str] | None = None) -> None:
        self.label = label
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.done = 0
        self._start = time.monotonic()
        self._drawn = 0.0

    @classmethod
    def for_run(cls, label: str, *, quiet: bool, total=None, stdout_streams: bool = False) -> "Progress":
        """Enabled when standard error is a terminal, not -q, and standard output is not that
        terminal receiving streamed records (a redrawn bar would break them up)."""
        enabled = not quiet and is_terminal(sys.stderr) and not (stdout_streams and is_terminal(sys.stdout))
        return cls(label, total() if enabled and callable(total) else (total if enabled else None), enabled)

    def __enter__(self) -> "Progress":
        self._start = time.monotonic()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Draw the full count and end the line (once), so what is printed next starts afresh."""
        if self.enabled and self._drawn:
            self._draw(final=True)
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = 0.0
            self.enabled = False

    def wrap(self, items: Iterable):
        """``items`` passed through; the bar is closed when they run out."""
        yield from items
        self.close()

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._drawn >= REDRAW_SECONDS:
            self._draw()

    __call__ = advance

    def line(self) -> str:
        """The bar as text (what is drawn)."""
        elapsed = max(time.monotonic() - self._start, 1e-6)
        rate = self.done / elapsed
        parts = [self.label]
        if self.total:
            share = min(1.0, self.done / self.total)
            filled = int(share * BAR_CHARS)
            parts.append("[" + "#" * filled + "-" * (BAR_CHARS - filled) + "]")
            parts.append(f"{share:4.0%}")
            parts.append(f"{self.done:,}/{self.total:,} " + ("document" if self.total == 1 else "documents"))
        else:
            parts.append(f"{self.done:,} " + ("document" if self.done == 1 else "documents"))
        parts.append(f"{rate:,.0f} docs/s")
        if self.total and rate > 0 and self.done < self.total:
            left = int((self.total - self.done) / rate)
            parts.append(f"{left // 60}:{left % 60:02d} left")
        return "  ".join(parts)

    def _draw(self, final: bool = False) -> None:
        self._drawn = time.monotonic()
        try:
            width = os.get_terminal_size(self.stream.fileno()).columns
        except (OSError, ValueError, AttributeError):
            width = shutil.get_terminal_size((80, 24)).columns
        text = self.line()[: max(10, width - 1)]
        self.stream.write("\r" + text.ljust(max(10, width - 1)))
        self.stream.flush()
