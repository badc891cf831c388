"""Quads of one report: sentence nodes shared by mentions, windows for run-on sentences."""

from kg.rdf.build import MAX_SENTENCE, report_quads
from tests.conftest import ROOT, extract_text

FZ = "https://w3id.org/fazhi-kg/ontology#"


def _objects(quads, predicate):
    out = {}
    for quad in quads:
        if f"<{FZ}{predicate}>" in quad:
            subject, rest = quad.split(" ", 1)
            out.setdefault(subject, []).append(
                rest.split(f"<{FZ}{predicate}> ", 1)[1].rsplit(" <", 1)[0]
            )
    return out


def test_mentions_of_one_sentence_share_its_node_and_its_text_is_written_once():
    result = extract_text(
        "某县司法局关于2023年法治政府建设情况的报告\n县司法局推行“共享法庭”工作机制,建立“枫桥式”调解工作室。\n"
    )
    quads = report_quads(result)
    in_sentence = _objects(quads, "inSentence")
    sentences = {node for nodes in in_sentence.values() for node in nodes}
    assert len(in_sentence) >= 3 and len(sentences) < len(in_sentence)
    texts = [q for q in quads if f"<{FZ}sentenceText>" in q]
    assert len(texts) == len(set(texts)) == len(sentences)


def test_a_run_on_sentence_gets_a_window_node_around_each_distant_mention():
    filler = "，".join(["依法推进各项工作"] * 120)  # ~1,100 characters without 。
    text = (
        f"某县人民政府关于2023年法治政府建设情况的报告\n县司法局建立“甲乙”工作机制{filler}，"
        "县税务局推行“丙丁”工作机制。\n"
    )
    quads = report_quads(extract_text(text))
    windows = _objects(quads, "sentenceText")
    assert len(windows) >= 2
    assert all(
        len(t[0]) <= MAX_SENTENCE + 10 for t in windows.values()
    )  # the literal, quoted, with @zh
    assert any("甲乙" in t[0] for t in windows.values()) and any(
        "丙丁" in t[0] for t in windows.values()
    )
    assert all(
        "-" in node.rsplit("/", 1)[1] for node in windows
    )  # id/sentence/{doc}/{index}-{start}


def test_a_city_without_counties_is_one_place_within_its_province_only():
    # 中山市 is prefecture 4420 and county-level 442000 in the NBS table; both are 442000000
    from kg.rdf.build import gazetteer_graph_lines

    lines = gazetteer_graph_lines(["442000001"])
    within = [
        line
        for line in lines
        if line.startswith(
            "<https://w3id.org/fazhi-kg/id/place/442000000> <https://w3id.org/fazhi-kg/ontology#within>"
        )
    ]
    assert within == [line for line in within if "/place/440000000>" in line] and len(within) == 1
    assert any(
        line.startswith(
            "<https://w3id.org/fazhi-kg/id/place/442000001> "
            "<https://w3id.org/fazhi-kg/ontology#within> "
            "<https://w3id.org/fazhi-kg/id/place/442000000>"
        )
        for line in lines
    )


def test_the_divisions_the_publisher_is_named_by_are_places_mentioned_in_the_report():
    # the prefecture is named only in the header (金华市婺城区人民政府…)
    text = (
        "金华市婺城区人民政府2024年法治政府建设年度报告\n"
        "2024年,婺城区坚持依法行政,区政府推进行政执法改革。\n"
    )
    quads = report_quads(extract_text(text, doc_id="wucheng-2024"))
    mentioned = _objects(quads, "mentionedIn")
    jinhua = "<https://w3id.org/fazhi-kg/id/place/330700000>"
    assert jinhua in mentioned, sorted(mentioned)


def test_the_links_that_make_their_subject_a_programme_are_the_ontologys():
    # rdfs:domain fz:Program, made explicit for a body that carries (区司法局建立…中心)
    import rdflib

    from kg.rdf.build import PROGRAMME_DOMAIN

    g = rdflib.Graph().parse(ROOT / "ontology" / "fazhi.ttl")
    fz = rdflib.Namespace("https://w3id.org/fazhi-kg/ontology#")
    links = {
        str(p).split("#")[-1]
        for p in g.subjects(rdflib.RDFS.domain, fz.Program)
        if (p, rdflib.RDF.type, rdflib.OWL.ObjectProperty) in g and p != fz.status
    }
    assert set(PROGRAMME_DOMAIN) == links
