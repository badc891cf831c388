"""Programmes (fz:Program): reforms, mechanisms, systems, campaigns, brands and projects.

Two rules: a name ending in a head noun (综合行政执法改革, “141”体系) with its left edge
found by verbs and function words; and a quoted name that the context marks as one
(a head inside it, a launching verb before it, a list closed by 等+head, repetition, or
being what an award went to). Leading places and bodies are cut off and kept as attrs
(鹿城社区共享法庭 → 共享法庭 in 鹿城社区; 市税务局“税立方”… → carried by 市税务局).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.alternation import longest_word_pattern
from kg.nlp.awards import (
    COUNTED_CLASS,
    attained_designation_re,
    award_after_re,
    award_before_re,
    award_clause_openings,
    award_re,
    strong_award_re,
)
from kg.nlp.base import SpanIndex, add_span, context, spans_of
from kg.nlp.text import (
    MASK_CHAR,
    before_count_lead_in,
    clause_break_re,
    clause_start,
    ends_inside_word,
    plan_ordinal,
    strip_predicate,
    strip_scope,
    summing_word_re,
    trim_left,
)
from kg.numerals import CHINESE_NUMERAL_CHARS
from kg.pos import (
    COMMON_WORD,
    begins_no_word,
    co_subject_joiner_re,
    dictionary,
    is_verb,
    joining_preposition_re,
    opens_with_adverb,
    opens_with_degree_adverb,
    regarding_verbs,
    skip_adverbs,
)
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
    attain_before: re.Pattern  # 实现(了) right before a quote
    launch_first: re.Pattern
    verb_re: re.Pattern  # the launch and activity verbs, anywhere
    head_at_end: re.Pattern  # a head (or an after-quote head) closing a phrase
    ends_in_head: re.Pattern  # a head of the lexicon closing a phrase
    launch_after: re.Pattern
    list_after: re.Pattern
    list_of_fields: re.Pattern
    rate_after: re.Pattern
    award_after: re.Pattern
    award_boundary: re.Pattern
    generic: tuple
    right_rejects: re.Pattern
    quote_rejects: re.Pattern
    work_re: re.Pattern
    work_totality: tuple
    slogan_max_part: int
    activity_verb_re: re.Pattern
    activity_rejects: re.Pattern
    national_meeting: re.Pattern  # 中央全面依法治国工作会议: the centre's, no programme here
    max_name: int
    min_repeats: int
    recipient_heads: tuple = ()  # 案例, 做法 …: the work honoured, the subject of 获评

    @classmethod
    def from_lexicon(
        cls, lex: dict, common: dict, max_name: int, min_repeats: int
    ) -> "ProgrammeRules":
        alternation = longest_word_pattern

        return cls(
            head_re=re.compile(alternation(lex["heads"])),
            after_quote_head_re=re.compile(
                rf"[^，,。；;：:、“”]{{0,12}}?"
                rf"(?:{alternation(lex['heads'] + lex['after_quote_extra_heads'])})"
            ),
            quoted_heads=tuple(lex["quoted_heads"]),
            launch_before=re.compile(rf"(?:{alternation(lex['launch_verbs'])})[^，,。；;]{{0,8}}$"),
            attain_before=re.compile(rf"(?:{alternation(lex['attain_verbs'])})了?$"),
            # launch verbs, after a verb of holding (组织开展, 建立健全): the clause's predicate
            launch_first=re.compile(
                rf"(?:{alternation(lex['activity_verbs'])})?(?:{alternation(lex['launch_verbs'])})+"
            ),
            verb_re=re.compile(alternation(lex["launch_verbs"] + lex["activity_verbs"])),
            head_at_end=re.compile(
                rf"(?:{alternation(lex['heads'] + lex['after_quote_extra_heads'])})$"
            ),
            ends_in_head=re.compile(rf"(?:{alternation(lex['heads'])})$"),
            launch_after=re.compile(rf"(?:{alternation(lex['launched_after_verbs'])})"),
            list_after=re.compile(lex["list_heads_after_deng"]),
            list_of_fields=re.compile(rf"等[^，,。；;、“”]{{0,4}}?{lex['field_nouns']}"),
            rate_after=re.compile(lex["rate_after"]),
            award_after=award_after_re(),
            award_boundary=strong_award_re(),  # 纳入X体系 is no award
            generic=tuple(sorted(lex["generic_modifiers"], key=len, reverse=True)),
            right_rejects=re.compile(lex["right_rejects"]),
            quote_rejects=re.compile(lex["quote_rejects"]),
            work_re=re.compile(
                rf"(?:{alternation(lex['work_head_verbs'])})([^，,。；;、\n]{{4,30}}?){lex['work_head']}(?![人组室])"
            ),
            work_totality=tuple(lex["work_totality"]),
            slogan_max_part=lex["slogan_max_part"],
            activity_verb_re=re.compile(alternation(lex["activity_verbs"])),
            activity_rejects=re.compile(lex["activity_rejects"]),
            national_meeting=re.compile(lex["national_meeting"]),
            max_name=max_name,
            min_repeats=min_repeats,
            recipient_heads=tuple(lex["recipient_heads"]),
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
        quantities = [(f.start, f.end) for f in spans_of(doc, "Outcome")]
        for cand in find_programmes(context(doc)["text"], ctx, leaders, self.rules, quantities):
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

    def of_kind_at(self, start: int, kind: str, before: float = float("inf")):
        """The first item of `kind` that starts at `start` and ends before `before`, or None."""
        return next(
            (item for item in self.at.get(start, ()) if item[2] == kind and item[1] < before),
            None,
        )


def find_programmes(
    text: str, ctx: dict, leaders: list, rules: ProgrammeRules, quantities=()
) -> list[dict]:
    if not isinstance(leaders, Leaders):
        leaders = Leaders(leaders)
    masked = ctx["masked"]
    named = list(_headed_names(text, masked, leaders, rules))
    work = _work_names(text, masked, rules, named, leaders)
    named = [
        c for c in named if not any(w["start"] <= c["start"] and c["end"] <= w["end"] for w in work)
    ] + work
    named = _drop_nested(named)
    spans = [(c["start"], c["end"]) for c in named]
    named = _drop_nested(named + _quoted_names(text, ctx, spans, leaders, rules))
    spans = [(c["start"], c["end"]) for c in named] + list(ctx["books"])
    purposes = list(_purposes_named_before(text, masked, ctx["books"], spans, leaders, rules))
    named += purposes
    spans += [(c["start"], c["end"]) for c in purposes]
    recipients = list(_recipient_names(text, masked, spans, leaders, rules))
    named += recipients
    spans += [(c["start"], c["end"]) for c in recipients]
    named += _counted_activities(text, masked, quantities, spans, leaders, rules)
    spans = [(c["start"], c["end"]) for c in named] + list(ctx["books"])
    named += _counted_items(text, masked, quantities, spans, leaders, rules)
    bodies = _Spans((start, end) for start, end, kind in leaders if kind == "Agency")
    body_ends = {end for _, end in bodies.spans}
    named = [c for c in (_past_a_bodys_own_item(text, c, body_ends) for c in named) if c]
    named = [c for c in (_past_a_listed_body(text, c, bodies) for c in named) if c]
    named = [c for c in named if not _inside_a_bodys_name(text, c, bodies)]
    named = [c for c in (_past_its_count(text, c) for c in named) if c]
    return sorted(named, key=lambda c: (c["start"], c["end"]))


_LEADING_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)(?:期|次|场|场次|轮|批|届)")
# 申报的|54个|示范项目: a count in digits of the things named is a figure, never part of a name
# (names count in Chinese numerals: 三项制度, 两个确立)
_LEADING_FIGURE = re.compile(r"\d+[余多]?(?:个|项|家|件|条|所|类|批)")


def _recipient_names(text, masked, taken, leaders, rules):
    """法律援助告知承诺案例|获评全国优秀: the noun phrase that opens the clause of a verb of
    receiving an award (获评, 入选, 被评为 …), after its time words, ending in a head of the work
    honoured (案例, 做法, 经验, 项目 …), names the programme that won it, though no head of the
    programme lexicon ends it.

    >>> from kg.resources import lexicon
    >>> rules = ProgrammeRules.from_lexicon(lexicon("programmes"), lexicon("common"), 40, 2)
    >>> text = "2023年,法律援助告知承诺案例获评全国优秀。"
    >>> [text[c["start"] : c["end"]] for c in _recipient_names(text, text, [], [], rules)]
    ['法律援助告知承诺案例']
    >>> text = "全力打造矛盾调处案例获评全省优秀。"  # the verb before the name is no part of it
    >>> [text[c["start"] : c["end"]] for c in _recipient_names(text, text, [], [], rules)]
    ['矛盾调处案例']
    >>> text = "长三角生态绿色一体化发展示范区跨域矛盾纠纷联合调解典型案例获评全省优秀。"
    >>> list(_recipient_names(text, text, [], [], rules))  # no break in reach: start unknown
    []
    """
    for start, end in award_clause_openings(masked, _RECIPIENT_REACH):
        while (adverb := _BEFORE_AWARD.search(masked, start, end)) is not None:
            end = adverb.start()  # 成功|入选, 被|评为: the verb's own words
        start = trim_left(masked, start, end)  # 全力打造|…案例: the verb before the name
        phrase = masked[start:end]
        if not (4 <= len(phrase) <= _RECIPIENT_REACH) or not phrase.endswith(rules.recipient_heads):
            continue
        if not _HAN_NAME.fullmatch(phrase) or any(s < end and start < e for s, e in taken):
            continue
        if _names_nothing(phrase, rules.recipient_heads):
            continue  # (…改革，)经验做法入选…: the work named before, no name of its own
        cand = _finish(text, masked, start, end, leaders, rules, rule="award-recipient")
        if cand is not None:
            yield cand


def _names_nothing(phrase: str, heads: tuple) -> bool:
    """The phrase is only heads and the words that point back or grade (经验做法, 该案例, 典型
    做法): no name of the work, which the text named before.

    >>> heads = ("案例", "做法", "经验")
    >>> _names_nothing("经验做法", heads), _names_nothing("该典型案例", heads)
    (True, True)
    >>> _names_nothing("法律援助告知承诺案例", heads)
    False
    """
    rest = _POINTING.sub("", phrase)
    while rest.endswith(heads):
        rest = rest[: -len(next(h for h in heads if rest.endswith(h)))]
        rest = _GRADING.sub("", rest)
    return len(rest) < 2


_POINTING = re.compile("^(?:该|此|这|这一|上述|相关|有关|其|各项|一批|多个|多项)")
_GRADING = re.compile("(?:典型|先进|优秀|创新|特色|好|的)+$")
_RECIPIENT_REACH = 24
_BEFORE_AWARD = re.compile("(?:成功|先后|分别|均|也|还|并|已|被)+$")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff“”]+")


_TITLE_PURPOSE = re.compile(
    r"关于(?:进一步|全面|深入)?(?:加强|推进|推动|建立|健全|完善|深化|开展|加快)"
    r"(?P<name>[^《》“”的]{4,24}?)(?:建设|工作)?的"
)


def _purposes_named_before(text, masked, books, taken, leaders, rules):
    """加强X阵地建设，制定印发《关于加强X阵地建设的工作方案》: what a title says the document
    is for (关于加强X建设的…), printed again before the title in its sentence or the one before
    (an item's title), names a programme (which the document founds), though no head word
    marks it. The title may lead the name with its place (《关于加强岚川县X建设的…》)."""
    for start, end in books:
        purpose = _TITLE_PURPOSE.match(text, start + 1, end)
        if purpose is None:
            continue
        lo = _sentence_start(text, _sentence_start(text, start) - 1)
        for name in _without_its_place(purpose.group("name")):
            pos = text.rfind(name, lo, start)
            if pos >= 0:
                break
        if pos < 0 or any(s < pos + len(name) and pos < e for s, e in taken):
            continue
        cand = _finish(text, masked, pos, pos + len(name), leaders, rules, rule="title-purpose")
        if cand is not None:
            yield cand


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(mark, 0, max(pos, 0)) for mark in "。；;\n") + 1


def _without_its_place(name: str) -> list[str]:
    """The name, then the name past a place that leads it (岚川县|法治文化阵地), at least four
    characters left.

    >>> _without_its_place("岚川县法治文化阵地")
    ['岚川县法治文化阵地', '法治文化阵地']
    """
    cut = re.match(r"^[^县市区省州旗镇乡]{1,6}[县市区省州旗镇乡]", name)
    if cut and len(name) - cut.end() >= 4:
        return [name, name[cut.end() :]]
    return [name]


def _past_its_count(text: str, cand: dict) -> dict | None:
    """A name that opens with a count of events (举办了|2期|…培训班) or, in digits, of the
    things it names (54个|示范项目) begins after it: the count is a figure, not part of its name.

    >>> _past_its_count("2期中青年干部培训班", {"start": 0, "end": 10})["start"]
    2
    >>> _past_its_count("民警进行2次执法比武考试", {"start": 0, "end": 12})["start"]
    6
    >>> _past_its_count("54个示范项目", {"start": 0, "end": 7})["start"]
    3
    """
    m = _LEADING_COUNT.match(text, cand["start"], cand["end"]) or _LEADING_FIGURE.match(
        text, cand["start"], cand["end"]
    )
    if m is None:
        # 民警进行|2次|执法比武考试: a count of events inside, after a verb, is the figure of
        # what follows it; the name begins after it
        m = next(
            (
                c
                for c in _LEADING_COUNT.finditer(text, cand["start"], cand["end"])
                if c.start() > cand["start"] and is_verb(text[c.start() - 2 : c.start()])
            ),
            None,
        )
    return cand if m is None else _cut_before(cand, m.end())


class _Spans:
    """Sorted (start, end) spans, looked up by start: each programme candidate asks for the
    bodies around it, and a report may name thousands of both."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans whose start lies in [lo, hi]."""
        return self.spans[bisect_left(self.starts, lo) : bisect_right(self.starts, hi)]


def _past_a_listed_body(text: str, cand: dict, bodies: list) -> dict | None:
    """A name that holds a body as an item of a 、-list begins after the list mark that
    follows the body (…推进会、市委依法治市委员会会议、法治政府建设工作会议): the items are
    separate things, and a body is not part of a programme's name."""
    if cand.get("rule", "").startswith("quote"):
        return cand
    bodies = bodies if isinstance(bodies, _Spans) else _Spans(bodies)
    inside = [e for _, e in bodies.starting_in(cand["start"], cand["end"]) if e <= cand["end"]]
    if not inside:
        return cand
    comma = text.rfind("、", max(inside), cand["end"])
    if comma == -1:
        return cand
    return _cut_before(cand, comma + 1)


def _inside_a_bodys_name(text: str, cand: dict, bodies: list) -> bool:
    """A meeting's name inside a body's (…工作联席会议|办公室: the office of the joint meeting,
    a body; no meeting held), a field of work (依法行政工作|领导小组: the group's remit), or
    the body's name after its area (县|“八五”普法讲师团). A reform inside one stays (机构改革|
    领导小组: the group leads it).

    >>> text = "依法行政工作联席会议办公室"
    >>> _inside_a_bodys_name(text, {"start": 0, "end": 10}, [(0, 13)])
    True
    >>> _inside_a_bodys_name("机构改革领导小组", {"start": 0, "end": 4}, [(0, 8)])
    False
    >>> _inside_a_bodys_name("县“八五”普法讲师团", {"start": 1, "end": 10}, [(0, 10)])
    True
    """
    bodies = bodies if isinstance(bodies, _Spans) else _Spans(bodies)
    around = bodies.starting_in(cand["end"] - bodies.longest, cand["start"])  # may hold it
    if any(s < cand["start"] and cand["end"] == e for s, e in around):
        return True  # 县|“八五”普法讲师团: the body's own name after its area, no programme
    inside = any(s <= cand["start"] and cand["end"] < e for s, e in around)
    meeting = text.endswith(("会议", "会"), cand["start"], cand["end"])
    return inside and (meeting or cand.get("rule") == "work")


def _cut_before(cand: dict, start: int) -> dict | None:
    """The candidate from `start` on (None when too little is left); the bodies and places
    that led the longer name lead it no more."""
    if cand["end"] - start < 4:
        return None
    return dict(
        cand,
        start=start,
        carriers=tuple(c for c in cand.get("carriers") or () if c[0] >= start),
        places=tuple(c for c in cand.get("places") or () if c[0] >= start),
    )


def _past_a_bodys_own_item(text: str, cand: dict, body_ends: set) -> dict | None:
    """A name that begins where a body's name ends, with a short item before a 、, begins after
    it: in 召开市委依法治市委员会会议、法治政府建设工作会议 the 会议 is the committee's own
    meeting, an item of the list, not the start of the next name."""
    if cand["start"] not in body_ends:
        return cand
    comma = text.find("、", cand["start"], cand["end"])
    if comma == -1 or comma - cand["start"] > 4:
        return cand
    return _cut_before(cand, comma + 1)


@lru_cache(maxsize=1)
def _clause_re() -> re.Pattern:
    """A run of text between clause breaks (common.json's one class) or line ends."""
    return re.compile(f"[^{clause_break_re().pattern[1:-1]}\n]+")


def _clauses_with_counts(masked: str, quantities) -> list[tuple[int, int, list]]:
    """(start, end, counts) of the clauses that hold counts (start, end) whole, in text order:
    each count is placed in its clause by bisection, not each clause searched for counts.

    >>> _clauses_with_counts("开展督察5次，举办培训，上好法治课3场", [(4, 6), (17, 19)])
    [(0, 6, [(4, 6)]), (12, 19, [(17, 19)])]
    """
    spans = [m.span() for m in _clause_re().finditer(masked)]
    starts = [lo for lo, _ in spans]
    held: dict[int, list] = {}
    for s, e in sorted(quantities):
        i = bisect_right(starts, s) - 1
        if i >= 0 and e <= spans[i][1]:
            held.setdefault(i, []).append((s, e))
    return [(*spans[i], held[i]) for i in sorted(held)]


def _counted_activities(text, masked, quantities, taken, leaders, rules):
    """开展专项督察5次 / 上好141场法治课 / 组织167名领导干部参加旁听庭审: the object of a verb
    of holding (开展, 举办, 进行 …) that the clause counts is an activity (a programme whose
    figure is its outcome). The object runs from the clause's last such verb to the clause end
    (a count right after the verb, or closing the clause, is cut off); nothing without a count
    is taken, and nothing that overlaps a name already found."""
    found = []
    for lo, hi, counts in _clauses_with_counts(masked, quantities):
        # a verb of holding before a summing word is a noun of the subject (人民调解组织|共排查…:
        # the organisations, who did the counted deed)
        verbs = [
            v
            for v in rules.activity_verb_re.finditer(masked, lo, hi)
            if not summing_word_re().match(masked, v.end())
        ]
        if not verbs:
            continue
        start, end = verbs[-1].end(), hi
        for s, e in counts:
            if s == start:
                start = e  # 上好141场法治课
        for s, e in reversed(counts):
            if e == end:
                end = s  # 开展专项督察5次, 举办…讲座15场8600余人次: every count closing it
        end = before_count_lead_in(text, start, end)  # …专题学习|达2万余人次
        if any(s < end and start < e for s, e in taken) or not re.fullmatch(
            r"[\u4e00-\u9fff“”]{2,24}", text[start:end]
        ):
            continue
        if re.search(r"[的了等]", text[start:end]) or start <= verbs[-1].start():
            continue  # …请示等行政决策: the end of a list and its class, no activity's name
        cand = _finish(text, masked, start, end, leaders, rules, rule="counted-activity")
        if cand is None or rules.activity_rejects.search(text[cand["start"] : end]):
            continue  # 参与人数44人, 控制在56个工作日内: the count's measure, not an activity
        if len(_strip_generic(text[cand["start"] : end], rules)) >= 3:
            found.append(cand)
    return found


_EVENT_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)余?(?:场次|次|期|场|轮|批|堂)$")
_ITEM_END = re.compile(
    r"[、，,。；;：:和及与\n]|(?:\d+|[一二三四五六七八九十两]+)余?[次期场轮批堂]"
)


