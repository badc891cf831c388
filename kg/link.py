"""Links between entities, each with the sentence span that supports it and the rule that made it.

Rules are pure functions of the sentences and mentions; they never link the report's publisher
just because the report is theirs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import lru_cache

from kg import iri
from kg.model import Link, Mention, Sentence
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.text import clause_break_re
from kg.resolve import Resolved
from kg.resources import lexicon


@lru_cache(maxsize=1)
def _cues() -> dict:
    lex = lexicon("links")
    return {k: re.compile(v) if isinstance(v, str) and k != "_about" else v for k, v in lex.items()}


def link(res: Resolved, sentences: list[Sentence], mentions: list[Mention]) -> list[Link]:
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if res.entity_at(m) or m.kind == "Outcome":
            by_sentence[m.sentence].append(m)
    text = res.report.text
    links: list[Link] = []
    for rule in (
        _leading_and_adjacent,
        _at_place,
        _created_bodies,
        _outcomes,
        _documents,
        _recognitions,
    ):
        links.extend(rule(res, sentences, by_sentence, text))
    _statuses(res, sentences, mentions)
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


def _evidence(sentence: Sentence, *ms: Mention) -> Mention:
    start = min(m.start for m in ms)
    end = max(m.end for m in ms)
    return Mention("Evidence", start, end, sentence.text, sentence.text, sentence.index)


def _programmes(ms):
    return [m for m in ms if m.kind == "Program"]


def _leading_and_adjacent(res, sentences, by_sentence, text):
    """鹿城社区共享法庭 / 市税务局“税立方”…: a place or body written right before a programme."""
    for index, ms in by_sentence.items():
        ending_at = defaultdict(list)
        for other in ms:
            if other.kind in ("Place", "Agency"):
                ending_at[other.end].append(other)
        for p in _programmes(ms):
            for start, end in p.get("places") or ():
                place = _at(res, start, end, "Place")
                if place and _local(res, place):
                    yield Link(
                        res.entity_at(p),
                        "implementedIn",
                        place,
                        _evidence(sentences[index], p),
                        "leading-place",
                    )
            for start, end in p.get("carriers") or ():
                body = _at(res, start, end, "Agency")
                if body and _identified(res, body):
                    yield Link(
                        res.entity_at(p),
                        "carriedOutBy",
                        body,
                        _evidence(sentences[index], p),
                        "leading-body",
                    )
            for other in ending_at.get(p.start, ()):
                target = res.entity_at(other)
                if not (_local(res, target) if other.kind == "Place" else _identified(res, target)):
                    continue
                pred = "implementedIn" if other.kind == "Place" else "carriedOutBy"
                yield Link(
                    res.entity_at(p),
                    pred,
                    target,
                    _evidence(sentences[index], other, p),
                    "adjacent-" + ("place" if other.kind == "Place" else "body"),
                )


def _local(res, place_iri):
    """Places inside the report's own county (or sites scoped to it): where its programmes run."""
    entity = res.entities.get(place_iri)
    if entity is None or not res.jurisdiction:
        return entity is not None
    county = res.jurisdiction[:6]
    code = entity.props.get("code") or entity.props.get("within_code") or ""
    return code.startswith(county)


def _identified(res, body_iri):
    """A carrier must be one identifiable body (市税务局), not a kind of body (乡村检务站)."""
    entity = res.entities.get(body_iri)
    return entity is not None and any(
        m.get("prefix") or m.get("place_code") for m in entity.mentions
    )


def _at(res, start, end, kind):
    offset = res.report.body_start
    return res.iri_of.get((start + offset, end + offset, kind))


def _clause_end(text, pos, limit):
    m = re.search(r"[，,。；;]", text[pos:limit])
    return pos + m.start() if m else limit


