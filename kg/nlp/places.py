"""Places: administrative divisions from the gazetteer (full and short forms), communities,
villages and named sites by pattern. Span attrs: level, code (admin) or parent (sites)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.chars import HAN, is_han
from kg.gazetteer import Division, Gazetteer, load_gazetteer
from kg.nlp.automaton import NameAutomaton, ShortTextNames
from kg.nlp.awards import award_clause_openings
from kg.nlp.base import add_span, context
from kg.nlp.text import clause_start, trim_left
from kg.numerals import CHINESE_NUMERAL_CHARS
from kg.pos import COMMON_WORD, adverb_ends_at, dictionary, is_verb, list_joiners, prepositions
from kg.resources import lexicon


@Language.factory("fz_places", default_config={"lexicon": "places", "max_site_name": 6})
def make_places(nlp: Language, name: str, lexicon: str, max_site_name: int):
    return PlaceRecognizer(lexicon, max_site_name)


class PlaceRecognizer:
    def __init__(self, lexicon_name: str, max_site_name: int):
        self.lexicon_name = lexicon_name
        self.max_site_name = max_site_name
        self.gazetteer: Gazetteer | None = None

    def initialize(self, get_examples=None, nlp=None):
        lex = lexicon(self.lexicon_name)
        self.gazetteer = load_gazetteer()
        self.followers = re.compile(lex["short_form_followers"])
        self.after_parent_only = frozenset(lex["names_after_their_parent_only"])
        self.community_re = re.compile(rf"(?:{'|'.join(lex['community_suffixes'])})")
        self.community_rejects = lex["community_name_rejects"]
        self.community_not_before = re.compile(lex["community_not_before"])
        sites = sorted(lex["site_suffixes"], key=len, reverse=True)
        self.site_re = re.compile(rf"[{HAN}]{{2,{self.max_site_name}}}(?:{'|'.join(sites)})")
        self.site_rejects = lex["site_name_rejects"]
        self.site_suffixes = frozenset(sites)

    def __call__(self, doc: Doc) -> Doc:
        if self.gazetteer is None:
            self.initialize()
        ctx = context(doc)
        home = ctx.get("jurisdiction")
        taken: list[tuple[int, int]] = []
        automaton = automaton_for_province(home[:2] if home else None)
        for start, end, div in admin_places(
            ctx["text"], automaton, self.gazetteer, home, self.followers, self.after_parent_only
        ):
            add_span(doc, start, end, "Place", level=div.level, code=div.code, name=div.name)
            taken.append((start, end))
        found = []  # the communities and sites read by their pattern
        for start, end, name in pattern_places(
            ctx["masked_books"],
            taken,
            self.community_re,
            self.community_rejects,
            self.site_re,
            self.site_rejects,
            self.site_suffixes,
            self.community_not_before,
            self.max_site_name,
        ):
            parent = _enclosing_admin(taken, start)
            add_span(
                doc,
                start,
                end,
                "Place",
                level="Site" if not name.endswith(("社区", "村")) else "Community",
                name=name,
                parent=parent,
            )
            found.append((start, end))
        for start, end, name in honoured_sites(ctx["masked_books"], taken + found):
            add_span(doc, start, end, "Place", level="Site", name=name, parent=None)
        return doc


def honoured_sites(masked: str, taken) -> list[tuple[int, int, str]]:
    """(start, end, name) of the named sites that open the clause of a verb of receiving an award
    (梁柏台红色教育基地|被命名为…, 三苏园|被评为…): a base, garden or hall honoured is a place.

    >>> honoured_sites("梁柏台红色教育基地被司法部命名为全国法治宣传教育基地。", [])
    [(0, 9, '梁柏台红色教育基地')]
    >>> honoured_sites("红色教育基地被评为省级基地。", [])  # a kind of site, no name
    []
    >>> honoured_sites("县里全力打造富春公园被评为省级基地。", [])  # the verb is no name's
    [(6, 10, '富春公园')]
    """
    lex = lexicon("places")
    heads, generic = tuple(lex["honoured_site_heads"]), tuple(lex["generic_site_words"])
    out = []
    for start, end in award_clause_openings(masked, _SITE_REACH):
        passive = masked.find("被", start, end)
        end = passive if passive >= 0 else end  # X|被司法部命名为: the agent after 被 gives it
        while (word := _BEFORE_AWARD.search(masked, start, end)) is not None:
            end = word.start()  # 成功|入选, 被|评为: the verb's own words
        start = trim_left(masked, start, end)  # 全力打造|富春公园: the verb before the name
        name = masked[start:end]
        if not (3 <= len(name) <= 12 and _HAN_ONLY.fullmatch(name) and name.endswith(heads)):
            continue
        own = name
        while own.startswith(generic):
            own = own[len(next(w for w in generic if own.startswith(w))) :]
        if len(own) - len(next(h for h in heads if name.endswith(h))) < 2:
            continue  # 红色教育基地: a kind of site, named by no name of its own
        if any(s < end and start < e for s, e in taken):
            continue
        out.append((start, end, name))
    return out


_SITE_REACH = 16  # characters before the verb a clause break must lie within
_BEFORE_AWARD = re.compile("(?:成功|先后|分别|均|也|还|并|已|被|再次)+$")
_HAN_ONLY = re.compile(f"[{HAN}]+")


def resolvable_names(gaz: Gazetteer, province: str | None) -> set[str]:
    """The names `admin_places` can resolve in a report of `province`: every name of a county or
    above (unique ones resolve anywhere), and townships only of the report's own province (a
    township elsewhere never resolves). A name that cannot resolve is skipped by admin_places
    anyway, so leaving it out changes nothing, and a smaller automaton scans twice as fast."""
    upper, by_province = _names_by_reach(gaz)
    return upper | by_province.get(province, set())


@lru_cache(maxsize=1)
def _names_by_reach(gaz: Gazetteer) -> tuple[set[str], dict[str, set[str]]]:
    upper: set[str] = set()
    by_province: dict[str, set[str]] = {}
    for table in (gaz.by_name, gaz.by_short):
        for name, divisions in table.items():
            for d in divisions:
                if len(d.code) <= 6:
                    upper.add(name)
                else:
                    by_province.setdefault(d.code[:2], set()).add(name)
    return upper, by_province


_GEOGRAPHIC = re.compile(lexicon("places")["geographic_features"])


def _inside_a_fixed_phrase(text: str, start: int, end: int) -> bool:
    """text[start:end] lies inside a four-character idiom or fixed phrase of the dictionary
    (长治久安, 国泰民安).

    >>> _inside_a_fixed_phrase("社会稳定和长治久安", 5, 7), _inside_a_fixed_phrase("长治市", 0, 2)
    (True, False)
    """
    words = dictionary()
    for lo in range(max(0, end - 4), start + 1):
        entry = words.get(text[lo : lo + 4]) if lo + 4 <= len(text) else None
        if entry is not None and entry[1] in ("i", "l", "nz") and lo + 4 >= end:
            return True
    return False


def admin_places(
    text: str,
    automaton,
    gaz: Gazetteer,
    home: str | None,
    followers: re.Pattern,
    after_parent_only: frozenset = frozenset(),
):
    """Leftmost-longest gazetteer matches resolved in the report's jurisdiction."""
    # by start, longest first (tuples compare without a key function: a hot path)
    matches = sorted((start, start - end, name) for start, end, name in automaton.matches(text))
    home_chain = [d.code for d in gaz.ancestors(home)] if home else []
    last_end = 0
    for start, negative_size, name in matches:
        if start < last_end:
            continue
        end = start - negative_size
        div = resolve_name(name, gaz, home_chain)
        if div is None and name in gaz.by_short:
            if _GEOGRAPHIC.match(text, end):
                continue  # 台州湾经济技术开发区: 台州 begins the bay's name, not the city
            if _inside_a_fixed_phrase(text, start, end):
                continue  # 长治久安: an idiom, not 长治市
            div = resolve_short(name, gaz, home_chain, text, end, followers)
        if div is None or _verb_then_prefix(name, div, home_chain):
            continue
        if _joiner_then_word(text, start, end, div, home_chain):
            continue
        if name in after_parent_only and start != last_end:
            # 开发区东区 is no 东区 of 攀枝花: these are taken only after a larger division
            continue
        if (
            len(name) == 2
            and name == div.name
            and start > 0
            and start != last_end
            and is_han(text[start - 1])
            and text[start - 1] not in _BEFORE_TWO_CHARACTER_NAME
        ):
            # 示范县 holds no 范县: a two-character name inside a word (濮阳市范县, 赴范县 are
            # names)
            continue
        last_end = end
        yield start, end, div


