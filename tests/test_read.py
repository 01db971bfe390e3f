"""Reading input: decoding, refusing bad files, paths/directories/globs/stdin, JSONL."""

from __future__ import annotations

import io
import json
import logging
import sys
from pathlib import Path

import pytest

from quoteattr.errors import InputError, UsageError
from quoteattr.model import Document
from quoteattr.read import decode, expand_paths, iter_documents, iter_jsonl, read_text

ZIN = "“We gaan door met de gesprekken”, zei wethouder Sanne Bakker.\n"


# --- decode ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, encoding, text, used",
    [
        pytest.param(ZIN.encode("utf-8"), "auto", ZIN, "utf-8", id="utf8"),
        pytest.param(b"\xef\xbb\xbf" + ZIN.encode("utf-8"), "auto", ZIN, "utf-8-sig", id="utf8-bom-dropped"),
        pytest.param(
            b"\xef\xbb\xbf" + ZIN.encode("utf-8"), "utf-8", ZIN, "utf-8-sig", id="bom-explicit-utf8"
        ),
        pytest.param(
            "Het café in Enschedé\r\nbleef dicht.\r\n".encode("utf-8"),
            "auto",
            "Het café in Enschedé\r\nbleef dicht.\r\n",
            "utf-8",
            id="crlf-kept",
        ),
        pytest.param(
            b"De eigenaar van het caf\xe9 zegt: \x93We zijn blij.\x94 Ook Zo\xeb is tevreden.\n",
            "auto",
            "De eigenaar van het café zegt: “We zijn blij.” Ook Zoë is tevreden.\n",
            "cp1252",
            id="cp1252-guessed",
        ),
        pytest.param(
            "Zoë zag de geëmigreerde reünie in België.\n".encode("latin-1"),
            "auto",
            "Zoë zag de geëmigreerde reünie in België.\n",
            "cp1252",
            id="latin1-read-as-cp1252",
        ),
        pytest.param(
            b"Zo\xeb \x81 en \x8d\n", "auto", "Zo\xeb \x81 en \x8d\n", "iso8859-1", id="latin1-last-resort"
        ),
        pytest.param(
            "Zoë zei het.\n".encode("latin-1"), "latin-1", "Zoë zei het.\n", "iso8859-1", id="explicit-latin1"
        ),
        pytest.param(
            "“Ja”, zei hij.".encode("cp1252"), "cp1252", "“Ja”, zei hij.", "cp1252", id="explicit-cp1252"
        ),
        pytest.param(
            "Министр сказал, что переговоры продолжатся на следующей неделе.".encode("cp1251"),
            "auto",
            "Министр сказал, что переговоры продолжатся на следующей неделе.",
            "cp1251",
            id="cyrillic-code-page-detected",
        ),
        pytest.param(
            "Zoë zei: ‘nee’.".encode("utf-16-le"),
            "utf-16-le",
            "Zoë zei: ‘nee’.",
            "utf-16-le",
            id="explicit-utf16-nul-bytes-allowed",
        ),
        pytest.param("Zoë zei: ‘nee’.".encode("utf-16"), "auto", "Zoë zei: ‘nee’.", "utf-16", id="utf16-bom"),
    ],
)
def test_decode(data: bytes, encoding: str, text: str, used: str) -> None:
    assert decode(data, "a.txt", encoding) == (text, used)


def test_guessed_encoding_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="quoteattr.read"):
        decode("Het café gaat open.".encode("cp1252"), "map/b.txt")
    assert "map/b.txt" in caplog.text and "cp1252" in caplog.text


def test_utf8_is_not_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="quoteattr.read"):
        decode(ZIN.encode("utf-8"), "a.txt")
    assert caplog.text == ""


@pytest.mark.parametrize(
    "data, encoding, reason",
    [
        pytest.param(b"", "auto", "empty file", id="empty"),
        pytest.param(b" \n\t\r\n", "auto", "only whitespace", id="whitespace"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "auto", "binary", id="nul-bytes"),
        pytest.param(bytes(range(1, 9)) * 50 + b"tekst", "auto", "binary", id="control-chars"),
        pytest.param(b"PK\x03\x04\x00\x00", "cp1252", "binary", id="binary-explicit"),
        pytest.param("Café “open”".encode("cp1252"), "utf-8", "cannot decode as utf-8", id="wrong-explicit"),
        pytest.param(b"\xef\xbb\xbfcaf\xe9", "auto", "cannot decode as utf-8", id="bom-then-cp1252"),
    ],
)
def test_decode_refuses(data: bytes, encoding: str, reason: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data, "kapot.txt", encoding)
    assert reason in str(info.value)
    assert str(info.value).startswith("kapot.txt: ")
    assert info.value.exit_code == 1


def test_unknown_encoding_is_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown encoding 'klingon'"):
        decode(b"tekst", "a.txt", "klingon")


def test_read_text_refuses_directory_and_missing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)
    with pytest.raises(InputError, match="no such file") as info:
        read_text(tmp_path / "weg.txt")
    assert str(tmp_path / "weg.txt") in str(info.value)


