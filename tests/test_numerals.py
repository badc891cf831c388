import pytest

from kg.numerals import chinese_to_int, decimal_text, to_decimal


@pytest.mark.parametrize(
    "text, value",
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("三百零五", 305),
        ("两千", 2000),
        ("一万二千", 12000),
        ("二〇二四", 2024),
        ("三", 3),
    ],
)
def test_chinese_numerals(text, value):
    assert chinese_to_int(text) == value


@pytest.mark.parametrize(
    "number, mult, text",
    [
        ("1.7", "万", "17000"),
        ("24", "万", "240000"),
        ("3.5", "万", "35000"),
        ("12.7", "万", "127000"),
        ("3.92", "", "3.92"),
        ("50.40", "", "50.4"),
        ("1,039", "", "1039"),
        ("三", "", "3"),
        ("2", "亿", "200000000"),
    ],
)
def test_decimal_normalisation(number, mult, text):
    assert decimal_text(to_decimal(number, mult)) == text


def test_a_large_unit_alone_counts_one_of_it_in_a_reported_figure():
    from tests.conftest import extract_text

    text = """某县人民政府2023年法治政府建设年度报告
一、主要工作
开展宪法宣传活动,参与群众超万人,覆盖群众近万人次,办理案件百余件。
"""
    found = {(o.value, o.unit) for o in extract_text(text).resolved.outcomes}
    assert {(10000, "人"), (10000, "人次"), (100, "件")} <= {(int(v), u) for v, u in found}
