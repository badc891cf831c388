"""The union kept between builds, so that adding, changing or deleting a few reports of a large
corpus costs about what those reports cost.

Two things make it possible. graph.ttl is the Turtle of the shared statements (entities,
places: sorted, merged across reports) followed by each report's own statements (mentions,
sentences, assertions, outcomes: report by report), and Turtle groups statements by subject, so
the file is the Turtle of the shared part followed by one Turtle segment a report
(`local_turtle`, cached beside the report's spool). And a shared statement stays in the union
while any report states it: the build keeps each with the number of reports stating it
(serialize.write_counts), so a removed report takes away only what no other report states.

`update_union` turns the previous counts and the spools that left and came into the new
counts, the new shared part, and the statements the store must lose and gain. Its output is
byte for byte what a clean build of the same spools writes (tests/rdf/test_increment.py).
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterable, Iterator

from kg.rdf.serialize import (
    _REPORT_LOCAL,
    _graph_and_body,
    count_record,
    one_pref_label,
    read_cached,
    read_counts,
    subject_blocks,
    subject_of,
    write_turtle,
)


def spool_parts(data: bytes) -> tuple[list[bytes], list[bytes]]:
    """A spool's statements as N-Triples lines: (shared, the report's own), each in the spool's
    sorted order.

    >>> spool = (b"<https://w3id.org/fazhi-kg/id/mention/r/1-2> <p> <o> <g> .\\n"
    ...          b"<https://w3id.org/fazhi-kg/id/program/x> <p> <o> <g> .\\n")
    >>> [len(part) for part in spool_parts(spool)]
    [1, 1]
    """
    _, body = _graph_and_body(data)
    lines = body.splitlines(keepends=True)
    return (
        [line for line in lines if not line.startswith(_REPORT_LOCAL)],
        [line for line in lines if line.startswith(_REPORT_LOCAL)],
    )


@lru_cache(maxsize=1)
def turtle_header() -> bytes:
    """The prefix lines graph.ttl opens with (the Turtle writer's own, in its order)."""
    one = _turtle(b"<urn:x:s> <urn:x:p> <urn:x:o> .\n")
    return one[: one.index(b"\n<") + 1]


def local_turtle(spool: bytes) -> bytes:
    """The Turtle of a spool's own statements without the prefix lines: the report's segment
    of graph.ttl."""
    _, local = spool_parts(spool)
    return turtle_body(b"".join(local))


def turtle_body(ntriples: bytes) -> bytes:
    """Turtle of N-Triples (subjects kept together) without the prefix lines."""
    if not ntriples:
        return b""
    text, header = _turtle(ntriples), turtle_header()
    if not text.startswith(header):  # the writer changed its prefix lines: graph.ttl would break
        raise RuntimeError("the Turtle writer's prefix lines changed; kg.rdf.increment needs them")
    return text[len(header) :]


def _turtle(ntriples: bytes) -> bytes:
    out = io.BytesIO()
    write_turtle(io.BytesIO(ntriples), out)
    return out.getvalue()


def write_graph_turtle(shared: Path, segments: Iterable[Path], out: IO[bytes]) -> None:
    """graph.ttl: the prefix lines, the Turtle of the shared N-Triples file `shared`, then the
    reports' segments in order — what write_turtle makes of the whole union, byte for byte."""
    opened = False
    if shared.stat().st_size:
        write_turtle(shared, out)  # opens with the prefix lines
        opened = True
    for segment in segments:
        data = read_cached(segment)  # the cache keeps them gzipped
        if data and not opened:
            out.write(turtle_header())
            opened = True
        out.write(data)


@dataclass
class StoreChange:
    """What the store must lose and gain (N-Triples lines) for the union to be the new one."""

    removed: list[bytes] = field(default_factory=list)
    added: list[bytes] = field(default_factory=list)


def update_union(
    counts_before: Path,
    left: list[Path],
    came: list[Path],
    shared: IO[bytes],
    counts: IO[bytes],
) -> StoreChange:
    """The union after the spools `left` left it and the spools `came` came in: its shared part
    into `shared` (as write_union writes it), the new counts into `counts`, and the change the
    store needs. `counts_before` is the last build's counts file. Reads only the counts and the
    spools that changed."""
    change = StoreChange()
    delta: Counter[bytes] = Counter()
    for spool in left:
        stated, own = spool_parts(read_cached(spool))
        delta.subtract(stated)
        change.removed.extend(own)
    for spool in came:
        stated, own = spool_parts(read_cached(spool))
        delta.update(stated)
        change.added.extend(own)
    touched = {subject_of(line) for line, step in delta.items() if step}
    pairs = _before_after(read_counts(counts_before), sorted(delta.items()))
    for subject, block in subject_blocks(pairs, line_of=_first):
        after = [line for line, _, now in block if now > 0]
        counts.writelines(count_record(line, now) for line, _, now in block if now > 0)
        new = list(one_pref_label(after))
        shared.writelines(new)
        if subject in touched:
            old = list(one_pref_label([line for line, was, _ in block if was > 0]))
            kept = set(new)
            change.removed.extend(line for line in old if line not in kept)
            had = set(old)
            change.added.extend(line for line in new if line not in had)
    return change


def _first(triple: tuple) -> bytes:
    return triple[0]


def _before_after(
    before: Iterator[tuple[bytes, int]], delta: list[tuple[bytes, int]]
) -> Iterator[tuple[bytes, int, int]]:
    """(line, count before, count after) of every line of either, in sorted order."""
    changes = iter(delta)
    pending = next(changes, None)
    for line, count in before:
        while pending is not None and pending[0] < line:
            yield pending[0], 0, pending[1]
            pending = next(changes, None)
        if pending is not None and pending[0] == line:
            yield line, count, count + pending[1]
            pending = next(changes, None)
        else:
            yield line, count, count
    while pending is not None:
        yield pending[0], 0, pending[1]
        pending = next(changes, None)
