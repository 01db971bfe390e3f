"""Issue 12: hostile input, faults and odd states. Each finding: the exit code, the message, and
that the rest of the input still went through."""

from __future__ import annotations

import cProfile
import errno
import json
import os
import pstats
import sqlite3
import stat
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

import quoteattr.output
import quoteattr.pipeline as pipeline
import quoteattr.store.exports  # noqa: F401 - imported before any privilege drop
import quoteattr.store.ingest as ingest_module
from quoteattr.api import extract
from quoteattr.cli import main
from quoteattr.errors import DatabaseError, InputError
from quoteattr.model import Document, Quote
from quoteattr.read import iter_documents
from quoteattr.render import render, table, terminal_safe
from quoteattr.store import QuoteDB, read_export

GOOD = "“Wij gaan door met het onderzoek”, zei minister Jan de Vries."
GOOD_LINE = json.dumps({"id": "goed", "text": GOOD}, ensure_ascii=False)


def run(*args: str, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)


def jsonl(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def out_records(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture
def filled(tmp_path) -> Path:
    path = tmp_path / "quotes.db"
    with QuoteDB(path) as db:
        db.ingest([Document(f"d{i}", GOOD.replace("onderzoek", f"onderzoek {i}")) for i in range(3)])
    return path


# -- invalid code points: one policy (U+FFFD, one for one), everywhere ------------------------


def test_lone_surrogates_are_replaced_in_extract_ingest_and_ids(tmp_path, caplog):
    src = tmp_path / "dump.jsonl"
    src.write_text(
        '{"id": "a\\udc00", "text": "\\ud800 \\u201cDit klopt niet\\u201d, zei Piet."}\n' + GOOD_LINE + "\n",
        encoding="utf-8",
    )
    result = run("extract", "--format", "jsonl", src)
    assert result.exit_code == 0
    assert "dump.jsonl:1: 2 invalid code point(s) (lone surrogates) replaced by U+FFFD" in caplog.text
    recs = out_records(result)
    assert [r["doc"] for r in recs] == ["a\ufffd", "goed"] and recs[0]["text"] == "Dit klopt niet"
    db = tmp_path / "q.db"
    for _ in range(2):  # the archive can be ingested, and a rerun finds it unchanged
        result = run("ingest", "-q", "--jobs", "1", "--db", db, src)
        assert result.exit_code == 0, result.stderr
    with QuoteDB(db, readonly=True) as q:
        assert q.counts()["documents"] == 2
        assert q.runs()[0]["documents_unchanged"] == 2
    with QuoteDB(tmp_path / "lib.db") as q:  # a library caller's document: same policy
        q.ingest([Document("x\ud800", "\udfff “Ja”, zei Piet.")])
        assert q.search(None)[0]["doc"] == "x\ufffd"


def test_deeply_nested_json_is_one_bad_line(tmp_path):
    src = jsonl(tmp_path / "diep.jsonl", '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", GOOD_LINE)
    result = run("extract", "--format", "jsonl", src)
    assert result.exit_code == 1
    assert "Error: " + str(src) + ":1: invalid JSON: nested too deeply" in result.stderr
    assert [r["doc"] for r in out_records(result)] == ["goed"]


# -- atomic writes for regular files, in place for the rest -------------------------------------


def test_interrupted_extract_keeps_the_old_file(tmp_path, monkeypatch):
    out = tmp_path / "quotes.jsonl"
    out.write_text("oud\n")

    def interrupted(records, fmt, stream, **kwargs):
        stream.write("half")
        raise KeyboardInterrupt

    monkeypatch.setattr("quoteattr.cli.extract.render", interrupted)
    src = jsonl(tmp_path / "in.jsonl", GOOD_LINE)
    result = CliRunner().invoke(main, ["extract", "-o", str(out), str(src)])
    assert result.exit_code == 130 and out.read_text() == "oud\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "quotes.jsonl"]  # no .part left


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_interrupted_export_keeps_the_old_file(filled, tmp_path, monkeypatch, fmt):
    pytest.importorskip("pyarrow")
    out = tmp_path / f"quotes.{fmt}"
    assert run("export", "--db", filled, "--format", fmt, "-o", out).exit_code == 0
    before = out.read_bytes()

    def interrupted(self, *, kinds=None):
        yield from []
        raise KeyboardInterrupt

    monkeypatch.setattr(QuoteDB, "export_records", interrupted)
    result = CliRunner().invoke(main, ["export", "--db", str(filled), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 130 and out.read_bytes() == before
    assert not list(tmp_path.glob(".*.part"))


def test_disk_full_on_output_is_a_message_and_the_old_file_stays(filled, tmp_path, monkeypatch):
    out = tmp_path / "quotes.csv"
    out.write_text("oud\n")

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(quoteattr.output.os, "replace", full)
    result = run("export", "--db", filled, "--format", "csv", "-o", out)
    assert result.exit_code == 6
    assert f"Error: {out}: cannot write: disk full (no space left on device)" in result.stderr
    assert out.read_text() == "oud\n" and not list(tmp_path.glob(".*.part"))


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("command", ["extract", "export"])
def test_dev_full_is_written_in_place_and_fails_with_a_message(filled, tmp_path, command):
    src = jsonl(tmp_path / "in.jsonl", GOOD_LINE)
    args = ["extract", "-q", "-o", "/dev/full", src] if command == "extract" else ["export", "--db", filled, "-o", "/dev/full"]
    result = run(*args)
    assert result.exit_code == 6
    assert "Error: /dev/full: cannot write: disk full (no space left on device)" in result.stderr
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)  # never replaced by a regular file


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_dev_null_stays_a_device(filled, fmt):
    pytest.importorskip("pyarrow")
    result = run("export", "--db", filled, "--format", fmt, "-o", os.devnull)
    assert result.exit_code == 0 and "3 quotations written" in result.stderr
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_fifo_output_is_written_in_place(tmp_path):
    fifo = tmp_path / "uit.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    src = jsonl(tmp_path / "in.jsonl", GOOD_LINE)
    result = run("extract", "-q", "--format", "jsonl", "-o", fifo, src)
    reader.join(10)
    assert result.exit_code == 0 and stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert json.loads(got[0])["speaker"] == "Jan de Vries"


def test_stdout_to_a_full_device_is_a_message(tmp_path):
    import subprocess

    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    src = jsonl(tmp_path / "in.jsonl", GOOD_LINE)
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "quoteattr", "extract", "-q", "--format", "jsonl", str(src)],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=120,
        )
    assert proc.returncode == 6
    assert proc.stderr == "Error: <stdout>: cannot write: disk full (no space left on device)\n"


# -- disk full during ingest --------------------------------------------------------------------


def test_disk_full_during_ingest_reports_it_and_counts_right(tmp_path, monkeypatch):
    db = tmp_path / "q.db"
    src = jsonl(tmp_path / "in.jsonl", *(json.dumps({"id": f"d{i}", "text": GOOD}) for i in range(30)))
    real = ingest_module.Ingester._write_quotes
    calls = {"n": 0}

    def filling(self, *args):
        calls["n"] += 1
        if calls["n"] > 20:
            raise sqlite3.OperationalError("database or disk is full")
        return real(self, *args)

    monkeypatch.setattr(ingest_module.Ingester, "_write_quotes", filling)
    result = run("ingest", "--jobs", "1", "--batch-size", "10", "--db", db, src)
    assert result.exit_code == 3
    assert "disk full: the last batch was rolled back" in result.stderr
    assert "cannot rollback" not in result.stderr
    with QuoteDB(db, readonly=True) as q:
        assert q.counts()["documents"] == 20
        run_row = q.runs()[0]
    assert run_row["status"] == "failed"
    assert (run_row["documents_seen"], run_row["documents_added"], run_row["documents_failed"]) == (30, 20, 10)


# -- CSV, read_export, terminal tables ---------------------------------------------------------


def test_csv_formula_guard_holds_with_a_bare_cr(filled, tmp_path):
    import csv
    import io

    buf = io.StringIO()
    render([{"a": "ja\r=HYPERLINK(1)", "b": "=1+1"}], "csv", buf)
    assert buf.getvalue() == "a,b\n\"ja\r=HYPERLINK(1)\",'=1+1\n"
    assert list(csv.reader(io.StringIO(buf.getvalue())))[1] == ["ja\r=HYPERLINK(1)", "'=1+1"]
    result = run("search", "--db", filled, "--format", "csv", "zei")
    assert result.exit_code == 0 and "\r" not in result.stdout.replace('"\r', "")


def test_read_export_csv_reports_bad_rows(filled, tmp_path):
    out = tmp_path / "x.csv"
    assert run("export", "--db", filled, "--format", "csv", "-o", out).exit_code == 0
    assert len(read_export(out, "csv")) == 3
    lines = out.read_text().splitlines(keepends=True)
    out.write_text(lines[0] + lines[1] + lines[2][:40] + "\n")
    with pytest.raises(InputError, match=r"x\.csv:3: row has fewer cells than the header"):
        read_export(out, "csv")


def test_terminal_tables_strip_controls_and_bidi_overrides():
    nasty = "\x1b[31mrood\x1b[0m \u202egnip\u202c \u2066x\u2069 a\rb\x00"
    assert terminal_safe(nasty) == "[31mrood[0m gnip x ab"
    shown = table([{"speaker": "Jan\u202e", "text": nasty}], width=80)
    assert not set(shown) & {"\x1b", "\u202e", "\u202c", "\u2066", "\u2069", "\r", "\x00"}


# -- databases in odd states --------------------------------------------------------------------


def _as_other_user(fn) -> tuple[int, str]:
    """Run ``fn`` (returning (exit code, stderr)) with permissions that apply: as 'nobody' in a
    forked child when we are root (root ignores file modes), else directly."""
    if os.geteuid() != 0:
        return fn()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            code, err = fn()
            os.write(write_fd, json.dumps([code, err]).encode())
        finally:
            os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd) as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    return tuple(json.loads(data))


def _invoke(*args) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    problem = "" if result.exception is None or isinstance(result.exception, SystemExit) else "".join(
        __import__("traceback").format_exception(result.exception))
    return result.exit_code, result.stderr + result.stdout[:200] + problem


@pytest.fixture
def open_tmp():
    """A temporary folder every user can enter (pytest's tmp_path is 0700 under root)."""
    import shutil
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="quoteattr-perm-"))
    path.chmod(0o755)
    yield path
    for sub in path.rglob("*"):
        if sub.is_dir() and not sub.is_symlink():
            sub.chmod(0o755)
    shutil.rmtree(path)


