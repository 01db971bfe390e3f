"""The quote database in a browser through Datasette (optional extra ``serve``).

The metadata makes it useful at once: the ``quote_view`` (quote + speaker + document) opens with
facets on speaker, outlet, kind and date, full-text search over the quotes (FTS5, accents
ignored), readable column names with descriptions, and speakers labelled by name.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from pathlib import Path
from typing import Any

from .errors import BackendUnavailable, DatabaseError

log = logging.getLogger(__name__)

#: what each column of quote_view means (shown on the page under the table)
VIEW_COLUMNS = {
    "quote_id": "Quote id (quoteattr show QUOTE_ID)",
    "quote": "The quotation, marks excluded",
    "speaker": "Who said it (merged across articles)",
    "kind": "direct, partial, indirect or other",
    "date": "Publication date of the article",
    "outlet": "News outlet",
    "title": "Article title",
    "mention": "How the article named the speaker",
    "cue": "Attribution words (zei, volgens, aldus, a colon)",
    "confidence": "Attribution confidence, 0-1",
    "qid": "Wikidata id of the speaker (from a gazetteer)",
    "context": "The sentence(s) around the quote",
    "url": "Article URL",
    "document": "Document id in the database",
    "start": "Character offset where the quote starts",
    "end": "Character offset where the quote ends",
    "speaker_id": "Speaker row id",
}


def metadata(db_path: str | Path) -> dict[str, Any]:
    """Datasette metadata for a quote database file."""
    name = Path(db_path).stem
    return {
        "title": "Quotes",
        "description": "Quotations found in Dutch news by quoteattr: search, facet, follow a speaker.",
        "databases": {
            name: {
                "tables": {
                    "quote_view": {
                        "title": "Quotes",
                        "description": "Every quote with its speaker and article. Search ignores accents.",
                        "facets": ["speaker", "outlet", "kind", "date"],
                        "fts_table": "quotes_fts",
                        "fts_pk": "quote_id",
                        "sort_desc": "date",
                        "size": 50,
                        "columns": VIEW_COLUMNS,
                    },
                    "quotes": {
                        "description": "Quotes as stored (offsets, evidence, context).",
                        "facets": ["kind", "sieve"],
                        "label_column": "text",
                    },
                    "speakers": {
                        "description": "People and organisations, merged across articles.",
                        "label_column": "name",
                        "facets": ["kind"],
                        "columns": {
                            "name": "Canonical name",
                            "qid": "Wikidata id",
                            "note": "Why this speaker exists",
                            "pinned": "1 = fixed by a gazetteer",
                        },
                    },
                    "aliases": {
                        "description": "Every surface form seen, with the reason it was attached.",
                        "facets": ["reason"],
                    },
                    "roles": {"description": "Functions seen with a speaker."},
                    "documents": {
                        "description": "Ingested articles.",
                        "label_column": "title",
                        "facets": ["outlet"],
                    },
                    "runs": {"description": "Ingest runs: tool version, options, counts, timing."},
                    "schema_version": {"hidden": True},
                }
            }
        },
    }


def make_app(db_path: str | Path):
    """A configured Datasette instance for the database (BackendUnavailable without datasette)."""
    path = Path(db_path)
    if not path.exists():
        raise DatabaseError("no such database; create it with `quoteattr ingest`", source=str(path))
    try:
        from datasette.app import Datasette
    except ImportError as exc:
        raise BackendUnavailable("serving needs Datasette: pip install 'quoteattr[serve]'") from exc
    from .store import QuoteDB

    QuoteDB(path, create=False).close()  # checks and migrates the schema before serving
    return Datasette([str(path)], metadata=metadata(path), settings={"default_page_size": 50})


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def serve(db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Run Datasette on host:port until interrupted."""
    ds = make_app(db_path)
    try:
        import uvicorn
    except ImportError as exc:  # pragma: no cover - uvicorn comes with datasette
        raise BackendUnavailable("serving needs uvicorn (installed with datasette)") from exc
    asyncio.run(ds.invoke_startup())
    log.info("serving %s on http://%s:%d/", db_path, host, port)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
