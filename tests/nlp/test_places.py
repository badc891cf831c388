"""Places in reports of other counties and provinces (texts written for these tests)."""

from tests.conftest import extract_item, extract_text, labels, links

WENLING = """温岭市人民政府关于2022年法治政府建设情况的报告
2022年,温岭市在箬横镇建立“共享法庭”,在城东街道、太平街道推行调解工作法。箬横、松门两镇开展普法活动。
全市村(社区)法律顾问全覆盖,镇(街道)普法工作扎实推进,5A景区建设有序推进,长屿硐天景区、石塘古街有序开放。
组织干部赴临沂市、台州学习。全省排名第一。
温岭市人民政府
2023年1月20日
"""


def places(text):
    result = extract_text(text)
    return {e.label: e for e in result.resolved.entities.values() if e.kind == "Place"}


def test_admin_places_with_codes_and_short_forms():
    found = places(WENLING)
    assert found["温岭市"].props["code"] == "331081"
    assert found["箬横镇"].props["code"].startswith("331081")
    assert {"城东街道", "太平街道", "松门镇", "台州市", "临沂市"} <= set(found)
    assert "箬横" in found["箬横镇"].aliases  # a short form where unambiguous in context
    assert "台州" in found["台州市"].aliases


def test_not_places():
    found = places(WENLING)
    for generic in ("镇(街道)", "全市", "全省", "5A景区", "村(社区)", "临海市"):
        assert generic not in found
    assert found["临沂市"].props["code"] == "3713"  # 临沂 is not 临海


def test_sites_by_pattern():
    assert "石塘古街" in places(WENLING)


def test_county_resolves_in_the_reports_own_province():
    # 西湖区 exists in 杭州 and in 南昌: a Jiangxi report means the one in 南昌
    text = "南昌市人民政府关于2022年法治政府建设情况的报告\n在西湖区推行“枫桥式”调解工作法。\n"
    assert places(text)["西湖区"].props["code"] == "360103"


def test_townships_of_another_county():
    text = (
        "平阴县人民政府关于2022年法治政府建设情况的报告\n在孔村镇、榆山街道建立公共法律服务站。\n"
    )
    found = places(text)
    assert found["孔村镇"].props["code"] == "370124104"
    assert found["榆山街道"].props["code"] == "370124001"


def test_community_and_village():
    text = (
        "临海市人民政府关于2022年法治政府建设年度报告\n临海市古城街道鹿城社区共享法庭运行良好,"
        "杜桥镇岙里村建成民主法治村,628个行政村全覆盖。\n"
    )
    found = places(text)
    assert "鹿城社区" in found and "岙里村" in found
    assert "行政村" not in found and "民主法治村" not in found


def test_a_two_character_county_inside_a_word_is_no_place():
    from tests.conftest import extract_text

    head = "安吉县人民政府关于2022年度法治政府建设工作情况的报告\n一、主要工作\n"
    inside = extract_text(head + "安吉县被命名为全国法治政府建设示范县。\n", doc_id="anji-a")
    assert {m.label for m in inside.mentions if m.kind == "Place"} == {
        "安吉县"
    }  # not 范县 of 示范县
    named = extract_text(head + "赴范县考察,与河南范县、濮阳市范县交流。\n", doc_id="anji-b")
    assert [m.label for m in named.mentions if m.kind == "Place"].count("范县") == 3


def test_county_names_that_are_common_nouns_only_after_their_parent():
    from tests.conftest import extract_text

    head = "攀枝花市东区人民政府2023年法治政府建设年度报告\n一、主要工作\n"
    plain = extract_text(
        head + "经济开发区东区建成法治公园。矿区生态修复取得成效。\n", doc_id="pzh-a"
    )
    assert not [m for m in plain.mentions if m.kind == "Place"]
    named = extract_text(head + "攀枝花市东区开展联合执法。\n", doc_id="pzh-b")
    assert [(m.label, m.get("code")) for m in named.mentions if m.kind == "Place"] == [
        ("攀枝花市", "5104"),
        ("东区", "510402"),
    ]


