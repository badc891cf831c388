"""establishedBy: which programme a document founds, and when a document only frames the work."""

from tests.conftest import extract_item, extract_text, links

REPORT = """商丘市睢阳区人民政府2022年法治政府建设年度报告
2022年,睢阳区按照《商丘市法治政府建设实施方案(2021—2025年)》目标要求,加快构建权责清晰的基层治理体系。
一、主要举措和成效
(一)加强制度建设。印发《睢阳区行政调解工作办法》,编制《行政调解文书示范文本》,建立“一站式”行政调解机制,化解纠纷210件。
出台《睢阳区法治督察工作方案》,组织开展法治专项督察,构建“督察+考评”闭环工作机制。
根据《河南省行政执法条例》,推行“执法+服务”柔性执法模式。
编制《睢阳区重大行政决策事项目录》,对区政府决策议题实行“目录式”管理。
印发《睢阳区行政执法监督办法》,依据《睢阳区行政执法公示办法》推行“首违不罚”制度。
编制县乡两级《睢阳区政务服务事项清单》,认领320项政务服务事项,实现“清单之外无审批”。
印发《睢阳区证明事项告知承诺制实施办法》,开展“减证便民”专项行动,实现“无证明城市”。
"""


def established():
    return links(extract_text(REPORT, doc_id="suiyang-2022"), "establishedBy")


def test_a_document_that_frames_the_years_work_founds_nothing():
    # 按照《方案》目标要求,加快构建…体系: the clause after it states the plan's goal
    assert not any(d.startswith("商丘市法治政府建设实施方案") for _, d in established())


def test_a_document_founds_the_programme_of_the_clause_after_it_and_not_after_another_measure():
    found = established()
    # 印发《办法》,编制《文本》,建立X: the clauses between only issue documents
    assert ("“一站式”行政调解机制", "睢阳区行政调解工作办法") in found
    assert ("“一站式”行政调解机制", "行政调解文书示范文本") not in found  # one act, the first
    # 出台《方案》,组织开展法治专项督察,构建Y: the plan founds the campaign of the next clause,
    # and not Y, with that measure between them
    assert ("法治专项督察", "睢阳区法治督察工作方案") in found
    assert ("“督察+考评”闭环工作机制", "睢阳区法治督察工作方案") not in found


def test_根据_a_statute_the_next_clause_builds_on_it():
    assert ("“执法+服务”柔性执法模式", "河南省行政执法条例") in established()


AGREED = """包头市昆都仑区人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
区人民法院与区税务局签署《涉税纠纷联动化解合作协议》,共同建立涉税纠纷化解机制。
区政府常务会议审议通过《昆都仑区行政规范性文件管理办法》,建立规范性文件备案审查制度。
"""


def test_an_agreement_signed_or_a_rule_passed_founds_the_next_clauses_programme():
    result = extract_text(AGREED, doc_id="kundulun-2023")
    found = links(result, "establishedBy")
    assert ("涉税纠纷化解机制", "涉税纠纷联动化解合作协议") in found  # 签署《协议》
    assert ("规范性文件备案审查制度", "昆都仑区行政规范性文件管理办法") in found  # 审议通过
    carriers = links(result, "carriedOutBy")  # 与 … 共同: both bodies carry it
    assert {
        ("涉税纠纷化解机制", "昆都仑区人民法院"),
        ("涉税纠纷化解机制", "昆都仑区税务局"),
    } <= carriers


NAMED = """常州市武进区人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
建立行政执法“观察员”制度,出台《武进区行政执法观察员工作办法》。
《武进区行政争议多元化解工作办法》印发实施,构建行政争议多元化解机制。
推行涉企“无事不扰”制度,印发《武进区行政执法监督办法》。
"""


def test_a_document_whose_title_names_the_programme_before_it_founds_it():
    found = links(extract_text(NAMED, doc_id="wujin-2023"), "establishedBy")
    assert ("行政执法“观察员”制度", "武进区行政执法观察员工作办法") in found
    # a title that does not name the programme before it founds nothing of it
    assert not any(d == "武进区行政执法监督办法" for _, d in found)


def test_a_document_as_the_subject_of_its_issue_founds_the_next_clause():
    found = links(extract_text(NAMED, doc_id="wujin-2023"), "establishedBy")
    assert ("行政争议多元化解机制", "武进区行政争议多元化解工作办法") in found


def test_a_document_taken_as_the_basis_or_listed_after_an_issued_one_founds_the_programme():
    text = """岳阳市君山区人民政府关于2021年法治政府建设情况的报告
一、主要举措和成效
以《君山区行政执法监督办法》为依据,建立行政执法监督员制度。
先后制定《君山区行政执法公示办法》《君山区重大执法决定法制审核办法》等制度文件,全面推行行政执法“三项制度”。
以《民法典》为主题开展普法宣传活动。
"""
    found = links(extract_text(text, doc_id="junshan-2021"), "establishedBy")
    assert ("行政执法监督员制度", "君山区行政执法监督办法") in found, found
    assert ("行政执法“三项制度”", "君山区行政执法公示办法") in found
    assert ("行政执法“三项制度”", "君山区重大执法决定法制审核办法") in found  # listed: same verb
    assert not any(d == "民法典" for _, d in found)  # 以《D》为主题: a theme, not a basis


def test_a_meeting_that_drafts_a_document_is_not_founded_by_it():
    text = (
        "某市人民政府2023年法治政府建设年度报告\n一、主要举措\n"
        "主持召开全市法治政府建设推进会,研究制定《2023年全市法治政府建设工作要点》。\n"
    )
    found = links(extract_text(text, doc_id="meeting-drafts"), "establishedBy")
    assert not any(p.endswith("推进会") for p, _ in found), found


