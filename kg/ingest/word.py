"""Word documents → the report's text: .docx by python-docx (paragraphs and tables in the order
of the body, a table row as one line of its cells), .doc and .wps (WPS Office) converted to .docx
by LibreOffice headless where it is installed."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from kg.ingest.documents import DocumentText
from kg.model import InputError

# a conversion that takes longer is a hung office process, not a long report
CONVERT_SECONDS = 180
# between a row's cells: a space wide enough not to join two cells' words into one
CELL_SEPARATOR = "\u3000"
_HEADING_STYLES = ("heading", "title", "标题")


def read_docx(data: bytes) -> DocumentText:
    """The text of a .docx: one paragraph a line, headings as lines of their own, each table
    row one line; InputError for a file that is no Word document."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"not a Word document (.docx): {_reason(exc)}") from None
    except Exception as exc:  # noqa: BLE001 — lxml and zip errors of a damaged package
        raise InputError(f"damaged Word document ({type(exc).__name__})") from None
    lines, title = [], None
    for block in _blocks(document):
        if isinstance(block, list):  # a table: its rows
            lines.extend(block)
            continue
        text, style = block
        if text:
            lines.append(text)
            if title is None and style.startswith(("title", "标题")) and len(text) < 80:
                title = text
    properties = _properties(document.core_properties)
    if title:
        properties.setdefault("heading_title", title)
    return DocumentText("\n".join(lines), (), "docx", properties)


def _blocks(document):
    """Paragraphs as (text, lower-case style name) and tables as lists of row lines, in the
    order of the document's body."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            style = paragraph.style.name.lower() if paragraph.style is not None else ""
            yield paragraph.text.strip(), style
        elif tag == "tbl":
            yield [line for line in (_row_text(row) for row in Table(child, document).rows) if line]


def _row_text(row) -> str:
    cells, seen = [], set()
    for cell in row.cells:  # a merged cell is listed once for each grid column it spans
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
        if text:
            cells.append(text)
    return CELL_SEPARATOR.join(cells)


def _properties(core) -> dict[str, str]:
    found = {}
    for name, value in (
        ("title", core.title),
        ("author", core.author),
        ("created", core.created.date().isoformat() if core.created else None),
    ):
        if value and str(value).strip():
            found[name] = str(value).strip()
    return found


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:120]


def soffice() -> str | None:
    """LibreOffice's command, or None where it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_with_libreoffice(path: Path) -> DocumentText:
    """The text of a .doc, .wps, .rtf or .odt, converted to .docx by LibreOffice headless."""
    command = soffice()
    if command is None:
        raise InputError(
            f"a {path.suffix.lower() or 'Word'} document needs LibreOffice to be read: install it "
            "(Debian: libreoffice-writer), or save the report as .docx, .txt or .html"
        )
    with tempfile.TemporaryDirectory(prefix="kg-soffice-") as work:
        work = Path(work)
        source = work / ("input" + path.suffix.lower())
        shutil.copyfile(path, source)
        # a profile of its own: two conversions at once (kg build --jobs) would share one and fail
        profile = (work / "profile").as_uri()
        try:
            subprocess.run(
                [
                    command,
                    f"-env:UserInstallation={profile}",
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    "docx:MS Word 2007 XML",
                    "--outdir",
                    str(work / "out"),
                    str(source),
                ],
                capture_output=True,
                timeout=CONVERT_SECONDS,
                check=False,
                env=dict(os.environ, HOME=str(work)),
            )
        except subprocess.TimeoutExpired:
            raise InputError(f"LibreOffice did not convert it within {CONVERT_SECONDS} s") from None
        converted = work / "out" / "input.docx"
        if not converted.is_file():
            raise InputError("LibreOffice could not read it (not a Word or WPS document?)")
        found = read_docx(converted.read_bytes())
    found.extracted_by = "libreoffice"
    return found
