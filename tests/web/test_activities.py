"""Activities on the site, in the Gephi files and in report.html: typed apart from reforms, with
their own colour, badge and filters. The text is ours, in the genre: a county office's review and
a course whose figures a reader checks by eye (54件, 3期)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kg.export.gexf import PALETTE

TEXT = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
县司法局审查和备案规范性文件54件。县委组织部举办了3期科级干部法治素养提升专题轮训班。县司法局推行“首违不罚”制度。
"""
REVIEW = "规范性文件审查和备案"
COURSE = "科级干部法治素养提升专题轮训班"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from kg.build import build

    folder = tmp_path_factory.mktemp("activities")
    source = folder / "kaihua-2023.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = folder / "out"
    assert build([source], out).ok
    return out


@pytest.fixture(scope="module")
def site(built):
    from starlette.testclient import TestClient

    from kg.web.app import create_app

    with TestClient(create_app(built / "store", workers=1, timeout=5)) as test_client:
        yield test_client


def test_gexf_and_graphml_type_an_activity_apart_with_its_own_colour(built):
    ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
    root = ET.parse(built / "graph.gexf").getroot()
    type_id = next(
        a.get("id") for a in root.iterfind(".//g:attribute", ns) if a.get("title") == "type"
    )
    kinds = {}
    for node in root.iterfind(".//g:node", ns):
        value = next(
            v.get("value") for v in node.iterfind(".//g:attvalue", ns) if v.get("for") == type_id
        )
        colour = node.find("viz:color", ns)
        kinds[node.get("label")] = (value, tuple(int(colour.get(c)) for c in "rgb"))
    assert kinds[REVIEW] == ("Activity", PALETTE["Activity"]), kinds
    assert kinds["“首违不罚”制度"][0] == "Program"
    assert PALETTE["Activity"] != PALETTE["Program"]
    graphml = (built / "graph.graphml").read_text(encoding="utf-8")
    assert re.search(r">Activity<", graphml)


def test_report_html_lists_activities_with_their_carriers_and_figures(built):
    html = (built / "report.html").read_text(encoding="utf-8")
    section = html.split("Activities held and counted", 1)[1].split("<h2>", 1)[0]
    assert REVIEW in section and "开化县司法局" in section and "54件" in section, section
    assert COURSE in section and "3期" in section
    assert "首违不罚" not in section  # a system put in force is a reform, not an activity


def test_the_reform_tables_and_queries_leave_activities_out(built):
    from pathlib import Path

    from kg.sparql import rows, run_query

    reforms = (built / "tables" / "reforms_per_body.csv").read_text(encoding="utf-8")
    assert "首违不罚" in reforms and REVIEW not in reforms, reforms
    queries = Path(__file__).resolve().parents[2] / "queries"
    listed = str(rows(run_query(str(queries / "carriers.rq"), built / "store")))
    assert "首违不罚" in listed and REVIEW not in listed, listed
    # 县司法局 carries the system and the review: one reform
    header, found = rows(run_query(str(queries / "bodies-by-reforms.rq"), built / "store"))
    assert [(r[header.index("name")], r[header.index("reforms")]) for r in found] == [
        ("开化县司法局", "1")
    ], found
    header, found = rows(run_query(str(queries / "activities.rq"), built / "store"))
    held = {(r[header.index("activity")], r[header.index("carriers")]) for r in found}
    assert (REVIEW, "开化县司法局") in held, held


def test_an_activity_has_its_badge_and_the_search_and_network_filter_it(site):
    found = site.get("/api/search", params={"q": "规范性文件", "kind": "Activity"}).json()
    hits = found["hits"] if isinstance(found, dict) else found
    assert [h["kind"] for h in hits] and all(h["kind"] == "Activity" for h in hits), hits
    page = site.get("/search", params={"q": "规范性文件", "kind": "Activity"})
    assert 'class="kind kind-Activity"' in page.text
    none = site.get("/search", params={"q": "规范性文件", "kind": "Recognition"})
    assert "kind-Activity" not in none.text
    explorer = site.get("/").text
    assert 'name="kind" value="Activity"' in explorer and "dot kind-Activity" in explorer
