"""Bodies (fz:Agency): suffix-headed names with their jurisdiction, including bodies embedded
in longer phrases (市调委会 inside 市调委会驻拘留所工作室). Span attrs: prefix, place."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.chars import is_han
from kg.gazetteer import AREA_LEVEL_WORDS, load_gazetteer
from kg.nlp.alternation import longest_word_pattern
from kg.nlp.base import add_span, context, spans_of
from kg.nlp.text import clause_start, trim_left
from kg.pos import (
    COMMON_WORD,
    NUMERAL_TAGS,
    begins_no_word,
    dictionary,
    is_verb,
    list_joiners,
    opens_with_adverb,
    skip_adverbs,
    starts_predicate,
    word_at,
)
from kg.resources import lexicon

NUMERALS = "一二三四五六七八九十百千万余多"
NATIONAL_PREFIX = "国家"  # a national prefix (agencies.json): the body gets the national scope


@Language.factory("fz_agencies", default_config={"lexicon": "agencies", "max_name": 30})
def make_agencies(nlp: Language, name: str, lexicon: str, max_name: int):
    return AgencyRecognizer(lexicon, max_name)


@dataclass(frozen=True)
class AgencyRules:
    suffix_re: re.Pattern
    strong: frozenset
    bare: frozenset
    prefixes: tuple
    levels: tuple
    generic: frozenset
    not_after_prefix: re.Pattern
    not_after_suffix: re.Pattern
    suffix_phrases: tuple
    central_re: re.Pattern
    office_suffixes: frozenset
    max_name: int
    # 局(…局: a whole body's name, then its other name in brackets (not 政府(依法行政)工作…办公室)
    suffix_before_paren: re.Pattern
    collective: re.Pattern  # 全省法院: the courts of an area together, no one body
    levels_counted: re.Pattern  # 市县两级…: bodies at several levels, no one body
    created: frozenset  # 中心: named without an area right after a verb that creates it
    creating_before: re.Pattern
    level_bodies: frozenset  # 区级…中心: suffixes after which a level word is the jurisdiction
    relational: tuple  # 其常委会, 上级法院: a body referred to by its relation, not named
    area_bodies: frozenset  # 法院, 检察院: named by their area or their kind
    court_kinds: re.Pattern
    motion: re.Pattern  # 来院调研: a verb of motion before a one-character suffix
    modal: re.Pattern  # 网上可办率: a modal verb before a one-character suffix
    not_before: dict  # suffix → what may not follow it (人大|代表: a deputy)
    meeting_holders: tuple  # 委员会, 领导小组: bodies that meet in sessions named after them
    meeting_after: re.Pattern  # (扩大)第三次全体会议: the session, right after its body
    own_organs: re.Pattern  # 局党组, 院党委理论学习中心组: the publisher's own party organs
    own_organ_verbs: re.Pattern  # 召开|局党委会: a verb of holding right before the organ's word
    township_institutions: re.Pattern  # 司法所, 派出所: a township's stations, named bare
    quoted_team: re.Pattern  # “…宣讲团”: a quoted name of a team or station
    team_after: re.Pattern  # “…”宣讲团: a team's suffix right after a quoted name

    @classmethod
    def from_lexicon(cls, lex: dict, max_name: int) -> "AgencyRules":
        suffixes = [*lex["strong_suffixes"], *lex["weak_suffixes"], *lex["office_suffixes"]]
        central = lex["central_bodies"]
        return cls(
            re.compile(longest_word_pattern(suffixes)),
            frozenset(lex["strong_suffixes"]),
            frozenset(lex["bare_suffixes"]),
            tuple(sorted(lex["jurisdiction_prefixes"], key=len, reverse=True)),
            tuple(lex["level_words"]),
            frozenset(lex["generic_names"]),
            re.compile(lex["not_after_single_prefix"]),
            re.compile(lex["not_after_single_suffix"]),
            tuple(lex["suffix_phrases"]),
            re.compile(f"{longest_word_pattern(central)}(?!{lex['not_after_central_body']})"),
            frozenset(lex["office_suffixes"]),
            max_name,
            re.compile(
                "(?:"
                + "|".join(
                    map(re.escape, sorted(set(lex["strong_suffixes"]) | set(lex["weak_suffixes"])))
                )
                + ")[(（][^()（）]*$"  # and the name ends inside the brackets
            ),
            re.compile(lex["collective_courts"]),
            re.compile(lex["levels_counted"]),
            frozenset(lex["created_bodies"]),
            re.compile(lex["creating_verbs_before"]),
            frozenset(lex["level_bodies"]),
            tuple(lex["relational_heads"]),
            frozenset(lex["area_bodies"]),
            re.compile(lex["court_kinds"]),
            re.compile(lex["motion_before_suffix"]),
            re.compile(lex["modal_before_suffix"]),
            {k: re.compile(v) for k, v in lex["suffix_not_before"].items()},
            tuple(lex["meeting_holders"]),
            re.compile(lex["meeting_after"]),
            re.compile(
                "(?P<self>[我本])?(?P<own>[局院厅委办])"
                f"(?P<organ>{longest_word_pattern(lex['own_organs'])})"
            ),
            re.compile(f"(?:{longest_word_pattern(lex['verbs_before_own_organ'])})$"),
            re.compile(
                "(?P<own>(?:[我本]?(?:镇|乡|街道)))?"
                f"(?P<station>{longest_word_pattern(lex['township_institutions'])})"
            ),
            re.compile(
                rf"[^“”‘’，,。；;：:、！？\s]{{2,20}}(?:{longest_word_pattern(lex['quoted_team_suffixes'])})"
            ),
            re.compile(longest_word_pattern(lex["quoted_team_suffixes"])),
        )


class AgencyRecognizer:
    def __init__(self, lexicon_name: str, max_name: int):
        self.lexicon_name = lexicon_name
        self.max_name = max_name
        self.rules = None

    def initialize(self, get_examples=None, nlp=None):
        self.rules = AgencyRules.from_lexicon(lexicon(self.lexicon_name), self.max_name)

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            self.initialize()
        masked = context(doc)["masked"]
        publisher = context(doc).get("publisher") or ""
        level = _party_committee_level(context(doc).get("jurisdiction"))
        organs = own_organs(masked, publisher, self.rules, level)
        for start, end, label in organs:
            add_span(doc, start, end, "Agency", label=label, own_organ=True)
        for start, end in self_references(masked, publisher, level):
            if not any(s <= start < e for s, e, _ in organs):
                add_span(doc, start, end, "Agency", self_reference=True)
        every_place = spans_of(doc, "Place")
        places = [(f.start, f.end, f.attrs) for f in every_place if f.attrs.get("code")]
        found = find_agencies(masked, places, self.rules, {f.start for f in every_place})
        town = _township(context(doc).get("jurisdiction"))
        if town is not None:
            for start, end, label in township_stations(masked, town, found, self.rules):
                add_span(doc, start, end, "Agency", label=label, place_code=town.code)
        for start, end, prefix, place in found:
            named = masked[start:end]
            area = prefix or (place.get("name") if place else "")
            short = area[:-1] if place and len(area) > 2 else area  # 台州 of 台州市
            listed = area and prefix != NATIONAL_PREFIX and not named.startswith(short)
            extra = {"label": area + named} if listed else {}  # 区法院、司法局: 区司法局
            where = {
                "prefix": prefix,
                "place_code": place.get("code") if place else None,
                "place_name": place.get("name") if place else None,
            }
            add_span(doc, start, end, "Agency", **where, **extra)
            session = session_after(masked, start, end, self.rules)
            if session is not None:  # 县委全面依法治县委员会|第三次会议: the body's session acts
                label = {"label": extra["label"] + masked[end:session]} if extra else {}
                add_span(doc, start, session, "Agency", **where, session=True, **label)
        level = _party_committee_level(context(doc).get("jurisdiction"))
        if level is not None:
            taken = [(f.start, f.end) for f in spans_of(doc, "Agency")]
            for start, end in bare_standing_committees(masked):
                if not any(s <= start < e for s, e in taken):  # 召开5次常委会: the area's own
                    standing = "政府常务会议" if "常务" in masked[start:end] else "委常委会"
                    add_span(doc, start, end, "Agency", prefix=level, label=level + standing)
        if _is_subdistrict(context(doc).get("jurisdiction")):
            taken = [(f.start, f.end) for f in spans_of(doc, "Agency")]
            for m in re.finditer("党工委", masked):  # 发挥党工委…作用: the 街道's own committee
                if not any(s <= m.start() < e for s, e in taken):
                    add_span(doc, m.start(), m.end(), "Agency", prefix="街道", label="街道党工委")
        text = context(doc)["text"]
        for start, end in quoted_teams(text, context(doc)["quotes"], self.rules):
            add_span(doc, start, end, "Agency", label=text[start:end], quoted_name=True)
        for start, end in context(doc)["books"]:  # 《关于转发最高人民法院…的报告》: a national body
            for m in self.rules.central_re.finditer(text, start + 1, end - 1):
                add_span(doc, m.start(), m.end(), "Agency", prefix=NATIONAL_PREFIX, in_title=True)
        return doc


# 全院 (the whole court) too; not 全局, which is also the word for the overall situation (事关全局)
SELF_REFERENCE = re.compile(
    r"(?:[我本](?P<suffix>局|院|委|办|厅|所|署|中心|街道|镇|乡))|全(?P<whole>院)"
)
_PLACE_SELF = {"街道": "街道办事处", "镇": "镇人民政府", "乡": "乡人民政府"}  # 我镇: its government


def session_after(masked: str, start: int, end: int, rules: AgencyRules) -> int | None:
    """The end of a session of the body masked[start:end] named right after it (…委员会|第三次
    会议, …领导小组|(扩大)会议), or None: only committees and groups meet in named sessions.

    >>> rules = AgencyRules.from_lexicon(lexicon("agencies"), 40)
    >>> text = "县委全面依法治县委员会第三次会议审议"
    >>> text[: session_after(text, 0, 11, rules)]
    '县委全面依法治县委员会第三次会议'
    >>> session_after("县委常委会会议", 0, 5, rules) is None
    True
    """
    if not masked.endswith(rules.meeting_holders, start, end):
        return None
    session = rules.meeting_after.match(masked, end)
    return session.end() if session else None


def self_references(text: str, publisher: str, level: str | None = None) -> list[tuple[int, int]]:
    """我局, 本院, 我委 …: a department's report names itself so, never by name. Only where the
    publisher's name ends in that suffix, and not where the suffix begins a word (本办法, 我所在).
    A bureau also names itself by its level (市局, 县局 in a city's or county's 公安局 report):
    `level` is the level word of the report's area; another level's 局 is another bureau.

    >>> self_references("市局制定办法,配合省局,县局牵头,市局长", "烟台市公安局", "市")
    [(0, 2)]

    >>> self_references("我局全面推行X,本办法规定", "杭州市余杭区市场监督管理局")
    [(0, 2)]
    >>> self_references("我街道建成X", "北京市朝阳区三里屯街道办事处")
    [(0, 3)]
    >>> self_references("全院受理案件100件,院长出席", "博白县人民法院")
    [(0, 2)]
    """
    words = dictionary()
    out = []
    for m in SELF_REFERENCE.finditer(text):
        group = "suffix" if m.group("suffix") else "whole"
        suffix = m.group(group)
        following = text[m.start(group) : m.end() + 1]  # the suffix and the next character
        own = publisher.endswith(suffix) or publisher.endswith(_PLACE_SELF.get(suffix, "\0"))
        if not own or (len(following) > len(suffix) and following in words):
            continue
        out.append((m.start(), m.end()))
    if level and publisher.endswith("局"):
        for m in re.finditer(level + "局", text):
            if not text.startswith("长", m.end()) and _no_name_before(text, m.start()):  # 市局长
                out.append((m.start(), m.end()))
        out.sort()
    return out


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _no_name_before(text: str, pos: int) -> bool:
    """No place or body name runs into the level word at `pos` (烟台|市局 is the same bureau
    written in full, but 各县局 and 税务局 are other bureaus)."""
    before = text[pos - 1 : pos] if pos > 0 else ""
    return not before or not _HAN.match(before) or before in _OPENING_CHARS


_OPENING_CHARS = "由经"  # 由市局牵头, 经市局审核: prepositions before the bureau


def own_organs(
    text: str, publisher: str, rules: AgencyRules, level: str | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, name) of the publisher's own party organs named by its one-character word
    (局党组 in a 局's report: the publisher's party group), named by the publisher's name; a
    bureau's also by its level and 局 (市局党委 in a city's 公安局 report: `level` is 市).

    >>> rules = AgencyRules.from_lexicon(lexicon("agencies"), 40)
    >>> own_organs("全年,局党组集体学法4次,我局党委理论学习中心组", "某市司法局", rules)
    [(3, 6, '某市司法局党组'), (13, 24, '某市司法局党委理论学习中心组')]
    >>> own_organs("全年,局党组集体学法4次", "某市人民法院", rules)
    []
    >>> own_organs("召开局党委会31次", "某市司法局", rules)
    [(2, 5, '某市司法局党委')]
    >>> own_organs("共计召开党委理论学习中心组学习13次", "某县公安局", rules)
    [(4, 13, '某县公安局党委理论学习中心组')]
    >>> own_organs("召开局务会议12次", "某县司法局", rules)
    [(2, 6, '某县司法局局务会议')]
    >>> own_organs("市局党委每季度听取汇报,县局党委", "烟台市公安局", rules, "市")
    [(0, 4, '烟台市公安局党委')]
    """
    out = []
    for m in rules.own_organs.finditer(text):
        leveled = level and m.group("own") == "局" and text[m.start() - 1 : m.start()] == level
        if leveled and publisher.endswith("局") and _no_name_before(text, m.start() - 1):
            out.append((m.start() - 1, m.end(), publisher + m.group("organ")))
            continue
        alone = m.group("self") or _begins_a_phrase(text, m.start(), rules)
        if alone and publisher.endswith(m.group("own")):  # not 司法局党组: a name's own 局
            organ = m.group("organ")
            # 局务会议: the word is part of the meeting's name (某市司法局局务会议)
            own = m.group("own") if organ.startswith("务") else ""
            out.append((m.start(), m.end(), publisher + own + organ))
    if publisher.endswith(_DEPARTMENT_ENDINGS):
        out += _own_units(text, publisher, rules, out)
        out.sort()
        starts = [s for s, _, _ in out]  # sorted: found left to right
        ends = [e for _, e, _ in out]
        for m in _BARE_STUDY_GROUP.finditer(text):
            i = bisect_right(starts, m.start()) - 1
            inside = i >= 0 and m.start() < ends[i]
            alone = _begins_a_phrase(text, m.start(), rules) or text.endswith(
                _OPENING_WORDS, 0, m.start()
            )  # 全年|党工委理论学习中心组…
            if not inside and alone:
                out.append((m.start(), m.end(), publisher + m.group()))
    return out


