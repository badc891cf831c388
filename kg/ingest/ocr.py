"""Scanned PDF pages → printed lines, by Tesseract's Simplified Chinese model (Debian:
tesseract-ocr-chi-sim) through pytesseract; pages are rendered by pypdfium2."""

from __future__ import annotations

import re

from kg.ingest.layout import Line, Page
from kg.model import InputError

DPI = 300
LANGUAGE = "chi_sim"
# Chinese characters and marks, full-width forms, and quotes and dashes
_WIDE = "\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
# Tesseract puts a space between every two words it reads, and a Chinese character is a word
_SPACE_IN_CHINESE = re.compile(rf"(?<=[{_WIDE}])\s+|\s+(?=[{_WIDE}])")
INSTALL = "install Tesseract with its Simplified Chinese model (Debian: tesseract-ocr-chi-sim)"


def missing() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    import pytesseract

    try:
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError):
        return f"a scanned PDF (pages without a text layer) and no OCR: {INSTALL}"
    if LANGUAGE not in languages:
        return f"a scanned PDF and Tesseract has no Chinese model: {INSTALL}"
    return None


def ocr_pages(data: bytes, indices: list[int]) -> list[Page]:
    """The lines that OCR reads on the pages `indices` of a PDF, in page units."""
    reason = missing()
    if reason:
        raise InputError(reason)
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        pages = []
        for index in indices:
            page = document[index]
            width, height = page.get_size()
            image = page.render(scale=DPI / 72).to_pil()
            pages.append(Page(tuple(read_lines(image, 72 / DPI)), width, height))
            page.close()
        return pages
    finally:
        document.close()


def read_lines(image, scale: float = 1.0) -> list[Line]:
    """The text lines Tesseract finds in an image, top to bottom, boxes multiplied by `scale`."""
    import pytesseract

    found = pytesseract.image_to_data(
        image, lang=LANGUAGE, config="--psm 3", output_type=pytesseract.Output.DICT
    )
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, word in enumerate(found["text"]):
        if word.strip() and float(found["conf"][i]) >= 0:
            key = (found["block_num"][i], found["par_num"][i], found["line_num"][i])
            lines.setdefault(key, []).append(i)
    result = []
    for words in lines.values():
        text = _SPACE_IN_CHINESE.sub("", " ".join(found["text"][i] for i in words))
        x0 = min(found["left"][i] for i in words)
        x1 = max(found["left"][i] + found["width"][i] for i in words)
        top = min(found["top"][i] for i in words)
        bottom = max(found["top"][i] + found["height"][i] for i in words)
        result.append(Line(text, x0 * scale, x1 * scale, top * scale, bottom * scale))
    return sorted(result, key=lambda line: (line.top, line.x0))
