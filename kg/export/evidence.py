"""The evidence of chosen links, read from a graph file for report.html: for each link
(subject, relation, object) the sentence that states it, its supporting span, the report and the
rule.

One streaming pass suffices on kg's own files (sorted by subject: assertions, then mentions, then
sentences); a file in another order takes a second pass for what the first could not place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph

from kg import iri
from kg.vocab import DCT, FZ, PROV, RDF

_FORMATS = {
    ".ttl": pyoxigraph.RdfFormat.TURTLE,
    ".trig": pyoxigraph.RdfFormat.TRIG,
    ".nq": pyoxigraph.RdfFormat.N_QUADS,
    ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
}
_ASSERTION = iri.BASE + "assertion/"
_MENTION = iri.BASE + "mention/"
_SENTENCE = iri.BASE + "sentence/"
_REPORT = iri.BASE + "report/"
_PARTS = {
    RDF + "subject": "s",
    RDF + "predicate": "p",
    RDF + "object": "o",
    FZ + "inReport": "report",
    FZ + "rule": "rule",
}


@dataclass(frozen=True)
class Fact:
    subject: str
    relation: str  # local name
    object: str
    report: str  # report IRI
    title: str
    rule: str
    before: str  # the sentence around the supporting span
    marked: str
    after: str


def link_evidence(graph: Path, wanted: set[tuple[str, str, str]]) -> dict[tuple, Fact]:
    """The first evidence (in report and offset order) of each wanted (subject IRI, relation
    local name, object IRI) link that the graph file supports.

    Examples
    --------
    >>> facts = link_evidence(Path("output/graph.ttl"), {(s, "carriedOutBy", o)})  # doctest: +SKIP
    """
    predicates = {FZ + relation for _, relation, _ in wanted}
    state = _State(wanted, predicates)
    for _ in range(2):
        for s, p, o in _read(graph):
            state.take(s, p, o)
        state.close_assertions()
        if state.complete():
            break
    return state.facts()


class _State:
    def __init__(self, wanted, predicates):
        self.wanted, self.predicates = wanted, predicates
        self.parts: dict[str, dict] = {}
        self.derived: dict[str, list[str]] = {}
        self.chosen: dict[tuple, list[tuple[str, str, list[str]]]] = {}
        self.mentions: dict[str, dict] = {}
        self.sentences: dict[str, dict] = {}
        self.titles: dict[str, str] = {}
        self.current = None
        self.needed_mentions: set[str] = set()
        self.needed_sentences: set[str] = set()

    def take(self, s: str, p: str, o: str) -> None:
        if s.startswith(_ASSERTION):
            if s != self.current:
                self._fold(self.current)
                self.current = s
            if p in _PARTS:
                self.parts.setdefault(s, {})[_PARTS[p]] = o
            elif p == PROV + "wasDerivedFrom":
                self.derived.setdefault(s, []).append(o)
        elif s.startswith(_MENTION):  # only the mentions and sentences of chosen links are kept
            if s in self.needed_mentions and p in (FZ + "start", FZ + "end", FZ + "inSentence"):
                self.mentions.setdefault(s, {})[p[len(FZ) :]] = o
                if p == FZ + "inSentence":
                    self.needed_sentences.add(o)
        elif s.startswith(_SENTENCE):
            if s in self.needed_sentences and p in (FZ + "sentenceText", FZ + "sentenceStart"):
                self.sentences.setdefault(s, {})[p[len(FZ) :]] = o
        elif s.startswith(_REPORT) and p == DCT + "title":
            self.titles[s] = o

    def _fold(self, assertion) -> None:
        """An assertion whose parts are all read: kept if it supports a wanted link."""
        if assertion is None or assertion not in self.parts:
            return
        parts = self.parts[assertion]
        if len(parts) < 4:
            return  # incomplete here: maybe read later, in another order
        self.parts.pop(assertion)
        derived = self.derived.pop(assertion, [])
        if parts.get("p") not in self.predicates:
            return
        key = (parts["s"], parts["p"][len(FZ) :], parts["o"])
        if key in self.wanted:
            self.chosen.setdefault(key, []).append(
                (parts["report"], parts.get("rule", ""), derived)
            )
            self.needed_mentions.update(derived)

    def close_assertions(self) -> None:
        for assertion in sorted(self.parts):
            self._fold(assertion)
        self.current = None

    def complete(self) -> bool:
        needed = {m for found in self.chosen.values() for _, _, ms in found for m in ms}
        if not needed <= set(self.mentions):
            return False
        return all(self.mentions[m].get("inSentence") in self.sentences for m in needed)

    def facts(self) -> dict[tuple, Fact]:
        out = {}
        for key, found in self.chosen.items():
            candidates = []
            for report, rule, mentions in found:
                spans = [self.mentions[m] for m in mentions if m in self.mentions]
                spans = [m for m in spans if m.get("inSentence") in self.sentences]
                if not spans:
                    continue
                first = min(spans, key=lambda m: int(m["start"]))
                candidates.append((report, int(first["start"]), rule, first))
            if not candidates:
                continue
            report, _, rule, mention = min(candidates, key=lambda c: (c[0], c[1], c[2]))
            sentence = self.sentences[mention["inSentence"]]
            text, offset = sentence.get("sentenceText", ""), int(sentence.get("sentenceStart", 0))
            start = max(0, int(mention["start"]) - offset)
            end = min(len(text), int(mention["end"]) - offset)
            out[key] = Fact(
                key[0],
                key[1],
                key[2],
                report,
                self.titles.get(report, report.rsplit("/", 1)[-1]),
                rule,
                text[:start],
                text[start:end],
                text[end:],
            )
        return out


def _read(graph: Path):
    fmt = _FORMATS.get(Path(graph).suffix)
    if fmt is None:
        raise ValueError(f"{graph}: unknown RDF format (use .ttl, .trig, .nq or .nt)")
    for t in pyoxigraph.parse(path=str(graph), format=fmt):
        yield t.subject.value, t.predicate.value, t.object.value
