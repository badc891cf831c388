"""Clause frames and the links read off them, on sentences written in the genre for these tests."""

import pytest

from tests.conftest import extract_item, extract_text, labels, links

COUNTY = """樟溪县人民政府关于2023年度法治政府建设情况的报告
一、主要举措和成效
(一)加强学法用法。县委常委会、县委理论学习中心组集中学习宪法和行政法规5次。县司法局审查和备案规范性文件31件,办理行政复议案件12件。县委组织部举办了3期科级干部法治素养提升专题轮训班,培训学员286人。
(二)统筹推进。全年召开4次县政府常务会。县委党校组建法治宣讲团,在全县开展送法下乡宣讲18场。
(三)完善制度。制定《樟溪县重大行政决策程序规定》,细化12项工作任务。推行“首违不罚”制度,全年适用案件40件。
"""


def county():
    return extract_text(COUNTY, doc_id="zhangxi-2023")


def test_a_count_whose_holder_is_an_organs_deed():
    # the organs are the clause's subject: their study is the activity, carried by both
    result = county()
    carriers = links(result, "carriedOutBy")
    assert ("宪法和行政法规学习", "县委常委会") in carriers, carriers
    assert ("宪法和行政法规学习", "县委理论学习中心组") in carriers, carriers
    assert ("宪法和行政法规学习", "5次") in links(result, "hasOutcome")


def test_a_counted_review_is_an_activity_named_object_first():
    found = links(county(), "hasOutcome")
    assert ("规范性文件审查和备案", "31件") in found, found
    # 办理…案件12件: no result of the review before it; with no programme before it in its
    # item, the handling is a deed of the office's own (tests below)
    assert not any(o == "12件" and p == "规范性文件审查和备案" for p, o in found), found
    assert ("行政复议案件办理", "12件") in found, found


def test_a_count_between_the_verb_and_its_object_and_the_people_trained():
    result = county()
    found = links(result, "hasOutcome")
    course = "科级干部法治素养提升专题轮训班"
    assert (course, "3期") in found and (course, "286人") in found, found
    assert (course, "县委组织部") in links(result, "carriedOutBy")


def test_a_count_of_a_bodys_meetings_is_the_bodys():
    found = links(county(), "hasOutcome")
    assert ("县政府常务会议", "4次") in found, found


def test_a_zero_subject_after_a_created_body_is_that_bodys_deed():
    # 组建法治宣讲团，在全县开展…: the new team, the previous clause's object, carries the lectures
    carriers = links(county(), "carriedOutBy")
    assert any(b.endswith("宣讲团") and "宣讲" in p for p, b in carriers), carriers


def test_a_subjectless_clause_after_a_document_counts_what_the_document_holds():
    found = links(county(), "hasOutcome")
    assert ("樟溪县重大行政决策程序规定", "12项") in found, found


def test_the_nearest_programme_is_not_the_holder_of_the_next_sentences_count():
    # 推行“首违不罚”制度，全年适用案件40件: the system's figure; the document of the sentence
    # before is not its holder, nor is the activity of another sentence
    found = links(county(), "hasOutcome")
    assert ("“首违不罚”制度", "40件") in found, found
    assert not any(v == "40件" and p != "“首违不罚”制度" for p, v in found), found


def test_a_co_actor_carries_the_activity_with_the_subject():
    text = """樟溪县司法局2023年法治政府建设年度报告
一、主要举措和成效
县司法局联合县教育局举办青少年法治知识竞赛3场。
"""
    carriers = links(extract_text(text, doc_id="zhangxi-sfj-2023"), "carriedOutBy")
    assert ("青少年法治知识竞赛", "县教育局") in carriers, carriers


def test_activities_are_typed_scoped_to_their_report_and_listed_by_their_query(tmp_path):
    from pathlib import Path

    import pyoxigraph

    from kg.build import build
    from kg.sparql import rows, run_query

    source = tmp_path / "zhangxi-2023.txt"
    source.write_text(COUNTY, encoding="utf-8")
    out = tmp_path / "out"
    build([source], out, store=False)
    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    query = Path(__file__).resolve().parents[2] / "queries" / "activities.rq"
    header, found = rows(run_query(str(query), store))
    listed = {
        (r[header.index("activity")], r[header.index("value")], r[header.index("year")])
        for r in found
    }
    assert ("科级干部法治素养提升专题轮训班", "3", "2023") in listed, listed
    # every activity is also a programme, and its IRI is scoped to its report
    typed = run_query(
        "SELECT ?a WHERE { ?a a fz:Activity , fz:Program }",
        store,
    )
    iris = [str(row[0].value) for row in typed]
    assert iris and all("/id/activity/zhangxi-2023/" in i for i in iris), iris


ORGANS = """岚川县人民政府2023年法治政府建设年度报告
一、主要举措和成效
县委常委会、县委全面依法治县委员会着力研究部署法治政府建设重点任务。县委常委会每半年听取1次法治政府建设工作汇报。2023年组织县委理论学习中心组集中学法6次,组织各乡镇参加法治培训。
"""


def organs():
    return extract_text(ORGANS, doc_id="lanchuan-2023")


def test_an_organs_deed_of_two_verbs_the_dictionary_holds_as_one_noun():
    # 研究部署: jieba's noun of two verbs in a row; the organs' deed is still an activity
    carriers = links(organs(), "carriedOutBy")
    assert any(p.endswith("研究部署") and b == "县委常委会" for p, b in carriers), carriers


def test_a_frequency_before_the_verb_is_an_adverbial_not_the_deeds_start():
    result = organs()
    hearing = [p for p, b in links(result, "carriedOutBy") if "汇报" in p]
    assert hearing, links(result, "carriedOutBy")
    assert (hearing[0], "1次") in links(result, "hasOutcome")


def test_an_organ_after_组织_is_the_one_who_acts_but_not_any_body():
    result = organs()
    carriers = links(result, "carriedOutBy")
    assert ("集中学法", "县委理论学习中心组") in carriers, carriers
    assert ("集中学法", "6次") in links(result, "hasOutcome")
    # 组织各乡镇参加…: those who took part, not the ones who acted (ANNOTATION decision 14)
    assert not any(b.endswith("乡镇") for _, b in carriers), carriers


