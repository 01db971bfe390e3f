"""Reading input: bytes → text (UTF-8 first, then a guessed legacy encoding), and paths → Documents.

The decoded text is never altered: line endings stay as they are (``\\r\\n`` is two characters).
The one exception is a byte-order mark, which is not text: offsets count from after it.

Inputs can be files, directories (searched recursively), glob patterns, ``-`` for standard input,
and JSONL files with one ``{"text": …, "id": …, "url": …}`` object per line. Problems with one
input are *yielded* as :class:`InputError` so the caller reports them and goes on with the rest.
"""

from __future__ import annotations

import codecs
import glob as globmod
import json
import logging
import os
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator

from .errors import InputError, UsageError
from .model import Document

log = logging.getLogger(__name__)

#: how many leading bytes the binary check looks at
SNIFF_BYTES = 8192
#: share of control bytes (other than tab, newlines, form feed) that marks data as binary
BINARY_CONTROL_SHARE = 0.10
#: above this share of high bytes among letters, text is not Latin-script (Dutch is ~2%)
LATIN_HIGH_BYTE_SHARE = 0.3
#: directory search pattern when --glob is not given
DEFAULT_GLOB = "*.txt"
#: input formats read here (``conllu`` is read by :mod:`quoteattr.conllu`)
INPUT_FORMATS = ("auto", "text", "jsonl")
#: JSONL metadata keys copied onto the Document (``text`` is required, ``id`` is special)
JSONL_META = ("url", "outlet", "date", "title")
#: how stdin is named in ids and messages
STDIN_NAME = "<stdin>"

#: byte-order marks recognised in auto mode, longest first (UTF-32 LE starts like UTF-16 LE)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: bytes that may appear in text: tab, LF, VT, FF, CR, ESC (ANSI colours in logs)
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_CONTROL_BYTES = frozenset(range(0x20)) - _TEXT_CONTROLS | {0x7F}
#: Unicode blocks of Latin-script text: a guess whose text stays inside these is read as cp1252
_LATIN_ALPHABETS = frozenset(
    {
        "Basic Latin",
        "Latin-1 Supplement",
        "Latin Extended-A",
        "Latin Extended-B",
        "Latin Extended Additional",
        "General Punctuation",
        "Control character",
        "Currency Symbols",
        "Letterlike Symbols",
        "Spacing Modifier Letters",
        "Number Forms",
    }
)
_GLOB_MAGIC = frozenset("*?[")


def check_encoding(encoding: str) -> str:
    """The codec's canonical name; UsageError for a name Python does not know ('auto' passes)."""
    if encoding == "auto":
        return encoding
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r} (try utf-8, cp1252, latin-1 or auto)") from None


def decode(data: bytes, source: str, encoding: str = "auto") -> tuple[str, str]:
    """Decode one file's bytes; returns (text, encoding used). InputError names ``source``.

    auto: a byte-order mark decides; else strict UTF-8; else a legacy encoding guessed with
    charset-normalizer, cp1252 for Latin-script text (latin-1 as last resort), with a warning.
    """
    codec = check_encoding(encoding)
    if not data:
        raise InputError("empty file", source=source)
    if codec == "auto":
        text, used = _decode_auto(data, source)
    else:
        if not codec.startswith(("utf-16", "utf-32")):
            _check_binary(data, source)
        if codec == "utf-8":
            codec = "utf-8-sig"  # a UTF-8 BOM is dropped under --encoding utf-8 too
        text, used = _decode_strict(data, codec, source), codec
    if not text.strip():
        raise InputError("file holds only whitespace", source=source)
    return text, used


def _decode_strict(data: bytes, codec: str, source: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 4].hex(" ")
        raise InputError(
            f"cannot decode as {codec}: byte(s) {bad} at offset {exc.start} ({exc.reason}); "
            "try --encoding auto or another --encoding",
            source=source,
        ) from None


def _decode_auto(data: bytes, source: str) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8-sig":
                _check_binary(data, source)
            return _decode_strict(data, codec, source), codec
    _check_binary(data, source)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    codec = _guess_legacy(data)
    log.warning("%s: not valid UTF-8; read as %s (guessed; use --encoding to choose)", source, codec)
    return data.decode(codec), codec


def _guess_legacy(data: bytes) -> str:
    """A single-byte encoding for non-UTF-8 bytes: cp1252 (what Western Windows software writes)
    for Latin-script text, latin-1 when cp1252 cannot decode; charset-normalizer's guess when
    many letters are high bytes (Cyrillic, Greek, … in a legacy code page)."""
    high, share = _high_bytes(data)
    if high >= 16 and share >= LATIN_HIGH_BYTE_SHARE:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and not best.encoding.startswith(("utf", "ascii")):
            if not set(best.alphabets) <= _LATIN_ALPHABETS:
                return codecs.lookup(best.encoding).name
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "iso8859-1"


def _high_bytes(data: bytes) -> tuple[int, float]:
    """Count of bytes ≥ 0x80 in the first block, and their share among those and ASCII letters."""
    head = data[:SNIFF_BYTES]
    ascii_letters = sum(1 for b in head if 0x41 <= b <= 0x7A)
    high = sum(1 for b in head if b >= 0x80)
    return high, high / max(1, high + ascii_letters)


def _check_binary(data: bytes, source: str) -> None:
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        raise InputError("binary data (NUL bytes), not a text file", source=source)
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    if controls > BINARY_CONTROL_SHARE * len(head):
        raise InputError(f"binary data ({controls} control bytes in the first {len(head)})", source=source)


