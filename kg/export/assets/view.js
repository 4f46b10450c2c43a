/* kg graph view: the network, search, filters and a read-only hook for tests.
   `vis` and `root` (this view's .kgv-root element) come from the wrapper that
   kg.export.html writes around this file; panel.js shares the closure. */

const data = JSON.parse(root.querySelector("script[data-kgv-data]").textContent);
const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
const edgeById = new Map(data.edges.map((e) => [e.id, e]));
const typeById = new Map(data.types.map((t) => [t.id, t]));
const relationById = new Map(data.relations.map((r) => [r.id, r]));
const kindById = new Map(data.kinds.map((k) => [k.id, k]));

const nodes = new vis.DataSet(data.nodes.map((n) => n.vis));
const edges = new vis.DataSet(data.edges.map((e) => e.vis));
const network = new vis.Network(root.querySelector(".kgv-canvas"), { nodes: nodes, edges: edges }, data.options);

/* ---- Filters (the legend doubles as them) ---- */

const off = { type: new Set(), rel: new Set(), kind: new Set() };
const shownNode = new Map(data.nodes.map((n) => [n.id, true]));
const shownEdge = new Map(data.edges.map((e) => [e.id, true]));
const checks = { type: new Map(), rel: new Map(), kind: new Map() };
const stats = root.querySelector(".kgv-stats");

function applyFilters() {
  const nodeChanges = [];
  for (const n of data.nodes) {
    const show = !off.type.has(n.type);
    if (show !== shownNode.get(n.id)) nodeChanges.push({ id: n.id, hidden: !show });
    shownNode.set(n.id, show);
  }
  const edgeChanges = [];
  for (const e of data.edges) {
    const show = !off.rel.has(e.type) && !off.kind.has(e.kind) && shownNode.get(e.from) && shownNode.get(e.to);
    if (show !== shownEdge.get(e.id)) edgeChanges.push({ id: e.id, hidden: !show });
    shownEdge.set(e.id, show);
  }
  if (nodeChanges.length) nodes.update(nodeChanges);
  if (edgeChanges.length) edges.update(edgeChanges);
  const selected = root.dataset.selectedNode;
  if (selected && !shownNode.get(selected)) clearSelection();
  updateStats();
}

function updateStats() {
  const count = (m) => Array.from(m.values()).filter(Boolean).length;
  const n = count(shownNode), e = count(shownEdge);
  stats.textContent = (n === data.nodes.length ? n : n + " of " + data.nodes.length) + " entities \u00b7 " +
    (e === data.edges.length ? e : e + " of " + data.edges.length) + " relations";
}

function checkRow(group, id, picture, text, count) {
  const label = el("label", "kgv-check" + (count ? "" : " kgv-off"));
  const box = el("input");
  box.type = "checkbox";
  box.checked = true;
  box.addEventListener("change", () => {
    if (box.checked) off[group].delete(id); else off[group].add(id);
    label.classList.toggle("kgv-off", !box.checked);
    applyFilters();
  });
  checks[group].set(id, box);
  label.appendChild(box);
  if (picture) label.appendChild(picture);
  label.appendChild(el("span", null, text));
  label.appendChild(el("span", "kgv-count", count));
  return label;
}

function buildSide() {
  const side = root.querySelector(".kgv-side");
  side.appendChild(el("h3", null, "Entity types"));
  for (const t of data.types) {
    if (t.count) side.appendChild(checkRow("type", t.id, shapeSwatch(t.shape, t.color), t.en + " " + t.zh, t.count));
  }
  if (data.relations.length) side.appendChild(el("h3", null, "Relations"));
  for (const r of data.relations) {
    side.appendChild(checkRow("rel", r.id, null, r.id + (r.zh ? " " + r.zh : ""), r.count));
  }
  if (data.edges.length) side.appendChild(el("h3", null, "Edge styles"));
  for (const k of data.kinds) {
    if (k.count) side.appendChild(checkRow("kind", k.id, lineSwatch(k.color, k.dashes), k.en, k.count));
  }
  side.appendChild(el("p", "kgv-meta", "Node size grows with mentions. Arrows point from the actor " +
    "(head) to the target (tail)."));
}

/* ---- Selection ---- */

function selectNode(id, opts) {
  const n = nodeById.get(id);
  if (!n) return false;
  if (off.type.has(n.type)) { // searching for a hidden type shows that type again
    off.type.delete(n.type);
    checks.type.get(n.type).checked = true;
    checks.type.get(n.type).parentNode.classList.remove("kgv-off");
    applyFilters();
  }
  network.selectNodes([id]);
  if (opts && opts.focus) {
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 450, easingFunction: "easeInOutQuad" } });
  }
  delete root.dataset.selectedEdge;
  root.dataset.selectedNode = id;
  showNode(n);
  return true;
}

function selectEdge(id) {
  const e = edgeById.get(id);
  if (!e) return false;
  if (shownEdge.get(id)) network.selectEdges([id]); else network.unselectAll();
  delete root.dataset.selectedNode;
  root.dataset.selectedEdge = id;
  showEdge(e);
  return true;
}