# what may stand right before a two-character county name (范县, 和县): the end of a larger
# division's name, or a preposition or conjunction
_BEFORE_TWO_CHARACTER_NAME = set("市省州盟区县旗赴在到至与和及从向同对于、的是为经")


def _far_away(div: Division, home_chain: list[str]) -> bool:
    """The division lies outside the report's province (or the report's area is unknown)."""
    return not (home_chain and div.code.startswith(home_chain[-1]))


def _verb_then_prefix(name: str, div: Division, home_chain: list[str]) -> bool:
    """会同县市场监管局 in a 平阴 report is 会同 + 县市场监管局, not 会同县 of Hunan: a far-away
    name that reads as a verb plus a bare 县/市/区 is not taken."""
    if not _far_away(div, home_chain):
        return False
    from kg.nlp.text import trim_left

    cut = trim_left(name, 0, len(name), keep=1)
    # a verb (会同), not any boundary word: 诸暨市 is no 诸 + 暨 ('and') + 市
    return cut > 0 and name[cut:] in ("县", "市", "区", "镇", "乡") and is_verb(name[:cut])


def _joiner_then_word(text: str, start: int, end: int, div: Division, home_chain) -> bool:
    """在省、市和县委领导下 in a report of Hebei is 和 + 县委, not 和县 of Anhui: a far-away name
    that begins with a conjunction or preposition, and whose last character begins a common
    word with the character after it, is read as those two words.

    >>> from kg.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> hexian = gaz.by_name["和县"][0]
    >>> text = "在省、市和县委坚强领导下"
    >>> _joiner_then_word(text, 4, 6, hexian, ["130631", "1306", "13"])  # 望都县, Hebei
    True
    >>> _joiner_then_word(text, 4, 6, hexian, ["340523", "3405", "34"])  # in Anhui, the county
    False
    """
    if not _far_away(div, home_chain):
        return False
    if text[start] not in list_joiners() and text[start] not in prepositions():
        return False
    entry = dictionary().get(text[end - 1 : end + 1])
    return entry is not None and entry[0] >= COMMON_WORD


