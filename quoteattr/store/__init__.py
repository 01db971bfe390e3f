"""The quote database: SQLite schema and migrations, crash-safe idempotent ingest, FTS5 search,
speakers merged across documents, Quotebank-style exports.

Modules: ``schema`` (open, migrate), ``names`` (name keys), ``speakers`` (merging, gazetteer),
``ingest`` (batches), ``query`` (search, speakers, show), ``exports`` (jsonl/csv/parquet), ``db`` (QuoteDB).
"""

from __future__ import annotations

from .db import QuoteDB
from .exports import EXPORT_COLUMNS, EXPORT_FORMATS, read_export
from .ingest import IngestSummary, content_hash
from .names import name_key, quotation_key, split_name
from .schema import SCHEMA_VERSION
from .speakers import GazetteerEntry, read_gazetteer

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
