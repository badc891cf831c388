import pytest

from tests.conftest import extract_text

TEXT = """某县人民政府关于2022年法治政府建设情况的报告
全年办理行政复议案件1.7万余件,调解成功率达98.6%,累计服务近24万人次,新增律师事务所三家,出台便民措施十二条,
收集企业意见3.5万余条,培训超200名执法人员,发放手册5000份以上。行政诉讼败诉率从2020年15%降至2022年5.2%。
2022年是“八五”普法关键之年,是“十四五”开局第2年,在第19次常务会议上学习三项制度,全县“1+3+N”机制覆盖5A景区,纪念建县20周年。
2023年1月5日召开会议。
"""


@pytest.fixture(scope="module")
def outcomes():
    return {(o.value, o.unit): o for o in extract_text(TEXT).resolved.outcomes}


@pytest.mark.parametrize(
    "value, unit, approximate",
    [
        ("17000", "件", True),
        ("98.6", "%", False),
        ("240000", "人次", True),
        ("3", "家", False),
        ("12", "条", False),
        ("35000", "条", True),
        ("200", "名", True),
        ("5000", "份", True),
    ],
)
def test_values_units_and_approximation(outcomes, value, unit, approximate):
    assert (value, unit) in outcomes
    assert outcomes[(value, unit)].approximate is approximate


def test_indicators(outcomes):
    assert outcomes[("98.6", "%")].indicator == "调解成功率"
    assert "行政复议案件" in outcomes[("17000", "件")].indicator
    assert outcomes[("12", "条")].indicator == "便民措施"
    assert (
        outcomes[("3", "家")].indicator == "新增律师事务所"
    )  # 新增 (newly added) is part of what is counted


def test_baseline(outcomes):
    o = outcomes[("5.2", "%")]
    assert (o.baseline_value, o.baseline_year, o.year) == ("15", 2020, 2022)
    assert o.indicator == "行政诉讼败诉率"
    assert ("15", "%") not in outcomes  # the baseline is not an outcome of its own


def test_not_outcomes(outcomes):
    for not_outcome in ("2022", "2020", "19", "2", "20", "1", "3", "5"):
        if not_outcome == "3":
            assert ("3", "项") not in outcomes  # 三项制度 is a name
            continue
        assert all(
            not (v == not_outcome and u in ("次", "年", "项", "周", "日")) for v, u in outcomes
        ), not_outcome
    assert not any(u == "日" for _, u in outcomes)


def test_bundled_report_outcomes(linhai):
    got = {(o.value, o.unit) for o in linhai.resolved.outcomes}
    for expected in [
        ("17000", "起"),
        ("240000", "家"),
        ("127000", "户"),
        ("99.95", "%"),
        ("3.92", "%"),
        ("80", "场次"),
        ("5", "批次"),
        ("74", "名"),
    ]:
        assert expected in got
    assert ("27", "%") not in got


def test_an_indicator_starting_with_a_word_of_共_keeps_it():
    text = (
        "某县人民政府关于2023年法治政府建设情况的报告\n在武康街道建成共享法庭15个,"
        "共受理纠纷80件。\n"
    )
    found = {(o.value, o.unit): o for o in extract_text(text).resolved.outcomes}
    assert found[("15", "个")].indicator == "共享法庭"  # not 享法庭: 共 is not stripped from 共享
    assert found[("80", "件")].indicator == "受理纠纷"  # 共 meaning "in all" still is


def test_more_ways_of_writing_amounts_and_changes():
    text = (
        "南京市江宁区2023年法治政府建设情况报告\n"
        "调解和解率由2022年的18.2%提升至2023年的26.5%,为群众挽回经济损失3200余万元,评查案卷560卷。\n"
    )
    found = {
        (o.value, o.unit): o for o in extract_text(text, doc_id="jiangning-2023").resolved.outcomes
    }
    assert found[("32000000", "元")].approximate is True  # 余 before 万: still 元, normalised
    rate = found[("26.5", "%")]
    assert (rate.indicator, rate.baseline_value, rate.baseline_year) == ("调解和解率", "18.2", 2022)
    assert ("18.2", "%") not in found  # the baseline, not an outcome of its own
    assert found[("560", "卷")].indicator == "案卷"


