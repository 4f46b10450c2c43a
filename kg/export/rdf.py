"""Export the knowledge graph as RDF: Turtle and JSON-LD.

The RDF says each thing once, at a stable IRI (see ``kg.vocab`` for the
scheme): entities typed with schema.org and kg classes, articles as
``schema:NewsArticle``, and per claim a reified statement (``rdf:Statement``
and ``kg:Assertion``) that carries polarity, modality, support and its
evidence sentences with PROV-O provenance. Only claims the text states as fact
(positive, asserted) — or the dictionary supplies as background — become direct
``ent:head kg:<type> ent:tail`` triples; a denied or hedged claim exists only as
a statement node, so a plain triple pattern never returns it.

Output is byte-identical across runs and hash seeds: every node has an IRI
(no blank nodes), rdflib's Turtle serializer sorts subjects, predicates and
objects, and the JSON-LD is re-sorted after serialization.
"""
from __future__ import annotations

import json
import re
from datetime import date as _date
from pathlib import Path
from typing import Mapping

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.export import atomic_write
from kg.graph import DocumentInfo, EdgeInfo, KnowledgeGraph, NodeInfo
from kg.model import Evidence
from kg.vocab import (
    DEFAULT_BASE,
    ENTITY_CLASSES,
    KG,
    SDO,
    WIKIDATA,
    check_base,
    data_prefixes,
    dictionary_iri,
    document_iri,
    entity_iri,
    evidence_iri,
    ontology_graph,
    rule_iri,
    statement_iri,
)

__all__ = [
    "DEFAULT_BASE",  # re-exported: callers of write_turtle need not import kg.vocab
    "ONTOLOGY_ASSET",
    "to_rdf",
    "turtle_text",
    "jsonld_text",
    "write_turtle",
    "write_jsonld",
    "write_ontology",
    "is_direct",
    "language_of",
]

ONTOLOGY_ASSET = Path(__file__).parent / "assets" / "ontology.ttl"

# CJK ideographs (with extensions and compatibility forms), CJK punctuation, kana:
# a string with any of them is tagged @zh, any other string @en.
_CJK = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")
_QID = re.compile(r"Q[1-9][0-9]*")


def language_of(text: str) -> str:
    """Language tag for a name or sentence: ``zh`` if it has CJK characters, else ``en``.

    >>> language_of("辉达"), language_of("NVIDIA"), language_of("H20芯片")
    ('zh', 'en', 'zh')
    """
    return "zh" if _CJK.search(text) else "en"


def is_direct(edge: EdgeInfo) -> bool:
    """Whether a claim is stated as a direct triple: only positive, asserted claims are.

    A denied (negative) or hedged (planned, reported, hypothetical) claim must not read as fact
    to a query that matches ``?a kg:restricts ?b``; it keeps only its statement node.
    """
    return edge.polarity == "positive" and edge.modality == "asserted"


def _xsd_date(value: str | None) -> Literal | None:
    # Only a real calendar date becomes xsd:date; anything else would be an ill-typed literal.
    if not value:
        return None
    try:
        _date.fromisoformat(value)
    except ValueError:
        return None
    return Literal(value, datatype=XSD.date) if len(value) == 10 else None


def _add_entity(g: Graph, base: str, node: NodeInfo) -> None:
    entity = node.entity
    iri = entity_iri(base, entity.id)
    for cls in ENTITY_CLASSES[entity.type]:
        g.add((iri, RDF.type, cls))
    labels = {(entity.name, "zh")}
    g.add((iri, RDFS.label, Literal(entity.name, lang="zh")))
    if entity.name_en:
        labels.add((entity.name_en, "en"))
        g.add((iri, RDFS.label, Literal(entity.name_en, lang="en")))
    for alias in entity.aliases:
        if alias and (alias, language_of(alias)) not in labels:
            g.add((iri, SKOS.altLabel, Literal(alias, lang=language_of(alias))))
    # A malformed QID would make a broken owl:sameAs link; the dictionary check reports it.
    if entity.wikidata and _QID.fullmatch(entity.wikidata):
        g.add((iri, OWL.sameAs, URIRef(WIKIDATA + entity.wikidata)))
    g.add((iri, KG.entityId, Literal(entity.id)))
    g.add((iri, KG.mentionCount, Literal(node.mention_count)))
    g.add((iri, KG.discovered, Literal(bool(entity.discovered))))


