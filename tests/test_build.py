"""`kg build` end to end: determinism, committed output, bad input, parallel and cached builds."""

import os
import shutil
import subprocess
import sys

import pytest
from rdflib import Graph

from kg.build import build
from kg.cli import main
from tests.conftest import FIXTURES, ROOT

COMMITTED = [
    "graph.ttl",
    "graph.gexf",
    "graph.graphml",
    "analysis.json",
    "report.html",
    "tables.xlsx",
]


def test_committed_output_is_fresh(bundled_build):
    """output/ is what `kg build` makes of corpus/ with this code (rebuild and commit if not)."""
    for name in COMMITTED + sorted(
        p.relative_to(bundled_build).as_posix() for p in (bundled_build / "tables").glob("*.csv")
    ):
        assert (ROOT / "output" / name).read_bytes() == (bundled_build / name).read_bytes(), (
            f"output/{name} is stale"
        )


def test_same_input_gives_byte_identical_files(bundled_build, tmp_path):
    again = tmp_path / "again"
    assert build([ROOT / "corpus"], again, store=False).ok
    for name in COMMITTED:
        assert (again / name).read_bytes() == (bundled_build / name).read_bytes(), name


def test_parallel_build_is_identical(tmp_path):
    """--jobs 2 extracts in two processes and loads the store beside the analyses: same files,
    and a store holding the same triples as graph.ttl."""
    from kg.rdf.store import open_store

    one, two = tmp_path / "one", tmp_path / "two"
    assert build([FIXTURES / "reports"], one, jobs=1, store=False).ok
    status = build([FIXTURES / "reports"], two, jobs=2, store=True)
    assert status.ok and "store (in parallel)" in status.seconds
    for name in COMMITTED:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    union = Graph().parse(two / "graph.ttl", format="turtle")
    assert len(open_store(two / "store")) == len(union)


def test_cache_reuses_unchanged_reports(tmp_path, corpus_copy):
    out = tmp_path / "out"
    shutil.copy(FIXTURES / "reports" / "xihu-sfj-2023.txt", corpus_copy)
    first = build([corpus_copy], out, store=False, analyses=False)
    assert first.cached == 0 and len(first.built) == 2
    second = build([corpus_copy], out, store=False, analyses=False)
    assert second.cached == 2
    (corpus_copy / "xihu-sfj-2023.txt").write_text(
        (corpus_copy / "xihu-sfj-2023.txt").read_text(encoding="utf-8").replace("48场", "50场"),
        encoding="utf-8",
    )
    third = build([corpus_copy], out, store=False, analyses=False)
    assert third.cached == 1  # only the changed report is extracted again
    assert "fz:value 50.0 ;" in (out / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["*.nq.gz", "*.ttl.gz"])
def test_a_truncated_cache_entry_is_rebuilt(tmp_path, corpus_copy, kind):
    """A spool or a report's Turtle segment cut short (as after a power loss) is made again."""
    out = tmp_path / "out"
    assert build([corpus_copy], out, store=False, analyses=False).ok
    before = (out / "graph.ttl").read_bytes()
    entry = next((out / ".cache").glob(kind))
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])
    again = build([corpus_copy], out, store=False, analyses=False)
    assert again.ok and again.cached == 0
    assert (out / "graph.ttl").read_bytes() == before


def test_bad_inputs_are_one_line_each_and_the_rest_builds(tmp_path, corpus_copy, capsys):
    (corpus_copy / "empty.txt").write_bytes(b"")
    (corpus_copy / "scan.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 10)
    (corpus_copy / "noise.txt").write_bytes(bytes(range(0x80, 0x100)) * 40)
    out = tmp_path / "out"
    code = main(["build", str(corpus_copy), "--out", str(out), "--no-store", "--no-analysis"])
    err = capsys.readouterr().err
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("kg: error:")]
    assert len(lines) == 3
    assert any("empty.txt: empty file" in line for line in lines)
    assert any("scan.txt" in line and "PDF" in line for line in lines)
    assert "Traceback" not in err
    assert "linhai-2023" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_failed_build_keeps_earlier_output(tmp_path):
    out = tmp_path / "out"
    assert build([ROOT / "corpus"], out, store=False, analyses=False).ok
    before = (out / "graph.ttl").read_bytes()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.txt").write_bytes(b"\x00\x01")
    assert main(["build", str(bad), "--out", str(out), "--no-store"]) == 1
    assert (out / "graph.ttl").read_bytes() == before


