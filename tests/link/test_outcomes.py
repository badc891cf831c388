"""hasOutcome: the programme of the outcome's own clause first, counted activities, headings."""

import pytest

from tests.conftest import extract_item, extract_text, labels, links

REPORT = """岳阳市君山区人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
(一)深化法治宣传。推行“普法到村”工程,上好120场宪法课,覆盖群众1.2万人次。区委组织部组织85名领导干部参加旁听庭审,开展交叉执法检查6次,办结案件210件。
(二)加强执法监督。
1.深化行政执法“三项制度”改革。一是梳理执法事项清单,实行动态调整。现区级保留行政许可事项186项,取消证明材料42项。
"""


def outcomes():
    return links(extract_text(REPORT, doc_id="junshan-2023"), "hasOutcome")


def test_an_outcome_goes_to_the_programme_named_in_its_own_clause_even_after_it():
    found = outcomes()
    assert ("宪法课", "120场") in found  # 上好120场宪法课: not the earlier “普法到村”工程
    assert not any(o == "120场" and p.startswith("“普法到村”") for p, o in found)


def test_a_counted_activity_has_only_its_own_clauses_figures():
    found = outcomes()
    assert ("交叉执法检查", "6次") in found
    assert ("旁听庭审", "85名") in found
    # 办结案件210件 is a clause of its own: not a figure of the inspections before it
    assert not any(o == "210件" and p == "交叉执法检查" for p, o in found)


def test_figures_of_an_item_without_a_programme_go_to_the_programme_its_heading_names():
    # 一是… opens an item of its own under the heading 1.深化…改革: no earlier sentence of that
    # item names a programme
    found = outcomes()
    assert ("行政执法“三项制度”改革", "186项") in found
    assert ("行政执法“三项制度”改革", "42项") in found


MEASURES = """永城市人民政府2023年法治政府建设年度报告
一、主要举措和成效
(一)提升决策质量。严格落实重大行政决策合法性审查制度,审查决策事项46件。聘请六家律师事务所担任政府法律顾问。2023年,市本级审查规范性文件38件。
(二)强化执法监督。开展行政执法专项督察4次,下达督察整改通知书12份,办结投诉案件57件。
"""


def measures():
    return links(extract_text(MEASURES, doc_id="yongcheng-2023"), "hasOutcome")


def test_a_subjectless_clause_after_a_system_counts_its_application():
    # 严格落实…审查制度，审查决策事项46件: the reviews the system put in force (kg.frames)
    found = measures()
    assert ("重大行政决策合法性审查制度", "46件") in found
    # 聘请六家律师事务所…: a new measure of its own, not more of the review system
    assert not any(o == "6家" for _, o in found)


def test_a_sentence_opening_with_a_time_reports_on_the_programme_before_it():
    assert ("重大行政决策合法性审查制度", "38件") in measures()


def test_a_later_clause_naming_the_counted_activity_again_has_its_figure():
    found = measures()
    assert ("行政执法专项督察", "4次") in found
    assert ("行政执法专项督察", "12份") in found  # 督察整改通知书: the 督察's notices
    assert not any(o == "57件" for _, o in found)  # 办结投诉案件: not the 督察's


@pytest.mark.parametrize(
    ("line", "holder", "figure"),
    [
        # the notices and talks an inspection gives are its results
        (
            "县委依法治县办组织开展法治督察3轮,通报问题单位9个,约谈单位负责人4名。",
            "法治督察",
            "9个",
        ),
        (
            "县委依法治县办组织开展法治督察3轮,通报问题单位9个,约谈单位负责人4名。",
            "法治督察",
            "4名",
        ),
        # a channel after 通过 is the means, not the holder of the count before it
        (
            "持续推行“述法评议”模式,组织32个部门负责人通过“法治某县”公众号公开述法。",
            "“述法评议”模式",
            "32个",
        ),
        # a rate in a clause of its own measures the review counted before it
        ("全年开展行政执法案卷评查2次,评查案卷360卷,案卷合格率达98%。", "行政执法案卷评查", "98%"),
    ],
)
def test_the_holder_a_clause_with_nothing_of_its_own_gives_its_figure(line, holder, figure):
    text = f"某县人民政府2023年法治政府建设年度报告\n{line}\n"
    found = links(extract_text(text, doc_id="county-2023"), "hasOutcome")
    assert (holder, figure) in found, found


