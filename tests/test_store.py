"""The quote database library: schema, idempotent ingest, search, show, speakers, exports."""

from __future__ import annotations

import io
import sqlite3

import pytest

from quoteattr.api import extract_document
from quoteattr.errors import DatabaseError, QueryError, UsageError
from quoteattr.model import KINDS, Document, Quote
from quoteattr.store import SCHEMA_VERSION, QuoteDB, quotation_key, read_export
from quoteattr.store.exports import to_csv_string
from quoteattr.store.ingest import ParagraphIndex, sentence_context

TEXT_A = (
    "Het kabinet presenteerde dinsdag de plannen.\n\n"
    "“We gaan de woningnood hard aanpakken”, zei minister Hugo de Jonge in Den Haag. "
    "Volgens hem is er haast.\n\n"
    "De oppositie reageerde kritisch."
)
TEXT_B = "“Oekraïne geeft niet op”, zei Volodimir Zelenski maandag in Kyiv."


def quote_in(doc: Document, text: str, **kw) -> Quote:
    """A Quote record for ``text`` inside ``doc`` (offsets computed, not typed)."""
    start = doc.text.index(text)
    return Quote(
        doc=doc.id, start=start, end=start + len(text), text=text, kind=kw.pop("kind", "direct"), **kw
    )


@pytest.fixture
def db(tmp_path):
    with QuoteDB(tmp_path / "q.db") as database:
        yield database


def test_new_database_has_schema_wal_and_foreign_keys(db):
    assert db.version == SCHEMA_VERSION
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {
        r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    }
    assert {
        "documents",
        "speakers",
        "aliases",
        "roles",
        "quotes",
        "runs",
        "quotes_fts",
        "quote_view",
        "schema_version",
    } <= tables
    assert db.check() == "ok"


def test_reopening_does_not_migrate_again(tmp_path):
    QuoteDB(tmp_path / "q.db").close()
    with QuoteDB(tmp_path / "q.db") as again:
        rows = again.conn.execute("SELECT version FROM schema_version").fetchall()
    assert [r[0] for r in rows] == list(range(1, SCHEMA_VERSION + 1))


def test_newer_schema_is_refused(tmp_path):
    QuoteDB(tmp_path / "q.db").close()
    conn = sqlite3.connect(tmp_path / "q.db")
    conn.execute("INSERT INTO schema_version VALUES (?, 'from the future', 'now')", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="newer"):
        QuoteDB(tmp_path / "q.db")


def test_foreign_database_and_garbage_file_are_database_errors(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="not a quoteattr database"):
        QuoteDB(other)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError, match="corrupt or not a quoteattr database"):
        QuoteDB(garbage)
    with pytest.raises(DatabaseError, match="no such database"):
        QuoteDB(tmp_path / "missing.db", create=False)


