"""Programmes (fz:Program): reforms, mechanisms, systems, campaigns, brands and projects.

Two rules: a name ending in a head noun (综合行政执法改革, “141”体系) with its left edge
found by verbs and function words; and a quoted name that the context marks as one
(a head inside it, a launching verb before it, a list closed by 等+head, repetition, or
being what an award went to). Leading places and bodies are cut off and kept as attrs
(鹿城社区共享法庭 → 共享法庭 in 鹿城社区; 市税务局“税立方”… → carried by 市税务局).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.base import SpanIndex, add_span, context, spans_of
from kg.nlp.text import MASK_CHAR, clause_start, strip_scope, trim_left
from kg.resources import lexicon


@Language.factory(
    "fz_programmes", default_config={"lexicon": "programmes", "max_name": 30, "min_repeats": 2}
)
def make_programmes(nlp: Language, name: str, lexicon: str, max_name: int, min_repeats: int):
    return ProgrammeRecognizer(lexicon, max_name, min_repeats)


@dataclass(frozen=True)
class ProgrammeRules:
    head_re: re.Pattern
    after_quote_head_re: re.Pattern
    quoted_heads: tuple
    launch_before: re.Pattern
    list_after: re.Pattern
    award_after: re.Pattern
    award_boundary: re.Pattern
    generic: tuple
    right_rejects: re.Pattern
    quote_rejects: re.Pattern
    work_re: re.Pattern
    slogan_max_part: int
    max_name: int
    min_repeats: int

    @classmethod
    def from_lexicon(
        cls, lex: dict, common: dict, max_name: int, min_repeats: int
    ) -> "ProgrammeRules":
        def alternation(words):
            return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))

        return cls(
            head_re=re.compile(alternation(lex["heads"])),
            after_quote_head_re=re.compile(
                rf"[^，,。；;：:、“”]{{0,12}}?(?:{alternation(lex['after_quote_heads'])})"
            ),
            quoted_heads=tuple(lex["quoted_heads"]),
            launch_before=re.compile(rf"(?:{alternation(lex['launch_verbs'])})[^，,。；;]{{0,8}}$"),
            list_after=re.compile(lex["list_heads_after_deng"]),
            award_after=re.compile(lex["award_verbs_after"]),
            award_boundary=re.compile(alternation(common["award_verbs"])),
            generic=tuple(sorted(lex["generic_modifiers"], key=len, reverse=True)),
            right_rejects=re.compile(lex["right_rejects"]),
            quote_rejects=re.compile(lex["quote_rejects"]),
            work_re=re.compile(
                rf"(?:{alternation(lex['work_head_verbs'])})([^，,。；;、]{{4,30}}?){lex['work_head']}(?![人组室])"
            ),
            slogan_max_part=lex["slogan_max_part"],
            max_name=max_name,
            min_repeats=min_repeats,
        )


class ProgrammeRecognizer:
    def __init__(self, lexicon_name: str, max_name: int, min_repeats: int):
        self.lexicon_name = lexicon_name
        self.max_name = max_name
        self.min_repeats = min_repeats
        self.rules = None

    def initialize(self, get_examples=None, nlp=None):
        self.rules = ProgrammeRules.from_lexicon(
            lexicon(self.lexicon_name), lexicon("common"), self.max_name, self.min_repeats
        )

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            self.initialize()
        ctx = context(doc)
        leaders = Leaders((f.start, f.end, f.kind) for f in spans_of(doc, "Place", "Agency"))
        for cand in find_programmes(context(doc)["text"], ctx, leaders, self.rules):
            add_span(
                doc,
                cand["start"],
                cand["end"],
                "Program",
                **{k: v for k, v in cand.items() if k not in ("start", "end")},
            )
        return doc


class Leaders(list):
    """Places and bodies (start, end, kind) that may lead a name, looked up by start."""

    def __init__(self, items=()):
        super().__init__(items)
        self.at: dict[int, list] = {}
        for item in self:
            self.at.setdefault(item[0], []).append(item)

    def first_at(self, start: int, before: int):
        return next((item for item in self.at.get(start, ()) if item[1] < before), None)


def find_programmes(text: str, ctx: dict, leaders: list, rules: ProgrammeRules) -> list[dict]:
    if not isinstance(leaders, Leaders):
        leaders = Leaders(leaders)
    masked = ctx["masked"]
    named = list(_headed_names(text, masked, leaders, rules))
    work = _work_names(text, masked, rules, named)
    named = [
        c for c in named if not any(w["start"] <= c["start"] and c["end"] <= w["end"] for w in work)
    ] + work
    named = _drop_nested(named)
    spans = [(c["start"], c["end"]) for c in named]
    named += _quoted_names(text, ctx, spans, leaders, rules)
    return sorted(named, key=lambda c: (c["start"], c["end"]))


_ENUMERATION = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.、．])"
)


def _headed_names(text, masked, leaders, rules):
    for m in rules.head_re.finditer(masked):
        if rules.right_rejects.match(text, m.end()):
            continue
        lo = clause_start(masked, m.start(), limit=rules.max_name)
        enumeration = _ENUMERATION.match(masked, lo)
        lo = enumeration.end() if enumeration else lo
        start = trim_left(masked, lo, m.start(), keep=0)
        if m.start() - start < 2:
            continue  # 和队伍 / 等机制: nothing names it
        boundary = masked[lo:start]
        if rules.award_boundary.search(boundary) and not _continues(text, m.end()):
            continue  # 被纳入…后备项目: the name of an award, not a programme
        start = _after_complete_list_item(masked, start, m.start(), rules)
        cand = _finish(text, masked, start, m.end(), leaders, rules, rule="head")
        if cand is not None:
            yield cand


def _work_names(text, masked, rules, named):
    spans = [(c["start"], c["end"]) for c in named]
    found = []
    for m in rules.work_re.finditer(masked):
        start, end = m.start(1), m.end()
        overlapping = [(s, e) for s, e in spans if s < end and start < e]
        if rules.right_rejects.match(text, end) or any(
            not (start <= s and e <= end) for s, e in overlapping
        ):
            continue
        cand = _finish(text, masked, start, end, [], rules, rule="work")
        if cand is not None:
            found.append(cand)
    return found


def _finish(text, masked, start, end, leaders, rules, rule):
    """Cut scope words, years, leading places and bodies; reject generic names."""
    places, carriers = [], []
    while True:
        skip = strip_scope(text[start:end])
        if skip:
            start += skip
            continue
        lead = leaders.first_at(start, end) if leaders else None
        if lead is None:
            break
        (places if lead[2] == "Place" else carriers).append((lead[0], lead[1]))
        start = lead[1]
        while start < end and text[start] in "、和及与":
            start += 1
    name = text[start:end]
    if not _has_content(name, rules) or MASK_CHAR in masked[start : start + 1]:
        return None
    if "\ufffc" in masked[start:end] and not re.search('[“”「」"]', name):
        return None
    return dict(start=start, end=end, rule=rule, places=tuple(places), carriers=tuple(carriers))


def _has_content(name: str, rules) -> bool:
    core = re.sub(r"[“”「」『』\"\s]", "", name)
    head = rules.head_re.search(core)
    if head is None and not core:
        return False
    rest = core[: head.start()] if head and head.end() == len(core) else core
    changed = True
    while changed and rest:
        changed = False
        for word in rules.generic:
            if rest.endswith(word):
                rest, changed = rest[: -len(word)], True
            elif rest.startswith(word):
                rest, changed = rest[len(word) :], True
    if "“" in name and len(core) >= 3:
        return True
    # 执法改革 / 审批制度: a two-character field plus a generic head names an area of work, not a
    # reform
    generic_head = head is not None and head.group(0) in (
        "改革",
        "制度",
        "机制",
        "体系",
        "模式",
        "工作",
        "活动",
        "项目",
    )
    return len(rest) >= (3 if generic_head else 2)


def _continues(text, end):
    return (
        end < len(text)
        and text[end] not in "，,。；;、"
        and not text.startswith(("称号", "荣誉"), end)
    )


def _after_complete_list_item(masked, start, head_start, rules):
    """In A制度、B机制 the second name starts after the 、 when A is itself a complete name."""
    pos = masked.rfind("、", start, head_start)
    while pos > start:
        before = masked[start:pos]
        if rules.head_re.search(before) and rules.head_re.search(before).end() == len(before):
            return pos + 1
        pos = masked.rfind("、", start, pos)
    return start


def _drop_nested(cands):
    """Drop a candidate inside a longer one, and repeats of the same span (first kept, order kept).
    One sweep over the spans sorted by (start, longest first): a span is inside another when an
    earlier one reaches at least as far."""
    inside, reach = set(), -1
    for span in sorted({(c["start"], c["end"]) for c in cands}, key=lambda se: (se[0], -se[1])):
        if reach >= span[1]:
            inside.add(span)
        reach = max(reach, span[1])
    kept, seen = [], set()
    for c in cands:
        span = (c["start"], c["end"])
        if span in inside or span in seen:
            continue
        seen.add(span)
        kept.append(c)
    return kept


def _quoted_names(text, ctx, taken, leaders, rules):
    books, named = SpanIndex(ctx["books"]), SpanIndex(taken)
    quotes = [
        q for q in ctx["quotes"] if not books.covers(q[0], q[1]) and not named.covers(q[0], q[1])
    ]
    inner = {q: text[q[0] + 1 : q[1] - 1].strip() for q in quotes}
    counts = Counter(inner.values())
    quote_end = {s: e for s, e in quotes}
    found = []
    for q in quotes:
        t = inner[q]
        if not (2 <= len(t) <= 25) or rules.quote_rejects.match(t) or re.search(r"[。！？]", t):
            continue
        after = _after_adjacent_quotes(text, q[1], quote_end)
        before = text[max(0, q[0] - 12) : q[0]]
        if re.search(
            r"(获评|评为|荣获|获得|命名为?|授予|入选)[^，,。；;]{0,12}$", before
        ) and not rules.after_quote_head_re.match(text, q[1]):
            continue  # an award's name
        reason, end = None, q[1]
        headed = rules.after_quote_head_re.match(text, q[1])
        if headed and rules.award_after.match(text, headed.end()):
            reason, end = "awarded", headed.end()  # “一码通”应用荣获…: the quote and its head
        elif t.endswith(rules.quoted_heads):
            reason = "quoted-head"
        elif rules.launch_before.search(before):
            reason = "launch-verb"
        elif rules.list_after.match(text, after):
            reason = "listed"
        elif rules.award_after.match(text, q[1]):
            reason = "awarded"
        elif counts[t] >= rules.min_repeats:
            reason = "repeated"
        # parallel phrases are a slogan, unless a launch verb and a head make them a programme
        # (推行“双随机、一公开”监管, but 坚持“就近受理、就近化解”)
        if reason is None or (
            _is_slogan(t, rules)
            and reason != "quoted-head"
            and not (reason == "launch-verb" and headed)
        ):
            continue
        cand = _extend_left(text, ctx["masked"], q, leaders, rules) or dict(
            start=q[0], end=q[1], places=(), carriers=()
        )
        cand["end"] = end
        cand["rule"] = f"quote:{reason}"
        found.append(cand)
    return found


def _extend_left(text, masked, quote, leaders, rules):
    """行政执法协调监督“品牌工作室”: the words before a quoted name belong to it (up to a verb)."""
    lo = clause_start(masked, quote[0], limit=rules.max_name)
    start = trim_left(masked, lo, quote[0], keep=0)
    if start >= quote[0] or not re.fullmatch(r"[\u4e00-\u9fff、()（）]+", text[start : quote[0]]):
        return None
    cand = _finish(text, masked, start, quote[1], leaders, rules, rule="quote")
    if cand is None or cand["start"] > quote[0] or "、" in text[cand["start"] : quote[0]]:
        return None  # 、 only between leading places (杜桥镇、桃渚镇…)
    return cand


def _after_adjacent_quotes(text, end, starts):
    """Skip “B”“C” that directly follow a quote: “A”“B”等专项行动 lists A and B."""
    while end in starts:
        end = starts[end]
    return end


def _is_slogan(t: str, rules) -> bool:
    """就近受理、就近化解 / 降存量、控增量、防变量: parallel short phrases, not a name."""
    parts = [p for p in re.split(r"[、，,；;]", t) if p]
    return len(parts) >= 2 and all(len(p) <= rules.slogan_max_part for p in parts)