@pytest.fixture
def readonly_db(filled, open_tmp):
    """A 0444 database in a 0555 folder (modes restored afterwards)."""
    folder = open_tmp / "ro"
    folder.mkdir()
    path = folder / "quotes.db"
    path.write_bytes(filled.read_bytes())
    path.chmod(0o444)
    folder.chmod(0o555)
    yield path
    folder.chmod(0o755)
    path.chmod(0o644)


@pytest.mark.parametrize(
    "args",
    [["search", "zei"], ["show", "1"], ["export"], ["speakers"], ["check"]],
    ids=["search", "show", "export", "speakers", "check"],
)
def test_read_commands_work_on_a_read_only_database_and_write_nothing(readonly_db, args):
    # the forked user 'nobody' may not read root's site-packages: load the dependencies first,
    # as an installation that user can read would provide them
    import importlib

    from quoteattr import health

    for name in health.requirements()[0]:
        try:
            importlib.import_module(name.lower().replace("-", "_"))
        except ImportError:
            pass
    before = readonly_db.read_bytes()
    code, err = _as_other_user(lambda: _invoke(*args, "--db", readonly_db))
    assert code == 0, err
    assert sorted(p.name for p in readonly_db.parent.iterdir()) == ["quotes.db"]  # no -wal, no -shm
    assert readonly_db.read_bytes() == before


