import pytest

from tests.conftest import all_labels, extract_text, labels, links

TEXT = """某县人民政府关于2022年法治政府建设情况的报告
一是深化“放管服”改革,全面推行“综合查一次”改革,建立涉企轻微违法免罚机制,推行“首违不罚”清单制度。
二是打造“枫桥式”调解品牌,以“一网通办”“掌上办”等创新举措提升服务,开展“法律进企业”活动。
三是坚持“应收尽收、应减尽减”,治理“红头文件”乱象,查处“短斤少两”案件,守护“微终端”。
四是县司法局“法润万家”普法集群获评全省优秀案例,“法治体检”获评“最佳实践”。
五是推进执法改革,加强工作机制建设,完善专项行动等机制,建设企业缴费监测点6家。
"""


def test_headed_and_quoted_programmes():
    found = labels(extract_text(TEXT), "Program")
    for name in (
        "“放管服”改革",
        "“综合查一次”改革",
        "涉企轻微违法免罚机制",
        "“首违不罚”清单制度",
        "“一网通办”",
        "“掌上办”",
        "“法律进企业”活动",
        "“法治体检”",
    ):
        assert name in found, name
    assert any("法润万家" in f for f in found)


def test_quoted_text_that_names_no_programme():
    found = " ".join(labels(extract_text(TEXT), "Program"))
    for not_programme in ("应收尽收", "红头文件", "短斤少两", "微终端", "最佳实践"):
        assert not_programme not in found, not_programme


def test_generic_heads_alone_are_not_programmes():
    found = labels(extract_text(TEXT), "Program")
    for generic in ("执法改革", "工作机制", "专项行动", "企业缴费监测点"):
        assert generic not in found, generic


def test_left_boundary(linhai):
    found = labels(linhai, "Program")
    for name in (
        "综合行政执法改革",
        "涉企违规收费整治行动",
        "网格考评机制",
        "“141”体系",
        "民营企业首席网络安全总监制度",
        "镇(街道)合法性审查改革攻坚试点",
        "“1+4+X”联动协调机制",
        "“一所联一队”工作机制",
    ):
        assert name in found, name


def test_leading_place_becomes_where(linhai):
    found = labels(linhai, "Program")
    # the gold labels it as printed in quotes; the place before it is where, not its name
    assert {"共享法庭", "“共享法庭”"} & found and "鹿城社区共享法庭" not in found
    assert "行政执法协调监督“品牌工作室”" in found


def test_programmes_and_outcomes_do_not_swallow_each_other(linhai):
    programmes = " ".join(labels(linhai, "Program"))
    assert "监测点6家" not in programmes
    indicators = {o.indicator for o in linhai.resolved.outcomes}
    assert "新增企业缴费监测点" in indicators


WUHOU = """成都市武侯区人民政府关于2022年法治政府建设情况的报告
一、2022年推进法治政府建设的主要举措和成效
（一）持续优化法治化营商环境。区市场监管局制定《武侯区市场轻微违法行为不予处罚清单》,对首次轻微违法行为实行“首违不罚”,全年适用“首违不罚”办理案件326件。
（二）严格规范公正文明执法。在玉林街道、簇桥街道试点“综合查一次”,减少入企检查40%以上。
"""


def test_verbs_before_a_quoted_name_are_not_part_of_it():
    result = extract_text(WUHOU, doc_id="wuhou-2022")
    found = labels(result, "Program")
    assert "“综合查一次”" in found  # launched by 试点 (to pilot)
    assert "“首违不罚”" in found and not any(name.startswith("适用") for name in found)
    assert {place for p, place in links(result, "implementedIn") if p == "“综合查一次”"} == {
        "玉林街道",
        "簇桥街道",
    }


def test_parallel_phrases_launched_with_a_head_are_a_programme_not_a_slogan():
    text = """徐州市生态环境局2023年度法治政府建设工作报告
一、主要举措
全面推行“双随机、一公开”监管,坚持“就近受理、就近化解”,开展现场检查3200余次。
"""
    found = labels(extract_text(text, doc_id="xz-sthj-2023"), "Program")
    assert "“双随机、一公开”监管" in found  # the quote and the head that ends the verb's object
    assert not any("就近受理" in name for name in found)


def test_publicity_going_into_places_is_part_of_the_name():
    text = (
        "徐州市生态环境局2023年度法治政府建设工作报告\n一、主要举措\n"
        "开展生态环境法治宣传进企业活动,宣传法律知识。\n"
    )
    assert "生态环境法治宣传进企业活动" in labels(extract_text(text, doc_id="xz-2023"), "Program")


BOUNDARIES = """岳阳县人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
全面理清行政执法事项清单制度,主动融入长江大保护工作机制。编制重大行政决策事项目录清单,优化政务服务制度供给。
探索建立网格员双向评价制度,强化公民法治素养观测点联动,构建以点带面“穿透式”督察工作机制,构建起“诉前-诉中-诉后”闭环链条。
“洞庭清风”工程全域推开,“湖湘护河”志愿服务队获评全省优秀志愿服务组织。
"""


def test_names_start_after_a_leading_predicate_and_never_inside_a_word():
    found = labels(extract_text(BOUNDARIES, doc_id="yueyang-2023"), "Program")
    assert "行政执法事项清单制度" in found  # 全面理清: adverb + verb
    assert "长江大保护工作机制" in found  # 主动融入
    assert "“穿透式”督察工作机制" in found  # 以点带面: an idiom opened by a preposition
    assert "“诉前-诉中-诉后”" in found  # 构建起: the verb's complement 起 is not the name's
    assert "网格员双向评价制度" in found  # 双向 is one word: 向 is no function word here
    assert not any(name.endswith("事项目") for name in found)  # 项目 inside 目录
    assert not any(name.endswith("服务制度") for name in found)  # 制度供给: a modifier


def test_heads_from_word_structure_and_quotes_named_by_what_follows():
    result = extract_text(BOUNDARIES, doc_id="yueyang-2023")
    found = labels(result, "Program")
    assert "公民法治素养观测点" in found  # 点 after a common word
    assert "“洞庭清风”工程" in found or "“洞庭清风”" in found  # 全域推开 after the quote
    # the noun after the quote up to the award verb; a team, so a body too (decision 13)
    assert "“湖湘护河”志愿服务队" in found | labels(result, "Agency")


