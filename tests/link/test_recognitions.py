"""recognizedAs (kg/link/recognitions.py): who received a recognition (texts written for these
tests)."""

from tests.conftest import extract_item, extract_text, links


def test_a_place_opening_the_clause_before_receives_what_a_subjectless_clause_won():
    text = (
        "杭州市西湖区司法局2023年法治政府建设情况报告\n"
        "西湖区在全市法治建设考核中位列第二,获评优秀等次。\n"
        "在西湖区考核中位列第二,获评先进单位。\n"
    )
    found = links(extract_text(text, doc_id="xihu-sfj-2023"), "recognizedAs")
    assert ("西湖区", "优秀等次") in found, found
    assert ("西湖区", "先进单位") not in found  # 在西湖区: the setting, no subject


def test_a_designation_won_with_its_copula_goes_to_the_body_before_it():
    # 成功创建为…示范单位: 为 joins the verb and the title; the bureau holds it
    text = """某县人民政府关于2023年法治政府建设情况的报告
县医疗保障局成功创建为全省医保基金监管示范单位。
"""
    found = links(extract_text(text), "recognizedAs")
    assert ("县医疗保障局", "全省医保基金监管示范单位") in found, found


def test_two_quoted_titles_each_with_称号_joined_by_和_are_two_recognitions():
    text = """某县人民政府关于2023年法治政府建设情况的报告
县公安局荣获“全国优秀公安局”称号和“全省人民满意政法单位”称号。
"""
    found = links(extract_text(text), "recognizedAs")
    assert ("县公安局", "“全国优秀公安局”") in found, found
    assert ("县公安局", "“全省人民满意政法单位”") in found, found


def test_a_designation_received_with_命名_after_a_weak_verb_is_a_recognition():
    # 获得|省级“…”|命名: 命名 says the quoted name was conferred, as 称号 does
    found = links(extract_item("县司法局获得省级“枫桥式司法所”命名。"), "recognizedAs")
    assert ("县司法局", "省级“枫桥式司法所”") in found, found


def test_a_title_won_with_no_subject_in_the_sentence_goes_to_the_reports_own_subject():
    # 获评… with no one named: the report's zero subject, its area in a government's report and
    # its publisher in a department's; a body's title after a clause about a measure too
    county = extract_text(
        "桐庐县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n"
        "获评全省法治政府建设示范县。法治建设考核连续4年居全市优秀档次，获评全省普法先进单位。\n",
        doc_id="tonglu-zero",
    )
    won = links(county, "recognizedAs")
    assert ("桐庐县", "全省法治政府建设示范县") in won, won
    assert ("桐庐县", "全省普法先进单位") in won, won
    department = extract_text(
        "桐庐县司法局2023年度法治政府建设情况报告\n一、主要举措和成效\n"
        "扎实开展普法工作，获评全省普法先进单位。\n",
        doc_id="tonglu-sfj-zero",
    )
    assert ("桐庐县司法局", "全省普法先进单位") in links(department, "recognizedAs")


def test_a_title_a_named_thing_won_is_no_zero_subjects():
    # 该体系入选R1，入选R2: the system the text names won both, found or not; 三苏园被评为R: the
    # site the clause names, not the report's area
    found = extract_text(
        "桐庐县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n"
        "该执法体系入选全市营商环境“微改革”案例，入选全省优秀案例。"
        "三苏园被评为“全省优秀法治教育基地”。\n",
        doc_id="tonglu-named",
    )
    assert not any(recipient == "桐庐县" for recipient, _ in links(found, "recognizedAs"))


def test_the_case_or_practice_that_opens_the_clause_of_an_award_is_the_programme_that_won_it():
    # an unquoted name ending in 案例/做法 before 获评/入选 names the work honoured; a bare 经验做法
    # after a named reform points back to it
    found = extract_text(
        "桐庐县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n"
        "2023年，法律援助告知承诺案例获评全省优秀案例。"
        "推进“涉企一件事”集成改革，经验做法入选全省改革案例。\n",
        doc_id="tonglu-cases",
    )
    won = links(found, "recognizedAs")
    assert ("法律援助告知承诺案例", "全省优秀案例") in won, won
    assert ("“涉企一件事”集成改革", "全省改革案例") in won, won
    assert not any(recipient == "经验做法" for recipient, _ in won), won


def test_a_quoted_title_a_level_word_opens_after_创成_is_a_designation_won():
    # 创成“省级…中心”: the centre became a provincial model; no programme named 创成“…”; 创建
    # alone may be the work toward a title and is left to the other rules
    found = extract_text(
        "桐庐县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n"
        "县社区矫正中心创成“省级智慧矫正中心”。\n",
        doc_id="tonglu-designation",
    )
    assert ("桐庐县社区矫正中心", "“省级智慧矫正中心”") in links(found, "recognizedAs")
    assert not links(found, "carriedOutBy")


def test_a_prize_carried_off_is_a_recognition_of_the_same_recipient():
    # 捧回, 摘得, 夺得: verbs of carrying off a prize; chained after 获评, the same recipient
    found = extract_text(
        "桐庐县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n"
        "桐庐县获评2023年度平安县，捧回“一星平安金鼎”。\n",
        doc_id="tonglu-prize",
    )
    assert ("桐庐县", "“一星平安金鼎”") in links(found, "recognizedAs")


def test_a_named_site_honoured_is_a_place_that_receives_the_title():
    # 某某园被评为…, …基地被司法部命名为…: a named site honoured (ANNOTATION: a required place);
    # a kind of site with no name of its own (红色教育基地被评为…) is none
    found = extract_text(
        "桐庐县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n"
        "富春法治园被评为“全省优秀法治教育基地”。"
        "叶浅予红色教育基地被司法部命名为全国法治宣传教育基地。红色教育基地被评为省级示范点。\n",
        doc_id="tonglu-sites",
    )
    won = links(found, "recognizedAs")
    assert ("富春法治园", "“全省优秀法治教育基地”") in won, won
    assert ("叶浅予红色教育基地", "全国法治宣传教育基地") in won, won
    assert not any(recipient == "红色教育基地" for recipient, _ in won), won
