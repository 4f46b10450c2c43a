"""Plain-text reports for the terminal: extraction tables and graph statistics."""
from __future__ import annotations

import functools
import unicodedata
from typing import Sequence

from kg.model import DocumentResult

__all__ = ["display_width", "pad", "aligned", "format_extraction"]


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: CJK wide and full-width characters take two.

    >>> display_width("H20"), display_width("英伟达"), display_width("Ｈ")
    (3, 6, 2)
    """
    return len(text) if text.isascii() else sum(map(_char_width, text))


@functools.lru_cache(maxsize=1 << 12)
def _char_width(ch: str) -> int:
    # Cached: a table of sentences asks for the same few thousand characters again and again.
    return 0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def aligned(rows: Sequence[Sequence[str]], ruled: bool = False) -> list[str]:
    """``rows`` as lines of columns two spaces apart, each column as wide as its widest cell in
    terminal columns, trailing spaces cut; ``ruled`` puts a line of dashes under the first row."""
    measured = [[(cell, display_width(cell)) for cell in row] for row in rows]
    widths = [max(column) for column in zip(*([w for _, w in row] for row in measured))] if measured else []
    lines = ["  ".join(cell + " " * (widths[i] - w) for i, (cell, w) in enumerate(row)).rstrip() for row in measured]
    if ruled and lines:
        lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def format_extraction(result: DocumentResult) -> str:
    """One document's mentions and relations as aligned columns."""
    doc = result.document
    lines = [f"== {doc.name}  ({len(result.mentions)} mentions, {len(result.relations)} relations)"]
    rows = [(f"{m.start}-{m.end}", m.type, m.entity_id, m.text.replace("\n", " "), m.source)
            for m in result.mentions]
    lines.extend(f"  {line}" for line in aligned(rows))
    for r in result.relations:
        flags = "" if (r.polarity, r.modality) == ("positive", "asserted") else f" [{r.polarity}, {r.modality}]"
        role = f" ({r.role})" if r.role else ""
        lines.append(f"  {r.head} -{r.type}{role}-> {r.tail}{flags}")
        if r.evidence:
            lines.append(f"      “{r.evidence.sentence[:120]}”  ({r.evidence.rule.split(':')[0]})")
    return "\n".join(lines)


def format_stats(graph, top: int = 10) -> str:
    """Counts by entity type and relation, the most connected entities, and empty documents."""
    from collections import Counter

    nodes, edges = graph.nodes(), graph.edges()
    lines = [f"{len(nodes)} entities, {len(edges)} relations, {len(graph.documents)} documents", "", "entities by type"]
    for entity_type, n in sorted(Counter(n.entity.type for n in nodes).items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {entity_type:<10}{n:>6}")
    lines += ["", "relations by type (stated + background)"]
    stated = Counter(e.type for e in edges if not e.background)
    background = Counter(e.type for e in edges if e.background)
    for rel_type in sorted(set(stated) | set(background)):
        lines.append(f"  {rel_type:<15}{stated[rel_type]:>6} + {background[rel_type]}")
    degree = graph.graph.degree()
    ranked = sorted(nodes, key=lambda n: (-degree[n.id], n.id))[:top]
    lines += ["", f"most connected (top {top})"]
    width = max([display_width(n.entity.name) for n in ranked] + [0])
    for n in ranked:
        lines.append(f"  {pad(n.entity.name, width)}  {n.id:<24}{degree[n.id]:>4} links{n.mention_count:>6} mentions")
    empty = [d.name for d in graph.documents if d.mention_count == 0]
    lines += ["", "documents with nothing found: " + (", ".join(empty) if empty else "none")]
    return "\n".join(lines)
