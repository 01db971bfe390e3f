"""The journalist's pages of `quoteattr serve` (quoteattr/web): quote cards first, a quote page
with the evidence highlighted, a speaker page with a chart; over ASGI, and in headless Debian
chromium with assertions on the DOM and screenshots (outside the repository)."""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

import pytest

from quoteattr.model import Document
from conftest import serving
from quoteattr.store import QuoteDB

pytest.importorskip("datasette", reason="datasette (extra 'serve') is not installed")

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
#: where the browser test leaves its screenshots (never inside the repository)
SHOTS = Path(os.environ.get("QUOTEATTR_SCREENSHOT_DIR", tempfile.gettempdir()))

ARTICLES = [
    Document(
        "parool-1",
        "Jeugdzorg\n\n“De wachtlijsten in de jeugdzorg zijn onaanvaardbaar lang”, zei burgemeester "
        "Femke Halsema dinsdag in de gemeenteraad.",
        url="https://example.org/parool/1", outlet="Het Parool", date="2024-02-13", title="Jeugdzorg",
    ),
    Document(
        "nos-1",
        "Wachtlijsten\n\nBurgemeester Femke Halsema reageerde woensdag op het rapport. “We gaan de "
        "wachtlijsten dit jaar halveren”, zei Halsema.",
        url="https://example.org/nos/1", outlet="NOS", date="2024-04-02", title="Wachtlijsten",
    ),
    Document(
        "nrc-1",
        "Formatie\n\n“Als D66-leider geef ik geen commentaar op zo'n gerucht”, zei Rob Jetten na afloop "
        "van het overleg.",
        url="https://example.org/nrc/1", outlet="NRC", date="2024-05-01", title="Formatie",
    ),
]


@pytest.fixture(scope="module")
def web_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("web") / "quotes.db"
    with QuoteDB(path) as db:
        db.ingest(ARTICLES)
    return path


def _get(db: Path, *paths: str) -> list[tuple[int, str]]:
    import httpx

    from quoteattr.serve import ServeOptions, asgi_app, make_app

    async def fetch():
        ds = make_app(db, ServeOptions())
        await ds.invoke_startup()
        transport = httpx.ASGITransport(app=asgi_app(ds))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            return [((r := await client.get(p)).status_code, r.text) for p in paths]

    return asyncio.run(fetch())


def _ids(db: Path) -> tuple[int, int]:
    with QuoteDB(db, create=False, readonly=True) as q:
        [hit] = q.search("onaanvaardbaar")
    return hit["id"], hit["speaker_id"]


def test_pages_over_asgi(web_db):
    quote_id, speaker_id = _ids(web_db)
    (home, home_html), (found, found_html), (page, page_html), (spk, spk_html), (gone, _), (table, table_html) = _get(
        web_db, "/", "/?q=D66-leider", f"/quote/{quote_id}", f"/speaker/{speaker_id}", "/quote/999999",
        "/quotes/quote_view",
    )
    assert (home, found, page, spk, gone, table) == (200, 200, 200, 200, 404, 200)
    assert 'type="search" name="q"' in home_html and home_html.count('class="qa-card ') == 3
    assert "geen commentaar op zo&#39;n gerucht" in found_html and "onaanvaardbaar" not in found_html
    assert '<mark class="qa-quote"' in page_html and "De wachtlijsten in de jeugdzorg zijn onaanvaardbaar lang" in page_html
    assert '<mark class="qa-cue"' in page_html and '<mark class="qa-speaker"' in page_html
    assert "<svg" in spk_html and spk_html.count("<rect") == 3  # February, March (none), April
    assert '<details class="column-help">' in table_html


def test_highlight_cuts_the_paragraph_into_quote_mention_and_cue():
    from quoteattr.web import highlight

    text = "“Dat klopt niet”, zei minister Jan de Vries."
    rec = {"paragraph_text": text, "paragraph_start": 100, "quote_in_paragraph": [1, 15],
           "speaker_start": 122, "speaker_end": 143, "cue_start": 118, "cue_end": 121}
    pieces = highlight(rec)
    assert "".join(t for t, _ in pieces) == text
    assert [(t, k) for t, k in pieces if k] == [
        ("Dat klopt niet", "quote"), ("zei", "cue"), ("minister Jan de Vries", "speaker")]


def test_chart_has_a_bar_per_month_and_scales_to_the_highest():
    from quoteattr.web import chart

    c = chart([("2023-12", 2), ("2024-01", 0), ("2024-02", 4)])
    assert [b["month"] for b in c["bars"]] == ["2023-12", "2024-01", "2024-02"]
    assert c["top"] == 4 and c["bars"][1]["h"] == 0 and c["bars"][2]["h"] == 2 * c["bars"][0]["h"]
    assert [label["text"] for label in c["labels"]] == ["2023-12", "2024"]
    assert chart([])["bars"] == []


