import pytest

from tests.conftest import all_labels, extract_text, labels, links

COUNTY = """平阴县人民政府关于2022年度法治政府建设情况的报告
县司法局会同县市场监管局、县税务局开展专项行动,县政府常务会议审议通过。在县委、县政府领导下,县人大常委会、县政协开展监督。
县人民法院、县检察院联合发布典型案例,省司法厅、中央政法委、国务院办公厅予以肯定。县综合行政执法局驻孔村镇工作站成立。
各单位、有关部门、监管对象、市场主体、执法部门参与。开局之年,新格局、大局意识。
"""


def test_bodies_with_their_jurisdiction():
    result = extract_text(COUNTY)
    found = labels(result, "Agency")
    for body in (
        "平阴县司法局",
        "平阴县市场监督管理局",  # canonical: 市场监管局 is its short form (an alias)
        "平阴县税务局",
        "平阴县人民政府",
        "中共平阴县委员会",
        "平阴县人大常委会",
        "平阴县人民法院",
        "平阴县人民检察院",  # 县检察院 is its short form
        "山东省司法厅",
    ):
        assert body in found, body
    assert {"县司法局", "县政府", "县委"} <= all_labels(result, "Agency")


def test_national_bodies():
    found = labels(extract_text(COUNTY), "Agency")
    assert "中央政法委员会" in found
    assert "国务院办公厅" in found


def test_generic_phrases_are_not_bodies():
    found = all_labels(extract_text(COUNTY), "Agency")
    for generic in (
        "各单位",
        "有关部门",
        "监管对象",
        "市场主体",
        "执法部门",
        "开局",
        "格局",
        "大局",
    ):
        assert not any(
            generic == f or f.endswith(generic) and len(f) <= len(generic) + 1 for f in found
        ), generic


def test_embedded_bodies(linhai):
    found = labels(linhai, "Agency")
    assert "临海市人民调解委员会驻拘留所工作室" in found
    assert "临海市人民调解委员会" in found  # embedded in the studio's name
    assert "杜桥镇人民调解委员会驻派出所工作室" in found
    assert "镇(街道)平安法治办公室" in found
    assert "临海市合法性审查中心" in found


def test_expansion_in_a_district_department_report(xihu):
    found = labels(xihu, "Agency")
    assert "西湖区司法局" in found and "西湖区人民政府" in found and "杭州市司法局" in found
    publisher = next(e for e in xihu.resolved.entities.values() if e.label == "西湖区司法局")
    assert "杭州市西湖区司法局" in publisher.aliases and "区司法局" in publisher.aliases


def test_same_body_two_reports_same_iri_different_places_never(linhai):
    a = extract_text(
        "临海市司法局2023年法治政府建设年度报告\n市司法局推进“共享法庭”建设。\n", doc_id="a"
    )
    b = extract_text(
        "温岭市司法局2023年法治政府建设年度报告\n市司法局推进“共享法庭”建设。\n", doc_id="b"
    )
    c = extract_text(
        "临海市人民政府关于2024年法治政府建设年度报告\n临海市司法局推进调解工作。\n", doc_id="c"
    )

    def iri(r, name):
        return next(e.iri for e in r.resolved.entities.values() if e.label == name)

    assert iri(a, "临海市司法局") == iri(c, "临海市司法局")
    assert iri(a, "临海市司法局") != iri(b, "温岭市司法局")
    assert iri(a, "“共享法庭”") == iri(b, "“共享法庭”")


def test_central_bodies_without_a_jurisdiction_word_are_national():
    text = """成都市武侯区人民政府关于2022年法治政府建设情况的报告
一、主要工作
区司法局被司法部评为全国普法工作先进单位。区人民法院案例被最高人民法院评为典型案例。
全区司法部门、公安部门加强协作,司法部长来区调研。按照全省民政部署,财政部分资金到位,公安部队参与。
"""
    result = extract_text(text, doc_id="wuhou-central")
    bodies = {e.label: e.iri for e in result.resolved.entities.values() if e.kind == "Agency"}
    assert bodies["司法部"].endswith("/agency/cn/司法部")
    assert bodies["最高人民法院"].endswith("/agency/cn/最高人民法院")  # not a body of 武侯区
    assert not any(label.endswith(("部门", "部长")) for label in bodies)
    assert not {"民政部", "财政部", "公安部"} & set(bodies)  # 部署, 部分, 部队 are other words
    assert ("全国普法工作先进单位", "司法部") in links(result, "awardedBy")


def test_the_committee_for_law_based_governance_keeps_its_whole_name():
    text = (
        "安吉县人民政府关于2022年度法治政府建设工作情况的报告\n一、主要工作\n"
        "召开县委全面依法治县委员会会议,全面推行“三统一”机制。\n"
    )
    bodies = {
        e.label
        for e in extract_text(text, doc_id="anji-c").resolved.entities.values()
        if e.kind == "Agency"
    }
    assert "安吉县委全面依法治县委员会" in bodies and "依法治县委员会" not in bodies


SUFFIXES = """衡阳县人民政府关于2023年法治政府建设情况的报告
县应急局依法处置安全隐患120处,县市场监管局查处违法案件35件,在县政府门户网站公开行政处罚决定书。
县委组织部组织县管领导干部旁听庭审。设立行政执法协调监督联络室,在县政务服务中心设立企业服务站。
"""


def test_one_character_suffixes_need_evidence():
    found = labels(extract_text(SUFFIXES, doc_id="hengyang-2023"), "Agency")
    assert not any(name.endswith("处") for name in found)  # 120处, 查处, 处罚
    assert not any(name.endswith("干部") for name in found)
    assert not any(name.endswith("网站") for name in found)
    assert "衡阳县应急管理局" in found and "衡阳县市场监督管理局" in found


def test_an_office_named_by_its_function():
    found = labels(extract_text(SUFFIXES, doc_id="hengyang-2023"), "Agency")
    assert "行政执法协调监督联络室" in found  # 联络室 after a common word


