"""The journalist's pages of ``quoteattr serve``: a Datasette plugin (routes + templates).

- ``/``: a search box and quote cards (quotation, speaker with role, outlet, date, links to the
  article and to the quote), newest first or best match first;
- ``/quote/ID``: the quote in its paragraph, the quote, the speaker's mention and the cue
  highlighted, and the evidence (sieve, confidence, reason), as ``quoteattr show`` gives it;
- ``/speaker/ID``: aliases, roles, outlets, and quotes per month as a chart (inline SVG, no
  script and nothing fetched), with the newest quotes.

Every query is a function of :mod:`quoteattr.store.query`, run on Datasette's own read-only
connection; the templates extend Datasette's ``base.html``. The raw tables stay where they
were (``/DB/quote_view``), with their column help folded into a ``<details>``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Response

from ..store import query

TEMPLATES = Path(__file__).parent / "templates"
#: cards on the first page
CARDS = 50
#: quotes listed on a speaker page
SPEAKER_QUOTES = 100
#: the chart's size in pixels
CHART_WIDTH, CHART_HEIGHT = 640, 140


def _database(datasette):
    """The quote database: the one database served (internal ones aside)."""
    for name, db in datasette.databases.items():
        if not name.startswith("_"):
            return name, db
    raise LookupError("no database")


async def _page(datasette, request, template: str, context: dict[str, Any], status: int = 200) -> Response:
    name, _ = _database(datasette)
    html = await datasette.render_template(template, {"database": name, **context}, request=request)
    return Response.html(html, status=status)


async def home(datasette, request) -> Response:
    """The first page: a search box and quote cards."""
    from ..errors import QuoteattrError

    name, db = _database(datasette)
    q = (request.args.get("q") or "").strip()
    speaker = (request.args.get("speaker") or "").strip() or None
    outlet = (request.args.get("outlet") or "").strip() or None
    error = None

    def fetch(conn):
        rows = query.search(conn, q or None, speaker=speaker, outlet=outlet, limit=CARDS)
        roles = query.quote_roles(conn, [r["id"] for r in rows])
        total = conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
        return rows, roles, total

    try:
        rows, roles, total = await db.execute_fn(fetch)
    except QuoteattrError as exc:
        rows, roles, total, error = [], {}, 0, exc.message
    for row in rows:
        row["role"] = roles.get(row["id"])
    return await _page(
        datasette,
        request,
        "quoteattr_home.html",
        {
            "q": q,
            "speaker": speaker or "",
            "outlet": outlet or "",
            "cards": rows,
            "error": error,
            "total": total,
            "limit": CARDS,
            "table_url": datasette.urls.table(name, "quote_view"),
        },
    )


def highlight(rec: dict[str, Any]) -> list[tuple[str, str | None]]:
    """The paragraph of a ``show`` record cut into (text, class) pieces: 'quote', 'speaker'
    (the mention) and 'cue' where they fall inside the paragraph, None for the rest."""
    text = rec["paragraph_text"]
    base = rec.get("paragraph_start") or 0
    marks: list[tuple[int, int, str]] = []
    qa, qb = rec["quote_in_paragraph"]
    marks.append((qa, qb, "quote"))
    for kind, start, end in (("speaker", rec.get("speaker_start"), rec.get("speaker_end")),
                             ("cue", rec.get("cue_start"), rec.get("cue_end"))):
        if start is None or end is None:
            continue
        a, b = start - base, end - base
        if 0 <= a < b <= len(text) and not any(a < y and x < b for x, y, _ in marks):
            marks.append((a, b, kind))
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    for a, b, kind in sorted(marks):
        if a > pos:
            pieces.append((text[pos:a], None))
        pieces.append((text[a:b], kind))
        pos = b
    if pos < len(text):
        pieces.append((text[pos:], None))
    return pieces


async def quote_page(datasette, request) -> Response:
    """One quote in its paragraph with the evidence highlighted."""
    _, db = _database(datasette)
    quote_id = int(request.url_vars["id"])
    rec = await db.execute_fn(lambda conn: query.show(conn, quote_id))
    if rec is None:
        return await _page(datasette, request, "quoteattr_missing.html", {"what": f"quote {quote_id}"}, 404)
    return await _page(datasette, request, "quoteattr_quote.html", {"rec": rec, "pieces": highlight(rec)})


def chart(timeline: list[tuple[str, int]], width: int = CHART_WIDTH, height: int = CHART_HEIGHT) -> dict[str, Any]:
    """Bars for quotes per month, laid out for an inline SVG: each bar's x, y, width, height,
    month and count, the year labels, and the largest count (the axis)."""
    if not timeline:
        return {"bars": [], "labels": [], "top": 0, "width": width, "height": height}
    top = max(n for _, n in timeline) or 1
    plot = height - 20  # room for the year labels
    step = width / len(timeline)
    bars, labels = [], []
    for i, (month, n) in enumerate(timeline):
        h = round(plot * n / top, 1)
        bars.append({"x": round(i * step, 1), "y": round(plot - h, 1), "w": max(1.0, round(step * 0.8, 1)),
                     "h": h, "month": month, "n": n})
        if i == 0 or month.endswith("-01"):
            labels.append({"x": round(i * step, 1), "text": month[:4] if month.endswith("-01") or i else month})
    return {"bars": bars, "labels": labels, "top": top, "width": width, "height": height}


async def speaker_page(datasette, request) -> Response:
    """A speaker: aliases, roles, outlets, quotes over time (a chart) and the newest quotes."""
    _, db = _database(datasette)
    speaker_id = int(request.url_vars["id"])

    def fetch(conn):
        profile = query.speaker_profile(conn, speaker_id, limit=SPEAKER_QUOTES)
        if profile is not None:
            roles = query.quote_roles(conn, [r["id"] for r in profile["recent"]])
            for row in profile["recent"]:
                row["role"] = roles.get(row["id"])
        return profile

    profile = await db.execute_fn(fetch)
    if profile is None:
        return await _page(datasette, request, "quoteattr_missing.html", {"what": f"speaker {speaker_id}"}, 404)
    return await _page(
        datasette, request, "quoteattr_speaker.html", {"p": profile, "chart": chart(profile["timeline"])}
    )


@hookimpl
def register_routes(datasette):
    return [
        (r"^/$", home),
        (r"^/quote/(?P<id>\d{1,18})$", quote_page),
        (r"^/speaker/(?P<id>\d{1,18})$", speaker_page),
    ]