def resolve_name(name: str, gaz: Gazetteer, home_chain: list[str]) -> Division | None:
    """A full official name: prefer divisions inside the report's own area, nearest first."""
    candidates = gaz.by_name.get(name, [])
    if not candidates:
        return None
    for home in home_chain:  # own county, then own prefecture, then own province
        inside = [d for d in candidates if d.code.startswith(home) and d.code != home] or [
            d for d in candidates if d.code == home
        ]
        if len(inside) == 1:
            return inside[0]
        if inside:
            return None
    if len(candidates) == 1 and len(candidates[0].code) <= 6:
        return candidates[0]  # unique county or above anywhere in China
    upper = [d for d in candidates if len(d.code) <= 4]
    return upper[0] if len(upper) == 1 else None


def _common_word(name: str) -> bool:
    """A short form that is a common dictionary word other than a place name (和平 nz, 大兴 b,
    金山 nr): in running text it is the word unless a list or a body's suffix follows it.

    >>> _common_word("和平"), _common_word("东城")
    (True, False)
    """
    entry = dictionary().get(name)
    return entry is not None and entry[0] >= COMMON_WORD and entry[1] != "ns"


def _municipal_parents(gaz: Gazetteer, province: str) -> set[str]:
    """The 市辖区/县 entries of a municipality (1101, 5001, 5002): the level its districts sit
    under; none for a province with cities."""
    return {c.code for c in gaz.children(province) if c.name in ("市辖区", "县")}


