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
from .store import QuoteDB  # noqa: E402  (plain sqlite3: no extra import cost)

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
