"""Write every analysis output of a graph into a folder: CSV tables, analysis.json, graph.gexf,
graph.graphml and report.html (each produced as text first, then written atomically)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph

from kg.analysis import (
    activities,
    bodies_per_reform,
    centrality,
    communities,
    from_rdf,
    outcomes_per_body,
    outcomes_per_programme,
    place_coverage,
    plan_by_theme,
    reforms_per_body,
    year_changes,
)
from kg.analysis.tables import MAX_CARRIERS, body_projection, entity_graph
from kg.atomic import write_bytes, write_text
from kg.export.evidence import link_evidence, store_evidence
from kg.export.gexf import generate_gexf, gephi_graph
from kg.export.graphml import generate_graphml
from kg.export.html import FACTS_SHOWN, chosen_facts, generate_html
from kg.export.xlsx import generate_xlsx

JSON_ROWS = 200  # analysis.json keeps the first rows of each table; the CSV files have them all


LEFT_OUT_KEY = (
    f"reforms left out of the body projection (carried by more than {MAX_CARRIERS} bodies)"
)


def analysis_tables(G) -> tuple[dict[str, list[dict]], list[str]]:
    """The tables, and the reforms left out of the body projection (carried by too many bodies)."""
    H = entity_graph(G)
    P = body_projection(G)
    return {
        "reforms_per_body": reforms_per_body(G),
        "bodies_per_reform": bodies_per_reform(G),
        "inferred_reforms_per_body": reforms_per_body(G, relation="inferredCarrier"),
        "body_projection": [
            {
                "body_a": P.nodes[a].get("label", a),
                "body_b": P.nodes[b].get("label", b),
                "shared_reforms": d["weight"],
            }
            for a, b, d in sorted(P.edges(data=True), key=lambda e: (e[0], e[1]))
        ],
        "centrality": centrality(H),
        "projection_centrality": centrality(P),
        "communities": communities(H),
        "place_coverage": place_coverage(G),
        "activities": activities(G),
        "outcomes_per_programme": outcomes_per_programme(G),
        "outcomes_per_body": outcomes_per_body(G),
        "plan_by_theme": plan_by_theme(G),
        "year_changes": year_changes(G),
    }, P.graph["left_out"]


# the header of each table, also written when it has no rows (pandas cannot read a 0-byte file)
COLUMNS = {
    "reforms_per_body": ["body", "label", "type", "reforms", "mentions", "reform_names"],
    "bodies_per_reform": ["reform", "label", "status", "bodies", "body_names"],
    "inferred_reforms_per_body": ["body", "label", "type", "reforms", "mentions", "reform_names"],
    "body_projection": ["body_a", "body_b", "shared_reforms"],
    "centrality": ["node", "label", "type", "degree", "betweenness", "pagerank"],
    "projection_centrality": ["node", "label", "type", "degree", "betweenness", "pagerank"],
    "communities": ["community", "node", "label", "type"],
    "place_coverage": [
        "county",
        "township",
        "code",
        "programmes",
        "named_there",
        "programme_names",
    ],
    "activities": ["activity", "label", "carriers", "outcomes", "reports"],
    "outcomes_per_programme": ["programme", "outcome"],
    "outcomes_per_body": ["body", "programme", "outcome", "report"],
    "plan_by_theme": ["theme", "implemented", "planned"],
    "year_changes": ["year", "programmes", "new", "dropped", "new_names", "dropped_names"],
}


class GraphError(Exception):
    """The input of `kg analyze` is no readable RDF graph; the message is one line."""


def csv_text(rows: list[dict], columns: list[str]) -> str:
    """The rows as CSV under `columns`, the header alone when there are none."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def read_graph(graph: Path):
    """The graph file as networkx (`from_rdf`), or one clear GraphError."""
    try:
        return from_rdf(graph)
    except (SyntaxError, ValueError, UnicodeDecodeError, OSError) as exc:
        reason = " ".join(str(exc).split())[:160]
        raise GraphError(f"{graph}: not a readable RDF graph ({reason})") from None


def evidence_of(graph: Path, links: set, store: Path | None = None) -> dict:
    """The evidence of report.html's links: from the store of the same graph when there is one
    (`store`, or ``store/`` beside the graph file: index lookups, about a second on 1,000
    reports), else — and for any link the store lacks — from a pass over the graph file."""
    facts: dict = {}
    beside = store or Path(graph).parent / "store"
    if beside.is_dir():
        try:
            facts = store_evidence(pyoxigraph.Store.read_only(str(beside)), links)
        except OSError:
            facts = {}
    missing = links - set(facts)
    if missing:
        facts.update(link_evidence(graph, missing))
    return facts


def write_analysis_outputs(graph: Path, out: Path, store: Path | None = None) -> dict:
    """Write the tables, analysis.json, graph.gexf, graph.graphml and report.html; return the
    summary of analysis.json."""
    G = read_graph(graph)
    tables, left_out = analysis_tables(G)
    counts = {}
    for _, d in G.nodes(data=True):
        counts[d["type"]] = counts.get(d["type"], 0) + 1
    summary = {
        "nodes by type": ", ".join(f"{k} {v}" for k, v in sorted(counts.items())),
        "links": G.number_of_edges(),
        "communities": len({r["community"] for r in tables["communities"]}),
        LEFT_OUT_KEY: "；".join(left_out) or "none",
    }
    for name, rows in tables.items():
        write_text(out / "tables" / f"{name}.csv", csv_text(rows, COLUMNS[name]))
    write_bytes(out / "tables.xlsx", generate_xlsx(tables, COLUMNS))
    head = {
        name: {"rows": len(rows), "csv": f"tables/{name}.csv", "top": rows[:JSON_ROWS]}
        for name, rows in tables.items()
    }
    write_text(
        out / "analysis.json",
        json.dumps({"summary": summary, **head}, ensure_ascii=False, indent=1) + "\n",
    )
    gephi = gephi_graph(G)
    write_text(out / "graph.gexf", generate_gexf(gephi))
    write_text(out / "graph.graphml", generate_graphml(gephi))
    every = chosen_facts(G, limit=None)
    links, total = every[:FACTS_SHOWN], len(every)
    facts = evidence_of(graph, set(links), store)
    write_text(out / "report.html", generate_html(G, tables, summary, facts, links, total))
    return summary
