"""Render an HTML file in headless Chromium and save a PNG of the whole page (to check
report.html by eye).

Usage: python scripts/screenshot.py output/report.html shot.png [--width 1280] [--viewport-only]

Needs Debian's `chromium` and a Chinese font (`apt-get install chromium fonts-noto-cjk`; without
the font Chinese renders as boxes). With Playwright installed (`pip install playwright`; its
`playwright install` is not needed, the system chromium is used) the PNG is the full page;
without it, Chromium's own --screenshot captures a window of --height pixels. No network is used.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Headless Chromium on a machine without a network: without the background-networking flags it
# tries Google's hosts at every start (also scripts/site_screenshots.py)
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def browser_path() -> str:
    found = (
        shutil.which("chromium")
        or shutil.which("chromium-browser")
        or shutil.which("google-chrome")
    )
    if not found:
        sys.exit("screenshot.py: no chromium on PATH (apt-get install chromium fonts-noto-cjk)")
    return found


def screenshot(page: Path, png: Path, width: int = 1280, height: int = 2400, full=True) -> None:
    """Write a PNG of `page`: the whole page when `full` (Playwright), else one window."""
    browser = browser_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if sync_playwright is not None:
        with sync_playwright() as p:
            chromium = p.chromium.launch(executable_path=browser, args=["--no-sandbox"])
            tab = chromium.new_page(viewport={"width": width, "height": height})
            tab.route("**/*", _local_only)
            tab.goto(page.resolve().as_uri())
            tab.screenshot(path=str(png), full_page=full)
            chromium.close()
        return
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                "--headless",
                *BROWSER_ARGS,
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                f"--screenshot={png.resolve()}",
                page.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def _local_only(route) -> None:
    """Refuse every request that would leave the machine (the page must be self-contained)."""
    if route.request.url.startswith("file:"):
        route.continue_()
    else:
        route.abort()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1280, help="viewport width in pixels")
    parser.add_argument("--height", type=int, default=2400, help="window height without Playwright")
    parser.add_argument("--viewport-only", action="store_true", help="one window, not the page")
    args = parser.parse_args()
    screenshot(args.page, args.png, args.width, args.height, full=not args.viewport_only)
    print("wrote", args.png)
