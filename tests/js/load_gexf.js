// Usage: node load_gexf.js FILE.gexf  → prints {"nodes": N, "edges": M} as graphology-gexf reads it.
const fs = require("fs");
const xmldom = require("@xmldom/xmldom");
global.DOMParser = xmldom.DOMParser;
global.Document = xmldom.Document || function () {};
const Graph = require("graphology");
const gexf = require("graphology-gexf");

const text = fs.readFileSync(process.argv[2], "utf8");
const graph = gexf.parse(Graph, text);
process.stdout.write(JSON.stringify({ nodes: graph.order, edges: graph.size }) + "\n");
