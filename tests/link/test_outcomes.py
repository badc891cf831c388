"""hasOutcome: the programme of the outcome's own clause first, counted activities, headings."""

from tests.conftest import extract_text, links

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
