import zipfile

import pytest

from kg.ingest import read_report
from kg.ingest import word as word_module
from kg.model import InputError
from tests.documents import REPORT, convert, make_docx, need, paragraphs_of, soffice

TABLE = [["指标", "2022年", "2023年"], ["调解纠纷（件）", "1520", "1860"]]


@pytest.fixture(scope="module")
def docx_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("word") / "清源县2023.docx"
    return make_docx(path, paragraphs_of(REPORT), table=TABLE)


def test_paragraphs_headings_and_table_rows_in_order(docx_file):
    report = read_report(docx_file)
    lines = report.text.split("\n")
    assert report.extracted_by == "docx"
    assert lines[0] == "清源县人民政府关于2023年度法治政府建设情况的报告"
    part = lines.index("一、主要举措和成效")
    assert lines[part + 1].startswith("（一）深化行政执法改革。")
    # the table stands after the first body paragraph, a row a line, its cells apart
    row = lines.index("指标\u30002022年\u30002023年")
    assert lines[row - 1].startswith("2023年，清源县人民政府坚持")
    assert lines[row + 1] == "调解纠纷（件）\u30001520\u30001860"


def test_placeholders_of_the_office_program_are_never_metadata(docx_file):
    meta = read_report(docx_file).meta  # the file says Administrator and 公文模板
    assert meta.title == "清源县人民政府关于2023年度法治政府建设情况的报告"
    assert meta.publisher == "清源县人民政府"


def test_a_title_styled_paragraph_names_an_untitled_report(tmp_path):
    from docx import Document

    document = Document()
    document.add_heading("清源县司法局2023年法治政府建设工作总结", level=0)
    document.add_paragraph("全年办理法律援助案件320件，挽回经济损失560万元。")
    document.core_properties.title = "标题"
    document.core_properties.author = "微软用户"
    path = tmp_path / "untitled.docx"
    document.save(str(path))
    meta = read_report(path).meta
    assert meta.title == "清源县司法局2023年法治政府建设工作总结"
    assert meta.publisher == "清源县司法局"


def test_a_docx_that_is_a_zip_of_something_else_is_one_clear_line(tmp_path):
    path = tmp_path / "report.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photos/1.txt", "not a document")
    with pytest.raises(InputError, match="^not a Word document"):
        read_report(path)


def test_without_libreoffice_a_doc_is_one_line_saying_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(word_module, "soffice", lambda: None)
    path = tmp_path / "report.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(InputError, match="libreoffice-writer"):
        read_report(path)


def test_doc_and_wps_read_through_libreoffice_as_the_docx(docx_file, tmp_path):
    need("LibreOffice", soffice() is not None)
    doc = convert(docx_file, "doc", tmp_path)
    wps = doc.with_suffix(".wps")
    wps.write_bytes(doc.read_bytes())
    expected = read_report(docx_file)
    for path in (doc, wps):
        report = read_report(path)
        assert report.extracted_by == "libreoffice"
        assert report.text == expected.text
        assert report.meta.title == expected.meta.title


def test_a_file_libreoffice_cannot_read_is_one_clear_line(tmp_path):
    need("LibreOffice", soffice() is not None)
    path = tmp_path / "broken.wps"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048))
    with pytest.raises(InputError) as error:
        read_report(path)
    assert "\n" not in str(error.value)
