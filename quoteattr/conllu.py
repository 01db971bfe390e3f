"""CoNLL-U input: parsed text from any Dutch pipeline (Alpino, UDPipe, spaCy, stanza).

``extract_conllu(path)`` rebuilds each document's text from its tokens, with offsets:
``SpaceAfter=No`` / ``SpacesAfter=…`` are honoured inside a sentence; sentences are separated
by a space, paragraphs (``# newpar``) by a blank line; each ``# newdoc`` starts a new
Document (one per file otherwise). It then runs the rules pass and the parse-based
attribution of the stanza backend on the given parse: no model is needed.

The file is read with stanza's own reader (``CoNLL.conll2doc``) when stanza is installed,
with the light ``conllu`` package otherwise.
"""
from __future__ import annotations

import importlib.util
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from .api import Result, extract_document
from .backends.stanza import ParsedDocument, ParsedSentence, Word, attribute_parsed, stanza_installed
from .errors import BackendUnavailable, InputError, QuoteattrError, UsageError
from .model import KINDS, SPEECH_KINDS, Document

log = logging.getLogger(__name__)

READERS = ("auto", "stanza", "conllu")
SENTENCE_SEPARATOR = " "
PARAGRAPH_SEPARATOR = "\n\n"

_ESCAPES = {"\\s": " ", "\\t": "\t", "\\n": "\n", "\\r": "\r", "\\p": "|", "\\\\": "\\"}


@dataclass(slots=True)
class _Token:
    """A surface token (a word, or a multiword token with its words)."""

    form: str
    misc: str
    after: str  # the whitespace after the token ("" for SpaceAfter=No)
    words: list[dict[str, Any]]  # id, form, lemma, upos, feats, head, deprel, misc


@dataclass(slots=True)
class _Sentence:
    tokens: list[_Token]
    comments: list[str] = field(default_factory=list)


def _misc_get(misc: str, key: str) -> str | None:
    for item in (misc or "").split("|"):
        if item.startswith(key + "="):
            return item[len(key) + 1:]
    return None


def _space_after(misc: str) -> str:
    """The whitespace after a token, from MISC (``SpacesAfter`` wins over ``SpaceAfter=No``)."""
    spaces = _misc_get(misc, "SpacesAfter")
    if spaces is not None:
        for esc, char in _ESCAPES.items():
            spaces = spaces.replace(esc, char)
        return spaces
    return "" if _misc_get(misc, "SpaceAfter") == "No" else " "


def _comment_value(comments: Sequence[str], key: str) -> str | None:
    """The value of ``# key = value`` (or ``None``); ``""`` when the key has no value."""
    for c in comments:
        body = c.lstrip("#").strip()
        if body == key or body.startswith(key + " ") or body.startswith(key + "="):
            rest = body[len(key):].strip()
            return rest[1:].strip() if rest.startswith("=") else rest
    return None


# --------------------------------------------------------------------------------------------
# Readers: both produce _Sentence lists


def _importable(name: str) -> bool:
    if name in sys.modules:  # imported, or blocked with sys.modules[name] = None
        return sys.modules[name] is not None
    return importlib.util.find_spec(name) is not None


def _which_reader(reader: str) -> str:
    if reader not in READERS:
        raise UsageError(f"unknown CoNLL-U reader {reader!r}; choose one of: {', '.join(READERS)}")
    has_stanza = stanza_installed()
    has_conllu = _importable("conllu")
    if reader == "auto":
        reader = "stanza" if has_stanza else "conllu"
    if reader == "stanza" and not has_stanza:
        raise BackendUnavailable('reading CoNLL-U with stanza needs: pip install "quoteattr[stanza]"')
    if reader == "conllu" and not has_conllu:
        raise BackendUnavailable(
            'reading CoNLL-U needs stanza or the conllu package: pip install "quoteattr[conllu]"')
    return reader


def _read_stanza(text: str, source: str) -> list[_Sentence]:
    from stanza.utils.conll import CoNLL  # lazy: optional extra

    try:
        sdoc = CoNLL.conll2doc(input_str=text)
    except Exception as exc:  # CoNLLError, ValueError, AssertionError from the reader
        raise InputError(f"malformed CoNLL-U: {str(exc).splitlines()[0] if str(exc) else exc!r}",
                         source=source) from exc
    out = []
    for s in sdoc.sentences:
        tokens = []
        for tok in s.tokens:
            words = [dict(id=int(w.id), form=w.text, lemma=w.lemma, upos=w.upos, feats=w.feats,
                          head=w.head, deprel=w.deprel, misc=w.misc or "") for w in tok.words]
            # stanza moves SpaceAfter/SpacesAfter out of MISC into spaces_after
            after = tok.spaces_after if tok.spaces_after is not None else " "
            tokens.append(_Token(tok.text, tok.misc or "", after, words))
        out.append(_Sentence(tokens, list(s.comments or [])))
    return out


