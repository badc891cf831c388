"""The explorer's network: a filtered neighbourhood of the graph's links (never the whole graph),
laid out by networkx, as plain data for the page's SVG."""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass

import networkx as nx

from kg.export.labels import label_spots
from kg.web.entity import PLACE_CLASSES
from kg.web.index import Edge, GraphIndex
from kg.web.paths import path_for_iri

DEFAULT_LIMIT = 80
MAX_LIMIT = 300


@dataclass(frozen=True)
class Filters:
    """What the explorer asks for: types of node, relations, reports and years (empty: all)."""

    kinds: frozenset[str] = frozenset()
    relations: frozenset[str] = frozenset()
    reports: frozenset[str] = frozenset()
    years: frozenset[str] = frozenset()


def edge_filter(index: GraphIndex, filters: Filters):
    """A predicate on edges for `filters`.

    Node kinds compare by family: ``Place`` admits counties, townships and sites; ``Agency``
    admits reference bodies.
    """
    report_ok = None
    if filters.reports or filters.years:
        report_ok = {
            n
            for n, (iri, _, year) in enumerate(index.reports)
            if (not filters.reports or iri in filters.reports)
            and (not filters.years or year in filters.years)
        }

    def keep(edge: Edge) -> bool:
        if filters.relations and edge.relation not in filters.relations:
            return False
        if report_ok is not None and edge.report not in report_ok:
            return False
        if filters.kinds:
            for end in (edge.source, edge.target):
                if family(index.kind(index.nodes[end])) not in filters.kinds:
                    return False
        return True

    return keep


def family(kind: str) -> str:
    """The filter family of a class.

    >>> family("Township"), family("ReferenceBody"), family("Program")
    ('Place', 'Agency', 'Program')
    """
    if kind in PLACE_CLASSES:
        return "Place"
    if kind == "ReferenceBody":
        return "Agency"
    return kind


def neighbourhood(
    index: GraphIndex, focus: str | None, filters: Filters, limit: int = DEFAULT_LIMIT
) -> tuple[list[int], list[Edge], int]:
    """Nodes and edges to draw, and how many nodes the filtered graph has in all.

    With a focus: the nodes nearest to it (breadth first). Without: the best-connected nodes
    and their neighbours. At most `limit` nodes.
    """
    limit = max(1, min(limit, MAX_LIMIT))
    keep = edge_filter(index, filters)
    if focus is not None and focus in index.node_number:
        start = index.node_number[focus]
        chosen = {start: 0}
        queue = deque([start])
        while queue and len(chosen) < limit:
            node = queue.popleft()
            for n in index.adjacent.get(node, []):
                edge = index.edges[n]
                if not keep(edge):
                    continue
                other = edge.target if edge.source == node else edge.source
                if other not in chosen and len(chosen) < limit:
                    chosen[other] = chosen[node] + 1
                    queue.append(other)
        kept = [e for e in _edges_of(index, chosen, keep)]
        return sorted(chosen), kept, len(chosen)
    kept_all = [e for e in index.edges if keep(e)]
    degree = Counter()
    for edge in kept_all:
        degree[edge.source] += 1
        degree[edge.target] += 1
    chosen: dict[int, int] = {}
    for node, _ in sorted(degree.items(), key=lambda kv: (-kv[1], index.nodes[kv[0]])):
        if len(chosen) >= limit:
            break
        chosen.setdefault(node, 0)
        for n in index.adjacent.get(node, []):
            edge = index.edges[n]
            if len(chosen) >= limit:
                break
            if keep(edge):
                chosen.setdefault(edge.target if edge.source == node else edge.source, 1)
    return sorted(chosen), list(_edges_of(index, chosen, keep)), len(degree)


def _edges_of(index: GraphIndex, chosen, keep):
    seen = set()
    for node in sorted(chosen):
        for n in index.adjacent.get(node, []):
            edge = index.edges[n]
            key = (edge.source, edge.relation, edge.target)
            if key in seen or edge.source not in chosen or edge.target not in chosen:
                continue
            if keep(edge):
                seen.add(key)
                yield edge


def layout(nodes: list[int], edges: list[Edge], size: float = 1000.0) -> dict[int, tuple]:
    """Positions in a `size` square: each connected component laid out on its own (spring
    layout, fixed seed: the same picture for the same selection), in a box whose side grows with
    the square root of its size, the boxes packed in rows, largest first — so unrelated pairs
    never crowd the big component.

    Examples
    --------
    >>> positions = layout([0, 1, 2], [Edge(0, "carriedOutBy", 1, 0)])
    >>> sorted(positions) == [0, 1, 2] and all(0 <= x <= 1000 for x, _ in positions.values())
    True
    """
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((e.source, e.target) for e in edges)
    components = sorted(
        (sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0])
    )
    row_width = max(1.0, (len(nodes) ** 0.5) * 1.6)
    placed: dict[int, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for component in components:
        side = max(1.0, len(component) ** 0.5)
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        inner = _unit_layout(graph.subgraph(component))
        for node, (u, v) in inner.items():
            placed[node] = (x + (0.1 + 0.8 * u) * side, y + (0.1 + 0.8 * v) * side)
        x += side
        row_height = max(row_height, side)
    width = max(p[0] for p in placed.values()) + 0.1
    height = max(p[1] for p in placed.values()) + 0.1
    scale = size * 0.82 / max(width, height, 1e-9)  # room on the right for the last labels
    return {
        n: (round(20 + p[0] * scale, 1), round(20 + p[1] * scale, 1)) for n, p in placed.items()
    }


def _unit_layout(graph: nx.Graph) -> dict[int, tuple[float, float]]:
    """A component's spring layout scaled into the unit square."""
    if graph.number_of_nodes() == 1:
        return {next(iter(graph.nodes)): (0.5, 0.5)}
    raw = nx.spring_layout(graph, seed=2026, iterations=80)
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    return {n: ((p[0] - min(xs)) / span_x, (p[1] - min(ys)) / span_y) for n, p in raw.items()}


NODE_RADIUS = 7  # px, as kg/web/static/explorer.js draws a node (a focus: 11)


def network_data(index: GraphIndex, focus: str | None, filters: Filters, limit: int) -> dict:
    """The JSON the explorer draws: nodes with positions and pages, edges with their relation."""
    nodes, edges, total = neighbourhood(index, focus, filters, limit)
    positions = layout(nodes, edges) if nodes else {}
    height = max((y for _, y in positions.values()), default=0.0)
    extent = round(min(1000.0, height + 60.0), 1)
    names = {n: index.name(index.nodes[n]) for n in nodes}
    radius = {n: NODE_RADIUS + (4 if index.nodes[n] == focus else 0) for n in nodes}
    # labels that overlap nothing; the others show when the pointer is on their node
    spots = label_spots(positions, names, radius, 1000, extent) if nodes else {}
    return {
        "focus": focus,
        "total": total,
        "width": 1000,
        "height": extent,  # the drawing's extent, for the viewBox
        "nodes": [
            {
                "id": index.nodes[n],
                "label": names[n],
                "kind": family(index.kind(index.nodes[n])),
                "href": path_for_iri(index.nodes[n]) or index.nodes[n],
                "x": positions[n][0],
                "y": positions[n][1],
                # where the label's baseline starts; null: shown on hover only
                "label_at": [round(v, 1) for v in spots[n]] if n in spots else None,
            }
            for n in nodes
        ],
        "edges": [
            {
                "source": index.nodes[e.source],
                "target": index.nodes[e.target],
                "relation": e.relation,
                "inferred": e.relation == "inferredCarrier",
            }
            for e in edges
        ],
    }