def test_locked_database_is_a_clear_database_error(tmp_path, monkeypatch):
    import quoteattr.store.schema as schema

    monkeypatch.setattr(schema, "BUSY_TIMEOUT_S", 0.05)
    path = tmp_path / "q.db"
    QuoteDB(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with QuoteDB(path) as db, pytest.raises(DatabaseError, match="locked"):
            db.add(Document("d", TEXT_B), [])
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_ingest_is_idempotent_and_stores_what_the_engine_finds(db):
    docs = [
        Document("a", TEXT_A, outlet="NOS", date="2023-05-02"),
        Document("b", TEXT_B, date="2022-03-01"),
    ]
    expected = sum(len(extract_document(d, kinds=KINDS)) for d in docs)
    first = db.ingest(docs)
    assert (first.added, first.unchanged, first.quotes) == (2, 0, expected)
    before = db.counts()
    second = db.ingest(docs)
    assert (second.added, second.updated, second.unchanged, second.quotes) == (0, 0, 2, 0)
    after = db.counts()
    assert {k: v for k, v in after.items() if k != "runs"} == {
        k: v for k, v in before.items() if k != "runs"
    }
    assert after["runs"] == 2
    run = db.runs()[0]
    assert run["status"] == "done" and run["documents_unchanged"] == 2 and run["tool_version"]


def test_changed_document_replaces_its_quotes(db):
    doc = Document("a", TEXT_B)
    db.add(doc, [quote_in(doc, "Oekraïne geeft niet op", speaker="Volodimir Zelenski")])
    changed = Document("a", "“Wij houden stand”, zei Volodimir Zelenski.")
    summary = db.ingest([changed])
    assert summary.updated == 1
    texts = [r[0] for r in db.conn.execute("SELECT text FROM quotes")]
    assert "Oekraïne geeft niet op" not in texts
    assert texts == [q.text for q in extract_document(changed, kinds=KINDS)]
    assert db.search("Oekraine") == []
    # the speaker that only the old version quoted is gone; the document row was reused
    assert db.counts()["documents"] == 1
    assert all(s["quotes"] > 0 for s in db.speakers(min_quotes=0))


def test_input_errors_are_counted_and_reported(db):
    from quoteattr.errors import InputError

    seen = []
    summary = db.ingest(
        [InputError("cannot read", source="x.txt"), Document("b", TEXT_B)], on_error=seen.append
    )
    assert summary.failed == 1 and summary.added == 1
    assert [str(e) for e in seen] == ["x.txt: cannot read"]


def test_ingest_batches_commit_documents_with_their_quotes(db):
    docs = [Document(f"d{i}", f"“Citaat nummer {i} over de begroting”, zei Jan Jansen.") for i in range(7)]
    batches = []
    db.ingest(docs, batch_size=3, progress=batches.append)
    assert sum(batches) == 7
    rows = db.conn.execute(
        "SELECT d.doc_key, COUNT(q.id) FROM documents d LEFT JOIN quotes q ON q.document_id = d.id "
        "GROUP BY d.id"
    ).fetchall()
    assert {k: n for k, n in rows} == {d.id: len(extract_document(d, kinds=KINDS)) for d in docs}


def test_paragraph_and_sentence_context_follow_offsets():
    start = TEXT_A.index("We gaan")
    end = TEXT_A.index("aanpakken") + len("aanpakken")
    lo, hi = ParagraphIndex(TEXT_A).bounds(start, end)
    assert TEXT_A[lo:hi].startswith("“We gaan") and TEXT_A[lo:hi].endswith("er haast.")
    context = sentence_context(TEXT_A, start, end, (lo, hi))
    assert context.startswith("“We gaan") and context.endswith("Den Haag.")
    # one line per paragraph when the text has no blank lines
    text = "Eerste regel.\n“Tweede”, zei Piet.\nDerde regel."
    a = text.index("Tweede")
    assert text[slice(*ParagraphIndex(text).bounds(a, a + 6))] == "“Tweede”, zei Piet."


@pytest.fixture
def filled(db):
    a = Document("a", TEXT_A, outlet="NOS", date="2023-05-02", url="https://example.org/a")
    b = Document("b", TEXT_B, outlet="NRC", date="2022-03-01", url="https://example.org/b")
    c = Document("c", "Zelenski zei dat Oekraïne niet zal opgeven.", outlet="NOS", date="2022-04-10")
    db.add(
        a,
        [
            quote_in(
                a,
                "We gaan de woningnood hard aanpakken",
                speaker="Hugo de Jonge",
                speaker_mention="minister Hugo de Jonge",
                speaker_role="minister",
                cue="zei",
                confidence=0.9,
                sieve="verb-after",
            )
        ],
    )
    db.add(
        b,
        [
            quote_in(
                b,
                "Oekraïne geeft niet op",
                speaker="Volodimir Zelenski",
                speaker_mention="Volodimir Zelenski",
                cue="zei",
                confidence=0.95,
                sieve="verb-after",
            )
        ],
    )
    db.add(
        c,
        [
            quote_in(
                c,
                "Oekraïne niet zal opgeven",
                kind="indirect",
                speaker="Zelenski",
                speaker_mention="Zelenski",
                cue="zei",
                confidence=0.7,
                sieve="indirect",
            )
        ],
    )
    return db


def test_search_ignores_diacritics_and_ranks(filled):
    hits = filled.search("Oekraine")
    assert {h["doc"] for h in hits} == {"b", "c"}
    assert all("Oekraïne" in h["text"] for h in hits)
    assert filled.search("oekraïne") and len(filled.search("oekraïne")) == len(hits)


@pytest.mark.parametrize(
    "kwargs, docs",
    [
        ({"speaker": "Zelenski"}, {"b", "c"}),
        ({"speaker": "Volodymyr Zelensky"}, {"b", "c"}),
        ({"speaker": "Hugo de Jonge"}, {"a"}),
        ({"outlet": "nos"}, {"a", "c"}),
        ({"since": "2022-04"}, {"a", "c"}),
        ({"until": "2022-03"}, {"b"}),
        ({"since": "2022-03-01", "until": "2022-04-10"}, {"b", "c"}),
        ({"kinds": ["indirect"]}, {"c"}),
        ({"kinds": ["direct"], "speaker": "Zelenski"}, {"b"}),
    ],
)
def test_search_filters(filled, kwargs, docs):
    assert {h["doc"] for h in filled.search(None, limit=None, **kwargs)} == docs


def test_search_limit(filled):
    assert len(filled.search(None, limit=2)) == 2


@pytest.mark.parametrize("bad", ['"unterminated', "woningnood AND", "(haakje", "kolom:woord", "NEAR(a b"])
def test_bad_fts_query_is_a_query_error(filled, bad):
    with pytest.raises(QueryError, match="cannot parse search query") as info:
        filled.search(bad, raw=True)
    assert "Traceback" not in str(info.value)
    assert isinstance(filled.search(bad), list)  # as words, the same text is a search


@pytest.mark.parametrize(
    "kwargs", [{"since": "maart"}, {"until": "2022-13-01"}, {"kinds": ["quote"]}, {"limit": -1}]
)
def test_bad_filters_are_usage_errors(filled, kwargs):
    with pytest.raises(UsageError):
        filled.search("woningnood", **kwargs)


def test_show_gives_paragraph_and_evidence(filled):
    qid = filled.search("woningnood")[0]["id"]
    rec = filled.show(qid)
    a, b = rec["quote_in_paragraph"]
    assert rec["paragraph_text"][a:b] == rec["text"]
    assert "Volgens hem is er haast." in rec["paragraph_text"]
    assert "De oppositie" not in rec["paragraph_text"]
    assert (rec["speaker"], rec["speaker_mention"], rec["cue"], rec["sieve"], rec["confidence"]) == (
        "Hugo de Jonge",
        "minister Hugo de Jonge",
        "zei",
        "verb-after",
        0.9,
    )
    assert rec["speaker_reason"] == "new name"
    with pytest.raises(UsageError, match="no quote with id"):
        filled.show(999)


def test_speakers_ranked_with_aliases_and_roles(filled):
    rows = filled.speakers()
    assert [r["name"] for r in rows] == ["Volodimir Zelenski", "Hugo de Jonge"]
    assert rows[0]["quotes"] == 2 and rows[0]["documents"] == 2
    assert "Zelenski" in rows[0]["aliases"]
    assert rows[1]["roles"] == ["minister"] and "minister Hugo de Jonge" in rows[1]["aliases"]
    assert [r["name"] for r in filled.speakers("Zelensky")] == ["Volodimir Zelenski"]
    assert [r["name"] for r in filled.speakers(kinds=["indirect"])] == ["Volodimir Zelenski"]


def test_same_quotation_across_articles_is_one_export_record(db):
    docs = [
        Document(
            f"n{i}",
            f"Inleiding {i}. “De crisis is voorbij,” zei premier Mark Rutte.",
            date=f"2020-0{i + 1}-01",
            url=f"https://example.org/{i}",
        )
        for i in range(3)
    ]
    variants = ["De crisis is voorbij,", "De crisis is voorbij", "de crisis is  voorbij"]
    for doc, text in zip(docs, variants):
        body = doc.text.replace("De crisis is voorbij,", text)
        doc = Document(doc.id, body, date=doc.date, url=doc.url)
        db.add(doc, [quote_in(doc, text, speaker="Mark Rutte", confidence=0.8)])
    assert len({quotation_key(v) for v in variants}) == 1
    recs = list(db.export_records())
    assert len(recs) == 1
    rec = recs[0]
    assert rec["numOccurrences"] == 3 and rec["urls"] == [d.url for d in docs]
    assert rec["date"] == "2020-01-01" and rec["speaker"] == "Mark Rutte"
    assert rec["probas"][0] == ["Mark Rutte", 0.8] and rec["quoteID"].startswith("qa-")
    assert [o["doc"] for o in rec["occurrences"]] == ["n0", "n1", "n2"]


def _tricky(db):
    doc = Document(
        "t",
        "“=SOM(A1:A3)” zei Jan. “-Nee, dat niet”, antwoordde Piet de Boer. “@iedereen, kom”",
        outlet="Test",
        date="2024-01-01",
    )
    db.add(
        doc,
        [
            quote_in(doc, "=SOM(A1:A3)", speaker="Jan", confidence=0.5),
            quote_in(doc, "-Nee, dat niet", speaker="Piet de Boer"),
            quote_in(doc, "@iedereen, kom"),
        ],
    )


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_exports_round_trip(filled, tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow", reason="Parquet needs pyarrow")
    _tricky(filled)
    expected = list(filled.export_records())
    path = tmp_path / f"out.{fmt}"
    assert filled.export(fmt, path) == len(expected)
    assert read_export(path, fmt) == expected


def test_csv_export_is_spreadsheet_safe(db):
    _tricky(db)
    text = to_csv_string(list(db.export_records()))
    cells = [line.split(",")[1] for line in text.splitlines()[1:]]
    assert not any(c.lstrip('"').startswith(("=", "+", "-", "@")) for c in cells)


def test_parquet_without_pyarrow_is_backend_unavailable(db, tmp_path, monkeypatch):
    import builtins

    from quoteattr.errors import BackendUnavailable

    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError("no pyarrow")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(BackendUnavailable, match="pyarrow"):
        db.export("parquet", tmp_path / "x.parquet")


def test_parquet_needs_a_file(db):
    with pytest.raises(UsageError, match="-o FILE"):
        db.export("parquet", io.StringIO())
