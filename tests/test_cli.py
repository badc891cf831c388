"""The `kg` command as a new user meets it: the installed entry point run as a subprocess."""

import os
import re
import shutil
import stat
import subprocess
import sys

import pytest

from kg import __version__
from tests.conftest import ROOT


def kg(*args, cwd=None):
    exe = shutil.which("kg") or os.path.join(os.path.dirname(sys.executable), "kg")
    return subprocess.run([exe, *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_version():
    done = kg("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"kg {__version__}"


def test_every_option_has_help_and_help_shows_the_defaults():
    from kg.cli import make_parser

    parser = make_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for name, sub in commands.items():
        for action in sub._actions:
            assert action.help, f"kg {name} {action.option_strings or action.dest}: no help"
    assert "(default: output)" in kg("build", "--help").stdout
    assert "(default: 7878)" in kg("serve", "--help").stdout


def test_ask_prints_true_or_false(bundled_build):
    done = kg("query", "ASK { ?s a fz:Program }", "--store", bundled_build / "store")
    assert done.returncode == 0, done.stderr
    assert "true" in done.stdout and "Traceback" not in done.stderr


def test_construct_and_describe_print_turtle_or_ntriples(bundled_build):
    from rdflib import Graph

    query = "CONSTRUCT { ?p a fz:Program } WHERE { ?p a fz:Program }"
    turtle = kg("query", query, "--store", bundled_build / "store")
    assert turtle.returncode == 0, turtle.stderr
    parsed = Graph().parse(data=turtle.stdout, format="turtle")
    assert len(parsed) > 50 and "@prefix fz:" in turtle.stdout
    lines = kg("query", query, "--store", bundled_build / "store", "--format", "ntriples")
    assert len(Graph().parse(data=lines.stdout, format="nt")) == len(parsed)
    described = kg(
        "query",
        "DESCRIBE <https://w3id.org/fazhi-kg/id/program/共享法庭>",
        "--store",
        bundled_build,
    )
    assert described.returncode == 0 and "共享法庭" in described.stdout


def test_the_build_folder_is_accepted_as_the_store(bundled_build):
    done = kg("query", "ASK { ?s ?p ?o }", "--store", bundled_build)
    assert done.returncode == 0 and "true" in done.stdout


def test_a_syntax_error_names_its_place_and_token_without_unicode_ranges(bundled_build):
    done = kg("query", "SELECT ?x WHERE { ?x 共享 ?z }", "--store", bundled_build)
    assert done.returncode == 2
    err = done.stderr.strip()
    assert err.count("\n") == 0
    assert "line 1, column" in err and "共享" in err and "\\u{" not in err
    unclosed = kg("query", "SELECT ?x WHERE { ?x ?y ?z", "--store", bundled_build).stderr
    assert "at the end of the query" in unclosed and "\\u{" not in unclosed


def test_an_update_is_refused_as_read_only(bundled_build):
    done = kg("query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "--store", bundled_build)
    assert done.returncode == 2 and "read-only" in done.stderr and done.stderr.count("\n") == 1


def test_a_binding_that_matches_nothing_warns(bundled_build):
    query = ROOT / "queries" / "planned-programmes.rq"
    done = kg("query", query, "--store", bundled_build, "--bind", "report=<urn:no-such-report>")
    assert done.returncode == 0
    assert "warning" in done.stderr and "report" in done.stderr
    fine = kg(
        "query",
        query,
        "--store",
        bundled_build,
        "--bind",
        "report=<https://w3id.org/fazhi-kg/id/report/linhai-2023>",
    )
    assert "warning" not in fine.stderr


@pytest.mark.parametrize(
    "content", [b"", b"\x00\x01\x02 binary", "这不是RDF".encode(), b"<a> <b> ."]
)
def test_analyze_a_file_that_is_no_graph_is_one_line(tmp_path, content):
    bad = tmp_path / "bad.ttl"
    bad.write_bytes(content)
    done = kg("analyze", bad, "--out", tmp_path / "out")
    if content == b"":  # an empty graph is a graph: it analyses to empty tables
        assert done.returncode == 0, done.stderr
        return
    assert done.returncode == 2 and done.stderr.startswith("kg: error:")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_analyze_says_what_it_wrote_with_the_umasks_modes_and_headers(bundled_build, tmp_path):
    out = tmp_path / "analysis"
    old = os.umask(0o022)
    try:
        done = kg("analyze", bundled_build / "graph.ttl", "--out", out)
    finally:
        os.umask(old)
    assert done.returncode == 0 and "wrote" in done.stderr
    for name in ["report.html", "analysis.json", "graph.gexf", "graph.graphml"]:
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o644, name
    for table in (out / "tables").glob("*.csv"):
        assert stat.S_IMODE(table.stat().st_mode) == 0o644
        assert table.read_text(encoding="utf-8").strip(), f"{table.name} has no header"
    outcomes = (out / "tables" / "outcomes_per_programme.csv").read_text(encoding="utf-8")
    assert "件" in outcomes and not re.search(r"\d\.0(?!\d)", outcomes)  # 52件, never 52.0件


def test_an_empty_table_has_its_header_and_pandas_reads_it(tmp_path):
    pandas = pytest.importorskip("pandas")
    empty = tmp_path / "empty.ttl"
    empty.write_text("", encoding="utf-8")
    assert kg("analyze", empty, "--out", tmp_path).returncode == 0
    frame = pandas.read_csv(tmp_path / "tables" / "inferred_reforms_per_body.csv")
    assert list(frame.columns)[:2] == ["body", "label"] and len(frame) == 0


def test_mistakes_of_a_first_week_are_one_line_each(tmp_path, bundled_build):
    # issue 24, item 3 (and --jobs from item 6): each a traceback or a raw engine error before
    report = ROOT / "corpus" / "linhai-2023.txt"
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    for args, words in (
        (("build", report, "--out", afile), "a file, not a folder"),
        (("build", report, "--out", tmp_path / "o", "--jobs", "0"), "--jobs 0"),
        (("query", "ASK { ?s ?p ?o }", "--store", tmp_path), "no store"),
    ):
        done = kg(*args)
        assert done.returncode == 2, (args, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0] and "Traceback" not in done.stderr, lines
        assert "IO error" not in done.stderr and "CURRENT" not in done.stderr


def test_a_build_that_builds_nothing_leaves_no_folder(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    done = kg("build", bad, "--out", tmp_path / "new")
    assert done.returncode == 1 and not (tmp_path / "new").exists(), done.stderr


def test_the_readmes_test_command_runs_the_tests_without_npm(tmp_path):
    # issue 24, item 4: with `npm ci … && python -m pytest` a machine without npm never ran pytest
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = next(line.strip() for line in readme.splitlines() if "python -m pytest" in line)
    assert command.endswith("&& python -m pytest")
    after_install = command.split('pip install -e ".[test]" && ', 1)[1]
    probe = after_install.replace("python -m pytest", "echo PYTEST-RAN")
    # a PATH without npm (bash's builtins echo and true are all the probe needs)
    done = subprocess.run(
        [shutil.which("bash") or "/bin/bash", "-c", probe],
        capture_output=True,
        text=True,
        env={"PATH": str(tmp_path)},
        cwd=tmp_path,
    )
    assert "PYTEST-RAN" in done.stdout, (done.stdout, done.stderr)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert after_install in ci  # .ci/run runs the README's command


def test_help_shows_defaults_as_typed_and_none_for_flags():
    # issue 24, item 9: [PosixPath('corpus')] and (default: None) / (default: False)
    build, query = kg("build", "--help").stdout, kg("query", "--help").stdout
    assert "(default: corpus)" in build and "PosixPath" not in build
    assert "(default: None)" not in query and "(default: False)" not in build


def test_query_formats_follow_one_rule_and_a_bare_label_finds_its_entity(bundled_build):
    # issue 24, item 5
    import json

    store = bundled_build / "store"
    ask = kg("query", "ASK { ?s a fz:Program }", "--store", store, "--format", "json")
    assert json.loads(ask.stdout) == {"head": {}, "boolean": True}, ask.stdout
    construct = "CONSTRUCT { ?s a fz:Program } WHERE { ?s a fz:Program } LIMIT 1"
    done = kg("query", construct, "--store", store, "--format", "csv")
    assert done.returncode == 2 and "for SELECT and ASK" in done.stderr, done
    assert "fz:Program" in kg("query", construct, "--store", store).stdout  # turtle by default
    query = ROOT / "queries" / "carriers.rq"
    done = kg("query", query, "--store", store, "--bind", "programme=共享法庭", "--format", "csv")
    assert done.returncode == 0 and "临海市人民法院" in done.stdout, done
    assert "read as <https://w3id.org/fazhi-kg/id/program/共享法庭>" in done.stderr
