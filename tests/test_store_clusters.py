"""Quote clusters in the database: a small corpus of reprints, re-quotes, an altered number, a
dropped "niet" and a swapped speaker, ingested through the real engine; clusters, the earliest
occurrence, every flag, incremental updates, ingest-order independence, Claims and the CLI."""

from __future__ import annotations

import json
import random
import sqlite3

import pytest
from click.testing import CliRunner

from quoteattr.cli import main
from quoteattr.model import Document
from quoteattr.store import QuoteDB
from quoteattr.store import clusters as clustering

Q = "We gaan niet door met de bouw van de brug, want die kost 12 miljoen euro"
QID = "Q99990001"


def article(key: str, date: str | None, outlet: str, body: str) -> Document:
    return Document(id=key, text=f"{outlet} meldt nieuws uit Deventer.\n\n{body}", outlet=outlet, date=date,
                    url=f"https://example.org/{key}", title=f"Brug Deventer ({outlet})")


CORPUS = [
    # the statement, first said
    article("nos-1", "2019-03-01", "NOS", f"“{Q}”, zei wethouder Marieke de Groot dinsdag in de raad."),
    # an agency reprint in another quoting style: the same wording
    article("ad-2", "2019-03-02", "AD", f",,{Q}'', zei wethouder Marieke de Groot."),
    # the number altered
    article("trouw-3", "2019-03-03", "Trouw", f"“{Q.replace('12', '15')}”, zei wethouder Marieke de Groot."),
    # "niet" dropped
    article("parool-4", "2019-03-04", "Parool", f"“{Q.replace('niet ', '')}”, aldus wethouder Marieke de Groot."),
    # the same words given to somebody else
    article("tg-5", "2019-03-05", "Telegraaf", f"“{Q}”, zei burgemeester Jan Pieters."),
    # a re-quote in capitals with one word changed (de → deze)
    article("hln-6", "2019-03-06", "HLN",
            "“WE GAAN NIET DOOR MET DE BOUW VAN DEZE BRUG, WANT DIE KOST 12 MILJOEN EURO”, zei wethouder Marieke de Groot."),
    # another statement, reprinted once: its own cluster
    article("nos-7", "2019-03-02", "NOS", "“Het water staat ons aan de lippen en de dijken houden het niet lang meer”, zei Piet Bakker."),
    article("rtv-8", "2019-03-03", "RTV Oost", "“Het water staat ons aan de lippen en de dijken houden het niet lang meer”, zei Piet Bakker."),
    # undated: never the earliest
    article("arch-9", None, "Archief", f"“{Q}”, zei wethouder Marieke de Groot."),
]


def build(path, docs, *, batch_size: int = 100, gazetteer=None) -> QuoteDB:
    db = QuoteDB(path)
    if gazetteer:
        db.load_gazetteer(gazetteer)
    summary = db.ingest(docs, batch_size=batch_size, jobs=1)
    assert summary.failed == 0
    return db


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("clusters") / "q.db"
    gaz = path.with_name("gazetteer.csv")
    gaz.write_text(f"name,aliases,qid,role\nMarieke de Groot,,{QID},wethouder\n", encoding="utf-8")
    with build(path, CORPUS, gazetteer=gaz) as db:
        yield db


def by_doc(trace: dict) -> dict[str, dict]:
    return {o["doc"]: o for o in trace["occurrences"]}


def test_one_cluster_for_every_form_of_the_statement(corpus_db):
    t = corpus_db.trace(Q)
    assert set(by_doc(t)) == {"nos-1", "ad-2", "trouw-3", "parool-4", "tg-5", "hln-6", "arch-9"}
    assert t["documents"] == 7 and t["num_occurrences"] == 7
    assert t["wordings"] == 4  # the original (×4, any glyphs), 15 miljoen, without niet, deze brug
    water = corpus_db.trace("Het water staat ons aan de lippen en de dijken houden het niet lang meer")
    assert water["cluster_id"] != t["cluster_id"] and set(by_doc(water)) == {"nos-7", "rtv-8"}
    assert water["flags"] == [] and water["severity"] == 0


