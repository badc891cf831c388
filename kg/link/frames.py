"""Links read off clause frames (kg/frames/): who carries an activity, and whose each figure is.

- carriedOutBy: the subject bodies of a clause carry the activity its predicate names
  (县委组织部举办了2期…轮训班; 区政府常务会集体学法5次; the organs after 通过, the subject a
  subjectless clause shares, the body the clause before created), and the bodies it creates
  (区司法局建立…联防联调中心); the body an item's title names alone carries the programmes of
  the item's subjectless clauses ((一)县人民法院。建成共享法庭56个…).
- hasOutcome, in this order: the activity of the figure's own clause; the meetings a count names
  right after it or follows as what 召开 holds (召开5次常委会, 召开县委常委会会议5次: the standing
  committee's); people counted in a clause without an activity of its own, the activity or
  counted programme of the clause before (…轮训班2期，培训学员514人); results a clause issues, the
  programme its sentence counted before (…专项督察5次，制发整改通知书4份, 通报问题单位7个), and a
  rate of a clause with nothing of its own (…评查案卷360卷，案卷合格率98%); the documents the
  clause before issued
  (制发《A》，细化35项重点任务); the clause's subject bodies where the clause names nothing else
  (县委常委会…4次), or where a clause that shares them counts a bare verb (…申请86件，受理79件);
  the body the clause before created, where its own clause names nothing else (成立…委员会，审议
  …案件12件); documents given only as examples of what is counted leave it to the subject
  (常务会议审议《A》等重要文件12件).

A figure placed here is no other rule's: :func:`claimed_figures` lists them for kg.link.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.frames import founds_figures, handles_cases, next_predicate
from kg.frames.activities import (
    STUDY_SESSIONS,
    acts_as_organ,
    counts_people,
    frame_rules,
    reaches_people,
)
from kg.link.common import evidence, identified, innermost_heading
from kg.model import Frame, Link
from kg.pos import only_verbs, skip_adverbs


def activity_carriers(res, sentences, frames: list[Frame]):
    """carriedOutBy from an activity to the bodies that are its clause's subject."""
    for frame in frames:
        if frame.activity is not None:
            yield from _carried_by_subjects(
                res, sentences, frame, frame.activity, f"frame-{frame.subject_rule}"
            )


def created_carriers(res, sentences, frames: list[Frame]):
    """carriedOutBy from a body a clause creates (区司法局建立…联防联调中心) to the clause's
    subject bodies: the new body is a measure of theirs (an Agency that is also a Program,
    ANNOTATION section 4)."""
    for frame in frames:
        if frame.subject_rule in ("named", "shared"):
            for made in frame.created:
                rule = f"frame-created-{frame.subject_rule}"
                yield from _carried_by_subjects(res, sentences, frame, made, rule)


def titled_carriers(res, sentences, frames: list[Frame], by_sentence: dict):
    """carriedOutBy from the programmes and activities of subjectless clauses to the body an
    item's or section's title names alone ((一)县人民法院。|建成共享法庭56个…; 3.县公安局：
    推行…): a report that gives each body a heading of its own tells its deeds without naming
    it again (the title is the topic of the item's subjectless sentences)."""
    text = res.report.text
    starts = [s.start for s in sentences]
    topics = {}  # heading start -> the body its title names alone
    for frame in frames:
        sentence = sentences[frame.sentence]
        heading = innermost_heading(sentence)
        if heading is None or frame.subjects:
            continue
        if heading.start not in topics:
            topics[heading.start] = _title_body(res, text, heading, by_sentence, sentences, starts)
        body = topics[heading.start]
        if body is None or frame.start < body.end:
            continue
        carried = [o for o in frame.objects if o.kind == "Program"]
        for programme in carried:
            yield Link(
                res.entity_at(programme),
                "carriedOutBy",
                res.entity_at(body),
                evidence(sentence, programme),
                "heading-body",
            )


