"""Spark entry point in local mode: the same records as single-machine extraction, same schema."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quoteattr.api import iter_extract
from quoteattr.model import Quote
from quoteattr.read import iter_documents

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NEWS = SHARED / "corpora" / "news2019" / "articles.jsonl"


def _java() -> bool:
    home = os.environ.get("JAVA_HOME")
    return bool(shutil.which("java") or (home and Path(home, "bin", "java").exists()))


pytestmark = [
    pytest.mark.spark,
    pytest.mark.skipif(importlib.util.find_spec("pyspark") is None, reason="pyspark is not installed"),
    pytest.mark.skipif(not _java(), reason="no Java runtime (java on PATH or JAVA_HOME)"),
]

_PARAGRAPHS = [
    "“We gaan de begroting niet halen”, zei minister Van der Berg dinsdag in Den Haag.",
    "De wethouder reageerde kort: „Daar ga ik niet over.”",
    "Volgens de politie was de bestuurder onder invloed van alcohol.",
    "“Het water stond tot aan de drempel,” vertelt bewoner Karin Jansen. "
    "“We hebben alles naar boven gesleept.”",
    ",,Dit is een historische dag'', aldus burgemeester Pieter de Wit.",
    "De raad vergadert volgende week opnieuw over de plannen voor het centrum.",
    "Directeur Anne Smit van de woningcorporatie zegt dat de huren omhoog moeten.",
]


def _article(i: int) -> str:
    return "\n\n".join(_PARAGRAPHS[(i + k) % len(_PARAGRAPHS)] for k in range(2 + i % 4))


@pytest.fixture(scope="module")
def spark():
    from quoteattr.spark import session

    s = session(
        "local[2]",
        app_name="quoteattr-tests",
        **{
            "spark.ui.enabled": "false",
            "spark.ui.showConsoleProgress": "false",
            "spark.sql.shuffle.partitions": "2",
            "spark.default.parallelism": "2",
            "spark.driver.memory": "1g",
        },
    )
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def _local(paths: list[str], **kw) -> list[dict]:
    """Single-machine reference: what ``quoteattr extract`` computes for the same inputs."""
    docs = (d for d in iter_documents(paths, **kw) if not isinstance(d, Exception))
    return _sorted(q.to_dict() for r in iter_extract(docs, jobs=1, kinds=("direct", "partial", "indirect"))
                   for q in r.quotes)


def _sorted(records) -> list[dict]:
    return sorted(records, key=lambda r: (r["doc"], r["start"], r["end"], r["kind"]))


def _read_jsonl_dir(path: Path) -> list[dict]:
    return _sorted(json.loads(line) for f in sorted(path.glob("part-*.json")) for line in f.open(encoding="utf-8"))


def _read_parquet(path: Path) -> list[dict]:
    import pyarrow.parquet as pq

    return _sorted(pq.read_table(str(path)).to_pylist())


@pytest.fixture(scope="module")
def jsonl_input(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("in") / "artikelen.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(60):
            rec = {"id": f"art-{i}" if i % 10 else 1000 + i, "title": f"Bericht {i}", "text": _article(i)}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def test_schema_is_the_quote_record():
    from quoteattr.spark import quote_schema

    schema = quote_schema()
    assert schema.fieldNames() == Quote.field_names()
    types = {f.name: f.dataType.typeName() for f in schema.fields}
    assert types["start"] == "long" and types["confidence"] == "double" and types["speaker"] == "string"
    assert not schema["start"].nullable and schema["speaker_start"].nullable


def test_jsonl_to_jsonl_equals_single_machine(spark, jsonl_input, tmp_path):
    from quoteattr.spark import extract_dataset

    out = tmp_path / "out"
    run = extract_dataset(spark, str(jsonl_input), str(out), input_format="jsonl", output_format="jsonl")
    expected = _local([str(jsonl_input)])
    got = _read_jsonl_dir(out)
    assert got == expected and len(expected) > 30
    assert all(list(r) == Quote.field_names() for r in got)  # every field, nulls included, in order
    assert (run.documents, run.quotes, run.errors) == (60, len(expected), 0)


def test_jsonl_to_parquet_equals_single_machine(spark, jsonl_input, tmp_path):
    from quoteattr.spark import extract_dataset

    out = tmp_path / "out.parquet"
    extract_dataset(spark, str(jsonl_input), str(out), kinds=("direct",), partitions=3)
    got = _read_parquet(out)
    assert got == [r for r in _local([str(jsonl_input)]) if r["kind"] == "direct"]
    assert {r["kind"] for r in got} == {"direct"}


def test_text_files_equal_single_machine(spark, tmp_path):
    from quoteattr.spark import extract_dataset

    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    for i in range(6):
        (corpus / ("sub" if i % 2 else "") / f"artikel{i}.txt").write_text(_article(i), encoding="utf-8")
    # a legacy-encoded file and a file the default pattern skips
    (corpus / "oud.txt").write_bytes("„Dat is ons café”, zei eigenaar Jan Peeters.".encode("cp1252"))
    (corpus / "notities.md").write_text("“Niet meenemen”, zei hij.", encoding="utf-8")
    out = tmp_path / "out"
    run = extract_dataset(spark, str(corpus), str(out), input_format="text", output_format="parquet")
    got = _read_parquet(out)
    assert got == _local([str(corpus)])
    assert {r["doc"] for r in got} >= {str(corpus / "oud.txt"), str(corpus / "sub" / "artikel1.txt")}
    assert run.documents == 7 and run.errors == 0


def test_parquet_input_equals_single_machine(spark, jsonl_input, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from quoteattr.spark import extract_dataset

    rows = [json.loads(line) for line in jsonl_input.open(encoding="utf-8")]
    table = pa.table({"id": [str(r["id"]) for r in rows], "text": [r["text"] for r in rows],
                      "title": [r["title"] for r in rows]})
    src = tmp_path / "docs.parquet"
    pq.write_table(table, src)
    out = tmp_path / "out"
    extract_dataset(spark, str(src), str(out), input_format="parquet", output_format="jsonl")
    assert _read_jsonl_dir(out) == _local([str(jsonl_input)])


def test_bad_documents_are_counted_and_skipped(spark, tmp_path):
    from quoteattr.spark import extract_dataset

    src = tmp_path / "mixed.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": _article(i)}) for i in range(5)]
    lines.insert(2, "{niet geldig")
    lines.insert(4, json.dumps({"id": "leeg", "text": "  "}))
    lines.append(json.dumps({"id": "groot", "text": _article(1) * 50}))
    lines.append(json.dumps({"text": _article(3)}))  # no id
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run = extract_dataset(spark, str(src), str(out), output_format="jsonl", max_chars=2000)
    assert (run.documents, run.errors) == (6, 3)
    docs = {r["doc"] for r in _read_jsonl_dir(out)}
    assert {"d0", "d4"} <= docs and "groot" not in docs
    no_id = [d for d in docs if not d.startswith("d")]
    assert len(no_id) == 1 and no_id[0].startswith(f"{src}:sha1-")


def test_cli_writes_and_refuses_to_overwrite(spark, jsonl_input, tmp_path):
    from quoteattr.spark import _cli

    out = tmp_path / "cli-out"
    args = [str(jsonl_input), str(out), "--output-format", "jsonl", "--kinds", "direct,partial"]
    result = CliRunner().invoke(_cli(), args)
    assert result.exit_code == 0, result.output
    assert "60 documents" in result.stderr
    assert _read_jsonl_dir(out) == [r for r in _local([str(jsonl_input)]) if r["kind"] != "indirect"]
    again = CliRunner().invoke(_cli(), args)
    assert again.exit_code == 2 and "already exists" in again.stderr and "--mode overwrite" in again.stderr
    assert CliRunner().invoke(_cli(), args + ["--mode", "overwrite"]).exit_code == 0
    assert spark.sparkContext._jsc is not None  # the CLI did not stop a session it did not start


def test_unknown_kind_is_a_usage_error(spark, jsonl_input, tmp_path):
    from quoteattr.errors import UsageError
    from quoteattr.spark import extract_dataset

    with pytest.raises(UsageError, match="unknown kind"):
        extract_dataset(spark, str(jsonl_input), str(tmp_path / "x"), kinds=("quips",))


@pytest.mark.corpus
@pytest.mark.skipif(not NEWS.is_file(), reason=f"{NEWS} is absent")
def test_news_corpus_equals_single_machine(spark, tmp_path):
    from quoteattr.spark import extract_dataset

    src = tmp_path / "news.jsonl"
    with NEWS.open(encoding="utf-8") as fh, src.open("w", encoding="utf-8") as out:
        for i, line in enumerate(fh):
            if i >= 300:
                break
            out.write(line)
    dest = tmp_path / "out.parquet"
    run = extract_dataset(spark, str(src), str(dest), kinds=("direct", "partial", "indirect", "other"))
    expected = _sorted(q.to_dict() for r in iter_extract(
        (d for d in iter_documents([str(src)]) if not isinstance(d, Exception)), jobs=1,
        kinds=("direct", "partial", "indirect", "other")) for q in r.quotes)
    assert _read_parquet(dest) == expected
    assert run.documents == 300 and len(expected) > 300
