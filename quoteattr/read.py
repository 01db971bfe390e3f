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
import io
import json
import logging
import itertools
import os
import re
import stat
import sys
from pathlib import Path, PurePosixPath
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
INPUT_FORMATS = ("auto", "text", "jsonl", "json")
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
#: a lone UTF-16 surrogate: not a character (JSON "\\ud800" decodes to one); see clean_text()
_SURROGATE = re.compile("[\ud800-\udfff]")
#: what replaces an invalid code point: one for one, so every offset stays valid
REPLACEMENT = "\ufffd"
#: text after a UTF-16/32 byte-order mark with fewer Latin letters and fewer spaces than
#: these shares is taken for chance bytes (FF FE starting a cp1252 file), not that encoding
BOM_LATIN_SHARE = 0.5
BOM_SPACE_SHARE = 0.02
#: kinds of file that are not read (reading a FIFO or a device can block for ever)
_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def check_encoding(encoding: str) -> str:
    """The codec's canonical name; UsageError for a name Python does not know ('auto' passes)."""
    if encoding == "auto":
        return encoding
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r} (try utf-8, cp1252, latin-1 or auto)") from None


def clean_text(value: str) -> tuple[str, int]:
    """Replace each lone surrogate (an invalid code point, e.g. JSON ``"\\ud800"``) by U+FFFD.

    The one policy for invalid code points, applied to every string read (text, id, metadata)
    and every document stored: one code point for one, so offsets do not move. Returns the
    cleaned string and the number replaced.
    """
    return _SURROGATE.subn(REPLACEMENT, value)


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
    codec = bom_codec(data)
    if codec == "utf-8-sig":
        _check_binary(data, source)
        return _decode_strict(data, codec, source), codec
    if codec is not None:
        text = _decode_wide(data, codec)
        if text is not None:
            return text, codec
        log.warning(
            "%s: starts with a %s byte-order mark but is not %s; read without it",
            source, codec.upper(), codec.upper(),
        )
    _check_binary(data, source)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    codec = _guess_legacy(data)
    log.warning("%s: not valid UTF-8; read as %s (guessed; use --encoding to choose)", source, codec)
    return data.decode(codec), codec


def bom_codec(data: bytes) -> str | None:
    """The codec a leading byte-order mark names (utf-8-sig, utf-16, utf-32), or None."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def _decode_wide(data: bytes, codec: str) -> str | None:
    """UTF-16/32 text, or None when the bytes are not (undecodable, or not text once decoded:
    FF FE before cp1252 bytes decodes to a run of CJK ideographs without a space)."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    sample = text[:SNIFF_BYTES]
    latin = sum(1 for ch in sample if ch < "\u0250")
    spaces = sum(1 for ch in sample if ch.isspace() or "\u3000" <= ch <= "\u303f")
    if latin >= BOM_LATIN_SHARE * len(sample) or spaces >= BOM_SPACE_SHARE * len(sample):
        return text
    return None


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
    if isinstance(exc, PermissionError):
        return InputError("permission denied", source=name)
    return InputError(exc.strerror or str(exc), source=name)


def read_text(path: str | os.PathLike, encoding: str = "auto", source: str | None = None) -> tuple[str, str]:
    """Read and decode one file: (text, encoding used)."""
    name = source or os.fspath(path)
    return decode(read_bytes(path, name), name, encoding)


def expand_paths(
    paths: Iterable[str], *, glob: str | None = None, default_glob: str = DEFAULT_GLOB
) -> Iterator[tuple[str, str] | InputError]:
    """(display name, filesystem path) for every input file, or an InputError per bad argument.

    Directories are searched recursively for ``glob`` (``default_glob`` when None), sorted,
    following symbolic links; arguments with ``* ? [`` that are not existing paths are expanded
    as glob patterns; ``-`` passes through as standard input. A file reached twice (a symlink
    loop, a link beside its target, the same file given twice) is read once, by its real path.
    FIFOs, sockets and devices are refused: reading one can block for ever.
    """
    pattern = glob or default_glob
    seen: set[str] = set()

    def first_time(fspath: str) -> bool:
        real = os.path.realpath(fspath)
        if real in seen:
            log.info("%s: already read (same file as another input); skipped", fspath)
            return False
        seen.add(real)
        return True

    for arg in paths:
        if arg == "-":
            yield STDIN_NAME, "-"
            continue
        path = Path(arg)
        if path.is_dir():
            found = 0
            for item in _walk(path, pattern):
                if isinstance(item, InputError):
                    yield item
                elif first_time(os.fspath(item)):
                    found += 1
                    yield os.path.join(arg, item.relative_to(path).as_posix()), os.fspath(item)
            if not found and not _unreadable(path):
                yield InputError(f"directory has no files matching {pattern!r}", source=arg)
        elif path.exists() or not _GLOB_MAGIC & set(arg):
            special = special_file(arg)
            if special:
                yield InputError(f"{special}, not a regular file; skipped", source=arg)
            elif first_time(arg):
                yield arg, arg  # a file, or a missing one: reading it reports the problem
        else:
            found = sorted(p for p in globmod.glob(arg, recursive=True) if os.path.isfile(p))
            if not found:
                yield InputError("no files match this pattern", source=arg)
            for p in found:
                if first_time(p):
                    yield p, p


