"""The evidence of chosen links, read from a graph file for report.html: for each link
(subject, relation, object) the sentence that states it, its supporting span, the report and the
rule.

One streaming pass suffices on kg's own files (a report's assertions, then its mentions, then its
sentences); a file in any other order takes at most two more."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph

from kg import iri
from kg.analysis.graph import rdf_format
from kg.vocab import DCT, FZ, PROV, RDF

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
    first = _needed_ntriples(graph, state) if Path(graph).suffix == ".nt" else _read(graph)
    # another order: the assertions of one pass name the mentions, and those the sentences, that
    # the next reads
    for triples in (first, _read(graph), _read(graph)):
        for s, p, o in triples:
            state.take(s, p, o)
        state.close_assertions()
        if state.complete():
            break
    return state.facts()


def store_evidence(store: pyoxigraph.Store, wanted: set[tuple[str, str, str]]) -> dict[tuple, Fact]:
    """The same as `link_evidence`, read from a store holding the same graph (the build's
    ``store/``): index lookups from each link's ends instead of a pass over the file."""
    node = pyoxigraph.NamedNode
    sub, pred, obj = node(RDF + "subject"), node(RDF + "predicate"), node(RDF + "object")

    def first(subject, predicate):
        quad = next(iter(store.quads_for_pattern(subject, predicate, None)), None)
        return None if quad is None else quad.object.value

    state = _State(wanted, {FZ + r for _, r, _ in wanted})
    for key in sorted(wanted):
        s, relation, o = key
        # the end with fewer assertions (a programme in 1,000 reports has thousands)
        which, smaller = _shorter(
            store.quads_for_pattern(None, obj, node(o)), store.quads_for_pattern(None, sub, node(s))
        )
        other_role, other = (sub, s) if which == 0 else (obj, o)
        for assertion in smaller:
            if first(assertion, pred) != FZ + relation or first(assertion, other_role) != other:
                continue
            derived = [
                q.object
                for q in store.quads_for_pattern(assertion, node(PROV + "wasDerivedFrom"), None)
            ]
            report = first(assertion, node(FZ + "inReport")) or ""
            rule = first(assertion, node(FZ + "rule")) or ""
            state.chosen.setdefault(key, []).append((report, rule, assertion.value))
            state.chosen_assertions.add(assertion.value)
            state.derived[assertion.value] = [m.value for m in derived]
            for mention in derived:
                facts = {
                    name: first(mention, node(FZ + name)) for name in ("start", "end", "inSentence")
                }
                if None in facts.values():
                    continue
                state.mentions[mention.value] = facts
                sentence = node(facts["inSentence"])
                state.sentences[sentence.value] = {
                    "sentenceText": first(sentence, node(FZ + "sentenceText")) or "",
                    "sentenceStart": first(sentence, node(FZ + "sentenceStart")) or "0",
                }
            if report and report not in state.titles:
                state.titles[report] = first(node(report), node(DCT + "title")) or report
    return state.facts()


def _shorter(first, second) -> tuple[int, list]:
    """Which of two iterators of quads ends first, and its subjects; reads each at most as far
    as the shorter one goes (and one more)."""
    taken: tuple[list, list] = ([], [])
    iterators = (iter(first), iter(second))
    while True:
        for n in (0, 1):
            quad = next(iterators[n], None)
            if quad is None:
                return n, taken[n]
            taken[n].append(quad.subject)


