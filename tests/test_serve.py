"""`quoteattr serve`: Datasette on 127.0.0.1 in a subprocess, its JSON API, and the quotes page
rendered in headless Debian chromium."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from quoteattr.model import Document, Quote
from conftest import serving
from quoteattr.serve import metadata
from quoteattr.store import QuoteDB

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

try:
    import datasette  # noqa: F401

    HAVE_DATASETTE = True
except ImportError:
    HAVE_DATASETTE = False

needs_datasette = pytest.mark.skipif(
    not HAVE_DATASETTE, reason="datasette (extra 'serve') is not installed"
)

QUOTE = "De wachtlijsten in de jeugdzorg zijn onaanvaardbaar lang"
SPEAKER = "Femke Halsema"


def test_metadata_configures_facets_search_and_labels(tmp_path):
    meta = metadata(tmp_path / "quotes.db")
    view = meta["databases"]["quotes"]["tables"]["quote_view"]
    assert view["facets"] == ["speaker", "outlet", "kind", "date"]
    assert (view["fts_table"], view["fts_pk"]) == ("quotes_fts", "quote_id")
    assert set(view["columns"]) >= {"quote", "speaker", "outlet", "date"}
    assert meta["databases"]["quotes"]["tables"]["speakers"]["label_column"] == "name"


@pytest.fixture
def quotes_db(tmp_path) -> Path:
    path = tmp_path / "quotes.db"
    text = f"“{QUOTE}”, zei burgemeester {SPEAKER} dinsdag in de gemeenteraad."
    with QuoteDB(path) as db:
        doc = Document("art1", text, outlet="Het Parool", date="2024-02-13", title="Jeugdzorg")
        db.add(
            doc,
            [
                Quote(
                    doc.id,
                    1,
                    1 + len(QUOTE),
                    QUOTE,
                    "direct",
                    speaker=SPEAKER,
                    speaker_mention=f"burgemeester {SPEAKER}",
                    cue="zei",
                    confidence=0.9,
                )
            ],
        )
    return path


def _get_json(url: str) -> object:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read().decode("utf-8"))


@pytest.fixture
def server(quotes_db):
    """`quoteattr serve` on a free port; yields the base URL; always terminated."""
    with serving(quotes_db) as base:
        yield base


@pytest.mark.serve
@needs_datasette
def test_json_api_serves_quotes_with_search_and_facets(server):
    rows = _get_json(f"{server}/quotes/quote_view.json?_shape=array")
    assert [(r["quote"], r["speaker"], r["outlet"]) for r in rows] == [(QUOTE, SPEAKER, "Het Parool")]
    # full-text search over the view, accents and case ignored
    found = _get_json(f"{server}/quotes/quote_view.json?_shape=array&_search=JEUGDZORG")
    assert [r["quote_id"] for r in found] == [rows[0]["quote_id"]]
    assert _get_json(f"{server}/quotes/quote_view.json?_shape=array&_search=woningnood") == []
    full = _get_json(f"{server}/quotes/quote_view.json?_extra=facet_results")
    facets = full["facet_results"]
    facets = facets.get("results", facets)
    assert {"speaker", "outlet", "kind", "date"} <= set(facets)


@pytest.mark.serve
@needs_datasette
@pytest.mark.parametrize(
    "path, status",
    [
        ("/quotes/quote_view.json?_sort=nope", 400),
        ("/quotes/quote_view?_sort_desc=nope", 400),
        ("/quotes/quote_view.json?_sort=quote&_sort_desc=date", 400),
        ("/quotes/quote_view.json?_next=abc", 400),
        ("/quotes/quote_view.json?_sort=quote", 200),
        ("/-/databases.json", 404),  # would give the file's path
        ("/quotes.json?sql=select+text+from+documents", 403),  # custom SQL is off
        ("/quotes/documents.csv?_stream=1", 403),  # full article text is off
        ("/quotes.db", 403),  # no download
    ],
)
def test_safe_defaults_over_http(server, path, status):
    try:
        with urllib.request.urlopen(server + path, timeout=10) as response:
            got = response.status
    except urllib.error.HTTPError as exc:
        got = exc.code
    assert got == status


@pytest.mark.serve
@needs_datasette
def test_allow_sql_and_full_text_switch_on(quotes_db):
    from quoteattr.serve import ServeOptions, asgi_app, make_app

    import asyncio

    import httpx

    async def statuses(options):
        ds = make_app(quotes_db, options)
        await ds.invoke_startup()
        transport = httpx.ASGITransport(app=asgi_app(ds))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            return [
                (await client.get(p)).status_code
                for p in ("/quotes.json?sql=select+1", "/quotes/documents.json", "/-/databases.json")
            ]

    assert asyncio.run(statuses(ServeOptions())) == [403, 403, 404]
    assert asyncio.run(statuses(ServeOptions(allow_sql=True, full_text=True))) == [200, 200, 404]


@pytest.mark.serve
@pytest.mark.browser
@needs_datasette
@pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
    reason="Debian chromium and chromium-driver are not installed",
)
def test_quotes_page_in_headless_chromium(server, tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        driver.set_page_load_timeout(30)
        driver.get(f"{server}/quotes/quote_view")
        body = driver.find_element(By.TAG_NAME, "body").text
        assert QUOTE in body and SPEAKER in body
        assert "Het Parool" in body
        # the page has the search box and the facets a reader uses
        assert driver.find_elements(By.CSS_SELECTOR, "input[name='_search']")
        assert "speaker" in body and "outlet" in body
        driver.get(f"{server}/quotes/quote_view?_search=onaanvaardbaar")
        assert QUOTE in driver.find_element(By.TAG_NAME, "body").text
        # safe defaults, as a browser sees them: no article text, no SQL, a bad sort is a 400 page
        driver.get(f"{server}/quotes/documents")
        assert "Forbidden" in driver.find_element(By.TAG_NAME, "body").text
        driver.get(f"{server}/quotes?sql=select+text+from+documents")
        assert "Forbidden" in driver.find_element(By.TAG_NAME, "body").text
        driver.get(f"{server}/quotes/quote_view?_sort=nope")
        assert "Cannot sort by 'nope'" in driver.find_element(By.TAG_NAME, "body").text
    finally:
        driver.quit()


def test_serve_without_database_is_a_database_error(tmp_path):
    from click.testing import CliRunner

    from quoteattr.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "geen.db"), "--port", "0"])
    assert result.exit_code == 3 and "no such database" in result.stderr


def test_serve_without_datasette_is_backend_unavailable(quotes_db, monkeypatch):
    import builtins

    from quoteattr.errors import BackendUnavailable
    from quoteattr.serve import make_app

    real_import = builtins.__import__

    def no_datasette(name, *args, **kwargs):
        if name.startswith("datasette"):
            raise ImportError("no datasette")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_datasette)
    with pytest.raises(BackendUnavailable, match="quoteattr\\[serve\\]"):
        make_app(quotes_db)