SUMS = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
全年召开县委常委会会议5次,研究法治建设重大事项。全县公安机关经侦部门共侦办侵害企业合法权益犯罪案件23起。县级保留公共服务等其他事项297项。
"""


def sums():
    return links(extract_text(SUMS, doc_id="kaihua-2023"), "hasOutcome")


def test_a_count_after_the_meeting_召开_holds_is_the_meetings_bodys():
    assert ("开化县委常委会", "5次") in sums(), sums()


def test_a_summing_word_opens_the_deed_of_a_subject_no_rule_reads_as_a_body():
    # 共|侦办…: the predicate begins at 共; 侵害 after 侦办 is the object's verb, not a second deed
    assert ("侵害企业合法权益犯罪案件侦办", "23起") in sums(), sums()


def test_a_summing_character_inside_a_word_sums_nothing():
    # 公共服务: 共 ends the word 公共; no deed is read from 服务等其他事项
    found = labels(extract_text(SUMS, doc_id="kaihua-2023"), "Program")
    assert not any("其他事项" in p for p in found), found


def test_a_time_phrase_opens_the_deed_of_a_subject_no_rule_reads_as_a_body():
    # 法律顾问|全年|审核…: the advisers are no body; the count is still of their reviews
    text = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
各村法律顾问全年审核村规民约86件。
"""
    found = links(extract_text(text, doc_id="kaihua-2023"), "hasOutcome")
    assert ("村规民约审核", "86件") in found, found


def test_three_verbs_each_joined_to_the_one_before_do_one_deed_to_one_object():
    text = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
县司法局起草、审核、修订各类合同文本45份。
"""
    result = extract_text(text, doc_id="kaihua-2023")
    assert ("合同文本起草、审核、修订", "45份") in links(result, "hasOutcome"), result.mentions
    assert ("合同文本起草、审核、修订", "开化县司法局") in links(result, "carriedOutBy")


def test_a_body_the_subject_creates_is_its_measure_and_a_programme_in_the_graph(tmp_path):
    from kg.build import build

    text = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
县司法局建立三县矛盾纠纷联防联调中心,化解跨区域纠纷。县司法局推动县法院设立诉讼服务中心。
"""
    carriers = links(extract_text(text, doc_id="kaihua-2023"), "carriedOutBy")
    assert ("三县矛盾纠纷联防联调中心", "开化县司法局") in carriers, carriers
    # 推动县法院设立…: the court (the pivot's body) creates it, not the office that urged it
    assert ("诉讼服务中心", "开化县司法局") not in carriers, carriers
    assert ("诉讼服务中心", "开化县人民法院") in carriers, carriers
    source = tmp_path / "kaihua-2023.txt"
    source.write_text(text, encoding="utf-8")
    assert build([source], tmp_path / "out", store=False).ok
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    block = ttl.split("三县矛盾纠纷联防联调中心>", 1)[1].split(" .\n", 1)[0]
    assert "fz:Agency" in block and "fz:Program" in block, block


def test_a_body_that_owns_the_objects_noun_is_not_the_object():
    # 听取和审议县政府…报告: the congress's hearing, an activity; 召开县委常委会会议: the meeting
    # itself is the object, no activity of its own
    text = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
县人大常委会听取和审议县政府法治政府建设情况报告。全年召开县委常委会会议5次。
"""
    result = extract_text(text, doc_id="kaihua-2023")
    carriers = links(result, "carriedOutBy")
    assert any("情况报告" in p and b == "开化县人大常委会" for p, b in carriers), carriers
    assert not any("会议" in p for p in labels(result, "Program")), labels(result, "Program")


def test_clauses_of_results_after_a_counted_programme_are_its_results():
    # 开展…专项督察3次，制发…6份，交办…12项: what the inspections produced, not the reforms they
    # inspected
    text = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
围绕“证照分离”“首违不罚”等改革开展法治专项督察3次,制发督察整改通知书6份,全年交办整改事项12项。
"""
    found = links(extract_text(text, doc_id="kaihua-2023"), "hasOutcome")
    assert ("法治专项督察", "6份") in found and ("法治专项督察", "12项") in found, found
    assert not any(p.startswith("“") for p, _ in found), found


def test_what_a_review_turned_up_is_a_result_not_an_activity():
    # 梳理出…文件84件: the files found, a result of the clean-up named before
    text = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
开展涉企文件专项清理,梳理出县政府涉企行政规范性文件84件。
"""
    programmes = labels(extract_text(text, doc_id="kaihua-2023"), "Program")
    assert not any("梳理" in p for p in programmes), programmes


ORGAN_LISTS = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
县委常委会、县政府党组(扩大)会议专题学习3次。县委常委会、县政府常务会议专题学法5次。全县人民调解组织成功调解纠纷案件820件。
"""


def test_a_list_of_organs_with_an_aside_carries_the_study_it_counts():
    # 县政府党组(扩大)会议: the aside and 会议 belong to the organ; 学习3次 is the verb's own count
    result = extract_text(ORGAN_LISTS, doc_id="kaihua-2023")
    carriers = links(result, "carriedOutBy")
    assert ("专题学习", "开化县委常委会") in carriers and (
        "专题学习",
        "开化县人民政府党组",
    ) in carriers, carriers
    assert any(p.endswith("专题学法") and b == "开化县人民政府常务会议" for p, b in carriers)
    found = links(result, "hasOutcome")
    assert ("专题学习", "3次") in found, found
    # 成功调解…820件 counts cases handled, no session of mediating: no activity of its own
    assert not any(p.endswith("调解") for p in labels(result, "Program")), labels(result, "Program")


def test_a_review_completed_is_the_activity_its_count_measures():
    # 完成|行政规范性文件审查20件: 完成 says it was done; the review holds the figure
    text = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
