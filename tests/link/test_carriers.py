"""carriedOutBy from clause structure, on a county report written for these tests (湖南 浏阳)."""

from tests.conftest import extract_item, extract_text, links

REPORT = """浏阳市人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
(一)优化营商环境。市市场监管局持续深化公平竞争审查制度,清理涉企政策文件42件;市法院与市税务局联合签署涉税执行协作备忘录,推动建立“执行+税务”联动机制。市人社局会同市住建局推行“安薪工程”,追回欠薪1300余万元。由市司法局牵头,建立行政执法协调监督工作体系。
(二)强化监督。市委巡察办指导市卫健局建立“清廉医院”评价体系。构建“一案一评”工作机制,评查案卷120卷。市统计局开展统计执法检查,“数据质量提升年”活动全面铺开。
"""


def carried():
    return links(extract_text(REPORT, doc_id="liuyang-2023"), "carriedOutBy")


def test_a_body_opening_its_clause_carries_its_programme_through_adverbs():
    assert ("公平竞争审查制度", "浏阳市市场监督管理局") in carried()  # 持续深化: adverb, verb


def test_co_subjects_and_the_clauses_that_share_them():
    found = carried()
    # 市法院与市税务局签署…,推动建立X: both subjects, and the next clause begins with its verb
    assert ("“执行+税务”联动机制", "浏阳市人民法院") in found
    assert ("“执行+税务”联动机制", "浏阳市税务局") in found
    assert ("“安薪工程”", "浏阳市人力资源和社会保障局") in found  # 会同
    assert ("“安薪工程”", "浏阳市住房和城乡建设局") in found


def test_the_body_that_leads_carries_what_follows():
    assert ("行政执法协调监督工作体系", "浏阳市司法局") in carried()  # 由X牵头, 建立Y


def test_the_nearest_body_is_not_always_the_carrier():
    found = carried()
    # 市委巡察办指导市卫健局建立X: the body after the pivotal verb builds X, not the one before it
    assert ("“清廉医院”评价体系", "浏阳市卫生健康局") in found
    assert not any(body.endswith("巡察办") for _, body in found)
    # a clause with a subject of its own ends the chain: 市统计局 does not carry the 活动
    assert not any(p.startswith("“数据质量提升年”") for p, _ in found)


def test_nothing_is_asserted_where_no_carrier_is_stated():
    found = carried()
    assert not any(p == "“一案一评”工作机制" for p, _ in found)
    assert not any(body == "浏阳市人民政府" for _, body in found)  # never the publisher


def test_a_second_predicate_joined_by_并_shares_the_subject():
    text = """浏阳市人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
(一)强化考核。市委始终把法治建设成效作为衡量各单位工作实绩的重要内容,并纳入全市综合绩效考核体系。
"""
    found = links(extract_text(text, doc_id="liuyang-kaohe"), "carriedOutBy")
    assert any(p.endswith("综合绩效考核体系") and b.startswith("中共") for p, b in found), found


def test_a_body_after_a_joining_preposition_that_opens_the_clause_is_a_subject():
    text = """长沙市雨花区司法局2023年法治政府建设年度报告
一、主要举措和成效
联合区委宣传部开展“宪法进万家”活动,会同区财政局建立法律援助经费保障机制。
"""
    result = extract_text(text, doc_id="yuhua-sfj-2023")
    found = links(result, "carriedOutBy")
    assert ("“宪法进万家”活动", "雨花区委宣传部") in found, found
    assert ("法律援助经费保障机制", "雨花区财政局") in found
    assert not any(body.endswith("司法局") for _, body in found)  # never the publisher


def test_the_lead_carries_with_those_who_assist_and_a_list_closed_by_deng_is_the_subject():
    text = """株洲市石峰区人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
区司法局牵头,区法院、区检察院配合,建立行政争议实质性化解机制。区税务局、区市场监管局等部门联合推行“首违不罚”清单制度。
"""
    found = links(extract_text(text, doc_id="shifeng-2023"), "carriedOutBy")
    for body in ("石峰区司法局", "石峰区人民法院", "石峰区人民检察院"):
        assert ("行政争议实质性化解机制", body) in found, (body, found)
    assert ("“首违不罚”清单制度", "石峰区税务局") in found
    assert ("“首违不罚”清单制度", "石峰区市场监督管理局") in found


def test_bodies_that_respectively_carry_programmes_carry_one_each():
    text = (
        "桐乡市人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "市人社局、市总工会分别推行欠薪联动处置机制和职工法律援助工作机制,"
        "市公安局、市检察院共同推行轻罪治理协作机制。\n"
    )
    carried = links(extract_text(text, doc_id="tongxiang-2023"), "carriedOutBy")
    assert ("欠薪联动处置机制", "桐乡市人力资源和社会保障局") in carried, carried
    assert ("欠薪联动处置机制", "桐乡市总工会") not in carried, carried
    assert ("职工法律援助工作机制", "桐乡市总工会") in carried, carried
    assert ("职工法律援助工作机制", "桐乡市人力资源和社会保障局") not in carried, carried
    # without 分别 both bodies carry it
    both = {("轻罪治理协作机制", "桐乡市公安局"), ("轻罪治理协作机制", "桐乡市人民检察院")}
    assert both <= carried, carried


def test_a_verb_of_the_adverb_class_with_nothing_after_it_is_the_clauses_verb():
    # 探索, 创新, 试点 qualify a verb (探索建立X); with none after them they are the verb
    text = (
        "浏阳市人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
        "市交通运输局作为全省试点单位,探索“治超”非现场执法模式。\n"
    )
    found = links(extract_text(text, doc_id="explore"), "carriedOutBy")
    assert ("“治超”非现场执法模式", "浏阳市交通运输局") in found, found


