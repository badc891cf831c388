"""Clause frames: each clause of a sentence read once, after the mentions and before the links.

A frame is a clause as a predicate with its subject (the bodies that act, and how the text names
them), its objects (programmes, activities, documents, recognitions), its figures and its places.
The link rules of :mod:`kg.link` are small functions over frames. Activities — the predicates
that a figure counts or an organ does — are found here, since they are the predicates themselves
(:mod:`kg.frames.activities`); they join the mentions before the entities are resolved.

How a clause gets its subject (``Frame.subject_rule``):

- ``named``: a body opens it, or is named by 由X牵头, 联合/会同X, or after a pivot verb
  (:mod:`kg.frames.clauses`);
- ``venue``: 通过X、Y (…集中学习4次): the organs through which the clause's deed is done;
- ``shared``: a clause that opens with its verb shares the subject of the clause before it,
  up to a ；or 。 (市司法局牵头，建立X，推行Y);
- ``created``: …组建X，在全市开展Y — a clause after one that created a body is that body's
  deed (the previous clause's object is the antecedent of the zero subject);
- ``nominal``: the organ that opens a clause written as a noun phrase (中心组法治专题培训1期);
- ``""``: none named (the publisher's own work, or a subject that is no body).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace

from kg.frames.activities import (
    STUDY_SESSIONS,
    activity_label,
    acts_as_organ,
    counts_an_activity,
    counts_people,
    frame_rules,
    is_organ,
    lists_events,
    one_word_deed,
    trim_predicate,
    verb_end,
)
from kg.frames.clauses import (
    NOMINAL_DEED,
    SENTENCE_LEVEL_BREAKS,
    Clause,
    clauses,
    joined_only,
    only_cooperates,
    only_leads,
    opening,
    opens_a_breakdown,
    opens_with_predicate,
    organises_an_organ,
    scope_key,
    split_after_counts,
    subject_and_end,
)
from kg.model import Frame, Mention, Sentence
from kg.nlp.agencies import creating_verb_before
from kg.pos import (
    COUNT_OF_TIMES,
    dictionary,
    is_verb,
    only_verbs,
    preposition_at,
    skip_adverbs,
    starts_with_verb,
    word_at,
)
from kg.resources import lexicon

OBJECT_KINDS = ("Program", "PolicyDocument", "Recognition")

_VENUE = re.compile(r"通过")


def read_frames(
    text: str, sentences: list[Sentence], mentions: list[Mention]
) -> tuple[list[Frame], list[Mention]]:
    """The frames of every clause of the report, and the activities they name (new mentions).

    >>> from kg.model import Mention, Sentence
    >>> text = "县司法局审查和备案规范性文件54件。"
    >>> sentence = Sentence(0, 0, len(text), text, (), "achievements")
    >>> body = Mention("Agency", 0, 4, "县司法局", "县司法局", 0)
    >>> count = Mention("Outcome", 14, 17, "54件", "54件", 0, (("unit", "件"),))
    >>> frames, activities = read_frames(text, [sentence], [body, count])
    >>> [(a.text, a.label) for a in activities]
    [('审查和备案规范性文件', '规范性文件审查和备案')]
    >>> [s.label for s in frames[0].subjects], frames[0].subject_rule
    (['县司法局'], 'named')
    """
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
    frames: list[Frame] = []
    activities: list[Mention] = []
    with_programmes: set = set()  # the items and sections that have named a programme so far
    for sentence in sentences:
        ms = by_sentence.get(sentence.index, [])
        scope = scope_key(sentence)
        found = _sentence_frames(text, sentence, ms, scope not in with_programmes)
        frames.extend(found)
        activities.extend(f.activity for f in found if f.activity is not None)
        if any(_names_a_programme(m) for m in ms):
            with_programmes.add(scope)
    return frames, activities


def _names_a_programme(m: Mention) -> bool:
    return m.kind == "Program" and not m.get("activity")


def _sentence_frames(
    text: str, sentence: Sentence, ms: list[Mention], first_in_scope: bool = False
) -> list[Frame]:
    """The frames of a sentence's clauses; `first_in_scope`: no sentence before it in its item
    or section named a programme, whose results its case counts could be."""
    bodies = [m for m in ms if m.kind == "Agency" and not m.get("in_title")]
    bodies_at: dict[int, Mention] = {}
    for b in sorted(bodies, key=lambda b: (b.start, -b.end)):
        bodies_at.setdefault(b.start, b)  # 委员会第三次会议 over 委员会: the session acts
    bodies = [b for b in bodies if bodies_at[b.start] is b]
    parts = clauses(text, sentence.start, sentence.end)
    parts = split_after_counts(text, parts, counts_before_another_deed(text, ms))
    # each mention placed in its clause once, by bisection: a report may be one sentence of a
    # million characters, and a scan of the sentence's mentions per clause is quadratic
    starts = [c.start for c in parts]
    starting = _by_clause(bodies, starts)
    inside = _by_clause((m for m in ms if m.kind != "Agency"), starts, parts)
    # where the sentence first names a programme: its clauses from there on have one before them
    first_programme = min((m.start for m in ms if _names_a_programme(m)), default=sentence.end)
    out: list[Frame] = []
    previous: Frame | None = None
    before_list: Frame | None = None  # the frame before the first item of a list of deeds
    breakdown = False  # 其中 opened a clause: up to the sentence's end, parts of a total
    for i, clause in enumerate(parts):
        if i == 0 or parts[i - 1].closed_by != "、":
            before_list = previous
        breakdown = breakdown or opens_a_breakdown(text, clause)
        frame = _read_clause(
            text,
            sentence,
            clause,
            starting[i],
            bodies_at,
            inside[i],
            previous,
            starting[i - 1],
            before_list,
            first_in_scope and clause.start <= first_programme,
            breakdown,
        )
        out.append(frame)
        if clause.closed_by in SENTENCE_LEVEL_BREAKS:
            previous, breakdown = None, False
        elif previous is None or not only_cooperates(text, clause):
            previous = frame  # (各乡镇配合: those who help pass the lead's subject on)
    return out


def counts_before_another_deed(text: str, ms) -> list[int]:
    """The ends of counts that a 、 and another deed with its own count follow: a verb and its
    object (举办讲座4次、|发放资料2000份) or a noun phrase ending in an activity's verbal noun
    (召开局党委会31次、|中心组理论学习18次). The items are deeds of their own, not objects of the
    first one's verb (制发文书2份、提示函4份 are: no verb opens 提示函, no verbal noun ends it)."""
    figures = sorted((m for m in ms if m.kind == "Outcome"), key=_start)
    heads = frame_rules().nominal_heads
    out = []
    for figure, nxt in zip(figures, figures[1:], strict=False):
        if text[figure.end : figure.end + 1] != "、":
            continue
        lo, hi = trim_predicate(text, figure.end + 1, nxt.start)
        if not 3 <= hi - lo <= 24 or re.search(r"[，,。；;：:、]", text[lo:hi]):
            continue
        if starts_with_verb(text, lo, hi) and lo < verb_end(text, lo, hi) <= hi - 2:
            out.append(figure.end)  # 发放|资料: a verb and an object of two characters or more
        elif heads.search(text, lo, hi) and not _holds_a_verb(text, lo, hi):
            out.append(figure.end)
    return out


