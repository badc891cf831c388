import pytest

from tests.conftest import extract_item, extract_text, labels, links

TEXT = """宁波市鄞州区人民政府关于2023年法治政府建设情况的报告
区司法局“法润万家”项目被省司法厅评为全省法治宣传教育优秀案例,“一码通”应用荣获全国数字政府创新成果奖、全省最佳实践。
荣获浙江省法治政府建设示范区称号。大洋村创建省级民主法治示范村。获评人数达20人。
"""


def test_recognitions_awarders_and_subjects():
    result = extract_text(TEXT)
    found = labels(result, "Recognition")
    assert "全省法治宣传教育优秀案例" in found
    assert "全国数字政府创新成果奖" in found and "全省最佳实践" in found
    assert "浙江省法治政府建设示范区" in found
    assert "省级民主法治示范村" in found
    assert ("全省法治宣传教育优秀案例", "浙江省司法厅") in links(result, "awardedBy")
    recognized = links(result, "recognizedAs")
    assert any(
        s.endswith("“法润万家”项目") for s, o in recognized if o == "全省法治宣传教育优秀案例"
    )
    assert ("“一码通”应用", "全省最佳实践") in recognized


def test_bundled(linhai):
    found = " ".join(labels(linhai, "Recognition"))
    for name in (
        "典型案例",
        "最佳实践",
        "浙江省食品安全示范市",
        "省级法治宣传教育基地",
        "省级金牌调解工作室",
    ):
        assert name in found


PILOTS = """常德市武陵区人民政府2024年法治政府建设年度报告
2024年,武陵区获国家知识产权强县建设试点县,“沅澧智审”系统获国家级“最佳应用奖”,区“三调联动”模式入选全国社会治理创新案例(2024),“柳叶湖议事会”纳入全省改革试点。获得群众好评。
"""


def test_recognitions_received_with_huo_pilots_and_a_bracketed_year():
    result = extract_text(PILOTS, doc_id="wuling-2024")
    found = labels(result, "Recognition")
    assert "国家知识产权强县建设试点县" in found  # 获 + a head
    assert "国家级“最佳应用奖”" in found
    assert "全国社会治理创新案例(2024)" in found  # head tested without the year
    assert "全省改革试点" in found  # 纳入 + 试点
    assert not any("好评" in name for name in found)  # 获得 needs a head
    recognized = links(result, "recognizedAs")
    assert ("武陵区", "国家知识产权强县建设试点县") in recognized  # the place before the verb


def test_a_place_that_receives_after_an_adverb_still_receives():
    text = """平湖市司法局2021年度法治政府建设工作报告
一、主要举措和成效
新埭镇成功入选全省第一批法治化综合改革试点,并通过省级验收。
"""
    received = links(extract_text(text, doc_id="pinghu-2021"), "recognizedAs")
    assert ("新埭镇", "全省第一批法治化综合改革试点") in received


def test_a_place_named_a_demonstration_area_of_a_batch():
    text = (
        "三明市沙县区人民政府关于2023年法治政府建设情况的报告\n"
        "一、主要举措和成效\n我区入选第二批全国法治政府建设示范地区。\n"
    )
    result = extract_text(text, doc_id="shaxian-2023")
    assert "第二批全国法治政府建设示范地区" in labels(result, "Recognition")
    assert any(r == "第二批全国法治政府建设示范地区" for _, r in links(result, "recognizedAs"))


def test_a_level_named_before_the_brackets_of_its_peers_goes_to_the_place():
    text = (
        "丽水市莲都区人民政府关于2022年法治政府建设情况的报告\n"
        "一、主要举措和成效\n我区荣获2022年度全省法治建设优秀县(市、区)。\n"
    )
    result = extract_text(text, doc_id="liandu-2022")
    assert any(r == "2022年度全省法治建设优秀县(市、区)" for _, r in links(result, "recognizedAs"))


