"""Round trips and golden files of the serialisers on deterministic output."""
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.build import build
from tests.conftest import FIXTURES

GOLDEN = FIXTURES / "golden"


@pytest.fixture(scope="module")
def small_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("small") / "out"
    status = build([FIXTURES / "reports" / "xihu-sfj-2023.txt"], out, store=False)
    assert status.ok
    return out


def test_turtle_round_trip_is_isomorphic(small_build, tmp_path):
    first = Graph().parse(small_build / "graph.ttl", format="turtle")
    again = tmp_path / "again.ttl"
    again.write_text(first.serialize(format="turtle"), encoding="utf-8")
    assert isomorphic(first, Graph().parse(again, format="turtle"))


def test_trig_holds_the_same_triples_as_turtle_in_named_graphs(small_build):
    ds = Dataset()
    ds.parse(small_build / "graph.trig", format="trig")
    union = Graph()
    names = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        union.add((s, p, o))
        names.add(str(g))
    assert "https://w3id.org/fazhi-kg/id/graph/xihu-sfj-2023" in names
    assert "https://w3id.org/fazhi-kg/id/graph/gazetteer" in names
    assert isomorphic(union, Graph().parse(small_build / "graph.ttl", format="turtle"))


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig", "graph.gexf", "graph.graphml", "tables/reforms_per_body.csv",
                                  "tables/place_coverage.csv", "analysis.json", "report.html"])
def test_golden_files(small_build, name):
    """Exports of a small fixture are byte-identical to the reviewed golden copies
    (regenerate with scripts/update_golden.py after an intended change)."""
    assert (small_build / name).read_bytes() == (GOLDEN / name).read_bytes(), f"{name} differs from the golden copy"
