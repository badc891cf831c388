from kg.ingest.layout import Line, Page, furniture, is_page_number, page_text

W, H = 595, 842


def line(text, x0=72, x1=523, top=100):
    return Line(text, x0, x1, top, top + 12)


def test_page_numbers_of_every_printed_form_are_furniture():
    for text in ("3", "— 3 —", "- 3 -", "第3页", "第 3 页 共 12 页", "3/12", "·3·", "Page 3 of 12"):
        assert is_page_number(text), text
    for text in ("2023年", "一、主要成效", "3个"):
        assert not is_page_number(text), text


def test_a_running_header_is_dropped_only_where_it_recurs():
    pages = [
        Page((line("清源县人民政府文件", 250, 345, 30), line(text, top=100)), W, H)
        for text in ("甲乡", "乙镇", "丙村")
    ]
    assert furniture(pages) == {(0, 0), (1, 0), (2, 0)}
    # one page: a short line at the top is the report's title, not furniture
    alone = [Page((line("清源县人民政府文件", 250, 345, 30), line("正文")), W, H)]
    assert furniture(alone) == set()


def test_an_indented_line_begins_a_paragraph_and_a_wrapped_one_goes_on():
    page = Page(
        (
            line("一是深化改革。全县推行联合执法，开展检查", 96, 523, 100),
            line("126次。", 72, 130, 118),
            line("二是化解纠纷。", 96, 180, 136),
        ),
        W,
        H,
    )
    text, starts = page_text([page, Page((line("正文", top=100),), W, H)])
    first, second = text.split("\n")[:2]
    assert first == "一是深化改革。全县推行联合执法，开展检查126次。" and second == "二是化解纠纷。"
    assert starts == (0, len(text) - 2)


def test_a_short_line_is_explained_by_a_run_that_did_not_fit():
    """LibreOffice moves 件、14 or “1+4+X” to the next line whole: the gap it leaves is no
    paragraph's end; a gap wider than the run is."""
    lines = (
        line("对27件涉企文", 72, 480, 100),  # three characters short of the edge
        line("件、14件涉企合同出具意见。", 72, 300, 118),
        line("全年审查合同。", 72, 160, 136),
        line("另有一段不缩进的文字正好写满一整行的宽度啊", 72, 523, 154),
    )
    text, _ = page_text([Page(lines, W, H)])
    assert text.split("\n") == [
        "对27件涉企文件、14件涉企合同出具意见。",
        "全年审查合同。",
        "另有一段不缩进的文字正好写满一整行的宽度啊",
    ]


def test_a_gap_larger_than_the_line_spacing_begins_a_paragraph():
    full = "一行写满了整个版面的宽度没有缩进也没有句号"
    lines = (
        line(full, top=100),
        line(full, top=118),
        line(full, top=136),
        line("第二段另起，中间空了一行", top=136 + 18 * 2),
        line(full, top=136 + 18 * 3),
    )
    text, _ = page_text([Page(lines, W, H)])
    assert text.split("\n")[1].startswith("第二段另起")


def test_a_page_without_body_text_begins_where_the_next_does():
    pages = [
        Page((line("第一页的正文写满了一整行", top=80), line("第一页正文。", 72, 150, 100)), W, H),
        Page((line("- 2 -", 280, 300, 820),), W, H),
        Page((line("第三页正文。", x1=150, top=100),), W, H),
    ]
    text, starts = page_text(pages)
    assert text == "第一页的正文写满了一整行第一页正文。\n第三页正文。" and starts == (0, 19, 19)