def _own_units(text: str, publisher: str, rules: AgencyRules, organs: list) -> list:
    """The publisher's own sections and squads named by its one-character word (局法制股, 局执法
    大队 in a 局's report: the 股, 科 or 队 of the publisher's 三定 structure), at a phrase's
    start, the unit's suffix no character of a longer word (科学, 股份).

    >>> rules = AgencyRules.from_lexicon(lexicon("agencies"), 40)
    >>> own = _own_units("。局法制股审核文件12件。局党组书记坚持科学决策", "某县司法局", rules, [])
    >>> [name for _, _, name in own]
    ['某县司法局法制股']
    """
    out = []
    taken = [(s, e) for s, e, _ in organs]
    for m in _OWN_UNIT.finditer(text):
        if not publisher.endswith(m.group("own")) or not _begins_a_phrase(text, m.start(), rules):
            continue
        suffix = m.start("unit")
        if inside_a_word(text, suffix) or any(s <= m.start() < e for s, e in taken):
            continue
        out.append((m.start(), m.end(), publisher + text[m.start() + 1 : m.end()]))
    return out


# 局 + a section's field + its suffix: the units under a department (三定 provisions: 科, 股, 队)
_OWN_UNIT = re.compile(
    r"(?P<own>局|厅|委|院)[\u4e00-\u9fff]{2,5}?(?P<unit>科|股|大队|支队|中队)(?![\u4e00-\u9fff]{0,1}[长员])"
)


