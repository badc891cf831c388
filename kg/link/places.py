"""implementedIn / implementedThroughout: where a programme runs (鹿城社区共享法庭, 在A街道建立X,
A街道、B街道推行X, 在全市19个镇(街道)…), and bodies written right before a programme."""

from __future__ import annotations

import re
from collections import defaultdict

from kg.link.common import (
    at,
    clause_end,
    county_iri,
    evidence,
    identified,
    link_cues,
    local,
    opens_clause,
    place_lists,
    programmes_of,
)
from kg.model import Link, Mention
from kg.nlp.text import clause_start
from kg.resources import lexicon


def leading_and_adjacent(res, sentences, by_sentence, text):
    """鹿城社区共享法庭 / 市税务局“税立方”…: a place or body written right before a programme."""
    for index, ms in by_sentence.items():
        ending_at = defaultdict(list)
        for other in ms:
            if other.kind in ("Place", "Agency"):
                ending_at[other.end].append(other)
        for p in programmes_of(ms):
            for start, end in p.get("places") or ():
                place = at(res, start, end, "Place")
                if place and local(res, place):
                    yield Link(
                        res.entity_at(p),
                        "implementedIn",
                        place,
                        evidence(sentences[index], p),
                        "leading-place",
                    )
            for start, end in p.get("carriers") or ():
                body = at(res, start, end, "Agency")
                if body and identified(res, body):
                    yield Link(
                        res.entity_at(p),
                        "carriedOutBy",
                        body,
                        evidence(sentences[index], p),
                        "leading-body",
                    )
            for other in ending_at.get(p.start, ()):
                target = res.entity_at(other)
                if not (local(res, target) if other.kind == "Place" else identified(res, target)):
                    continue
                if other.kind == "Agency" and _after_a_preposition_of_whom(text, other.start):
                    continue  # 向|县公安局|移送案件线索: the body the deed is done to or for
                pred = "implementedIn" if other.kind == "Place" else "carriedOutBy"
                yield Link(
                    res.entity_at(p),
                    pred,
                    target,
                    evidence(sentences[index], other, p),
                    "adjacent-" + ("place" if other.kind == "Place" else "body"),
                )


def _after_a_preposition_of_whom(text: str, pos: int) -> bool:
    """A preposition of whom the deed is done to or for (向, 对, 为, 给) stands right before `pos`.

    >>> _after_a_preposition_of_whom("向县公安局移送", 1)
    True
    >>> _after_a_preposition_of_whom("县公安局", 0)
    False
    """
    return pos > 0 and text[pos - 1] in _OF_WHOM


_OF_WHOM = "向对为给"


def at_place(res, sentences, by_sentence, text):
    """在江南街道建立“1+1+6”社会治理中心 → implementedIn (each place of 在A、B建立X too, X在A、B
    先行先试, and places that open a clause as its agent: 大良街道、容桂街道推行X); 在全市19个镇
    (街道)…建立X → throughout the county."""
    cues = link_cues()
    for index, ms in by_sentence.items():
        sentence = sentences[index]
        for run in place_lists(ms, text, cues["place_list_joiner"].fullmatch):
            first, last = run[0], run[-1]
            at = cues["at_place"].search(text, max(sentence.start, first.start - 2), first.start)
            agent = (
                opens_clause(text, sentence.start, first.start)
                or _after_a_pivot(text, sentence.start, first.start)
            ) and cues["agent_then_verb"].match(text, last.end, sentence.end)
            chosen = _CHOSEN.search(text, max(sentence.start, first.start - 3), first.start)
            if _PILOT_AFTER.match(text, last.end, sentence.end) or chosen:
                # 选取A、B作为…试点, 以A为试点，推行X, 选取A、B开展X试点: what the sentence runs
                # next runs there
                target = next((p for p in programmes_of(ms) if p.start >= last.end), None)
                pairs = [(place, target) for place in run]
                yield from _runs_at(res, sentence, pairs, "pilot-place")
                continue
            if _LANDED.search(text, max(sentence.start, first.start - 3), first.start):
                # 推动“共享法庭”落地江南镇: the programme before the verb of landing runs there
                lo = clause_start(text, first.start, limit=first.start - sentence.start)
                before = [p for p in programmes_of(ms) if lo <= p.start and p.end <= first.start]
                pairs = [(place, before[-1] if before else None) for place in run]
                yield from _runs_at(res, sentence, pairs, "landed-at-place")
                continue
            if not (at or agent):
                continue
            # “法治超市”在雉城街道先行先试: the programme just before 在 runs at the places
            before = (
                next((p for p in programmes_of(ms) if p.end == at.start()), None) if at else None
            )
            pairs = []
            for place in run:
                stop = clause_end(text, place.end, sentence.end)
                target = next((p for p in programmes_of(ms) if last.end < p.start < stop), None)
                pairs.append((place, target or before))
            yield from _runs_at(res, sentence, pairs, "at-place" if at else "place-as-agent")
        county = county_iri(res)
        if county is None:
            continue
        for m in cues["whole_county"].finditer(sentence.text):
            if not (m.group(3) or m.group(4)):
                continue
            pos = sentence.start + m.end()
            stop = clause_end(text, pos, sentence.end)
            target = next((p for p in programmes_of(ms) if pos <= p.start < stop), None)
            if target is not None:
                whole = Mention(
                    "Evidence",
                    sentence.start + m.start(),
                    target.end,
                    sentence.text,
                    sentence.text,
                    index,
                )
                yield Link(
                    res.entity_at(target), "implementedThroughout", county, whole, "every-township"
                )


def _runs_at(res, sentence, pairs, rule):
    """programme implementedIn place, for each (place, programme) pair with a programme whose
    place is the report's own."""
    for place, target in pairs:
        if target is not None and local(res, res.entity_at(place)):
            yield Link(
                res.entity_at(target),
                "implementedIn",
                res.entity_at(place),
                evidence(sentence, place, target),
                rule,
            )


def _after_a_pivot(text: str, lo: int, pos: int) -> bool:
    """A pivot verb stands right before the places (指导|昌元街道、双河街道开展…): they are the
    agents of the verb after them (兼语句), like places opening the clause.

    >>> _after_a_pivot("区司法局指导昌元街道开展试点", 0, 6), _after_a_pivot("在昌元街道", 0, 1)
    (True, False)
    """
    return _PIVOT_BEFORE.search(text, max(lo, pos - 4), pos) is not None


_PIVOT_BEFORE = re.compile("(?:" + lexicon("grammar")["pivot_verbs"] + ")$")


# the places named as a pilot (作为…试点, 为试点): whatever the sentence runs next runs there
_PILOT_AFTER = re.compile(r"(?:作为|为)[^，,。；;]{0,24}?试点")
_CHOSEN = re.compile(r"(?:选取|选择|选定|确定)$")  # the places chosen for a pilot
_LANDED = re.compile(r"(?:落地|落户|延伸至|延伸到|覆盖到)$")  # a programme reaching a place