全年共计完成行政规范性文件审查20件。全年完成年度重点任务36项。
"""
    result = extract_text(text, doc_id="kaihua-2023")
    assert ("行政规范性文件审查", "20件") in links(result, "hasOutcome")
    assert not any("任务" in p for p in labels(result, "Program")), labels(result, "Program")


LISTED_DEEDS = """岚川县人民政府2023年法治政府建设年度报告
一、主要举措和成效
县政府常务会议每季度听取依法行政工作汇报、开展会前学法6次。县委常委会审议县政府工作报告、县法院工作报告。
"""


def test_two_deeds_listed_with_a_comma_of_enumeration_are_two_predicates():
    result = extract_text(LISTED_DEEDS, doc_id="lanchuan-2023")
    carriers = links(result, "carriedOutBy")
    hearing = [p for p, b in carriers if "汇报" in p and b.endswith("县政府常务会议")]
    assert hearing, carriers
    # the count is the second deed's, not the hearing's
    assert (hearing[0], "6次") not in links(result, "hasOutcome"), links(result, "hasOutcome")


LAUNCHED = """岚川县人民政府2023年法治政府建设年度报告
一、主要举措和成效
县市场监管局全面开展涉企收费检查,规范市场秩序。
"""


def test_what_a_named_body_launches_is_its_activity_even_uncounted():
    # ANNOTATION: a body other than the publisher named as the doer carries what it does
    carriers = links(extract_text(LAUNCHED, doc_id="lanchuan-2023"), "carriedOutBy")
    assert any("涉企收费检查" in p and b.endswith("市场监督管理局") for p, b in carriers), carriers


PARTICIPANTS = """岚川县人民政府2023年法治政府建设年度报告
一、主要举措和成效
组织开展乡镇党政主要负责人履行推进法治建设第一责任人职责述法60人次,推动述法全覆盖。
"""


def test_people_counted_after_what_a_verb_of_holding_holds_took_part_in_it():
    result = extract_text(PARTICIPANTS, doc_id="lanchuan-2023")
    # 组织开展 is one predicate; the label is the deed, without the verbs that only hold it
    deed = "乡镇党政主要负责人履行推进法治建设第一责任人职责述法"
    assert (deed, "60人次") in links(result, "hasOutcome"), links(result, "hasOutcome")


COUNTED_ITEMS = """岚川县司法局2023年法治政府建设年度报告
一、主要举措和成效
严格落实“第一议题”制度,通过开展6次中心组专题学习、2期读书班、4次支部集中学习研讨,班子成员讲授3次专题党课。全年召开2次局党组会、3次县政府常务会。
"""


def test_a_count_right_before_an_events_name_in_a_list_counts_that_event():
    result = extract_text(COUNTED_ITEMS, doc_id="lanchuan-2023")
    figures = links(result, "hasOutcome")
    for pair in (
        ("中心组专题学习", "6次"),
        ("读书班", "2期"),
        ("支部集中学习研讨", "4次"),
        ("专题党课", "3次"),
    ):
        assert pair in figures, figures
    # a count before a meeting body counts that body's meetings, no programme of its own
    assert not any(p.endswith("常务会") for p in labels(result, "Program")), labels(
        result, "Program"
    )


ON_WHOM = """岚川县人民政府2023年法治政府建设年度报告
一、主要举措和成效
县委依法治县办对各乡镇法治建设开展实地督查。全县建成公共法律服务工作站26个。
"""


def test_a_prepositional_phrase_before_the_verb_of_holding_is_no_part_of_the_deed():
    carriers = links(extract_text(ON_WHOM, doc_id="lanchuan-2023"), "carriedOutBy")
    assert any(p == "实地督查" and b.endswith("县委依法治县办") for p, b in carriers), carriers


def test_a_count_of_institutions_right_after_a_bodys_name_counts_those_bodies():
    figures = links(extract_text(ON_WHOM, doc_id="lanchuan-2023"), "hasOutcome")
    assert any(h.endswith("公共法律服务工作站") and f == "26个" for h, f in figures), figures


def test_a_deeds_count_lead_in_达到_is_not_the_deeds():
    found = extract_text(
        "某县2022年法治政府建设报告\n一、主要成效\n县司法局审查规范性文件达到30件。\n"
    )
    assert ("规范性文件审查", "30件") in links(found, "hasOutcome")


def test_a_name_inside_the_subjects_is_no_object_and_the_count_is_the_subjects():
    found = extract_text(
        "某县2022年法治政府建设报告\n一、主要成效\n县“八五”普法宣讲团开展巡讲120多场次。"
        "县机构改革领导小组召开会议5次。\n"
    )
    assert links(found, "hasOutcome") == {
        ("县“八五”普法宣讲团", "120场次"),
        ("县机构改革领导小组", "5次"),
    }


def test_meetings_listed_with_their_counts_are_their_bodies_and_no_activity():
    """召开3次…委员会会议和3次…主任办公会: each count is the meetings of the body after it; the
    words between the counts (…会议和) name no activity."""
    found = extract_text(
        "某区司法局2023年法治政府建设年度报告\n一、主要成效\n组织召开3次区委全面依法治区委员会"
        "会议和3次区委依法治区办主任办公会。\n"
    )
    assert links(found, "hasOutcome") == {
        ("区委全面依法治区委员会会议", "3次"),
        ("区委依法治区办主任办公会", "3次"),
    }
    assert not any(label.endswith("和组织召开") for label in labels(found, "Program"))


def test_a_list_of_organs_by_their_meetings_are_the_subjects_of_the_deed():
    """区委常委会会议、区政府全体会议: the committee, the government; the list goes on."""
    found = extract_text(
        "某区人民政府2023年法治政府建设年度报告\n一、主要成效\n区委理论学习中心组、区委常委会会议、"
        "区政府全体会议、区政府党组会议先后专题学习习近平法治思想7次。\n"
    )
    carriers = {body for _, body in links(found, "carriedOutBy")}
    assert {"区委理论学习中心组", "区委常委会", "区政府", "区政府党组会议"} <= carriers


def test_a_body_the_work_is_done_through_carries_it():
    """依托X开展Y: X does Y (ANNOTATION 6); 依托 before no body names no actor."""
    found = extract_text(
        "某县司法局2023年法治政府建设工作报告\n一、主要成效\n依托县法律援助中心开展法律援助进社区"
        "活动32场。依托“智慧普法”平台开展线上答题活动5场。\n"
    )
    assert links(found, "carriedOutBy") == {("法律援助进社区活动", "县法律援助中心")}


def test_a_quoted_names_enumeration_comma_lists_no_objects():
    found = extract_text(
        "某县司法局2023年法治政府建设工作报告\n一、主要成效\n会同县市场监管局开展“双随机、一公开”"
        "联合抽查15次。\n"
    )
    assert ("“双随机、一公开”联合抽查", "15次") in links(found, "hasOutcome")


def test_a_named_meeting_held_is_an_activity_not_a_bodys_meetings():
    """召开…联席会议2次: the joint meeting held (ANNOTATION decision 2); 召开党组会议9次 stays the
    party group's meetings."""
    found = extract_text(
        "某县司法局2023年法治政府建设工作报告\n一、主要成效\n县司法局联合县人民法院召开行政争议实质性"
        "化解联席会议2次。\n"
    )
    meeting = "行政争议实质性化解联席会议"
    assert (meeting, "2次") in links(found, "hasOutcome")
    assert (meeting, "县人民法院") in links(found, "carriedOutBy")