# a department's report names its own study group bare (召开党委理论学习中心组学习13次); a bare
# 党组 or 党委 alone is too common a word to read so
_BARE_STUDY_GROUP = re.compile("(?:党组|党委|党工委)理论学习中心组")
_DEPARTMENT_ENDINGS = ("局", "厅", "院", "委", "办", "街道办事处")


def _begins_a_phrase(text: str, pos: int, rules: AgencyRules) -> bool:
    """No character of a longer name stands before `pos`: the text's start, a non-Han character,
    or a verb of holding (召开|局党委会)."""
    return pos == 0 or not _HAN.match(text, pos - 1) or after_a_verb_of_holding(text, pos, rules)


def after_a_verb_of_holding(text: str, pos: int, rules: AgencyRules) -> bool:
    """A verb that holds or joins a meeting ends right before `pos` (召开|局党委会,
    参加|院党组会)."""
    return rules.own_organ_verbs.search(text, max(0, pos - 4), pos) is not None


def find_agencies(
    masked: str, places: list, rules: AgencyRules, place_starts: frozenset = frozenset()
) -> list[tuple]:
    """(start, end, prefix, place) of each body name. `places` are the gazetteer's (a body's
    jurisdiction); `place_starts`, where any place begins (a village after 在).

    Shorter names that merely begin a longer one (省建设法治政府 inside 省建设法治政府…办公室)
    are dropped; a parent body before 驻 (市调委会 in 市调委会驻拘留所工作室) is kept.
    """
    places = _Places(places)
    candidates = []
    for m in rules.suffix_re.finditer(masked):
        suffix = m.group(0)
        before_a_place = _before_a_place(masked, m.start(), place_starts)
        if masked.startswith(rules.suffix_phrases, m.start()) and not before_a_place:
            continue  # 县委县政府中心工作: a phrase, not a body's suffix
        if suffix in rules.not_before and rules.not_before[suffix].match(masked, m.end()):
            continue  # 市人大代表: a deputy, not the congress
        if len(suffix) == 1 and (
            rules.not_after_suffix.match(masked, m.end())
            or (m.start() and rules.motion.match(masked, m.start() - 1))
            or _after_a_modal(masked, m.start(), rules.modal)
            or (inside_a_word(masked, m.start()) and not before_a_place)
            or (suffix not in rules.bare and ends_a_common_noun(masked, m.start()))
            or (
                rules.own_organs.match(masked, m.start())
                and after_a_verb_of_holding(masked, m.start(), rules)
            )  # 县司法局召开|局党委会: 局 is the publisher's word for itself, no name ends there
        ):
            continue
        lo = clause_start(masked, m.start(), limit=rules.max_name, extra_breaks="、")
        start = trim_left(masked, lo, suffix_noun_start(masked, lo, m.start(), m.end()), keep=0)
        start = _joined_name_start(masked, lo, start, rules)
        enumeration = _enumeration().match(masked, start, m.start())
        if enumeration:
            start = enumeration.end()  # (二)|高台县政府党组会议, 3.|县政府常务会议: the item's mark
        start = _past_adverb_and_verb(masked, start, m.start())
        start = _past_a_time_word(masked, start, m.start())
        start = _past_a_verb_of_another_body(masked, start, m.start(), places, rules)
        if suffix.endswith(_MEETING_ENDS) and _only_a_verb(masked, start, m.start()):
            start = m.start()  # 参与审核|常务会议议题: the verb's object is the meeting's items
        start = _extend_to_place(start, places)
        year = _YEAR_BEFORE.match(masked, start, m.start())
        if year:
            start = year.end()  # 召开2024年市…领导小组(扩大)会议: the session's year
        count = _LEADING_COUNT.match(masked, start, m.start())
        if count:
            start = count.end()  # 召开3次区委…委员会会议: the count is not the body's
        for inner in _COUNT_OF_EVENTS.finditer(masked, start, m.start()):
            start = inner.end()  # …委员会会议和3次|区委依法治区办: a second body's count
        if suffix in rules.bare and candidates and start <= candidates[-1][1] < m.start():
            start = candidates[-1][1]  # 县委|县政府: a body written right after another
        strong = suffix in rules.strong or _named_office(masked, m.start(), suffix, rules)
        if suffix in rules.office_suffixes and not strong:
            continue
        head = _jurisdiction(
            masked,
            start,
            m.start(),
            places,
            rules,
            anywhere=not strong,
            level=suffix in rules.level_bodies,
        )
        created = (
            head is None
            and suffix in rules.created
            and m.start() - start >= 2
            and rules.creating_before.search(masked, max(0, start - 4), start) is not None
        )  # 成立民营企业纠纷调解中心: the area's own new centre
        if head is None and not strong and not created:
            head = _listed_after(masked, start, candidates)
            if head is None or (len(suffix) == 1 and m.start() == start):
                continue  # 、局: a one-character suffix alone names nothing
        if head is not None:
            start = head[0]
        name = masked[start : m.end()]
        if (
            len(name) < 2
            or "\ufffc" in name
            or _YEAR.search(name)  # 区社科联2021年度社科课题: a body's name holds no year
            or name in rules.generic
            or (name.startswith(rules.levels) and not (head and head[1] in rules.levels))
        ):
            continue
        if name.startswith(rules.relational) or (name == suffix and head is None):
            continue  # 其常委会, 上级法院, a bare 领导小组: no body named
        if (
            suffix in rules.area_bodies
            and head is None
            and not rules.court_kinds.search(masked, start, m.start())
        ):
            continue  # 法治政府工作法院担当: courts are named by their area or kind
        if _SERVES_AS.search(name):
            continue  # 司法所所长任办公室(主任): a post and 任 (serves as), then the role
        if "驻" in name and not strong:
            continue  # 市调委会驻拘留所: the body is the studio stationed there, not the 所
        if rules.levels_counted.match(name):
            continue  # 省、市、区三级知识产权保护工作站: stations at three levels, no one body
        if rules.collective.match(name):
            continue  # 全国法院十大典型案例: the courts of the country, no body
        if rules.suffix_before_paren.search(name):
            continue  # 市综合行政执法局(市城管局: a body, then its other name in brackets
        prefix, place, head_end = head[1:] if head else ("", None, None)
        if (
            head is not None
            and suffix in rules.bare
            and m.start() != head_end
            and not masked.startswith("人民", head_end)
        ):
            continue  # 省建设法治政府: words between the area and 政府 make it no body
        if not strong and len(suffix) == 1 and head_end == m.start() and suffix not in rules.bare:
            continue  # a bare 市局 / 省厅 is too vague to resolve
        candidates.append((start, m.end(), prefix, place))
    central = [
        (m.start(), m.end(), NATIONAL_PREFIX, None) for m in rules.central_re.finditer(masked)
    ]
    if central:  # 最高人民法院, 司法部: national, whatever the suffix rules made of them
        candidates = [
            c
            for c in candidates
            if not any(
                s <= c[0] and c[1] <= e or (c[1] == e and c[0] <= s) for s, e, _, _ in central
            )
        ]
        candidates = sorted(candidates + central, key=lambda c: (c[0], c[1]))
    furthest: dict[int, int] = {}  # the longest name at each start
    for c in candidates:
        furthest[c[0]] = max(furthest.get(c[0], c[1]), c[1])
    kept = []
    for cand in candidates:
        longer = furthest[cand[0]] > cand[1]
        if longer and not masked.startswith(("驻", "派驻"), cand[1]):
            continue
        kept.append(cand)
    return kept


