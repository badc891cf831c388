"""Streaming serialisation: per-report sorted N-Quads → graph.nq, graph.trig, graph.jsonld, and
the union of all reports (merged in sorted order without holding the corpus in memory) as
N-Triples and Turtle."""

from __future__ import annotations

import gzip
import heapq
import shutil
from collections import Counter
from pathlib import Path
from typing import IO, Iterable, Iterator

import pyoxigraph

from kg import iri
from kg.vocab import PREFIXES


def nquads_lines(quads: Iterable[str]) -> list[str]:
    """Sorted, unique N-Quads lines (deterministic for the same input)."""
    return sorted(set(quads))


FAN_IN = 128  # spools read into memory at once, and sorted files merged at once

# Subjects that belong to one report (their IRIs hold its id): written by that report's spool
# only, so the union needs no merging for them — three quarters of all lines.
_REPORT_LOCAL = tuple(
    f"<{iri.BASE}{kind}/".encode()
    for kind in ("mention", "sentence", "assertion", "outcome", "report")
)


def write_union(
    spools: list[Path],
    out: IO[bytes],
    scratch: Path,
    nquads: IO[bytes] | None = None,
    trig: IO[bytes] | None = None,
    shared: IO[bytes] | None = None,
    counts: IO[bytes] | None = None,
) -> None:
    """The de-duplicated union of per-report spools as N-Triples, deterministic, each subject's
    triples together: first the shared subjects (entities, places) sorted and merged across
    reports, then the report-local ones, report by report. Memory stays bounded by FAN_IN spools
    and FAN_IN open files at any corpus size.

    On the same pass, each spool read once: `nquads` receives the spools (graph.nq) and `trig`
    one ``<graph> { … }`` block per spool, its statements in N-Triples form (graph.trig: valid
    TriG, written as bytes — re-parsing and pretty-printing cost as much as extraction). The
    names of entities that several reports may state (not the report's own mentions, sentences,
    assertions, outcomes) are left out of the report graphs and written once, as in the union,
    into the graph ``id/graph/labels``: the union of all named graphs is the union graph.

    `shared` receives the union's shared part again, alone, and `counts` each shared statement
    with the number of spools that state it (write_counts): what kg.rdf.increment needs to
    update the union when reports change, without reading the others."""
    scratch.mkdir(parents=True, exist_ok=True)
    local = scratch / "local.nt"
    rounds = []
    gazetteer = f"<{iri.GAZETTEER_GRAPH}>".encode()
    in_gazetteer: set[bytes] = set()  # names the gazetteer graph states already
    with open(local, "wb") as local_out:
        for first in range(0, len(spools), FAN_IN):
            stated: Counter[bytes] = Counter()
            for spool in spools[first : first + FAN_IN]:
                data = read_cached(spool)
                graph, body = _graph_and_body(data)
                lines = body.splitlines(keepends=True)
                if graph == gazetteer:
                    in_gazetteer.update(filter(_shared_label, lines))
                if nquads is not None or trig is not None:
                    _write_graph(data, graph, body, lines, graph == gazetteer, nquads, trig)
                stated.update(line for line in lines if not line.startswith(_REPORT_LOCAL))
                local_out.writelines(line for line in lines if line.startswith(_REPORT_LOCAL))
            part = scratch / f"shared-{len(rounds)}.counts"
            with open(part, "wb") as handle:
                write_counts(sorted(stated.items()), handle)
            rounds.append(part)
    names = []
    merged = merged_counts(rounds, scratch / "merge")
    for line in one_pref_label(_counted_lines(merged, counts)):
        out.write(line)
        if shared is not None:
            shared.write(line)
        if _shared_label(line) and line not in in_gazetteer:  # each triple in one graph only
            names.append(line)
    labels = f"<{iri.LABELS_GRAPH}>".encode()
    if nquads is not None:
        nquads.write(_in_graph(names, labels))
    if trig is not None and names:
        trig.write(labels + b" {\n" + b"".join(names) + b"}\n")
    with open(local, "rb") as handle:
        shutil.copyfileobj(handle, out, 1 << 20)


