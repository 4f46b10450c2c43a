"""Write the graph as one self-contained, offline HTML view (vis-network).

The page carries everything inline: vis-network (vendored in ``assets/``),
our own small JS and CSS, and the graph as JSON in a
``<script type="application/json">`` block. Layout is computed here, once,
with a fixed seed, so the page never animates and the same graph always
gives the same bytes. Text from articles only ever reaches the page as
escaped JSON and is put into the DOM with ``textContent`` by the JS.

Two shapes of output:

* a full page (``graph.html``), to open from ``file://`` or use as an
  ``<iframe src="graph.html">`` in a report;
* an embeddable fragment (``graph.embed.html``, ``embed=True``) to paste
  into a report's ``<body>``: every CSS rule sits under ``.kgv-root``, the
  JS is one IIFE whose only global is ``window.kgView``, and the fragment is
  pure ASCII so the host page's encoding does not matter.
"""
from __future__ import annotations

import html
import json
import math
import re
import unicodedata
from collections import Counter
from importlib import resources
from pathlib import Path

import numpy as np
import opencc

from kg.export import atomic_write
from kg.graph import EdgeInfo, KnowledgeGraph, NodeInfo

__all__ = [
    "VIS_NETWORK_VERSION",
    "TYPE_STYLES",
    "RELATION_LABELS",
    "DEFAULT_TITLE",
    "layout_positions",
    "view_payload",
    "render_html",
    "write_html",
]

# Vendored from npm vis-network@10.1.5 (standalone/umd/vis-network.min.js,
# Apache-2.0 OR MIT); see assets/README.md before upgrading.
VIS_NETWORK_VERSION = "10.1.5"
DEFAULT_TITLE = "Knowledge graph"
LAYOUT_SEED = 20250113

# (vis shape, colour, English label, Chinese label). Tableau-10 hues: they
# stay apart for common colour-vision deficiencies and print well in reports.
TYPE_STYLES: dict[str, tuple[str, str, str, str]] = {
    "ORG": ("dot", "#4e79a7", "Organization", "机构"),
    "AGENCY": ("square", "#e15759", "Agency", "政府部门"),
    "PERSON": ("triangle", "#76b7b2", "Person", "人物"),
    "PRODUCT": ("hexagon", "#59a14f", "Product", "产品"),
    "PLACE": ("diamond", "#b07aa1", "Place", "地点"),
    "LAW": ("star", "#9c755f", "Law / rule", "法规"),
}
_OTHER_TYPE = ("dot", "#8d99a6", "Other", "其他")
RELATION_LABELS: dict[str, str] = {
    "made_by": "制造方", "works_for": "任职于", "part_of": "隶属于", "restricts": "限制",
    "permits": "许可", "investigates": "调查", "issues": "发布", "opposes": "反对",
    "competes_with": "竞争", "supplies": "供应",
}
# Edge kinds, drawn apart so an analyst never mistakes a hedge for a fact:
# (colour, dash pattern or False, legend label).
EDGE_KINDS: dict[str, tuple[str, object, str]] = {
    "stated": ("#5f6b7a", False, "Stated in the text"),
    "negated": ("#c0504d", [7, 5], "Negated"),
    "hedged": ("#8d99a6", [7, 5], "Planned or reported"),
    "background": ("#b8bfc7", [2, 4], "Dictionary fact"),
}
_FONT = ('"Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Noto Sans SC", '
         '"Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif')
_PX_PER_UNIT = 70  # pixels per ideal edge length of the force layout
_ASSETS = ("panel.js", "view.js")
# Character-level and Taiwan-phrase forms: 英伟达 -> 英偉達 and 輝達.
_TRADITIONAL = ("s2t", "s2tw", "s2hk", "s2twp")


