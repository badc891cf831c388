"""What the link rules share: cue patterns, evidence spans, clause windows, scope tests."""

from __future__ import annotations

import re
from functools import lru_cache

from kg import iri
from kg.gazetteer import load_gazetteer
from kg.model import Mention, Sentence
from kg.nlp.text import clause_break_re
from kg.resources import lexicon


@lru_cache(maxsize=1)
def link_cues() -> dict:
    lex = lexicon("links")
    return {k: re.compile(v) if isinstance(v, str) and k != "_about" else v for k, v in lex.items()}


def evidence(sentence: Sentence, *ms: Mention) -> Mention:
    start = min(m.start for m in ms)
    end = max(m.end for m in ms)
    return Mention("Evidence", start, end, sentence.text, sentence.text, sentence.index)


def programmes_of(ms):
    return [m for m in ms if m.kind == "Program"]


def local(res, place_iri):
    """Places inside the report's own county (or sites scoped to it): where its programmes run."""
    entity = res.entities.get(place_iri)
    if entity is None or not res.jurisdiction:
        return entity is not None
    county = res.jurisdiction[:6]
    code = entity.props.get("code") or entity.props.get("within_code") or ""
    return code.startswith(county)


def identified(res, body_iri):
    """A carrier must be one identifiable body (市税务局, the publisher a department's report
    calls 我局, its own organ 局党组, or a team named in quotes), not a kind of body
    (乡村检务站)."""
    entity = res.entities.get(body_iri)
    return entity is not None and (
        body_iri == res.publisher
        or any(
            m.get("prefix") or m.get("place_code") or m.get("own_organ") or m.get("quoted_name")
            for m in entity.mentions
        )
    )


def at(res, start, end, kind):
    offset = res.report.body_start
    return res.iri_of.get((start + offset, end + offset, kind))


def clause_end(text, pos, limit):
    m = re.search(r"[，,。；;]", text[pos:limit])
    return pos + m.start() if m else limit


def place_lists(ms, text, joined):
    """Runs of places written as a list (A、B和C), in order; a single place is a run of one.
    `joined(text, pos, endpos)` says whether the text between two places joins them."""
    runs = []
    for place in sorted((m for m in ms if m.kind == "Place"), key=lambda m: m.start):
        if runs and joined(text, runs[-1][-1].end, place.start):
            runs[-1].append(place)
        else:
            runs.append([place])
    return runs


def opens_clause(text, sentence_start, pos):
    """Nothing but a clause break (or the sentence start) right before `pos`."""
    return pos == sentence_start or bool(clause_break_re().match(text, pos - 1))


def county_iri(res):
    county = load_gazetteer().county_of(res.jurisdiction) if res.jurisdiction else None
    return iri.place(county.admin_code) if county else None


_GOVERNMENT_SUFFIXES = ("人民政府", "政府", "办事处", "管理委员会", "管委会")
_SELF_REFERENCE = re.compile("[我本](?:局|委|厅|院|所|办|署)")


def departments_own_report(res) -> bool:
    """The report is a department's own (a 生态环境局's, a court's): its publisher is no
    government, or, without a publisher, its opening calls itself 我局/本院/我委."""
    publisher = res.entities.get(res.publisher) if res.publisher else None
    if publisher is not None:
        return not publisher.label.endswith(_GOVERNMENT_SUFFIXES)
    report = res.report
    opening = report.text[report.body_start : min(report.body_end, report.body_start + 600)]
    return _SELF_REFERENCE.search(opening) is not None


def innermost_heading(sentence):
    """The item (1., 一是) a sentence stands in, else its section ((一)): the heading whose title
    is the topic of the sentences under it."""
    return sentence.scope("item") or sentence.scope("section")
