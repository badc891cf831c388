"""The spaCy view: running the pipeline the spaCy way fills doc.spans["fz"] with what kg
extracts."""

from kg.nlp.pipeline import make_nlp

TEXT = "2023年,平阴县司法局在东阿镇推行“共享法庭”工作机制,调解成功率达99.5%。"


def test_pipeline_called_as_spacy_fills_doc_spans():
    doc = make_nlp()(TEXT)
    spans = {(span.label_, span.text) for span in doc.spans["fz"]}
    assert ("Agency", "平阴县司法局") in spans
    assert (
        "Place",
        "平阴县",
    ) in spans  # townships need the report's jurisdiction, which kg passes in
    assert any(label == "Program" and "共享法庭" in text for label, text in spans)
    assert any(label == "Outcome" and "99.5%" in text for label, text in spans)
    agency = next(span for span in doc.spans["fz"] if span.text == "平阴县司法局")
    assert agency._.fz["start"] == TEXT.index("平阴县司法局")