def _by_clause(items, starts: list[int], parts: list[Clause] | None = None) -> dict:
    """Clause index → the mentions that start in it (and, given `parts`, end in it too), sorted
    by start."""
    out: dict[int, list[Mention]] = defaultdict(list)
    for m in sorted(items, key=_start):
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and (parts is None or m.end <= parts[i].end):
            out[i].append(m)
    return out


def _in_a_name(mention, bodies) -> bool:
    return any(b.start <= mention.start and mention.end < b.end for b in bodies)


def _read_clause(
    text,
    sentence,
    clause,
    bodies,
    bodies_at,
    mentions,
    previous,
    previous_bodies,
    before_list,
    cases_are_deeds=False,
    breakdown=False,
):
    """The frame of `clause`: `bodies` start in it, `mentions` (not bodies) lie in it whole,
    `previous_bodies` start in the clause before; `before_list` is the frame before the list of
    deeds the clause is an item of (split_after_counts), whose documents all its items tell of;
    `cases_are_deeds`: nothing before it in its item named a programme, so a count of cases
    handled (办理法律援助案件1236件) is a deed of its own, not another programme's results;
    `breakdown`: a clause of 其中 or after it in its sentence, whose counts are parts of the total
    before (其中|林业采伐许可17件，建设规划许可81件), no deeds of their own unless a body is
    named doing them."""
    # no body starts in the clause (most clauses): none can be its subject, venue or co-actor
    own, after = subject_and_end(text, clause, bodies_at) if bodies else ([], -1)
    subjects, rule, predicate = tuple(own), "named" if own else "", -1
    if own:
        aside = _ASIDE.match(text, after, clause.end)  # 区政府党组|(扩大)会议|专题学习
        after = aside.end() if aside else after
        predicate = after if skip_adverbs(text, after, clause.end) < clause.end else -1
    else:
        venue, after = _venue(text, clause, bodies_at) if bodies else ([], -1)
        joined = [] if venue or not bodies else joined_only(text, clause, bodies_at)
        if venue:
            subjects, rule, predicate = tuple(venue), "venue", after
        elif joined:  # 依托X，推行Y: X is the subject the next clause shares; no deed here
            subjects, rule = tuple(joined), "named"
        elif (
            # a body's name opens it (自治区政府党组…: 自治 is no verb there)
            starts := bodies_at.get(opening(text, clause)) is None
            and opens_with_predicate(text, clause)
        ) or (scoped := _after_a_scope(text, clause)) >= 0:
            # 全市|举办…讲座200余场次: the scope of the zero subject, then its predicate
            predicate = opening(text, clause) if starts else scoped
            if (
                previous is not None
                and previous.subject_rule in ("named", "shared")
                and not organises_an_organ(
                    text, Clause(previous.start, previous.end, ""), bodies_at
                )
            ):
                subjects, rule = previous.subjects, "shared"
            created = _created_body(text, previous, previous_bodies)
            if created is not None:
                subjects, rule = (created,), "created"
    held = _meeting_that_acts(text, predicate, clause, bodies_at) if predicate >= 0 else None
    if held is not None:  # 主持召开局党组会议|研究法治工作6次: the meeting studies, as a venue
        subjects, rule, predicate = (held[0],), "venue", held[1]
    elif predicate >= 0:  # 局党组召开专题会议|研究…3次: the subject's deed at its meeting
        predicate = _past_a_meeting_held(text, predicate, clause)
    # a name inside a body's (“八五”普法 of 县“八五”普法讲师团) is the body's remit, no object
    in_clause = [m for m in mentions if m.kind in OBJECT_KINDS and not _in_a_name(m, bodies)]
    counted = [m for m in mentions if m.kind == "Outcome"]
    if predicate < 0 and not subjects:
        predicate = _after_a_summing_word(text, clause, counted)
    created = tuple(
        b
        for b in bodies
        if b not in subjects
        and b.start >= max(predicate, clause.start)
        and _is_created(text, b, clause.start)
    )
    frame = Frame(
        sentence=sentence.index,
        start=clause.start,
        end=clause.end,
        subjects=subjects,
        subject_rule=rule,
        predicate=predicate,
        objects=tuple(in_clause),
        figures=tuple(counted),
        places=tuple(m for m in mentions if m.kind == "Place"),
        activity=None,
        created=created if predicate >= 0 else (),
    )
    inherits = _inherits_a_document(text, frame, before_list)
    if inherits and bodies_at.get(opening(text, clause)) is None:
        return frame  # (全年|市委理论学习中心组集体学法4次: a body's own count, not the system's)
    if breakdown and rule != "named":
        return frame  # 其中…，建设规划许可81件: a part of the count before, no deed named
    if predicate < 0:
        nominal = _nominal_activity(text, sentence, clause, frame, bodies)
        if nominal is None:
            return frame
        activity, subjects = nominal
        frame = replace(frame, subjects=subjects, subject_rule="nominal" if subjects else "")
    else:
        led = (  # 由X牵头，组织开展Y: the lead launches Y as if named in its clause
            rule == "shared"
            and previous is not None
            and only_leads(text, Clause(previous.start, previous.end, ""), list(previous.subjects))
        )
        activity = _activity(text, sentence, frame, bodies, led, cases_are_deeds)
    if activity is None or _counted_again(previous, activity):
        return frame
    objects = tuple(sorted((*in_clause, activity), key=_start))
    return replace(frame, objects=objects, activity=activity)


