// The query page: examples, running a query against /query and showing its rows.
// Written for fazhi-kg; no third-party code.
"use strict";

const form = document.getElementById("query-form");
const textarea = document.getElementById("query");
const picker = document.getElementById("examples");
const output = document.getElementById("output");
const errorBox = document.getElementById("error");
const status = document.getElementById("query-status");
const download = document.getElementById("download");
const data = JSON.parse(document.getElementById("example-data").textContent);

picker.addEventListener("change", () => {
  const example = data.examples.find((e) => e.name === picker.value);
  if (example) textarea.value = data.prologue + example.query;
});

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") {
    const link = document.createElement("a");
    const base = "https://w3id.org/fazhi-kg/id/";
    link.href = term.value.startsWith(base) ? "/id/" + term.value.slice(base.length) : term.value;
    link.textContent = term.value;
    td.append(link);
  } else {
    td.textContent = term.value;
  }
  return td;
}

function table(json) {
  if ("boolean" in json) {
    const p = document.createElement("p");
    p.textContent = "ASK: " + json.boolean;
    return p;
  }
  const vars = json.head.vars;
  const t = document.createElement("table");
  t.className = "results";
  const head = t.createTHead().insertRow();
  for (const v of vars) {
    const th = document.createElement("th");
    th.textContent = v;
    head.append(th);
  }
  const body = t.createTBody();
  for (const binding of json.results.bindings) {
    const row = body.insertRow();
    for (const v of vars) row.append(cell(binding[v]));
  }
  return t;
}

form.addEventListener("submit", async (event) => {
  if (download.value) return;  // a download is an ordinary form post with ?format=
  event.preventDefault();
  errorBox.hidden = true;
  output.replaceChildren();
  status.textContent = "…";
  const started = performance.now();
  const response = await fetch("/query", {
    method: "POST",
    headers: { Accept: "application/sparql-results+json, text/turtle;q=0.9" },
    body: new URLSearchParams({ query: textarea.value }),
  });
  const type = response.headers.get("content-type") || "";
  const text = await response.text();
  const ms = Math.round(performance.now() - started);
  if (!response.ok) {
    errorBox.textContent = text;
    errorBox.hidden = false;
    status.textContent = `error ${response.status}`;
    return;
  }
  if (type.includes("json")) {
    const json = JSON.parse(text);
    output.append(table(json));
    const n = json.results ? json.results.bindings.length : 1;
    status.textContent = `${n} rows in ${ms} ms`;
  } else {
    const pre = document.createElement("pre");
    pre.textContent = text;
    output.append(pre);
    status.textContent = `${ms} ms`;
  }
});

download.addEventListener("change", () => {
  form.action = download.value ? "/query?format=" + download.value : "/query";
});
