"""One document through the stage chain: read → segment → spans → cues → analysis → resolve →
attribute, with the per-document size guard and error isolation. The public entry points are in
api.py; parallel.py runs this module's ``extract_one`` in worker processes.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterable, Sequence

from .errors import DocumentTooLarge, ExtractionFailed, QuoteattrError, UsageError
from .model import KINDS, SPEECH_KINDS, Document, Quote

log = logging.getLogger(__name__)

#: default per-document size limit in characters (hostile-input guard); None disables it
DEFAULT_MAX_CHARS = 20_000_000


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
    """Pass 1 (spans) and pass 2 (speakers) with the rules engine; every kind, in text order."""
    from .attribute import attribute_document

    return attribute_document(document)


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
