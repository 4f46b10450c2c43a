"""Merge per-document results into one knowledge graph for the corpus.

Entities merge by id; a relation becomes one edge per (head, type, tail,
polarity, modality) holding every sentence that supports it. Facts that only
the dictionary supplies join as background edges, kept apart from what the
text states.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping

import networkx as nx

from kg.model import DocumentResult, Entity, Evidence, Relation

__all__ = ["NodeInfo", "EdgeInfo", "DocumentInfo", "KnowledgeGraph", "merge", "BACKGROUND_FACTS"]

# Dictionary fact keys that are also relations of the closed set.
BACKGROUND_FACTS = ("made_by", "part_of", "works_for")


@dataclass(frozen=True, slots=True)
class NodeInfo:
    """An entity of the graph with what the corpus says of it."""

    entity: Entity
    mention_count: int
    documents: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.entity.id


@dataclass(frozen=True, slots=True)
class EdgeInfo:
    """All support for one (head, type, tail) claim with one polarity and modality."""

    head: str
    type: str
    tail: str
    polarity: str
    modality: str
    role: str | None
    evidence: tuple[Evidence, ...]  # sorted by (doc, start); empty for background facts
    background: bool

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return (self.head, self.type, self.tail, self.polarity, self.modality)

    @property
    def support(self) -> int:
        """How many distinct sentences state it."""
        return len(self.evidence)


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A source article as the graph records it."""

    name: str
    title: str
    date: str | None
    entity_ids: tuple[str, ...]
    mention_count: int
    relation_count: int


class KnowledgeGraph:
    """The merged graph: a networkx MultiDiGraph plus the source documents.

    Nodes are keyed by entity id with attribute ``info`` (a ``NodeInfo``);
    edges are keyed by ``(type, polarity, modality)`` with attribute ``info``
    (an ``EdgeInfo``). ``nodes()`` and ``edges()`` give them in a stable order.
    """

    def __init__(self, graph: nx.MultiDiGraph, documents: Iterable[DocumentInfo]):
        self.graph = graph
        self.documents = tuple(sorted(documents, key=lambda d: d.name))

    def nodes(self) -> list[NodeInfo]:
        return [self.graph.nodes[n]["info"] for n in sorted(self.graph.nodes)]

    def edges(self) -> list[EdgeInfo]:
        infos = (data["info"] for _, _, data in self.graph.edges(data=True))
        return sorted(infos, key=lambda e: e.key)

    def node(self, entity_id: str) -> NodeInfo:
        return self.graph.nodes[entity_id]["info"]

    def __len__(self) -> int:
        return self.graph.number_of_nodes()


def merge(results: Iterable[DocumentResult], lexicon_entities: Mapping[str, Entity] | None = None,
          background: bool = True) -> KnowledgeGraph:
    """Merge document results into one graph.

    Args:
        results: per-document mentions and relations.
        lexicon_entities: every known entity by id, for background facts
            (a product's maker, an agency's parent) between entities in the graph.
        background: add those dictionary facts as background edges.

    Returns:
        The merged ``KnowledgeGraph``.
    """
    entities: dict[str, Entity] = {}
    mention_counts: Counter[str] = Counter()
    entity_docs: dict[str, set[str]] = defaultdict(set)
    support: dict[tuple, dict[tuple, Evidence]] = defaultdict(dict)
    roles: dict[tuple, Counter[str]] = defaultdict(Counter)
    documents = []
    for result in results:
        doc = result.document.name
        entities.update(result.entities)
        for mention in result.mentions:
            mention_counts[mention.entity_id] += 1
            entity_docs[mention.entity_id].add(doc)
        for relation in result.relations:
            key = (relation.head, relation.type, relation.tail, relation.polarity, relation.modality)
            if relation.evidence is not None:
                ev = relation.evidence
                support[key].setdefault((ev.doc, ev.start, ev.end), ev)
            else:
                support.setdefault(key, {})
            if relation.role:
                roles[key][relation.role] += 1
        documents.append(DocumentInfo(
            name=doc,
            title=result.document.title,
            date=result.document.date,
            entity_ids=tuple(sorted({m.entity_id for m in result.mentions})),
            mention_count=len(result.mentions),
            relation_count=len(result.relations),
        ))

    graph = nx.MultiDiGraph()
    for entity_id in sorted(entities):
        graph.add_node(entity_id, info=NodeInfo(
            entity=entities[entity_id],
            mention_count=mention_counts[entity_id],
            documents=tuple(sorted(entity_docs[entity_id])),
        ))
    for key in sorted(support):
        head, rel_type, tail, polarity, modality = key
        if head not in graph or tail not in graph:
            continue
        evidence = tuple(sorted(support[key].values(), key=lambda e: (e.doc, e.start, e.end)))
        role = min(roles[key].items(), key=lambda kv: (-kv[1], kv[0]))[0] if roles[key] else None
        graph.add_edge(head, tail, key=(rel_type, polarity, modality), info=EdgeInfo(
            head, rel_type, tail, polarity, modality, role, evidence, background=not evidence))
    if background and lexicon_entities:
        _add_background_facts(graph, lexicon_entities)
    return KnowledgeGraph(graph, documents)


def _add_background_facts(graph: nx.MultiDiGraph, known: Mapping[str, Entity]) -> None:
    """Add dictionary facts between two entities already in the graph, unless the text states them."""
    for head in sorted(graph.nodes):
        entity = known.get(head) or graph.nodes[head]["info"].entity
        for rel_type in BACKGROUND_FACTS:
            tail = entity.facts.get(rel_type)
            if not tail or tail not in graph or tail == head:
                continue
            stated = graph.get_edge_data(head, tail) or {}
            if any(k[0] == rel_type for k in stated):
                continue
            role = entity.facts.get("role") if rel_type == "works_for" else None
            graph.add_edge(head, tail, key=(rel_type, "positive", "asserted"), info=EdgeInfo(
                head, rel_type, tail, "positive", "asserted", role, (), background=True))