_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
_SERVES_AS = re.compile(r"(?:长|书记|主任)(?:任|做|担任|兼任)")
_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}\s*年(?:度)?(?=[省市县区州盟旗镇乡])")
_LEADING_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)[次个家场轮届批]")
# a count of events inside a window: no body's name holds one (第三次 follows the name)
_COUNT_OF_EVENTS = re.compile(
    r"(?<![第\d一二三四五六七八九十两])(?:\d+|[一二三四五六七八九十两]+)[次场轮]"
)


def suffix_noun_start(text: str, lo: int, suffix_start: int, suffix_end: int) -> int:
    """Where a dictionary noun that ends with the suffix begins, if a verb opens it (宣传|部,
    组织|部, 派出|所): the verb is the stem of the body's name, not a predicate before it, so
    the name is trimmed only before that noun. Else the suffix's own start.

    >>> suffix_noun_start("县委宣传部开展", 0, 4, 5), suffix_noun_start("县司法局", 0, 3, 4)
    (2, 3)
    """
    words = dictionary()
    for begin in range(max(lo, suffix_end - 4), suffix_start):
        entry = words.get(text[begin:suffix_end])
        if entry is not None and entry[0] >= COMMON_WORD and entry[1].startswith("n"):
            return begin
    return suffix_start


