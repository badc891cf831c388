"""The namespaces of the graph and the prefixes every query may use without declaring them.

Plain strings, importable by every layer (``kg query`` needs them without loading rdflib or the
extractors); ``kg.rdf.namespace.FZ`` is the same ontology namespace as a closed rdflib class.
"""

FZ = "https://w3id.org/fazhi-kg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
ORG = "http://www.w3.org/ns/org#"

PREFIXES = {
    "fz": FZ,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "xsd": XSD,
    "prov": PROV,
    "dcterms": DCT,
    "org": ORG,
}
