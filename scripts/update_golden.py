"""Regenerate tests/fixtures/golden/ (the reviewed exports of one fixture report) after an
intended change of output; review the diff before committing."""

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import build  # noqa: E402

FILES = [
    "graph.ttl",
    "graph.trig",
    "graph.gexf",
    "graph.graphml",
    "tables/reforms_per_body.csv",
    "tables/place_coverage.csv",
    "analysis.json",
    "report.html",
]

with tempfile.TemporaryDirectory() as tmp:
    out = Path(tmp) / "out"
    build([ROOT / "tests/fixtures/reports/xihu-sfj-2023.txt"], out, store=False, formats=("trig",))
    golden = ROOT / "tests/fixtures/golden"
    for name in FILES:
        (golden / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out / name, golden / name)
        print("wrote", golden / name)