def test_a_stock_the_clause_counts_is_no_result_of_the_sentence_before():
    text = (
        "某县人民政府2023年法治政府建设年度报告\n"
        "县司法局组织开展法治建设满意度测评,群众满意度达96.5%。全县共有村(社区)法律顾问186名。\n"
    )
    found = links(extract_text(text, doc_id="county-2023"), "hasOutcome")
    assert not any(o == "186名" for _, o in found), found


def test_deeds_done_by_means_of_holding_hold_their_own_counts():
    # 通过举办…6次、发放…3000余册: the means are deeds of their own (ANNOTATION decision 2: a
    # counted activity is an entity and holds its figure), not the campaign's results
    text = """龙门镇人民政府2023年法治政府建设年度报告
一、主要举措和成效
(一)深入推进法治宣传教育。围绕禁毒、反诈等主题开展“法治进万家”宣传活动。通过举办法治讲座6次、发放宣传资料3000余册,扩大法治宣传覆盖面。
"""
    found = links(extract_text(text, doc_id="longmen-2023"), "hasOutcome")
    assert ("法治讲座", "6次") in found, found
    assert ("宣传资料发放", "3000册") in found, found
    assert not any(p == "“法治进万家”宣传活动" for p, _ in found), found


def test_a_figure_whose_clause_names_a_body_as_subject_is_not_the_programme_befores():
    text = """湘潭市岳塘区人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
开展“法律明白人”培训,培训1200人次。区人民法院受理案件数同比下降8%。区政府常务会议议题审查54件。
"""
    found = links(extract_text(text, doc_id="yuetang-2023"), "hasOutcome")
    assert ("“法律明白人”", "1200人次") in found or any(v == "1200人次" for _, v in found)
    # the court's own figure: the body holds it, no programme before it
    assert ("岳塘区人民法院", "8%") in found, found
    # 区政府常务会议议题: a modifier, not a subject (nor is the training two sentences back the
    # holder: the sentence does not open as a report of results)
    assert not any(v == "54件" and p.endswith(("常务会议", "培训")) for p, v in found), found


def test_a_figure_goes_to_the_whole_name_not_the_head_it_ends_in():
    text = """湘潭市雨湖区人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
实施“受理—转办—反馈—回访”的一站式服务机制,已解决企业难题36件。
"""
    result = extract_text(text, doc_id="yuhu-2023")
    whole = "“受理—转办—反馈—回访”的一站式服务机制"
    assert "一站式服务机制" not in labels(result, "Program"), labels(result, "Program")
    assert (whole, "36件") in links(result, "hasOutcome")


def test_a_count_of_meetings_is_no_programmes_outcome():
    # the meetings held are counted, not the results of the work named in the sentence before
    text = (
        "某县市场监督管理局2023年法治政府建设工作报告\n一、主要工作\n"
        "(一)加强组织领导。推动落实行政执法公示制度。"
        "2023年召开党组、局务会议9次，专题研究法治建设重大事项。\n"
    )
    found = links(extract_text(text, doc_id="meetings-2023"), "hasOutcome")
    assert not any(value == "9次" for _, value in found), found


def test_a_meeting_that_opens_its_clause_with_a_count_counts_meetings():
    # 局党组会议12次专题研究…: the meeting is the clause's subject, its figure how often it met;
    text = (
        "某县市场监督管理局2023年法治政府建设工作报告\n一、主要工作\n"
        "(一)加强组织领导。推动落实行政执法公示制度。"
        "局党组会议12次专题研究法治建设重大事项。"
        "(二)化解行政争议。在各乡镇设立行政复议服务点。"
        "全年新收行政复议84件,组织听证会、参加协调会15场次。\n"
    )
    found = links(extract_text(text, doc_id="meeting-subject"), "hasOutcome")
    # (its sessions hold what they did on that topic: 专题研究…, never the programme before)
    holders = {holder for holder, value in found if value == "12次"}
    assert holders <= {"法治建设重大事项研究", "局党组会议"}, found
    # a verb opens the clause: the meetings are the work of the programme before
    assert ("行政复议服务点", "15场次") in found, found


