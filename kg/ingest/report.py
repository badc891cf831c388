"""Decoded text → ReportText: portal chrome stripped, metadata and signature read."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

from kg.ingest import decode as decode_module
from kg.ingest.decode import decode
from kg.ingest.documents import DocumentText, document_kind, read_document
from kg.ingest.html import html_to_text, looks_like_html
from kg.model import InputError, ReportMeta, ReportText
from kg.numerals import chinese_to_int
from kg.resources import lexicon

_DATE = re.compile(
    r"((?:19|20)\d{2}|[二〇○零一三四五六七八九]{4})\s*[年\-/.]\s*([0-9一二三四五六七八九十]{1,3})\s*[月\-/.]\s*([0-9一二三四五六七八九十]{1,3})\s*日?"
)
_NOT_IN_A_NAME = re.compile(r"[，,。；;：:、！!？?\s]")
_ISSUER_SUFFIX = re.compile(
    r"(人民政府|政府|办公室|办事处|委员会|党工委|局|厅|院|部|委|中心|司法所|管委会)$"
)


# a scanned report of many pages is large; far larger files are not one report
MAX_DOCUMENT_BYTES = 100 * 1024 * 1024


def read_report(path: Path) -> ReportText:
    """Read one report file (text, a saved page, PDF, Word or WPS). Raises InputError for
    unreadable input."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    kind = document_kind(path, data) if data.strip() else None
    if kind is not None:
        if len(data) > MAX_DOCUMENT_BYTES:
            raise InputError(
                f"file too large for one report ({len(data) // (1024 * 1024)} MB "
                f"> {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB)"
            )
        document = read_document(kind, path, data)
        if len(document.text) > decode_module.MAX_CHARS:
            raise InputError(
                f"text too long for one report ({len(document.text):,} characters > "
                f"{decode_module.MAX_CHARS:,}): split the collection into its reports"
            )
        report = parse_report_text(document.text, source=str(path), doc_id=path.stem)
        _take_properties(report.meta, document)
        report.page_starts = document.page_starts
        report.extracted_by = document.extracted_by
    else:
        text = decode(data)
        html = path.suffix.lower() in (".html", ".htm", ".shtml", ".xhtml") or looks_like_html(text)
        if html:
            text = html_to_text(text)
        report = parse_report_text(text, source=str(path), doc_id=path.stem)
        report.extracted_by = "html" if html else "text"
    report.sha256 = hashlib.sha256(data).hexdigest()
    return report


def _take_properties(meta: ReportMeta, document: DocumentText) -> None:
    """A document's own properties where its text names no title, publisher or date; never a
    placeholder an office program or a template writes (Administrator, 微软用户, 标题)."""
    placeholders = {p.casefold() for p in lexicon("chrome")["placeholder_properties"]}

    def real(value: str | None) -> str | None:
        if not value or value.strip().casefold() in placeholders:
            return None
        # a PDF printed from Word is titled with the file's name: "Microsoft Word - 报告.docx"
        if value.lower().startswith("microsoft word") or value.lower().endswith(_FILE_SUFFIXES):
            return None
        return value.strip()

    props = document.properties
    title = real(props.get("heading_title")) or real(props.get("title"))
    if meta.title is None and title and not _is_sentence(title):
        meta.title = title
    author = real(props.get("author"))
    if meta.publisher is None and author and _ISSUER_SUFFIX.search(author):
        if not _NOT_IN_A_NAME.search(author):
            meta.publisher = author
    if meta.issued is None and props.get("created"):
        meta.written = _iso_date(props["created"])
    if meta.covers_year is None and meta.issued:
        meta.covers_year = _covers_year(meta, "")


_FILE_SUFFIXES = (".doc", ".docx", ".wps", ".pdf", ".txt")


