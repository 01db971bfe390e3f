"""Issue 13, the first hour of a new user: tables that fit the terminal, one --kind vocabulary,
search that forgives, input detection, progress bars, serve's messages, honest counts, and help
with examples. Terminal behaviour runs under a pseudo-terminal; stdin detection and exit codes
in a subprocess, as a user meets them."""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from quoteattr.cli import main
from quoteattr.model import Document
from quoteattr.render import table
from quoteattr.store import QuoteDB
from quoteattr.store.exports import read_export
from quoteattr.store.query import words_query

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "fixtures" / "articles"
ONE = ARTICLES / "nl-fietsbrug-deventer.txt"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
ENV = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}

QUOTE_A = "Als D66-leider geef ik geen commentaar op zo'n gerucht over het kabinet-Rutte"
DOCS = [
    Document("nrc-1", f"Formatie\n\n“{QUOTE_A}”, zei Rob Jetten na afloop.", url="https://example.org/nrc/1",
             outlet="NRC", date="2024-05-01"),
    Document("nos-1", "Wonen\n\n“We bouwen honderdduizend woningen per jaar”, zei minister Hugo de Jonge. "
             "Hij noemt het een ‘megaklus’.", outlet="NOS", date="2023-02-01"),
]


def run(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quoteattr", *args], input=stdin, capture_output=True,
                          env=env or ENV, timeout=120)


