"""GEXF 1.3 for Gephi, valid against the official RELAX NG grammar.

networkx's writer is not used: it writes a `name` on <graph> and an `xsi:schemaLocation` the
grammar rejects, misspells the xsi namespace, and fails on None or list values. Producing the
text is separate from writing the file (see kg/export/outputs.py).
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

import networkx as nx

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
PALETTE = {  # colour by type (also the legend of report.html)
    "Agency": (31, 119, 180),
    "Program": (255, 127, 14),
    "Activity": (188, 189, 34),
    "Place": (44, 160, 44),
    "PolicyDocument": (148, 103, 189),
    "Recognition": (214, 39, 40),
    "Person": (140, 86, 75),
    "Outcome": (127, 127, 127),
    "Report": (23, 190, 207),
}
NODE_ATTRIBUTES = (
    ("type", "string"),
    ("code", "string"),
    ("level", "string"),
    ("mentions", "integer"),
    ("reports", "integer"),
    ("status", "string"),
    ("degree", "integer"),
    ("outcomes", "integer"),
)
EDGE_ATTRIBUTES = (("relation", "string"), ("report_ids", "string"))


def node_size(degree: int) -> float:
    """The drawn size of a node of `degree` links (GEXF viz:size, GraphML `size`)."""
    return 4.0 + 2.0 * degree


def node_colour(node_type: str) -> tuple[int, int, int]:
    return PALETTE.get(node_type, (170, 170, 170))


def _empty(attribute_type: str):
    """The value of an attribute a node does not have."""
    return 0 if attribute_type == "integer" else ""


def generate_gexf(G: nx.Graph, description: str = "fazhi-kg entity graph") -> str:
    """GEXF 1.3 text of a graph whose nodes carry `type` and `label` (see :func:`gephi_graph`).

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_node("a", type="Agency", label="某县司法局", mentions=1)
    >>> G.add_node("p", type="Program", label="“共享法庭”", mentions=2)
    >>> G.add_edge("p", "a", relation="carriedOutBy", weight=1)
    >>> text = generate_gexf(G)
    >>> text.count("<node "), text.count("<edge ")
    (2, 1)
    """
    degree = dict(G.degree())
    edge_type = "directed" if G.is_directed() else "undirected"
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<gexf xmlns="{GEXF_NS}" xmlns:viz="{VIZ_NS}" version="1.3">',
        "  <meta><creator>fazhi-kg</creator>"
        f"<description>{_text(description)}</description></meta>",
        f'  <graph defaultedgetype="{edge_type}" mode="static">',
        '    <attributes class="node" mode="static">',
    ]
    out += [f'      <attribute id="{a}" title="{a}" type="{t}"/>' for a, t in NODE_ATTRIBUTES]
    out += ["    </attributes>", '    <attributes class="edge" mode="static">']
    out += [f'      <attribute id="{a}" title="{a}" type="{t}"/>' for a, t in EDGE_ATTRIBUTES]
    out += ["    </attributes>", f'    <nodes count="{G.number_of_nodes()}">']
    for n in sorted(G.nodes):
        d = G.nodes[n]
        values = dict(d, degree=degree[n])
        r, g, b = node_colour(d.get("type", ""))
        out.append(f"      <node id={quoteattr(str(n))} label={quoteattr(str(d.get('label', n)))}>")
        out.append(
            "        <attvalues>"
            + "".join(
                f'<attvalue for="{a}" value={quoteattr(str(values.get(a, _empty(t))))}/>'
                for a, t in NODE_ATTRIBUTES
            )
            + "</attvalues>"
        )
        out.append(f'        <viz:color r="{r}" g="{g}" b="{b}"/>')
        out.append(f'        <viz:size value="{node_size(degree[n]):.1f}"/>')
        out.append("      </node>")
    out.append("    </nodes>")
    edges = sorted(
        G.edges(data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2].get("relation", "")))
    )
    out.append(f'    <edges count="{len(edges)}">')
    for i, (s, t, d) in enumerate(edges):
        weight = float(d.get("weight", 1))
        out.append(
            f'      <edge id="{i}" source={quoteattr(str(s))} target={quoteattr(str(t))} '
            f'label={quoteattr(str(d.get("relation", "")))} weight="{weight:.1f}">'
            "<attvalues>"
            + "".join(
                f'<attvalue for="{a}" value={quoteattr(str(d.get(a, "")))}/>'
                for a, _ in EDGE_ATTRIBUTES
            )
            + "</attvalues>"
            "</edge>"
        )
    out += ["    </edges>", "  </graph>", "</gexf>", ""]
    return "\n".join(out)


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gephi_graph(G: nx.MultiDiGraph) -> nx.DiGraph:
    """The entity graph for Gephi: every entity except mentions and reports; outcomes folded into
    an `outcomes` count on their programme; parallel links merged per relation."""
    H = nx.DiGraph()
    outcome_count: dict = {}
    for s, _outcome, d in G.edges(data=True):
        if d["relation"] == "hasOutcome":
            outcome_count[s] = outcome_count.get(s, 0) + 1
    for n, d in G.nodes(data=True):
        if d["type"] in ("Outcome", "Report"):
            continue
        H.add_node(
            n,
            **{
                k: v
                for k, v in d.items()
                if k in ("type", "label", "code", "level", "mentions", "reports", "status")
            },
            outcomes=outcome_count.get(n, 0),
        )
    for s, o, d in G.edges(data=True):
        if s in H and o in H and d["relation"] != "hasOutcome":
            if H.has_edge(s, o):  # two relations between the same pair: keep both names
                relation = "+".join(sorted(set(H[s][o]["relation"].split("+")) | {d["relation"]}))
                ids = ",".join(
                    sorted(
                        set(
                            filter(
                                None,
                                (H[s][o]["report_ids"] + "," + d.get("report_ids", "")).split(","),
                            )
                        )
                    )
                )
                H[s][o].update(
                    relation=relation, weight=H[s][o]["weight"] + d["weight"], report_ids=ids
                )
            else:
                H.add_edge(
                    s,
                    o,
                    relation=d["relation"],
                    weight=d["weight"],
                    report_ids=d.get("report_ids", ""),
                )
    return H