def _title_body(res, text: str, heading, by_sentence: dict, sentences, starts: list[int]):
    """The body the heading's title names alone, followed by nothing but a stop (县人民法院。,
    县公安局：), or None. `starts`: the sentences' starts, in order."""
    title_start = text.find(heading.title[:4], heading.start) if heading.title else -1
    if title_start < 0:
        return None
    i = bisect_right(starts, title_start) - 1  # the sentence the title opens in, if any
    if i < 0 or title_start >= max(sentences[i].end, sentences[i].start + 1):
        return None
    for m in by_sentence.get(sentences[i].index, ()):
        if m.kind != "Agency" or m.start != title_start or not identified(res, res.entity_at(m)):
            continue
        after = text[m.end : m.end + 1]
        if after in ("", "\n") or after in _TITLE_STOPS:
            return m
    return None


_TITLE_STOPS = "。：:．.；;"


def _carried_by_subjects(res, sentences, frame: Frame, carried, rule: str):
    """carriedOutBy from `carried` to each identified subject body of the frame."""
    carried_iri = res.entity_at(carried)
    for body in frame.subjects:
        body_iri = res.entity_at(body)
        if carried_iri is None or body_iri is None or not identified(res, body_iri):
            continue
        yield Link(
            carried_iri,
            "carriedOutBy",
            body_iri,
            evidence(sentences[frame.sentence], body, carried),
            rule,
        )


def figure_holders(res, sentences, frames: list[Frame], by_sentence: dict):
    """hasOutcome from the holder each frame gives a figure (see the module's list)."""
    outcome_iri = {(o.mention.start, o.mention.end): o.iri for o in res.outcomes}
    run: _Run | None = None
    for frame in frames:
        if run is None or run.previous.sentence != frame.sentence:
            run = _Run(res.report.text, by_sentence.get(frame.sentence, ()))
        if run.previous is None or run.text[run.previous.end : run.previous.end + 1] != "、":
            run.before_list = run.previous  # not an item after another of a list of deeds
        first = _first_counted(frame)
        # where the activity's deed ends: read once a frame, whatever its number of figures
        stop = frame.end if first is None else _deed_end(run.text, frame)
        for figure in frame.figures:
            figure_iri = outcome_iri.get((figure.start, figure.end))
            holders, rule = _holders(res, frame, run, figure, first, stop)
            for holder in holders:
                holder_iri = res.entity_at(holder)
                if figure_iri is None or holder_iri is None:
                    continue
                yield Link(
                    holder_iri,
                    "hasOutcome",
                    figure_iri,
                    evidence(sentences[frame.sentence], holder, figure)
                    if holder.sentence == figure.sentence
                    else evidence(sentences[frame.sentence], figure),
                    rule,
                )
        run.counted = _counted_in(frame) or run.counted
        run.previous = frame


class _Run:
    """What figure_holders keeps of the sentence it reads: its bodies by start (what follows a
    count) and by end (what a count follows), the frame before, and the last programme that
    held a count."""

    def __init__(self, text: str, mentions):
        self.text = text
        self.bodies_at: dict[int, list] = {}
        self.bodies_ending: dict[int, list] = {}
        for m in mentions:
            if m.kind == "Agency":
                self.bodies_at.setdefault(m.start, []).append(m)
                self.bodies_ending.setdefault(m.end, []).append(m)
        self.previous: Frame | None = None
        self.before_list: Frame | None = None  # the frame before a list of deeds (、)
        self.counted = None


def _holders(res, frame: Frame, run: _Run, figure, first, stop: int):
    unit = str(figure.get("unit", ""))
    previous = run.previous
    if first is not None and _counts_the_activity(frame, figure, first, stop):
        return [frame.activity], "frame-activity"
    meetings = _meetings_counted(run.bodies_at, figure) or _meetings_held(
        run.text, run.bodies_ending, figure
    )
    if meetings:
        return meetings, "frame-meetings"
    counted_bodies = _bodies_counted(run.text, run.bodies_ending, figure)
    if counted_bodies:
        return counted_bodies, "frame-bodies-counted"
    # …轮训班，培训学员514人: the people the activity or counted programme before trained
    held = _counted_in(previous) if previous is not None and counts_people(unit) else None
    if (
        held is not None
        and not any(o.kind == "Program" for o in frame.objects)
        and _counts_those_reached(run.text, frame, figure)
    ):
        return [held], "frame-participants"
    if _tells_results(run.text, frame, run.counted):
        return [run.counted], "frame-results"
    if _rates_the_counted(run.text, frame, figure, run.counted):
        return [run.counted], "frame-rate"
    told = run.before_list  # an item of a list of deeds tells of what the list's frame before did
    if frame.subject_rule in ("", "shared") and told is not None and not frame.objects:
        # 制定《…规定》，办理…案件90件: cases handled are work done, not what a document holds
        # (but 开展…专项行动，查处…案件10余件: the campaign's results)
        cases = frame.predicate >= 0 and handles_cases(run.text, frame)
        documents = [
            o
            for o in told.objects
            if o.kind in ("PolicyDocument", "Program")
            and not o.get("studied")
            and not (cases and o.kind == "PolicyDocument")
        ]
        documents = [o for o in documents if not o.get("activity")]
        if frame.subject_rule == "shared":  # the same actor goes on: only what it founded
            documents = [o for o in documents if founds_figures(o)]
        if documents:
            return documents, "frame-document"
    if frame.predicate >= 0 and _counts_the_subjects_deed(run.text, frame, figure):
        bodies = [b for b in frame.subjects if identified(res, res.entity_at(b))]
        if bodies and figure.start > max(b.end for b in bodies):
            return bodies, "frame-subject"
    return [], ""


