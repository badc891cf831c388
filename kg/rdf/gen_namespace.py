"""Generate kg/rdf/namespace.py (the closed fz: namespace) from ontology/fazhi.ttl.

Run ``python -m kg.rdf.gen_namespace`` after editing the ontology; a test fails when the two
disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.resources import ontology_dir

FZ_IRI = "https://w3id.org/fazhi-kg/ontology#"
KINDS = (
    (OWL.Class, "class"),
    (OWL.ObjectProperty, "object property"),
    (OWL.DatatypeProperty, "datatype property"),
    (OWL.NamedIndividual, "individual"),
)


def render() -> str:
    g = Graph().parse(ontology_dir() / "fazhi.ttl", format="turtle")
    lines = [
        '"""The fz: vocabulary as a closed rdflib namespace. GENERATED from ontology/fazhi.ttl by',
        '``python -m kg.rdf.gen_namespace``; do not edit by hand."""',
        "",
        "# the module, not its class: pytest's doctest finder probes each class a module holds",
        "# for a mock attribute, and rdflib's open DefinedNamespace warns on unknown names",
        "from rdflib import namespace",
        "from rdflib.term import URIRef",
        "",
        "",
        "class FZ(namespace.DefinedNamespace):",
        '    """fazhi-kg ontology: https://w3id.org/fazhi-kg/ontology#"""',
        "",
        "    _fail = True",
        "",
    ]
    for kind, title in KINDS:
        terms = sorted(
            {
                s
                for s in g.subjects(RDF.type, kind)
                if isinstance(s, URIRef) and str(s).startswith(FZ_IRI)
            }
        )
        if not terms:
            continue
        lines.append(f"    # {title}")
        for term in terms:
            name = str(term)[len(FZ_IRI) :]
            label = g.value(term, RDFS.label, any=True)
            en = next(
                (
                    str(lit)
                    for lit in g.objects(term, RDFS.label)
                    if getattr(lit, "language", None) == "en"
                ),
                str(label),
            )
            zh = next(
                (
                    str(lit)
                    for lit in g.objects(term, RDFS.label)
                    if getattr(lit, "language", None) == "zh"
                ),
                "",
            )
            lines.append(f"    {name}: URIRef  # {zh} / {en}")
        lines.append("")
    lines += [f'    _NS = namespace.Namespace("{FZ_IRI}")', ""]
    return "\n".join(lines)


def target() -> Path:
    return Path(__file__).with_name("namespace.py")


if __name__ == "__main__":
    target().write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {target()}\n")
