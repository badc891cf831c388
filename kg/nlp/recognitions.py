"""Recognitions (fz:Recognition): awards, titles, designations. Span attrs: awarders (offsets of
the awarding bodies' spans), place_level (a designation of a whole city/county)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.awards import (
    COUNTED_CLASS,
    award_re,
    designating_re,
    designating_re_anywhere,
    weak_award_verbs,
)
from kg.nlp.base import add_span, context, drop_inside, spans_of
from kg.nlp.text import clause_break_re, clause_start
from kg.pos import begins_no_word, list_joiners
from kg.resources import lexicon


@Language.factory("fz_recognitions", default_config={"lexicon": "recognitions", "max_name": 80})
def make_recognitions(nlp: Language, name: str, lexicon: str, max_name: int):
    return RecognitionRecognizer(lexicon, max_name)


@dataclass(frozen=True)
class RecognitionRules:
    award_re: re.Pattern
    weak: frozenset
    heads: re.Pattern
    trailing: tuple
    designation_re: re.Pattern
    place_level: re.Pattern
    max_name: int
    striving: frozenset  # 创建: a designating verb that may name the work, not the title won
    attributive_before: re.Pattern  # 本次|入选地区: the verb qualifies a noun
    disposal_markers: frozenset  # 把/将 X 列为 Y: the subject files its own X under Y
    honours_listed: re.Pattern  # 先后获得A、B等荣誉, 获得X称号: the items are honours
    list_summary: re.Pattern  # …等市级以上表彰共49项: a list's total, no title
    ranked: re.Pattern  # 十大, 百强: a ranked selection, an honour whatever its head
    designation_after_place: re.Pattern  # 重庆市…示范区: a place in the place of a level word
    level_start: re.Pattern  # 全国, 省级 …: the level word that opens a title
    lists: tuple = ()  # 名单, 名录: a list entered, which a title before it names
    quoted_designation: re.Pattern | None = None  # “省级…”: a quoted title a level word opens

    @classmethod
    def from_lexicon(cls, lex: dict, max_name: int) -> "RecognitionRules":
        levels = "|".join(lex["level_words"])
        honours, commendations = "|".join(lex["honour_nouns"]), "|".join(lex["commendation_nouns"])
        return cls(
            award_re(),
            weak_award_verbs(),
            re.compile(lex["recognition_heads"]),
            tuple(sorted(lex["trailing_words"], key=len, reverse=True)),
            re.compile(rf"(?:{levels})[^，,。；;、“”]{{0,10}}?{lex['designation_heads']}"),
            re.compile(lex["place_level_heads"]),
            max_name,
            frozenset(lex["striving_verbs"]),
            re.compile(lex["attributive_before"]),
            frozenset(lex["disposal_markers"]),
            re.compile(rf"等?(?:{honours})$"),
            re.compile(rf"等[^“”、，,]{{0,10}}?(?:{honours}|{commendations})(?:共计|共|计)?$"),
            re.compile(lex["ranked_lists"]),
            re.compile(
                rf"[\u4e00-\u9fff]{{2,8}}?(?:省|市|自治区)[^，,。；;、“”]{{0,10}}?{lex['designation_heads']}"
            ),
            re.compile(f"(?:{levels})"),
            tuple(lex["list_words"]),
            quoted_designation=re.compile(rf"“(?:{levels})[^“”，,。；;]{{2,20}}”"),
        )


class RecognitionRecognizer:
    def __init__(self, lexicon_name: str, max_name: int):
        self.lexicon_name = lexicon_name
        self.max_name = max_name
        self.rules = None

    def initialize(self, get_examples=None, nlp=None):
        self.rules = RecognitionRules.from_lexicon(lexicon(self.lexicon_name), self.max_name)

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            self.initialize()
        ctx = context(doc)
        agencies = [(f.start, f.end) for f in spans_of(doc, "Agency")]
        places = [(f.start, f.end) for f in spans_of(doc, "Place")]
        names, received = [], set()
        for rec in find_recognitions(
            context(doc)["text"], ctx["masked_books"], agencies, self.rules, places
        ):
            names.append((rec["start"], rec["end"]))
            if rec["verb_start"] != rec["start"]:  # 成功创建第九批“…示范村”: a title received
                received.add((rec["start"], rec["end"]))
            add_span(doc, rec.pop("start"), rec.pop("end"), "Recognition", **rec)
        drop_inside(doc, "Program", names, replaced=frozenset(received))
        _drop_bodies_ending_titles(doc, names)
        return doc


def _drop_bodies_ending_titles(doc: Doc, names: list[tuple[int, int]]) -> None:
    """A body's name that ends a title is the title's head (获评全国模范人民调解委员会: a title
    awarded, no body); a body inside a title that ends before it stays (入选司法部…名单)."""
    ctx = context(doc)
    ctx["found"] = [
        f
        for f in ctx.get("found", ())
        if f.kind != "Agency" or not any(s <= f.start and f.end == e for s, e in names)
    ]


def find_recognitions(
    text: str, masked: str, agencies: list, rules: RecognitionRules, places: list = ()
) -> list[dict]:
    found = []
    breaks = clause_break_re()
    holders = {s for s, _ in agencies} | {s for s, _ in places}
    for m in rules.award_re.finditer(masked):
        if masked.startswith("《", m.end()):
            continue  # 入选《…》: a book, not an award
        if masked.startswith(("此", "该", "这"), m.end()):
            continue  # 获此殊荣: the honour named before, no new one
        if _disposes_of_its_own(masked, m.start(), holders, rules.disposal_markers):
            continue  # 把“…战略”确定为“五大战略”之一, 将X纳入考核: a category, no award
        if rules.attributive_before.search(masked, max(0, m.start() - 3), m.start()):
            continue  # 为本次入选地区唯一地级市: the areas selected this time, no award here
        if _body_then_award_verb(masked, m.end(), agencies, rules.award_re):
            continue  # 获司法部表彰为…: the verb after the body names the award
        end = m.end()
        while (
            end < len(masked)
            and end - m.end() < rules.max_name
            and not breaks.match(masked, end)
            and masked[end] != "\n"
            and not _chain_goes_on(masked, end, rules)
        ):
            end += 1
        awarders = _awarders(masked, m.start(), agencies)
        # 先后获得A、B等荣誉, 获得X称号: the words after them say they are honours, whatever
        # their heads
        honours = rules.honours_listed.search(masked, m.end(), end) is not None
        # 入选A、B…等10个“全国百强县”: the items before the count are the title's categories
        counted = COUNTED_CLASS.search(masked, m.end(), end)
        lo = counted.end() if counted is not None and end - counted.end() >= 3 else m.end()
        for start, stop in _split_items(text, lo, end, rules):
            label = text[start:stop]
            count = _TRAILING_COUNT.search(label)
            if count is not None:  # 命名省级示范地区42个: how many were named, not the title
                stop -= len(count.group(0))
                label = label[: count.start()]
                if label.endswith("第"):  # …实事项目|第一名: a rank, not part of the title
                    stop -= 1
                    label = label[:-1]
            aside = _RANK_ASIDE.search(label)
            if aside is not None:  # …创新创先项目(全市唯一): how it ranks, not the title's name
                stop -= len(aside.group(0))
                label = label[: aside.start()]
            summary = rules.list_summary.search(label)
            if summary is not None:  # …先进单位等市级以上表彰共49项: the list's total, no title
                stop -= len(label) - summary.start()
                label = label[: summary.start()]
            for word in rules.trailing:
                if label.endswith(word) and len(label) > len(word) + 1:
                    stop -= len(word)
                    label = label[: -len(word)]
                    break
            listed = _listed_title(label, rules)
            if listed is not None:  # 入选…示范地区|名单: the honour is the title the list names
                stop -= len(label) - len(listed)
                label = listed
            if len(label.strip('“”"')) < 3 or (
                m.group(0) in rules.weak
                and not honours
                and not rules.heads.search(_without_year(label))
                and not rules.ranked.search(label)
            ):
                continue
            found.append(
                dict(
                    start=start,
                    end=stop,
                    verb_start=m.start(),
                    awarders=awarders,
                    # 优秀县(市、区): the level named before the brackets that list its peers
                    place_level=bool(rules.place_level.search(_BRACKETS_AT_END.sub("", label))),
                )
            )
    taken = [(f["start"], f["end"]) for f in found]
    for m in _designations(masked, rules, places):
        if any(s <= m.start() < e for s, e in taken):
            continue
        start, end = designation_extent(masked, _last_level(masked, m, rules), m.end())
        verb = designating_re().search(masked, max(0, start - 6), start)
        # 成功创建…示范市: the city holds the title; 创建 alone may be the work toward it
        attained = verb is not None and verb.group(0) not in rules.striving
        found.append(
            dict(
                start=start,
                end=end,
                verb_start=verb.start() if verb else start,
                striving=verb is not None and not attained,
                awarders=(),
                place_level=attained
                and bool(rules.place_level.search(_BRACKETS_AT_END.sub("", masked[start:end]))),
            )
        )
    return sorted(found, key=lambda f: f["start"])


def _designations(masked: str, rules: RecognitionRules, places) -> list:
    """The designations a level word leads (省级…示范村, 全国…示范市), and those a place leads
    right after a designating verb and its batch (成功创建第三批|重庆市…示范区: the province or
    city that designates, named in place of its level), as matches of their span."""
    found = list(rules.designation_re.finditer(masked))
    starts = {s for s, _ in places}
    for verb in designating_re_anywhere().finditer(masked):
        pos = verb.end()
        batch = _BATCH_AFTER.match(masked, pos)
        pos = batch.end() if batch else pos
        if pos not in starts:
            continue
        head = rules.designation_after_place.match(masked, pos)
        if head is not None and not any(m.start() <= pos < m.end() for m in found):
            found.append(head)
    for verb in designating_re_anywhere().finditer(masked):
        if verb.group(0) in rules.striving:
            continue  # 创建“…”: maybe the work toward it
        # 创成“省级智慧矫正中心”: a quoted name a level word opens, attained: a designation
        quoted = rules.quoted_designation.match(masked, verb.end())
        if quoted is not None and not any(m.start() <= quoted.start() < m.end() for m in found):
            found.append(quoted)
    return sorted(found, key=lambda m: m.start())


def _listed_title(label: str, rules: RecognitionRules) -> str | None:
    """The title a list's name holds before its list word (…示范地区|名单), or None where the
    label names no list or the words before it are no title (司法部公布的首批|名单).

    >>> rules = RecognitionRules.from_lexicon(lexicon("recognitions"), 40)
    >>> _listed_title("全国法治政府建设示范地区名单", rules), _listed_title("首批名单", rules)
    ('全国法治政府建设示范地区', None)
    """
    for word in rules.lists:
        if label.endswith(word) and rules.heads.search(_without_year(label[: -len(word)])):
            return label[: -len(word)]
    return None


_BATCH_AFTER = re.compile(r"第[一二三四五六七八九十\d]+批")


_CHAIN_ADVERB = re.compile("(?:并且?|又|还|同时)")


def _chain_goes_on(masked: str, pos: int, rules: RecognitionRules) -> bool:
    """An adverb of addition and another award verb (…示范项目”|并入选…): the next award of the
    same recipient begins, no comma between.

    >>> rules = RecognitionRules.from_lexicon(lexicon("recognitions"), 40)
    >>> _chain_goes_on("示范项目”并入选十大法治事件", 5, rules), _chain_goes_on("并推广", 0, rules)
    (True, False)
    """
    adverb = _CHAIN_ADVERB.match(masked, pos)
    return adverb is not None and rules.award_re.match(masked, adverb.end()) is not None


def _last_level(masked: str, m: re.Match, rules: RecognitionRules) -> int:
    """Where the designation begins: at the last level word that still leads to its head (全省
    率先实现省级食品安全示范区 → 省级…, not the 全省 of the clause)."""
    start = m.start()
    for pos in range(m.start() + 1, m.end()):
        inner = rules.designation_re.match(masked, pos)
        if inner is not None and inner.end() == m.end():
            start = pos
    return start


_TRAILING_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)[个家项名处件所]$")
# an aside in brackets that ranks the award among others (全市唯一, 全省第一, 排名第3)
_RANK_ASIDE = re.compile(
    r"[(（][^()（）]{0,8}(?:唯一|第[一二三\d]|首个|首家|之一|排名|位列)[^()（）]{0,6}[)）]$"
)
_BATCH_BEFORE = re.compile(r"(?:第[一二三四五六七八九十百\d]+批|(?:19|20)\d{2}年度?)$")
_QUOTE_CLOSE = re.compile(r"[^“”，,。；;]{0,8}”")


def designation_extent(masked: str, start: int, end: int) -> tuple[int, int]:
    """A designation's name with the quotes around it and the batch or year before it
    (第九批“全国民主法治示范村(社区)”, 2023年度省级示范单位): they name the same title.

    >>> text = "创建第九批“全国民主法治示范村(社区)”"
    >>> start, end = designation_extent(text, 6, 14)
    >>> text[start:end]
    '第九批“全国民主法治示范村(社区)”'
    """
    if start and masked[start - 1] == "“":
        close = _QUOTE_CLOSE.match(masked, end)
        if close is not None:
            start, end = start - 1, close.end()
    batch = _BATCH_BEFORE.search(masked[max(0, start - 10) : start])
    if batch is not None:
        start -= len(batch.group(0))
    return start, end


_BRACKETED_YEAR = re.compile(r"[(（](?:19|20)\d{2}年?[)）]$")


_BRACKETS_AT_END = re.compile(r"[(（][^()（）]{1,12}[)）]$")


def _without_year(label: str) -> str:
    """The label without closing quotes and a trailing year in brackets (创新案例(2024))."""
    return _BRACKETED_YEAR.sub("", label.rstrip('”"'))


_TITLE_CLOSED = re.compile(r"[”」](?:荣誉)?称号$")


def _split_items(text, start, end, rules=None):
    """获评A、B → A and B (a 、 outside quotes separates two awards, and so does the meeting of
    two quotes, with or without a conjunction: 获评“A”“B”, 被评为“A”和“B”; and a conjunction
    between a title's head and a level word that opens the next: 全国…示范村和省级…村).

    >>> text = "获评“示范县”“先进县”、优秀单位"
    >>> [text[s:e] for s, e in _split_items(text, 2, len(text))]
    ['“示范县”', '“先进县”', '优秀单位']
    >>> text = "被评为“省级民主法治村”和“全国乡村治理示范村镇”"
    >>> [text[s:e] for s, e in _split_items(text, 3, len(text))]
    ['“省级民主法治村”', '“全国乡村治理示范村镇”']
    >>> text = "荣获“全国法院先进集体”称号和“全省人民满意政法单位”称号"
    >>> [text[s:e] for s, e in _split_items(text, 2, len(text))]
    ['“全国法院先进集体”称号', '“全省人民满意政法单位”称号']
    """
    depth, begin = 0, start
    for i in range(start, end):
        char = text[i]
        if char in "“「" and depth == 0 and i > begin and text[i - 1] in "”」":
            yield begin, i
            begin = i
        if char in "“「《(（":
            depth += 1
        elif char in "”」》)）":
            depth = max(0, depth - 1)
        elif char == "、" and depth == 0:
            yield begin, i
            begin = i + 1
        elif (
            char in "和及与"
            and depth == 0
            and i > begin
            and (text[i - 1] in "”」" or _TITLE_CLOSED.search(text, begin, i))
            and text[i + 1 : i + 2] in ("“", "「")
        ):  # (荣获“A”称号和“B”称号: each quote with the word that says it is a title)
            yield begin, i
            begin = i + 1
        elif (
            char in "和及与"
            and depth == 0
            and rules is not None
            and rules.heads.search(text, begin, i)
            and rules.level_start.match(text, i + 1)
        ):
            yield begin, i  # 全国民主法治示范村|和|省级民主法治村: two titles
            begin = i + 1
    if begin < end:
        yield begin, end


def _disposes_of_its_own(masked: str, verb_start: int, holders: set, markers: frozenset) -> bool:
    """The award verb is the predicate of a disposal (把/将 + object + verb): the clause's subject
    files a thing of its own under a category (将法治建设纳入考核, 把X确定为重点任务), unless the
    object is a place or a body, or names one (省政府将我县列为试点县: the county is designated).
    将 that forms a word with a neighbour (即将, 将来) is no marker.

    >>> _disposes_of_its_own("将法治建设纳入考核", 6, set(), frozenset("把将"))
    True
    >>> _disposes_of_its_own("省政府将我县列为试点县", 6, set(), frozenset("把将"))
    False
    """
    lo = clause_start(masked, verb_start)
    for pos in range(verb_start - 3, lo - 1, -1):
        if masked[pos] in markers and _stands_alone(masked, pos):
            obj = masked[pos + 1 : verb_start]
            return not (pos + 1 in holders or _SELF_OR_ITS.match(obj) or "被" in obj)
    return False


def _stands_alone(text: str, pos: int) -> bool:
    """The character at `pos` forms no common word with the one before or after it."""
    return begins_no_word(text, pos) and (pos == 0 or begins_no_word(text, pos - 1))


# 我县, 本市, 该区, 其: the object names the report's area, a body, or refers back to one
_SELF_OR_ITS = re.compile(r"(?:[我本该][省市州盟县区旗镇乡街局委厅院所办]|其)")


def _body_then_award_verb(masked, pos, agencies, award_re) -> bool:
    """A body begins at `pos` and an award verb follows it (获|司法部|表彰为: the body awards)."""
    body = next((e for s, e in agencies if s == pos), None)
    return body is not None and award_re.match(masked, _AWARDER_GAP.match(masked, body).end())


def _awarders(masked, verb_start, agencies):
    """被X评为 / 获X命名 / 被X、Y联合命名为: the bodies between 被/获 and the verb, a list of them
    joined by 、/和/与/及 (the ministries that name a title together).

    >>> _awarders("石阜村被司法部、民政部命名为", 11, [(4, 7), (8, 11)])
    ((4, 7), (8, 11))
    """
    spans = sorted(agencies)
    ends = {e: (s, e) for s, e in spans}
    last = next(
        (ends[e] for e in range(verb_start, verb_start - 4, -1) if e in ends), None
    )  # the body before the verb, perhaps with 联合/共同 between
    if last is None or _AWARDER_GAP.fullmatch(masked, last[1], verb_start) is None:
        return ()
    found = [last]
    while True:
        s = found[-1][0]
        if s > 0 and masked[s - 1] in "被获由经":
            return tuple(reversed(found))
        before = next((span for span in spans if masked[span[1] : s] in list_joiners()), None)
        if before is None:
            return ()
        found.append(before)


_AWARDER_GAP = re.compile(r"(?:联合|共同)?")