def test_earliest_occurrence_and_order(corpus_db):
    t = corpus_db.trace(Q)
    docs = [o["doc"] for o in t["occurrences"]]
    assert docs == ["nos-1", "ad-2", "trouw-3", "parool-4", "tg-5", "hln-6", "arch-9"]  # undated last
    assert t["first_doc"] == "nos-1" and t["first_date"] == "2019-03-01"
    assert t["occurrences"][0]["earliest"] and not any(o["earliest"] for o in t["occurrences"][1:])
    assert t["outlets"][:2] == ["NOS", "AD"] and t["speaker"] == "Marieke de Groot"


def test_each_flag(corpus_db):
    occ = by_doc(corpus_db.trace(Q))
    assert occ["ad-2"]["flags"] == [] and occ["ad-2"]["severity"] == 0 and occ["arch-9"]["flags"] == []
    assert occ["trouw-3"]["flags"] == ["number", "changed"] and occ["trouw-3"]["severity"] == 3
    assert occ["trouw-3"]["diff"].startswith("We gaan niet door") and "[-12-]{+15+}" in occ["trouw-3"]["diff"]
    assert occ["parool-4"]["flags"] == ["negation", "removed"] and occ["parool-4"]["severity"] == 3
    assert occ["parool-4"]["diff"].startswith("We gaan [-niet-] door")
    assert occ["hln-6"]["flags"] == ["changed"] and occ["hln-6"]["severity"] == 2
    assert occ["hln-6"]["changes"] == [{"op": "changed", "old": "de", "new": "DEZE", "serious": None}]
    assert occ["tg-5"]["speaker_mismatch"] and occ["tg-5"]["flags"] == ["speaker"]
    assert not any(o["speaker_mismatch"] for d, o in occ.items() if d != "tg-5")


def test_stored_summary_matches_the_trace(corpus_db):
    [summary] = [c for c in corpus_db.clusters() if c["occurrences"] == 7]
    t = corpus_db.trace(Q)
    assert summary["cluster_id"] == t["cluster_id"]
    assert summary["flags"] == t["flags"] == ["number", "negation", "speaker", "changed", "removed"]
    assert summary["severity"] == 3 and summary["speakers"] == ["Marieke de Groot", "Jan Pieters"]


def test_variants_rank_numbers_and_negations_first_and_filter(corpus_db):
    rows = corpus_db.variants()
    assert [r["cluster_id"] for r in rows] == [corpus_db.trace(Q)["cluster_id"]]
    assert rows[0]["severity"] == 3 and "[-" in rows[0]["worst"]
    assert corpus_db.variants(flags=["speaker"]) and corpus_db.variants(flags=["extent"]) == []
    assert corpus_db.variants(speaker="Piet Bakker") == []


@pytest.mark.parametrize("query", ["cl", "quote_id", "qa", "near", "fragment"])
def test_trace_finds_the_cluster_by_id_text_or_fragment(corpus_db, query):
    t = corpus_db.trace(Q)
    quote_id = t["occurrences"][2]["quote_id"]
    text_hash = corpus_db.conn.execute("SELECT text_hash FROM quotes WHERE id = ?", (quote_id,)).fetchone()[0]
    arg = {
        "cl": t["cluster_id"],
        "quote_id": str(quote_id),
        "qa": "qa-" + text_hash[:16],
        "near": "We gaan niet door met de bouw van die brug, want die kost 12 miljoen",
        "fragment": "kost 12 miljoen euro",
    }[query]
    assert corpus_db.trace(arg)["cluster_id"] == t["cluster_id"]


def test_no_match_is_a_usage_error(corpus_db):
    from quoteattr.errors import UsageError

    with pytest.raises(UsageError, match="no stored quote matches"):
        corpus_db.trace("Volkomen iets anders over tulpen")
    with pytest.raises(UsageError, match="no quote with id"):
        corpus_db.trace("999999")