def _counted_again(previous: Frame | None, activity: Mention) -> bool:
    """The deed is the one the clause before named, counted again by its own verb and object
    (开展行政执法案卷评查2次，|评查案卷360卷: the same review): no new activity; the figures
    are that one's.

    >>> review = Mention("Program", 2, 10, "", "行政执法案卷评查", 0)
    >>> before = Frame(0, 0, 12, (), "", 0, (review,), (), (), review, ())
    >>> _counted_again(before, Mention("Program", 13, 17, "", "案卷评查", 0))
    True
    >>> _counted_again(before, Mention("Program", 13, 17, "", "案件办理", 0))
    False
    """
    return (
        previous is not None
        and previous.sentence == activity.sentence
        and any(o.kind == "Program" and o.label.endswith(activity.label) for o in previous.objects)
    )


def _after_a_scope(text: str, clause: Clause) -> int:
    """Where the predicate begins after a scope word opening the clause (全市|举办…, 全县|开展…:
    the area over which the zero subject acted), else -1."""
    m = _SCOPE_OPENER.match(text, opening(text, clause), clause.end)
    if m is None or not starts_with_verb(text, m.end(), clause.end):
        return -1
    return m.end()


_SCOPE_OPENER = re.compile(lexicon("grammar")["scope_openers"])


def _after_a_summing_word(text: str, clause: Clause, counted: list[Mention]) -> int:
    """全县公安机关经侦部门|共|侦办…案件23起: a subject no rule reads as a body, then a word that
    sums the count (共, 累计) or says when (全年, 2023年) and a verb: the predicate begins at that
    word. -1 if none."""
    figure = next((f for f in counted if counts_an_activity(str(f.get("unit", "")))), None)
    if figure is None:
        return -1
    rules = frame_rules()
    found = []
    for words in (rules.summing_words, rules.time_phrases):
        for m in words.finditer(text, clause.start, figure.start):
            if text[m.start() - 1 : m.end()] in dictionary():
                continue  # 公共服务: the character ends a word, it sums nothing
            if m.start() > clause.start and starts_with_verb(text, m.end(), figure.start):
                found.append(m.start())
                break
    return min(found, default=-1)


def _start(m: Mention) -> int:
    return m.start


