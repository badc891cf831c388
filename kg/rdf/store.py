"""The embedded on-disk SPARQL store (pyoxigraph), rebuilt from graph.nq by `kg build`."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph


def load_store(nquads: Path, union: Path, folder: Path) -> None:
    """Replace `folder` with a fresh store (staged, then swapped in): the per-report named graphs
    of `nquads`, and their de-duplicated union (`union`, graph.ttl) as the default graph.

    The union is stored rather than computed per query: a programme in 1,000 reports has its
    type and label in 1,000 graphs, and joins over a union view multiply those duplicates.
    """
    staging = folder.with_name(folder.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    store = pyoxigraph.Store(str(staging))
    store.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    store.bulk_load(path=str(union), format=pyoxigraph.RdfFormat.TURTLE, to_graph=pyoxigraph.DefaultGraph())
    store.optimize()
    store.flush()
    del store
    old = folder.with_name(folder.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        folder.rename(old)
    staging.rename(folder)
    shutil.rmtree(old, ignore_errors=True)


def open_store(folder: Path, read_only: bool = True) -> pyoxigraph.Store:
    if not (Path(folder).is_dir()):
        raise FileNotFoundError(f"no store at {folder} (run `kg build` first)")
    return pyoxigraph.Store.read_only(str(folder)) if read_only else pyoxigraph.Store(str(folder))