# -- schema.org Claim --------------------------------------------------------------------------


def test_claim_jsonld_shape(corpus_db):
    [claim] = list(corpus_db.claims([corpus_db.trace(Q)["cluster_id"]]))
    assert claim["@context"] == "https://schema.org" and claim["@type"] == "Claim"
    assert claim["@id"].startswith("urn:quoteattr:cluster:cl-")
    assert claim["text"] == Q  # the exact words of the earliest occurrence, not folded
    assert claim["author"] == {"@type": "Person", "name": "Marieke de Groot",
                               "sameAs": f"https://www.wikidata.org/wiki/{QID}", "identifier": QID}
    assert claim["datePublished"] == "2019-03-01" and claim["inLanguage"] == "nl"
    works = claim["appearance"]
    assert isinstance(works, list) and len(works) == 7 and claim["firstAppearance"] == works[0]
    for work in works:
        assert work["@type"] == "CreativeWork" and work["url"].startswith("https://example.org/")
        assert work["publisher"]["@type"] == "Organization" and isinstance(work["publisher"]["name"], str)
    assert works[0] == {"@type": "CreativeWork", "url": "https://example.org/nos-1", "identifier": "nos-1",
                        "headline": "Brug Deventer (NOS)", "datePublished": "2019-03-01",
                        "publisher": {"@type": "Organization", "name": "NOS"}}
    # never a verdict: a ClaimReview is the fact-checker's to write
    flat = json.dumps(claim)
    assert "reviewRating" not in flat and "ClaimReview" not in flat and "ratingValue" not in flat
    json.loads(flat)  # plain JSON


def test_claim_of_one_quote_and_of_an_unnamed_speaker(corpus_db):
    occ = by_doc(corpus_db.trace(Q))
    [claim] = list(corpus_db.claims(quote_ids=[occ["tg-5"]["quote_id"]]))
    assert claim["author"] == {"@type": "Person", "name": "Jan Pieters"}
    assert [w["identifier"] for w in claim["appearance"]] == ["tg-5"] and claim["datePublished"] == "2019-03-05"
    from quoteattr.factcheck import claim as make_claim

    unnamed = make_claim([{**occ["ad-2"], "speaker": "een woordvoerder", "speaker_kind": "description"}], identifier="quote:1")
    assert "author" not in unnamed and unnamed["@type"] == "Claim"


# -- incremental, order-independent ------------------------------------------------------------


def snapshot(db: QuoteDB) -> tuple:
    texts = db.conn.execute("SELECT text_hash, cluster, severity, flags, diff FROM cluster_texts ORDER BY text_hash").fetchall()
    summaries = db.conn.execute(
        "SELECT cluster, cluster_id, text, speaker, first_date, first_doc, wordings, occurrences, documents, "
        "outlets, speakers, severity, flags, speaker_conflict FROM clusters ORDER BY cluster"
    ).fetchall()
    links = db.conn.execute("SELECT a, b, similarity FROM cluster_links ORDER BY a, b").fetchall()
    return [tuple(r) for r in texts], [tuple(r) for r in summaries], [tuple(r) for r in links]


def test_clusters_do_not_depend_on_ingest_order(tmp_path, corpus_db):
    shuffled = CORPUS[:]
    random.Random(4).shuffle(shuffled)
    with build(tmp_path / "a.db", list(reversed(CORPUS)), batch_size=1) as a, \
            build(tmp_path / "b.db", shuffled, batch_size=3) as b:
        assert snapshot(a) == snapshot(b)
        # and incremental updates end where a rebuild from scratch ends
        before = snapshot(a)
        a.rebuild_clusters()
        assert snapshot(a) == before


