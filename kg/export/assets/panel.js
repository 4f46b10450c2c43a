/* kg graph view: the side panel (summary, entity, relation).
   Runs in the same closure as view.js, before it; uses its data maps and
   selectNode/selectEdge. Text from articles is only ever set with
   textContent (el() below), never parsed as HTML. */

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null && text !== "") node.textContent = String(text);
  return node;
}

/* Some articles have no headline, and their first paragraph stands in for one. */
function shorten(text, max) {
  return text.length > max ? text.slice(0, max - 1) + "\u2026" : text;
}

function plural(count, word) {
  return count + " " + word + (count === 1 ? "" : "s");
}

const SVG_NS = "http://www.w3.org/2000/svg"; // a namespace name, never fetched

function svgEl(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const key of Object.keys(attrs)) node.setAttribute(key, String(attrs[key]));
  return node;
}

/* A small picture of a vis node shape, for the legend and chips. */
function shapeSwatch(shape, color, size) {
  const s = size || 14;
  const svg = svgEl("svg", { width: s, height: s, viewBox: "0 0 20 20", class: "kgv-swatch", "aria-hidden": "true" });
  const style = { fill: color, stroke: "rgba(0,0,0,0.28)", "stroke-width": 1.2 };
  const poly = (points) => svgEl("polygon", Object.assign({ points: points }, style));
  let shapeEl;
  if (shape === "square") shapeEl = svgEl("rect", Object.assign({ x: 3, y: 3, width: 14, height: 14 }, style));
  else if (shape === "triangle") shapeEl = poly("10,2 18.5,17 1.5,17");
  else if (shape === "diamond") shapeEl = poly("10,1.5 18.5,10 10,18.5 1.5,10");
  else if (shape === "hexagon") shapeEl = poly("10,1.5 17.4,5.75 17.4,14.25 10,18.5 2.6,14.25 2.6,5.75");
  else if (shape === "star") {
    const pts = [];
    for (let i = 0; i < 10; i++) {
      const r = i % 2 ? 4 : 9, a = Math.PI / 5 * i - Math.PI / 2;
      pts.push((10 + r * Math.cos(a)).toFixed(2) + "," + (10.8 + r * Math.sin(a)).toFixed(2));
    }
    shapeEl = poly(pts.join(" "));
  } else shapeEl = svgEl("circle", Object.assign({ cx: 10, cy: 10, r: 7.5 }, style));
  svg.appendChild(shapeEl);
  return svg;
}

/* A short line in an edge kind's colour and dash pattern. */
function lineSwatch(color, dashes) {
  const svg = svgEl("svg", { width: 26, height: 10, viewBox: "0 0 26 10", class: "kgv-swatch", "aria-hidden": "true" });
  const line = svgEl("line", { x1: 1, y1: 5, x2: 25, y2: 5, stroke: color, "stroke-width": 2 });
  if (dashes) line.setAttribute("stroke-dasharray", dashes.join(" "));
  svg.appendChild(line);
  return svg;
}

const panel = root.querySelector(".kgv-panel");

function panelHead(chip) {
  panel.replaceChildren();
  panel.scrollTop = 0;
  const head = el("div", "kgv-panel-head");
  head.appendChild(chip);
  const close = el("button", "kgv-btn", "\u00d7");
  close.type = "button";
  close.title = "Close";
  close.setAttribute("aria-label", "Close");
  close.addEventListener("click", () => clearSelection());
  head.appendChild(close);
  panel.appendChild(head);
}

function typeChip(typeId) {
  const t = typeById.get(typeId) || { shape: "dot", color: "#8d99a6", en: typeId, zh: "" };
  const chip = el("span", "kgv-chip");
  chip.appendChild(shapeSwatch(t.shape, t.color, 11));
  chip.appendChild(document.createTextNode(t.en + (t.zh ? " " + t.zh : "")));
  return chip;
}

