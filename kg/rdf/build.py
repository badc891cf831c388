"""Extraction results → quads under the fz: ontology (pyoxigraph terms), one named graph per
report."""

from __future__ import annotations

from typing import Iterable

from kg import iri
from kg.extract import ReportResult
from kg.gazetteer import load_gazetteer
from kg.model import Mention, Sentence
from kg.rdf.namespace import FZ
from kg.resolve import township_divisions
from kg.vocab import DCT, ORG, PROV, RDF, RDFS, SKOS, XSD

# Terms are written straight as N-Quads text (measured 5x faster than building pyoxigraph
# objects and serialising them); IRIs come from kg.iri, which %-encodes anything unsafe.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def n(value: str) -> str:
    return f"<{value}>"


def _lit(text: str) -> str:
    return '"' + str(text).translate(_ESCAPES) + '"'


def Literal(text: str) -> str:  # noqa: N802 — reads like the RDF term it makes
    return _lit(text)


def zh(text: str) -> str:
    return _lit(text) + "@zh"


def typed(value, datatype: str) -> str:
    if datatype == "boolean":
        value = "true" if value else "false"
    elif datatype == "decimal" and "." not in str(value):
        value = (
            f"{value}.0"  # the canonical xsd:decimal form (17000.0), stable through any round trip
        )
    return f"{_lit(value)}^^<{XSD}{datatype}>"


MAX_SENTENCE = 600
_TYPE = n(RDF + "type")
_SUBJECT, _PREDICATE, _OBJECT = n(RDF + "subject"), n(RDF + "predicate"), n(RDF + "object")
_LABEL, _PREF, _ALT = n(RDFS + "label"), n(SKOS + "prefLabel"), n(SKOS + "altLabel")
_DERIVED = n(PROV + "wasDerivedFrom")


class _Terms(dict):
    """fz: terms as N-Triples text (<…#name>), checked against the closed namespace once each."""

    def __missing__(self, name: str) -> str:
        self[name] = term = f"<{FZ[name]}>"
        return term


FZT = _Terms()


class _Graph:
    """Collects N-Quads lines of one named graph."""

    def __init__(self, graph: str):
        self.graph = n(graph)
        self.quads: list[str] = []
        self.written: set[str] = set()  # nodes whose description is already in the graph
        # (start, end) → the entity or outcome mention read there: a link's evidence at that span
        # is that mention, not a second node with the same offsets
        self.read_at: dict[tuple[int, int], str] = {}
        self.page_at = None  # ReportText.page_at of a paged source (PDF)

    def add(self, s: str, p: str, o: str):
        """s: an IRI, bare or in <>; p: in <>; o: an N-Triples term."""
        if s[0] != "<":
            s = f"<{s}>"
        self.quads.append(f"{s} {p} {o} {self.graph} .")


# the link properties whose rdfs:domain is fz:Program (ontology/fazhi.ttl; a test keeps them in
# sync)
PROGRAMME_DOMAIN = ("carriedOutBy", "inferredCarrier", "implementedIn", "implementedThroughout")