def layout_positions(graph: KnowledgeGraph, seed: int = LAYOUT_SEED) -> dict[str, tuple[int, int]]:
    """Place every node, deterministically, in pixel coordinates.

    Each connected component gets its own force-directed layout (a blocked
    numpy Fruchterman-Reingold: no scipy, ~1 s for a 2,000-node component),
    then components are packed in rows, largest first, so isolated entities
    do not fling the main component into a corner.

    Args:
        graph: the graph to lay out.
        seed: seed of the initial positions.

    Returns:
        ``{entity_id: (x, y)}`` in integer pixels.
    """
    ids = sorted(graph.graph.nodes)
    index = {node: i for i, node in enumerate(ids)}
    neighbours: list[set[int]] = [set() for _ in ids]
    for head, tail in graph.graph.edges():
        if head != tail:
            neighbours[index[head]].add(index[tail])
            neighbours[index[tail]].add(index[head])
    # Half the drawn width of each label, so packing leaves room for the text.
    half = np.array([_label_width(graph.node(i).entity.name) / 2 for i in ids])
    most = max((graph.node(i).mention_count for i in ids), default=0)
    radius = np.array([_node_size(graph.node(i).mention_count, most) for i in ids])
    # Small graphs are shown at 100% rather than fitted, so give them room to breathe.
    unit = _PX_PER_UNIT * max(1.0, (40 / max(len(ids), 1)) ** 0.35)
    boxes, loners = [], []
    for members in _components(neighbours):
        if len(members) == 1:
            loners.append(members[0])
            continue
        local = {m: i for i, m in enumerate(members)}
        pairs = [(local[a], local[b]) for a in members for b in neighbours[a] if a < b]
        pos = _force_layout(len(members), pairs, seed) * unit
        boxes.append((members, _separate(pos, half[members], radius[members])))
    if loners:
        # Unconnected entities flow into rows like words, instead of a long row each.
        widths = 2 * half[loners] + 24
        row, x, y, grid = max(400.0, math.sqrt(len(loners)) * float(widths.mean()) * 1.4), 0.0, 0.0, []
        for w in widths:
            if x and x + w > row:
                x, y = 0.0, y + 60.0
            grid.append((x + w / 2, y))
            x += w
        boxes.append((loners, np.array(grid)))
    placed = _pack(boxes, half)
    return {ids[m]: (int(round(x)), int(round(y))) for m, (x, y) in sorted(placed.items())}


def _separate(pos: np.ndarray, half: np.ndarray, radius: np.ndarray, rounds: int = 80) -> np.ndarray:
    """Nudge nodes apart until no node-and-label box overlaps another.

    A box spans the node and its label below it. Overlapping pairs move apart
    along the axis where they overlap least, so the force layout's shape stays.
    Skipped above 800 nodes (O(n^2) per round); such graphs are read zoomed in.
    """
    n = len(pos)
    if n < 2 or n > 800:
        return pos
    pos = pos.copy()
    half_w = np.maximum(half, radius) + 6
    half_h = radius + 13  # node, plus a 17 px label below it
    order = np.sign(np.arange(n)[:, None] - np.arange(n)[None, :])  # breaks ties deterministically
    for _ in range(rounds):
        centre_y = pos[:, 1] + 10
        dx = pos[:, 0, None] - pos[None, :, 0]
        dy = centre_y[:, None] - centre_y[None, :]
        over_x = half_w[:, None] + half_w[None, :] - np.abs(dx)
        over_y = half_h[:, None] + half_h[None, :] - np.abs(dy)
        clash = (over_x > 0) & (over_y > 0)
        np.fill_diagonal(clash, False)
        if not clash.any():
            break
        along_x = clash & (over_x < over_y)
        along_y = clash & ~along_x
        sx = np.where(dx == 0, order, np.sign(dx))
        sy = np.where(dy == 0, order, np.sign(dy))
        pos[:, 0] += (np.where(along_x, sx * over_x, 0.0).sum(axis=1)) * 0.3
        pos[:, 1] += (np.where(along_y, sy * over_y, 0.0).sum(axis=1)) * 0.3
        pos = np.round(pos, 3)
    return pos


def _node_size(mentions: int, most: int) -> float:
    """Node radius in pixels. Area, not radius, grows with mentions: 4x the mentions looks 4x heavier."""
    return round(9 + 19 * math.sqrt(mentions / most), 1) if most else 9.0


def _label_width(text: str) -> float:
    """Rough pixel width of a node label: CJK glyphs are square, Latin ones about half."""
    return sum(17.0 if ord(ch) >= 0x2E80 else 9.5 for ch in text)


def _components(neighbours: list[set[int]]) -> list[list[int]]:
    """Connected components as sorted index lists, largest first, then by first member."""
    seen = [False] * len(neighbours)
    found = []
    for start in range(len(neighbours)):
        if seen[start]:
            continue
        seen[start], stack, members = True, [start], []
        while stack:
            node = stack.pop()
            members.append(node)
            for other in neighbours[node]:
                if not seen[other]:
                    seen[other] = True
                    stack.append(other)
        found.append(sorted(members))
    return sorted(found, key=lambda c: (-len(c), c[0]))


