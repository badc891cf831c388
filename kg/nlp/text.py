"""Pure text helpers shared by the components: masks of quoted spans, clause windows, left trim."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kg.nlp.alternation import longest_word_pattern
from kg.pos import (
    COMMON_WORD,
    MAX_WORD,
    RARE_WORD,
    adverb_ends_at,
    attributive_morphemes,
    begins_a_word,
    begins_no_word,
    dictionary,
    forms_agent_noun,
    is_verb,
    list_joiners,
    localizers,
    prepositions,
    skip_adverbs,
    suffix_at,
    word_at,
)
from kg.resources import lexicon

OPEN_QUOTES = "“「『‘"
CLOSE_QUOTES = "”」』’"
_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’"}
PREDICATE_COMPLEMENTS = "起了出成好"  # 构建起, 形成了: directional and aspect complements
# 落实到, 延伸至: complements of direction that open the verb's goal (not 到位, 到期: words)
GOAL_COMPLEMENTS = "到至"
MASK_CHAR = "\ufffc"  # object replacement char: never matched by a pattern of the lexicon


_BOOK_MARKS = re.compile("[《》\n。]")
_QUOTE_MARKS = re.compile('[“”「」『』‘’"\n。]')


def book_title_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost 《…》 including the brackets; nested 《》 stay inside."""
    spans, depth, start = [], 0, 0
    for m in _BOOK_MARKS.finditer(text):  # visit the marks only, not every character
        i, char = m.start(), m.group()
        if char == "《":
            if depth == 0:
                start = i
            depth += 1
        elif char == "》":
            if depth:
                depth -= 1
                if depth == 0:
                    spans.append((start, i + 1))
        elif depth:  # an unclosed 《 does not run past its sentence
            depth = 0
    return spans


_PLAN_ORDINAL = re.compile(r"[“「『‘\"][一二三四五六七八九十]{1,3}五[”」』’\"]")


def plan_ordinal(quoted: str) -> bool:
    """A quote that only numbers a five-year plan (“八五”, “十四五”): the genre's name of a plan
    period (the eighth five-year legal-education plan), a numeral rather than a slogan.

    >>> plan_ordinal("“八五”"), plan_ordinal("“十四五”"), plan_ordinal("“最多跑一次”")
    (True, True, False)
    """
    return bool(_PLAN_ORDINAL.fullmatch(quoted))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each “…” (and 「」『』‘’) pair including the marks; ASCII "…" pairs too."""
    spans = []
    stack: list[tuple[str, int]] = []
    ascii_open = None
    for m in _QUOTE_MARKS.finditer(text):  # visit the marks only, not every character
        i, char = m.start(), m.group()
        if char in _PAIRS:
            stack.append((char, i))
        elif char in CLOSE_QUOTES:
            while stack and _PAIRS[stack[-1][0]] != char:
                stack.pop()
            if stack:
                _, start = stack.pop()
                if not stack:
                    spans.append((start, i + 1))
        elif char == '"':
            if ascii_open is None:
                ascii_open = i
            else:
                spans.append((ascii_open, i + 1))
                ascii_open = None
        else:  # \n or 。: a quote does not run past its sentence
            stack.clear()
            ascii_open = None
    return sorted(spans)


def mask(text: str, spans: list[tuple[int, int]], keep_marks: bool = True) -> str:
    """Replace the inside of each span by MASK_CHAR (same length, so offsets stay valid)."""
    parts, pos = [], 0
    for start, end in sorted(spans):
        lo, hi = (start + 1, end - 1) if keep_marks else (start, end)
        lo = max(lo, pos)
        if hi <= lo:
            continue
        parts.append(text[pos:lo])
        parts.append(MASK_CHAR * (hi - lo))
        pos = hi
    parts.append(text[pos:])
    return "".join(parts)


@lru_cache(maxsize=1)
def _boundary_re() -> re.Pattern:
    lex = lexicon("common")
    words = [*lex["left_boundaries"], *lex["not_boundaries"], *lex["joiners_after_bodies"]]
    return re.compile(longest_word_pattern(words))


@lru_cache(maxsize=1)
def _reciprocals() -> frozenset:
    return frozenset(lexicon("common")["reciprocal_verbs"])


@lru_cache(maxsize=1)
def _joiners() -> frozenset:
    return frozenset(lexicon("common")["joiners_after_bodies"])


@lru_cache(maxsize=1)
def _body_end_re() -> re.Pattern:
    """A body's suffix at the end of the text before a joiner (局, 委员会, 人民法院 …)."""
    agencies = lexicon("agencies")
    suffixes = sorted(set(agencies["strong_suffixes"]) | set(agencies["weak_suffixes"]), key=len)
    return re.compile("(?:" + "|".join(map(re.escape, reversed(suffixes))) + ")$")


