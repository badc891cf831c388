"""carriedOutBy from the text: bodies created for a programme and bodies that are the subject of
its clause (or of a chain of clauses sharing it)."""

from __future__ import annotations

from kg.frames.clauses import (
    SENTENCE_LEVEL_BREAKS,
    clause_subjects,
    clauses,
    joined_only,
    only_cooperates,
    only_leads,
    opens_with_predicate,
    organises_an_organ,
)
from kg.link.common import (
    evidence,
    identified,
    link_cues,
    programmes_of,
)
from kg.model import Link
from kg.nlp.text import clause_break_re, scope_words
from kg.pos import list_joiners


def created_bodies(res, sentences, by_sentence, text):
    """成立市合法性审查中心 / 明确X为…机构: the sentence's programme is carried by X."""
    cues = link_cues()
    for index, ms in by_sentence.items():
        sentence = sentences[index]
        programmes = programmes_of(ms)
        if not programmes:
            continue
        created_end = -1
        for body in sorted((m for m in ms if m.kind == "Agency"), key=lambda m: m.start):
            before = text[max(sentence.start, body.start - 4) : body.start]
            after = text[body.end : body.end + 6]
            # a body listed right after one created is created too (组建“A宣讲团”“B宣讲团”)
            listed = created_end >= 0 and text[created_end : body.start] in ("", "、", "和", "及")
            if (
                listed
                or cues["creating_verbs"].search(before)
                or (cues["designating"].search(before) and cues["designated_as"].match(after))
            ):
                created_end = body.end
                # the body's own name read as a programme too (建成公共法律服务工作站) is no work
                # it carries: nothing carries itself
                others = [
                    p
                    for p in programmes
                    if (p.end <= body.start or body.end <= p.start)
                    and p not in _listed_after(text, body, programmes)
                ]
                if not others:
                    continue
                # what the new body does in its own clause (组建宣讲团深入开展“七进”宣讲) first;
                # else the sentence's programme it was created for (推行X改革，成立X中心)
                clause_end = clause_break_re().search(text, body.end, sentence.end)
                own = [
                    p
                    for p in others
                    if body.end <= p.start < (clause_end.start() if clause_end else sentence.end)
                ]
                topic = (
                    own[0] if own else next((p for p in others if p.start < body.start), others[0])
                )
                yield Link(
                    res.entity_at(topic),
                    "carriedOutBy",
                    res.entity_at(body),
                    evidence(sentence, topic, body),
                    "created-body",
                )


def _listed_after(text: str, body, programmes) -> list:
    """The programmes listed right after a body created with them (建成公共法律服务中心、|基层立法
    联系点): its siblings, built alongside it, not what it does."""
    out, end = [], body.end
    for p in sorted(programmes, key=lambda p: p.start):
        if p.start > end and text[end : p.start] in list_joiners():
            out.append(p)
            end = p.end
    return out


