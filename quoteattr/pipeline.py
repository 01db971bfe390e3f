"""One document through the stage chain: read → segment → spans → cues → analysis → resolve →
attribute, with the per-document size guard and error isolation. The public entry points are in
api.py; parallel.py runs this module's ``extract_one`` in worker processes.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Sequence

from .errors import DocumentTooLarge, ExtractionFailed, QuoteattrError, UsageError
from .model import KINDS, SPEECH_KINDS, Document, Quote

log = logging.getLogger(__name__)

#: default per-document size limit in characters (hostile-input guard); None disables it
DEFAULT_MAX_CHARS = 20_000_000
#: longer documents are extracted in pieces of at most this many characters (bounded memory)
CHUNK_CHARS = 1_000_000


@dataclass(slots=True)
class Result:
    """What extracting one document gave: its quotes, or the error that stopped it."""

    document: Document
    quotes: list[Quote]
    error: QuoteattrError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def parse_kinds(kinds: str | Iterable[str] | None, default: Sequence[str] = SPEECH_KINDS) -> tuple[str, ...]:
    """The kinds asked for: 'direct,partial', ['direct', 'partial,indirect'] or 'all' (every kind);
    None or nothing gives ``default``. An unknown kind is a UsageError naming it."""
    if kinds is None:
        return tuple(default)
    values = [kinds] if isinstance(kinds, str) else list(kinds)
    wanted = [k.strip().lower() for v in values for k in str(v).split(",") if k.strip()]
    if not wanted:
        return tuple(default)
    if "all" in wanted:
        return KINDS
    bad = [k for k in wanted if k not in KINDS]
    if bad:
        raise UsageError(f"unknown kind(s) {', '.join(bad)}; choose from {', '.join(KINDS)} or all")
    return tuple(dict.fromkeys(wanted))


def _rules_pass(document: Document) -> list[Quote]:
    """Pass 1 (spans) and pass 2 (speakers) with the rules engine; every kind, in text order.

    A document longer than CHUNK_CHARS is done piece by piece (see :func:`chunk_bounds`), so
    the engine's working memory (about 80 bytes a character) stays bounded whatever the
    --max-chars limit; offsets, paragraph numbers and groups are those of the whole document.
    """
    from .attribute import attribute_document
    from .segment import paragraphs

    text = document.text
    if len(text) <= CHUNK_CHARS:
        return attribute_document(document)
    quotes: list[Quote] = []
    paragraph_base = group_base = 0
    for start, end, at_break in chunk_bounds(text, CHUNK_CHARS):
        piece = replace(document, text=text[start:end])
        found = attribute_document(piece)
        quotes.extend(_shifted(q, start, paragraph_base, group_base) for q in found)
        paragraph_base += len(paragraphs(piece.text)) - (0 if at_break else 1)
        group_base += 1 + max((q.group for q in found if q.group is not None), default=-1)
    return quotes


def chunk_bounds(text: str, size: int) -> Iterator[tuple[int, int, bool]]:
    """(start, end, ends at a paragraph break) of pieces of at most ``size`` characters, cut
    at the last blank line inside the window, else after the last sentence end, else at the
    last space (a quote across the cut is then found in two parts)."""
    pos, n = 0, len(text)
    while n - pos > size:
        window_end = pos + size
        cut = _last_break(text, pos, window_end)
        at_break = cut is not None
        if cut is None:
            cut = max(text.rfind(". ", pos, window_end) + 2, text.rfind(" ", pos, window_end) + 1)
            if cut <= pos:
                cut = window_end
        yield pos, cut, at_break
        pos = cut
    yield pos, n, True


def _last_break(text: str, start: int, end: int) -> int | None:
    """Where the last paragraph that starts inside text[start:end] starts, if not the first."""
    from .segment import paragraphs

    paras = paragraphs(text[start:end])
    return start + paras[-1].start if len(paras) > 1 else None


def _shifted(q: Quote, offset: int, paragraph_base: int, group_base: int) -> Quote:
    """A piece's quote with offsets, paragraph and group of the whole document."""
    def move(value: int | None) -> int | None:
        return None if value is None else value + offset

    return replace(
        q,
        start=q.start + offset,
        end=q.end + offset,
        speaker_start=move(q.speaker_start),
        speaker_end=move(q.speaker_end),
        cue_start=move(q.cue_start),
        cue_end=move(q.cue_end),
        paragraph=q.paragraph + paragraph_base,
        group=None if q.group is None else q.group + group_base,
    )


def extract_document(
    document: Document,
    *,
    backend: str = "rules",
    kinds: Sequence[str] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> list[Quote]:
    """All quotes of one document, in text order, filtered to ``kinds`` (speech kinds by default)."""
    wanted = parse_kinds(kinds)
    if max_chars is not None and len(document.text) > max_chars:
        raise DocumentTooLarge(
            f"document has {len(document.text):,} characters, over the limit of {max_chars:,} "
            "(raise it with --max-chars)",
            source=document.source or document.id,
        )
    quotes = _rules_pass(document)
    if backend != "rules":
        from .backends import get_backend

        quotes = get_backend(backend).refine(document, quotes)
    return [q for q in quotes if q.kind in wanted]


def extract_one(
    document: Document,
    *,
    backend: str = "rules",
    kinds: Sequence[str] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Result:
    """Extract one document into a Result. The errors a user can cause come back as the Result's
    error; so does an unexpected one (a bug), as ExtractionFailed, so one document never stops
    a stream. A backend that is not installed is raised: it would fail every document alike."""
    try:
        return Result(document, extract_document(document, backend=backend, kinds=kinds, max_chars=max_chars))
    except QuoteattrError as exc:
        if exc.source is None:
            exc.source = document.source or document.id
        return Result(document, [], exc)
    except Exception as exc:  # noqa: BLE001 - isolate the document, whatever went wrong
        log.debug("extracting %s failed", document.id, exc_info=True)
        return Result(document, [], unexpected_error(exc, document))


def unexpected_error(exc: BaseException, document: Document) -> ExtractionFailed:
    """An engine bug, reported against the document it happened on."""
    return ExtractionFailed(
        f"unexpected {type(exc).__name__} while extracting: {exc} (this is a bug; please report it)",
        source=document.source or document.id,
    )