def read_bytes(path: str | os.PathLike, source: str | None = None) -> bytes:
    """A file's bytes; InputError (naming the file) when it is missing, a directory or unreadable."""
    name = source or os.fspath(path)
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise _os_error(exc, name) from None


def _os_error(exc: OSError, name: str) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError("no such file", source=name)
    if isinstance(exc, IsADirectoryError):
        return InputError("is a directory, not a file", source=name)
    return InputError(exc.strerror or str(exc), source=name)


def read_text(path: str | os.PathLike, encoding: str = "auto", source: str | None = None) -> tuple[str, str]:
    """Read and decode one file: (text, encoding used)."""
    name = source or os.fspath(path)
    return decode(read_bytes(path, name), name, encoding)


def expand_paths(
    paths: Iterable[str], *, glob: str | None = None, default_glob: str = DEFAULT_GLOB
) -> Iterator[tuple[str, str] | InputError]:
    """(display name, filesystem path) for every input file, or an InputError per bad argument.

    Directories are searched recursively for ``glob`` (``default_glob`` when None), sorted;
    arguments with ``* ? [`` that are not existing paths are expanded as glob patterns;
    ``-`` passes through as standard input.
    """
    pattern = glob or default_glob
    for arg in paths:
        if arg == "-":
            yield STDIN_NAME, "-"
            continue
        path = Path(arg)
        if path.is_dir():
            found = sorted({p for p in path.rglob(pattern) if p.is_file()})
            if not found:
                yield InputError(f"directory has no files matching {pattern!r}", source=arg)
            for p in found:
                yield os.path.join(arg, p.relative_to(path).as_posix()), os.fspath(p)
        elif path.exists() or not _GLOB_MAGIC & set(arg):
            yield arg, arg  # a file, or a missing one: reading it reports the problem
        else:
            found = sorted(p for p in globmod.glob(arg, recursive=True) if os.path.isfile(p))
            if not found:
                yield InputError("no files match this pattern", source=arg)
            for p in found:
                yield p, p


def iter_documents(
    paths: Iterable[str],
    *,
    glob: str | None = None,
    encoding: str = "auto",
    input_format: str = "auto",
) -> Iterator[Document | InputError]:
    """Documents from files, directories, glob patterns, ``-`` (stdin) and JSONL files, in order.

    A file that cannot be read, or a malformed JSONL line, is yielded as an InputError and the
    rest go on. Bad options (unknown encoding or format) raise UsageError at once.
    """
    check_encoding(encoding)
    if input_format == "conllu":
        raise UsageError("CoNLL-U input is read by quoteattr.conllu, not iter_documents()")
    if input_format not in INPUT_FORMATS:
        raise UsageError(f"unknown input format {input_format!r}; choose from {', '.join(INPUT_FORMATS)}")
    return _iter_documents(list(paths), glob, encoding, input_format)


def _iter_documents(
    paths: list[str], glob: str | None, encoding: str, input_format: str
) -> Iterator[Document | InputError]:
    for item in expand_paths(paths, glob=glob):
        if isinstance(item, InputError):
            yield item
            continue
        name, fspath = item
        jsonl = input_format == "jsonl" or (input_format == "auto" and name.endswith(".jsonl"))
        if fspath == "-":
            stdin = sys.stdin.buffer
            if jsonl:
                yield from iter_jsonl(stdin, STDIN_NAME, encoding)
            else:
                yield _document(lambda: stdin.read(), STDIN_NAME, "-", encoding)
        elif jsonl:
            try:
                fh = open(fspath, "rb")
            except OSError as exc:
                yield _os_error(exc, name)
                continue
            with fh:
                yield from iter_jsonl(fh, name, encoding)
        else:
            yield _document(lambda: read_bytes(fspath, name), name, name, encoding)


def _document(read, name: str, source: str, encoding: str) -> Document | InputError:
    try:
        text, used = decode(read(), name, encoding)
    except InputError as exc:
        return exc
    return Document(id=name, text=text, source=source, encoding=used)


def iter_jsonl(stream: IO[bytes], name: str, encoding: str = "auto") -> Iterator[Document | InputError]:
    """Documents from a JSONL byte stream, line by line; a bad line yields InputError(FILE:LINE)."""
    codec = "utf-8" if encoding == "auto" else check_encoding(encoding)
    for lineno, raw in enumerate(stream, start=1):
        where = f"{name}:{lineno}"
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            line = raw.decode(codec)
        except UnicodeDecodeError as exc:
            yield InputError(f"line is not valid {codec} (byte offset {exc.start})", source=where)
            continue
        if not line.strip():
            continue
        try:
            yield _jsonl_document(line, name, lineno)
        except InputError as exc:
            yield exc


def _jsonl_document(line: str, name: str, lineno: int) -> Document:
    where = f"{name}:{lineno}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg} (column {exc.colno})", source=where) from None
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {_json_type(obj)}", source=where)
    if "text" not in obj:
        raise InputError("record has no 'text' field", source=where)
    text = obj["text"]
    if not isinstance(text, str):
        raise InputError(f"'text' must be a string, got {_json_type(text)}", source=where)
    if not text.strip():
        raise InputError("'text' is empty", source=where)
    meta = {key: _meta_str(obj.get(key)) for key in JSONL_META}
    doc_id = _meta_str(obj.get("id")) or where
    return Document(id=doc_id, text=text, source=where, encoding="utf-8", **meta)


def _meta_str(value: object) -> str | None:
    """Metadata as text: strings as they are, numbers and the like as str(), null as None."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _json_type(value: object) -> str:
    return {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)