# --- paths -------------------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """articles/{b.txt, a.txt, sub/c.txt, notes.md, leeg.txt}, cwd = tmp_path."""
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    (root / "b.txt").write_text("“Nee”, zei de burgemeester.\n", encoding="utf-8")
    (root / "a.txt").write_text("De minister zei dat het kabinet doorgaat.\n", encoding="utf-8")
    (root / "sub" / "c.txt").write_bytes(
        "Het caf\u00e9 \u201cgaat dicht\u201d, zegt de eigenaar.\r\n".encode("cp1252")
    )
    (root / "notes.md").write_text("# aantekeningen\n", encoding="utf-8")
    (root / "leeg.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    return root


def _ids(items) -> list[str]:
    return [i.id if isinstance(i, Document) else f"ERR {i}" for i in items]


@pytest.mark.parametrize(
    "args, glob, expected",
    [
        pytest.param(
            ["articles"],
            None,
            ["articles/a.txt", "articles/b.txt", "ERR articles/leeg.txt: empty file", "articles/sub/c.txt"],
            id="directory-recursive-sorted",
        ),
        pytest.param(["articles/"], "*.md", ["articles/notes.md"], id="directory-glob"),
        pytest.param(
            ["articles/b.txt", "articles/a.txt"],
            None,
            ["articles/b.txt", "articles/a.txt"],
            id="files-in-given-order",
        ),
        pytest.param(
            ["articles/*.txt"],
            None,
            ["articles/a.txt", "articles/b.txt", "ERR articles/leeg.txt: empty file"],
            id="pattern",
        ),
        pytest.param(["articles/**/c.txt"], None, ["articles/sub/c.txt"], id="recursive-pattern"),
        pytest.param(
            ["articles/*.pdf", "articles/a.txt"],
            None,
            ["ERR articles/*.pdf: no files match this pattern", "articles/a.txt"],
            id="pattern-no-match",
        ),
        pytest.param(
            ["weg.txt", "articles/a.txt"],
            None,
            ["ERR weg.txt: no such file", "articles/a.txt"],
            id="missing-then-go-on",
        ),
        pytest.param(
            ["articles/sub"],
            "*.md",
            ["ERR articles/sub: directory has no files matching '*.md'"],
            id="empty-directory",
        ),
    ],
)
def test_paths(tree: Path, args: list[str], glob: str | None, expected: list[str]) -> None:
    assert _ids(iter_documents(args, glob=glob)) == expected


def test_document_fields(tree: Path) -> None:
    docs = [d for d in iter_documents(["articles/sub/c.txt", "articles/b.txt"]) if isinstance(d, Document)]
    c, b = docs
    assert (c.source, c.encoding, c.text) == (
        "articles/sub/c.txt",
        "cp1252",
        "Het café “gaat dicht”, zegt de eigenaar.\r\n",
    )
    assert (b.source, b.encoding) == ("articles/b.txt", "utf-8")


def test_paths_are_expanded_lazily_and_errors_yielded(tree: Path) -> None:
    items = list(expand_paths(["articles/a.txt", "nergens/*.txt"]))
    assert items[0] == ("articles/a.txt", "articles/a.txt")
    assert isinstance(items[1], InputError)


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ZIN.encode("utf-8"))))
    [doc] = iter_documents(["-"])
    assert (doc.id, doc.source, doc.text) == ("<stdin>", "-", ZIN)


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"encoding": "klingon"}, UsageError),
        ({"input_format": "xml"}, UsageError),
        ({"input_format": "conllu"}, UsageError),
    ],
)
def test_bad_options_raise_at_once(kwargs: dict, error: type) -> None:
    with pytest.raises(error):
        iter_documents(["whatever.txt"], **kwargs)


# --- JSONL -------------------------------------------------------------------------------------

JSONL_LINES = [
    json.dumps(
        {
            "id": "nos-1",
            "text": "“Dit is onacceptabel”, zei de premier.",
            "url": "https://example.org/1",
            "outlet": "NOS",
            "date": "2024-03-01",
            "title": "Premier boos",
        },
        ensure_ascii=False,
    ),
    "",
    json.dumps({"text": "De minister zei dat zij aftreedt.", "date": 20240302, "id": 7}),
    "{niet json",
    json.dumps(["text", "lijst"]),
    json.dumps({"tekst": "verkeerde sleutel"}),
    json.dumps({"text": 42}),
    json.dumps({"text": "   "}),
    json.dumps({"text": "Zij zei:\r\n“Nee.”"}),
]


@pytest.fixture
def jsonl_file(tmp_path: Path) -> Path:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(("\n".join(JSONL_LINES) + "\n").encode("utf-8"))
    return path


def test_jsonl(jsonl_file: Path) -> None:
    name = str(jsonl_file)
    items = list(iter_documents([name]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [d.id for d in docs] == ["nos-1", "7", f"{name}:9"]
    first = docs[0]
    assert (first.url, first.outlet, first.date, first.title, first.source) == (
        "https://example.org/1",
        "NOS",
        "2024-03-01",
        "Premier boos",
        f"{name}:1",
    )
    assert docs[1].date == "20240302"
    assert docs[2].text == "Zij zei:\r\n“Nee.”"
    assert errors == [
        f"{name}:4: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        f"{name}:5: expected a JSON object, got an array",
        f"{name}:6: record has no 'text' field",
        f"{name}:7: 'text' must be a string, got a number",
        f"{name}:8: 'text' is empty",
    ]


def test_jsonl_forced_and_streamed(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(JSONL_LINES[0] + "\n", encoding="utf-8")
    [doc] = iter_documents([str(path)], input_format="jsonl")
    assert doc.id == "nos-1"
    # a stream that is read line by line: the generator must not need the whole input first
    lines = iter([(JSONL_LINES[0] + "\n").encode("utf-8")] * 3)
    gen = iter_jsonl(lines, "stroom")
    assert next(gen).id == "nos-1"
    assert list(lines) != []  # the rest is still unread


def test_jsonl_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"text": "Hij zei ja."}\nfout\n')))
    items = list(iter_documents(["-"], input_format="jsonl"))
    assert items[0].id == "<stdin>:1"
    assert str(items[1]).startswith("<stdin>:2: invalid JSON")