def _add_document(g: Graph, base: str, doc: DocumentInfo, known: set[str]) -> None:
    iri = document_iri(base, doc.name)
    g.add((iri, RDF.type, SDO.NewsArticle))
    g.add((iri, RDF.type, PROV.Entity))
    title = doc.title.strip()
    g.add((iri, SDO.name, Literal(title, lang=language_of(title)) if title else Literal(doc.name)))
    g.add((iri, SDO.identifier, Literal(doc.name)))
    published = _xsd_date(doc.date)
    if published is not None:
        g.add((iri, SDO.datePublished, published))
    for entity_id in doc.entity_ids:
        if entity_id in known:
            g.add((iri, SDO.mentions, entity_iri(base, entity_id)))
    g.add((iri, KG.mentionCount, Literal(doc.mention_count)))
    g.add((iri, KG.relationCount, Literal(doc.relation_count)))


def _add_evidence(g: Graph, base: str, ev: Evidence, doc_dates: dict[str, str | None]) -> URIRef:
    iri = evidence_iri(base, ev.doc, ev.start, ev.end, ev.sentence, ev.rule)
    g.add((iri, RDF.type, KG.Evidence))
    g.add((iri, RDF.type, PROV.Entity))
    g.add((iri, KG.sentence, Literal(ev.sentence, lang="zh")))
    g.add((iri, KG.startOffset, Literal(ev.start)))
    g.add((iri, KG.endOffset, Literal(ev.end)))
    g.add((iri, KG.rule, Literal(ev.rule)))
    g.add((iri, PROV.wasDerivedFrom, document_iri(base, ev.doc)))
    dated = _xsd_date(ev.date or doc_dates.get(ev.doc))
    if dated is not None:
        g.add((iri, KG.date, dated))
    rule = rule_iri(base, ev.rule)
    g.add((iri, PROV.wasGeneratedBy, rule))
    g.add((rule, RDF.type, KG.Rule))
    g.add((rule, RDF.type, PROV.Activity))
    g.add((rule, RDFS.label, Literal(ev.rule)))
    return iri


def _add_edge(g: Graph, base: str, edge: EdgeInfo, doc_dates: dict[str, str | None]) -> None:
    head, tail, predicate = entity_iri(base, edge.head), entity_iri(base, edge.tail), KG[edge.type]
    if is_direct(edge):
        g.add((head, predicate, tail))
    st = statement_iri(base, edge.key)
    g.add((st, RDF.type, RDF.Statement))
    g.add((st, RDF.type, KG.Assertion))
    g.add((st, RDF.subject, head))
    g.add((st, RDF.predicate, predicate))
    g.add((st, RDF.object, tail))
    g.add((st, KG.polarity, Literal(edge.polarity)))
    g.add((st, KG.modality, Literal(edge.modality)))
    g.add((st, KG.supportCount, Literal(edge.support)))
    g.add((st, KG.background, Literal(bool(edge.background))))
    if edge.role:
        # A plain string, so `kg:role "部长"` matches without a language tag.
        g.add((st, KG.role, Literal(edge.role)))
    if edge.background:
        source = dictionary_iri(base)
        g.add((st, PROV.wasDerivedFrom, source))
        g.add((source, RDF.type, PROV.Entity))
        g.add((source, RDFS.label, Literal("kg entity dictionary", lang="en")))
    for ev in edge.evidence:
        g.add((st, PROV.wasDerivedFrom, _add_evidence(g, base, ev, doc_dates)))


