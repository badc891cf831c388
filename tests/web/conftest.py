"""Fixtures of the website's tests: the bundled build, and a store with hostile labels."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.vocab import FZ, RDF, RDFS, SKOS

HOSTILE = "<script>alert(\"x\")</script>' onmouseover='alert(1)"
HOSTILE_IRI = "https://w3id.org/fazhi-kg/id/program/hostile"


@pytest.fixture(scope="session")
def hostile_store(bundled_build, tmp_path_factory) -> Path:
    """The bundled store plus a programme whose label, alias and evidence sentence carry markup
    and quotes (as a report could: names are quoted text)."""
    folder = tmp_path_factory.mktemp("hostile") / "store"
    shutil.copytree(bundled_build / "store", folder)
    store = ox.Store(str(folder))
    program = ox.NamedNode(HOSTILE_IRI)
    sentence = ox.NamedNode("https://w3id.org/fazhi-kg/id/sentence/hostile/0")
    mention = ox.NamedNode("https://w3id.org/fazhi-kg/id/mention/hostile/0-5-program")
    report = ox.NamedNode("https://w3id.org/fazhi-kg/id/report/linhai-2023")
    facts = [
        (program, ox.NamedNode(RDF + "type"), ox.NamedNode(FZ + "Program")),
        (program, ox.NamedNode(RDFS + "label"), ox.Literal(HOSTILE, language="zh")),
        (program, ox.NamedNode(SKOS + "prefLabel"), ox.Literal(HOSTILE, language="zh")),
        (program, ox.NamedNode(SKOS + "altLabel"), ox.Literal("“" + HOSTILE + "”", language="zh")),
        (program, ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), mention),
        (
            mention,
            ox.NamedNode(FZ + "start"),
            ox.Literal("0", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        ),
        (
            mention,
            ox.NamedNode(FZ + "end"),
            ox.Literal("8", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        ),
        (mention, ox.NamedNode(FZ + "inSentence"), sentence),
        (
            sentence,
            ox.NamedNode(FZ + "sentenceText"),
            ox.Literal(HOSTILE + "推行。", language="zh"),
        ),
        (
            sentence,
            ox.NamedNode(FZ + "sentenceStart"),
            ox.Literal("0", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        ),
        (sentence, ox.NamedNode(FZ + "inReport"), report),
    ]
    for s, p, o in facts:
        store.add(ox.Quad(s, p, o))
    store.flush()
    del store
    return folder


@pytest.fixture(scope="module")
def client(bundled_build):
    from starlette.testclient import TestClient

    from kg.web.app import create_app

    with TestClient(create_app(bundled_build / "store", workers=2, timeout=5)) as test_client:
        yield test_client
