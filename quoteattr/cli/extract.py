"""Commands: extract, evaluate (registered on quoteattr.cli.main)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator

import click

from ..api import DEFAULT_MAX_CHARS, Result, iter_extract
from ..errors import BackendUnavailable, QuoteattrError, UsageError
from ..output import open_output
from ..render import QUOTE_TABLE_COLUMNS, render
from ..model import KINDS, SPEECH_KINDS, Document, Quote
from . import ErrorReport, extraction_options, format_option, kind_option, main, quiet_logging, resolve_format
from .progress import Progress, count_documents

#: output formats guessed from an --output file name when --format is not given
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv", ".txt": "table"}
#: default directory pattern per input format
_DEFAULT_GLOBS = {"conllu": "*.conllu"}


def detect_input_format(paths: Iterable[str], input_format: str) -> str:
    """--input-format auto: CoNLL-U when every input is a *.conllu file (a run mixing CoNLL-U with
    other inputs is a UsageError); otherwise 'auto' (read.py decides per file and sniffs stdin)."""
    if input_format != "auto":
        return input_format
    paths = list(paths)
    conllu = [p for p in paths if p.lower().endswith(".conllu")]
    if conllu and len(conllu) == len(paths):
        return "conllu"
    if conllu:
        raise UsageError(
            f"{conllu[0]} is CoNLL-U: give CoNLL-U files in a run of their own (--input-format conllu)"
        )
    return "auto"


def plural(n: int, word: str) -> str:
    """'1 document', '2 documents', '12,000 documents'."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _output_format(fmt: str | None, output: str | None, stream: IO[str]) -> str:
    if fmt:
        return fmt
    if output and output != "-":
        return _SUFFIX_FORMATS.get(Path(output).suffix.lower(), "jsonl")
    return resolve_format(None, stream)


class _Tally:
    """Counts documents, quotes and failed inputs while results stream past."""

    def __init__(self) -> None:
        self.documents = self.quotes = 0
        self.report = ErrorReport()

    @property
    def errors(self) -> int:
        return self.report.count

    def error(self, exc: QuoteattrError) -> None:
        self.report(exc)

    def summary(self) -> str:
        return ", ".join(
            (plural(self.documents, "document"), plural(self.quotes, "quote"), plural(self.errors, "error"))
        )


def _records(results: Iterable[Result], tally: _Tally, progress: Progress | None = None) -> Iterator[dict]:
    for result in results:
        if progress is not None:
            progress.advance()
        if isinstance(result.error, BackendUnavailable):
            # the same for every document: stop at once (exit 4), without a file name
            raise BackendUnavailable(result.error.message)
        if result.error is not None:
            tally.error(result.error)
            continue
        tally.documents += 1
        for quote in result.quotes:
            tally.quotes += 1
            yield quote.to_dict()


def _conllu_results(
    paths: Iterable[str], glob: str | None, backend: str, kinds: tuple[str, ...], tally: _Tally
) -> Iterator[Result]:
    from ..read import expand_paths

    try:
        from ..conllu import extract_conllu
    except ModuleNotFoundError as exc:
        if exc.name != "quoteattr.conllu":
            raise
        raise BackendUnavailable(
            "CoNLL-U input is not available in this build (no quoteattr.conllu)"
        ) from None
    for item in expand_paths(paths, glob=glob, default_glob=_DEFAULT_GLOBS["conllu"]):
        if isinstance(item, QuoteattrError):
            tally.error(item)
            continue
        name, fspath = item
        if fspath == "-":
            raise UsageError("CoNLL-U input cannot come from standard input; give a file")
        try:
            yield from extract_conllu(fspath, backend=backend, kinds=kinds)
        except (UsageError, BackendUnavailable):
            raise
        except QuoteattrError as exc:
            if exc.source is None:
                exc.source = name
            tally.error(exc)


def run_extraction(
    paths: Iterable[str],
    *,
    glob: str | None = None,
    encoding: str = "auto",
    input_format: str = "auto",
    backend: str | None = None,
    kinds: tuple[str, ...] = SPEECH_KINDS,
    jobs: int = 1,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    tally: _Tally,
    progress: Progress | None = None,
) -> Iterator[dict]:
    """Quote records for every input, reporting failed inputs on stderr through ``tally``."""
    input_format = detect_input_format(paths, input_format)
    if input_format == "conllu":
        backend = backend or "stanza"  # the parse in the file refines speakers; no models needed
        return _records(_conllu_results(paths, glob, backend, kinds, tally), tally, progress)
    backend = backend or "rules"
    from ..read import iter_documents

    items = iter_documents(paths, glob=glob, encoding=encoding, input_format=input_format)

    def documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, QuoteattrError):
                tally.error(item)
                if progress is not None:
                    progress.advance()
            else:
                yield item

    results = iter_extract(documents(), jobs=jobs, backend=backend, kinds=kinds, max_chars=max_chars)
    return _records(results, tally, progress)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@extraction_options
@format_option()
@kind_option
@click.option(
    "--output",
    "-o",
    metavar="FILE",
    help="Write to FILE (replaced only when the run completes) instead of standard output.",
)
@click.option(
    "--input-format",
    type=click.Choice(["auto", "text", "jsonl", "json", "conllu"]),
    default="auto",
    show_default=True,
    help="auto: *.jsonl is JSONL, *.json one object or an array, *.conllu CoNLL-U, other files plain "
    "text; standard input is read as JSON or JSONL when it is that.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, summary line or warnings on stderr (errors still show).")
