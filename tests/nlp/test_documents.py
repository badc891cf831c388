from tests.conftest import extract_text, labels, links

TEXT = """某县人民政府关于2022年法治政府建设情况的报告
出台《关于<进一步优化营商环境>的若干措施》《某县〈行政复议〉办理规程》,实施《“八五”普法规划》,
落实《中华人民共和国行政复议法》。县调委会经验在中央电视台《今日说法》栏目播出,编印《法治故事》一书,
《人民日报》报道了我县做法。
"""


def test_titles_nested_and_quoted_are_documents():
    docs = labels(extract_text(TEXT), "PolicyDocument")
    assert "关于<进一步优化营商环境>的若干措施" in docs
    assert "某县〈行政复议〉办理规程" in docs
    assert "“八五”普法规划" in docs
    assert "中华人民共和国行政复议法" in docs


def test_tv_programmes_and_books_are_not_documents():
    docs = labels(extract_text(TEXT), "PolicyDocument")
    assert "今日说法" not in docs
    assert "法治故事" not in docs


def test_bundled_report_tv_programme(linhai):
    assert "一线" not in labels(linhai, "PolicyDocument")
    assert len(labels(linhai, "PolicyDocument")) >= 15


def test_a_title_that_is_only_a_kind_of_document_is_the_last_title_so_named():
    text = """某县人民政府关于2021年法治政府建设情况的报告
一、主要举措
印发《某县重大行政决策程序实施办法》。《办法》的施行,规范了决策程序;《纲要》明确了目标。
"""
    docs = labels(extract_text(text, doc_id="moux-2021"), "PolicyDocument")
    assert docs >= {"某县重大行政决策程序实施办法", "纲要"}, docs  # no earlier 纲要: itself
    assert "办法" not in docs


def test_a_body_printed_in_book_marks_is_a_body_not_a_document():
    found = extract_text(
        "某县人民政府2022年度法治政府建设工作报告\n一、主要举措\n5月9日成立了《某县复议咨询委员会》,"
        "印发《某县行政复议咨询工作规则》。\n"
    )
    assert "某县复议咨询委员会" in labels(found, "Agency")
    assert labels(found, "PolicyDocument") == {"某县行政复议咨询工作规则"}


def test_a_body_set_up_under_another_is_created_by_it():
    found = extract_text(
        "某县司法局2022年度法治政府建设工作报告\n一、主要举措\n县司法局下设行政复议咨询中心,"
        "办理复议咨询230件。\n"
    )
    assert ("行政复议咨询中心", "县司法局") in links(found, "carriedOutBy")