def resolve_short(
    name: str, gaz: Gazetteer, home_chain: list[str], text: str, end: int, followers: re.Pattern
) -> Division | None:
    """A short form (台州 for 台州市, 杜桥 for 杜桥镇) only where unambiguous in context:
    provinces and prefectures unique in China; counties of the own prefecture; townships
    of the own county when followed by a boundary."""
    upper, counties, towns = _short_form_levels(gaz, name)
    if len(upper) == 1 and not gaz.by_name.get(name):
        return upper[0]
    if not home_chain:
        return None
    county = next((c for c in home_chain if len(c) == 6), None)
    prefecture = next((c for c in home_chain if len(c) == 4), None)
    # a municipality's own report (北京市…: 东城、延庆和通州三个区): its districts and counties
    # sit under the 市辖区 and 县 of its statistical code, its prefecture level
    parents = {prefecture} if prefecture else _municipal_parents(gaz, home_chain[-1])
    local_counties = [d for parent in parents for d in counties.get(parent, ())]
    if len(local_counties) == 1 and (not _common_word(name) or followers.match(text, end)):
        return local_counties[0]  # 和平 (peace), 大兴 (to promote), 金山银山: a word, unless listed
    local_towns = towns.get(county, []) if county else []
    if len(local_towns) == 1 and followers.match(text, end):
        return local_towns[0]
    return None


@lru_cache(maxsize=None)
def _short_form_levels(gaz: Gazetteer, name: str) -> tuple[list, dict, dict]:
    """The divisions a short form names: provinces and prefectures, then counties and townships
    by their parent's code (城关 names hundreds of townships; sorted once, not per mention)."""
    upper, counties, towns = [], {}, {}
    for division in gaz.by_short.get(name, []):
        if len(division.code) <= 4:
            upper.append(division)
        elif len(division.code) == 6:
            counties.setdefault(division.parent, []).append(division)
        elif len(division.code) == 9:
            towns.setdefault(division.parent, []).append(division)
    return upper, counties, towns


def pattern_places(
    masked: str,
    taken,
    community_re,
    community_rejects,
    site_re,
    site_rejects,
    site_suffixes=(),
    community_not_before=re.compile("级"),
    max_site_name: int = 6,
):
    """Communities/villages (鹿城社区, …村) and named sites (府城文化旅游区, 紫阳古街)."""

    def free(start, end):
        return not any(s < end and start < e for s, e in taken)

    for m in community_re.finditer(masked):
        # a list mark bounds the name (白云源村、|三鑫村: the second village's own name)
        left = clause_start(masked, m.start(), limit=4, extra_breaks="、")
        after_a_place = False
        for _s, e in taken:  # a place right before bounds the name: 杜桥镇XX村
            if left < e <= m.start():
                left, after_a_place = e, True
        if after_a_place and 2 <= m.start() - left <= 4:
            start = left  # 华埠镇|下溪村: the name begins where its township ends, as written
        elif trim_left(masked, left, m.start(), keep=0) == m.start():
            continue  # 农闲时段在|村民院落: a function word right before, the suffix ends no name
        else:
            start = trim_left(masked, left, m.start(), keep=1)
        cut = max(
            masked.rfind(suffix, max(0, start - len(suffix) + 1), m.start()) + len(suffix)
            for suffix in ("街道", "办事处", "镇", "乡", "区", "县", "市")
        )  # 芹阳办事处|城关社区: a township-level unit ends just before the name
        start = max(start, cut)
        at = masked.rfind("在", start + 1, m.start() - 2)
        if at != -1:  # 镇司法所在|新龙村: 所在 reads as one word, but 在 is the preposition
            start = at + 1
        while start < m.start() and not ("\u4e00" <= masked[start] <= "\u9fff"):
            start += 1
        name = masked[start : m.end()]
        stem = name[: -len(m.group(0))]
        if not (2 <= len(stem) <= 4) or any(ch < "\u4e00" or ch > "\u9fff" for ch in stem):
            continue
        if is_verb(stem) and adverb_ends_at(masked, start):
            continue  # 大力建设|社区矫正平台: an adverb's verb is the clause's predicate, no name
        # after its township a name may hold a character that elsewhere is a verb (华埠镇|下溪村)
        rejects = (
            [w for w in community_rejects if len(w) > 1] if after_a_place else community_rejects
        )
        if (
            any(w in stem for w in rejects)
            or stem[-1] in "乡农"
            or _a_count_of_places(stem)
            or community_not_before.match(masked, m.end())
            or not free(start, m.end())
        ):
            continue
        yield start, m.end(), name
    for m in site_matches(masked, site_re, site_suffixes, max_site_name):
        start = trim_left(masked, m.start(), m.end())
        named_after = None
        for s, e in taken:
            if start < e <= m.end() - 2 and s <= start:
                start, named_after = e, (s, e)
        if named_after and masked[start : m.end()] in site_suffixes:
            # 湛江|经济技术开发区: a zone is named after its place; the suffix alone names none
            start = named_after[0]
            if not free(named_after[1], m.end()):
                continue
            yield start, m.end(), masked[start : m.end()]
            continue
        name = masked[start : m.end()]
        stem = re.sub(r"(市级|县级|区级|省级)", "", name)
        if (
            len(stem) < 4
            or any(stem.startswith(w) for w in site_rejects)
            or not free(start, m.end())
        ):
            continue
        yield start, m.end(), name


