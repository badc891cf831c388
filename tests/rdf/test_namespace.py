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


def test_pytests_probe_of_the_namespace_module_warns_nothing():
    # issue 24, item 9: pytest's doctest finder reads `_mock_name` of every object a module holds;
    # rdflib's open DefinedNamespace class warned on each run
    import warnings

    import kg.rdf.namespace as module

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for value in vars(module).values():
            getattr(value, "_mock_name", None)
