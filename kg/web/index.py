"""What the explorer needs of the whole graph, read once when the server starts: the labels and
aliases to search, the number of entities of each class, the reports and their years, and the
links it draws (each with the report that states it)."""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg.sparql import run_query
from kg.vocab import FZ, RDF, RDFS, SKOS
from kg.web.entity import PLACE_CLASSES, kind_of, local_name
from kg.web.paths import path_for_iri

QUERIES = Path(__file__).parent / "queries"
# What a person browses; sentences, mentions and assertions are evidence, not entities.
ENTITY_CLASSES = (
    "Agency",
    "ReferenceBody",
    "Activity",
    "Program",
    "Place",
    "PolicyDocument",
    "Recognition",
    "Person",
    "Outcome",
    "Report",
)
LABEL_PREDICATES = (SKOS + "prefLabel", RDFS + "label", SKOS + "altLabel")
TYPE = ox.NamedNode(RDF + "type")
MAX_MATCHES = 5000


def run(store: ox.Store, name: str):
    """Run one of the site's own queries (kg/web/queries/NAME.rq)."""
    return run_query(str(QUERIES / f"{name}.rq"), store)


def search_key(text: str) -> str:
    """What a search compares: NFKC, lower case, no quotes or brackets or spaces.

    >>> search_key("“共享法庭” ")
    '共享法庭'
    """
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\s“”\"'‘’《》〈〉<>「」『』【】]", "", text)


@dataclass(frozen=True)
class Hit:
    iri: str
    label: str  # the label or alias that matched
    name: str  # the entity's preferred label
    kind: str
    path: str | None


class LabelIndex:
    """Prefix and substring search over labels and aliases (Chinese or not).

    The keys are joined into one string so a search is one C-level scan, not a Python loop.

    >>> index = LabelIndex([("urn:a", "共享法庭", "共享法庭", "Program"),
    ...                     ("urn:b", "鹿城社区共享法庭", "鹿城社区共享法庭", "Program")])
    >>> [h.iri for h in index.search("共享")], [h.iri for h in index.search("法庭")]
    (['urn:a', 'urn:b'], ['urn:a', 'urn:b'])
    """

    def __init__(self, entries: list[tuple[str, str, str, str]]):
        rows = sorted(
            {(search_key(label), iri, label, name, kind) for iri, label, name, kind in entries}
        )
        rows = [r for r in rows if r[0]]
        self.rows = rows
        self.starts: list[int] = []
        at = 0
        for key, *_ in rows:
            self.starts.append(at)
            at += len(key) + 1
        self.text = "\n".join(r[0] for r in rows)

    def search(self, query: str, limit: int = 20, kinds: set[str] | None = None) -> list[Hit]:
        """Entities whose label or alias equals, begins with or contains the query, in that
        order, shorter labels first; one hit per entity."""
        key = search_key(query)
        if not key or "\n" in key:
            return []
        ranked = []
        for n, match in enumerate(re.finditer(re.escape(key), self.text)):
            if n >= MAX_MATCHES:
                break
            row = bisect.bisect_right(self.starts, match.start()) - 1
            label_key, iri, label, name, kind = self.rows[row]
            if kinds and kind not in kinds:
                continue
            rank = 0 if label_key == key else 1 if match.start() == self.starts[row] else 2
            ranked.append((rank, len(label_key), label_key, iri, label, name, kind))
        ranked.sort()
        hits, seen = [], set()
        for _, _, _, iri, label, name, kind in ranked:
            if iri in seen:
                continue
            seen.add(iri)
            hits.append(Hit(iri, label, name, kind, path_for_iri(iri)))
            if len(hits) >= limit:
                break
        return hits


@dataclass(frozen=True)
class Edge:
    source: int
    relation: str  # local name: carriedOutBy
    target: int
    report: int