def _meeting_that_acts(text: str, predicate: int, clause: Clause, bodies_at: dict):
    """(主持)召开 + a meeting body + a verb (召开区政府常务会议审议…, 主持召开局党组会议研究…):
    the meeting held does what the verb says, like a venue (ANNOTATION decision 1). The body and
    where its verb begins, or None.

    >>> body = Mention("Agency", 4, 9, "局党组会议", "某局党组会议", 0)
    >>> text = "主持召开局党组会议研究法治工作6次"
    >>> found = _meeting_that_acts(text, 0, Clause(0, len(text), ""), {4: body})
    >>> found[0].text, text[found[1] :]
    ('局党组会议', '研究法治工作6次')
    >>> text = "召开局党组会议3次专题研究法治工作"
    >>> held = Mention("Agency", 2, 7, "局党组会议", "某局党组会议", 0)
    >>> text[_meeting_that_acts(text, 0, Clause(0, len(text), ""), {2: held})[1] :]
    '3次专题研究法治工作'
    """
    m = _CONVENE.match(text, skip_adverbs(text, predicate, clause.end), clause.end)
    body = bodies_at.get(m.end()) if m else None
    if body is None:
        return None
    aside = _ASIDE.match(text, body.end, clause.end)  # 局党组|(扩大)会议, 镇党委|会
    after = aside.end() if aside else body.end
    if not text[body.start : after].endswith(frame_rules().meeting_nouns):
        return None
    # 召开县政府常务会议|3次专题研究部署…: the meeting's sessions counted, then what they did;
    # the deed begins at the count, which counts it too
    sessions = _SESSIONS.match(text, after, clause.end)
    verb = sessions.end() if sessions else after
    # 召开镇党委会|集体学习33次: a study named by its verbal noun is the meeting's deed too
    deed = starts_with_verb(text, verb, clause.end) or NOMINAL_DEED.match(text, verb, clause.end)
    return (body, after) if deed else None


_ON_A_TOPIC = "专题"  # 3次|专题|研究: on a set topic, an adverbial before the verb
# a count of a meeting's sessions, and 专题 before what they did
_SESSIONS = re.compile(f"{COUNT_OF_TIMES}(?:{_ON_A_TOPIC})?")


_CONVENE = re.compile(r"(?:主持|组织)?召开了?")


def _past_a_meeting_held(text: str, predicate: int, clause: Clause) -> int:
    """Where the deed begins after 召开 + a meeting named by its kind alone and a verb (召开专题
    会议|研究法治政府建设工作3次: the meeting is where the subject did it); else `predicate`.

    >>> text = "召开专题会议研究法治工作3次"
    >>> text[_past_a_meeting_held(text, 0, Clause(0, len(text), "")) :]
    '研究法治工作3次'
    """
    m = _CONVENE.match(text, skip_adverbs(text, predicate, clause.end), clause.end)
    meeting = _MEETING_KIND.match(text, m.end(), clause.end) if m else None
    if meeting is None or not starts_with_verb(text, meeting.end(), clause.end):
        return predicate
    return meeting.end()


_MEETING_KIND = re.compile(
    "(?:" + "|".join(sorted(lexicon("frames")["meeting_nouns"], key=len, reverse=True)) + ")"
)


def _venue(text: str, clause: Clause, bodies_at: dict) -> tuple[list[Mention], int]:
    """通过县委常委会、县政府常务会…集中学习: organs named after 通过 at the clause's start, a
    list of them, and a verb after: the deed is done in (by) them. Returns them and where the
    verb begins."""
    pos = opening(text, clause)
    m = _VENUE.match(text, pos, clause.end)
    if m is None:
        return [], -1
    group, pos = [], m.end()
    while (body := bodies_at.get(pos)) is not None and is_organ(body.label):
        group.append(body)
        pos = body.end
        if text[pos : pos + 1] in ("、", "和", "及"):
            pos += 1
    if not group or not starts_with_verb(text, pos, clause.end):
        return [], -1
    return group, pos


def _is_created(text: str, body: Mention, lo: int) -> bool:
    """A verb that creates the body stands right before it (建立|…中心, 成立|…工作室)."""
    return creating_verb_before().search(text[max(lo, body.start - 4) : body.start]) is not None


def _created_body(text: str, previous: Frame | None, bodies: list[Mention]):
    """The body that the previous clause created (组建X，在全市开展Y), if any."""
    if previous is None:
        return None
    for body in bodies:
        if previous.start <= body.start < previous.end and _is_created(text, body, previous.start):
            return body
    return None


def _inherits_a_document(text: str, frame: Frame, previous: Frame | None) -> bool:
    """制发《A》《B》，细化35项重点任务: a clause without a subject of its own (none, or the one
    it shares) after one that issued documents or founded a system tells what the documents hold
    or how the system was applied (区司法局建立…“三审”机制，审查…文件23件); its figures are
    theirs, it names no activity."""
    return (
        frame.subject_rule in ("", "shared")
        and previous is not None
        and any(founds_figures(o) for o in previous.objects)
        and not any(o.kind == "Program" for o in frame.objects)
        # 制定《…应诉工作规定》，|办理…应诉案件90件: cases handled are work done, not what the
        # document holds
        and not (frame.predicate >= 0 and handles_cases(text, frame))
    )


def handles_cases(text: str, frame: Frame) -> bool:
    """The frame's predicate opens with a verb of handling cases (办理, 受理, 审结 …)."""
    start = skip_adverbs(text, frame.predicate, frame.end)
    return frame_rules().case_verbs.match(text, start, frame.end) is not None


def founds_figures(m: Mention) -> bool:
    """A document, or a system put in force (推行“首违不罚”制度，全年适用案件40件): what the next
    subjectless clause counts is what it holds or how often it was applied."""
    if m.kind == "PolicyDocument":
        return not m.get("studied")  # 学习《宪法》，…学习4次: the law studied holds no count
    systems = frame_rules().system_heads
    return m.kind == "Program" and not m.get("activity") and m.label.endswith(systems)