def _counts_those_reached(text: str, frame: Frame, figure) -> bool:
    """The people a clause counts are those the event before reached (培训320人次, 参训学员186人,
    覆盖群众1.2万人; a clause with no verb: 学员514人), not those its own deed acted on (批准逮捕
    187人, 判处罪犯610人)."""
    if frame.predicate < 0 or frame.predicate >= figure.start:
        return True
    return reaches_people(text, skip_adverbs(text, frame.predicate, figure.start))


def _counts_the_subjects_deed(text: str, frame: Frame, figure) -> bool:
    """The figure counts what the clause's subject bodies did: a clause that names nothing else
    (县委常委会…4次), or only documents given as examples of what it counts; the body the clause
    before created (成立县行政复议委员会，|审议…案件12件); a subject the clause shares, where a
    bare verb is counted, its object the one before (县行政复议局收到…申请86件，|受理79件)."""
    if frame.subject_rule == "shared":
        deed = skip_adverbs(text, frame.predicate, figure.start)
        return not frame.objects and only_verbs(text, deed, figure.start)
    if frame.subject_rule in ("named", "created"):
        return not frame.objects or _examples_counted(text, frame, figure)
    return False


def _examples_counted(text: str, frame: Frame, figure) -> bool:
    """The clause's only names are documents given as examples of what the figure counts
    (县政府常务会议审议《A》等重要文件12件): they hold no figure of their own; the subject does.

    >>> from kg.model import Mention
    >>> text = "审议《办法》等重要文件12件"
    >>> doc = Mention("PolicyDocument", 2, 6, "《办法》", "办法", 0)
    >>> twelve = Mention("Outcome", 11, 14, "12件", "12件", 0)
    >>> frame = Frame(0, 0, 14, (), "named", 0, (doc,), (twelve,), (), None, ())
    >>> _examples_counted(text, frame, twelve)
    True
    """
    if any(o.kind != "PolicyDocument" for o in frame.objects):
        return False
    last = max(o.end for o in frame.objects)
    return _EXAMPLES.fullmatch(text, last, figure.start) is not None


_EXAMPLES = re.compile(r"等[\u4e00-\u9fff]{0,8}")


def _counted_in(frame: Frame):
    """The programme or activity of the frame that a figure after it counts (开展…专项督察5次),
    else None."""
    if frame.activity is not None and frame.figures:
        return frame.activity
    counted = [
        o
        for o in frame.objects
        if o.kind == "Program" and any(f.start >= o.end for f in frame.figures)
    ]
    return counted[-1] if counted else None


def _tells_results(text: str, frame: Frame, counted) -> bool:
    """A clause without a subject or names of its own that opens with a verb of issuing results
    (制发整改通知书4份, 交办整改事项10项) after a clause of its sentence that counted a programme:
    the figures are that programme's results (but 办结投诉案件57件 is other work)."""
    if counted is None or frame.subject_rule not in ("", "shared") or frame.objects:
        return False
    if frame.predicate < 0:
        return False
    start = skip_adverbs(text, frame.predicate, frame.end)
    return frame_rules().issuing_verbs.match(text, start, frame.end) is not None