WON = """醴陵市人民政府关于2022年度法治政府建设情况的报告
一、主要举措和成效
我市成功创建第二批全省法治政府建设示范市。全力创建全国法治政府建设示范市。
孙家湾镇成功创建第九批“全国民主法治示范村(社区)”,我市获得省级食品安全示范市命名。
"""


def test_a_designation_takes_its_batch_and_quotes_and_goes_to_who_won_it():
    result = extract_text(WON, doc_id="liling-2022")
    found = links(result, "recognizedAs")
    titles = labels(result, "Recognition")
    assert "第九批“全国民主法治示范村(社区)”" in titles, titles  # batch and quotes: one title
    assert not any(
        p.startswith("第九批") for p in labels(result, "Program")
    )  # a title, no programme
    assert ("孙家湾镇", "第九批“全国民主法治示范村(社区)”") in found, found
    city = "醴陵市"  # the header names it: a place of the report
    assert (city, "第二批全省法治政府建设示范市") in found  # 成功创建: won
    assert (city, "省级食品安全示范市") in found  # 获得X命名
    assert not any(r == "全国法治政府建设示范市" for _, r in found)  # 全力创建: the work toward it


def test_a_designation_starts_at_its_own_level_word_and_national_ones_are_read():
    text = """嘉兴市南湖区人民政府关于2023年度法治政府建设情况的报告
一、主要举措和成效
我区成功创建国家食品安全示范城市,全省率先实现省级食品安全示范区全覆盖。
"""
    result = extract_text(text, doc_id="nanhu-2023")
    titles = labels(result, "Recognition")
    assert {"国家食品安全示范城市", "省级食品安全示范区"} <= titles, titles  # not 全省率先实现…
    district = "南湖区"  # the header names it: a place of the report
    assert (district, "国家食品安全示范城市") in links(result, "recognizedAs")


def test_the_count_of_those_named_is_not_part_of_the_title():
    text = """湖南省人民政府关于2021年度法治政府建设情况的报告
一、主要工作
命名首批省级示范地区(单位)42个、项目15个。
"""
    titles = labels(extract_text(text, doc_id="hunan-2021"), "Recognition")
    assert titles == {"首批省级示范地区(单位)"}, titles  # 项目 alone names no title


def test_bodies_that_award_together_and_a_village_named_by_its_address():
    text = (
        "德清县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "新市镇蔡界村被司法部、民政部命名为第九批“全国民主法治示范村（社区）”。"
        "县司法局获司法部表彰为全国公共法律服务工作先进集体。\n"
    )
    result = extract_text(text, doc_id="deqing-2023")
    received = links(result, "recognizedAs")
    awarded = links(result, "awardedBy")
    title = "第九批“全国民主法治示范村（社区）”"
    assert ("蔡界村", title) in received and ("新市镇", title) not in received, received
    assert {(title, "司法部"), (title, "民政部")} <= awarded, awarded
    assert not any(giver in ("司法部", "民政部") for giver, _ in received), received
    assert ("德清县司法局", "全国公共法律服务工作先进集体") in received, received
    assert ("全国公共法律服务工作先进集体", "司法部") in awarded
    assert not any("表彰为" in name for name in labels(result, "Recognition"))


def test_the_reports_own_area_receives_what_we_won():
    text = (
        "德清县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "我县荣获2023年度法治浙江建设优秀单位。\n"
    )
    received = links(extract_text(text, doc_id="deqing-own"), "recognizedAs")
    assert any(title == "2023年度法治浙江建设优秀单位" for _, title in received), received


