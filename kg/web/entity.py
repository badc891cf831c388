"""What an entity page shows, read from the store's indexes (no HTML here): labels, types, literal
properties, the chain of ``fz:within``, every link in and out grouped by relation — stated and
inferred carriers apart — each with its evidence (the sentence, the supporting spans, the report
and its heading path), in report-year order, at most `PAGE_SIZE` links a relation a page.

The store is read with quad patterns, not SPARQL: every lookup starts from a bound term, so a
page costs the same on one report or on a thousand."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import lru_cache

import pyoxigraph as ox

from kg.vocab import DCT, FZ, PROV, RDF, RDFS, SKOS
from kg.web.paths import path_for_iri

PAGE_SIZE = 50
EVIDENCE_PER_LINK = 10
MENTIONS_EXAMINED = 30

TYPE = ox.NamedNode(RDF + "type")
LABEL = ox.NamedNode(RDFS + "label")
PREF = ox.NamedNode(SKOS + "prefLabel")
ALT = ox.NamedNode(SKOS + "altLabel")
SUBJECT = ox.NamedNode(RDF + "subject")
PREDICATE = ox.NamedNode(RDF + "predicate")
OBJECT = ox.NamedNode(RDF + "object")
DERIVED = ox.NamedNode(PROV + "wasDerivedFrom")
IN_REPORT = ox.NamedNode(FZ + "inReport")
IN_SENTENCE = ox.NamedNode(FZ + "inSentence")
PAGE = ox.NamedNode(FZ + "page")
THROUGHOUT = ox.NamedNode(FZ + "implementedThroughout")
WITHIN = ox.NamedNode(FZ + "within")
MENTIONED_IN = ox.NamedNode(FZ + "mentionedIn")
RULE = ox.NamedNode(FZ + "rule")

LABELS = (PREF, LABEL)
# Bookkeeping that is shown as evidence, not as links of their own.
HIDDEN_OUT = {DERIVED, TYPE, LABEL, PREF, ALT}
HIDDEN_IN = {SUBJECT, OBJECT, IN_REPORT, IN_SENTENCE, DERIVED}
INFERRED = {FZ + "inferredCarrier"}
OUTCOME_FIELDS = (
    "value",
    "unit",
    "indicator",
    "year",
    "approximate",
    "baselineValue",
    "baselineYear",
)
PLACE_CLASSES = ("Province", "Prefecture", "County", "Township", "Subdistrict", "Community", "Site")
# Most specific first: a place's own class before fz:Place.
CLASS_ORDER = PLACE_CLASSES + (
    "ReferenceBody",
    "Agency",
    "Activity",
    "Program",
    "Place",
    "PolicyDocument",
    "Recognition",
    "Person",
    "Outcome",
    "Report",
    "Sentence",
    "Mention",
    "LinkAssertion",
)


@dataclass(frozen=True)
class Term:
    iri: str
    label: str
    kind: str  # the most specific fz class, or "" for a literal-free external IRI
    path: str | None  # the site path of our own entities; None for ontology terms

    @property
    def href(self) -> str:
        return self.path or self.iri


@dataclass(frozen=True)
class Span:
    """A highlighted run of a sentence: the span that supports the fact."""

    text: str


@dataclass
class Evidence:
    report: Term
    year: str
    issued: str
    publisher: str
    heading: str
    sentence: list[Span | str]  # text and highlighted spans, in order
    rule: str
    page: str = ""  # the page of a PDF the evidence begins on, to cite


@dataclass
class Link:
    other: Term
    evidence: list[Evidence]
    more: int  # statements of the link (assertions) not shown; -1: some, not counted
    details: dict[str, str] = field(default_factory=dict)  # an outcome's value, unit, …
    years: tuple[str, ...] = ()


@dataclass
class RelationGroup:
    predicate: str
    name: str  # local name: carriedOutBy
    label: str  # 实施主体 / carried out by
    direction: str  # "out" (this entity is the subject) or "in"
    inferred: bool
    links: list[Link]
    total: int
    page: int
    pages: int


@dataclass
class EntityPage:
    term: Term
    aliases: list[str]
    types: list[Term]
    properties: list[tuple[str, list[str]]]
    within: list[Term]  # the place's parents, nearest first
    groups: list[RelationGroup]
    mentions: list[Evidence]
    mentions_total: int
    mentions_examined: int

    @property
    def mentions_more(self) -> bool:
        return self.mentions_total > self.mentions_examined


class EntityReader:
    """Reads entity pages out of a read-only store; caches labels and report facts (the store
    never changes while it is served).

    `vocabulary` maps ontology IRIs to their labels (``实施主体 / carried out by``)."""

    def __init__(
        self,
        store: ox.Store,
        vocabulary: dict[str, str] | None = None,
        names: dict[str, str] | None = None,
        kinds: dict[str, str] | None = None,
    ):
        self.store = store
        self.vocabulary = vocabulary or {}
        # the entities' names and classes, when the site's index already holds them in memory
        self.names, self.kinds = names or {}, kinds or {}
        self.term = lru_cache(maxsize=200_000)(self._term)
        self.report_facts = lru_cache(maxsize=100_000)(self._report_facts)
        self.sentence = lru_cache(maxsize=100_000)(self._sentence)

    # -- single lookups ---------------------------------------------------------------------
    def values(self, subject, predicate) -> list:
        return [q.object for q in self.store.quads_for_pattern(subject, predicate, None)]

    def first(self, subject, predicate):
        return next(iter(self.store.quads_for_pattern(subject, predicate, None)), None)

    def _term(self, iri: str) -> Term:
        if iri in self.names and iri in self.kinds:
            return Term(iri, self.names[iri], self.kinds[iri], path_for_iri(iri))
        node = ox.NamedNode(iri)
        label = None
        for predicate in LABELS:
            quad = self.first(node, predicate)
            if quad is not None:
                label = quad.object.value
                break
        kind = kind_of([t.value for t in self.values(node, TYPE)])
        if label is None:
            label = self.vocabulary.get(iri) or local_name(iri)
        return Term(iri, label, kind, path_for_iri(iri))

    def _report_facts(self, iri: str) -> tuple[Term, str, str, str]:
        node = ox.NamedNode(iri)
        year = self.first(node, ox.NamedNode(FZ + "coversYear"))
        issued = self.first(node, ox.NamedNode(DCT + "issued"))
        publisher = self.first(node, ox.NamedNode(DCT + "publisher"))
        title = self.first(node, ox.NamedNode(DCT + "title"))
        term = self.term(iri)
        if title is not None:
            term = Term(iri, title.object.value, term.kind, term.path)
        return (
            term,
            year.object.value if year else "",
            issued.object.value if issued else "",
            self.term(publisher.object.value).label if publisher else "",
        )

    def _sentence(self, iri: str) -> tuple[str, int, str]:
        node = ox.NamedNode(iri)
        text = self.first(node, ox.NamedNode(FZ + "sentenceText"))
        start = self.first(node, ox.NamedNode(FZ + "sentenceStart"))
        heading = self.first(node, ox.NamedNode(FZ + "headingPath"))
        return (
            text.object.value if text else "",
            int(start.object.value) if start else 0,
            heading.object.value if heading else "",
        )

    # -- evidence ---------------------------------------------------------------------------
    def evidence_of(self, derived_from: list, rule: str = "") -> list[Evidence]:
        """Evidence of mentions (or an assertion's evidence spans), one item per sentence."""
        by_sentence: dict[str, list[tuple[int, int]]] = {}
        pages: dict[str, int] = {}
        for mention in derived_from:
            sentence = self.first(mention, IN_SENTENCE)
            start = self.first(mention, ox.NamedNode(FZ + "start"))
            end = self.first(mention, ox.NamedNode(FZ + "end"))
            if sentence is None or start is None or end is None:
                continue
            spans = by_sentence.setdefault(sentence.object.value, [])
            spans.append((int(start.object.value), int(end.object.value)))
            page = self.first(mention, PAGE)
            if page is not None:
                key = sentence.object.value
                pages[key] = min(pages.get(key, 1 << 30), int(page.object.value))
        out = []
        for sentence_iri, spans in by_sentence.items():
            text, offset, heading = self.sentence(sentence_iri)
            report = self.first(ox.NamedNode(sentence_iri), IN_REPORT)
            if report is None:
                continue
            term, year, issued, publisher = self.report_facts(report.object.value)
            parts = highlight(text, [(s - offset, e - offset) for s, e in spans])
            page = str(pages[sentence_iri]) if sentence_iri in pages else ""
            out.append(Evidence(term, year, issued, publisher, heading, parts, rule, page))
        return out

    def assertions(self, role, node) -> list:
        return [q.subject for q in self.store.quads_for_pattern(None, role, node)]

    def link_assertions(self, mine: list, other_role, other, predicate) -> tuple[list, bool]:
        """The assertions of one link: those of this entity (`mine`) that have `predicate` and
        `other` in `other_role`, and whether there may be more than those returned. Reads from
        whichever end has fewer assertions; from this entity's end it stops after
        EVIDENCE_PER_LINK + 1 (a status such as fz:Implemented has a whole corpus's)."""
        theirs = []
        for quad in self.store.quads_for_pattern(None, other_role, other):
            theirs.append(quad.subject)
            if len(theirs) > len(mine):
                theirs = None
                break
        if theirs is not None:
            candidates = [a for a in theirs if a in set(mine)]
            return [a for a in candidates if self.first(a, PREDICATE).object == predicate], False
        found = []
        for a in mine:
            if (
                self.first(a, PREDICATE).object == predicate
                and self.first(a, other_role).object == other
            ):
                found.append(a)
                if len(found) > EVIDENCE_PER_LINK:
                    return found, True
        return found, False

    def link_evidence(self, assertions: list, limit: int = EVIDENCE_PER_LINK) -> list[Evidence]:
        """The evidence of the first `limit` assertions in report order (year, then report)."""

        def report_order(assertion):
            report = self.first(assertion, IN_REPORT)
            if report is None:
                return ("9999", "")
            return (self.report_facts(report.object.value)[1] or "9999", report.object.value)

        evidence = []
        for assertion in sorted(assertions, key=lambda a: (report_order(a), a.value))[:limit]:
            rule = self.first(assertion, RULE)
            evidence += self.evidence_of(
                self.values(assertion, DERIVED), rule.object.value if rule else ""
            )
        return sorted(evidence, key=evidence_order)

    # -- the page ---------------------------------------------------------------------------
    def page(self, iri: str, relation: str | None = None, page: int = 1) -> EntityPage | None:
        """The entity page of `iri` (None when the store holds nothing about it). `relation`
        (``out:carriedOutBy``) and `page` page one relation group; others show their first page."""
        node = ox.NamedNode(iri)
        outgoing = list(self.store.quads_for_pattern(node, None, None))
        incoming = [
            q
            for q in self.store.quads_for_pattern(None, None, node)
            if q.predicate not in HIDDEN_IN
        ]
        if not outgoing and not incoming:
            return None
        term = self.term(iri)
        pref = {q.object.value for q in outgoing if q.predicate == PREF}
        aliases = sorted(
            {q.object.value for q in outgoing if q.predicate in (ALT, LABEL)} - pref - {term.label}
        )
        types = sorted(
            {self.term(q.object.value) for q in outgoing if q.predicate == TYPE}, key=_by_label
        )
        properties: dict[str, list[str]] = {}
        out_links: dict[ox.NamedNode, set] = {}
        for quad in outgoing:
            if quad.predicate in HIDDEN_OUT:
                continue
            if isinstance(quad.object, ox.Literal):
                properties.setdefault(self.label_of(quad.predicate.value), []).append(
                    quad.object.value
                )
            elif isinstance(quad.object, ox.NamedNode):
                out_links.setdefault(quad.predicate, set()).add(quad.object)
        in_links: dict[ox.NamedNode, set] = {}
        for quad in incoming:
            if isinstance(quad.subject, ox.NamedNode):
                in_links.setdefault(quad.predicate, set()).add(quad.subject)
        as_subject = self.assertions(SUBJECT, node)
        as_object = self.assertions(OBJECT, node)
        groups = []
        for direction, links in (("out", out_links), ("in", in_links)):
            for predicate, others in sorted(links.items(), key=lambda kv: group_order(kv[0].value)):
                key = f"{direction}:{local_name(predicate.value)}"
                wanted = page if relation == key else 1
                groups.append(
                    self.group(node, predicate, direction, others, as_subject, as_object, wanted)
                )
        parents = self.parents(node)
        groups += self.county_wide(parents, relation, page)
        mentions = sorted(self.values(node, DERIVED), key=lambda m: m.value)
        examined = mentions[:MENTIONS_EXAMINED]
        shown = sorted(self.evidence_of(examined), key=evidence_order)
        return EntityPage(
            term,
            aliases,
            types,
            sorted((k, sorted(v)) for k, v in properties.items()),
            parents,
            groups,
            shown[:EVIDENCE_PER_LINK],
            len(mentions),
            len(examined),
        )

    def county_wide(self, parents: list[Term], relation: str | None, page: int) -> list:
        """The programmes that apply throughout a place's county (fz:implementedThroughout),
        apart from those named at the place itself: a township's page lists both."""
        groups = []
        for parent in parents:
            county = ox.NamedNode(parent.iri)
            others = {q.subject for q in self.store.quads_for_pattern(None, THROUGHOUT, county)}
            if not others:
                continue
            key = "in:implementedThroughout"
            group = self.group(
                county,
                THROUGHOUT,
                "in",
                others,
                self.assertions(SUBJECT, county),
                self.assertions(OBJECT, county),
                page if relation == key else 1,
            )
            groups.append(replace(group, label=f"{group.label}: {parent.label}"))
        return groups

    def group(self, node, predicate, direction, others, as_subject, as_object, page):
        name = local_name(predicate.value)
        ordered = sorted((self.term(o.value) for o in others), key=_by_label)
        pages = max(1, math.ceil(len(ordered) / PAGE_SIZE))
        page = min(max(1, page), pages)
        shown = ordered[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        links = []
        for other in shown:
            other_node = ox.NamedNode(other.iri)
            if direction == "out":
                found, cut = self.link_assertions(as_subject, OBJECT, other_node, predicate)
            else:
                found, cut = self.link_assertions(as_object, SUBJECT, other_node, predicate)
            evidence = self.link_evidence(found)
            details = self.outcome_details(other_node) if other.kind == "Outcome" else {}
            years = tuple(sorted({e.year for e in evidence if e.year}))
            more = -1 if cut else max(0, len(found) - EVIDENCE_PER_LINK)  # -1: some, uncounted
            links.append(Link(other, evidence, more, details, years))
        links.sort(key=lambda link: (link.years[:1] or ("9999",), link.other.label))
        return RelationGroup(
            predicate.value,
            name,
            self.label_of(predicate.value),
            direction,
            predicate.value in INFERRED,
            links,
            len(ordered),
            page,
            pages,
        )

    def outcome_details(self, node) -> dict[str, str]:
        out = {}
        for name in OUTCOME_FIELDS:
            quad = self.first(node, ox.NamedNode(FZ + name))
            if quad is not None:
                out[name] = quad.object.value
        return out

    def parents(self, node) -> list[Term]:
        chain, seen = [], {node.value}
        quad = self.first(node, WITHIN)
        while quad is not None and quad.object.value not in seen:
            seen.add(quad.object.value)
            chain.append(self.term(quad.object.value))
            quad = self.first(quad.object, WITHIN)
        return chain

    def label_of(self, iri: str) -> str:
        return self.vocabulary.get(iri) or local_name(iri)

    def triples(self, iri: str) -> list[ox.Triple]:
        """The entity's own triples (it is their subject), for Turtle, N-Triples and JSON-LD."""
        node = ox.NamedNode(iri)
        return [
            ox.Triple(q.subject, q.predicate, q.object)
            for q in self.store.quads_for_pattern(node, None, None)
        ]


def highlight(text: str, spans: list[tuple[int, int]]) -> list[Span | str]:
    """The sentence as plain runs and marked spans (overlapping spans merged; spans outside the
    text, as for a window of a run-on sentence, clipped).

    >>> highlight("由市司法局牵头", [(1, 5)])
    ['由', Span(text='市司法局'), '牵头']
    """
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts: list[Span | str] = []
    at = 0
    for start, end in merged:
        if start > at:
            parts.append(text[at:start])
        parts.append(Span(text[start:end]))
        at = end
    if at < len(text):
        parts.append(text[at:])
    return parts


def kind_of(types: list[str]) -> str:
    """The most specific of our classes among an entity's types.

    >>> kind_of([FZ + "Place", FZ + "County"])
    'County'
    """
    names = {t[len(FZ) :] for t in types if t.startswith(FZ)}
    for name in CLASS_ORDER:
        if name in names:
            return name
    return ""


def local_name(iri: str) -> str:
    """The last segment of an IRI (after # or /).

    >>> local_name("https://w3id.org/fazhi-kg/ontology#carriedOutBy")
    'carriedOutBy'
    """
    for mark in ("#", "/"):
        if mark in iri:
            tail = iri.rsplit(mark, 1)[1]
            if tail:
                return tail
    return iri


# Relations a reader asks about first; the rest follow alphabetically.
_GROUP_FIRST = (
    "carriedOutBy",
    "inferredCarrier",
    "implementedIn",
    "implementedThroughout",
    "establishedBy",
    "hasOutcome",
    "recognizedAs",
    "awardedBy",
    "status",
    "within",
    "jurisdiction",
)


def group_order(predicate: str) -> tuple[int, str]:
    name = local_name(predicate)
    return (_GROUP_FIRST.index(name) if name in _GROUP_FIRST else len(_GROUP_FIRST), name)


def evidence_order(evidence: Evidence) -> tuple:
    return (evidence.year or "9999", evidence.report.iri, evidence.heading)


def _by_label(term: Term) -> tuple[str, str]:
    return (term.label, term.iri)
