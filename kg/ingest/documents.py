"""Which reader a file needs, told by its content (a PDF saved as .txt is still a PDF), and what
every document reader gives back."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# suffixes of documents that LibreOffice converts (it tells .doc from .wps by their content)
LIBREOFFICE_SUFFIXES = (".doc", ".wps", ".rtf", ".odt", ".wpt", ".dot")
DOCUMENT_SUFFIXES = (".pdf", ".docx", *LIBREOFFICE_SUFFIXES)


@dataclass
class DocumentText:
    """What a document reader gives: the text, where each page begins in it (PDF), how it was
    extracted (pdf, ocr, docx, libreoffice), and the document's own properties (title, author,
    created), as found."""

    text: str
    page_starts: tuple[int, ...] = ()
    extracted_by: str = "text"
    properties: dict[str, str] = field(default_factory=dict)


def document_kind(path: Path, data: bytes) -> str | None:
    """ "pdf", "docx" or "libreoffice" for a document, None for text and HTML.

    >>> document_kind(Path("a.txt"), b"%PDF-1.4")
    'pdf'
    >>> document_kind(Path("a.wps"), b"\\xd0\\xcf\\x11\\xe0")
    'libreoffice'
    >>> document_kind(Path("a.docx"), b"PK\\x03\\x04")
    'docx'
    >>> document_kind(Path("a.txt"), "报告".encode()) is None
    True
    """
    suffix = path.suffix.lower()
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if data.startswith(b"PK\x03\x04") and suffix in (".docx", ".docm", ".dotx"):
        return "docx"
    if data.startswith(b"\xd0\xcf\x11\xe0") or suffix in LIBREOFFICE_SUFFIXES:
        return "libreoffice"
    if data.startswith(b"PK\x03\x04") and b"word/document.xml" in data[:65536]:
        return "docx"
    return None


def read_document(kind: str, path: Path, data: bytes) -> DocumentText:
    """The text of a document of `kind` (document_kind); InputError says why there is none."""
    if kind == "pdf":
        from kg.ingest.pdf import read_pdf

        return read_pdf(data)
    from kg.ingest.word import read_docx, read_with_libreoffice

    if kind == "docx":
        return read_docx(data)
    return read_with_libreoffice(path)