function clearSelection() {
  network.unselectAll();
  delete root.dataset.selectedNode;
  delete root.dataset.selectedEdge;
  showSummary();
}

network.on("click", (params) => {
  if (params.nodes.length) selectNode(params.nodes[0]);
  else if (params.edges.length) selectEdge(params.edges[0]);
  else clearSelection();
});

/* ---- Search: every name, lower-cased NFKC; Python indexed traditional forms too ---- */

const input = root.querySelector(".kgv-search");
const results = root.querySelector(".kgv-results");
let hits = [];
let active = -1;

function normalize(text) {
  return text.normalize("NFKC").toLowerCase().split(/\s+/).filter(Boolean).join(" ");
}

function findEntities(query, limit) {
  const q = normalize(query || "");
  if (!q) return [];
  const ranked = [];
  for (const n of data.nodes) {
    let rank = 3;
    for (const key of n.search) {
      if (key === q) { rank = 0; break; }
      if (key.startsWith(q)) rank = Math.min(rank, 1);
      else if (key.includes(q)) rank = Math.min(rank, 2);
    }
    if (rank < 3) ranked.push([rank, n]);
  }
  ranked.sort((a, b) => a[0] - b[0] || b[1].mentions - a[1].mentions || (a[1].id < b[1].id ? -1 : 1));
  return ranked.slice(0, limit || 12).map((r) => r[1]);
}

function renderResults() {
  hits = findEntities(input.value);
  active = hits.length ? 0 : -1;
  results.replaceChildren();
  if (!input.value.trim()) { results.hidden = true; return; }
  if (!hits.length) results.appendChild(el("li", "kgv-empty", "No entity matches."));
  hits.forEach((n, i) => {
    const t = typeById.get(n.type) || { shape: "dot", color: "#8d99a6", en: n.type };
    const li = el("li");
    const button = el("button", "kgv-result");
    button.type = "button";
    button.setAttribute("role", "option");
    button.setAttribute("aria-selected", String(i === active));
    button.appendChild(shapeSwatch(t.shape, t.color, 12));
    button.appendChild(el("span", "kgv-result-name", n.label));
    if (n.en && n.en !== n.label) button.appendChild(el("span", "kgv-muted", n.en));
    button.appendChild(el("span", "kgv-muted kgv-small", t.en));
    button.addEventListener("mousedown", (ev) => ev.preventDefault()); // keep focus in the box
    button.addEventListener("click", () => pick(i));
    li.appendChild(button);
    results.appendChild(li);
  });
  results.hidden = false;
}

function markActive() {
  results.querySelectorAll(".kgv-result").forEach((b, i) => b.setAttribute("aria-selected", String(i === active)));
}

function pick(i) {
  const n = hits[i];
  if (!n) return;
  results.hidden = true;
  selectNode(n.id, { focus: true });
}

input.addEventListener("input", renderResults);
input.addEventListener("focus", () => { if (input.value.trim()) renderResults(); });
input.addEventListener("blur", () => { results.hidden = true; });
input.addEventListener("keydown", (ev) => {
  if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
    if (!hits.length) return;
    ev.preventDefault();
    active = (active + (ev.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
    markActive();
  } else if (ev.key === "Enter") {
    ev.preventDefault();
    pick(Math.max(active, 0));
  } else if (ev.key === "Escape") {
    results.hidden = true;
  }
});

/* ---- Layout controls ---- */

const toggle = root.querySelector(".kgv-toggle");
toggle.addEventListener("click", () => {
  const open = root.dataset.side === "closed";
  root.dataset.side = open ? "open" : "closed";
  toggle.setAttribute("aria-expanded", String(open));
});
root.querySelector(".kgv-fit").addEventListener("click", () => network.fit({ animation: { duration: 400 } }));

// In a narrow report column the filters overlay the canvas instead of taking a column.
if (typeof ResizeObserver === "function") {
  let narrow = null;
  new ResizeObserver(() => {
    const now = root.clientWidth < 860;
    if (now === narrow) return;
    narrow = now;
    root.classList.toggle("kgv-narrow", now);
    root.dataset.side = now ? "closed" : "open";
    toggle.setAttribute("aria-expanded", String(!now));
  }).observe(root);
}

/* ---- Start, and the hook for tests and host pages ---- */

buildSide();
updateStats();
showSummary();
root.dataset.nodeCount = String(data.nodes.length);
root.dataset.edgeCount = String(data.edges.length);
network.once("afterDrawing", () => {
  // Fit ignores labels, so step back a little; and a small graph fitted to
  // the canvas would be blown up past 100%.
  network.moveTo({ scale: Math.min(1, network.getScale() * 0.92) });
  root.dataset.ready = "true";
});

// The one global: a registry, so several embedded views can share a page.
const registry = window.kgView || (window.kgView = { views: [] });
registry.views.push(Object.freeze({
  root: root,
  network: network,
  nodeCount: data.nodes.length,
  edgeCount: data.edges.length,
  selectNode: (id) => selectNode(id, { focus: true }),
  selectEdge: selectEdge,
  clearSelection: clearSelection,
  findEntities: (query) => findEntities(query).map((n) => n.id),
}));
