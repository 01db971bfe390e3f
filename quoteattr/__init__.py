"""quoteattr: find quotations in Dutch text, say who said each one, keep them in a quote database.

Library first; the ``quoteattr`` command only wraps these functions::

    >>> import quoteattr
    >>> quotes = quoteattr.extract("“We gaan door”, zei minister Jan de Vries.")
    >>> quotes[0].text, quotes[0].speaker
    ('We gaan door', 'Jan de Vries')
"""
from __future__ import annotations

__version__ = "0.1.0"

from .api import Result, extract, extract_document, iter_extract  # noqa: E402
from .errors import (  # noqa: E402
    BackendUnavailable,
    DatabaseError,
    InputError,
    QuoteattrError,
    UsageError,
)
from .model import Document, Quote  # noqa: E402


def __getattr__(name: str):  # noqa: E302
    """``quoteattr.QuoteDB`` is imported on first use: extraction (and its worker processes)
    never needs the database, its clustering or its exports (PEP 562)."""
    if name == "QuoteDB":
        from .store import QuoteDB

        globals()["QuoteDB"] = QuoteDB
        return QuoteDB
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "__version__",
    "extract",
    "extract_document",
    "iter_extract",
    "Result",
    "Document",
    "Quote",
    "QuoteDB",
    "QuoteattrError",
    "InputError",
    "UsageError",
    "DatabaseError",
    "BackendUnavailable",
]
