from tests.conftest import extract_text, labels


def test_persons_with_post_and_body(linhai):
    persons = {e.label: e for e in linhai.resolved.entities.values() if e.kind == "Person"}
    assert persons["钱德海"].props["post"] == "副厅长"
    assert "吴华丁" in persons


def test_no_persons_from_posts_alone():
    result = extract_text("某县2022年法治政府建设报告\n主要负责人履行第一责任人职责,书记带头述法,局长带队检查。\n")
    assert labels(result, "Person") == set()
