"""`kg serve` as a user runs it: one process tree that SIGINT/SIGTERM stop entirely, a port in
use reported in one line, a warning off loopback, 50 concurrent requests, and a SPARQL client
library (SPARQLWrapper) speaking the protocol to it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import pytest

KG = [sys.executable, "-m", "kg.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid: int) -> set[int]:
    """Every descendant of a process (from /proc)."""
    out, frontier = set(), {pid}
    while frontier:
        found = set()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) in frontier:
                found.add(int(entry.name))
        out |= found
        frontier = found
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def start(store: Path, port: int, *extra: str) -> subprocess.Popen:
    process = subprocess.Popen(
        KG + ["serve", "--store", str(store), "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=x", timeout=2)
            return process
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None:
                raise AssertionError(process.stderr.read()) from None
            time.sleep(0.1)
    process.kill()
    raise AssertionError("kg serve did not answer")


@pytest.fixture(scope="module")
def server(bundled_build):
    port = free_port()
    process = start(bundled_build / "store", port)
    yield f"http://127.0.0.1:{port}", process, port
    process.terminate()
    process.wait(timeout=20)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_everything_kg_serve_started(bundled_build, stop):
    port = free_port()
    process = start(bundled_build / "store", port)
    started = children(process.pid)
    assert started, "the query workers are children of kg serve"
    process.send_signal(stop)
    assert process.wait(timeout=20) == 0
    deadline = time.time() + 10
    while any(alive(pid) for pid in started) and time.time() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in started)
    with pytest.raises((urllib.error.URLError, ConnectionError)):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)


def test_port_in_use_is_one_line(server, bundled_build):
    _, _, port = server
    result = subprocess.run(
        KG + ["serve", "--store", str(bundled_build), "--port", str(port)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"port {port}" in lines[0] and "in use" in lines[0]
    assert "Traceback" not in result.stderr and "panicked" not in result.stderr


def test_missing_store_is_one_line(tmp_path):
    result = subprocess.run(
        KG + ["serve", "--store", str(tmp_path / "nothing"), "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "kg build" in result.stderr


def test_other_host_than_loopback_warns(bundled_build):
    port = free_port()
    process = subprocess.Popen(
        KG + ["serve", "--store", str(bundled_build), "--host", "0.0.0.0", "--port", str(port)],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = process.stderr.readline()
        assert first.startswith("kg: warning: serving on 0.0.0.0")
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_binds_loopback_by_default(server):
    _, process, port = server
    listening = Path("/proc/net/tcp").read_text().splitlines()[1:]
    local = [line.split()[1] for line in listening if line.split()[3] == "0A"]  # LISTEN
    ours = [address for address in local if int(address.split(":")[1], 16) == port]
    assert ours == ["0100007F:" + f"{port:04X}"]  # 127.0.0.1


def test_fifty_concurrent_requests(server):
    base, process, _ = server
    paths = [
        "/id/program/" + quote("共享法庭"),
        "/api/search?q=" + quote("司法"),
        "/query?query=" + quote("SELECT (COUNT(*) AS ?n) WHERE { ?s a fz:Program }"),
        "/api/network?limit=40",
        "/",
    ]

    def fetch(n: int) -> int:
        with urllib.request.urlopen(base + paths[n % len(paths)], timeout=60) as response:
            response.read()
            return response.status

    with ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(fetch, range(50)))
    assert statuses == [200] * 50
    assert process.poll() is None


def test_a_sparql_client_library_talks_to_the_endpoint(server):
    from SPARQLWrapper import JSON, SPARQLWrapper

    base, _, _ = server
    client = SPARQLWrapper(base + "/query")
    client.setQuery("SELECT (COUNT(?p) AS ?n) WHERE { ?p a fz:Program }")
    client.setReturnFormat(JSON)
    n = int(client.query().convert()["results"]["bindings"][0]["n"]["value"])
    assert n > 50
    client.setMethod("POST")
    client.setQuery("PREFIX fz: <https://w3id.org/fazhi-kg/ontology#> ASK { ?p a fz:Program }")
    assert client.query().convert()["boolean"] is True


def test_workers_die_with_a_killed_server(bundled_build):
    """Even SIGKILL, which kg cannot catch, leaves no worker behind (PR_SET_PDEATHSIG)."""
    port = free_port()
    process = start(bundled_build / "store", port)
    started = children(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    deadline = time.time() + 10
    while any(alive(pid) for pid in started) and time.time() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in started)
