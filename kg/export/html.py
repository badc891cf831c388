"""report.html: one self-contained page (no remote resources; one small script of ours sorts and
filters its tables) with the tables, an SVG drawing of who carries which reform, where and under
which document, and every drawn link with the sentence that states it (the drawing's edges point
at those rows)."""

from __future__ import annotations

from html import escape

import networkx as nx

from kg.export.gexf import PALETTE
from kg.export.labels import LABEL_SIZE, label_spots

FONT = (
    "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei',"
    "'PingFang SC',sans-serif"
)
DRAWN = (
    "carriedOutBy",
    "inferredCarrier",
    "implementedIn",
    "implementedThroughout",
    "establishedBy",
    "recognizedAs",
    "awardedBy",
)


NETWORK_HEADING = (
    "改革举措与机构、地点、文件、荣誉 / "
    "Programmes with their bodies, places, documents and recognitions"
)


def network_svg(
    G: nx.MultiDiGraph,
    width: int = 1100,
    columns: int = 3,
    max_components: int = 60,
    max_nodes: int = 240,
    fact_ids: dict[tuple[str, str, str], str] | None = None,
) -> str:
    """SVG of programmes with their bodies, places, documents and recognitions.

    Each connected component is laid out on its own (spring layout, fixed seed) in a cell of a
    grid, largest first, so that labels of unrelated pairs never overlap.
    """
    H = nx.Graph()
    for s, o, d in G.edges(data=True):
        if d["relation"] in DRAWN:
            H.add_edge(s, o, relation=d["relation"])
    if H.number_of_nodes() == 0:
        return "<p>（没有可绘制的关系 / no links to draw）</p>"
    note = ""
    if H.number_of_nodes() > max_nodes:  # a readable drawing: the best-connected nodes only
        keep = sorted(H.nodes, key=lambda n: (-H.degree(n), n))[:max_nodes]
        note = (
            f"<p>Showing the {max_nodes} best-connected of {H.number_of_nodes()} nodes; "
            "graph.gexf has all.</p>"
        )
        H = nx.Graph(H.subgraph(keep))
        H.remove_nodes_from([n for n in sorted(H.nodes) if H.degree(n) == 0])
    components = sorted(
        (sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0])
    )[:max_components]
    cell_w = width / columns
    parts, y0, row_h, col = [], 10.0, 0.0, 0
    placed = {}
    for comp in components:
        sub = (
            nx.Graph()
        )  # built in sorted order: subgraph views iterate a set, whose order varies by process
        sub.add_nodes_from(comp)
        sub.add_edges_from(sorted(tuple(sorted(e)) for e in H.edges(comp)))
        size = len(comp)
        wide = size > WIDE_COMPONENT  # a hub and its many neighbours get a row of their own
        if wide and col:
            col, y0, row_h = 0, y0 + row_h, 0.0
        cell_h = 70 + 28 * size if size <= 6 else 60 + 22 * size**0.5 * 6
        span = width - 40 if wide else cell_w * 0.45
        pos = (
            # spread apart (k above the default 1/sqrt(n)): the labels need the room
            nx.spring_layout(sub, seed=42, iterations=200, k=3 / size**0.5 if wide else None)
            if size > 2
            else {n: (0.0, -1.0 + 2.0 * i / max(1, size - 1)) for i, n in enumerate(comp)}
        )
        xs = [p[0] for p in pos.values()] or [0]
        ys = [p[1] for p in pos.values()] or [0]
        for n in comp:
            fx = (pos[n][0] - min(xs)) / ((max(xs) - min(xs)) or 1)
            fy = (pos[n][1] - min(ys)) / ((max(ys) - min(ys)) or 1)
            placed[n] = (col * cell_w + 20 + fx * span * 0.8, y0 + 20 + fy * (cell_h - 40))
        row_h = max(row_h, cell_h)
        col = columns if wide else col + 1
        if col == columns:
            col, y0, row_h = 0, y0 + row_h, 0.0
    height = int(y0 + row_h + 20)
    parts.append(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'style="font-family:{FONT};background:#fff;border:1px solid #ddd">'
    )
    for s, o in sorted(H.edges, key=lambda e: (e[0], e[1])):
        if s in placed and o in placed:
            (x1, y1), (x2, y2) = placed[s], placed[o]
            relation = H[s][o]["relation"]
            dash = ' stroke-dasharray="4 3"' if relation == "inferredCarrier" else ""
            line = (
                f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#bbb" '
                f'stroke-width="1.2"{dash}><title>{escape(relation)}</title></line>'
            )
            ids = fact_ids or {}
            fact = ids.get((s, relation, o)) or ids.get((o, relation, s))
            parts.append(f'<a href="#{fact}">{line}</a>' if fact else line)
    shorts = {n: _short(G.nodes[n].get("label", n)) for n in placed}
    radius = {n: 4 + 1.5 * H.degree(n) for n in placed}
    spots = label_spots(placed, shorts, radius, width, height)
    for n in sorted(placed):
        d = G.nodes[n]
        r, g, b = PALETTE.get(d.get("type", ""), (170, 170, 170))
        x, y = placed[n]
        label = d.get("label", n)
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius[n]:.1f}" '
            f'fill="rgb({r},{g},{b})">'
            f"<title>{escape(label)}</title></circle>"
        )
        if n in spots:  # a label that fits nowhere is left to the circle's tooltip
            lx, ly = spots[n]
            parts.append(
                f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="{LABEL_SIZE}" fill="#222">'
                f"{escape(shorts[n])}</text>"
            )
    parts.append("</svg>")
    return note + "".join(parts)