def test_an_organisation_that_sums_its_deed_is_the_subject_not_a_verb_of_holding():
    """人民调解组织|共排查矛盾纠纷1.2万件: 组织 before 共 is the organisations, and the deed
    counted is the screening (排查, no result verb: 排查出 is)."""
    found = extract_text(
        "某县2023年法治政府建设报告\n一、主要成效\n全县各级人民调解组织共排查矛盾纠纷1.2万件。\n"
    )
    assert links(found, "hasOutcome") == {("矛盾纠纷排查", "12000件")}
    assert not any(label.startswith("共") for label in labels(found, "Program"))


def test_a_list_of_deeds_each_with_its_own_count_is_read_deed_by_deed():
    """举办讲座4次、发放资料2000余份: two deeds, each holds its own count; 中心组理论学习18次 after
    a 、 is a second (nominal) deed, not an object of the first verb."""
    found = links(
        extract_text(
            "某镇2023年法治政府建设年度报告\n一、主要举措\n镇司法所举办法治讲座4次、"
            "发放普法宣传资料2000余份，扩大宣传影响。镇党委召开党委会12次、中心组理论学习9次。\n"
        ),
        "hasOutcome",
    )
    assert ("法治讲座", "4次") in found, found
    assert ("普法宣传资料发放", "2000份") in found, found  # the label drops 余 (approximate)
    assert ("中心组理论学习", "9次") in found, found
    assert not any(p == "法治讲座" and f == "2000份" for p, f in found)


def test_two_objects_of_one_verb_each_counted_are_no_list_of_deeds():
    """制发监督文书3份、提示函5份: both are what 制发 issued; no 提示函 deed of its own."""
    found = extract_text(
        "某县2023年法治政府建设年度报告\n一、主要举措\n开展行政执法专项监督，发现问题12项，"
        "制发监督文书3份、提示函5份。\n"
    )
    assert "提示函" not in labels(found, "Program")


def test_a_deed_done_by_means_of_holding_is_still_the_deed_counted():
    """通过举办法治讲座4次…: 通过 says how; the lecture held is what the count measures."""
    found = links(
        extract_text(
            "某镇2023年法治政府建设年度报告\n一、主要举措\n镇政府开展法治宣传活动。"
            "通过举办法治讲座6次，提升群众法治意识。\n"
        ),
        "hasOutcome",
    )
    assert ("法治讲座", "6次") in found, found


def test_serial_verbs_before_a_count_name_no_activity_of_their_own():
    """部署开展26项重点课题研究: the count stands before the object; 开展部署 is no activity."""
    found = extract_text(
        "某市司法局2023年法治政府建设年度报告\n一、主要举措\n聚焦重点领域，"
        "部署开展26项重点课题研究。\n"
    )
    assert not any("部署" in p for p in labels(found, "Program")), labels(found, "Program")
    assert ("重点课题研究", "26项") in links(found, "hasOutcome")


def test_an_organ_organised_acts_in_its_clause_only():
    """组织局党委开展集中学习12次，举办全警培训2次: the party committee studies; the training is
    the department's (the zero subject of 组织 goes on), not the committee's."""
    result = extract_text(
        "某县公安局2025年法治政府建设年度报告\n一、主要举措\n组织局党委开展集中学习12次，"
        "举办全警法治专题培训2次。\n"
    )
    carriers = links(result, "carriedOutBy")
    assert ("集中学习", "某县公安局党委") in carriers, carriers
    assert not any(p == "全警法治专题培训" and b.endswith("党委") for p, b in carriers), carriers


def test_a_deed_with_its_aspect_particle_is_named_without_it():
    result = extract_text(
        "某县2023年法治政府建设年度报告\n一、主要举措\n县司法局对9个乡镇开展了专项督查。\n"
    )
    assert "专项督查" in labels(result, "Program"), labels(result, "Program")


@pytest.mark.parametrize(
    "sentence, carried",
    [
        # 依托X，推行Y: a clause only of 依托 and a body gives the next clause its subject
        (
            "依托县公共法律服务中心，推行“一站式”法律服务模式。",
            ("“一站式”法律服务模式", "遂昌县公共法律服务中心"),
        ),
        # 由X牵头，组织开展Y: the lead launches what the next clause organises
        (
            "由县委依法治县办牵头，组织开展法治政府建设督察。",
            ("法治政府建设督察", "遂昌县委依法治县办"),
        ),
    ],
)
def test_a_clause_of_only_a_co_actor_or_a_lead_gives_the_next_clause_its_subject(sentence, carried):
    result = extract_text(f"遂昌县人民政府2023年法治政府建设年度报告\n一、主要成效\n{sentence}\n")
    carriers = links(result, "carriedOutBy")
    assert carried in carriers, carriers


def test_a_law_studied_holds_none_of_the_counts_after_it():
    """带头学习《宪法》《信访工作条例》等法律法规，全年…法治学习4次: the laws are read, not issued;
    the count is the study group's study."""
    result = extract_text(
        "银杏大街街道办事处2025年法治政府建设工作报告\n一、主要工作\n党政主要负责人带头学习"
        "《中华人民共和国宪法》《信访工作条例》等法律法规，全年党工委理论学习中心组法治学习4次。\n"
    )
    found = links(result, "hasOutcome")
    assert not any(p in ("中华人民共和国宪法", "信访工作条例") for p, _ in found), found
    assert ("党工委理论学习中心组法治学习", "4次") in found, found
    carriers = links(result, "carriedOutBy")
    assert ("党工委理论学习中心组法治学习", "银杏大街街道办事处党工委理论学习中心组") in carriers