def test_a_clause_with_a_recipient_of_its_own_takes_nothing_from_before_it():
    text = (
        "宝丰县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "录制专题片《法润宝丰》,香山寺被评为全省优秀法治教育基地。"
        "完成乡镇综合行政执法体制改革,法治建设考核居全市前列,获评全省法治县创建先进单位。"
        "推行“首违不罚”清单制度,执法对象满意率明显提升,该做法入选全省典型案例。"
        "深化“共享法庭”建设,并获评全省法治政府建设最佳实践。"
        "县卫健委被评为全省服务型行政执法标兵单位。\n"
    )
    received = links(extract_text(text, doc_id="baofeng-2023"), "recognizedAs")
    by_title = {}
    for who, title in received:
        by_title.setdefault(title, set()).add(who)
    assert "法润宝丰" not in by_title.get("全省优秀法治教育基地", set()), received
    assert "乡镇综合行政执法体制改革" not in by_title.get("全省法治县创建先进单位", set())
    assert "“首违不罚”清单制度" in by_title.get("全省典型案例", set()), received
    assert "“共享法庭”" in by_title.get("全省法治政府建设最佳实践", set()), received
    assert "宝丰县卫生健康委员会" in by_title.get("全省服务型行政执法标兵单位", set()), received


def test_our_towns_village_receives_not_the_town():
    text = (
        "德清县新市镇人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "我镇蔡界村获评“全国民主法治示范村”。\n"
    )
    received = links(extract_text(text, doc_id="xinshi-2023"), "recognizedAs")
    assert received == {("蔡界村", "“全国民主法治示范村”")}, received


def test_a_lists_total_of_awards_is_no_part_of_its_last_title():
    text = (
        "某县人民法院2023年工作报告\n"
        "荣获全省法院调研工作先进集体、市级文明单位等省市级表彰共26项。\n"
    )
    found = labels(extract_text(text, doc_id="award-total"), "Recognition")
    assert {"全省法院调研工作先进集体", "市级文明单位"} <= found, found
    assert not any("表彰" in name for name in found), found


def test_a_title_the_clause_confers_goes_to_nobody_before_the_verb():
    # 命名 without 被/获: the province names the titles; neither it nor the programme before
    # receives them. 被…命名为 still gives the title to what stands before it.
    text = (
        "福建省人民政府关于2022年度法治政府建设情况的报告\n一、主要工作\n"
        "组织开展示范创建活动,命名第三批全省法治政府建设示范地区8个、单项示范项目12个。"
        "南平市被省委依法治省办命名为全省法治政府建设示范市。\n"
    )
    received = links(extract_text(text, doc_id="fujian-2022"), "recognizedAs")
    assert not any(t.startswith("第三批") for _, t in received), received
    assert ("南平市", "全省法治政府建设示范市") in received, received


def test_a_pool_one_is_selected_into_is_a_recognition_and_this_times_selected_is_none():
    text = (
        "衢州市人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "衢州市成功入选全省数字法治改革案例库,为本次入选地区唯一设区市。\n"
    )
    result = extract_text(text, doc_id="pools")
    received = links(result, "recognizedAs")
    assert ("衢州市", "全省数字法治改革案例库") in received, received
    assert not any("唯一" in title for _, title in received), received


def test_a_thing_the_subject_files_under_a_category_is_no_recognition():
    # 把/将 + a thing + award verb: the report's government files its own work under a heading;
    # with a place or a body as the object the designation is received (将我县列为…试点县)
    text = (
        "仙居县人民政府关于2022年法治政府建设情况的报告\n一、主要工作\n"
        "县委把“依法治县战略”确定为全县“三大战略”之一写入县党代会报告,"
        "将法治政府建设纳入全县重点项目。"
        "省司法厅将我县列为全省行政复议规范化建设试点县,将白塔镇确定为省级民主法治示范镇。\n"
    )
    result = extract_text(text, doc_id="disposal")
    found = labels(result, "Recognition")
    assert not any("三大战略" in r or "重点项目" in r for r in found), found
    assert "全省行政复议规范化建设试点县" in found, found
    assert "省级民主法治示范镇" in found, found