@lru_cache(maxsize=1)
def _event_words() -> tuple[str, ...]:
    """What an item counted by events ends in: the events and verbal nouns of activities
    (frames.json event_heads, nominal_heads), a meeting's 会 and a class's 班 (读书班)."""
    lex = lexicon("frames")
    return tuple(lex["event_heads"]) + tuple(lex["nominal_heads"]) + ("研讨", "会", "班")


def _counted_items(text, masked, quantities, taken, leaders, rules):
    """开展8次中心组专题学习、1期读书班、7次支部集中学习研讨: a count of events right before an
    event's name, after a verb of holding or in a list (、), counts that event: the name runs to
    the next 、, comma, conjunction or count and ends in an event or an activity's verbal noun.

    >>> from kg.resources import lexicon
    >>> rules = ProgrammeRules.from_lexicon(lexicon("programmes"), lexicon("common"), 40, 2)
    >>> text = "开展8次中心组专题学习、1期读书班，"
    >>> found = _counted_items(text, text, [(2, 4), (12, 14)], [], (), rules)
    >>> [text[c["start"] : c["end"]] for c in found]
    ['中心组专题学习', '读书班']
    """
    found = []
    for s, e in sorted(quantities):
        if not _EVENT_COUNT.search(text, s, e):
            continue
        listed = s > 0 and masked[s - 1] == "、"
        held = rules.activity_verb_re.search(masked, max(0, s - 4), s)
        verb = is_verb(masked[max(0, s - 2) : s])  # 讲授|5次专题党课
        if not (listed or verb or (held and held.end() == s)):
            continue
        stop = _ITEM_END.search(masked, e, e + 20)
        end = stop.start() if stop else None
        if end is None or end - e < 2 or not text.endswith(_event_words(), e, end):
            continue
        if any(a < end and e < b for a, b in taken) or "\ufffc" in masked[e:end]:
            continue
        if leaders and leaders.of_kind_at(e, "Agency", end + 1) is not None:
            continue  # 3次|政府常务会: the meetings of a body, counted as the body's
        cand = _finish(text, masked, e, end, leaders, rules, rule="counted-activity")
        if cand is not None and len(_strip_generic(text[cand["start"] : end], rules)) >= 3:
            found.append(cand)
    return found


