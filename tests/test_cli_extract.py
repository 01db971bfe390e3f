"""The extract and evaluate commands: formats, streams, exit codes, offsets, errors per input."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

import quoteattr.cli.extract as cli_extract
from conftest import assert_offsets
from quoteattr.api import Result
from quoteattr.cli import main
from quoteattr.errors import BackendUnavailable, InputError
from quoteattr.model import Document, Quote
from quoteattr.read import decode

FIELDS = Quote.field_names()
# Unambiguous direct quotes: whatever the engine, each yields the quoted clause as a direct quote.
ARTIKEL_A = "“We gaan door met de gesprekken”, zei wethouder Sanne Bakker.\n\nDe raad vergadert dinsdag.\n"
ARTIKEL_B = "De burgemeester was duidelijk.\r\n\r\n“Het plein gaat volgend jaar op de schop”, zei hij.\r\n"
QUOTE_A = "We gaan door met de gesprekken"
QUOTE_B = "Het plein gaat volgend jaar op de schop"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """articles/a.txt (UTF-8), articles/sub/b.txt (cp1252, CRLF); cwd = tmp_path."""
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(ARTIKEL_A, encoding="utf-8", newline="")
    (root / "sub" / "b.txt").write_bytes(ARTIKEL_B.encode("cp1252"))
    monkeypatch.chdir(tmp_path)
    return root


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def parse(fmt: str, output: str) -> list[dict]:
    """Records back from any machine format."""
    if fmt == "jsonl":
        return jsonl(output)
    if fmt == "json":
        return json.loads(output)
    return list(csv.DictReader(io.StringIO(output), delimiter="," if fmt == "csv" else "\t"))


# --- formats -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "tsv"])
def test_formats_parse_back(runner: CliRunner, articles: Path, fmt: str) -> None:
    result = runner.invoke(main, ["extract", "--format", fmt, "articles"])
    assert result.exit_code == 0, result.output
    records = parse(fmt, result.stdout)
    assert [list(r) for r in records] == [FIELDS] * len(records)
    texts = {(r["doc"], r["text"]) for r in records}
    assert {("articles/a.txt", QUOTE_A), ("articles/sub/b.txt", QUOTE_B)} <= texts
    if fmt in ("csv", "tsv"):
        assert result.stdout.splitlines()[0].split("," if fmt == "csv" else "\t") == FIELDS


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl"])
def test_no_quotes_still_valid(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "saai.txt"
    path.write_text("De gemeenteraad vergaderde gisteren over de begroting.\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", "--format", fmt, str(path)])
    assert result.exit_code == 0
    assert parse(fmt, result.stdout) == []
    if fmt != "jsonl":
        assert result.stdout.splitlines()[0].split("," if fmt == "csv" else "\t") == FIELDS


def test_default_format_when_piped_is_jsonl(runner: CliRunner, articles: Path) -> None:
    result = runner.invoke(main, ["extract", "articles/a.txt"])
    assert [r["text"] for r in jsonl(result.stdout)] == [QUOTE_A]


def test_table(runner: CliRunner, articles: Path) -> None:
    result = runner.invoke(main, ["extract", "--format", "table", "articles"])
    assert result.exit_code == 0
    header = next(line for line in result.stdout.splitlines() if "doc" in line)
    assert [h.strip() for h in header.strip("│ ").split("│")] == ["doc", "speaker", "kind", "text"]
    assert "articles/sub/b.txt" in result.stdout and "gesprekken" in result.stdout


def test_csv_neutralises_formulas(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "formules.jsonl"
    path.write_text(
        json.dumps(
            {"id": '=HYPERLINK("http://x")', "text": "“=SOM(A1:A9) is geen beleid”, zei het raadslid."}
        )
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["extract", "--format", "csv", str(path)])
    [row] = parse("csv", result.stdout)
    assert row["doc"] == '\'=HYPERLINK("http://x")'
    assert row["text"] == "'=SOM(A1:A9) is geen beleid"
    # jsonl keeps the exact text
    [rec] = jsonl(runner.invoke(main, ["extract", "--format", "jsonl", str(path)]).stdout)
    assert rec["text"] == "=SOM(A1:A9) is geen beleid"


@pytest.mark.parametrize(
    "kinds, allowed",
    [
        ("direct", {"direct"}),
        ("direct,partial", {"direct", "partial"}),
        ("indirect", {"indirect"}),
        ("all", {"direct", "partial", "indirect", "other"}),
        (" Direct , indirect ", {"direct", "indirect"}),
    ],
)
def test_kinds_filter(runner: CliRunner, articles: Path, kinds: str, allowed: set[str]) -> None:
    result = runner.invoke(main, ["extract", "--kinds", kinds, "articles"])
    assert result.exit_code == 0
    records = jsonl(result.stdout)
    assert {r["kind"] for r in records} <= allowed
    assert ("direct" in allowed) == any(r["text"] == QUOTE_A for r in records)


# --- offsets -----------------------------------------------------------------------------------


def test_offsets_into_decoded_files(runner: CliRunner, articles: Path) -> None:
    result = runner.invoke(main, ["extract", "--kinds", "all", "articles"])
    records = jsonl(result.stdout)
    assert records
    for doc in {r["doc"] for r in records}:
        text, _ = decode(Path(doc).read_bytes(), doc)
        assert_offsets(text, [r for r in records if r["doc"] == doc])
    b = next(r for r in records if r["text"] == QUOTE_B)
    assert b["start"] == ARTIKEL_B.index(QUOTE_B)  # CRLF counts as two characters


def test_offsets_after_bom(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTIKEL_A.encode("utf-8"))
    [rec] = jsonl(runner.invoke(main, ["extract", "--kinds", "direct", str(path)]).stdout)
    assert (rec["start"], rec["end"]) == (1, 1 + len(QUOTE_A))


# --- inputs ------------------------------------------------------------------------------------


def test_stdin(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "-"], input=ARTIKEL_A.encode("utf-8"))
    assert result.exit_code == 0
    [rec] = [r for r in jsonl(result.stdout) if r["kind"] == "direct"]
    assert (rec["doc"], rec["text"]) == ("<stdin>", QUOTE_A)
    assert_offsets(ARTIKEL_A, [rec])


def test_stdin_jsonl(runner: CliRunner) -> None:
    lines = "".join(
        json.dumps({"id": f"art-{i}", "text": t}, ensure_ascii=False) + "\n"
        for i, t in enumerate([ARTIKEL_A, ARTIKEL_B])
    )
    result = runner.invoke(
        main, ["extract", "--input-format", "jsonl", "--kinds", "direct", "-"], input=lines
    )
    assert result.exit_code == 0
    assert [(r["doc"], r["text"]) for r in jsonl(result.stdout)] == [("art-0", QUOTE_A), ("art-1", QUOTE_B)]


def test_glob_option_and_pattern(runner: CliRunner, articles: Path) -> None:
    (articles / "c.md").write_text(ARTIKEL_A, encoding="utf-8")
    by_glob = runner.invoke(main, ["extract", "--glob", "*.md", "articles"])
    assert {r["doc"] for r in jsonl(by_glob.stdout)} == {"articles/c.md"}
    by_pattern = runner.invoke(main, ["extract", "articles/**/*.txt"])
    assert {r["doc"] for r in jsonl(by_pattern.stdout)} == {"articles/a.txt", "articles/sub/b.txt"}


# --- errors and exit codes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_name, content, reason",
    [
        ("weg.txt", None, "no such file"),
        ("leeg.txt", b"", "empty file"),
        ("plaatje.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", "binary data"),
        ("*.pdf", None, "no files match this pattern"),
    ],
)
def test_bad_input_reported_rest_goes_on(
    runner: CliRunner, articles: Path, bad_name: str, content: bytes | None, reason: str
) -> None:
    if content is not None:
        (articles.parent / bad_name).write_bytes(content)
    result = runner.invoke(main, ["extract", bad_name, "articles/a.txt"])
    assert result.exit_code == 1
    assert f"Error: {bad_name}: {reason}" in result.stderr
    assert [r["text"] for r in jsonl(result.stdout)] == [QUOTE_A]
    assert result.stderr.splitlines()[-1] == "1 document, 1 quote, 1 error"


def test_malformed_jsonl_lines(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(
        json.dumps({"text": ARTIKEL_A}) + "\n{kapot\n" + json.dumps({"id": 3}) + "\n", encoding="utf-8"
    )
    result = runner.invoke(main, ["extract", "--kinds", "direct", str(path)])
    assert result.exit_code == 1
    assert f"Error: {path}:2: invalid JSON" in result.stderr
    assert f"Error: {path}:3: record has no 'text' field" in result.stderr
    assert [r["doc"] for r in jsonl(result.stdout)] == [f"{path}:1"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["extract", "--kinds", "direkt", "articles"], "unknown kind(s) direkt"),
        (["extract", "--format", "xml", "articles"], "Invalid value for '--format'"),
        (["extract", "--encoding", "klingon", "articles"], "unknown encoding 'klingon'"),
        (["extract"], "Missing argument"),
        (["extract", "--jobs", "-1", "articles"], "Invalid value for '--jobs'"),
        (["extract", "-o", "nergens/uit.jsonl", "articles"], "does not exist"),
        (["evaluate", "gold.jsonl"], "give PRED or --texts DIR"),
        (["evaluate", "gold.jsonl", "pred.jsonl", "--texts", "articles"], "not both"),
    ],
)
def test_usage_errors_exit_2(runner: CliRunner, articles: Path, args: list[str], message: str) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert result.stdout == ""


def test_summary_and_quiet(runner: CliRunner, articles: Path) -> None:
    loud = runner.invoke(main, ["extract", "--kinds", "direct", "articles"])
    n = len(jsonl(loud.stdout))
    assert loud.stderr.splitlines()[-1] == f"2 documents, {n} quotes, 0 errors"
    quiet = runner.invoke(main, ["extract", "-q", "articles"])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_document_too_large(runner: CliRunner, articles: Path) -> None:
    result = runner.invoke(main, ["extract", "--max-chars", "20", "articles/a.txt"])
    assert result.exit_code == 1
    assert "Error: articles/a.txt:" in result.stderr and "limit" in result.stderr


# --- --output ----------------------------------------------------------------------------------


def test_output_file_and_suffix_format(runner: CliRunner, articles: Path) -> None:
    result = runner.invoke(main, ["extract", "-o", "quotes.csv", "articles"])
    assert result.exit_code == 0 and result.stdout == ""
    rows = parse("csv", Path("quotes.csv").read_text(encoding="utf-8"))
    assert QUOTE_A in {r["text"] for r in rows}
    assert [p.name for p in Path(".").iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_failed_run_leaves_old_output(
    runner: CliRunner, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Path("quotes.jsonl").write_text("oud\n", encoding="utf-8")

    def failing_render(records, fmt, stream, **kwargs):
        for rec in records:
            stream.write(json.dumps(rec) + "\n")
            raise RuntimeError("disk vol")

    monkeypatch.setattr(cli_extract, "render", failing_render)
    result = runner.invoke(main, ["extract", "-o", "quotes.jsonl", "articles"])
    assert result.exit_code != 0 and isinstance(result.exception, RuntimeError)
    assert Path("quotes.jsonl").read_text(encoding="utf-8") == "oud\n"
    assert sorted(p.name for p in Path(".").iterdir()) == ["articles", "quotes.jsonl"]


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    dump = tmp_path / "veel.jsonl"
    line = json.dumps({"text": ARTIKEL_A * 3}, ensure_ascii=False) + "\n"
    dump.write_text(line * 2000, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "quoteattr", "extract", "--format", "jsonl", str(dump)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err


def test_backend_unavailable_stops_once(
    runner: CliRunner, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quoteattr.backends

    def unavailable(name: str, **options):
        raise BackendUnavailable("the stanza backend needs the stanza extra")

    monkeypatch.setattr(quoteattr.backends, "get_backend", unavailable)
    result = runner.invoke(main, ["extract", "--backend", "stanza", "-o", "uit.jsonl", "articles"])
    assert result.exit_code == 4
    assert result.stderr.count("Error:") == 1 and "stanza extra" in result.stderr
    assert not Path("uit.jsonl").exists()


# --- CoNLL-U routing ---------------------------------------------------------------------------


def test_conllu_missing_module(runner: CliRunner, articles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "quoteattr.conllu", None)
    result = runner.invoke(main, ["extract", "--input-format", "conllu", "articles"])
    assert result.exit_code == 4
    assert "Error: CoNLL-U input is not available" in result.stderr


def test_conllu_routed(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.conllu").write_text("# text = x\n", encoding="utf-8")
    (tmp_path / "b.conllu").write_text("# text = y\n", encoding="utf-8")
    calls = []

    def extract_conllu(path, *, backend, kinds):
        calls.append((os.path.basename(path), backend, tuple(kinds)))
        doc = Document(id=os.path.basename(path), text="“Ja”, zei hij.")
        if path.endswith("b.conllu"):
            return [Result(doc, [], InputError("bad sentence", source=f"{path}:3"))]
        return [Result(doc, [Quote(doc=doc.id, start=1, end=3, text="Ja", kind="direct")])]

    monkeypatch.setitem(sys.modules, "quoteattr.conllu", types.SimpleNamespace(extract_conllu=extract_conllu))
    result = runner.invoke(main, ["extract", "--input-format", "conllu", "--kinds", "direct", str(tmp_path)])
    assert calls == [("a.conllu", "stanza", ("direct",)), ("b.conllu", "stanza", ("direct",))]
    assert [r["text"] for r in jsonl(result.stdout)] == ["Ja"]
    assert "Error: " in result.stderr and "bad sentence" in result.stderr
    assert result.exit_code == 1
    calls.clear()
    runner.invoke(
        main, ["extract", "--input-format", "conllu", "--backend", "rules", str(tmp_path / "a.conllu")]
    )
    assert calls == [("a.conllu", "rules", ("direct", "partial", "indirect"))]


def test_conllu_fixtures(runner: CliRunner) -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "conllu"
    if not any(fixtures.glob("*.conllu")):
        pytest.skip("no CoNLL-U fixtures")
    result = runner.invoke(main, ["extract", "--input-format", "conllu", "--format", "json", str(fixtures)])
    assert result.exit_code == 0, result.output
    assert all(set(r) == set(FIELDS) for r in json.loads(result.stdout))
    assert result.stderr.endswith("0 errors\n")


# --- evaluate ----------------------------------------------------------------------------------


@pytest.fixture
def gold_and_pred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.chdir(tmp_path)
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    gold_rows = [
        {"doc": "a.txt", "start": 1, "end": 31, "text": QUOTE_A, "kind": "direct", "speaker": "Sanne Bakker"},
        {"doc": "a.txt", "start": 40, "end": 60, "text": "x", "kind": "indirect", "speaker": "Sanne Bakker"},
        {"doc": "b.txt", "start": 0, "end": 20, "text": "y", "kind": "direct", "speaker": "Piet Smit"},
    ]
    pred_rows = [
        {"doc": "map/a.txt", "start": 1, "end": 31, "text": QUOTE_A, "speaker": "Bakker"},
        {"doc": "b.txt", "start": 0, "end": 20, "text": "y", "kind": "partial", "speaker": "Bakker"},
        {"doc": "b.txt", "start": 30, "end": 40, "text": "z", "kind": "direct", "speaker": None},
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in gold_rows), encoding="utf-8")
    pred.write_text("".join(json.dumps(r) + "\n" for r in pred_rows), encoding="utf-8")
    return gold, pred


def test_evaluate_json(runner: CliRunner, gold_and_pred: tuple[Path, Path]) -> None:
    result = runner.invoke(main, ["evaluate", "gold.jsonl", "pred.jsonl", "--format", "json", "--show"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    quoted = data["rows"][0]
    assert (quoted["track"], quoted["threshold"], quoted["gold"], quoted["pred"]) == ("quoted", 0.3, 2, 3)
    assert (quoted["tp"], quoted["fp"], quoted["fn"]) == (2, 1, 0)
    assert quoted["speaker_acc"] == 0.5
    assert data["rows"][2]["R"] == 0.0  # the indirect quote was missed
    assert sorted(c["case"] + ":" + c["track"] for c in data["cases"]) == [
        "false:quoted",
        "miss:indirect",
        "wrong:quoted",
    ]


def test_evaluate_table_and_show(runner: CliRunner, gold_and_pred: tuple[Path, Path]) -> None:
    result = runner.invoke(main, ["evaluate", "gold.jsonl", "pred.jsonl", "--show"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    rows = [[c.strip() for c in line.strip("│").split("│")] for line in lines if line.startswith("│")]
    assert rows[0] == ["track", "threshold", "gold", "pred", "P", "R", "F1", "speaker_acc", "e2e_F1"]
    assert rows[1] == ["quoted", "0.3", "2", "3", "0.667", "1.000", "0.800", "0.500", "0.400"]
    assert [r[:2] for r in rows[1:]] == [
        ["quoted", "0.3"],
        ["quoted", "0.8"],
        ["indirect", "0.3"],
        ["indirect", "0.8"],
    ]
    assert any(line.startswith("WRONG") and "gold: Piet Smit pred: Bakker" in line for line in lines)
    assert any(line.startswith("MISS") and "indirect" in line for line in lines)
    assert any(line.startswith("FALSE") and "b.txt:30-40" in line for line in lines)


@pytest.mark.parametrize("threshold, code", [("0.79", 0), ("0.81", 1)])
def test_evaluate_min_f1(
    runner: CliRunner, gold_and_pred: tuple[Path, Path], threshold: str, code: int
) -> None:
    result = runner.invoke(main, ["evaluate", "gold.jsonl", "pred.jsonl", "--min-f1", threshold])
    assert result.exit_code == code
    assert ("below --min-f1" in result.stderr) == bool(code)


@pytest.mark.parametrize(
    "args, message",
    [
        (["evaluate", "weg.jsonl", "pred.jsonl"], "Error: weg.jsonl: no such file"),
        (["evaluate", ".", "pred.jsonl"], "Error: .: is a directory"),
        (["evaluate", "gold.jsonl", "gold.jsonl.bad"], "Error: gold.jsonl.bad: no such file"),
    ],
)
def test_evaluate_bad_files(
    runner: CliRunner, gold_and_pred: tuple[Path, Path], args: list[str], message: str
) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert message in result.stderr


def test_evaluate_texts(runner: CliRunner, articles: Path) -> None:
    gold = articles.parent / "gold.jsonl"
    start = ARTIKEL_A.index(QUOTE_A)
    gold.write_text(
        json.dumps(
            {
                "doc": "a.txt",
                "start": start,
                "end": start + len(QUOTE_A),
                "text": QUOTE_A,
                "kind": "direct",
                "speaker": "Sanne Bakker",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["evaluate", "gold.jsonl", "--texts", "articles", "--format", "json"])
    assert result.exit_code == 0, result.output
    quoted = json.loads(result.stdout)["rows"][0]
    assert (quoted["gold"], quoted["tp"], quoted["fn"]) == (1, 1, 0)
    assert "2 documents" in result.stderr


# --- on the real corpus ------------------------------------------------------------------------


@pytest.mark.corpus
def test_corpus_offsets_and_evaluate_agree(runner: CliRunner, shared_dir: Path, tmp_path: Path) -> None:
    corpus = shared_dir / "corpora" / "dev"
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(main, ["extract", "--kinds", "all", "-o", str(out), str(corpus)])
    assert result.exit_code == 0, result.output
    records = jsonl(out.read_text(encoding="utf-8"))
    for doc in {r["doc"] for r in records}:
        text, _ = decode(Path(doc).read_bytes(), doc)
        assert_offsets(text, [r for r in records if r["doc"] == doc])
    from_file = runner.invoke(main, ["evaluate", str(corpus / "gold.jsonl"), str(out), "--format", "json"])
    from_texts = runner.invoke(
        main, ["evaluate", str(corpus / "gold.jsonl"), "--texts", str(corpus), "--format", "json"]
    )
    assert json.loads(from_file.stdout) == json.loads(from_texts.stdout)
