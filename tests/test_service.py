"""SERVICE is refused unless asked for (issue 24, item 0): a query that names an address must not
make `kg query` or `kg serve`'s endpoint send a request to it. A listener on 127.0.0.1 records
whether it was contacted."""

from __future__ import annotations

import socket
import threading

import pytest

from tests.test_cli import kg


@pytest.fixture
def listener():
    """A TCP listener on 127.0.0.1 that answers nothing useful and counts who connected."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    contacted: list[bytes] = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    contacted.append(conn.recv(1024))
                    conn.sendall(b"HTTP/1.1 500 Nope\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    contacted.append(b"")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/sparql", contacted
    stop.set()
    thread.join(2)
    server.close()


def _query(url: str) -> str:
    return f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"


def test_kg_query_refuses_service_in_one_line_and_sends_nothing(bundled_build, listener):
    url, contacted = listener
    done = kg("query", _query(url), "--store", bundled_build / "store")
    assert done.returncode == 2, done
    assert "SERVICE" in done.stderr and "--allow-service" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert contacted == []


def test_kg_query_allow_service_calls_it_and_a_failure_is_one_line(bundled_build, listener):
    url, contacted = listener
    done = kg("query", _query(url), "--store", bundled_build / "store", "--allow-service")
    assert contacted, "the listener was not called with --allow-service"
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_the_endpoint_answers_400_and_sends_nothing(bundled_build, listener):
    from starlette.testclient import TestClient

    from kg.web.app import create_app

    url, contacted = listener
    with TestClient(create_app(bundled_build / "store", workers=1, timeout=10)) as client:
        response = client.get("/query", params={"query": _query(url)})
        assert response.status_code == 400, response.text
        assert "--allow-service" in response.text
        # hidden in lower case, after a comment that names it
        hidden = "# SERVICE\nselect * { service silent <" + url + "> { ?s ?p ?o } }"
        assert client.get("/query", params={"query": hidden}).status_code == 400
    assert contacted == []
    with TestClient(
        create_app(bundled_build / "store", workers=1, timeout=10, allow_service=True)
    ) as client:
        client.get("/query", params={"query": _query(url)})
    assert contacted, "the listener was not called with allow_service"
