"""Regenerate tests/fixtures/queries/*.csv: the exact rows each competency query returns on the
bundled build (review the diff: these are the expected answers of tests/test_queries.py)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.sparql import format_result, run_query  # noqa: E402

store = ROOT / "output" / "store"
for query in sorted((ROOT / "queries").glob("*.rq")):
    target = ROOT / "tests" / "fixtures" / "queries" / f"{query.stem}.csv"
    target.write_text(format_result(run_query(str(query), store), "csv"), encoding="utf-8")
    print("wrote", target)
