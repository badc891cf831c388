"""establishedBy: a programme built under or by a policy document."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.link.common import (
    evidence,
    innermost_heading,
    link_cues,
    programmes_of,
)
from kg.model import Link
from kg.nlp.text import clause_break_re
from kg.pos import list_joiners
from kg.resources import lexicon


def documents(res, sentences, by_sentence, text):
    """出台《D》,构建X → X establishedBy D; 形成《D》 after X → X establishedBy D."""
    cues = link_cues()
    yield from _founded_by_the_items_first(res, sentences, by_sentence, text, cues)
    for index, ms in by_sentence.items():
        sentence = sentences[index]
        acted_on = None  # the last document the sentence issues or acts on
        for d in (m for m in ms if m.kind == "PolicyDocument"):
            before = text[max(sentence.start, d.start - 6) : d.start]
            verb = (
                cues["establishing_verbs"].search(before)
                or _as_basis(text, d, cues)
                or _listed_after(text, acted_on, d, cues)
            )
            issued = verb or cues["issued_after"].match(text, d.end)
            # 印发《A》，编制《B》，建立X: one act of issuing, whose first document founds X (titles
            # listed in one clause share it: 制定《A》《B》等制度文件)
            chained = (
                acted_on is not None
                and clause_break_re().search(text, acted_on.end, d.start) is not None
                and _only_documents_between(text, ms, acted_on, d)
                and not _builds_in_its_clause(text, ms, d)
            )
            if issued:
                acted_on = d if not chained else acted_on
            if verb:
                later = by_sentence.get(index + 1, ())
                yield from _named_in_title(res, sentence, ms, d, text, later)
            if issued and not chained and not frames_the_work(text, d, cues):
                stop = sentence.end
                # a deed the frames counted (办理…案件90件) is work done, not something a
                # document founds
                following = [
                    m
                    for m in ms
                    if m.start >= d.end
                    and m.kind in ("Program", "Agency")
                    and not m.get("activity")
                ]
                # a later document that builds in its own clause founds what follows it
                founders = [
                    m
                    for m in ms
                    if m.kind == "PolicyDocument"
                    and d.end <= m.start
                    and cues["establishing_verbs"].search(
                        text[max(sentence.start, m.start - 6) : m.start]
                    )
                    and _builds_in_its_clause(text, ms, m)
                ]
                for target in following:
                    if any(doc.start < target.start for doc in founders):
                        break
                    if target.kind == "Agency" and not cues["creating_verbs"].search(
                        text[max(d.end, target.start - 4) : target.start]
                    ):
                        continue
                    if target.start > stop or not (
                        _only_documents_between(text, ms, d, target) or _attained_under(target)
                    ):
                        break
                    if re.fullmatch(r"等[“\"]?", text[d.end : target.start]):
                        break  # 《延时预约服务制》等“十项制度”: one of the set, not its founder
                    for listed in _listed_from(text, following, target):
                        yield Link(
                            res.entity_at(listed),
                            "establishedBy",
                            res.entity_at(d),
                            evidence(sentence, d, listed),
                            "issued-then-built",
                        )
                    break
            elif cues["produced_verbs"].search(before):
                previous = [p for p in programmes_of(ms) if p.end <= d.start]
                if previous:
                    yield Link(
                        res.entity_at(previous[-1]),
                        "establishedBy",
                        res.entity_at(d),
                        evidence(sentence, previous[-1], d),
                        "built-then-produced",
                    )


def _founded_by_the_items_first(res, sentences, by_sentence, text, cues):
    """二是全面落实X制度。研究制定《D》，…: the system an item's title puts into force (or the
    programme the document's title names: 三是加强X建设。制定《关于加强X建设的意见》) is founded
    by the first document the item's body issues (the title is the topic of its subjectless
    sentences; the document is how the item does what the title says). A section's title
    ((二)推行X制度。) is read so where no item is nearer."""
    titles = {}  # item heading start -> the sentence that is its title
    for sentence in sentences:
        item = innermost_heading(sentence)
        if item is not None and sentence.start <= item.start < sentence.end:
            titles[item.start] = sentence
    done = set()
    for sentence in sentences:
        item = innermost_heading(sentence)
        if item is None or item.start in done or titles.get(item.start) in (None, sentence):
            continue
        issued = [
            d
            for d in by_sentence.get(sentence.index, ())
            if d.kind == "PolicyDocument"
            and cues["establishing_verbs"].search(text[max(sentence.start, d.start - 6) : d.start])
            and not frames_the_work(text, d, cues)
        ]
        if not issued:
            continue
        done.add(item.start)
        title = titles[item.start]
        systems = [
            p
            for p in programmes_of(by_sentence.get(title.index, ()))
            if not p.get("activity")
            and (
                _programme_head_re().search(p.text)
                or names_the_programme(issued[0].text.strip("《》"), p.text)
            )
        ]
        if len(systems) == 1:
            yield Link(
                res.entity_at(systems[0]),
                "establishedBy",
                res.entity_at(issued[0]),
                evidence(sentence, issued[0]),
                "item-title-founded",
            )


def _listed_from(text: str, following: list, first) -> list:
    """`first` and the programmes listed right after it under the same verb (推行A、B和C: the
    document founds all three), up to the first that is not joined to the one before.

    >>> from kg.model import Mention
    >>> text = "推行公示制度、记录制度和审核制度，开展培训"
    >>> a, b, c = (Mention("Program", s, e, text[s:e], text[s:e], 0) for s, e in
    ...            ((2, 6), (7, 11), (12, 16)))
    >>> [m.text for m in _listed_from(text, [a, b, c], a)]
    ['公示制度', '记录制度', '审核制度']
    """
    listed = [first]
    for nxt in following[following.index(first) + 1 :]:
        if nxt.kind != "Program" or not _joins_a_list(text[listed[-1].end : nxt.start]):
            break
        listed.append(nxt)
    return listed


def _joins_a_list(between: str) -> bool:
    """A list joiner (kg.pos.list_joiners: 、, 和, 及 …), a comma or 、 before it allowed."""
    joiners = list_joiners()
    return between in joiners or (between[:1] in "、，," and between[1:] in joiners)


def _as_basis(text, document, cues) -> bool:
    """以《D》为依据 / 为抓手: the work acts on the document, as after 根据."""
    before = text[max(0, document.start - 2) : document.start]
    return bool(
        cues["basis_before"].search(before) and cues["basis_after"].match(text, document.end)
    )


def _listed_after(text, previous, document, cues) -> bool:
    """制定《A》《B》等制度文件: a title listed right after an issued one shares its verb."""
    return previous is not None and bool(
        cues["listed_document_gap"].match(text[previous.end : document.start])
    )


def _named_in_title(res, sentence, ms, document, text, later=()):
    """建立行政执法“观察员”制度，出台《行政执法观察员工作办法》: a programme named before the
    document in its sentence, whose name without quotes and head the title holds, is founded
    by it; so is one the next sentence names (拟定《X县机构改革实施方案》。…县机构改革…: the
    sentence after goes on with the work the document set up)."""
    title = document.text.strip("《》")
    meeting = re.compile(link_cues()["meeting_after"].pattern + "$")
    before = [p for p in programmes_of(ms) if p.end <= document.start]
    for programme in before + programmes_of(later):
        if meeting.search(programme.text):
            continue  # 召开法治政府建设工作会议，研究制定《…工作要点》: the meeting drafts it
        if names_the_programme(title, programme.text):
            yield Link(
                res.entity_at(programme),
                "establishedBy",
                res.entity_at(document),
                evidence(sentence, programme, document),
                "named-in-title",
            )


def names_the_programme(title: str, programme: str) -> bool:
    """Whether a document's title holds the programme's name without its quotes and head, at
    least four characters of it.

    >>> names_the_programme("武进区行政执法观察员工作办法", "行政执法“观察员”制度")
    True
    >>> names_the_programme("武进区行政执法监督办法", "行政执法“观察员”制度")
    False
    >>> names_the_programme("南昌县机构改革实施方案", "县机构改革")
    True
    """
    whole = re.sub(r"[“”\"「」]", "", programme)
    head = _programme_head_re().search(whole)
    core = whole[: head.start()] if head is not None else whole
    # 县机构改革 in 南昌县机构改革实施方案: the whole name, head included, is as telling
    return (len(core) >= 4 and core in title) or (
        head is not None and len(whole) >= 5 and whole in title
    )


@lru_cache(maxsize=1)
def _programme_head_re() -> re.Pattern:
    heads = sorted(set(lexicon("programmes")["heads"]), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, heads)) + ")$")


def frames_the_work(text, document, cues) -> bool:
    """按照《D》目标要求 / 根据《D》精神: the document guides the year's work as a whole; what
    the next clause builds is its goal, not a programme it founds (根据《D》，建立X still is)."""
    before = text[max(0, document.start - 6) : document.start]
    return bool(
        cues["guiding_verbs"].search(before) and cues["guidance_after"].match(text, document.end)
    )


def _only_documents_between(text, ms, document, target) -> bool:
    """The programme is in the clause after the document's, or after clauses that only issue
    more documents (印发《A》，编制《B》，建立X); a clause of another measure between them
    (出台《A》，开展督察，构建X) breaks the link."""
    breaks = list(clause_break_re().finditer(text, document.end, target.start))
    between = zip([b.end() for b in breaks], [b.start() for b in breaks[1:]], strict=False)
    return all(
        any(m.kind == "PolicyDocument" and lo <= m.start and m.end <= hi for m in ms)
        for lo, hi in between
    )


def _builds_in_its_clause(text, ms, document) -> bool:
    """A programme follows the document in its own clause (依据《B》建立X): the document founds
    it, whatever was issued before."""
    brk = clause_break_re().search(text, document.end)
    end = brk.start() if brk is not None else len(text)
    return any(m.kind == "Program" and document.end <= m.start < end for m in ms)


def _attained_under(target) -> bool:
    """编制《清单》，认领410项事项，实现“清单之外无审批”: the state a sentence attains (实现 + a
    quote) after issuing a document is what the document set up; clauses between that name no
    measure of their own only apply it (a measure between is founded first, and ends the search).
    """
    return target.get("rule") == "quote:attained"
