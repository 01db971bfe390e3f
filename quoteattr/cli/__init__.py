"""The ``quoteattr`` command: a click group; every command only wraps the library.

Errors: one handler here maps QuoteattrError subclasses to ``Error: …`` on stderr and their
``exit_code``; nothing else in the package prints or exits.
"""
from __future__ import annotations

import logging
import sys
from typing import Callable

import click

from .. import __version__
from ..api import DEFAULT_MAX_CHARS
from ..errors import BackendUnavailable, QuoteattrError
from ..render import FORMATS

#: failed inputs printed per input file before the rest are only counted
ERRORS_PER_FILE = 10


class QuoteattrGroup(click.Group):
    """A group whose commands turn QuoteattrError into a one-line message and an exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except QuoteattrError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:  # pragma: no cover - interactive
            click.echo("Interrupted.", err=True)
            ctx.exit(130)


class ErrorReport:
    """Prints failed inputs as ``Error: …`` lines on stderr: the first ``per_file`` of each input
    file, then one line with how many more there were (a binary or mangled file gives hundreds)."""

    def __init__(self, per_file: int = ERRORS_PER_FILE) -> None:
        self.per_file = per_file
        self.count = 0
        self._by_file: dict[str, int] = {}

    def __call__(self, exc: QuoteattrError) -> None:
        if isinstance(exc, BackendUnavailable):
            # the same for every document (no stanza, no models): one message, no file name, exit 4
            raise BackendUnavailable(exc.message) from None
        self.count += 1
        key = _input_file(exc.source)
        seen = self._by_file[key] = self._by_file.get(key, 0) + 1
        if seen <= self.per_file:
            click.echo(f"Error: {exc}", err=True)

    def close(self) -> None:
        """One line per file whose errors were not all shown."""
        for key, seen in self._by_file.items():
            if seen > self.per_file:
                click.echo(f"Error: {key}: {seen - self.per_file} more errors not shown", err=True)
        self._by_file.clear()


def quiet_logging(quiet: bool) -> None:
    """-q: warnings (a guessed encoding, replaced code points) are not printed; errors are."""
    if quiet:
        logging.getLogger().setLevel(logging.ERROR)


def _input_file(source: str | None) -> str:
    """'dump.jsonl:12' → 'dump.jsonl' (errors of one file are counted together)."""
    if not source:
        return ""
    head, _, tail = source.rpartition(":")
    return head if head and tail.isdigit() else source


def format_option(default: str | None = None, choices=FORMATS):
    """Shared ``--format`` option (default: table on a terminal, jsonl otherwise) and, for
    tables, ``--width`` (default: the terminal's width; unlimited when not a terminal)."""
    fmt = click.option(
        "--format", "fmt", type=click.Choice(choices), default=default,
        help="Output format (default: table on a terminal, jsonl when piped).",
    )
    if "table" not in choices:
        return fmt

    def decorator(fn: Callable) -> Callable:
        return fmt(width_option(fn))

    return decorator


width_option = click.option(
    "--width", type=click.IntRange(min=0), default=None, metavar="N",
    help="Table width in characters (default: the terminal's; unlimited when not a terminal; 0 = unlimited).",
)


def kind_option(fn: Callable) -> Callable:
    """Shared ``--kind``/``--kinds``: the same words and the same default in every command."""
    return click.option(
        "--kind",
        "--kinds",
        "kinds",
        multiple=True,
        metavar="KIND[,KIND]",
        callback=_kinds_callback,
        help="direct, partial, indirect, other, or all; comma-separated or repeated "
        "(default: direct,partial,indirect: speech, not scare quotes or titles).",
    )(fn)


def _kinds_callback(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """'direct,partial' or --kind direct --kind partial → ('direct', 'partial'); nothing → speech
    kinds. An unknown kind is a UsageError (``Error: unknown kind(s) …``, exit 2)."""
    from ..api import parse_kinds

    return parse_kinds(value)


def resolve_format(fmt: str | None, stream) -> str:
    if fmt:
        return fmt
    return "table" if getattr(stream, "isatty", lambda: False)() else "jsonl"


def extraction_options(fn: Callable) -> Callable:
    """Options shared by every command that extracts: extract, evaluate --texts, ingest."""
    for option in reversed(
        [
            click.option(
                "--glob",
                "glob",
                metavar="PATTERN",
                help="File pattern inside directories (default: *.txt, *.conllu for CoNLL-U).",
            ),
            click.option(
                "--encoding",
                default="auto",
                show_default=True,
                help="Input encoding: auto (UTF-8, else a guessed legacy encoding) or a codec name.",
            ),
            click.option(
                "--backend",
                type=click.Choice(["rules", "stanza"]),
                default=None,
                help="rules (fast, no models; the default) or stanza (needs the stanza extra and models). "
                "CoNLL-U input defaults to stanza: speakers from the parse in the file, no models needed.",
            ),
            click.option(
                "--jobs",
                "-j",
                type=click.IntRange(min=0),
                default=0,
                show_default=True,
                help="Worker processes (0 = one per core; inputs of one batch run in-process).",
            ),
            click.option(
                "--max-chars",
                type=click.IntRange(min=0),
                default=DEFAULT_MAX_CHARS,
                show_default=True,
                help="Refuse documents longer than this many characters (0 = no limit).",
            ),
        ]
    ):
        fn = option(fn)
    return fn



@click.group(cls=QuoteattrGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quoteattr")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) to stderr.")
def main(verbose: int) -> None:
    """Find quotations in Dutch text, say who said each one, and keep them in a quote database."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr)
    logging.getLogger().setLevel(level)  # each invocation afresh (-q lowers it for one command)


# Commands live in their own modules and register themselves on ``main``.
from . import extract as _extract  # noqa: E402,F401
from . import db as _db  # noqa: E402,F401
from . import models as _models  # noqa: E402,F401
from . import factcheck as _factcheck  # noqa: E402,F401
