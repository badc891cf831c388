"""Running the site: bind the socket (a port in use is one clear line), then uvicorn, which
stops on SIGINT and SIGTERM and, through the app's lifespan, stops the query workers."""

from __future__ import annotations

import errno
import ipaddress
import signal
import socket
import sys
from pathlib import Path

from kg.sparql import store_folder


class ServeError(Exception):
    """A reason the site cannot start, in one line."""


def is_loopback(host: str) -> bool:
    """Whether a host name or address is this machine only.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket, or a ServeError that says what is wrong."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family, backlog=128)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(
                f"port {port} on {host} is already in use (another `kg serve`?); "
                "choose another with --port"
            ) from None
        if exc.errno == errno.EACCES:
            raise ServeError(
                f"not allowed to listen on {host}:{port}; choose a port above 1023"
            ) from None
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def serve(
    store: Path,
    host: str = "127.0.0.1",
    port: int = 7878,
    workers: int = 2,
    timeout: float = 30.0,
    max_bytes: int = 50_000_000,
    allow_service: bool = False,
) -> int:
    import uvicorn

    from kg.web.app import create_app

    folder = store_folder(Path(store))
    if not folder.is_dir():
        raise ServeError(f"no store at {folder} (run `kg build` first)")
    if not is_loopback(host):
        print(
            f"kg: warning: serving on {host}, reachable from other machines "
            "(the site is read-only, but it has no authentication)",
            file=sys.stderr,
        )
    sock = bind(host, port)
    try:
        app = create_app(
            folder,
            workers=workers,
            timeout=timeout,
            max_bytes=max_bytes,
            allow_service=allow_service,
        )
    except OSError as exc:
        sock.close()
        raise ServeError(
            f"cannot open the store at {folder}: {' '.join(str(exc).split())}"
        ) from None
    shown = f"[{host}]" if ":" in host else host
    print(
        f"kg: serving {folder} at http://{shown}:{port}/ — explorer /, entity pages /id/…, "
        f"query page /sparql, SPARQL endpoint /query (Ctrl-C stops)",
        file=sys.stderr,
        flush=True,
    )
    config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False)
    server = uvicorn.Server(config)
    # uvicorn stops gracefully on SIGINT/SIGTERM, then re-raises the signal to the handler it
    # found: a no-op one makes a requested stop exit 0 (no KeyboardInterrupt traceback).
    for stop in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop, lambda *_: None)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0