def _activity(
    text: str,
    sentence: Sentence,
    frame: Frame,
    bodies: list[Mention],
    led: bool = False,
    cases_are_deeds: bool = False,
):
    """The activity the frame's predicate names, as a new Program mention, or None.

    An activity is named where a figure of an event or item counts the predicate (…学法5次,
    审查…54件), where the count stands between the verb and its object (举办了27期…讲座), or
    where an organ is the clause's subject (常委会…研究部署…: ANNOTATION decision 1), or where a
    body other than the publisher is named launching it (市市场监管局开展公平竞争审查: a body
    named as the doer carries what it does, ANNOTATION section on carriedOutBy). A predicate
    that holds a name already found (a programme, document or recognition), a body (召开5次常委会:
    the body's meetings), or no verb names no new activity.
    """
    named = frame.subject_rule == "named" or led  # a body named as the doer, or the lead
    if not frame.figures and not named:
        return None  # neither counted nor a named body's: the tests below would all fail
    start = _past_a_prepositional_phrase(text, frame.predicate, frame.end, bodies)
    leading = frame_rules().leading_words.match(text, start, frame.end)
    start = leading.end() if leading else start  # 共计|召开…: the count's word, not a verb
    leads = _LEADS.match(text, start, frame.end)
    if leads and starts_with_verb(text, leads.end(), frame.end):
        start = leads.end()  # 牵头|组织开展…: the subject leads the deed it does
    stop = next_predicate(text, start, frame.end)
    figure = next((f for f in frame.figures if start <= f.start < stop), None)
    if figure is not None and _count_before_its_verb(text, start, figure, stop):
        start = figure.end  # 先后4次|听取…汇报: the count of the deed that follows it
        after = next((f for f in frame.figures if start <= f.start < stop), None)
        end = after.start if after is not None else stop
    else:
        end = figure.start if figure is not None else stop
    # the cheap tests first: most clauses name no activity (counted, an organ's, launched)
    first = skip_adverbs(text, start, end)
    unit = str(figure.get("unit", "")) if figure is not None else ""
    held = _HOLD.match(text, first) is not None
    # 组织开展…述法75人次: the people who took part in what the verb holds
    counted = figure is not None and (counts_an_activity(unit) or (counts_people(unit) and held))
    organ = (
        frame.subject_rule == "named"
        and all(acts_as_organ(b) for b in frame.subjects)
        and _ORGAN_DEED.match(text, first) is not None  # not 局党组坚持把…: a stance, no deed
    )
    another = named and not any(b.get("self_reference") for b in frame.subjects)  # not 我局
    launched = another and _LAUNCH.match(text, first) is not None
    # 县政府举办|…法治专题讲座: a named body holding an event (a course, lecture, meeting) held
    # once, counted or not, carries it (ANNOTATION: lectures and courses held are activities)
    holds_an_event = another and _HOLD_AN_EVENT.match(text, first) is not None
    if not (counted or organ or launched or holds_an_event):
        return None
    verbs = verb_end(text, start, end)
    right_after = figure is not None and verbs > start and _count_after_verb(text, verbs, figure)
    own_count = (  # 专题学习|3次: the verb's own sessions, no object after the count
        right_after
        and not _has_an_object_after(text, figure, frame)
        and unit in frame_rules().event_units
    )
    before_object = right_after and not own_count
    if before_object and _meeting_after(text, figure.end):
        return None  # 召开5次常委会: the count of a body's meetings, no activity of its own
    if before_object and not _count_after_verb(text, verbs, figure, serial=False):
        return None  # 研究|列出118项任务: serial verbs, whose deed no object names as an activity
    if before_object:
        # 举办了27期学习…系列讲座: the object follows the count
        nxt = next((f for f in frame.figures if f.start >= figure.end), None)
        obj_end = min(nxt.start, stop) if nxt is not None else stop
        listed = text.find("、", figure.end, obj_end)  # 开展6次…学习、2期读书班: one object each
        obj_end = listed if listed >= 0 else obj_end
        span = (figure.end, obj_end)
        surface = text[start:verbs] + text[figure.end : obj_end]
    else:
        span = trim_predicate(text, start, end)
        surface = text[span[0] : span[1]]
    lo, hi = _without_spaces(text, *span)  # 专题学习 18 次: the text's spaces around a figure
    surface = surface.strip()
    overlapping = [o for o in frame.objects if o.start < hi and lo < o.end]
    if hi - lo < 2 or (overlapping and not _a_documents_deed(text, overlapping, hi)):
        return None
    if any(_is_the_object(text, b, verbs, hi) for b in bodies if lo <= b.start < hi):
        return None  # 召开5次常委会, 组织县委中心组…: the object is a body
    if not starts_with_verb(text, start, end) and verbs == start:
        if not one_word_deed(text, start, end):
            return None  # 自设置以来…: a preposition or a noun opens it, no deed
    label = activity_label(surface, 0, len(surface), cases_are_deeds)
    if label is None:
        return None
    if not (counted or organ or launched) and not label.endswith(frame_rules().held_event_heads):
        return None  # 县政府召开常务会议: a meeting of its own organ, no event it holds
    if text[lo:hi].endswith(label) and hi - len(label) > lo:
        lo = hi - len(label)  # 举办了|法治专题培训班: the event's own name is the mention
    return Mention(
        "Program",
        lo,
        hi,
        text[lo:hi],
        label,
        sentence.index,
        (("activity", True), ("rule", "predicate-activity"), ("surface", surface)),
    )