def test_a_count_before_a_body_is_not_its_name():
    text = "龙岗区人民政府2023年法治政府建设年度报告\n组织召开3次区委全面依法治区委员会会议。\n"
    found = labels(extract_text(text, doc_id="longgang-2023"), "Agency")
    assert not any(name[0].isdigit() for name in found)


def test_bodies_listed_after_one_with_a_jurisdiction_share_it():
    text = (
        "雨花区人民政府关于2023年法治政府建设情况的报告\n"
        "深入区法院、司法局及信访办等政法部门调研。邀请专家、局长参加。\n"
    )
    found = labels(extract_text(text, doc_id="yuhua-2023"), "Agency")
    assert {"雨花区人民法院", "雨花区司法局", "雨花区信访办"} <= found
    assert not any(name.endswith("局长") or name == "局" for name in found)


def test_a_departments_report_naming_itself_我局_means_its_publisher():
    text = """杭州市余杭区市场监督管理局2023年法治政府建设年度报告
一、主要举措和成效
(一)深化改革。我局全面推行“证照分离”改革,办理登记业务1.2万件。按本办法规定执行。
"""
    result = extract_text(text, doc_id="yuhang-scjg")
    assert links(result, "carriedOutBy") == {("“证照分离”改革", "余杭区市场监督管理局")}
    assert "我局" not in all_labels(result, "Agency")  # no body named 我局, no alias 我局
    assert not links(result, "inferredCarrier")  # stated, so not inferred


def test_a_bureau_names_itself_and_its_party_committee_by_its_level_and_局():
    # 市局 in a city's 公安局 report is the publisher, 市局党委 its party committee; a county's
    # 局 named in it (各县局) is another bureau, never the publisher
    text = """宣城市公安局2023年法治政府建设情况报告
一、主要举措和成效
(一)落实执法责任。市局党委每季度听取一次执法工作情况报告。市局全面推行“一站式”办案模式。指导各县局开展执法检查。
"""
    result = extract_text(text, doc_id="xuancheng-police")
    carriers = links(result, "carriedOutBy")
    assert ("执法工作情况报告听取", "宣城市公安局党委") in carriers, carriers
    assert ("“一站式”办案模式", "宣城市公安局") in carriers, carriers
    assert not any(programme == "执法检查" for programme, _ in carriers), carriers


def test_a_subdistrict_office_publishes_its_report_and_calls_itself_我街道():
    text = """北京市朝阳区三里屯街道办事处2022年法治政府建设年度报告
一、主要举措
(一)健全依法决策机制。我街道严格落实重大行政决策合法性审查制度,审查合同32份。
"""
    result = extract_text(text, doc_id="sanlitun-2022")
    assert result.resolved.publisher.endswith("/三里屯街道办事处")
    assert ("重大行政决策合法性审查制度", "三里屯街道办事处") in links(result, "carriedOutBy")


def test_conjunctions_bound_a_body_and_a_name_holds_no_year():
    text = """重庆市某区人民政府关于2021年法治政府建设情况的报告
在市委和区委的坚强领导以及区人大常委会的监督支持下,全区深入推进法治建设。将领导学法纳入区委中心组年度学习计划,将之纳入区社科联2021年度社科课题。
"""
    found = labels(extract_text(text, doc_id="changshou-like"), "Agency")
    assert any(b.endswith("区人大常委会") and "领导" not in b for b in found), found
    assert any(b.endswith("区委中心组") for b in found)  # 中心 does not end it inside 中心组
    assert not any("2021" in b for b in found)


def test_the_spirit_of_a_meeting_is_no_programme():
    text = """重庆市某区人民政府关于2021年法治政府建设情况的报告
一、主要举措和成效
全区深入贯彻党的二十大精神,以及中央全面依法治国工作会议精神和省委全面依法治省工作会议精神,召开全区法治政府建设工作会议。
"""
    found = labels(extract_text(text, doc_id="spirit"), "Program")
    assert not any(p.startswith("中央全面依法治国") for p in found), found
    assert any(p.endswith("法治政府建设工作会议") for p in found)


def test_a_phrase_that_begins_with_a_suffix_names_no_body():
    text = """平湖市司法局2021年度法治政府建设工作报告
2021年,平湖市司法局紧紧围绕市委市政府中心工作,推进法治建设。
"""
    found = labels(extract_text(text, doc_id="pinghu-centre"), "Agency")
    assert not any(b.endswith("中心") for b in found), found


JOINED = """来宾市兴宾区人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
区市场监管局联合区公安局开展食品安全专项整治,区司法局协同区人民法院建立诉调对接机制。
区医患纠纷联合调解委员会调处纠纷86件,区妇女联合会开展“巾帼普法”宣讲。
"""


def test_a_joiner_after_a_body_starts_a_second_body_and_inside_a_name_does_not():
    result = extract_text(JOINED, doc_id="xingbin-2023")
    found = labels(result, "Agency")
    assert {"兴宾区市场监督管理局", "兴宾区公安局"} <= found  # 局|联合|区公安局
    assert {"兴宾区司法局", "兴宾区人民法院"} <= found  # 协同
    assert not any("联合区" in name or "协同区" in name for name in found)
    assert "兴宾区医患纠纷联合调解委员会" in found  # 纠纷联合调解: a modifier
    assert "兴宾区妇女联合会" in found
    carriers = links(result, "carriedOutBy")
    assert ("食品安全专项整治", "兴宾区公安局") in carriers
    assert ("食品安全专项整治", "兴宾区市场监督管理局") in carriers


ASIDES = """丽水市莲都区人民政府关于2022年法治政府建设情况的报告
一、主要举措和成效
区综合行政执法局(区城管局)牵头开展“城市管理进社区”活动。
区法院“共享法庭”案例入选全国法院十大典型案例,全市两级法院审结案件1200件,全国人大常委会法工委来区调研。
"""


def test_a_bracketed_other_name_ends_the_body_and_its_subject_carries_on():
    result = extract_text(ASIDES, doc_id="liandu-2022")
    found = labels(result, "Agency")
    assert "莲都区综合行政执法局" in found
    assert not any("(" in name and "城管局" in name for name in found)
    assert ("“城市管理进社区”活动", "莲都区综合行政执法局") in links(result, "carriedOutBy")


