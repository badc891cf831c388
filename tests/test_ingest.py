import pytest

from kg.ingest import read_report
from kg.ingest.report import parse_report_text
from kg.model import InputError
from tests.conftest import FIXTURES, ROOT
from tests.ingest_pages import PAGES
from tests.ingest_pages import TITLE as PAGE_TITLE

REPORTS = FIXTURES / "reports"


def test_bundled_report_metadata():
    report = read_report(ROOT / "corpus" / "linhai-2023.txt")
    meta = report.meta
    assert meta.title == "临海市人民政府关于2023年法治政府建设年度报告"
    assert meta.publisher == "临海市人民政府"
    assert meta.index_number == "LH331082-001/2024-131251"
    assert meta.written == "2024-01-31"
    assert meta.signed == "2024-01-26"  # "2024 年1月26日", with its space
    assert meta.issued == "2024-01-26"
    assert meta.covers_year == 2023


def test_chrome_is_stripped_without_losing_body():
    report = read_report(ROOT / "corpus" / "linhai-2023.txt")
    body = report.text[report.body_start : report.body_end]
    for chrome in ("进入老年模式", "当前位置", "浏览次数", "打印 关闭", "地区管理员", "索引号"):
        assert chrome not in body
    assert body.startswith("2023年是贯彻落实党的二十大精神开局之年")
    assert body.endswith("等工作平台。")


def test_gb18030_text_reads_like_utf8():
    utf8 = read_report(REPORTS / "pingyin-2022.txt")
    gbk = read_report(REPORTS / "pingyin-2022-gbk.txt")
    assert gbk.text == utf8.text
    assert gbk.meta == utf8.meta


def test_utf8_bom(tmp_path):
    text = (REPORTS / "pingyin-2022.txt").read_text(encoding="utf-8")
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert read_report(path).text == text


def test_html_article_body_and_metadata():
    report = read_report(REPORTS / "pingyin-2022.html")
    assert report.meta.title == "平阴县人民政府关于2022年度法治政府建设情况的报告"
    assert report.meta.index_number == "11370124004188567X/2023-00021"
    assert report.meta.issued == "2023-02-15"
    body = report.text[report.body_start : report.body_end]
    assert "不是正文" not in report.text and "color:red" not in report.text
    assert "首页 | 政务公开" not in body
    assert "全面推行“综合查一次”改革" in body


def test_metadata_from_signature_in_chinese_numerals():
    report = parse_report_text(
        "某县2021年法治政府建设工作报告\n正文第一段。\n\n某某县人民政府\n二〇二二年一月五日\n"
    )
    assert report.meta.signed == "2022-01-05"
    assert report.meta.publisher == "某某县人民政府"
    assert report.meta.covers_year == 2021


@pytest.mark.parametrize(
    "body, year",
    [
        ("2022年，本局深入贯彻《某某实施纲要（2021—2025年）》，推进依法行政。", 2022),
        ("2025年，全区行政复议案件较2022年增加三成。", 2025),  # the same two years
        ("2023年，全面推进。2024年继续推进，2024年底前完成。", 2024),
    ],
)
def test_covered_year_without_title_or_date_is_the_most_named_then_the_first(body, year):
    # a tie broken by a set's order would give the same report another year in another process
    report = parse_report_text(f"{body}\n第二段。\n")
    assert report.meta.covers_year == year


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x00\x01\x02\x03binary\x00", "binary"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
    ],
)
def test_bad_input_is_one_clear_error(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=problem):
        read_report(path)


def test_undecodable_bytes_are_an_input_error(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 50)
    with pytest.raises(InputError):
        read_report(path)


def test_only_chrome_is_an_input_error(tmp_path):
    path = tmp_path / "chrome.txt"
    path.write_text("进入老年模式 退出老年模式\n当前位置:首页\n打印 关闭\n", encoding="utf-8")
    with pytest.raises(InputError, match="no report text"):
        read_report(path)