def _count_before_its_verb(text: str, start: int, figure: Mention, stop: int) -> bool:
    """A count of occurrences opens the predicate and a verb follows it (县政府常务会议先后|4次|
    听取…汇报, 十余次|研究…): the count is the deed's, written before it as an adverbial of
    frequency; a count of items there (12件) is no deed's.

    >>> text = "4次听取法治政府建设工作汇报"
    >>> four = Mention("Outcome", 0, 2, "4次", "4次", 0, (("unit", "次"),))
    >>> _count_before_its_verb(text, 0, four, len(text))
    True
    >>> _count_before_its_verb("4次会议", 0, four, 4)
    False
    """
    verb = figure.end + len(_ON_A_TOPIC) if text.startswith(_ON_A_TOPIC, figure.end) else figure.end
    return (
        figure.start == start
        and str(figure.get("unit", "")) in frame_rules().event_units
        # a verb of two characters or more (听取, 研究部署): 4次|会议 begins with 会, a noun's
        and any(is_verb(text[verb : verb + size]) for size in (4, 3, 2))
    )


def _a_documents_deed(text: str, names: list[Mention], hi: int) -> bool:
    """The names inside the deed's words are documents before a verbal noun that ends them
    (开展《行政处罚法》|执法检查): the deed done on the documents, an activity of its own.

    >>> law = Mention("PolicyDocument", 4, 11, "《行政处罚法》", "", 0)
    >>> _a_documents_deed("组织开展《行政处罚法》执法检查", [law], 15)
    True
    >>> _a_documents_deed("组织开展《行政处罚法》", [law], 11)
    False
    """
    if any(n.kind != "PolicyDocument" for n in names):
        return False
    rest = text[max(n.end for n in names) : hi]
    return len(rest) >= 2 and frame_rules().nominal_heads.search(rest) is not None


