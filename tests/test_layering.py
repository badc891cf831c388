"""Commands that do not extract must not load the extractors (kg query would take seconds)."""

import json
import subprocess
import sys

import pytest

EXTRACTION = ("spacy", "jieba", "rdflib", "kg.nlp", "kg.extract", "kg.link", "kg.pos")


def loaded_after(statement: str) -> list[str]:
    code = f"import sys, json; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.mark.parametrize("module", ["kg.sparql", "kg.cli", "kg.vocab", "kg.gazetteer"])
def test_query_side_modules_load_no_extractor(module):
    loaded = loaded_after(f"import {module}")
    assert not [m for m in loaded if m.startswith(EXTRACTION)]


def test_the_plain_prefixes_are_the_ontologys_namespace():
    from kg.rdf.namespace import FZ
    from kg.vocab import PREFIXES

    assert PREFIXES["fz"] == str(FZ._NS)
