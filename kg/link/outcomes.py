"""hasOutcome: each figure to the programme it reports on."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property

from kg.frames import counts_before_another_deed
from kg.frames.clauses import (
    Clause,
    clause_subjects,
    clauses,
    opening,
    opens_with_time,
    scope_key,
    split_after_counts,
)
from kg.link.common import (
    evidence,
    link_cues,
    programmes_of,
)
from kg.model import Link
from kg.nlp.awards import award_re
from kg.pos import head_word, starts_predicate, starts_with_verb
from kg.resources import lexicon


def outcomes(res, sentences, by_sentence, text):
    """Each outcome → a programme, nearest first: one in its own clause (before it, else after it:
    上好141场法治课), else the nearest before it in its sentence, else the first programme of the
    nearest earlier sentence of the same item (一是…) or section, else the programme its item's
    or section's heading names (3.深化行政审批制度改革)."""
    cues = link_cues()
    limit, meetings = cues["max_previous_sentences"], cues["meetings_counted"]
    outcome_iri = {(o.mention.start, o.mention.end): o.iri for o in res.outcomes}
    heading_programmes = _heading_programmes(sentences, by_sentence)
    item_headings = _item_headings(sentences)
    for index, ms in by_sentence.items():
        sentence = sentences[index]
        found = [m for m in ms if m.kind == "Outcome"]
        if not found:
            continue
        bodies = [m for m in ms if m.kind == "Agency"]
        at = SentenceClauses(text, sentence, programmes_of(ms), bodies, found)
        for o in found:
            target, rule = in_own_clause(at, o), "same-clause"
            if target is None:  # a counted activity has the figures of its own clause only…
                target, rule = named_again(at, o), "same-sentence"
            own_subject = target is None and has_body_subject(at, o)
            if target is None and not own_subject:
                target = at.nearest_before(o.start)
            if target is None and counts_meetings(at, o, meetings, cues["meeting_subject"]):
                continue  # 2023年召开局务会议8次: meetings, not the results of a sentence before
            if target is None and counts_the_awarded(at, o):
                continue  # 3个村被评为…: those awarded, not the results of work named before
            new_measure = target is None and not own_subject and opens_new_measure(at, o)
            if new_measure:
                # 聘用七家律师事务所，组成区政府法律顾问团队: the measure's product after the figure
                target, rule = at.first_after(o.end), "same-sentence"
            if (
                target is None
                and not own_subject
                and not new_measure
                and not body_opens_the_run(at, o)
                and not counts_what_exists(at, o)
                and reports_results(at, o)
            ):
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