_ENUMERATION = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.、．])"
)


def _headed_names(text, masked, leaders, rules):
    for head_start, head_end in _head_matches(masked, rules):
        if masked.startswith("建设", head_end) and not _noun_after(text, head_end + 2):
            head_end += 2  # 法治队伍|建设: the building of it is the work the report names
        if rules.right_rejects.match(text, head_end) or ends_inside_word(text, head_end):
            continue
        if _modifies_a_noun(text, head_end, rules):
            continue  # 营商环境制度供给: the name is a modifier of the noun after it
        lo = clause_start(masked, head_start, limit=rules.max_name)
        enumeration = _ENUMERATION.match(masked, lo)
        lo = enumeration.end() if enumeration else lo
        start = strip_predicate(masked, trim_left(masked, lo, head_start, keep=0), head_start, 0)
        cand = _headed(text, masked, lo, start, head_start, head_end, leaders, rules)
        if cand is None:
            # the verbs inside the name cut it to nothing (示范|创建|活动, 宣传|教育|活动)
            start = _object_of_launch(
                masked, _after_subject(masked, lo, head_start, leaders), head_start, rules
            )
            if start is not None:
                cand = _headed(text, masked, lo, start, head_start, head_end, leaders, rules)
        if cand is None and _EVENT_HEAD.search(masked, head_start, head_end):
            # 举办的|行政执法能力提升培训班: an event's name runs from its verb of holding (or
            # the 的 after it) to its head, the verbs inside it included
            start = _event_name_start(masked, lo, head_start)
            if start is not None:
                cand = _headed(text, masked, lo, start, head_start, head_end, leaders, rules)
        if cand is not None:
            yield cand


