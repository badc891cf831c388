"""The site in a real browser: Debian's chromium driven by Playwright (`executable_path`; never
`playwright install`). Skipped where no chromium is installed, unless FZ_BROWSER_REQUIRED is set
(as `.ci/run` sets it, after installing chromium)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
from pathlib import Path

import pytest

from tests.web.test_server import free_port, start


def _screenshot_script():
    """scripts/screenshot.py, which owns the flags chromium needs offline."""
    path = Path(__file__).resolve().parents[2] / "scripts" / "screenshot.py"
    spec = importlib.util.spec_from_file_location("fz_screenshot_script", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = _screenshot_script().BROWSER_ARGS  # chromium's offline flags: one list, the script's

if CHROMIUM is None:
    reason = "no chromium (apt-get install chromium fonts-noto-cjk)"
    if os.environ.get("FZ_BROWSER_REQUIRED"):
        raise RuntimeError(reason + ", and FZ_BROWSER_REQUIRED is set")
    pytestmark = pytest.mark.skip(reason=reason)


@pytest.fixture(scope="module")
def site(bundled_build):
    port = free_port()
    process = start(bundled_build / "store", port)
    yield f"http://127.0.0.1:{port}"
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def tab(browser, site):
    """A page that records console errors, page errors and every request it makes."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors, page.requests = [], []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("request", lambda r: page.requests.append(r.url))
    yield page
    context.close()


def _only_local(page, site):
    strays = [u for u in page.requests if not (u.startswith(site + "/") or u == site)]
    assert strays == [], f"requests left 127.0.0.1: {strays}"
    assert page.errors == [], f"console errors: {page.errors}"


def test_explorer_loads_draws_and_finds_a_programme(tab, site):
    tab.goto(site + "/")
    tab.wait_for_selector("#network a.node", timeout=15000)
    assert tab.locator("#network a.node").count() > 5
    assert "Program" in tab.locator(".counts").inner_text()
    tab.fill("#search", "共享法庭")
    hit = tab.locator("#results li a", has_text="共享法庭").first
    hit.wait_for(timeout=10000)
    hit.click()
    tab.wait_for_url("**/id/program/**")
    carrier = tab.locator("section#out-inferredCarrier")
    assert "临海市人民法院" in carrier.locator("ul.links > li > a").first.inner_text()
    marked = carrier.locator("blockquote.sentence mark").first
    assert marked.is_visible() and "共享法庭" in marked.inner_text()
    assert "推断" in carrier.locator("h2").inner_text()
    place = tab.locator("section#out-implementedIn blockquote.sentence mark").first
    assert place.is_visible()
    _only_local(tab, site)


def test_a_network_node_opens_its_page_and_filters_redraw(tab, site):
    tab.goto(site + "/")
    tab.wait_for_selector("#network a.node", timeout=15000)
    before = tab.locator("#network a.node").count()
    tab.uncheck("input[name=kind][value=Place]")
    tab.wait_for_function(
        "n => document.querySelectorAll('#network a.node').length !== n", arg=before, timeout=10000
    )
    tab.locator("#network a.node").first.click()
    tab.wait_for_url("**/id/**")
    assert tab.locator("h1").inner_text()
    _only_local(tab, site)


def test_query_page_runs_a_bundled_query(tab, site):
    tab.goto(site + "/sparql")
    assert "PREFIX fz:" in tab.input_value("#query")
    tab.select_option("#examples", "bodies-by-reforms")
    assert "bodies" in tab.input_value("#query").lower() or "SELECT" in tab.input_value("#query")
    tab.click("#run")
    tab.wait_for_selector("table.results tbody tr", timeout=20000)
    assert tab.locator("table.results tbody tr").count() > 0
    assert "rows" in tab.inner_text("#query-status")
    _only_local(tab, site)


def test_report_html_tables_sort_and_filter_offline(browser, bundled_build):
    page = browser.new_page()
    errors, requests = [], []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto((bundled_build / "report.html").resolve().as_uri())
    facts = page.locator("table.facts")
    filter_box = page.locator("input.filter").last
    total = facts.locator("tbody tr").count()
    filter_box.fill("税立方")
    visible = facts.locator("tbody tr:visible")
    assert 0 < visible.count() < total
    assert all("税立方" in visible.nth(i).inner_text() for i in range(visible.count()))
    filter_box.fill("")
    header = facts.locator("th").nth(1)  # relation
    header.click()
    first = facts.locator("tbody tr").first.locator("td").nth(1).inner_text()
    header.click()
    last_first = facts.locator("tbody tr").first.locator("td").nth(1).inner_text()
    assert first <= last_first and header.get_attribute("aria-sort") == "descending"
    assert errors == [] and all(u.startswith("file://") for u in requests)
    page.close()
