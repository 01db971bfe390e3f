"""Commands: ingest, search, speakers, show, export, serve (registered on quoteattr.cli.main).

Each one opens a QuoteDB and calls one of its methods; rules, queries and formats live in
``quoteattr.store``.
"""

from __future__ import annotations

import sys
from typing import Callable

import click

from ..api import parse_kinds
from ..errors import DatabaseError, QuoteattrError, UsageError
from ..output import open_output
from ..render import render, terminal_safe
from ..model import KINDS, SPEECH_KINDS
from . import ErrorReport, extraction_options, format_option, main, quiet_logging, resolve_format

#: columns of the search table (every format but table gets the full record)
SEARCH_TABLE_COLUMNS = ("id", "date", "speaker", "kind", "text")
SPEAKER_TABLE_COLUMNS = ("id", "name", "quotes", "documents", "qid", "aliases")
SPEAKER_COLUMNS = ("id", "name", "kind", "qid", "quotes", "documents", "aliases", "roles", "note")
#: fields of `show` in table form, in order (the paragraph comes first, marked)
SHOW_FIELDS = (
    "id",
    "doc",
    "date",
    "outlet",
    "title",
    "kind",
    "text",
    "speaker",
    "speaker_id",
    "qid",
    "speaker_as_found",
    "speaker_mention",
    "speaker_kind",
    "speaker_role",
    "speaker_reason",
    "speaker_aliases",
    "cue",
    "sieve",
    "confidence",
    "start",
    "end",
    "url",
)


def db_option(create: bool = False) -> Callable:
    """Shared ``--db`` option (also $QUOTEATTR_DB)."""
    return click.option(
        "--db",
        "db_path",
        default="quotes.db",
        show_default=True,
        envvar="QUOTEATTR_DB",
        metavar="FILE",
        help="The quote database (SQLite)"
        + (", created if missing." if create else "; also $QUOTEATTR_DB."),
    )


def _open(path: str, *, create: bool = False):
    """The database: a writer for ``create`` (ingest), else opened read-only."""
    from ..store import QuoteDB

    return QuoteDB(path, create=create, readonly=not create)


def _kind_option(default_help: str) -> Callable:
    return click.option(
        "--kind",
        "kinds",
        multiple=True,
        metavar="KIND",
        help=f"direct, partial, indirect, other or all; repeat or comma-separate ({default_help}).",
    )


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option(create=True)
@extraction_options
@click.option(
    "--input-format",
    type=click.Choice(["auto", "text", "jsonl"]),
    default="auto",
    show_default=True,
    help="auto: *.jsonl files are JSONL (id, text, url, outlet, date, title), the rest plain text.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="Documents committed per transaction.",
)
@_kind_option("default: all, so `other` quotes are kept; queries show speech kinds")
@click.option(
    "--gazetteer", metavar="FILE", help="CSV/JSONL of known people (name, aliases, qid, role) to pin."
)
@click.option("--force", is_flag=True, help="Extract again even documents whose content is unchanged.")
@click.option(
    "--rebuild-speakers",
    is_flag=True,
    help="Afterwards resolve every speaker again in document order: the same articles give the same "
    "speakers whatever order they were ingested in (costs about 1 s per 8,000 quotes).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, summary or warnings (errors still show).")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    db_path: str,
    glob: str | None,
    encoding: str,
    input_format: str,
    backend: str | None,
    jobs: int,
    batch_size: int,
    max_chars: int,
    kinds: tuple[str, ...],
    gazetteer: str | None,
    force: bool,
    rebuild_speakers: bool,
    quiet: bool,
) -> None:
    """Extract quotes from PATH... and store them in the database (re-runs skip unchanged documents).

    \b
    Examples:
      quoteattr ingest --db quotes.db articles/
      quoteattr ingest --db quotes.db --gazetteer people.csv dump.jsonl
    """
    from ..read import iter_documents

    quiet_logging(quiet)
    wanted = parse_kinds(kinds, KINDS)
    items = iter_documents(paths, glob=glob, encoding=encoding, input_format=input_format)
    report = ErrorReport()

    with _open(db_path, create=True) as db:
        if gazetteer:
            n = db.load_gazetteer(gazetteer)
            if not quiet:
                click.echo(f"Gazetteer: {n} identities pinned.", err=True)
        options = dict(
            backend=backend or "rules",
            jobs=jobs,
            kinds=wanted,
            batch_size=batch_size,
            force=force,
            max_chars=max_chars or None,
            on_error=report,
            rebuild_speakers=rebuild_speakers,
        )
        if not quiet and sys.stderr.isatty():
            with click.progressbar(
                items,
                label="Ingesting",
                file=sys.stderr,
                show_pos=True,
                item_show_func=lambda d: getattr(d, "id", None),
            ) as bar:
                summary = db.ingest(bar, **options)
        else:
            summary = db.ingest(items, **options)
        report.close()
        if not quiet:
            counts = db.counts()
            click.echo(
                f"{summary}\nDatabase {db_path}: {counts['documents']} documents, {counts['quotes']} quotes, "
                f"{counts['speakers']} speakers (run {summary.run_id}).",
                err=True,
            )
    if report.count:
        ctx.exit(1)


