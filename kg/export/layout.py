"""Deterministic positions for the view: force layout per component, then packing.

Computed once in Python with a fixed seed, so the page never animates and
the same graph always gives the same picture (and bytes).
"""
from __future__ import annotations

import math

import numpy as np

from kg.graph import KnowledgeGraph

__all__ = ["LAYOUT_SEED", "layout_positions", "node_size"]

LAYOUT_SEED = 20250113
_PX_PER_UNIT = 70  # pixels per ideal edge length of the force layout


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
    radius = np.array([node_size(graph.node(i).mention_count, most) for i in ids])
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


def node_size(mentions: int, most: int) -> float:
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
    if not boxes:  # an empty graph (nothing found, or every node filtered out of the view)
        return {}
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