def test_ingesting_new_articles_updates_clusters_incrementally(tmp_path):
    with build(tmp_path / "inc.db", CORPUS[:2]) as db:
        assert db.trace(Q)["wordings"] == 1 and db.variants() == []
        db.ingest([CORPUS[3]], jobs=1)  # the dropped "niet" arrives
        assert [v["flags"] for v in db.variants()] == [["negation", "removed"]]
        # an earlier article turns up: it becomes the reference
        db.ingest([article("lc-0", "2019-02-28", "LC", f"“{Q}”, zei wethouder Marieke de Groot.")], jobs=1)
        t = db.trace(Q)
        assert t["first_doc"] == "lc-0" and t["num_occurrences"] == 4
        # the variant article is corrected: its wording leaves the cluster, the flag goes
        fixed = CORPUS[3]
        db.ingest([Document(id=fixed.id, text=fixed.text.replace("door met", "niet door met"), outlet=fixed.outlet,
                            date=fixed.date, url=fixed.url, title=fixed.title)], jobs=1)
        assert db.variants() == [] and db.trace(Q)["wordings"] == 1
        assert db.conn.execute("SELECT COUNT(*) FROM cluster_pending").fetchone()[0] == 0
        assert db.check() == "ok"


def test_removing_the_wording_that_held_a_cluster_together_splits_it(tmp_path):
    base = "brug fiets ijssel deventer kosten miljoen raad wethouder plannen haven markt klimaat".split()
    a = " ".join(base)
    b = " ".join(base[:9] + ["trein", "bus", "auto"])  # like a at the start
    c = " ".join(["school", "zorg", "huur"] + base[3:])  # like a at the end; unlike b
    docs = [article(f"x{i}", f"2019-01-0{i + 1}", "NOS", f"“{t}”, zei Piet Bakker.") for i, t in enumerate((a, b, c))]
    with build(tmp_path / "split.db", docs) as db:
        def clusters_now():
            return db.conn.execute("SELECT COUNT(DISTINCT cluster) FROM cluster_texts").fetchone()[0]

        assert clusters_now() == 1 and db.conn.execute("SELECT COUNT(*) FROM cluster_links").fetchone()[0] == 2
        db.ingest([Document(id="x0", text="Geen citaat meer.", outlet="NOS", date="2019-01-01")], jobs=1)
        assert clusters_now() == 2 and db.conn.execute("SELECT COUNT(*) FROM cluster_links").fetchone()[0] == 0
        after = snapshot(db)
        db.rebuild_clusters()
        assert snapshot(db) == after


def test_candidates_come_from_buckets_not_from_every_pair(tmp_path, monkeypatch):
    calls = []
    real = clustering.similarity
    monkeypatch.setattr(clustering, "similarity", lambda a, b: calls.append(1) or real(a, b))
    rng = random.Random(7)
    vocab = ("fiets trein bus auto brug dijk water school zorg huur woning belasting boer stikstof geld "
             "gemeente provincie rijk minister wethouder raad kosten plannen haven markt prijs klimaat").split()
    docs = [
        Document(id=f"d{i}", text=f"“{' '.join(rng.sample(vocab, 8))} {i}”, zei Piet Bakker.", date="2019-01-01")
        for i in range(150)
    ]
    with build(tmp_path / "scale.db", docs) as db:
        n = db.conn.execute("SELECT COUNT(*) FROM cluster_texts").fetchone()[0]
    assert n == 150 and len(calls) < n * (n - 1) / 2 / 10


def test_a_version_2_database_gets_its_clusters_on_upgrade(tmp_path, monkeypatch):
    from quoteattr.store import ingest, schema

    path = tmp_path / "old.db"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(ingest, "update_clusters", lambda conn: 0)  # what version 2 ran
    with QuoteDB(path) as db:
        db.ingest(CORPUS[:4], jobs=1)
    monkeypatch.undo()
    with QuoteDB(path) as db:
        assert db.version >= 3
        assert db.trace(Q)["num_occurrences"] == 4 and db.variants()[0]["severity"] == 3


# -- command line ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def db_file(corpus_db):
    return str(corpus_db.path)


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result