def read_cached(path: Path) -> bytes:
    """A cache file's bytes, gzipped in the cache or plain (a spool written in passing, a
    segment of a test): a spool's N-Quads, a report's Turtle segment."""
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def _write_graph(data, graph, body, lines, is_gazetteer, nquads, trig) -> None:
    """One spool into graph.nq and graph.trig: the names of shared entities go to one graph of
    their own (write_union), since each report naming an entity its way would give the union two
    prefLabels."""
    stated = lines if is_gazetteer else [x for x in lines if not _shared_label(x)]
    keep = len(stated) == len(lines)  # nothing left out: write the spool as is
    if nquads is not None:
        nquads.write(data if keep else _in_graph(stated, graph))
    if trig is not None and graph:
        trig.write(graph + b" {\n")
        trig.write(body if keep else b"".join(stated))
        trig.write(b"}\n")


def _counted_lines(merged: Iterable[tuple[bytes, int]], counts: IO[bytes] | None):
    """The lines of (line, count) pairs, each pair written to `counts` on the way."""
    for line, count in merged:
        if counts is not None:
            counts.write(count_record(line, count))
        yield line


def write_counts(pairs: Iterable[tuple[bytes, int]], handle: IO[bytes]) -> None:
    """(N-Triples line, count) pairs, one a line (count_record)."""
    handle.writelines(count_record(line, count) for line, count in pairs)


def count_record(line: bytes, count: int) -> bytes:
    r"""An N-Triples line with the number of spools stating it: the statement, a tab, the count.
    A raw tab in a literal is harmless: the count is after the last one.

    >>> count_record(b'<s> <p> "o" .\n', 3)
    b'<s> <p> "o" .\t3\n'
    """
    return line[:-1] + b"\t%d\n" % count


def read_counts(path: Path) -> Iterator[tuple[bytes, int]]:
    """The (N-Triples line, count) pairs of a file write_counts wrote, in its order (gzipped
    or plain)."""
    with open(path, "rb") as raw:
        gzipped = raw.read(2) == b"\x1f\x8b"
    with gzip.open(path, "rb") if gzipped else open(path, "rb") as handle:
        for record in handle:
            line, _, count = record.rpartition(b"\t")
            yield line + b"\n", int(count)


def _shared_label(line: bytes) -> bool:
    """A name (prefLabel, altLabel, rdfs:label) of an entity several reports may state."""
    return not line.startswith(_REPORT_LOCAL) and (
        _PREF_TERM in line or _ALT_TERM in line or _LABEL_TERM in line
    )


def _in_graph(lines: list[bytes], graph: bytes) -> bytes:
    """N-Triples lines as N-Quads of `graph`."""
    return b"".join(line[:-3] + b" " + graph + b" .\n" for line in lines)


_PREF = b"<http://www.w3.org/2004/02/skos/core#prefLabel>"
_ALT = b"<http://www.w3.org/2004/02/skos/core#altLabel>"
_LABEL = b"<http://www.w3.org/2000/01/rdf-schema#label>"
_PREF_TERM = b" " + _PREF + b" "
_ALT_TERM = b" " + _ALT + b" "
_LABEL_TERM = b" " + _LABEL + b" "


def one_pref_label(lines: Iterable[bytes]) -> Iterator[bytes]:
    r"""The union's lines (each subject's together) with one skos:prefLabel per subject and
    language, as SKOS and the shapes (maxCount 1) want: reports name one entity differently
    (“共享法庭” quoted in one, bare in another), each naming it once. The longest stays preferred
    (ties: the first in sorted order), as within a report; the others become skos:altLabel, and
    an altLabel equal to the one kept is dropped (SKOS: preferred and alternative are disjoint).
    rdfs:label, which kg states equal to skos:prefLabel, follows: one a language, the one kept.

    >>> pref = b"<s> <http://www.w3.org/2004/02/skos/core#prefLabel> "
    >>> [l.split(b"#")[1] for l in one_pref_label([pref + b'"A"@zh .\n', pref + b'"AB"@zh .\n'])]
    [b'altLabel> "A"@zh .\n', b'prefLabel> "AB"@zh .\n']
    """
    for _, block in subject_blocks(lines):
        prefs = sum(_PREF_TERM in line for line in block)
        yield from (_one_pref_label(block) if prefs > 1 else block)