@lru_cache(maxsize=1)
def creating_verb_before() -> re.Pattern:
    """A verb that creates a body, at the end of the text before it (成立, 组建, 建立 …)."""
    return re.compile(lexicon("agencies")["creating_verbs_before"])


@lru_cache(maxsize=1)
def _list_joiner_before() -> re.Pattern:
    return re.compile("(?:" + "|".join(map(re.escape, list_joiners())) + ")$")


def _listed_after(masked, start, candidates):
    """区法院、司法局及信访办: a body listed right after one with a jurisdiction prefix shares it
    (the head of the list names the area once). Returns a jurisdiction like _jurisdiction's,
    starting at `start` and naming no extra text, or None."""
    joiner = _list_joiner_before().search(masked, max(0, start - 2), start)
    if joiner is None or not candidates:
        return None
    previous = candidates[-1]
    if previous[1] != joiner.start() or not (previous[2] or previous[3]):
        return None
    return start, previous[2], previous[3], start


def _named_office(masked: str, pos: int, suffix: str, rules) -> bool:
    """室/站 after a common two-character word of function name an office on their own
    (联络室, 服务站, 调解室, 顾问室), like the strong suffixes.

    >>> rules = AgencyRules.from_lexicon(lexicon("agencies"), 30)
    >>> _named_office("下设法律顾问室，", 6, "室", rules)
    True
    >>> _named_office("门户网站，", 3, "站", rules)
    False
    >>> _named_office("在镇三楼会议室举办", 7, "室", rules)
    False
    """
    if suffix not in rules.office_suffixes or pos < 2:
        return False
    if suffix == "室" and masked[pos - 2 : pos] in _rooms():
        return False  # 会议室, 活动室: a room, the venue of a deed, no office
    words = dictionary()
    entry, own = words.get(masked[pos - 2 : pos]), words.get(masked[pos - 1 : pos + 1])
    if own is not None and own[0] >= COMMON_WORD:
        return False  # 门户网站, 车站: the suffix ends a word of its own
    begun, next_word = words.get(masked[pos : pos + 2]), words.get(masked[pos + 1 : pos + 3])
    if begun is not None and not (next_word is not None and next_word[0] >= COMMON_WORD):
        return False  # 提高政治站位: the suffix begins a word (服务站|位于 still ends a name)
    # nr too: jieba's dictionary tags some titles as names (顾问 nr: 法律顾问室), and no name
    # of a person is followed by 室/站 in this genre
    return entry is not None and entry[0] >= COMMON_WORD and entry[1] in ("n", "vn", "v", "nr")


@lru_cache(maxsize=1)
def _rooms() -> frozenset:
    return frozenset(lexicon("agencies")["rooms"])


def _township(code: str | None):
    """The township, town or subdistrict a report is about, or None."""
    division = load_gazetteer().by_code.get(code) if code and len(code) == 9 else None
    return division if division is not None and division.name.endswith(_TOWNSHIPS) else None


