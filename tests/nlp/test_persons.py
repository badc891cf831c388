from tests.conftest import extract_text, labels


def test_persons_with_post_and_body(linhai):
    persons = {e.label: e for e in linhai.resolved.entities.values() if e.kind == "Person"}
    assert persons["钱德海"].props["post"] == "副厅长"
    assert "吴华丁" in persons


def test_no_persons_from_posts_alone():
    result = extract_text(
        "某县2022年法治政府建设报告\n主要负责人履行第一责任人职责,书记带头述法,局长带队检查。\n"
    )
    assert labels(result, "Person") == set()


def test_a_head_of_the_area_named_by_the_post_alone():
    text = (
        "安吉县人民政府关于2022年度法治政府建设工作情况的报告\n一、主要工作\n"
        "县委书记李明主持召开会议,县长王芳带头讲法治课,厅长钱某出席。\n"
    )
    people = {
        m.label: m.get("post")
        for m in extract_text(text, doc_id="anji-p").mentions
        if m.kind == "Person"
    }
    assert people == {"李明": "书记", "王芳": "县长"}  # 厅长 alone names no body: not taken


def test_a_name_ends_before_a_verb_its_last_character_would_begin():
    text = """四川省人民政府关于2021年度推进法治政府建设情况的报告
一、主要成效
省委书记彭清强调,要把法治政府建设作为重点任务。
"""
    found = labels(extract_text(text, doc_id="sc-person"), "Person")
    assert "彭清" in found and "彭清强" not in found


def test_a_verb_that_begins_with_a_surnames_character_is_no_name():
    text = """某县人民法院2022年法治建设工作报告
一、加强组织领导
院党组高度重视,成立以党组书记、院长为组长的领导小组。
"""
    assert not labels(extract_text(text, doc_id="court-2022"), "Person")  # 成立以 + 党组书记


def test_serving_as_a_groups_role_is_no_person():
    """由街道党工委书记任组长、司法所所长任办公室主任: 任 is the verb; no person 任组长, no body
    “司法所所长任办公室”."""
    found = extract_text(
        "某街道办事处2025年法治政府建设工作报告\n一、主要工作\n调整法治政府建设工作领导小组，"
        "由街道党工委书记任组长、司法所所长任办公室主任。\n"
    )
    assert not labels(found, "Person"), labels(found, "Person")
    assert not any("任" in b for b in labels(found, "Agency")), labels(found, "Agency")
