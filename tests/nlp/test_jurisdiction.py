"""The report's own area: from its header, its opening's subject, a bare level, its titles."""

from kg.ingest.report import parse_report_text
from kg.nlp.jurisdiction import jurisdiction_of
from tests.conftest import extract_text, labels


def test_a_departments_report_names_the_area_of_its_bodies():
    # a branch named after its parent body (…市公安局…区分局) serves the district; a report
    # without a header opens with its department as subject: 县委/市公安局 are of that area
    branch = (
        "成都市公安局郫都区分局关于2023年度法治政府建设情况的报告\n"
        "2023年，分局在区委、区政府的领导下推进法治公安建设。\n"
    )
    found = labels(extract_text(branch, doc_id="pidu-police"), "Agency")
    assert {"中共郫都区委员会", "郫都区人民政府"} <= found, found
    headless = (
        "2023年,丹寨县司法局始终坚持以习近平法治思想为指导,在县委、县政府和州司法局的领导下,"
        "认真落实法治政府建设各项任务。\n"
    )
    found = labels(extract_text(headless, doc_id="danzhai-justice"), "Agency")
    assert {"中共丹寨县委员会", "丹寨县人民政府"} <= found, found


def test_a_headerless_report_takes_its_area_from_its_own_titles_and_subject():
    # a department's report (我局…) cites its county's documents; a 街道's opens with the 街道
    department = (
        "2022年,我局在区委区政府的正确领导下,拟定《江北区法治政府建设实施方案》,"
        "落实《重庆市法治政府建设实施方案》,区司法局牵头推进法治建设。\n"
    )
    found = labels(extract_text(department, doc_id="jiangbei-justice"), "Agency")
    assert {"中共江北区委员会", "江北区人民政府", "江北区司法局"} <= found, found
    subdistrict = (
        "2023年,四季青街道在区委区政府的坚强领导下,扎实推进法治建设,"
        "落实《杭州市上城区2023年法治建设工作要点》。\n"
    )
    result = extract_text(subdistrict, doc_id="sijiqing-2023")
    assert result.resolved.jurisdiction == "330102014"


def test_a_city_departments_report_finds_its_city_in_its_opening():
    # no header, a bare 市 as subject: the city is the one its opening names
    text = (
        "2023年,市市场监管局在市委市政府的坚强领导下,深入推进法治建设。\n"
        "--“湖州市场监管护航民营经济”案例获评全省最佳实践。\n"
    )
    found = labels(extract_text(text, doc_id="huzhou-scjg"), "Agency")
    assert "湖州市市场监督管理局" in found, found


def test_a_provinces_report_opening_with_its_governments_names_its_province():
    text = (
        "2020年,在省委的正确领导下,全省各级政府坚持依法行政。洛阳市获评全国法治政府建设示范市,"
        "省政府常务会议研究法治建设。\n"
    )
    found = labels(extract_text(text, doc_id="henan-2020"), "Agency")
    # the government acts through its standing meeting, one body named after it
    assert {"中共河南省委员会", "河南省人民政府常务会议"} <= found, found


def test_a_district_departments_report_with_a_bare_level_names_its_district():
    text = (
        "区司法局2023年度法治政府建设工作报告\n"
        "2023年,区司法局在区委、区政府的坚强领导下,全面推进嘉定区法治政府建设。\n"
    )
    found = labels(extract_text(text, doc_id="jiading-justice"), "Agency")
    assert {"中共嘉定区委员会", "嘉定区人民政府", "嘉定区司法局"} <= found, found


def test_a_subdistrict_named_after_its_districts_government():
    from kg.nlp.jurisdiction import place_in_name

    assert place_in_name("鲤城区人民政府金龙街道办事处关于2022年度法治政府建设情况的报告") == (
        "350502007"
    )


def test_a_headerless_departments_report_counts_its_city_by_its_scope_words():
    # 我局 and 全市 only: the city is the one of that level its opening names (in the province its
    # titles cite), so 市委/市政府 are that city's
    text = (
        "根据《江西省法治政府建设实施方案(2021—2025年)》要求,现将工作情况报告如下。\n"
        "2022年,我局坚持依法治污,向市委市政府报告法治建设情况。全市国控断面水质优良率达96%,"
        "赣州市入选全省生态文明示范市,赣州经验在全省推广。\n"
    )
    found = labels(extract_text(text, doc_id="ganzhou-sthj"), "Agency")
    assert {"中共赣州市委员会", "赣州市人民政府"} <= found, found


def test_a_two_character_county_inside_a_word_is_no_reports_area():
    # 示范县 holds 范县 (a county of Henan): a bare 县 report without its name stays without an area
    text = (
        "根据会议安排,现将全县法治政府建设情况报告如下。\n"
        "今年以来,县政府全面启动省级法治政府建设示范县创建活动,县委常委会听取汇报。\n"
    )
    found = labels(extract_text(text, doc_id="no-area"), "Agency")
    assert not any(name.startswith("范县") or "范县委" in name for name in found), found