def _headed(text, masked, lo, start, head_start, head_end, leaders, rules):
    """The name from `start` to the head's end, or None."""
    if head_start - start < 2:
        return None  # 和队伍 / 等机制: nothing names it
    if any(verb in masked[lo:start] for verb in regarding_verbs()) and not masked.startswith(
        "试点", head_start
    ):
        # 把…作为法治建设的主体工程, 作为首要政治任务、行动指南: a role, no programme (but 选取
        # A街道作为…试点: the pilot is run there)
        return None
    if rules.award_boundary.search(masked[lo:start]) and not _continues(text, head_end):
        return None  # 被纳入…后备项目: the name of an award, not a programme
    if COUNTED_CLASS.match(masked, head_end) and award_re().search(
        masked, clause_start(masked, start, limit=_CLAUSE_REACH), start
    ):
        return None  # 入选…品牌等10个“百强县”: a category of the title won, no programme
    if rules.award_boundary.search(masked, start, head_start):
        return None  # “龙华‘执’播”入选市法治改革创新项目: a name, a verb of winning, the award
    start = _after_complete_list_item(masked, start, head_start, rules, head_end)
    if masked.startswith("考试", head_start) and masked.endswith(_PASSING, 0, start):
        return None  # 通过|法律职业资格考试: an exam sat and passed, none the report held
    if _object_of_a_slogan(masked, start, head_start):
        return None  # 稳增长、促改革、调结构: a list of verb-object slogans, no reform's name
    return _finish(text, masked, start, head_end, leaders, rules, rule="head")


_PASSING = ("通过", "考取")  # the verbs of passing an exam (参加, sitting one, keeps it)


def _object_of_a_slogan(masked: str, start: int, head_start: int) -> bool:
    """The head is the object of a one-character verb that follows a 、 (稳增长、促|改革): the
    name is a list of three-character slogans.

    >>> _object_of_a_slogan("稳增长、促改革", 0, 5), _object_of_a_slogan("财税、金融体制改革", 0, 7)
    (True, False)
    """
    mark = masked.rfind("、", start, head_start)
    return mark >= 0 and head_start - mark == 2 and is_verb(masked[mark + 1])


def _after_subject(masked: str, lo: int, head_start: int, leaders) -> int:
    """Where the clause's predicate may begin: past the bodies that open it as its subject
    (区财政局|建立…, 区法院与区税务局|签署…, 会同区财政局|建立…), else the clause's start. The
    joiners are the clause rules' own (kg.pos), so both read one subject alike."""

    def body_at(pos):
        return leaders.of_kind_at(pos, "Agency", head_start)

    opener = joining_preposition_re().match(masked, lo, head_start)
    pos = opener.end() if opener and body_at(opener.end()) else lo
    while (body := body_at(pos)) is not None:
        pos = body[1]
        joiner = co_subject_joiner_re().match(masked, pos, head_start)
        if joiner and body_at(joiner.end()):
            pos = joiner.end()
    return pos


def _event_name_start(masked: str, lo: int, head_start: int) -> int | None:
    """Where an event's name begins: after the last verb of holding or taking part before its
    head, or the 的 after one (参加省司法厅举办的|…培训班), when only Chinese words without a
    break or list mark lie between; else None.

    >>> text = "参加省司法厅举办的行政执法能力提升培训班"
    >>> text[_event_name_start(text, 0, 17) :]
    '行政执法能力提升培训班'
    """
    holding = list(_HOLDING_VERB.finditer(masked, lo, head_start))
    if not holding:
        return None
    start = holding[-1].end()
    between = masked[start:head_start]
    if len(between) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", between):
        return None
    if _holds_a_break(between):
        return None
    return start