def test_ingest_into_a_read_only_database_says_so(readonly_db, open_tmp):
    src = jsonl(open_tmp / "in.jsonl", GOOD_LINE)
    src.chmod(0o644)
    code, err = _as_other_user(lambda: _invoke("ingest", "-q", "--db", readonly_db, src))
    assert code == 3 and "cannot write: the database file is read-only (quotes.db)" in err


def test_leftover_shm_of_another_user_is_named(filled, open_tmp):
    folder = open_tmp / "shared"
    folder.mkdir()
    folder.chmod(0o777)
    db = folder / "quotes.db"
    db.write_bytes(filled.read_bytes())
    db.chmod(0o666)
    shm = folder / "quotes.db-shm"
    shm.write_bytes(b"\0" * 32768)
    shm.chmod(0o444)
    src = jsonl(open_tmp / "in.jsonl", GOOD_LINE)
    src.chmod(0o644)
    code, err = _as_other_user(lambda: _invoke("ingest", "-q", "--db", db, src))
    assert code == 3 and "its leftover -shm file is not writable (quotes.db-shm)" in err


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))


def test_a_corrupt_database_is_reported_and_left_untouched(filled, tmp_path):
    _corrupt(filled)
    before = filled.read_bytes()
    src = jsonl(tmp_path / "in.jsonl", GOOD_LINE)
    result = run("ingest", "-q", "--db", filled, src)
    assert result.exit_code == 3 and "corrupt" in result.stderr and "left untouched" in result.stderr
    assert filled.read_bytes() == before
    result = run("check", "--db", filled, "--format", "jsonl")
    assert result.exit_code == 3 and "Error: unhealthy: integrity:" in result.stderr
    from quoteattr.serve import make_app

    pytest.importorskip("datasette")
    with pytest.raises(DatabaseError):
        make_app(filled)
    assert filled.read_bytes() == before