def report_quads(result: ReportResult) -> list[str]:
    """All quads of one report, in its named graph."""
    report, res = result.report, result.resolved
    g = _Graph(iri.report_graph(report.doc_id))
    r = iri.report(report.doc_id)
    meta = report.meta
    g.add(r, _TYPE, FZT["Report"])
    if meta.title:
        g.add(r, n(DCT + "title"), zh(meta.title))
        g.add(r, _LABEL, zh(meta.title))
    if res.publisher:
        g.add(r, n(DCT + "publisher"), n(res.publisher))
    if meta.issued:
        g.add(r, n(DCT + "issued"), typed(meta.issued, "date"))
    if meta.covers_year:
        g.add(r, FZT["coversYear"], typed(meta.covers_year, "gYear"))
    if meta.index_number:
        g.add(r, FZT["indexNumber"], Literal(meta.index_number))
    g.add(r, FZT["sourceFile"], Literal(report.source.replace("\\", "/").rsplit("/", 1)[-1]))
    if report.sha256:
        g.add(r, FZT["sha256"], Literal(report.sha256))
    g.add(r, FZT["extractedBy"], Literal(report.extracted_by))
    if report.page_starts:
        g.page_at = report.page_at
    if res.jurisdiction:
        g.add(r, FZT["aboutPlace"], n(iri.place(res.jurisdiction.ljust(9, "0"))))
    sentences = result.sentences
    agencies_at: dict[
        int, list[tuple[int, str]]
    ] = {}  # start → (end, IRI) of agency mentions, in text order
    for m in result.mentions:
        if m.kind == "Agency" and res.entity_at(m):
            agencies_at.setdefault(m.start, []).append((m.end, res.entity_at(m)))
    # a body that carries, or is implemented in, is a programme too (rdfs:domain fz:Program of
    # those links, made explicit for queries without a reasoner: 区司法局建立…中心)
    measures = {found.subject for found in result.links if found.predicate in PROGRAMME_DOMAIN}
    for entity in res.entities.values():
        _entity(g, entity, r, report.doc_id, sentences, result, agencies_at)
        if entity.kind == "Agency" and entity.iri in measures:
            g.add(entity.iri, _TYPE, FZT["Program"])
    for outcome in res.outcomes:
        o = outcome.iri
        g.add(o, _TYPE, FZT["Outcome"])
        g.add(o, _LABEL, zh(f"{outcome.indicator} {outcome.value}{outcome.unit}".strip()))
        g.add(o, FZT["value"], typed(outcome.value, "decimal"))
        g.add(o, FZT["unit"], Literal(outcome.unit))
        if outcome.indicator:
            g.add(o, FZT["indicator"], zh(outcome.indicator))
        g.add(o, FZT["approximate"], typed(outcome.approximate, "boolean"))
        if outcome.year:
            g.add(o, FZT["year"], typed(outcome.year, "gYear"))
        if outcome.baseline_value is not None:
            g.add(o, FZT["baselineValue"], typed(outcome.baseline_value, "decimal"))
        if outcome.baseline_year:
            g.add(o, FZT["baselineYear"], typed(outcome.baseline_year, "gYear"))
        g.add(o, FZT["mentionedIn"], n(r))
        g.add(o, _DERIVED, n(_mention(g, outcome.mention, r, report.doc_id, sentences)))
    for found in result.links:
        _assert(
            g,
            found.subject,
            str(FZ[found.predicate]),
            n(found.object),
            found.mention,
            found.rule,
            r,
            report.doc_id,
            sentences,
        )
    # fz:status is per report and needs no assertion of its own: the part of the report its
    # mentions are in says it (queries/planned-programmes.rq reads fz:partKind)
    for entity in res.entities.values():
        if entity.kind == "Program":
            for status in sorted(entity.status):
                g.add(entity.iri, FZT["status"], FZT[status])
    return g.quads


def _entity(
    g: _Graph,
    entity,
    r: str,
    doc_id: str,
    sentences: list[Sentence],
    result: ReportResult,
    agencies_at: dict[int, list[tuple[int, str]]],
):
    e = entity.iri
    g.add(e, _TYPE, FZT[entity.kind])
    for extra in sorted(entity.extra_types):
        g.add(e, _TYPE, FZT[extra])
        if extra == "Subdistrict":
            g.add(e, _TYPE, FZT["Township"])
    g.add(e, _LABEL, zh(entity.label))
    g.add(e, _PREF, zh(entity.label))
    for alias in sorted(entity.aliases):
        g.add(e, _ALT, zh(alias))
    if entity.mentions or entity.props.get("publisher_of") or entity.props.get("in_header"):
        g.add(e, FZT["mentionedIn"], n(r))
    for m in entity.mentions:
        g.add(e, _DERIVED, n(_mention(g, m, r, doc_id, sentences)))
    props = entity.props
    if entity.kind == "Place":
        code = props.get("code")
        if code:
            g.add(e, FZT["adminCode"], Literal(code.ljust(9, "0")))
        elif props.get("within_code") and props["within_code"] != "cn":
            g.add(e, FZT["within"], n(iri.place(props["within_code"].ljust(9, "0"))))
    elif entity.kind == "Agency":
        scope = props.get("scope")
        if scope and scope != "cn":
            g.add(e, FZT["jurisdiction"], n(iri.place(scope.ljust(9, "0"))))
        for m in entity.mentions:  # 市调委会驻拘留所工作室 is part of 市调委会
            parent = next((body for end, body in agencies_at.get(m.start, ()) if end < m.end), None)
            if parent is not None:
                g.add(e, n(ORG + "subOrganizationOf"), n(parent))
    elif entity.kind == "Person":
        if props.get("post"):
            g.add(e, FZT["post"], zh(props["post"]))
        for m in entity.mentions:
            body = m.get("body")
            if body:
                offset = result.report.body_start
                parent = result.resolved.iri_of.get((body[0] + offset, body[1] + offset, "Agency"))
                if parent is not None:
                    g.add(e, FZT["holdsPostIn"], n(parent))


