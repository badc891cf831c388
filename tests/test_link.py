"""Link rules on short texts written in the genre, including sentences where the nearest entity
is the wrong one."""

import pytest

from tests.conftest import extract_text, links

REPORT = """平阴县人民政府关于2022年度法治政府建设情况的报告
一、2022年法治政府建设主要工作
(一)深化改革。一是推行“综合查一次”改革,联合检查企业1200余家。县司法局打造“法润平阴”普法品牌,开展送法活动80场。
二是出台《平阴县行政争议多元化解实施办法》,构建“1+3+N”联动机制,化解争议35件。编制《平阴县执法指引》,建立执法监督清单制度。
在孔村镇建立“共享法庭”,在全县8个镇(街道)设立公共法律服务工作站。县综合行政执法局“执法+服务”模式获评全省优秀案例。
全年办理行政复议案件126件。
二、存在的问题
“综合查一次”改革推进不平衡。
三、2023年工作打算
一是深化“综合查一次”改革,二是推动县人民法院在榆山街道设立诉源治理工作站。
平阴县人民政府
2023年2月15日
"""


def result():
    return extract_text(REPORT, doc_id="pingyin-link")


def test_carried_out_by_only_where_the_text_says_who():
    carried = links(result(), "carriedOutBy")
    assert ("“法润平阴”普法品牌", "平阴县司法局") in carried
    assert ("“执法+服务”模式", "平阴县综合行政执法局") in carried
    assert ("诉源治理工作站", "平阴县人民法院") in carried
    # never the publisher just because the report is theirs
    assert not any(body == "平阴县人民政府" for _, body in carried)
    # the nearest body before “1+3+N” (none) is not borrowed from the previous sentence
    assert not any(p.startswith("“1+3+N”") for p, _ in carried)


def test_implemented_in_named_places_and_throughout_the_county():
    where = links(result(), "implementedIn")
    assert ("“共享法庭”", "孔村镇") in where
    assert ("诉源治理工作站", "榆山街道") in where
    assert ("公共法律服务工作站", "平阴县") in links(result(), "implementedThroughout")


def test_outcomes_go_to_the_nearest_programme_of_their_clause_or_item():
    outcomes = links(result(), "hasOutcome")
    assert ("“综合查一次”改革", "1200家") in outcomes
    assert ("送法活动", "80场") in outcomes or ("“法润平阴”普法品牌", "80场") in outcomes
    # 35件 follows 构建“1+3+N”联动机制 in the same sentence, not the earlier “综合查一次”
    assert ("“1+3+N”联动机制", "35件") in outcomes
    assert not any(o == "35件" and p.startswith("“综合查一次”") for p, o in outcomes)


def test_established_by_the_issued_or_drawn_up_document():
    established = links(result(), "establishedBy")
    assert ("“1+3+N”联动机制", "平阴县行政争议多元化解实施办法") in established
    # 编制《指引》，建立X: drawing up a document issues it (the first of a chain of issued ones
    # founds what follows: tests/link/test_documents.py)
    assert ("执法监督清单制度", "平阴县执法指引") in established


def test_recognition_goes_to_what_was_awarded():
    recognized = links(result(), "recognizedAs")
    assert ("“执法+服务”模式", "全省优秀案例") in recognized


def test_status_per_part():
    entities = {e.label: e for e in result().resolved.entities.values() if e.kind == "Program"}
    assert entities["“综合查一次”改革"].status == {
        "Implemented",
        "Planned",
    }  # done this year and planned again
    assert entities["诉源治理工作站"].status == {"Planned"}
    assert entities["“共享法庭”"].status == {"Implemented"}


def test_every_link_has_its_sentence_and_rule():
    r = result()
    for found in r.links:
        sentence = r.sentences[found.mention.sentence]
        assert sentence.start <= found.mention.start < found.mention.end <= sentence.end
        assert found.rule


def test_every_place_of_a_list_after_at_gets_the_programme():
    text = """杭州市西湖区司法局2023年法治政府建设年度报告
一、主要工作
在转塘街道、三墩镇和蒋村街道试点“村社法律顾问+”模式,在留下街道召开推进会。
"""
    where = links(extract_text(text, doc_id="xihu-list"), "implementedIn")
    assert {place for p, place in where if p == "“村社法律顾问+”模式"} == {
        "转塘街道",
        "三墩镇",
        "蒋村街道",
    }
    assert not any(place == "留下街道" for _, place in where)


def test_places_listed_before_the_award_verb_receive_it_and_a_setting_does_not():
    text = """浙江省司法厅2022年法治政府建设年度报告
一、主要工作
杭州市、宁波市入选全国公共法律服务体系建设示范城市。市司法局在浙江省年度考核中获评优秀单位。
"""
    received = links(extract_text(text, doc_id="zjsft-2022"), "recognizedAs")
    assert {s for s, r in received if r == "全国公共法律服务体系建设示范城市"} == {
        "杭州市",
        "宁波市",
    }
    assert not any(s == "浙江省" for s, _ in received)


