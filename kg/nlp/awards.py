"""The verbs of receiving an award or a designation, from their one list (recognitions.json),
as the patterns the recognition and programme rules need."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.chars import is_han
from kg.nlp.text import clause_start
from kg.resources import lexicon


def award_verbs() -> list[str]:
    """Longest first, so 被评为 is read before 评为."""
    return sorted(lexicon("recognitions")["award_verbs"], key=lambda w: (-len(w), w))


def weak_award_verbs() -> frozenset[str]:
    """Verbs that also mean something else (获得, 纳入): the award needs a head (…奖, …示范县)."""
    return frozenset(lexicon("recognitions")["weak_award_verbs"])


@lru_cache(maxsize=1)
def award_re() -> re.Pattern:
    return re.compile("|".join(map(re.escape, award_verbs())))


@lru_cache(maxsize=1)
def award_after_re() -> re.Pattern:
    """An award verb at a position (并 may join it to what came before: …,并获评…)."""
    return re.compile(rf"(?:并)?(?:{award_re().pattern})")


@lru_cache(maxsize=1)
def strong_award_re() -> re.Pattern:
    """The verbs that only mean receiving an award (not 纳入, 列入, 获得: also to include, get)."""
    strong = [v for v in award_verbs() if v not in weak_award_verbs()]
    return re.compile("|".join(map(re.escape, strong)))


@lru_cache(maxsize=1)
def award_before_re() -> re.Pattern:
    """A verb that only means receiving an award shortly before a position, in the same clause
    (获评全省…“X”; not 列入, 纳入, which also mean to include)."""
    return re.compile(rf"(?:{strong_award_re().pattern})[^，,。；;]{{0,12}}$")


@lru_cache(maxsize=1)
def attained_designation_re() -> re.Pattern:
    """A designating verb that says the title was won (创成, 成功创建; not 创建 alone, which may
    be the work toward it) right before a position, and a level word opening what follows it
    (创成|“省级…”): a designation, no programme's name.

    >>> attained_designation_re().search("县社区矫正中心创成“省级") is not None
    True
    >>> attained_designation_re().search("创建“省级") is None
    True
    """
    lex = lexicon("recognitions")
    verbs = sorted(set(lex["designating_verbs"]) - set(lex["striving_verbs"]), key=len)[::-1]
    levels = "|".join(lex["level_words"])
    return re.compile(rf"(?:{'|'.join(map(re.escape, verbs))})[“\"]?(?:{levels})$")


@lru_cache(maxsize=1)
def designating_re() -> re.Pattern:
    """A verb that leads a designation right before a position (创建省级示范村, 获评…)."""
    verbs = sorted(
        set(lexicon("recognitions")["designating_verbs"]) | set(award_verbs()),
        key=lambda w: (-len(w), w),
    )
    return re.compile(rf"(?:{'|'.join(map(re.escape, verbs))})$")


@lru_cache(maxsize=1)
def designating_re_anywhere() -> re.Pattern:
    """The designating verbs that are not also award verbs (成功创建, 创成, 建成 …), anywhere."""
    verbs = sorted(set(lexicon("recognitions")["designating_verbs"]), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, verbs)))


# 入选A、B…等10个“全国百强县”: a list's count before the title won, the items its categories
COUNTED_CLASS = re.compile(r"等(?:\d+|[一二三四五六七八九十两]+)[个项家类]")


def award_clause_openings(masked: str, reach: int) -> Iterator[tuple[int, int]]:
    """(start, verb): the words that open the clause of each verb of receiving an award, after
    the clause's enumeration mark and time phrase, up to the verb (…,|2023年|某某案例|获评…);
    none where no clause break lies within `reach` of the verb, since where the subject starts
    is then unknown. What names the recipient among them is the caller's to read.

    >>> text = "一是2023年,某某案例获评全国优秀。"
    >>> [text[s:e] for s, e in award_clause_openings(text, 24)]
    ['某某案例']
    >>> text = "长三角生态绿色一体化发展示范区跨域矛盾纠纷联合调解案例获评优秀"
    >>> list(award_clause_openings(text, 24))
    []
    """
    for verb in strong_award_re().finditer(masked):
        lo = clause_start(masked, verb.start(), limit=reach)
        if lo > 0 and is_han(masked[lo - 1]):
            continue  # no clause break within reach: the subject is longer than a name
        opener = _CLAUSE_OPENER.match(masked, lo, verb.start())
        yield (opener.end() if opener else lo), verb.start()


_CLAUSE_OPENER = re.compile(
    lexicon("grammar")["enumeration_marks"] + "*(?:" + lexicon("grammar")["time_phrases"] + ")?"
)