def test_two_verbs_listed_before_one_object_are_one_deed():
    """审查、备案政府合同122件: one deed of two verbs, named object first."""
    found = links(
        extract_text(
            "某市司法局2022年法治政府建设年度报告\n一、主要举措\n审查、备案政府合同122件。\n"
        ),
        "hasOutcome",
    )
    assert ("政府合同审查、备案", "122件") in found, found


@pytest.mark.parametrize(
    "sentence, counted, not_in_a_name",
    [
        # 组织民警进行2次比武考试: the exam is the deed counted; 民警 only take part in it
        ("组织民警进行2次执法比武考试，提升执法能力。", ("执法比武考试", "2次"), "组织"),
        # 审查政策、规划、工作请示等行政决策365件: the class after 等 is what was reviewed
        ("审查政策、规划、工作请示等行政决策365件。", ("行政决策审查", "365件"), "等"),
    ],
)
def test_the_deed_counted_is_named_by_what_was_done_to_it(sentence, counted, not_in_a_name):
    result = extract_text(f"某市公安局2025年法治政府建设年度报告\n一、主要举措\n{sentence}\n")
    assert counted in links(result, "hasOutcome"), links(result, "hasOutcome")
    programmes = labels(result, "Program")
    assert not any(not_in_a_name in p for p in programmes), programmes


def test_a_year_opener_a_scope_opener_and_events_listed():
    """年内市政府常务会议集体学法5次 (年内 opens the clause, the meeting studies);
    全市举办…学习培训、辅导讲座200余场次 (全市 is the scope of the zero subject; the events are
    listed, one deed); 市府院联动 is no body."""
    result = extract_text(
        "许昌市人民政府2024年法治政府建设年度报告\n一、强化组织领导。召开市府院联动联席会议。"
        "年内市政府常务会议集体学法5次，全市举办各类法治专题学习培训、辅导讲座200余场次。\n"
    )
    found = links(result, "hasOutcome")
    assert ("市政府常务会议集体学法", "5次") in found, found
    assert ("法治专题学习培训、辅导讲座", "200场次") in found, found
    assert not any(b.endswith("府院") for b in labels(result, "Agency")), labels(result, "Agency")


def test_an_organ_organised_to_study_holds_its_sessions():
    """全年组织党组理论学习中心组学法4次: 学法 (tagged a noun) is the organ's deed; the count is
    its sessions'."""
    result = extract_text(
        "陵川县教育局2025年法治政府建设年度报告\n一、扛牢主体责任\n"
        "全年组织党组理论学习中心组学法4次，推动学法常态化。\n"
    )
    assert ("陵川县教育局党组理论学习中心组", "4次") in links(result, "hasOutcome")


def test_objects_listed_after_a_verb_that_only_says_it_was_done_name_the_deed_without_it():
    """开展习近平新时代…思想、习近平法治思想专题学习30余次: the label leaves out 开展."""
    result = extract_text(
        "某区司法局2024年法治政府建设年度报告\n一、主要举措\n"
        "开展习近平新时代中国特色社会主义思想、习近平法治思想专题学习30余次。\n"
    )
    programmes = labels(result, "Program")
    assert not any(p.startswith("开展") for p in programmes), programmes


def test_a_deed_done_by_a_plan_is_no_activity_named_by_a_noun_phrase():
    text = (
        "某县人民政府2024年法治政府建设情况报告\n"
        "全面落实政府常务会学法制度。制定年度学法计划,2024年按计划学法12次。\n"
    )
    result = extract_text(text, doc_id="county-2024")
    assert "按计划学法" not in labels(result, "Program")


@pytest.mark.parametrize(
    ("line", "kind", "pair"),
    [
        # an activity's name holds no space the text puts before its count
        ("全年开展集中学法 18 次。", "hasOutcome", ("集中学法", "18次")),
        # people counted after a named course are the course's participants
        (
            "县委党校举办法治专题培训班2期,培训学员260人次。",
            "hasOutcome",
            ("法治专题培训班", "260人次"),
        ),
        # a deed done on a law is an activity carried by the clause's subject
        (
            "县人大常委会组织开展《行政处罚法》执法检查。",
            "carriedOutBy",
            ("《行政处罚法》执法检查", "桐庐县人大常委会"),
        ),
        # a meeting held does what the verb after it says (not 召开…会议研究法治工作主持)
        ("全年主持召开县政府党组会议研究法治工作6次。", "hasOutcome", ("法治工作研究", "6次")),
        # a bare 常务会议 held is the area's own government's, and its 学法 sessions are its own
        ("全年召开常务会议学法4次。", "hasOutcome", ("桐庐县人民政府常务会议", "4次")),
        # a body's 会议 and its study: the body's sessions
        ("召开县委常委会会议集体学法3次。", "hasOutcome", ("桐庐县委常委会", "3次")),
    ],
)
def test_what_a_clause_of_the_genre_links(line, kind, pair):
    text = f"桐庐县人民政府关于2023年法治政府建设情况的报告\n{line}\n"
    found = links(extract_text(text, doc_id="tonglu-2023"), kind)
    assert pair in found, found


def test_a_bodys_session_of_study_names_no_programme():
    text = "桐庐县人民政府关于2023年法治政府建设情况的报告\n召开县委常委会会议集体学法3次。\n"
    found = labels(extract_text(text, doc_id="tonglu-2023"), "Program")
    assert not any(name.startswith("会议") for name in found), found


def test_an_organs_stance_is_no_deed_but_a_habit_before_its_deed_is():
    # 局党组坚持把…摆在突出位置: a stance, no activity; 坚持每月听取…汇报: the hearing is one
    result = extract_text(
        "某市司法局2023年法治政府建设年度报告\n一、主要举措\n"
        "局党组坚持把法治建设摆在全局工作的突出位置。局党组坚持每月听取执法监督工作汇报。\n"
    )
    carried = links(result, "carriedOutBy")
    assert not any("突出位置" in p for p, _ in carried), carried
    assert any("执法监督工作汇报" in p for p, _ in carried), carried


def test_a_verb_of_focus_before_the_deed_is_a_preposition_and_the_body_carries_the_deed():
    # 聚焦X开展专项监督: the phrase of focus is skipped up to the verb of holding
    result = extract_text(
        "某县人民政府2023年法治政府建设年度报告\n一、主要举措\n"
        "县纪委监委聚焦群众身边腐败问题开展专项监督。\n"
    )
    assert any(
        p == "专项监督" and c.endswith("纪委监委") for p, c in links(result, "carriedOutBy")
    ), links(result, "carriedOutBy")


