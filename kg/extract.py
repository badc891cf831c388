"""One report file → everything the graph needs (ingest → structure → nlp → resolve → link)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from kg.frames import read_frames
from kg.ingest import read_report
from kg.link import link
from kg.link.inferred import infer_carriers
from kg.link.status import set_statuses
from kg.model import Frame, Link, Mention, ReportText, Sentence
from kg.nlp.jurisdiction import jurisdiction_of, publisher_of_its_own_titles
from kg.nlp.pipeline import extract
from kg.resolve import Resolved, resolve
from kg.structure import segment


@dataclass
class ReportResult:
    report: ReportText
    sentences: list[Sentence]
    mentions: list[Mention]
    resolved: Resolved
    links: list[Link]
    frames: list[Frame]


def process_text(report: ReportText) -> ReportResult:
    publisher = publisher_of_its_own_titles(report)
    if publisher:  # 我局…印发《江门市交通运输局…》: the department names itself only so
        report = replace(report, meta=replace(report.meta, publisher=publisher))
    sentences = segment(report)
    jurisdiction = jurisdiction_of(report)
    mentions = extract(report, sentences, jurisdiction)
    frames, activities = read_frames(report.text, sentences, mentions)
    mentions = sorted([*mentions, *activities], key=lambda m: (m.start, -m.end, m.kind, m.label))
    resolved = resolve(report, mentions, jurisdiction)
    links = link(resolved, sentences, mentions, frames)
    links += infer_carriers(resolved, sentences, links)
    set_statuses(resolved, sentences, mentions)
    return ReportResult(report, sentences, mentions, resolved, links, frames)


def process_file(path: Path) -> ReportResult:
    return process_text(read_report(path))