class SentenceClauses:
    """A sentence's clause breaks, programmes and bodies, indexed once so that each outcome's
    lookups are logarithmic (a report may be one line of a million characters)."""

    def __init__(self, text: str, sentence, programmes=(), bodies=(), figures=()):
        self.text, self.start, self.end = text, sentence.start, sentence.end
        self.bodies_at = {b.start: b for b in bodies}  # the clause rules' subject lookup
        # the clauses the frames read: a list of deeds with their own counts is one per deed
        self.clauses = split_after_counts(
            text,
            clauses(text, sentence.start, sentence.end),
            counts_before_another_deed(text, figures),
        )
        # each clause but the last ends at a break: its start and the next clause's start
        self.break_starts = [c.end for c in self.clauses if c.closed_by]
        self.break_ends = [c.end + len(c.closed_by) for c in self.clauses if c.closed_by]
        self.programmes = sorted(programmes, key=lambda p: (p.start, p.end))
        self.programme_starts = [p.start for p in self.programmes]
        plain = sorted((p for p in programmes if not _counted(p)), key=_nearest_outermost)
        counted = sorted((p for p in programmes if _counted(p)), key=_nearest_outermost)
        self.plain, self.plain_ends = plain, [p.end for p in plain]
        self.counted, self.counted_ends = counted, [p.end for p in counted]
        self.first_time_clause = next(
            (c.start for c in self.clauses if opens_with_time(text, c)), sentence.end
        )

    @cached_property
    def first_results_clause(self) -> int:
        """Where the first clause that opens as a report of results begins (reports_results),
        read once a sentence: a report may be one sentence of many clauses and figures."""
        return next((c.start for c in self.clauses if _opens_with_results(self.text, c)), self.end)

    def clause_of(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the clause holding text[start:end]."""
        i = bisect_right(self.break_ends, start)
        j = bisect_left(self.break_starts, end)
        lo = self.break_ends[i - 1] if i else self.start
        hi = self.break_starts[j] if j < len(self.break_starts) else self.end
        return lo, hi

    def programmes_within(self, lo: int, hi: int) -> list:
        first = bisect_left(self.programme_starts, lo)
        last = bisect_left(self.programme_starts, hi)
        return [p for p in self.programmes[first:last] if p.end <= hi]

    def first_after(self, pos: int):
        """The first programme (not a counted activity) after `pos`, before the next ；."""
        stop = next(
            (c.end for c in self.clauses if c.end >= pos and c.closed_by in ("；", ";")), self.end
        )
        for p in self.programmes[bisect_left(self.programme_starts, pos) :]:
            if p.start >= stop:
                return None
            if not _counted(p):
                return p
        return None

    def nearest_before(self, pos: int):
        """The programme (not a counted activity) that ends last before `pos`."""
        i = bisect_right(self.plain_ends, pos)
        return self.plain[i - 1] if i else None


def in_own_clause(at: SentenceClauses, outcome):
    """The programme of the outcome's own clause: one the count stands right before (8次|中心组
    专题学习: a counted activity named after its count), else the nearest before it, else the
    first after."""
    inside = at.programmes_within(*at.clause_of(outcome.start, outcome.end))
    # 组织27个部门…通过“法治陇西”公众号公开述法: the channel after 通过 is the means, no holder
    after = [p for p in inside if p.start >= outcome.end and not _after_a_means(at.text, p.start)]
    if after and after[0].start == outcome.end and _counted(after[0]):
        return after[0]
    before = sorted((p for p in inside if p.end <= outcome.start), key=_nearest_outermost)
    return before[-1] if before else (after[0] if after else None)


_MEANS = ("通过", "依托", "利用", "借助")  # prepositions of means (kg.pos prepositions)


def _after_a_means(text: str, start: int) -> bool:
    """A preposition of means stands right before `start` (通过|“…”公众号).

    >>> _after_a_means("通过“法治陇西”公众号", 2), _after_a_means("开展“法治陇西”活动", 2)
    (True, False)
    """
    return text[max(0, start - 2) : start] in _MEANS


def named_again(at: SentenceClauses, outcome):
    """…unless the figure's clause names the head of the activity counted last before it again:
    开展专项督察5次，制发督察整改通知书4份 (the notices are of the 督察), not 开展执法检查6次，
    办结案件210件."""
    lo, _ = at.clause_of(outcome.start, outcome.end)
    i = bisect_right(at.counted_ends, lo)
    if not i:
        return None
    activity = at.counted[i - 1]
    head = head_word(activity.label)
    return activity if head and head in at.text[lo : outcome.start] else None


def has_body_subject(at: SentenceClauses, outcome) -> bool:
    """The figure's clause has a body as its subject (市法院受理案件数同比下降8%; by the clause
    rules of kg.frames.clauses, so 市政府专题会议议题… is none): it reports that body's own work,
    not the programme of a clause or sentence before it."""
    lo, hi = at.clause_of(outcome.start, outcome.end)
    return bool(clause_subjects(at.text, Clause(lo, hi, ""), at.bodies_at))


def body_opens_the_run(at: SentenceClauses, outcome) -> bool:
    """A body is the subject of the first clause of the run (up to a ；) that the figure's clause
    ends (一年来，全院受理案件12769件，结案10738件): the figures are that body's work, not the
    results of a programme of the sentence before.

    >>> from kg.frames.clauses import Clause
    >>> from kg.model import Mention
    >>> text = "一年来，全院受理案件12769件，结案10738件"
    >>> body = Mention("Agency", 4, 6, "全院", "全院", 0)
    >>> at = SentenceClauses(text, Clause(0, len(text), ""), bodies=[body])
    >>> body_opens_the_run(at, Clause(21, 27, ""))
    True
    """
    lo, _ = at.clause_of(outcome.start, outcome.end)
    first = _first_clause_of_run(at, lo)
    return (
        first is not None
        and first.start < lo
        and bool(clause_subjects(at.text, first, at.bodies_at))
    )


def counts_what_exists(at: SentenceClauses, outcome) -> bool:
    """The figure's clause says how many there are (全县共有村(社区)法律顾问186名, 现有工作人员2人):
    a stock it counts itself, not a result of the programme of the sentence before.

    >>> text = "全县共有村(社区)法律顾问186名。"
    >>> at = SentenceClauses(text, Clause(0, len(text), ""))
    >>> counts_what_exists(at, Clause(13, 17, "")), counts_what_exists(at, Clause(0, 2, ""))
    (True, False)
    """
    lo, _ = at.clause_of(outcome.start, outcome.end)
    return _EXISTENTIAL.search(at.text, lo, outcome.start) is not None


_EXISTENTIAL = re.compile(r"(?:共有|现有|拥有|配备|设有)")


def _first_clause_of_run(at: SentenceClauses, lo: int):
    """The first clause with words of its own (not a time phrase alone: 一年来，) in the run of
    clauses since the last ；/; before `lo`."""
    run = []
    for clause in at.clauses:
        if clause.start > lo:
            break
        if run and run[-1].closed_by in ("；", ";"):
            run = []
        run.append(clause)
    for clause in run:
        if opening(at.text, clause) < clause.end:
            return clause
    return None


def counts_meetings(at: SentenceClauses, outcome, meetings, subject=None) -> bool:
    """The figure right after 召开…会议 in its own clause counts the meetings held; so does one
    after a meeting that opens the clause as its subject, no verb before it (`subject`).

    >>> import re
    >>> from kg.frames.clauses import Clause
    >>> text, pattern = "2022年度召开党组、局务会议8次", re.compile("召开[^，]{0,24}?会议$")
    >>> counts_meetings(SentenceClauses(text, Clause(0, 17, "")), Clause(15, 17, ""), pattern)
    True
    >>> text, subject = "局党组会议8次专题研究", re.compile("[^，]{1,12}?会议$")
    >>> at = SentenceClauses(text, Clause(0, 11, ""))
    >>> counts_meetings(at, Clause(5, 7, ""), pattern, subject)
    True
    """
    lo, _ = at.clause_of(outcome.start, outcome.end)
    if meetings.search(at.text, lo, outcome.start) is not None:
        return True
    return (
        subject is not None
        and subject.match(at.text, lo, outcome.start) is not None
        and not starts_predicate(at.text, lo, outcome.start)
    )


def counts_the_awarded(at: SentenceClauses, outcome) -> bool:
    """An award verb follows the figure in its clause (3个村被评为…示范村, 12家单位获评…), or
    precedes it there (全年共获得国家级荣誉5项): it counts those awarded or the honours, not the
    results of a programme of the sentence before.

    >>> from kg.frames.clauses import Clause
    >>> text = "全县共有3个村被评为省级民主法治示范村"
    >>> counts_the_awarded(SentenceClauses(text, Clause(0, len(text), "")), Clause(4, 6, ""))
    True
    >>> text = "全年共获得国家级荣誉5项"
    >>> counts_the_awarded(SentenceClauses(text, Clause(0, len(text), "")), Clause(10, 12, ""))
    True
    """
    lo, hi = at.clause_of(outcome.start, outcome.end)
    return any(  # not 获得感 (the sense of gain the genre measures by satisfaction rates)
        not at.text.startswith("感", m.end()) for m in award_re().finditer(at.text, lo, hi)
    )


def opens_new_measure(at: SentenceClauses, outcome) -> bool:
    """The sentence begins with its verb (its subject omitted, as the genre does for each new
    measure: 聘用七家律师事务所…, 举办培训3场): its figures count what that verb did, not the
    programme of the sentence before. A sentence that opens with a time, a place or a subject
    (2023年全市受理…, 全市…, 调解成功率…) or a preposition (通过举办讲座4次…: the means of the
    measure before), that goes on after a ；, or where a clause opening with a time comes before
    the figure (编制《清单》，2023年，完成审查44件) reports the results of what came before.

    >>> from kg.frames.clauses import Clause
    >>> texts = ["举办培训3场", "2023年，受理52件", "全市受理52件", "编制清单，全年审查44件"]
    >>> [
    ...     opens_new_measure(SentenceClauses(t, Clause(0, len(t), "")), Clause(len(t) - 3, 0, ""))
    ...     for t in texts
    ... ]
    [True, False, False, False]
    """
    text = at.text
    if at.start > 0 and text[at.start - 1] in "；;":
        return False
    if not at.clauses or at.first_time_clause < outcome.start:
        return False
    first = at.clauses[0]
    start = opening(text, first)
    # a verb, not a preposition: 通过举办讲座4次… tells how the measure before was carried out
    return start < first.end and starts_with_verb(text, start, first.end)


def previous_sentence_programme(sentences, by_sentence, index, limit):
    """The first programme of the nearest earlier sentence within the same item or section."""
    key = scope_key(sentences[index])
    for back in range(index - 1, max(-1, index - 1 - limit), -1):
        previous = sentences[back]
        if scope_key(previous)[1:] != key[1:] or (key[0] and scope_key(previous)[0] != key[0]):
            return None
        # a counted or held activity is closed with its own figures: not the later ones' holder
        found = [
            p
            for p in programmes_of(by_sentence.get(back, []))
            if not _counted(p) and not p.get("activity")
        ]
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


def _nearest_outermost(programme) -> tuple[int, int]:
    """Sort key: by end, and of names ending together the longest last (the whole name, not the
    head it ends in: “受理—…—销号”的一站式运行机制, not 一站式运行机制)."""
    return programme.end, -programme.start


def _counted(programme) -> bool:
    return programme.get("rule") == "counted-activity"


_RESULTS_OPENER = re.compile(
    "(?:"
    + "|".join(
        [
            lexicon("grammar")["time_phrases"],
            "其中",
            r"全(?:省|市|县|区|州|盟|旗|镇|乡|街道)",
            # 行政败诉率从27%降至3.92%: an indicator moved from its baseline by the measure
            r"[\u4e00-\u9fff]{1,6}(?:率|比|量|数)(?:从|由)",
            "|".join(lexicon("frames")["result_verbs"]),
        ]
    )
    + ")"
)


def reports_results(at: SentenceClauses, o) -> bool:
    """The figure's clause opens as a report of results does (2023年，新收…; 全年制发…; 全市受理…;
    查处…39起): a time phrase, the area as a whole or a verb of results, with no subject of its
    own — then its figures are the results of the measure a sentence before named. A clause
    that opens otherwise (为辖区11个社区配备…, 课题涵盖14个方面) has a holder of its own, found or
    not.
    """
    return at.first_results_clause <= o.start


def _opens_with_results(text: str, clause: Clause) -> bool:
    start = _ENUMERATION.match(text, clause.start, clause.end).end()
    return _RESULTS_OPENER.match(text, start, clause.end) is not None


_ENUMERATION = re.compile(lexicon("grammar")["enumeration_marks"] + "*")
