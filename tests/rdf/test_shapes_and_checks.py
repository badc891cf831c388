import pytest
from pyshacl import validate
from rdflib import Graph

from kg.resources import ontology_dir

CHECKS = sorted((ontology_dir() / "checks").glob("*.rq"))


def _ontology() -> Graph:
    return Graph().parse(ontology_dir() / "fazhi.ttl", format="turtle")


@pytest.fixture(scope="module")
def built_graph(bundled_build) -> Graph:
    return Graph().parse(bundled_build / "graph.ttl", format="turtle")


def _assert_conforms(data: Graph) -> None:
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    conforms, _, text = validate(data, shacl_graph=shapes, ont_graph=_ontology(), inference="rdfs")
    assert conforms, text[:3000]


def _build_fixtures(folder: str, tmp_path, reports: int) -> Graph:
    """graph.ttl of tests/fixtures/`folder` built alone, all `reports` of it without error."""
    from kg.build import build
    from tests.conftest import FIXTURES

    status = build([FIXTURES / folder], tmp_path / "out", store=False, analyses=False)
    assert status.ok and len(status.built) == reports
    return Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")


def test_bundled_build_conforms_to_the_shapes(built_graph):
    _assert_conforms(built_graph)


def test_fixture_reports_conform(tmp_path):
    # pingyin-2022 as UTF-8, GBK and a saved page is one report text: built once
    _assert_conforms(_build_fixtures("reports", tmp_path, reports=2))


@pytest.mark.parametrize("check", CHECKS, ids=[c.stem for c in CHECKS])
def test_violation_query_returns_no_rows(check, built_graph):
    data = built_graph + _ontology()
    rows = list(data.query(check.read_text(encoding="utf-8")))
    assert rows == [], f"{check.name}: {rows[:5]}"


def test_a_violation_query_can_fail():
    broken = Graph().parse(
        data="""@prefix fz: <https://w3id.org/fazhi-kg/ontology#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        fz:Orphan a owl:Class .""",
        format="turtle",
    )
    check = ontology_dir() / "checks" / "every-term-has-labels-and-definition.rq"
    assert len(list(broken.query(check.read_text(encoding="utf-8")))) == 3


def test_reports_naming_things_differently_conform_together(tmp_path):
    """Two reports in the genre: one quotes “共享法庭”, the other not; one is about 中山市, both a
    prefecture and a county-level division in the NBS table. Their union keeps one preferred label
    per entity and one place a level up, so it still conforms (SKOS: one prefLabel per language)."""
    data = _build_fixtures("across-reports", tmp_path, reports=2)
    _assert_conforms(data)
    rows = list(
        data.query("""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?pref ?alt WHERE {
          <https://w3id.org/fazhi-kg/id/program/共享法庭> skos:prefLabel ?pref ; skos:altLabel ?alt
        }""")
    )
    assert [(str(p), str(a)) for p, a in rows] == [("“共享法庭”", "共享法庭")]


def test_reports_of_other_provinces_and_a_department_conform(tmp_path):
    """Seven short reports written for these tests (districts of 成都, 南京 and 顺德, the county
    安吉, a city department of 徐州,
    a district of 长沙 with unnumbered part headings, the 浙江 provincial department of justice):
    they build, conform, and say what they say."""
    data = _build_fixtures("genre", tmp_path, reports=7)
    _assert_conforms(data)
    facts = {
        tuple(map(str, row))
        for row in data.query("""
        PREFIX fz: <https://w3id.org/fazhi-kg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?subject ?relation ?object WHERE {
          ?s ?p ?o ; skos:prefLabel ?subject .
          FILTER(?p IN (fz:implementedIn, fz:awardedBy, fz:status, fz:recognizedAs))
          OPTIONAL { ?o skos:prefLabel ?label }
          BIND(STRAFTER(STR(?p), "#") AS ?relation)
          BIND(COALESCE(?label, STRAFTER(STR(?o), "#")) AS ?object) }""")
    }
    assert ("“综合查一次”", "implementedIn", "玉林街道") in facts and (
        "“综合查一次”",
        "implementedIn",
        "簇桥街道",
    ) in facts
    assert ("全国普法工作先进单位", "awardedBy", "司法部") in facts
    assert ("“岳麓法治云”平台", "status", "Planned") in facts
    assert ("“双随机、一公开”监管", "status", "Implemented") in facts
    # the cities listed before 入选 receive the designation, not the province that reports it
    winners = {
        s for s, p, o in facts if p == "recognizedAs" and o == "全国公共法律服务体系建设示范城市"
    }
    assert winners == {"杭州市", "宁波市"}
    assert not any(s.startswith("我省") for s, _, _ in facts)
