"""fz:inferredCarrier: the competent body of a programme the report names no carrier for.

Most sentences of the genre omit their subject (建立X机制). Where a report never says who carries
a programme, the body competent for its domain (人民调解 → 司法局, 共享法庭 → 人民法院 …) is
inferred from ``ontology/lexicon/competent_bodies.json``: the standard department at the report's
level, in the report's jurisdiction, named canonically so that it is the same IRI as that body
wherever a text names it. A body the report never names becomes a reference node (type
fz:ReferenceBody, no fz:mentionedIn). Inferred links are kept apart from fz:carriedOutBy and
never made for a programme that has an explicit carrier in the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg import iri
from kg.gazetteer import load_gazetteer
from kg.link.common import departments_own_report, evidence
from kg.model import Entity, Link, Sentence
from kg.pos import begins_no_word
from kg.resolve import Resolved, canonical_agency
from kg.resources import lexicon

LEVELS = {2: "province", 4: "prefecture", 6: "county", 9: "township"}


@dataclass(frozen=True)
class Domain:
    name: str
    keywords: tuple[str, ...]
    bodies: dict
    own_work: tuple[str, ...] = ()  # every body's own work: its coordinator only in a government's


@lru_cache(maxsize=1)
def domains() -> tuple[Domain, ...]:
    table = lexicon("competent_bodies")
    return tuple(
        Domain(
            d["domain"],
            tuple(sorted(d["keywords"], key=len, reverse=True)),
            d["bodies"],
            tuple(d.get("own_work", ())),
        )
        for d in table["domains"]
    )


def only_own_work(label: str, domain: Domain) -> bool:
    """The programme's name holds only keywords of the work every body does for itself
    (法治政府建设工作年度报告制度, 规范性文件合法性审查), none of the domain's own functions.

    >>> justice = domain_of("人民调解")
    >>> only_own_work("法治政府建设工作年度报告制度", justice), only_own_work("人民调解", justice)
    (True, False)
    """
    found = [k for k in domain.keywords if _names(label, k)]
    return bool(found) and all(k in domain.own_work for k in found)


def domain_of(label: str) -> Domain | None:
    """The first domain of the table with a keyword in the programme's name.

    >>> domain_of("“共享法庭”").name, domain_of("人民调解工作室").name, domain_of("首违不罚")
    ('trial', 'justice-administration', None)
    """
    for domain, any_keyword in _domain_filters():
        if any_keyword.search(label) and any(_names(label, k) for k in domain.keywords):
            return domain
    return None


@lru_cache(maxsize=1)
def _domain_filters() -> tuple[tuple[Domain, re.Pattern], ...]:
    """Each domain with one pattern of all its keywords: the labels that hold none (most, for
    most domains) are passed over in one search instead of one per keyword."""
    return tuple((d, re.compile("|".join(map(re.escape, d.keywords)))) for d in domains())


def _names(label: str, keyword: str) -> bool:
    """`keyword` occurs in `label` as a word: a two-character keyword whose last character
    begins a word of the dictionary with the one after it is another word's part (治超 in
    法治超市: 法治|超市, not the control of overloaded trucks; but 民生计量 is 计量's).

    >>> _names("法治超市", "治超"), _names("货车治超站", "治超"), _names("民生计量", "计量")
    (False, True, True)
    """
    pos = label.find(keyword)
    while pos >= 0:
        end = pos + len(keyword)
        if len(keyword) != 2 or end >= len(label) or begins_no_word(label, end - 1):
            return True
        pos = label.find(keyword, pos + 1)
    return False


def report_level(jurisdiction: str) -> str:
    """province / prefecture / county / township; a municipality (天津市) names its departments
    like a prefecture.

    >>> report_level("331082"), report_level("12"), report_level("33")
    ('county', 'prefecture', 'province')
    """
    level = LEVELS.get(len(jurisdiction), "county")
    if level == "province" and jurisdiction in lexicon("competent_bodies")["municipalities"]:
        return "prefecture"
    return level


def competent_body(domain: Domain, jurisdiction: str) -> tuple[str, str, str] | None:
    """(IRI, canonical name, scope code) of the domain's body in the jurisdiction, or None where
    the level has no such body.

    >>> competent_body(domain_of("人民调解"), "331082")[1:]
    ('临海市司法局', '331082')
    """
    body = domain.bodies.get(report_level(jurisdiction))
    division = load_gazetteer().by_code.get(jurisdiction)
    if body is None or division is None:
        return None
    name, scope = canonical_agency(division.name + body, "", division.code, jurisdiction, "")
    return iri.agency(scope, name), name, scope


def infer_carriers(res: Resolved, sentences: list[Sentence], links: list[Link]) -> list[Link]:
    """An inferredCarrier link for each programme of the report with a domain and no explicit
    carrier; bodies the report does not name are added to `res` as reference nodes."""
    if not res.jurisdiction:
        return []
    carried = {lk.subject for lk in links if lk.predicate == "carriedOutBy"}
    departments = departments_own_report(res)
    out = []
    for entity in sorted(res.entities.values(), key=lambda e: e.iri):
        if entity.kind != "Program" or entity.iri in carried or not entity.mentions:
            continue
        domain = domain_of(entity.label)
        if domain is not None and departments and only_own_work(entity.label, domain):
            continue  # a 生态环境局's own 法治政府建设 work is its own, not the 司法局's
        body = competent_body(domain, res.jurisdiction) if domain else None
        if body is None:
            continue
        key, name, scope = body
        if key not in res.entities:
            res.entities[key] = Entity(
                key,
                "Agency",
                name,
                aliases=short_forms(name),
                extra_types={"ReferenceBody"},
                props={"scope": scope, "reference": True},
            )
        first = min(entity.mentions, key=lambda m: m.start)
        # the sentence that names the programme, with the programme as its span
        span = evidence(sentences[first.sentence], first)
        out.append(Link(entity.iri, "inferredCarrier", key, span, domain_rule(domain)))
    return out


def short_forms(name: str) -> set[str]:
    """The usual short names of a canonical body name (the abbreviations of agencies.json read
    backwards).

    >>> sorted(short_forms("临海市市场监督管理局"))
    ['临海市市场监管局']
    """
    out = set()
    for short, full in lexicon("agencies")["abbreviations"].items():
        if full in name and short not in ("政府", "法院", "检察院"):
            out.add(name.replace(full, short))
    return out


def domain_rule(domain: Domain) -> str:
    return f"competent-body:{domain.name}"
