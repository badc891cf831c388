"""The website over HTTP (in-process): entity pages and their formats, search, the network,
the SPARQL endpoint, 404s, escaping and the endpoint's limits. Facts checked by hand against
corpus/linhai-2023.txt: the text names 市税务局 as the carrier of “税立方”普法阵地集群, and no
carrier for 共享法庭, whose competent body (inferred) is 临海市人民法院."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

import pyoxigraph as ox
import pytest

from kg.vocab import FZ
from tests.web.conftest import HOSTILE, HOSTILE_IRI

SHARED_COURT = "/id/program/共享法庭"
TAX = "/id/program/税立方普法阵地集群"
PROGRAM_IRI = "https://w3id.org/fazhi-kg/id/program/共享法庭"


def test_entity_page_shows_inferred_carrier_apart_with_highlighted_evidence(client):
    page = client.get(SHARED_COURT)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    section = re.search(
        r'<section class="relation inferred" id="out-inferredCarrier">(.*?)</section>', html, re.S
    )
    assert section, "the inferred carrier is its own, labelled group"
    assert "临海市人民法院" in section.group(1) and "推断 / inferred" in section.group(1)
    assert "<mark>“共享法庭”</mark>" in section.group(1)  # the sentence, its span marked
    assert "临海市人民政府关于2023年法治政府建设年度报告" in section.group(1)  # the report
    assert "培树基层治理样板" in section.group(1)  # the heading path
    assert 'id="out-carriedOutBy"' not in html  # no stated carrier for this programme


def test_stated_carrier_is_labelled_as_stated(client):
    html = client.get(TAX).text
    section = re.search(
        r'<section class="relation" id="out-carriedOutBy">(.*?)</section>', html, re.S
    )
    assert section and "临海市税务局" in section.group(1) and "明示 / stated" in section.group(1)
    assert "<mark>" in section.group(1)


def test_place_page_shows_code_and_within_chain(client):
    html = client.get("/id/place/331082000").text
    assert "331082" in html
    within = re.search(r'<p class="within">(.*?)</p>', html, re.S).group(1)
    assert within.index("台州市") < within.index("浙江省")
    # programmes implemented there come in, grouped under the relation
    assert 'id="in-' in html


@pytest.mark.parametrize(
    "accept, media, fmt",
    [
        ("text/turtle", "text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
    ],
)
def test_content_negotiation_gives_the_entitys_triples(client, accept, media, fmt):
    response = client.get(SHARED_COURT, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    triples = list(ox.parse(response.content, format=fmt))
    assert triples and all(t.subject == ox.NamedNode(PROGRAM_IRI) for t in triples)
    predicates = {t.predicate.value for t in triples}
    assert FZ + "inferredCarrier" in predicates and FZ + "implementedIn" in predicates
    assert response.headers["vary"] == "Accept"


def test_alternates_are_announced_and_served(client):
    response = client.get(SHARED_COURT)
    link = response.headers["link"]
    for media in ("text/turtle", "application/n-triples", "application/ld+json"):
        assert f'type="{media}"' in link
        assert f'<link rel="alternate" type="{media}"' in response.text
    turtle = client.get(SHARED_COURT + "?format=turtle")
    assert turtle.headers["content-type"].startswith("text/turtle")
    assert client.get(SHARED_COURT, headers={"Accept": "image/png"}).status_code == 406


def test_percent_encoded_path_and_escaped_iri_characters_resolve(client):
    assert client.get("/id/program/" + quote("共享法庭")).status_code == 200
    # an IRI with escaped ASCII punctuation (%28 %29) keeps its escapes
    body = client.get(
        "/query",
        params={
            "query": "SELECT ?a WHERE { ?a a fz:Agency FILTER(CONTAINS(STR(?a), '%28')) } LIMIT 1"
        },
    ).json()
    iri = body["results"]["bindings"][0]["a"]["value"]
    path = "/id/" + iri.split("/id/", 1)[1]
    assert client.get(path).status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/id/program/没有这个举措", "/id/", "/nothing", "/id/program/%FF%FE"],
)
def test_unknown_paths_are_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert client.get(path, headers={"Accept": "text/turtle"}).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/static/../../../../etc/passwd",
        "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2f..%2fpyproject.toml",
        "/id/../../etc/passwd",
        "/static//etc/passwd",
    ],
)
def test_path_traversal_serves_nothing_but_the_site(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "[project]" not in response.text


def test_search_finds_by_prefix_and_substring(client):
    hits = client.get("/api/search", params={"q": "共享法庭"}).json()["hits"]
    assert hits[0]["href"] == SHARED_COURT  # the exact name first
    inner = client.get("/api/search", params={"q": "法庭"}).json()["hits"]
    assert SHARED_COURT in {h["href"] for h in inner}  # a substring
    alias = client.get("/api/search", params={"q": "“共享法庭”"}).json()["hits"]
    assert alias[0]["href"] == SHARED_COURT
    assert client.get("/api/search", params={"q": ""}).json()["hits"] == []
    page = client.get("/search", params={"q": "司法局"})
    assert page.status_code == 200 and "临海市司法局" in page.text


def test_network_is_a_bounded_filtered_neighbourhood(client):
    data = client.get("/api/network", params={"focus": PROGRAM_IRI, "limit": 10}).json()
    ids = {n["id"] for n in data["nodes"]}
    assert PROGRAM_IRI in ids and len(ids) <= 10
    assert {e["relation"] for e in data["edges"]} >= {"inferredCarrier"}
    only = client.get("/api/network", params={"relation": "carriedOutBy", "limit": 300}).json()
    assert only["edges"] and {e["relation"] for e in only["edges"]} == {"carriedOutBy"}
    places = client.get("/api/network", params={"kind": ["Program", "Place"], "limit": 300}).json()
    assert {n["kind"] for n in places["nodes"]} <= {"Program", "Place"}
    none = client.get("/api/network", params={"year": "1999"}).json()
    assert none["nodes"] == [] and none["total"] == 0
    assert all(0 <= n["x"] <= 1000 and 0 <= n["y"] <= 1000 for n in data["nodes"])


def test_sparql_protocol_get_post_and_result_formats(client):
    query = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a fz:Program }"  # fz: predeclared
    got = client.get("/query", params={"query": query})
    assert got.headers["content-type"].startswith("application/sparql-results+json")
    assert int(got.json()["results"]["bindings"][0]["n"]["value"]) > 50
    posted = client.post("/query", data={"query": query}, headers={"Accept": "text/csv"})
    assert posted.headers["content-type"].startswith("text/csv") and posted.text.startswith("n")
    direct = client.post(
        "/query",
        content=query.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "text/tab-separated-values"},
    )
    assert direct.headers["content-type"].startswith("text/tab-separated-values")
    xml = client.get(
        "/query", params={"query": query}, headers={"Accept": "application/sparql-results+xml"}
    )
    assert (
        xml.headers["content-type"].startswith("application/sparql-results+xml")
        and "<sparql" in xml.text
    )
    construct = client.get(
        "/query",
        params={"query": "CONSTRUCT { ?p a fz:Program } WHERE { ?p a fz:Program } LIMIT 3"},
        headers={"Accept": "text/turtle"},
    )
    assert construct.headers["content-type"].startswith("text/turtle")
    assert len(list(ox.parse(construct.content, format=ox.RdfFormat.TURTLE))) == 3
    bad = client.get("/query", params={"query": "SELECT ?x WHERE { ?x"})
    assert bad.status_code == 400 and "line 1" in bad.text and "\n" == bad.text[-1]


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {
            "method": "POST",
            "url": "/update",
            "content": b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            "headers": {"Content-Type": "application/sparql-update"},
        },
        {
            "method": "POST",
            "url": "/query",
            "content": b"DROP ALL",
            "headers": {"Content-Type": "application/sparql-update"},
        },
        {"method": "POST", "url": "/query", "data": {"update": "CLEAR DEFAULT"}},
        {
            "method": "POST",
            "url": "/query",
            "data": {"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"},
        },
        {"method": "GET", "url": "/query?update=DROP%20ALL"},
    ],
)
def test_updates_are_refused(client, request_kwargs):
    response = client.request(**request_kwargs)
    assert response.status_code == 403 and "read-only" in response.text
    count = client.get("/query", params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"}).json()
    assert count["boolean"] is False


def test_query_page_opens_with_prefixes_and_bundled_examples(client):
    html = client.get("/sparql").text
    assert "PREFIX fz: &lt;https://w3id.org/fazhi-kg/ontology#&gt;" in html
    assert '<option value="bodies-by-reforms">' in html
    data = json.loads(
        re.search(
            r'<script id="example-data" type="application/json">(.*?)</script>', html, re.S
        ).group(1)
    )
    assert any(e["name"] == "evidence" for e in data["examples"])


def test_pages_forbid_remote_and_inline_scripts(client):
    policy = client.get("/").headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    html = client.get("/").text + client.get("/sparql").text + client.get(SHARED_COURT).text
    assert not re.search(
        r'(?:src|href)="(?:https?:)?//', html.replace('href="https://w3id.org', "")
    )
    assert not re.search(r"<script>(?!\s*</script>)", html)  # no inline script


@pytest.fixture(scope="module")
def hostile_client(hostile_store):
    from starlette.testclient import TestClient

    from kg.web.app import create_app

    with TestClient(create_app(hostile_store, workers=1, timeout=5)) as test_client:
        yield test_client


def test_labels_with_markup_and_quotes_are_escaped_everywhere(hostile_client):
    page = hostile_client.get("/id/program/hostile")
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "onmouseover='alert" not in page.text
    assert (
        "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&#39; onmouseover=&#39;alert(1)"
        in page.text
    )
    assert "<mark>&lt;script&gt;" in page.text  # the evidence too
    found = hostile_client.get("/search", params={"q": "script"}).text
    assert "/id/program/hostile" in found and "<script>alert" not in found
    hits = hostile_client.get("/api/search", params={"q": "alert"}).json()["hits"]
    assert hits[0]["name"] == HOSTILE  # JSON carries the text itself; the page sets textContent
    network = hostile_client.get("/api/network", params={"focus": HOSTILE_IRI})
    assert network.status_code == 200


def test_query_time_limit_stops_a_runaway_query_and_the_endpoint_recovers(bundled_build):
    from starlette.testclient import TestClient

    from kg.web.app import create_app

    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with TestClient(create_app(bundled_build / "store", workers=1, timeout=1.0)) as test_client:
        stopped = test_client.get("/query", params={"query": runaway})
        assert stopped.status_code == 503 and "limit of 1 s" in stopped.text
        after = test_client.get("/query", params={"query": "ASK { ?s ?p ?o }"})
        assert after.status_code == 200 and after.json()["boolean"] is True


def test_result_size_limit_refuses_rather_than_cuts(bundled_build):
    from starlette.testclient import TestClient

    from kg.web.app import create_app

    with TestClient(create_app(bundled_build / "store", workers=1, max_bytes=2000)) as test_client:
        big = test_client.get("/query", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert big.status_code == 413 and "LIMIT" in big.text
        small = test_client.get("/query", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 2"})
        assert small.status_code == 200 and len(small.json()["results"]["bindings"]) == 2


def test_ontology_page_defines_the_terms_pages_link_to(client):
    html = client.get("/ontology").text
    assert '<dt id="inferredCarrier">' in html and '<dt id="Program">' in html
    assert 'href="/ontology#status"' in client.get(SHARED_COURT).text  # a relation's heading
    turtle = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    assert list(ox.parse(turtle.content, format=ox.RdfFormat.TURTLE))


def test_every_entity_of_the_bundled_graph_has_its_page(client, bundled_build):
    # a crawl of the entity pages: names holding 、 or · once minted IRIs their pages could not
    # name again (404)
    from urllib.parse import quote

    import pyoxigraph as ox

    from kg.web.index import GraphIndex
    from kg.web.paths import path_for_iri

    index = GraphIndex(ox.Store.read_only(str(bundled_build / "store")))
    paths = sorted(p for p in map(path_for_iri, index.kinds) if p and p.startswith("/id/"))
    assert any("%E3%80%81" in p for p in paths)  # the bundled report names such programmes
    missing = [p for p in paths if client.get(quote(p, safe="/%")).status_code != 200]
    assert not missing, missing[:5]


def test_every_link_on_the_pages_of_names_with_brackets_and_marks_answers(client, bundled_build):
    # the turtle/n-triples/ld+json links and the links to other pages, on the pages whose names
    # hold ( ) or 、: once built from the decoded request path, they named another IRI (404)
    import re
    from html import unescape
    from urllib.parse import quote

    import pyoxigraph as ox

    from kg.web.index import GraphIndex
    from kg.web.paths import path_for_iri

    index = GraphIndex(ox.Store.read_only(str(bundled_build / "store")))
    paths = sorted(
        p
        for p in map(path_for_iri, index.kinds)
        if p and p.startswith("/id/") and ("%28" in p or "%E3%80%81" in p)
    )
    assert any("%28" in p for p in paths)
    broken = []
    for path in paths:
        page = client.get(quote(path, safe="/%"))
        assert page.status_code == 200, path
        for url in re.findall(r'href="(/id/[^"]+)"', page.text):
            # as a browser sends it: non-ASCII escaped, ( ) and the other sub-delims left as is
            url = quote(unescape(url), safe="/%?=&()!$'*+,;:@")
            if client.get(url).status_code != 200:
                broken.append((path, url))
    assert not broken, broken[:5]


def test_a_township_page_lists_the_county_wide_programmes_apart(client):
    # issue 24, item 9: a township's page said nothing of the programmes that apply throughout
    # its county (fz:implementedThroughout 临海市: 行政复议便民服务点, checked in the text: 在全市
    # 19个镇(街道)…建立行政复议便民服务点)
    page = client.get("/id/place/331082101").text  # 东塍镇
    assert "东塍镇" in page
    section = page.split('id="in-implementedThroughout"', 1)[1].split("</section>", 1)[0]
    assert "临海市" in section and "行政复议便民服务点" in section, section[:500]


def test_the_explorers_overview_labels_do_not_overlap(client):
    # issue 24, item 8: the overview overlapped and clipped labels; the server places them (a
    # label without room is drawn on hover only), each box its text at 12 px
    data = client.get("/api/network", params={"limit": 80}).json()
    boxes = []
    for node in data["nodes"]:
        if node["label_at"] is None:
            continue
        x, y = node["label_at"]
        w = sum(12 if ord(c) > 0x2E7F else 6 for c in node["label"])
        boxes.append((x, y - 12, x + w, y + 3))
    assert len(boxes) >= len(data["nodes"]) // 2, (len(boxes), len(data["nodes"]))
    for i, a in enumerate(boxes):
        assert 0 <= a[0] and a[2] <= data["width"], a  # not clipped at the sides
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def test_evidence_from_a_pdf_cites_its_page(tmp_path):
    """A researcher cites the page: the evidence of a report read from a PDF says on which page
    its sentence begins, as a second reader (PDFium) numbers the pages."""
    import pypdfium2
    from starlette.testclient import TestClient

    from kg.build import build
    from kg.web.app import create_app
    from tests.documents import REPORT, make_pdf, paragraphs_of

    (tmp_path / "in").mkdir()
    pdf = make_pdf(tmp_path / "in" / "qingyuan-2023.pdf", paragraphs_of(REPORT), page_height=300)
    assert build([tmp_path / "in"], tmp_path / "out", analyses=False).ok
    document = pypdfium2.PdfDocument(str(pdf))
    pages = [page.get_textpage().get_text_range() for page in document]
    document.close()
    expected = next(
        n + 1 for n, text in enumerate(pages) if "法律明白人" in text.replace("\r\n", "")
    )
    with TestClient(create_app(tmp_path / "out" / "store", workers=1, timeout=5)) as client:
        html = client.get("/id/program/" + quote("法律明白人")).text
    assert f"p. {expected}" in html, html[:2000]
