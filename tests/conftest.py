import shutil
from pathlib import Path

import pytest

from kg.extract import ReportResult, process_text
from kg.ingest.report import parse_report_text

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def extract_text(text: str, doc_id: str = "test") -> ReportResult:
    """Run the whole extraction on a report given as text."""
    return process_text(parse_report_text(text, source=f"{doc_id}.txt", doc_id=doc_id))


def extract_item(
    body: str,
    publisher: str = "樟溪县人民政府",
    doc_id: str = "zhangxi-2023",
) -> ReportResult:
    """Run the whole extraction on one part's text of a 2023 report of `publisher` (the title
    and the part heading written for it), as most rule tests need."""
    title = f"{publisher}关于2023年度法治政府建设情况的报告"
    return extract_text(f"{title}\n一、主要举措和成效\n{body}\n", doc_id=doc_id)


def labels(result: ReportResult, kind: str) -> set[str]:
    return {e.label for e in result.resolved.entities.values() if e.kind == kind}


def all_labels(result: ReportResult, kind: str) -> set[str]:
    out = set()
    for e in result.resolved.entities.values():
        if e.kind == kind:
            out |= {e.label, *e.aliases}
    return out


def links(result: ReportResult, predicate: str) -> set[tuple[str, str]]:
    ents = result.resolved.entities
    outcomes = {o.iri: f"{o.value}{o.unit}" for o in result.resolved.outcomes}

    def name(i):
        return ents[i].label if i in ents else outcomes.get(i, i)

    return {(name(lk.subject), name(lk.object)) for lk in result.links if lk.predicate == predicate}


@pytest.fixture(scope="session")
def bundled_build(tmp_path_factory) -> Path:
    """The bundled corpus built (with store and analyses) into a fresh folder."""
    from kg.build import build

    out = tmp_path_factory.mktemp("build") / "output"
    status = build([ROOT / "corpus"], out)
    assert status.ok and status.built
    return out


@pytest.fixture(scope="session")
def linhai() -> ReportResult:
    from kg.extract import process_file

    return process_file(ROOT / "corpus" / "linhai-2023.txt")


@pytest.fixture(scope="session")
def pingyin() -> ReportResult:
    from kg.extract import process_file

    return process_file(FIXTURES / "reports" / "pingyin-2022.txt")


@pytest.fixture(scope="session")
def xihu() -> ReportResult:
    from kg.extract import process_file

    return process_file(FIXTURES / "reports" / "xihu-sfj-2023.txt")


@pytest.fixture()
def corpus_copy(tmp_path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", target)
    return target
