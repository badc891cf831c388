"""A report's own area (a division code): from its publisher, title or opening.

Reports name their area in their header (临海市人民政府关于…), or only in their opening (2021年,
玉环市坚持…), or as a bare level (省人民政府关于…, 2022年,自治区坚持…), or only through the
documents they cite (a department's 我局…拟定《荣昌区…方案》). Each reading below is one of those
cases; ``jurisdiction_of`` takes the first that answers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.gazetteer import load_gazetteer
from kg.model import ReportText
from kg.nlp.places import admin_places, every_name_in_china
from kg.nlp.text import clause_break_re
from kg.pos import dictionary, starts_predicate, word_at

_NOTHING = re.compile("$^")  # no short forms of townships in a body's name


def jurisdiction_of(report: ReportText) -> str | None:
    """The report's own area (a division code) from its publisher, else its title, else the
    area that is the subject of its opening paragraph (2021年,玉环市坚持…: an opening without
    a header, as saved pages often are)."""
    body = report.text[report.body_start : report.body_end]
    for name in (report.meta.publisher, report.meta.title):
        if name:
            name = _LEADING_YEAR.sub("", name)  # 2020年静海区…报告
            code = place_in_name(name) or _inside_the_named_area(name, body)
            if code:
                return code
    return (
        opening_subject(body)
        or area_of_a_bare_level(report.meta.title or "", body)
        or area_of_own_titles(report.meta.title or "", body)
        or area_of_its_scope(body)
    )


_TOWNSHIP_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:街道|镇|乡)")
_TITLE = re.compile(r"《([^《》]{2,80})》")
_TITLE_OPENING = re.compile(r"^(?:中共)?(?:(?:19|20)\d{2}年度?)?")
TOWNSHIP_LEVEL = 9  # digits of a township's code


def area_of_own_titles(title: str, body: str, window: int = 1000) -> str | None:
    """A report whose header names no area (a department's 我局…, a 街道's): the township that
    its title or opening names first as its subject (四季青街道在区委…领导下), else the deepest area
    the titles of its opening name in one chain of divisions (《潼关县2022年…工作要点》 beside
    《渭南市…方案》: a report cites its own and its superiors' documents), else None.

    >>> area_of_own_titles("", "2023年,我局拟定《荣昌区法治政府建设实施方案》,落实《重庆市…》。")
    '500153'
    >>> area_of_own_titles("", "2023年,四季青街道在区委领导下,落实《杭州市上城区2023年工作要点》。")
    '330102014'
    """
    opening = body[:window]
    titles = _own_titles(opening)
    chain = _one_chain([c for c in map(place_in_name, titles) if c])
    if chain:  # a name ambiguous alone (江北区) is read inside the area the others name (重庆市)
        chain = _one_chain([c for c in (place_in_name(t, chain) for t in titles) if c]) or chain
    township = _township_subject(title, body[:200], chain)
    return (
        township
        or (chain if chain and len(chain) >= COUNTY_LEVEL else None)
        or _own_departments_title(titles, opening)
    )


_SELF_REFERENCE = re.compile("[我本](?:局|委|厅|院|办|署)")


def _own_departments_title(titles: list[str], opening: str) -> str | None:
    """In a department's report (我局…), a title that opens with an area and a department of it
    (印发《江门市交通运输局制定规范性文件工作规程》) is the department's own document: its area,
    whatever its level, else None.

    >>> _own_departments_title(["江门市交通运输局制定规范性文件工作规程"], "现将我局工作报告如下")
    '4407'
    >>> _own_departments_title(["江门市法治政府建设实施方案"], "现将我局工作报告如下") is None
    True
    """
    department = own_department(titles, opening)
    return place_in_name(department) if department else None


def own_department(titles: list[str], opening: str) -> str | None:
    """The department a 我局 report is by, named by its own title (江门市交通运输局制定…规程 →
    江门市交通运输局), else None.

    >>> own_department(["江门市交通运输局制定规范性文件工作规程"], "现将我局工作报告如下")
    '江门市交通运输局'
    """
    if not _SELF_REFERENCE.search(opening):
        return None
    for name in titles:
        code = place_in_name(name)
        if code is None:
            continue
        area = _name_prefix(name, code)
        body = _OPENING_BODY.match(name[len(area) :])
        if body is not None:
            return name[: len(area) + body.end()]
    return None


def publisher_of_its_own_titles(report: ReportText) -> str | None:
    """A headerless department's report (我局…) without a publisher: the department its own
    document's title names (see own_department), else None."""
    if report.meta.publisher:
        return None
    opening = report.text[report.body_start : report.body_end][:1000]
    return own_department(_own_titles(opening), opening)


def _own_titles(opening: str) -> list[str]:
    """The 《》 titles of an opening without a leading 中共 or year (《2022年荣昌区…方案》 →
    荣昌区…方案), so that a title opens with the area it names."""
    titles = [m.group(1) for m in _TITLE.finditer(opening)]
    return [t[_TITLE_OPENING.match(t).end() :] for t in titles]


def _one_chain(codes: list[str]) -> str | None:
    """The deepest of `codes` when all lie in one line of divisions (潼关县 within 渭南市)."""
    if not codes:
        return None
    deepest = max(codes, key=len)
    return deepest if all(deepest.startswith(c) for c in codes) else None


def _township_subject(title: str, opening: str, within: str | None) -> str | None:
    """The township or 街道 that opens the title or a clause of the opening with its predicate
    after it, read inside `within` when that is given, else only if its name is unique."""
    gaz = load_gazetteer()
    texts = [(title.strip(), False)] + [(t, True) for t in opening_clauses(opening)]
    for text, needs_predicate in texts:
        m = _TOWNSHIP_NAME.match(_LEADING_YEAR.sub("", text))
        if m is None:
            continue
        rest = _LEADING_YEAR.sub("", text)[m.end() :]
        if needs_predicate and not starts_predicate(rest, 0, len(rest)):
            continue
        found = [d for d in gaz.by_name.get(m.group(0), []) if len(d.code) == TOWNSHIP_LEVEL]
        if within:
            found = [d for d in found if d.code.startswith(within)]
        if len(found) == 1:
            return found[0].code
    return None


# 省人民政府关于…, 区司法局…报告: the title or opening names only a level
_BARE_LEVEL = {"省": 2, "自治区": 2, "市": 4, "县": 6, "区": 6, "旗": 6}


def area_of_a_bare_level(title: str, body: str, window: int = 600) -> str | None:
    """省人民政府关于2020年度…的报告 names its level, not its area: the division of that level
    the report's opening names most often (2020年是湖北历史上…), else None.

    >>> area_of_a_bare_level("省人民政府关于2020年度推进法治政府建设情况的报告", "湖北……湖北省政府")
    '42'
    """
    level = next((n for word, n in _BARE_LEVEL.items() if title.startswith(word)), None)
    if level is None:
        level = _bare_level_subject(body[:200])
    if level is None:
        return None
    # 我县坚持…: a county that names itself only in a name further on (开阳县中青年干部培训班)
    return _most_named(body[:window], level) or _most_named(body, level)


def _most_named(opening: str, level: int, within: str = "") -> str | None:
    """The division of `level` (inside `within`) that the places of `opening` lie in most often,
    else None: 驻马店市获评… counts for 河南 at a province's level. The places are read as the
    places component reads them (示范县 holds no 范县).

    >>> _most_named("争创全国法治政府建设示范县,县政府坚持依法行政", 6) is None
    True
    """
    gaz = load_gazetteer()
    counts = {}
    for division in _places_of(opening):
        code = next((d.code for d in gaz.ancestors(division.code) if _of_level(d, level)), None)
        if code and code.startswith(within):
            counts[code] = counts.get(code, 0) + 1
    # of areas named as often, the deeper (a county-level city's own name beside its prefecture's)
    return max(sorted(counts, key=lambda c: (-len(c), c)), key=counts.get) if counts else None


@lru_cache(maxsize=8)
def _places_of(opening: str) -> tuple:
    """The divisions `opening` names, read once per opening: a report's opening is counted at
    several levels, and for each ambiguous name of its header and clauses."""
    found = admin_places(opening, every_name_in_china(), load_gazetteer(), None, _NOTHING)
    return tuple(division for _, _, division in found)


# 全市县控断面…, 全县各乡镇…: the report's own level in the scope words it counts its area by;
# 全区 is a district's, or an autonomous region's (广西 全区法院)
_SCOPE_LEVELS = {
    "省": (2,),
    "市": (4,),
    "州": (4,),
    "盟": (4,),
    "县": (6,),
    "旗": (6,),
    "区": (6, 2),
}
_SCOPE_WORD = re.compile("全([省市州盟县旗区])")


def area_of_its_scope(body: str, window: int = 600) -> str | None:
    """A report that names its area only in passing (a department's 我局坚持…; 全市县控断面…;
    绍兴市成功入选…): the level of the first scope word of its opening (全市 → a city), and the
    division of that level its opening names most, inside the area its 《》 titles name.

    >>> area_of_its_scope("2023年,我局坚持依法行政。全市水质达标率100%,绍兴市入选…,考察绍兴…")
    '3306'
    >>> area_of_its_scope("2023年,我局坚持依法行政,全面推进依法治局。") is None
    True
    """
    opening = body[:window]
    scope = _SCOPE_WORD.search(opening)
    if scope is None:
        return None
    titles = [m.group(1) for m in _TITLE.finditer(opening)]
    within = _one_chain([c for c in map(place_in_name, titles) if c]) or ""
    for level in _SCOPE_LEVELS[scope.group(1)]:
        code = _most_named(opening, level, within)
        if code:
            return code
    return None


def _of_level(division, level: int) -> bool:
    """市 is a prefecture or a county-level city (临海市)."""
    return len(division.code) == level or (
        level == 4 and len(division.code) == COUNTY_LEVEL and division.name.endswith("市")
    )


_WHOLE_LEVEL = ("全省各级政府", "全市各级政府")


def _bare_level_subject(opening: str) -> int | None:
    """The level (code length) of an opening whose subject is a bare level word, or a body of
    it: 2022年,自治区坚持…; 2023年,市市场监管局在市委…领导下 (a department's report).

    >>> _bare_level_subject("2022年,自治区坚持依法行政"), _bare_level_subject("今年以来")
    (2, None)
    >>> _bare_level_subject("2023年,在县委的领导下,我县坚持依法行政")
    6
    """
    for text in opening_clauses(opening):
        text = _LEADING_YEAR.sub("", text)
        if text.startswith("我"):
            text = text[1:]  # 我县坚持…: the report's own level, named as ours
        if text.startswith(_WHOLE_LEVEL) and starts_predicate(
            text, text.find("政府") + 2, len(text)
        ):
            return _BARE_LEVEL[text[1]]  # 全省各级政府坚持…: a province's report
        word = next((w for w in _BARE_LEVEL if text.startswith(w)), None)
        if word is None:
            continue
        rest = text[len(word) :]
        rest = rest[len("人民政府") :] if rest.startswith("人民政府") else rest
        rest = rest[len("政府") :] if rest.startswith("政府") else rest
        if predicate_follows(rest):
            return _BARE_LEVEL[word]
    return None


_LEADING_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*年度?")


COUNTY_LEVEL = 6  # digits of a county-level division code


def opening_subject(body: str, window: int = 200) -> str | None:
    """The first area that opens a clause of the report's opening and is followed by its
    predicate (玉环市坚持…, 上海市政府坚持…), else None.

    >>> opening_subject("2024年,瓯海区坚持以习近平法治思想为指导。")
    '330304'

    A department's report opens with the department as subject: its area is the report's.

    >>> opening_subject("2023年,习水县公安局始终坚持以习近平法治思想为指导。")
    '520330'
    """
    opening = body[:window]
    for text in opening_clauses(opening):
        code = place_in_name(text) or _inside_the_named_area(text, body)
        if code:
            name = load_gazetteer().by_code[code].name
            # 上海市政府…: the full name, where the short form (上海) alone also resolves
            prefix = name if text.startswith(name) else _name_prefix(text, code)
            rest = text[len(prefix) :]
            if predicate_follows(rest):
                return code
    return None


_TOWNSHIP_OR_COUNTY = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:区|县|市|旗)")