_HOLDING_VERB = re.compile(r"(?:举办|举行|召开|组织|开展|参加|参与|承办|主办)(?:的)?")
_EVENT_HEAD = re.compile(
    "(?:" + "|".join(sorted(lexicon("frames")["held_event_heads"], key=len, reverse=True)) + ")$"
)


def _object_of_launch(masked: str, lo: int, head_start: int, rules) -> int | None:
    """Where the name begins when the verbs inside it left no name before the head: the object of
    the clause's first launch verb runs to the head, its verbs included (开展|示范创建活动,
    开展|法治宣传教育活动: a verb right before 活动 is a nominalised modifier, not a predicate).
    None when no launch verb opens the object, or it holds a list, a conjunction or a break.

    >>> from kg.resources import lexicon
    >>> rules = ProgrammeRules.from_lexicon(lexicon("programmes"), lexicon("common"), 40, 2)
    >>> text = "深入开展示范创建活动"
    >>> text[_object_of_launch(text, 0, 8, rules) :]
    '示范创建活动'
    """
    first = skip_adverbs(masked, lo, head_start)
    m = rules.launch_first.match(masked, first, head_start) or (
        # 坚持|集体讨论决策制度, 落实|…制度: a system kept in force, like one launched
        _KEEPING.match(masked, first, head_start)
        if masked.startswith(_SYSTEM_HEADS, head_start)
        else None
    )
    if m is None:
        return None  # the clause's own verb launches it (推动学习…, not 行政裁决改革创新试点工程)
    start = m.end()
    between = masked[start:head_start]
    if not 2 <= len(between) <= 16 or _holds_a_break(between):
        return None
    before_head = dictionary().get(masked[head_start - 2 : head_start])
    if before_head is None or not before_head[1].startswith(("n", "v")):
        return None  # …转化为抓|改革: no word of the name's own before the head
    if not any(is_verb(masked[i : i + 2]) for i in range(start, head_start - 1)):
        # only a verb inside the object is a modifier the cut misread (依法行政|制度, 集体讨论|决策
        # 制度); with none, the cut was the clause's own (a break or a function word)
        return None
    return start


_KEEPING = re.compile("(?:贯彻)?(?:坚持|落实|执行|实行)")  # verbs that keep a system in force
_SYSTEM_HEADS = ("制度", "机制", "体系")


def _holds_a_break(words: str) -> bool:
    """A list mark, a clause break or a function word (和, 与, 及, 并, 或, 为, 的) stands in
    `words` on its own, not inside a common word (公众参与, 及时, 涉及: no conjunction there).

    >>> _holds_a_break("重大行政决策公众参与"), _holds_a_break("审查和备案")
    (False, True)
    """
    known = dictionary()
    for m in _BREAKS.finditer(words):
        i = m.start()
        if m.group() in _FUNCTION_CHARACTERS and any(
            (entry := known.get(words[lo : lo + 2])) is not None and entry[0] >= COMMON_WORD
            for lo in (i - 1, i)
            if lo >= 0 and lo + 2 <= len(words)
        ):
            continue
        return True
    return False


_BREAKS = re.compile(r"[、，,；;和与及并或为的\ufffc]")
_FUNCTION_CHARACTERS = "和与及并或为的"


def _head_matches(masked, rules) -> list[tuple[int, int]]:
    """(start, end) of the heads of the lexicon, and of 点 after a common two-character word
    (观测点, 服务点), unless 点 ends a word with the character before it (为重点, 新亮点) or the
    word and 点 are themselves a common abstract noun (切入点, 出发点)."""
    found = [(m.start(), m.end()) for m in rules.head_re.finditer(masked)]
    words = dictionary()
    found += _system_heads(masked, words)
    for m in re.finditer("点", masked):
        i = m.start()
        before, whole = words.get(masked[i - 2 : i]), words.get(masked[i - 2 : i + 1])
        own = words.get(masked[i - 1 : i + 1])  # 重点, 亮点, 地点: 点 ends a word of its own
        if own and own[0] >= COMMON_WORD:
            continue
        if i >= 2 and before and before[0] >= COMMON_WORD and not (whole and whole[0] >= 100):
            found.append((i - 2, i + 1))
    return sorted(set(found), key=lambda se: (se[0], -se[1]))


def _system_heads(masked, words) -> list[tuple[int, int]]:
    """制 after a common two-character word names a system (告知承诺制, 首问负责制, 河长制,
    行政执法责任制), unless 制 ends a word with the character before it (体制, 机制, 编制, 法制)
    or begins one with the character after it (制度, 制定, 制作).

    >>> text = "推行证明事项告知承诺制，完善体制机制，制定制度"
    >>> [text[s:e] for s, e in _system_heads(text, dictionary())]
    ['承诺制']
    """
    found = []
    for m in re.finditer("制", masked):
        i = m.start()
        if i < 2:
            continue
        own, after = words.get(masked[i - 1 : i + 1]), words.get(masked[i : i + 2])
        before = words.get(masked[i - 2 : i])
        if (own and own[0] >= COMMON_WORD) or (after and after[0] >= COMMON_WORD):
            continue
        if before and before[0] >= COMMON_WORD and before[1][0] in "nv":
            found.append((i - 2, i + 1))
    return found


def _modifies_a_noun(text, end, rules) -> bool:
    """The head is followed by a noun that closes the phrase (制度供给,): the head modifies it.
    Generic words (建设, 工作) and other heads may follow a name."""
    after = text[end : end + 2]
    entry = dictionary().get(after)
    if entry is None or entry[0] < COMMON_WORD or entry[1] not in ("n", "vn"):
        return False
    if after in rules.generic or rules.head_re.match(after):
        return False
    return text[end + 2 : end + 3] in "，,。；;：:" and end + 2 < len(text)


def _work_names(text, masked, rules, named, leaders=()):
    spans = [(c["start"], c["end"]) for c in named]
    found = []
    for m in rules.work_re.finditer(masked):
        start, end = m.start(1), m.end()
        if _in_a_frame(text, end):
            continue  # 落实到…具体工作中, 在…各项工作中: the field the work is done in
        if masked[start : m.end(1)].endswith(rules.work_totality):
            continue  # 推进法治政府建设各项工作: all the work of a field, no programme
        if any(verb in masked[start : m.end(1)] for verb in regarding_verbs()):
            continue  # 将强化…法治意识作为一项基础性工作来抓: X 作为 Y, no name
        overlapping = [(s, e) for s, e in spans if s < end and start < e]
        if rules.right_rejects.match(text, end) or any(
            not (start <= s and e <= end) for s, e in overlapping
        ):
            continue
        if _noun_after(text, end):
            continue  # 督办机制和工作|台账, 工作|方案: 工作 qualifies the noun after it
        # a body before the work is its subject, not its name (加强我局规范性文件审核工作)
        cand = _finish(text, masked, start, end, leaders, rules, rule="work")
        if cand is not None:
            found.append(cand)
    return found


