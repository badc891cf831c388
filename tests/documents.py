"""Documents made for the tests: the same report text as a PDF with a text layer (ReportLab, its
built-in CJK font STSong-Light), as a scanned PDF (the text drawn into an image), as .docx
(python-docx) and as .doc (LibreOffice). Nothing is read from real portals."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

HEADER = "某县人民政府文件"

# A report of our own, in the genre: a title, numbered parts and sections, long paragraphs with
# full-width punctuation that run over lines and pages, and a signature.
REPORT = """清源县人民政府关于2023年度法治政府建设情况的报告
2023年，清源县人民政府坚持以习近平法治思想为指导，全面推进法治政府建设，现将有关情况报告如下：
一、主要举措和成效
（一）深化行政执法改革。县司法局牵头推行“综合查一次”联合执法，全年开展跨部门联合检查126次，减少重复检查340余次，涉企检查频次同比下降42%。县市场监督管理局、县应急管理局会同各乡镇推行包容审慎监管，对首次轻微违法行为不予处罚案件58件，发放行政指导书210份。
（二）加强矛盾纠纷化解。县人民法院在全县14个乡镇建成“共享法庭”，全年在线调解纠纷1860件，调解成功率96.8%。县司法局指导各村（社区）人民调解委员会排查矛盾纠纷2400余次，化解率达99.2%。
（三）提升法治宣传实效。县委宣传部、县司法局联合开展“八五”普法进乡村活动52场次，培育“法律明白人”860名，青石镇获评第九批全国民主法治示范村（社区）。
二、存在的不足和下一步打算
一是基层执法力量仍然薄弱；二是法治宣传的针对性有待提高。下一步，县人民政府将持续深化“综合查一次”改革，推动“共享法庭”向村（社区）延伸。
清源县人民政府
2024年1月18日"""

REQUIRED = os.environ.get("FZ_DOCUMENTS_REQUIRED") == "1"


def need(tool: str, ready: bool):
    """Skip a test whose tool is not installed, or fail it where CI requires the tools
    (FZ_DOCUMENTS_REQUIRED=1, set by .ci/run: a skip there would hide the untested path)."""
    if not ready:
        message = f"{tool} is not installed"
        if REQUIRED:
            pytest.fail(f"{message}, and FZ_DOCUMENTS_REQUIRED=1")
        pytest.skip(message)


def paragraphs_of(text: str) -> list[str]:
    """The non-empty lines of a report text, each one paragraph."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def make_pdf(
    path: Path,
    paragraphs: list[str],
    header: str = HEADER,
    font_size: float = 12,
    page_height: float | None = None,
    encrypt: str | None = None,
) -> Path:
    """A PDF with a running header and a page-number footer on every page; paragraphs wrap
    over lines and pages (a first-line indent of two characters, as the genre prints them)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    size = (A4[0], page_height or A4[1])
    style = ParagraphStyle(
        "body",
        fontName="STSong-Light",
        fontSize=font_size,
        leading=font_size * 1.6,
        firstLineIndent=font_size * 2,
        wordWrap="CJK",
    )

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(size[0] / 2, size[1] - 40, header)
        canvas.drawCentredString(size[0] / 2, 30, f"— {doc.page} —")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=size,
        topMargin=72,
        bottomMargin=72,
        encrypt=encrypt,
        title="",
        author="",
    )
    story = [Paragraph(p, style) for p in paragraphs]
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    """A .docx: numbered headings (一、 and (一)) in Heading styles, body paragraphs, an optional
    table after the second paragraph, a running header and a PAGE field in the footer."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    footer = section.footer.paragraphs[0]
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    footer._p.append(field)
    placed = table is None
    for n, paragraph in enumerate(paragraphs):
        if paragraph[:2] in {c + "、" for c in "一二三四五六七八九"}:
            document.add_heading(paragraph, level=1)
        elif paragraph.startswith("(") and paragraph[1:3].endswith(")"):
            document.add_heading(paragraph, level=2)
        else:
            document.add_paragraph(paragraph)
            if not placed and n >= 1:
                rows = document.add_table(rows=len(table), cols=len(table[0]))
                for r, row in enumerate(table):
                    for c, value in enumerate(row):
                        rows.cell(r, c).text = value
                placed = True
    document.core_properties.author = "Administrator"
    document.core_properties.title = "公文模板"
    document.save(str(path))
    return path


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def tesseract_ready() -> bool:
    from kg.ingest.ocr import missing

    return missing() is None and NOTO_CJK.exists()


def convert(source: Path, target_suffix: str, folder: Path) -> Path:
    """`source` converted by LibreOffice headless to `target_suffix` (doc, pdf) in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    profile = (folder / ".profile").resolve().as_uri()
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            target_suffix,
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return folder / f"{source.stem}.{target_suffix.split(':')[0]}"


NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def make_scan(path: Path, paragraphs: list[str], dpi: int = 200) -> Path:
    """A scanned report: each page an image of Chinese text (Debian's fonts-noto-cjk, drawn with
    a first-line indent and a page-number footer), saved as a PDF with no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    scale = dpi / 72
    width, height = int(595 * scale), int(842 * scale)
    size = int(14 * scale)
    font = ImageFont.truetype(str(NOTO_CJK), size, index=2)  # index 2: Simplified Chinese
    margin, per_line = int(72 * scale), (int(595 * scale) - 2 * int(72 * scale)) // size
    lines = []
    for paragraph in paragraphs:
        text = "\u3000\u3000" + paragraph
        lines.extend(text[i : i + per_line] for i in range(0, len(text), per_line))
    per_page = (height - 2 * margin) // int(size * 1.8)
    pages = []
    for start in range(0, len(lines), per_page):
        page = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(page)
        for n, line in enumerate(lines[start : start + per_page]):
            draw.text((margin, margin + n * int(size * 1.8)), line, font=font, fill=0)
        number = f"- {len(pages) + 1} -"
        draw.text((width // 2 - size, height - margin // 2), number, font=font, fill=0)
        pages.append(page)
    pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    return path