def joins_a_second_body(masked: str, start: int) -> bool:
    """Whether a joiner at `start` follows a body's suffix (市公安局|联合), so it joins two bodies
    and is a boundary; after anything else it is part of a name (纠纷联合调解委员会).

    >>> joins_a_second_body("市公安局联合市交通运输局", 4)
    True
    >>> joins_a_second_body("医患纠纷联合调解委员会", 4)
    False
    """
    return _body_end_re().search(masked, 0, start) is not None or _opens_clause_before_area(
        masked, start
    )


def _opens_clause_before_area(masked: str, start: int) -> bool:
    """A joiner that opens its clause before a jurisdiction is a preposition (，联合市委宣传部
    举办…: together with that body; the report's own body is the unnamed subject).

    >>> _opens_clause_before_area("。联合市委宣传部举办", 1)
    True
    >>> _opens_clause_before_area("。联合调解", 1)
    False
    """
    if start and masked[start - 1] != "\n" and not clause_break_re().match(masked, start - 1):
        return False
    joiner = next((j for j in _joiners() if masked.startswith(j, start)), None)
    return joiner is not None and masked.startswith(_area_prefixes(), start + len(joiner))


@lru_cache(maxsize=1)
def _area_prefixes() -> tuple:
    return tuple(lexicon("agencies")["jurisdiction_prefixes"])


@lru_cache(maxsize=1)
def _not_boundaries() -> frozenset:
    return frozenset(lexicon("common")["not_boundaries"])


@lru_cache(maxsize=1)
def clause_break_re() -> re.Pattern:
    return re.compile(lexicon("common")["clause_breaks"])


def clause_start(masked: str, end: int, limit: int = 40, extra_breaks: str = "") -> int:
    """Start of the clause that ends at `end` (after the last clause break or line end), at
    most `limit` back.

    >>> clause_start("一是完善制度，二是推进改革", 13), clause_start("推进改革", 4, limit=2)
    (7, 2)
    """
    lo = max(0, end - limit)
    breaks = _break_positions(masked)
    i = bisect_left(breaks, end) - 1
    last = breaks[i] + 1 if i >= 0 and breaks[i] >= lo else None
    for char in extra_breaks:
        pos = masked.rfind(char, lo, end)
        if pos >= 0 and (last is None or pos + 1 > last):
            last = pos + 1
    return lo if last is None else last


@lru_cache(maxsize=8)
def _break_positions(masked: str) -> list[int]:
    """Where the text's clause breaks and line ends stand, found once per text: every body,
    programme and figure asks for the start of its clause."""
    breaks = re.compile(f"{clause_break_re().pattern}|\n")
    return [m.start() for m in breaks.finditer(masked)]


def trim_left(masked: str, start: int, end: int, keep: int = 2) -> int:
    """Move `start` past the last boundary word (verb or function word) inside [start, end)
    that leaves at least `keep` characters of name.

    Words are scanned left to right, longest first, so 推进行政 reads 推进|行政 and not 推|进行;
    the last of them that bounds decides, so they are then tested from the right.
    """
    protected = _not_boundaries()
    for m in reversed(list(_boundary_re().finditer(masked, start, end))):
        if m.end() == end and _attributive_hua(m.group(0)):
            continue  # 常态化|机制: an adverb in -化 right before the head is its attribute
        if m.start() > start and _ends_a_likelier_word(masked, m.start(), m.group(0)):
            continue  # 建设|有关: 设有 only seems to stand there; 建设 holds its first character
        if end - m.end() >= keep and m.group(0) not in protected:
            cut = _cut_after(masked, m, start, end, keep)
            if cut is not None:
                return cut
    return start


