"""The kg RDF vocabulary and IRI scheme, declared once.

Everything the exporters write and the query tool pre-binds comes from here:
the closed ``KG`` namespace (classes, the ten relation properties and the
provenance properties), the schema.org class of each entity type, and the
functions that mint IRIs for entities, documents, statements and evidence.

Naming: relation properties keep the snake-case names of
``kg.model.RELATION_TYPES`` (``kg:made_by``), so a relation type *is* its
local name and needs no mapping table; every other property is camelCase
(``kg:supportCount``) and every class PascalCase (``kg:Agency``).

IRI scheme, under a configurable ``base`` (default ``DEFAULT_BASE``)::

    {base}entity/{id}           an entity; its id percent-encoded if not plain ASCII
    {base}doc/{name}            a source article; its file name percent-encoded (UTF-8, NFC)
    {base}statement/{hash16}    one claim (head, type, tail, polarity, modality)
    {base}evidence/{hash16}     one sentence that states a claim
    {base}rule/{rule}           the extraction rule that read a sentence
    {base}source/dictionary     the entity dictionary, source of background facts

Hashes are the first 16 hex digits of SHA-256 over the claim or evidence
content, so an IRI is stable across runs and changes only when its content does.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SDO, DefinedNamespace

from kg.errors import KgError
from kg.model import RELATION_TYPES
from kg.prefixes import DEFAULT_BASE, KG_NAMESPACE, PREFIXES, WIKIDATA, data_prefixes

__all__ = [
    "KG",
    "SDO",
    "DEFAULT_BASE",
    "ONTOLOGY_IRI",
    "WIKIDATA",
    "PREFIXES",
    "ENTITY_CLASSES",
    "RelationTerm",
    "RELATIONS",
    "check_base",
    "entity_iri",
    "document_iri",
    "statement_iri",
    "evidence_id",
    "evidence_iri",
    "rule_iri",
    "dictionary_iri",
    "data_prefixes",
    "ontology_graph",
]

ONTOLOGY_IRI = URIRef(KG_NAMESPACE.rstrip("#"))


class KG(DefinedNamespace):
    """kg classes and properties. ``_fail``: a typo such as ``KG.restrict`` raises."""

    _fail = True
    _NS = Namespace(KG_NAMESPACE)

    # Classes, one per entity type, each a subclass of its schema.org class.
    Org: URIRef
    Agency: URIRef
    Person: URIRef
    Product: URIRef
    Place: URIRef
    Law: URIRef
    # Provenance classes.
    Assertion: URIRef  # a reified claim: rdf:Statement plus polarity, modality, support
    Evidence: URIRef  # one sentence stating a claim (a prov:Entity)
    Rule: URIRef  # one run of an extraction rule (a prov:Activity)

    # Relations: the closed set kg.model.RELATION_TYPES, snake-case on purpose.
    made_by: URIRef
    works_for: URIRef
    part_of: URIRef
    restricts: URIRef
    permits: URIRef
    investigates: URIRef
    issues: URIRef
    opposes: URIRef
    competes_with: URIRef
    supplies: URIRef

    # Data properties.
    entityId: URIRef
    mentionCount: URIRef
    relationCount: URIRef
    discovered: URIRef
    polarity: URIRef
    modality: URIRef
    role: URIRef
    supportCount: URIRef
    background: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef


# schema.org class and kg class of each entity type. Countries stay schema:Place:
# the dictionary does not say which places are countries.
ENTITY_CLASSES: dict[str, tuple[URIRef, URIRef]] = {
    "ORG": (SDO.Organization, KG.Org),
    "AGENCY": (SDO.GovernmentOrganization, KG.Agency),
    "PERSON": (SDO.Person, KG.Person),
    "PRODUCT": (SDO.Product, KG.Product),
    "PLACE": (SDO.Place, KG.Place),
    "LAW": (SDO.Legislation, KG.Law),
}

@dataclass(frozen=True, slots=True)
class RelationTerm:
    """What the ontology says of one relation property."""

    label_en: str
    label_zh: str
    comment: str
    heads: tuple[str, ...]  # entity types a head may have (ENTITY_TYPES)
    tails: tuple[str, ...]


# heads/tails: the entity types the rules in dictionaries/relations.yaml (and the
# dictionary's background facts) produce; a test keeps the two in step.
RELATIONS: dict[str, RelationTerm] = {
    "made_by": RelationTerm("made by", "制造商", "A product is designed or made by a company.",
                            ("PRODUCT",), ("ORG",)),
    "works_for": RelationTerm("works for", "任职于", "A person holds an office in an organization, agency "
                              "or country; kg:role on the statement names the office.",
                              ("PERSON",), ("ORG", "AGENCY", "PLACE")),
    "part_of": RelationTerm("part of", "隶属于", "A body belongs to a larger body or a country.",
                            ("ORG", "AGENCY"), ("ORG", "AGENCY", "PLACE")),
    "restricts": RelationTerm("restricts", "限制", "An authority restricts exports, sales or access "
                              "(an export control, a ban, an entity listing).",
                              ("AGENCY", "PLACE", "LAW"), ("ORG", "PRODUCT", "PLACE")),
    "permits": RelationTerm("permits", "许可", "An authority permits or licenses an export or sale.",
                            ("AGENCY", "PLACE", "LAW"), ("ORG", "PRODUCT", "PLACE")),
    "investigates": RelationTerm("investigates", "调查", "An authority opens an investigation of a party.",
                                 ("AGENCY", "PLACE"), ("ORG", "PERSON", "PRODUCT")),
    "issues": RelationTerm("issues", "发布", "An authority issues a law, rule or regulation.",
                           ("AGENCY", "PLACE"), ("LAW",)),
    "opposes": RelationTerm("opposes", "反对", "A party states its opposition to another party or a measure.",
                            ("ORG", "AGENCY", "PERSON", "PLACE"), ("ORG", "AGENCY", "PERSON", "PLACE", "LAW")),
    "competes_with": RelationTerm("competes with", "竞争", "Two companies or products compete.",
                                  ("ORG", "PRODUCT"), ("ORG", "PRODUCT")),
    "supplies": RelationTerm("supplies", "供应", "A company supplies products to a company or country.",
                             ("ORG",), ("ORG", "PLACE")),
}

# (label, comment, rdfs:range or superclass) of the non-relation terms.
_CLASSES: dict[str, tuple[str, str, URIRef]] = {
    "Org": ("organization", "A company, university or other non-government body.", SDO.Organization),
    "Agency": ("agency", "A government body: ministry, bureau, regulator, legislature.", SDO.GovernmentOrganization),
    "Person": ("person", "A named person.", SDO.Person),
    "Product": ("product", "A chip, system or other product.", SDO.Product),
    "Place": ("place", "A country, region or city.", SDO.Place),
    "Law": ("law", "A law, regulation, rule or policy document.", SDO.Legislation),
    "Assertion": ("assertion", "One claim (head, relation, tail, polarity, modality) with its provenance. "
                  "Only positive, asserted claims are also stated as a direct triple.", RDF.Statement),
    "Evidence": ("evidence", "A sentence of a source article that states a claim: prov:wasDerivedFrom the "
                 "article (its schema:datePublished dates the sentence), prov:wasGeneratedBy the rule that read it.",
                 PROV.Entity),
    "Rule": ("rule", "The extraction rule that read a sentence; evidence prov:wasGeneratedBy it.",
             PROV.Activity),
}
_DATA_PROPERTIES: dict[str, tuple[str, str, URIRef]] = {
    "entityId": ("entity id", "The entity's dictionary id.", XSD.string),
    "mentionCount": ("mention count", "How many times the corpus mentions the entity or, "
                     "on a document, how many mentions it holds.", XSD.integer),
    "relationCount": ("relation count", "How many relations were read from the document.", XSD.integer),
    "discovered": ("discovered", "True when a pattern found the entity, not the dictionary.", XSD.boolean),
    "polarity": ("polarity", "\"positive\" or \"negative\" (the text denies the claim).", XSD.string),
    "modality": ("modality", "\"asserted\", \"planned\" (拟/计划), \"reported\" (据报道/消息称) or "
                 "\"hypothetical\" (如果/一旦).",
                 XSD.string),
    "role": ("role", "For works_for: the office held, as the text or dictionary names it.", XSD.string),
    "supportCount": ("support count", "How many distinct sentences state the claim; 0 for background.",
                     XSD.integer),
    "background": ("background", "True when the claim comes from the dictionary, not from the text.",
                   XSD.boolean),
    "sentence": ("sentence", "The cleaned sentence that states the claim.", RDF.langString),
    "startOffset": ("start offset", "Start of the sentence in the original article text (characters).",
                    XSD.integer),
    "endOffset": ("end offset", "End (exclusive) of the sentence in the original article text.", XSD.integer),
}


def check_base(base: str) -> str:
    """Return ``base`` if it can prefix kg IRIs; raise otherwise.

    Raises:
        KgError: when ``base`` is not an ASCII http(s) IRI ending in ``/`` or ``#``.
    """
    if not (base.isascii() and base.startswith(("http://", "https://")) and base.endswith(("/", "#"))
            and not any(c.isspace() or c in '<>"{}|\\^`' for c in base)):
        raise KgError(f"base IRI {base!r} must be an ASCII http(s) IRI ending in '/' or '#', "
                      f"such as {DEFAULT_BASE!r}")
    return base


def _segment(text: str) -> str:
    # NFC first, so a name read from a macOS (NFD) file system gets the same IRI.
    # ':' is kept: it is legal in an IRI path and in a SPARQL/Turtle local name.
    return quote(unicodedata.normalize("NFC", text), safe=":")


def _digest(*parts: object) -> str:
    # \x1f (unit separator) cannot occur in the parts, so distinct tuples never collide by joining.
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def entity_iri(base: str, entity_id: str) -> URIRef:
    """IRI of an entity.

    >>> entity_iri("https://kg.example.org/", "nvidia")
    rdflib.term.URIRef('https://kg.example.org/entity/nvidia')
    """
    return URIRef(f"{base}entity/{_segment(entity_id)}")


def document_iri(base: str, name: str) -> URIRef:
    """IRI of a source article; a non-ASCII file name is percent-encoded.

    >>> document_iri("https://kg.example.org/", "新闻 1.txt")
    rdflib.term.URIRef('https://kg.example.org/doc/%E6%96%B0%E9%97%BB%201.txt')
    """
    return URIRef(f"{base}doc/{_segment(name)}")


def statement_iri(base: str, key: tuple[str, str, str, str, str]) -> URIRef:
    """IRI of a claim, keyed by ``EdgeInfo.key`` (head, type, tail, polarity, modality)."""
    return URIRef(f"{base}statement/{_digest(*key)}")


def evidence_id(doc: str, start: int, end: int, sentence: str, rule: str) -> str:
    """The last segment of an evidence sentence's IRI: a hash of everything its node says."""
    return _digest(doc, start, end, sentence, rule)


