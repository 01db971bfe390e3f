"""Commands: ingest, search, speakers, show, export, serve (registered on quoteattr.cli.main).

Each one opens a QuoteDB and calls one of its methods; rules, queries and formats live in
``quoteattr.store``.
"""

from __future__ import annotations

import sys
from typing import Callable

import click

from ..errors import DatabaseError, QuoteattrError, UsageError
from ..output import open_output
from ..render import render, table_width, terminal_safe
from . import ErrorReport, extraction_options, format_option, kind_option, main, quiet_logging, resolve_format
from .extract import detect_input_format, plural
from .progress import Progress, count_documents

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


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option(create=True)
@extraction_options
@click.option(
    "--input-format",
    type=click.Choice(["auto", "text", "jsonl", "json", "conllu"]),
    default="auto",
    show_default=True,
    help="auto: *.jsonl is JSONL (id, text, url, outlet, date, title), *.json one object or an array, "
    "*.conllu CoNLL-U, other files plain text; standard input is read as JSON or JSONL when it is that.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="Documents committed per transaction.",
)
@kind_option
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
    """Extract the quotes from PATH... and store them in the quote database.

    PATH is what `extract` takes (files, directories, glob patterns, -, JSONL, JSON, CoNLL-U).
    Re-running skips unchanged documents; --kind all also keeps `other` quotes (scare quotes,
    titles), with --force for documents already stored.

    \b
    Examples:
      quoteattr ingest --db quotes.db fixtures/articles/
      quoteattr ingest --db quotes.db --gazetteer fixtures/gazetteer.csv dump.jsonl
    """
    from ..read import iter_documents

    quiet_logging(quiet)
    input_format = detect_input_format(paths, input_format)
    source = None
    if input_format == "conllu":
        from ..conllu import ConlluSource

        source = ConlluSource(paths, glob=glob, backend=backend or "stanza")
        items = source.documents()
    else:
        items = iter_documents(paths, glob=glob, encoding=encoding, input_format=input_format)
    report = ErrorReport()

    with _open(db_path, create=True) as db:
        if gazetteer:
            n = db.load_gazetteer(gazetteer)
            if not quiet:
                click.echo(f"Gazetteer: {n:,} {'identity' if n == 1 else 'identities'} pinned.", err=True)
        progress = Progress.for_run(
            "Ingesting",
            quiet=quiet,
            total=lambda: count_documents(paths, glob=glob, input_format=input_format,
                                          default_glob="*.conllu" if source else None),
        )
        with progress:
            summary = db.ingest(
                items,
                backend=backend or "rules",
                jobs=jobs,
                kinds=kinds,
                batch_size=batch_size,
                force=force,
                max_chars=max_chars or None,
                on_error=report,
                rebuild_speakers=rebuild_speakers,
                progress=progress.advance,
                extract=source.extract if source else None,
            )
        report.close()
        if not quiet:
            counts = db.counts()
            click.echo(
                f"{summary}\nDatabase {db_path}: {plural(counts['documents'], 'document')}, "
                f"{plural(counts['quotes'], 'quote')}, {plural(counts['speakers'], 'speaker')} (run {summary.run_id}).",
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
@kind_option
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=20,
    show_default=True,
    help="At most this many (0 = all).",
)
@click.option(
    "--fts",
    "--raw",
    "raw",
    is_flag=True,
    help="Take QUERY as SQLite FTS5 syntax (NEAR, NOT, column:, parentheses) instead of words.",
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
    raw: bool,
    fmt: str | None,
    width: int | None,
) -> None:
    """Search the quote database for quotes holding the words of QUERY, best match first.

    Words are matched as typed, accents and case ignored (Oekraine finds Oekraïne): D66-leider,
    kabinet-Rutte and zo'n just work, "geen commentaar" in double quotes is a phrase, klima* a
    prefix, and OR in capitals means either. Without QUERY every quote matching the filters is
    listed, newest first. --fts takes QUERY as SQLite FTS5 syntax instead.

    \b
    Examples:
      quoteattr search --db quotes.db D66-leider --since 2019-01
      quoteattr search --db quotes.db '"geen commentaar"' --outlet NOS --format csv
    """
    from ..store.query import QUOTE_COLUMNS

    with _open(db_path) as db:
        rows = db.search(
            query,
            speaker=speaker,
            outlet=outlet,
            since=since,
            until=until,
            kinds=kinds,
            limit=limit or None,
            raw=raw,
        )
    with open_output(None) as out:
        render(
            rows, resolve_format(fmt, out), out, columns=QUOTE_COLUMNS, table_columns=SEARCH_TABLE_COLUMNS, width=width
        )