def test_a_departments_own_title_late_in_its_opening_still_names_its_area():
    # the district's own document is cited only after a long first paragraph
    filler = "坚持以习近平法治思想为指导,全面贯彻落实法治政府建设各项部署要求," * 18
    text = (
        f"2024年,区卫生健康局在区委、区政府的坚强领导下,{filler}推动工作取得成效。\n"
        "结合实施《广州市海珠区卫生健康行政执法办法》,制定年度学法计划。\n"
    )
    assert text.index("海珠区") > 600
    found = labels(extract_text(text, doc_id="haizhu-wjj"), "Agency")
    assert "中共海珠区委员会" in found, found


def test_an_ambiguous_district_opening_the_report_is_read_inside_the_province_it_names():
    # 城中区 is a district of 西宁 and of 柳州: the opening's 广西 settles it
    text = (
        "2023年,城中区司法局在区委、区政府的坚强领导下,全面推进依法行政。\n"
        "参加广西法治政府建设培训,落实区委依法治区办部署。\n"
    )
    found = labels(extract_text(text, doc_id="chengzhong-sfj"), "Agency")
    assert "中共城中区委员会" in found and "城中区司法局" in found, found
    result = extract_text(text, doc_id="chengzhong-sfj")
    assert result.resolved.jurisdiction == "450202", result.resolved.jurisdiction


def test_a_headerless_departments_report_is_by_the_department_its_own_title_names():
    text = (
        "现将我局2022年度法治政府建设工作报告如下:\n一、主要工作\n"
        "印发《韶关市自然资源局行政规范性文件管理办法》,切实加强我局行政执法监督工作,"
        "健全本单位领导干部学法用法机制。\n"
    )
    result = extract_text(text, doc_id="shaoguan-zrzy")
    assert result.report.meta.publisher == "韶关市自然资源局"
    assert "韶关市自然资源局" in labels(result, "Agency"), labels(result, "Agency")
    programmes = labels(result, "Program")
    assert "行政执法监督工作" in programmes, programmes  # 我局 is the subject, not the name
    assert "领导干部学法用法机制" in programmes, programmes  # 本单位: the scope


def test_a_headers_ambiguous_district_is_read_inside_the_city_its_opening_names():
    # 鼓楼区: 南京, 徐州 (both 江苏), 福州, 开封
    text = (
        "鼓楼区人民政府关于2023年法治政府建设情况的报告\n"
        "2023年,鼓楼区在南京市委市政府的领导下,坚持依法行政,区政府推进“放管服”改革。\n"
    )
    result = extract_text(text, doc_id="gulou-2023")
    assert result.resolved.jurisdiction == "320106", result.resolved.jurisdiction
    assert "鼓楼区人民政府" in labels(result, "Agency"), labels(result, "Agency")


def test_a_headerless_province_or_municipality_report_is_of_the_area_its_opening_names():
    # the opening's subject may be a province or a municipality, named in full where its short
    # form also resolves (天津|市政府 is 天津市's government), with its government or committee
    tianjin = parse_report_text(
        "2021年,天津市政府坚持以习近平法治思想为指导,全面推进依法行政。\n"
        "一、主要工作\n市司法局牵头建立行政执法协调监督工作体系。\n"
    )
    assert jurisdiction_of(tianjin) == "12"
    gansu = parse_report_text(
        "2022年,甘肃省党委和政府深入学习贯彻习近平法治思想,推进法治政府建设。\n"
        "一、主要工作\n省司法厅推行行政执法“三项制度”。\n"
    )
    assert jurisdiction_of(gansu) == "62"
    result = extract_text(
        "2021年,天津市政府坚持以习近平法治思想为指导,全面推进依法行政。\n"
        "一、主要工作\n市司法局牵头建立行政执法协调监督工作体系。\n",
        doc_id="tianjin",
    )
    assert "天津市司法局" in labels(result, "Agency"), labels(result, "Agency")


def test_a_news_sites_dateline_is_no_area_opening_the_report():
    # 黑龙江经济网讯(…): the site's province opens the page, but 经济网讯 is a noun, no predicate
    report = parse_report_text(
        "黑龙江经济网讯(记者)2021年,黑河市政府全面落实法治政府建设实施纲要要求,推进依法行政。\n"
        "一、主要工作\n市司法局推行行政执法“三项制度”。\n"
    )
    assert jurisdiction_of(report) == "2311"


def test_a_county_that_calls_itself_我县_and_names_itself_only_further_on():
    # no header, no place in the opening: the county named (inside a course's name) further on,
    # at the level 我县 says
    text = (
        "2023年,在县委、县政府的正确领导下,我县坚持以习近平法治思想为指导,扎实推进依法行政。\n"
        + "一、主要举措和成效\n"
        + "县委组织部举办法治专题讲座,推动领导干部学法用法。" * 20
        + "\n县委党校举办开化县中青年干部培训班2期。\n"
    )
    report = parse_report_text(text, source="t.txt", doc_id="kaihua-2023")
    assert jurisdiction_of(report) == "330824"