def _read_conllu(text: str, source: str) -> list[_Sentence]:
    import conllu  # lazy: optional extra

    try:
        token_lists = conllu.parse(text)
    except Exception as exc:  # conllu raises ParseException and ValueError
        raise InputError(f"malformed CoNLL-U: {exc}", source=source) from exc
    out = []
    for tl in token_lists:
        comments = _metadata_comments(tl.metadata)
        tokens: list[_Token] = []
        pending: tuple[int, int, _Token] | None = None
        for t in tl:
            tid = t["id"]
            if isinstance(tid, tuple):
                if len(tid) == 3 and tid[1] == "-":
                    misc = _misc_str(t["misc"])
                    pending = (tid[0], tid[2], _Token(t["form"], misc, _space_after(misc), []))
                    tokens.append(pending[2])
                continue  # empty nodes (3.1) are not surface words
            word = dict(id=tid, form=t["form"], lemma=t["lemma"], upos=t["upos"],
                        feats=_feats_str(t["feats"]), head=t["head"], deprel=t["deprel"],
                        misc=_misc_str(t["misc"]))
            if pending is not None and pending[0] <= tid <= pending[1]:
                pending[2].words.append(word)
            else:
                pending = None
                tokens.append(_Token(t["form"], word["misc"], _space_after(word["misc"]), [word]))
        out.append(_Sentence(tokens, comments))
    return out


def _metadata_comments(metadata: dict[str, Any]) -> list[str]:
    out = []
    for key, value in metadata.items():
        out.append(f"# {key}" if value is None else f"# {key} = {value}")
    return out


def _misc_str(misc: Any) -> str:
    if not misc:
        return ""
    return "|".join(k if v is None else f"{k}={v}" for k, v in misc.items())


def _feats_str(feats: Any) -> str:
    if not feats:
        return ""
    return "|".join(f"{k}={v}" for k, v in feats.items())


# --------------------------------------------------------------------------------------------
# Text and offsets


def _build_documents(sentences: list[_Sentence], source: str, stem: str) -> list[ParsedDocument]:
    """Group sentences into documents and lay their tokens out as text with offsets."""
    groups: list[tuple[str | None, list[_Sentence]]] = []
    for s in sentences:
        newdoc = _comment_value(s.comments, "newdoc id")
        if newdoc is None and _comment_value(s.comments, "newdoc") is not None:
            newdoc = ""
        if newdoc is not None or not groups:
            groups.append((newdoc or None, []))
        groups[-1][1].append(s)
    docs = []
    for n, (doc_id, sents) in enumerate(groups, 1):
        if doc_id is None:
            doc_id = stem if len(groups) == 1 else f"{stem}#{n}"
        docs.append(_layout(doc_id, sents, source))
    return docs


def _layout(doc_id: str, sents: list[_Sentence], source: str) -> ParsedDocument:
    pieces: list[str] = []
    offset = 0
    paragraph = 0
    parsed: list[ParsedSentence] = []
    has_ner = False
    has_syntax = False
    prev_after: str | None = None
    for si, s in enumerate(sents):
        if si > 0:
            new_par = (_comment_value(s.comments, "newpar") is not None
                       or _comment_value(s.comments, "newpar id") is not None)
            if new_par:
                paragraph += 1
                sep = PARAGRAPH_SEPARATOR
            elif prev_after is not None and prev_after != " ":
                sep = prev_after  # SpaceAfter=No or SpacesAfter=… on the last token
            else:
                sep = SENTENCE_SEPARATOR
            pieces.append(sep)
            offset += len(sep)
        words: list[Word] = []
        start = offset
        for ti, tok in enumerate(s.tokens):
            t_start, t_end = offset, offset + len(tok.form)
            pieces.append(tok.form)
            offset = t_end
            after = tok.after
            if ti < len(s.tokens) - 1:
                pieces.append(after)
                offset += len(after)
            else:
                prev_after = after
            for w in tok.words:
                ner = _misc_get(w["misc"], "NER")
                if ner is None and len(tok.words) == 1:
                    ner = _misc_get(tok.misc, "NER")
                has_ner = has_ner or ner is not None
                has_syntax = has_syntax or bool(w["deprel"])
                words.append(Word(
                    id=int(w["id"]), text=w["form"], lemma=w["lemma"] or w["form"],
                    upos=w["upos"] or "X", head=int(w["head"] or 0), deprel=w["deprel"] or "dep",
                    feats=w["feats"] or "", start=t_start, end=t_end, ner=ner,
                ))
        if not s.tokens:
            continue
        parsed.append(ParsedSentence(start, offset, words, paragraph, list(s.comments)))
    text = "".join(pieces)
    document = Document(id=doc_id, text=text, source=source)
    return ParsedDocument(document, parsed, has_ner=has_ner, has_syntax=has_syntax)


