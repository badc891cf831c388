"""Links between entities, each with the sentence span that supports it and the rule that made it.

Rules are pure functions of the sentences and mentions; they never link the report's publisher
just because the report is theirs.
"""

from __future__ import annotations

from collections import defaultdict

from kg.link.carriers import created_bodies, organisers, subject_bodies
from kg.link.documents import documents
from kg.link.frames import (
    activity_carriers,
    claimed_figures,
    created_carriers,
    figure_holders,
    titled_carriers,
)
from kg.link.outcomes import outcomes
from kg.link.places import at_place, leading_and_adjacent
from kg.link.recognitions import recognitions
from kg.model import Frame, Link, Mention, Sentence
from kg.resolve import Resolved


def link(
    res: Resolved, sentences: list[Sentence], mentions: list[Mention], frames: list[Frame] = ()
) -> list[Link]:
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if res.entity_at(m) or m.kind == "Outcome":
            by_sentence[m.sentence].append(m)
    text = res.report.text
    links: list[Link] = list(activity_carriers(res, sentences, frames))
    links += created_carriers(res, sentences, frames)
    links += titled_carriers(res, sentences, frames, by_sentence)
    placed = list(figure_holders(res, sentences, frames, by_sentence))
    claimed = claimed_figures(placed)
    links += placed
    for rule in (
        leading_and_adjacent,
        at_place,
        created_bodies,
        subject_bodies,
        organisers,
        outcomes,
        documents,
        recognitions,
    ):
        found = rule(res, sentences, by_sentence, text)
        if rule is outcomes:  # a figure the frames placed is no fallback's
            found = (f for f in found if f.object not in claimed)
        links.extend(found)
    unique = {}
    for found in links:
        if found.subject != found.object:
            key = (
                found.subject,
                found.predicate,
                found.object,
                found.mention.start,
                found.mention.end,
            )
            unique.setdefault(key, found)
    return sorted(
        unique.values(), key=lambda k: (k.subject, k.predicate, k.object, k.mention.start)
    )
