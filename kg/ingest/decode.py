"""Bytes → str: UTF-8 (with or without BOM), UTF-16 (Notepad's "Unicode") or GB18030/GBK,
refusing binary files."""

from __future__ import annotations

import codecs
import re

from kg.model import InputError

MAX_BYTES = 8 * 1024 * 1024  # a report is 10–100 kB; far larger files are not one report
# characters of one report's text: a report is 10–50 k; a year's collection pasted into one file
# is still read (1.1 M characters: 55 s and 1.3 GB at peak on the development machine, both
# growing with the length), beyond this it is refused in one line
MAX_CHARS = 2_000_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP/Office file",
    b"\xd0\xcf\x11\xe0": "an old Office file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip file",
}


def decode(data: bytes) -> str:
    """Decode report bytes; raise InputError with a one-line reason when that is not possible."""
    if not data.strip():
        raise InputError("empty file")
    if len(data) > MAX_BYTES:
        raise InputError(
            f"file too large for one report ({len(data) // (1024 * 1024)} MB "
            f"> {MAX_BYTES // (1024 * 1024)} MB)"
        )
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"binary input ({what}), not a text or HTML report")
    utf16 = _utf16(data)
    if utf16 is not None:  # what Windows Notepad saves as "Unicode": NUL bytes, yet text
        data = utf16.encode("utf-8")
    if b"\x00" in data[:65536]:
        raise InputError("binary input (NUL bytes), not a text or HTML report")
    text = _decode_text(data)
    if len(text) > MAX_CHARS:
        raise InputError(
            f"text too long for one report ({len(text):,} characters > {MAX_CHARS:,}): "
            "split the collection into its reports"
        )
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(8, len(text[:65536]) // 100):
        raise InputError("binary input (control characters), not a text or HTML report")
    return _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


def _utf16(data: bytes) -> str | None:
    """The text of UTF-16 bytes (with its byte-order mark, or without one when every other byte
    of the start is NUL, as in ASCII-heavy text), else None.

    >>> _utf16("报告 2023".encode("utf-16")), _utf16("report".encode("utf-16-le"))
    ('报告 2023', 'report')
    >>> _utf16(b"plain") is None
    True
    """
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"cannot decode: a {codec.upper()} mark, then no UTF-16") from None
    head = data[:4096]
    if len(head) >= 4 and len(data) % 2 == 0:
        for codec, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
            if zeros.count(0) >= len(zeros) * 0.9:
                try:
                    return data.decode(codec)
                except UnicodeDecodeError:
                    return None
    return None


def _decode_text(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:  # GB18030 is a superset of GBK and GB2312, the usual encodings of saved portal text
        text = data.decode("gb18030")
        if _looks_chinese(text):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot decode: neither UTF-8 nor GB18030, and no other encoding fits")
    return str(best)


def _looks_chinese(text: str) -> bool:
    sample = text[:20000]
    han = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    return han >= max(1, len(sample.strip()) // 10)