def _noun_after(text: str, end: int) -> bool:
    """A noun of the dictionary begins at `end` (工作|台账, 工作|方案), whatever its frequency:
    jieba's dictionary is thin on the genre's nouns (台账 3), and a verb or a break ends a
    work's name instead.

    >>> _noun_after("工作台账", 2), _noun_after("工作取得成效", 2), _noun_after("工作,", 2)
    (True, False, False)
    >>> _noun_after("工作制度化", 2)
    False
    """
    if text.startswith("化", end + 2):
        return False  # 工作|制度化、常态化: the work made a system of, no noun after it
    entry = dictionary().get(text[end : end + 2])
    return entry is not None and entry[1] == "n"


def _in_a_frame(text: str, end: int) -> bool:
    """中 after a name closes a frame of place (在/到…工作中: in the course of that work), unless
    it begins a word with what follows (工作中心).

    >>> _in_a_frame("落实到司法行政具体工作中。", 11), _in_a_frame("法治工作中心", 4)
    (True, False)
    """
    return text.startswith("中", end) and begins_no_word(text, end)


_COMMITTEE_MEETING = re.compile(r"(?<=[委组])会(?![议室所长])")  # 党委|会, 党组|会
BULLETS = frozenset("-－—–·•●○▲△■□◆◇★☆※*＊>→")


def _finish(text, masked, start, end, leaders, rules, rule):
    """Cut scope words, years, leading places and bodies; reject generic names."""
    places, carriers = [], []
    while True:
        while start < end and text[start] in BULLETS:
            start += 1  # --“…”模式获评…: a list's dash or bullet opens no name
        if text.startswith("了", start) and text[start : start + 2] not in dictionary():
            start += 1  # 建立了|督促考核机制: the verb's aspect particle opens no name (了解 does)
        skip = strip_scope(text[start:end])
        if skip:
            start += skip
            continue
        lead = leaders.first_at(start, end) if leaders else None
        if lead is None or (lead[2] == "Agency" and text.startswith("暨", lead[0] - 1)):
            break  # …迭代升级暨|乡镇综合信息指挥室规范化建设现场推进会: a second title's words
        (places if lead[2] == "Place" else carriers).append((lead[0], lead[1]))
        start = lead[1]
        if lead[2] == "Place" and text.startswith("级", start):
            start += 1  # 台州市|级“双普”基地: the place's level, not the name
        if lead[2] == "Agency" and text.startswith("会议", start) and text[start - 1] == "会":
            start += 2  # 县委常委会|会议|集体学法: the session of the body, not the name
        elif lead[2] == "Agency" and _COMMITTEE_MEETING.match(text, start):
            start += 1  # 镇党委|会|集体学习: the party committee's meeting, not the name
        joined = start
        while start < end and text[start] in "、和及与":
            start += 1
        if start > joined and leaders.first_at(start, end) is None:
            # 建成公共法律服务中心、|基层立法联系点: a list's item before the name, a sibling
            # of it (but 县法院、县检察院|共享法庭: bodies listed before their name lead it)
            (places if lead[2] == "Place" else carriers).pop()
    if carriers and opens_with_adverb(masked, start, end):
        # 市政府|严格执行|会前学法制度: an adverb and a verb after a body are its predicate (but
        # 市法院|共享法庭: a name may begin with a verb)
        start = strip_predicate(masked, start, end, 0)
    if carriers and not _has_content(text[start:end], rules) and _is_a_meeting(text, carriers[-1]):
        # 政府常务会|学法制度: what follows a meeting is too little to name a system alone, so
        # the meeting is part of the name (the rule its sessions keep), not its carrier
        start = carriers.pop()[0]
    # the last item counted before a 、 inside the span: 审查…决定42份、|市政征地…
    listed = [m.end() for m in _COUNTED_ITEM.finditer(text, start, end)]
    if listed:
        start = listed[-1]
    while start < end and text[start] in "、，,；;":
        start += 1  # …学习、|专题报告会: a list's comma opens no name
    name = text[start:end]
    if "\n" in name:
        return None  # a name never runs across a line (a heading and the item below it)
    if not _has_content(name, rules) or MASK_CHAR in masked[start : start + 1]:
        return None
    if opens_with_degree_adverb(masked, start, end):
        return None  # 以最严格制度…: a quality graded, no name
    if rules.national_meeting.match(name):
        return None  # 中央全面依法治国工作会议: the centre's meeting, studied, not held here
    if "\ufffc" in masked[start:end] and not re.search('[“”「」"]', name):
        return None
    return dict(start=start, end=end, rule=rule, places=tuple(places), carriers=tuple(carriers))


_QUOTE_MARKS = re.compile(r"[“”「」『』\"\s]")


# a list item and its count before a 、 (决定42份、): what follows is another item, not one name
_COUNTED_ITEM = re.compile(r"\d+(?:\.\d+)?余?[份件次个项人家场期条起篇]、")


def _has_content(name: str, rules) -> bool:
    core = _QUOTE_MARKS.sub("", name)
    head = rules.head_re.search(core)
    if head is None and not core:
        return False
    rest = core[: head.start()] if head and head.end() == len(core) else core
    rest = _strip_generic(rest, rules)
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


def _strip_generic(rest: str, rules) -> str:
    """The name without its generic modifiers at either end (相关培训 → 培训)."""
    words = rules.generic
    changed = True
    while changed and rest and (rest.startswith(words) or rest.endswith(words)):
        changed = False
        for word in words:
            if not rest:
                break
            if rest[-1] == word[-1] and rest.endswith(word):
                rest, changed = rest[: -len(word)], True
            elif rest[0] == word[0] and rest.startswith(word):
                rest, changed = rest[len(word) :], True
    return rest


def _continues(text, end):
    return (
        end < len(text)
        and text[end] not in "，,。；;、"
        and not text.startswith(("称号", "荣誉"), end)
    )


def _after_complete_list_item(masked, start, head_start, rules, head_end=0):
    """In A制度、B机制 the second name starts after the 、 when A is itself a complete name: it
    ends in a head, or it is a quoted name (“请你来协商”、委员工作站), or it names a meeting
    (街道居民议事会议、基层立法联系点; 法治山西、法治政府、法治社会一体建设 is one name), an
    event held (专题讲座、线上课堂) or a work of building (红色法治基地建设、基层立法联系点), or a
    body (理论学习中心组、生态环境大讲堂). A conjunction (和, 及, 与) joins two names the same way
    when the first ends in a head (…电视电话会议和…推进会): a modifier shared by both ends in none
    (行政复议和行政诉讼案件)."""
    for pos in sorted(_joiners_between(masked, start, head_start), reverse=True):
        before = masked[start:pos]
        if masked[pos] != "、":
            if rules.ends_in_head.search(before):
                return pos + 1
            continue
        if (
            rules.ends_in_head.search(before)
            # …基地建设、|…: the building of something, a work named whole (as 队伍建设)
            or (len(before) >= 4 and before.endswith(_BUILDING))
            or _EVENT_HEAD.search(before)  # 专题讲座、|线上课堂: an event held, a name whole
            or masked[pos + 1 : pos + 2].isdigit()  # 、2期读书班: a new item with its own count
            or before.endswith(("”", "」"))
            or (len(before) >= 4 and before.endswith("会议"))
            or (before.endswith("会") and masked[head_end - 1] == "会")  # 专题会、|推进会: meetings
            or before.endswith(_specific_body_suffixes())
        ):
            return pos + 1
    return start


