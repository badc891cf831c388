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


@pytest.mark.parametrize(
    "name",
    [
        "graph.ttl",
        "graph.trig",
        "graph.gexf",
        "graph.graphml",
        "tables/reforms_per_body.csv",
        "tables/place_coverage.csv",
        "analysis.json",
        "report.html",
    ],
)
def test_golden_files(small_build, name):
    """Exports of a small fixture are byte-identical to the reviewed golden copies
    (regenerate with scripts/update_golden.py after an intended change)."""
    assert (small_build / name).read_bytes() == (GOLDEN / name).read_bytes(), (
        f"{name} differs from the golden copy"
    )


def _union(tmp_path, statements):
    """Per-report spools (report i's statements, "s p o" without the final dot, in its named
    graph, sorted) and their union written by write_union: (spools, union file)."""
    from kg.rdf import serialize

    spools = []
    for number, lines in enumerate(statements):
        graph = f"<https://w3id.org/fazhi-kg/id/graph/r{number}>"
        spool = tmp_path / f"r{number}.nq"
        spool.write_text("".join(sorted(f"{line} {graph} .\n" for line in lines)), encoding="utf-8")
        spools.append(spool)
    out = tmp_path / "union.nt"
    with open(out, "wb") as handle:
        serialize.write_union(spools, handle, tmp_path / "scratch")
    return spools, out


def test_union_of_many_spools_merges_in_rounds_and_groups_subjects(tmp_path, monkeypatch):
    """More spools than FAN_IN: the union is merged in rounds, holds each triple once, and keeps
    every subject's triples together (what the Turtle writer needs to group them)."""
    from kg.rdf import serialize

    monkeypatch.setattr(serialize, "FAN_IN", 2)
    base = "https://w3id.org/fazhi-kg/id/"
    statements = []
    for number in range(5):
        lines = {f'<{base}program/p{k}> <{base}x#label> "P{k}"' for k in range(3)}
        lines |= {
            f"<{base}program/p{number}> <{base}x#mentionedIn> <{base}report/r{number}>",
            f'<{base}mention/r{number}/1-2> <{base}x#start> "1"',
            f'<{base}mention/r{number}/1-2> <{base}x#text> "a <b> ."',
        }
        statements.append(lines)
    spools, out = _union(tmp_path, statements)
    got = out.read_text(encoding="utf-8").splitlines()
    expected = {
        line.rsplit(" <", 1)[0] + " ."
        for spool in spools
        for line in spool.read_text().splitlines()
    }
    assert sorted(got) == sorted(expected) and len(got) == len(set(got))
    subjects = [line.split(" ", 1)[0] for line in got]
    runs = [s for i, s in enumerate(subjects) if i == 0 or subjects[i - 1] != s]
    assert len(runs) == len(set(runs)), "a subject's triples are split"
    Graph().parse(out, format="nt")


def test_union_keeps_one_pref_label_when_reports_name_an_entity_differently(tmp_path):
    base, skos = "https://w3id.org/fazhi-kg/id/", "http://www.w3.org/2004/02/skos/core#"
    entity = f"<{base}program/共享法庭>"
    statements = []
    for label, alias in [("共享法庭", "“共享法庭”"), ("“共享法庭”", None), ("共享法庭", None)]:
        lines = {
            f'{entity} <{skos}prefLabel> "{label}"@zh',
            f'{entity} <http://www.w3.org/2000/01/rdf-schema#label> "{label}"@zh',
        }
        if alias:
            lines.add(f'{entity} <{skos}altLabel> "{alias}"@zh')
        statements.append(lines)
    _, out = _union(tmp_path, statements)
    got = sorted(out.read_text(encoding="utf-8").splitlines())
    # the longest stays preferred (and the rdfs:label); the bare one becomes an alias; the alias
    # equal to the preferred one goes
    assert got == [
        f'{entity} <http://www.w3.org/2000/01/rdf-schema#label> "“共享法庭”"@zh .',
        f'{entity} <{skos}altLabel> "共享法庭"@zh .',
        f'{entity} <{skos}prefLabel> "“共享法庭”"@zh .',
    ]