def test_dian_that_ends_a_word_of_its_own_heads_no_name():
    text = (
        "醴陵市人民政府关于2023年法治政府建设情况的报告\n"
        "以法治政府建设为重点开展法治督察,打造普法新亮点。\n"
    )
    found = labels(extract_text(text, doc_id="liling-2023"), "Program")
    assert not any(name.endswith(("重点", "亮点")) for name in found)


def test_quoted_names_in_a_list_closed_by_deng_and_before_a_rate():
    text = (
        "株洲市荷塘区人民政府关于2023年法治政府建设情况的报告\n"
        "围绕“证照分离”、“一业一证”等开展专项督察5次,“一网通办”率达98%。\n"
        "坚持“就近受理、就近化解”。\n"
    )
    found = labels(extract_text(text, doc_id="hetang-2023"), "Program")
    assert {"“证照分离”", "“一业一证”", "“一网通办”"} <= found
    assert "“就近受理、就近化解”" not in found  # a slogan, even between quotes


def test_a_quoted_reform_attained_and_the_one_joined_to_it():
    text = (
        "某市公安局关于2023年法治政府建设工作情况的报告\n"
        "户籍业务实现了“异地通办”和“掌上速办”,窗口实现“一窗受理、集成服务”,"
        "坚持“就近受理、就近化解”。\n"
    )
    found = labels(extract_text(text, doc_id="gaj-2023"), "Program")
    assert {"“异地通办”", "“掌上速办”"} <= found  # 实现了 the first, 和 the second
    assert "“一窗受理、集成服务”" in found  # parallel phrases, but the state a reform attained
    assert "“就近受理、就近化解”" not in found  # 坚持 a slogan still


def test_a_figure_written_in_quoted_numerals_is_no_reform_attained():
    text = "某镇人民政府2023年法治政府建设情况报告\n干部学法考试参考率和通过率实现“双百”。\n"
    found = labels(extract_text(text, doc_id="town-2023"), "Program")
    assert "“双百”" not in found


def test_a_works_name_ends_before_no_noun_that_work_qualifies():
    text = (
        "某县司法局关于2023年法治政府建设情况的报告\n"
        "建立落实上级交办事项督办机制和工作台账,扎实推进乡村法律顾问工作。\n"
    )
    found = labels(extract_text(text, doc_id="sfj-2023"), "Program")
    assert not any(name.endswith("和工作") for name in found), found  # 工作|台账
    assert "乡村法律顾问工作" in found


def test_what_a_clause_regards_its_work_as_is_a_role_not_a_programme():
    text = (
        "某区司法局关于2023年法治政府建设情况的报告\n"
        "我局始终把法治政府建设作为法治建设的基础工程,作为首要任务、行动指南。\n"
    )
    found = labels(extract_text(text, doc_id="sfj-2023"), "Program")
    assert not any(name.endswith(("基础工程", "行动")) for name in found), found


def test_a_counted_activity_closed_by_two_counts():
    text = (
        "某县司法局关于2023年法治政府建设情况的报告\n"
        "依托“法治讲堂”“书记讲法”等契机举办宪法专题讲座12场3600余人次。\n"
    )
    result = extract_text(text, doc_id="sfj-2023")
    assert "宪法专题讲座" in labels(result, "Program")
    assert ("宪法专题讲座", "12场") in links(result, "hasOutcome")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # an adverb in -化 right before the head is the name's attribute, no boundary
        ("推动落实各单位领导班子会前学习宪法法律常态化机制。", "宪法法律常态化机制"),
        # 工作 before a word in -化 (工作|制度化) still ends a work's name
        ("推进机关干部学法用法工作制度化、常态化。", "机关干部学法用法工作"),
        # a quoted channel and its head (专栏, 公众号 …)
        ("依托区融媒体中心开设“以案说法”专栏。", "“以案说法”专栏"),
        # a quoted hotline is a channel too
        ("“12345”热线受理群众诉求5.6万件。", "“12345”热线"),
        # exams and essay calls held are events, as lectures are (ANNOTATION: exams held)
        ("组织全体干部参加年度学法考试,参考率100%。", "年度学法考试"),
        ("开展宪法主题征文。", "宪法主题征文"),
        # work completed is work the report names, as work launched is (完成|…评估工作)
        ("完成2023年度政府合同评估工作。", "政府合同评估工作"),
        # a quoted training and its head
        ("开展“学习贯彻宪法精神”专题培训。", "“学习贯彻宪法精神”专题培训"),
        # 参与 holds no conjunction 与; a run of launch verbs (建立健全) opens the object
        ("建立健全重大行政决策公众参与机制。", "重大行政决策公众参与机制"),
    ],
)
def test_names_the_genre_writes(line, name):
    text = f"某县司法局关于2023年法治政府建设情况的报告\n{line}\n"
    assert name in labels(extract_text(text, doc_id="sfj-2023"), "Program")


def test_included_in_a_system_is_no_award_boundary():
    text = (
        "株洲市荷塘区人民政府关于2023年法治政府建设情况的报告\n"
        "区委将法治建设成效纳入全区绩效考核指标体系。\n"
    )
    found = labels(extract_text(text, doc_id="hetang-2023"), "Program")
    assert any(name.endswith("绩效考核指标体系") for name in found)


def test_a_programme_runs_from_its_quote_to_the_head_that_ends_the_verbs_object():
    text = """宜春市袁州区司法局2022年法治政府建设年度报告
一、主要工作
二是深化“枫桥式”司法所创建活动。推行“双随机、一公开”监管,实施“八五”普法规划。
"""
    found = labels(extract_text(text, doc_id="yuanzhou-2022"), "Program")
    assert "“枫桥式”司法所创建活动" in found and "“枫桥式”" not in found
    assert "“双随机、一公开”监管" in found


def test_no_programme_is_cut_out_of_a_recognition_name():
    text = """宜春市袁州区司法局2022年法治政府建设年度报告
一、主要工作
“袁州法务通”平台获评江西省数字化改革优秀案例。
"""
    result = extract_text(text, doc_id="yuanzhou-award")
    assert "“袁州法务通”平台" in labels(result, "Program")
    assert "数字化改革" not in labels(result, "Program")  # inside the recognition's name
    assert "江西省数字化改革优秀案例" in labels(result, "Recognition")


