"""Mentions → entities: canonical names (jurisdiction expansion, abbreviations), aliases, IRIs.

Rules (see ontology/README.md, "Identity"):
- administrative places are their NBS division; sites and communities are scoped to the county;
- a body's name is expanded by the report's jurisdiction (市政府 → 临海市人民政府) and scoped by
  the division it belongs to, so bodies of different places never merge;
- programmes, documents and recognitions are identified by their normalised name alone, so the
  same reform in two reports (or two counties) is one node.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from kg import iri
from kg.gazetteer import AREA_LEVEL_WORDS, Division, load_gazetteer, short_form
from kg.model import Entity, Mention, Outcome, ReportText
from kg.resources import lexicon

ENTITY_KINDS = ("Place", "Agency", "Program", "PolicyDocument", "Recognition", "Person")
NATIONAL = "cn"


@dataclass
class Resolved:
    report: ReportText
    jurisdiction: str | None
    entities: dict[str, Entity] = field(default_factory=dict)
    outcomes: list[Outcome] = field(default_factory=list)
    iri_of: dict[tuple[int, int, str], str] = field(
        default_factory=dict
    )  # (start, end, kind) → IRI
    publisher: str | None = None  # IRI of the publishing body

    def entity_at(self, mention: Mention) -> str | None:
        return self.iri_of.get((mention.start, mention.end, mention.kind))


def resolve(report: ReportText, mentions: list[Mention], jurisdiction: str | None) -> Resolved:
    out = Resolved(report, jurisdiction)
    gaz = load_gazetteer()
    county = gaz.county_of(jurisdiction) if jurisdiction else None
    scope = county.code if county else (jurisdiction or NATIONAL)
    surfaces: dict[str, Counter] = defaultdict(Counter)
    publisher = _publisher(report.meta.publisher, jurisdiction, scope)
    for m in mentions:
        if m.kind == "Outcome":
            out.outcomes.append(_outcome(report, m))
            continue
        if m.kind not in ENTITY_KINDS:
            continue
        if m.get("self_reference"):  # 我局: the publisher
            if publisher is not None:
                key, name, agency_scope = publisher
                entity = out.entities.setdefault(
                    key, Entity(key, "Agency", name, props={"scope": agency_scope})
                )
                entity.mentions.append(m)
                out.iri_of[(m.start, m.end, m.kind)] = key
            continue
        made = _entity_for(m, jurisdiction, scope, report.doc_id)
        if made is None:
            continue
        key, kind, label, extra = made
        entity = out.entities.get(key)
        if entity is None:
            entity = out.entities[key] = Entity(
                key,
                kind,
                label,
                props=extra.pop("props", {}),
                extra_types=extra.pop("types", set()),
            )
        entity.mentions.append(m)
        entity.aliases.add(_surface(m))
        surfaces[key][m.label if "Activity" in entity.extra_types else _surface(m)] += 1
        out.iri_of[(m.start, m.end, m.kind)] = key
    for key, entity in out.entities.items():
        if entity.kind in ("Program", "Recognition", "PolicyDocument"):
            entity.label = _preferred(surfaces[key])
        entity.aliases.discard(entity.label)
    if report.meta.publisher:
        _add_publisher(out, report.meta.publisher, jurisdiction, scope)
    return out


def is_activity(m: Mention) -> bool:
    """A meeting, course, study or review held or counted (fz:Activity): a predicate the frames
    named, a counted object of a verb of holding, or an event named by its head (…培训班)."""
    if m.get("activity") or m.get("rule") == "counted-activity":
        return True
    return m.kind == "Program" and m.label.endswith(_event_heads()) and "“" not in m.label


@lru_cache(maxsize=1)
def _event_heads() -> tuple[str, ...]:
    return tuple(lexicon("frames")["held_event_heads"])


def _surface(m: Mention) -> str:
    if m.kind == "Program" and m.get("surface"):
        return m.get("surface")
    if m.kind == "PolicyDocument":
        return m.get("title") or m.label.strip("《》")
    return m.label


def _preferred(counter: Counter) -> str:
    """Most frequent surface form; ties to the longer (quoted, with head noun), then by text."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def _entity_for(m: Mention, jurisdiction, scope, doc_id: str = ""):
    if m.kind == "Place":
        return _place(m, scope)
    if m.kind == "Agency":
        name, agency_scope = canonical_agency(
            m.label, m.get("prefix") or "", m.get("place_code"), jurisdiction, scope
        )
        return iri.agency(agency_scope, name), "Agency", name, {"props": {"scope": agency_scope}}
    if m.kind == "Program" and is_activity(m):
        return iri.activity(doc_id, m.label), "Program", m.label, {"types": {"Activity"}}
    if m.kind == "Program":
        return iri.program(m.label), "Program", m.label, {}
    if m.kind == "PolicyDocument":
        title = m.get("title") or m.label.strip("《》")
        return iri.document(title), "PolicyDocument", title, {}
    if m.kind == "Recognition":
        return iri.recognition(m.label), "Recognition", m.label, {}
    if m.kind == "Person":
        return iri.person(scope, m.label), "Person", m.label, {"props": {"post": m.get("post")}}
    return None


