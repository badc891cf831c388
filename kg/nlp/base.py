"""What every component shares: the span extension, the per-doc context and how spans are added."""
from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from spacy.tokens import Doc, Span

from kg.nlp.text import book_title_spans, mask, quote_spans

if not Span.has_extension("fz"):
    Span.set_extension("fz", default=None)

SPANS_KEY = "fz"


def context(doc: Doc) -> dict:
    """Per-doc data the components share (jurisdiction, masks); computed once per doc."""
    ctx = doc.user_data.setdefault("fz_context", {})
    if "books" not in ctx:
        if "text" not in ctx:   # Doc.text joins every token: the pipeline passes the text in
            ctx["text"] = doc.text
        text = ctx["text"]
        ctx["books"] = book_title_spans(text)
        ctx["quotes"] = quote_spans(text)
        ctx["masked_books"] = mask(text, ctx["books"])
        ctx["masked"] = mask(ctx["masked_books"], ctx["quotes"])
    return ctx


class Found(NamedTuple):
    """A component's result in plain Python (read back by later components without spaCy objects)."""
    kind: str
    start: int
    end: int
    attrs: dict


def add_span(doc: Doc, start: int, end: int, kind: str, **attrs) -> Span | None:
    """Add a span of `kind` over characters [start, end) to doc.spans["fz"] (with its attributes
    in `span._.fz`), and the same as a `Found` record to the doc's context."""
    if len(doc) == len(context(doc)["text"]):   # one token per character: offsets are token indices
        span = Span(doc, start, end, label=kind)
    else:
        span = doc.char_span(start, end, label=kind, alignment_mode="expand")
        if span is None:
            return None
    span._.fz = dict(attrs, start=start, end=end)
    doc.spans.setdefault(SPANS_KEY, []).append(span)
    context(doc).setdefault("found", []).append(Found(kind, start, end, attrs))
    return span


def spans_of(doc: Doc, *kinds: str) -> list[Found]:
    """What earlier components found, of the given kinds."""
    return [f for f in context(doc).get("found", ()) if f.kind in kinds]


class SpanIndex:
    """Does one of many (start, end) spans cover a range? (bisect; the spans may nest)."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach = []   # the furthest end among spans starting at or before each position
        furthest = -1
        for _, e in self.spans:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end
