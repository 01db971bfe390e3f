"""The quote database: SQLite schema and migrations, crash-safe idempotent ingest, FTS5 search,
speakers merged across documents, Quotebank-style exports.

Modules: ``schema`` (open, migrate), ``names`` (name keys), ``speakers`` (merging, gazetteer),
``ingest`` (batches), ``query`` (search, speakers, show), ``exports`` (jsonl/csv/parquet), ``db`` (QuoteDB).
"""

from __future__ import annotations

import importlib
from typing import Any

#: what the package offers, and the module each name lives in: imported on first use (PEP 562),
#: so that ``store.names`` (name keys, which the fact-check text helpers use) does not pull in
#: the database, its clustering and exports
_WHERE = {
    "QuoteDB": ".db",
    "IngestSummary": ".ingest", "content_hash": ".ingest",
    "SCHEMA_VERSION": ".schema",
    "EXPORT_COLUMNS": ".exports", "EXPORT_FORMATS": ".exports", "read_export": ".exports",
    "name_key": ".names", "quotation_key": ".names", "split_name": ".names",
    "GazetteerEntry": ".speakers", "read_gazetteer": ".speakers",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name], __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "QuoteDB",
    "IngestSummary",
    "SCHEMA_VERSION",
    "EXPORT_COLUMNS",
    "EXPORT_FORMATS",
    "read_export",
    "content_hash",
    "name_key",
    "quotation_key",
    "split_name",
    "GazetteerEntry",
    "read_gazetteer",
]