def test_a_partner_listed_after_the_lead_carries_the_work_too():
    # 由X牵头、Y承办，举办…: the school that hosts the course carries it with the lead
    result = extract_text(
        "某县人民政府2023年法治政府建设年度报告\n一、主要举措\n"
        "由县委组织部牵头、县委党校承办，举办领导干部法治专题培训班2期。\n"
    )
    carriers = {c for p, c in links(result, "carriedOutBy") if p == "领导干部法治专题培训班"}
    assert any(c.endswith("党校") for c in carriers), carriers
    assert any(c.endswith("组织部") for c in carriers), carriers


def test_case_files_counted_in_卷_count_the_review_that_checked_them():
    result = extract_text(
        "某县人民政府2023年法治政府建设年度报告\n一、主要举措\n"
        "开展行政执法案卷评查,抽查执法案卷200卷,合格率96%。\n"
    )
    assert ("执法案卷抽查", "200卷") in links(result, "hasOutcome"), links(result, "hasOutcome")


def test_a_meeting_named_by_its_kind_is_where_the_subject_does_its_deed():
    # 局党组召开专题会议研究…3次: the study is the activity, the party group carries it
    result = extract_text(
        "某县司法局2024年法治政府建设年度报告\n一、主要举措\n"
        "局党组召开专题会议研究法治政府建设工作3次。\n"
    )
    carried = links(result, "carriedOutBy")
    assert any(p == "法治政府建设工作研究" and c.endswith("党组") for p, c in carried), carried
    assert ("法治政府建设工作研究", "3次") in links(result, "hasOutcome")


def test_an_organ_whose_name_opens_with_a_verbs_or_prepositions_character_still_studies():
    # 自治区…: 自治 reads as a verb and 自 as a preposition, but a body's name opens the clause
    result = extract_text(
        "宁夏回族自治区人民政府关于2022年度法治政府建设情况的报告\n一、主要举措\n"
        "自治区政府党组理论学习中心组集体学法4次。\n"
    )
    holders = {p for p, o in links(result, "hasOutcome") if o == "4次"}
    assert holders and all(p.endswith("集体学法") for p in holders), holders
    assert any(c.endswith("中心组") for _, c in links(result, "carriedOutBy"))


def test_a_body_opening_a_clause_after_a_system_keeps_its_own_count():
    # 落实…学法制度，全年|市委理论学习中心组集体学法4次: the study group's sessions, not the
    # system's applications
    result = extract_text(
        "某市人民政府2022年度法治政府建设工作报告\n一、主要举措\n"
        "落实市政府常务会议定期学法制度,全年市委理论学习中心组集体学法4次。\n"
    )
    holders = {p for p, o in links(result, "hasOutcome") if o == "4次"}
    assert holders and not any(p.endswith("制度") for p in holders), holders


def test_a_body_assisting_another_carries_the_work_with_it():
    # 县司法局配合县人大常委会开展…执法检查: both carry the inspection
    result = extract_text(
        "某县人民政府2023年法治政府建设年度报告\n一、主要举措\n"
        "县司法局配合县人大常委会开展《行政复议法》执法检查。\n"
    )
    carriers = {c for p, c in links(result, "carriedOutBy") if p == "《行政复议法》执法检查"}
    assert any(c.endswith("人大常委会") for c in carriers), carriers
    assert any(c.endswith("司法局") for c in carriers), carriers


def test_bodies_relied_on_listed_and_closed_by_a_kind_of_platform_carry_the_work():
    # 依托X、Y等阵地开展…: the list closed by 等阵地 is still the bodies the work is done through
    result = extract_text(
        "某县人民政府2023年法治政府建设年度报告\n一、主要举措\n"
        "依托县公共法律服务中心、县法律援助中心等阵地开展法律咨询服务1200余次。\n"
    )
    carriers = {c for p, c in links(result, "carriedOutBy") if p == "法律咨询服务"}
    assert any(c.endswith("公共法律服务中心") for c in carriers), carriers
    assert any(c.endswith("法律援助中心") for c in carriers), carriers


def test_the_places_a_body_goes_into_come_before_the_deed_it_holds():
    # 深入机关、学校开展宣讲活动60场: the lecture tour is the activity, the team carries it
    result = extract_text(
        "某县人民政府2023年法治政府建设年度报告\n一、主要举措\n"
        "县普法讲师团深入机关、学校开展宣讲活动60场。县司法局深入开展法治宣传。\n"
    )
    assert ("宣讲活动", "60场") in links(result, "hasOutcome"), links(result, "hasOutcome")
    assert any(p == "宣讲活动" and c.endswith("讲师团") for p, c in links(result, "carriedOutBy"))


def test_cases_handled_are_a_deed_where_nothing_before_them_named_a_programme():
    # 二、强化法律援助。全年办理法律援助案件1236件: the handling is the activity; after a
    # programme of the item (推行…制度。全年办理…) the count stays that programme's result
    result = extract_text(
        "某县司法局2021年法治政府建设年度报告\n"
        "一、强化法律援助\n全年共办理法律援助案件1236件。\n"
        "二、深化行政复议\n推行行政复议“容缺受理”制度。全年受理行政复议案件88件。\n"
        "三、加强人民调解\n全年化解矛盾纠纷600件。\n"
    )
    found = links(result, "hasOutcome")
    assert ("法律援助案件办理", "1236件") in found, found
    assert ("矛盾纠纷化解", "600件") in found, found  # disputes resolved, too
    assert ("行政复议“容缺受理”制度", "88件") in found, found
    assert not any(p.endswith("受理") for p, o in found if o == "88件"), found


def test_a_count_of_times_before_the_verb_counts_the_organs_deed():
    # 先后4次|听取…汇报: how often, written before the verb; the meeting carries the hearing
    result = extract_item(
        "县政府常务会议先后4次听取法治政府建设工作汇报。县委常委会十余次研究法治建设重大事项。",
    )
    carriers = links(result, "carriedOutBy")
    assert ("法治政府建设工作汇报听取", "县政府常务会议") in carriers, carriers
    assert ("法治政府建设工作汇报听取", "4次") in links(result, "hasOutcome")
    assert any(b == "县委常委会" and "研究" in p for p, b in carriers), carriers


