"""The embedded on-disk SPARQL store (pyoxigraph), rebuilt from graph.nq by `kg build`."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph


def load_store(nquads: Path, folder: Path) -> None:
    """Replace `folder` with a fresh store of the quads in `nquads` (staged, then swapped in)."""
    staging = folder.with_name(folder.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    store = pyoxigraph.Store(str(staging))
    store.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
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