def test_a_created_body_carries_what_it_does_in_its_own_clause_not_an_earlier_listed_name():
    # 纳入…党校主体培训班…，组建宣讲团深入开展“七进”宣讲: the team gives the lectures; the course
    # named in the clause before is no work of the new team
    text = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
将习近平法治思想纳入理论学习中心组、党校主体培训班重要内容,组建习近平法治思想宣讲团深入开展“法治七进”微宣讲60余场次。
"""
    carriers = links(extract_text(text, doc_id="kaihua-2023"), "carriedOutBy")
    assert not any(p == "党校主体培训班" for p, _ in carriers), carriers
    assert any("七进" in p and b == "习近平法治思想宣讲团" for p, b in carriers), carriers


def test_a_body_that_holds_an_event_in_an_attributive_clause_is_its_organiser():
    text = (
        "青石县人民政府2023年法治政府建设年度报告\n一、主要举措和成效\n"
        "县司法局推行“三调联动”机制,在省司法厅举办的全省人民调解工作推进会上作交流发言。\n"
    )
    carriers = links(extract_text(text, doc_id="qingshi-2023"), "carriedOutBy")
    assert any(p.endswith("人民调解工作推进会") and b.endswith("司法厅") for p, b in carriers), (
        carriers
    )
    # the organiser holds the event named after 的, not a programme named before it
    assert not any(p == "“三调联动”机制" and b.endswith("司法厅") for p, b in carriers), carriers


def test_you_marks_the_agents_of_any_verb_after_them():
    text = (
        "某县人民政府2023年法治政府建设年度报告\n"
        "“宪法宣传周”系列活动由县委宣传部、县司法局联合举办。\n"
    )
    found = links(extract_text(text, doc_id="county-2023"), "carriedOutBy")
    assert {("“宪法宣传周”系列活动", "县委宣传部"), ("“宪法宣传周”系列活动", "县司法局")} <= {
        (p, b.removeprefix("某县")) for p, b in found
    }, found


def test_a_created_body_read_as_a_programme_too_carries_nothing_of_its_own_name():
    # 建成公共法律服务工作站: the station is built; it does not carry itself
    found = extract_item(
        "在全县14个乡镇（街道）建成公共法律服务工作站。",
        publisher="桐庐县人民政府",
        doc_id="tonglu-2023",
    )
    assert ("公共法律服务工作站", "14个") in links(found, "hasOutcome")
    assert not any(p == b for p, b in links(found, "carriedOutBy")), links(found, "carriedOutBy")


SUPPORT = """某县人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
由县人社局牵头,各乡镇积极配合,开展根治欠薪专项行动。县委依法治县办牵头组织开展法治督察。
由县司法局牵头,各乡镇配合,开展行政执法监督检查。
"""


def test_a_clause_of_those_who_help_passes_the_leads_subject_on():
    carriers = links(extract_text(SUPPORT), "carriedOutBy")
    assert ("根治欠薪专项行动", "县人力资源和社会保障局") in carriers, carriers
    # the same for a deed the clause's frame names: the lead launches it (由X牵头，开展…)
    assert ("行政执法监督检查", "县司法局") in carriers, carriers


def test_the_lead_does_the_deed_it_leads():
    # 牵头|组织开展法治督察: 牵头 says the office leads; the inspection is its deed
    carriers = links(extract_text(SUPPORT), "carriedOutBy")
    assert ("法治督察", "县委依法治县办") in carriers, carriers


def test_a_body_after_a_preposition_of_whom_is_no_second_actor():
    # 对|县政府…文件进行…审核: the government's documents are what the office reviewed; it is
    # no body standing between the subject and its programme
    result = extract_item("县司法局对县政府规范性文件进行合法性审核36件。")
    carriers = links(result, "carriedOutBy")
    assert ("合法性审核", "县司法局") in carriers, carriers


def test_a_body_built_in_a_list_with_a_programme_carries_none_of_it():
    # 建成A中心、B联系点: built side by side, the centre does not carry the liaison point (as
    # 组建宣讲团开展宣讲 would); nor does a body listed before a name lead it
    found = extract_item(
        "建成公共法律服务中心、基层立法联系点等阵地。组建县法治宣讲团，开展普法宣讲活动。"
        "建成县公共法律服务中心、法律援助工作站。"
    )
    carriers = links(found, "carriedOutBy")
    assert not any(programme == "基层立法联系点" for programme, _ in carriers), carriers
    assert not any(programme == "法律援助工作站" for programme, _ in carriers), carriers
    assert ("普法宣讲活动", "县法治宣讲团") in carriers, carriers


def test_a_body_an_items_title_names_alone_carries_the_items_subjectless_work():
    # (一)县人民法院。…: each body's deeds under a heading of its own, told without naming it;
    # a heading that says more than the body (县司法局牵头…) is a sentence, not a topic
    text = """桐庐县人民政府关于2023年度法治政府建设情况的报告
一、主要举措和成效
（一）县人民法院。深入推进“共享法庭”建设，开展巡回审判32次。
（二）县公安局：全面推行“一站式”执法办案模式。
（三）完善制度。县司法局指导乡镇推行“村规民约”审查制度，建立“访调对接”机制。
"""
    carriers = links(extract_text(text, doc_id="tonglu-titled"), "carriedOutBy")
    assert ("巡回审判", "桐庐县人民法院") in carriers, carriers
    assert ("“一站式”执法办案模式", "桐庐县公安局") in carriers, carriers
    assert not any(p == "“一站式”执法办案模式" and b.endswith("法院") for p, b in carriers)
