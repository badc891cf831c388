"""Every build conforms to the shapes at corpus scale: 50 synthetic reports of counties of every
province, of county governments, departments and reports that name no area at all, with named
sites and communities (which broke conformance when a report had no fz:aboutPlace)."""

import random

import pytest
from pyshacl import validate
from rdflib import Graph

from kg.build import build
from kg.gazetteer import load_gazetteer
from kg.resources import ontology_dir

PUBLISHERS = ["{county}人民政府", "{county}司法局", "{county}市场监督管理局", ""]
SITES = ["滨河公园", "老城历史文化街区", "幸福社区", "城南法治广场"]
TEMPLATE = """{title}
一、主要举措和成效
(一)加强法治阵地建设。在{site}建成法治文化阵地,在{town}打造“法治驿站”,开展普法活动{n}场。
{body}推行“综合查一次”改革,检查企业{m}家,获评{province}法治建设优秀案例。
二、下一步工作打算
持续推进“法治驿站”建设。
"""


def _reports(count: int, seed: int = 7) -> list[tuple[str, str]]:
    gaz, rng = load_gazetteer(), random.Random(seed)
    counties = sorted(c for c in gaz.by_code if len(c) == 6 and gaz.children(c))
    out = []
    for i in range(count):
        county = gaz.by_code[counties[(i * 97) % len(counties)]]
        town = gaz.children(county.code)[0].name
        province = gaz.by_code[county.code[:2]].name
        publisher = PUBLISHERS[i % len(PUBLISHERS)].format(county=county.name)
        title = (
            f"{publisher}2023年法治政府建设年度报告"
            if publisher
            else "2023年度法治政府建设工作报告"
        )
        body = f"{publisher}全面" if publisher else "全面"
        text = TEMPLATE.format(
            title=title,
            site=SITES[i % len(SITES)],
            town=town,
            n=rng.randint(2, 90),
            m=rng.randint(10, 900),
            body=body,
            province=province,
        )
        out.append((f"r{i:02d}.txt", text))
    return out


@pytest.mark.heavy
def test_fifty_reports_of_every_kind_of_publisher_conform_together(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in _reports(50):
        (corpus / name).write_text(text, encoding="utf-8")
    status = build([corpus], tmp_path / "out", store=False, analyses=False)
    assert status.ok and len(status.built) == 50
    data = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    ontology = Graph().parse(ontology_dir() / "fazhi.ttl", format="turtle")
    conforms, _, text = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert conforms, text[:3000]
