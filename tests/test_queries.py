"""Competency queries: exact rows on the bundled build, a few facts spelled out, and the
read-only endpoint of `kg serve` over HTTP."""

import csv
import io
import json
import re

import pytest

from kg.cli import main
from kg.sparql import format_result, run_query
from tests.conftest import FIXTURES, ROOT

QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def _rows(store, query):
    return list(csv.DictReader(io.StringIO(format_result(run_query(str(query), store), "csv"))))


def _bound_rows(store, query, capsys, **bindings):
    """The rows of `kg query QUERY --format csv --bind NAME=<IRI> …`, which must succeed."""
    args = ["query", str(ROOT / "queries" / query), "--store", str(store), "--format", "csv"]
    for name, value in bindings.items():
        args += ["--bind", f"{name}=<{value}>"]
    assert main(args) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_at_least_ten_queries_each_stating_its_question():
    assert len(QUERIES) >= 10
    for q in QUERIES:
        assert q.read_text(encoding="utf-8").startswith("# "), q.name


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_query_returns_its_expected_rows(bundled_build, query):
    expected = (FIXTURES / "queries" / f"{query.stem}.csv").read_text(encoding="utf-8")
    assert format_result(run_query(str(query), bundled_build / "store"), "csv") == expected


def test_programmes_per_township_lists_all_19_with_codes(bundled_build):
    rows = _rows(bundled_build / "store", ROOT / "queries" / "programmes-per-township.rq")
    assert len(rows) == 19
    by_name = {r["township"]: r for r in rows}
    assert by_name["江南街道"]["code"] == "331082003"
    assert "“1+1+6”" in by_name["江南街道"]["names"]
    assert all(int(r["programmes"]) >= 1 for r in rows)  # 便民服务点 throughout the county


def test_programmes_per_township_keeps_townships_with_none():
    import pyoxigraph

    db = pyoxigraph.Store()
    db.load(
        """@prefix fz: <https://w3id.org/fazhi-kg/ontology#> .
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    @prefix : <https://example.org/> .
    :r fz:aboutPlace :county . :county skos:prefLabel "甲县"@zh .
    :t1 fz:within :county ; a fz:Township ; skos:prefLabel "一镇"@zh ; fz:adminCode "1" .
    :t2 fz:within :county ; a fz:Township ; skos:prefLabel "二镇"@zh ; fz:adminCode "2" .
    :p fz:implementedIn :t1 ; skos:prefLabel "共享法庭"@zh .
    :q fz:implementedIn :t1 ; skos:prefLabel "首违不罚"@zh .""".encode("utf-8"),
        format=pyoxigraph.RdfFormat.TURTLE,
    )
    rows = _rows(db, ROOT / "queries" / "programmes-per-township.rq")
    assert [
        (r["township"], r["programmes"], sorted(filter(None, r["names"].split("；")))) for r in rows
    ] == [("一镇", "2", ["共享法庭", "首违不罚"]), ("二镇", "0", [])]
    assert rows[1]["names"] == ""


def test_programmes_per_township_of_one_county_by_binding_it(bundled_build, capsys):
    every = _rows(bundled_build / "store", ROOT / "queries" / "programmes-per-township.rq")
    county = every[0]["county"]
    rows = _bound_rows(bundled_build / "store", "programmes-per-township.rq", capsys, county=county)
    assert rows == [r for r in every if r["county"] == county]


def test_planned_programmes_of_one_report_by_binding_it(bundled_build, capsys):
    every = _rows(bundled_build / "store", ROOT / "queries" / "planned-programmes.rq")
    report = every[0]["report"]
    rows = _bound_rows(bundled_build / "store", "planned-programmes.rq", capsys, report=report)
    assert rows == [r for r in every if r["report"] == report] and len(rows) >= 9


def test_evidence_of_a_link(bundled_build):
    rows = _rows(bundled_build / "store", ROOT / "queries" / "evidence.rq")
    row = next(r for r in rows if r["relation"] == "carriedOutBy" and r["object"] == "临海市税务局")
    text = (ROOT / "corpus" / "linhai-2023.txt").read_text(encoding="utf-8")
    assert text[int(row["start"]) : int(row["end"])].startswith("市税务局“税立方”")
    assert row["sentence"] in text


