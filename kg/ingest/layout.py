"""Printed lines of pages → the report's text: running headers, footers and page numbers dropped,
lines rejoined into paragraphs across line and page breaks.

A line is placed on its page (x from the left edge, y from the top, in the page's units), so the
rules are geometric: a paragraph begins where a line is indented past the body's left edge, where
the line before it stops short of the right edge, or after a gap larger than the line spacing;
the genre prints a two-character first-line indent, and headings and signature lines are short.
Furniture is one of the first or last lines of a page that is a page number, or whose text
(digits aside) recurs there on at least half of the pages.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

# how many lines at the top and at the bottom of a page may be furniture (a header and a rule
# under it, a footer and the page number)
_EDGE_LINES = 2
# 3 | - 3 - | — 3 — | 第3页 | 第 3 页 共 10 页 | 3/10 | Page 3 | ·3·
_PAGE_NUMBER = re.compile(
    r"^[\s\-—–－_·•.()（）]*(?:第\s*)?(?:\d{1,4}|[一二三四五六七八九十]{1,3})\s*(?:页)?"
    r"\s*(?:(?:/|／|共)\s*\d{1,4}\s*页?)?[\s\-—–－_·•.()（）]*$"
    r"|^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_SENTENCE_END = set("。！？：；!?:;")
_DIGITS = re.compile(r"\d+")
_LATIN_END = re.compile(r"[A-Za-z]$")
_LATIN_START = re.compile(r"^[A-Za-z]")


@dataclass(frozen=True)
class Line:
    """One printed line: its text and its box on the page."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass(frozen=True)
class Page:
    """The printed lines of one page, top to bottom, and the page's size."""

    lines: tuple[Line, ...]
    width: float
    height: float


def is_page_number(text: str) -> bool:
    """A line that only numbers its page.

    >>> [is_page_number(t) for t in ("— 3 —", "- 12 -", "第3页 共10页", "3/10", "2023年")]
    [True, True, True, True, False]
    """
    return bool(_PAGE_NUMBER.match(text.strip()))