# --------------------------------------------------------------------------------------------
# Public API


def _check_columns(text: str, source: str) -> None:
    """Every word line has the 10 CoNLL-U columns (the readers are lenient; we name the line)."""
    for no, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and line.rstrip("\r\n").count("\t") != 9:
            raise InputError(f"malformed CoNLL-U at line {no}: expected 10 tab-separated columns, "
                             f"found {line.count(chr(9)) + 1}", source=source)


def read_conllu(path: str | os.PathLike, *, reader: str = "auto") -> list[ParsedDocument]:
    """Parse a CoNLL-U file into documents with rebuilt text and word offsets."""
    p = Path(path)
    source = str(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=source) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("CoNLL-U must be UTF-8", source=source) from exc
    if not text.strip():
        raise InputError("empty CoNLL-U file", source=source)
    _check_columns(text, source)
    which = _which_reader(reader)
    sentences = _read_stanza(text, source) if which == "stanza" else _read_conllu(text, source)
    if not sentences:
        raise InputError("no sentences in CoNLL-U file", source=source)
    return _build_documents(sentences, source, p.stem)


def extract_parsed(parsed: ParsedDocument, *, backend: str = "stanza", kinds: Sequence[str] | None = None) -> Result:
    """The Result of one parsed document: the rules pass on its text, speakers refined from the
    given parse with ``backend="stanza"`` (no model is loaded)."""
    wanted = _wanted_kinds(backend, kinds)
    doc = parsed.document
    try:
        quotes = extract_document(doc, backend="rules", kinds=KINDS, max_chars=None)
        if backend == "stanza" and parsed.has_syntax:
            quotes = attribute_parsed(parsed, quotes)
        return Result(doc, [q for q in quotes if q.kind in wanted])
    except QuoteattrError as exc:
        if exc.source is None:
            exc.source = doc.source or doc.id
        return Result(doc, [], exc)


def _wanted_kinds(backend: str, kinds: Sequence[str] | None) -> tuple[str, ...]:
    if backend not in ("stanza", "rules"):
        raise UsageError(f"unknown backend {backend!r}; choose one of: rules, stanza")
    wanted = tuple(kinds) if kinds is not None else SPEECH_KINDS
    bad = [k for k in wanted if k not in KINDS]
    if bad:
        raise UsageError(f"unknown kind(s) {', '.join(bad)}; choose from {', '.join(KINDS)}")
    return wanted


def extract_conllu(
    path: str | os.PathLike,
    *,
    backend: str = "stanza",
    kinds: Sequence[str] | None = None,
    reader: str = "auto",
) -> list[Result]:
    """Quotes of every document in a CoNLL-U file, one Result per document.

    ``backend="stanza"`` refines the rule speakers with the given parse (subjects of speech
    verbs, appositions, NER from MISC ``NER=``); ``"rules"`` uses the rebuilt text alone.
    """
    wanted = _wanted_kinds(backend, kinds)
    return [extract_parsed(parsed, backend=backend, kinds=wanted) for parsed in read_conllu(path, reader=reader)]


class ConlluSource:
    """CoNLL-U files as input to the quote database: ``documents()`` yields each file's
    documents (or an InputError per unreadable file) for ``QuoteDB.ingest``, and ``extract``
    is the extraction it calls, using the parse kept for each document.

    >>> source = ConlluSource(["parsed.conllu"])                      # doctest: +SKIP
    >>> db.ingest(source.documents(), extract=source.extract)         # doctest: +SKIP
    """

    def __init__(self, paths: Sequence[str], *, glob: str | None = None, backend: str = "stanza") -> None:
        self.paths = list(paths)
        self.glob = glob
        self.backend = backend
        self._parsed: dict[str, ParsedDocument] = {}

    def documents(self):
        from .read import expand_paths

        for item in expand_paths(self.paths, glob=self.glob, default_glob="*.conllu"):
            if isinstance(item, QuoteattrError):
                yield item
                continue
            name, fspath = item
            if fspath == "-":
                raise UsageError("CoNLL-U input cannot come from standard input; give a file")
            try:
                parsed_docs = read_conllu(fspath)
            except (UsageError, BackendUnavailable):
                raise
            except QuoteattrError as exc:
                if exc.source is None:
                    exc.source = name
                yield exc
                continue
            for parsed in parsed_docs:
                self._parsed[parsed.document.id] = parsed
                yield parsed.document

    def extract(self, documents, *, kinds: Sequence[str] | None = None, **_ignored):
        """Results for ``documents`` (those yielded by :meth:`documents`), in order."""
        for doc in documents:
            parsed = self._parsed.pop(doc.id, None)
            if parsed is None:
                yield Result(doc, [], InputError("no parse kept for this document", source=doc.id))
                continue
            yield extract_parsed(parsed, backend=self.backend, kinds=kinds)