def _ends_a_likelier_word(masked: str, pos: int, word: str) -> bool:
    """`word` only seems to stand at `pos`: the text reads as words with the character before
    and the first of `word` one word and the rest of `word` with the next character another
    (建设|有关, not 建|设有|关), while read with `word` the character before would stand alone
    (政府建: 府建 is no word). 依法|制发|文书 keeps 制发: 依法 is a word too.

    >>> _ends_a_likelier_word("政府建设有关议题", 3, "设有")
    True
    >>> _ends_a_likelier_word("依法制发文书", 2, "制发")
    False
    """
    entries = dictionary()
    if masked[pos - 1 : pos + 1] not in entries:
        return False
    if masked[pos + 1 : pos + len(word) + 1] not in entries:
        return False
    return pos < 2 or masked[pos - 2 : pos] not in entries


def _attributive_hua(word: str) -> bool:
    """A word in -化 of three characters or more (常态化, 规范化, 一体化): before a verb an
    adverb, before a noun its attribute.

    >>> _attributive_hua("常态化"), _attributive_hua("落实")
    (True, False)
    """
    return len(word) >= 3 and word.endswith("化")


def _cut_after(masked: str, m: re.Match, start: int, end: int, keep: int) -> int | None:
    """Where a name begins after the boundary word `m`, or None if `m` bounds nothing."""
    word = m.group(0)
    if word in _joiners() and not joins_a_second_body(masked, m.start()):
        return None
    if word in list_joiners() and masked[max(start, end - 2) : end] in _reciprocals():
        return None  # 行政调解与人民调解衔接机制: 与 joins the two parts of one name
    if word in _reciprocals() and m.end() == end and _joins_two_parts(masked, start, m.start()):
        return None  # 法治督察与纪检监察监督协作配合|机制: the joined parts' verb is the name's
    if suffix_at(masked, m.end()) or forms_agent_noun(masked, m.start(), m.end()):
        return None  # 规范|性文件, 负责|人: the word is the stem of a noun, no boundary
    if _names_a_period(masked, m.end()):
        return None  # 宪法宣传|周, 法治宣传|月: an event named by its week or month
    if (
        len(word) == 1
        and (inside_word(masked, m.start(), m.end()) or begins_a_word(masked, m.start()))
        and not (word in list_joiners() and _body_end_re().search(masked, 0, m.start()))
    ):
        # 双向评价: 向 is part of the word 双向, not a function word; but after a body's suffix
        # 和 joins the next body (县财政局和|县审计局), whatever word 和县 makes with what follows
        return None
    if _ends_a_compound_noun(masked, m.start(), m.end(), start):
        # 录入机构编制监管平台: 编制 ends the noun 机构编制, no verb here; the name begins
        # with that noun where a verb of the dictionary stands before it
        noun = m.start() - 2
        if noun - 2 >= start and is_verb(masked[noun - 2 : noun]) and end - noun >= keep:
            return noun
        return None
    cut = m.end()
    idiom = _idiom_at(masked, m.start(), end)
    if idiom and end - (m.start() + idiom) >= keep:
        cut = m.start() + idiom  # 以点带面: the boundary opens an idiom; cut after it
    if masked[cut : cut + 1] in PREDICATE_COMPLEMENTS and end - cut - 1 >= keep:
        entry = dictionary().get(word)
        if entry is not None and entry[1] in ("v", "vd"):
            cut += 1  # 构建起“…”: the complement belongs to the verb
    elif _opens_the_goal(masked, cut) and end - cut - 1 >= keep:
        cut += 1  # 贯彻落实到…工作中: 到 belongs to the verb
    return cut