class GraphIndex:
    """Labels, classes, counts, reports and drawable links of a store, read once.

    The entities are read when the index is made (index scans of rdf:type and the label
    properties: seconds on 1,000 reports); the links, which need every link assertion's report,
    by `load_links`, which the server runs in the background (`links_ready` tells when done).
    """

    def __init__(self, store: ox.Store):
        self.store = store
        kinds: dict[str, list[str]] = {}
        for name in ENTITY_CLASSES + PLACE_CLASSES:
            for quad in store.quads_for_pattern(None, TYPE, ox.NamedNode(FZ + name)):
                kinds.setdefault(quad.subject.value, []).append(FZ + name)
        self.kinds = {iri: kind_of(types) for iri, types in kinds.items()}
        self.counts = {
            name: n
            for name in ENTITY_CLASSES
            if (n := sum(FZ + name in types for types in kinds.values()))
        }
        names: dict[str, str] = {}
        entries = []
        for predicate in LABEL_PREDICATES:  # the preferred label first
            for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), None):
                iri = quad.subject.value
                if iri in self.kinds:
                    names.setdefault(iri, quad.object.value)
                    entries.append((iri, quad.object.value))
        self.names = names
        self.labels = LabelIndex(
            [(iri, label, names[iri], self.kinds[iri]) for iri, label in entries]
        )
        self.reports: list[tuple[str, str, str]] = sorted(
            (
                row["report"].value,
                row["title"].value if row["title"] else local_name(row["report"].value),
                row["year"].value if row["year"] else "",
            )
            for row in run(store, "reports")
        )
        self.nodes: list[str] = []
        self.node_number: dict[str, int] = {}
        self.edges: list[Edge] = []
        self.adjacent: dict[int, list[int]] = {}
        self.links_ready = threading.Event()

    def load_links(self) -> None:
        """Read the drawable links with their reports (kg/web/queries/network-edges.rq)."""
        report_number = {iri: n for n, (iri, _, _) in enumerate(self.reports)}
        nodes: list[str] = []
        node_number: dict[str, int] = {}
        edges = set()
        for row in run(self.store, "network-edges"):
            ends = []
            for name in ("s", "o"):
                iri = row[name].value
                if iri not in node_number:
                    node_number[iri] = len(nodes)
                    nodes.append(iri)
                ends.append(node_number[iri])
            report = report_number.get(row["report"].value, -1)
            edges.add(Edge(ends[0], local_name(row["p"].value), ends[1], report))
        ordered = sorted(
            edges, key=lambda e: (nodes[e.source], e.relation, nodes[e.target], e.report)
        )
        adjacent: dict[int, list[int]] = {}
        for n, edge in enumerate(ordered):
            adjacent.setdefault(edge.source, []).append(n)
            adjacent.setdefault(edge.target, []).append(n)
        self.nodes, self.node_number, self.edges, self.adjacent = (
            nodes,
            node_number,
            ordered,
            adjacent,
        )
        self.links_ready.set()

    def years(self) -> list[str]:
        return sorted({year for _, _, year in self.reports if year})

    def name(self, iri: str) -> str:
        return self.names.get(iri) or local_name(iri)

    def kind(self, iri: str) -> str:
        return self.kinds.get(iri, "")


@lru_cache(maxsize=4)
def _ontology(ontology: Path) -> ox.Store:
    """fazhi.ttl, parsed once for the labels and the ontology page."""
    store = ox.Store()
    store.load(path=str(ontology / "fazhi.ttl"), format=ox.RdfFormat.TURTLE)
    return store


def vocabulary_labels(ontology: Path) -> dict[str, str]:
    """ "中文 / English" labels of the ontology's classes and properties.

    >>> from kg.resources import ontology_dir
    >>> vocabulary_labels(ontology_dir())[FZ + "carriedOutBy"]
    '实施主体 / carried out by'
    """
    store = _ontology(ontology)
    labels: dict[str, dict[str, str]] = {}
    for quad in store.quads_for_pattern(None, ox.NamedNode(RDFS + "label"), None):
        labels.setdefault(quad.subject.value, {})[quad.object.language or ""] = quad.object.value
    return {
        iri: " / ".join(v for v in (by.get("zh"), by.get("en") or by.get("")) if v)
        for iri, by in labels.items()
    }


def vocabulary_terms(ontology: Path) -> list[dict[str, str]]:
    """The ontology's classes and properties for the ontology page: local name, labels,
    definition and kind, classes first.

    >>> from kg.resources import ontology_dir
    >>> terms = {t["name"]: t for t in vocabulary_terms(ontology_dir())}
    >>> terms["inferredCarrier"]["kind"], terms["Program"]["kind"]
    ('ObjectProperty', 'Class')
    """
    store = _ontology(ontology)
    labels = vocabulary_labels(ontology)
    order = {"Class": 0, "ObjectProperty": 1, "DatatypeProperty": 2, "NamedIndividual": 3}
    owl = "http://www.w3.org/2002/07/owl#"
    terms = []
    for quad in store.quads_for_pattern(None, TYPE, None):
        iri, kind = quad.subject.value, local_name(quad.object.value)
        if (
            not iri.startswith(FZ)
            or iri == FZ
            or kind not in order
            or not quad.object.value.startswith(owl)
        ):
            continue
        definition = next(
            iter(store.quads_for_pattern(quad.subject, ox.NamedNode(SKOS + "definition"), None)),
            None,
        )
        terms.append(
            {
                "iri": iri,
                "name": iri[len(FZ) :],
                "label": labels.get(iri, ""),
                "definition": definition.object.value if definition else "",
                "kind": kind,
            }
        )
    return sorted(terms, key=lambda t: (order[t["kind"]], t["name"]))