WIDE_COMPONENT = 12  # nodes: a component this large is drawn across the whole width


def _short(label: str) -> str:
    return label if len(label) <= 18 else label[:17] + "…"


def table(rows: list[dict], columns: list[str] | None = None, limit: int | None = None) -> str:
    if not rows:
        return "<p>（无 / none）</p>"
    columns = columns or list(rows[0])
    shown = rows[:limit] if limit else rows
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(r.get(c, '')))}</td>" for c in columns) + "</tr>"
        for r in shown
    )
    more = (
        f"<p>… {len(rows) - len(shown)} more rows in the CSV.</p>" if len(rows) > len(shown) else ""
    )
    return (
        f'<table class="sortable"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
        + more
    )


FACT_RELATIONS = DRAWN + ("hasOutcome",)
FACTS_SHOWN = 600


def chosen_facts(G: nx.MultiDiGraph, limit: int = FACTS_SHOWN) -> list[tuple[str, str, str]]:
    """The links report.html lists with their evidence: the drawn relations and outcomes, in
    relation order, then by the labels of their ends; at most `limit`."""
    order = {name: n for n, name in enumerate(FACT_RELATIONS)}
    links = sorted(
        {(s, d["relation"], o) for s, o, d in G.edges(data=True) if d["relation"] in order},
        key=lambda k: (
            order[k[1]],
            G.nodes[k[0]].get("label", k[0]),
            G.nodes[k[2]].get("label", k[2]),
            k,
        ),
    )
    return links[:limit]


def facts_table(
    G: nx.MultiDiGraph, links: list[tuple], facts: dict, total: int
) -> tuple[str, dict]:
    """The table of links with the sentence that states each (its span marked) and the report;
    and the row id of each link, for the network's edges to point at."""
    if not links:
        return "<p>（无 / none）</p>", {}
    ids, rows = {}, []
    for n, key in enumerate(links):
        fact = facts.get(key)
        subject, relation, obj = key
        ids[key] = f"fact-{n}"
        if fact is None:
            evidence, report, rule = "", "", ""
        else:
            evidence = (
                f"{escape(fact.before)}<mark>{escape(fact.marked)}</mark>{escape(fact.after)}"
            )
            report, rule = escape(fact.title), escape(fact.rule)
        kind = ' class="inferred"' if relation == "inferredCarrier" else ""
        rows.append(
            f'<tr id="fact-{n}"{kind}><td>{escape(G.nodes[subject].get("label", subject))}</td>'
            f"<td>{escape(relation)}</td><td>{escape(G.nodes[obj].get('label', obj))}</td>"
            f"<td>{evidence}</td><td>{report}</td><td>{rule}</td></tr>"
        )
    head = "".join(
        f"<th>{h}</th>"
        for h in (
            "主体 / subject",
            "关系 / relation",
            "客体 / object",
            "证据 / evidence",
            "报告 / report",
            "rule",
        )
    )
    more = (
        f"<p>… {total - len(links)} more links; queries/evidence.rq lists them all.</p>"
        if total > len(links)
        else ""
    )
    table_html = (
        f'<table class="sortable facts"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}'
        f"</tbody></table>{more}"
    )
    return table_html, ids


