import networkx as nx

from kg.analysis import (
    body_projection,
    carrier_network,
    centrality,
    communities,
    from_rdf,
    place_coverage,
    plan_by_theme,
    reforms_per_body,
    year_changes,
)
from kg.analysis.tables import entity_graph


def _toy() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for n, t in [
        ("p1", "Program"),
        ("p2", "Program"),
        ("a", "Agency"),
        ("b", "Agency"),
        ("c", "Place"),
        ("t1", "Place"),
        ("t2", "Place"),
    ]:
        G.add_node(
            n,
            type=t,
            label=n,
            level="Township" if n.startswith("t") else "",
            code=n,
            status="",
            themes="",
            years="",
        )
    for s, o, rel in [
        ("p1", "a", "carriedOutBy"),
        ("p1", "b", "carriedOutBy"),
        ("p2", "a", "carriedOutBy"),
        ("t1", "c", "within"),
        ("t2", "c", "within"),
        ("p1", "t1", "implementedIn"),
        ("p2", "c", "implementedThroughout"),
    ]:
        G.add_edge(s, o, key=rel, relation=rel, weight=1)
    return G


def test_bipartite_and_projection():
    G = _toy()
    assert reforms_per_body(G)[0]["label"] == "a" and reforms_per_body(G)[0]["reforms"] == 2
    assert body_projection(G)["a"]["b"]["weight"] == 1
    assert set(carrier_network(G)) == {"p1", "p2", "a", "b"}


def test_projection_leaves_out_a_reform_carried_by_too_many_bodies():
    G = _toy()
    for body in "xyz":
        G.add_node(body, type="Agency", label=body)
        G.add_edge("p2", body, key="carriedOutBy", relation="carriedOutBy", weight=1)
    # p2 now has four carriers (a, x, y, z), p1 two (a, b)
    assert body_projection(G).number_of_edges() == 1 + 6
    P = body_projection(G, max_carriers=3)
    assert P.graph["left_out"] == ["p2"]
    assert sorted(P.edges) == [("a", "b")] and set(P) == {"a", "b", "x", "y", "z"}


def test_place_coverage_counts_throughout_and_zeros():
    rows = {r["township"]: r for r in place_coverage(_toy())}
    assert rows["t1"]["programmes"] == 2 and rows["t2"]["programmes"] == 1


def test_centrality_and_communities_are_deterministic():
    H = entity_graph(_toy())
    assert centrality(H) == centrality(H)
    assert communities(H) == communities(H)


def test_from_rdf_plain_attributes(bundled_build):
    G = from_rdf(bundled_build / "graph.ttl")
    for _, d in G.nodes(data=True):
        assert all(isinstance(v, (str, int)) for v in d.values())
    top = reforms_per_body(G)[0]
    assert top["label"] in {"临海市税务局", "临海市合法性审查中心", "镇(街道)平安法治办公室"}
    assert any(r["planned"] for r in plan_by_theme(G))
    assert year_changes(G)[0]["year"] == "2023"


def test_from_rdf_does_not_depend_on_triple_order(bundled_build):
    import random

    import pyoxigraph

    triples = list(
        pyoxigraph.parse(path=str(bundled_build / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    )
    random.Random(7).shuffle(triples)

    def content(G):
        return (
            sorted((n, sorted(d.items())) for n, d in G.nodes(data=True)),
            sorted((s, o, k, sorted(d.items())) for s, o, k, d in G.edges(keys=True, data=True)),
        )

    in_file_order = from_rdf(bundled_build / "graph.ttl")
    assert any(d["themes"] for _, d in in_file_order.nodes(data=True))
    assert content(from_rdf(triples)) == content(in_file_order)