@click.pass_context
def extract(
    ctx: click.Context,
    paths: tuple[str, ...],
    glob: str | None,
    encoding: str,
    backend: str | None,
    jobs: int,
    max_chars: int,
    fmt: str | None,
    width: int | None,
    kinds: tuple[str, ...],
    output: str | None,
    input_format: str,
    quiet: bool,
) -> None:
    """Find the quotations in PATH... and say who said each one.

    PATH is a file, a directory (every *.txt in it, recursively), a glob pattern or - for
    standard input. Output is a table on a terminal and JSONL when piped.

    \b
    Examples:
      quoteattr extract fixtures/articles/
      quoteattr extract --format csv -o quotes.csv 'news/**/*.txt'
      cat dump.jsonl | quoteattr extract --kinds direct,partial -
    """
    quiet_logging(quiet)
    tally = _Tally()
    fmt_known = fmt or (_output_format(None, output, sys.stdout) if output else None)
    streams = (fmt_known or resolve_format(None, sys.stdout)) not in ("table", "json") and not (output and output != "-")
    progress = Progress.for_run(
        "Extracting",
        quiet=quiet,
        stdout_streams=streams,
        total=lambda: count_documents(paths, glob=glob, input_format=detect_input_format(paths, input_format)),
    )
    records = run_extraction(
        paths,
        glob=glob,
        encoding=encoding,
        input_format=input_format,
        backend=backend,
        kinds=kinds,
        jobs=jobs,
        max_chars=max_chars or None,
        tally=tally,
        progress=progress,
    )
    with progress, open_output(output) as stream:
        fmt = _output_format(fmt, output, stream)
        render(
            progress.wrap(records),
            fmt,
            stream,
            table_columns=QUOTE_TABLE_COLUMNS,
            columns=None if fmt == "table" else Quote.field_names(),
            width=width,
        )
        stream.flush()
    tally.report.close()
    if not quiet:
        click.echo(tally.summary(), err=True)
    if tally.errors:
        ctx.exit(1)


@main.command()
@click.argument("gold")
@click.argument("pred", required=False)
@click.option(
    "--texts", metavar="DIR", help="Extract quotes from the documents in DIR and score those (no PRED)."
)
@extraction_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option("--show", is_flag=True, help="List misses, wrong speakers and false positives (at 0.3).")
@click.option(
    "--min-f1", type=click.FloatRange(0, 1), default=None, help="Exit 1 when quoted F1@0.3 is below this."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary line on stderr (errors still show).")
@click.pass_context
def evaluate(
    ctx: click.Context,
    gold: str,
    pred: str | None,
    texts: str | None,
    glob: str | None,
    encoding: str,
    backend: str | None,
    jobs: int,
    max_chars: int,
    fmt: str | None,
    show: bool,
    min_f1: float | None,
    quiet: bool,
) -> None:
    """Score quotes found by quoteattr (or any tool) against GOLD, quotes annotated by hand.

    GOLD is a JSONL file with one annotated quote per line: doc (the document's file name or id,
    matched by base name), start, end, text, kind (direct, partial, indirect, other), speaker, and optionally
    "optional": true. PRED is the JSONL of `quoteattr extract`; or give --texts DIR to extract
    from the documents in DIR first. The report has 4 rows: quoted (direct + partial) and
    indirect, at overlap 0.3 and 0.8, with precision, recall, F1 and speaker accuracy.

    \b
    Examples:
      quoteattr evaluate fixtures/gold.jsonl --texts fixtures/articles --show
      quoteattr extract articles/ > pred.jsonl && quoteattr evaluate gold.jsonl pred.jsonl
    """
    from ..evaluate import cases, load_records, records_from_dicts, report_table
    from ..evaluate import evaluate as run_evaluation

    if (pred is None) == (texts is None):
        raise UsageError("give either PRED or --texts DIR (not both)" if pred else "give PRED or --texts DIR")
    gold_records = load_records(gold)
    failed = 0
    if texts is not None:
        quiet_logging(quiet)
        tally = _Tally()
        progress = Progress.for_run(
            "Extracting", quiet=quiet, total=lambda: count_documents([texts], glob=glob)
        )
        with progress:
            rows = list(
                run_extraction(
                    [texts],
                    glob=glob,
                    encoding=encoding,
                    backend=backend,
                    kinds=KINDS,
                    jobs=jobs,
                    max_chars=max_chars or None,
                    tally=tally,
                    progress=progress,
                )
            )
        pred_records = records_from_dicts(rows)
        failed = tally.errors
        tally.report.close()
        if not quiet:
            click.echo(tally.summary(), err=True)
    else:
        pred_records = load_records(pred, default_kind="direct")
    results = run_evaluation(gold_records, pred_records)

    out = sys.stdout
    if fmt == "json":
        payload: dict = {"rows": [s.figures() for s in results.values()]}
        if show:
            payload["cases"] = [c.to_dict() for c in cases(results)]
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(report_table(results) + "\n")
        if show:
            for case in cases(results):
                out.write(case.line() + "\n")
    quoted = results[("quoted", 0.3)]
    if min_f1 is not None and quoted.f1 < min_f1:
        click.echo(f"Error: quoted F1@0.3 is {quoted.f1:.3f}, below --min-f1 {min_f1:.3f}", err=True)
        ctx.exit(1)
    if failed:
        ctx.exit(1)
