"""Streaming serialisation: per-report sorted N-Quads → graph.nq, graph.trig, and graph.ttl
(the union of all reports, merged in sorted order without holding the corpus in memory)."""
from __future__ import annotations

import heapq
import io
from pathlib import Path
from typing import Iterable, Iterator

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


def write_turtle(triple_lines: Iterable[str], out: io.BufferedWriter) -> None:
    source = _LineReader(triple_lines)
    parsed = pyoxigraph.parse(source, format=pyoxigraph.RdfFormat.N_TRIPLES)
    pyoxigraph.serialize(parsed, out, format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES)


def write_trig(spools: list[Path], out: io.BufferedWriter) -> None:
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


class _LineReader(io.RawIOBase):
    """A binary file-like object over an iterator of text lines (for pyoxigraph's streaming parser)."""

    def __init__(self, lines: Iterable[str]):
        self._lines = iter(lines)
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:
        while len(self._buffer) < len(target):
            try:
                self._buffer += (next(self._lines) + "\n").encode("utf-8")
            except StopIteration:
                break
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size