def on_pty(args: list[str], columns: int, *, stdout_pty: bool = True, stderr_pty: bool = False,
           stdin: bytes | None = None) -> tuple[str, str]:
    """Run quoteattr with stdout and/or stderr on a pseudo-terminal ``columns`` wide; returns
    (stdout, stderr) as text, the terminal's \\r\\n turned into \\n."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in ENV.items() if k not in ("COLUMNS", "LINES")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "quoteattr", *args], env=env,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=slave if stdout_pty else subprocess.PIPE, stderr=slave if stderr_pty else subprocess.PIPE,
    )
    os.close(slave)
    if stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
    chunks = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    proc.wait(timeout=30)
    os.close(master)
    term = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    piped_out = b"" if stdout_pty else proc.stdout.read()
    piped_err = b"" if stderr_pty else proc.stderr.read()
    for stream in (proc.stdout, proc.stderr):
        if stream:
            stream.close()
    out = term if stdout_pty else piped_out.decode()
    err = term if stderr_pty and not stdout_pty else piped_err.decode()
    return out, err


# -- tables fit the terminal ---------------------------------------------------------------------


@pytest.mark.parametrize("columns", [80, 100, 120])
def test_table_fits_the_terminal(columns):
    out, _ = on_pty(["extract", str(ARTICLES)], columns)
    lines = [ANSI.sub("", line) for line in out.splitlines() if line.strip()]
    assert lines[0].startswith("┌") and len(lines) > 20
    assert max(len(line) for line in lines) <= columns
    assert "Stoppen kost nog meer" in out


def test_doc_column_is_abbreviated_then_dropped_first():
    rows = [{"doc": "fixtures/articles/nl-fietsbrug-deventer.txt", "speaker": "Marieke de Groot-Jansen",
             "kind": "direct", "text": "Ik had dit nieuws ook liever niet gebracht. " * 4}]
    wide = table(rows, width=None)
    assert "fixtures/articles/nl-fietsbrug-deventer.txt" in wide
    at100 = table(rows, width=100)
    assert "fixtures/articles" not in at100 and "nl-fietsbr" in at100
    at60 = table(rows, width=60)
    assert "doc" not in at60.splitlines()[1] and "Marieke" in at60
    for text, width in ((at100, 100), (at60, 60)):
        assert max(len(line) for line in text.splitlines()) <= width


def test_width_option_and_unlimited_when_piped(tmp_path):
    runner = CliRunner()
    narrow = runner.invoke(main, ["extract", "--format", "table", "--width", "80", str(ONE)])
    assert narrow.exit_code == 0 and max(map(len, narrow.stdout.splitlines())) <= 80
    unlimited = runner.invoke(main, ["extract", "--format", "table", str(ONE)])
    assert max(map(len, unlimited.stdout.splitlines())) > 120  # not a terminal: no wrapping
    assert "Ik had dit nieuws ook liever niet gebracht. Maar als we nu stoppen" in unlimited.stdout


# -- one vocabulary: --kind / --kinds -----------------------------------------------------------


def test_kind_and_kinds_mean_the_same_with_the_same_default_everywhere(tmp_path):
    runner = CliRunner()
    db = tmp_path / "q.db"
    extracted = runner.invoke(main, ["extract", "--format", "jsonl", str(ARTICLES)])
    ingested = runner.invoke(main, ["ingest", "--db", str(db), "-q", str(ARTICLES)])
    assert ingested.exit_code == 0
    records = [json.loads(line) for line in extracted.stdout.splitlines()]
    assert "other" not in {r["kind"] for r in records}
    with QuoteDB(db, create=False, readonly=True) as q:
        assert q.counts()["quotes"] == len(records)  # the same records, not 7,872 vs 6,957
    searched = runner.invoke(main, ["search", "--db", str(db), "--limit", "0", "--format", "jsonl"])
    assert len(searched.stdout.splitlines()) == len(records)
    for command in (["extract", "--format", "jsonl", str(ARTICLES)],
                    ["search", "--db", str(db), "--limit", "0", "--format", "jsonl"]):
        spelled = [runner.invoke(main, [*command, flag, value]).stdout
                   for flag, value in (("--kind", "direct,partial"), ("--kinds", "direct,partial"))]
        repeated = runner.invoke(main, [*command, "--kind", "direct", "--kind", "partial"]).stdout
        assert spelled[0] == spelled[1] == repeated != ""
    everything = tmp_path / "all.db"
    runner.invoke(main, ["ingest", "--db", str(everything), "-q", "--kinds", "all", str(ARTICLES)])
    with QuoteDB(everything, create=False, readonly=True) as q:
        assert q.counts()["quotes"] > len(records)
    bad = runner.invoke(main, ["ingest", "--db", str(db), "--kind", "citaat", str(ARTICLES)])
    assert bad.exit_code == 2 and bad.stderr.startswith("Error: unknown kind(s) citaat")


# -- search that forgives -------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "quotes.db"
    with QuoteDB(path) as q:
        q.ingest(DOCS)
    return path


@pytest.mark.parametrize("query", ["D66-leider", "kabinet-Rutte", "zo'n", '"geen commentaar"', "d66 LEIDER",
                                   "commentaar OR woningen", "gerucht*", "kabinet-rutte ("])
def test_ordinary_queries_are_words(db, query):
    result = CliRunner().invoke(main, ["search", "--db", str(db), "--format", "jsonl", query])
    assert result.exit_code == 0, result.stderr
    assert QUOTE_A in [json.loads(line)["text"] for line in result.stdout.splitlines()]


def test_words_query_quotes_every_part():
    assert words_query("D66-leider") == '"D66-leider"'
    assert words_query('zo\'n "geen commentaar') == '"zo\'n" "geen commentaar"'
    assert words_query("OR a OR") == '"a"'
    assert words_query("( - )") is None


def test_fts_syntax_behind_a_flag_with_a_clear_error(db):
    runner = CliRunner()
    near = runner.invoke(main, ["search", "--db", str(db), "--fts", "--format", "jsonl", "NEAR(geen gerucht, 5)"])
    assert near.exit_code == 0 and QUOTE_A in near.stdout
    bad = runner.invoke(main, ["search", "--db", str(db), "--raw", "D66-leider"])
    assert bad.exit_code == 2
    assert bad.stderr.startswith("Error: cannot parse search query 'D66-leider' as FTS5")
    assert "leave out --fts" in bad.stderr and "Traceback" not in bad.output
    nothing = runner.invoke(main, ["search", "--db", str(db), "((("])
    assert nothing.exit_code == 2 and "nothing to search for" in nothing.stderr


@pytest.mark.parametrize("fmt, sep", [("csv", ","), ("tsv", "\t")])
def test_an_empty_result_still_has_its_header(db, fmt, sep):
    result = CliRunner().invoke(main, ["search", "--db", str(db), "--format", fmt, "niemandsland"])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [sep.join(["id", "date", "outlet", "speaker", "kind", "text", "doc", "start",
                                                    "end", "speaker_mention", "cue", "confidence", "sieve", "title",
                                                    "url", "speaker_id"])]
    extracted = CliRunner().invoke(main, ["extract", "--format", fmt, "--kind", "other", str(ONE)])
    assert extracted.stdout.splitlines()[0].startswith(sep.join(["doc", "start", "end"]))


# -- input detection ---------------------------------------------------------------------------------


def test_jsonl_on_stdin_is_recognised():
    lines = "\n".join(json.dumps({"id": d.id, "text": d.text}) for d in DOCS).encode()
    result = run("extract", "--format", "jsonl", "-", stdin=lines)
    assert result.returncode == 0, result.stderr
    assert {json.loads(line)["doc"] for line in result.stdout.decode().splitlines()} == {"nrc-1", "nos-1"}


def test_a_json_document_on_stdin_is_recognised():
    result = run("extract", "--format", "jsonl", "-", stdin=json.dumps({"id": "een", "text": DOCS[0].text},
                                                                      indent=2).encode())
    assert result.returncode == 0
    assert [json.loads(line)["doc"] for line in result.stdout.decode().splitlines()] == ["een"]


def test_broken_json_on_stdin_is_refused_not_read_as_text():
    result = run("extract", "--format", "jsonl", "-", stdin='{"text": "“Nee”, zei hij.",\n  "id": \n'.encode())
    assert result.returncode == 1
    assert result.stderr.decode().startswith("Error: <stdin>: looks like JSON but is neither JSON nor JSONL")
    assert result.stdout == b""
    plain = run("extract", "--format", "jsonl", "--input-format", "text", "-", stdin='{"text": "“Nee”, zei Jan Smit."'.encode())
    assert plain.returncode == 0


def test_plain_text_on_stdin_stays_text():
    result = run("extract", "--format", "jsonl", "-", stdin=DOCS[0].text.encode())
    assert result.returncode == 0
    assert [json.loads(line)["doc"] for line in result.stdout.decode().splitlines()] == ["<stdin>"]


def test_json_files_one_object_or_an_array(tmp_path):
    one = tmp_path / "een.json"
    one.write_text(json.dumps({"id": "a", "text": DOCS[0].text, "outlet": "NRC"}), encoding="utf-8")
    many = tmp_path / "veel.json"
    many.write_text(json.dumps([{"id": d.id, "text": d.text} for d in DOCS]), encoding="utf-8")
    wrong = tmp_path / "fout.json"
    wrong.write_text(json.dumps("alleen tekst"), encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", str(one), str(many), str(wrong)])
    assert result.exit_code == 1
    assert {json.loads(line)["doc"] for line in result.stdout.splitlines()} == {"a", "nrc-1", "nos-1"}
    assert f"Error: {wrong}: a .json input holds one object with a 'text' field or an array of them, not a string" \
        in result.stderr


def test_ingest_accepts_conllu_like_extract(tmp_path):
    conllu = sorted((ROOT / "fixtures" / "conllu").glob("*.conllu"))
    assert conllu
    runner = CliRunner()
    db = tmp_path / "c.db"
    extracted = runner.invoke(main, ["extract", "--format", "jsonl", *map(str, conllu)])
    ingested = runner.invoke(main, ["ingest", "--db", str(db), *map(str, conllu)])
    assert extracted.exit_code == 0 and ingested.exit_code == 0, ingested.output
    with QuoteDB(db, create=False, readonly=True) as q:
        stored = sorted((r["text"], r["speaker"]) for r in q.search(None, limit=None))
    assert stored == sorted((r["text"], r["speaker"]) for r in map(json.loads, extracted.stdout.splitlines()))
    mixed = runner.invoke(main, ["ingest", "--db", str(db), str(conllu[0]), str(ONE)])
    assert mixed.exit_code == 2 and "give CoNLL-U files in a run of their own" in mixed.stderr


# -- progress --------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["extract", "--jobs", "1", "-o", "{tmp}/out.jsonl"],
                                     ["ingest", "--jobs", "1", "--db", "{tmp}/p.db"],
                                     ["evaluate", str(ROOT / "fixtures" / "gold.jsonl"), "--jobs", "1", "--texts"]])
def test_progress_bar_on_a_terminal_only(tmp_path, command):
    args = [a.format(tmp=tmp_path) for a in command] + [str(ARTICLES)]
    _, err = on_pty(args, 100, stdout_pty=False, stderr_pty=True)
    assert "docs/s" in err and "12/12 documents" in err and "100%" in err
    piped = run(*[a.replace("p.db", "p2.db").replace("out.jsonl", "out2.jsonl") for a in args])
    assert "docs/s" not in piped.stderr.decode()
    _, quiet = on_pty([*args[:1], "-q", *args[1:]], 100, stdout_pty=False, stderr_pty=True)
    assert "docs/s" not in quiet


# -- serve ---------------------------------------------------------------------------------------------


def test_serve_without_datasette_has_its_own_message_and_exit_code(db):
    code = ("import sys; sys.modules['datasette'] = None; sys.modules['datasette.app'] = None; "
            "from quoteattr.cli import main; main()")
    result = subprocess.run([sys.executable, "-c", code, "serve", "--db", str(db), "--port", "0"],
                            capture_output=True, text=True, env=ENV, timeout=60)
    assert result.returncode == 4
    assert result.stderr == "Error: serving needs Datasette: pip install 'quoteattr[serve]'\n"


def test_serve_announces_the_first_page_once_up(db):
    pytest.importorskip("datasette")
    from quoteattr.serve import free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "quoteattr", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    try:
        line = proc.stderr.readline()
        assert line == f"Serving {db} on http://127.0.0.1:{port}/ (Ctrl-C stops).\n"
        import urllib.request

        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:  # up when announced
            assert response.status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()
        proc.stderr.close()


# -- small honesty fixes -----------------------------------------------------------------------------


def test_one_document_not_one_documents(tmp_path):
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", "--kind", "direct", str(ONE)])
    assert result.stderr.splitlines()[-1].startswith("1 document, ")
    ingest = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "d.db"), str(ONE)])
    assert "1 document: 1 added" in ingest.stderr and "Database" in ingest.stderr
    assert "1 documents" not in ingest.stderr


def test_a_stanza_error_has_no_file_name(tmp_path):
    pytest.importorskip("stanza", reason="stanza not installed")
    result = run("extract", "--backend", "stanza", str(ONE),
                 env={**ENV, "STANZA_RESOURCES_DIR": str(tmp_path / "leeg")})
    assert result.returncode == 4
    err = result.stderr.decode()
    assert err.startswith("Error: stanza Dutch models not found") and str(ONE) not in err


def test_export_urls_never_hold_document_ids(tmp_path, db):
    out = tmp_path / "quotes.csv"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0
    records = read_export(out)  # the format from the file name: CSV
    by_text = {r["quotation"]: r for r in records}
    assert by_text[QUOTE_A]["urls"] == ["https://example.org/nrc/1"]
    assert by_text["We bouwen honderdduizend woningen per jaar"]["urls"] == []  # no URL, no id
    assert by_text["We bouwen honderdduizend woningen per jaar"]["occurrences"][0]["doc"] == "nos-1"
    assert out.read_text(encoding="utf-8").startswith("quoteID,")  # -o quotes.csv wrote CSV


def test_read_export_needs_a_known_suffix(tmp_path):
    from quoteattr.errors import UsageError

    with pytest.raises(UsageError, match="cannot tell the export format"):
        read_export(tmp_path / "quotes.dat")
    with pytest.raises(UsageError, match="give the format of a stream"):
        read_export(io.StringIO(""))


# -- help ------------------------------------------------------------------------------------------------


def _commands():
    out = []
    for name, cmd in sorted(main.commands.items()):
        out.append(([name], cmd))
        for sub, subcmd in sorted(getattr(cmd, "commands", {}).items()):
            out.append(([name, sub], subcmd))
    return out


@pytest.mark.parametrize("argv, cmd", _commands(), ids=lambda x: " ".join(x) if isinstance(x, list) else "")
def test_every_help_starts_with_a_sentence_and_shows_examples(argv, cmd):
    first = (cmd.help or "").strip().split("\n\n", 1)[0].replace("\n", " ")
    assert re.match(r"^[A-Z][a-z]+ .*[.)]$", first), first  # a verb, a full stop
    result = CliRunner().invoke(main, [*argv, "--help"])
    assert result.exit_code == 0
    examples = result.stdout.split("Examples:", 1)[1].split("Options:", 1)[0]
    lines = [line.strip() for line in examples.splitlines() if line.strip().startswith("quoteattr ")]
    assert 1 <= len(lines) <= 2, result.stdout


def test_evaluate_says_what_gold_is():
    result = CliRunner().invoke(main, ["evaluate", "--help"])
    assert "GOLD is a JSONL file with one annotated quote per line" in " ".join(result.stdout.split())