def _rates_the_counted(text: str, frame: Frame, figure, counted) -> bool:
    """A rate in a clause of no subject, names or verb of its own (…评查案卷360卷，案卷合格率98%),
    after a clause of its sentence that counted a programme or activity: the rate measures what
    that one did. A rate's name that opens with a verb (…考试2次，|参考率100%) is still no verb
    of the clause."""
    if counted is None or str(figure.get("unit", "")) != "%":
        return False
    only_a_rate = _ONLY_A_RATE.fullmatch(text, frame.start, figure.start) is not None
    return (
        frame.subject_rule in ("", "shared")
        and not frame.objects
        and (frame.predicate < 0 or only_a_rate)
    )


_ONLY_A_RATE = re.compile(r"[\u4e00-\u9fff]{1,8}[率度](?:达到|达|为)?")


def _first_counted(frame: Frame):
    """The first figure at or after the frame's activity (None without either), found once per
    frame: a clause may list thousands of figures."""
    if frame.activity is None:
        return None
    return next((f for f in frame.figures if f.start >= frame.activity.start), None)


def _deed_end(text: str, frame: Frame) -> int:
    """Where the frame's predicate ends: before a second deed listed after a 、 (听取…汇报、|开展…
    学法7次), else at the clause end."""
    return next_predicate(text, max(frame.predicate, frame.start), frame.end)


def _counts_the_activity(frame: Frame, figure, first, stop: int) -> bool:
    """The first figure after the activity's words, or people counted after it (…讲座27期，培训
    4300人次); a later figure of things (议题审查54件、其他法律事务52件) counts something else,
    and so does a figure of a second deed listed after a 、, at or after `stop` (_deed_end)."""
    if figure.start < frame.activity.start or figure.start >= stop:
        return False
    return figure is first or counts_people(str(figure.get("unit", "")))


_UNITS_OF_BODIES = frozenset("个家所处支")  # 量词 of institutions (中心8个, 律所12家)


def _bodies_counted(text: str, bodies_ending: dict, figure):
    """建成公共法律服务中心8个，…工作站143个: a count of institutions right after a body's name
    (no jurisdiction of its own, its other kinds in brackets between: 服务站(室)260个) counts
    the bodies of that kind, so the body holds it."""
    if str(figure.get("unit", "")) not in _UNITS_OF_BODIES:
        return []
    end = figure.start
    aside = _KINDS_ASIDE.search(text, max(0, end - 8), end)
    if aside is not None and aside.end() == end:
        end = aside.start()  # 公共法律服务站|（室）|260个: the body's other kinds, listed
    return [b for b in bodies_ending.get(end, ()) if not b.get("prefix")]


_KINDS_ASIDE = re.compile(r"[(（][^()（），,。；;]{1,6}[)）]")


def _meetings_counted(bodies_at: dict, figure):
    """召开5次常委会(…)、3次政府常务会: the count stands right before a meeting body."""
    nouns = frame_rules().meeting_nouns
    return [b for b in bodies_at.get(figure.end, ()) if b.text.endswith(nouns)]


def _meetings_held(text: str, bodies_ending: dict, figure):
    """召开县委常委会会议5次: the count follows a meeting body (and its 会议, or the 会 of
    局党委|会) that 召开 holds, or an organ and its study (召开党委理论学习中心组|学习|13次,
    召开县委常委会|会议集体学法|3次)."""
    nouns = frame_rules().meeting_nouns
    for gap in ("", "会议", "会", *STUDY_SESSIONS, *(f"会议{study}" for study in STUDY_SESSIONS)):
        end = figure.start - len(gap)
        if text[end : figure.start] != gap:
            continue
        found = [
            b
            for b in bodies_ending.get(end, ())
            if (
                (b.text + gap).endswith(nouns)
                or (
                    gap.removeprefix("会议") in STUDY_SESSIONS
                    and (acts_as_organ(b) or b.text.endswith(nouns))
                )
            )
            and text[max(0, b.start - 4) : b.start].endswith(_HOLDING)
        ]
        if found:
            return found
    return []


_HOLDING = ("召开", "召开了", "举行", "主持召开")


def claimed_figures(links) -> set[str]:
    """The figures (outcome IRIs) that the frame rules placed."""
    return {found.object for found in links if found.predicate == "hasOutcome"}