def test_the_events_a_report_counts_are_programmes_and_a_bodys_own_meeting_starts_none():
    text = """株洲市人民政府关于2022年度法治政府建设情况的报告
一、工作情况
先后召开全市法治株洲建设推进会、市委全面依法治市委员会会议、法治政府建设工作会议,部署年度任务。举办全市行政执法人员培训班4期,承办全省行政复议规范化建设观摩会,210名执法人员参加培训。
"""
    result = extract_text(text, doc_id="zhuzhou-2022")
    found = labels(result, "Program")
    assert {"法治株洲建设推进会", "法治政府建设工作会议", "行政执法人员培训班"} <= found
    assert any(name.endswith("行政复议规范化建设观摩会") for name in found)
    # 推进会、市委…委员会会议、…: the committee and its meeting are items of the list, no name
    assert not any("委员会" in name or name.startswith(("会", "会议")) for name in found)
    carried = links(result, "carriedOutBy")
    assert not any(p == "法治政府建设工作会议" for p, _ in carried)
    outcomes = links(result, "hasOutcome")
    assert any(o == "210名" and p.endswith("观摩会") for p, o in outcomes)


def test_a_name_never_runs_from_a_heading_into_the_item_below():
    text = """平湖市司法局2021年度法治政府建设工作报告
一、主要举措和成效
(一)统筹示范创建,全力抓好法治平湖建设

1.统筹推进示范创建工作。组织召开县委全面依法治县委员会会议。
"""
    found = labels(extract_text(text, doc_id="pinghu-heading"), "Program")
    assert not any("\n" in name for name in found), found


def test_a_verb_that_ends_a_compound_noun_does_not_cut_the_name():
    text = """潍坊市人民政府关于2022年度法治政府建设情况的报告
一、工作情况
将28个市直部门3200余项权力事项录入机构编制监管平台,实现运行情况实时监测。充分发挥镇(街道)行政执法协调监督工作室作用。
"""
    result = extract_text(text, doc_id="weifang-2022")
    # 机构|编制 is a noun here, not 编制 (to draw up)
    assert "机构编制监管平台" in labels(result, "Program")
    outcomes = links(result, "hasOutcome")
    assert ("机构编制监管平台", "3200项") in outcomes
    # 充分|发挥: an adverb and a verb, no noun, so the verb still bounds the body's name
    assert not any(b.startswith("充分") for b in labels(result, "Agency"))


CAMPAIGNS = """宁德市蕉城区人民政府关于2022年法治政府建设情况的报告
一、主要举措和成效
区人民检察院开展公益诉讼专项监督,立案办理公益诉讼案件35件。深入开展校园周边环境专项治理。
深入开展法治宣传教育活动,组织开展示范创建活动。持续推进依法行政制度建设。
行政裁决改革创新试点工程纳入省级培育项目。
"""


def test_a_special_campaign_is_named_by_zhuanxiang_and_its_verbal_noun():
    result = extract_text(CAMPAIGNS, doc_id="jiaocheng-2022")
    found = labels(result, "Program")
    assert {"公益诉讼专项监督", "校园周边环境专项治理"} <= found
    assert ("公益诉讼专项监督", "蕉城区人民检察院") in links(result, "carriedOutBy")


def test_the_object_of_a_launch_verb_keeps_the_verb_before_its_head():
    found = labels(extract_text(CAMPAIGNS, doc_id="jiaocheng-2022"), "Program")
    assert {"法治宣传教育活动", "示范创建活动"} <= found  # 教育|活动, 创建|活动: modifiers
    assert "依法行政制度" not in found  # 行政 is a noun: the cut before it was right
    assert "试点工程" not in found  # 创新 inside the name is no launch verb of the clause


def test_attributive_and_derived_words_open_no_predicate():
    text = (
        "随州市曾都区人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
        "建立涉外商事纠纷化解机制,建立规范性文件备案审查制度,推行合法性审查全覆盖制度。\n"
    )
    found = labels(extract_text(text, doc_id="zengdu-2023"), "Program")
    assert "涉外商事纠纷化解机制" in found  # 涉 opens an attribute (涉外), not a predicate
    assert "规范性文件备案审查制度" in found  # 规范|性: a stem, neither adverb nor verb
    assert "合法性审查全覆盖制度" in found


def test_a_five_year_legal_education_plan_is_named_by_its_quoted_ordinal_and_puf():
    text = (
        "衢州市柯城区人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
        "深入开展“八五”普法,举办法治讲座120场。\n"
    )
    found = labels(extract_text(text, doc_id="kecheng-2023"), "Program")
    assert "“八五”普法" in found and "“八五”" not in found


def test_a_quoted_list_is_named_with_the_list_after_it():
    text = (
        "衢州市柯城区人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
        "建立领导干部“1+2+N”学法清单,形成问题清单。\n"
    )
    found = labels(extract_text(text, doc_id="kecheng-lists"), "Program")
    assert "领导干部“1+2+N”学法清单" in found, found
    assert not any(name.endswith("问题清单") for name in found), found  # 清单 alone: no head


def test_a_post_ending_in_an_agentive_suffix_stays_inside_the_name():
    text = (
        "常州市武进区人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
        "全面落实行政机关负责人出庭应诉制度,建立人民调解员队伍。\n"
    )
    found = labels(extract_text(text, doc_id="wujin-2023"), "Program")
    assert "行政机关负责人出庭应诉制度" in found  # 负责|人 is a noun: no cut after 负责
    assert not any(name.startswith("人出庭") for name in found)


def test_zhuanxiang_modifies_a_campaign_and_a_preposition_ends_no_name():
    text = (
        "株洲市荷塘区人民政府关于2022年法治政府建设情况的报告\n一、主要举措和成效\n"
        "针对校园周边开展专项整治行动,查处问题商户36家。针对群众反映的突出问题,面向企业开展“法治体检”服务。\n"
    )
    found = labels(extract_text(text, doc_id="hetang-2022"), "Program")
    assert "专项整治行动" in found and "整治行动" not in found  # 专项: an attribute here
    assert not any(name.startswith(("针对", "面向")) for name in found), found


def test_a_lists_dash_or_bullet_opens_no_name():
    text = (
        "衢州市柯城区人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
        "--“一件事一次办”改革获评全省最佳实践案例。\n●推行“首违不罚”清单制度。\n"
    )
    found = labels(extract_text(text, doc_id="kecheng-bullets"), "Program")
    assert {"“一件事一次办”改革", "“首违不罚”清单制度"} <= found, found