def test_a_verb_of_the_grammar_jiebas_path_splits_still_opens_the_deed():
    # jieba reads 评|查行…; 评查 (reviewing case files) is a verb of the grammar's list
    result = extract_item(
        "全年评查行政执法案卷320卷。",
    )
    assert ("行政执法案卷评查", "320卷") in links(result, "hasOutcome")


def test_an_invited_lecturer_is_no_part_of_the_lecture():
    # 邀请|省委党校教授|开展…讲座: the lecture is the activity, the invited lecturer no part of it
    result = extract_item(
        "邀请省委党校教授开展《民法典》专题讲座1场。",
        publisher="樟溪县司法局",
        doc_id="zhangxi-sfj-2023",
    )
    assert ("《民法典》专题讲座", "1场") in links(result, "hasOutcome"), links(result, "hasOutcome")


def test_a_meeting_held_a_counted_number_of_times_does_what_follows_its_count():
    # 召开县政府常务会议|3次|专题研究部署…: the sessions are the meeting's; the study is its deed
    result = extract_item(
        "组织召开县政府常务会议3次专题研究部署法治政府建设工作。",
    )
    assert ("法治政府建设工作研究部署", "县政府常务会议") in links(result, "carriedOutBy")
    assert ("县政府常务会议", "3次") in links(result, "hasOutcome")


def test_an_organs_own_course_named_with_it_is_its_activity_and_no_one_elses():
    # 县委党校|主体班次培训班2期: the party school's course, listed after another body's study
    result = extract_item(
        "全年组织县委理论学习中心组集中学法4次，省干部网络学院学习法治课程10学时、"
        "县委党校主体班次培训班2期。",
    )
    course = "县委党校主体班次培训班"
    assert (course, "2期") in links(result, "hasOutcome"), links(result, "hasOutcome")
    carriers = {b for p, b in links(result, "carriedOutBy") if p == course}
    assert carriers == {"县委党校"}, carriers


HELD = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
县总工会举办职工法治讲座。县司法局举行宪法、行政复议法等法律法规专题讲座。县妇联举办普法活动。
"""


def test_a_named_body_holding_a_lecture_with_no_count_carries_it():
    carriers = links(extract_text(HELD, doc_id="kaihua-2023"), "carriedOutBy")
    assert ("职工法治讲座", "开化县总工会") in carriers, carriers


def test_topics_listed_before_等_leave_the_event_its_own_name():
    carriers = links(extract_text(HELD, doc_id="kaihua-2023"), "carriedOutBy")
    assert ("法律法规专题讲座", "开化县司法局") in carriers, carriers


def test_a_campaign_held_is_no_event_held_once():
    # 举办普法活动: 活动 recurs in every report, no course, lecture or meeting held once
    carriers = links(extract_text(HELD, doc_id="kaihua-2023"), "carriedOutBy")
    assert not any(p.endswith("活动") for p, _ in carriers), carriers


def test_two_verbs_the_genre_writes_as_one_predicate_name_the_deed_together():
    # 协调解决|行政争议: coordinate and resolve, one deed (frames.json verb_pairs), not 协调 of
    # the object 解决行政争议
    text = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
县司法局协调解决行政争议12件。
"""
    found = links(extract_text(text, doc_id="kaihua-2023"), "hasOutcome")
    assert ("行政争议协调解决", "12件") in found, found


def test_a_deed_of_serving_those_a_为_phrase_names_is_the_bodys_activity():
    # 为企业|提供…服务56次: 为 and its object say for whom; 提供 opens the deed
    result = extract_item("县司法局为小微企业提供法律体检服务56次。")
    assert ("法律体检服务提供", "56次") in links(result, "hasOutcome"), result.mentions
    assert ("法律体检服务提供", "县司法局") in links(result, "carriedOutBy")


def test_handling_the_matters_of_those_a_为_phrase_names_is_a_deed_of_serving():
    # 为群众|办理业务8600余件: 办理 serves those 为 names; the station the clause before set up
    # and its bureau carry it
    result = extract_item("县公安局在城关镇设立警务服务站，为群众办理业务8600余件。")
    assert ("业务办理", "8600件") in links(result, "hasOutcome"), result.mentions
    assert ("业务办理", "警务服务站") in links(result, "carriedOutBy")


def test_经_opening_a_clause_marks_the_agent_of_its_deed():
    # 经县司法局|审查合同36份: reviewed by the bureau; 经县委常委会审议，|出台…: the approval
    # ends its clause, so the standing committee does not carry what the next clauses do
    result = extract_item(
        "全年经县司法局审查合同36份。经县委常委会审议,出台《樟溪县法治督察办法》,建立法治督察机制。"
    )
    carriers = links(result, "carriedOutBy")
    assert ("合同审查", "县司法局") in carriers, carriers
    assert not any(b.endswith("常委会") for _, b in carriers), carriers


def test_一次_between_the_verb_and_its_object_is_how_often_not_what():
    result = extract_item("县政府常务会议每季度听取一次行政执法工作情况汇报。")
    carriers = links(result, "carriedOutBy")
    assert ("行政执法工作情况汇报听取", "县政府常务会议") in carriers, carriers


def test_an_amount_measured_is_no_deed_even_when_a_verb_opens_its_name():
    # 阅读量达50万次: 阅读 opens the amount's name; the amount reached a figure, nobody read it
    result = extract_item("推送普法短视频120条,阅读量达50万次。")
    assert not any(p.endswith("量") for p in labels(result, "Program")), result.mentions


def test_people_a_deed_of_its_own_acted_on_are_no_participants_of_the_work_before():
    # 批准逮捕187人: the procuratorate's own deed on 187 people, not the cases received before;
    # 培训320人次 after a course still counts the course's participants
    found = extract_item(
        "县人民检察院受理审查逮捕案件236件，批准逮捕187人。"
        "县司法局举办行政执法人员培训班3期，培训320人次。",
        publisher="桐庐县人民政府",
        doc_id="tonglu-2023",
    )
    held = links(found, "hasOutcome")
    assert ("桐庐县人民检察院", "187人") in held, held
    assert ("审查逮捕案件受理", "187人") not in held, held
    assert ("行政执法人员培训班", "320人次") in held, held


