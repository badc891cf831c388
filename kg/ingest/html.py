"""Saved portal pages: the article body (and title/metadata lines) as plain text."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

# Content containers of common government CMSs (TRS, 大汉, 我为, 开普云 …), most specific first.
_BODY_SELECTORS = (
    "#zoom",
    ".TRS_Editor",
    "#UCAP-CONTENT",
    ".view.TRS_UEDITOR",
    "#Zoom",
    ".article-content",
    ".art_con",
    ".bt_content",
    ".zw",
    "#content",
    ".content",
    "article",
)
_META_LINE = re.compile(r"(索引号|成文日期|发布日期|发文日期|发布机构|发布单位|来源)\s*[:：]")
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "nav",
    "header",
    "footer",
    "form",
    "button",
)
_BLOCK_TAGS = (
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "table",
    "td",
)


def looks_like_html(text: str) -> bool:
    head = text[:4096].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


def html_to_text(markup: str) -> str:
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    title = _title(soup)
    page_lines = _lines(soup.body or soup)
    meta_lines = [line for line in page_lines if _META_LINE.search(line) and len(line) < 200]
    body = None
    for selector in _BODY_SELECTORS:
        found = soup.select_one(selector)
        if found is not None and len(found.get_text(strip=True)) > 200:
            body = found
            break
    body_lines = _lines(body) if body is not None else page_lines
    head = [title] if title and title not in body_lines[:3] else []
    return "\n".join(head + [m for m in meta_lines if m not in body_lines] + body_lines) + "\n"


def _title(soup) -> str | None:
    for name in ("ArticleTitle", "title", "og:title"):
        meta = soup.find("meta", attrs={"name": name}) or soup.find(
            "meta", attrs={"property": name}
        )
        if meta and meta.get("content", "").strip():
            return meta["content"].strip()
    if soup.title and soup.title.string:
        return re.split(r"[_|-]\s*\S*(政府|网|门户)", soup.title.string.strip())[0].strip()
    return None


def _lines(node) -> list[str]:
    for tag in node.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = node.get_text("")
    return [
        re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in text.split("\n") if line.strip()
    ]