def test_values_listed_after_respectively_count_each_listed_subject():
    text = (
        "安吉县人民政府关于2022年度法治政府建设工作情况的报告\n"
        "全年受理、办结行政复议案件分别为300件、280件。新收、审结一审行政诉讼案件分别达120件和115件,败诉率3%。\n"
    )
    found = {
        (o.value, o.unit): o.indicator
        for o in extract_text(text, doc_id="anji-q").resolved.outcomes
    }
    assert found[("300", "件")] == "受理行政复议案件" and found[("280", "件")] == "办结行政复议案件"
    assert (
        found[("120", "件")] == "新收一审行政诉讼案件"
        and found[("115", "件")] == "审结一审行政诉讼案件"
    )
    assert found[("3", "%")] == "败诉率"


def test_a_bare_power_of_ten_in_a_set_phrase_counts_nothing():
    text = (
        "某县人民政府关于2022年法治政府建设情况的报告\n一、主要举措\n"
        "全县万人成讼率下降,组建百人宣讲团,开展“法治进万家”活动,参与群众超万人,上万人次观看直播。\n"
    )
    found = {(o.value, o.unit) for o in extract_text(text).resolved.outcomes}
    assert found == {("10000", "人"), ("10000", "人次")}, found  # 超万人, 上万人次 do count


def test_items_counted_by_their_major_kinds_are_a_count():
    text = (
        "某县人民政府2021年法治政府建设年度报告\n一、主要工作\n"
        "全年交办整改事项12大项,推进三大行动。\n"
    )
    result = extract_text(text, doc_id="major-kinds")
    found = [(o.value, o.unit) for o in result.resolved.outcomes]
    assert found == [("12", "项")], found  # 三大行动 counts nothing


def test_working_days_are_the_unit_not_their_classifier():
    text = "某市人民政府2022年法治政府建设年度报告\n一、主要工作\n审批时限压缩至15个工作日。\n"
    result = extract_text(text, doc_id="working-days")
    assert [(o.value, o.unit) for o in result.resolved.outcomes] == [("15", "工作日")]


def test_a_weekday_is_no_count():
    """每周三组织…学习: 周三 is Wednesday; 三组 counts nothing."""
    text = (
        "某街道2025年法治政府建设工作报告\n一、主要工作\n坚持每周三组织全体人员开展集中学习,"
        "全年累计开展20余次。\n"
    )
    found = [(o.value, o.unit) for o in extract_text(text).resolved.outcomes]
    assert found == [("20", "次")], found


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        # ANNOTATION decision 8: counts in Chinese numerals are outcomes like digits
        ("召开县政府常务会议三次。", "3", "次"),
        ("开展法治专题培训四期。", "4", "期"),
        ("组织开展两轮法治督察。", "2", "轮"),
    ],
)
def test_counts_in_chinese_numerals_of_events_are_outcomes(sentence, value, unit):
    result = extract_text(f"某县人民政府2023年法治政府建设年度报告\n{sentence}\n")
    found = {(m.get("value"), m.get("unit")) for m in result.mentions if m.kind == "Outcome"}
    assert (value, unit) in found, found


def test_ordinals_of_sessions_and_names_with_两_are_no_outcomes():
    result = extract_text(
        "某县人民政府2023年法治政府建设年度报告\n"
        "落实市委六届二次、三次全会部署,坚持“两个确立”,推进县乡两级联动。\n"
    )
    assert not [m.text for m in result.mentions if m.kind == "Outcome"]


def test_a_count_after_先后_or_前后_is_a_count_not_an_ordinal():
    # 先后|4次 (successively four times), but 前|10名 and 后|3位 rank
    result = extract_text(
        "某县人民政府2023年法治政府建设年度报告\n一、主要工作\n"
        "县政府常务会议先后4次听取法治建设工作汇报,前后3次修订清单,全县考核排名前10名。\n"
    )
    found = {(m.get("value"), m.get("unit")) for m in result.mentions if m.kind == "Outcome"}
    assert {("4", "次"), ("3", "次")} <= found and ("10", "名") not in found, found


