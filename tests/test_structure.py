from kg.structure import segment


def test_sentences_have_offsets_into_the_original_text(linhai):
    text = linhai.report.text
    assert linhai.sentences
    for s in linhai.sentences:
        assert text[s.start: s.end] == s.text


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
    report = parse_report_text("X市2022年法治政府建设年度报告\n一、主要工作\n1.推进行政复议体制改革。办结案件20件。\n2.开展普法活动。\n")
    items = [s.scope("item").label for s in segment(report) if s.scope("item")]
    assert items[0] == "1." and items[-1] == "2."