def _force_layout(n: int, pairs: list[tuple[int, int]], seed: int) -> np.ndarray:
    """Fruchterman-Reingold with ideal edge length 1; returns an (n, 2) array."""
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[0.0, 0.0], [1.2, 0.0]])
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.random((n, 2)) * side
    src = np.array([p[0] for p in pairs], dtype=np.intp)
    dst = np.array([p[1] for p in pairs], dtype=np.intp)
    # Cost is O(n^2) per step: fewer, longer steps for big components.
    iterations = int(min(300, max(120, 4e8 / n ** 2)))
    temperature = side / 8
    cooling = temperature / (iterations + 1)
    block = 128  # rows per block: the n-wide temporaries then fit in cache (3x faster)
    for _ in range(iterations):
        x, y = pos[:, 0].astype(np.float32), pos[:, 1].astype(np.float32)
        disp = np.empty((n, 2))
        for s in range(0, n, block):
            dx = x[s:s + block, None] - x[None, :]
            dy = y[s:s + block, None] - y[None, :]
            d2 = dx * dx
            d2 += dy * dy
            d2 += 1e-3  # the self-pair has dx = dy = 0, so it adds nothing
            np.reciprocal(d2, out=d2)
            disp[s:s + block, 0] = (dx * d2).sum(axis=1)
            disp[s:s + block, 1] = (dy * d2).sum(axis=1)
        if len(src):
            edge = pos[src] - pos[dst]
            pull = edge * np.sqrt((edge * edge).sum(axis=1))[:, None]
            for c in (0, 1):
                disp[:, c] += np.bincount(dst, pull[:, c], n) - np.bincount(src, pull[:, c], n)
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        # Rounding each step keeps last-bit differences between CPUs' SIMD
        # sums from growing through the iterations into a different picture.
        pos = np.round(pos, 5)
        temperature -= cooling
    return pos