def test_a_quoted_names_object_runs_past_its_head_to_the_phrase_end_and_a_batch_is_no_part():
    text = (
        "湘西州人民政府关于2021年度法治政府建设情况的报告\n一、主要工作\n"
        "深入实施“八五”普法规划。组织开展第三批全国法治政府建设示范创建活动。\n"
    )
    found = labels(extract_text(text, doc_id="xiangxi-2021"), "Program")
    assert "“八五”普法规划" in found and "“八五”" not in found, found
    assert "法治政府建设示范创建活动" in found  # 第三批 and 全国: its round and scope


def test_a_quoted_item_of_a_list_is_complete_and_the_jurisdictions_area_opens_no_site():
    text = (
        "杭州市上城区湖滨街道2023年法治政府建设工作报告\n一、主要举措\n"
        "积极推进“民情恳谈会”、委员工作站等载体建设。在辖区中山广场举办宪法宣传周活动。\n"
    )
    result = extract_text(text, doc_id="hubin-2023")
    assert not any("、" in name for name in labels(result, "Program"))
    places = labels(result, "Place")
    assert "中山广场" in places and not any(p.startswith("辖区") for p in places), places
    assert "中山市" not in places  # 中山|广场: a square named after a place, not the city


def test_a_preposition_or_a_count_of_rounds_opens_no_name():
    text = (
        "南昌县人民政府关于2019年法治政府建设情况的报告\n一、主要工作\n"
        "按照关于市属事业单位改革的实施方案精神,经过两轮县机构改革领导小组会议研究。\n"
    )
    found = labels(extract_text(text, doc_id="nanchang-prep"), "Program")
    assert not any(name.startswith(("关于", "经过", "两轮")) for name in found), found


def test_goals_and_plain_adjectives_name_no_programme():
    # 治理体系和治理能力现代化 is the goal the genre cites; 实际行动 is any action
    text = (
        "某区人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "把法治建设作为推进区域治理体系和治理能力现代化的重要抓手。"
        "以护航发展的实际行动检验成效。建立矛盾纠纷多元化解机制和诉源治理体系。\n"
    )
    found = labels(extract_text(text, doc_id="goal-2023"), "Program")
    assert not any(name.endswith(("治理体系", "行动")) and "诉源" not in name for name in found)
    assert {"矛盾纠纷多元化解机制", "诉源治理体系"} <= found, found


def test_a_system_named_by_its_last_character():
    # 告知承诺制, 首问负责制: 制 after a common word names a system; 体制/机制/编制 do not end so
    text = (
        "某区人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "全面推行证明事项告知承诺制，严格落实首问负责制，深化行政复议体制改革，核定人员编制。\n"
    )
    found = labels(extract_text(text, doc_id="system-2023"), "Program")
    assert {"证明事项告知承诺制", "首问负责制", "行政复议体制改革"} <= found, found
    assert not any(name.endswith("编制") for name in found), found


def test_a_meeting_in_a_list_is_an_item_of_its_own():
    text = (
        "某街道2023年法治政府建设工作报告\n一、主要工作\n"
        "推进社区居民议事会议、基层立法联系点等载体建设,开展法治乡村、法治社区一体建设试点。\n"
    )
    found = labels(extract_text(text, doc_id="meeting-item"), "Program")
    assert "基层立法联系点" in found, found
    assert not any(name.startswith("社区居民议事会议、") for name in found), found
    assert any(name.startswith("法治乡村、法治社区") for name in found), found


def test_an_event_named_by_its_week_or_month_keeps_its_verb():
    text = (
        "某县人民政府关于2022年法治政府建设情况的报告\n一、主要工作\n"
        "组织开展民法典宣传月活动,举办宪法宣传周系列活动。\n"
    )
    found = labels(extract_text(text, doc_id="period-2022"), "Program")
    assert {"民法典宣传月活动", "宪法宣传周系列活动"} <= found, found


def test_two_parts_joined_by_a_reciprocal_verb_are_one_name():
    text = (
        "某县人民政府关于2022年法治政府建设情况的报告\n一、主要工作\n"
        "建立行政调解与人民调解衔接机制,完善行政执法与刑事司法衔接机制。\n"
    )
    found = labels(extract_text(text, doc_id="reciprocal-2022"), "Program")
    assert {"行政调解与人民调解衔接机制", "行政执法与刑事司法衔接机制"} <= found, found


def test_a_rare_dictionary_verb_opens_no_predicate():
    text = (
        "某县人民政府关于2021年法治政府建设情况的报告\n一、主要工作\n"
        "常态化开展扫黑除恶专项斗争,打掉涉恶团伙3个。\n"
    )
    found = labels(extract_text(text, doc_id="saohei-2021"), "Program")
    assert "扫黑除恶专项斗争" in found, found


def test_a_verb_of_having_opens_no_name():
    text = (
        "某市人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "全市共有“共享法庭”286家,累计化解纠纷3100件。\n"
    )
    found = labels(extract_text(text, doc_id="having-2023"), "Program")
    assert "“共享法庭”" in found and not any(name.startswith("共有") for name in found), found


def test_a_list_of_slogans_and_an_idiom_name_no_programme_or_place():
    text = (
        "某自治区人民政府关于2018年法治政府建设情况的报告\n一、主要工作\n"
        "全力做好稳增长、促改革、调结构、惠民生各项工作,维护社会长治久安。\n"
    )
    result = extract_text(text, doc_id="slogans-2018")
    assert not any(name.endswith("改革") for name in labels(result, "Program"))
    assert "长治市" not in labels(result, "Place")


def test_a_quoted_name_tried_at_places_is_a_programme_run_there():
    text = (
        "德清县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "“法治超市”在武康街道、舞阳街道先行先试。\n"
    )
    result = extract_text(text, doc_id="tried-2023")
    assert "“法治超市”" in labels(result, "Program")
    assert {("“法治超市”", "武康街道"), ("“法治超市”", "舞阳街道")} <= links(
        result, "implementedIn"
    )


def test_a_quoted_name_keeps_its_head_before_a_count():
    text = (
        "某县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "县司法所开展“法律进村”活动36场,开展“反电诈”等宣传讲座12场。\n"
    )
    found = labels(extract_text(text, doc_id="quoted-count"), "Program")
    assert "“法律进村”活动" in found, found
    assert not any(name.startswith("“反电诈”等") for name in found), found