def test_titles_a_list_calls_honours_need_no_head_after_a_weak_verb():
    # 获得 alone needs a head (获得群众好评 is none), unless the words after the titles say what
    # they are: 等荣誉, 称号
    text = (
        "岳池县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "县检察院先后获得全省检察机关先进集体、全国巾帼文明岗等荣誉。县法院获得群众好评。"
        "县公安局获得全国青年文明号称号。\n"
    )
    result = extract_text(text, doc_id="honours")
    found = labels(result, "Recognition")
    assert {"全国巾帼文明岗", "全国青年文明号"} <= found, found
    assert not any("好评" in title for title in found), found
    assert ("岳池县公安局", "全国青年文明号") in links(result, "recognizedAs")


def test_a_body_suffix_that_ends_a_title_is_the_titles_head_not_a_body():
    # 全国模范人民调解委员会 is a title (a body's name with 全国模范 before it); the awarding
    # body named inside a title before its end stays a body
    text = (
        "岳池县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "“老娘舅”调解工作室获评全国模范人民调解委员会。城关社区入选司法部第二批全国调解示范点。\n"
    )
    result = extract_text(text, doc_id="title-head")
    bodies = labels(result, "Agency")
    assert not any(b.endswith("人民调解委员会") for b in bodies), bodies
    assert "全国模范人民调解委员会" in labels(result, "Recognition")


def test_the_work_toward_a_title_gives_it_to_nobody():
    # 创建 + a title that qualifies the noun after it (…示范市创建工作, …示范市工作): the city is
    # working toward the title; a title closing its clause after 创建 still goes to its subject
    text = (
        "登封市人民政府关于2023年度法治政府建设情况的报告\n一、主要工作\n"
        "落实郑州市创建全国法治政府建设示范市工作部署。"
        "市调委会驻拘留所工作室创建省级金牌调解工作室。\n"
    )
    found = links(extract_text(text, doc_id="striving"), "recognizedAs")
    assert not any(place == "郑州市" for place, _ in found), found
    assert any(title == "省级金牌调解工作室" for _, title in found), found


CHAINS = """开化县人民政府2023年法治政府建设年度报告
一、主要举措和成效
县司法局创新推行“三调联动”工作机制,入选全省新时代“枫桥经验”优秀案例,被评为“全国模范人民调解委员会”。我县先后获评“全国法治政府建设示范县”“全国普法工作先进县”。
二、存在的不足
2023年,在县委的领导下,我县坚持依法行政,扎实推进法治政府建设各项工作,并获得“全省法治政府建设示范县”命名。
"""


def chains():
    return links(extract_text(CHAINS, doc_id="kaihua-2023"), "recognizedAs")


def test_a_chain_of_recognitions_shares_its_first_recipient():
    # 入选R1,被评为R2: the second clause has no subject of its own
    found = chains()
    assert ("“三调联动”工作机制", "“全国模范人民调解委员会”") in found, found


def test_two_adjacent_quoted_titles_are_two_recognitions():
    found = chains()
    assert ("开化县", "“全国法治政府建设示范县”") in found, found
    assert ("开化县", "“全国普法工作先进县”") in found, found


def test_our_county_opening_a_run_of_subjectless_clauses_receives_at_its_end():
    # 我县坚持…,扎实推进…,并获得R命名: every clause after 我县 opens with its verb
    assert ("开化县", "“全省法治政府建设示范县”") in chains(), chains()


def test_an_aside_that_ranks_the_award_is_not_part_of_its_name():
    text = (
        "青石县人民政府2023年法治政府建设年度报告\n一、主要举措和成效\n"
        "县司法局“订单式”普法入选全省十大普法创新项目(全市唯一)。\n"
    )
    result = extract_text(text, doc_id="qingshi-2023")
    assert "全省十大普法创新项目" in labels(result, "Recognition"), labels(result, "Recognition")
    assert ("“订单式”普法", "全省十大普法创新项目") in links(result, "recognizedAs")


CHAINED = (
    "青石县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n"
    "“石桥夜话”调解机制被命名为全省第三批法治政府建设示范项目并入选全市“十大法治事件”。"
    "“共享法庭”被评为全省优秀案例。\n"
)


