"""The quote database in a browser through Datasette (optional extra ``serve``).

The first page is quoteattr's own (:mod:`quoteattr.web`, a Datasette plugin): a search box and
quote cards, a page per quote with its evidence and per speaker with a chart. Behind it the
metadata makes the raw tables useful: ``quote_view`` (quote + speaker + document) with facets on
speaker, outlet, kind and date, full-text search over the quotes (FTS5, accents ignored),
readable column names with descriptions (folded away), and speakers labelled by name.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import re
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, unquote

from .errors import BackendUnavailable, DatabaseError, ServeError

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


#: hosts that only this machine can reach
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
#: what --public binds to
PUBLIC_HOST = "0.0.0.0"
#: Datasette pages that would tell a visitor more than the quotes (the database's file path)
_HIDDEN_PATHS = ("/-/databases",)
#: query parameters that name a column to sort by
_SORT_PARAMS = ("_sort", "_sort_desc")


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """What the web view exposes. The defaults share the quotes with this machine only: no
    custom SQL, no full article text, no database download, the file opened immutable."""

    host: str = "127.0.0.1"
    port: int = 8001
    allow_sql: bool = False
    full_text: bool = False

    @property
    def local(self) -> bool:
        return self.host in LOCAL_HOSTS

    def exposed(self) -> list[str]:
        """What is switched on beyond the quotes (for the warning when binding beyond localhost)."""
        return [what for on, what in ((self.allow_sql, "custom SQL"), (self.full_text, "full article text")) if on]


def make_app(db_path: str | Path, options: ServeOptions = ServeOptions()):
    """A configured Datasette instance for the database (BackendUnavailable without datasette).

    The file is checked first (read-only: schema version and PRAGMA quick_check) and served
    immutable; the documents table (full article text) is only visible with ``full_text``.
    """
    path = Path(db_path)
    if not path.exists():
        raise DatabaseError("no such database; create it with `quoteattr ingest`", source=str(path))
    try:
        from datasette.app import Datasette
    except ImportError as exc:
        raise BackendUnavailable("serving needs Datasette: pip install 'quoteattr[serve]'") from exc
    from .store import QuoteDB

    with QuoteDB(path, create=False, readonly=True) as db:
        db.check(quick=True)
        guard = RequestGuard(path.stem, db.columns())
    meta = metadata(path)
    if not options.full_text:
        meta["databases"][path.stem]["tables"]["documents"]["allow"] = False
    settings = {
        "default_page_size": 50,
        "default_allow_sql": options.allow_sql,
        "allow_download": options.full_text,
    }
    _register_plugin()
    from .web import TEMPLATES

    ds = Datasette([], immutables=[str(path)], metadata=meta, settings=settings, template_dir=str(TEMPLATES))
    ds.quoteattr_guard = guard
    return ds


def _register_plugin() -> None:
    """quoteattr's pages (quoteattr.web) as a Datasette plugin, registered once per process."""
    from datasette.plugins import pm

    from . import web

    if not pm.is_registered(web):
        pm.register(web, name="quoteattr")


@dataclass(frozen=True, slots=True)
class RequestGuard:
    """Answers the requests Datasette would answer with a 500 (a sort by a column that does
    not exist, a view's _next that is no number) with a 400, and hides pages that tell more
    than the quotes (/-/databases.json gives the file's path)."""

    database: str
    tables: dict[str, tuple[bool, frozenset[str]]]

    def problem(self, path: str, query: bytes) -> tuple[int, str] | None:
        """(status, message) for a request to refuse; None to pass it to Datasette."""
        if path.startswith(_HIDDEN_PATHS):
            return 404, "Not found"
        prefix, _, table = re.sub(r"\.(json|csv)$", "", unquote(path)).rpartition("/")
        if prefix != f"/{self.database}" or table not in self.tables:
            return None
        is_view, columns = self.tables[table]
        params = parse_qs(query.decode("utf-8", "replace"))
        asked = [value for name in _SORT_PARAMS for value in params.get(name, [])]
        if len(asked) > 1:
            return 400, "Give one of _sort and _sort_desc, once"
        if asked and asked[0] not in columns:
            return 400, f"Cannot sort by {asked[0]!r}: {table} has no such column"
        if is_view and any(not value.isdigit() for value in params.get("_next", [])):
            return 400, "_next must be a number of rows"
        return None


def asgi_app(ds) -> Any:
    """Datasette's ASGI app behind the RequestGuard of :func:`make_app`."""
    inner = ds.app()
    guard: RequestGuard | None = getattr(ds, "quoteattr_guard", None)

    async def app(scope, receive, send):
        if scope["type"] == "http" and guard is not None:
            problem = guard.problem(scope["path"], scope.get("query_string", b""))
            if problem:
                await _plain(send, *problem)
                return
        await inner(scope, receive, send)

    return app


async def _plain(send, status: int, message: str) -> None:
    body = message.encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def listen(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (0 = any free port); ServeError saying why not."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        return socket.create_server((host, port), family=family, backlog=128)
    except socket.gaierror as exc:
        raise ServeError(f"cannot listen on {host}:{port}: unknown host ({exc.strerror})") from None
    except OSError as exc:
        reason = "port already in use" if exc.errno == errno.EADDRINUSE else exc.strerror or str(exc)
        hint = "; choose another with --port (0 = any free port)" if exc.errno == errno.EADDRINUSE else ""
        raise ServeError(f"cannot listen on {host}:{port}: {reason}{hint}") from None


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def serve(
    db_path: str | Path,
    options: ServeOptions = ServeOptions(),
    *,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Run Datasette until interrupted; ``on_ready(url)`` once the server answers requests.

    The port is bound before anything else, so a port in use is a ServeError (exit 7) and
    nothing is announced.
    """
    ds = make_app(db_path, options)
    try:
        import uvicorn
    except ImportError as exc:  # pragma: no cover - uvicorn comes with datasette
        raise BackendUnavailable("serving needs uvicorn (installed with datasette)") from exc
    sock = listen(options.host, options.port)
    host, port = sock.getsockname()[:2]
    url = f"http://{_url_host(options.host)}:{port}/"
    config = uvicorn.Config(asgi_app(ds), log_level="warning", lifespan="on", workers=1)
    server = uvicorn.Server(config)
    with sock:
        asyncio.run(_run(ds, server, sock, url, on_ready))
    if not server.started:
        raise ServeError(f"the server on {host}:{port} did not start")


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


async def _run(ds, server, sock: socket.socket, url: str, on_ready: Callable[[str], None] | None) -> None:
    await ds.invoke_startup()
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not task.done():
        await asyncio.sleep(0.05)
    if server.started:
        log.info("serving on %s", url)
        if on_ready:
            on_ready(url)
    await task
