"""The last component: the spans the others recorded, as ``doc.spans["fz"]`` (for displacy and
other spaCy tools). kg's own extraction reads the records and skips this step."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.base import SPANS_KEY, make_spans


@Language.factory("fz_spans", default_config={"key": SPANS_KEY})
def make_span_writer(nlp: Language, name: str, key: str):
    return SpanWriter(key)


class SpanWriter:
    def __init__(self, key: str):
        self.key = key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.key] = make_spans(doc)
        return doc