def test_verbs_of_adopting_and_counts_of_sessions_open_no_name():
    text = (
        "某街道2022年度法治政府建设情况的报告\n一、主要工作\n"
        "表决采取主持人末位表态制,运用“互联网+政务服务”模式,累计开展16场法治宣传活动。\n"
    )
    found = labels(extract_text(text, doc_id="adopting-2022"), "Program")
    assert {"主持人末位表态制", "“互联网+政务服务”模式", "法治宣传活动"} <= found, found


def test_a_phrase_graded_by_a_degree_adverb_names_no_programme():
    text = (
        "某市生态环境局2023年法治政府建设年度报告\n一、主要工作\n"
        "以最严格制度守护碧水蓝天,推动更高水平平安建设,落实“最多跑一次”改革。\n"
    )
    found = labels(extract_text(text, doc_id="degree-2023"), "Program")
    assert not any(name.startswith(("最严格", "更高")) for name in found), found
    assert "“最多跑一次”改革" in found, found  # 最多 is its own word, no adverb


def test_a_quote_qualifying_the_object_of_a_launch_verb_is_no_programme():
    # 探索“…”的发展路径: the quote describes the path; 实施“…”的一站式机制 keeps its head
    text = (
        "某县人民政府2022年法治政府建设年度报告\n一、主要工作\n"
        "探索“山海协作助共富”的转型路径,实施“一窗受理、集成服务”的一站式办理机制。\n"
    )
    found = labels(extract_text(text, doc_id="quote-qualifies"), "Program")
    assert "“山海协作助共富”" not in found, found
    assert "“一窗受理、集成服务”的一站式办理机制" in found, found


def test_a_list_item_naming_a_body_ends_before_the_next_name():
    text = (
        "某区司法局2023年法治政府建设年度报告\n一、主要工作\n"
        "通过局党委理论学习中心组、法治政府大讲堂等形式学习法治思想。\n"
    )
    found = labels(extract_text(text, doc_id="group-list"), "Program")
    assert "法治政府大讲堂" in found, found
    assert not any("中心组" in name for name in found), found


def test_an_adverb_and_verb_after_a_body_are_its_predicate_not_the_name():
    text = (
        "某县人民政府2021年法治政府建设年度报告\n一、主要工作\n"
        "县政府严格执行领导干部会前学法制度,县法院共享法庭实现镇街全覆盖。\n"
    )
    found = labels(extract_text(text, doc_id="body-predicate"), "Program")
    assert "领导干部会前学法制度" in found, found
    assert not any(name.startswith("认真") for name in found), found
    assert "共享法庭" in found, found  # a name may begin with a verb (共享)


def test_a_complement_of_direction_belongs_to_the_verb_and_a_frame_names_no_work():
    text = (
        "某区司法局2022年度法治政府建设年度报告\n一、主要工作\n"
        "将矛盾纠纷化解责任落实到网格员包片联户制度,把依法行政要求贯彻落实到乡村振兴具体工作中。\n"
    )
    found = labels(extract_text(text, doc_id="goal-complement"), "Program")
    assert "网格员包片联户制度" in found, found
    assert not any(name.startswith("到") or "具体工作" in name for name in found), found


def test_quotes_listed_before_a_field_are_not_programmes():
    # “…”“…”等重点领域: fields of crime being fought; “…”、“…”等改革 are reforms
    text = (
        "某区人民检察院2021年工作报告\n一、主要工作\n"
        "聚焦“电诈”“非法集资”等突出领域,起诉52人。深化“检察听证”、“认罪认罚”等改革。\n"
    )
    found = labels(extract_text(text, doc_id="crime-fields"), "Program")
    assert not {"“电诈”", "“非法集资”"} & found, found
    assert "“认罪认罚”" in found, found


def test_a_work_treated_as_another_names_no_programme():
    text = (
        "某街道办事处2022年法治政府建设年度报告\n一、主要工作\n"
        "始终把加强基层干部依法履职能力作为一项长期性工作来抓,推进社区法律顾问工作。\n"
    )
    found = labels(extract_text(text, doc_id="regarding"), "Program")
    assert not any("作为" in name for name in found), found
    assert "社区法律顾问工作" in found, found


def test_a_head_before_a_person_noun_names_its_people_not_a_programme():
    text = (
        "某市应急管理局2023年法治政府建设年度报告\n一、主要工作\n"
        "组织危化企业负责人、重点工程项目负责人参加安全生产培训。\n"
    )
    found = labels(extract_text(text, doc_id="person-noun"), "Program")
    assert not any(name.endswith("项目") for name in found), found


def test_all_the_work_of_a_field_is_no_programme():
    text = (
        "某县人民政府2022年法治政府建设年度报告\n一、主要工作\n"
        "统筹推进平安建设各项工作,做好社区矫正相关工作,加强法律援助工作。\n"
    )
    found = labels(extract_text(text, doc_id="totality"), "Program")
    assert not any(name.endswith(("各项工作", "相关工作")) for name in found), found
    assert "法律援助工作" in found, found


def test_a_quote_with_its_head_right_after_is_a_programme():
    text = (
        "某县人民政府2023年法治政府建设年度报告\n一、主要工作\n"
        "县司法局“法律明白人”培养工程成效明显,新申报湖州市级“民主法治”基地2家。\n"
    )
    found = labels(extract_text(text, doc_id="quote-head"), "Program")
    assert "“法律明白人”培养工程" in found, found
    assert not any(name.startswith("级") for name in found), found  # 湖州市|级: the place's


def test_an_adverb_makes_the_verbal_noun_after_it_the_predicate():
    # 建设 is a verbal noun (vn) in the dictionary; after 大力/全方位 it is the clause's verb
    text = (
        "仙居县人民政府2024年度法治政府建设情况报告\n一、主要工作\n"
        "二是大力建设社区矫正智慧管理平台,全方位建设法律援助工作站。推进法治政府建设考评体系。"
        "安洲街道建设社区开展普法活动。\n"
    )
    result = extract_text(text, doc_id="adverb-vn")
    programmes, bodies = labels(result, "Program"), labels(result, "Agency")
    assert "社区矫正智慧管理平台" in programmes, programmes
    assert "法律援助工作站" in bodies and not any("建设" in b for b in bodies), bodies
    # no adverb before it: the verbal noun stays inside the name
    assert "法治政府建设考评体系" in programmes, programmes
    places = [m.start for m in result.mentions if m.kind == "Place" and m.text == "建设社区"]
    assert len(places) == 1, places  # 大力建设|社区矫正: no community; 安洲街道建设社区 is one


