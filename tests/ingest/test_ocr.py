import pytest

from kg.ingest import read_report
from kg.model import InputError
from tests.documents import make_scan, need, tesseract_ready

SCANNED = [
    "清源县司法局2023年法治政府建设工作报告",
    "一、主要成效",
    "全县建成共享法庭12个，调解矛盾纠纷300件，调解成功率98.5%。",
    "二、存在的不足",
    "基层法治力量仍然薄弱。",
]


def test_a_scanned_page_is_read_by_ocr_and_marked(tmp_path):
    need("Tesseract with chi_sim and fonts-noto-cjk", tesseract_ready())
    report = read_report(make_scan(tmp_path / "scan.pdf", SCANNED))
    assert report.extracted_by == "ocr"
    lines = report.text.split("\n")
    assert lines[0] == SCANNED[0]  # no spaces between the characters Tesseract read
    assert "共享法庭12个" in report.text and "98.5%" in report.text
    assert report.meta.title == SCANNED[0] and report.meta.covers_year == 2023
    assert "- 1 -" not in report.text  # the page number is furniture


def test_a_scan_without_ocr_is_one_clear_line(tmp_path, monkeypatch):
    pytesseract = pytest.importorskip("pytesseract")
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    path = tmp_path / "scan.pdf"
    from PIL import Image

    Image.new("L", (600, 800), 255).save(path, "PDF")
    with pytest.raises(InputError, match="tesseract-ocr-chi-sim"):
        read_report(path)