def test_the_courts_of_a_whole_area_are_no_body():
    found = labels(extract_text(ASIDES, doc_id="liandu-2022"), "Agency")
    assert not any(name.startswith(("全国人民法院", "全国法院", "全市")) for name in found)
    assert "全国人大常委会" in found  # a body whose name begins with 全国


def test_a_subdistricts_report_names_its_own_enforcement_team_and_committee():
    text = (
        "杭州市西湖区北山街道办事处2023年法治政府建设工作报告\n一、主要工作\n"
        "街道综合行政执法队开展违法建设专项整治,拆除违法建筑42处。街道党工委专题研究法治建设。\n"
    )
    result = extract_text(text, doc_id="beishan-2023")
    found = labels(result, "Agency")
    assert {"北山街道综合行政执法队", "北山街道党工委"} <= found  # 街道 expands to the report's own
    assert ("违法建设专项整治", "北山街道综合行政执法队") in links(result, "carriedOutBy")


def test_the_political_consultative_conference_of_an_area_is_a_body():
    text = (
        "常州市武进区人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
        "区政协组织委员开展“法治进企业”民主监督活动,全国政协委员来区调研。\n"
    )
    result = extract_text(text, doc_id="wujin-2023")
    found = labels(result, "Agency")
    assert "武进区政协" in found and not any("委员" in name for name in found)
    assert ("“法治进企业”民主监督活动", "武进区政协") in links(result, "carriedOutBy")


PARTY_DEPARTMENTS = """宁乡市人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
市委宣传部牵头开展“法治文化进景区”活动,市委组织部、市委统战部共同举办民营企业家法治讲座。
市级矛盾纠纷调处化解中心实现“一站式”接访,创建省级金牌调解工作室2个。
"""


def test_a_party_committees_department_keeps_the_verb_that_names_it():
    # 宣传|部, 组织|部: a verb and the suffix are a dictionary noun, so the verb is no boundary
    result = extract_text(PARTY_DEPARTMENTS, doc_id="ningxiang-2023")
    found = labels(result, "Agency")
    assert {"宁乡市委宣传部", "宁乡市委组织部", "宁乡市委统战部"} <= found, found
    assert ("“法治文化进景区”活动", "宁乡市委宣传部") in links(result, "carriedOutBy")


def test_a_level_word_is_the_jurisdiction_of_a_centre_but_not_of_a_title():
    found = labels(extract_text(PARTY_DEPARTMENTS, doc_id="ningxiang-2023"), "Agency")
    assert any(name.endswith("矛盾纠纷调处化解中心") for name in found), found
    assert not any(name.endswith("金牌调解工作室") for name in found)  # 省级…: a title


def test_a_body_referred_to_by_relation_or_a_court_without_its_area_is_none():
    text = """黄冈市黄州区人民法院2022年法治建设工作报告
一、加强组织领导
在区人大及其常委会的监督和上级法院的指导下,强化推进法治政府工作法院担当,紧扣法院职能开展普法。
及时调整了法治建设工作领导小组,领导小组成员分工明确。市中级人民法院来院调研。
"""
    found = labels(extract_text(text, doc_id="huangzhou-court-2022"), "Agency")
    assert not any(name.startswith(("其", "上级")) for name in found), found
    assert not any(name.endswith("法院") and "工作" in name or "紧扣" in name for name in found)
    assert "法治建设工作领导小组" in {n.removeprefix("黄州区") for n in found}  # 调整了|…
    assert not {"领导小组"} & found  # the suffix alone names no body
    assert any(name.endswith("中级人民法院") for name in found)  # a court's kind names it


def test_an_office_suffix_that_begins_a_word_ends_no_body():
    text = """株洲市芦淞区人民政府关于2022年法治政府建设情况的报告
一、切实提高政治站位,加强组织领导
便民服务站位于社区一楼。
"""
    found = labels(extract_text(text, doc_id="lusong-2022"), "Agency")
    assert not any(name.endswith("政治站") for name in found), found  # 站位: one word
    assert any(name.endswith("便民服务站") for name in found)  # 站|位于: the body ends


def test_the_congress_and_the_peoples_organisations_of_an_area_are_bodies():
    text = """株洲市渌口区人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
区人大开展行政复议法执法检查,区人大代表参加旁听。区总工会、区妇联联合开展“巾帼普法”活动。
"""
    result = extract_text(text, doc_id="lukou-2023")
    found = labels(result, "Agency")
    assert {"渌口区人大", "渌口区总工会", "渌口区妇女联合会"} <= found, found  # 妇联: short form
    assert not any("代表" in name for name in found)  # a deputy is no body
    assert ("“巾帼普法”活动", "渌口区妇女联合会") in links(result, "carriedOutBy")


def test_a_county_named_like_its_city_keeps_its_own_name_and_prepositions_end_a_body():
    # 南昌县 lies in 南昌市: the county's full name, not the city's short form 南昌 + 县
    text = """2019年,南昌县全面推进依法行政。
一、主要工作
县属事业单位共3家,分别是南昌县建筑设计院和南昌县城市建设服务中心。根据市委办公厅的实施方案,经过两轮县机构改革领导小组会议研究审定。
"""
    found = labels(extract_text(text, doc_id="nanchang-2019"), "Agency")
    assert "南昌县建筑设计院" in found, found
    assert not any(name.startswith("南昌市县") for name in found)
    assert not any(name.startswith(("根据", "经过", "两轮")) for name in found)


def test_a_national_body_named_inside_a_title_is_a_body_and_blocks_no_link():
    text = """株洲市荷塘区人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
对区人民法院《关于转发最高人民法院司法建议的报告》作出批示。区司法局根据《最高人民检察院关于公益诉讼的意见》建立诉检衔接机制。
"""
    result = extract_text(text, doc_id="hetang-2023")
    found = labels(result, "Agency")
    assert {"最高人民法院", "最高人民检察院"} <= found, found
    assert ("诉检衔接机制", "荷塘区司法局") in links(result, "carriedOutBy")


