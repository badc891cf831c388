"""Saved portal pages: the article body (and title/metadata lines) as plain text.

The body is the content container of a known government CMS where there is one; on any other
page it is what readability-lxml (the Readability algorithm: text and link density of blocks)
finds as the article, so navigation, link lists of related articles, footers and scripts are
never read as the report. Compared on saved pages of four layouts written for the tests (a
known container, an unfamiliar one beside link lists, a table layout, an <article>):
readability kept the body and dropped the link lists and footers on all of them; trafilatura
kept the footer lines of the three without a <footer> tag; reading the whole page (what kg did
without a known container) took in every link list.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from readability import Document

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
    if body is not None:
        body_lines = _lines(body)
    else:
        body_lines = _article_lines(markup) or page_lines
    head = [title] if title and not _names_title(body_lines, title) else []
    return "\n".join(head + [m for m in meta_lines if m not in body_lines] + body_lines) + "\n"


def _article_lines(markup: str) -> list[str]:
    """The article of a page without a known container (readability-lxml), or [] when it
    finds none of some length."""
    try:
        summary = Document(markup).summary(html_partial=True)
    except Exception:  # noqa: BLE001 — the library raises its own errors on odd markup
        return []
    soup = BeautifulSoup(summary, "lxml")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    lines = _lines(soup)
    return lines if sum(map(len, lines)) > 200 else []


def _names_title(lines: list[str], title: str) -> bool:
    """The body already gives the title in its first lines (as a line, or inside one)."""
    bare = re.sub(r"\s+", "", title)
    return any(bare in re.sub(r"\s+", "", line) for line in lines[:10])


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