def site_matches(masked: str, site_re: re.Pattern, suffixes, most: int = 6):
    """What ``site_re.finditer(masked)`` yields (2 to `most` characters, then a suffix), trying
    only the positions 2 to `most` characters before a suffix: elsewhere no match can begin,
    and re would try its 2–6 characters at every character of the text.

    >>> site_re = re.compile("[\u4e00-\u9fff]{2,6}(?:公园|广场)")
    >>> [m.group() for m in site_matches("在人民公园和市民广场举办活动", site_re, ["公园", "广场"])]
    ['在人民公园', '和市民广场']
    """
    starts = set()
    for suffix in suffixes:
        at = masked.find(suffix)
        while at >= 0:
            starts.add(at)
            at = masked.find(suffix, at + 1)
    pos = 0
    for start in sorted(starts):
        for candidate in range(max(pos, start - most), start - 1):
            m = site_re.match(masked, candidate)
            if m:
                yield m
                pos = m.end()
                break
        pos = max(pos, start - 1)  # the positions before this suffix are tried


def _a_count_of_places(stem: str) -> bool:
    """The words before 村/社区 count them (三个村, 一批村, 二十社区), no name: numerals and a
    classifier; a name may still open with a numeral (三鑫村, 五星社区, 八里庄村).

    >>> _a_count_of_places("三个"), _a_count_of_places("一批"), _a_count_of_places("二十")
    (True, True, True)
    >>> _a_count_of_places("三鑫")
    False
    """
    if stem[0] not in CHINESE_NUMERAL_CHARS:
        return False
    rest = stem.lstrip(CHINESE_NUMERAL_CHARS)
    return not rest or rest[0] in _PLACE_CLASSIFIERS


_PLACE_CLASSIFIERS = "个批些所家类"  # 个村, 一批社区, 一些村: the classifiers that count places


def _enclosing_admin(taken, start):
    before = [(s, e) for s, e in taken if e <= start and start - e <= 1]
    return before[-1] if before else None


@lru_cache(maxsize=1)
def every_name_in_china():
    """Every name and short form in China, for short strings only (a body's name, a report's
    opening): looked up substring by substring, since an automaton of them all takes longer to
    build than a cold single-report build spends reading them."""
    gaz = load_gazetteer()
    return ShortTextNames(set(gaz.by_name) | set(gaz.by_short))


@lru_cache(maxsize=64)
def automaton_for_province(province: str | None):
    return NameAutomaton(resolvable_names(load_gazetteer(), province))
