"""RDF (graph.ttl, .trig or .nq) → a networkx MultiDiGraph with plain-string attributes."""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

import networkx as nx
import pyoxigraph

from kg import iri
from kg.numerals import decimal_text

FZ = "https://w3id.org/fazhi-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_SUBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"
RDF_PREDICATE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"
RDF_OBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object"
PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
ENTITY_TYPES = (
    "Agency",
    "Program",
    "Activity",
    "Place",
    "PolicyDocument",
    "Recognition",
    "Person",
    "Outcome",
    "Report",
)
LINKS = (
    "carriedOutBy",
    "inferredCarrier",
    "implementedIn",
    "implementedThroughout",
    "hasOutcome",
    "establishedBy",
    "recognizedAs",
    "awardedBy",
    "within",
)
_LINK_PREDICATES = {FZ + name: name for name in LINKS}
_IN_SENTENCE, _MENTIONED_IN, _HEADING_PATH, _ADMIN_CODE, _STATUS, _COVERS_YEAR = (
    FZ + name
    for name in ("inSentence", "mentionedIn", "headingPath", "adminCode", "status", "coversYear")
)
_ASSERTION_PARTS = {RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT, FZ + "inReport"}
_ASSERTION_IRI = iri.BASE + "assertion/"
_OUTCOME_ATTRS = {FZ + name: name for name in ("indicator", "value", "unit")}
_PLACE_LEVELS = {"Province", "Prefecture", "County", "Township", "Subdistrict", "Community", "Site"}
_FORMATS = {
    ".ttl": pyoxigraph.RdfFormat.TURTLE,
    ".trig": pyoxigraph.RdfFormat.TRIG,
    ".nq": pyoxigraph.RdfFormat.N_QUADS,
    ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
}


