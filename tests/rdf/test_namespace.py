from kg.rdf import gen_namespace


def test_generated_namespace_is_in_sync_with_the_ontology():
    assert gen_namespace.target().read_text(encoding="utf-8") == gen_namespace.render(), (
        "run: python -m kg.rdf.gen_namespace"
    )


def test_namespace_is_closed():
    import pytest

    from kg.rdf.namespace import FZ

    assert str(FZ.carriedOutBy) == "https://w3id.org/fazhi-kg/ontology#carriedOutBy"
    with pytest.raises(AttributeError):
        FZ.carriedBy  # noqa: B018 — a typo must not mint a new term