def test_figures_of_a_run_of_clauses_its_body_opens_are_not_the_sentence_befores():
    # 一年来，全院…，结案…: the court's own caseload, clause after clause; not the results of the
    # programme the sentence before named
    text = (
        "钦州市灵山县人民法院2022年工作报告\n"
        "2022年，县法院坚持以习近平法治思想为指导，服务保障“向海经济”工程。"
        "一年来，全院受理各类案件9860件，审结9512件，结案率96.47%；"
        "推行繁简分流机制，简易程序适用率达71%。\n"
    )
    found = links(extract_text(text, doc_id="lingshan-court-2022"), "hasOutcome")
    for value in ("9860件", "9512件", "96.47%"):
        assert not any(v == value and p == "“向海经济”工程" for p, v in found), found
    assert ("繁简分流机制", "71%") in found  # after the ；, its own programme


def test_a_body_opening_the_sentence_keeps_the_programme_of_its_first_clause():
    # the run's body does not keep a figure from a programme named in the same sentence
    text = (
        "某市人民政府关于2021年法治政府建设情况的报告\n一、主要举措\n"
        "市政府严格执行会前学法制度，全年学法6次，研究议题4个。\n"
    )
    found = links(extract_text(text, doc_id="runs-2021"), "hasOutcome")
    assert ("会前学法制度", "6次") in found and ("会前学法制度", "4个") in found, found


def test_a_new_measures_figure_goes_to_what_the_measure_forms_after_it():
    # 聘用…七家律师事务所，组成…团队: the firms make up the team the clause after names; a
    # programme after a ； is another measure's
    text = (
        "某县人民政府2024年法治政府建设年度报告\n一、主要举措\n"
        "健全合法性审查机制。选聘五家律师事务所,组建县政府法律顾问队伍。"
        "邀请专家12名;推行“法治体检”活动。\n"
    )
    found = links(extract_text(text, doc_id="forms-after"), "hasOutcome")
    assert ("法律顾问队伍", "5家") in found, found
    assert not any(v == "12名" for _, v in found), found


def test_a_team_is_what_a_measure_forms():
    # 团队, like 队伍, heads a programme: the firms engaged make up the team
    text = (
        "某区人民政府2024年法治政府建设年度报告\n一、主要举措\n"
        "聘请区内外四家律师事务所,组建区政府公职律师团队,参与重大决策审查。\n"
    )
    found = links(extract_text(text, doc_id="team"), "hasOutcome")
    assert ("公职律师团队", "4家") in found, found


def test_a_count_of_those_awarded_is_no_programmes_outcome():
    # 3个村被评为…: how many were awarded, not the results of the work of the sentence before
    text = (
        "岳池县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "深化“法治乡村”建设工程。全县共有3个村被评为省级民主法治示范村。\n"
    )
    found = links(extract_text(text, doc_id="awarded-count"), "hasOutcome")
    assert not any(value == "3个" for _, value in found), found
    # nor the programme its item's heading names
    text = (
        "岳池县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "(一)打造过硬行政执法队伍。全年培训执法人员300人次,2个集体获省司法厅表彰。\n"
    )
    found = links(extract_text(text, doc_id="awarded-heading"), "hasOutcome")
    assert not any(value == "2个" for _, value in found), found


def test_a_figure_three_sentences_after_a_programme_is_not_its_result():
    # the fallback to a sentence before reaches two sentences back, no further: beyond that, in
    # the reports of the shared set, the programme found was another measure's
    text = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
