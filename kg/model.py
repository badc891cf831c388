"""Plain data classes that carry results between the stages (ingest → … → rdf).

Each stage is testable with hand-made instances of these; none needs spaCy.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


class InputError(Exception):
    """A report that cannot be read; the message names the problem (the CLI adds the file)."""


@dataclass
class ReportMeta:
    title: str | None = None
    publisher: str | None = None  # publishing body, e.g. 临海市人民政府
    index_number: str | None = None  # 索引号
    written: str | None = None  # 成文日期, ISO date
    published: str | None = None  # 发布日期, ISO date
    signed: str | None = None  # date of the signature block, ISO date
    covers_year: int | None = None  # the year reported on

    @property
    def issued(self) -> str | None:
        return self.signed or self.written or self.published


@dataclass
class ReportText:
    """A decoded report: `text` is what offsets refer to; the body is text[body_start:body_end]."""

    source: str  # file name as given (for messages and provenance)
    doc_id: str  # stable id: file stem, e.g. linhai-2023
    text: str
    body_start: int
    body_end: int
    meta: ReportMeta
    sha256: str = ""
    # where each page's text begins (PDF; empty for text, pages and Word): a mention's fz:page
    page_starts: tuple[int, ...] = ()
    extracted_by: str = "text"  # text | html | pdf | ocr | docx | libreoffice

    def page_at(self, offset: int) -> int | None:
        """The 1-based page on which a text offset lies, None for a source without pages.

        >>> pdf = ReportText("a.pdf", "a", "x" * 90, 0, 90, ReportMeta(), page_starts=(0, 32, 80))
        >>> pdf.page_at(40), pdf.page_at(0)
        (2, 1)
        """
        if not self.page_starts:
            return None
        return max(1, bisect_right(self.page_starts, offset))


@dataclass(frozen=True)
class Heading:
    level: str  # "part" | "section" | "item"
    label: str  # 一 / (二) / 三是 / 1.
    title: str  # heading text without its number
    start: int


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # character offsets in ReportText.text
    end: int
    text: str
    headings: tuple[Heading, ...]  # part, section, item that contain it (outermost first)
    part_kind: str  # preamble | achievements | shortcomings | duties | plan | other

    @property
    def heading_path(self) -> str:
        return " / ".join(h.title for h in self.headings)

    def scope(self, level: str) -> Heading | None:
        for h in self.headings:
            if h.level == level:
                return h
        return None


@dataclass(frozen=True)
class Mention:
    """One extracted span: `kind` is the entity type (Place, Agency, Program, …)."""

    kind: str
    start: int
    end: int
    text: str  # surface form
    label: str  # cleaned name (quotes kept where part of the name)
    sentence: int
    attrs: tuple[tuple[str, object], ...] = ()

    def get(self, key: str, default=None):
        return dict(self.attrs).get(key, default)


@dataclass(frozen=True)
class Frame:
    """One clause read as a predicate: who acts, on what, with which figures, where.

    `predicate` is the offset where the predicate begins (-1: none found); `subject_rule` says
    how the subject was found (kg/frames/__init__.py lists the rules)."""

    sentence: int
    start: int
    end: int
    subjects: tuple[Mention, ...]
    subject_rule: str
    predicate: int
    objects: tuple[Mention, ...]  # programmes, activities, documents, recognitions
    figures: tuple[Mention, ...]
    places: tuple[Mention, ...]
    activity: Mention | None = None
    created: tuple[Mention, ...] = ()  # bodies the predicate creates (建立X中心): measures too


@dataclass
class Entity:
    iri: str
    kind: str  # Agency | Program | Place | PolicyDocument | Recognition | Person
    label: str  # skos:prefLabel (@zh)
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    extra_types: set[str] = field(default_factory=set)  # e.g. Township, County
    props: dict[str, object] = field(default_factory=dict)  # adminCode, within, jurisdiction …
    status: set[str] = field(default_factory=set)  # Implemented / Planned


@dataclass
class Outcome:
    iri: str
    value: str  # decimal as text, normalised (17000, 3.92)
    unit: str
    indicator: str
    approximate: bool
    year: int | None
    mention: Mention
    baseline_value: str | None = None
    baseline_year: int | None = None


@dataclass(frozen=True)
class Link:
    subject: str  # IRI
    predicate: str  # local name in fz:, e.g. carriedOutBy
    object: str  # IRI
    mention: Mention  # evidence (sentence and span)
    rule: str  # which rule produced it