def test_a_character_that_ends_a_word_before_a_figure_approximates_nothing():
    # 村规民约|86件: 约 ends the compound (a village's covenant), the count is exact; 资金约3万元
    # is still "about"
    text = """某镇人民政府关于2023年法治政府建设情况的报告
各村法律顾问全年审核村规民约86件,为群众节约资金约3万元。
"""
    found = {(o.value, o.unit): o for o in extract_text(text).resolved.outcomes}
    assert found[("86", "件")].approximate is False
    assert found[("86", "件")].indicator.endswith("村规民约")
    assert found[("30000", "元")].approximate is True


def test_the_indicator_is_the_measure_not_how_it_moved_or_was_kept():
    text = """某县人民政府关于2023年法治政府建设情况的报告
行政诉讼案件败诉率较上年下降3.2个百分点。行政机关负责人出庭应诉率连续三年保持100%。
"""
    found = {(o.value, o.unit): o.indicator for o in extract_text(text).resolved.outcomes}
    assert found[("3.2", "个百分点")] == "行政诉讼案件败诉率", found
    assert found[("100", "%")] == "行政机关负责人出庭应诉率", found


def test_the_thing_counted_before_a_passive_is_the_noun_alone():
    # 3个村|被评为…: 被 opens the predicate even right after a one-character noun
    text = """某县人民政府关于2023年法治政府建设情况的报告
全县共有3个村被评为省级民主法治村，2家企业被列为信用示范企业。
"""
    found = {(o.value, o.unit): o.indicator for o in extract_text(text).resolved.outcomes}
    assert found[("3", "个")] == "村", found
    assert found[("2", "家")] == "企业", found


def test_a_difference_in_a_clause_of_its_own_is_of_the_measure_before_it():
    # …纠错率12.5%，|较上年提高3个百分点: the rate moved; 审批时限|平均压缩至…: the time limit
    text = """某县人民政府关于2023年法治政府建设情况的报告
行政复议案件纠错率12.5%，较上年提高3个百分点。审批时限平均压缩至1.5个工作日。
"""
    found = {(o.value, o.unit): o.indicator for o in extract_text(text).resolved.outcomes}
    assert found[("3", "个百分点")] == "行政复议案件纠错率", found
    assert found[("1.5", "工作日")] == "审批时限", found


def test_a_rate_keeps_the_verb_its_name_is_made_from():
    # 通过 opens indicators as a preposition (通过调解化解…), but before 率 it is the stem of the
    # rate's name: 通过率, as 性 and 化 make nouns of 规范
    text = (
        "某县公安局2023年法治政府建设情况报告\n"
        "组织民警参加执法资格考试,基本级执法资格考试通过率达100%。在全省率先建成执法办案中心3个。\n"
    )
    found = {(o.value, o.unit): o for o in extract_text(text).resolved.outcomes}
    assert found[("100", "%")].indicator == "基本级执法资格考试通过率"
    assert found[("3", "个")].indicator == "执法办案中心"  # 率先 leads, no rate


def test_a_boundary_word_the_text_only_seems_to_hold_cuts_nothing():
    # 建设有关议题: 建设|有关, not 建|设有 (a boundary verb of having) cutting 关议题; but
    # 依法制发文书 keeps its cut after 制发 (依法 is a word too)
    text = (
        "某县人民政府关于2023年法治政府建设情况的报告\n"
        "县政府常务会议专题研究法治政府建设有关议题12次。依法制发行政执法监督文书2份。\n"
    )
    found = {(o.value, o.unit): o for o in extract_text(text).resolved.outcomes}
    assert found[("12", "次")].indicator.endswith("法治政府建设有关议题")
    assert found[("2", "份")].indicator == "行政执法监督文书"


def test_the_four_leading_bodies_of_a_place_are_no_count():
    text = (
        "某市人民政府关于2021年法治政府建设情况的报告\n"
        "举行启动仪式，市四套班子领导参加，开展活动4场。\n"
    )
    found = {(o.value, o.unit) for o in extract_text(text).resolved.outcomes}
    assert ("4", "套") not in found and ("4", "场") in found, found