def evidence_iri(base: str, doc: str, start: int, end: int, sentence: str, rule: str) -> URIRef:
    """IRI of one evidence sentence, hashed from everything the evidence node says."""
    return URIRef(f"{base}evidence/{evidence_id(doc, start, end, sentence, rule)}")


def rule_iri(base: str, rule: str) -> URIRef:
    """IRI of an extraction rule, by name."""
    return URIRef(f"{base}rule/{_segment(rule)}")


def dictionary_iri(base: str) -> URIRef:
    """IRI of the entity dictionary, the source of background facts."""
    return URIRef(f"{base}source/dictionary")


def _schema_class(types: tuple[str, ...]) -> URIRef:
    """The most specific schema.org class every entity of ``types`` belongs to."""
    classes = {ENTITY_CLASSES[t][0] for t in types}
    if len(classes) == 1:
        return classes.pop()
    if classes <= {SDO.Organization, SDO.GovernmentOrganization}:
        return SDO.Organization  # GovernmentOrganization is a schema:Organization
    return SDO.Thing


def ontology_graph() -> Graph:
    """Build the kg ontology (classes, relation and data properties) as an rdflib Graph.

    rdfs:domain/rdfs:range give the single schema.org class that is always
    true (schema:Thing when the types differ); schema:domainIncludes and
    schema:rangeIncludes list each type a rule may produce.
    """
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.add((ONTOLOGY_IRI, RDF.type, OWL.Ontology))
    g.add((ONTOLOGY_IRI, RDFS.label, Literal("kg: who did what to whom in news on AI-chip export controls",
                                             lang="en")))
    for name, (label, comment, parent) in _CLASSES.items():
        term = _declare(g, KG[name], OWL.Class, label, comment)
        g.add((term, RDFS.subClassOf, parent))
    for name in RELATION_TYPES:
        rel = RELATIONS[name]
        term = _declare(g, KG[name], OWL.ObjectProperty, rel.label_en, rel.comment)
        g.add((term, RDFS.label, Literal(rel.label_zh, lang="zh")))
        g.add((term, RDFS.domain, _schema_class(rel.heads)))
        g.add((term, RDFS.range, _schema_class(rel.tails)))
        for t in rel.heads:
            g.add((term, SDO.domainIncludes, ENTITY_CLASSES[t][0]))
        for t in rel.tails:
            g.add((term, SDO.rangeIncludes, ENTITY_CLASSES[t][0]))
    for name, (label, comment, range_) in _DATA_PROPERTIES.items():
        term = _declare(g, KG[name], OWL.DatatypeProperty, label, comment)
        g.add((term, RDFS.range, range_))
    return g


def _declare(g: Graph, term: URIRef, kind: URIRef, label: str, comment: str) -> URIRef:
    """Type, English label and comment, and the ontology that defines it: what every term has."""
    g.add((term, RDF.type, kind))
    g.add((term, RDFS.label, Literal(label, lang="en")))
    g.add((term, RDFS.comment, Literal(comment, lang="en")))
    g.add((term, RDFS.isDefinedBy, ONTOLOGY_IRI))
    return term