ITEMS = """岚川县人民政府2024年法治政府建设工作报告
一、主要举措和成效
一是全面落实政府常务会议学法制度。研究制定《岚川县政府常务会议2024年度学法安排》,明确全年学法主题。
二是有效落实《岚川县法治建设重点任务清单》明确的各项任务,围绕打造“山区共富样板”统筹推进各项工作。
三是加强法治文化阵地建设。制定印发《关于加强岚川县法治文化阵地建设的实施意见》,在各乡镇建成法治文化公园。
"""


def items():
    return links(extract_text(ITEMS, doc_id="lanchuan-2024"), "establishedBy")


def test_the_system_an_items_title_puts_in_force_is_founded_by_the_first_document_it_issues():
    # the title is the topic of the item's subjectless sentences; its meeting is part of the
    # system's name, not the system's carrier
    assert ("政府常务会议学法制度", "岚川县政府常务会议2024年度学法安排") in items(), items()


def test_落实_a_documents_tasks_frames_the_work_and_founds_nothing():
    assert not any(d == "岚川县法治建设重点任务清单" for _, d in items()), items()


def test_what_a_title_says_the_document_is_for_names_the_programme_it_founds():
    # 加强X建设，制定《关于加强X建设的实施意见》: X is named by the title, founded by the document
    assert ("法治文化阵地", "关于加强岚川县法治文化阵地建设的实施意见") in items(), items()


def test_a_sections_title_is_read_like_an_items_where_no_item_is_nearer():
    # (二)推行X制度。制定《D》…: the section's title puts the system in force, D founds it
    text = (
        "岚川县人民政府2024年法治政府建设工作报告\n一、主要举措和成效\n"
        "(一)加强组织领导。调整法治政府建设领导小组。\n"
        "(二)推行行政执法全过程记录制度。制定《岚川县执法音像记录管理办法》,配备执法记录仪120台。\n"
    )
    found = links(extract_text(text, doc_id="lanchuan-2024"), "establishedBy")
    assert ("行政执法全过程记录制度", "岚川县执法音像记录管理办法") in found, found


def test_the_next_sentence_may_name_the_programme_a_drafted_document_sets_up():
    text = (
        "青石县人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
        "1.优化机构设置。我县拟定了《青石县乡镇管理体制改革实施方案》,并经县委常委会审议通过。"
        "经乡镇管理体制改革领导小组研究,印发了各乡镇的职责清单。\n"
    )
    founded = links(extract_text(text, doc_id="qingshi-2023"), "establishedBy")
    assert any(
        p.endswith("乡镇管理体制改革") and d == "青石县乡镇管理体制改革实施方案" for p, d in founded
    ), founded


def test_a_newly_revised_law_founds_nothing_the_publisher_does():
    """为确保新修订《治安管理处罚法》落地见效，组织民警进行比武考试: 新修订 describes the law; the
    exam is not established by it."""
    found = links(
        extract_text(
            "某县公安局2025年法治政府建设年度报告\n一、主要举措\n为确保新修订《治安管理处罚法》"
            "落地见效，组织民警进行2次执法比武考试。\n"
        ),
        "establishedBy",
    )
    assert not found, found


def test_a_title_listed_as_one_of_a_set_founds_no_set():
    """制定出台了《延时预约服务制》等“十项制度”: the title is one of the ten, not their founder."""
    found = links(
        extract_text(
            "某市公安局2021年法治政府建设年度报告\n一、主要举措\n聚焦民生热点，制定出台了"
            "《延时预约服务制》等“十项制度”。\n"
        ),
        "establishedBy",
    )
    assert not found, found


def test_a_list_drawn_up_founds_the_next_clauses_programme():
    # 编制《目录》: drawing up a list or plan issues it, like 制定
    assert ("“目录式”管理", "睢阳区重大行政决策事项目录") in established()


def test_a_document_acted_on_in_the_programmes_own_clause_founds_it_alone():
    # 印发《A》,依据《B》推行X: B founds X; A, issued before, does not
    found = established()
    assert ("“首违不罚”制度", "睢阳区行政执法公示办法") in found
    assert ("“首违不罚”制度", "睢阳区行政执法监督办法") not in found


def test_the_state_a_sentence_attains_after_issuing_a_document_is_founded_by_it():
    found = established()
    # 编制县乡两级《清单》,认领…事项,实现“…”: the levels drawn up for stand between verb and
    # title; the clause between only applies the list
    assert ("“清单之外无审批”", "睢阳区政务服务事项清单") in found, found
    # a measure of its own between them (开展“减证便民”专项行动) breaks the link
    assert ("“无证明城市”", "睢阳区证明事项告知承诺制实施办法") not in found, found


def test_a_document_founds_every_programme_listed_under_its_verb():
    # 印发《D》，推行A、B和C: the three systems listed after one verb are all the document's
    found = extract_item(
        "印发《樟溪县推行行政执法三项制度实施方案》，全面推行行政执法公示制度、"
        "执法全过程记录制度和重大执法决定法制审核制度，开展执法培训。",
        doc_id="zhangxi-2023",
    )
    founded = {
        p for p, d in links(found, "establishedBy") if d == "樟溪县推行行政执法三项制度实施方案"
    }
    assert founded == {"行政执法公示制度", "执法全过程记录制度", "重大执法决定法制审核制度"}, (
        founded
    )
