"""Activities: the predicate of a clause that a figure counts or that an organ does.

An activity (fz:Activity, a kind of programme) is a meeting, course, lecture, study, review or
inspection that the report holds (ANNOTATION decision 2). Reports name them by what was done —
a verb and its object — and count them: 审查和备案规范性文件54件, 发放学习资料400余份, 区政府常务会
集体学法5次, 举办了27期…系列讲座. The rules here are pure functions of the text and a predicate's
bounds; :mod:`kg.frames` finds the predicate (after the clause's subject) and calls them.

Which figures count an activity is a property of the counting word (量词): 次, 场, 期 count events,
件, 份, 篇 the documents handled; 人, 人次 count people, who take part in an activity but are none
(``activity_units``, ``people_units`` in ``ontology/lexicon/frames.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.model import Mention
from kg.nlp.awards import award_re
from kg.nlp.text import before_count_lead_in, ends_inside_word
from kg.pos import (
    COMMON_WORD,
    dictionary,
    is_verb,
    light_verbs,
    only_verbs,
    skip_adverbs,
    word_at,
)
from kg.resources import lexicon

MIN_ACTIVITY, MAX_ACTIVITY = 3, 32  # characters of a predicate taken as an activity's name


@dataclass(frozen=True)
class FrameRules:
    activity_units: frozenset
    event_units: frozenset  # 次, 场, 期: occurrences of the deed itself
    people_units: frozenset
    event_heads: re.Pattern  # 讲座, 培训班, …会: an object that is itself the event's name
    held_event_heads: tuple  # 讲座, 培训班, 工作会议 …: the heads of events held once
    leading_words: re.Pattern  # 共, 累计, 先后 …: words of the count, not of the activity
    summing_words: re.Pattern  # 共, 累计 …: a count's sum, between an unread subject and a verb
    time_phrases: re.Pattern  # 全年, 2023年 …: when, between an unread subject and its verb
    coordinated_verb: re.Pattern  # 审查和备案, 审查、备案: two verbs of one object
    verb_pairs: frozenset  # 制定出台, 修订完善: two verbs the genre writes as one predicate
    quantifiers: re.Pattern  # 各类, 相关: the object's quantifier, left out of the label
    not_activities: re.Pattern  # 达, 超过, 增长: a predicate of a figure, not of a deed
    organ_heads: tuple
    committee_meeting: re.Pattern
    meeting_nouns: tuple
    nominal_heads: re.Pattern  # 培训, 学习, 讲座 …: the verbal nouns that end a nominal activity
    study_heads: re.Pattern  # 培训, 学习 …: a nominal activity its leading organ does
    result_verbs: re.Pattern  # 交办, 解决, 审议 …: a figure of results, not of a deed held
    case_verbs: re.Pattern  # 办理, 受理, 审结 …: handling cases, a deed where none came before
    issuing_verbs: re.Pattern  # 制发, 交办, 提出 …: results an inspection or review produces
    anaphoric: re.Pattern  # 相关, 上述: an object that points back at an activity named before
    system_heads: tuple  # 制度, 机制 …: a system whose application the next clause counts
    target_prepositions: frozenset  # 对, 向, 围绕 …: a phrase of whom or what before the deed
    reach_verbs: tuple = ()  # 培训, 覆盖, 惠及 …: a figure after one counts the people reached


@lru_cache(maxsize=1)
def frame_rules() -> FrameRules:
    lex = lexicon("frames")
    organs = lexicon("agencies")["organ_heads"] + lex["organ_subjects"]
    return FrameRules(
        activity_units=frozenset(lex["activity_units"]),
        event_units=frozenset(lex["event_units"]),
        people_units=frozenset(lex["people_units"]),
        event_heads=re.compile("(?:" + "|".join(lex["event_heads"]) + ")$"),
        held_event_heads=tuple(lex["held_event_heads"]),
        leading_words=re.compile("(?:" + "|".join(lex["leading_words"]) + ")+"),
        summing_words=re.compile("(?:" + "|".join(lex["summing_words"]) + ")"),
        time_phrases=re.compile(lexicon("grammar")["time_phrases"]),
        coordinated_verb=re.compile(r"(?:和|及|与|、|并)"),
        verb_pairs=frozenset(lex["verb_pairs"]),
        quantifiers=re.compile("^(?:" + "|".join(lex["quantifiers"]) + ")"),
        not_activities=re.compile("^(?:" + "|".join(lex["not_activity_verbs"]) + ")"),
        organ_heads=tuple(sorted(organs, key=len, reverse=True)),
        committee_meeting=re.compile(lex["committee_meeting"]),
        meeting_nouns=tuple(sorted(lex["meeting_nouns"], key=len, reverse=True)),
        result_verbs=re.compile("(?:" + "|".join(lex["result_verbs"]) + ")"),  # used with .match
        case_verbs=re.compile("(?:" + "|".join(lex["case_verbs"]) + ")"),
        issuing_verbs=re.compile("(?:" + "|".join(lex["issuing_verbs"]) + ")"),
        anaphoric=re.compile("(?:" + "|".join(lex["anaphoric_objects"]) + ")"),
        nominal_heads=re.compile(
            "(?:" + "|".join(lex["event_heads"] + lex["nominal_heads"] + lex["review_heads"]) + ")$"
        ),
        system_heads=tuple(lex["system_heads"]),
        study_heads=re.compile("(?:" + "|".join(lex["nominal_heads"]) + ")$"),
        target_prepositions=frozenset(lex["target_prepositions"]),
        reach_verbs=tuple(sorted(lex["reach_verbs"], key=len, reverse=True)),
    )


def is_organ(name: str) -> bool:
    """A meeting or organ that acts as a body (常委会, 常务会议, 理论学习中心组, 党组会议 …).

    >>> is_organ("县政府常务会"), is_organ("县委理论学习中心组"), is_organ("县司法局")
    (True, True, False)
    """
    rules = frame_rules()
    return name.endswith(rules.organ_heads) or rules.committee_meeting.search(name) is not None


def acts_as_organ(body: Mention) -> bool:
    """A body that acts as an organ: by its name (is_organ), or as a department's own party
    organ (局党组, 厅党委: ANNOTATION decision 1)."""
    return is_organ(body.label) or bool(body.get("own_organ"))


def lists_events(items) -> bool:
    """Two or more items, each ending in an activity's verbal noun or an event's name (学习培训,
    辅导讲座): events listed as the objects of one verb, not deeds of verbs of their own.

    >>> lists_events(["法治专题学习培训", "辅导讲座"]), lists_events(["组织听证会", "参加协调会"])
    (True, False)
    """
    heads = frame_rules().nominal_heads
    return len(items) > 1 and all(heads.search(item) for item in items)


# an organ's sessions of study, in the manners the genre writes them (召开党委理论学习中心组|学习,
# 县委常委会|会议集体学法): one list for the frames and the links that read them
STUDY_SESSIONS = tuple(
    manner + study for manner in ("", "集体", "集中", "专题", "会前") for study in ("学习", "学法")
)


def counts_an_activity(unit: str) -> bool:
    """The counting word counts events or the items an activity handles.

    >>> counts_an_activity("次"), counts_an_activity("人次"), counts_an_activity("%")
    (True, False, False)
    """
    return unit in frame_rules().activity_units


def reaches_people(text: str, pos: int) -> bool:
    """A verb of reach opens `text` at `pos`: its figure counts the people an event reached.

    >>> reaches_people("培训320人次", 0), reaches_people("批准逮捕187人", 0)
    (True, False)
    """
    return text.startswith(frame_rules().reach_verbs, pos)


def counts_people(unit: str) -> bool:
    """The counting word counts people (who take part in an activity).

    >>> counts_people("人次"), counts_people("件")
    (True, False)
    """
    return unit in frame_rules().people_units


def trim_predicate(text: str, start: int, end: int) -> tuple[int, int]:
    """The predicate text[start:end] without the words of the count around it (共, 累计, 先后, 等,
    a trailing 了): what remains names what was done.

    >>> text = "累计审查和备案规范性文件等"
    >>> text[slice(*trim_predicate(text, 0, len(text)))]
    '审查和备案规范性文件'
    """
    rules = frame_rules()
    m = rules.leading_words.match(text, start, end)
    if m:
        start = m.end()
    while end > start and text[end - 1] == "了":
        end -= 1
    return start, before_count_lead_in(text, start, end)


def _verb_or_word_at(text: str, pos: int, end: int) -> str:
    """The word at `pos`, or the common verb that begins it where the longer word is a rare noun
    the characters after the verb only happen to spell (研究|法治: 研究法, a research method).

    >>> _verb_or_word_at("研究法治政府建设", 0, 8), _verb_or_word_at("规范性文件", 0, 5)
    ('研究', '规范性')
    >>> _verb_or_word_at("评查行政执法案卷", 0, 8)
    '评查'
    """
    word = word_at(text, pos, end)
    pair = text[pos : pos + 2]
    if len(word) == 1 and pos + 2 <= end and is_verb(pair) and _common(pair):
        return pair  # 评|查行政…: jieba's path splits a common verb the next noun only follows
    if is_verb(word) or _common(word) or _two_verbs(word):
        return word
    for size in range(len(word) - 1, 1, -1):
        if is_verb(word[:size]) and dictionary()[word[:size]][0] >= COMMON_WORD:
            return word[:size]
    return word


def _common(word: str) -> bool:
    """Common in the dictionary, or not in it at all (a verb of the grammar's list: 评查; a word
    only jieba's path makes): no rare entry to distrust."""
    entry = dictionary().get(word)
    return entry is None or entry[0] >= COMMON_WORD


def _two_verbs(word: str) -> bool:
    """研究部署: the dictionary's noun of two verbs in a row."""
    return len(word) == 4 and not is_verb(word) and is_verb(word[:2]) and is_verb(word[2:])


def verb_ends(text: str, start: int, end: int) -> list[int]:
    """The ends of the verbs that open the predicate, after its adverbs: one verb, two verbs the
    dictionary holds as one word (研究|部署), or verbs joined by 和/及/、 before one object
    (审查和备案|规范性文件); empty where no verb opens it. A verb right after another is the
    object's (侦办|侵害企业权益的案件).

    >>> text = "审查和备案规范性文件"
    >>> verb_ends(text, 0, len(text)), verb_ends("规范性文件", 0, 5)
    ([2, 5], [])
    >>> verb_ends("着力研究部署重点任务", 0, 10), verb_ends("侦办侵害企业权益犯罪案件", 0, 12)
    ([4, 6], [2])
    >>> verb_ends("组织开展年度述法", 0, 8)
    [4]
    >>> verb_ends("制定出台行政规范性文件", 0, 11)  # a pair of the genre, one predicate
    [2, 4]
    """
    pos, out, compound_end = skip_adverbs(text, start, end), [], -1
    while pos < end:
        word = _verb_or_word_at(text, pos, end)
        light = word in light_verbs() and _verb_or_word_at(text, pos + len(word), end)
        if light and len(light) >= 2 and is_verb(light):
            word = word + light  # 组织开展: one predicate, the object after both verbs
        elif _two_verbs(word) or text[pos : pos + 4] in frame_rules().verb_pairs:
            # 研究部署: the dictionary's noun of two verbs; 制定出台: a pair the genre writes
            word, compound_end = text[pos : pos + 2], pos + 4
        elif len(word) < 2 or not is_verb(word):
            break
        if out and out[-1] == pos and pos + len(word) != compound_end:
            if len(out) > 1:  # 审查和参与谈判…: a run of verbs past a pair, kept as read (no
                out.append(pos + len(word))  # one object for activity_label to find)
            break  # 侦办|侵害企业…案件: a verb right after another, no compound, opens the object
        pos += len(word)
        out.append(pos)
        joined = frame_rules().coordinated_verb.match(text, pos, end)
        if joined and len(nxt := word_at(text, joined.end(), end)) >= 2 and is_verb(nxt):
            pos = joined.end()
    return out


def verb_end(text: str, start: int, end: int) -> int:
    """Where the verbs that open the predicate end, leaving an object of two characters or more
    (发放|学习资料: 学习 is the object's modifier there, not a second verb); `start` when no verb
    opens it.

    >>> verb_end("审查和备案规范性文件", 0, 10), verb_end("发放学习资料", 0, 6)
    (5, 2)
    >>> verb_end("资料", 0, 2)
    0
    """
    return _object_start(verb_ends(text, start, end), start, end)


def _object_start(ends: list[int], start: int, end: int) -> int:
    """verb_end from the ends verb_ends found."""
    kept = list(ends)
    while len(kept) > 1 and end - kept[-1] < 3:
        kept.pop()
    return kept[-1] if kept else start


def activity_label(text: str, start: int, end: int, cases_are_deeds: bool = False) -> str | None:
    """The canonical name of the activity text[start:end] names: its object before its verbs
    (审查和备案规范性文件 → 规范性文件审查和备案, as the genre names the work), an event's own
    name where the object is one (举办…系列讲座 → …系列讲座), else the words as written (集体学法).
    None where the words name no deed (a figure's predicate: 达, 增长; too short or too long).

    >>> activity_label("审查和备案规范性文件", 0, 10)
    '规范性文件审查和备案'
    >>> activity_label("研究和办理各类涉法事务", 0, 11), activity_label("集体学法", 0, 4)
    ('涉法事务研究和办理', '集体学法')
    >>> activity_label("发放学习资料", 0, 6)
    '学习资料发放'
    >>> activity_label("举办学习贯彻党的二十大精神系列讲座", 0, 17)
    '学习贯彻党的二十大精神系列讲座'
    >>> activity_label("举办宪法、民法典等法律法规专题讲座", 0, 17)
    '法律法规专题讲座'
    >>> activity_label("完成行政规范性文件审查", 0, 11), activity_label("完成年度任务", 0, 6)
    ('行政规范性文件审查', None)
    >>> activity_label("组织开展领导干部年度述法", 0, 12), activity_label("开展工作", 0, 4)
    ('领导干部年度述法', None)
    >>> activity_label("组织召开区委依法治区委员会会议和", 0, 16) is None
    True
    >>> activity_label("审查、备案政府合同", 0, 9)
    '政府合同审查、备案'
    >>> activity_label("起草、审查、修改法律文书", 0, 12)
    '法律文书起草、审查、修改'
    >>> activity_label("审查政策、规划、工作请示等行政决策", 0, 17)
    '行政决策审查'
    >>> activity_label("举办各类法治专题学习培训、辅导讲座", 0, 17)
    '法治专题学习培训、辅导讲座'
    >>> activity_label("开展了专项督查", 0, 7)
    '专项督查'
    >>> activity_label("组织举办专题读书班", 0, 9)
    '专题读书班'
    >>> activity_label("开展“双随机、一公开”联合抽查", 0, 15)
    '“双随机、一公开”联合抽查'
    >>> activity_label("自助服务机使用量", 0, 8), activity_label("阅读量", 0, 3)  # amounts
    (None, None)
    >>> activity_label("参与决策论证、合同审核等工作", 0, 14)  # 工作 names no kind of deed
    '参与决策论证、合同审核等工作'

    """
    rules = frame_rules()
    words = text[start:end]
    if not (MIN_ACTIVITY <= len(words) <= MAX_ACTIVITY) or rules.not_activities.match(words):
        return None
    if re.search(r"[，,。；;：:！？\d%]", words) or "以来" in words:
        return None
    if words.endswith("量"):
        return None  # 阅读量, 自助服务机使用量: an amount measured, no deed
    listed_events = lists_events(words.split("、"))  # 举办…学习培训、辅导讲座
    if (
        not _LIST_CLASS.search(words)
        and not listed_events
        and any(
            is_verb(word_at(words, i + 1))
            and not only_verbs(words, skip_adverbs(words, 0, i), i, skip="、")
            for i, c in enumerate(words)
            if c == "、"
        )
    ):
        return None  # 组织听证会、参加协调会: two predicates (审查、备案|合同: two verbs, one deed)
    if words.endswith(rules.meeting_nouns) and not rules.event_heads.search(words):
        # 召开党组、局务会议9次: the meetings are counted, the body's own (not a named meeting
        # held: 召开…联席会议2次)
        return None
    if words[-1] in _JOINERS and not ends_inside_word(words, len(words) - 1):
        return None  # 召开3次…会议和|3次…办公会: cut inside a list, no one activity's name
    first = skip_adverbs(text, start, end)
    completed = _COMPLETED.match(text, first, end)
    if completed and rules.nominal_heads.search(text[completed.end() : end]):
        # 完成|行政规范性文件审查20件: the review is the activity, 完成 only says it was done
        rest = text[completed.end() : end]
        return rest if MIN_ACTIVITY <= len(rest) <= MAX_ACTIVITY else None
    if rules.result_verbs.match(text, first, end) and not (
        cases_are_deeds and rules.case_verbs.match(text, first, end)
    ):
        # 交办整改事项10项: results of the work named before (but 办理法律援助案件 where nothing
        # was named before is the work itself)
        return None
    if award_re().match(text, first, end):
        return None  # 获得国家级荣誉5项: honours received, no deed held
    ends = verb_ends(text, start, end)
    verbs = _object_start(ends, start, end)
    if verbs > start and text[verbs : verbs + 1] == "了":
        verbs += 1  # 开展了|专项督查: the aspect particle is the verb's
    if rules.anaphoric.match(text, verbs, end):
        return None  # 举办相关培训3场: the training named before
    if verbs == start:
        return words if one_word_deed(text, start, end) else None
    opener = word_at(text, first, verbs)
    if opener in light_verbs() and is_verb(word_at(text, first + len(opener), verbs)):
        opener += word_at(text, first + len(opener), verbs)  # 组织举办|专题读书班: both verbs
    event = rules.quantifiers.sub("", text[first + len(opener) : end].lstrip("了"))
    if len(event) >= 2 and rules.event_heads.search(event):
        listed = _LIST_CLASS.search(event)
        if listed and len(listed.group(1)) >= 4 and rules.event_heads.search(listed.group(1)):
            return listed.group(1)  # 举办|宪法、民法典等|法律法规专题讲座: the topics listed
        return event  # the event's own name: 举办|学习贯彻…系列讲座
    if len(ends) > 2 and not all(text[e] in _JOINERS for e in ends[:-1]):
        # 审查和参与谈判合作…: a run of verbs whose object no rule here can find (but 起草、审查、
        # 修改|法律文书: verbs each joined to the one before, of one object)
        return None
    obj = rules.quantifiers.sub("", text[verbs:end])
    listed = _LIST_CLASS.search(obj)
    if listed and len(listed.group(1)) >= 2 and listed.group(1) not in _EMPTY_CLASSES:
        obj = listed.group(1)  # 政策、规划、工作请示等|行政决策: the class names what was done
    if not obj.strip("了着过") and _EMPTY_VERBS.fullmatch(text, first, verbs):
        return None  # (已成功)举办|38期: the verb of holding alone names no event
    if len(obj) < 2 or obj[0] in "了着过的" or "、" in _QUOTED.sub("", obj):
        # a list of objects: as written (a 、 inside a quoted name lists none), without a verb
        # that only says the deed was done (开展|…思想、…思想专题学习)
        listed_after_an_empty_verb = _EMPTY_VERBS.fullmatch(text, first, verbs) and len(obj) >= 2
        return obj if listed_after_an_empty_verb and obj[0] not in "了着过的" else words
    if _EMPTY_VERBS.fullmatch(text, first, verbs):
        # 开展|党政主要负责人述法: the verb only says the deed was done (开展|工作 names none)
        return obj if len(obj) >= MIN_ACTIVITY else None
    if _two_verbal_nouns(text[first:end]):
        return text[first:end]  # 交流研讨: two verbs, no object to put first
    return obj + text[first:verbs]


_JOINERS = "和及与或、"
_LIST_CLASS = re.compile(r"、[^、]*等([\u4e00-\u9fff]+)$")  # A、B等C: C, the class listed
_QUOTED = re.compile(r"“[^“”]*”")
# classes that name no kind of deed: 参与决策论证、合同审核等|工作 lists the work itself
_EMPTY_CLASSES = ("工作", "事项", "事务", "内容", "方面", "领域", "活动")
_EMPTY_VERBS = re.compile("(?:组织)?(?:开展|进行|举办|举行)(?:了)?")
_COMPLETED = re.compile(r"完成(?:了)?")


def one_word_deed(text: str, start: int, end: int) -> bool:
    """Adverbs and one word the dictionary holds (集体|学法, 会前|学法): the deed named by a
    verb-object compound that the dictionary tags as a noun; or two verbal nouns (交流研讨).

    >>> one_word_deed("集体学法", 0, 4), one_word_deed("法治政府建设", 0, 6)
    (True, False)
    >>> one_word_deed("交流研讨", 0, 4)  # two verbal nouns, no object
    True
    """
    pos = skip_adverbs(text, start, end)
    if pos > start and end - pos >= 2 and text[pos:end] in dictionary():
        return True
    return _two_verbal_nouns(text[start:end])


def _two_verbal_nouns(words: str) -> bool:
    """Two verbs or verbal nouns of the dictionary and nothing else (交流研讨, 座谈交流): a deed
    named by both, no object.

    >>> _two_verbal_nouns("交流研讨"), _two_verbal_nouns("法治政府")
    (True, False)
    """
    if len(words) != 4:
        return False
    entries = dictionary()
    return all(
        is_verb(half) or entries.get(half, (0, ""))[1] in ("v", "vn")
        for half in (words[:2], words[2:])
    )