def test_a_report_without_a_header_is_about_the_area_its_opening_names():
    from kg.nlp.jurisdiction import opening_subject

    assert opening_subject("2022年,在湘潭市委、市政府的正确领导下,韶山市坚持依法行政。") == "430382"
    assert opening_subject("2022年,在湘潭市委的领导下,扎实推进各项工作。") is None


def test_a_development_zone_is_a_named_site_and_a_bay_is_not_its_city():
    text = """宁波市北仑区人民政府2023年法治政府建设年度报告
一、主要举措和成效
深入推进杭州湾经济技术开发区企业“一件事”集成改革,在宁波高新技术产业开发区建成企业服务驿站。
"""
    result = extract_text(text, doc_id="beilun-2023")
    places = labels(result, "Place")
    assert "杭州湾经济技术开发区" in places, places
    assert any(p.endswith("高新技术产业开发区") for p in places), places
    assert "杭州市" not in places  # 杭州湾 is a bay, not the city
    where = links(result, "implementedIn")
    assert any(place == "杭州湾经济技术开发区" for _, place in where), where


def test_a_zone_named_after_its_city_keeps_the_citys_name():
    text = (
        "漳州市人民政府关于2022年法治政府建设情况的报告\n一、主要工作\n"
        "在漳州经济技术开发区推行“一枚印章管审批”。漳州经开区应急管理局开展执法检查。\n"
    )
    result = extract_text(text, doc_id="zone-2022")
    assert "漳州经济技术开发区" in labels(result, "Place"), labels(result, "Place")
    assert "经济技术开发区" not in labels(result, "Place")
    # 经开区 is the zone's short form: one body, however it is written
    assert "漳州市经济技术开发区应急管理局" in labels(result, "Agency"), labels(result, "Agency")


def test_a_county_whose_name_holds_a_function_word_is_still_a_place():
    # 诸暨 holds 暨 ('and'), 犍为 holds 为, 天等 holds 等: no verb + 市/县 (unlike 会同 + 县)
    for header, code in (
        ("诸暨市人民政府2023年法治政府建设年度报告", "330681"),
        ("犍为县人民政府2023年法治政府建设年度报告", "511123"),
        ("天等县人民政府2023年法治政府建设年度报告", "451425"),
    ):
        result = extract_text(f"{header}\n一、主要工作\n县政府推进依法行政。\n", doc_id="fn-word")
        assert result.resolved.jurisdiction == code, (header, result.resolved.jurisdiction)


def test_a_function_word_right_before_a_village_suffix_ends_no_village():
    text = (
        "某乡人民政府2023年法治政府建设情况报告\n一、主要工作\n"
        "利用农闲时段在村民院落开展普法,在枫桥村设立调解室。\n"
    )
    found = labels(extract_text(text, doc_id="village-fn"), "Place")
    assert not any(name.endswith("在村") for name in found), found
    assert "枫桥村" in found, found


def test_a_municipalitys_report_names_its_districts_by_their_short_forms():
    text = (
        "上海市人民政府关于2022年法治政府建设情况的报告\n一、主要工作\n"
        "推荐徐汇、闵行和长宁三个区参评示范创建。践行“绿水青山就是金山银山”理念,"
        "推动松江区联动。\n"
    )
    found = labels(extract_text(text, doc_id="shanghai-2022"), "Place")
    assert {"徐汇区", "闵行区", "长宁区", "松江区"} <= found, found
    assert "金山区" not in found, found  # 金山银山: a common word, no list or suffix after it


def test_a_sibling_districts_short_form_that_is_a_common_word_needs_a_list_or_suffix():
    text = (
        "上海市松江区人民政府关于2022年法治政府建设情况的报告\n一、主要工作\n"
        "践行“绿水青山就是金山银山”理念,与金山、青浦联动执法。\n"
    )
    found = labels(extract_text(text, doc_id="songjiang-2022"), "Place")
    assert "金山区" in found, found  # listed (金山、青浦): the district
    text = text.replace("与金山、青浦联动执法", "推进区域联动执法")
    found = labels(extract_text(text, doc_id="songjiang-2022"), "Place")
    assert "金山区" not in found, found  # 金山银山: the word


