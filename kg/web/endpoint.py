"""The SPARQL 1.1 Protocol endpoint's queries, run in worker processes.

pyoxigraph's ``Store.query`` has no timeout, so each query runs in a worker process that holds
its own read-only view of the store; a worker still busy at the time limit is killed and
replaced. A result larger than the size limit is refused, not truncated (a researcher must not
take a cut table for the whole answer)."""

from __future__ import annotations

import asyncio
import ctypes
import io
import multiprocessing
import signal
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
# ?format= as Fuseki and Virtuoso accept it
FORMAT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "ntriples": "application/n-triples",
    "nt": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}


READ_ONLY = "the endpoint is read-only: updates are refused\n"


@dataclass(frozen=True)
class Answer:
    status: int
    media_type: str
    body: bytes


class ResultTooLarge(Exception):
    pass


class _CappedBuffer(io.RawIOBase):
    """A bytes buffer that refuses to grow past `limit` (so a huge result is never built)."""

    def __init__(self, limit: int):
        self.limit, self.parts, self.size = limit, [], 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise ResultTooLarge()
        self.parts.append(bytes(data))
        return len(data)

    def value(self) -> bytes:
        return b"".join(self.parts)


def answer(
    store: ox.Store, query: str, accept: list[str], max_bytes: int, allow_service: bool = False
) -> Answer:
    """Run one query and serialise its result in the first of the `accept` types that fits
    its form (SELECT/ASK: results formats; CONSTRUCT/DESCRIBE: RDF formats)."""
    from kg.sparql import QueryError, is_update, run_query

    if is_update(query):
        return Answer(403, "text/plain", READ_ONLY.encode())
    try:
        result = run_query(query, store, allow_service=allow_service)
    except QueryError as exc:
        return Answer(400, "text/plain", (str(exc) + "\n").encode("utf-8"))
    buffer = _CappedBuffer(max_bytes)
    try:
        if isinstance(result, ox.QueryTriples):
            media = next((m for m in accept if m in GRAPH_TYPES), "text/turtle")
            from kg.vocab import PREFIXES

            ox.serialize(result, buffer, format=GRAPH_TYPES[media], prefixes=dict(PREFIXES))
        else:
            media = next(
                (m for m in accept if m in RESULT_TYPES), "application/sparql-results+json"
            )
            result.serialize(buffer, format=RESULT_TYPES[media])
    except ResultTooLarge:
        return Answer(
            413,
            "text/plain",
            f"the result is larger than the endpoint's limit of {max_bytes:,} bytes: add LIMIT, "
            "or run it with `kg query` on your own machine (no limit)\n".encode(),
        )
    except OSError as exc:
        return Answer(500, "text/plain", (" ".join(str(exc).split()) + "\n").encode())
    return Answer(200, media, buffer.value())


def _die_with_parent() -> None:
    """Linux: the worker gets SIGTERM when the server dies, even by SIGKILL."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker(store_path: str, connection, allow_service: bool = False) -> None:
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops us, not the terminal's ^C
    store = ox.Store.read_only(store_path)
    while True:
        try:
            query, accept, max_bytes = connection.recv()
        except (EOFError, OSError):
            return
        try:
            result = answer(store, query, accept, max_bytes, allow_service)
        except Exception as exc:  # noqa: BLE001 - one bad query must not end the worker
            result = Answer(500, "text/plain", (" ".join(str(exc).split()) + "\n").encode())
        connection.send((result.status, result.media_type, result.body))


class QueryPool:
    """Worker processes that answer SPARQL queries, each within `timeout` seconds."""

    def __init__(
        self,
        store: Path,
        workers: int = 2,
        timeout: float = 30.0,
        max_bytes: int = 50_000_000,
        allow_service: bool = False,
    ):
        self.store, self.timeout, self.max_bytes = str(store), timeout, max_bytes
        self.allow_service = allow_service
        self.context = multiprocessing.get_context("spawn")
        self.size = max(1, workers)
        self.idle: asyncio.Queue | None = None
        self.all: list = []

    def _start_one(self):
        parent, child = self.context.Pipe()
        process = self.context.Process(
            target=_worker, args=(self.store, child, self.allow_service), daemon=True
        )
        process.start()
        child.close()
        worker = (process, parent)
        self.all.append(worker)
        return worker

    async def start(self) -> None:
        self.idle = asyncio.Queue()
        for _ in range(self.size):
            self.idle.put_nowait(self._start_one())

    async def run(self, query: str, accept: list[str]) -> Answer:
        assert self.idle is not None, "QueryPool.start() first"
        worker = await self.idle.get()
        process, connection = worker
        loop = asyncio.get_running_loop()
        try:
            connection.send((query, accept, self.max_bytes))
            ready = await loop.run_in_executor(None, connection.poll, self.timeout)
            if ready:
                status, media, body = connection.recv()
                self.idle.put_nowait(worker)
                return Answer(status, media, body)
        except (EOFError, OSError, BrokenPipeError):
            pass
        self._kill(worker)
        self.idle.put_nowait(self._start_one())
        return Answer(
            503,
            "text/plain",
            f"the query did not finish within the endpoint's limit of {self.timeout:g} s and was "
            "stopped; narrow it, or run it with `kg query` on your own machine\n".encode(),
        )

    def _kill(self, worker) -> None:
        process, connection = worker
        if process.is_alive():
            process.kill()
        process.join(timeout=5)
        connection.close()
        if worker in self.all:
            self.all.remove(worker)

    def close(self) -> None:
        for worker in list(self.all):
            process, connection = worker
            if process.is_alive():
                process.terminate()
        for worker in list(self.all):
            worker[0].join(timeout=5)
            if worker[0].is_alive():
                worker[0].kill()
            worker[1].close()
        self.all.clear()
