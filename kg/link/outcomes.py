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
from kg.nlp.text import clause_break_re


def outcomes(res, sentences, by_sentence, text):
    """Each outcome → a programme, nearest first: one in its own clause (before it, else after it:
    上好141场法治课), else the nearest before it in its sentence, else the first programme of the
    nearest earlier sentence of the same item (一是…) or section, else the programme its item's
    or section's heading names (3.深化行政审批制度改革)."""
    limit = link_cues()["max_previous_sentences"]
    outcome_iri = {(o.mention.start, o.mention.end): o.iri for o in res.outcomes}
    heading_programmes = _heading_programmes(sentences, by_sentence)
    item_headings = _item_headings(sentences)
    for index, ms in by_sentence.items():
        sentence = sentences[index]
        programmes = sorted(programmes_of(ms), key=lambda p: p.end)
        for o in (m for m in ms if m.kind == "Outcome"):
            target, rule = in_own_clause(text, sentence, programmes, o), "same-clause"
            if target is None:  # a counted activity has the figures of its own clause only
                before = [p for p in programmes if p.end <= o.start and not _counted(p)]
                target, rule = (before[-1], "same-sentence") if before else (None, None)
            if target is None:
                target = previous_sentence_programme(sentences, by_sentence, index, limit)
                rule = "previous-sentence"
            if target is None:
                target = next(
                    (
                        heading_programmes[h.start]
                        for h in _enclosing_headings(sentence, item_headings)
                        if heading_programmes.get(h.start) is not None
                    ),
                    None,
                )
                rule = "heading"
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


def in_own_clause(text, sentence, programmes, outcome):
    """The programme of the outcome's own clause: the nearest before it, else the first after."""
    stop = clause_break_re().search(text, outcome.end, sentence.end)
    hi = stop.start() if stop else sentence.end
    lo = sentence.start
    for m in clause_break_re().finditer(text, sentence.start, outcome.start):
        lo = m.end()
    inside = [p for p in programmes if lo <= p.start and p.end <= hi]
    before = [p for p in inside if p.end <= outcome.start]
    after = [p for p in inside if p.start >= outcome.end]
    return before[-1] if before else (after[0] if after else None)


def previous_sentence_programme(sentences, by_sentence, index, limit):
    """The first programme of the nearest earlier sentence within the same item or section."""
    key = scope_key(sentences[index])
    for back in range(index - 1, max(-1, index - 1 - limit), -1):
        previous = sentences[back]
        if scope_key(previous)[1:] != key[1:] or (key[0] and scope_key(previous)[0] != key[0]):
            return None
        found = [p for p in programmes_of(by_sentence.get(back, [])) if not _counted(p)]
        if found:
            return found[0]
    return None


def _heading_programmes(sentences, by_sentence):
    """heading start → the first programme named in the heading's own text."""
    out = {}
    starts = [s.start for s in sentences]
    for sentence in sentences:
        for h in sentence.headings:
            if h.start in out:
                continue
            end = h.start + len(h.label) + len(h.title) + 2
            out[h.start] = next(
                (
                    p
                    for ms in (by_sentence.get(i, []) for i in _sentences_at(starts, h.start))
                    for p in programmes_of(ms)
                    if h.start <= p.start < end
                ),
                None,
            )
    return out


def _item_headings(sentences):
    """Item headings in text order, once each."""
    seen = {}
    for sentence in sentences:
        item = sentence.scope("item")
        if item is not None:
            seen.setdefault(item.start, item)
    return [seen[k] for k in sorted(seen)]


def _enclosing_headings(sentence, item_headings):
    """The sentence's headings, innermost first; an item written 一是… under a numbered item
    (1.深化…改革。一是…) is inside that numbered item, which the heading path does not keep."""
    out = list(reversed(sentence.headings))
    item, section = sentence.scope("item"), sentence.scope("section")
    if item is not None and _item_kind(item.label) == "ordinal":
        earlier = [
            h
            for h in item_headings
            if h.start < item.start
            and _item_kind(h.label) == "numbered"
            and (section is None or h.start > section.start)
        ]
        if earlier:
            out.insert(1, earlier[-1])
    return out


def _item_kind(label: str) -> str:
    return "ordinal" if label.endswith("是") else "numbered"


def _sentences_at(starts, pos):
    """The sentence holding `pos` and the one after (a heading may end its own sentence)."""
    i = max(0, bisect_right(starts, pos) - 1)
    return [i, i + 1]


def _counted(programme) -> bool:
    return programme.get("rule") == "counted-activity"