def test_a_suffix_inside_a_verb_after_a_numeral_word_heads_no_body():
    # 统一|部署 is no 一部 + 署 (一部 is a numeral with its classifier); 下设 is a verb
    text = (
        "望城区人民政府关于2023年度法治政府建设情况的报告\n一、主要工作\n"
        "按照区委依法治区办统一部署，区城管局统一部署开展违建整治。"
        "成立法治政府建设工作领导小组，下设领导小组办公室。\n"
    )
    found = all_labels(extract_text(text, doc_id="wangcheng-2023"), "Agency")
    assert not any(name.endswith("部署") for name in found), found
    assert not any(name.startswith("下设") for name in found), found
    assert "领导小组办公室" in found


def test_a_government_written_right_after_its_party_committee():
    text = (
        "宁乡市司法局2023年法治政府建设年度报告\n一、主要工作\n"
        "在市委市政府的坚强领导下,我局推进法治建设。\n"
    )
    found = labels(extract_text(text, doc_id="ningxiang-2023"), "Agency")
    assert {"中共宁乡市委员会", "宁乡市人民政府"} <= found, found


def test_levels_with_their_count_name_no_one_body():
    text = (
        "娄底市人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "建成市、县、乡三级公共法律服务工作站,推动市县两级行政复议委员会规范运行。\n"
    )
    found = all_labels(extract_text(text, doc_id="loudi-2023"), "Agency")
    assert not any("三级" in name or "两级" in name for name in found), found


def test_bodies_of_autonomous_areas_and_banners():
    region = (
        "2022年,自治区坚持以习近平法治思想为指导,推进法治建设。自治区党委和政府印发《法治宁夏建设"
        "规划》,自治区司法厅牵头开展督察。\n"
    )
    found = labels(extract_text(region, doc_id="ningxia-2022"), "Agency")
    assert {"中共宁夏回族自治区委员会", "宁夏回族自治区人民政府", "宁夏回族自治区司法厅"} <= found
    banner = (
        "达拉特旗人民政府关于2022年法治政府建设情况的报告\n一、主要工作\n"
        "在旗委、旗政府的领导下,旗司法局会同州司法局开展执法检查。\n"
    )
    found = labels(extract_text(banner, doc_id="dalate-2022"), "Agency")
    assert {"中共达拉特旗委员会", "达拉特旗司法局"} <= found, found


def test_a_centre_the_area_sets_up_and_departments_short_names():
    text = (
        "安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "县法院联合县工商联成立民营经济纠纷调解中心,建强企业综合服务中心。"
        "县医保局、县住建局、县卫健局开展联合检查。推进数据中心建设。\n"
    )
    found = labels(extract_text(text, doc_id="anji-centre"), "Agency")
    assert {"民营经济纠纷调解中心", "企业综合服务中心"} <= found, found
    assert {"安吉县医疗保障局", "安吉县住房和城乡建设局", "安吉县卫生健康局"} <= found, found
    assert not any(name.endswith("数据中心") for name in found), found


def test_a_subdistricts_report_names_its_working_committee_bare():
    text = (
        "杭州市上城区四季青街道办事处2023年法治政府建设年度报告\n一、主要工作\n"
        "街道充分发挥党工委在法治建设中的领导作用。\n"
    )
    found = labels(extract_text(text, doc_id="sijiqing-ptw"), "Agency")
    assert "四季青街道党工委" in found, found


def test_a_court_counts_itself_as_the_whole_court():
    from kg.nlp.agencies import self_references

    assert self_references("全院审结案件8000件", "某县人民法院") == [(0, 2)]
    assert self_references("事关全局的工作", "某县市场监督管理局") == []  # 全局: the situation


def test_a_time_word_opens_no_bodys_name():
    text = (
        "某县人民政府2021年法治政府建设年度报告\n一、主要工作\n"
        "对照去年县人大常委会审议意见抓好整改。\n"
    )
    found = labels(extract_text(text, doc_id="time-word"), "Agency")
    assert not any(name.startswith("去年") for name in found), found


def test_the_working_bodies_of_a_congress_and_a_cppcc_are_bodies():
    text = (
        "诸暨市人民政府2023年法治政府建设年度报告\n一、主要工作\n"
        "市人大常委会法工委、市政协社法委对规范性文件开展审查。\n"
    )
    found = labels(extract_text(text, doc_id="sub-bodies"), "Agency")
    assert {"诸暨市人大常委会法制工作委员会", "诸暨市政协社会和法制委员会"} <= found, found


def test_a_committees_study_group_is_a_body_with_its_committees_jurisdiction():
    # 理论学习中心组: the study group of a party committee or a department's leading group; the
    # verb 学习 inside its name does not cut it
    text = (
        "仙居县人民政府2024年度法治政府建设情况报告\n一、主要工作\n"
        "年内,县委理论学习中心组集中学习6次。\n"
    )
    found = labels(extract_text(text, doc_id="study-group"), "Agency")
    assert any(b.endswith("县委理论学习中心组") for b in found), found


def test_he_after_a_bodys_suffix_joins_the_next_body_even_where_it_makes_a_place_name():
    # 和县 is a county of Anhui in the dictionary: 县财政局和县审计局 is still two bodies
    text = (
        "岳池县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "县财政局和县审计局共同开展财政资金违规使用专项整治。\n"
    )
    result = extract_text(text, doc_id="he-county")
    assert {"岳池县财政局", "岳池县审计局"} <= labels(result, "Agency"), labels(result, "Agency")
    carriers = {body for _, body in links(result, "carriedOutBy")}
    assert {"岳池县财政局", "岳池县审计局"} <= carriers, carriers


def test_a_modal_verb_before_a_one_character_suffix_makes_it_a_verb():
    # 网上可办率: 可 + 办 is "can be handled", no office; 节能办 is the energy-saving office
    text = (
        "岳池县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "县本级网上可办率达98.4%,做到应办尽办。县节能办开展节能宣传周活动。\n"
    )
    found = labels(extract_text(text, doc_id="modal"), "Agency")
    assert not any("可办" in b or "应办" in b for b in found), found
    assert any(b.endswith("节能办") or b.endswith("节能办公室") for b in found), found


