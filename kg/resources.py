"""Where the project's data files live: `ontology/` and `queries/`.

In a checkout (editable install) they are the repository folders; in a wheel they are
copied to ``kg/_data/`` (see pyproject.toml), so one lookup serves both.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"fazhi-kg data folder {name!r} not found next to {_PACKAGE}")


def ontology_dir() -> Path:
    return _data_dir("ontology")


def queries_dir() -> Path:
    """The bundled competency queries (queries/*.rq)."""
    return _data_dir("queries")


@lru_cache(maxsize=None)
def lexicon(name: str) -> dict:
    """Load ``ontology/lexicon/<name>.json`` (pattern and word tables of the extractors)."""
    path = ontology_dir() / "lexicon" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))
