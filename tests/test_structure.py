from kg.structure import segment


def test_sentences_have_offsets_into_the_original_text(linhai):
    text = linhai.report.text
    assert linhai.sentences
    for s in linhai.sentences:
        assert text[s.start : s.end] == s.text


def test_part_kinds_and_heading_paths(linhai):
    kinds = {s.part_kind for s in linhai.sentences}
    assert {"preamble", "achievements", "shortcomings", "duties", "plan"} <= kinds
    plan = [s for s in linhai.sentences if s.part_kind == "plan"]
    assert plan[0].heading_path.startswith("2024年推进法治政府建设的主要安排")
    short = next(s for s in linhai.sentences if "合法性审查专职人员欠缺" in s.text)
    assert short.part_kind == "shortcomings"
    assert short.scope("section").title.startswith("法治政府建设保障有待进一步加强")


def test_items_scope_sentences(linhai):
    s = next(s for s in linhai.sentences if "新增企业缴费监测点" in s.text)
    assert s.scope("item").label == "二是"
    assert s.scope("item").title == "深化简政放权服务改革"


def test_numbered_items(pingyin):
    s = next(s for s in pingyin.sentences if "“共享法庭”" in s.text)
    assert s.part_kind == "plan"
    assert s.scope("item").label == "一是"


def test_arabic_numbered_items():
    from kg.ingest.report import parse_report_text

    report = parse_report_text(
        "X市2022年法治政府建设年度报告\n一、主要工作\n1.推进行政复议体制改革。办结案件20件。\n2.开展普法活动。\n"
    )
    items = [s.scope("item").label for s in segment(report) if s.scope("item")]
    assert items[0] == "1." and items[-1] == "2."


def test_unnumbered_and_ordinal_part_headings():
    from tests.conftest import extract_text

    text = """长沙市岳麓区2021年度法治政府建设情况报告
第一部分 2021年工作情况
推行“一支队伍管执法”改革,办理行政处罚案件2156件。
存在的问题
执法力量不足。
下一步工作打算
(一)深化“一支队伍管执法”改革;
下一步,区政府将继续完善制度。
长沙市岳麓区人民政府
2022年2月10日
"""
    sentences = extract_text(text, doc_id="yuelu-2021").sentences
    kind = {s.text[:6]: s.part_kind for s in sentences}
    assert kind["推行“一支队"] == "achievements"
    assert (
        sentences[0].scope("part").label == "一"
        and sentences[0].scope("part").title == "2021年工作情况"
    )
    assert kind["执法力量不足"] == "shortcomings"
    assert kind["(一)深化“"] == "plan"
    # a sentence that starts like a heading is not one: it stays in the plan part
    assert (
        kind["下一步,区政"] == "plan"
        and next(s for s in sentences if s.text.startswith("下一步,")).scope("part").title
        == "下一步工作打算"
    )


def test_an_unnumbered_line_reporting_on_a_plan_opens_no_plan_part():
    from tests.conftest import extract_text

    text = """长沙市岳麓区2021年度法治政府建设情况报告
重点工作完成情况
推行“一支队伍管执法”改革,办理行政处罚案件2156件。
今后工作计划
深化“一支队伍管执法”改革。
长沙市岳麓区人民政府
2022年2月10日
"""
    kinds = {s.text[:4]: s.part_kind for s in extract_text(text, doc_id="yuelu-b").sentences}
    assert kinds["推行“一"] != "plan" and kinds["深化“一"] == "plan"
