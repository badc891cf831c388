"""Bad input and arbitrary text: handled, or one clear line; never a traceback or lost output."""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyshacl import validate
from rdflib import Graph

from kg.atomic import write_bytes
from kg.build import build
from kg.cli import main
from kg.model import InputError
from kg.rdf.build import report_quads
from kg.resources import ontology_dir
from tests.conftest import extract_text

GENRE = st.sampled_from(
    list(
        '市县区镇街道司法局政府委员会“”《》〈〉<>"\\、,，。;；:0123456789%万余近件家个项一二三是改革机制体系平台行动'
        "在建立推进开展获评被省市级示范村社区()（）\n "
    )
    + ["一、", "(一)", "二是", "2023年", "临海市", "杜桥镇"]
)
TEXTS = st.lists(st.one_of(GENRE, st.characters(codec="utf-8")), max_size=300).map("".join)


def _extract_or_refuse(text):
    """Arbitrary text either extracts, or is refused with an InputError (one clear line)."""
    try:
        return extract_text(
            "临海市人民政府关于2023年法治政府建设年度报告\n" + text + "\n", doc_id="prop"
        )
    except InputError:
        return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extraction_never_raises(text):
    result = _extract_or_refuse(text)
    for m in result.mentions if result else ():
        assert result.report.text[m.start : m.end] == m.text


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_output_parses_as_turtle_and_conforms(text):
    import io

    from kg.rdf.serialize import nquads_lines, write_turtle

    result = _extract_or_refuse(text)
    if result is None:
        return
    from kg.build import _place_codes
    from kg.rdf.build import gazetteer_quads

    quads = report_quads(result) + gazetteer_quads(_place_codes(result))
    lines = [q.rsplit(" <", 1)[0] + " ." for q in nquads_lines(quads)]
    buffer = io.BytesIO()
    write_turtle(io.BytesIO(("\n".join(sorted(set(lines))) + "\n").encode("utf-8")), buffer)
    data = Graph().parse(data=buffer.getvalue().decode("utf-8"), format="turtle")
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    ontology = Graph().parse(ontology_dir() / "fazhi.ttl", format="turtle")
    conforms, _, report = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert conforms, report[:2000]


def test_labels_with_quotes_newlines_brackets_backslashes(tmp_path):
    text = (
        '某县人民政府关于2023年法治政府建设年度报告\n出台《关于"规范"<执法>\\行为\n的意见》,建立“A\\B<c>”工作机制,'
        '推行“x"y”改革。\n'
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "odd.txt").write_text(text, encoding="utf-8")
    assert build([tmp_path / "in"], tmp_path / "out", store=False).ok
    g = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    assert len(g) > 20


def test_huge_file_is_one_clear_line(tmp_path, capsys):
    big = tmp_path / "in" / "huge.txt"
    big.parent.mkdir()
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB (sparse)
    with open(big, "r+b") as handle:
        handle.write("某市2023年法治政府建设年度报告\n".encode())
    assert main(["build", str(big.parent), "--out", str(tmp_path / "out"), "--no-store"]) == 1
    err = capsys.readouterr().err
    assert "huge.txt: file too large for one report" in err and "Traceback" not in err


def _one_line_report(tmp_path, size: int) -> None:
    unit = "推进“共享法庭”建设,办理案件12件"
    line = (unit * (size // len(unit) + 1))[:size]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "line.txt").write_text(
        "某县2023年法治政府建设报告\n" + line, encoding="utf-8"
    )
    assert build([tmp_path / "in"], tmp_path / "out", store=False, analyses=False).ok


def test_a_single_line_far_longer_than_any_sentence(tmp_path):
    # 11,000 figures and programmes in one sentence: a lookup per figure over the whole sentence
    # (quadratic) made the million-character line below take minutes
    _one_line_report(tmp_path, 200_000)


@pytest.mark.heavy
def test_a_single_line_of_a_million_characters(tmp_path):
    _one_line_report(tmp_path, 1_000_000)


def test_html_with_scripts_styles_and_odd_markup(tmp_path):
    page = (
        "<html><head><style>p{x:1}</style><script>alert('<p>x</p>')</script></head><body>"
        "<div id='zoom'><p>某县人民政府关于2023年法治政府建设年度报告</p>"
        "<p>全面推行“综合查一次”改革,"
        "检查企业120家。<b>加强</b>执法<p>未闭合段落"
        + "。" * 200
        + "</div><!-- <p>注释</p> --></body>"
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(page, encoding="utf-8")
    assert build([tmp_path / "in"], tmp_path / "out", store=False, analyses=False).ok
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "综合查一次" in ttl and "alert" not in ttl and "注释" not in ttl


def test_atomic_write_keeps_the_old_file_on_interrupt(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    write_bytes(target, b"old")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_interrupted_build_keeps_earlier_output(tmp_path, monkeypatch):
    from kg import build as build_module
    from tests.conftest import ROOT

    out = tmp_path / "out"
    assert build([ROOT / "corpus"], out, store=False, analyses=False).ok
    before = {p.name: p.read_bytes() for p in out.glob("graph.*")}

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("kg.rdf.serialize.write_turtle", crash)
    with pytest.raises(KeyboardInterrupt):
        build_module.write_outputs(
            sorted((out / ".cache").glob("*.nq.gz")), [], out, store=False, analyses=False
        )
    assert {p.name: p.read_bytes() for p in out.glob("graph.*")} == before


@pytest.mark.heavy
def test_a_text_longer_than_spacys_default_limit_is_read(tmp_path):
    # issue 24, item 6: spaCy's 1,000,000 guards its parser and NER, which this pipeline does not
    # run; a year's reports pasted into one file was an "internal error" (E088)
    _one_line_report(tmp_path, 1_050_000)


def test_inputs_a_user_has_notepads_unicode_and_a_text_past_the_limit(tmp_path, monkeypatch):
    import kg.ingest.decode as decode

    (tmp_path / "in").mkdir()
    text = "某县2023年法治政府建设报告\n县司法局推行“首违不罚”制度,全年适用案件40件。\n"
    (tmp_path / "in" / "notepad.txt").write_bytes(text.encode("utf-16"))  # with its BOM
    status = build([tmp_path / "in"], tmp_path / "out", store=False, analyses=False)
    assert status.ok, status.failed
    assert "首违不罚" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    monkeypatch.setattr(decode, "MAX_CHARS", 20)
    status = build([tmp_path / "in"], tmp_path / "out2", store=False, analyses=False)
    assert status.failed and "too long for one report" in status.failed[0][1], status.failed


def test_a_folder_of_unreadable_documents_says_so_one_line_each(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_text(
        "某县2023年法治政府建设报告\n县司法局推行“首违不罚”制度。\n", encoding="utf-8"
    )
    for name in ("2023年报告.pdf", "2022年报告.docx"):  # two different truncated files
        (tmp_path / "in" / name).write_bytes(b"%PDF-1.4\n" + name.encode())
    status = build([tmp_path / "in"], tmp_path / "out", store=False, analyses=False)
    err = capsys.readouterr().err
    assert status.built and len(status.failed) == 2
    errors = [line for line in err.splitlines() if line.startswith("kg: error:")]
    assert len(errors) == 2 and all("damaged or truncated PDF" in line for line in errors), err
    assert "Traceback" not in err
