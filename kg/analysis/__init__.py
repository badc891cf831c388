"""Analyses of the knowledge graph as networkx graphs: which bodies carry which reforms, where,
with what result. Everything starts from the RDF graph (`from_rdf`), never from extractor
internals, so researchers' own scripts can do the same.

>>> from kg.analysis import from_rdf, reforms_per_body
>>> G = from_rdf("output/graph.ttl")            # doctest: +SKIP
>>> reforms_per_body(G)[0]                       # doctest: +SKIP
{'body': ..., 'label': '临海市合法性审查中心', 'reforms': 1, ...}
"""

from kg.analysis.graph import ENTITY_TYPES, LINKS, from_rdf
from kg.analysis.tables import (
    activities,
    bodies_per_reform,
    body_projection,
    carrier_network,
    centrality,
    communities,
    outcomes_per_body,
    outcomes_per_programme,
    place_coverage,
    plan_by_theme,
    reforms_per_body,
    year_changes,
)

__all__ = [
    "ENTITY_TYPES",
    "LINKS",
    "from_rdf",
    "carrier_network",
    "reforms_per_body",
    "bodies_per_reform",
    "body_projection",
    "centrality",
    "communities",
    "place_coverage",
    "activities",
    "outcomes_per_programme",
    "outcomes_per_body",
    "plan_by_theme",
    "year_changes",
]