def test_cli_trace_formats(db_file):
    r = run("trace", Q, "--db", db_file, "--format", "jsonl")
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["doc"] for row in rows][0] == "nos-1" and len(rows) == 7
    assert {"cluster_id", "diff", "flags", "severity", "speaker_mismatch"} <= set(rows[0])
    r = run("trace", Q, "--db", db_file, "--format", "table")
    assert r.exit_code == 0 and "7 occurrences in 7 articles" in r.stdout and "[-niet-]" in r.stdout
    r = run("trace", Q, "--db", db_file, "--format", "jsonld")
    doc = json.loads(r.stdout)
    assert doc["@context"] == "https://schema.org" and doc["@graph"][0]["@type"] == "Claim"
    r = run("trace", Q, "--db", db_file, "--format", "csv")
    assert r.exit_code == 0 and r.stdout.startswith("cluster_id,quote_id,earliest,date")


def test_cli_trace_unknown_is_exit_2(db_file):
    r = run("trace", "Tulpen in de winter zijn blauw en duur", "--db", db_file)
    assert r.exit_code == 2 and r.stderr.startswith("Error: no stored quote matches")


def test_cli_variants_clusters_claims_checklist(db_file, tmp_path):
    r = run("variants", "--db", db_file, "--format", "json", "--min-severity", "3")
    assert r.exit_code == 0, r.output
    [row] = json.loads(r.stdout)
    assert row["severity"] == 3 and "speaker" in row["flags"]
    r = run("variants", "--db", db_file, "--flag", "bogus")
    assert r.exit_code == 2 and "unknown flag" in r.stderr
    r = run("clusters", "--db", db_file, "--format", "jsonl")
    assert [json.loads(x)["occurrences"] for x in r.stdout.splitlines()] == [7, 2]
    r = run("clusters", "--db", db_file, "--stats", "--format", "json")
    assert json.loads(r.stdout)[0]["clusters"] == 2
    out = tmp_path / "claims.jsonld"
    r = run("claims", "--db", db_file, "-o", str(out))
    assert r.exit_code == 0 and "2 claims written" in r.stderr
    assert [c["@type"] for c in json.loads(out.read_text())["@graph"]] == ["Claim", "Claim"]
    r = run("checklist", "--db", db_file, "--format", "jsonl", "--min-occurrences", "1")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert rows[0]["checkable"] == ["figure"] and rows[0]["text"] == Q
    assert any(c.startswith("figure: 12") for c in rows[0]["cues"])
    r = run("checklist", "--db", db_file, "--category", "percentage")
    assert r.exit_code == 0 and r.stdout.strip() == ""


def test_web_view_lists_occurrences_per_cluster(corpus_db):
    cid = corpus_db.trace(Q)["cluster_id"]
    rows = corpus_db.conn.execute(
        "SELECT date, outlet, wording, flags FROM cluster_view WHERE cluster = ? ORDER BY date IS NULL, date", (cid,)
    ).fetchall()
    assert len(rows) == 7 and any("[-niet-]" in r[2] for r in rows)


def test_readers_never_write(db_file):
    before = sqlite3.connect(db_file).execute("SELECT COUNT(*) FROM clusters").fetchone()[0]
    with QuoteDB(db_file, readonly=True) as db:
        db.trace(Q), db.variants(), db.checklist(), list(db.claims())
    assert sqlite3.connect(db_file).execute("SELECT COUNT(*) FROM clusters").fetchone()[0] == before


def test_serve_shows_a_cluster_page(corpus_db):
    pytest.importorskip("datasette")
    import asyncio

    from quoteattr.serve import make_app

    cid = corpus_db.trace(Q)["cluster_id"]
    corpus_db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # serve opens the file immutable
    ds = make_app(corpus_db.path)

    async def get():
        return await ds.client.get(f"/{corpus_db.path.stem}/cluster_view.json?cluster={cid}&_shape=array")

    response = asyncio.run(get())
    assert response.status_code == 200
    rows = response.json()
    assert len(rows) == 7 and {r["outlet"] for r in rows} >= {"NOS", "Trouw", "Parool"}
    assert any("[-niet-]" in r["wording"] for r in rows) and any("{+15+}" in r["wording"] for r in rows)
