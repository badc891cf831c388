"""The spaCy pipeline: blank Chinese with a one-token-per-character tokenizer and our components.

The stock ``zh`` char segmenter measured 0.28 M chars/s here; building the Doc from the
characters directly gives the same tokens at ~2.5 M chars/s.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import spacy
from spacy.tokens import Doc
from spacy.util import registry

from kg.model import Mention, ReportText, Sentence
from kg.nlp import agencies, documents, persons, places, programmes, quantities, recognitions  # noqa: F401  (factories)
from kg.nlp.base import SPANS_KEY
from kg.nlp.gazetteer import load_gazetteer

COMPONENTS = ("fz_documents", "fz_places", "fz_quantities", "fz_agencies", "fz_programmes",
              "fz_recognitions", "fz_persons")


class CharTokenizer:
    """One token per character (what the zh "char" segmenter yields), built in one call."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return Doc(self.vocab, words=list(text), spaces=[False] * len(text))

    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, data, **kwargs):
        return self

    def to_disk(self, path, **kwargs):
        pass

    def from_disk(self, path, **kwargs):
        return self


@registry.tokenizers("fz.CharTokenizer.v1")
def create_char_tokenizer():
    return lambda nlp: CharTokenizer(nlp.vocab)


@lru_cache(maxsize=1)
def make_nlp():
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "fz.CharTokenizer.v1"}}})
    for name in COMPONENTS:
        nlp.add_pipe(name)
    nlp.initialize()
    return nlp


def jurisdiction_of(report: ReportText) -> str | None:
    """The report's own area (a division code) from its publisher, else its title."""
    gaz = load_gazetteer()
    from kg.nlp.places import admin_places, build_automaton_cached
    import re
    for name in (report.meta.publisher, report.meta.title):
        if not name:
            continue
        found = [div for _, _, div in admin_places(name, build_automaton_cached(), gaz, None, re.compile("$^"))]
        if found:
            return max(found, key=lambda d: len(d.code)).code
    return None


def extract(report: ReportText, sentences: list[Sentence]) -> list[Mention]:
    """Run the pipeline on the report body and return its mentions in text order."""
    nlp = make_nlp()
    offset = report.body_start
    body = report.text[offset: report.body_end]
    doc = nlp.make_doc(body)
    doc.user_data["fz_context"] = {"jurisdiction": jurisdiction_of(report), "covers_year": report.meta.covers_year,
                                   "publisher": report.meta.publisher}
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    starts = [s.start for s in sentences]
    mentions = []
    for span in doc.spans.get(SPANS_KEY, []):
        attrs = dict(span._.fz or {})
        start, end = attrs.pop("start") + offset, attrs.pop("end") + offset
        index = max(0, bisect_right(starts, start) - 1)
        label = attrs.pop("label", None) or report.text[start:end]
        mentions.append(Mention(span.label_, start, end, report.text[start:end], label, index,
                                tuple(sorted(attrs.items()))))
    mentions.sort(key=lambda m: (m.start, -m.end, m.kind, m.label))
    return mentions
