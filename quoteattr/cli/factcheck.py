"""Commands for fact-checkers: trace, variants, clusters, claims, checklist (registered on
quoteattr.cli.main). Each opens a QuoteDB and calls one of its methods; the clustering, diffs and
claim shape live in ``quoteattr.store.clusters`` and ``quoteattr.factcheck``.
"""

from __future__ import annotations

from typing import IO, Any, Iterable

import click

from ..factcheck.checkable import CATEGORIES
from ..factcheck.claims import cluster_claim, write_jsonld
from ..factcheck.diff import FLAG_ORDER
from ..output import open_output
from ..render import FORMATS, render, terminal_safe
from . import main, resolve_format
from .db import db_option

#: every format of the other commands, and JSON-LD (schema.org Claims of what is listed)
FACTCHECK_FORMATS = (*FORMATS, "jsonld")
TRACE_TABLE_COLUMNS = ("date", "outlet", "speaker", "flags", "diff")
TRACE_COLUMNS = (
    "cluster_id", "quote_id", "earliest", "date", "outlet", "doc", "url", "title", "speaker", "kind",
    "text", "diff", "severity", "flags", "speaker_mismatch", "changes", "start", "end",
)
CLUSTER_TABLE_COLUMNS = ("cluster_id", "occurrences", "wordings", "first_date", "speaker", "flags", "text")
VARIANT_TABLE_COLUMNS = ("cluster_id", "severity", "flags", "occurrences", "speakers", "worst")
CHECKLIST_TABLE_COLUMNS = ("cluster_id", "first_date", "speaker", "checkable", "text")


def _format_option() -> Any:
    return click.option(
        "--format", "fmt", type=click.Choice(FACTCHECK_FORMATS), default=None,
        help="Output format (default: table on a terminal, jsonl when piped); jsonld: schema.org Claims.",
    )


def _limit_option(default: int = 50) -> Any:
    return click.option(
        "--limit", type=click.IntRange(min=0), default=default, show_default=True, help="At most this many (0 = all)."
    )


def _open(path: str):
    from ..store import QuoteDB

    return QuoteDB(path, create=False, readonly=True)