@main.command()
@click.argument("query", required=False)
@db_option()
@click.option(
    "--speaker", help="Only quotes by this speaker (any known alias; a surname matches its speaker)."
)
@click.option("--outlet", help="Only documents from this outlet.")
@click.option("--since", metavar="DATE", help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Up to and including this date.")
@_kind_option("default: direct, partial, indirect")
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=20,
    show_default=True,
    help="At most this many (0 = all).",
)
@format_option()
def search(
    query: str | None,
    db_path: str,
    speaker: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    kinds: tuple[str, ...],
    limit: int,
    fmt: str | None,
) -> None:
    """Full-text search over quotes (SQLite FTS5 syntax; accents ignored: Oekraine finds Oekraïne).

    \b
    Examples:
      quoteattr search --db quotes.db 'Charkov OR Charkiv' --speaker Zelenski --since 2022-03
      quoteattr search --db quotes.db '"stikstof uitstoot"' --outlet NOS --format csv
    """
    with _open(db_path) as db:
        rows = db.search(
            query,
            speaker=speaker,
            outlet=outlet,
            since=since,
            until=until,
            kinds=parse_kinds(kinds, SPEECH_KINDS),
            limit=limit or None,
        )
    with open_output(None) as out:
        render(rows, resolve_format(fmt, out), out, table_columns=SEARCH_TABLE_COLUMNS)


@main.command()
@click.argument("name", required=False)
@db_option()
@_kind_option("default: direct, partial, indirect")
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=50,
    show_default=True,
    help="At most this many (0 = all).",
)
@click.option(
    "--min-quotes",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Hide speakers with fewer quotes (0 lists gazetteer entries never quoted).",
)
@format_option()
def speakers(
    name: str | None, db_path: str, kinds: tuple[str, ...], limit: int, min_quotes: int, fmt: str | None
) -> None:
    """Speakers ranked by number of quotes, with their aliases (optionally only those matching NAME)."""
    with _open(db_path) as db:
        rows = db.speakers(
            name, kinds=parse_kinds(kinds, SPEECH_KINDS), limit=limit or None, min_quotes=min_quotes
        )
    with open_output(None) as out:
        render(
            rows, resolve_format(fmt, out), out, columns=SPEAKER_COLUMNS, table_columns=SPEAKER_TABLE_COLUMNS
        )


@main.command()
@click.argument("quote_id", type=int)
@db_option()
@format_option()
def show(quote_id: int, db_path: str, fmt: str | None) -> None:
    """One quote in its paragraph, with the evidence for its speaker (mention, cue, sieve, confidence)."""
    with _open(db_path) as db:
        rec = db.show(quote_id)
    with open_output(None) as out:
        fmt = resolve_format(fmt, out)
        if fmt != "table":
            render([rec], fmt, out)
            return
        text, (a, b) = rec["paragraph_text"], rec["quote_in_paragraph"]
        marked = click.style("[[" + terminal_safe(text[a:b]) + "]]", bold=True)
        click.echo(terminal_safe(text[:a]) + marked + terminal_safe(text[b:]) + "\n", file=out)
        rows = [{"field": k, "value": rec.get(k)} for k in SHOW_FIELDS if rec.get(k) not in (None, [], "")]
        render(rows, "table", out)