def parse_report_text(text: str, source: str = "<text>", doc_id: str = "report") -> ReportText:
    """Find the body, title, metadata and signature block of a decoded report."""
    lex = lexicon("chrome")
    chrome = [re.compile(p) for p in lex["chrome_lines"]]
    fields = {
        k: re.compile(
            rf"{v}\s*[:：]\s*(\S[^\n]*?)\s*(?=$|\s{{2,}}|\s(?:公开方式|发布|成文|来源)[:：])"
        )
        for k, v in lex["metadata_fields"].items()
    }
    title_re = re.compile(lex["title_pattern"])
    meta = ReportMeta()
    lines = _lines_with_offsets(text)
    body: list[tuple[int, int, str]] = []
    publisher_field = None
    for start, _end, line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        matched_field = False
        for key, rx in fields.items():
            m = rx.search(stripped)
            if m:
                matched_field = True
                value = m.group(m.lastindex).strip()
                if key == "index_number":
                    meta.index_number = value.split()[0]
                elif key in ("written", "published"):
                    setattr(meta, key, _iso_date(value))
                else:
                    publisher_field = value
        if matched_field or any(rx.search(stripped) for rx in chrome):
            continue
        if (
            meta.title is None
            and len(stripped) < 80
            and title_re.search(stripped)
            and not _is_sentence(stripped)
        ):
            if _only_navigation(body):  # short lines before it are the portal's (简体|繁体)
                meta.title = stripped
                continue
        lead = len(line) - len(line.lstrip())
        body.append((start + lead, start + lead + len(stripped), stripped))
    if not body:
        raise InputError("no report text found (only page chrome or metadata)")
    # Signature block at the end: issuing body, then its date (either order tolerated).
    tail = body[-3:]
    signature_lines = []
    for start, end, line in reversed(tail):
        if (
            len(line) <= 30
            and _DATE.fullmatch(line.replace(" ", ""))
            or (len(line) <= 30 and _DATE.fullmatch(line))
        ):
            meta.signed = _iso_date(line)
            signature_lines.append((start, end, line))
        elif (
            len(line) <= 40
            and _ISSUER_SUFFIX.search(line)
            and not re.search(r"[,，。；;:：]", line)
        ):
            meta.publisher = meta.publisher or line
            signature_lines.append((start, end, line))
        else:
            break
    if signature_lines:
        body = body[: len(body) - len(signature_lines)]
    if not body:
        raise InputError("no report text found (only a signature)")
    if meta.title is None:
        first = body[0][2]
        meta.title = first if len(first) < 80 and not _is_sentence(first) else None
    if meta.title and meta.publisher is None:
        # 临海市人民政府关于2023年… / 杭州市西湖区司法局2023年…: the body the title starts with
        m = re.match(r"(.{2,30}?)(?:关于|(?:19|20)\d{2}\s*年)", _after_headline_label(meta.title))
        name = m.group(1).strip() if m else ""
        # a body's name holds no punctuation (根据…要求,现将我局2022年度…: a sentence, no title)
        if _ISSUER_SUFFIX.search(name) and not _NOT_IN_A_NAME.search(name):
            meta.publisher = name
    if meta.publisher is None and publisher_field and publisher_field not in lex["not_publishers"]:
        if _ISSUER_SUFFIX.search(publisher_field):
            meta.publisher = publisher_field
    meta.covers_year = _covers_year(meta, text[body[0][0] : body[-1][1]])
    return ReportText(
        source=source,
        doc_id=doc_id,
        text=text,
        body_start=body[0][0],
        body_end=body[-1][1],
        meta=meta,
    )


_NAVIGATION_LINES = 4


def _is_sentence(line: str) -> bool:
    """A line of the text, not a title: it holds a clause break or announces what follows
    (根据…要求,现将我局…报告如下: / 现将我局2022年度…报告如下:).

    >>> _is_sentence("现将我局2022年度法治政府建设工作报告如下:"), _is_sentence("某县2022年度报告")
    (True, False)
    """
    return bool(re.search(r"[，,。；;]", line)) or line.endswith(("：", ":"))


# 聚焦两会丨博白县人民法院2023年工作报告…: a news page's column label, then the headline proper
_HEADLINE_LABEL = re.compile(r"^[^丨｜|]{1,12}[丨｜|]\s*")


def _after_headline_label(title: str) -> str:
    """The title without a column label that a separator closes (聚焦两会丨, 图解｜).

    >>> _after_headline_label("聚焦两会丨博白县人民法院2023年工作报告获一致通过")
    '博白县人民法院2023年工作报告获一致通过'
    >>> _after_headline_label("临海市人民政府2023年法治政府建设年度报告")
    '临海市人民政府2023年法治政府建设年度报告'
    """
    return _HEADLINE_LABEL.sub("", title, count=1)


def _only_navigation(lines) -> bool:
    """Lines before a title that are none of the report's text: a few short lines without a
    sentence end."""
    return len(lines) <= _NAVIGATION_LINES and all(
        len(line) <= 30 and not re.search(r"[。；;！？]", line) for _, _, line in lines
    )


def _lines_with_offsets(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def _iso_date(value: str) -> str | None:
    m = _DATE.search(value)
    if not m:
        return None
    parts = []
    for group in m.groups():
        number = int(group) if group.isdigit() else chinese_to_int(group.replace("○", "〇"))
        if number is None:
            return None
        parts.append(number)
    year, month, day = parts
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _covers_year(meta: ReportMeta, body: str) -> int | None:
    if meta.title:
        m = re.search(r"((?:19|20)\d{2})\s*年", meta.title)
        if m:
            return int(m.group(1))
    issued = meta.issued
    if issued:
        return int(issued[:4]) - 1 if int(issued[5:7]) <= 6 else int(issued[:4])
    years = re.findall(r"((?:19|20)\d{2})年", body[:3000])
    # the most named year, and of years named as often the first: a set's order would pick one
    # by the process's string hashes, and the same report would cover another year in another run
    return int(Counter(years).most_common(1)[0][0]) if years else None
