"""What every component shares: the span extension, the per-doc context and how spans are added."""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from spacy.tokens import Doc, Span

from kg.nlp.text import book_title_spans, mask, plan_ordinal, quote_spans

if not Span.has_extension("fz"):
    Span.set_extension("fz", default=None)

SPANS_KEY = "fz"


def context(doc: Doc) -> dict:
    """Per-doc data the components share (jurisdiction, masks); computed once per doc."""
    ctx = doc.user_data.setdefault("fz_context", {})
    if "books" not in ctx:
        if "text" not in ctx:  # Doc.text joins every token: the pipeline passes the text in
            ctx["text"] = doc.text
        text = ctx["text"]
        ctx["books"] = book_title_spans(text)
        ctx["quotes"] = quote_spans(text)
        ctx["masked_books"] = mask(text, ctx["books"])
        # a plan's ordinal (“八五”) is a numeral, no slogan: a body's name may hold it
        # (县“八五”普法讲师团), so it stays readable to the name rules
        slogans = [q for q in ctx["quotes"] if not plan_ordinal(text[q[0] : q[1]])]
        ctx["masked"] = mask(ctx["masked_books"], slogans)
    return ctx


class Found(NamedTuple):
    """A component's result in plain Python (read back by later components without spaCy
    objects)."""

    kind: str
    start: int
    end: int
    attrs: dict


def add_span(doc: Doc, start: int, end: int, kind: str, **attrs) -> None:
    """Record a span of `kind` over characters [start, end) with its attributes, as a `Found` in
    the doc's context (what later components and kg read). The `fz_spans` component turns the
    records into ``doc.spans["fz"]`` at the end of the pipeline, for spaCy users."""
    context(doc).setdefault("found", []).append(Found(kind, start, end, attrs))


def make_spans(doc: Doc) -> list[Span]:
    """The recorded spans as spaCy spans (labels = kinds, attributes in ``span._.fz``)."""
    one_per_char = len(doc) == len(context(doc)["text"])  # then offsets are token indices
    spans = []
    for found in context(doc).get("found", ()):
        if one_per_char:
            span = Span(doc, found.start, found.end, label=found.kind)
        else:
            span = doc.char_span(found.start, found.end, label=found.kind, alignment_mode="expand")
            if span is None:
                continue
        span._.fz = dict(found.attrs, start=found.start, end=found.end)
        spans.append(span)
    return spans


def drop_inside(
    doc: Doc, kind: str, spans: list[tuple[int, int]], replaced: frozenset = frozenset()
) -> None:
    """Forget the records of `kind` that lie inside one of `spans` without being it: a name
    never starts or ends inside another name (数字化改革 in 浙江省数字化改革最佳应用); and those
    that are one of `replaced` (the span is read as another kind of name)."""
    index, same = SpanIndex(spans), set(spans) - replaced
    ctx = context(doc)
    ctx["found"] = [
        f
        for f in ctx.get("found", ())
        if f.kind != kind or (f.start, f.end) in same or not index.covers(f.start, f.end)
    ]


def spans_of(doc: Doc, *kinds: str) -> list[Found]:
    """What earlier components found, of the given kinds."""
    return [f for f in context(doc).get("found", ()) if f.kind in kinds]


class SpanIndex:
    """Does one of many (start, end) spans cover a range? (bisect; the spans may nest)."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach = []  # the furthest end among spans starting at or before each position
        furthest = -1
        for _, e in self.spans:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end