_TOWNSHIPS = ("镇", "乡", "街道")


def quoted_teams(text: str, quotes: list, rules: AgencyRules):
    """The quoted names of teams and stations that are bodies here (ANNOTATION decision 13):
    created (组建“习近平法治思想宣讲团”, and the team listed right after it) or acting (“老杨
    调解室”调解纠纷…). A quoted brand pushed forward (推进“联村调解工作站”“调解示范船”等品牌)
    or the head of a longer name (…监督“品牌工作室”) stays a programme.

    >>> rules = AgencyRules.from_lexicon(lexicon("agencies"), 40)
    >>> text = "组建“甲县宣讲团”“乙县宣讲团”,推进“联村调解工作站”等品牌建设"
    >>> [text[s:e] for s, e in quoted_teams(text, [(2, 9), (9, 16), (19, 28)], rules)]
    ['“甲县宣讲团”', '“乙县宣讲团”']
    >>> text = "组建“丙县普法”宣讲团"
    >>> [text[s:e] for s, e in quoted_teams(text, [(2, 8)], rules)]
    ['“丙县普法”宣讲团']
    """
    accepted_end = -1
    for start, end in quotes:
        if not rules.quoted_team.fullmatch(text, start + 1, end - 1):
            after = rules.team_after.match(text, end)
            if after is None:
                continue
            end = after.end()  # 组建“兰陵普法”宣讲团: the quote names the team its suffix ends
        created = rules.creating_before.search(text, max(0, start - 4), start)
        listed = accepted_end >= 0 and text[accepted_end:start] in ("", "、", "和", "及")
        if created or listed or starts_predicate(text, end, min(len(text), end + 12)):
            accepted_end = end
            yield start, end


def township_stations(text: str, town, found: list, rules: AgencyRules):
    """(start, end, name) of the township's own stations its report names bare (司法所, 我镇
    派出所), where no body's name holds them (县公安局城关派出所 stays that body), named by
    the township (澧浦镇司法所).

    >>> from types import SimpleNamespace
    >>> rules = AgencyRules.from_lexicon(lexicon("agencies"), 40)
    >>> town = SimpleNamespace(name="澧浦镇")
    >>> township_stations("一是司法所调解纠纷85件,城关派出所开展", town, [], rules)
    [(2, 5, '澧浦镇司法所')]
    >>> township_stations("镇司法所联合派出所开展排查", town, [(0, 4)], rules)
    [(6, 9, '澧浦镇派出所')]
    """
    out = []
    for m in rules.township_institutions.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, *_ in found):
            continue
        if not m.group("own") and m.start() and _HAN.match(text, m.start() - 1):
            if not text.endswith(_OPENING_WORDS + _JOINING_WORDS, 0, m.start()):
                continue  # 城关派出所: another station's name, not the township's own
        out.append((m.start(), m.end(), town.name + m.group("station")))
    return out


# what may stand right before a township's bare station: an item's mark (一是司法所), a time
_OPENING_WORDS = ("一是", "二是", "三是", "四是", "五是", "六是", "全年", "今年", "年内")
# …or a word that joins it to the body before (司法所联合|派出所, 司法所和|派出所)
_JOINING_WORDS = ("联合", "会同", "配合", "协同", "和", "与", "及")


def bare_standing_committees(text: str) -> list[tuple[int, int]]:
    """(start, end) of a bare 常委会 or 常务会议 that 召开 holds, with or without its count
    (召开5次常委会, 召开常务会议审议…): the standing committee of the report's own party
    committee, or the executive meeting of its own government, the ones the genre names without
    their area (a people's congress's is always written 人大常委会).

    >>> text = "全年共召开5次常委会(依法治县委员会)、召开人大常委会2次，召开常务会议审议文件"
    >>> [text[s:e] for s, e in bare_standing_committees(text)]
    ['常委会', '常务会议']
    """
    return [m.span(1) for m in _BARE_STANDING.finditer(text)]


_BARE_STANDING = re.compile(
    r"召开了?(?:(?:\d+|[一二三四五六七八九十两]+)次)?(常委会(?:会议)?|常务会议?)"
)


def _party_committee_level(code: str | None) -> str | None:
    """The level word of the report's area when it has a party standing committee (a county,
    city or province: 县, 区, 市, 旗, 州, 省), else None (townships have none)."""
    division = load_gazetteer().by_code.get(code) if code and len(code) <= 6 else None
    if division is None:
        return None
    level = division.name[-1]
    return level if level in "县区市旗州省" else None


def _is_subdistrict(code: str | None) -> bool:
    """The report is a 街道's (its party body is the 党工委, a working committee of the district's
    party committee)."""
    if not code or len(code) != 9:
        return False
    division = load_gazetteer().by_code.get(code)
    return division is not None and division.name.endswith("街道")


def ends_a_common_noun(text: str, pos: int) -> bool:
    """The suffix at `pos` ends a common word with the character before it, and the two before
    it are no word: 领导干部, 决策部署, 新格局, 办事大厅 (but 财政局, 监管局: 财政, 监管 are words).
    A numeral with its classifier is no word of a name (统一|部署 is not 统|一部|署: 一部 counts).

    >>> ends_a_common_noun("县管领导干部", 5), ends_a_common_noun("县财政局", 3)
    (True, False)
    >>> ends_a_common_noun("县委依法治县办统一部署", 10), ends_a_common_noun("南通中院", 3)
    (True, False)
    """
    if pos < 2:
        return False
    words = dictionary()
    own, before = words.get(text[pos - 1 : pos + 1]), words.get(text[pos - 2 : pos])
    counted = before is not None and before[1] in NUMERAL_TAGS
    if own is not None and own[1] == "j":
        return False  # 南通|中院: the dictionary's abbreviation (j) of a body, 中级人民法院
    return own is not None and own[0] >= COMMON_WORD and (before is None or counted)


