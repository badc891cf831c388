"""The same report as .txt, .docx and PDF builds to the same facts; a folder of mixed downloads
builds in one run, one report for one text."""

import pytest

from kg.build import build
from kg.extract import process_file
from kg.ingest.documents import document_kind
from tests.conftest import ROOT
from tests.documents import HEADER, convert, make_docx, make_pdf, need, paragraphs_of, soffice

DEV = ROOT / "corpus" / "linhai-2023.txt"


def facts(result):
    """Entities, links and outcomes by their names: what a researcher reads, with the IRIs
    that hold offsets aside."""
    entities = result.resolved.entities
    outcomes = {o.iri: (o.indicator, o.value, o.unit) for o in result.resolved.outcomes}

    def name(iri):
        if iri in entities:
            return (entities[iri].kind, entities[iri].label)
        return outcomes.get(iri, iri)

    return (
        {(e.kind, e.label) for e in entities.values()},
        {(name(lk.subject), lk.predicate, name(lk.object)) for lk in result.links},
        set(outcomes.values()),
    )


@pytest.fixture(scope="module")
def dev_documents(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dev")
    docx = make_docx(folder / "linhai-2023.docx", paragraphs_of(DEV.read_text(encoding="utf-8")))
    return folder, docx


def test_the_development_report_as_docx_has_the_facts_of_the_text(dev_documents):
    _, docx = dev_documents
    expected = facts(process_file(DEV))
    assert facts(process_file(docx)) == expected
    assert len(expected[1]) > 50  # the comparison holds the report's links, not an empty set


def test_the_development_report_as_pdf_has_the_facts_of_the_text(dev_documents, tmp_path):
    """Printed to PDF by LibreOffice, as offices print reports: a running header, a page number
    in the footer, paragraphs broken over lines and pages."""
    need("LibreOffice", soffice() is not None)
    _, docx = dev_documents
    pdf = convert(docx, "pdf", tmp_path)
    assert document_kind(pdf, pdf.read_bytes()) == "pdf"
    result = process_file(pdf)
    assert result.report.extracted_by == "pdf" and len(result.report.page_starts) >= 4
    assert HEADER not in result.report.text
    assert facts(result) == facts(process_file(DEV))


def test_a_folder_of_mixed_downloads_builds_one_report_for_one_text(
    dev_documents, tmp_path, capsys
):
    folder, docx = dev_documents
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    (downloads / "linhai-2023.txt").write_bytes(DEV.read_bytes())
    (downloads / "linhai-2023.docx").write_bytes(docx.read_bytes())
    make_pdf(downloads / "locked.pdf", ["清源县司法局全年办理法律援助案件320件。"], encrypt="pw")
    (downloads / "photos.docx").write_bytes(b"PK\x03\x04" + bytes(64))
    status = build([downloads], tmp_path / "out", store=False, analyses=False)
    err = capsys.readouterr().err
    assert status.built == ["linhai-2023"], status.built  # the text's id, not linhai-2023-<digest>
    assert "linhai-2023.docx holds the same report text as" in err and "built once" in err
    failed = dict((name.rsplit("/", 1)[-1], why) for name, why in status.failed)
    assert failed["locked.pdf"].startswith("encrypted PDF")
    assert "Word document" in failed["photos.docx"]
    assert "Traceback" not in err
    graph = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert graph.count("fz:extractedBy") == 1 and 'fz:extractedBy "text"' in graph


def test_a_document_whose_text_is_too_long_is_one_clear_line(dev_documents, monkeypatch):
    from kg.ingest import decode, read_report
    from kg.model import InputError

    _, docx = dev_documents
    monkeypatch.setattr(decode, "MAX_CHARS", 1000)
    with pytest.raises(InputError, match="^text too long for one report"):
        read_report(docx)
