"""GraphML for Gephi, yEd and networkx: the same graph as the GEXF, attributes of one type per
key. Drawing hints as plain attributes, as Gephi's GraphML importer reads them: `r`, `g`, `b`
(colour by type), `size` (by degree), and `degree` and `color` (#rrggbb) for other tools."""

from __future__ import annotations

import io

import networkx as nx

from kg.export.gexf import node_colour, node_size


def generate_graphml(G: nx.DiGraph) -> str:
    """GraphML text; networkx reads it back with the same node and edge counts.

    Examples
    --------
    >>> G = nx.DiGraph(); G.add_node("a", type="Agency", label="某局", mentions=1)
    >>> H = nx.read_graphml(io.BytesIO(generate_graphml(G).encode()))
    >>> H.number_of_nodes(), H.nodes["a"]["color"], H.nodes["a"]["degree"]
    (1, '#1f77b4', 0)
    """
    clean = nx.DiGraph()
    degree = dict(G.degree())
    for n in sorted(G.nodes):
        attrs = {k: v for k, v in sorted(G.nodes[n].items()) if isinstance(v, (str, int))}
        r, g, b = node_colour(attrs.get("type", ""))
        attrs.update(
            degree=degree[n],
            size=node_size(degree[n]),
            r=r,
            g=g,
            b=b,
            color=f"#{r:02x}{g:02x}{b:02x}",
        )
        clean.add_node(n, **attrs)
    for s, t, d in sorted(G.edges(data=True), key=lambda e: (e[0], e[1])):
        clean.add_edge(s, t, **{k: v for k, v in sorted(d.items()) if isinstance(v, (str, int))})
    buffer = io.BytesIO()
    nx.write_graphml(clean, buffer, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buffer.getvalue().decode("utf-8")