def test_a_quote_right_before_被_is_the_awarded_name_without_the_passive_mark():
    result = extract_text(CHAINED, doc_id="qingshi-2023")
    assert "“共享法庭”" in labels(result, "Program"), labels(result, "Program")
    assert ("“共享法庭”", "全省优秀案例") in links(result, "recognizedAs")


def test_an_award_chained_by_并_without_a_comma_is_a_second_recognition():
    result = extract_text(CHAINED, doc_id="qingshi-2023")
    found = labels(result, "Recognition")
    assert "全省第三批法治政府建设示范项目" in found, found
    # 入选 is a weak verb; a ranked selection (十大) is an honour whatever its head
    assert any(r.endswith("“十大法治事件”") for r in found), found
    received = {r for p, r in links(result, "recognizedAs") if p == "“石桥夜话”调解机制"}
    assert len(received) == 2, links(result, "recognizedAs")


def test_two_quoted_titles_joined_by_和_are_two_and_a_rank_is_no_part_of_a_title():
    found = extract_text(
        "某县2023年法治政府建设报告\n一、主要成效\n某村先后被评为“省级民主法治村”和“全国乡村治理"
        "示范村镇”。县司法局“法润乡村”项目荣获全市法治惠民实事项目第一名。\n"
    )
    titles = labels(found, "Recognition")
    assert {"“省级民主法治村”", "“全国乡村治理示范村镇”", "全市法治惠民实事项目"} <= titles
    assert not any(title.endswith("第") or "”和“" in title for title in titles)


def test_a_title_approved_with_huopi_is_a_recognition_and_no_programmes_name():
    text = (
        "桐庐县人民政府关于2023年法治政府建设情况的报告\n"
        "分水镇获批省级民主法治示范乡镇。县司法局获批全省公共法律服务体系建设试点。\n"
    )
    result = extract_text(text, doc_id="tonglu-2023")
    assert ("分水镇", "省级民主法治示范乡镇") in links(result, "recognizedAs")
    assert not any(name.startswith("批") for name in labels(result, "Program"))


def test_bodies_that_respectively_won_titles_get_one_each():
    text = (
        "桐庐县人民政府关于2023年法治政府建设情况的报告\n"
        "县人民法院、县人民检察院分别荣获全省优秀法院、全省先进检察院称号。\n"
    )
    found = {(b.removeprefix("桐庐"), t) for b, t in links(extract_text(text), "recognizedAs")}
    assert found == {("县人民法院", "全省优秀法院"), ("县人民检察院", "全省先进检察院")}, found


def test_whatever_one_is_selected_into_is_a_recognition():
    # 入选 only means being selected into a list or collection: its object needs no head
    text = (
        "嘉兴市司法局2023年法治政府建设年度报告\n一、主要工作\n"
        "“律企同行”服务模式成功入选省级“数字法治”优秀成果集。\n"
    )
    result = extract_text(text, doc_id="selected")
    assert "省级“数字法治”优秀成果集" in labels(result, "Recognition")
    assert ("“律企同行”服务模式", "省级“数字法治”优秀成果集") in links(result, "recognizedAs")


def test_a_designation_attained_goes_to_the_area_that_attained_it():
    # 实现 + a designation: the area reached it (for all its districts), not the work toward it
    text = (
        "湖州市人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "在全省率先实现省级无欠薪示范区全覆盖。\n"
    )
    result = extract_text(text, doc_id="attained")
    assert ("湖州市", "省级无欠薪示范区") in links(result, "recognizedAs")


def test_the_setting_between_a_recipient_and_its_award_is_skipped():
    # 在 + an occasion + 中: where the award was given, between who received it and the verb
    text = (
        "长兴县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "我县在全市法治政府建设年度考核中获评优秀等次。"
        "吕山乡在全县平安建设考评中被评为先进集体。"
        "我县连续三年获评全省平安县。林城镇2023年度被评为省级卫生镇。\n"
    )
    received = links(extract_text(text, doc_id="setting"), "recognizedAs")
    assert ("长兴县", "优秀等次") in received, received
    assert ("吕山乡", "先进集体") in received, received
    # a streak or a year stands between too
    assert ("长兴县", "全省平安县") in received, received
    assert ("林城镇", "省级卫生镇") in received, received