def test_opening_for_a_read_command_never_migrates(filled):
    from quoteattr.store import SCHEMA_VERSION

    with sqlite3.connect(filled) as conn:
        conn.execute("DELETE FROM schema_version WHERE version = ?", (SCHEMA_VERSION,))
    conn.close()
    before = filled.read_bytes()
    result = run("search", "--db", filled, "zei")
    assert result.exit_code == 3 and f"older than this quoteattr's ({SCHEMA_VERSION})" in result.stderr
    assert "quoteattr check --upgrade" in result.stderr
    assert filled.read_bytes() == before


def test_check_reports_versions_and_health(filled):
    result = run("check", "--db", filled, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = {r["check"]: r for r in out_records(result)}
    assert {"python", "quoteattr", "dependency click", "schema version", "integrity", "contents", "WAL"} <= set(rows)
    from quoteattr.store import SCHEMA_VERSION

    assert rows["integrity"]["value"] == "ok" and rows["schema version"]["value"].startswith(f"{SCHEMA_VERSION} ")
    assert "3 documents" in rows["contents"]["value"]
    assert run("check", "--db", filled.parent / "geen.db").exit_code == 3


# -- inputs that hang or mislead ----------------------------------------------------------------


@pytest.mark.timeout(60)
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_fifo_input_is_skipped_not_read(tmp_path, command):
    fifo = tmp_path / "pijp.txt"
    os.mkfifo(fifo)
    src = jsonl(tmp_path / "in.jsonl", GOOD_LINE)
    db = tmp_path / "q.db"
    args = ["extract", "--format", "jsonl"] if command == "extract" else ["ingest", "--db", db]
    result = run(*args, "--jobs", "1", fifo, src)
    assert result.exit_code == 1
    assert f"Error: {fifo}: a FIFO (named pipe), not a regular file; skipped" in result.stderr
    if command == "ingest":
        with QuoteDB(db, readonly=True) as q:
            assert q.counts()["documents"] == 1 and q.runs()[0]["status"] == "done"
    else:
        assert [r["doc"] for r in out_records(result)] == ["goed"]


def test_long_documents_are_extracted_in_bounded_pieces(monkeypatch):
    import quoteattr.attribute

    paragraph = "“We gaan door”, zei minister Jan de Vries. Hij zei: „Nee.” Het debat duurde lang. "
    text = "\n\n".join(paragraph * (1 + i % 3) for i in range(60))
    whole = extract(text, kinds="all")
    seen: list[int] = []
    real = quoteattr.attribute.attribute_document

    def recording(document):
        seen.append(len(document.text))
        return real(document)

    monkeypatch.setattr(quoteattr.attribute, "attribute_document", recording)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1000)
    pieces = extract(text, kinds="all")
    assert len(seen) > 5 and max(seen) <= 1000  # the engine never saw more than a piece
    assert pieces == whole  # cut at paragraph breaks: offsets, paragraphs and groups as before
    one_paragraph = paragraph * 40
    from conftest import assert_offsets

    assert_offsets(one_paragraph, extract(one_paragraph, kinds="all"))