def inside_a_word(text: str, pos: int) -> bool:
    """The one-character suffix at `pos` is part of a word, not a body's head: it ends a verb
    or adverb with the character before it (查处, 承办, 全部), begins a word with the one after it
    (处罚, 处置, 办理, 部署, 所有) or a verb the dictionary holds however rarely (办结), or counts
    something (安全隐患120处).

    >>> inside_a_word("依法查处", 3), inside_a_word("公开行政处罚", 4), inside_a_word("市信访办", 3)
    (True, True, False)
    >>> inside_a_word("市委巡察办", 4), inside_a_word("发文部署", 3)
    (False, True)
    >>> inside_a_word("区司法局办结行政复议案件", 4), inside_a_word("县委办发文", 2)
    (True, False)
    """
    words = dictionary()
    before = words.get(text[pos - 1 : pos + 1]) if pos else None
    if before is not None and before[0] >= COMMON_WORD:
        if before[1][0] in "vd" or is_verb(text[pos - 1 : pos + 1]):  # 部署: a verb tagged n
            return True
    after = words.get(text[pos : pos + 2]) if text[pos + 1 : pos + 2] else None
    if after is not None and after[0] >= COMMON_WORD:
        return True
    if after is not None and is_verb(text[pos : pos + 2]) and begins_no_word(text, pos + 1):
        return True  # 区司法局|办结行政…: a verb, however rare (but 县委办|发文: 发文 is a word)
    return pos > 0 and (text[pos - 1].isdigit() or text[pos - 1] in NUMERALS)


def _jurisdiction(masked, start, suffix_start, places, rules, anywhere, level=False):
    """(start, prefix, place, end) of the jurisdiction that heads the name, if any.

    For names whose suffix needs one, the first jurisdiction in the window is taken
    (该项工作获省司法厅 → 省司法厅). With `level`, a level word opening the name is its
    jurisdiction (区级矛盾纠纷调处化解中心: the district's centre); only before the suffixes
    agencies.json lists, since 省级金牌调解工作室 is a title and 市级部门 every department."""
    positions = range(start, suffix_start) if anywhere else (start,)
    place_at = {}  # the first place (in the list's order) at each position, ending in the window
    for s, e, p in places.starting_in(start, suffix_start):
        if e <= suffix_start and s not in place_at:
            place_at[s] = (e, p)
    for pos in positions:
        if pos in place_at:
            end, place = place_at[pos]
            return pos, "", place, end
        word = (
            next((w for w in rules.levels if masked.startswith(w, pos)), None)
            if level and pos == start
            else None
        )
        if word is not None and word[:-1] in AREA_LEVEL_WORDS:  # 区级…: the district's
            return pos, word, None, pos + len(word)
        if not masked.startswith(rules.prefixes, pos):
            continue  # one call tests every prefix; the loop below finds which
        for prefix in rules.prefixes:
            if masked.startswith(prefix, pos):
                after = pos + len(prefix)
                if len(prefix) == 1 and rules.not_after_prefix.match(masked, after):
                    continue
                if masked.startswith(rules.levels, pos):
                    continue
                if (
                    pos > start
                    and len(prefix) == 1
                    and masked[pos - 1] not in "获被由向和及与、的在"
                    and not is_verb(masked[pos - 2 : pos])  # 划入|县行政审批局: the verb's object
                ):
                    continue
                return pos, prefix, None, after
    return None


def _after_a_modal(masked: str, pos: int, modal: re.Pattern) -> bool:
    """A modal verb stands right before `pos` as a word of its own (网上可|办; not 节能|办).

    >>> modal = re.compile("[可能]")
    >>> _after_a_modal("市本级网上可办率", 6, modal), _after_a_modal("节能办", 2, modal)
    (True, False)
    """
    if pos < 1 or not modal.match(masked, pos - 1):
        return False
    return pos < 2 or begins_no_word(masked, pos - 2)


def _joined_name_start(masked: str, lo: int, start: int, rules) -> int:
    """Where a body's name begins whose two fields are joined by 和/与/及 (县文化和旅游局,
    人力资源和社会保障局: the 三定 names of departments of two fields): at the jurisdiction
    before the joiner, when the words between it and the joiner end no body of their own.

    >>> from kg.resources import lexicon
    >>> rules = AgencyRules.from_lexicon(lexicon("agencies"), 30)
    >>> text = "县文化和旅游局"
    >>> text[_joined_name_start(text, 0, 4, rules):]
    '县文化和旅游局'
    >>> text = "县财政局和审计局"
    >>> text[_joined_name_start(text, 0, 5, rules):]
    '审计局'
    """
    joiner = start - 1
    if joiner <= lo or masked[joiner] not in _FIELD_JOINERS:
        return start
    if masked.startswith(rules.prefixes, start) or masked.startswith("全", start):
        return start  # …集体和全国优秀公安局: the second opens a name of its own
    for pos in range(joiner - 2, max(lo, joiner - _FIELD_MAX - 1) - 1, -1):
        if not masked.startswith(rules.prefixes, pos):
            continue
        prefix = next(p for p in rules.prefixes if masked.startswith(p, pos))
        field = masked[pos + len(prefix) : joiner]
        if (
            2 <= len(field) <= _FIELD_MAX
            and all(map(is_han, field))
            and not rules.suffix_re.search(field)
        ):
            return pos
        return start
    return start


_FIELD_JOINERS = "和与及"
_FIELD_MAX = 6  # characters of the first field's name (人力资源, 文化广电, 卫生健康)


