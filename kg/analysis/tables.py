"""Analyses as functions: networkx graph in, list of row dicts (or a graph) out.

Rows are plain dicts of str/int/float in a stable order, ready for CSV or JSON.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

SEED = 42


def _label(G, n) -> str:
    return G.nodes[n].get("label", n)


def carrier_network(G: nx.MultiDiGraph, relation: str = "carriedOutBy") -> nx.Graph:
    """The body × reform bipartite network.

    Parameters
    ----------
    G : the graph of :func:`kg.analysis.from_rdf`.
    relation : "carriedOutBy" (explicit links) or "inferredCarrier" (inferred, kept apart).

    Returns
    -------
    nx.Graph with ``bipartite`` 0 for programmes and 1 for bodies (or places acting as one);
    edge ``weight`` = number of supporting mentions. Activities are left out (see
    :func:`activities`).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p", type="Program", label="共享法庭")
    >>> G.add_node("a", type="Agency", label="某县人民法院")
    >>> G.add_edge("p", "a", key="carriedOutBy", relation="carriedOutBy", weight=2)
    'carriedOutBy'
    >>> B = carrier_network(G); B["p"]["a"]["weight"], B.nodes["a"]["bipartite"]
    (2, 1)
    """
    B = nx.Graph()
    for s, o, data in G.edges(data=True):
        if data.get("relation") != relation or G.nodes[s].get("type") == "Activity":
            continue  # an activity (a meeting, course, review a report counts) is no reform
        B.add_node(s, bipartite=0, **G.nodes[s])
        B.add_node(o, bipartite=1, **G.nodes[o])
        weight = B[s][o]["weight"] + data["weight"] if B.has_edge(s, o) else data["weight"]
        B.add_edge(s, o, weight=weight, relation=relation)
    return B


def reforms_per_body(G: nx.MultiDiGraph, relation: str = "carriedOutBy") -> list[dict]:
    """Bodies ranked by the number of reforms they carry.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p", type="Program", label="共享法庭")
    >>> G.add_node("a", type="Agency", label="法院")
    >>> _ = G.add_edge("p", "a", key="carriedOutBy", relation="carriedOutBy", weight=1)
    >>> reforms_per_body(G)[0]["reforms"]
    1
    """
    rows = [
        {
            "body": n,
            "label": d.get("label", n),
            "type": d.get("type", ""),
            "reforms": len(names),
            "mentions": weight,
            "reform_names": "；".join(names),
        }
        for n, d, names, weight in _side(carrier_network(G, relation), 1)
    ]
    return sorted(rows, key=lambda r: (-r["reforms"], -r["mentions"], r["label"], r["body"]))


def bodies_per_reform(G: nx.MultiDiGraph, relation: str = "carriedOutBy") -> list[dict]:
    """Reforms with the bodies that carry them."""
    rows = [
        {
            "reform": n,
            "label": d.get("label", n),
            "status": d.get("status", ""),
            "bodies": len(names),
            "body_names": "；".join(names),
        }
        for n, d, names, _ in _side(carrier_network(G, relation), 0)
    ]
    return sorted(rows, key=lambda r: (-r["bodies"], r["label"], r["reform"]))


def _side(B: nx.Graph, side: int):
    """(node, data, sorted neighbour labels, total edge weight) for one side of a bipartite
    graph."""
    for n, d in B.nodes(data=True):
        if d["bipartite"] == side:
            yield n, d, sorted(_label(B, m) for m in B[n]), sum(B[n][m]["weight"] for m in B[n])


MAX_CARRIERS = 100


def body_projection(G: nx.MultiDiGraph, max_carriers: int = MAX_CARRIERS) -> nx.Graph:
    """Bodies linked when they carry a reform in common (edge weight = shared reforms).

    A reform carried by more than `max_carriers` bodies is left out, and its label listed in the
    graph attribute ``left_out``: it would join all its carriers pairwise (a national programme
    carried by every county's court) — a clique that says nothing about who works with whom and
    grows as the square of the corpus (two such reforms in 1,000 reports: 893 k pairs).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n, t in (("p", "Program"), ("a", "Agency"), ("b", "Agency")):
    ...     G.add_node(n, type=t, label=n)
    >>> for b in "ab": _ = G.add_edge("p", b, key="carriedOutBy", relation="carriedOutBy", weight=1)
    >>> body_projection(G)["a"]["b"]["weight"]
    1
    >>> P = body_projection(G, max_carriers=1)
    >>> P.number_of_edges(), P.graph["left_out"]
    (0, ['p'])
    """
    B = carrier_network(G)
    bodies = [n for n, d in B.nodes(data=True) if d["bipartite"] == 1]
    P = nx.Graph(left_out=[])
    P.add_nodes_from((n, B.nodes[n]) for n in bodies)
    for p, d in B.nodes(data=True):
        if d["bipartite"] != 0:
            continue
        carriers = sorted(B[p])
        if len(carriers) > max_carriers:
            P.graph["left_out"].append(d.get("label", p))
            continue
        for i, a in enumerate(carriers):
            for b in carriers[i + 1 :]:
                P.add_edge(a, b, weight=P[a][b]["weight"] + 1 if P.has_edge(a, b) else 1)
    P.graph["left_out"].sort()
    return P


def entity_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """Undirected entity graph (no outcomes, reports) for centrality and communities."""
    H = nx.Graph()
    keep = {n for n, d in G.nodes(data=True) if d["type"] not in ("Outcome", "Report")}
    H.add_nodes_from((n, G.nodes[n]) for n in sorted(keep))
    for s, o, d in G.edges(data=True):
        if s in keep and o in keep and s != o:
            w = H[s][o]["weight"] + d["weight"] if H.has_edge(s, o) else d["weight"]
            H.add_edge(s, o, weight=w)
    return H


def centrality(H: nx.Graph, max_exact: int = 2000, samples: int = 50) -> list[dict]:
    """Degree, betweenness (estimated from `samples` sources with a fixed seed above `max_exact`
    nodes, as exact betweenness is O(nm)) and PageRank."""
    if H.number_of_nodes() == 0:
        return []
    big = H.number_of_nodes() > max_exact or H.number_of_edges() > 20 * max_exact
    # one sampled source costs O(m): keep the total near 2 million edge visits on dense graphs
    k = (
        max(2, min(samples, H.number_of_nodes(), 2_000_000 // max(1, H.number_of_edges())))
        if big
        else None
    )
    between = nx.betweenness_centrality(H, k=k, seed=SEED, normalized=True)
    try:
        rank = nx.pagerank(H, weight="weight", max_iter=200)
    except nx.PowerIterationFailedConvergence:
        rank = {n: 0.0 for n in H}
    rows = [
        {
            "node": n,
            "label": H.nodes[n].get("label", n),
            "type": H.nodes[n].get("type", ""),
            "degree": H.degree(n),
            "betweenness": round(between[n], 6),
            "pagerank": round(rank[n], 6),
        }
        for n in H
    ]
    return sorted(rows, key=lambda r: (-r["degree"], -r["pagerank"], r["label"], r["node"]))


def communities(H: nx.Graph) -> list[dict]:
    """Louvain communities with a fixed seed; one row per node, communities numbered by size."""
    if H.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(H, weight="weight", seed=SEED)
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return [
        {
            "community": i,
            "node": n,
            "label": H.nodes[n].get("label", n),
            "type": H.nodes[n].get("type", ""),
        }
        for i, members in enumerate(ordered)
        for n in members
    ]


def place_coverage(G: nx.MultiDiGraph) -> list[dict]:
    """For every township of each county in the graph, the programmes implemented there
    (named there, or throughout the county); townships with none included."""
    townships = defaultdict(list)
    for s, o, d in G.edges(data=True):
        if d["relation"] == "within" and G.nodes[s].get("level") in ("Township", "Subdistrict"):
            townships[o].append(s)
    throughout = defaultdict(set)
    here = defaultdict(set)
    for s, o, d in G.edges(data=True):
        if d["relation"] == "implementedThroughout":
            throughout[o].add(s)
        elif d["relation"] == "implementedIn":
            here[o].add(s)
    rows = []
    for county in sorted(townships, key=lambda c: G.nodes[c].get("code", c)):
        for t in sorted(townships[county], key=lambda x: G.nodes[x].get("code", x)):
            programmes = sorted(_label(G, p) for p in here[t] | throughout[county])
            rows.append(
                {
                    "county": _label(G, county),
                    "township": _label(G, t),
                    "code": G.nodes[t].get("code", ""),
                    "programmes": len(programmes),
                    "named_there": len(here[t]),
                    "programme_names": "；".join(programmes),
                }
            )
    return rows


def activities(G: nx.MultiDiGraph) -> list[dict]:
    """The activities the reports hold or count (fz:Activity: meetings, courses, reviews), with
    the bodies that carry them and their outcomes.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("x", type="Activity", label="规范性文件审查", reports=1)
    >>> G.add_node("a", type="Agency", label="某县司法局")
    >>> G.add_node("o", type="Outcome", label="审查规范性文件 54件")
    >>> _ = G.add_edge("x", "a", relation="carriedOutBy", weight=1)
    >>> _ = G.add_edge("x", "o", relation="hasOutcome", weight=1)
    >>> row = activities(G)[0]; row["carriers"], row["outcomes"]
    ('某县司法局', '审查规范性文件 54件')
    """
    rows = []
    for n, d in G.nodes(data=True):
        if d.get("type") != "Activity":
            continue
        ends = defaultdict(set)
        for _, o, e in G.out_edges(n, data=True):
            ends[e["relation"]].add(_label(G, o))
        carriers, figures = sorted(ends["carriedOutBy"]), sorted(ends["hasOutcome"])
        rows.append(
            {
                "activity": n,
                "label": d.get("label", n),
                "carriers": "；".join(carriers),
                "outcomes": "；".join(figures),
                "reports": d.get("reports", 0),
            }
        )
    return sorted(rows, key=lambda r: (r["label"], r["activity"]))


def outcomes_per_programme(G: nx.MultiDiGraph) -> list[dict]:
    rows = []
    for s, o, d in G.edges(data=True):
        if d["relation"] == "hasOutcome":
            rows.append({"programme": _label(G, s), "outcome": _label(G, o)})
    return sorted(rows, key=lambda r: (r["programme"], r["outcome"]))


def outcomes_per_body(G: nx.MultiDiGraph) -> list[dict]:
    """Outcomes of the programmes each body carries, in the reports that say both (a reform is
    one node across reports; its outcomes in one county are not another county's)."""
    outcomes = defaultdict(list)
    for s, o, d in G.edges(data=True):
        if d["relation"] == "hasOutcome":
            for report in G.nodes[o].get("report", "").split(","):
                outcomes[(s, report)].append(o)
    rows = []
    for s, o, d in G.edges(data=True):
        if d["relation"] == "carriedOutBy":
            for report in filter(None, d.get("report_ids", "").split(",")):
                for out in sorted(outcomes[(s, report)]):
                    rows.append(
                        {
                            "body": _label(G, o),
                            "programme": _label(G, s),
                            "outcome": _label(G, out),
                            "report": report,
                        }
                    )
    return sorted(rows, key=lambda r: (r["body"], r["programme"], r["report"], r["outcome"]))


def plan_by_theme(G: nx.MultiDiGraph) -> list[dict]:
    """Planned vs implemented programmes per theme (the reports' section headings)."""
    counts = defaultdict(lambda: {"implemented": 0, "planned": 0})
    for _node, d in G.nodes(data=True):
        if d["type"] != "Program":
            continue
        for theme in (d.get("themes") or "（无标题）").split("；"):
            if "Implemented" in d.get("status", ""):
                counts[theme]["implemented"] += 1
            if "Planned" in d.get("status", ""):
                counts[theme]["planned"] += 1
    return [{"theme": t, **c} for t, c in sorted(counts.items())]


def year_changes(G: nx.MultiDiGraph) -> list[dict]:
    """Programmes per reported year, and which appear or disappear from one year to the next."""
    by_year = defaultdict(set)
    for n, d in G.nodes(data=True):
        if d["type"] == "Program":
            for y in filter(None, d.get("years", "").split(",")):
                by_year[y].add(d.get("label", n))
    rows, previous = [], None
    for year in sorted(by_year):
        current = by_year[year]
        new = sorted(current - by_year[previous]) if previous else []
        gone = sorted(by_year[previous] - current) if previous else []
        rows.append(
            {
                "year": year,
                "programmes": len(current),
                "new": len(new),
                "dropped": len(gone),
                "new_names": "；".join(new),
                "dropped_names": "；".join(gone),
            }
        )
        previous = year
    return rows
