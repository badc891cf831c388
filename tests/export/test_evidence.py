"""report.html's evidence: the file pass (Turtle, N-Triples in kg's order or any order) and the
store lookups give the same sentence for each link."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from kg.analysis.graph import from_rdf
from kg.export.evidence import link_evidence, store_evidence
from kg.export.html import chosen_facts

TAX = (
    "https://w3id.org/fazhi-kg/id/program/税立方普法阵地集群",
    "carriedOutBy",
    "https://w3id.org/fazhi-kg/id/agency/331082/临海市税务局",
)


@pytest.fixture(scope="module")
def wanted(bundled_build):
    return set(chosen_facts(from_rdf(bundled_build / "graph.ttl")))


@pytest.fixture(scope="module")
def ntriples(bundled_build, tmp_path_factory):
    path = tmp_path_factory.mktemp("nt") / "union.nt"
    triples = ox.parse(path=str(bundled_build / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    ox.serialize(triples, output=str(path), format=ox.RdfFormat.N_TRIPLES)
    return path


def test_the_stated_carrier_comes_with_its_sentence(bundled_build, wanted):
    """Checked by hand against corpus/linhai-2023.txt."""
    facts = link_evidence(bundled_build / "graph.ttl", wanted)
    fact = facts[TAX]
    assert "税立方" in fact.marked
    assert "临海市税务局" in fact.before + fact.marked + fact.after or "市税务局" in fact.marked
    assert fact.title == "临海市人民政府关于2023年法治政府建设年度报告"
    assert set(facts) == wanted  # every listed link has its evidence


def test_every_reading_agrees(bundled_build, wanted, ntriples, tmp_path):
    from_turtle = link_evidence(bundled_build / "graph.ttl", wanted)
    assert link_evidence(ntriples, wanted) == from_turtle
    assert store_evidence(ox.Store.read_only(str(bundled_build / "store")), wanted) == from_turtle
    lines = ntriples.read_text(encoding="utf-8").splitlines(keepends=True)
    random.Random(7).shuffle(lines)  # another order: the second pass finds what the first missed
    shuffled = tmp_path / "shuffled.nt"
    shuffled.write_text("".join(lines), encoding="utf-8")
    assert link_evidence(shuffled, wanted) == from_turtle