def _inside_the_named_area(name: str, body: str, window: int = 1000) -> str | None:
    """A county name shared by several (城中区: 西宁's and 柳州's; 鼓楼区) that opens `name`, read
    inside the city, else the province, the report's opening names most; else None.

    >>> _inside_the_named_area("城中区司法局2023年…报告", "参加广西法治培训。")
    '450202'
    """
    if not _TOWNSHIP_OR_COUNTY.match(name):
        return None
    for level in (4, 2):  # the city first: 鼓楼区 is twice in 江苏 (南京, 徐州)
        area = _most_named(body[:window], level)
        code = place_in_name(name, area) if area else None
        if code and code != area:
            return code
    return None


# the department that opens a report (公安局, 司法局, 人民法院, 市场监督管理局): a few words and
# a body's suffix; or the area's government, with its party committee (党委和政府…: the joint
# reports of provinces)
_OPENING_BODY = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,10}?(?:局|厅|委员会|人民法院|人民检察院|办公室)"
    r"|(?:党委[和、]?)?(?:人民)?政府|党委)"
)


def opening_clauses(opening: str):
    """The clauses of an opening, line by line, stripped."""
    for line in opening.split("\n"):
        for text in clause_break_re().split(line):
            yield text.strip()


def predicate_follows(rest: str) -> bool:
    """What follows an area's name begins the clause's predicate, directly (坚持…) or after the
    name of one of the area's departments (公安局|始终坚持…: the department's own report)."""
    body_name = _OPENING_BODY.match(rest)
    return (starts_predicate(rest, 0, len(rest)) and not _opens_with_a_noun(rest)) or (
        body_name is not None and starts_predicate(rest, body_name.end(), len(rest))
    )


