"""Extraction on a Dask cluster (`kg build --scheduler ADDRESS`, the optional extra
`fazhi-kg[dask]`).

Extracting one report is a pure function from the file's name and bytes to its spool
(kg.build.extract_file), so the cluster runs exactly what a local build runs: the client reads
each file and checks its own cache, sends the bytes of the reports not cached to the workers,
and writes what comes back into the cache. The workers need kg installed, nothing shared: no
common file system, no cache of their own. Their code must be this code (a worker that runs
another version would give other facts): each result carries the worker's code fingerprint,
and one that differs is an error. The union, the store and the analyses are written here, as in
a local build, so the output is byte-identical to one.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from kg.model import InputError

INSTALL = "kg build --scheduler needs Dask: pip install 'fazhi-kg[dask]'"
CONNECT_TIMEOUT = "30s"  # a scheduler that does not answer within this is taken to be absent


def extract_bytes(name: str, data: bytes, doc_id: str) -> tuple:
    """On a worker: the report `name` with these bytes → (spool bytes, error, meta, the code's
    fingerprint). The file is written under its own name, since the name's suffix chooses the
    reader and the name is the report's fz:sourceFile."""
    from kg.build import code_fingerprint, extract_file

    with tempfile.TemporaryDirectory(prefix="kg-worker-") as work:
        path = Path(work) / name
        path.write_bytes(data)
        spool, error, meta = extract_file(path, doc_id)
    return spool, error, meta, code_fingerprint()


def spool_on_cluster(tasks: list[tuple[str, str, str]], address: str, advance) -> list:
    """kg.build's spooling results of `tasks` (file, report id, cache folder), the reports not
    cached extracted on the Dask scheduler at `address`; `advance()` is called once a report."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise InputError(INSTALL) from None
    from kg.build import _cache_entry, _store_entry, code_fingerprint

    results: list = [None] * len(tasks)
    pending = {}
    for n, (path_text, doc_id, cache_dir) in enumerate(tasks):
        found = _cache_entry(path_text, doc_id, cache_dir)
        if isinstance(found, tuple):
            results[n] = found
            advance()
        else:
            pending[n] = found
    if not pending:
        return results
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise InputError(f"no Dask scheduler at {address} ({exc})") from None
    with client:
        futures = {}
        for n in pending:
            path_text, doc_id, _ = tasks[n]
            data = Path(path_text).read_bytes()
            name = Path(path_text).name
            future = client.submit(extract_bytes, name, data, doc_id, pure=False)
            futures[future] = n
        mine = code_fingerprint()
        for future in as_completed(futures):
            n = futures[future]
            spool, error, meta, theirs = future.result()
            if theirs != mine:
                raise InputError(
                    f"a Dask worker runs another version of kg ({theirs}, here {mine}): "
                    "install the same fazhi-kg on the workers"
                )
            results[n] = _store_entry(tasks[n][0], pending[n], spool, error, meta)
            advance()
    return results