@main.command()
@db_option()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
    help="jsonl (Quotebank-style), csv (spreadsheet-safe) or parquet (needs pyarrow).",
)
@click.option(
    "--output", "-o", metavar="FILE", help="Write to FILE (replaced when complete) instead of stdout."
)
@_kind_option("default: direct, partial, indirect")
def export(db_path: str, fmt: str, output: str | None, kinds: tuple[str, ...]) -> None:
    """Export quotations Quotebank-style: one record per quotation, counted across articles.

    \b
    Examples:
      quoteattr export --db quotes.db -o quotes.jsonl
      quoteattr export --db quotes.db --format parquet -o quotes.parquet
    """
    wanted = parse_kinds(kinds, SPEECH_KINDS)
    with _open(db_path) as db:
        n = db.export(fmt, output or "-", kinds=wanted)
    if output and output != "-":
        click.echo(f"{n} quotations written to {output}.", err=True)


@main.command()
@db_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port (0 = any free)."
)
@click.option("--public", is_flag=True, help="Listen on every interface (0.0.0.0), not only this machine.")
@click.option("--allow-sql", is_flag=True, help="Let visitors run their own SQL queries (off by default).")
@click.option(
    "--full-text", is_flag=True, help="Show the full text of every article and allow downloading the database."
)
def serve(db_path: str, host: str, port: int, public: bool, allow_sql: bool, full_text: bool) -> None:
    """Browse the database in a web browser (Datasette, optional extra `serve`).

    By default only this machine can connect, the database is opened immutable and read-only,
    and visitors see the quotes with their context, not custom SQL or whole articles.

    \b
    Examples:
      quoteattr serve --db quotes.db --port 8001
      quoteattr serve --db quotes.db --public --allow-sql
    """
    from ..serve import PUBLIC_HOST, ServeOptions
    from ..serve import serve as run_server

    options = ServeOptions(
        host=PUBLIC_HOST if public else host, port=port, allow_sql=allow_sql, full_text=full_text
    )
    if not options.local:
        extra = "".join(f" and {what}" for what in options.exposed())
        click.echo(
            f"Warning: listening on {options.host}: anyone who can reach this machine can read the quotes{extra}.",
            err=True,
        )

    def announce(url: str) -> None:
        click.echo(f"Serving {db_path} on {url} (Ctrl-C stops).", err=True)

    run_server(db_path, options, on_ready=announce)


@main.command()
@click.option(
    "--db", "db_path", envvar="QUOTEATTR_DB", metavar="FILE", help="Also check this quote database (also $QUOTEATTR_DB)."
)
@click.option("--upgrade", is_flag=True, help="Apply pending schema migrations to --db first (writes).")
@format_option(choices=("table", "jsonl", "json"))
@click.pass_context
def check(ctx: click.Context, db_path: str | None, upgrade: bool, fmt: str | None) -> None:
    """Versions of Python, quoteattr, its dependencies and extras; the health of a database
    (integrity, schema version, counts, WAL state). Exits 3 when the database is unhealthy.

    \b
    Examples:
      quoteattr check
      quoteattr check --db quotes.db
    """
    from ..health import database, environment, healthy

    if upgrade and not db_path:
        raise UsageError("--upgrade needs --db FILE")
    findings = environment()
    if db_path:
        findings += database(db_path, upgrade=upgrade)
    with open_output(None) as out:
        render([f.to_dict() for f in findings], resolve_format(fmt, out), out)
    if not healthy(findings):
        click.echo("Error: unhealthy: " + "; ".join(f"{f.check}: {f.value}" for f in findings if not f.ok), err=True)
        ctx.exit(DatabaseError.exit_code)