def _opens_with_a_noun(rest: str) -> bool:
    """The longest dictionary word that opens `rest` is a noun (黑龙江|经济网讯: a news site's
    dateline, though its first character 经 alone is a verb).

    >>> _opens_with_a_noun("经济网讯(记者)2021年"), _opens_with_a_noun("坚持以习近平法治思想为指导")
    (True, False)
    """
    entry = dictionary().get(word_at(rest, 0))
    return entry is not None and entry[1].startswith("n")


def _name_prefix(text: str, code: str) -> str:
    """The part of `text` that names the area `code` (its shortest prefix that resolves to it)."""
    for end in range(1, len(text) + 1):
        if place_in_name(text[:end]) == code:
            return text[:end]
    return ""


def place_in_name(name: str, within: str | None = None) -> str | None:
    """The deepest division named in a body's name, each part read inside the previous one
    (杭州市西湖区司法局 → 西湖区 of 杭州市, not of 南昌市); a branch's area after its parent body
    counts too (广州市公安局增城区分局 → 增城区: the branch serves that district; 鲤城区人民政府
    金龙街道办事处 → 金龙街道).

    >>> place_in_name("广州市公安局增城区分局关于2023年度法治政府建设情况的报告")
    '440118'
    >>> place_in_name("广州市人民政府关于增城区2023年度工作的报告")
    '4401'
    """
    named = places_in_name(name, within)
    return named[-1] if named else None


def places_in_name(name: str, within: str | None = None) -> list[str]:
    """The divisions a body's name opens with, outermost first (台州市黄岩区人民政府 → 台州市,
    黄岩区); see place_in_name.

    >>> places_in_name("台州市黄岩区人民政府2024年法治政府建设年度报告")
    ['3310', '331003']
    """
    gaz = load_gazetteer()
    home, pos, named = within, 0, []
    while True:
        found = next(
            iter(admin_places(name[pos:], every_name_in_china(), gaz, home, _NOTHING)), None
        )
        if found is not None and found[0] != 0 and home is not None:
            found = _branch_area(name[pos:], found, gaz, home)
        if found is None or found[0] != 0:
            return named
        home, pos = found[2].code, pos + found[1]
        named.append(home)


_PARENT_BODY = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:局|厅|委员会|院|人民政府)$")


def _branch_area(rest: str, found, gaz, home: str):
    """`found` (a place after the start of `rest`) read as a branch's area: right after a body of
    `home` (公安局|增城区分局) and inside `home`; then as if it opened `rest`, else None."""
    start, end, division = found
    if not _PARENT_BODY.match(rest[:start]) or home not in {
        d.code for d in gaz.ancestors(division.code)
    }:
        return None
    return 0, end, division