class _State:
    def __init__(self, wanted, predicates):
        self.wanted, self.predicates = wanted, predicates
        self.parts: dict[str, dict] = {}
        self.derived: dict[str, list[str]] = {}
        # link -> (report, rule, assertion) of each assertion that supports it
        self.chosen: dict[tuple, list[tuple[str, str, str]]] = {}
        self.chosen_assertions: set[str] = set()
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
                derived = self.derived.setdefault(s, [])
                if o not in derived:  # a line read again by a later pass
                    derived.append(o)
                if s in self.chosen_assertions:
                    self.needed_mentions.add(o)
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

    def _fold(self, assertion, final: bool = False) -> None:
        """An assertion whose parts are all read: kept if it supports a wanted link. Before the
        end of a pass (`final`), only one with every part, rule included: in a file of another
        order its other lines may still come."""
        if assertion is None or assertion not in self.parts:
            return
        parts = self.parts[assertion]
        if not {"s", "p", "o", "report"} <= parts.keys() or (not final and len(parts) < 5):
            return
        self.parts.pop(assertion)
        key = (parts["s"], parts["p"][len(FZ) :], parts["o"])
        if parts["p"] not in self.predicates or key not in self.wanted:
            self.derived.pop(assertion, None)
            return
        if assertion not in self.chosen_assertions:
            self.chosen_assertions.add(assertion)
            self.chosen.setdefault(key, []).append(
                (parts["report"], parts.get("rule", ""), assertion)
            )
        self.needed_mentions.update(self.derived.get(assertion, []))

    def close_assertions(self, final: bool = True) -> None:
        for assertion in sorted(self.parts):
            self._fold(assertion, final=final)
        self.current = None

    def complete(self) -> bool:
        needed = {m for a in self.chosen_assertions for m in self.derived.get(a, [])}
        return all(self._usable(self.mentions.get(m)) for m in needed)

    def _usable(self, mention: dict | None) -> bool:
        """A mention read whole, whose sentence is read whole."""
        if mention is None or len(mention) < 3:
            return False
        return len(self.sentences.get(mention["inSentence"], {})) == 2

    def facts(self) -> dict[tuple, Fact]:
        out = {}
        for key, found in self.chosen.items():
            candidates = []
            for report, rule, assertion in found:
                mentions = self.derived.get(assertion, [])
                spans = [self.mentions[m] for m in mentions if self._usable(self.mentions.get(m))]
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


_A, _M, _S, _R = (f"<{prefix}".encode() for prefix in (_ASSERTION, _MENTION, _SENTENCE, _REPORT))
_KEPT = {
    _A: {f"<{p}>".encode() for p in (*_PARTS, PROV + "wasDerivedFrom")},
    _M: {f"<{FZ}{name}>".encode() for name in ("start", "end", "inSentence")},
    _S: {f"<{FZ}{name}>".encode() for name in ("sentenceText", "sentenceStart")},
    _R: {f"<{DCT}title>".encode()},
}


def _needed_ntriples(graph: Path, state: _State, block_lines: int = 50_000):
    """The triples of an N-Triples file that the state can use, filtered as bytes before
    parsing: of the mentions and sentences (most of a graph) only those of chosen links. A block
    is parsed before the first line that is no assertion's, so the assertions read so far have
    said which mentions are needed: kept lines are parsed whenever the kind of subject changes
    (kg's files give a report's assertions before its mentions, and these before its sentences;
    another order is caught by `link_evidence`'s second pass)."""
    kept: list[bytes] = []
    current = None  # the kind of subject of the lines being kept
    wanted_lines: set[bytes] = set()  # "<subject>" of the needed mentions and sentences

    def flush():
        block = b"".join(kept)
        kept.clear()
        for t in pyoxigraph.parse(block, format=pyoxigraph.RdfFormat.N_TRIPLES):
            yield t.subject.value, t.predicate.value, t.object.value

    with open(graph, "rb") as handle:
        for line in handle:
            kind = (
                _A
                if line.startswith(_A)
                else _M
                if line.startswith(_M)
                else _S
                if line.startswith(_S)
                else _R
                if line.startswith(_R)
                else None
            )
            if kind is None:
                continue
            if kind is not current:  # what was kept decides what is needed next: parse it first
                if kept:
                    yield from flush()
                if current is _A:
                    state.close_assertions(final=False)
                current = kind
            subject, predicate, _ = line.split(b" ", 2)
            if predicate not in _KEPT[kind]:
                continue
            if kind in (_M, _S) and not (
                subject in wanted_lines or _needed(state, subject, wanted_lines)
            ):
                continue
            kept.append(line)
            if len(kept) >= block_lines:
                yield from flush()
    if kept:
        yield from flush()


def _needed(state: _State, subject: bytes, cache: set[bytes]) -> bool:
    """Whether a mention or sentence subject (``<iri>``) is needed (cached as bytes if so)."""
    if not cache and not state.needed_mentions:
        return False
    value = subject[1:-1].decode("utf-8", "replace")
    if value in state.needed_mentions or value in state.needed_sentences:
        cache.add(subject)
        return True
    return False


def _read(graph: Path):
    for t in pyoxigraph.parse(path=str(graph), format=rdf_format(graph)):
        yield t.subject.value, t.predicate.value, t.object.value