@pytest.fixture(scope="module")
def served(web_db):
    with serving(web_db) as base:
        yield base


@pytest.mark.serve
@pytest.mark.browser
@pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
    reason="Debian chromium and chromium-driver are not installed",
)
def test_journalist_pages_in_headless_chromium(served, web_db, tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--window-size=1280,900", f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    quote_id, speaker_id = _ids(web_db)
    try:
        driver.set_page_load_timeout(30)
        driver.get(served + "/")
        # the first screen: a search box and quote cards, the first card above the fold
        box = driver.find_element(By.CSS_SELECTOR, "form.qa-search input[name='q']")
        cards = driver.find_elements(By.CSS_SELECTOR, "li.qa-card")
        assert len(cards) == 3
        fold = driver.execute_script("return window.innerHeight")
        assert cards[0].rect["y"] < fold and box.rect["y"] < fold
        halsema = next(c for c in cards if "onaanvaardbaar" in c.text)
        assert halsema.find_element(By.CSS_SELECTOR, ".qa-quotation").text.strip("“”") == (
            "De wachtlijsten in de jeugdzorg zijn onaanvaardbaar lang")
        assert halsema.find_element(By.CSS_SELECTOR, "a.qa-speaker").text == "Femke Halsema"
        assert halsema.find_element(By.CSS_SELECTOR, ".qa-role").text == "burgemeester"
        assert halsema.find_element(By.CSS_SELECTOR, ".qa-outlet").text == "Het Parool"
        assert halsema.find_element(By.CSS_SELECTOR, ".qa-date").text == "2024-02-13"
        assert halsema.find_element(By.CSS_SELECTOR, "a.qa-article-link").get_attribute("href") == (
            "https://example.org/parool/1")
        assert halsema.find_element(By.CSS_SELECTOR, "a.qa-quote-link").get_attribute("href").endswith(
            f"/quote/{quote_id}")
        # no wall of column descriptions on the first screen
        assert "Character offset" not in driver.find_element(By.TAG_NAME, "body").text
        driver.save_screenshot(str(SHOTS / "quoteattr-serve.png"))

        # search as a journalist types it
        box.send_keys("D66-leider\n")
        # (wait for the results page: the cards of the first page are gone once it has loaded)
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(driver, 30).until(lambda d: "D66" in d.current_url and d.execute_script(
            "return document.readyState") == "complete")
        found = driver.find_elements(By.CSS_SELECTOR, "li.qa-card")
        assert [c.find_element(By.CSS_SELECTOR, ".qa-speaker").text for c in found] == ["Rob Jetten"]

        # the quote page: the paragraph with the quote, the mention and the cue highlighted
        driver.get(f"{served}/quote/{quote_id}")
        marks = {m.get_attribute("class"): m.text for m in driver.find_elements(By.CSS_SELECTOR, "p.qa-para mark")}
        assert marks == {"qa-quote": "De wachtlijsten in de jeugdzorg zijn onaanvaardbaar lang",
                         "qa-cue": "zei", "qa-speaker": "burgemeester Femke Halsema"}
        assert "cue-after" in driver.find_element(By.CSS_SELECTOR, "dl.qa-evidence").text
        driver.save_screenshot(str(SHOTS / "quoteattr-serve-quote.png"))

        # the speaker page: aliases, roles, outlets, a bar per month
        driver.get(f"{served}/speaker/{speaker_id}")
        assert driver.find_element(By.TAG_NAME, "h1").text == "Femke Halsema"
        assert "burgemeester" in driver.find_element(By.CSS_SELECTOR, ".qa-roles").text
        assert driver.find_element(By.CSS_SELECTOR, ".qa-outlets").text == "Het Parool (1), NOS (1)"
        bars = driver.find_elements(By.CSS_SELECTOR, "svg.qa-chart rect")
        assert [(b.get_attribute("data-month"), b.get_attribute("data-count")) for b in bars] == [
            ("2024-02", "1"), ("2024-03", "0"), ("2024-04", "1")]
        driver.save_screenshot(str(SHOTS / "quoteattr-serve-speaker.png"))

        # the raw table is still there, its column help folded away
        driver.get(f"{served}/quotes/quote_view")
        help_ = driver.find_element(By.CSS_SELECTOR, "details.column-help")
        assert help_.get_attribute("open") is None
        assert not driver.find_element(By.CSS_SELECTOR, "dl.column-descriptions").is_displayed()
        assert driver.find_element(By.CSS_SELECTOR, "table.rows-and-columns").rect["y"] < fold
    finally:
        driver.quit()
