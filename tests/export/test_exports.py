"""Gephi exports: GEXF valid against the official 1.3 grammar and loadable by graphology-gexf;
GraphML read back by networkx with the same counts; report.html offline and complete."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from tests.conftest import FIXTURES

GEXF_GRAMMAR = FIXTURES / "schemas" / "gexf-1.3" / "gexf.rng"  # shipped: see its README

JS = Path(__file__).resolve().parent.parent / "js"


def _gexf_counts(path: Path) -> tuple[int, int]:
    tree = etree.parse(str(path))
    ns = {"g": "http://gexf.net/1.3"}
    return len(tree.findall(".//g:node", ns)), len(tree.findall(".//g:edge", ns))


def test_gexf_validates_against_the_relax_ng_grammar(bundled_build):
    grammar = etree.RelaxNG(etree.parse(str(GEXF_GRAMMAR)))
    ok = grammar.validate(etree.parse(str(bundled_build / "graph.gexf")))
    assert ok, grammar.error_log


def test_grammar_rejects_what_networkx_writes(tmp_path):
    """The check can fail: networkx's own GEXF 1.3 output is rejected by the grammar."""
    G = nx.DiGraph()
    G.add_edge("a", "b")
    path = tmp_path / "nx.gexf"
    nx.write_gexf(G, path, version="1.3")
    grammar = etree.RelaxNG(etree.parse(str(GEXF_GRAMMAR)))
    assert not grammar.validate(etree.parse(str(path)))


@pytest.mark.skipif(
    not (JS / "node_modules" / "graphology-gexf").is_dir() or not shutil.which("node"),
    reason="graphology-gexf not installed (npm ci --prefix tests/js; .ci/run does it)",
)
def test_gexf_loads_in_graphology_with_the_same_counts(bundled_build):
    out = subprocess.run(
        ["node", str(JS / "load_gexf.js"), str(bundled_build / "graph.gexf")],
        capture_output=True,
        text=True,
        check=True,
    )
    counts = json.loads(out.stdout)
    assert (counts["nodes"], counts["edges"]) == _gexf_counts(bundled_build / "graph.gexf")


def test_graphml_reads_back_with_the_same_counts(bundled_build):
    G = nx.read_graphml(bundled_build / "graph.graphml")
    assert (G.number_of_nodes(), G.number_of_edges()) == _gexf_counts(bundled_build / "graph.gexf")
    types = {d["type"] for _, d in G.nodes(data=True)}
    assert {"Agency", "Program", "Place", "PolicyDocument", "Recognition"} <= types