# Sorting and filtering of every table (ours; the file stays one offline page).
SCRIPT = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  var input = document.createElement("input");
  input.type = "search";
  input.placeholder = "筛选 / filter";
  input.className = "filter";
  table.parentNode.insertBefore(input, table);
  var body = table.tBodies[0];
  input.addEventListener("input", function () {
    var needle = input.value.trim().toLowerCase();
    Array.prototype.forEach.call(body.rows, function (row) {
      row.hidden = needle !== "" && row.textContent.toLowerCase().indexOf(needle) < 0;
    });
  });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
    th.title = "click to sort";
    th.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) {
        c.removeAttribute("aria-sort");
      });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].textContent, y = b.cells[column].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var order = (!isNaN(nx) && !isNaN(ny) && String(nx) === x.trim() && String(ny) === y.trim())
          ? nx - ny : x.localeCompare(y, "zh");
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
"""


def legend() -> str:
    items = "".join(
        f'<span class="key"><span class="dot" style="background:rgb{c}"></span>{t}</span>'
        for t, c in PALETTE.items()
        if t not in ("Outcome", "Report")
    )
    lines = (
        '<span class="key">—— carriedOutBy (stated by the text)</span>'
        '<span class="key">- - - inferredCarrier (competent body, inferred)</span>'
    )
    return f'<div class="legend">{items}{lines}</div>'


def generate_html(
    G: nx.MultiDiGraph,
    tables: dict[str, list[dict]],
    summary: dict,
    facts: dict | None = None,
    links: list[tuple] | None = None,
    total_links: int | None = None,
) -> str:
    """report.html. `links` are the links listed with their evidence (`facts`, from
    kg.export.evidence), of `total_links` in all; the network's edges point at their rows."""
    links = links if links is not None else chosen_facts(G)
    facts_html, fact_ids = facts_table(G, links, facts or {}, total_links or len(links))
    sections = [
        (
            "谁承担哪些改革 / Reforms per body",
            table(tables["reforms_per_body"], ["label", "reforms", "mentions", "reform_names"], 40),
        ),
        (
            "推定承担 / Reforms per body, inferred from the programme's domain (not stated)",
            table(
                tables["inferred_reforms_per_body"],
                ["label", "reforms", "reform_names"],
                40,
            ),
        ),
        (
            "乡镇覆盖 / Programmes per township",
            table(
                tables["place_coverage"],
                ["county", "township", "code", "programmes", "programme_names"],
            ),
        ),
        (
            "中心性 / Centrality (top 30)",
            table(tables["centrality"], ["label", "type", "degree", "betweenness", "pagerank"], 30),
        ),
        ("按主题的计划与实施 / Planned and implemented by theme", table(tables["plan_by_theme"])),
        (
            "活动 / Activities held and counted",
            table(tables["activities"], ["label", "carriers", "outcomes", "reports"], 60),
        ),
        ("成效 / Outcomes per programme", table(tables["outcomes_per_programme"], None, 60)),
        (
            "年度变化 / Change between years",
            table(tables["year_changes"], ["year", "programmes", "new", "dropped"]),
        ),
        ("事实与证据 / Every link with the sentence that states it", facts_html),
    ]
    facts = "".join(f"<li>{escape(k)}: {escape(str(v))}</li>" for k, v in summary.items())
    body = "".join(f"<h2>{escape(h)}</h2>{t}" for h, t in sections)
    return f"""<!DOCTYPE html>
<html lang="zh">
<head><meta charset="utf-8"><title>fazhi-kg 分析报告</title>
<style>
body{{font-family:{FONT};margin:24px;color:#222;max-width:1200px}}
table{{border-collapse:collapse;margin:8px 0 24px;font-size:13px}}
th,td{{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}}
th{{background:#f4f4f4}}
.legend{{margin:8px 0}} .key{{margin-right:16px;font-size:13px}}
.dot{{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:4px;vertical-align:middle}}
th{{cursor:pointer}} th[aria-sort=ascending]::after{{content:" ▲"}}
th[aria-sort=descending]::after{{content:" ▼"}}
input.filter{{display:block;margin:4px 0;padding:3px 6px;min-width:16em}}
mark{{background:#ffe58a}} tr.inferred td{{background:#fffbea}}
tr:target td{{outline:2px solid #0b5cad}}
</style></head>
<body>
<h1>法治政府建设年度报告知识图谱 · 分析</h1>
<ul>{facts}</ul>
<h2>{NETWORK_HEADING}</h2>
{legend()}
{network_svg(G, fact_ids=fact_ids)}
{body}
<script>{SCRIPT}</script>
</body></html>
"""