def _joins_two_parts(masked: str, start: int, end: int) -> bool:
    """A list joiner (与, 和, 及 …) stands inside masked[start:end], after its first character."""
    joiners = list_joiners()
    return any(char in joiners for char in masked[start + 1 : end])


def _opens_the_goal(text: str, pos: int) -> bool:
    """到/至 at `pos` right after a verb is its complement, unless it begins a common word with
    what follows (落实|到位, 截至|到期).

    >>> _opens_the_goal("落实到基层治理工作", 2), _opens_the_goal("落实到位", 2)
    (True, False)
    """
    return text[pos : pos + 1] in GOAL_COMPLEMENTS and begins_no_word(text, pos)


def _names_a_period(text: str, pos: int) -> bool:
    """A week, month or day follows the verb and begins no word with what follows it: the verb
    and it name an event (宣传周, 宣传月, 服务月; but 完善|日常监管).

    >>> _names_a_period("宪法宣传周系列活动", 4), _names_a_period("完善日常监管", 2)
    (True, False)
    """
    return text[pos : pos + 1] in ("周", "月", "日") and begins_no_word(text, pos)


def _ends_a_compound_noun(text: str, start: int, end: int, lo: int) -> bool:
    """The word text[start:end] ends a four-character noun of the dictionary with the two
    characters before it, themselves a noun (机构|编制 is 机构编制): then it is not a verb that
    bounds a name (but 充分发挥 is no noun phrase).

    >>> _ends_a_compound_noun("录入机构编制监管平台", 4, 6, 0)
    True
    >>> _ends_a_compound_noun("全面编制清单", 2, 4, 0)
    False
    """
    if end - start != 2 or start - 2 < lo:
        return False
    words = dictionary()
    compound, head = words.get(text[start - 2 : end]), words.get(text[start - 2 : start])
    return (
        compound is not None
        and compound[1].startswith("n")
        and head is not None
        and head[1].startswith("n")  # 机构 is a noun; 充分(发挥) is not
    )


def _idiom_at(text: str, pos: int, end: int) -> int:
    """Length of a four-character idiom (jieba i / l) starting at `pos`, else 0."""
    entry = dictionary().get(text[pos : pos + 4]) if pos + 4 <= end else None
    return 4 if entry is not None and entry[1] in ("i", "l") else 0


def inside_word(text: str, start: int, end: int) -> bool:
    """text[start:end] lies inside a common dictionary word that reaches past it on either side
    and is neither a verb nor a function word (双向, 在线).

    >>> inside_word("网格成员间的双向评价", 7, 8), inside_word("在江南街道", 0, 1)
    (True, False)
    """
    words = _content_words()
    for lo in range(max(0, end - MAX_WORD), start + 1):
        for hi in range(max(end, lo + 2), min(len(text), lo + MAX_WORD) + 1):
            if (lo < start or hi > end) and text[lo:hi] in words:
                return True
    return False


@lru_cache(maxsize=1)
def _content_words() -> frozenset[str]:
    """The common nouns, adjectives and attributives of the dictionary (n…, a…, b…), two
    characters or more: what a function word cannot stand inside."""
    return frozenset(
        word
        for word, (frequency, tag) in dictionary().items()
        if len(word) >= 2 and frequency >= COMMON_WORD and tag[0] in "nab"
    )


