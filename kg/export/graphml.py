"""Export the knowledge graph as GraphML for Gephi, yEd or networkx.

GraphML holds only scalar attributes, so each entity and claim is flattened:
lists are joined with `` | ``, missing values are empty strings (never None,
which networkx cannot write), and a claim keeps its first evidence sentence.
Every claim is an edge, denied and hedged ones too, with ``polarity``,
``modality`` and ``asserted`` attributes so a Gephi filter can hide them.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import networkx as nx

from kg.export import atomic_write
from kg.graph import EdgeInfo, KnowledgeGraph, NodeInfo
from kg.model import Evidence

__all__ = ["to_graphml_graph", "graphml_bytes", "write_graphml"]

# Characters XML 1.0 forbids even escaped; one in a sentence would make the file unreadable.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str | None) -> str:
    return _XML_INVALID.sub("", text or "")


def _node_attributes(node: NodeInfo) -> dict[str, object]:
    entity = node.entity
    # The key order here is the <key> order in the file: keep it fixed.
    return {
        "label": _clean(entity.name),
        "name_en": _clean(entity.name_en),
        "type": entity.type,
        "mention_count": node.mention_count,
        "document_count": len(node.documents),
        "aliases": _clean(" | ".join(entity.aliases)),
        "wikidata": _clean(entity.wikidata),
        "discovered": bool(entity.discovered),
    }


def _edge_attributes(edge: EdgeInfo, first: Evidence | None) -> dict[str, object]:
    return {
        "label": edge.type,
        "relation": edge.type,
        "support": edge.support,
        # Gephi sizes edges by weight; a background fact (no sentence) still counts once.
        "weight": float(max(edge.support, 1)),
        "polarity": edge.polarity,
        "modality": edge.modality,
        "asserted": edge.polarity == "positive" and edge.modality == "asserted",
        "background": bool(edge.background),
        "role": _clean(edge.role),
        "evidence": _clean(first.sentence if first else ""),
        "document": _clean(first.doc if first else ""),
        "rule": _clean(first.rule if first else ""),
    }


def to_graphml_graph(graph: KnowledgeGraph) -> nx.MultiDiGraph:
    """Flatten a knowledge graph to a networkx graph with only scalar attributes.

    Nodes are entity ids in sorted order; edges follow ``KnowledgeGraph.edges()``
    (sorted by claim key), each keyed ``"type|polarity|modality"``.
    """
    flat = nx.MultiDiGraph()
    for node in graph.nodes():
        flat.add_node(node.id, **_node_attributes(node))
    for edge in graph.edges():
        flat.add_edge(edge.head, edge.tail, key=f"{edge.type}|{edge.polarity}|{edge.modality}",
                      **_edge_attributes(edge, next(graph.evidence(edge), None)))
    return flat


def graphml_bytes(graph: KnowledgeGraph) -> bytes:
    """The GraphML document of ``graph`` as UTF-8 bytes with a stable byte order."""
    buffer = io.BytesIO()
    # The pure-Python writer (not lxml): its output depends only on insertion order,
    # which to_graphml_graph fixes, and it writes Chinese as UTF-8, not &#…; references.
    nx.write_graphml_xml(to_graphml_graph(graph), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def write_graphml(graph: KnowledgeGraph, path: Path) -> None:
    """Write the knowledge graph as GraphML (UTF-8), atomically.

    Args:
        graph: the merged knowledge graph.
        path: the ``.graphml`` file to write; its folder is created if needed.
    """
    atomic_write(Path(path), graphml_bytes(graph))
