"""fz:inferredCarrier: the competent body where the report names no carrier."""

from kg.link.inferred import competent_body, domain_of, short_forms
from kg.rdf.build import report_quads
from tests.conftest import extract_text, links

REPORT = """宁乡市人民政府关于2023年法治政府建设情况的报告
一、主要举措和成效
建成“共享法庭”45个,推行人民调解“以案定补”机制。市市场监管局推行食品安全“透明厨房”工程。打造“枫林夜话”品牌。
"""


def result():
    return extract_text(REPORT, doc_id="ningxiang-2023")


def test_the_body_competent_for_the_domain_at_the_reports_level():
    inferred = links(result(), "inferredCarrier")
    assert ("“共享法庭”", "宁乡市人民法院") in inferred
    assert ("人民调解“以案定补”机制", "宁乡市司法局") in inferred


def test_no_inference_where_the_text_names_a_carrier_or_no_domain_fits():
    r = result()
    inferred = links(r, "inferredCarrier")
    assert ("食品安全“透明厨房”工程", "宁乡市市场监督管理局") in links(r, "carriedOutBy")
    assert not any(p.startswith("食品安全") for p, _ in inferred)  # explicit: nothing inferred
    assert not any(p.startswith("“枫林夜话”") for p, _ in inferred)  # no domain: nothing


def test_level_and_name_of_the_body():
    mediation, court = domain_of("人民调解"), domain_of("共享法庭")
    assert competent_body(mediation, "33")[1] == "浙江省司法厅"
    assert competent_body(mediation, "12")[1] == "天津市司法局"  # a municipality names it 局
    assert competent_body(mediation, "330106")[1:] == ("西湖区司法局", "330106")
    assert competent_body(mediation, "331082003")[1] == "江南街道司法所"
    assert competent_body(court, "3310")[1] == "台州市中级人民法院"
    assert competent_body(court, "331082003") is None  # a township has no court


def test_an_unnamed_body_is_a_reference_node_and_a_named_one_keeps_its_iri():
    r = result()
    court = next(e for e in r.resolved.entities.values() if e.label == "宁乡市人民法院")
    assert court.extra_types == {"ReferenceBody"} and not court.mentions
    quads = [q for q in report_quads(r) if q.startswith(f"<{court.iri}> ")]
    assert not any("#mentionedIn>" in q for q in quads)
    assert any("#ReferenceBody>" in q for q in quads)
    named = extract_text(REPORT.replace("建成", "市法院建成"), doc_id="n2")
    body = next(e for e in named.resolved.entities.values() if e.label == "宁乡市人民法院")
    assert body.iri == court.iri and body.mentions and not body.extra_types


def test_short_forms_are_aliases_of_the_canonical_name():
    assert short_forms("宁乡市市场监督管理局") == {"宁乡市市场监管局"}


def test_a_domain_keyword_inside_another_word_infers_nothing():
    from kg.link.inferred import domain_of

    assert domain_of("“法治超市”") is None  # 法治|超市: no 治超 (overloaded trucks)
    assert domain_of("货车治超站") is not None


def test_a_departments_own_rule_of_law_work_infers_no_other_body():
    # a 自然资源局's report: its own 法治政府 and 合法性审查 work is its own (not the 司法局's);
    # a programme of another body's function is still inferred
    department = (
        "宁乡市自然资源局2023年度法治政府建设情况报告\n一、主要工作\n"
        "落实法治政府建设年度报告制度,健全规范性文件合法性审查机制,配合开展人民调解进村活动。\n"
    )
    inferred = links(extract_text(department, doc_id="zrzy-2023"), "inferredCarrier")
    assert not any(p.startswith(("法治政府", "规范性文件")) for p, _ in inferred), inferred
    assert any(p.startswith("人民调解") for p, _ in inferred), inferred
    # the same work in a government's report is the 司法局's to coordinate
    government = department.replace("宁乡市自然资源局", "宁乡市人民政府关于")
    inferred = links(extract_text(government, doc_id="ningxiang-own"), "inferredCarrier")
    assert ("法治政府建设年度报告制度", "宁乡市司法局") in inferred, inferred


def test_a_departments_supervision_of_its_own_enforcement_is_its_own():
    # a 公安局 supervising its officers' enforcement: its own work, not the 司法局's; the
    # supervision of other departments' enforcement (行政执法监督) is the 司法局's still
    department = (
        "宁乡市公安局2023年度法治政府建设情况报告\n一、主要工作\n"
        "创新建立三级联动执法监督管理机制。配合建设行政执法监督平台。\n"
    )
    inferred = links(extract_text(department, doc_id="ningxiang-police"), "inferredCarrier")
    assert not any(p.startswith("三级联动") for p, _ in inferred), inferred
    assert any(p.endswith("行政执法监督平台") and body == "宁乡市司法局" for p, body in inferred), (
        inferred
    )
