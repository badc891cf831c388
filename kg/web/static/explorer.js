// The explorer: live search over labels and aliases, and the network of a filtered
// neighbourhood (drawn as SVG from /api/network; wheel zooms, drag pans, a click opens a page).
// Written for fazhi-kg; no third-party code.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

function element(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// -- search ------------------------------------------------------------------------------------
const searchBox = document.getElementById("search");
const results = document.getElementById("results");
let searchTimer = null;
let searchSerial = 0;

function showHits(hits) {
  results.replaceChildren();
  for (const hit of hits) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = hit.href;
    link.textContent = hit.name;
    const kind = document.createElement("span");
    kind.className = "kind kind-" + hit.kind;
    kind.textContent = hit.kind;
    item.append(link, " ", kind);
    if (hit.label !== hit.name) {
      const alias = document.createElement("span");
      alias.className = "alias";
      alias.textContent = " (" + hit.label + ")";
      item.append(alias);
    }
    const show = document.createElement("button");
    show.type = "button";
    show.className = "focus";
    show.textContent = "网络 / network";
    show.addEventListener("click", () => { setFocus(hit.iri); });
    item.append(" ", show);
    results.append(item);
  }
}

async function search(text) {
  const serial = ++searchSerial;
  if (!text.trim()) { results.replaceChildren(); return; }
  const response = await fetch("/api/search?q=" + encodeURIComponent(text));
  const data = await response.json();
  if (serial === searchSerial) showHits(data.hits);
}

searchBox.addEventListener("input", () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => search(searchBox.value), 150);
});
document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  search(searchBox.value);
});

// -- network -----------------------------------------------------------------------------------
const svg = document.getElementById("network");
const filters = document.getElementById("filters");
const focusField = document.getElementById("focus");
const status = document.getElementById("network-status");
let view = { x: 0, y: 0, w: 1000, h: 1000 };
let networkSerial = 0;

function setView() {
  svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
}

function setFocus(iri) {
  focusField.value = iri;
  loadNetwork();
  svg.scrollIntoView({ behavior: "smooth", block: "center" });
}

function networkQuery() {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(filters)) {
    if (value !== "") params.append(key, value);
  }
  return params;
}

async function loadNetwork() {
  const serial = ++networkSerial;
  status.textContent = "…";
  const response = await fetch("/api/network?" + networkQuery().toString());
  const data = await response.json();
  if (serial !== networkSerial) return;
  drawNetwork(data);
}

function drawNetwork(data) {
  svg.replaceChildren();
  // the drawing's own extent: no empty band below a wide, flat layout
  view = { x: 0, y: 0, w: data.width, h: Math.max(200, data.height) };
  svg.style.height = Math.round(svg.getBoundingClientRect().width * view.h / view.w) + "px";
  setView();
  const where = new Map(data.nodes.map((n) => [n.id, n]));
  const edges = element("g", { class: "edges" });
  for (const edge of data.edges) {
    const a = where.get(edge.source), b = where.get(edge.target);
    if (!a || !b) continue;
    const line = element("line", {
      x1: a.x, y1: a.y, x2: b.x, y2: b.y,
      class: "edge rel-" + edge.relation + (edge.inferred ? " inferred" : ""),
    });
    line.append(element("title", {}, `${a.label} — ${edge.relation} → ${b.label}`));
    edges.append(line);
  }
  const nodes = element("g", { class: "nodes" });
  for (const node of data.nodes) {
    const link = element("a", { href: node.href, class: "node kind-" + node.kind + (node.id === data.focus ? " focus" : "") });
    link.append(element("circle", { cx: node.x, cy: node.y, r: node.id === data.focus ? 11 : 7 }));
    // the server placed the labels so that none overlaps; one without room shows on hover
    const at = node.label_at || [node.x + 10, node.y + 4];
    link.append(element("text", { x: at[0], y: at[1], class: node.label_at ? "" : "on-hover" }, node.label));
    link.append(element("title", {}, `${node.label} (${node.kind})`));
    nodes.append(link);
  }
  svg.append(edges, nodes);
  const shown = data.nodes.length;
  status.textContent = shown ? `${shown} of ${data.total} nodes` : "no links match these filters";
}

svg.addEventListener("wheel", (event) => {
  event.preventDefault();
  const box = svg.getBoundingClientRect();
  const fx = (event.clientX - box.left) / box.width, fy = (event.clientY - box.top) / box.height;
  const factor = event.deltaY < 0 ? 0.8 : 1.25;
  const w = Math.min(4000, Math.max(50, view.w * factor));
  const h = view.h * w / view.w;
  view = { x: view.x + (view.w - w) * fx, y: view.y + (view.h - h) * fy, w, h };
  setView();
}, { passive: false });

let drag = null;
svg.addEventListener("pointerdown", (event) => {
  drag = { x: event.clientX, y: event.clientY, view: { ...view }, moved: false };
});
svg.addEventListener("pointermove", (event) => {
  if (!drag) return;
  const box = svg.getBoundingClientRect();
  const dx = (event.clientX - drag.x) * view.w / box.width;
  const dy = (event.clientY - drag.y) * view.h / box.height;
  if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = true;
  view = { ...drag.view, x: drag.view.x - dx, y: drag.view.y - dy };
  setView();
});
svg.addEventListener("pointerup", () => { setTimeout(() => { drag = null; }, 0); });
svg.addEventListener("click", (event) => {
  if (drag && drag.moved) event.preventDefault();  // a pan is not a click on a node
}, true);

filters.addEventListener("change", loadNetwork);
document.getElementById("clear-focus").addEventListener("click", () => setFocus(""));
loadNetwork();
