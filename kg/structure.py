"""Report body → sentences with their heading path (part, section, item) and offsets.

Parts are 一、二、… or 第一部分…, or an unnumbered heading line of a plan or shortcomings part
(下一步工作打算); sections (一)(二)…; items 一是/二是… or 1./2. at the start of a sentence. A
part's kind (plan, shortcomings, …) comes from its heading words.
"""

from __future__ import annotations

import re

from kg.chars import is_han
from kg.model import Heading, ReportText, Sentence
from kg.resources import lexicon

_CN = "一二三四五六七八九十"
_PART = re.compile(
    rf"^([{_CN}]{{1,3}})\s*[、.．]\s*(.+)$|^第([{_CN}]{{1,3}})部分\s*[、.．:：]?\s*(.+)$"
)
# A line of its own, short and without a sentence end, naming a part by its kind (下一步工作打算,
# 存在的问题): a part heading even when unnumbered.
_UNNUMBERED_KINDS = ("plan", "shortcomings")
_UNNUMBERED_MAX = 25
_SECTION = re.compile(rf"^[（(]\s*([{_CN}]{{1,3}})\s*[)）]\s*(.+)$")
_ITEM = re.compile(
    rf"^(?:([{_CN}]{{1,3}})是|(\d{{1,2}})\s*[.、．](?!\d)|第([{_CN}]{{1,3}})\s*[,，、])"
)
# Sentence ends: 。！？ and ；, plus a closing quote or bracket that follows them.
_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』)）]*")


MIN_SENTENCE_HAN = 12  # a sentence of the genre runs to dozens of characters; a menu item does not


def has_report_structure(sentences: list[Sentence]) -> bool:
    """Whether the text reads as a report: it has numbered headings, or at least one Chinese
    sentence of some length (an English note or a page of navigation has neither).

    >>> from kg.model import Sentence
    >>> has_report_structure([Sentence(0, 0, 9, "Just a note.", (), "other")])
    False
    """
    return any(s.headings for s in sentences) or any(
        sum(map(is_han, s.text)) >= MIN_SENTENCE_HAN for s in sentences
    )


def segment(report: ReportText) -> list[Sentence]:
    """Split the body of a report into sentences with their headings and part kind."""
    lex = lexicon("chrome")
    text = report.text
    sentences: list[Sentence] = []
    part = section = item = None
    part_kind = "preamble"
    pos = report.body_start
    for line in text[report.body_start : report.body_end].split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        start = line_start + lead
        m = _PART.match(stripped)
        unnumbered = None if m else _unnumbered_part(stripped, report.meta.covers_year, lex)
        if m and len(stripped) < 60:
            part = Heading(
                "part", m.group(1) or m.group(3), _clean_title(m.group(2) or m.group(4)), start
            )
            section = item = None
            part_kind = _part_kind(part.title, report.meta.covers_year, lex)
        elif unnumbered:
            part = Heading("part", "", stripped, start)
            section = item = None
            part_kind = unnumbered
        else:
            m = _SECTION.match(stripped)
            if m:
                section = Heading("section", f"({m.group(1)})", _clean_title(m.group(2)), start)
                item = None
        for s_start, s_end in _split_sentences(stripped, start):
            sentence_text = text[s_start:s_end]
            im = _ITEM.match(sentence_text)
            if im and not (section and s_start == section.start):
                item = Heading(
                    "item",
                    im.group(0).rstrip(",，、"),
                    _clean_title(sentence_text[im.end() :]),
                    s_start,
                )
            headings = tuple(h for h in (part, section, item) if h is not None)
            sentences.append(
                Sentence(len(sentences), s_start, s_end, sentence_text, headings, part_kind)
            )
    return sentences


def _split_sentences(line: str, offset: int):
    begin = 0
    for m in _SENTENCE_END.finditer(line):
        if m.end() > begin:
            yield from _trimmed(line, begin, m.end(), offset)
            begin = m.end()
    if begin < len(line):
        yield from _trimmed(line, begin, len(line), offset)


def _trimmed(line: str, begin: int, end: int, offset: int):
    chunk = line[begin:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    if chunk.strip():
        yield offset + begin + lead, offset + end - trail


def _clean_title(title: str) -> str:
    return re.split(r"[。；;]", title, maxsplit=1)[0].strip()


def _unnumbered_part(line: str, covers_year: int | None, lex: dict) -> str | None:
    """The kind of an unnumbered part heading (下一步工作打算), or None for any other line."""
    if len(line) > _UNNUMBERED_MAX or _SENTENCE_END.search(line) or re.search(r"[，,：:]", line):
        return None
    if re.search(lex["achievement_heading"], line) or re.search(
        lex["unnumbered_heading_rejects"], line
    ):
        return None  # 重点工作完成情况 reports on the plan; it does not open one
    kind = _part_kind(line, covers_year, lex)
    return kind if kind in _UNNUMBERED_KINDS else None


def _part_kind(title: str, covers_year: int | None, lex: dict) -> str:
    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})年", title)]
    if re.search(lex["plan_heading"], title) and (
        not years or covers_year is None or max(years) > covers_year
    ):
        return "plan"
    if re.search(lex["shortcoming_heading"], title):
        return "shortcomings"
    if re.search(lex["duty_heading"], title):
        return "duties"
    if re.search(lex["achievement_heading"], title):
        return "achievements"
    return "other"