def subject_blocks(items: Iterable, line_of=None) -> Iterator[tuple[bytes, list]]:
    r"""Runs of items whose N-Triples lines (`line_of(item)`, else the item) share a subject, as
    (the subject with its space, the run): a sorted union keeps each subject's lines together.

    >>> lines = [b"<a> <p> 1 .\n", b"<a> <q> 2 .\n", b"<ab> <p> 3 .\n"]
    >>> [(s, len(b)) for s, b in subject_blocks(lines)]
    [(b'<a> ', 2), (b'<ab> ', 1)]
    """
    subject, block = b"\x00", []  # no line starts with NUL
    for item in items:
        line = item if line_of is None else line_of(item)
        if line.startswith(subject):  # the subject with its space: cheaper than splitting lines
            block.append(item)
            continue
        if block:
            yield subject, block
        subject, block = subject_of(line), [item]
    if block:
        yield subject, block


def subject_of(line: bytes) -> bytes:
    """An N-Triples line's subject with the space after it."""
    return line[: line.index(b" ") + 1]


def _one_pref_label(block: list[bytes]) -> list[bytes]:
    triples = [line.split(b" ", 2) for line in block]
    by_language: dict[bytes, list[bytes]] = {}
    for _s, p, o in triples:
        if p == _PREF:
            by_language.setdefault(o[o.rfind(b'"') :], []).append(o)  # key: '"@zh .\n'
    kept = {
        min(objects, key=lambda o: (-len(o.decode("utf-8")), o)) for objects in by_language.values()
    }
    alts = {o for _, p, o in triples if p == _ALT}
    out = []
    for line, (s, p, o) in zip(block, triples, strict=True):
        if p == _PREF and o not in kept:
            if o not in alts:
                alts.add(o)
                out.append(b" ".join((s, _ALT, o)))
        elif p == _LABEL and o not in kept and o[o.rfind(b'"') :] in by_language:
            continue
        elif not (p == _ALT and o in kept):
            out.append(line)
    return out


def _graph_and_body(data: bytes) -> tuple[bytes, bytes]:
    """A spool's graph name and its statements as N-Triples. Every line of a spool ends in the
    same " <graph> .\n" (a newline inside a literal is escaped), so one replace drops it."""
    if not data.strip():
        return b"", b""
    first = data[: data.index(b"\n")].rstrip()[:-1].rstrip()
    graph = first[first.rfind(b" ") + 1 :]  # the last term: an IRI has no spaces
    return graph, data.replace(b" " + graph + b" .\n", b" .\n")


def merged_counts(files: list[Path], scratch: Path) -> Iterator[tuple[bytes, int]]:
    """(line, count) pairs across files write_counts wrote, each sorted: a k-way merge, in
    rounds of FAN_IN files, that sums the counts of a line and yields each line once, in order."""
    if len(files) > FAN_IN:
        scratch.mkdir(parents=True, exist_ok=True)
        rounds = []
        for first in range(0, len(files), FAN_IN):
            part = scratch / f"round-{len(files)}-{len(rounds)}.counts"
            with open(part, "wb") as handle:
                write_counts(merged_counts(files[first : first + FAN_IN], scratch), handle)
            rounds.append(part)
        files = rounds
    yield from summed(heapq.merge(*(read_counts(f) for f in files)))


def summed(pairs: Iterable[tuple[bytes, int]]) -> Iterator[tuple[bytes, int]]:
    """Sorted (line, count) pairs with the counts of one line added up, each line once.

    >>> list(summed([(b"a", 1), (b"a", 2), (b"b", 1)]))
    [(b'a', 3), (b'b', 1)]
    """
    previous, total = None, 0
    for line, count in pairs:
        if line != previous:
            if previous is not None:
                yield previous, total
            previous, total = line, 0
        total += count
    if previous is not None:
        yield previous, total


def write_turtle(ntriples: Path | IO[bytes], out: IO[bytes]) -> None:
    """Pretty Turtle from N-Triples (a file or a binary stream), streamed: sorted input keeps a
    subject's triples together, so the Turtle groups them without holding the graph."""
    if isinstance(ntriples, Path):
        with open(ntriples, "rb") as source:
            write_turtle(source, out)
        return
    parsed = pyoxigraph.parse(ntriples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    pyoxigraph.serialize(parsed, out, format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES)


def write_jsonld(nquads: Path, out: IO[bytes]) -> None:
    """JSON-LD from N-Quads, streamed (pyoxigraph's writer): one object per named graph, with its
    statements as graph.nq holds them, in the same order."""
    with open(nquads, "rb") as source:
        parsed = pyoxigraph.parse(source, format=pyoxigraph.RdfFormat.N_QUADS)
        pyoxigraph.serialize(parsed, out, format=pyoxigraph.RdfFormat.JSON_LD)