def test_a_jurisdiction_prefix_right_after_a_verb_opens_its_object_body():
    # 划入|县行政审批局: the verb's object is a body of the county; a prefix after other
    # characters (…事项县…) still opens none
    text = (
        "岳池县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "将278项行政许可事项统一划入县行政审批局,相关事项移交县综合行政执法局。\n"
    )
    found = labels(extract_text(text, doc_id="verb-object"), "Agency")
    assert {"岳池县行政审批局", "岳池县综合行政执法局"} <= found, found


ORGANS = """樟溪县2023年法治政府建设年度报告
县委党校举办领导干部法治专题培训班2期。县政府常务会议审议通过规范性文件8件。
县司法局党组会议专题研究法治建设工作。县委宣讲团深入乡镇宣讲12场。省干部网络学院开设法治课程。
通过县政府常务会、党组会等形式学法。
"""


def test_organ_heads_absent_from_the_department_lists():
    # 党校, 常务会议, 党组会议, 宣讲团, 学院: organs that act (ANNOTATION decision 1), each one
    # body, the longest reading over a known prefix (县委党校, not 县委)
    found = all_labels(extract_text(ORGANS), "Agency")
    for body in ("县委党校", "县政府常务会议", "县司法局党组会议", "县委宣讲团", "省干部网络学院"):
        assert body in found, body
    assert "县委" not in found
    # a bare 党组会 after a list mark is a venue named by its kind, no body of the county
    assert not any(f.endswith("党组") or f.endswith("党组会") for f in found)


SESSIONS = """青石县人民政府2023年法治政府建设年度报告
一、主要举措和成效
县委全面依法治县委员会第二次会议专题研究法治政府建设重大事项。提请召开2023年县法治政府建设工作领导小组(扩大)会议。县委常委会会议听取法治建设工作汇报。
"""


def test_a_committees_session_is_an_actor_beside_its_committee():
    result = extract_text(SESSIONS, doc_id="qingshi-2023")
    found = all_labels(result, "Agency")
    assert any(b.endswith("县委全面依法治县委员会第二次会议") for b in found), found
    assert any(b.endswith("县委全面依法治县委员会") for b in found), found
    # the year before the group's jurisdiction is the session's, not part of a body's name
    assert any(b.endswith("县法治政府建设工作领导小组(扩大)会议") for b in found), found
    # a standing committee's 常委会会议 is the standing committee itself
    assert not any(b.endswith("常委会会议") for b in found), found
    carriers = links(result, "carriedOutBy")
    assert any(b.endswith("第二次会议") and "研究" in p for p, b in carriers), carriers


def test_the_preposition_经_before_a_body_is_not_part_of_its_name():
    text = (
        "青石县人民政府2023年法治政府建设年度报告\n一、主要举措和成效\n"
        "实施方案经县委常委会审议通过。全县经侦部门开展专项行动。\n"
    )
    found = all_labels(extract_text(text, doc_id="qingshi-2023"), "Agency")
    assert not any("经县委" in b for b in found), found
    assert any(b.endswith("县委常委会") for b in found), found


def test_a_verb_right_before_a_meetings_name_makes_no_body():
    text = (
        "青石县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n"
        "法制机构参与审核常务会议议题80个。县政府常务会议审议通过实施方案。\n"
    )
    found = all_labels(extract_text(text, doc_id="qingshi-2023"), "Agency")
    assert not any(b.startswith("审核") for b in found), found
    assert any(b.endswith("县政府常务会议") or b.endswith("县人民政府常务会议") for b in found), (
        found
    )


def test_a_count_of_events_inside_a_window_bounds_the_next_bodys_name():
    text = (
        "青石县人民政府2023年法治政府建设年度报告\n一、主要举措和成效\n"
        "召开2次县委全面依法治县委员会会议和4次县委依法治县办主任会议。"
        "县十七届政府第19次常务会议审议通过。\n"
    )
    found = all_labels(extract_text(text, doc_id="qingshi-2023"), "Agency")
    assert not any("会议和" in b for b in found), found
    assert any(b.endswith("县委依法治县办") for b in found), found
    # an ordinal (第19次) is the session's number, inside its name
    assert any(b.endswith("第19次常务会议") for b in found), found


def test_a_one_character_suffix_that_begins_a_verb_ends_no_body():
    text = (
        "青石县人民政府2023年法治政府建设年度报告\n一、主要举措和成效\n"
        "县司法局办结行政复议案件120件。县委办发文部署专项行动。\n"
    )
    found = all_labels(extract_text(text, doc_id="qingshi-2023"), "Agency")
    assert not any(b.endswith("司法局办") for b in found), found
    assert any(b.endswith("县司法局") for b in found), found
    assert any(b.endswith("县委办") or "县委办公室" in b for b in found), found  # 办|发文


def test_an_items_number_is_not_part_of_the_body_that_opens_it():
    text = (
        "青石县人民政府2023年法治政府建设年度报告\n一、主要举措和成效\n"
        "(二)县政府党组会议带头落实学法制度。3.县政府常务会议审议通过实施方案。\n"
    )
    found = all_labels(extract_text(text, doc_id="qingshi-2023"), "Agency")
    assert not any(b.startswith(("(", "3.")) for b in found), found
    assert any(b.endswith("县政府党组会议") or b.endswith("县人民政府党组会议") for b in found), (
        found
    )


def test_a_courts_abbreviation_the_dictionary_holds_names_the_court():
    text = (
        "青石县人民政府2023年法治政府建设年度报告\n一、主要举措和成效\n"
        "县司法局会同台州中院在全国首创行政争议预警制度。\n"
    )
    result = extract_text(text, doc_id="qingshi-2023")
    found = labels(result, "Agency")
    assert "台州市中级人民法院" in found, found  # 中院: the dictionary's abbreviation (j)
    # 首创 (to pioneer) is the verb, not part of the system's name
    assert "行政争议预警制度" in labels(result, "Program"), labels(result, "Program")