def test_the_verb_of_two_joined_parts_right_before_the_head_is_the_names():
    # A与B协作配合机制: 配合 (a verb taking a coordinated subject) belongs to the name, as the 与
    text = (
        "岳池县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "建立人民调解与行政调解对接配合机制,推动部门与乡镇协作配合。\n"
    )
    found = labels(extract_text(text, doc_id="reciprocal"), "Program")
    assert "人民调解与行政调解对接配合机制" in found, found


def test_a_quote_after_a_verb_of_setting_up_runs_to_its_head():
    # 建成/搭建/成立 set a thing up like 建立: the quote and the phrase to its head are its name
    text = (
        "岳池县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "全县建成“一站式”矛盾纠纷调处化解中心24个,成立“老娘舅”调解工作室。\n"
    )
    result = extract_text(text, doc_id="set-up")
    found = labels(result, "Program")
    assert "“一站式”矛盾纠纷调处化解中心" in found, found
    assert "“老娘舅”调解工作室" in found, found
    assert ("“一站式”矛盾纠纷调处化解中心", "24个") in links(result, "hasOutcome")


def test_a_one_character_adverb_that_begins_a_verb_is_no_boundary():
    # 共 (in all) is an adverb, but 共建 is a verb and 建共 no word: 共|建 is not read
    text = (
        "岳池县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "形成共建共享公共服务项目清单。\n"
    )
    found = labels(extract_text(text, doc_id="gongjian"), "Program")
    assert found and not any(name.startswith("建") for name in found), found


def test_the_centres_meeting_a_report_studies_is_no_programme_of_its_own():
    text = (
        "黑河市人民政府关于2021年法治政府建设情况的报告\n一、主要工作\n"
        "组织学习中央全面依法治国工作会议等重要讲话精神,召开全市法治政府建设工作会议。\n"
    )
    found = labels(extract_text(text, doc_id="national-meeting"), "Program")
    assert not any(name.startswith("中央") for name in found), found
    assert "法治政府建设工作会议" in found, found


def test_a_team_named_after_its_head_is_no_programme_and_jianjue_is_an_adverb():
    # …专项巡察组: the inspection team (组 after a head); 坚决 + verb before a quote is the
    # clause's predicate, not part of the quoted name
    text = (
        "深圳市司法局2022年法治政府建设年度报告\n一、主要工作\n"
        "完成第五专项巡察组反馈意见整改。坚决扛起“法治城市示范”“法治城市示范”建设责任。\n"
    )
    found = labels(extract_text(text, doc_id="team"), "Program")
    assert not any(name.endswith("专项巡察") for name in found), found
    assert not any(name.startswith("坚决") for name in found), found


def test_a_quote_and_a_head_up_to_eight_after_it_name_a_programme_with_no_verb_of_holding():
    # “枫桥式”司法所创建活动 (7 after the quote, 创建 qualifying 活动) is one name; in
    # “线上+线下”方式开展普法 the quote is the manner of 开展, no programme's name
    text = (
        "岳池县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "——“枫桥式”司法所创建活动全面铺开。通过“线上+线下”方式开展普法宣传。\n"
    )
    found = labels(extract_text(text, doc_id="head-near"), "Program")
    assert "“枫桥式”司法所创建活动" in found, found
    assert not any("方式开展" in name for name in found), found


def test_the_second_of_two_quotes_written_together_shares_the_firsts_reading():
    # 推行“A”“B”: the verb reaches the first; the second, written right after it, is named too
    # (but 坚持“A”“B”, no verb of launching, names neither)
    text = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