一是深化改革。推行“证照分离”改革。优化窗口服务。强化队伍建设。全年办理登记业务3200件。
"""
    found = links(extract_text(text, doc_id="kaihua-2023"), "hasOutcome")
    assert not any(p == "“证照分离”改革" for p, _ in found), found
    near = text.replace("优化窗口服务。强化队伍建设。", "优化窗口服务。")
    found = links(extract_text(near, doc_id="kaihua-2023"), "hasOutcome")
    assert ("“证照分离”改革", "3200件") in found, found


@pytest.mark.parametrize(
    "line, figure",
    [
        # the clause opens with a preposition and a verb of its own: its holder is its object
        ("同时,为全区12个村配备了兼职法律顾问。", "12个"),
        # a noun phrase is its subject (人员…比例): what it measures, not the system's result
        ("全局执法人员持证比例达97%,新进人员参考率100%。", "97%"),
    ],
)
def test_a_figure_whose_sentence_opens_otherwise_than_a_report_of_results_is_not_the_befores(
    line, figure
):
    """The previous sentence's programme holds a figure only where the figure's sentence opens
    as a report of results does (2023年…, 全年…, 全市…, 查处…, 败诉率从…)."""
    text = (
        "某区人民政府2023年法治政府建设年度报告\n一、主要举措\n"
        f"全面推行重大行政决策合法性审查制度。{line}\n"
    )
    found = links(extract_text(text, doc_id="district-2023"), "hasOutcome")
    assert not any(o == figure for _, o in found), found


def test_an_indicator_moved_from_its_baseline_reports_on_the_programme_before_it():
    text = (
        "某区人民政府2023年法治政府建设年度报告\n一、主要举措\n"
        "建立行政争议“诉前和解”机制。行政机关败诉率从2021年15%降至2023年4.2%。\n"
    )
    found = links(extract_text(text, doc_id="district-2023"), "hasOutcome")
    assert ("行政争议“诉前和解”机制", "4.2%") in found, found


def test_honours_counted_after_the_award_verb_are_no_programmes_outcome():
    text = (
        "某区人民政府2023年法治政府建设年度报告\n一、主要举措\n"
        "全面推行“721”工作法。全年共获得国家级荣誉5项、省级荣誉12项。\n"
    )
    found = links(extract_text(text, doc_id="district-2023"), "hasOutcome")
    assert not any(o in ("5项", "12项") for _, o in found), found


def test_a_counted_activity_is_not_the_holder_of_the_next_sentences_figures():
    # 学法10次 is closed with its own count; 全区…出庭应诉率 is no result of it
    text = (
        "宁夏回族自治区人民政府关于2022年度法治政府建设情况的报告\n一、主要举措\n"
        "区政府常务会议学法10次。全区行政机关负责人出庭应诉率达98%。\n"
    )
    found = links(extract_text(text, doc_id="ningxia-x"), "hasOutcome")
    assert not any(o == "98%" for _, o in found), found


def test_a_bare_verb_counted_in_a_clause_sharing_its_subject_is_the_subjects_deed():
    # 办结|398件: the object is the letters of the clause before; the bureau settled them
    found = links(extract_item("县信访局全年接收群众来信420件,办结398件。"), "hasOutcome")
    assert ("县信访局", "398件") in found, found


def test_a_body_the_clause_before_created_holds_the_results_of_its_own_clause():
    # 成立…委员会，|审议…案件12件: the new committee reviewed them (审议 reports results, no
    # activity of its own)
    found = links(extract_item("成立县行政复议委员会,审议重大疑难案件12件。"), "hasOutcome")
    assert ("县行政复议委员会", "12件") in found, found


def test_a_rate_whose_name_opens_with_a_verb_measures_the_counted_activity_before():
    # 参考率: 参考 (to take part in the exam) opens the rate's name; it is no predicate
    result = extract_item("县司法局组织执法人员参加法律知识考试2次,参考率100%。")
    found = links(result, "hasOutcome")
    assert ("法律知识考试", "100%") in found, found


def test_documents_given_as_examples_leave_the_count_to_the_organ_that_reviewed_them():
    # 审议《A》等重要文件12件: 12 counts the documents the meeting reviewed, not 《A》's content
    result = extract_item("县政府常务会议审议《樟溪县行政执法监督办法》等重要文件12件。")
    found = links(result, "hasOutcome")
    assert ("县政府常务会议", "12件") in found, found


def test_a_count_of_bodies_after_their_other_kinds_in_brackets_is_theirs():
    # 公共法律服务站（室）260个: the stations (and rooms) counted, the body holds the count
    found = extract_item("全县共设立公共法律服务站（室）260个。")
    assert ("公共法律服务站", "260个") in links(found, "hasOutcome")