def test_control_characters_are_dropped(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_text(
        "某市2022年法治政府建设年度报告\n开展\x07“法律明白人”培养工程,培养300名\x1b。\n",
        encoding="utf-8",
    )
    report = read_report(path)
    assert "\x07" not in report.text and "培养工程" in report.text


def test_publisher_from_a_departments_title_without_signature():
    report = parse_report_text(
        "温岭市司法局2023年法治政府建设年度报告\n一、主要工作\n推进“共享法庭”建设。\n"
    )
    assert report.meta.publisher == "温岭市司法局"
    assert report.meta.covers_year == 2023


def test_the_title_after_a_portals_navigation_lines():
    from kg.ingest.report import parse_report_text

    text = (
        "今天是:2024年3月1日\n工作报告\n无障碍 简体| 繁体\n"
        "2023年雨湖区法治政府建设情况报告\n2023年,雨湖区坚持依法行政。\n"
    )
    report = parse_report_text(text, source="yuhu.txt", doc_id="yuhu-2023")
    assert report.meta.title == "2023年雨湖区法治政府建设情况报告"
    assert "今天是" not in report.text[report.body_start : report.body_end]


def test_the_area_of_a_title_that_opens_with_its_year():
    from kg.ingest.report import parse_report_text
    from kg.nlp.jurisdiction import jurisdiction_of

    text = "2023年雨湖区法治政府建设情况报告\n一、主要工作\n推进依法行政。\n"
    report = parse_report_text(text, source="yuhu.txt", doc_id="yuhu-2023")
    assert jurisdiction_of(report) == "430302"


@pytest.mark.parametrize("layout", sorted(PAGES))
def test_a_saved_page_reads_as_its_article_once_titled_without_links_or_footer(layout):
    from kg.ingest.html import html_to_text

    text = html_to_text(PAGES[layout])
    assert "“共享法庭”32个" in text and "二、存在的不足和下一步打算" in text
    assert text.count(PAGE_TITLE) == 1, text[:300]
    for chrome in ["相关链接", "2022年法治政府", "政务公开工作要点", "网站标识码", "首页"]:
        assert chrome not in text, f"{layout}: {chrome!r} read as body"
    assert "不是正文" not in text  # a script's text


@pytest.mark.parametrize("layout", sorted(PAGES))
def test_the_links_beside_an_article_name_no_body_and_give_no_date(tmp_path, layout):
    from kg.extract import process_file
    from tests.conftest import all_labels

    page = tmp_path / f"{layout}.html"
    page.write_text(PAGES[layout], encoding="utf-8")
    result = process_file(page)
    assert result.report.meta.issued == "2024-01-20"  # the signature, not a link's date
    bodies = all_labels(result, "Agency")
    assert not any("市场监督管理局" in b or "办公室" in b for b in bodies), bodies


def test_a_title_that_names_only_its_level_takes_the_area_its_opening_names():
    from tests.conftest import extract_text

    text = """省人民政府关于2021年度推进法治政府建设情况的报告
2021年,在党中央、国务院和省委的坚强领导下,四川坚持以习近平法治思想为指导,全面推进依法治省。
一、主要成效
省政府常务会议专题研究法治政府建设工作。
"""
    result = extract_text(text, doc_id="sc-2021")
    assert result.resolved.jurisdiction == "51"
    assert result.resolved.publisher.endswith("/51/四川省人民政府")


def test_a_publisher_whose_name_begins_like_a_level_word_is_not_expanded():
    from kg.resolve import _publisher

    # 市场监督管理局 begins with 市 but names no city: it stays as written
    assert _publisher("市场监督管理局", "331082", "331082")[1] == "市场监督管理局"
    assert _publisher("省人民政府", "42", "42")[1] == "湖北省人民政府"


def test_a_news_headlines_column_label_is_not_the_publishers_name():
    report = parse_report_text(
        "聚焦两会丨某县人民法院2023年工作报告获一致通过\n2023年,县法院坚持公正司法。\n"
    )
    assert report.meta.publisher == "某县人民法院"


def test_a_sentence_opening_the_body_is_no_title_and_names_no_publisher():
    report = parse_report_text(
        "根据年度报告制度的要求,现将我局2022年度法治政府建设工作报告如下:\n一、主要工作\n"
    )
    assert report.meta.title is None and report.meta.publisher is None


def test_a_space_before_the_year_keeps_the_publisher_of_the_title():
    report = parse_report_text("枣阳市交通运输局 2022年法治政府建设年度报告\n一、主要工作\n")
    assert report.meta.publisher == "枣阳市交通运输局"
