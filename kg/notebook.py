"""``kg.to_pyvis``: the graph as a pyvis Network, for analysts who work in Jupyter.

pyvis is optional (``pip install 'kg[notebook]'``): it pulls in IPython and
about fifteen other packages that the command line never needs. ``kg view``
writes the same graph as one offline HTML file without it.
"""
from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from kg.errors import KgError
from kg.export.html import TYPE_STYLES
from kg.graph import KnowledgeGraph
from kg.model import MODALITIES, POLARITIES
from kg.vocab import RELATIONS

if TYPE_CHECKING:
    from pyvis.network import Network

__all__ = ["to_pyvis"]


def to_pyvis(graph: KnowledgeGraph, height: str = "720px", notebook: bool = True) -> "Network":
    """A pyvis Network of ``graph``: entities coloured by type, relations labelled, evidence on hover.

    Negated and hedged (planned, reported, conditional) claims are dashed and
    their label says so; dictionary facts the text never states are dotted grey.

    Args:
        graph: a built graph (``kg.build(...).graph``).
        height: the height of the drawing.
        notebook: draw inline in Jupyter (``net.show("graph.html")``).

    Returns:
        A ``pyvis.network.Network``.

    Raises:
        KgError: pyvis is not installed.
    """
    try:
        from pyvis.network import Network
    except ModuleNotFoundError:
        raise KgError("kg.to_pyvis needs pyvis: pip install 'kg[notebook]'") from None
    net = Network(height=height, width="100%", directed=True, notebook=notebook, cdn_resources="in_line")
    for node in graph.nodes():
        entity = node.entity
        shape, colour, type_en, type_zh = TYPE_STYLES[entity.type]
        net.add_node(entity.id, label=entity.name, color=colour, shape=shape,
                     title=f"{entity.name} ({entity.name_en or entity.id})\n{type_zh} {type_en}, "
                           f"{node.mention_count} mentions")
    for edge in graph.edges():
        negated, hedged = edge.polarity != POLARITIES[0], edge.modality != MODALITIES[0]
        label = ("not " if negated else "") + RELATIONS[edge.type].label_zh
        if hedged:
            label = f"{label} ({edge.modality})"
        sentences = "\n".join(f"{ev.doc}: {ev.sentence}" for ev in islice(graph.evidence(edge), 3))
        net.add_edge(edge.head, edge.tail, label=label, title=sentences or "dictionary fact",
                     dashes=edge.background or negated or hedged, color="#b8bfc7" if edge.background else "#5f6b7a")
    return net