def _calls(fn) -> int:
    """The Python function calls ``fn`` makes: a count of work that does not depend on the
    machine or its load (timing belongs in benchmarks/bench.py, whose linearity check times
    1x, 2x and 4x a document)."""
    profile = cProfile.Profile()
    profile.enable()
    fn()
    profile.disable()
    return pstats.Stats(profile).total_calls


@pytest.mark.parametrize(
    "unit",
    ['Hij zei: "ja" en ', "“Dit loopt nergens op uit, zei hij ", "Volgens hem, zegt zij, te gaan "],
    ids=["short-quotes", "unclosed-after-cue", "cues-and-te"],
)
def test_every_stage_is_linear_in_paragraph_length(unit):
    """Four times the text makes four times the calls (a stage that walks back over the
    paragraph for each quote or cue makes sixteen times as many): counted, not timed."""
    small, large = "x, zei hij " + unit * 1500, "x, zei hij " + unit * 6000
    extract(small, kinds="all")  # (language data and patterns loaded before counting)
    ratio = _calls(lambda: extract(large, kinds="all")) / _calls(lambda: extract(small, kinds="all"))
    assert ratio < 5, f"4x the input made {ratio:.1f}x the calls"


def test_symlink_loop_and_duplicates_are_read_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a" / "sub").mkdir(parents=True)
    (tmp_path / "a" / "sub" / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a" / "sub" / "terug").symlink_to("..")
    (tmp_path / "a" / "kopie.txt").symlink_to("sub/x.txt")
    for args in (["a"], ["a/**/*.txt"], ["a", "a/sub/x.txt"]):
        docs = [d.id for d in iter_documents(args) if isinstance(d, Document)]
        assert len(docs) == 1, (args, docs)


def test_bom_that_is_not_utf16_and_utf16_jsonl(tmp_path, caplog):
    fake = tmp_path / "fffe.txt"
    fake.write_bytes(b"\xff\xfe" + GOOD.encode("cp1252"))
    wide = tmp_path / "wide.jsonl"
    wide.write_bytes((GOOD_LINE + "\n" + GOOD_LINE.replace("goed", "twee") + "\n").encode("utf-16"))
    result = run("extract", "--format", "jsonl", fake, wide)
    assert result.exit_code == 0
    assert "fffe.txt: starts with a UTF-16 byte-order mark but is not UTF-16" in caplog.text
    recs = out_records(result)
    assert [r["doc"] for r in recs if r["doc"] != str(fake)] == ["goed", "twee"]
    assert any(r["doc"] == str(fake) for r in recs) or "1 document," not in result.stderr


def test_binary_jsonl_is_one_error_and_repeated_errors_are_summarised(tmp_path):
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(bytes(range(256)) * 40)
    broken = jsonl(tmp_path / "kapot.jsonl", *(["{kapot"] * 25), GOOD_LINE)
    db = tmp_path / "q.db"
    for args in (["extract", "-q", "--format", "jsonl"], ["ingest", "-q", "--jobs", "1", "--db", db]):
        result = run(*args, binary, broken)
        assert result.exit_code == 1
        lines = result.stderr.splitlines()
        assert lines[0] == f"Error: {binary}: binary data (94 control bytes in the first 256), not JSONL; file skipped" or \
            lines[0].startswith(f"Error: {binary}: binary data")
        assert sum(line.startswith(f"Error: {broken}:") and ": invalid JSON" in line for line in lines) == 10
        assert f"Error: {broken}: 15 more errors not shown" in lines
        assert len(lines) == len(set(lines)) == 12  # nothing twice, no summary, no warnings under -q
    assert [r["doc"] for r in out_records(run("extract", "-q", "--format", "jsonl", broken))] == ["goed"]


def test_unreadable_folder_says_permission_denied(open_tmp):
    folder = open_tmp / "geheim"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    src = jsonl(open_tmp / "in.jsonl", GOOD_LINE)
    src.chmod(0o644)
    folder.chmod(0)
    try:
        code, err = _as_other_user(lambda: _invoke("extract", "--format", "jsonl", folder, src))
    finally:
        folder.chmod(0o755)
    assert code == 1 and f"Error: {folder}: permission denied" in err
    assert "no files matching" not in err and "1 document," in err


def test_huge_show_id_and_limit_are_no_traceback(filled):
    result = run("show", "9" * 30, "--db", filled)
    assert result.exit_code == 2 and f"Error: no quote with id {'9' * 30}" in result.stderr
    result = run("search", "--db", filled, "--format", "jsonl", "--limit", "9" * 30)
    assert result.exit_code == 0 and len(out_records(result)) == 3
    result = run("speakers", "--db", filled, "--format", "jsonl", "--limit", "9" * 30)
    assert result.exit_code == 0 and out_records(result)


# -- speakers: the ingest-order rule ------------------------------------------------------------


def test_speakers_are_order_independent_after_a_rebuild(tmp_path):
    texts = {
        "a": "“Het moet anders”, zei minister Jan de Vries.",
        "b": "“Wij wachten af”, zei wethouder Piet de Vries.",
        "c": "“Dat klopt niet”, zei De Vries.",
        "d": "“Wij gaan door”, zei Jan de Vries dinsdag.",
        "e": "“Nee”, aldus De Vries.",
    }
    docs = [Document(k, v) for k, v in texts.items()]
    found = []
    for name, order in (("fwd", docs), ("rev", docs[::-1])):
        with QuoteDB(tmp_path / f"{name}.db") as db:
            db.ingest(order, rebuild_speakers=True)
            found.append({(r["doc"], r["speaker"]) for r in db.search(None, limit=None)})
    assert found[0] == found[1]


# -- serve -------------------------------------------------------------------------------------


def test_serve_port_in_use_has_its_own_exit_code_and_announces_nothing(filled):
    pytest.importorskip("datasette")
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "--db", filled, "--port", port)
    assert result.exit_code == 7
    assert result.stderr == (
        f"Error: cannot listen on 127.0.0.1:{port}: port already in use; choose another with --port (0 = any free port)\n"
    )