def furniture(pages: list[Page]) -> set[tuple[int, int]]:
    """(page index, line index) of the running headers, footers and page numbers: among the
    first and the last lines of each page, those that number the page or whose text (digits
    aside) recurs there on at least half of the pages.

    >>> head = lambda n, body: Page((Line("某县人民政府", 200, 300, 20, 30), Line(body, 50, 500,
    ...     100, 112), Line(f"- {n} -", 250, 280, 800, 810)), 595, 842)
    >>> sorted(furniture([head(1, "甲乡正文"), head(2, "乙镇正文")]))
    [(0, 0), (0, 2), (1, 0), (1, 2)]
    """
    edges = [_edge_lines(page) for page in pages]
    recurring: dict[str, set[int]] = {}
    for p, page in enumerate(pages):
        for i in edges[p]:
            recurring.setdefault(_DIGITS.sub("#", page.lines[i].text.strip()), set()).add(p)
    needed = max(2, (len(pages) + 1) // 2)
    found = set()
    for p, page in enumerate(pages):
        for i in edges[p]:
            text = page.lines[i].text
            if is_page_number(text) or len(recurring[_DIGITS.sub("#", text.strip())]) >= needed:
                found.add((p, i))
    return found


def _edge_lines(page: Page) -> set[int]:
    """The first and last lines of a page (top to bottom) where furniture is printed."""
    order = sorted(range(len(page.lines)), key=lambda i: page.lines[i].top)
    return set(order[:_EDGE_LINES]) | set(order[-_EDGE_LINES:])


def page_text(pages: list[Page]) -> tuple[str, tuple[int, ...]]:
    """The text of the pages, one paragraph a line, and the offset where each page's text
    begins (a paragraph that runs over a page break is one line; a page without body text
    begins where the next one does).

    >>> line = lambda t, x0, x1, top: Line(t, x0, x1, top, top + 12)
    >>> p1 = Page((line("一、主要成效", 50, 122, 100), line("  全县建成共享法庭12", 74, 500, 130),
    ...     line("个,调解纠纷300件。", 50, 500, 150), line("- 1 -", 250, 280, 800)), 595, 842)
    >>> p2 = Page((line("其中,诉前化解", 50, 500, 100), line("210件。", 50, 92, 120),
    ...     line("- 2 -", 250, 280, 800)), 595, 842)
    >>> text, starts = page_text([p1, p2])
    >>> print(text)
    一、主要成效
    全县建成共享法庭12个,调解纠纷300件。其中,诉前化解210件。
    >>> starts
    (0, 28)
    """
    dropped = furniture(pages)
    body = [
        [line for i, line in enumerate(page.lines) if (p, i) not in dropped and line.text.strip()]
        for p, page in enumerate(pages)
    ]
    every = [line for lines in body for line in lines]
    if not every:
        return "", ()
    left, right, char, leading = _measures(every)
    parts: list[str] = []
    starts: list[int | None] = [None] * len(body)
    length = 0
    previous: Line | None = None
    for p, lines in enumerate(body):
        for n, line in enumerate(lines):
            text = line.text.strip()
            if previous is not None:
                # a gap across a page break says nothing
                joint = _joint(previous, line, left, right, char, leading, n == 0)
                if joint == "\n" or (_LATIN_END.search(parts[-1]) and _LATIN_START.match(text)):
                    joint = joint or " "
                parts.append(joint)
                length += len(joint)
            if n == 0:
                starts[p] = length
            parts.append(text)
            length += len(text)
            previous = line
    for p in reversed(range(len(starts))):
        if starts[p] is None:
            starts[p] = starts[p + 1] if p + 1 < len(starts) else length
    return "".join(parts), tuple(starts)


def _measures(lines: list[Line]) -> tuple[float, float, float, float]:
    """The body's left and right edges, a character's width and the line spacing.

    A Chinese character is as wide as the type is high, so the median line height is the
    width. The edges are the furthest the lines reach: a line runs past the margin by a hanging
    mark at most, which the thresholds of `_joint` (two characters and more) absorb.
    """
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    char = statistics.median(line.bottom - line.top for line in lines) or 10.0
    steps = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False)]
    steps = [step for step in steps if 0 < step < 4 * char]
    leading = statistics.median(steps) if steps else 1.5 * char
    return left, right, char, leading


def _joint(
    previous: Line,
    line: Line,
    left: float,
    right: float,
    char: float,
    leading: float,
    new_page: bool,
) -> str:
    """ "\\n" where `line` begins a paragraph, "" where it goes on with `previous`."""
    if line.x0 > left + 0.8 * char:  # indented, or centred
        return "\n"
    # the line before stopped short: after a sentence's end, or by more than the next line's
    # first unbreakable run (a character with the marks that may not begin a line, and a number
    # or Latin word after it: 件、14 | 建“1+4+X” | 69.17%) would have needed
    short = right - previous.x1
    if short > 2 * char and previous.text.rstrip()[-1:] in _SENTENCE_END:
        return "\n"
    if short > 2 * char and short - char > _first_run_width(line.text.strip(), char):
        return "\n"
    if not new_page and line.top - previous.top > 1.6 * leading:
        return "\n"
    return ""


# a character, the marks that may not begin a line, then a number or a Latin word
_FIRST_RUN = re.compile(r"^.[、，。；：！？”’）》)\]]*[“‘]?[A-Za-z0-9.%+\-/×]*[”’]?")


def _first_run_width(text: str, char: float) -> float:
    """The printed width of a line's first unbreakable run: a Chinese character or mark one
    `char`, a Latin letter or digit half of one.

    >>> _first_run_width("件、14件涉企合同", 10), _first_run_width("全市", 10)
    (30.0, 10.0)
    """
    run = _FIRST_RUN.match(text)
    if not run:
        return 0.0
    return float(sum(char / 2 if ord(c) < 0x2000 else char for c in run.group()))