def subject_bodies(res, sentences, by_sentence, text):
    """市市场监管局全面开展X / 市法院与市税务局签署…，助力X / 由X牵头，建立Y: the bodies that are
    the subject of a clause carry its programmes, and those of the clauses after it that begin with
    their verb (they share the subject), up to the next ；or 。. A programme with another body
    before it in its clause (an object: 指导县法院建立X) is left alone."""
    meeting = link_cues()["meeting_after"]
    for index, ms in by_sentence.items():
        sentence = sentences[index]
        programmes = programmes_of(ms)
        bodies = [m for m in ms if m.kind == "Agency" and identified(res, res.entity_at(m))]
        if not programmes or not bodies:
            continue
        bodies_at = {b.start: b for b in bodies}
        # a body named inside a title (《转发最高人民法院…》) is no object standing between them
        agencies = [m for m in ms if m.kind == "Agency" and not m.get("in_title")]
        current: list = []
        leading: list = []  # 市司法局牵头，市法院配合，建立X: the lead carries X with them
        for clause in clauses(text, sentence.start, sentence.end):
            own = clause_subjects(text, clause, bodies_at)
            joined = [] if own else joined_only(text, clause, bodies_at)
            if joined:  # 依托X，推行Y: the next clauses are done through X
                current = joined
            elif own:
                current = leading + [b for b in own if b not in leading]
                leading = own if only_leads(text, clause, own) else []
            elif only_cooperates(text, clause):
                pass  # 由X牵头，|各乡镇配合|，开展Y: those who help, the lead still carries Y
            elif not opens_with_predicate(text, clause):
                current = []  # the clause has a subject of its own that is not a body
            in_clause = [p for p in programmes if clause.start <= p.start < clause.end]
            pairs = respective_pairs(text, clause, own, in_clause)
            for p in in_clause:
                if not current or meeting.match(text, p.end):
                    continue
                lead = current[-1].end if own else clause.start
                if any(
                    lead <= a.start and a.end <= p.start and not _object_of_a_preposition(text, a)
                    for a in agencies
                    if a not in current
                ):
                    continue
                if any(p.start <= a.start < p.end for a in agencies if a not in current):
                    continue  # 市委党校主体班次培训班: its name holds the body whose it is
                for body in pairs.get(id(p), current):
                    if body.start <= p.start < body.end or p.start <= body.start < p.end:
                        continue
                    yield Link(
                        res.entity_at(p),
                        "carriedOutBy",
                        res.entity_at(body),
                        evidence(sentence, body, p),
                        "clause-subject" if own else "shared-subject",
                    )
            if clause.closed_by in SENTENCE_LEVEL_BREAKS or (
                own and organises_an_organ(text, clause, bodies_at)
            ):
                current = []  # 组织局党委学习，举办培训: the organ acts in its own clause only


def _object_of_a_preposition(text: str, body) -> bool:
    """The body follows a preposition of whom or what (对县政府规范性文件进行审核, 为县政府…提供,
    向县人大常委会报告): it is what the deed is done on or for, not a second actor.

    >>> from kg.model import Mention
    >>> _object_of_a_preposition("对县政府文件", Mention("Agency", 1, 4, "县政府", "", 0))
    True
    >>> _object_of_a_preposition("推动县法院", Mention("Agency", 2, 5, "县法院", "", 0))
    False
    """
    before = text[max(0, body.start - 2) : body.start]
    return before[-1:] in _TARGET_ONE or before in _TARGET_TWO


# of frames.json's target prepositions, those of whom or what (对, 向, 为, 就; 对于, 针对, 围绕);
# not 在 or 通过, whose body is a venue or a means that may carry the deed (在X举办的Y)
_TARGET_ONE = frozenset("对向为就")
_TARGET_TWO = frozenset(("对于", "针对", "围绕"))


def respective_pairs(text, clause, subjects, programmes) -> dict:
    """A和B分别推行X和Y: as many bodies as programmes, and 分别 after the bodies: each body carries
    the programme of its own place in the list (id of the programme → [its body])."""
    if len(subjects) < 2 or len(programmes) != len(subjects):
        return {}
    if "分别" not in text[subjects[-1].end : programmes[0].start]:
        return {}
    return {id(p): [body] for p, body in zip(programmes, subjects, strict=True)}


def organisers(res, sentences, by_sentence, text):
    """中央政法委组织的“枫桥经验”工作会议: a body, a verb of holding and 的 right before a
    programme make the body the event's organiser, whatever the clause's subject."""
    organised = link_cues()["organising_attributive"]
    for index, ms in by_sentence.items():
        sentence = sentences[index]
        programmes = programmes_of(ms)
        for body in (m for m in ms if m.kind == "Agency"):
            verb = organised.match(text, body.end)
            programme = next(
                (
                    p
                    for p in programmes
                    if verb and p.start >= verb.end() and _scope_only(text[verb.end() : p.start])
                ),
                None,
            )
            if programme is None or not identified(res, res.entity_at(body)):
                continue
            yield Link(
                res.entity_at(programme),
                "carriedOutBy",
                res.entity_at(body),
                evidence(sentence, body, programme),
                "organised-by",
            )


def _scope_only(gap: str) -> bool:
    """Nothing, or only a scope word (全省 …), between 的 and the programme's name."""
    return gap == "" or gap in scope_words()