def test_two_titles_joined_by_和_at_a_level_word_are_two():
    # …示范村和省级…: a head, a conjunction and a level word that opens the next title
    text = (
        "长兴县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "和平镇被评为全国乡村治理示范镇和省级民主法治镇。\n"
    )
    found = labels(extract_text(text, doc_id="two-titles"), "Recognition")
    assert {"全国乡村治理示范镇", "省级民主法治镇"} <= found, found


def test_a_grade_got_and_a_ranked_list_climbed_onto_are_recognitions():
    # 获得 needs a head: 等次 is one (an assessment's grade); 荣登 only means making a list
    text = (
        "长兴县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "我县在全市平安建设考核中获得优秀等次。我县荣登全国县域营商环境百强榜单。\n"
    )
    received = links(extract_text(text, doc_id="grades"), "recognizedAs")
    assert ("长兴县", "优秀等次") in received, received
    assert ("长兴县", "全国县域营商环境百强榜单") in received, received


@pytest.mark.parametrize(
    "sentence, recipient, title",
    [
        # 被 + 评选/遴选/选树/评定 + 为: the passive verbs of selecting someone as a title
        ("县司法局被评选为全国人民调解工作先进集体。", "安吉县司法局", "全国人民调解工作先进集体"),
        ("县法院被最高人民法院遴选为全国示范法院。", "安吉县人民法院", "全国示范法院"),
        ("县公安局被选树为全省公安系统标杆单位。", "安吉县公安局", "全省公安系统标杆单位"),
        # 列入 a list or register (名单, 名录): weak, but these heads say it was an honour
        ("递铺街道被列入省级未来社区创建名单。", "递铺街道", "省级未来社区创建名单"),
    ],
)
def test_verbs_of_selecting_and_lists_entered_are_recognitions(sentence, recipient, title):
    text = f"安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n{sentence}\n"
    received = links(extract_text(text, doc_id="selecting"), "recognizedAs")
    assert (recipient, title) in received, received


def test_a_body_inside_the_clause_before_is_its_object_and_receives_nothing():
    # 县委政法委获|省委政法委|通报表扬，被评为…: the subject of the clause before receives
    text = (
        "安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "县委政法委获省委政法委通报表扬，被评为年度平安建设优秀单位。\n"
    )
    received = links(extract_text(text, doc_id="object-body"), "recognizedAs")
    recipients = {r for r, title in received if title == "年度平安建设优秀单位"}
    assert recipients and all(r.startswith("安吉县委") for r in recipients), received


def test_a_demonstrative_subject_receives_for_what_the_sentence_before_named():
    # 该中心被…评为…: the centre the sentence before built; 该街道: the street it named
    text = (
        "安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "县司法局建成县级公共法律服务中心。该中心被司法部评为全国公共法律服务示范单位。"
        "县委政法委指导递铺街道开展“三治融合”建设。该街道获评全国民主法治示范街道。\n"
    )
    received = links(extract_text(text, doc_id="demonstrative"), "recognizedAs")
    assert any(
        r.endswith("公共法律服务中心") and t == "全国公共法律服务示范单位" for r, t in received
    ), received
    assert ("递铺街道", "全国民主法治示范街道") in received, received


def test_an_honour_referred_back_to_is_no_new_recognition():
    text = (
        "安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "我县荣获全国法治政府建设示范县称号,成为全省唯一获此殊荣的县。\n"
    )
    found = labels(extract_text(text, doc_id="referred-back"), "Recognition")
    assert not any("殊荣" in title for title in found), found