def test_evidence_of_one_link_by_binding_its_ends(bundled_build, capsys):
    every = _rows(bundled_build / "store", ROOT / "queries" / "evidence.rq")
    link = next(
        r for r in every if r["relation"] == "carriedOutBy" and r["object"] == "临海市税务局"
    )
    rows = _bound_rows(bundled_build / "store", "evidence.rq", capsys, s=link["s"], o=link["o"])
    assert (
        rows == [r for r in every if (r["s"], r["o"]) == (link["s"], link["o"])] and len(rows) >= 1
    )


def test_bind_reads_iris_prefixed_names_and_labels():
    from kg.sparql import parse_binding

    assert parse_binding("o=fz:Planned")[1].value.endswith("#Planned")
    assert parse_binding("x=<https://example.org/a>")[1].value == "https://example.org/a"
    label = parse_binding("name=临海市")[1]
    assert (label.value, label.language) == ("临海市", "zh")
    assert parse_binding('n="3"^^<http://www.w3.org/2001/XMLSchema#integer>')[1].value == "3"


@pytest.mark.parametrize("binding", ["nothing", "s=<not an iri>", 's="unclosed'])
def test_a_bad_binding_is_one_clear_line(bundled_build, capsys, binding):
    code = main(
        [
            "query",
            str(ROOT / "queries" / "evidence.rq"),
            "--store",
            str(bundled_build / "store"),
            "--bind",
            binding,
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("kg: error: --bind") and err.count("\n") == 1


def test_binding_a_variable_the_query_does_not_return_is_refused(bundled_build, capsys):
    code = main(
        [
            "query",
            str(ROOT / "queries" / "evidence.rq"),
            "--store",
            str(bundled_build / "store"),
            "--bind",
            "nowhere=fz:Planned",
        ]
    )
    assert code == 2 and capsys.readouterr().err.startswith("kg: error: cannot bind")


def test_planned_programmes(bundled_build):
    names = {
        r["programme"]
        for r in _rows(bundled_build / "store", ROOT / "queries" / "planned-programmes.rq")
    }
    assert {"“一所联一队”工作机制", "“法治小镇”", "调解大讲堂"} <= names


def test_syntax_error_is_one_clear_line(bundled_build, capsys):
    assert main(["query", "SELECT * WHERE { ?s ?p }", "--store", str(bundled_build / "store")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("kg: error: SPARQL syntax error") and "\n" not in err


def test_a_long_query_on_one_line_is_text_not_a_path(bundled_build, capsys):
    # longer than a file name may be (ENAMETOOLONG): once a traceback
    query = (
        "SELECT ?o WHERE { ?o a fz:Outcome . "
        + " ".join(f"OPTIONAL {{ ?o fz:value ?v{i} }}" for i in range(40))
        + " } LIMIT 1"
    )
    assert main(["query", query, "--store", str(bundled_build / "store"), "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("o\n")


def test_a_missing_or_unreadable_query_file_is_one_clear_line(bundled_build, capsys, tmp_path):
    assert (
        main(["query", str(tmp_path / "nothing.rq"), "--store", str(bundled_build / "store")]) == 2
    )
    assert "no such query file" in capsys.readouterr().err
    folder = tmp_path / "a-folder.rq"
    folder.mkdir()
    assert main(["query", str(folder), "--store", str(bundled_build / "store")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg: error:") and err.count("\n") == 1


def test_query_formats(bundled_build, capsys):
    assert (
        main(
            [
                "query",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s a fz:Program }",
                "--store",
                str(bundled_build / "store"),
                "--format",
                "json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert int(data["results"]["bindings"][0]["n"]["value"]) > 50


def test_carriers_lists_stated_and_inferred_carriers_apart(bundled_build):
    """Facts checked by hand against corpus/linhai-2023.txt: the text says 市税务局 runs
    “税立方”普法阵地集群 (stated); it names no carrier for 共享法庭, whose competent body is the
    county court (inferred); no programme has both kinds from the one report."""
    rows = _rows(bundled_build / "store", ROOT / "queries" / "carriers.rq")
    pairs = {(r["programmeName"], r["kind"], r["bodyName"]) for r in rows}
    assert ("“税立方”普法阵地集群", "explicit", "临海市税务局") in pairs
    assert ("“共享法庭”", "inferred", "临海市人民法院") in pairs
    explicit = {r["programme"] for r in rows if r["kind"] == "explicit"}
    inferred = {r["programme"] for r in rows if r["kind"] == "inferred"}
    assert not explicit & inferred
    assert all(r["rule"].startswith("competent-body:") for r in rows if r["kind"] == "inferred")


@pytest.fixture(scope="module")
def across_build(tmp_path_factory):
    """Reports that name the same entities differently (quoted in one, bare in another)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("across") / "out"
    assert build([FIXTURES / "across-reports"], out, analyses=False, formats=("nq",)).ok
    return out


def _sorted_rows(result) -> list[tuple]:
    header = [v.value for v in result.variables]
    return sorted(tuple("" if s[v] is None else s[v].value for v in header) for s in result)


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_the_named_graphs_answer_as_kg_query_does(across_build, query):
    """The Fuseki/Jena recipe of the README (graph.nq, the union of its named graphs as default
    graph) loaded here with Oxigraph's loader: the same rows as `kg query` for every query."""
    import pyoxigraph

    from kg.vocab import PREFIXES

    named = pyoxigraph.Store()
    named.bulk_load(path=str(across_build / "graph.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
    text = query.read_text(encoding="utf-8")
    union = named.query(text, prefixes=dict(PREFIXES), use_default_graph_as_union=True)
    assert _sorted_rows(union) == _sorted_rows(run_query(str(query), across_build / "store"))


def test_each_shared_entity_has_one_preferred_name_across_the_named_graphs(across_build):
    import pyoxigraph

    named = pyoxigraph.Store()
    named.bulk_load(path=str(across_build / "graph.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
    twice = named.query(
        "SELECT ?s WHERE { ?s skos:prefLabel ?a, ?b FILTER(?a != ?b) } LIMIT 5",
        prefixes={"skos": "http://www.w3.org/2004/02/skos/core#"},
        use_default_graph_as_union=True,
    )
    assert list(twice) == []


_REQUIRED_TRIPLE = re.compile(r"^\?\w+\s")


@pytest.mark.parametrize(
    "query",
    QUERIES + sorted((ROOT / "kg" / "web" / "queries").glob("*.rq")),
    ids=lambda p: p.name,
)
def test_no_required_pattern_follows_an_optional_in_a_query(query):
    """Oxigraph joins the required patterns written after an OPTIONAL onto the left join's result:
    evidence.rq with its page OPTIONAL in the middle took 295 s on 20 reports instead of 0.7 s.
    Every query keeps its OPTIONAL parts after the required patterns of their group."""
    depth, optional_seen = 0, set()
    for number, line in enumerate(query.read_text(encoding="utf-8").splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if text.startswith("OPTIONAL"):
            optional_seen.add(depth)
        assert not (depth in optional_seen and _REQUIRED_TRIPLE.match(text)), (
            f"{query.name}:{number}: a required pattern after an OPTIONAL"
        )
        for brace in (c for c in text if c in "{}"):  # "} UNION {" closes one group, opens another
            depth += 1 if brace == "{" else -1
            optional_seen = {d for d in optional_seen if d <= depth}


def test_mentions_give_the_words_at_their_offsets(bundled_build):
    rows = _rows(bundled_build / "store", ROOT / "queries" / "mentions.rq")
    text = (ROOT / "corpus" / "linhai-2023.txt").read_text(encoding="utf-8")
    assert len(rows) > 100
    assert all(text[int(r["start"]) : int(r["end"])] == r["written"] for r in rows)
    # 市税务局 is 临海市税务局 as the report wrote it
    tax = {r["written"] for r in rows if r["name"] == "临海市税务局"}
    assert "市税务局" in tax