def special_file(path: str | os.PathLike) -> str | None:
    """What a FIFO, socket or device is ('a FIFO (named pipe)'); None for anything else."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return next((name for test, name in _SPECIAL_FILES if test(mode)), None)


def _unreadable(directory: Path) -> bool:
    return not os.access(directory, os.R_OK | os.X_OK)


def _walk(root: Path, pattern: str) -> Iterator[Path | InputError]:
    """Regular files under ``root`` matching ``pattern``, sorted; each directory entered once
    by its real path (symlink loops end), an unreadable one yielded as 'permission denied'."""
    errors: list[InputError] = []

    def on_error(exc: OSError) -> None:
        name = exc.filename or os.fspath(root)
        errors.append(_os_error(exc, os.fspath(name)))

    visited: set[str] = set()
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in visited:
            dirnames[:] = []
            continue
        visited.add(real)
        base = Path(dirpath)
        for name in filenames:
            file = base / name
            if PurePosixPath(file.relative_to(root).as_posix()).match(pattern) and file.is_file():
                found.append(file)
    yield from errors
    yield from sorted(found)


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


def input_kind(name: str, input_format: str = "auto") -> str:
    """How a file is read: 'jsonl', 'json' or 'text' (auto: by its suffix; stdin is sniffed)."""
    if input_format != "auto":
        return input_format
    lower = name.lower()
    if lower.endswith(".jsonl"):
        return "jsonl"
    if lower.endswith(".json"):
        return "json"
    return "text"


def _iter_documents(
    paths: list[str], glob: str | None, encoding: str, input_format: str
) -> Iterator[Document | InputError]:
    for item in expand_paths(paths, glob=glob):
        if isinstance(item, InputError):
            yield item
            continue
        name, fspath = item
        kind = input_kind(name, input_format)
        if fspath == "-":
            yield from _stdin_documents(sys.stdin.buffer, input_format, encoding)
        elif kind == "jsonl":
            try:
                fh = open(fspath, "rb")
            except OSError as exc:
                yield _os_error(exc, name)
                continue
            with fh:
                yield from iter_jsonl(fh, name, encoding)
        elif kind == "json":
            try:
                data = read_bytes(fspath, name)
            except InputError as exc:
                yield exc
                continue
            yield from iter_json(data, name, encoding)
        else:
            yield _document(lambda: read_bytes(fspath, name), name, name, encoding)


#: what JSON text starts with, after white space: an object, or an array of objects/strings
_JSON_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:\{|\[\s*[\[{\"\]])")


def sniff_json(data: bytes) -> str | None:
    """'json', 'jsonl' or None (plain text) for bytes of unknown format (standard input).

    A whole JSON value (an object, an array) is 'json'; lines of which the first is a JSON object
    are 'jsonl'. Text that starts like JSON but is neither raises InputError: it is never read
    as plain text by mistake (``--input-format text`` reads it so)."""
    if not _JSON_START.match(data[:SNIFF_BYTES]):
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    try:
        json.loads(text)
        return "json"
    except (ValueError, RecursionError):
        pass
    first = text.lstrip().split("\n", 1)[0]
    try:
        if isinstance(json.loads(first), dict):
            return "jsonl"
    except (ValueError, RecursionError):
        pass
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        reason = f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    except (ValueError, RecursionError) as exc:
        reason = str(exc) or "nested too deeply"
    raise InputError(
        f"looks like JSON but is neither JSON nor JSONL ({reason}); fix it, or give "
        "--input-format text to read it as plain text",
        source=STDIN_NAME,
    )


def _stdin_documents(stream: IO[bytes], input_format: str, encoding: str) -> Iterator[Document | InputError]:
    """Standard input: plain text, or (auto) JSON or JSONL recognised by its content."""
    if input_format == "jsonl":
        yield from iter_jsonl(stream, STDIN_NAME, encoding)
        return
    data = stream.read()
    kind = input_format
    if input_format == "auto":
        try:
            kind = sniff_json(data) or "text"
        except InputError as exc:
            yield exc
            return
        if kind != "text":
            log.info("%s: read as %s", STDIN_NAME, kind.upper())
    if kind == "jsonl":
        yield from iter_jsonl(io.BytesIO(data), STDIN_NAME, encoding)
    elif kind == "json":
        yield from iter_json(data, STDIN_NAME, encoding)
    else:
        yield _document(lambda: data, STDIN_NAME, "-", encoding)


def iter_json(data: bytes, name: str, encoding: str = "auto") -> Iterator[Document | InputError]:
    """Documents from a JSON file: one object with ``text`` (and id, url, outlet, date, title), or
    an array of them (each named ``FILE:N``, N counting from 1). Anything else is one InputError."""
    try:
        text, _ = decode(data, name, encoding)
    except InputError as exc:
        yield exc
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", source=name)
        return
    except (ValueError, RecursionError) as exc:
        yield InputError(f"invalid JSON: {exc or 'nested too deeply'}", source=name)
        return
    if isinstance(value, dict):
        try:
            yield _object_document(value, name, default_id=name)
        except InputError as exc:
            yield exc
        return
    if not isinstance(value, list):
        yield InputError(
            f"a .json input holds one object with a 'text' field or an array of them, not {_json_type(value)}",
            source=name,
        )
        return
    if not value:
        yield InputError("empty JSON array: no documents", source=name)
    for n, obj in enumerate(value, start=1):
        where = f"{name}:{n}"
        try:
            yield _object_document(obj, where, default_id=where)
        except InputError as exc:
            yield exc


def _document(read, name: str, source: str, encoding: str) -> Document | InputError:
    try:
        text, used = decode(read(), name, encoding)
    except InputError as exc:
        return exc
    return Document(id=name, text=text, source=source, encoding=used)


def iter_jsonl(stream: IO[bytes], name: str, encoding: str = "auto") -> Iterator[Document | InputError]:
    """Documents from a JSONL byte stream, line by line; a bad line yields InputError(FILE:LINE).

    A byte-order mark picks UTF-8, UTF-16 or UTF-32 for the whole stream; binary data is one
    error for the whole file, not one per line.
    """
    for lineno, line in _jsonl_lines(stream, name, encoding):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        try:
            yield _jsonl_document(line, name, lineno)
        except InputError as exc:
            yield exc


def _jsonl_lines(stream: Iterable[bytes], name: str, encoding: str) -> Iterator[tuple[int, str | InputError]]:
    """(line number, decoded line or the InputError for that line), for the JSONL reader."""
    lines = iter(stream)
    first = list(itertools.islice(lines, 1))  # the first line decides encoding and binary data
    head = first[0][:SNIFF_BYTES] if first else b""
    raws = itertools.chain(first, lines)
    codec = "utf-8" if encoding == "auto" else check_encoding(encoding)
    bom = bom_codec(head) if encoding == "auto" else None
    if bom in ("utf-16", "utf-32") or codec.startswith(("utf-16", "utf-32")):
        yield from _wide_lines(raws, name, bom or codec)
        return
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    if controls > BINARY_CONTROL_SHARE * len(head):
        yield 0, InputError(
            f"binary data ({controls} control bytes in the first {len(head)}), not JSONL; file skipped",
            source=name,
        )
        return
    for lineno, raw in enumerate(raws, start=1):
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            yield lineno, raw.decode(codec)
        except UnicodeDecodeError as exc:
            yield lineno, InputError(
                f"line is not valid {codec} (byte offset {exc.start})", source=f"{name}:{lineno}"
            )


def _wide_lines(raws: Iterable[bytes], name: str, codec: str) -> Iterator[tuple[int, str | InputError]]:
    """Lines of UTF-16/32 data (its LF bytes do not end lines); undecodable data ends the file
    with one error."""
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    lineno = 0
    pending = ""
    try:
        for raw in itertools.chain(raws, [b""]):
            pending += decoder.decode(raw, final=not raw)
            *complete, pending = pending.split("\n")
            for line in complete:
                lineno += 1
                yield lineno, line.lstrip("\ufeff") if lineno == 1 else line
    except UnicodeDecodeError as exc:
        yield lineno + 1, InputError(
            f"cannot decode as {codec} ({exc.reason}); rest of the file skipped", source=f"{name}:{lineno + 1}"
        )
        return
    if pending:
        yield lineno + 1, pending.lstrip("\ufeff") if lineno == 0 else pending


def _jsonl_document(line: str, name: str, lineno: int) -> Document:
    where = f"{name}:{lineno}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg} (column {exc.colno})", source=where) from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply", source=where) from None
    except ValueError as exc:  # e.g. a number of more than 4,300 digits
        raise InputError(f"invalid JSON: {exc}", source=where) from None
    return _object_document(obj, where, default_id=where)


def _object_document(obj: object, where: str, *, default_id: str) -> Document:
    """A Document from one JSON object with a ``text`` field (InputError naming ``where``)."""
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
    doc_id = _meta_str(obj.get("id")) or default_id
    return clean_document(Document(id=doc_id, text=text, source=where, encoding="utf-8", **meta))


def clean_document(doc: Document) -> Document:
    """The document with every invalid code point in its text, id and metadata replaced
    (:func:`clean_text`), and a warning naming it; the same object when there is none."""
    fields = {"id": doc.id, "text": doc.text, **{key: getattr(doc, key) for key in JSONL_META}}
    replaced = 0
    for key, value in fields.items():
        if value is not None:
            fields[key], n = clean_text(value)
            replaced += n
    if not replaced:
        return doc
    where = doc.source or fields["id"]
    log.warning("%s: %d invalid code point(s) (lone surrogates) replaced by U+FFFD", where, replaced)
    return Document(**fields, source=doc.source, encoding=doc.encoding)


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
