"""The fz: vocabulary as a closed rdflib namespace. GENERATED from ontology/fazhi.ttl by
``python -m kg.rdf.gen_namespace``; do not edit by hand."""

# the module, not its class: pytest's doctest finder probes each class a module holds
# for a mock attribute, and rdflib's open DefinedNamespace warns on unknown names
from rdflib import namespace
from rdflib.term import URIRef


class FZ(namespace.DefinedNamespace):
    """fazhi-kg ontology: https://w3id.org/fazhi-kg/ontology#"""

    _fail = True

    # class
    Activity: URIRef  # 活动 / activity
    Agency: URIRef  # 机构 / agency
    Community: URIRef  # 社区或村 / community or village
    County: URIRef  # 县级行政区 / county
    LinkAssertion: URIRef  # 关系断言 / link assertion
    Mention: URIRef  # 提及 / mention
    Outcome: URIRef  # 成效数据 / outcome
    Person: URIRef  # 人物 / person
    Place: URIRef  # 地点 / place
    PolicyDocument: URIRef  # 政策文件 / policy document
    Prefecture: URIRef  # 地级行政区 / prefecture
    Program: URIRef  # 改革举措 / programme
    ProgramStatus: URIRef  # 举措状态 / programme status
    Province: URIRef  # 省级行政区 / province
    Recognition: URIRef  # 荣誉称号 / recognition
    ReferenceBody: URIRef  # 参照机构 / reference body
    Report: URIRef  # 报告 / report
    Sentence: URIRef  # 句子 / sentence
    Site: URIRef  # 场所 / named site
    Subdistrict: URIRef  # 街道 / subdistrict
    Township: URIRef  # 乡镇 / township

    # object property
    aboutPlace: URIRef  # 报告地区 / about place
    awardedBy: URIRef  # 授予机构 / awarded by
    carriedOutBy: URIRef  # 实施主体 / carried out by
    establishedBy: URIRef  # 依据文件 / established by
    hasOutcome: URIRef  # 成效 / has outcome
    holdsPostIn: URIRef  # 任职机构 / holds post in
    implementedIn: URIRef  # 实施地点 / implemented in
    implementedThroughout: URIRef  # 全域实施 / implemented throughout
    inReport: URIRef  # 所在报告 / in report
    inSentence: URIRef  # 所在句子 / in sentence
    inferredCarrier: URIRef  # 推定实施主体 / inferred carrier
    jurisdiction: URIRef  # 辖区 / jurisdiction
    mentionedIn: URIRef  # 提及于 / mentioned in
    recognizedAs: URIRef  # 获得荣誉 / recognized as
    status: URIRef  # 状态 / status
    within: URIRef  # 隶属于 / within

    # datatype property
    adminCode: URIRef  # 统计用区划代码 / administrative code
    approximate: URIRef  # 约数 / approximate
    baselineValue: URIRef  # 基准值 / baseline value
    baselineYear: URIRef  # 基准年份 / baseline year
    coversYear: URIRef  # 报告年度 / covers year
    end: URIRef  # 结束位置 / end offset
    extractedBy: URIRef  # 文本来源 / extracted by
    headingPath: URIRef  # 标题路径 / heading path
    indexNumber: URIRef  # 索引号 / index number
    indicator: URIRef  # 指标 / indicator
    page: URIRef  # 页码 / page
    partKind: URIRef  # 章节类型 / part kind
    post: URIRef  # 职务 / post
    rule: URIRef  # 规则 / rule
    sentenceIndex: URIRef  # 句子序号 / sentence index
    sentenceStart: URIRef  # 句子起始位置 / sentence start
    sentenceText: URIRef  # 句子文本 / sentence text
    sha256: URIRef  # 校验和 / SHA-256
    sourceFile: URIRef  # 源文件 / source file
    start: URIRef  # 起始位置 / start offset
    surface: URIRef  # 原文 / surface text
    unit: URIRef  # 单位 / unit
    value: URIRef  # 数值 / value
    year: URIRef  # 年份 / year

    # individual
    Implemented: URIRef  # 已实施 / implemented
    Planned: URIRef  # 计划实施 / planned

    _NS = namespace.Namespace("https://w3id.org/fazhi-kg/ontology#")
