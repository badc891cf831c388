"""Reported quantities → Outcome spans: value normalised, unit, approximate, indicator, year,
and baselines (从2019年27%降至2023年3.92%)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.chars import is_han
from kg.nlp.base import SpanIndex, add_span, context
from kg.nlp.text import clause_break_re, ends_a_word, first_boundary, trim_left
from kg.numerals import CHINESE_NUMERAL_CHARS, decimal_text, to_decimal
from kg.pos import suffix_at
from kg.resources import lexicon

_PROGRAMME_HEADS = (
    "(制度|机制|体系|工程|行动|改革|模式|战略|精神|经验|理念|原则|举措|方针|任务|目标|重点"
    "|环节|领域|方面|要求|问题|原则|大|化|进|级|种|化)"
)


@Language.factory("fz_quantities", default_config={"lexicon": "quantities"})
def make_quantities(nlp: Language, name: str, lexicon: str):
    return QuantityRecognizer(lexicon)


class QuantityRecognizer:
    def __init__(self, lexicon_name: str):
        self.lexicon_name = lexicon_name
        self.pattern = None

    def initialize(self, get_examples=None, nlp=None):
        lex = lexicon(self.lexicon_name)
        self.lex = dict(lex, **_sorted_word_lists(lex))
        self.pattern = compile_quantity_pattern(lex)
        self.change_verbs = re.compile(lex["change_verbs"])

    def __call__(self, doc: Doc) -> Doc:
        if self.pattern is None:
            self.initialize()
        ctx = context(doc)
        text, masked = context(doc)["text"], ctx["masked"]
        covered = SpanIndex(ctx["books"] + ctx["quotes"])
        found = [
            q
            for q in scan_quantities(text, self.pattern, self.lex)
            if not covered.covers(q["start"], q["end"])
        ]
        baseline_of = pair_baselines(text, found, self.change_verbs)
        respective = respective_indicators(text, found, self.lex)
        skip = {id(b) for b in baseline_of.values()}
        default_year = ctx.get("covers_year")
        before = None  # (end, indicator) of the figure before in the sentence
        for q in found:
            if id(q) in skip:
                continue
            base = baseline_of.get(id(q))
            if base:  # 行政败诉率从27%降至3.92%: what is counted stands before 从
                indicator = indicator_for(
                    text, masked, _change_start(text, base["start"]), q["end"], self.lex
                )
            else:
                indicator = respective.get(id(q)) or indicator_for(
                    text, masked, q["start"], q["end"], self.lex
                )
                if before is not None and moves_the_measure_before(text, before[0], q["start"]):
                    indicator = before[1]  # …纠错率12.5%，|较上年提高3个百分点: that rate moved
            before = (q["end"], indicator)
            attrs = dict(
                value=q["value"],
                unit=q["unit"],
                approximate=q["approximate"],
                indicator=indicator,
                year=_year_before(text, q["start"], default_year),
            )
            if base:
                attrs.update(
                    baseline_value=base["value"],
                    baseline_unit=base["unit"],
                    baseline_year=_year_before(text, base["start"], None),
                )
                add_span(doc, base["start"], q["end"], "Outcome", **attrs)
            else:
                add_span(doc, q["start"], q["end"], "Outcome", **attrs)
        return doc


_BARE_POWERS = frozenset("十百千万亿")  # a power of ten with no digit before it
_REACHES = re.compile(r"(?:达|上|破|至)$")  # 参与人数达万人, 上万人: it counts


def compile_quantity_pattern(lex: dict) -> re.Pattern:
    units = sorted(set(lex["classifiers"]) | set(lex["percent"]), key=len, reverse=True)
    before = sorted(lex["approximate_before"], key=len, reverse=True)
    after = sorted(lex["approximate_after"], key=len, reverse=True)
    # a match's first character, looked ahead: where none can begin, re fails on one class test
    # instead of trying every alternative (half the time of the whole scan)
    first = "".join(sorted({re.escape(word[0]) for word in before}))
    return re.compile(
        rf"(?=[{first}\d{CHINESE_NUMERAL_CHARS}])"
        rf"(?P<pre>{'|'.join(before)})?"
        rf"(?P<num>\d+(?:[.,]\d+)*|[{CHINESE_NUMERAL_CHARS}]+)"
        rf"[ \u3000]?(?P<approx0>余|多)?(?P<mult>{'|'.join(lex['multipliers'])})?"  # 3200余万元
        rf"(?P<approx1>余|多)?[ \u3000]?"
        r"(?:大(?=[项类]))?"  # 交办整改事项10大项: items counted by their major kinds
        r"(?:个(?=工作日))?"  # 56个工作日: 工作日 is the unit, 个 its classifier
        rf"(?P<unit>{'|'.join(map(re.escape, units))})"
        rf"(?P<approx2>{'|'.join(after)})?"
    )


# compiled once: scan_quantities and _year_before run for every figure of the text
# 第3批, 前10名, 5月3日; not 先后|4次, 前后|3次 (successively, in all)
_ORDINAL_OR_DATE_BEFORE = re.compile(r"(第|(?<![先后])前|(?<![先前])后|月|号|\d[.-])$")
_DATE_AFTER = re.compile(r"[年岁月号周]")
_WEEKDAY_BEFORE = re.compile(r"(?:周|星期|礼拜)$")
_RANGE_OR_RATIO_AFTER = re.compile(r"[+＋\-/~～]\d")  # 3-5家, 1/3
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_YEAR_OF_THE_FIGURE = re.compile(r"((?:19|20)\d{2})\s*年(?!度?(?:以来|起|底前))")


def scan_quantities(text: str, pattern: re.Pattern, lex: dict) -> list[dict]:
    """Every number with a unit that is a reported quantity (not a year, date, ordinal or name)."""
    found = []
    not_cn_units = set(lex["not_units_after_chinese_numeral"])
    for m in pattern.finditer(text):
        num, unit = m.group("num"), m.group("unit")
        pre = m.group("pre")
        if pre and ends_a_word(text, m.start("pre"), m.end("pre")):
            pre = None  # 村规民约|86件, 节约|3万元: the word's last character approximates nothing
        start = m.start("pre") if pre else m.start("num")
        before = text[max(0, start - 2) : start]
        after = text[m.end() : m.end() + 2]
        chinese = not num[0].isdigit()
        if _ORDINAL_OR_DATE_BEFORE.search(before) or _DATE_AFTER.match(after):
            continue
        if start > 0 and (text[start - 1].isdigit() or text[start - 1] in "+-×/.:："):
            continue
        if _RANGE_OR_RATIO_AFTER.match(text, m.end("num"), m.end("num") + 2):
            continue
        if chinese:
            if num == "一" or num[-1] in "万亿" and not m.group("unit"):
                continue
            if num == "两" and unit not in _COUNTED_BY_两:
                continue  # 两个确立, 两级: a name or a level; 两轮, 两场 are counts
            if unit == "次" and (
                text[start - 1 : start] == "届" or _SESSION_AFTER.match(text, m.end())
            ):
                continue  # 二十届三次全会: a plenum's ordinal, no count
            if unit in not_cn_units or re.match(rf"[“「\"《]|{_PROGRAMME_HEADS}", after):
                continue
            if start > 0 and text[start - 1] in CHINESE_NUMERAL_CHARS:
                continue
            if _WEEKDAY_BEFORE.search(text, max(0, start - 2), start):
                continue  # 每周三|组织…: a weekday, no count
            if unit == "套" and text.startswith("班子", m.end()):
                continue  # 四套班子: a place's four leading bodies (党委, 人大, 政府, 政协), a name
            approximate = pre or m.group("approx0") or m.group("approx1")
            if num in _BARE_POWERS and not approximate and not _REACHES.search(before):
                continue  # 万人成讼率, 百人宣讲团: a set phrase, no count (超万人, 百余件 are)
        value = to_decimal(num.replace(",", ""), m.group("mult") or "")
        if value is None:
            continue
        found.append(
            dict(
                start=start,
                end=m.end(),
                value=decimal_text(value),
                unit=unit.replace("％", "%"),
                approximate=bool(
                    pre or m.group("approx0") or m.group("approx1") or m.group("approx2")
                ),
            )
        )
    return found


# ANNOTATION decision 8: counts in Chinese numerals (三次, 两轮, 四名) are outcomes like digits
_COUNTED_BY_两 = frozenset("次场期轮批名人篇件")
# 六届二次、三次、四次全会: ordinals of sessions, listed before what they number
_SESSION_AFTER = re.compile(
    f"(?:[、和及][{CHINESE_NUMERAL_CHARS}]+次)*(?:全会|会议|全体会议|代表大会|党代会)"
)


def pair_baselines(text: str, found: list[dict], change_verbs: re.Pattern) -> dict:
    """从A(年)X降至B(年)Y: map the later quantity to the earlier one, its baseline."""
    pairs = {}
    for first, second in zip(found, found[1:], strict=False):
        between = text[first["end"] : second["start"]]
        if len(between) > 12 or not change_verbs.search(between) or first["unit"] != second["unit"]:
            continue
        if _change_start(text, first["start"]) < first["start"]:
            pairs[id(second)] = first
    return pairs


# 受理、办结行政复议案件分别为300件、280件: the subject of 分别 lists what each value counts
_RESPECTIVELY = re.compile(
    r"(?:^|(?<=[，,。；;：:\s]))([\u4e00-\u9fff、]{3,40})分别(?:为|是|达到|达)\s*$"
)
_LIST_JOINERS = ("、", "和", "及", "与")


def respective_indicators(text: str, found: list[dict], lex: dict) -> dict:
    """Indicators of values listed after 分别为, one per listed subject; a short subject (a verb
    such as 受理) shares the noun of the last one (受理、办结行政复议案件 → 受理行政复议案件,
    办结行政复议案件).

    Keyed by id() of the quantity; quantities outside such a list are not in it.
    """
    out: dict[int, str] = {}
    i = 0
    while i < len(found):
        m = _RESPECTIVELY.search(text, max(0, found[i]["start"] - 48), found[i]["start"])
        run = [found[i]]
        while (
            m
            and i + len(run) < len(found)
            and text[run[-1]["end"] : found[i + len(run)]["start"]] in _LIST_JOINERS
        ):
            run.append(found[i + len(run)])
        parts = [_clean(part, lex) for part in m.group(1).split("、")] if m else []
        if (
            len(run) >= 2 and len(parts) == len(run) and all(len(part) >= 2 for part in parts)
        ):  # not 市、县两级
            last = parts[-1]
            for part, quantity in zip(parts, run, strict=False):
                out[id(quantity)] = part if len(part) >= len(last) else part + last[len(part) :]
        i += len(run)
    return out


_FROM = re.compile(
    r"(?:从|由)\s*(?:(?:19|20)\d{2}\s*年(?:底|末|度)?)?\s*(?:的)?\s*$"
)  # 从2019年 / 由2022年的 before a baseline


def _change_start(text: str, start: int) -> int:
    """Where 从(2019年) begins before the quantity at `start` (`start` itself when there is
    none)."""
    m = _FROM.search(text, max(0, start - 12), start)
    return m.start() if m else start


def _year_before(text: str, pos: int, default):
    window = text[max(0, pos - 8) : pos]
    years = _YEAR.findall(window)
    if years:
        return int(years[-1])
    lo = max(0, pos - 200)  # a year further back than this is not this number's year
    sentence_start = max(lo - 1, *(text.rfind(ch, lo, pos) for ch in "。\n；;"))
    years = _YEAR_OF_THE_FIGURE.findall(text, sentence_start + 1, pos)
    return int(years[-1]) if years else default


def indicator_for(text: str, masked: str, qstart: int, qend: int, lex: dict) -> str:
    """What is counted: the noun phrase after the quantity (34家企业) when one follows directly,
    else the phrase before it in the clause (新收行政复议284件)."""
    breaks = clause_break_re()
    follow = qend
    if (
        follow < len(text)
        and (is_han(text[follow]) or text[follow] in '“"')
        and not text.startswith(("的", "和", "及", "等"), follow)
    ):
        end = follow
        while (
            end < len(text)
            and end - follow < 24
            and not breaks.match(text, end)
            and not text[end].isdigit()
        ):
            end += 1
        end = first_boundary(text, follow, end)
        passive = text.find("被", follow + 1, end)
        if passive != -1:  # 3个村|被评为…: the passive opens the predicate, even after one noun
            end = passive
        phrase = _clean(text[follow:end].rstrip("、"), lex)
        if phrase:
            return phrase
    start = qstart
    lo = max(0, qstart - 30)
    while (
        start > lo
        and not breaks.match(masked, start - 1)
        and masked[start - 1] not in "、\n"
        and not text[start - 1].isdigit()
    ):
        start -= 1
    stop = qstart
    compared = _COMPARED.search(masked, start, qstart)
    if compared is not None and compared.start() - start >= 2:
        stop = compared.start()  # 败诉率|较上年下降3.2个百分点: the rate, not how it moved
    start = trim_left(masked, start, stop, keep=2)
    return _clean(text[start:stop], lex)


def moves_the_measure_before(text: str, previous_end: int, start: int) -> bool:
    """The clause of the figure at `start` is only a comparison and a verb of change (较上年提高
    3个百分点), in the sentence of the figure before it: the difference is of that figure's
    measure.

    >>> text = "纠错率12.5%，较上年提高3个百分点"
    >>> moves_the_measure_before(text, 8, 14), moves_the_measure_before("受理8件，办结6件", 4, 7)
    (True, False)
    """
    between = text[previous_end:start]
    if "。" in between or "；" in between or "\n" in between:
        return False
    clause = max(between.rfind(mark) for mark in "，,") + 1
    if clause == 0:
        return False
    return _COMPARED.fullmatch(between, clause) is not None


# what stands between a measure and its figure: a comparison and the verb of change (较上年下降,
# 同比增长), or a streak and the verb of keeping (连续三年保持, 稳定在)
_COMPARED = re.compile(
    r"(?:(?:较|比|同比|与)(?:上年|去年|上一年|(?:19|20)\d{2}年)?(?:同期)?(?:相比)?"
    r"(?:下降|增长|提高|提升|减少|上升|降低|增加)了?"
    r"|(?:连续[\d一二两三四五六七八九十]+年)?(?:保持在?|稳定在|维持在))$"
)


def _sorted_word_lists(lex: dict) -> dict:
    """The word lists _clean strips, longest first (sorted once, not per phrase)."""
    leading = sorted(lex["indicator_leading"], key=len, reverse=True)
    trailing = sorted(lex["indicator_trailing"] + lex["indicator_verbs_end"], key=len, reverse=True)
    return {
        "_leading": leading,
        "_leading_tuple": tuple(leading),
        "_whole_words": tuple(lex["indicator_leading_in_words"]),
        "_trailing": trailing,
        "_trailing_tuple": tuple(trailing),
    }


_YEAR_OPENING = re.compile(r"^(?:(?:19|20)\d{2})?年度?(?=.)")


def _clean(phrase: str, lex: dict) -> str:
    """`lex` as prepared by QuantityRecognizer.initialize (with the sorted word lists)."""
    phrase = phrase.strip(" \u3000、")
    leading, trailing = lex["_leading_tuple"], lex["_trailing_tuple"]
    changed = True
    while changed and phrase:
        if not (
            phrase.startswith(leading) or phrase.endswith(trailing) or _YEAR_OPENING.match(phrase)
        ):
            break  # nothing to strip (the common case: one C call, not a scan of the lists)
        changed = False
        for word in lex["_leading"]:
            if (
                phrase.startswith(word)
                and len(phrase) > len(word) + 1
                and not phrase.startswith(lex["_whole_words"])
                and not suffix_at(phrase, len(word))  # 通过|率: the stem of the rate's name
            ):
                phrase, changed = phrase[len(word) :], True
        for word in lex["_trailing"]:
            if (
                phrase.endswith(word)
                and len(phrase) > len(word) + 1
                and not ends_a_word(phrase, len(phrase) - len(word), len(phrase))
            ):  # (审核村规民约: 约 ends the word, it leads no figure in)
                phrase, changed = phrase[: -len(word)], True
        stripped = _YEAR_OPENING.sub("", phrase)
        changed = changed or stripped != phrase
        phrase = stripped
    return phrase.strip(" \u3000、,，")
