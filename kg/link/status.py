"""Status of programmes from the part of the report that names them (its own step, after
linking)."""

from __future__ import annotations

from kg.model import Mention, Sentence
from kg.resolve import Resolved


def set_statuses(res: Resolved, sentences: list[Sentence], mentions: list[Mention]) -> None:
    """Programmes of the next-year plan are Planned; reported ones Implemented (per report)."""
    for m in mentions:
        if m.kind != "Program" or not res.entity_at(m):
            continue
        kind = sentences[m.sentence].part_kind
        entity = res.entities[res.entity_at(m)]
        if kind == "plan":
            entity.status.add("Planned")
        elif kind != "shortcomings":
            entity.status.add("Implemented")