def test_missing_input_folder_is_an_error(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nothing"), "--out", str(tmp_path / "out")]) == 1
    assert "nothing: no such file or folder" in capsys.readouterr().err


def test_console_script_runs(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "build",
            str(ROOT / "corpus"),
            "--out",
            str(tmp_path / "o"),
            "--no-store",
            "--no-analysis",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "o" / "graph.ttl").exists()


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    """Set and dict orders vary with PYTHONHASHSEED between processes; the output must not."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "kg.cli",
                "build",
                str(FIXTURES / "reports"),
                "--out",
                str(out),
                "--no-store",
            ],
            check=True,
            env=env,
            capture_output=True,
        )
        outs.append(out)
    for name in COMMITTED:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_an_interrupted_build_leaves_every_earlier_file_as_it_was(tmp_path, monkeypatch):
    import kg.build as kg_build

    out = tmp_path / "out"
    assert build([ROOT / "corpus"], out, store=False).ok
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    fixture = FIXTURES / "reports" / "pingyin-2022.txt"

    def interrupted(*args, **kwargs):  # the analyses are the last files written
        raise KeyboardInterrupt

    monkeypatch.setattr("kg.export.outputs.write_analysis_outputs", interrupted)
    try:
        kg_build.build([fixture], out, store=False)
    except KeyboardInterrupt:
        pass
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    kept = {k: v for k, v in after.items() if k.parts[0] != ".cache"}
    assert kept == {k: v for k, v in before.items() if k.parts[0] != ".cache"}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]  # nothing left over


def test_a_build_replaces_the_whole_set_and_keeps_files_that_are_not_outputs(tmp_path):
    out = tmp_path / "out"
    assert build([ROOT / "corpus"], out, store=False).ok
    (out / "notes.md").write_text("mine", encoding="utf-8")
    assert build([ROOT / "corpus"], out, store=False, analyses=False).ok
    assert (out / "notes.md").read_text(encoding="utf-8") == "mine"
    assert not (out / "report.html").exists()  # never an old analysis beside a new graph
    assert (out / ".cache").is_dir()


def test_a_text_that_is_no_report_is_named_in_a_warning(tmp_path, capsys):
    note = tmp_path / "note.txt"
    note.write_text("Minutes of the meeting.\nNothing else to say here.\n", encoding="utf-8")
    assert main(["build", str(note), "--out", str(tmp_path / "out"), "--no-store"]) == 0
    err = capsys.readouterr().err
    assert f"kg: warning: {note}: no report structure found" in err


def test_progress_is_drawn_only_when_asked_or_on_a_terminal(tmp_path):
    args = [str(FIXTURES / "reports" / "pingyin-2022.txt"), "--no-store", "--no-analysis"]
    kg = shutil.which("kg") or os.path.join(os.path.dirname(sys.executable), "kg")
    piped = subprocess.run(
        [kg, "build", *args, "--out", str(tmp_path / "a")], capture_output=True, text=True
    )
    assert "report/s" not in piped.stderr and "%|" not in piped.stderr
    assert piped.stderr.strip().startswith("kg: built 1 report")
    drawn = subprocess.run(
        [kg, "build", *args, "--out", str(tmp_path / "b"), "--progress", "always"],
        capture_output=True,
        text=True,
    )
    assert "%|" in drawn.stderr and "kg: built 1 report" in drawn.stderr


def test_report_identity_same_bytes_once_ids_stable_under_order_and_additions(tmp_path, capsys):
    # issue 24, item 2: the same report twice was counted twice, and x.txt in two folders became
    # x and x-2 in input order (an added file could rename another report)
    import shutil

    report = ROOT / "corpus" / "linhai-2023.txt"
    twice = build([report, report], tmp_path / "twice", store=False, analyses=False)
    assert twice.built == ["linhai-2023"]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(report, tmp_path / "a" / "x.txt")
    shutil.copy(report, tmp_path / "a" / "y.txt")  # the same bytes: built once, as a/x
    (tmp_path / "b" / "x.txt").write_text(
        "某县2023年法治政府建设报告\n县司法局推行“首违不罚”制度。\n", encoding="utf-8"
    )
    capsys.readouterr()
    one = build([tmp_path / "a", tmp_path / "b"], tmp_path / "one", store=False, analyses=False)
    assert "holds the same bytes as" in capsys.readouterr().err
    assert len(one.built) == 2 and all(i.startswith("x-") for i in one.built), one.built
    two = build([tmp_path / "b", tmp_path / "a"], tmp_path / "two", store=False, analyses=False)
    assert sorted(two.built) == sorted(one.built)  # the order of the inputs names nothing
    (tmp_path / "b" / "other.txt").write_text(
        "某县2022年法治政府建设报告\n县司法局推行“首违不罚”制度。\n", encoding="utf-8"
    )
    three = build([tmp_path / "a", tmp_path / "b"], tmp_path / "three", store=False, analyses=False)
    assert set(one.built) < set(three.built)  # an added file renames no other report


def test_default_outputs_are_lean_and_per_report_formats_come_on_request(tmp_path, capsys):
    """graph.ttl, the store and the analyses by default; TriG, N-Quads and JSON-LD only asked
    for, at build time or later by `kg export` from the same spools, byte for byte."""
    import pyoxigraph

    lean, full = tmp_path / "lean", tmp_path / "full"
    report = FIXTURES / "reports" / "xihu-sfj-2023.txt"
    assert build([report], lean, analyses=False).ok
    assert not any((lean / name).exists() for name in ("graph.trig", "graph.nq", "graph.jsonld"))
    assert (lean / "graph.ttl").exists() and (lean / "store").is_dir()
    assert build([report], full, analyses=False, formats=("trig", "nq", "jsonld")).ok
    assert main(["export", "--out", str(lean), "--format", "jsonld,trig,nq"]) == 0
    for name in ("graph.trig", "graph.nq", "graph.jsonld"):
        assert (lean / name).read_bytes() == (full / name).read_bytes(), name
    quads = set(pyoxigraph.parse(path=str(full / "graph.nq"), format=pyoxigraph.RdfFormat.N_QUADS))
    jsonld = pyoxigraph.parse(path=str(full / "graph.jsonld"), format=pyoxigraph.RdfFormat.JSON_LD)
    assert set(jsonld) == quads and len({q.graph_name for q in quads}) >= 3
    # a later default build leaves no stale per-report files beside the new graph.ttl
    assert build([report], lean, analyses=False).ok
    assert not (lean / "graph.trig").exists()
    capsys.readouterr()


def test_format_and_export_mistakes_are_one_line(tmp_path, capsys):
    report = str(FIXTURES / "reports" / "xihu-sfj-2023.txt")
    assert main(["build", report, "--out", str(tmp_path / "o"), "--format", "xml"]) == 2
    assert main(["export", "--out", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "kg: error: --format xml: unknown format 'xml'; choose from ttl, trig, nq, jsonld",
        f"kg: error: {tmp_path / 'none'}: no build to export (run kg build --out "
        f"{tmp_path / 'none'} first)",
    ]


def _corpus(tmp_path):
    """Four reports, in a folder of their own: three of three places, and a short one of the
    district whose justice bureau publishes the third, naming that bureau too."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted((FIXTURES / "across-reports").glob("*.txt")):
        shutil.copy(path, corpus)
    shutil.copy(FIXTURES / "reports" / "xihu-sfj-2023.txt", corpus)
    (corpus / "xihu-2023.txt").write_text(
        "杭州市西湖区人民政府关于2023年度法治政府建设工作情况的报告\n"
        "一、主要工作\n"
        "（一）深化法治宣传。西湖区司法局组织开展“八五”普法中期评估，全年开展送法进社区活动36场。\n",
        encoding="utf-8",
    )
    return corpus


def _outputs(folder):
    """Every output file's bytes, the store and the cache aside."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not {"store", ".cache"} & set(p.relative_to(folder).parts)
    }


def _statements(folder):
    from kg.rdf.store import open_store

    store = open_store(folder / "store")
    try:
        return {str(quad) for quad in store}
    finally:
        del store


def _same_as_a_clean_build(corpus, updated, tmp_path):
    clean = tmp_path / "clean"
    shutil.rmtree(clean, ignore_errors=True)
    status = build([corpus], clean)
    assert status.ok and status.updated is None
    assert _outputs(updated) == _outputs(clean)
    assert _statements(updated) == _statements(clean)


def test_a_changed_report_updates_the_last_build_as_a_clean_build_would_be(tmp_path):
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    assert build([corpus], out).updated is None  # nothing to update: built whole
    report = corpus / "xihu-sfj-2023.txt"
    report.write_text(report.read_text(encoding="utf-8").replace("48场", "50场"), encoding="utf-8")
    status = build([corpus], out)
    assert status.ok and status.cached == 3 and status.updated == 2  # one out, one in
    assert "fz:value 50.0 ;" in (out / "graph.ttl").read_text(encoding="utf-8")
    _same_as_a_clean_build(corpus, out, tmp_path)


def test_an_added_report_updates_the_last_build_as_a_clean_build_would_be(tmp_path):
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    (corpus / "xihu-sfj-2023.txt").rename(tmp_path / "later.txt")
    assert build([corpus], out).ok
    (tmp_path / "later.txt").rename(corpus / "xihu-sfj-2023.txt")
    status = build([corpus], out)
    assert status.ok and status.updated is not None and status.updated >= 1
    _same_as_a_clean_build(corpus, out, tmp_path)


def test_a_deleted_report_takes_only_its_own_facts_from_the_last_build(tmp_path):
    """An entity only the deleted report named is gone from graph.ttl and the store; one that
    another report names too stays."""
    from kg.build import beside
    from kg.rdf.increment import spool_parts
    from kg.rdf.serialize import read_cached

    corpus, out = _corpus(tmp_path), tmp_path / "out"
    assert build([corpus], out).ok
    subjects = {}
    for spool in sorted((out / ".cache").glob("*.nq.gz")):
        shared, _ = spool_parts(read_cached(spool))
        doc = beside(spool, ".json").read_text(encoding="utf-8")
        subjects[doc] = {line.split(b" ", 1)[0].decode() for line in shared}
    deleted = next(doc for doc in subjects if "xihu-sfj-2023" in doc)
    others = set().union(*(s for doc, s in subjects.items() if doc != deleted))
    # places are the gazetteer's too (kept while a report's codes reach them): bodies and the rest
    own = {s for s in subjects[deleted] - others if "/place/" not in s}
    common = subjects[deleted] & others
    assert own and common
    (corpus / "xihu-sfj-2023.txt").unlink()
    status = build([corpus], out)
    assert status.ok and status.updated is not None
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    statements = "\n".join(_statements(out))
    assert [s for s in own if s in text or s in statements] == []
    assert all(s in statements for s in common)
    _same_as_a_clean_build(corpus, out, tmp_path)


def test_a_build_is_not_updated_across_code_formats_or_a_lost_cache(tmp_path, monkeypatch):
    """The last build is rebuilt, not updated, when the code differs, when per-report formats
    are asked for (they are written on the full pass), or when a spool it was made of is gone."""
    import kg.build as build_module

    corpus, out = _corpus(tmp_path), tmp_path / "out"
    assert build([corpus], out, store=False, analyses=False).ok
    report = corpus / "deqing-2023.txt"
    text = report.read_text(encoding="utf-8")
    report.write_text(text + "\n", encoding="utf-8")
    assert build([corpus], out, store=False, analyses=False, formats=("nq",)).updated is None
    report.write_text(text, encoding="utf-8")
    for spool in (out / ".cache").glob("*.nq.gz"):
        if "deqing" in build_module.beside(spool, ".json").read_text(encoding="utf-8"):
            spool.unlink()  # the spool that is about to leave the union
    report.write_text(text + "\n\n", encoding="utf-8")
    assert build([corpus], out, store=False, analyses=False).updated is None
    monkeypatch.setattr(build_module, "code_fingerprint", lambda: "another")
    report.write_text(text, encoding="utf-8")
    assert build([corpus], out, store=False, analyses=False).updated is None
