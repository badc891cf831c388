"""hasOutcome: each figure to the programme it reports on."""

from __future__ import annotations

from bisect import bisect_right

from kg.link.common import (
    evidence,
    link_cues,
    programmes_of,
    scope_key,
)
from kg.model import Link


def outcomes(res, sentences, by_sentence, text):
    """Each outcome → the nearest programme before it in its sentence; else the first programme of
    the nearest earlier sentence of the same item (一是…) or section."""
    limit = link_cues()["max_previous_sentences"]
    outcome_iri = {(o.mention.start, o.mention.end): o.iri for o in res.outcomes}
    for index, ms in by_sentence.items():
        sentence = sentences[index]
        programmes = sorted(programmes_of(ms), key=lambda p: p.end)
        ends = [p.end for p in programmes]
        for o in (m for m in ms if m.kind == "Outcome"):
            i = bisect_right(ends, o.start)
            target, rule = (programmes[i - 1], "same-sentence") if i else (None, None)
            if target is None:
                key = scope_key(sentence)
                for back in range(index - 1, max(-1, index - 1 - limit), -1):
                    previous = sentences[back]
                    if scope_key(previous)[1:] != key[1:] or (
                        key[0] and scope_key(previous)[0] != key[0]
                    ):
                        break
                    found = programmes_of(by_sentence.get(back, []))
                    if found:
                        target, rule = found[0], "previous-sentence"
                        break
            if target is not None:
                yield Link(
                    res.entity_at(target),
                    "hasOutcome",
                    outcome_iri[(o.start, o.end)],
                    evidence(sentence, target, o)
                    if target.sentence == index
                    else evidence(sentence, o),
                    rule,
                )
