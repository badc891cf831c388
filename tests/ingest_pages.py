"""Saved portal pages of four layouts, written for the tests (no real portal's markup): the same
report inside a known CMS container, an unfamiliar container beside link lists, a table layout
and an <article>, each with navigation, a related-links list, a footer and a script."""

TITLE = "宁乡市人民政府关于2023年法治政府建设情况的报告"
BODY = """<p>2023年,宁乡市人民政府坚持以习近平法治思想为指导,全面推进法治政府建设,\
现将有关情况报告如下:</p>
<p>一、主要举措和成效</p>
<p>(一)深化行政执法改革。市司法局全面推行“综合查一次”改革,检查企业120家,减少重复检查85次。</p>
<p>(二)加强矛盾纠纷化解。建成“共享法庭”32个,调解纠纷1500件,调解成功率98.5%。</p>
<p>二、存在的不足和下一步打算</p>
<p>一是持续深化“综合查一次”改革;二是推进诉源治理工作站建设。</p>
<p style="text-align:right">宁乡市人民政府</p><p style="text-align:right">2024年1月20日</p>"""
RELATED = """<div class="related"><h3>相关链接</h3><ul>
<li><a href="/a1">宁乡市人民政府关于2022年法治政府建设情况的报告</a><span>2023-01-15</span></li>
<li><a href="/a2">宁乡市人民政府办公室关于印发2024年政务公开工作要点的通知</a>
<span>2024-03-02</span></li>
<li><a href="/a3">宁乡市市场监督管理局2023年工作总结</a><span>2024-01-05</span></li></ul></div>"""
NAV = """<div class="top"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> |
<a href="/hd">互动交流</a></div>
<div class="crumb">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt;
法治政府建设</div>"""
FOOTER = """<div class="foot"><p>主办单位:宁乡市人民政府办公室 承办:宁乡市大数据中心</p>
<p>网站标识码:4301820001 湘ICP备05000000号</p></div>"""
SCRIPT = "<script>var tip = '<p>宁乡市应急管理局不是正文</p>';</script>"

PAGES = {
    "known-container": f"<html><head><title>{TITLE}_宁乡市人民政府门户网站</title>"
    f"<meta name='ArticleTitle' content='{TITLE}'></head><body>{NAV}<h1>{TITLE}</h1>"
    f"<div class='info'>发布日期:2024-01-22 来源:市司法局</div><div id='zoom'>{BODY}</div>"
    f"{RELATED}{FOOTER}{SCRIPT}</body></html>",
    "unfamiliar-container": f"<html><head><title>{TITLE}-宁乡市人民政府</title></head><body>"
    f"{NAV}<div class='mainbox'><div class='leftnav'><ul><li><a href='/x'>政府信息公开指南</a></li>"
    f"<li><a href='/y'>政府信息公开制度</a></li></ul></div><div class='wz_article'>"
    f"<div class='wz_title'>{TITLE}</div><div class='wz_meta'>发布时间:2024-01-22</div>"
    f"<div class='wz_text'>{BODY}</div></div></div>{RELATED}{FOOTER}{SCRIPT}</body></html>",
    "table-layout": f"<html><head><title>{TITLE}</title></head><body><table width='100%'>"
    f"<tr><td>{NAV}</td></tr><tr><td><table><tr><td class='bt'>{TITLE}</td></tr>"
    f"<tr><td>发布日期:2024-01-22</td></tr><tr><td class='nr'>{BODY}</td></tr></table></td></tr>"
    f"<tr><td>{RELATED}</td></tr></table>{FOOTER}{SCRIPT}</body></html>",
    "article": f"<!doctype html><html><head><title>{TITLE} | 宁乡市人民政府</title>"
    f"<meta property='og:title' content='{TITLE}'></head><body><header>{NAV}</header><main>"
    f"<article><h1>{TITLE}</h1>{BODY}</article><aside>{RELATED}</aside></main>"
    f"<footer>{FOOTER}</footer>{SCRIPT}</body></html>",
}