_BUILDING = "建设"  # the verbal noun that names a work by what it builds (法治队伍建设)


def _joiners_between(masked: str, start: int, end: int) -> list[int]:
    """Positions of 、 and of the conjunctions 和/及/与 (not inside a word: 以及, 和谐) in
    masked[start:end], after its first character."""
    return [
        i
        for i in range(start + 1, end)
        if masked[i] == "、"
        or (masked[i] in "和及与" and begins_no_word(masked, i) and masked[i - 1] != "以")
    ]


@lru_cache(maxsize=1)
def _specific_body_suffixes() -> tuple[str, ...]:
    """The suffixes that end only a body's name: the strong ones, and weak ones of three or more
    characters (中心组, 公安局, 联合会; not 局, 所, 中心)."""
    lex = lexicon("agencies")
    return tuple(lex["strong_suffixes"]) + tuple(s for s in lex["weak_suffixes"] if len(s) >= 3)


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
    bodies = SpanIndex([(start, end) for start, end, kind in leaders if kind == "Agency"])
    quotes = [
        q
        for q in ctx["quotes"]
        if not books.covers(q[0], q[1])
        and not named.covers(q[0], q[1])
        and not bodies.covers(q[0], q[1])
    ]  # a quoted team (“…宣讲团”, “…”宣讲团) is a body, no programme
    inner = {q: text[q[0] + 1 : q[1] - 1].strip() for q in quotes}
    counts = Counter(inner.values())
    quote_end = {s: e for s, e in quotes}
    found = []
    accepted_ends: set[int] = set()  # where a quote taken as a name ends
    for q in quotes:
        t = inner[q]
        # a case's title that wins an award may be long (“协同推进… 为创新主体办实事、解难题”获评…)
        longest = _AWARDED_TITLE_MAX if rules.award_after.match(text, q[1]) else _NAME_MAX
        if not (2 <= len(t) <= longest) or rules.quote_rejects.match(t):
            continue
        if re.search(r"[。！？]", t):
            continue
        after = _after_adjacent_quotes(text, q[1], quote_end)
        before = text[max(0, q[0] - 12) : q[0]]
        if award_before_re().search(before) and not rules.after_quote_head_re.match(text, q[1]):
            continue  # an award's name
        if attained_designation_re().search(text, max(0, q[0] - 8), q[0] + 3):
            continue  # 创成“省级智慧矫正中心”: a title won, not a programme
        reason, end = None, q[1]
        headed = rules.after_quote_head_re.match(text, q[1])
        named = _awarded_noun(text, q[1], rules)
        if headed and rules.award_after.match(text, headed.end()):
            reason, end = "awarded", headed.end()  # “一码通”应用荣获…: the quote and its head
        elif named:
            reason, end = "awarded", named  # “税立方”普法阵地集群获命名…: what was awarded
        elif t.endswith(rules.quoted_heads):
            reason = "quoted-head"
        elif rules.launch_before.search(before) and (headed or not text.startswith("的", q[1])):
            reason = "launch-verb"  # not 探索“…”的发展新路: the quote qualifies the verb's object
        elif rules.attain_before.search(before) and not _only_numerals(t):
            # 实现“清单之外无审批”: the reform whose state is reached (实现“双百”: a figure)
            reason = "attained"
        elif rules.launch_after.match(text, skip_adverbs(text, after, after + 6)) or (
            _launched_at_a_place(text, after, leaders, rules)
        ):
            reason = "launched-after"  # “八八战略”实施, “法治超市”在雉城街道先行先试
        elif (
            headed
            and headed.end() - q[1] <= _HEAD_NEAR
            and "等" not in headed.group(0)
            and not _verb_before_its_head(text, q[1], headed, rules)
            and not rules.award_after.match(text, q[1])  # “…”入选|市…改革创新项目: the award's
        ):
            reason = "headed"  # 县司法局“法律明白人”培养工程: the quote and its head name it
        elif rules.list_after.match(text, after):
            reason = "listed"
        elif rules.rate_after.match(text, q[1]):
            reason = "rated"  # “一网通办”率达99%: what a rate is measured on
        elif _in_quoted_list(text, q, quote_end, rules):
            reason = "listed"  # …、“大综合一体化”、“裁执分离”等: named items of a list
        elif rules.award_after.match(text, q[1]):
            reason = "awarded"
        elif counts[t] >= rules.min_repeats and not plan_ordinal(text[q[0] : q[1]]):
            reason = "repeated"  # (but “十四五”时期, …“十四五”规划: a plan's period, repeated)
        elif q[0] in accepted_ends and q[0] in quote_end.values():
            reason = "adjacent"  # 组建“A”“B”: the second of two quotes written together shares
        elif text[q[0] - 1 : q[0]] in _PAIRING and q[0] - 1 in accepted_ends:
            reason = "paired"  # 实现“A”和“B”: the second quote is joined to an accepted one
        # parallel phrases are a slogan, unless a launch verb and a head make them a programme
        # (推行“双随机、一公开”监管, but 坚持“就近受理、就近化解”) or they are the state a reform
        # attained (实现“一枚印章管审批、一个大厅办成事”)
        if reason is None or (
            _is_slogan(t, rules)
            and reason not in ("quoted-head", "attained")
            and not (reason == "launch-verb" and headed)
        ):
            continue
        cand = _extend_left(text, ctx["masked"], q, leaders, rules) or dict(
            start=q[0], end=q[1], places=(), carriers=()
        )
        if reason == "headed":
            end = headed.end()  # the quote with its head: “法律明白人”培养工程
        elif reason == "launch-verb" and headed and "等" not in text[q[1] : headed.end()]:
            # 深化“枫桥式”司法所创建活动, 实施“八五”普法规划: the verb's object runs past its
            # head to the phrase's end
            # (or to its head at least, written right after it: 开展“法律进村”活动36场); not
            # past 等 (深化“A”、“B”等改革: the quotes are the names, 等改革 their kind)
            end = _phrase_end_after(text, q[1], headed.end()) or headed.end()
        cand["end"] = end
        cand["rule"] = f"quote:{reason}"
        found.append(cand)
        if end == q[1]:
            accepted_ends.add(q[1])
    return found


def _only_numerals(t: str) -> bool:
    """Numerals only (双百: both a hundred per cent, 三零): a figure written as words, no name.

    >>> _only_numerals("双百"), _only_numerals("一网通办")
    (True, False)
    """
    return all(c in _NUMERAL_WORDS for c in t)


_NUMERAL_WORDS = frozenset(CHINESE_NUMERAL_CHARS + "双")
_PAIRING = ("和", "及", "与")  # conjunctions joining two quoted names
_HEAD_NEAR = 8  # a head at most this far after a quote is the quoted name's own (…”培养工程)
_CLAUSE_REACH = 200  # characters back to a clause's start, past a long list
_NAME_MAX = 25  # a quoted name's longest; longer quotes are sayings or titles of texts
_AWARDED_TITLE_MAX = 40  # a case or project title that wins an award (获评, 入选) may run longer