def _past_a_verb_of_another_body(masked, start, suffix_start, places, rules) -> int:
    """Past a body and a verb whose object is another body (泗安镇联合|县司法局, 县司法局受到|
    省司法厅): the name begins at the jurisdiction after the verb.

    >>> from kg.resources import lexicon
    >>> rules = AgencyRules.from_lexicon(lexicon("agencies"), 30)
    >>> _past_a_verb_of_another_body("县司法局受到省司法厅", 0, 7, _Places(), rules)
    6
    >>> _past_a_verb_of_another_body("县司法局聘请律师事务所", 0, 10, _Places(), rules)
    6
    """
    for verb in _verb_of_another_body_re().finditer(masked, start, suffix_start):
        pos = verb.end()
        if masked.startswith(rules.prefixes, pos) or places.starting_in(pos, pos + 1):
            return pos
        if verb.group(0) in _VERBS_NO_NAME_HOLDS:
            return pos  # 县司法局聘请|律师事务所: no body's name holds these verbs
    return start


# verbs of receiving, inviting and submitting: unlike 联合 (…联合会) or 协调 (…协调小组), they
# are in no body's name
_VERBS_NO_NAME_HOLDS = frozenset(
    ("受到", "获得", "接受", "邀请", "聘请", "提请", "报请", "报送", "提交")
)


@lru_cache(maxsize=1)
def _verb_of_another_body_re() -> re.Pattern:
    grammar = lexicon("grammar")
    joiners = grammar["co_subject_joiners"].strip("()").split("|")
    pivots = grammar["pivot_verbs"].strip("()").split("|")
    verbs = [v for v in joiners + pivots if len(v) > 1] + [
        *("受到", "获得", "接受", "邀请", "聘请"),  # received from, invited
        *("提请", "报请", "报送", "提交"),  # submitted to (提请|县人大常委会审议)
    ]
    return re.compile(longest_word_pattern(verbs))


def _past_a_time_word(masked: str, start: int, suffix_start: int) -> int:
    """Past a word of time that opens the name (年初和|年中|领导小组: mid-year, no body's word).

    >>> text = "年中领导小组分别召开会议"
    >>> text[_past_a_time_word(text, 0, 4):]
    '领导小组分别召开会议'
    """
    period = _PERIOD_OF_THE_YEAR.match(masked, start, suffix_start)
    if period:
        return period.end()
    word = word_at(masked, start, suffix_start)
    entry = dictionary().get(word)
    if len(word) >= 2 and entry is not None and entry[1] == "t":
        return start + len(word)
    return start


# the parts of a year (a closed class of time nouns, some of which jieba lacks: 年中)
_PERIOD_OF_THE_YEAR = re.compile(r"(?:年初|年中|年底|年末|上半年|下半年|全年|今年|年内)")


def _past_adverb_and_verb(masked: str, start: int, suffix_start: int) -> int:
    """Past an adverb and the verb it qualifies, which open the window: they are the clause's
    predicate, not the body's name (全方位建设|一站式工作站; but 全面依法治区委员会, whose
    adverbs are followed by no verb of the dictionary, keeps them).

    >>> text = "全方位建设一站式工作站"
    >>> text[_past_adverb_and_verb(text, 0, 8):], _past_adverb_and_verb("全面依法治区委员会", 0, 6)
    ('一站式工作站', 0)
    """
    if not opens_with_adverb(masked, start, suffix_start):
        return start
    pos = skip_adverbs(masked, start, suffix_start)
    verb = word_at(masked, pos, suffix_start)
    if len(verb) >= 2 and is_verb(verb) and suffix_start - (pos + len(verb)) >= 2:
        return pos + len(verb)
    return start


@lru_cache(maxsize=1)
def _enumeration() -> re.Pattern:
    """The marks that number an item (一是, 3., (二)): grammar.json enumeration_marks."""
    return re.compile(lexicon("grammar")["enumeration_marks"] + "+")


_MEETING_ENDS = ("会议", "会")


def _only_a_verb(masked: str, start: int, end: int) -> bool:
    """masked[start:end] is one verb of the dictionary (审核|常务会议): a predicate before a
    meeting's name, which names no body of its own.

    >>> _only_a_verb("审核常务会议", 0, 2), _only_a_verb("县政府常务会议", 0, 3)
    (True, False)
    """
    word = masked[start:end]
    return len(word) >= 2 and word_at(masked, start, end) == word and is_verb(word)


def _extend_to_place(start, places):
    """A place that ends inside the name's window and leads into it begins the name."""
    for s, e, _ in places.starting_in(start - _LONGEST_PLACE, start):
        if s < start < e:
            return s
    return start


_LONGEST_PLACE = 40  # characters: longer than any division's name (新疆维吾尔自治区… is 8)


def _before_a_place(masked: str, pos: int, place_starts) -> bool:
    """所在 at `pos` with a place right after it: the suffix 所 ends a body and 在 is the
    preposition (镇司法所在|新龙村开展…), not the noun 所在 (其所在单位).

    >>> _before_a_place("司法所在新龙村", 2, {4}), _before_a_place("其所在单位", 1, set())
    (True, False)
    """
    return masked.startswith("所在", pos) and pos + 2 in place_starts


class _Places(list):
    """(start, end, attrs) of places sorted by start, with their starts (built once per text)."""

    def __init__(self, items=()):
        super().__init__(sorted(items, key=lambda p: (p[0], p[1])))
        self.starts = [s for s, _, _ in self]

    def starting_in(self, lo: int, hi: int) -> list:
        """The places that start in [lo, hi), by bisection: every body's window asks.

        >>> _Places([(5, 8, {}), (0, 3, {})]).starting_in(0, 5)
        [(0, 3, {})]
        """
        return self[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]