def test_a_plans_quoted_ordinal_is_part_of_a_bodys_name():
    """县“八五”普法讲师团: “八五” numbers the plan period, no slogan; the team is one body."""
    found = extract_text(
        "某县2022年法治政府建设报告\n一、主要成效\n县“八五”普法讲师团深入乡镇开展宣讲80场。\n"
    )
    assert "县“八五”普法讲师团" in labels(found, "Agency")


def test_a_departments_own_party_organs_are_bodies_named_by_the_publisher():
    """局党组, 我局党委理论学习中心组 in a 局's report: its own party group and study group."""
    found = extract_text(
        "某市生态环境局2023年法治政府建设年度报告\n一、主要成效\n全年,局党组集体学法4次,"
        "我局党委理论学习中心组开展专题学习6次。县司法局党组听取汇报2次。\n"
    )
    bodies = labels(found, "Agency")
    assert {"某市生态环境局党组", "某市生态环境局党委理论学习中心组"} <= bodies
    assert "某市生态环境局司法局党组" not in bodies  # 司法局党组: another body's own
    assert ("专题学习", "某市生态环境局党委理论学习中心组") in links(found, "carriedOutBy")


def test_a_departments_own_affairs_meeting_keeps_its_word_in_its_name():
    """局务会议 in a 局's report: the bureau's meeting, which acts and is counted."""
    found = extract_text(
        "某县司法局关于2023年度法治政府建设情况的报告\n一、主要成效\n召开局务会议12次。"
        "局务会议专题研究法治工作3次。\n"
    )
    assert "某县司法局局务会议" in labels(found, "Agency")
    assert ("某县司法局局务会议", "12次") in links(found, "hasOutcome")
    assert ("法治工作研究", "某县司法局局务会议") in links(found, "carriedOutBy")


def test_a_townships_report_names_its_own_stations_bare():
    """司法所, 派出所, 综合行政执法队 in a 镇's report are the town's own; in a county's, a kind."""
    town = extract_text(
        "澧浦镇2023年度法治政府建设工作报告\n一、主要举措\n司法所调解纠纷85件。综合行政执法队"
        "开展联合执法12次。城关派出所开展法治宣传20场。\n"
    )
    assert {"澧浦镇司法所", "澧浦镇综合行政执法队"} <= labels(town, "Agency")
    assert not any(label.endswith("城关派出所") for label in labels(town, "Agency"))
    assert ("联合执法", "澧浦镇综合行政执法队") in links(town, "carriedOutBy")
    county = extract_text(
        "金东区2023年度法治政府建设工作报告\n一、主要举措\n司法所调解纠纷85件。\n"
    )
    assert not any(label.endswith("司法所") for label in labels(county, "Agency"))


def test_a_quoted_team_created_or_acting_is_a_body_a_quoted_brand_is_not():
    found = extract_text(
        "某市人民政府2022年法治政府建设情况报告\n一、主要成效\n组建“党的二十大市委宣讲团”"
        "“习近平法治思想宣讲团”,在全市组织开展系列宣讲活动。持续推进“联村调解工作站”"
        "“调解示范船”等品牌建设。\n"
    )
    bodies, programmes = labels(found, "Agency"), labels(found, "Program")
    assert {"“党的二十大市委宣讲团”", "“习近平法治思想宣讲团”"} <= bodies
    assert "“联村调解工作站”" in programmes and "“联村调解工作站”" not in bodies
    carriers = {body for work, body in links(found, "carriedOutBy") if work == "系列宣讲活动"}
    assert carriers == {"“党的二十大市委宣讲团”", "“习近平法治思想宣讲团”"}


def test_a_bodys_name_after_its_area_is_no_programme():
    found = extract_text(
        "某县2022年法治政府建设情况报告\n一、主要成效\n组建县“八五”普法讲师团,开展送法下乡活动30场。\n"
    )
    assert "“八五”普法讲师团" not in labels(found, "Program")
    assert ("送法下乡活动", "县“八五”普法讲师团") in links(found, "carriedOutBy")


def test_a_departments_own_organ_after_a_verb_of_holding_ends_no_longer_name():
    """市司法局召开局党委会31次: 局 is the publisher's word for itself, not the end of a body named
    “市司法局召开局”; the meetings counted are its party committee's."""
    found = extract_text(
        "某市司法局2023年法治政府建设年度报告\n一、主要成效\n市司法局召开局党委会31次，"
        "研究法治建设重大事项。\n"
    )
    bodies = labels(found, "Agency")
    assert "某市司法局党委" in bodies, bodies
    assert not any("召开" in b for b in bodies), bodies
    assert ("某市司法局党委", "31次") in links(found, "hasOutcome")


def test_a_departments_bare_study_group_is_its_own_and_holds_its_sessions():
    """召开党委理论学习中心组学习13次 in a 公安局's report: its own study group, whose sessions
    the count counts (共计 is the count's word, no verb of the deed)."""
    found = extract_text(
        "某县公安局2023年法治政府建设工作报告\n一、工作情况\n我局坚持理论武装，"
        "共计召开党委理论学习中心组学习13次。\n"
    )
    assert "某县公安局党委理论学习中心组" in labels(found, "Agency"), labels(found, "Agency")
    assert ("某县公安局党委理论学习中心组", "13次") in links(found, "hasOutcome")
    county = extract_text(
        "某县人民政府2023年法治政府建设工作报告\n一、工作情况\n召开党委理论学习中心组学习5次。\n"
    )
    assert not any(b.startswith("某县人民政府党委") for b in labels(county, "Agency"))


def test_a_verb_of_attending_opens_no_meetings_name():
    """列席常务会议: 列席 (attend) is a verb jieba tags as a noun; no body “列席常务会议”."""
    found = extract_text(
        "某旗人民政府2022年法治政府建设年度报告\n一、主要成效\n选聘律师事务所承担法律顾问工作，"
        "列席常务会议。\n"
    )
    assert not any(b.startswith("列席") for b in labels(found, "Agency")), labels(found, "Agency")