def test_a_meeting_named_by_its_business_with_会议_is_an_event_held_as_with_会():
    # 部署会议 as 部署会, and a study session (学习会议): held and counted, they are activities,
    # the organ that holds them their carrier; an organ's own meeting (党组会议) still is not
    found = extract_item(
        "县司法局党组全年召开专题学习会议6次。将法治建设纳入绩效考核体系，召开专题部署会议4次。"
        "县司法局召开党组会议9次。"
    )
    held = links(found, "hasOutcome")
    assert ("专题学习会议", "6次") in held, held
    assert ("专题部署会议", "4次") in held, held
    assert ("绩效考核体系", "4次") not in held, held
    assert ("专题学习会议", "县司法局党组") in links(found, "carriedOutBy")
    assert "党组会议" not in labels(found, "Program")


def test_the_clauses_of_其中_are_parts_of_the_total_before_not_deeds_of_their_own():
    # 建设 opens 建设规划许可 as a verb would, but after 其中 the clause lists a part of the
    # permits counted before; a body named doing something there still does it
    found = extract_item(
        "全年实施行政许可98件，其中林业采伐许可17件，建设规划许可81件。"
        "受理行政复议申请40件，其中县司法局组织听证3次。"
    )
    held = links(found, "hasOutcome")
    assert ("行政许可", "81件") in held, held
    assert ("行政许可", "17件") in held, held
    assert not any("规划许可" in label for label in labels(found, "Program"))
    assert ("组织听证", "3次") in held, held


def test_a_body_after_与_and_联合_acts_with_the_unnamed_subject():
    # 与X联合开展Y: X is a co-actor of the clause's own (unnamed) subject, as 联合X开展Y
    found = extract_item("与县检察院联合开展公益诉讼专项行动3次。与县法院建立府院联动机制。")
    carriers = links(found, "carriedOutBy")
    assert ("公益诉讼专项行动", "县人民检察院") in carriers, carriers
    assert ("府院联动机制", "县人民法院") in carriers, carriers


def test_the_body_a_deed_is_done_to_is_no_carrier_of_it():
    # 向X移送…: X receives the leads; the clause's subject sends them
    found = extract_item("县市场监管局向县公安局移送案件线索11件。")
    carriers = links(found, "carriedOutBy")
    assert ("案件线索移送", "县市场监督管理局") in carriers, carriers
    assert not any(body == "县人民公安局" or body.endswith("公安局") for _, body in carriers)


def test_a_review_of_filing_or_vetting_completed_is_an_activity():
    # 审核 and 备案 are reviews as 审查 is: 完成|…审核备案25件 names the review done
    found = extract_item("建立目录动态调整机制。完成规范性文件合法性审核备案25件。")
    held = links(found, "hasOutcome")
    assert ("规范性文件合法性审核备案", "25件") in held, held
    assert ("目录动态调整机制", "25件") not in held, held


def test_cases_handled_after_a_document_issued_are_not_what_it_holds():
    # 制定《…规定》，办理…案件90件: the cases are work done, not the rules' contents; a
    # campaign's cases (开展…专项行动，查处…案件) stay its results
    found = extract_item(
        "推进行政复议体制改革。制定《樟溪县行政机关负责人出庭应诉工作规定》，办理行政应诉案件90件。"
        "组织开展“清风”专项行动，查处违法案件12件。"
    )
    held = links(found, "hasOutcome")
    assert not any(h == "樟溪县行政机关负责人出庭应诉工作规定" for h, _ in held), held
    assert ("“清风”专项行动", "12件") in held, held


def test_a_deed_counted_after_a_document_is_not_founded_by_it():
    # the cases handled are a deed the frames count, no system the rules set up
    found = extract_item("制定《樟溪县行政机关负责人出庭应诉工作规定》，办理行政应诉案件90件。")
    assert ("行政应诉案件办理", "90件") in links(found, "hasOutcome")
    assert not links(found, "establishedBy"), links(found, "establishedBy")


def test_a_party_committees_meeting_written_党委会_acts_as_the_committee():
    # 召开镇党委会|集体学习33次: the committee's meeting studies (not a study named 会集体学习);
    # 我县 before the verb is the area over which the zero subject acts, as 全县 is
    found = extract_item("全年召开镇党委会集体学习33次。全年我县召开镇党委会集体学习12次。")
    held = links(found, "hasOutcome")
    assert ("集体学习", "33次") in held, held
    assert ("集体学习", "12次") in held, held
    assert ("集体学习", "镇党委") in links(found, "carriedOutBy")
    assert not any(p.startswith("会") for p in labels(found, "Program"))


def test_what_a_cleanup_repealed_or_declared_void_is_its_result():
    # 废止3件，宣布失效3件: results of the cleanup before, no deed named 失效宣布
    found = extract_item("开展规范性文件专项清理工作，对6件文件进行了清理，废止3件，宣布失效2件。")
    held = links(found, "hasOutcome")
    assert ("规范性文件专项清理工作", "2件") in held, held
    assert "失效宣布" not in labels(found, "Program")


def test_a_routine_meeting_held_is_named_by_itself():
    found = extract_item("开展“补短迎考”攻坚行动，累计召开例会4次。")
    assert ("例会", "4次") in links(found, "hasOutcome")


def test_two_verbs_of_meeting_to_talk_name_the_deed_as_written():
    # 交流 and 座谈 are verbs of official prose the dictionary tags as nouns; two verbs with no
    # object name the deed in their order (交流研讨, not 研讨交流)
    found = extract_item("县司法局与县法院交流研讨5次。撰写心得体会30篇，交流发言材料27篇。")
    held = links(found, "hasOutcome")
    assert ("交流研讨", "5次") in held, held
    assert ("交流研讨", "县人民法院") in links(found, "carriedOutBy")
    assert ("心得体会撰写", "27篇") not in held, held


def test_the_verb_of_holding_alone_names_no_event():
    # 大讲堂…已成功举办38期: 举办 with no object names nothing of its own
    found = extract_item("创办法治大讲堂，大讲堂自开班以来，已成功举办38期。")
    assert not any(p.endswith("举办") for p in labels(found, "Program")), labels(found, "Program")