def _claims(db, records: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    return (cluster_claim(t) for t in db.traces(r["cluster_id"] for r in records))


def _emit(db, records: list[dict[str, Any]], fmt: str | None, out: IO[str], table_columns: tuple[str, ...]) -> None:
    fmt = resolve_format(fmt, out)
    if fmt == "jsonld":
        write_jsonld(_claims(db, records), out)
    else:
        render(records, fmt, out, table_columns=table_columns)


@main.command()
@click.argument("query", metavar="QUOTE")
@db_option()
@_format_option()
def trace(query: str, db_path: str, fmt: str | None) -> None:
    """Trace a quotation across articles: every occurrence, earliest first, with the words changed
    against the earliest and speakers that differ. QUOTE is a quotation text, a quote id, or a
    cluster id (cl-…).

    \b
    Examples:
      quoteattr trace "We gaan niet door met de brug" --db quotes.db
      quoteattr trace 2188 --db quotes.db --format jsonld
    """
    with _open(db_path) as db:
        result = db.trace(query)
        with open_output(None) as out:
            fmt = resolve_format(fmt, out)
            if fmt == "jsonld":
                write_jsonld([cluster_claim(result)], out)
                return
            if fmt == "json":
                render([result], "json", out)
                return
            rows = [{"cluster_id": result["cluster_id"], **o} for o in result["occurrences"]]
            if fmt == "table":
                first = result["occurrences"][0]
                click.echo(
                    terminal_safe(
                        f"{result['cluster_id']}: {result['num_occurrences']} occurrences "
                        f"in {result['documents']} articles, {result['wordings']} wordings; earliest "
                        f"{first['date'] or 'undated'} ({first['doc']})"
                        + (f", {result['speaker']}" if result["speaker"] else "")
                        + (f"; flags: {', '.join(result['flags'])}" if result["flags"] else "")
                    ),
                    file=out,
                )
                for row in rows:
                    row["flags"] = ", ".join(row["flags"]) or ("earliest" if row["earliest"] else "")
            render(rows, fmt, out, columns=TRACE_COLUMNS if fmt != "table" else None,
                   table_columns=TRACE_TABLE_COLUMNS)


def _flags(values: tuple[str, ...]) -> list[str]:
    return [f.strip() for v in values for f in v.split(",") if f.strip()]


@main.command()
@db_option()
@click.option(
    "--min-severity", type=click.IntRange(1, 3), default=1, show_default=True,
    help="1 words added or removed, 2 words changed, 3 a changed number or an added or dropped negation.",
)
@click.option(
    "--flag", "flags", multiple=True, metavar="FLAG",
    help=f"Only clusters with this flag ({', '.join(FLAG_ORDER)}); repeat or comma-separate.",
)
@click.option("--speaker", help="Only clusters with a quote by this speaker.")
@click.option("--min-occurrences", type=click.IntRange(min=1), default=2, show_default=True,
              help="Only clusters with at least this many occurrences.")
@_limit_option()
@_format_option()
def variants(
    db_path: str, min_severity: int, flags: tuple[str, ...], speaker: str | None, min_occurrences: int,
    limit: int, fmt: str | None,
) -> None:
    """List statements whose wording changed between articles, or whose speakers conflict, the
    most serious first (a changed number or a dropped negation before a changed word).

    \b
    Examples:
      quoteattr variants --db quotes.db --min-severity 3
      quoteattr variants --db quotes.db --flag speaker --format csv
    """
    with _open(db_path) as db:
        rows = db.variants(
            min_severity=min_severity, flags=_flags(flags), speaker=speaker,
            min_occurrences=min_occurrences, limit=limit or None,
        )
        with open_output(None) as out:
            _emit(db, rows, fmt, out, VARIANT_TABLE_COLUMNS)


@main.command()
@db_option()
@click.option("--min-occurrences", type=click.IntRange(min=1), default=2, show_default=True,
              help="Only clusters with at least this many occurrences (1 lists every statement).")
@click.option("--speaker", help="Only clusters with a quote by this speaker.")
@click.option("--stats", is_flag=True, help="Print the counts (wordings, clusters, variants) instead.")
@click.option("--rebuild", is_flag=True, help="Build every cluster again from the quotes first (writes).")
@_limit_option()
@_format_option()
def clusters(
    db_path: str, min_occurrences: int, speaker: str | None, stats: bool, rebuild: bool, limit: int,
    fmt: str | None,
) -> None:
    """List quote clusters, the most repeated first: one statement with all its occurrences
    across articles (reprints, re-quotes, small edits).

    \b
    Examples:
      quoteattr clusters --db quotes.db --limit 10
      quoteattr clusters --db quotes.db --stats
    """
    from ..store import QuoteDB

    if rebuild:
        with QuoteDB(db_path, create=False) as db:
            n = db.rebuild_clusters()
        click.echo(f"{n} clusters built.", err=True)
    with _open(db_path) as db:
        with open_output(None) as out:
            if stats:
                counts = db.cluster_stats()
                fmt = resolve_format(fmt, out)
                if fmt in ("table", "jsonld"):
                    render([{"count": k, "value": v} for k, v in counts.items()], "table", out)
                else:
                    render([counts], fmt, out)
                return
            rows = db.clusters(min_occurrences=min_occurrences, speaker=speaker, limit=limit or None)
            _emit(db, rows, fmt, out, CLUSTER_TABLE_COLUMNS)


@main.command()
@db_option()
@click.option("--cluster", "cluster_ids", multiple=True, metavar="ID",
              help="A cluster id (cl-…), quote id or quotation; repeat for more.")
@click.option("--quote", "quote_ids", multiple=True, type=int, metavar="QUOTE_ID",
              help="One Claim for this stored quote alone (its own words, speaker and article).")
@click.option("--min-occurrences", type=click.IntRange(min=1), default=2, show_default=True,
              help="Without --cluster/--quote: every cluster with at least this many occurrences.")
@_limit_option(0)
@click.option("--format", "fmt", type=click.Choice(["jsonld", "jsonl"]), default="jsonld", show_default=True,
              help="jsonld: one document with an @graph of Claims; jsonl: one Claim per line.")
@click.option("--output", "-o", metavar="FILE", help="Write to FILE (replaced when complete) instead of stdout.")
def claims(
    db_path: str, cluster_ids: tuple[str, ...], quote_ids: tuple[int, ...], min_occurrences: int, limit: int,
    fmt: str, output: str | None,
) -> None:
    """Export schema.org Claims (JSON-LD) for fact-checking tools: who said it (with the Wikidata
    QID when known), the exact words, when and where they appeared. Never a verdict.

    \b
    Examples:
      quoteattr claims --db quotes.db --cluster cl-3f9a0c2d11e4b7a8
      quoteattr claims --db quotes.db --min-occurrences 3 -o claims.jsonld
    """
    with _open(db_path) as db:
        items = db.claims(cluster_ids, quote_ids=quote_ids, min_occurrences=min_occurrences, limit=limit or None)
        with open_output(output) as out:
            n = write_jsonld(items, out, lines=fmt == "jsonl")
    if output and output != "-":
        click.echo(f"{n} claims written to {output}.", err=True)


@main.command()
@db_option()
@click.option("--category", "categories", multiple=True, metavar="CATEGORY",
              help=f"Only statements with this ({', '.join(CATEGORIES)}); repeat or comma-separate.")
@click.option("--speaker", help="Only statements by this speaker.")
@click.option("--since", metavar="DATE", help="First said on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="First said up to and including this date.")
@click.option("--min-occurrences", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only statements that appeared at least this often.")
@_limit_option()
@_format_option()
def checklist(
    db_path: str, categories: tuple[str, ...], speaker: str | None, since: str | None, until: str | None,
    min_occurrences: int, limit: int, fmt: str | None,
) -> None:
    """List statements worth checking: quotes with figures, percentages, comparisons, dates,
    absolutes ("nooit", "altijd") or records, one per statement, the most checkable first.

    \b
    Examples:
      quoteattr checklist --db quotes.db --category percentage,figure --since 2019-03
      quoteattr checklist --db quotes.db --speaker Rutte --format jsonld
    """
    with _open(db_path) as db:
        rows = db.checklist(
            categories=_flags(categories), speaker=speaker, since=since, until=until,
            min_occurrences=min_occurrences, limit=limit or None,
        )
        with open_output(None) as out:
            _emit(db, rows, fmt, out, CHECKLIST_TABLE_COLUMNS)