def strip_predicate(masked: str, start: int, end: int, keep: int = 2) -> int:
    """Move `start` past a predicate that opens the window: adverbs (全面, 精心, 主动), then a verb
    of the dictionary or an idiom (理清, 融入, 构建, 以点带面) with its complement (起, 了), while
    at least `keep` + 2 characters of name remain.

    >>> text = "全面理清执法事项清单"
    >>> text[strip_predicate(text, 0, len(text)):]
    '执法事项清单'
    >>> text = "阐释成果征集评比活动"  # 成 begins 成果: no complement of 阐释
    >>> text[strip_predicate(text, 0, len(text)):]
    '成果征集评比活动'
    """
    pos = skip_adverbs(masked, start, end)
    word = word_at(masked, pos, end)
    entry = dictionary().get(word)
    # an idiom (i) leads a predicate; a fixed phrase (l) only when a preposition opens it
    # (以点带面), since jieba tags noun phrases such as 生态环境 l too; a verbal noun (vn) when
    # an adverb stands before it, inside the window or right before it, since adverbs qualify
    # verbs (全方位|建设|一站式工作站)
    leading_verb = (
        entry is not None
        # a rare entry is no evidence of a verb (扫黑 2: 扫黑除恶专项斗争 is one name)
        and (entry[0] >= RARE_WORD or entry[1] != "v")
        and (
            entry[1] in ("v", "vd", "i")
            or (entry[1] == "l" and word[0] in prepositions())
            or (entry[1] == "vn" and (pos > start or adverb_ends_at(masked, start)))
        )
        and word[0] not in attributive_morphemes()  # 涉税纠纷: an attribute, not a predicate
        # 规范性文件, 负责人: the verb is the stem of a noun
        and not suffix_at(masked, pos + len(word))
        and not forms_agent_noun(masked, pos, pos + len(word))
    )
    if len(word) >= 2 and leading_verb:
        after = pos + len(word)
        if masked[after : after + 1] in PREDICATE_COMPLEMENTS and begins_no_word(masked, after):
            after += 1  # 构建|起, but 阐释|成果: the character begins a word, no complement
        if end - after >= keep + 2:
            return after
    return start if pos == start or end - pos < keep + 2 else pos


def first_boundary(text: str, start: int, end: int, keep: int = 2) -> int:
    """End of the phrase starting at `start`: the first boundary word after `keep` characters."""
    protected = _not_boundaries()
    for m in _boundary_re().finditer(text, start, end):
        if m.start() - start >= keep and m.group(0) not in protected:
            return m.start()
    return end


@lru_cache(maxsize=1)
def scope_words() -> tuple[str, ...]:
    """全市, 全省, 我市 …: the words of scope (common.json), longest first."""
    return tuple(sorted(lexicon("common")["scope_words"], key=len, reverse=True))


# a year, a batch, how many rounds held (两轮县机构改革, 16场法治宣传活动) or a first (全省首个
# “共享法庭”示范点: a rank, not the name; 首问负责制, 首违不罚 keep their 首)
_LEADING_YEAR_BATCH_OR_COUNT = re.compile(
    r"(?:(?:19|20)\d{2}年度?|第[一二三四五六七八九十\d]{1,3}批|(?:\d+|[一二三四五六七八九十两]+)[轮次届场]"
    r"|首[个家批座支])+"
)


def strip_scope(text: str) -> int:
    """Length of a leading scope word (全市, 我市, 市本级 …), year (2022年度) or batch (第二批:
    the round of a national campaign, not part of its name) to drop.

    >>> strip_scope("全省首个“共享法庭”示范点"), strip_scope("首问负责制")
    (4, 0)
    """
    m = _LEADING_YEAR_BATCH_OR_COUNT.match(text)
    if m:
        return m.end() + strip_scope(text[m.end() :])
    if not text.startswith(scope_words()):
        return 0  # one call tests them all; the loop below finds which (most names have none)
    for word in scope_words():
        if text.startswith(word):
            return len(word) + strip_scope(text[len(word) :])
    return 0


