"""Merge per-document results into one knowledge graph for the corpus.

Entities merge by id; a relation becomes one edge per (head, type, tail,
polarity, modality) holding every sentence that supports it. Facts that only
the dictionary supplies join as background edges, kept apart from what the
text states.
"""
from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping, Sequence

import networkx as nx

from kg.errors import KgError
from kg.model import DocumentResult, Entity, Evidence, Relation

if TYPE_CHECKING:
    from kg.evidence import EdgeKey, EvidenceStore

__all__ = ["NodeInfo", "EdgeInfo", "DocumentInfo", "DocumentSummary", "GraphBuilder", "KnowledgeGraph", "merge",
           "BACKGROUND_FACTS"]

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
    # Sorted by (doc, start); empty for background facts, and in a graph that keeps
    # its evidence on disk (read it with KnowledgeGraph.evidence).
    evidence: tuple[Evidence, ...]
    background: bool
    support: int = -1  # how many distinct sentences state it; by default len(evidence)

    def __post_init__(self) -> None:
        if self.support < 0:
            object.__setattr__(self, "support", len(self.evidence))

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return (self.head, self.type, self.tail, self.polarity, self.modality)


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
    A graph a build folds keeps its evidence on disk (``store``), not in its
    edges: ``evidence(edge)`` reads an edge's, whichever way it is kept.
    """

    def __init__(self, graph: nx.MultiDiGraph, documents: Iterable[DocumentInfo],
                 store: "EvidenceStore | None" = None):
        self.graph = graph
        self.documents = tuple(sorted(documents, key=lambda d: d.name))
        self.store = store

    def evidence(self, edge: EdgeInfo) -> Iterator[Evidence]:
        """The sentences that state ``edge``, by (doc, start).

        Raises:
            KgError: the graph's evidence store was closed (its build is over).
        """
        if self.store is None:
            return iter(edge.evidence)
        try:
            return self.store.evidence(edge.key)
        except sqlite3.ProgrammingError as error:  # the store is closed
            raise KgError("this graph's evidence was kept on disk during its build only; read it from "
                          "the build's graph.json (kg.pipeline.BuildResult.graph)") from error

    def nodes(self) -> list[NodeInfo]:
        return [self.graph.nodes[n]["info"] for n in sorted(self.graph.nodes)]

    def edges(self) -> list[EdgeInfo]:
        infos = (data["info"] for _, _, data in self.graph.edges(data=True))
        return sorted(infos, key=lambda e: e.key)

    def node(self, entity_id: str) -> NodeInfo:
        return self.graph.nodes[entity_id]["info"]

    def __len__(self) -> int:
        return self.graph.number_of_nodes()


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """What the graph keeps of one document: no text and no offset maps, so it is
    small to cache on disk and to send between processes.

    ``entities`` holds only the entities the lexicon does not (pattern finds, or
    every entity when no lexicon is given); the others are looked up by id.
    """

    info: DocumentInfo
    mention_counts: tuple[tuple[str, int], ...]  # (entity id, mentions), by id
    relations: tuple[Relation, ...]
    entities: Mapping[str, Entity]
    entity_ids: tuple[str, ...]  # every entity a mention or relation refers to, sorted

    @classmethod
    def of(cls, result: DocumentResult, lexicon_entities: Mapping[str, Entity] | None = None) -> "DocumentSummary":
        """Summarize ``result``, leaving out the entities ``lexicon_entities`` holds unchanged."""
        counts = Counter(m.entity_id for m in result.mentions)
        known = lexicon_entities or {}
        own = {i: e for i, e in result.entities.items() if known.get(i) != e}
        return cls(
            info=DocumentInfo(
                name=result.document.name,
                title=result.document.title,
                date=result.document.date,
                entity_ids=tuple(sorted(counts)),
                mention_count=len(result.mentions),
                relation_count=len(result.relations),
            ),
            mention_counts=tuple(sorted(counts.items())),
            relations=result.relations,
            entities=own,
            entity_ids=tuple(sorted(result.entities)),
        )

    def __reduce__(self):
        # Plain tuples: unpickling a frozen dataclass per relation and evidence costs
        # more than extracting the document did, and the main process unpickles every one.
        info = self.info
        relations = tuple((r.head, r.type, r.tail, r.role, r.polarity, r.modality, r.background,
                           None if r.evidence is None else tuple(getattr(r.evidence, f) for f in _EVIDENCE_FIELDS))
                          for r in self.relations)
        return _summary_from_plain, ((info.name, info.title, info.date, info.entity_ids, info.mention_count,
                                      info.relation_count), self.mention_counts, relations,
                                     dict(self.entities), self.entity_ids)


_EVIDENCE_FIELDS = ("doc", "start", "end", "sentence", "rule", "date")


def _summary_from_plain(info: tuple, mention_counts: tuple, relations: tuple, entities: dict,
                        entity_ids: tuple) -> DocumentSummary:
    return DocumentSummary(
        DocumentInfo(*info), mention_counts,
        tuple(Relation(head, rel_type, tail, None if ev is None else Evidence(*ev), role, polarity, modality,
                       background)
              for head, rel_type, tail, role, polarity, modality, background, ev in relations),
        entities, entity_ids)


# What a build does with each document's new evidence besides storing it (the RDF
# writer makes its evidence nodes): (claim, evidence, evidence id) each.
EvidenceListener = Callable[[Sequence[tuple["EdgeKey", Evidence, str]]], None]


class GraphBuilder:
    """Folds document summaries into a graph one at a time, so no document is kept once added.

    Fold in a fixed order (the input order) for byte-identical outputs: when two
    documents describe a discovered entity differently, the later one wins.

    Args:
        lexicon_entities: every known entity by id (see ``DocumentSummary.of``).
        store: where the evidence goes, so memory holds the graph, not the
            corpus's sentences; None keeps it in the edges.
        on_evidence: called with each document's evidence as it is added (needs ``store``).
    """

    def __init__(self, lexicon_entities: Mapping[str, Entity] | None = None, store: "EvidenceStore | None" = None,
                 on_evidence: EvidenceListener | None = None):
        self._lexicon = lexicon_entities or {}
        self._store = store
        self._on_evidence = on_evidence
        self._entities: dict[str, Entity] = {}
        self._mention_counts: Counter[str] = Counter()
        self._entity_docs: dict[str, list[str]] = defaultdict(list)
        self._support: dict[tuple, dict[tuple, Evidence]] = defaultdict(dict)  # evidence by place; {} with a store
        self._roles: dict[tuple, Counter[str]] = defaultdict(Counter)
        self._documents: list[DocumentInfo] = []

    def add(self, summary: DocumentSummary) -> None:
        doc = summary.info.name
        for entity_id in summary.entity_ids:
            self._entities[entity_id] = summary.entities.get(entity_id) or self._lexicon[entity_id]
        for entity_id, count in summary.mention_counts:
            self._mention_counts[entity_id] += count
            self._entity_docs[entity_id].append(doc)
        kept = self._support if self._store is None else defaultdict(dict)  # this document's, when stored
        for relation in summary.relations:
            key = (relation.head, relation.type, relation.tail, relation.polarity, relation.modality)
            if relation.evidence is not None:
                ev = relation.evidence
                kept[key].setdefault((ev.doc, ev.start, ev.end), ev)
            self._support.setdefault(key, {})
            if relation.role:
                self._roles[key][relation.role] += 1
        if self._store is not None:
            from kg.vocab import evidence_id

            evidence = [(key, ev, evidence_id(ev.doc, ev.start, ev.end, ev.sentence, ev.rule))
                        for key, places in kept.items() for ev in places.values()]
            self._store.add(evidence)
            if self._on_evidence is not None:
                self._on_evidence(evidence)
        self._documents.append(summary.info)

    def __len__(self) -> int:
        """How many documents were added."""
        return len(self._documents)

    def graph(self, background: bool = True) -> KnowledgeGraph:
        """The graph of everything added so far.

        Args:
            background: add the lexicon's facts between entities in the graph as background edges.
        """
        graph = nx.MultiDiGraph()
        for entity_id in sorted(self._entities):
            graph.add_node(entity_id, info=NodeInfo(
                entity=self._entities[entity_id],
                mention_count=self._mention_counts[entity_id],
                documents=tuple(sorted(set(self._entity_docs[entity_id]))),
            ))
        counts = self._store.counts() if self._store is not None else {}
        for key in sorted(self._support):
            head, rel_type, tail, polarity, modality = key
            if head not in graph or tail not in graph:
                continue
            evidence = tuple(sorted(self._support[key].values(), key=lambda e: (e.doc, e.start, e.end)))
            support = counts.get(key, 0) if self._store is not None else len(evidence)
            roles = self._roles.get(key)
            role = min(roles.items(), key=lambda kv: (-kv[1], kv[0]))[0] if roles else None
            graph.add_edge(head, tail, key=(rel_type, polarity, modality), info=EdgeInfo(
                head, rel_type, tail, polarity, modality, role, evidence, background=not support, support=support))
        if background and self._lexicon:
            _add_background_facts(graph, self._lexicon)
        return KnowledgeGraph(graph, self._documents, self._store)


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
    builder = GraphBuilder(lexicon_entities)
    for result in results:
        builder.add(DocumentSummary.of(result))
    return builder.graph(background)


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
