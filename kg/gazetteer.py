"""China's administrative divisions (NBS 2023) as a lookup: names, short forms, ancestry.

Data: ``ontology/gazetteer/*.csv`` (see its SOURCE.md). Loaded once per process.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from kg.resources import lexicon, ontology_dir

# the level words a body's name opens with, each naming the report's own area of that level
# (州委: the autonomous prefecture's, 旗政府: the banner's, 盟: Inner Mongolia's prefectures;
# 区级…中心: a level word with 级 names its own area too)
AREA_LEVEL_WORDS = (
    "自治区",
    "自治州",
    "省",
    "市",
    "州",
    "盟",
    "县",
    "旗",
    "区",
    "街道",
    "镇",
    "乡",
)

LEVELS = {2: "Province", 4: "Prefecture", 6: "County", 9: "Township"}


@dataclass(frozen=True)
class Division:
    code: str  # 2, 4, 6 or 9 digits
    name: str
    parent: str | None

    @property
    def level(self) -> str:
        if len(self.code) == 9:
            return "Subdistrict" if 1 <= int(self.code[6:]) <= 99 else "Township"
        return LEVELS[len(self.code)]

    @property
    def admin_code(self) -> str:
        """The 9-digit statistical code (ONTOLOGY.md): shorter codes are right-padded with zeros."""
        return self.code.ljust(9, "0")


class Gazetteer:
    def __init__(self, divisions: dict[str, Division]):
        self.by_code = divisions
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        self._children: dict[str, list[Division]] = {}
        for div in sorted(divisions.values(), key=lambda d: d.code):
            if div.parent:
                self._children.setdefault(div.parent, []).append(div)
        suffixes = sorted(lexicon("places")["admin_suffixes"], key=len, reverse=True)
        by_length = _by_length(tuple(suffixes))  # a set lookup a length, not a test a suffix
        for div in divisions.values():
            if div.name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            self.by_name.setdefault(div.name, []).append(div)
            short = _short_form(div.name, by_length)
            if short and short != div.name:
                self.by_short.setdefault(short, []).append(div)

    def ancestors(self, code: str) -> list[Division]:
        """The division and its parents up to the province, nearest first."""
        chain = []
        div = self.by_code.get(code)
        while div is not None:
            chain.append(div)
            div = self.by_code.get(div.parent) if div.parent else None
        return chain

    def children(self, code: str) -> list[Division]:
        return list(self._children.get(code, ()))

    def county_of(self, code: str) -> Division | None:
        return next((d for d in self.ancestors(code) if len(d.code) == 6), None)


def short_form(name: str, suffixes: list[str]) -> str | None:
    """The name without its longest administrative suffix, leaving two characters at least.

    >>> short_form("临海市", ["市"]), short_form("萧山区", ["区"]), short_form("县", ["县"])
    ('临海', '萧山', None)
    """
    return _short_form(name, _by_length(tuple(suffixes)))


@lru_cache(maxsize=8)
def _by_length(suffixes: tuple[str, ...]) -> list[tuple[int, frozenset]]:
    """The suffixes grouped by length, longest first."""
    lengths = sorted({len(s) for s in suffixes}, reverse=True)
    return [(n, frozenset(s for s in suffixes if len(s) == n)) for n in lengths]


def _short_form(name: str, by_length: list[tuple[int, frozenset]]) -> str | None:
    for size, group in by_length:
        if len(name) - size >= 2 and name[-size:] in group:
            return name[:-size]
    return None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    folder = ontology_dir() / "gazetteer"
    divisions: dict[str, Division] = {}

    def rows(name):
        with open(folder / name, encoding="utf-8", newline="") as handle:
            yield from csv.DictReader(handle)

    for row in rows("provinces.csv"):
        divisions[row["code"]] = Division(row["code"], row["name"], None)
    for row in rows("cities.csv"):
        divisions[row["code"]] = Division(row["code"], row["name"], row["provinceCode"])
    for row in rows("areas.csv"):
        divisions[row["code"]] = Division(row["code"], row["name"], row["cityCode"])
    for row in rows("streets.csv"):
        divisions[row["code"]] = Division(row["code"], row["name"], row["areaCode"])
    return Gazetteer(divisions)