def test_report_html_is_self_contained(bundled_build):
    html = (bundled_build / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html and "临海市税务局" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "@import" not in html
    assert html.count("<script") == 1 and "<script>" in html  # our inline script, no src


def test_report_html_links_each_fact_to_its_sentence(bundled_build):
    """Checked by hand against corpus/linhai-2023.txt: 市税务局 runs “税立方”普法阵地集群; the
    row of that link quotes its sentence with the span marked, and names the report."""
    html = (bundled_build / "report.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr id="(fact-\d+)"[^>]*>(.*?)</tr>', html, re.S)
    assert len(rows) > 50
    tax = [
        (row_id, row)
        for row_id, row in rows
        if "“税立方”普法阵地集群" in row and "carriedOutBy" in row and "临海市税务局" in row
    ]
    assert len(tax) == 1
    row_id, row = tax[0]
    assert re.search(r"<mark>[^<]*税立方[^<]*</mark>", row)
    assert "临海市人民政府关于2023年法治政府建设年度报告" in row
    assert f'href="#{row_id}"' in html  # the drawing's edge points at it
    assert '<table class="sortable' in html and "localeCompare" in html  # sort and filter


def test_tables_are_utf8_csv_with_one_header(bundled_build):
    text = (bundled_build / "tables" / "place_coverage.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("county,township,code")
    assert len(lines) == 1 + 19  # all 19 townships of 临海市, zeros included
    assert any(",桃渚镇,331082114," in line for line in lines)


def test_graphml_keys_have_one_type(bundled_build):
    """networkx writes a key holding int on one node and str on another, then cannot read it
    back."""
    tree = etree.parse(str(bundled_build / "graph.graphml"))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = [(k.get("for"), k.get("attr.name")) for k in tree.findall("g:key", ns)]
    assert len(keys) == len(set(keys))


def test_graphml_carries_colour_size_and_degree_like_the_gexf(bundled_build):
    G = nx.read_graphml(bundled_build / "graph.graphml")
    gexf = etree.parse(str(bundled_build / "graph.gexf"))
    viz = "{http://gexf.net/1.3/viz}"
    for node in gexf.iter("{http://gexf.net/1.3}node"):
        d = G.nodes[node.get("id")]
        colour = node.find(f"{viz}color")
        assert (d["r"], d["g"], d["b"]) == tuple(int(colour.get(c)) for c in "rgb")
        assert d["color"] == "#{:02x}{:02x}{:02x}".format(d["r"], d["g"], d["b"])
        assert float(node.find(f"{viz}size").get("value")) == d["size"]
        assert d["degree"] == G.degree(node.get("id"))
    assert {d["color"] for _, d in G.nodes(data=True) if d["type"] == "Agency"} == {"#1f77b4"}


def test_the_workbook_holds_the_csvs_cells_for_pandas_and_openpyxl(bundled_build):
    # issue 24, item 7: Excel on Chinese Windows reads a BOM-less CSV as mojibake; the CSVs stay
    # as they are and tables.xlsx holds the same cells, a sheet a table
    import openpyxl
    import pandas as pd

    from kg.export.outputs import COLUMNS

    workbook = bundled_build / "tables.xlsx"
    sheets = pd.read_excel(workbook, sheet_name=None, dtype=str, keep_default_na=False)
    assert set(sheets) == set(COLUMNS)
    book = openpyxl.load_workbook(workbook, read_only=True)
    for name, columns in COLUMNS.items():
        csv = pd.read_csv(
            bundled_build / "tables" / f"{name}.csv", dtype=str, keep_default_na=False
        )
        excel = sheets[name]
        assert list(excel.columns) == columns == list(csv.columns), name
        # numbers as numbers (the CSV's 0.0 is the cell's 0), text as is (Chinese included)
        assert _cells(excel) == _cells(csv), name
        cells = [list(r) for r in book[name].iter_rows(values_only=True)]
        assert [str(c) for c in cells[0]] == columns
        assert len(cells) - 1 == len(csv), name
    assert "临海市税务局" in str(sheets["reforms_per_body"].values.tolist())  # Chinese, read back


def _cells(frame) -> list[list]:
    def value(text: str):
        try:
            return float(text)
        except ValueError:
            return text

    return [[value(v) for v in row] for row in frame.values.tolist()]


def test_no_two_labels_of_the_report_network_overlap(bundled_build):
    # issue 24, item 8: the busiest body's labels were a tangle; a label's box is its text at
    # 12 px, a full-width character one em and any other half of one
    import re
    from html import unescape

    html = (bundled_build / "report.html").read_text(encoding="utf-8")
    svg = html[html.index("<svg") : html.index("</svg>")]
    width, height = map(float, re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups())
    boxes = []
    for x, y, text in re.findall(r'<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</text>', svg):
        x, y, text = float(x), float(y), unescape(text)
        w = sum(12 if ord(c) > 0x2E7F else 6 for c in text)
        boxes.append((x, y - 12, x + w, y + 3, text))
    assert len(boxes) >= 40  # most nodes keep their label
    for i, a in enumerate(boxes):
        assert 0 <= a[0] and a[2] <= width and 0 <= a[1] and a[3] <= height + 3, a
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