def from_rdf(source) -> nx.MultiDiGraph:
    """Read a graph file (or an iterable of pyoxigraph triples/quads) into networkx.

    Nodes are entity IRIs with attributes ``type`` (Agency, Program, …), ``label``, ``code``
    (9-digit division code or ""), ``level`` (a place's Province … Subdistrict, else ""),
    ``mentions`` (int), ``reports`` (int), ``status`` ("Implemented", "Planned", both joined by
    "+", or ""), ``themes`` (section headings, "；"-joined) and ``years``; outcomes also
    ``report``. Edges carry ``relation`` (the fz: local name), ``weight`` (the number of
    supporting assertions, at least 1) and ``report_ids`` (the reports that state the link,
    ","-joined). Every attribute is a str or an int, never None.

    Counting places: :func:`place_coverage` counts a programme implemented throughout a county
    (``implementedThroughout``) in each of its townships; counting ``implementedIn`` edges counts
    only the townships that are named.

    Examples
    --------
    >>> G = from_rdf("output/graph.ttl")                      # doctest: +SKIP
    >>> sorted({d["type"] for _, d in G.nodes(data=True)})    # doctest: +SKIP
    ['Agency', 'Outcome', 'Place', 'PolicyDocument', 'Program', 'Recognition', 'Report']
    """
    triples = _triples(source)
    types: dict[str, str] = {}
    attrs: dict[str, dict] = defaultdict(dict)
    edges: list[tuple[str, str, str]] = []
    support: Counter = Counter()
    mentions: Counter = Counter()
    reports: dict[str, set] = defaultdict(set)
    mention_sentence: dict[str, str] = {}
    sentence_heading: dict[str, str] = {}
    mention_of: dict[str, list] = defaultdict(list)
    untyped_derived: dict[str, list] = defaultdict(list)  # evidence read before its subject's type
    statuses: dict[str, set] = defaultdict(set)
    edge_reports: dict[tuple, set] = defaultdict(set)
    # a link assertion is folded into support/edge_reports as soon as its four parts are in and the
    # next assertion starts (kg's files keep a subject's triples together), so the 170 k assertions
    # of a 1,000-report graph are never all held; incomplete ones wait for their parts
    assertions: dict[str, dict] = {}
    current = None
    years: dict[str, str] = {}
    for s, p, o in triples:  # branches in order of frequency (a 1,000-report graph: 2.5 M triples)
        if p == PROV_DERIVED:
            if s.startswith(
                _ASSERTION_IRI
            ):  # an assertion's evidence: only entities and outcomes become nodes
                continue
            mentions[s] += 1
            kind = types.get(s)
            if kind in _PROGRAMME_TYPES:  # kg's files sort by subject: the type comes first
                mention_of[o].append(s)
            elif kind is None:  # another order: decide at the end
                untyped_derived[s].append(o)
        elif p == _IN_SENTENCE:
            mention_sentence[s] = o
        elif p == RDF_TYPE:
            if o.startswith(FZ):
                local = o[len(FZ) :]
                # where a subject has two values, the one kept is the one last (or, for the
                # level, first) in sorted order, as kg's sorted files give it: any order, same graph
                if local in ENTITY_TYPES:
                    if _outranks(local, types.get(s, "")):
                        types[s] = local
                elif local in _PLACE_LEVELS:
                    if local < attrs[s].get("level", "\uffff"):
                        attrs[s]["level"] = local
        elif p == _MENTIONED_IN:
            reports[s].add(o)
        elif p in _ASSERTION_PARTS:
            if s != current:
                if current is not None and len(assertions[current]) == len(_ASSERTION_PARTS):
                    _fold_assertion(assertions.pop(current), support, edge_reports)
                current = s
            assertions.setdefault(s, {})[p] = o
        elif p == _HEADING_PATH:
            sentence_heading[s] = o
        elif p in _OUTCOME_ATTRS:
            _keep_max(attrs[s], _OUTCOME_ATTRS[p], o)
        elif p in _LINK_PREDICATES:
            edges.append((s, o, _LINK_PREDICATES[p]))
        elif p == PREF:
            _keep_max(attrs[s], "label", o)
        elif p == _ADMIN_CODE:
            _keep_max(attrs[s], "code", o)
        elif p == _STATUS:
            statuses[s].add(o[len(FZ) :])
        elif p == _COVERS_YEAR:
            _keep_max(years, s, o)
    for a in assertions.values():
        _fold_assertion(a, support, edge_reports)
    for s, derived in untyped_derived.items():
        if types.get(s) in _PROGRAMME_TYPES:
            for mention in derived:
                mention_of[mention].append(s)
    themes_of: dict[str, set] = defaultdict(set)
    for mention, owners in mention_of.items():
        theme = _theme(sentence_heading.get(mention_sentence.get(mention, ""), ""))
        if theme:
            for owner in owners:
                themes_of[owner].add(theme)
    G = nx.MultiDiGraph()
    for node in sorted(types):
        kind = types[node]
        if kind == "Mention":
            continue
        a = attrs.get(node, {})
        themes = sorted(themes_of[node]) if kind in _PROGRAMME_TYPES else []
        label = a.get("label") or (
            f"{a.get('indicator', '')} {_number(a.get('value', ''))}{a.get('unit', '')}".strip()
            if kind == "Outcome"
            else node.rsplit("/", 1)[-1]
        )
        G.add_node(
            node,
            type=kind,
            label=label,
            level=a.get("level", ""),
            code=a.get("code", ""),
            mentions=mentions[node],
            reports=len(reports[node]),
            status="+".join(sorted(statuses[node])),
            themes="；".join(themes),
            report=",".join(sorted(_short(r) for r in reports[node])) if kind == "Outcome" else "",
            years=",".join(sorted({years[r] for r in reports[node] if r in years})),
        )
    for s, o, rel in sorted(set(edges)):
        if s in G and o in G:
            G.add_edge(
                s,
                o,
                key=rel,
                relation=rel,
                weight=max(1, support[(s, o, rel)]),
                report_ids=",".join(sorted(edge_reports[(s, o, rel)])),
            )
    return G


def _number(lexical: str) -> str:
    """An xsd:decimal as a person writes it: 52.0 → 52, 3.920 → 3.92."""
    try:
        return decimal_text(Decimal(lexical))
    except InvalidOperation:
        return lexical


_PROGRAMME_TYPES = ("Program", "Activity")