@pytest.mark.parametrize(
    "sentence, not_a_body",
    [
        # 做 serves as, like 任: the deputy secretary heads the office, no body of that name
        ("成立法治工作办公室，由街道分管法治工作副书记做办公室主任。", "副书记做办公室"),
        # 年中 (mid-year) is a time word before the group, not part of its name
        ("及时调整街道法治建设领导小组。年初和年中领导小组分别召开会议。", "年中领导小组"),
    ],
)
def test_a_role_served_or_a_time_word_is_no_part_of_a_bodys_name(sentence, not_a_body):
    found = extract_text(f"某街道办事处2022年法治政府建设工作报告\n一、主要工作\n{sentence}\n")
    assert not any(not_a_body in b for b in labels(found, "Agency")), labels(found, "Agency")


def test_a_committees_coordination_group_is_a_body_of_its_own():
    text = (
        "某县人民政府关于2023年法治政府建设情况的报告\n"
        "县委全面依法治县委员会守法普法协调小组召开会议2次。县司法局成立工作小组。\n"
    )
    found = labels(extract_text(text, doc_id="county-2023"), "Agency")
    assert any(name.endswith("委员会守法普法协调小组") for name in found), found
    assert "工作小组" not in found  # the suffix alone names no body


def test_an_office_named_after_a_title_the_dictionary_tags_as_a_name():
    text = (
        "某县人民政府关于2023年法治政府建设情况的报告\n"
        "县政府办公室下设法律顾问室,负责合法性审查。\n"
    )
    found = labels(extract_text(text, doc_id="county-2023"), "Agency")
    assert any(name.endswith("法律顾问室") for name in found), found  # 顾问 is nr in jieba


def test_a_body_before_the_verbs_xiashe_and_xiafa():
    text = (
        "某县人民政府关于2023年法治政府建设情况的报告\n县政府办下设督查室。市司法局下发通知3份。\n"
    )
    found = labels(extract_text(text, doc_id="county-2023"), "Agency")
    assert {"县政府办", "市司法局"} <= {n.removeprefix("某县") for n in found}, found


def test_a_bare_standing_committee_held_is_the_areas_own():
    text = (
        "桐庐县人民政府关于2023年法治政府建设情况的报告\n"
        "全年共召开5次常委会、3次政府常务会。县人大常委会开展执法检查。\n"
    )
    result = extract_text(text, doc_id="tonglu-2023")
    assert "桐庐县委常委会" in labels(result, "Agency")
    assert ("桐庐县委常委会", "5次") in links(result, "hasOutcome")


def test_a_townships_bare_station_joined_to_the_body_before_it():
    text = (
        "澧浦镇人民政府关于2023年法治政府建设情况的报告\n"
        "镇司法所联合派出所开展矛盾纠纷排查化解专项行动,化解纠纷86件。\n"
    )
    assert "澧浦镇派出所" in labels(extract_text(text, doc_id="lipu-2023"), "Agency")


@pytest.mark.parametrize(
    "sentence, body, not_a_body",
    [
        # a verb whose object is another body ends the first: the second is named on its own
        ("泗安镇联合县司法局开展法治宣传。", "县司法局", "泗安镇联合县司法局"),
        ("县司法局受到省司法厅通报表扬。", "省司法厅", "县司法局受到省司法厅"),
    ],
)
def test_a_body_after_a_verb_of_another_body_begins_after_the_verb(sentence, body, not_a_body):
    found = all_labels(
        extract_text(f"长兴县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n{sentence}\n"),
        "Agency",
    )
    assert any(label.endswith(body) for label in found), found
    assert not any(not_a_body in label for label in found), found


@pytest.mark.parametrize(
    "sentence, body",
    [
        # the 三定 names of departments of two fields joined by 和
        ("县人力资源和社会保障局开展劳动保障监察。", "县人力资源和社会保障局"),
        ("县文化和旅游局开展文化市场执法检查。", "县文化和旅游局"),
        # 民政 is a field, not the residents (县民) of the county
        ("县民政局开展殡葬领域专项整治。", "县民政局"),
    ],
)
def test_departments_named_by_two_joined_fields_or_by_民政(sentence, body):
    found = all_labels(
        extract_text(f"长兴县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n{sentence}\n"),
        "Agency",
    )
    assert any(label.endswith(body[1:]) for label in found), found


def test_two_titles_joined_by_和_name_no_body():
    found = all_labels(
        extract_text(
            "长兴县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
            "县法院、县公安局分别获评全省先进集体和全国优秀公安局。\n"
        ),
        "Agency",
    )
    assert not any("先进集体" in label for label in found), found


def test_a_team_named_by_a_quote_before_its_suffix_is_a_body_and_no_programme():
    # 组建“…”宣讲团: the quote names the team its suffix ends (ANNOTATION decision 13)
    result = extract_text(
        "长兴县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "县司法局组建“长兴普法”宣讲团，深入村居开展法治宣讲80场。\n"
    )
    assert "“长兴普法”宣讲团" in all_labels(result, "Agency")
    assert "“长兴普法”" not in labels(result, "Program")
    assert any(c.endswith("宣讲团") for _, c in links(result, "carriedOutBy"))


def test_a_departments_own_section_named_by_its_one_character_word_acts():
    # 局法制股 in a 司法局's report: the bureau's section, a body that carries what it does
    result = extract_text(
        "古丈县司法局2024年法治政府建设年度报告\n一、主要举措\n"
        "局法制股对局机关规范性文件进行合法性审核12件。局党组书记坚持科学决策。\n"
    )
    assert "古丈县司法局法制股" in labels(result, "Agency"), labels(result, "Agency")
    assert not any("科" in a for a in labels(result, "Agency")), labels(result, "Agency")
    assert any(c.endswith("法制股") for _, c in links(result, "carriedOutBy"))


