"""The library API: the stage chain that the CLI (and the database, benchmarks, Spark) call.

read → segment → spans → cues → analysis → resolve → attribute (pipeline.py, one document),
over many documents in one process or a pool (parallel.py).
"""
from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from .model import Document, Quote
from .parallel import iter_extract_parallel
from .pipeline import (  # noqa: F401 - re-exported: the library's public names
    DEFAULT_MAX_CHARS,
    Result,
    extract_document,
    extract_one,
    parse_kinds,
    unexpected_error,
)


def extract(
    text: str,
    doc: str | Document | None = None,
    *,
    backend: str = "rules",
    kinds: Sequence[str] | None = None,
) -> list[Quote]:
    """Quotes in ``text``. ``doc`` names the document (a string id, or a Document for metadata).

    >>> [q.speaker for q in extract("“Dat klopt niet”, aldus Mark Rutte.")]
    ['Mark Rutte']
    """
    if isinstance(doc, Document):
        document = doc if doc.text == text else Document(**{**_doc_fields(doc), "text": text})
    else:
        document = Document(id=doc or "<text>", text=text)
    return extract_document(document, backend=backend, kinds=kinds, max_chars=None)


def _doc_fields(doc: Document) -> dict:
    return {name: getattr(doc, name) for name in Document.__slots__}


def iter_extract(
    documents: Iterable[Document],
    *,
    jobs: int = 1,
    backend: str = "rules",
    kinds: Sequence[str] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Iterator[Result]:
    """Stream results over many documents, in input order; a failing document yields an error
    Result and the rest go on. ``jobs`` > 1 spreads batches over processes (0 = all cores)."""
    wanted = parse_kinds(kinds)
    if jobs != 1:
        yield from iter_extract_parallel(
            documents, jobs=jobs, backend=backend, kinds=wanted, max_chars=max_chars
        )
        return
    for document in documents:
        yield extract_one(document, backend=backend, kinds=wanted, max_chars=max_chars)