def _without_spaces(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The span without the white space at its ends.

    >>> _without_spaces("开展专题学习 18 次", 2, 7)
    (2, 6)
    """
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _past_a_prepositional_phrase(text: str, start: int, end: int, bodies=()) -> int:
    """Where the verb of holding begins after a prepositional phrase that opens the predicate
    (对舒城县、裕安区法治建设|开展实地督查: 对 and its object say on what), else `start`.

    >>> text = "对全县12个部门开展法治督察"
    >>> text[_past_a_prepositional_phrase(text, 0, len(text)) :]
    '开展法治督察'
    >>> text = "组织民警进行2次比武考试"
    >>> text[_past_a_prepositional_phrase(text, 0, len(text)) :]
    '进行2次比武考试'
    >>> text = "邀请省委党校教授开展专题讲座"
    >>> text[_past_a_prepositional_phrase(text, 0, len(text)) :]
    '开展专题讲座'
    """
    going = _GOING_INTO.match(text, start, end)
    if going and not is_verb(word_at(text, going.end(), end)):
        # 深入|机关、学校|开展宣讲活动: the places gone into, then the verb of holding (but
        # 深入|开展: the adverb of thoroughness)
        verb = _HOLD.search(text, going.end(), end)
        return verb.start() if verb is not None else start
    first = skip_adverbs(text, start, end)
    invited = _INVITED.match(text, first, end)
    if invited:
        # 邀请|省委党校教授|开展…讲座: the invited lecture; the deed follows their verb (the
        # lecturers carry nothing: ANNOTATION, invited lecturers are optional carriers)
        verb = _LECTURE.search(text, invited.end() + 1, min(end, invited.end() + 16))
        if verb is not None and text[verb.start() - 1] in _LECTURER_ENDINGS:
            return verb.start()
        return start
    organised = _ORGANISED.match(text, first, end)
    if organised and not is_verb(word_at(text, organised.end(), end)):
        # 组织|民警|进行2次比武考试: those organised take part; the deed follows their verb
        verb = _TAKE_PART.search(text, organised.end() + 1, min(end, organised.end() + 12))
        people = verb is not None and "、" not in text[organised.end() : verb.start()]
        if people and text[verb.start() - 1] in _PERSON_ENDINGS:
            return verb.start()
        return start
    targets = frame_rules().target_prepositions
    word = word_at(text, first, end)
    if word not in targets and text[first] not in targets:
        return start
    recipient = _bodies_after(text, first + (len(word) if word in targets else 1), end, bodies)
    if recipient > 0 and starts_with_verb(text, skip_adverbs(text, recipient, end), end):
        # 向|县人大常委会|报告工作3次, 对|县司法局|开展督察: the bodies the phrase names end
        # it, and whatever verb follows opens the deed
        return skip_adverbs(text, recipient, end)
    # 为企业|提供法律体检服务56次, 向群众|发放资料: a verb of serving those the phrase names
    verb = _HOLD.search(text, first + 1, end) or _SERVE.search(text, first + 1, end)
    return verb.start() if verb is not None else start


def _bodies_after(text: str, pos: int, end: int, bodies) -> int:
    """The end of the bodies named from `pos` on, one or a list (县法院、县检察院), or -1.

    >>> court = Mention("Agency", 1, 4, "县法院", "", 0)
    >>> _bodies_after("向县法院移送线索", 1, 8, [court])
    4
    """
    at = {b.start: b for b in bodies}
    last = -1
    while (body := at.get(pos)) is not None and body.end <= end:
        last = body.end
        pos = body.end + 1 if text[body.end : body.end + 1] in ("、", "和", "及") else end
    return last


_ORGANISED = re.compile("组织")
_INVITED = re.compile("(?:邀请|聘请|特邀)")
_LECTURE = re.compile("(?:开展|举办|进行|作|讲授|宣讲|解读|授课)")
# the last characters of the nouns of those invited to lecture (教授, 专家, 律师, 法官, 学者, 党员)
_LECTURER_ENDINGS = frozenset("授家师官者员")
# the last characters of nouns of people (干部, 民警, 职工, 群众, 学生, 人员, 律师):
# 组织听证会、参加协调会 holds a hearing, it organises no one
_PERSON_ENDINGS = frozenset("员警部工众生人者师")
_TAKE_PART = re.compile("(?:进行|开展|参加|参与|举办|举行)")
# 坚持每月|听取…, 定期|学法: a habit or a frequency before the deed
_ORGAN_DEED = re.compile(
    r"(?:坚持|始终|定期|每(?:周|月|季度?|年|半年)|按(?:月|季度?))*"
    "(?:" + "|".join(lexicon("frames")["organ_deeds"]) + ")"
)
_GOING_INTO = re.compile("(?:深入到?|走进|走入|来到)")  # verbs of going to where the deed is held
_LAUNCH = re.compile("(?:组织)?开展")  # the verb of launching work; 举办 and 召开 hold events
_HOLD = re.compile("(?:组织)?(?:开展|举办|举行)")  # verbs whose object people take part in
_HOLD_AN_EVENT = re.compile("(?:组织)?(?:举办|举行|召开)")  # verbs of holding an event
_LEADS = re.compile("牵头")  # leading others in a deed, before the verb of the deed itself
# verbs of serving or handing something to those a 为/向 phrase names (提供服务, 发放资料, 出具意见,
# 为群众办理业务: handling their matters)
_SERVE = re.compile("(?:提供|出具|发放|赠送|解答|送达|办理)")


def next_predicate(text: str, start: int, end: int) -> int:
    """Where a second predicate of the clause begins after a 、 (听取…汇报、|开展…学法7次: two
    deeds listed), else `end`. A 、 before a noun joins objects (审议…报告、…工作报告).

    >>> text = "每季度听取工作汇报、开展学法7次"
    >>> text[: next_predicate(text, 0, len(text))]
    '每季度听取工作汇报'
    >>> next_predicate("审议县政府工作报告、县法院工作报告", 0, 17)
    17
    >>> next_predicate("审查、备案政府合同", 0, 9), next_predicate("起草、审查、修改文书", 0, 10)
    (9, 10)
    >>> next_predicate("审查政策、规划、工作请示等行政决策", 0, 17)
    17
    """
    for m in re.finditer("、", text[start:end]):
        if only_verbs(text, skip_adverbs(text, start, end), start + m.start(), skip="、"):
            continue  # 审查、备案|政府合同, 起草、审查、修改|…: verbs of one object, one deed
        if _listed_events(text, start, start + m.start(), end):
            continue  # 举办…学习培训、辅导讲座200余场次: events listed, one deed of holding them
        if _CLOSED_LIST.match(text, start + m.end(), end):
            continue  # 审查政策、规划、…等行政决策: objects listed, closed by 等 and their class
        pos = skip_adverbs(text, start + m.end(), end)
        word = word_at(text, pos, end)
        if len(word) >= 2 and is_verb(word):
            return start + m.start()
    return end


_CLOSED_LIST = re.compile(r"[^，,。；;、\d]{1,12}(?:、[^，,。；;、\d]{1,12})*等[\u4e00-\u9fff]{2}")


def _listed_events(text: str, start: int, comma: int, end: int) -> bool:
    """The items before and after the 、 at `comma` both end in an activity's noun
    (培训、|辅导讲座): events listed as the objects of one verb, not a second predicate."""
    after = _ITEM.match(text, comma + 1, end)
    return after is not None and lists_events([text[start:comma], after.group()])


_ITEM = re.compile(r"[^、，,。；;\d]{2,16}")


def _is_the_object(text: str, body: Mention, verbs: int, end: int) -> bool:
    """The body is the predicate's object (召开|县委常委会会议, 组织|县委中心组学习), not the
    owner of the object's noun (听取|县政府…情况报告): it ends the object, perhaps with 会议,
    or opens it with at most a verb's two characters after it.

    >>> b = Mention("Agency", 2, 5, "县政府", "县政府", 0)
    >>> _is_the_object("听取县政府法治建设情况报告", b, 2, 13)
    False
    >>> _is_the_object("召开县政府常务会议", Mention("Agency", 2, 9, "", "", 0), 2, 9)
    True
    """
    rest = text[body.end : end]
    if rest.startswith("会议") and rest.removeprefix("会议") in STUDY_SESSIONS:
        return True  # 召开县委常委会|会议集体学法: the body's sessions of study
    return rest in ("", "会议", "会") or (body.start <= verbs + 1 and len(rest) <= 2)


def _nominal_activity(text, sentence, clause, frame, bodies):
    """中心组法治专题培训1期: a clause that is a noun phrase ending in an activity's verbal noun
    (培训, 学习, 讲座 …) before a count of events, no verb of its own. The phrase is the activity
    (with the organ that opens it, as its name); that organ carries it."""
    rules = frame_rules()
    figure = next(iter(frame.figures), None)
    if figure is None or not counts_an_activity(str(figure.get("unit", ""))):
        return None
    lo = opening(text, clause)
    lo, hi = trim_predicate(text, lo, figure.start)
    phrase = text[lo:hi]
    if not (4 <= len(phrase) <= 24) or not rules.nominal_heads.search(phrase):
        return None
    if _opens_with_a_preposition(phrase) and not any(b.start == lo for b in bodies):
        # 按计划|学法12次: a deed done by a plan, no noun phrase naming an activity (but a body's
        # name may open with a preposition's character: 自治区…)
        return None
    if re.search(r"[，,。；;：:\d%“”《》]", phrase) or any(
        o.start < hi and lo < o.end for o in frame.objects
    ):
        return None
    leading, after = _leading_organs(text, bodies, lo, hi)
    if not (rules.study_heads.search(phrase) or rules.event_heads.search(phrase)):
        # 市政府专题会议议题审查: what was reviewed, not who reviewed (but 市委党校|…培训班2期:
        # the organ's own course)
        leading, after = [], lo
    if _holds_a_verb(text, after, hi):
        return None  # 市本级完成…审查: a predicate, not a noun phrase
    inside = [b for b in bodies if lo <= b.start < hi and b not in leading]
    if inside or (lo < hi and any(b.start < lo < b.end for b in bodies)):
        return None
    activity = Mention(
        "Program",
        lo,
        hi,
        phrase,
        phrase,
        sentence.index,
        (("activity", True), ("rule", "nominal-activity"), ("surface", phrase)),
    )
    return activity, tuple(leading)


def _opens_with_a_preposition(phrase: str) -> bool:
    """A preposition of the grammar, or 按 (by), opens the phrase.

    >>> _opens_with_a_preposition("按计划学法"), _opens_with_a_preposition("中心组专题学习")
    (True, False)
    """
    return phrase[0] == "按" or preposition_at(phrase, 0)


# 区政府党组(扩大)会议; 镇党委|会: the meeting of a party committee or group (党委会, 党组会)
_ASIDE = re.compile(r"(?:[(（][^()（）]{1,4}[)）])?(?:会议|(?<=[委组])会(?![议室所长]))?")
_ORGAN_JOINER = re.compile(r"[、和及]")


def _leading_organs(text: str, bodies: list[Mention], lo: int, hi: int):
    """The organs that open a noun-phrase clause, one or a list (区委常委会、区政府党组(扩大)会议
    专题学习3次), and where their words end.

    >>> text = "区委常委会、区政府党组(扩大)会议专题学习"
    >>> bodies = [Mention("Agency", 0, 5, "", "区委常委会", 0),
    ...           Mention("Agency", 6, 11, "", "区政府党组", 0)]
    >>> [b.label for b in _leading_organs(text, bodies, 0, len(text))[0]]
    ['区委常委会', '区政府党组']
    """
    at = {b.start: b for b in bodies}
    leading, pos = [], lo
    while (body := at.get(pos)) is not None and is_organ(body.label) and body.end <= hi:
        leading.append(body)
        pos = body.end
        aside = _ASIDE.match(text, pos, hi)
        pos = aside.end() if aside else pos
        joiner = _ORGAN_JOINER.match(text, pos, hi)
        if joiner is None or at.get(joiner.end()) is None:
            break
        pos = joiner.end()
    return leading, pos if leading else lo


def _holds_a_verb(text: str, lo: int, hi: int) -> bool:
    """A verb of two characters or more among the words of text[lo:hi] before its last word.

    >>> _holds_a_verb("市本级完成规范性文件审查", 0, 12), _holds_a_verb("法治专题培训", 0, 6)
    (True, False)
    """
    pos = lo
    while pos < hi:
        word = word_at(text, pos, hi)
        if pos + len(word) >= hi:
            return False
        if len(word) >= 2 and is_verb(word):
            return True
        pos += len(word)
    return False


def _meeting_after(text: str, pos: int) -> bool:
    """A meeting's noun within a few characters after `pos` (5次|常委会, 3次|政府常务会)."""
    nouns = frame_rules().meeting_nouns
    return any(text.startswith(noun, pos + gap) for gap in range(0, 5) for noun in nouns)


def _has_an_object_after(text: str, figure: Mention, frame: Frame) -> bool:
    """Two characters or more of an object follow the figure in its clause (举办了27期|…讲座)."""
    nxt = next((f for f in frame.figures if f.start >= figure.end), None)
    end = nxt.start if nxt is not None else frame.end
    return len(text[figure.end : end].strip(" 。；;，,")) >= 2


def _count_after_verb(text: str, verbs: int, figure: Mention, serial: bool = True) -> bool:
    """The figure stands right after the verbs (and 了): 举办了|27期|…讲座, or after more verbs in
    a row (部署|开展|26项…研究: serial verbs, the object after the count).

    >>> count = Mention("Outcome", 4, 7, "26项", "26项", 0)
    >>> _count_after_verb("部署开展26项课题研究", 2, count)
    True
    """
    pos = verbs + 1 if text[verbs : verbs + 1] == "了" else verbs
    return figure.start == pos or (serial and only_verbs(text, pos, figure.start))