def _mention(g: _Graph, m: Mention, r: str, doc_id: str, sentences: list[Sentence]) -> str:
    """The mention node of a span, written once. Neither its report nor its surface text is
    stated: the sentence names the report, and the text is the sentence's between the offsets
    (ontology/README.md, "Compact provenance")."""
    span = (m.start, m.end)
    if m.kind == "Evidence" and span in g.read_at:
        return g.read_at[span]
    node = iri.mention(doc_id, m.start, m.end, m.kind)
    if node in g.written:
        return node
    g.written.add(node)
    if m.kind != "Evidence":
        g.read_at.setdefault(span, node)
    g.add(node, _TYPE, FZT["Mention"])
    g.add(node, FZT["start"], typed(m.start, "integer"))
    g.add(node, FZT["end"], typed(m.end, "integer"))
    if g.page_at is not None:
        g.add(node, FZT["page"], typed(g.page_at(m.start), "positiveInteger"))
    g.add(node, FZT["inSentence"], n(_sentence(g, sentences[m.sentence], m, r, doc_id)))
    rule = m.get("rule")
    if rule:
        g.add(node, FZT["rule"], Literal(rule))
    return node


def _sentence(g: _Graph, sentence: Sentence, m: Mention, r: str, doc_id: str) -> str:
    """The sentence node a mention points to, written once per report: its text is stored once,
    not once per mention (a sentence carries several mentions)."""
    start, text = sentence.start, sentence.text
    if (
        len(text) > MAX_SENTENCE
    ):  # a run-on "sentence" (no 。 for pages): keep a window around the mention
        lo = max(sentence.start, m.start - MAX_SENTENCE // 2)
        hi = min(sentence.end, max(m.end, lo + MAX_SENTENCE))
        start, text = lo, text[lo - sentence.start : hi - sentence.start]
        node = iri.sentence(doc_id, sentence.index, window_start=start)
    else:
        node = iri.sentence(doc_id, sentence.index)
    if node in g.written:
        return node
    g.written.add(node)
    g.add(node, _TYPE, FZT["Sentence"])
    g.add(node, FZT["inReport"], n(r))
    g.add(node, FZT["sentenceText"], zh(text))
    g.add(node, FZT["sentenceStart"], typed(start, "integer"))
    g.add(node, FZT["sentenceIndex"], typed(sentence.index, "integer"))
    if sentence.heading_path:
        g.add(node, FZT["headingPath"], zh(sentence.heading_path))
    g.add(node, FZT["partKind"], Literal(sentence.part_kind))
    return node


def _assert(g, subject, predicate, obj, evidence, rule, r, doc_id, sentences):
    """The plain triple, and its reified assertion with evidence, report and rule."""
    g.add(subject, n(predicate), obj)
    mention = _mention(g, evidence, r, doc_id, sentences)
    a = iri.assertion(subject, predicate, obj[1:-1] if obj.startswith("<") else obj, mention)
    g.add(a, _TYPE, FZT["LinkAssertion"])
    g.add(a, _SUBJECT, n(subject))
    g.add(a, _PREDICATE, n(predicate))
    g.add(a, _OBJECT, obj)
    g.add(a, _DERIVED, n(mention))
    g.add(a, FZT["inReport"], n(r))
    g.add(a, FZT["rule"], Literal(rule))


def gazetteer_quads(codes: Iterable[str]) -> list[str]:
    """Reference places: each given division with its chain up to the province, and every
    township of each county among them (the graph holds them, mentioned or not)."""
    gaz = load_gazetteer()
    codes = set(codes)
    for code in list(codes):
        if len(code) == 6:
            codes.update(d.code for d in gaz.children(code))
        elif len(code) == 9:
            codes.update(d.code for d in township_divisions(code))
    g = _Graph(iri.GAZETTEER_GRAPH)
    done = set()
    for code in sorted(codes):
        for div in gaz.ancestors(code):
            if div.code in done:
                continue
            done.add(div.code)
            p = iri.place(div.admin_code)
            g.add(p, _TYPE, FZT["Place"])
            g.add(p, _TYPE, FZT[div.level])
            if div.level == "Subdistrict":  # stated, so queries need no RDFS reasoning
                g.add(p, _TYPE, FZT["Township"])
            g.add(p, _LABEL, zh(div.name))
            g.add(p, _PREF, zh(div.name))
            g.add(p, FZT["adminCode"], Literal(div.admin_code))
            parent = gaz.by_code[div.parent].admin_code if div.parent else None
            # 中山市 is both prefecture 4420 and county 442000: one place (442000000), not within
            # itself
            if parent and parent != div.admin_code:
                g.add(p, FZT["within"], n(iri.place(parent)))
    return g.quads


def gazetteer_graph_lines(codes: Iterable[str]) -> list[str]:
    from kg.rdf.serialize import nquads_lines

    return nquads_lines(gazetteer_quads(codes))