def test_a_body_a_bill_is_submitted_to_begins_after_the_verb():
    found = all_labels(
        extract_text(
            "长兴县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
            "提请县人大常委会审议地方性法规草案2件。\n"
        ),
        "Agency",
    )
    assert not any(label.startswith("提请") for label in found), found


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("县乡村振兴局开展法律服务进村活动。", "县乡村振兴局"),  # 乡村振兴, not 县乡 (two levels)
        ("县人民医院获评全省平安医院。", "县人民医院"),
        ("县档案馆开展档案执法检查。", "县档案馆"),
    ],
)
def test_public_institutions_and_the_rural_revitalisation_bureau_are_bodies(sentence, body):
    found = all_labels(
        extract_text(f"长兴县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n{sentence}\n"),
        "Agency",
    )
    assert any(label.endswith(body[1:]) for label in found), found


def test_the_party_committees_establishment_office_is_no_committee():
    # 县委编办: the office of the establishment committee (机构编制委员会办公室), read whole,
    # not 县委 with what follows
    text = "某县人民政府关于2023年法治政府建设情况的报告\n县委编办完成乡镇机构改革。\n"
    result = extract_text(text)
    assert ("乡镇机构改革", "县委编办") in links(result, "carriedOutBy"), result.mentions


def test_a_legal_advisers_group_formed_is_a_body():
    # 组建|法律顾问团: 顾问团 heads a body, which the bureau that formed it carries
    text = "某县人民政府关于2023年法治政府建设情况的报告\n县司法局组建法律顾问团。\n"
    result = extract_text(text)
    assert "法律顾问团" in labels(result, "Agency"), result.mentions
    assert ("法律顾问团", "县司法局") in links(result, "carriedOutBy")


def test_a_group_of_advisers_formed_begins_after_the_verb_and_a_team_is_no_body():
    text = (
        "某县人民政府关于2023年法治政府建设情况的报告\n"
        "县司法局聘请律师事务所3家,组成县政府法律顾问团。聘请律师组成法律顾问团队。\n"
    )
    result = extract_text(text)
    found = labels(result, "Agency")
    assert "县政府法律顾问团" in found, found  # 组成|…: the verb of forming is no part of it
    assert "法律顾问团" not in found, found  # 顾问团队: the team, read whole (团队)
    assert "法律顾问团队" in labels(result, "Program")
    # the bureau formed it: a body it creates is its measure
    assert ("县政府法律顾问团", "县司法局") in links(result, "carriedOutBy")


def test_a_group_filled_up_begins_after_the_verb():
    # 调整|充实|县…领导小组: 充实 (to fill up its members) is the verb, no part of the name
    text = "某县人民政府关于2023年法治政府建设情况的报告\n调整充实县法治建设领导小组。\n"
    found = labels(extract_text(text), "Agency")
    assert "县法治建设领导小组" in found, found


def test_a_law_society_is_a_body_as_the_other_peoples_organisations_are():
    # 法学会: the county's law society, a people's organisation that acts in the genre
    found = extract_text(
        "樟溪县人民政府关于2023年度法治政府建设情况的报告\n一、主要工作\n"
        "县法学会开展法治研究课题调研，县总工会开展职工法律服务。\n",
        doc_id="zhangxi-2023",
    )
    assert {"县法学会", "县总工会"} <= labels(found, "Agency"), labels(found, "Agency")


def test_a_body_ending_in_所_before_在_and_a_place_is_a_body():
    # 镇司法所|在五云村开展…: 所在 is here the suffix and the preposition, not the noun
    found = extract_text(
        "樟溪县人民政府关于2023年度法治政府建设情况的报告\n一、主要工作\n"
        "镇司法所在五云村开展反诈宣传活动。群众可到其所在单位咨询。\n",
        doc_id="zhangxi-2023",
    )
    assert "镇司法所" in labels(found, "Agency"), labels(found, "Agency")
    assert ("反诈宣传活动", "镇司法所") in links(found, "carriedOutBy")
    assert ("反诈宣传活动", "五云村") in links(found, "implementedIn")


def test_an_enforcement_brigade_is_a_body_on_its_own():
    # 执法大队: a department's enforcement brigade, a body without a jurisdiction word before it
    found = extract_text(
        "樟溪县市场监督管理局关于2023年度法治政府建设情况的报告\n一、主要工作\n"
        "市场监管执法大队开展食品安全专项检查156次。县交通运输执法大队查处违法案件36起。\n",
        doc_id="zhangxi-scj-2023",
    )
    assert {"市场监管执法大队", "县交通运输执法大队"} <= labels(found, "Agency"), labels(
        found, "Agency"
    )


def test_a_meeting_written_short_and_in_full_is_one_body():
    # 区政府常务会 and 区政府常务会议: the same standing meeting, named in full
    text = """静海区2023年度法治政府建设情况报告
一、主要举措和成效
通过区政府常务会等形式学习法治思想。区政府常务会议审议规范性文件8件。
"""
    found = labels(extract_text(text, doc_id="jinghai-own"), "Agency")
    assert "静海区人民政府常务会议" in found, found
    assert "静海区人民政府常务会" not in found, found


def test_a_meeting_room_is_a_venue_not_a_body():
    # 会议室 and 活动室 are rooms where a lecture is held; 联络室 and 顾问室 are offices
    text = """某镇人民政府2023年法治政府建设情况报告
一、主要举措和成效
在镇三楼会议室举办法治专题讲座。镇法律顾问室审查合同12份。
"""
    found = labels(extract_text(text, doc_id="town-rooms"), "Agency")
    assert not any(name.endswith("会议室") for name in found), found


def test_the_state_assets_commission_written_short_and_in_full_is_one_body():
    text = """桐庐县人民政府关于2023年度法治政府建设情况的报告
一、主要举措和成效
县国资委开展国有企业合规管理。县国有资产监督管理委员会开展法治培训。
"""
    result = extract_text(text, doc_id="tonglu-sasac")
    found = labels(result, "Agency")
    assert "桐庐县国有资产监督管理委员会" in found, found
    assert not any(name.endswith("国资委") for name in found), found
    # the short form is read as that body (an alias of it), not left unread
    assert "县国资委" in all_labels(result, "Agency"), all_labels(result, "Agency")
