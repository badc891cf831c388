"""Streaming serialisation: per-report sorted N-Quads → graph.nq, graph.trig, and the union of all
reports (merged in sorted order without holding the corpus in memory) as N-Triples and Turtle."""
from __future__ import annotations

import heapq
from pathlib import Path
from typing import IO, Iterable, Iterator

import pyoxigraph

from kg.rdf.build import PREFIXES


def nquads_lines(quads: Iterable[str]) -> list[str]:
    """Sorted, unique N-Quads lines (deterministic for the same input)."""
    return sorted(set(quads))


def triple_line(quad_line: str) -> str:
    """Drop the graph name of an N-Quads line whose graph is an IRI."""
    body = quad_line[:-1].rstrip()          # without the final " ."
    return body[: body.rfind(" <")] + " ."


def merged_triples(spools: list[Path]) -> Iterator[str]:
    """Sorted unique triple lines across sorted per-report spools (a k-way merge)."""
    def lines(path: Path):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield triple_line(line.rstrip("\n"))

    # each spool is sorted by quad line; the graph is constant within a spool, so its triple
    # lines are sorted too
    previous = None
    for line in heapq.merge(*(lines(p) for p in spools)):
        if line != previous:
            yield line
            previous = line


def write_lines(lines: Iterable[str], out: IO[bytes], batch: int = 4096) -> None:
    """Write text lines, newline-terminated, in batches (one write call per line is slow)."""
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= batch:
            out.write(("\n".join(chunk) + "\n").encode("utf-8"))
            chunk.clear()
    if chunk:
        out.write(("\n".join(chunk) + "\n").encode("utf-8"))


def write_turtle(ntriples: Path | IO[bytes], out: IO[bytes]) -> None:
    """Pretty Turtle from N-Triples (a file or a binary stream), streamed: sorted input keeps a
    subject's triples together, so the Turtle groups them without holding the graph."""
    if isinstance(ntriples, Path):
        with open(ntriples, "rb") as source:
            write_turtle(source, out)
        return
    parsed = pyoxigraph.parse(ntriples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    pyoxigraph.serialize(parsed, out, format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES)


def write_trig(spools: list[Path], out: IO[bytes]) -> None:
    """One `<graph> { … }` block per spool, its statements in N-Triples form (valid TriG).

    Written as text, not re-serialised: each spool holds one named graph, already sorted, so this
    streams at disk speed (re-parsing and pretty-printing cost as much as extraction itself).
    """
    for path in spools:
        graph = None
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                body = line.rstrip("\n")[:-1].rstrip()
                cut = body.rfind(" <")
                if graph is None:
                    graph = body[cut + 1:]
                    out.write(f"{graph} {{\n".encode("utf-8"))
                out.write((body[:cut] + " .\n").encode("utf-8"))
        if graph is not None:
            out.write(b"}\n")
