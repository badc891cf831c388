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
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=Path("output/store"))
    parser.add_argument("--out", type=Path, default=Path("shots"))
    parser.add_argument("--program", default="共享法庭")
    parser.add_argument("--place", default="331082000")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit(
            "site_screenshots.py: no chromium on PATH (apt-get install chromium fonts-noto-cjk)"
        )
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(args.store), "--port", str(port)]
    )
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/api/search?q=x", timeout=2)
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
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
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    for name in ("explorer", "entity", "place", "query"):
        print(args.out / f"{name}.png")


if __name__ == "__main__":
    main()