def _verb_before_its_head(text: str, pos: int, headed: re.Match, rules) -> bool:
    """A verb of launching or holding stands between the quote and its head: the quote is then
    the manner or object of that verb (“线上+线下”方式开展|普法), unless a launch verb right
    before the head qualifies it (“枫桥式”司法所创建|活动: a campaign of creating; a verb of
    holding there, 开展|活动, is still the predicate)."""
    head = rules.head_at_end.search(headed.group(0))
    end = headed.end() - (len(head.group(0)) if head else 0)
    return any(
        m.end() < end or rules.activity_verb_re.fullmatch(m.group(0))
        for m in rules.verb_re.finditer(text, pos, end)
    )


def _launched_at_a_place(text, after, leaders, rules) -> bool:
    """在 + places + a verb of carrying out follows the quote (“法治超市”在雉城街道、太湖街道
    先行先试): the quoted name is being tried there."""
    m = _AT.match(text, after)
    if m is None or leaders is None:
        return False

    pos = m.end()
    while (place := leaders.of_kind_at(pos, "Place")) is not None:
        pos = place[1]
        listed = text[pos : pos + 1] in "、和及" and leaders.of_kind_at(pos + 1, "Place")
        pos += 1 if listed else 0
    return pos > m.end() and bool(
        rules.launch_after.match(text, pos)  # 先行先试 (先行 alone would read as an adverb)
        or rules.launch_after.match(text, skip_adverbs(text, pos, pos + 6))
    )


_AT = re.compile(r"\s*(?:在|于)")


def _phrase_end_after(text: str, quote_end: int, head_end: int, limit: int = 12) -> int | None:
    """Where the phrase of a quoted name's head ends: the head's end if a break follows it,
    else the next break if only Chinese words lie between and the words after the quote stay
    within `limit` (“八五”普法规划); else None.

    >>> text = "实施“八五”普法规划。"
    >>> text[:_phrase_end_after(text, 6, 8)]
    '实施“八五”普法规划'
    >>> text = "推行“一件事”改革成效明显。"
    >>> text[:_phrase_end_after(text, 7, 9)]
    '推行“一件事”改革'
    """
    if text.startswith(_RESULTS, head_end):
        return head_end  # …改革|成效明显: how it went, the predicate of the name
    for pos in range(head_end, quote_end + limit + 1):
        if _ends_phrase(text, pos):
            return pos
        if not "\u4e00" <= text[pos] <= "\u9fff":
            return None
    return None


_RESULTS = ("成效", "效果", "取得", "得到", "获得", "实现", "被")  # what a name's clause says of it


def _ends_phrase(text: str, pos: int) -> bool:
    """A clause break, a list mark or a line end follows `pos` (or nothing does)."""
    return pos >= len(text) or text[pos] in "、\n" or clause_break_re().match(text, pos) is not None


def _awarded_noun(text, pos, rules):
    """The noun after a quote up to an award verb (“税立方”普法阵地集群获命名): its end, else
    None. A verb right after the quote leaves no noun (“共享法庭”被评为: 被 opens the verb, and
    评为 after it is no noun's end).

    >>> from kg.resources import lexicon
    >>> rules = ProgrammeRules.from_lexicon(lexicon("programmes"), lexicon("common"), 40, 2)
    >>> _awarded_noun("“共享法庭”被评为优秀案例", 6, rules) is None
    True
    >>> text = "“一案一评”案例被司法部评为优秀案例"
    >>> text[:_awarded_noun(text, 7, rules)]
    '“一案一评”案例'
    """
    for m in re.finditer("[^\u4e00-\u9fff]|$", text[pos : pos + 13]):
        limit = pos + m.start()
        break
    for end in range(pos, limit + 1):
        # 被 + the awarder + the verb (…案例被司法部评为): the passive ends the noun, not the verb
        passive = text.startswith("被", end) and any(
            rules.award_after.match(text, later) for later in range(end + 1, limit + 1)
        )
        if passive or rules.award_after.match(text, end):
            return end if end > pos else None
    return None


def _extend_left(text, masked, quote, leaders, rules):
    """行政执法协调监督“品牌工作室”: the words before a quoted name belong to it (up to a verb)."""
    lo = clause_start(masked, quote[0], limit=rules.max_name)
    start = strip_predicate(masked, trim_left(masked, lo, quote[0], keep=0), quote[0], 0)
    # 对…议题进行|“清单式”管理: a verb of carrying out before the quote ends what precedes it
    verbs = [v for v in rules.verb_re.finditer(masked, start, quote[0]) if len(v.group(0)) > 1]
    if verbs:
        start = verbs[-1].end()
    if quote[0] - start < 3 or not re.fullmatch(
        r"[\u4e00-\u9fff、()（）]+", text[start : quote[0]]
    ):
        return None  # one word before a quote is its verb or its setting (纪念“枫桥经验”)
    cand = _finish(text, masked, start, quote[1], leaders, rules, rule="quote")
    if cand is None or cand["start"] > quote[0] or "、" in text[cand["start"] : quote[0]]:
        return None  # 、 only between leading places (杜桥镇、桃渚镇…)
    return cand


def _in_quoted_list(text, quote, quote_end, rules):
    """The quote is one of two or more quotes joined by 、 (or written side by side) that the
    list closes with 等 — not with 等 and what the programmes' names never are (“套路贷”“校园贷”
    等突出领域: fields of crime, not measures)."""
    starts = {e: s for s, e in quote_end.items()}
    count, end = 1, quote[1]
    while True:  # forward to the list's end
        nxt = end + 1 if text[end : end + 1] == "、" else end
        if nxt in quote_end:
            count, end = count + 1, quote_end[nxt]
        else:
            break
    start = quote[0]
    while True:  # and back to its start
        prev = start - 1 if text[start - 1 : start] == "、" else start
        if prev in starts:
            count, start = count + 1, starts[prev]
        else:
            break
    if count < 2 or not text.startswith("等", end):
        return False
    return not rules.list_of_fields.match(text, end)


def _after_adjacent_quotes(text, end, starts):
    """Skip “B”“C” that directly follow a quote: “A”“B”等专项行动 lists A and B."""
    while end in starts:
        end = starts[end]
    return end


def _is_slogan(t: str, rules) -> bool:
    """就近受理、就近化解 / 降存量、控增量、防变量: parallel short phrases, not a name."""
    parts = [p for p in re.split(r"[、，,；;]", t) if p]
    return len(parts) >= 2 and all(len(p) <= rules.slogan_max_part for p in parts)


def _is_a_meeting(text: str, body: tuple[int, int]) -> bool:
    """Whether a body's name ends in a meeting noun (常务会, 党组会议, 常委会).

    >>> _is_a_meeting("政府常务会", (0, 5)), _is_a_meeting("县司法局", (0, 4))
    (True, False)
    """
    return text[body[0] : body[1]].endswith(("会", "会议"))
