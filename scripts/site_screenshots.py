"""Screenshots of the website's pages, to check them by eye: the explorer (with a search typed
and the network drawn), the entity page of a programme, a place's page and the query page after
running queries/bodies-by-reforms.rq.

Usage: python scripts/site_screenshots.py [--store output/store] [--out shots/] [--program 共享法庭]

Starts `kg serve` on a free loopback port, drives Debian's chromium with Playwright
(`apt-get install chromium fonts-noto-cjk`; `pip install playwright`, no `playwright install`),
writes explorer.png, entity.png, place.png and query.png, and stops the server.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

from screenshot import BROWSER_ARGS, browser_path  # this script's folder is on sys.path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(store: Path, ready: str = "/api/search?q=x", quiet: bool = False, wait: float = 300):
    """`kg serve` on a free loopback port, yielding its base URL once `ready` answers 200
    (scripts/bench.py waits for the network's links, /api/network); stopped by SIGTERM after."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    out = subprocess.DEVNULL if quiet else None
    command = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port)]
    server = subprocess.Popen(command, stdout=out, stderr=out)
    try:
        deadline = time.time() + wait
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(base + ready, timeout=60):
                    break
            except (urllib.error.URLError, ConnectionError):  # not up yet, or 503 while loading
                time.sleep(0.2)
        yield base
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=Path("output/store"))
    parser.add_argument("--out", type=Path, default=Path("shots"))
    parser.add_argument("--program", default="共享法庭")
    parser.add_argument("--place", default="331082000")
    args = parser.parse_args()
    chromium = browser_path()
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with serving(args.store) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + "/")
        page.wait_for_selector("#network a.node", timeout=30000)
        page.fill("#search", args.program)
        page.wait_for_selector("#results li a", timeout=10000)
        page.screenshot(path=str(args.out / "explorer.png"), full_page=True)
        page.goto(base + "/id/program/" + quote(args.program))
        page.screenshot(path=str(args.out / "entity.png"), full_page=True)
        page.goto(base + "/id/place/" + quote(args.place))
        page.screenshot(path=str(args.out / "place.png"), full_page=False)
        page.goto(base + "/sparql")
        page.select_option("#examples", "bodies-by-reforms")
        page.click("#run")
        page.wait_for_selector("table.results tbody tr", timeout=60000)
        page.screenshot(path=str(args.out / "query.png"), full_page=False)
        browser.close()
    for name in ("explorer", "entity", "place", "query"):
        print(args.out / f"{name}.png")


if __name__ == "__main__":
    main()