def test_site_matches_are_what_the_pattern_finds_scanning_every_position():
    import random
    import re

    from kg.nlp.places import site_matches

    suffixes = ["历史文化街区", "经济技术开发区", "街区", "公园", "广场", "古街"]
    site_re = re.compile(rf"[\u4e00-\u9fff]{{2,6}}(?:{'|'.join(suffixes)})")
    alphabet = "在人民公园广场和历史文化街区经济技术开发区古街，。A1"
    rng = random.Random(2026)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        expected = [m.span() for m in site_re.finditer(text)]
        assert [m.span() for m in site_matches(text, site_re, suffixes)] == expected, text


def test_a_village_named_right_after_its_township_and_a_community_after_its_office():
    # 华埠镇|下溪村: 下 opens the name (elsewhere 下村 is a verb's); 芹阳办事处|城关社区: the
    # office is the township-level unit, not part of the community's name
    text = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
华埠镇下溪村获评“全国民主法治示范村”。芹阳办事处城关社区被评为省级民主法治社区。
"""
    result = extract_text(text, doc_id="kaihua-2023")
    assert {"下溪村", "城关社区"} <= labels(result, "Place"), labels(result, "Place")
    received = links(result, "recognizedAs")
    assert ("下溪村", "“全国民主法治示范村”") in received, received


def test_a_far_county_that_reads_as_a_conjunction_and_a_word():
    text = (
        "望都县人民政府关于2023年法治政府建设情况的报告\n"
        "在省、市和县委的领导下,县政府召开常务会议12次。\n"
    )
    assert "和县" not in places(text)  # 和 + 县委 in Hebei, not 和县 of Anhui


def test_the_same_county_in_its_own_province():
    text = "马鞍山市人民政府关于2023年法治政府建设情况的报告\n全市在和县建立共享法庭3个。\n"
    assert places(text)["和县"].props["code"] == "340523"


def test_a_township_that_opens_its_clause_is_where_its_measure_runs():
    text = (
        "桐庐县人民政府关于2023年法治政府建设情况的报告\n"
        "富春江镇建成全省首个“共享法庭”示范点。分水镇率先推行“大综合一体化”改革。\n"
    )
    found = links(extract_text(text, doc_id="tonglu-2023"), "implementedIn")
    assert ("“共享法庭”示范点", "富春江镇") in found, found  # 建成, and no 首个 in the name
    assert ("“大综合一体化”改革", "分水镇") in found, found  # after the adverb 率先


def test_a_determiner_of_quantity_names_no_village():
    text = (
        "某县人民政府关于2023年法治政府建设情况的报告\n部分村干部法治意识不强,个别社区学法不够。\n"
    )
    found = labels(extract_text(text), "Place")
    assert not any(p.startswith(("部分", "个别")) for p in found), found


def test_villages_listed_and_a_name_opening_with_a_numeral_are_places_but_a_count_is_not():
    result = extract_item(
        "白云源村、三鑫村入选省级民主法治村,全镇三个村建成法治广场,一批村(社区)建成服务点。"
    )
    found = labels(result, "Place")
    assert {"白云源村", "三鑫村"} <= found, found  # 、 bounds the second name; 三鑫 is a name
    assert not {"三个村", "一批村"} & found, found  # numerals and a classifier count them


def test_a_preposition_bounds_a_village_name_and_the_noun_of_location_names_none():
    # 镇司法所在|五云村: 所在 reads as one word, but 在 is the preposition; 群众所在村 is the
    # village where they live, no village named
    found = extract_text(
        "樟溪县人民政府关于2023年度法治政府建设情况的报告\n一、主要工作\n"
        "镇司法所在五云村开展反诈宣传活动。组织党员干部回到群众所在村开展走访。\n",
        doc_id="zhangxi-2023",
    )
    places = labels(found, "Place")
    assert "五云村" in places, places
    assert not any("所在" in p for p in places), places
