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

The page stays light however big the corpus: an edge carries at most
``EVIDENCE_SHOWN`` sentences (the most repeated first) with the total and the
``kg query`` that lists them all, and an entity at most ``DOCUMENTS_SHOWN``
article names. The full page is UTF-8; only the fragment escapes non-ASCII.
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
from typing import Iterable

import opencc

from kg.export import atomic_write
from kg.export.layout import layout_positions, node_size
from kg.graph import EdgeInfo, KnowledgeGraph, NodeInfo
from kg.model import Evidence
from kg.vocab import RELATIONS

__all__ = [
    "VIS_NETWORK_VERSION",
    "TYPE_STYLES",
    "RELATION_LABELS",
    "DEFAULT_TITLE",
    "EVIDENCE_SHOWN",
    "DOCUMENTS_SHOWN",
    "evidence_query",
    "layout_positions",
    "view_payload",
    "render_html",
    "write_html",
]

# What the page carries per edge and per entity; the rest is one `kg query` away.
EVIDENCE_SHOWN = 20
DOCUMENTS_SHOWN = 20

# Vendored from npm vis-network@10.1.5 (standalone/umd/vis-network.min.js,
# Apache-2.0 OR MIT); see assets/README.md before upgrading.
VIS_NETWORK_VERSION = "10.1.5"
DEFAULT_TITLE = "Knowledge graph"

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
RELATION_LABELS: dict[str, str] = {name: term.label_zh for name, term in RELATIONS.items()}
# Edge kinds, drawn apart so an analyst never mistakes a hedge for a fact:
# (colour, dash pattern or False, legend label).
EDGE_KINDS: dict[str, tuple[str, object, str]] = {
    "stated": ("#5f6b7a", False, "Stated in the text"),
    "negated": ("#c0504d", [7, 5], "Negated"),
    "hedged": ("#8d99a6", [7, 5], "Planned, reported or conditional"),
    "background": ("#b8bfc7", [2, 4], "Dictionary fact"),
}
_FONT = ('"Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Noto Sans SC", '
         '"Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif')
_ASSETS = ("panel.js", "view.js")
# Character-level and Taiwan-phrase forms: 英伟达 -> 英偉達 and 輝達.
_TRADITIONAL = ("s2t", "s2tw", "s2hk", "s2twp")


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
    size = node_size(node.mention_count, max_mentions)
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
        "type": entity.type, "mentions": node.mention_count, "docs": list(node.documents[:DOCUMENTS_SHOWN]),
        "doc_count": len(node.documents),
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


def _shown_evidence(evidence: Iterable[Evidence]) -> list[dict]:
    """At most ``EVIDENCE_SHOWN`` distinct sentences, the one most articles repeat first.

    A sentence syndicated to many sites is shown once with how many others
    repeat it; ties keep the evidence order (by article, then position).
    """
    first: dict[str, Evidence] = {}
    repeats: Counter[str] = Counter()
    for ev in evidence:
        first.setdefault(ev.sentence, ev)
        repeats[ev.sentence] += 1
    order = sorted(first, key=lambda sentence: -repeats[sentence])[:EVIDENCE_SHOWN]
    shown = []
    for sentence in order:
        ev = first[sentence]
        entry = {"doc": ev.doc, "sentence": ev.sentence, "rule": ev.rule, "date": ev.date}
        if repeats[sentence] > 1:
            entry["repeats"] = repeats[sentence] - 1
        shown.append(entry)
    return shown


def evidence_query(edge: EdgeInfo) -> str:
    """The ``kg query`` command that lists every sentence stating ``edge``, whatever the base IRI."""
    return ("kg query 'SELECT ?doc ?sentence WHERE { "
            f"?st rdf:subject ?h ; rdf:predicate kg:{edge.type} ; rdf:object ?t ; "
            f"kg:polarity \"{edge.polarity}\" ; kg:modality \"{edge.modality}\" ; prov:wasDerivedFrom ?ev . "
            f"?h kg:entityId \"{_sparql_string(edge.head)}\" . ?t kg:entityId \"{_sparql_string(edge.tail)}\" . "
            "?ev kg:sentence ?sentence ; prov:wasDerivedFrom ?d . ?d schema:identifier ?doc "
            "} ORDER BY ?doc'")


def _sparql_string(text: str) -> str:
    # Inside "…" in SPARQL, inside '…' in a POSIX shell: escape both ways.
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("'", "'\\''")


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
        support = (_plural(edge.support, "sentence") if edge.support
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
            "evidence": _shown_evidence(graph.evidence(edge)), "support": edge.support,
            "vis": vis,
        })
        listed = sum(1 + ev.get("repeats", 0) for ev in entries[-1]["evidence"])
        if edge.support > listed:
            entries[-1]["query"] = evidence_query(edge)
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
    used_docs = {d for n in node_entries for d in n["docs"]} | {
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
        # Relation names show once zoomed in far enough to read them (9 px on screen):
        # at the overview they only crowded round the 美国/中国 hubs.
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.55}}, "smooth": False,
                  "selectionWidth": 1.5, "hoverWidth": 0.5, "scaling": {"label": {"drawThreshold": 9}},
                  "font": {"face": _FONT, "size": 12, "strokeWidth": 4, "strokeColor": "#ffffff"}},
    }
    return {"title": title, "nodes": node_entries, "edges": edge_entries, "documents": documents,
            "types": types, "relations": relations, "kinds": kinds, "options": options}


def _script_json(data: object, ascii_only: bool) -> str:
    """JSON that is safe inside ``<script>``: no ``<``, ``>``, ``&``, U+2028 or U+2029; ASCII if asked."""
    text = json.dumps(data, ensure_ascii=ascii_only, sort_keys=True, separators=(",", ":"))
    # These three could close the script element or open a comment inside it; the
    # line separators end a line in older JavaScript parsers.
    for char in "<>&\u2028\u2029":
        text = text.replace(char, "\\u%04x" % ord(char))
    return text


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
    """Render the view as a string (UTF-8 text for a page, pure ASCII for a fragment).

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
        data=_script_json(view_payload(graph, title), ascii_only=embed), js=js)
    if not embed:
        return _asset("page.html").format(version=VIS_NETWORK_VERSION, title=html.escape(title), body=body)
    # A fragment goes into a page of any encoding. Scripts are ASCII already; this
    # turns the rest (title, placeholder) into character references, which markup decodes.
    return (_EMBED_NOTE + body).encode("ascii", "xmlcharrefreplace").decode("ascii")


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
        >>> write_html(graph, folder / "graph.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        True
    """
    path = Path(path)
    atomic_write(path, render_html(graph, embed=embed, title=title))
    return path