def test_a_programme_built_under_a_document_is_established_by_it():
    text = """浙江省司法厅2022年法治政府建设年度报告
一、主要工作
根据《浙江省综合行政执法条例》,建立“综合查一次”联合执法机制,减少涉企检查8.6万余次。
"""
    assert ("“综合查一次”联合执法机制", "浙江省综合行政执法条例") in links(
        extract_text(text, doc_id="zjsft-basis"), "establishedBy"
    )


def test_a_designation_named_without_receiving_it_goes_to_nobody():
    text = """安吉县人民政府关于2022年度法治政府建设工作情况的报告
一、主要工作
递铺街道入选全国民主法治示范村(社区)创建名单,安吉县被命名为全国法治政府建设示范县。
二、2023年工作安排
持续推进“三统一”机制,迎接全国法治政府建设示范县复核。
"""
    received = links(extract_text(text, doc_id="anji-2022"), "recognizedAs")
    # 入选…创建名单: the street entered the list of candidates, named by the list
    assert received == {
        ("递铺街道", "全国民主法治示范村(社区)创建名单"),
        ("安吉县", "全国法治政府建设示范县"),
    }


def test_places_that_open_a_clause_as_its_agent_implement_its_programme():
    text = """佛山市顺德区2023年法治政府建设年度报告
一、主要成效
大良街道、容桂街道推行“法律顾问+网格员”模式,化解纠纷2300余宗。区司法局联合伦教街道召开“法律顾问+网格员”模式推进会。
"""
    where = links(extract_text(text, doc_id="shunde-2023"), "implementedIn")
    assert {place for p, place in where if p == "“法律顾问+网格员”模式"} == {"大良街道", "容桂街道"}


def test_a_law_with_or_without_the_state_name_is_one_document():
    text = (
        "安吉县人民政府关于2022年度法治政府建设工作情况的报告\n一、主要工作\n"
        "认真贯彻《中华人民共和国行政复议法》,组织学习新修订的《行政复议法》。\n"
    )
    documents = [
        e
        for e in extract_text(text, doc_id="anji-law").resolved.entities.values()
        if e.kind == "PolicyDocument"
    ]
    assert [(d.label, d.aliases) for d in documents] == [
        ("中华人民共和国行政复议法", {"行政复议法"})
    ]


def test_the_bodies_after_被_give_the_award_the_subject_before_it_gets_it():
    """2023年度我局被国家人社部和生态环境部评为…先进集体: the ministries award; 我局 (the publisher)
    is the recipient."""
    result = extract_text(
        "汕头市生态环境局2023年法治政府建设年度报告\n一、主要成效\n2023年度我局被国家人社部和"
        "生态环境部评为“全国生态环境系统先进集体”。\n"
    )
    received = links(result, "recognizedAs")
    assert ("汕头市生态环境局", "“全国生态环境系统先进集体”") in received, received
    assert not any(b in ("人社部", "生态环境部") for b, _ in received), received
    assert ("“全国生态环境系统先进集体”", "生态环境部") in links(result, "awardedBy")


def test_places_after_a_pivot_verb_are_where_the_pilot_runs():
    # 指导A街道、B街道开展…试点: the streets are the pivot's agents, so the pilot runs there
    text = (
        "重庆市荣昌区司法局关于2024年法治政府建设情况的报告\n一、主要工作\n"
        "区司法局指导昌元街道、双河街道开展合法性审查规范化建设试点。\n"
    )
    where = links(extract_text(text, doc_id="pivot-places"), "implementedIn")
    assert {
        ("合法性审查规范化建设试点", "昌元街道"),
        ("合法性审查规范化建设试点", "双河街道"),
    } <= where


@pytest.mark.parametrize(
    "sentence, programme",
    [
        ("选取昌元街道、双河街道作为合法性审查规范化建设试点。", "合法性审查规范化建设试点"),
        ("以昌元街道为试点,推行“街长制”改革。", "“街长制”改革"),
    ],
)
def test_places_named_as_a_pilot_are_where_the_programme_runs(sentence, programme):
    text = f"重庆市荣昌区司法局关于2024年法治政府建设情况的报告\n一、主要工作\n{sentence}\n"
    where = links(extract_text(text, doc_id="pilot-places"), "implementedIn")
    assert (programme, "昌元街道") in where, where


def test_a_programme_landing_at_a_place_or_piloted_at_places_chosen_runs_there():
    # 推动X落地A: X runs at A; 选取A、B开展X试点: the pilot runs at both (ANNOTATION: 落地X试点)
    text = (
        "桐庐县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n"
        "推动“共享法庭”落地江南镇。选取分水镇、富春江镇开展乡镇法治化综合改革试点。\n"
    )
    placed = links(extract_text(text, doc_id="tonglu-landed"), "implementedIn")
    assert ("“共享法庭”", "江南镇") in placed, placed
    assert ("乡镇法治化综合改革试点", "分水镇") in placed, placed
    assert ("乡镇法治化综合改革试点", "富春江镇") in placed, placed
