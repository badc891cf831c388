"""Render an HTML file in headless Chromium and save a PNG (to check report.html by eye).

Usage: python scripts/screenshot.py output/report.html shot.png [WIDTHxHEIGHT]
Needs Debian's `chromium` (apt-get install chromium fonts-noto-cjk); no network is used.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def screenshot(page: Path, png: Path, size: str = "1280x2400") -> None:
    browser = (
        shutil.which("chromium")
        or shutil.which("chromium-browser")
        or shutil.which("google-chrome")
    )
    if not browser:
        sys.exit("screenshot.py: no chromium on PATH (apt-get install chromium fonts-noto-cjk)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                f"--window-size={size.replace('x', ',')}",
                f"--screenshot={png.resolve()}",
                page.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


if __name__ == "__main__":
    screenshot(Path(sys.argv[1]), Path(sys.argv[2]), *(sys.argv[3:4]))
    print("wrote", sys.argv[2])