def _at_place(res, sentences, by_sentence, text):
    """在江南街道建立“1+1+6”社会治理中心 → implementedIn (each place of 在A、B建立X too, and places
    that open a clause as its agent: 大良街道、容桂街道推行X); 在全市19个镇(街道)…建立X → throughout
    the county."""
    cues = _cues()
    for index, ms in by_sentence.items():
        sentence = sentences[index]
        for run in _place_lists(ms, text, cues["place_list_joiner"].fullmatch):
            first, last = run[0], run[-1]
            at = cues["at_place"].search(text, max(sentence.start, first.start - 2), first.start)
            agent = _opens_clause(text, sentence.start, first.start) and cues[
                "agent_then_verb"
            ].match(text, last.end, sentence.end)
            if not (at or agent):
                continue
            for place in run:
                stop = _clause_end(text, place.end, sentence.end)
                target = next((p for p in _programmes(ms) if last.end < p.start < stop), None)
                if target is not None and _local(res, res.entity_at(place)):
                    yield Link(
                        res.entity_at(target),
                        "implementedIn",
                        res.entity_at(place),
                        _evidence(sentence, place, target),
                        "at-place" if at else "place-as-agent",
                    )
        county = _county_iri(res)
        if county is None:
            continue
        for m in cues["whole_county"].finditer(sentence.text):
            if not (m.group(3) or m.group(4)):
                continue
            pos = sentence.start + m.end()
            stop = _clause_end(text, pos, sentence.end)
            target = next((p for p in _programmes(ms) if pos <= p.start < stop), None)
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


def _place_lists(ms, text, joined):
    """Runs of places written as a list (A、B和C), in order; a single place is a run of one.
    `joined(text, pos, endpos)` says whether the text between two places joins them."""
    runs = []
    for place in sorted((m for m in ms if m.kind == "Place"), key=lambda m: m.start):
        if runs and joined(text, runs[-1][-1].end, place.start):
            runs[-1].append(place)
        else:
            runs.append([place])
    return runs


def _opens_clause(text, sentence_start, pos):
    """Nothing but a clause break (or the sentence start) right before `pos`."""
    return pos == sentence_start or bool(clause_break_re().match(text, pos - 1))


def _county_iri(res):
    county = load_gazetteer().county_of(res.jurisdiction) if res.jurisdiction else None
    return iri.place(county.admin_code) if county else None


def _created_bodies(res, sentences, by_sentence, text):
    """成立市合法性审查中心 / 明确X为…机构 / 由X牵头: the sentence's programme is carried by X."""
    cues = _cues()
    for index, ms in by_sentence.items():
        sentence = sentences[index]
        programmes = _programmes(ms)
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
                    _evidence(sentence, topic, body),
                    "created-body",
                )
            elif cues["by_body"].search(before) or cues["agent_then_verb"].match(
                text, body.end, sentence.end
            ):
                stop = _clause_end(text, body.end, sentence.end)
                lo, hi = bisect_left(starts, body.end), bisect_left(starts, stop)
                others = [a for a in by_start[lo:hi] if a.kind == "Agency"]
                for p in by_start[lo:hi]:
                    if (
                        p.kind == "Program"
                        and not any(a.end <= p.start for a in others)
                        and _identified(res, res.entity_at(body))
                        and not cues["meeting_after"].match(text, p.end)
                    ):
                        yield Link(
                            res.entity_at(p),
                            "carriedOutBy",
                            res.entity_at(body),
                            _evidence(sentence, body, p),
                            "subject-body",
                        )


def _scope_key(sentence: Sentence):
    item = sentence.scope("item")
    section = sentence.scope("section")
    return (
        item.start if item else None,
        section.start if section else None,
        sentence.scope("part").start if sentence.scope("part") else None,
    )


def _outcomes(res, sentences, by_sentence, text):
    """Each outcome → the nearest programme before it in its sentence; else the first programme of
    the nearest earlier sentence of the same item (一是…) or section."""
    limit = _cues()["max_previous_sentences"]
    outcome_iri = {(o.mention.start, o.mention.end): o.iri for o in res.outcomes}
    for index, ms in by_sentence.items():
        sentence = sentences[index]
        programmes = sorted(_programmes(ms), key=lambda p: p.end)
        ends = [p.end for p in programmes]
        for o in (m for m in ms if m.kind == "Outcome"):
            i = bisect_right(ends, o.start)
            target, rule = (programmes[i - 1], "same-sentence") if i else (None, None)
            if target is None:
                key = _scope_key(sentence)
                for back in range(index - 1, max(-1, index - 1 - limit), -1):
                    previous = sentences[back]
                    if _scope_key(previous)[1:] != key[1:] or (
                        key[0] and _scope_key(previous)[0] != key[0]
                    ):
                        break
                    found = _programmes(by_sentence.get(back, []))
                    if found:
                        target, rule = found[0], "previous-sentence"
                        break
            if target is not None:
                yield Link(
                    res.entity_at(target),
                    "hasOutcome",
                    outcome_iri[(o.start, o.end)],
                    _evidence(sentence, target, o)
                    if target.sentence == index
                    else _evidence(sentence, o),
                    rule,
                )