def _outranks(new: str, kept: str) -> bool:
    """Whether a node's type `new` replaces the one `kept` so far: an activity is typed both
    fz:Activity and fz:Program and is drawn as the former, and so is a body that is also a
    measure (Agency and Program: 区司法局建立…中心, ANNOTATION's "Agency first for bodies");
    otherwise the later in sorted order wins (any order of triples, same graph).

    >>> _outranks("Activity", "Program"), _outranks("Program", "Activity"), _outranks("Place", "")
    (True, False, True)
    >>> _outranks("Program", "Agency"), _outranks("Agency", "Program")
    (False, True)
    """
    for first in ("Activity", "Agency"):  # an activity, a body that is also a measure (…中心)
        if {new, kept} == {first, "Program"}:
            return new == first
    return new > kept


def _keep_max(values: dict, key, value: str) -> None:
    if value > values.get(key, ""):
        values[key] = value


def _fold_assertion(parts: dict, support: Counter, edge_reports: dict) -> None:
    """Count one link assertion (its rdf:subject/predicate/object and fz:inReport) for its link."""
    if RDF_PREDICATE in parts:
        key = (parts.get(RDF_SUBJECT), parts.get(RDF_OBJECT), parts[RDF_PREDICATE][len(FZ) :])
        support[key] += 1
        if FZ + "inReport" in parts:
            edge_reports[key].add(_short(parts[FZ + "inReport"]))


def _short(report_iri: str) -> str:
    return report_iri.rsplit("/", 1)[-1]


def _theme(heading_path: str) -> str:
    """The section of a heading path (part / section / item) — the report's own theme."""
    parts = heading_path.split(" / ")
    return parts[1] if len(parts) > 1 else ""


_SKIPPED = {
    FZ + name
    for name in (
        "sentenceText",
        "surface",
        "start",
        "end",
        "sentenceStart",
        "sentenceIndex",
        "partKind",
        "rule",
        "sha256",
        "sourceFile",
        "approximate",
        "year",
    )
} | {"http://www.w3.org/2004/02/skos/core#altLabel", "http://www.w3.org/2000/01/rdf-schema#label"}


def rdf_format(path: Path) -> pyoxigraph.RdfFormat:
    """The RDF format of a graph file by its suffix, or a ValueError that names the file."""
    fmt = _FORMATS.get(Path(path).suffix)
    if fmt is None:
        raise ValueError(f"{path}: unknown RDF format (use .ttl, .trig, .nq or .nt)")
    return fmt


def _triples(source):
    """(s, p, o) values, streaming; the bulky provenance text is skipped early. Read the
    de-duplicated union (graph.ttl, or the build's N-Triples): from .trig or .nq a triple stated in
    several reports is counted once per report."""
    if isinstance(source, (str, Path)):
        path = Path(source)
        fmt = rdf_format(path)
        if fmt == pyoxigraph.RdfFormat.N_TRIPLES:
            parsed = (
                t for block in _needed_ntriples(path) for t in pyoxigraph.parse(block, format=fmt)
            )
        else:
            parsed = pyoxigraph.parse(path=str(path), format=fmt)
    else:
        parsed = source
    skipped = _SKIPPED
    for t in parsed:
        p = t.predicate.value
        if p not in skipped:
            yield t.subject.value, p, t.object.value


_MENTION, _SENTENCE = f"<{iri.BASE}mention/".encode(), f"<{iri.BASE}sentence/".encode()
_KEPT_FROM = {_MENTION: f"<{FZ}inSentence>".encode(), _SENTENCE: f"<{FZ}headingPath>".encode()}
_SKIPPED_BYTES = {f"<{p}>".encode() for p in _SKIPPED}


def _needed_ntriples(path: Path, block_lines: int = 100_000):
    """Blocks of the N-Triples lines from_rdf uses, filtered as bytes before parsing: mentions and
    sentences are over half of the graph, and only their sentence and heading are needed."""
    kept: list[bytes] = []
    with open(path, "rb") as handle:
        for line in handle:
            subject, predicate, _ = line.split(b" ", 2)
            if predicate in _SKIPPED_BYTES:
                continue
            prefix = (
                _MENTION
                if subject.startswith(_MENTION)
                else _SENTENCE
                if subject.startswith(_SENTENCE)
                else None
            )
            if prefix is not None and predicate != _KEPT_FROM[prefix]:
                continue
            kept.append(line)
            if len(kept) >= block_lines:
                yield b"".join(kept)
                kept.clear()
    if kept:
        yield b"".join(kept)