def to_rdf(graph: KnowledgeGraph, base: str = DEFAULT_BASE, ontology: bool = True) -> Graph:
    """Build the RDF graph of a knowledge graph.

    Args:
        graph: the merged knowledge graph.
        base: IRI under which entity, document and statement IRIs are minted.
        ontology: include the kg ontology, so the file describes its own terms.

    Returns:
        An rdflib ``Graph`` with the ``kg``, schema.org, PROV and data prefixes bound.

    Raises:
        KgError: when ``base`` is not a usable IRI prefix.
    """
    base = check_base(base)
    g = ontology_graph() if ontology else Graph(bind_namespaces="none")
    for prefix, ns in data_prefixes(base).items():
        g.bind(prefix, ns)
    nodes = graph.nodes()
    for node in nodes:
        _add_entity(g, base, node)
    known = {node.id for node in nodes}
    doc_dates = {doc.name: doc.date for doc in graph.documents}
    for doc in graph.documents:
        _add_document(g, base, doc, known)
    for edge in graph.edges():
        _add_edge(g, base, edge, doc_dates)
    return g


def turtle_text(g: Graph) -> str:
    """Serialize an rdflib graph to Turtle (rdflib sorts subjects, predicates and objects)."""
    return g.serialize(format="turtle")


def _sort_lists(value: object) -> object:
    # JSON-LD arrays of property values are unordered sets (kg writes no rdf:List),
    # so sorting them changes nothing in meaning and fixes the byte order.
    if isinstance(value, dict):
        return {k: _sort_lists(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sort_lists(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def jsonld_text(g: Graph, context: Mapping[str, str]) -> str:
    """Serialize an rdflib graph to compact JSON-LD with a stable byte order.

    Args:
        g: the graph.
        context: prefix → namespace, such as ``data_prefixes(base)``; terms then
            read as ``"kg:supportCount"`` and ``"@id": "ent:nvidia"``.
    """
    context = dict(sorted(context.items()))
    data = json.loads(g.serialize(format="json-ld", context=context, auto_compact=True))
    # rdflib leaves out "@graph" for a single node; always write one shape.
    nodes = data.get("@graph", [{k: v for k, v in data.items() if k != "@context"}] if len(data) > 1 else [])
    nodes = sorted((_sort_lists(n) for n in nodes), key=lambda n: (n.get("@id", ""), json.dumps(n, sort_keys=True)))
    return json.dumps({"@context": context, "@graph": nodes}, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_turtle(graph: KnowledgeGraph, path: Path, base: str = DEFAULT_BASE) -> None:
    """Write the knowledge graph as Turtle (UTF-8), atomically.

    Args:
        graph: the merged knowledge graph.
        path: the ``.ttl`` file to write; its folder is created if needed.
        base: IRI prefix for entities, documents and statements.

    Example:
        >>> write_turtle(graph, folder / "graph.ttl")
        >>> "    kg:made_by ent:nvidia ;" in (folder / "graph.ttl").read_text(encoding="utf-8").split("ent:h20 a ")[1]
        True
    """
    atomic_write(Path(path), turtle_text(to_rdf(graph, base)).encode("utf-8"))


def write_jsonld(graph: KnowledgeGraph, path: Path, base: str = DEFAULT_BASE) -> None:
    """Write the knowledge graph as compact JSON-LD (UTF-8), atomically.

    Args:
        graph: the merged knowledge graph.
        path: the ``.jsonld`` file to write.
        base: IRI prefix for entities, documents and statements.
    """
    atomic_write(Path(path), jsonld_text(to_rdf(graph, base), data_prefixes(base)).encode("utf-8"))


def write_ontology(path: Path = ONTOLOGY_ASSET) -> None:
    """Write the kg ontology as Turtle; by default regenerate the shipped asset.

    The asset is data generated from ``kg.vocab``; a test fails when the two disagree.
    """
    atomic_write(Path(path), turtle_text(ontology_graph()).encode("utf-8"))