def _documents(res, sentences, by_sentence, text):
    """出台《D》,构建X → X establishedBy D; 形成《D》 after X → X establishedBy D."""
    cues = _cues()
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
                        _evidence(sentence, d, target),
                        "issued-then-built",
                    )
                    break
            elif cues["produced_verbs"].search(before):
                previous = [p for p in _programmes(ms) if p.end <= d.start]
                if previous:
                    yield Link(
                        res.entity_at(previous[-1]),
                        "establishedBy",
                        res.entity_at(d),
                        _evidence(sentence, previous[-1], d),
                        "built-then-produced",
                    )


def _awarders(ms, offset):
    spans = set()
    for r in ms:
        if r.kind == "Recognition" and r.get("awarder"):
            spans.add((r.get("awarder")[0] + offset, r.get("awarder")[1] + offset))
    return spans


def _recognitions(res, sentences, by_sentence, text):
    """X获评R / X被Y评为R / A和B创建R: X recognizedAs R (and R awardedBy Y); a designation of a
    whole city (食品安全示范市) also goes to the report's own area."""
    cues = _cues()

    def gap_only(text, pos, end):  # nothing between but 、/和/及/quotes
        return bool(cues["award_subject_gap"].match(text[pos:end]))

    for index, ms in by_sentence.items():
        sentence = sentences[index]
        for r in (m for m in ms if m.kind == "Recognition"):
            rec = res.entity_at(r)
            verb = r.get("verb_start") + res.report.body_start
            if verb == r.start:
                # a designation named without a verb of receiving (迎接…示范县复核): nobody got it
                # here
                continue
            awarder = r.get("awarder")
            awarder_mention = None
            if awarder:
                awarder_mention = next(
                    (
                        m
                        for m in ms
                        if m.kind == "Agency" and m.start == awarder[0] + res.report.body_start
                    ),
                    None,
                )
                if awarder_mention is not None:
                    yield Link(
                        rec,
                        "awardedBy",
                        res.entity_at(awarder_mention),
                        _evidence(sentence, awarder_mention, r),
                        "awarded-by",
                    )
            anchor = awarder_mention.start - 1 if awarder_mention is not None else verb
            awarders = _awarders(ms, res.report.body_start)
            # a place receives only when it stands right before the verb (杭州市、宁波市入选…), not
            # as
            # the setting of the sentence (在全省考核中获评…)
            receiving = {
                id(p)
                for run in _place_lists(ms, text, gap_only)
                if run[-1].end <= anchor and gap_only(text, run[-1].end, anchor)
                for p in run
            }
            candidates = [
                m
                for m in ms
                if m.end <= anchor
                and (m.start, m.end) not in awarders
                and (m.kind in ("Program", "Agency", "PolicyDocument") or id(m) in receiving)
            ]
            candidates = [
                m
                for m in candidates
                if not any(o is not m and o.start <= m.start and m.end <= o.end for o in candidates)
            ]
            subjects = []
            for m in reversed(candidates):
                gap = text[m.end : (subjects[-1].start if subjects else anchor)]
                if subjects and not cues["award_subject_gap"].match(gap):
                    break
                if not subjects and re.search(r"[。；;]", gap):
                    break
                if any(s.start <= m.start and m.end <= s.end for s in subjects):
                    continue
                subjects.append(m)
                if not cues["award_subject_gap"].match(text[m.end : anchor]) and len(subjects) == 1:
                    break
            for s in subjects:
                yield Link(
                    res.entity_at(s),
                    "recognizedAs",
                    rec,
                    _evidence(sentence, s, r),
                    "award-subject",
                )
            if r.get("place_level") and not any(s.kind == "Place" for s in subjects):
                county = _county_iri(res) or (
                    iri.place(res.jurisdiction.ljust(9, "0")) if res.jurisdiction else None
                )
                if county:
                    yield Link(
                        county, "recognizedAs", rec, _evidence(sentence, r), "city-designation"
                    )


def _statuses(res: Resolved, sentences: list[Sentence], mentions: list[Mention]) -> None:
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
