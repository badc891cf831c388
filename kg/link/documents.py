"""establishedBy: a programme built under or by a policy document."""

from __future__ import annotations

from kg.link.common import (
    evidence,
    link_cues,
    programmes_of,
)
from kg.model import Link


def documents(res, sentences, by_sentence, text):
    """出台《D》,构建X → X establishedBy D; 形成《D》 after X → X establishedBy D."""
    cues = link_cues()
    for index, ms in by_sentence.items():
        sentence = sentences[index]
        for d in (m for m in ms if m.kind == "PolicyDocument"):
            before = text[max(sentence.start, d.start - 6) : d.start]
            if cues["establishing_verbs"].search(before):
                stop = sentence.end
                following = [m for m in ms if m.start >= d.end and m.kind in ("Program", "Agency")]
                docs_between = [m for m in ms if m.kind == "PolicyDocument" and d.end <= m.start]
                for target in following:
                    gap = text[d.end : target.start]
                    if any(
                        doc.start < target.start
                        for doc in docs_between
                        if cues["establishing_verbs"].search(
                            text[max(sentence.start, doc.start - 6) : doc.start]
                        )
                    ):
                        break
                    if target.kind == "Agency" and not cues["creating_verbs"].search(
                        text[max(d.end, target.start - 4) : target.start]
                    ):
                        continue
                    if gap.count("，") + gap.count(",") > 2 or target.start > stop:
                        break
                    yield Link(
                        res.entity_at(target),
                        "establishedBy",
                        res.entity_at(d),
                        evidence(sentence, d, target),
                        "issued-then-built",
                    )
                    break
            elif cues["produced_verbs"].search(before):
                previous = [p for p in programmes_of(ms) if p.end <= d.start]
                if previous:
                    yield Link(
                        res.entity_at(previous[-1]),
                        "establishedBy",
                        res.entity_at(d),
                        evidence(sentence, previous[-1], d),
                        "built-then-produced",
                    )