def test_a_bodys_title_goes_to_the_body_opening_the_run_not_to_its_work():
    # 县司法局坚持…，打造“…”，获评…先进集体: the bureau is the collective honoured
    text = (
        "兰陵县人民政府关于2022年度法治政府建设情况的报告\n一、主要工作\n"
        "县司法局坚持改革创新,打造“枫桥式”司法所,获评全省司法行政先进集体。"
        "推行“极简审批”改革,获评全省改革创新优秀案例。\n"
    )
    received = links(extract_text(text, doc_id="collective"), "recognizedAs")
    assert ("兰陵县司法局", "全省司法行政先进集体") in received, received
    assert not any(t == "全省司法行政先进集体" and "枫桥" in r for r, t in received), received
    assert ("“极简审批”改革", "全省改革创新优秀案例") in received, received


def test_a_place_in_the_place_of_a_level_word_leads_a_designation_won():
    # 成功创建第三批重庆市…示范区: the municipality designates; its name stands for the level
    text = (
        "重庆市荣昌区司法局关于2024年法治政府建设情况的报告\n一、主要工作\n"
        "荣昌区成功创建第三批重庆市法治政府建设示范区。\n"
    )
    result = extract_text(text, doc_id="municipal")
    assert "第三批重庆市法治政府建设示范区" in labels(result, "Recognition")
    assert ("荣昌区", "第三批重庆市法治政府建设示范区") in links(result, "recognizedAs")


def test_the_categories_before_a_counted_title_are_no_titles_nor_programmes():
    # 入选A、B…等10个“百强县”: the title is the one after the count; the items are its fields
    text = (
        "某市人民政府2022年度法治政府建设工作报告\n一、主要工作\n"
        "先后入选全国营商环境、科技创新、绿色发展、文旅融合、县域数字经济、城市品牌等6个“全国百强县(市)”。\n"
    )
    result = extract_text(text, doc_id="categories")
    assert labels(result, "Recognition") == {"“全国百强县(市)”"}, labels(result, "Recognition")
    assert not any(p.endswith("品牌") for p in labels(result, "Program")), labels(result, "Program")


def test_an_antecedents_evidence_stays_inside_the_sentence_that_awards():
    text = (
        "安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n"
        "县司法局建成县级公共法律服务中心。该中心获评全国公共法律服务示范单位。\n"
    )
    result = extract_text(text, doc_id="antecedent-span")
    award = [
        link
        for link in result.links
        if link.predicate == "recognizedAs" and str(link.subject).endswith("公共法律服务中心")
    ]
    assert award, result.links
    sentence = result.sentences[award[0].mention.sentence]
    assert sentence.start <= award[0].mention.start < award[0].mention.end <= sentence.end


def test_a_townships_designation_is_a_title_as_a_villages_is():
    # 示范村 and 法治村 at the level of a township: 法治镇, 示范乡镇, 法治街道
    found = extract_item(
        "分水镇、富春江镇成功创建省级民主法治镇。",
        publisher="桐庐县人民政府",
        doc_id="tonglu-2023",
    )
    assert ("分水镇", "省级民主法治镇") in links(found, "recognizedAs")
    assert ("富春江镇", "省级民主法治镇") in links(found, "recognizedAs")


def test_a_list_entered_is_labelled_by_the_title_it_names():
    # 入选…名单: the honour is the title; a list that names none keeps its own name
    found = extract_item(
        "桐庐县入选第二批全国法治政府建设示范地区名单，旧县街道入选全省法治文化建设示范点名录。",
        publisher="桐庐县人民政府",
        doc_id="tonglu-2023",
    )
    assert ("桐庐县", "第二批全国法治政府建设示范地区") in links(found, "recognizedAs")
    assert ("旧县街道", "全省法治文化建设示范点") in links(found, "recognizedAs")
    unnamed = extract_item("县司法局入选省司法厅公布的首批名单。", doc_id="zhangxi-2023")
    assert any(label.endswith("名单") for label in labels(unnamed, "Recognition"))
