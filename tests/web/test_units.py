"""The website's pure parts: paths, negotiation, search, highlighting, the network's selection
and layout, and the endpoint's answer function."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.web.endpoint import answer
from kg.web.entity import EntityReader, Span, highlight, kind_of
from kg.web.index import GraphIndex, LabelIndex
from kg.web.negotiation import choose
from kg.web.network import Filters, layout, neighbourhood
from kg.web.paths import iri_for_path, path_for_iri

PROGRAM = "https://w3id.org/fazhi-kg/id/program/共享法庭"


def test_paths_round_trip_and_refuse_traversal():
    path = path_for_iri(PROGRAM)
    assert iri_for_path(path.encode()) == PROGRAM
    assert iri_for_path("/id/program/%E5%85%B1%E4%BA%AB%E6%B3%95%E5%BA%AD".encode()) == PROGRAM
    assert iri_for_path(b"/id/../etc/passwd") is None
    assert iri_for_path(b"/id/a/..") is None
    assert iri_for_path(b"/id/%3Cscript%3E") == "https://w3id.org/fazhi-kg/id/%3Cscript%3E"


_NAME_CHARS = "共享法庭开办注销迎亚运护亚运、·（）()《》“”—- AaZz019"


@given(st.text(alphabet=_NAME_CHARS, min_size=1, max_size=20))
def test_every_minted_iris_page_path_maps_back_to_it(name):
    # the punctuation of programme names (、·（）《》“”—, spaces, Latin, digits): a page's path,
    # as a browser sends it (escaped, or with the characters as typed), names the IRI again
    from urllib.parse import quote

    from kg import iri

    minted = iri.program(name)
    path = path_for_iri(minted)
    assert iri_for_path(quote(path, safe="/%").encode()) == minted
    assert iri_for_path(_unescaped_non_ascii(path).encode()) == minted
    # and as a browser writes a link it was given unescaped: ( ) and the other sub-delims raw
    from urllib.parse import unquote

    raw = quote(unquote(path), safe="/()!$'*+,;:@")
    assert iri_for_path(raw.encode()) == minted


def _unescaped_non_ascii(path: str) -> str:
    """The path with every escape of a non-ASCII character written as the character (as a user
    types it into the address bar)."""
    from urllib.parse import unquote

    return re.sub(r"(?:%[89A-F][0-9A-F])+", lambda m: unquote(m.group()), path)


def test_negotiation_prefers_q_and_falls_back_to_html():
    offered = ["text/html", "text/turtle", "application/n-triples", "application/ld+json"]
    assert choose("text/turtle;q=0.9, application/ld+json", offered) == "application/ld+json"
    assert choose("application/n-triples;q=0.1, text/html;q=0.2", offered) == "text/html"
    assert choose("", offered) == "text/html"
    assert choose("text/turtle;q=0", offered) is None


def test_search_ranks_exact_then_prefix_then_substring():
    index = LabelIndex(
        [
            ("urn:c", "基层共享法庭建设", "基层共享法庭建设", "Program"),
            ("urn:b", "共享法庭工作站", "共享法庭工作站", "Program"),
            ("urn:a", "共享法庭", "共享法庭", "Program"),
            ("urn:d", "市法院", "市法院", "Agency"),
        ]
    )
    assert [h.iri for h in index.search("共享法庭")] == ["urn:a", "urn:b", "urn:c"]
    assert [h.iri for h in index.search("共享法庭", kinds={"Agency"})] == []
    assert [h.iri for h in index.search("Ｕ")] == []  # NFKC: full-width letters fold
    assert index.search("\n") == []


def test_highlight_merges_overlaps_and_clips():
    assert highlight("abcdef", [(1, 3), (2, 4), (10, 12)]) == ["a", Span("bcd"), "ef"]
    assert highlight("abc", []) == ["abc"]


def test_kind_prefers_the_specific_class():
    fz = "https://w3id.org/fazhi-kg/ontology#"
    assert kind_of([fz + "Agency", fz + "ReferenceBody"]) == "ReferenceBody"
    assert kind_of(["urn:x"]) == ""


@pytest.fixture(scope="module")
def index(bundled_build):
    built = GraphIndex(ox.Store.read_only(str(bundled_build / "store")))
    built.load_links()
    return built


def test_index_counts_and_names(index):
    assert index.counts["Program"] > 50 and index.counts["Report"] == 1
    assert index.name(PROGRAM) == "“共享法庭”" and index.kind(PROGRAM) == "Program"
    assert index.links_ready.is_set() and index.edges


def test_neighbourhood_is_nearest_first_and_bounded(index):
    nodes, edges, total = neighbourhood(index, PROGRAM, Filters(), limit=3)
    names = {index.nodes[n] for n in nodes}
    assert PROGRAM in names and len(names) <= 3
    assert all(index.nodes[e.source] in names and index.nodes[e.target] in names for e in edges)
    # a relation filter that excludes the programme's links leaves it alone
    alone, _, _ = neighbourhood(index, PROGRAM, Filters(relations=frozenset({"awardedBy"})), 10)
    assert [index.nodes[n] for n in alone] == [PROGRAM]


def test_layout_is_deterministic(index):
    nodes, edges, _ = neighbourhood(index, None, Filters(), limit=40)
    assert layout(nodes, edges) == layout(nodes, edges)


def test_entity_reader_pages_and_orders(bundled_build):
    reader = EntityReader(ox.Store.read_only(str(bundled_build / "store")))
    page = reader.page(PROGRAM)
    inferred = next(g for g in page.groups if g.name == "inferredCarrier")
    assert inferred.inferred and inferred.links[0].other.label == "临海市人民法院"
    evidence = inferred.links[0].evidence[0]
    assert any(isinstance(p, Span) and "共享法庭" in p.text for p in evidence.sentence)
    assert evidence.report.label.startswith("临海市人民政府关于2023年") and evidence.year == "2023"
    assert reader.page("https://w3id.org/fazhi-kg/id/program/nothing") is None


def test_entity_reader_pages_long_groups(bundled_build, monkeypatch):
    import kg.web.entity as entity

    monkeypatch.setattr(entity, "PAGE_SIZE", 2)
    reader = EntityReader(ox.Store.read_only(str(bundled_build / "store")))
    place = "https://w3id.org/fazhi-kg/id/place/331082000"
    first = reader.page(place)
    long = next(g for g in first.groups if g.total > 2)
    key = f"{long.direction}:{long.name}"
    second = reader.page(place, key, 2)
    again = next(g for g in second.groups if f"{g.direction}:{g.name}" == key)
    assert again.page == 2 and len(again.links) <= 2
    shown_first = {link.other.iri for link in long.links}
    assert shown_first.isdisjoint(link.other.iri for link in again.links)


def test_answer_refuses_updates_and_reports_syntax_errors():
    store = ox.Store()
    assert answer(store, "DELETE WHERE { ?s ?p ?o }", [], 1000).status == 403
    bad = answer(store, "SELECT * WHERE {", [], 1000)
    assert bad.status == 400 and b"line 1" in bad.body
    ok = answer(store, "ASK {}", ["text/csv"], 1000)
    assert ok.status == 200 and ok.media_type == "text/csv"


def test_the_site_colours_each_type_as_report_html_and_gephi_do():
    # issue 24, item 8: Program and Recognition swapped colours between the site and the exports
    import re

    from kg.export.gexf import PALETTE
    from tests.conftest import ROOT

    css = (ROOT / "kg" / "web" / "static" / "site.css").read_text(encoding="utf-8")
    variables = dict(re.findall(r"--([a-z]+):\s*#([0-9a-f]{6})", css))
    names = {"PolicyDocument": "document"}
    for kind, (r, g, b) in PALETTE.items():
        assert variables[names.get(kind, kind.lower())] == f"{r:02x}{g:02x}{b:02x}", kind
