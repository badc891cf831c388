"""PDF bytes → the report's text, page by page: the text layer where a page has one, OCR where
it has none (kg.ingest.ocr), then kg.ingest.layout's furniture and paragraph rules.

pdfplumber (on pdfminer.six) reads the text layer. Compared on Chinese PDFs made for the tests
(ReportLab, the CJK font STSong-Light, a running header and a page-number footer): pdfminer.six,
pdfplumber and pypdf all decoded the CID font's text; pypdf was the fastest, but gives lines in
the order of the content stream (the footer of page 1 before its body) and no positions; only
pdfplumber gives each line's box, which the layout rules need (indents, short lines, the header
and footer bands). pdfplumber also ships pypdfium2, which renders a scanned page for OCR.
"""

from __future__ import annotations

import io

from kg.ingest.documents import DocumentText
from kg.ingest.layout import Line, Page, page_text
from kg.model import InputError

# a page whose text layer holds fewer characters than this is a scan (a seal or a stray page
# number drawn as text is not a text layer)
MIN_LAYER_CHARS = 20
# a report runs to 5–60 pages; a file far longer is a collection or a book (and would take minutes)
MAX_PAGES = 400


def read_pdf(data: bytes) -> DocumentText:
    """The text of a PDF; InputError names what is wrong with one that cannot be read
    (encrypted, damaged, no text and no OCR)."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise InputError(
                    f"PDF too long for one report ({len(pdf.pages)} pages > {MAX_PAGES}): "
                    "split the collection into its reports"
                )
            pages, scanned = [], []
            for index, page in enumerate(pdf.pages):
                read = _text_layer(page)
                if sum(len(line.text) for line in read.lines) < MIN_LAYER_CHARS:
                    scanned.append(index)
                pages.append(read)
            properties = _properties(pdf.metadata or {})
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 — pdfplumber wraps what pdfminer raises
        raise InputError(_problem(exc)) from None
    if not pages:
        raise InputError("damaged PDF (no pages)")
    extracted_by = "pdf"
    if scanned:
        from kg.ingest.ocr import ocr_pages

        recognised = ocr_pages(data, scanned)  # InputError when OCR is not installed
        for index, page in zip(scanned, recognised, strict=True):
            pages[index] = page
        extracted_by = "ocr"
    text, starts = page_text(pages)
    if not text.strip():
        raise InputError("PDF without text: neither a text layer nor text that OCR could read")
    return DocumentText(text, starts, extracted_by, properties)


def _text_layer(page) -> Page:
    lines = tuple(
        Line(found["text"], found["x0"], found["x1"], found["top"], found["bottom"])
        for found in page.extract_text_lines(strip=True, return_chars=False)
        if found["text"].strip()
    )
    return Page(lines, float(page.width), float(page.height))


def _problem(exc: Exception) -> str:
    """One line saying why a PDF could not be opened or read.

    >>> from pdfminer.pdfdocument import PDFPasswordIncorrect
    >>> _problem(PDFPasswordIncorrect())
    'encrypted PDF: it needs a password to open'
    >>> _problem(ValueError("Unexpected EOF"))
    'damaged or truncated PDF (ValueError: Unexpected EOF)'
    """
    from pdfminer.pdfdocument import PDFEncryptionError

    cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    if isinstance(cause, PDFEncryptionError):
        return "encrypted PDF: it needs a password to open"
    text = str(cause).strip().splitlines()[0] if str(cause).strip() else ""
    reason = f"{type(cause).__name__}: {text}" if text else type(cause).__name__
    return f"damaged or truncated PDF ({reason[:120]})"


def _properties(metadata: dict) -> dict[str, str]:
    """Title, author and creation date of a PDF's information dictionary, as text."""
    found = {}
    for key, name in (("Title", "title"), ("Author", "author"), ("CreationDate", "created")):
        value = metadata.get(key)
        if isinstance(value, bytes):
            value = value.decode("utf-16" if value[:2] in (b"\xfe\xff", b"\xff\xfe") else "latin-1")
        if isinstance(value, str) and value.strip():
            found[name] = value.strip()
    if "created" in found and found["created"].startswith("D:") and len(found["created"]) >= 10:
        raw = found["created"][2:10]
        found["created"] = f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"
    return found
