"""carriedOutBy from the text: bodies created for a programme and bodies that are the subject of
its clause."""

from __future__ import annotations

from bisect import bisect_left

from kg.link.common import (
    clause_end,
    evidence,
    identified,
    link_cues,
    programmes_of,
)
from kg.model import Link


def created_bodies(res, sentences, by_sentence, text):
    """成立市合法性审查中心 / 明确X为…机构 / 由X牵头: the sentence's programme is carried by X."""
    cues = link_cues()
    for index, ms in by_sentence.items():
        sentence = sentences[index]
        programmes = programmes_of(ms)
        if not programmes:
            continue
        by_start = sorted(ms, key=lambda m: m.start)
        starts = [m.start for m in by_start]
        for body in (m for m in ms if m.kind == "Agency"):
            before = text[max(sentence.start, body.start - 4) : body.start]
            after = text[body.end : body.end + 6]
            if cues["creating_verbs"].search(before) or (
                cues["designating"].search(before) and cues["designated_as"].match(after)
            ):
                topic = next((p for p in programmes if p.start < body.start), programmes[0])
                yield Link(
                    res.entity_at(topic),
                    "carriedOutBy",
                    res.entity_at(body),
                    evidence(sentence, topic, body),
                    "created-body",
                )
            elif cues["by_body"].search(before) or cues["agent_then_verb"].match(
                text, body.end, sentence.end
            ):
                stop = clause_end(text, body.end, sentence.end)
                lo, hi = bisect_left(starts, body.end), bisect_left(starts, stop)
                others = [a for a in by_start[lo:hi] if a.kind == "Agency"]
                for p in by_start[lo:hi]:
                    if (
                        p.kind == "Program"
                        and not any(a.end <= p.start for a in others)
                        and identified(res, res.entity_at(body))
                        and not cues["meeting_after"].match(text, p.end)
                    ):
                        yield Link(
                            res.entity_at(p),
                            "carriedOutBy",
                            res.entity_at(body),
                            evidence(sentence, body, p),
                            "subject-body",
                        )