def _place(m: Mention, scope):
    gaz = load_gazetteer()
    code = m.get("code")
    if code:
        div = gaz.by_code[code]
        return (
            iri.place(div.admin_code),
            "Place",
            div.name,
            {"types": {div.level}, "props": {"code": div.code}},
        )
    level = m.get("level") or "Site"
    return (
        iri.site(scope.ljust(9, "0") if scope != NATIONAL else scope, m.label),
        "Place",
        m.label,
        {"types": {level}, "props": {"within_code": scope}},
    )


def canonical_agency(
    label: str, prefix: str, place_code: str | None, jurisdiction: str | None, scope: str
):
    """Expand a body's name by the report's jurisdiction; return (name, scope code).

    >>> canonical_agency("市政府", "市", None, "331082", "331082")
    ('临海市人民政府', '331082')
    """
    lex = lexicon("agencies")
    gaz = load_gazetteer()
    name = re.sub(lex["session_ordinal"], "", label)
    rest, area = name, None
    if place_code:
        suffixes = sorted(lexicon("places")["admin_suffixes"], key=len, reverse=True)
        stems = [
            (p, div)
            for div in gaz.ancestors(place_code)
            for p in (div.name, short_form(div.name, suffixes))
            if p
        ]
        while True:  # 杭州市西湖区司法局: strip 杭州市, then 西湖区; 南昌县… is no 南昌|县…
            stem = max(((p, d) for p, d in stems if rest.startswith(p)), default=None, key=_length)
            if stem is None:
                break
            rest, area = rest[len(stem[0]) :], stem[1]
    elif prefix in lex["national_prefixes"]:
        return _expand_suffix(name, lex), NATIONAL
    elif prefix.removesuffix("级") in AREA_LEVEL_WORDS and jurisdiction:
        level = prefix.removesuffix("级")  # 区级…中心: the district's
        area = next((d for d in gaz.ancestors(jurisdiction) if d.name.endswith(level)), None)
        if area is not None:
            rest = name[len(prefix) :]
    if area is None:
        return _expand_suffix(name, lex), scope
    full = area.name + _expand_suffix(rest, lex, after_area=True)
    if rest in (lex["party_committee"], "党委"):  # 县委; 自治区党委 (an autonomous region's)
        full = f"中共{area.name}委员会"
    return full, area.code


def _length(stem: tuple[str, Division]) -> int:
    return len(stem[0])


def _expand_suffix(rest: str, lex: dict, after_area: bool = False) -> str:
    if after_area and rest == "政府":
        return "人民政府"
    if after_area and rest.startswith("政府") and rest[2:] in lex["organ_heads"]:
        rest = "人民" + rest  # 县政府常务会议: the standing meeting of 县人民政府
    for short, full in lex["abbreviations"].items():
        if short != "政府" and short in rest and full not in rest:
            rest = rest.replace(short, full)
    return rest


def _publisher(publisher: str | None, jurisdiction, scope) -> tuple[str, str, str] | None:
    """(IRI, canonical name, scope) of the publishing body."""
    if not publisher:
        return None
    from kg.nlp.jurisdiction import place_in_name

    place_code = place_in_name(publisher)
    # 省人民政府 publishing its own report: the level word is the report's area (湖北省…)
    not_after = re.compile(lexicon("agencies")["not_after_single_prefix"])
    prefix = next(
        (
            p
            for p in ("自治区", "省", "市", "县", "区")
            if publisher.startswith(p) and not not_after.match(publisher, len(p))  # 市场…
        ),
        "",
    )
    name, agency_scope = canonical_agency(
        publisher, prefix if place_code is None else "", place_code, jurisdiction, scope
    )
    return iri.agency(agency_scope, name), name, agency_scope


def _add_publisher(out: Resolved, publisher: str, jurisdiction, scope):
    key, name, agency_scope = _publisher(publisher, jurisdiction, scope)
    entity = out.entities.setdefault(
        key, Entity(key, "Agency", name, props={"scope": agency_scope})
    )
    if publisher != name:
        entity.aliases.add(publisher)
    entity.props["publisher_of"] = True
    out.publisher = key
    _add_places_of_the_publisher(out, publisher)


def _add_places_of_the_publisher(out: Resolved, publisher: str):
    """The divisions the publisher's name opens with (台州市黄岩区人民政府: 台州市, 黄岩区) are
    named by the report's header: places of the report, like the publisher itself."""
    from kg.nlp.jurisdiction import places_in_name

    gaz = load_gazetteer()
    for code in places_in_name(publisher):
        div = gaz.by_code[code]
        key = iri.place(div.admin_code)
        entity = out.entities.setdefault(
            key, Entity(key, "Place", div.name, extra_types={div.level}, props={"code": code})
        )
        entity.props["in_header"] = True


def _outcome(report: ReportText, m: Mention) -> Outcome:
    return Outcome(
        iri.outcome(report.doc_id, m.start, m.end),
        m.get("value"),
        m.get("unit"),
        m.get("indicator") or "",
        bool(m.get("approximate")),
        m.get("year"),
        m,
        m.get("baseline_value"),
        m.get("baseline_year"),
    )


def township_divisions(jurisdiction: str | None) -> list[Division]:
    """All townships of the report's county (the graph holds them, mentioned or not)."""
    if not jurisdiction:
        return []
    gaz = load_gazetteer()
    county = gaz.county_of(jurisdiction)
    return gaz.children(county.code) if county else []