推行“一网通办”“跨省通办”,坚持“就近受理”“就近化解”。
"""
    found = labels(extract_text(text, doc_id="kaihua-2023"), "Program")
    assert {"“一网通办”", "“跨省通办”"} <= found, found
    assert not any("就近" in p for p in found), found


MEETINGS = """青石县人民政府2023年法治政府建设年度报告
一、主要举措和成效
组织召开全县法治政府建设工作部署会,承办了全市行政执法监督工作电视电话会议和公职律师工作推进会。在全省“综合查一次”改革推进会上作经验交流。健全行政复议和行政诉讼案件办理机制。
"""


def test_meetings_the_government_convenes_are_named_by_their_purpose_or_medium():
    found = labels(extract_text(MEETINGS, doc_id="qingshi-2023"), "Program")
    assert any(p.endswith("法治政府建设工作部署会") for p in found), found


def test_a_conjunction_after_a_name_ending_in_a_head_joins_two_names():
    found = labels(extract_text(MEETINGS, doc_id="qingshi-2023"), "Program")
    assert any(p.endswith("行政执法监督工作电视电话会议") for p in found), found
    assert "公职律师工作推进会" in found, found
    # a modifier shared by both ends in no head: one name
    assert "行政复议和行政诉讼案件办理机制" in found, found


def test_a_meeting_phrase_of_place_ends_the_meetings_name():
    # 推进会|上: 会上 is a word of time in the dictionary, the name still ends at 会
    found = labels(extract_text(MEETINGS, doc_id="qingshi-2023"), "Program")
    assert any(p.endswith("“综合查一次”改革推进会") for p in found), found


def test_a_meetings_name_that_begins_a_bodys_name_is_the_bodys():
    text = MEETINGS + "该做法被省依法行政工作联席会议办公室评为优秀案例。\n"
    result = extract_text(text, doc_id="qingshi-2023")
    assert any(b.endswith("联席会议办公室") for b in all_labels(result, "Agency"))
    assert not any(p.endswith("联席会议") for p in labels(result, "Program"))


def test_a_body_after_暨_opens_a_joint_events_second_title_and_carries_nothing():
    text = MEETINGS + "在全市“一网通办”改革暨县司法局公共法律服务中心建设推进会上作交流。\n"
    result = extract_text(text, doc_id="qingshi-2023")
    found = labels(result, "Program")
    assert any(p.endswith("县司法局公共法律服务中心建设推进会") for p in found), found
    assert not any("推进会" in p for p, _ in links(result, "carriedOutBy"))


def test_a_field_of_work_inside_a_groups_name_is_no_programme():
    text = MEETINGS + "提请县推进依法行政工作领导小组召开年度会议。县机构改革领导小组开展工作。\n"
    found = labels(extract_text(text, doc_id="qingshi-2023"), "Program")
    assert not any(p.endswith("依法行政工作") for p in found), found
    assert "工作" not in found  # 开展工作 names no activity
    assert any(p.endswith("机构改革") for p in found), found  # the reform a group leads stays


def test_the_words_leading_a_count_in_are_not_the_counted_activitys():
    """达, 共计, 达到 stand between an activity and its figure, as after an indicator; a word of
    the deed that ends in one of them (文书送达) keeps it."""
    found = extract_text(
        "某县2022年法治政府建设报告\n一、主要成效\n各乡镇集中开展专题学习达2万余人次,"
        "开展法治讲座共计45场,各司法所开展文书送达200次。\n"
    )
    assert {"专题学习", "法治讲座", "文书送达"} <= labels(found, "Program")
    assert ("专题学习", "20000人次") in links(found, "hasOutcome")
    assert not {"专题学习达", "法治讲座共计", "文书送"} & labels(found, "Program")


def test_a_meeting_listed_before_another_is_not_part_of_its_name():
    """主持召开专题会、推进会: two meetings; no programme “会、推进会”."""
    found = extract_text(
        "某省司法厅2022年法治政府建设年度报告\n一、主要成效\n厅主要负责同志主持召开专题会、"
        "推进会，研究部署重点任务。厅党委组织举办专题读书班。\n"
    )
    programmes = labels(found, "Program")
    assert not any("、" in p for p in programmes), programmes
    assert "专题读书班" in programmes, programmes


def test_a_name_does_not_run_over_a_listed_items_count():
    """开展6次中心组专题学习、2期法治培训班: two items, each after its count; no one name holds
    “、2期”."""
    found = extract_text(
        "某县司法局2023年法治政府建设年度报告\n一、主要举措\n通过开展6次中心组专题学习、"
        "2期法治培训班，提升法治素养。\n"
    )
    assert not any("、" in p for p in labels(found, "Program")), labels(found, "Program")


def test_no_name_opens_with_a_lists_comma():
    found = extract_text(
        "某市司法局2024年法治政府建设年度报告\n一、主要成效\n持续通过局党委会议、"
        "党委理论学习中心组学习、专题报告会等形式，深入学习贯彻党的二十大精神。\n"
    )
    assert not any(p.startswith("、") for p in labels(found, "Program")), labels(found, "Program")


@pytest.mark.parametrize(
    "sentence, name, not_a_name",
    [
        # 依法治区: governing the district by law, a noun; 依法 is no adverb before 治
        ("召开依法治区工作推进会，开展责任制履职评议。", "依法治区工作推进会", "治区工作推进会"),
        # 决定42份、…: a counted item and its 、 end before the next item's name
        ("审查区重点项目征收补偿决定42份、市政征地项目征地补偿安置决定10份。", None, "42份"),
    ],
)
def test_a_rule_by_law_noun_and_a_counted_item_bound_names(sentence, name, not_a_name):
    found = labels(
        extract_text(f"某区司法局2024年法治政府建设年度报告\n一、主要举措\n{sentence}\n"), "Program"
    )
    assert name is None or name in found, found
    assert not any(p == not_a_name or (not_a_name in p and p != name) for p in found), found


def test_a_quoted_name_before_a_verb_of_winning_ends_at_its_quote():
    """“龙华‘执’播”入选市法治改革创新项目: the brand wins; no programme “…”入选市法治改革."""
    found = extract_text(
        "某区司法局2024年法治政府建设年度报告\n一、主要举措\n打造学习宣传阵地。"
        "“龙华‘执’播”入选市法治改革创新项目。\n"
    )
    assert "“龙华‘执’播”" in labels(found, "Program"), labels(found, "Program")
    assert ("“龙华‘执’播”", "市法治改革创新项目") in links(found, "recognizedAs")


@pytest.mark.parametrize(
    "sentence, not_an_end",
    [
        # 计划 begins 计划生育 (family planning): no programme “…涉及计划”
        ("持续开展规范性文件清理工作，对6件涉及计划生育规范性文件进行了清理。", "计划"),
        # 工程 begins 工程建设, a compound rarer than a common two-character word: no “推行工程”
        ("全面推行工程建设项目分级分类管理。", "工程"),
    ],
)
def test_a_head_inside_a_longer_word_ends_no_name(sentence, not_an_end):
    found = extract_text(f"某旗人民政府2022年法治政府建设年度报告\n一、主要成效\n{sentence}\n")
    assert not any(p.endswith(not_an_end) for p in labels(found, "Program")), labels(
        found, "Program"
    )


@pytest.mark.parametrize(
    "sentence, name, not_a_name",
    [
        # 管理 after a quote names a way of managing (“清单式”管理), and the verb before the quote
        # ends what came before it: no “…议题进行“清单式”管理”
        (
            "对区政府常务会议决策议题进行“清单式”管理。",
            "“清单式”管理",
            "决策议题进行“清单式”管理",
        ),
        (
            "对全区执法主体实施“红黄绿”三色管理。",
            "“红黄绿”三色管理",
            "执法主体实施“红黄绿”三色管理",
        ),
    ],
)
def test_a_quoted_way_of_managing_is_named_after_its_verb(sentence, name, not_a_name):
    found = labels(
        extract_text(f"某区司法局2024年法治政府建设年度报告\n一、主要举措\n{sentence}\n"), "Program"
    )
    assert name in found and not_a_name not in found, found


def test_a_long_quoted_case_title_that_wins_an_award_is_a_programme():
    """A case's title may run past a name's length (two phrases and a space): it still wins."""
    found = extract_text(
        "某市市场监督管理局2023年法治政府建设年度报告\n一、主要成效\n"
        "“深化涉企信用分级分类监管改革 为各类经营主体减负担、增活力、优环境”"
        "获评全省优化营商环境“最佳实践案例”。\n"
    )
    title = "“深化涉企信用分级分类监管改革 为各类经营主体减负担、增活力、优环境”"
    assert title in labels(found, "Program"), labels(found, "Program")
    assert (title, "全省优化营商环境“最佳实践案例”") in links(found, "recognizedAs")


def test_a_quoted_name_before_a_passive_award_ends_at_被():
    """…“一案一评”案例被司法部评为…: the case wins; no programme “…”案例被司法部."""
    found = extract_text(
        "某县市场监督管理局2023年法治政府建设年度报告\n一、主要成效\n"
        "我局报送的“一案一评”案例被司法部评为全国行政执法优秀案例。\n"
    )
    assert "“一案一评”案例" in labels(found, "Program"), labels(found, "Program")
    assert ("“一案一评”案例", "全国行政执法优秀案例") in links(found, "recognizedAs")


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("县司法局联合县委宣传部举办“法治东阳”知识竞赛。", "“法治东阳”知识竞赛"),
        ("开展“宪法伴我成长”主题征文。", "“宪法伴我成长”主题征文"),
        ("邀请专家举办“民法典与生活”专题讲座。", "“民法典与生活”专题讲座"),
    ],
)
def test_a_quoted_title_of_an_event_held_is_named_with_its_event(sentence, name):
    found = labels(
        extract_text(f"某县人民政府2023年法治政府建设年度报告\n一、主要举措\n{sentence}\n"),
        "Program",
    )
    assert name in found, found


@pytest.mark.parametrize(
    "sentence",
    ["坚持集体讨论决策制度。", "严格落实集体讨论决策制度。", "建立集体讨论决策制度。"],
)
def test_a_verb_inside_a_systems_name_is_its_modifier_after_a_verb_that_keeps_it(sentence):
    # 集体讨论|决策制度: the cut at the inner verb leaves a generic name; the object of the
    # verb that launches or keeps the system in force runs to its head
    found = labels(
        extract_text(f"某区人民政府2023年法治政府建设年度报告\n一、主要举措\n{sentence}\n"),
        "Program",
    )
    assert "集体讨论决策制度" in found, found


def test_no_name_after_a_verb_that_ends_no_word_before_the_head():
    found = labels(
        extract_text(
            "某区人民政府2023年法治政府建设年度报告\n一、主要举措\n"
            "推动学习成果转化为抓改革、促发展的法治实践。\n"
        ),
        "Program",
    )
    assert not any(p.endswith("抓改革") for p in found), found


def test_a_quoted_window_is_a_programme_named_with_its_window():
    found = labels(
        extract_text(
            "某区人民政府2023年法治政府建设年度报告\n一、主要举措\n"
            "在政务服务中心设立“一网通办”综合受理窗口。\n"
        ),
        "Program",
    )
    assert "“一网通办”综合受理窗口" in found, found


def test_the_concrete_work_of_a_field_names_no_programme():
    found = labels(
        extract_text(
            "某区司法局2023年法治政府建设年度报告\n一、主要举措\n"
            "强化依法治区具体工作统筹力度,推动司法行政各项具体工作落实。\n"
        ),
        "Program",
    )
    assert not any(p.endswith("具体工作") for p in found), found


def test_an_events_name_runs_from_its_verb_of_holding_over_the_verbs_inside_it():
    # 能力提升培训班: 提升 is part of the course's name, not a verb that cuts it
    result = extract_text(
        "某县人民政府2023年法治政府建设年度报告\n一、主要举措\n"
        "组织执法人员参加省司法厅举办的行政执法能力提升培训班。\n"
    )
    assert "行政执法能力提升培训班" in labels(result, "Program"), labels(result, "Program")
    assert any(c.endswith("司法厅") for _, c in links(result, "carriedOutBy"))


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("加强法治队伍建设。", "法治队伍建设"),
        ("推进公共法律服务体系建设,提升服务水平。", "公共法律服务体系建设"),
    ],
)
def test_the_building_of_a_headed_name_is_part_of_it(sentence, name):
    # …队伍|建设: the work the report names is the building of it (its keys still match)
    found = labels(
        extract_text(f"某区人民政府2023年法治政府建设年度报告\n一、主要举措\n{sentence}\n"),
        "Program",
    )
    assert name in found, found


def test_an_exam_passed_is_none_the_report_held():
    text = "某县司法局关于2023年法治政府建设情况的报告\n全局通过法律职业资格考试人数7人。\n"
    assert not any(
        name.endswith("考试") for name in labels(extract_text(text, doc_id="sfj-2023"), "Program")
    )


def test_a_count_in_digits_of_the_things_named_is_no_part_of_their_name():
    text = """某县人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
