import re

import pytest

from kg.extract import process_text
from kg.ingest import read_report
from kg.model import InputError
from tests.documents import HEADER, REPORT, make_pdf, paragraphs_of


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def small_pages(tmp_path_factory):
    """The report on half-height pages: paragraphs break over lines and pages."""
    path = tmp_path_factory.mktemp("pdf") / "清源县2023.pdf"
    return make_pdf(path, paragraphs_of(REPORT), page_height=300)


def test_text_layer_in_reading_order_without_furniture(small_pages):
    report = read_report(small_pages)
    assert report.extracted_by == "pdf"
    assert len(report.page_starts) >= 3
    assert HEADER not in report.text
    assert not re.search(r"—\s*\d+\s*—", report.text)
    # every character of the report, in order, and full-width punctuation as printed
    assert _squeeze(report.text) == _squeeze(REPORT)
    assert "，" in report.text and "：" in report.text


def test_paragraphs_are_rejoined_across_line_and_page_breaks(small_pages):
    report = read_report(small_pages)
    assert report.text.split("\n") == paragraphs_of(REPORT)


def test_metadata_comes_from_the_text(small_pages):
    meta = read_report(small_pages).meta
    assert meta.title == "清源县人民政府关于2023年度法治政府建设情况的报告"
    assert meta.publisher == "清源县人民政府"
    assert meta.signed == "2024-01-18" and meta.covers_year == 2023


def test_each_mention_knows_its_page(small_pages):
    """Pages as a second reader (PDFium) sees them: the last mention lies on a later page than
    the first, on the page whose text holds it."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(small_pages))
    printed = [page.get_textpage().get_text_range() for page in document]
    document.close()
    report = read_report(small_pages)
    result = process_text(report)
    last = max(result.mentions, key=lambda m: m.start)
    assert last.text in _squeeze(printed[report.page_at(last.start) - 1])
    assert report.page_at(last.start) > 1
    assert report.page_at(0) == 1 and len(report.page_starts) == len(printed)


def test_a_page_in_the_graph(small_pages):
    from kg.rdf.build import report_quads

    report = read_report(small_pages)
    quads = report_quads(process_text(report))
    pages = [q for q in quads if "/ontology#page>" in q]
    assert pages and all("XMLSchema#positiveInteger" in q for q in pages)
    assert any('"pdf"' in q and "extractedBy" in q for q in quads)


def test_an_encrypted_pdf_is_one_clear_line(tmp_path):
    path = make_pdf(tmp_path / "locked.pdf", paragraphs_of(REPORT), encrypt="secret")
    with pytest.raises(InputError, match="^encrypted PDF"):
        read_report(path)


def test_a_truncated_pdf_is_one_clear_line(tmp_path, small_pages):
    data = small_pages.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="^damaged or truncated PDF") as error:
        read_report(path)
    assert "\n" not in str(error.value)


def test_document_properties_fill_only_what_the_text_lacks(tmp_path):
    # a PDF whose text names no title or publisher
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "untitled.pdf"
    page = canvas.Canvas(str(path))
    page.setTitle("清源县司法局2022年法治政府建设年度报告")
    page.setAuthor("Administrator")
    page.setFont("STSong-Light", 12)
    page.drawString(72, 700, "全年办理法律援助案件320件，挽回经济损失560万元。")
    page.save()
    meta = read_report(path).meta
    assert meta.title == "清源县司法局2022年法治政府建设年度报告"
    assert meta.publisher is None  # Administrator is no body
    assert meta.covers_year == 2022


def test_a_pdf_of_too_many_pages_is_one_clear_line(small_pages, monkeypatch):
    from kg.ingest import pdf

    monkeypatch.setattr(pdf, "MAX_PAGES", 2)
    with pytest.raises(InputError, match="^PDF too long for one report"):
        read_report(small_pages)