def test_serve_warns_when_binding_beyond_localhost(filled, monkeypatch):
    calls = []
    monkeypatch.setattr("quoteattr.serve.serve", lambda path, options, on_ready: calls.append(options))
    result = run("serve", "--db", filled, "--public", "--allow-sql")
    assert result.exit_code == 0 and calls[0].host == "0.0.0.0" and calls[0].allow_sql
    assert "Warning: listening on 0.0.0.0: anyone who can reach this machine can read the quotes and custom SQL." in result.stderr
    assert "Serving" not in result.stderr  # announced by the server once it is up, not before
    result = run("serve", "--db", filled)
    assert "Warning" not in result.stderr and calls[1].host == "127.0.0.1" and not calls[1].allow_sql


def test_ingest_prints_each_error_once_even_in_a_real_process(tmp_path):
    import subprocess

    broken = jsonl(tmp_path / "kapot.jsonl", *(["{kapot"] * 12), GOOD_LINE)
    proc = subprocess.run(
        [sys.executable, "-m", "quoteattr", "ingest", "-q", "--jobs", "1", "--db", str(tmp_path / "q.db"), str(broken)],
        capture_output=True, text=True, timeout=120,
    )
    lines = proc.stderr.splitlines()
    assert proc.returncode == 1 and len(lines) == len(set(lines)) == 11
    assert lines[-1] == f"Error: {broken}: 2 more errors not shown"
