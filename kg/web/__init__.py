"""`kg serve`: the graph's read-only website — entity pages at the path of each IRI (content
negotiated), the explorer, the SPARQL 1.1 Protocol endpoint and its query page."""
