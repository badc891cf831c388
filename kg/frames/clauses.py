"""Clause structure of a sentence: its clauses, and the bodies that are the subject of one.

A clause runs to the next ，；：。 (not 、, which joins a list). A body is the subject of a
clause when it opens the clause (after an enumeration mark or a time phrase) and a predicate
follows it — a verb, or a preposition that opens a verb phrase (将, 对, 以 …), after any adverbs
(市市场监管局全面开展X, 区委始终将Y纳入X). Co-subjects are joined to it by 与/和/会同/联合
(市法院与市税务局签署…). 由X牵头/负责 anywhere in the clause makes X its subject too, and so does
a pivotal verb before a body (推动县法院在…设立X, 市委指导市卫健局建立X: the body after the verb).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from kg.frames.activities import acts_as_organ
from kg.model import Mention, Sentence
from kg.nlp.text import clause_break_re
from kg.pos import (
    co_subject_joiner_re,
    joining_preposition_re,
    only_verbs,
    skip_adverbs,
    starts_predicate,
    starts_with_verb,
)
from kg.resources import lexicon

SENTENCE_LEVEL_BREAKS = "；;。！!？?"  # a subject is not carried past these


def scope_key(sentence: Sentence) -> tuple:
    """The item, section and part a sentence stands in (their headings' starts, or None)."""
    return tuple(
        h.start if h is not None else None
        for h in (sentence.scope("item"), sentence.scope("section"), sentence.scope("part"))
    )


class Clause(NamedTuple):
    start: int
    end: int
    closed_by: str  # the break that ends it ("" at the end of the sentence)


@lru_cache(maxsize=1)
def _grammar() -> dict:
    g = lexicon("grammar")
    return {
        "openers": re.compile(
            "(?:" + "|".join([g["enumeration_marks"], g["connectives"], g["time_phrases"]]) + ")+"
        ),
        "report_openers": re.compile(
            g["enumeration_marks"] + "*(?:" + g["time_phrases"] + "|其中)"
        ),
        "lead": re.compile(g["lead_verbs"]),
        "cooperating": re.compile(g["cooperating_clause"]),
        "pivot": re.compile(g["pivot_verbs"]),
    }


def clauses(text: str, start: int, end: int) -> list[Clause]:
    """The clauses of text[start:end].

    >>> [text[c.start:c.end] for text in ["甲开展X，乙推行Y；丙"] for c in clauses(text, 0, 11)]
    ['甲开展X', '乙推行Y', '丙']
    """
    out, pos = [], start
    for m in clause_break_re().finditer(text, start, end):
        out.append(Clause(pos, m.start(), m.group()))
        pos = m.end()
    if pos < end:
        out.append(Clause(pos, end, ""))
    return out


def split_after_counts(text: str, parts: list[Clause], count_ends: list[int]) -> list[Clause]:
    """The clauses, each also cut at a 、 right after a count: 召开局党委会31次、中心组理论学习18次
    lists two deeds, each with its own count, not two objects of one verb.

    >>> text = "举办讲座4次、发放资料200份，扩大影响"
    >>> parts = split_after_counts(text, clauses(text, 0, 20), [6, 15])
    >>> [text[c.start:c.end] for c in parts]
    ['举办讲座4次', '发放资料200份', '扩大影响']
    """
    cuts = sorted(e for e in count_ends if text[e : e + 1] == "、")
    if not cuts:
        return parts
    out, i = [], 0  # both sorted: one pass (a report may be one sentence of a million characters)
    for clause in parts:
        pos = clause.start
        while i < len(cuts) and cuts[i] <= clause.start:
            i += 1
        while i < len(cuts) and cuts[i] < clause.end:
            out.append(Clause(pos, cuts[i], "、"))
            pos = cuts[i] + 1
            i += 1
        out.append(Clause(pos, clause.end, clause.closed_by))
    return out


@lru_cache(maxsize=1024)  # asked by each rule of a clause; the text's hash is computed once
def opening(text: str, clause: Clause) -> int:
    """Where the clause's own words begin, after an enumeration mark (一是, 1.) or a time phrase."""
    m = _grammar()["openers"].match(text, clause.start, clause.end)
    return m.end() if m else clause.start


def opens_a_breakdown(text: str, clause: Clause) -> bool:
    """The clause begins (after an enumeration mark) with 其中 'of which': it and the clauses
    after it up to the end of the sentence break down the total before it (受理98件，其中|林业采伐
    许可17件，|建设规划许可81件): parts of that count, not deeds of their own.

    >>> [opens_a_breakdown(t, Clause(0, len(t), "")) for t in ("其中审结106件", "审结106件")]
    [True, False]
    """
    return _BREAKDOWN.match(text, clause.start, clause.end) is not None


_BREAKDOWN = re.compile(lexicon("grammar")["enumeration_marks"] + "*其中")


def opens_with_time(text: str, clause: Clause) -> bool:
    """The clause begins (after an enumeration mark) with a time phrase or 其中 (2023年, 全年,
    截至2024年底): the genre's way to open a report of results.

    >>> texts = ["2023年受理52件", "一是全年办结", "受理52件"]
    >>> [opens_with_time(t, Clause(0, len(t), "")) for t in texts]
    [True, True, False]
    """
    return _grammar()["report_openers"].match(text, clause.start, clause.end) is not None


_LIST_CLOSE = re.compile(
    r"等(?:\d+个|[一二三四五六七八九十]+个)?"
    r"(?:部门|单位|机关|有关部门|相关部门|机构|组织|阵地|平台|载体)?"  # 依托X、Y等阵地开展…
)
# a bracketed other name, or the body's own meeting (区委常委会|会议, 区政府|全体会议)
_ASIDE = re.compile(r"[(（][^()（）。，,；;]{1,16}[)）]|(?:全体)?会议(?![室纪])")


def _with_co_subjects(text: str, first: Mention, bodies_at: dict, end: int) -> tuple[list, int]:
    """The subject's bodies joined by 与/会同/联合/、 …, and where they end; a bracketed aside after
    a body (市综合行政执法局(市城管局)牵头: its other name) and the body's 会议 (区委常委会会议、
    区政府全体会议先后学习) belong to the subject."""
    group, pos = [first], first.end
    while True:
        aside = _ASIDE.match(text, pos, end)
        if aside:
            pos = aside.end()
        joined = co_subject_joiner_re().match(text, pos, end)
        nxt = bodies_at.get(joined.end()) if joined else None
        if nxt is None:
            rest = _LIST_CLOSE.match(text, pos, end)  # 市税务局、市场监管局等部门联合推行X
            return group, rest.end() if rest and len(group) > 1 else pos
        group.append(nxt)
        pos = nxt.end


_TOGETHER = re.compile(r"(?:联合|共同)")  # 由X、Y联合|举办: done together


def clause_subjects(text: str, clause: Clause, bodies_at: dict[int, Mention]) -> list[Mention]:
    """The bodies that are the subject of `clause` (empty when the text names none).

    `bodies_at` maps a start offset to the body mention that starts there.
    """
    return subject_and_end(text, clause, bodies_at)[0]


def subject_and_end(
    text: str, clause: Clause, bodies_at: dict[int, Mention]
) -> tuple[list[Mention], int]:
    """clause_subjects, and where the subject's words end (after an aside and 等部门: where its
    predicate or lead verb begins); -1 where the clause names none."""
    pos = opening(text, clause)
    first = bodies_at.get(pos)
    if first is not None:
        group, after = _with_co_subjects(text, first, bodies_at, clause.end)
        if starts_predicate(text, after, clause.end):
            pivoted = _pivot(text, after, clause, bodies_at)
            return pivoted if pivoted[0] else (group, after)
    pivoted = _pivot(text, pos, clause, bodies_at)
    if not pivoted[0]:
        pivoted = _accompanying(text, pos, clause, bodies_at)
    if pivoted[0]:
        return pivoted
    agent = _BY_WAY_OF.match(text, pos, clause.end)
    if agent is not None and (first := bodies_at.get(agent.end())) is not None:
        # 经县政府常务会议|审议通过…文件8件: 经 opening the clause marks the agent of the verb
        # after it; not where the verb ends the clause (经县委常委会审议，出台…: the approval,
        # then the deeds of the clause's own subject)
        group, after = _with_co_subjects(text, first, bodies_at, clause.end)
        if starts_with_verb(text, after, clause.end) and not only_verbs(text, after, clause.end):
            return group, after
    for m in re.finditer("由", text[clause.start : clause.end]):  # 由X牵头 / 由X负责
        first = bodies_at.get(clause.start + m.end())
        if first is None:
            continue
        group, after = _with_co_subjects(text, first, bodies_at, clause.end)
        lead = _grammar()["lead"].match(text, after, clause.end)
        if lead:
            return group + _partners_after(text, lead.end(), clause, bodies_at), after
        # 由X、Y联合举办: 由 marks the agent of any verb after it (the agentive construction)
        together = _TOGETHER.match(text, after, clause.end)
        if starts_with_verb(text, together.end() if together else after, clause.end):
            return group, after
    return [], -1


_BY_WAY_OF = re.compile("经")


def _partners_after(text: str, pos: int, clause: Clause, bodies_at: dict) -> list[Mention]:
    """由X牵头、Y承办: the bodies listed after the lead with a verb of taking part in the work
    (承办, 协办, 配合, 参与) carry it too.

    >>> from kg.model import Mention
    >>> text = "由县委组织部牵头、县委党校承办"
    >>> school = Mention("Agency", 9, 13, "县委党校", "", 0)
    >>> [b.text for b in _partners_after(text, 8, Clause(0, 15, ""), {9: school})]
    ['县委党校']
    """
    partners = []
    while text.startswith("、", pos) and (body := bodies_at.get(pos + 1)) is not None:
        group, after = _with_co_subjects(text, body, bodies_at, clause.end)
        verb = _PARTNER.match(text, after, clause.end)
        if verb is None:
            break
        partners += group
        pos = verb.end()
    return partners


_PARTNER = re.compile("(?:具体)?(?:承办|协办|配合|参与|负责)")


def _pivot(text: str, pos: int, clause: Clause, bodies_at: dict) -> tuple[list[Mention], int]:
    """推动/指导 + a body + its predicate (兼语句): that body is the subject of what follows. So
    is an organ after 组织 (组织县委理论学习中心组集中学法4次: the study group studies; ANNOTATION
    decision 14), but not any body (组织各部门参加…: who took part, not who acted)."""
    start = skip_adverbs(text, pos, clause.end)
    m = _grammar()["pivot"].match(text, start, clause.end)
    first = bodies_at.get(m.end()) if m else None
    organised = False
    if first is None:
        first = _organised_organ(text, start, clause, bodies_at)
        organised = first is not None
    if first is None:
        return [], -1
    group, after = _with_co_subjects(text, first, bodies_at, clause.end)
    if starts_predicate(text, after, clause.end):
        return group, after
    # 组织党组理论学习中心组|学法4次: an organ's deed named by a verbal noun the dictionary tags
    # as a noun (学法, 述法) is still its predicate
    deed = organised and NOMINAL_DEED.match(text, skip_adverbs(text, after, clause.end))
    return (group, after) if deed else ([], -1)


_ORGANISING = re.compile(r"组织")
# a deed named by its verbal noun (学法, 述法, 集中学习): the dictionary tags several as nouns
NOMINAL_DEED = re.compile("|".join(lexicon("frames")["nominal_heads"]))


def organises_an_organ(text: str, clause: Clause, bodies_at: dict) -> bool:
    """The clause opens with 组织 + an organ (组织局党委开展集中学习): the organ acts in this
    clause only; who organised it (the clause's own zero subject) goes on in the next
    (…，举办全警培训2次 is the department's, not its party committee's).

    >>> body = Mention("Agency", 2, 5, "局党委", "某局党委", 0, (("own_organ", True),))
    >>> organises_an_organ("组织局党委开展集中学习", Clause(0, 11, "，"), {2: body})
    True
    """
    start = skip_adverbs(text, opening(text, clause), clause.end)
    return _organised_organ(text, start, clause, bodies_at) is not None


def _organised_organ(text: str, start: int, clause: Clause, bodies_at: dict) -> Mention | None:
    """The organ right after a 组织 at `start` (组织|县委理论学习中心组…), else None."""
    m = _ORGANISING.match(text, start, clause.end)
    first = bodies_at.get(m.end()) if m else None
    return first if first is not None and acts_as_organ(first) else None


def _accompanying(text: str, pos: int, clause: Clause, bodies_at: dict) -> tuple[list, int]:
    """联合/会同 + a body + its predicate opening the clause (联合市委宣传部举办X), or 与/同 + a
    body (+ 联合/共同) + its predicate (与县检察院联合开展X): the body does X with the clause's
    unnamed subject, so it is a subject of the clause."""
    m = joining_preposition_re().match(text, pos, clause.end) or _WITH.match(text, pos, clause.end)
    first = bodies_at.get(m.end()) if m else None
    if first is None:
        return [], -1
    group, after = _with_co_subjects(text, first, bodies_at, clause.end)
    together = _TOGETHER.match(text, after, clause.end)  # 与X|联合|开展…, 与X|共同|发布…
    if together is not None and starts_predicate(text, together.end(), clause.end):
        return group, together.end()
    return (group, after) if starts_predicate(text, after, clause.end) else ([], -1)


_WITH = re.compile("(?:与|同|和)")  # 与县检察院联合开展…: with X, the clause's unnamed subject acts


def joined_only(text: str, clause: Clause, bodies_at: dict) -> list[Mention]:
    """The bodies of a clause that is only 依托/联合/会同 and them (依托县公共法律服务中心，推行X):
    the deed is the next clause's, done with or through them, so they are its co-subjects.

    >>> body = Mention("Agency", 2, 11, "县公共法律服务中心", "", 0)
    >>> [b.text for b in joined_only("依托县公共法律服务中心", Clause(0, 11, "，"), {2: body})]
    ['县公共法律服务中心']
    """
    m = joining_preposition_re().match(text, opening(text, clause), clause.end)
    first = bodies_at.get(m.end()) if m else None
    if first is None:
        return []
    group, after = _with_co_subjects(text, first, bodies_at, clause.end)
    return group if not text[after : clause.end].strip(" 等") else []


def opens_with_predicate(text: str, clause: Clause) -> bool:
    """The clause has no subject of its own: it begins with its verb (破解…, 助力…)."""
    return starts_predicate(text, opening(text, clause), clause.end)


def only_cooperates(text: str, clause: Clause) -> bool:
    """The clause only says who else helps (由X牵头，|各乡镇配合|，开展Y): it does nothing of
    its own, so it passes no subject on.

    >>> only_cooperates("各乡镇配合", Clause(0, 5, "，"))
    True
    >>> only_cooperates("配合开展检查", Clause(0, 6, ""))
    False
    """
    return _grammar()["cooperating"].fullmatch(text, clause.start, clause.end) is not None


def only_leads(text: str, clause: Clause, subjects: list[Mention]) -> bool:
    """The clause is only its bodies and a verb of leading (市司法局牵头，…): what the next
    clauses do, the lead does too.

    >>> only_leads("市司法局牵头", Clause(0, 6, "，"), [Mention("Agency", 0, 4, "市司法局", "", 0)])
    True
    """
    rest = text[subjects[-1].end : clause.end].strip()
    return _grammar()["lead"].fullmatch(rest) is not None