def _pack(boxes: list[tuple[list[int], np.ndarray]], half: np.ndarray) -> dict[int, tuple[float, float]]:
    """Shelf-pack component layouts into rows, each box wide enough for its labels."""
    gap = 40.0
    extents = []
    for members, pos in boxes:
        left = float((pos[:, 0] - half[members]).min())
        right = float((pos[:, 0] + half[members]).max())
        # Labels hang below the node; 30 px above leaves room for the node itself.
        extents.append((left, float(pos[:, 1].min()) - 30, right - left, float(np.ptp(pos[:, 1])) + 60))
    area = sum((w + gap) * (h + gap) for _, _, w, h in extents)
    row_width = max(max(w for _, _, w, _ in extents), math.sqrt(area) * 1.15)
    placed: dict[int, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for (members, pos), (left, top, w, h) in zip(boxes, extents):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for m, (px, py) in zip(members, pos):
            placed[m] = (x + px - left, y + py - top)
        x += w + gap
        row_height = max(row_height, h)
    return placed


def _search_keys(names: list[str], converters: list[opencc.OpenCC]) -> list[str]:
    """Lower-cased NFKC forms of every name, plus their traditional-script forms."""
    keys: dict[str, None] = {}
    for name in names:
        for form in (name, *(c.convert(name) for c in converters)):
            key = " ".join(unicodedata.normalize("NFKC", form).lower().split())
            if key:
                keys[key] = None
    return list(keys)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _darker(colour: str, factor: float = 0.72) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#%02x%02x%02x" % tuple(int(v * factor) for v in (r, g, b))


def _edge_kind(edge: EdgeInfo) -> str:
    if edge.background:
        return "background"
    if edge.polarity == "negative":
        return "negated"
    return "hedged" if edge.modality != "asserted" else "stated"


def _node_entry(node: NodeInfo, xy: tuple[int, int], max_mentions: int,
                converters: list[opencc.OpenCC]) -> dict:
    entity = node.entity
    shape, colour, type_en, type_zh = TYPE_STYLES.get(entity.type, _OTHER_TYPE)
    size = _node_size(node.mention_count, max_mentions)
    tooltip = [entity.name]
    if entity.name_en and entity.name_en != entity.name:
        tooltip.append(entity.name_en)
    if entity.aliases:
        tooltip.append("Also: " + ", ".join(entity.aliases))
    tooltip.append(f"{type_en} {type_zh} · {_plural(node.mention_count, 'mention')} in "
                   f"{_plural(len(node.documents), 'document')}")
    border = _darker(colour)
    return {
        "id": entity.id, "label": entity.name, "en": entity.name_en, "aliases": list(entity.aliases),
        "type": entity.type, "mentions": node.mention_count, "docs": list(node.documents),
        "wikidata": entity.wikidata, "facts": dict(sorted(entity.facts.items())),
        "discovered": entity.discovered,
        "search": _search_keys([entity.name, entity.name_en, *entity.aliases, entity.id], converters),
        "vis": {
            "id": entity.id, "label": entity.name, "x": xy[0], "y": xy[1], "shape": shape,
            "size": size, "title": "\n".join(tooltip),
            "color": {"background": colour, "border": border,
                      "highlight": {"background": colour, "border": "#1f2933"},
                      "hover": {"background": colour, "border": "#1f2933"}},
        },
    }


def _edge_entries(graph: KnowledgeGraph) -> list[dict]:
    edges = graph.edges()
    # Parallel edges (same two entities, either direction) bend apart so both stay clickable.
    siblings: dict[tuple[str, str], list[EdgeInfo]] = {}
    for edge in edges:
        siblings.setdefault(tuple(sorted((edge.head, edge.tail))), []).append(edge)
    entries = []
    for edge in edges:
        kind = _edge_kind(edge)
        colour, dashes, _ = EDGE_KINDS[kind]
        group = siblings[tuple(sorted((edge.head, edge.tail)))]
        label = edge.type
        if edge.polarity == "negative":
            label = f"not {label}"
        if edge.modality != "asserted":
            label = f"{label} ({edge.modality})"
        head, tail = graph.node(edge.head).entity, graph.node(edge.tail).entity
        support = (_plural(edge.support, "sentence") if edge.evidence
                   else "dictionary fact, not stated in the text")
        vis = {
            "id": "|".join(edge.key), "from": edge.head, "to": edge.tail, "label": label,
            "title": f"{head.name} → {edge.type} {RELATION_LABELS.get(edge.type, '')} → {tail.name}\n{support}",
            "dashes": dashes, "width": round(1.2 + min(2.8, math.log2(1 + edge.support) * 0.9), 2),
            "color": {"color": colour, "highlight": "#1f2933", "hover": "#1f2933", "opacity": 1.0},
            "font": {"color": "#8d99a6" if kind == "background" else "#4a5562"},
        }
        if len(group) > 1:
            vis["smooth"] = {"enabled": True, "type": "curvedCW",
                             "roundness": round(0.18 + 0.14 * group.index(edge), 2)}
        entries.append({
            "id": vis["id"], "from": edge.head, "to": edge.tail, "type": edge.type,
            "polarity": edge.polarity, "modality": edge.modality, "role": edge.role,
            "background": edge.background, "kind": kind,
            "evidence": [{"doc": ev.doc, "sentence": ev.sentence, "rule": ev.rule, "date": ev.date}
                         for ev in edge.evidence],
            "vis": vis,
        })
    return entries


def view_payload(graph: KnowledgeGraph, title: str = DEFAULT_TITLE) -> dict:
    """Everything the page's JS needs, as plain JSON-ready data.

    Args:
        graph: the graph to show.
        title: shown in the page header.

    Returns:
        A dict with ``nodes``, ``edges``, ``documents``, ``types``,
        ``relations``, ``kinds`` and the vis-network ``options``.
    """
    positions = layout_positions(graph)
    nodes = graph.nodes()
    max_mentions = max((n.mention_count for n in nodes), default=0)
    converters = [opencc.OpenCC(cfg) for cfg in _TRADITIONAL]
    node_entries = [_node_entry(n, positions[n.id], max_mentions, converters) for n in nodes]
    edge_entries = _edge_entries(graph)
    type_count = Counter(n.entity.type for n in nodes)
    rel_count = Counter(e["type"] for e in edge_entries)
    kind_count = Counter(e["kind"] for e in edge_entries)
    styles = dict(TYPE_STYLES)
    styles.update((t, (*_OTHER_TYPE[:2], t, "")) for t in sorted(set(type_count) - set(TYPE_STYLES)))
    types = [{"id": t, "shape": s, "color": c, "en": en, "zh": zh, "count": type_count[t]}
             for t, (s, c, en, zh) in styles.items()]
    order = {t: i for i, t in enumerate(RELATION_LABELS)}
    relations = [{"id": t, "zh": RELATION_LABELS.get(t, ""), "count": rel_count[t]}
                 for t in sorted(rel_count, key=lambda t: (order.get(t, len(order)), t))]
    kinds = [{"id": k, "color": c, "dashes": d, "en": label, "count": kind_count[k]}
             for k, (c, d, label) in EDGE_KINDS.items()]
    used_docs = {d for n in nodes for d in n.documents} | {
        ev["doc"] for e in edge_entries for ev in e["evidence"]}
    documents = {d.name: {"title": d.title, "date": d.date} for d in graph.documents
                 if d.name in used_docs}
    large = len(edge_entries) > 600
    options = {
        "autoResize": True,
        "physics": False,  # positions are final: nothing moves, opening is instant
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "keyboard": False, "multiselect": False},
        "nodes": {"borderWidth": 1.5, "borderWidthSelected": 3,
                  "font": {"face": _FONT, "size": 17, "color": "#1f2933",
                           "strokeWidth": 4, "strokeColor": "#ffffff"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.55}}, "smooth": False,
                  "selectionWidth": 1.5, "hoverWidth": 0.5,
                  "font": {"face": _FONT, "size": 12, "strokeWidth": 4, "strokeColor": "#ffffff"}},
    }
    return {"title": title, "nodes": node_entries, "edges": edge_entries, "documents": documents,
            "types": types, "relations": relations, "kinds": kinds, "options": options}


