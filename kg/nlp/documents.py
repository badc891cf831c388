"""Policy documents: titles in 《》 (nested 〈〉 <> 《》 and “” kept inside), except media and
books."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.base import add_span, context
from kg.resources import lexicon


@Language.factory("fz_documents", default_config={"lexicon": "documents"})
def make_documents(nlp: Language, name: str, lexicon: str):
    return DocumentRecognizer(lexicon)


class DocumentRecognizer:
    def __init__(self, lexicon_name: str):
        self.lexicon_name = lexicon_name
        self.ready = False

    def initialize(self, get_examples=None, nlp=None):
        lex = lexicon(self.lexicon_name)
        self.media_before = re.compile(lex["media_before"])
        self.media_after = re.compile(lex["media_after"])
        self.document_types = frozenset(lex["document_types"])
        self.body_suffixes = tuple(lex["body_suffixes"])
        self.studied_after = re.compile(lex["studied_after"])
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        if not self.ready:
            self.initialize()
        text = context(doc)["text"]
        earlier: list[str] = []
        studied_end = -1  # where the last title studied ends: titles listed after it are too
        for start, end in context(doc)["books"]:
            title = clean_title(text[start + 1 : end - 1])
            if not title:
                continue
            if title.endswith(self.body_suffixes) and not title.startswith("关于"):
                # 成立了《某县复议咨询委员会》: a body printed in book marks, no document
                add_span(doc, start, end, "Agency", label=title, in_book_marks=True)
                continue
            title = antecedent(title, earlier, self.document_types)
            earlier.append(title)
            kind = "PolicyDocument"
            if self.media_before.search(text, max(0, start - 12), start) or self.media_after.match(
                text, end
            ):
                # a TV programme, column or book cited in 《》: not a policy document
                kind = "MediaWork"
            studied = self.studied_after.search(text, max(0, start - 6), start) is not None or (
                studied_end >= 0 and text[studied_end:start] in ("", "、", "和", "及")
            )
            studied_end = end if studied else -1
            # 学习《宪法》《民法典》: the titles studied are no measures the report's body issued
            extra = {"studied": True} if studied else {}
            add_span(doc, start, end, kind, title=title, **extra)
        return doc


def clean_title(raw: str) -> str:
    """Title text without line breaks or padding; nested brackets and quotes kept."""
    return re.sub(r"\s+", "", raw)


_TRAILING_BRACKETS = re.compile(r"[(（][^()（）]*[)）]$")


def antecedent(title: str, earlier: list[str], document_types: frozenset) -> str:
    """The title a short form stands for: a title that is only a kind of document (《办法》,
    《规则》) names the last earlier title ending so (a period in brackets aside); else itself.

    >>> antecedent("办法", ["某市行政执法公示办法", "某县规划"], frozenset({"办法", "规划"}))
    '某市行政执法公示办法'
    >>> antecedent("纲要", ["法治政府建设实施纲要(2021-2025年)"], frozenset({"纲要"}))
    '法治政府建设实施纲要(2021-2025年)'
    >>> antecedent("办法", [], frozenset({"办法"}))
    '办法'
    """
    if title not in document_types:
        return title
    for previous in reversed(earlier):
        stem = _TRAILING_BRACKETS.sub("", previous)
        if stem != title and stem.endswith(title):
            return previous
    return title
