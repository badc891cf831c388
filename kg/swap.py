"""Replace a build's output folder as one set: a reader sees all old files or all new ones.

The new outputs are written into a folder beside the target; at the end the two folders are
exchanged in one step (Linux ``renameat2(RENAME_EXCHANGE)``; elsewhere two renames, between which
the folder is briefly absent — never a mix). What in the target is not an output of ours (the
extraction cache, a user's own files) moves into the new folder first, so nothing else is lost.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
from pathlib import Path

OUTPUTS = frozenset(
    {
        "graph.nq",
        "graph.trig",
        "graph.jsonld",
        "graph.ttl",
        "store",
        "analysis.json",
        "report.html",
        "graph.gexf",
        "graph.graphml",
        "tables",
        ".union",
    }
)
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def staging_folder(target: Path) -> Path:
    """A fresh empty folder beside `target`, on the same file system."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    stage = target.with_name(f".{target.name}.new-{os.getpid()}")
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir()
    return stage


def swap_in(stage: Path, target: Path) -> None:
    """Make `stage` the new `target`, keeping the target's entries that are not outputs."""
    stage, target = Path(stage), Path(target)
    if not target.exists():
        os.rename(stage, target)
        return
    for entry in sorted(target.iterdir()):
        if entry.name not in OUTPUTS and not (stage / entry.name).exists():
            os.rename(entry, stage / entry.name)
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if _exchange(stage, target):
        old = stage
    else:
        os.rename(target, old)
        os.rename(stage, target)
    shutil.rmtree(old, ignore_errors=True)


def discard(stage: Path) -> None:
    shutil.rmtree(stage, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically where the kernel can (Linux ≥ 3.15, glibc ≥ 2.28)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    done = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return done == 0