@main.command()
@click.argument("name", required=False)
@db_option()
@kind_option
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
    name: str | None,
    db_path: str,
    kinds: tuple[str, ...],
    limit: int,
    min_quotes: int,
    fmt: str | None,
    width: int | None,
) -> None:
    """List the speakers in the quote database, most quoted first, with their aliases.

    NAME keeps only the speakers it matches: a name, an alias, a surname or part of one.

    \b
    Examples:
      quoteattr speakers --db quotes.db --limit 20
      quoteattr speakers --db quotes.db Zelenski --format json
    """
    with _open(db_path) as db:
        rows = db.speakers(name, kinds=kinds, limit=limit or None, min_quotes=min_quotes)
    with open_output(None) as out:
        render(
            rows,
            resolve_format(fmt, out),
            out,
            columns=SPEAKER_COLUMNS,
            table_columns=SPEAKER_TABLE_COLUMNS,
            width=width,
        )


@main.command()
@click.argument("quote_id", type=int)
@db_option()
@format_option()
def show(quote_id: int, db_path: str, fmt: str | None, width: int | None) -> None:
    """Show one quote in its paragraph, with the evidence for its speaker.

    The quote is marked [[like this]] in the paragraph; below it come the speaker as found, the
    mention and cue words, the sieve that decided and its confidence. QUOTE_ID is the id that
    `search` lists.

    \b
    Examples:
      quoteattr show 12 --db quotes.db
      quoteattr show 12 --db quotes.db --format json
    """
    with _open(db_path) as db:
        rec = db.show(quote_id)
    with open_output(None) as out:
        fmt = resolve_format(fmt, out)
        if fmt != "table":
            render([rec], fmt, out)
            return
        text, (a, b) = rec["paragraph_text"], rec["quote_in_paragraph"]
        marked = click.style("[[" + terminal_safe(text[a:b]) + "]]", bold=True)
        paragraph = terminal_safe(text[:a]) + marked + terminal_safe(text[b:])
        limit = table_width(out, width)
        if limit and not click.utils.should_strip_ansi(out):
            paragraph = "\n".join(_wrap_styled(line, limit) for line in paragraph.splitlines())
        elif limit:
            import textwrap

            paragraph = "\n".join(textwrap.fill(line, limit) for line in paragraph.splitlines())
        click.echo(paragraph + "\n", file=out)
        rows = [{"field": k, "value": rec.get(k)} for k in SHOW_FIELDS if rec.get(k) not in (None, [], "")]
        render(rows, "table", out, width=width)


def _wrap_styled(line: str, width: int) -> str:
    """Wrap a line holding ANSI styles: the escapes take no room on screen."""
    import re
    import textwrap

    ansi = re.compile(r"\x1b\[[0-9;]*m")
    words = line.split(" ")
    out, current, used = [], [], 0
    for word in words:
        size = len(ansi.sub("", word))
        if current and used + 1 + size > width:
            out.append(" ".join(current))
            current, used = [], 0
        current.append(word)
        used += size + (1 if used else 0)
    out.append(" ".join(current))
    return "\n".join(out) if out else textwrap.fill(line, width)


@main.command()
@db_option()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default=None,
    help="jsonl (Quotebank-style), csv (spreadsheet-safe) or parquet (needs pyarrow); "
    "default: from the -o file name, else jsonl.",
)
@click.option(
    "--output", "-o", metavar="FILE", help="Write to FILE (replaced when complete) instead of stdout."
)
@kind_option
def export(db_path: str, fmt: str | None, output: str | None, kinds: tuple[str, ...]) -> None:
    """Export the quotations Quotebank-style: one record per quotation, counted across articles.

    Each record has quoteID, quotation, speaker, qids, date, numOccurrences, probas, urls (the
    articles' URLs; the document ids are under occurrences), kind and occurrences.

    \b
    Examples:
      quoteattr export --db quotes.db -o quotes.jsonl
      quoteattr export --db quotes.db -o quotes.csv      # CSV, from the file name
    """
    from ..store.exports import format_for

    fmt = fmt or format_for(output or "-", default="jsonl")
    with _open(db_path) as db:
        n = db.export(fmt, output or "-", kinds=kinds)
    if output and output != "-":
        click.echo(f"{plural(n, 'quotation')} written to {output}.", err=True)


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
    """Open the quote database in a web browser: search, quote cards, speakers (Datasette).

    The first page is a search box with quote cards; each quote has a page with its paragraph
    and evidence, each speaker one with aliases, roles, outlets and quotes over time. The full
    tables stay one click away. By default only this machine can connect, the database is
    opened immutable and read-only, and visitors see no custom SQL and no whole articles.
    Needs the optional extra: pip install 'quoteattr[serve]' (exit 4 without it; exit 7 when
    the port is in use).

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
def check(ctx: click.Context, db_path: str | None, upgrade: bool, fmt: str | None, width: int | None) -> None:
    """Report the versions of Python, quoteattr, its dependencies and extras, and a database's health.

    With --db also the integrity, schema version, counts and WAL state of that database; exits 3
    when it is unhealthy.

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
        render([f.to_dict() for f in findings], resolve_format(fmt, out), out, width=width)
    if not healthy(findings):
        click.echo("Error: unhealthy: " + "; ".join(f"{f.check}: {f.value}" for f in findings if not f.ok), err=True)
        ctx.exit(DatabaseError.exit_code)