def ends_inside_word(text: str, end: int) -> bool:
    """A name cannot end at `end` when its last character and the next form a common word
    (事项目|录: 目录; 工作法|治化: 法治). A localizer after it (推进会|上: 会上 is a word of time
    in the dictionary) frames the name instead.

    >>> ends_inside_word("审查事项目录清单", 5), ends_inside_word("共享法庭,", 4)
    (True, False)
    >>> ends_inside_word("在改革推进会上", 6), ends_inside_word("电视电话会议和推进会", 6)
    (False, False)
    >>> ends_inside_word("对6件涉及计划生育规范性文件", 7)
    True
    """
    if 2 <= end < len(text) and _crossed_by_a_long_word(text, end):
        return True  # 涉及计划|生育: 计划生育 (family planning) is one word
    entry = dictionary().get(text[end - 1 : end + 1]) if 0 < end < len(text) else None
    if entry is None or entry[0] < COMMON_WORD or text[end] in _CONJUNCTIONS:
        return False  # 电视电话会议|和…推进会: 议和 (to sue for peace) is no word of the genre
    return not (entry[1] in _PHRASES_OF_PLACE_OR_TIME and text[end] in localizers())


_CONJUNCTIONS = "和与及"


def ends_a_word(text: str, start: int, end: int) -> bool:
    """A dictionary word that begins before `start` ends at `end`: text[start:end] is the end
    of that word (村规民|约, 节|约, 公|约), not a word of its own. Shorter words than four
    characters count only when common (资金约: 金约, 成功率达: 功率达 are rare entries, no words
    there); four-character compounds are rarer and still words (村规民约 3).

    >>> ends_a_word("审核村规民约86件", 5, 6), ends_a_word("节约资金约3万元", 1, 2)
    (True, True)
    >>> ends_a_word("节约资金约3万元", 4, 5), ends_a_word("调解成功率达", 5, 6)
    (False, False)
    """
    words = dictionary()
    for begin in range(max(0, end - MAX_WORD), start):
        entry = words.get(text[begin:end])
        if entry is not None and (end - begin == 4 or entry[0] >= COMMON_WORD):
            return True
    return False


# a compound of four characters or more is rarer than a two-character word and still one word
# (工程建设 23, 计划生育 1446): a lower bar than COMMON_WORD
_LONG_WORD_FREQUENCY = 10


def _crossed_by_a_long_word(text: str, end: int) -> bool:
    """A common word of four characters or more begins one or two characters before `end` and
    runs past it (计划|生育 in 计划生育).

    >>> _crossed_by_a_long_word("涉及计划生育规范性文件", 4)
    True
    >>> _crossed_by_a_long_word("推行审慎监管制度，", 8)
    False
    """
    for start in (end - 2, end - 1):
        for size in (4, 5, 6):
            word = text[start : start + size]
            entry = dictionary().get(word) if len(word) == size else None
            if entry is not None and entry[0] >= _LONG_WORD_FREQUENCY and start + size > end:
                return True
    return False


_PHRASES_OF_PLACE_OR_TIME = ("t", "s", "f")  # jieba's tags of time, place and direction words


@lru_cache(maxsize=1)
def _count_lead_in() -> re.Pattern:
    """The words between what is counted and its figure (达, 共计, 累计, 分别为 …:
    quantities.json indicator_trailing, the same slot after an indicator) and 等, run together."""
    words = [*lexicon("quantities")["indicator_trailing"], "等"]
    return re.compile(f"(?:{longest_word_pattern(words)})+$")


def before_count_lead_in(text: str, start: int, end: int) -> int:
    """Where text[start:end], the words before a figure, ends without the words leading the
    figure in; `end` where there are none, or where they end a word of the deed's own
    (文书送达, 违法行为).

    >>> text = "开展专题学习达到"
    >>> text[: before_count_lead_in(text, 0, len(text))]
    '开展专题学习'
    >>> before_count_lead_in("开展文书送达", 0, 6), before_count_lead_in("查处违法行为", 0, 6)
    (6, 6)
    """
    found = _count_lead_in().search(text, start, end)
    if found is None or found.start() == start or ends_inside_word(text, found.start()):
        return end
    if ends_a_word(text, found.start(), found.start() + 1):
        return end  # 审核村规民约: 约 ends the word, it leads no figure in
    return found.start()


@lru_cache(maxsize=1)
def summing_word_re() -> re.Pattern:
    """共, 累计, 共计 …: the words that sum a count before its verb (frames.json summing_words)."""
    return re.compile(longest_word_pattern(lexicon("frames")["summing_words"]))