function entityLink(id) {
  const n = nodeById.get(id);
  const link = el("button", "kgv-link", n ? n.label : id);
  link.type = "button";
  if (n && n.en && n.en !== n.label) link.title = n.en;
  link.addEventListener("click", () => selectNode(id, { focus: true }));
  return link;
}

function relationText(e) {
  const rel = relationById.get(e.type);
  return e.type + (rel && rel.zh ? " " + rel.zh : "");
}

/* The sentence as text, with every name of the two entities marked. */
function highlighted(sentence, names) {
  const block = el("blockquote", "kgv-evidence");
  const spans = [];
  for (const name of names) {
    if (!name || name.length < 2) continue;
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
      spans.push([at, at + name.length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let pos = 0;
  for (const [start, end] of spans) {
    if (start < pos) continue; // overlaps a longer name already marked
    block.appendChild(document.createTextNode(sentence.slice(pos, start)));
    block.appendChild(el("mark", null, sentence.slice(start, end)));
    pos = end;
  }
  block.appendChild(document.createTextNode(sentence.slice(pos)));
  return block;
}

function namesOf(id) {
  const n = nodeById.get(id);
  return n ? [n.label, n.en].concat(n.aliases) : [id];
}

function showSummary() {
  panel.replaceChildren();
  panel.appendChild(el("div", "kgv-name", data.title));
  panel.appendChild(el("div", "kgv-sub", data.nodes.length + " entities \u00b7 " + data.edges.length +
    " relations \u00b7 " + Object.keys(data.documents).length + " documents"));
  panel.appendChild(el("p", "kgv-hint", "Click an entity or a relation to see its names, documents " +
    "and the sentences that state it. Search finds Chinese, English, aliases and traditional script."));
  const top = data.nodes.slice().sort((a, b) => b.mentions - a.mentions || (a.label < b.label ? -1 : 1)).slice(0, 10);
  if (!top.length) return;
  panel.appendChild(el("h3", null, "Most mentioned"));
  const list = el("ul", "kgv-list");
  for (const n of top) {
    const li = el("li", "kgv-rel");
    li.appendChild(shapeSwatch(typeById.get(n.type) ? typeById.get(n.type).shape : "dot",
      typeById.get(n.type) ? typeById.get(n.type).color : "#8d99a6", 11));
    li.appendChild(entityLink(n.id));
    li.appendChild(el("span", "kgv-muted kgv-small", plural(n.mentions, "mention")));
    list.appendChild(li);
  }
  panel.appendChild(list);
}

function showNode(n) {
  panelHead(typeChip(n.type));
  panel.appendChild(el("div", "kgv-name", n.label));
  if (n.en && n.en !== n.label) panel.appendChild(el("div", "kgv-sub", n.en));
  if (n.aliases.length) {
    const chips = el("div", "kgv-chips");
    for (const alias of n.aliases) chips.appendChild(el("span", "kgv-chip kgv-alias", alias));
    panel.appendChild(chips);
  }
  const facts = el("dl", "kgv-facts");
  const fact = (key, value) => {
    facts.appendChild(el("dt", null, key));
    const dd = el("dd");
    if (typeof value === "string") dd.textContent = value; else dd.appendChild(value);
    facts.appendChild(dd);
  };
  fact("Mentions", n.mentions + " in " + plural(n.doc_count, "document"));
  fact("ID", n.id);
  if (n.wikidata) fact("Wikidata", n.wikidata);
  for (const key of Object.keys(n.facts)) {
    fact(key.replace(/_/g, " "), nodeById.has(n.facts[key]) ? entityLink(n.facts[key]) : n.facts[key]);
  }
  if (n.discovered) fact("Source", "found by a pattern, not in the dictionary");
  panel.appendChild(facts);

  const rels = data.edges.filter((e) => e.from === n.id || e.to === n.id);
  panel.appendChild(el("h3", null, "Relations (" + rels.length + ")"));
  if (rels.length) {
    const list = el("ul", "kgv-list");
    for (const e of rels) {
      const out = e.from === n.id;
      const li = el("li", "kgv-rel kgv-rel-row");
      li.appendChild(el("span", "kgv-muted", out ? "\u2192" : "\u2190"));
      const relLink = el("button", "kgv-link kgv-rel-type", relationText(e));
      relLink.type = "button";
      relLink.title = "Show the evidence";
      relLink.addEventListener("click", () => selectEdge(e.id));
      li.appendChild(relLink);
      li.appendChild(entityLink(out ? e.to : e.from));
      li.appendChild(el("span", "kgv-muted kgv-small", e.background ? "dictionary" :
        (e.kind !== "stated" ? e.kind + " \u00b7 " : "") + plural(e.support, "sentence")));
      list.appendChild(li);
    }
    panel.appendChild(list);
  } else panel.appendChild(el("p", "kgv-muted", "No relations in this view."));

  panel.appendChild(el("h3", null, "Documents (" + n.doc_count + ")"));
  const docs = el("ul", "kgv-list");
  for (const name of n.docs) {
    const doc = data.documents[name] || {};
    const li = el("li");
    const title = el("div", null, shorten(doc.title || name, 90));
    if (doc.title && doc.title.length > 90) title.title = doc.title;
    li.appendChild(title);
    li.appendChild(el("div", "kgv-meta", [doc.date, doc.title ? name : ""].filter(Boolean).join(" \u00b7 ")));
    docs.appendChild(li);
  }
  panel.appendChild(docs);
  if (n.doc_count > n.docs.length) {
    panel.appendChild(el("p", "kgv-note kgv-more", (n.doc_count - n.docs.length) + " more; the graph's " +
      "documents are in graph.json, or ask kg query."));
  }
}

function showEdge(e) {
  const kind = kindById.get(e.kind);
  const chip = el("span", "kgv-chip");
  chip.appendChild(lineSwatch(kind.color, kind.dashes));
  chip.appendChild(document.createTextNode(kind.en));
  panelHead(chip);
  const route = el("div", "kgv-route");
  route.appendChild(entityLink(e.from));
  route.appendChild(el("span", "kgv-arrow", "\u2014 " + (e.polarity === "negative" ? "not " : "") +
    relationText(e) + " \u2192"));
  route.appendChild(entityLink(e.to));
  panel.appendChild(route);
  const chips = el("div", "kgv-chips");
  if (e.polarity === "negative") chips.appendChild(el("span", "kgv-chip", "negated"));
  if (e.modality !== "asserted") chips.appendChild(el("span", "kgv-chip", e.modality));
  if (e.role) chips.appendChild(el("span", "kgv-chip", "role: " + e.role));
  if (chips.childNodes.length) panel.appendChild(chips);
  if (e.background) {
    panel.appendChild(el("p", "kgv-note", "A fact from the entity dictionary. No article in this " +
      "graph states it; it is shown for context."));
    return;
  }
  panel.appendChild(el("h3", null, "Evidence (" + e.support + ")"));
  const names = namesOf(e.from).concat(namesOf(e.to));
  const list = el("ul", "kgv-list");
  for (const ev of e.evidence) {
    const li = el("li");
    li.appendChild(highlighted(ev.sentence, names));
    const doc = data.documents[ev.doc] || {};
    const meta = el("div", "kgv-meta", [shorten(doc.title || ev.doc, 60), ev.date || doc.date,
      "rule " + ev.rule, doc.title ? ev.doc : "",
      ev.repeats ? "also in " + plural(ev.repeats, "other place") : ""].filter(Boolean).join(" \u00b7 "));
    if (doc.title) meta.title = doc.title;
    li.appendChild(meta);
    list.appendChild(li);
  }
  panel.appendChild(list);
  const listed = e.evidence.reduce((sum, ev) => sum + 1 + (ev.repeats || 0), 0);
  if (e.query) {
    const more = el("div", "kgv-note kgv-more");
    more.appendChild(el("p", null, (e.support - listed) + " more " +
      (e.support - listed === 1 ? "sentence" : "sentences") + " state this. All of them:"));
    more.appendChild(el("pre", "kgv-query", e.query));
    panel.appendChild(more);
  }
}