def _script_json(data: object) -> str:
    """JSON that is safe inside ``<script>``: ASCII only, no ``<``, ``>`` or ``&``."""
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    # ensure_ascii already writes U+2028/2029 as \u escapes; these three could
    # otherwise close the script element or open a comment inside it.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _asset(name: str) -> str:
    return resources.files("kg.export").joinpath("assets", name).read_text(encoding="utf-8")


def _ascii_js(source: str) -> str:
    """Escape non-ASCII as ``\\uXXXX``: vis-network has them only in strings and comments."""
    source = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", source)
    return re.sub(r"[^\x00-\x7f]", lambda m: "\\u%04x" % ord(m.group()), source)


_EMBED_NOTE = """<!-- kg graph view: an embeddable fragment (pure ASCII, no external requests).
Paste it anywhere inside the <body> of a report. Styles live under .kgv-root, the
script is one IIFE whose only global is window.kgView, and vis-network adds its own
.vis-* rules to <head>. Set the height with style="height: 800px" on the .kgv-root
div (default 680px). Or use the full page instead:
<iframe src="graph.html" style="width: 100%; height: 720px; border: 0"></iframe> -->
"""


def render_html(graph: KnowledgeGraph, *, embed: bool = False, title: str = DEFAULT_TITLE) -> str:
    """Render the view as a string (pure ASCII; see the module docstring).

    Args:
        graph: the graph to show.
        embed: a fragment for pasting into another page instead of a full page.
        title: shown in the header and, for a full page, in ``<title>``.

    Returns:
        The HTML text.
    """
    js = "".join([
        "(function () {\n",
        # Local exports/module make the UMD bundle hand its API to us instead
        # of creating window.vis (or calling a host page's AMD define).
        "var vis = (function () {\nvar exports = {}, module = {exports: exports}, define;\n",
        _ascii_js(_asset("vis-network.min.js")),
        "\n;return module.exports;\n}).call(this);\n",
        '(function (vis, root) {\n"use strict";\n',
        *(_ascii_js(_asset(name)) for name in _ASSETS),
        "})(vis, document.currentScript.parentNode);\n})();\n",
    ])
    body = _asset("body.html").format(
        page="" if embed else " kgv-page", css=_asset("view.css"), title=html.escape(title),
        data=_script_json(view_payload(graph, title)), js=js)
    text = _EMBED_NOTE + body if embed else _asset("page.html").format(
        version=VIS_NETWORK_VERSION, title=html.escape(title), body=body)
    # Scripts and styles are ASCII already; this turns the rest (title,
    # placeholder) into character references, which markup does decode.
    return text.encode("ascii", "xmlcharrefreplace").decode("ascii")


def write_html(graph: KnowledgeGraph, path: Path, *, embed: bool = False,
               title: str = DEFAULT_TITLE) -> Path:
    """Write the view to ``path`` atomically.

    Args:
        graph: the graph to show.
        path: the file to write, e.g. ``output/graph.html``.
        embed: write a fragment for pasting into a report (see ``render_html``).
        title: shown in the page header.

    Returns:
        ``path``.

    Example:
        >>> write_html(graph, Path("output/graph.html"))  # doctest: +SKIP
    """
    path = Path(path)
    atomic_write(path, render_html(graph, embed=embed, title=title))
    return path
