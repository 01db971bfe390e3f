"""The database commands through CliRunner: exit codes, stdout, stderr."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quoteattr.cli import main
from quoteattr.model import Document, Quote
from quoteattr.store import QuoteDB, read_export

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

ARTICLES = [
    {
        "id": "a1",
        "outlet": "NOS",
        "date": "2022-03-02",
        "url": "https://example.org/a1",
        "text": "“Oekraïne zal zich blijven verdedigen”, zei president Volodimir Zelenski woensdag.\n\n"
        "De gevechten rond Charkov gingen door.",
    },
    {
        "id": "a2",
        "outlet": "NRC",
        "date": "2023-06-10",
        "url": "https://example.org/a2",
        "text": "“De woningnood is het grootste probleem van deze tijd”, zei minister Hugo de Jonge.",
    },
]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def corpus(tmp_path) -> Path:
    path = tmp_path / "artikelen.jsonl"
    path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path) -> Path:
    """A database with known quotes and speakers (stored directly, not via the engine)."""
    path = tmp_path / "q.db"
    with QuoteDB(path) as qdb:
        for art, (quote, speaker) in zip(
            ARTICLES,
            [
                ("Oekraïne zal zich blijven verdedigen", "Volodimir Zelenski"),
                ("De woningnood is het grootste probleem van deze tijd", "Hugo de Jonge"),
            ],
        ):
            doc = Document(art["id"], art["text"], url=art["url"], outlet=art["outlet"], date=art["date"])
            start = doc.text.index(quote)
            qdb.add(
                doc,
                [
                    Quote(
                        doc.id,
                        start,
                        start + len(quote),
                        quote,
                        "direct",
                        speaker=speaker,
                        speaker_mention=speaker,
                        cue="zei",
                        confidence=0.9,
                        sieve="verb-after",
                    )
                ],
            )
    return path


def test_ingest_twice_prints_summary_and_skips(runner, corpus, tmp_path):
    dbfile = tmp_path / "new.db"
    first = runner.invoke(main, ["ingest", str(corpus), "--db", str(dbfile)])
    assert first.exit_code == 0, first.output
    assert "2 documents: 2 added" in first.stderr
    assert "Ingesting" not in first.stderr  # no progress bar when stderr is not a terminal
    second = runner.invoke(main, ["ingest", str(corpus), "--db", str(dbfile)])
    assert second.exit_code == 0
    assert "0 added, 0 updated, 2 unchanged" in second.stderr


def test_ingest_reports_bad_inputs_and_exits_1(runner, corpus, tmp_path):
    bad = tmp_path / "kapot.jsonl"
    bad.write_text('{"id": "x", "text": "“Goed”, zei Piet."}\n{niet json\n', encoding="utf-8")
    result = runner.invoke(main, ["ingest", str(corpus), str(bad), "--db", str(tmp_path / "n.db")])
    assert result.exit_code == 1
    assert "Error: " in result.stderr and "kapot.jsonl:2" in result.stderr
    assert "3 added" in result.stderr and "1 failed" in result.stderr


def test_ingest_with_gazetteer(runner, corpus, tmp_path):
    dbfile = tmp_path / "g.db"
    result = runner.invoke(
        main, ["ingest", str(corpus), "--db", str(dbfile), "--gazetteer", str(FIXTURES / "gazetteer.csv")]
    )
    assert result.exit_code == 0, result.output
    assert "Gazetteer: 5 identities pinned." in result.stderr
    out = runner.invoke(main, ["speakers", "--db", str(dbfile), "--min-quotes", "0", "--format", "jsonl"])
    names = {json.loads(line)["name"] for line in out.stdout.splitlines()}
    assert {"Volodymyr Zelensky", "Mark Rutte"} <= names


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_search_formats(runner, db, fmt):
    result = runner.invoke(main, ["search", "oekraine", "--db", str(db), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert "Oekraïne zal zich blijven verdedigen" in result.stdout
    assert "woningnood" not in result.stdout
    if fmt == "jsonl":
        rec = json.loads(result.stdout.splitlines()[0])
        assert rec["speaker"] == "Volodimir Zelenski" and rec["doc"] == "a1"
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert [r["speaker"] for r in rows] == ["Volodimir Zelenski"]


def test_search_filters_from_cli(runner, db):
    args = ["search", "--db", str(db), "--format", "jsonl"]
    by_speaker = runner.invoke(main, [*args, "--speaker", "Zelensky"])
    assert [json.loads(x)["doc"] for x in by_speaker.stdout.splitlines()] == ["a1"]
    since = runner.invoke(main, [*args, "--since", "2023", "--outlet", "NRC"])
    assert [json.loads(x)["doc"] for x in since.stdout.splitlines()] == ["a2"]
    none = runner.invoke(main, [*args, "--kind", "indirect"])
    assert none.exit_code == 0 and none.stdout == ""


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["search", "--fts", "oekr("], 2, "Error: cannot parse search query 'oekr('"),
        (["search", "x", "--since", "gisteren"], 2, "Error: --since must be YYYY, YYYY-MM or YYYY-MM-DD"),
        (["search", "x", "--kind", "citaat"], 2, "Error: unknown kind(s) citaat"),
        (["show", "12345"], 2, "Error: no quote with id 12345"),
    ],
)
def test_query_errors_are_one_line(runner, db, args, code, message):
    result = runner.invoke(main, [*args, "--db", str(db)])
    assert result.exit_code == code
    assert result.stderr.startswith(message)
    assert "Traceback" not in result.output


def test_missing_and_corrupt_database(runner, tmp_path):
    missing = runner.invoke(main, ["search", "x", "--db", str(tmp_path / "geen.db")])
    assert missing.exit_code == 3 and "no such database" in missing.stderr
    bad = tmp_path / "kapot.db"
    bad.write_bytes(b"\x00garbage" * 500)
    corrupt = runner.invoke(main, ["speakers", "--db", str(bad)])
    assert corrupt.exit_code == 3
    assert corrupt.stderr.startswith(f"Error: {bad}: database file is corrupt")


def test_speakers_command(runner, db):
    result = runner.invoke(main, ["speakers", "--db", str(db), "--format", "json"])
    rows = json.loads(result.stdout)
    assert [r["name"] for r in rows] == ["Hugo de Jonge", "Volodimir Zelenski"]  # ties: by name
    assert all(r["quotes"] == 1 for r in rows)
    table = runner.invoke(main, ["speakers", "--db", str(db), "--format", "table"])
    assert "Hugo de Jonge" in table.stdout and "aliases" in table.stdout


def test_show_command(runner, db):
    qid = json.loads(runner.invoke(main, ["search", "woningnood", "--db", str(db)]).stdout.splitlines()[0])[
        "id"
    ]
    table = runner.invoke(main, ["show", str(qid), "--db", str(db), "--format", "table"])
    assert table.exit_code == 0
    assert "[[De woningnood is het grootste probleem van deze tijd]]" in table.stdout
    assert "verb-after" in table.stdout and "speaker_reason" in table.stdout
    rec = json.loads(runner.invoke(main, ["show", str(qid), "--db", str(db), "--format", "json"]).stdout)[0]
    a, b = rec["quote_in_paragraph"]
    assert rec["paragraph_text"][a:b] == rec["text"] and rec["cue"] == "zei"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_command_round_trips(runner, db, tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow", reason="Parquet needs pyarrow")
    out = tmp_path / f"export.{fmt}"
    result = runner.invoke(main, ["export", "--db", str(db), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 quotations written" in result.stderr
    with QuoteDB(db, create=False) as qdb:
        assert read_export(out, fmt) == list(qdb.export_records())


def test_export_to_stdout_and_parquet_needs_file(runner, db):
    result = runner.invoke(main, ["export", "--db", str(db)])
    recs = [json.loads(x) for x in result.stdout.splitlines()]
    assert {r["speaker"] for r in recs} == {"Volodimir Zelenski", "Hugo de Jonge"}
    assert all(r["numOccurrences"] == 1 and r["urls"] for r in recs)
    parquet = runner.invoke(main, ["export", "--db", str(db), "--format", "parquet"])
    assert parquet.exit_code == 2 and "-o FILE" in parquet.stderr


def test_db_from_environment(runner, db):
    result = runner.invoke(main, ["search", "woningnood"], env={"QUOTEATTR_DB": str(db)})
    assert result.exit_code == 0 and "woningnood" in result.stdout


def test_every_db_command_has_help(runner):
    for name in ("ingest", "search", "speakers", "show", "export", "serve"):
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "--db" in result.stdout
