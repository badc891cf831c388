"""Quads of one report: sentence nodes shared by mentions, windows for run-on sentences."""
from kg.rdf.build import MAX_SENTENCE, report_quads
from tests.conftest import extract_text

FZ = "https://w3id.org/fazhi-kg/ontology#"


def _objects(quads, predicate):
    out = {}
    for quad in quads:
        if f"<{FZ}{predicate}>" in quad:
            subject, rest = quad.split(" ", 1)
            out.setdefault(subject, []).append(rest.split(f"<{FZ}{predicate}> ", 1)[1].rsplit(" <", 1)[0])
    return out


def test_mentions_of_one_sentence_share_its_node_and_its_text_is_written_once():
    result = extract_text("某县司法局关于2023年法治政府建设情况的报告\n县司法局推行“共享法庭”工作机制,建立“枫桥式”调解工作室。\n")
    quads = report_quads(result)
    in_sentence = _objects(quads, "inSentence")
    sentences = {node for nodes in in_sentence.values() for node in nodes}
    assert len(in_sentence) >= 3 and len(sentences) < len(in_sentence)
    texts = [q for q in quads if f"<{FZ}sentenceText>" in q]
    assert len(texts) == len(set(texts)) == len(sentences)


def test_a_run_on_sentence_gets_a_window_node_around_each_distant_mention():
    filler = "，" .join(["依法推进各项工作"] * 120)   # ~1,100 characters without 。
    text = f"某县人民政府关于2023年法治政府建设情况的报告\n县司法局建立“甲乙”工作机制{filler}，县税务局推行“丙丁”工作机制。\n"
    quads = report_quads(extract_text(text))
    windows = _objects(quads, "sentenceText")
    assert len(windows) >= 2
    assert all(len(t[0]) <= MAX_SENTENCE + 10 for t in windows.values())   # the literal, quoted, with @zh
    assert any("甲乙" in t[0] for t in windows.values()) and any("丙丁" in t[0] for t in windows.values())
    assert all("-" in node.rsplit("/", 1)[1] for node in windows)          # id/sentence/{doc}/{index}-{start}