在全县申报的38个普法示范项目中,评选出县级示范项目5个。
"""
    result = extract_text(text)
    found = labels(result, "Program")
    assert "普法示范项目" in found, found
    assert not any(p[0].isdigit() for p in found), found
    assert ("普法示范项目", "38个") in links(result, "hasOutcome")


def test_a_verb_with_情况_is_a_noun_inside_a_name():
    # 落实情况 (how it was put in place) is a noun; the inspection is of the system's progress
    text = """某县人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
开展三项制度落实情况专项检查。
"""
    found = labels(extract_text(text), "Program")
    assert "三项制度落实情况专项检查" in found, found


def test_a_list_item_that_is_a_whole_name_is_not_the_start_of_the_next():
    # 红色法治基地建设 (a work of building) and 专题讲座 (an event held) are items of their
    # own: the name found by its head after the 、 starts after it
    found = extract_text(
        "某县人民政府关于2023年法治政府建设情况的报告\n"
        "重点推进红色法治基地建设、基层立法联系点提质等特色工作。"
        "通过专题讲座、线上课堂等形式开展培训。\n"
    )
    programmes = labels(found, "Program")
    assert "基层立法联系点" in programmes, programmes
    assert "线上课堂" in programmes, programmes
    assert not any("、" in p for p in programmes), programmes


def test_a_plan_period_quoted_twice_names_no_programme():
    # “十四五” written twice is the plan's period (…“十四五”时期, …“十四五”规划), no reform;
    # “八五”普法 with its head is the legal-education plan carried out
    found = extract_text(
        "某市人民政府关于2021年法治政府建设情况的报告\n"
        "绘就“十四五”时期法治建设的路线图。纳入经济社会发展“十四五”规划。深入开展“八五”普法。\n"
    )
    programmes = labels(found, "Program")
    assert not any("十四五" in p for p in programmes), programmes
    assert "“八五”普法" in programmes, programmes


def test_a_quoted_names_phrase_ends_where_its_clause_says_how_it_went():
    # 推行“…”改革成效明显: the reform's name ends at its head; 成效明显 is what the clause says
    found = extract_text(
        "某县人民政府关于2023年法治政府建设情况的报告\n"
        "由县自然资源局组织实施的“不动产登记+金融服务”改革成效明显。\n"
    )
    assert "“不动产登记+金融服务”改革" in labels(found, "Program")


def test_the_aspect_particle_after_a_verb_opens_no_name():
    found = extract_text(
        "某县人民政府关于2023年法治政府建设情况的报告\n成立了组织机构，建立了督促考核机制。\n"
    )
    assert "督促考核机制" in labels(found, "Program"), labels(found, "Program")
