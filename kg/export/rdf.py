"""Export the knowledge graph as RDF: Turtle, N-Triples, JSON-LD and an Oxigraph store.

The RDF says each thing once, at a stable IRI (see ``kg.vocab`` for the
scheme): entities typed with schema.org and kg classes, articles as
``schema:NewsArticle``, and per claim a reified statement (``rdf:Statement``
and ``kg:Assertion``) that carries polarity, modality, support and its
evidence sentences with PROV-O provenance. Only claims the text states as fact
(positive, asserted) — or the dictionary supplies as background — become direct
``ent:head kg:<type> ent:tail`` triples; a denied or hedged claim exists only as
a statement node, so a plain triple pattern never returns it.

The triples are made once per export (``rdf_triples``), as canonical
N-Triples text in a fixed order with every subject's triples together, in two
parts. The graph part (ontology, entities, articles, statements, rules) is
made a slice at a time and serialized by pyoxigraph (Rust), which parses each
slice as it writes it, into every file asked for (Turtle, N-Triples, JSON-LD
in expanded form: ``write_rdf``). The evidence nodes, most of the triples and all alike, are
made by template straight in each form (``_EvidenceNodes``), in a build as
each document is folded (``EvidenceRdf``), and appended after the graph part.
pyoxigraph's bulk loader fills the persistent store from the same text. Every
node has an IRI (no blank nodes) and the order depends only on the graph and
the input order, so the files are byte-identical across runs, ``--jobs`` and
hash seeds. rdflib serves only ``kg query``'s results and the ontology asset
(``turtle_text``, ``jsonld_text``).
"""
from __future__ import annotations

import json
import queue
import re
import shutil
import tempfile
import threading
from contextlib import ExitStack, closing
from datetime import date as _date
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Mapping, NamedTuple

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph
from rdflib.namespace import PROV

from kg.evidence import EdgeKey
from kg.export import atomic_write, atomic_writer
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
    evidence_id,
    ontology_graph,
    rule_iri,
    statement_iri,
)

__all__ = [
    "DEFAULT_BASE",  # re-exported: callers of write_turtle need not import kg.vocab
    "ONTOLOGY_ASSET",
    "rdf_triples",
    "turtle_text",
    "jsonld_text",
    "write_turtle",
    "write_ntriples",
    "write_jsonld",
    "write_store",
    "write_rdf",
    "RDF_FORMATS",
    "RDF_EXPORTS",
    "EvidenceRdf",
    "write_ontology",
    "is_direct",
    "language_of",
]

ONTOLOGY_ASSET = Path(__file__).parent / "assets" / "ontology.ttl"
_SLICE = 100_000  # triples made, parsed and written at a time (a bulk load into the store sorts one)

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


# The triples are made as canonical N-Triples (strings): the cheapest form to make in
# Python, written as they are into graph.nt, and parsed by pyoxigraph for the other formats.
# Canonical escapes: \b \t \n \f \r \" \\, every other control character and U+FFFE/F as \uXXXX.
_ESCAPES = {**{c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)},
            **{ord(c): e for c, e in (("\b", "\\b"), ("\t", "\\t"), ("\n", "\\n"), ("\f", "\\f"),
                                      ("\r", "\\r"), ('"', '\\"'), ("\\", "\\\\"))}}
_NEEDS_ESCAPE = re.compile("[\x00-\x1f\x7f\ufffe\uffff\"\\\\]")


def _escape(value: str) -> str:
    return value.translate(_ESCAPES) if _NEEDS_ESCAPE.search(value) else value


@lru_cache(maxsize=None)
def _term(iri: str) -> str:
    """A vocabulary IRI (class, property, rule) as an N-Triples term, made once."""
    return f"<{iri}>"


def _node(iri: str) -> str:
    return f"<{iri}>"


@lru_cache(maxsize=None)
def _kg(name: str) -> str:
    return _term(str(KG[name]))


_TYPE, _LABEL, _ALT_LABEL, _SAME_AS = (_term(str(t)) for t in (RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs))
_DERIVED, _GENERATED = _term(str(PROV.wasDerivedFrom)), _term(str(PROV.wasGeneratedBy))
_INTEGER, _BOOLEAN, _DATE = (_term(str(t)) for t in (XSD.integer, XSD.boolean, XSD.date))
_TRUE, _FALSE = f'"true"^^{_BOOLEAN}', f'"false"^^{_BOOLEAN}'
_Row = tuple[str, str, str]  # subject, predicate, object as N-Triples terms
_SENTENCE, _START, _END = (_kg(n) for n in ("sentence", "startOffset", "endOffset"))
_EVIDENCE_TYPE, _PROV_ENTITY = _kg("Evidence"), _term(str(PROV.Entity))
# Spelled once: an rdflib namespace makes a new term at every attribute read.
_NEWS_ARTICLE, _NAME, _IDENTIFIER, _PUBLISHED, _MENTIONS = (
    _term(str(t)) for t in (SDO.NewsArticle, SDO.name, SDO.identifier, SDO.datePublished, SDO.mentions))
_STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = (_term(str(t)) for t in (RDF.Statement, RDF.subject, RDF.predicate,
                                                                      RDF.object))


def _plain(value: str) -> str:
    return f'"{_escape(value)}"'


def _lang(value: str, language: str) -> str:
    return f'"{_escape(value)}"@{language}'


def _integer(value: int) -> str:
    return f'"{int(value)}"^^{_INTEGER}'


def _boolean(value: bool) -> str:
    return _TRUE if value else _FALSE


def _text(value: str) -> str:
    return _lang(value, language_of(value))


def _calendar_date(value: str | None) -> str | None:
    # Only a real calendar date becomes xsd:date; anything else would be an ill-typed literal.
    if not value or len(value) != 10:
        return None
    try:
        _date.fromisoformat(value)
    except ValueError:
        return None
    return value


def _xsd_date(value: str | None) -> str | None:
    date = _calendar_date(value)
    return None if date is None else f'"{date}"^^{_DATE}'


class _Minted(dict):
    """One kind of IRI as N-Triples terms by key, each made once; a repeated key is a lookup in C."""

    def __init__(self, base: str, iri_of: Callable[[str, str], str]):
        super().__init__()
        self._base = base
        self._iri_of = iri_of

    def __missing__(self, key: str) -> str:
        iri = self[key] = _node(self._iri_of(self._base, key))
        return iri


class _Iris:
    """The IRIs of one export as N-Triples terms, each minted once (quoting is the slow part)."""

    def __init__(self, base: str):
        self.base = base
        self._evidence = f"<{base}evidence/"
        # An entity's, a document's and a rule's IRI by id or name.
        self.entity: Callable[[str], str] = _Minted(base, entity_iri).__getitem__
        self.document: Callable[[str], str] = _Minted(base, document_iri).__getitem__
        self.rule: Callable[[str], str] = _Minted(base, rule_iri).__getitem__

    def evidence(self, evidence_id: str) -> str:
        """An evidence node's IRI (``kg.vocab.evidence_iri``) from its id, ASCII hex already."""
        return f"{self._evidence}{evidence_id}>"


def _entity_triples(iris: _Iris, node: NodeInfo, direct: Iterable[EdgeInfo]) -> Iterator[_Row]:
    entity = node.entity
    iri = iris.entity(entity.id)
    for cls in ENTITY_CLASSES[entity.type]:
        yield (iri, _TYPE, _term(str(cls)))
    labels = {(entity.name, "zh")}
    yield (iri, _LABEL, _lang(entity.name, "zh"))
    if entity.name_en:
        labels.add((entity.name_en, "en"))
        yield (iri, _LABEL, _lang(entity.name_en, "en"))
    for alias in dict.fromkeys(entity.aliases):
        if alias and (alias, language_of(alias)) not in labels:
            yield (iri, _ALT_LABEL, _text(alias))
    # A malformed QID would make a broken owl:sameAs link; the dictionary check reports it.
    if entity.wikidata and _QID.fullmatch(entity.wikidata):
        yield (iri, _SAME_AS, _node(WIKIDATA + entity.wikidata))
    yield (iri, _kg("entityId"), _plain(entity.id))
    yield (iri, _kg("mentionCount"), _integer(node.mention_count))
    yield (iri, _kg("discovered"), _boolean(bool(entity.discovered)))
    for edge in direct:
        yield (iri, _kg(edge.type), iris.entity(edge.tail))


def _document_triples(iris: _Iris, doc: DocumentInfo, known: set[str]) -> Iterator[_Row]:
    iri = iris.document(doc.name)
    yield (iri, _TYPE, _NEWS_ARTICLE)
    yield (iri, _TYPE, _PROV_ENTITY)
    title = doc.title.strip()
    yield (iri, _NAME, _text(title) if title else _plain(doc.name))
    yield (iri, _IDENTIFIER, _plain(doc.name))
    published = _xsd_date(doc.date)
    if published is not None:
        yield (iri, _PUBLISHED, published)
    for entity_id in doc.entity_ids:
        if entity_id in known:
            yield (iri, _MENTIONS, iris.entity(entity_id))
    yield (iri, _kg("mentionCount"), _integer(doc.mention_count))
    yield (iri, _kg("relationCount"), _integer(doc.relation_count))


def _statement_triples(iris: _Iris, edge: EdgeInfo, evidence_ids: Iterable[str]) -> Iterator[_Row]:
    head, tail = iris.entity(edge.head), iris.entity(edge.tail)
    st = _node(statement_iri(iris.base, edge.key))
    yield (st, _TYPE, _STATEMENT)
    yield (st, _TYPE, _kg("Assertion"))
    yield (st, _SUBJECT, head)
    yield (st, _PREDICATE, _kg(edge.type))
    yield (st, _OBJECT, tail)
    yield (st, _kg("polarity"), _plain(edge.polarity))
    yield (st, _kg("modality"), _plain(edge.modality))
    yield (st, _kg("supportCount"), _integer(edge.support))
    yield (st, _kg("background"), _boolean(bool(edge.background)))
    if edge.role:
        # A plain string, so `kg:role "部长"` matches without a language tag.
        yield (st, _kg("role"), _plain(edge.role))
    if edge.background:
        yield (st, _DERIVED, _node(dictionary_iri(iris.base)))
    for ev_id in evidence_ids:
        yield (st, _DERIVED, iris.evidence(ev_id))


@lru_cache(maxsize=1)
def _ontology_lines() -> str:
    # The shipped asset is generated from kg.vocab (a test keeps them equal); it
    # gives each subject's triples together, as the graph's triples are made.
    return ox.serialize(ox.parse(path=str(ONTOLOGY_ASSET), format=ox.RdfFormat.TURTLE),
                        format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _evidence_ids(graph: KnowledgeGraph, edge: EdgeInfo) -> Iterator[str]:
    if graph.store is not None:
        return graph.store.ids(edge.key)
    return (evidence_id(ev.doc, ev.start, ev.end, ev.sentence, ev.rule) for ev in edge.evidence)


def _graph_rows(graph: KnowledgeGraph, iris: _Iris, rules: Iterable[str]) -> Iterator[_Row]:
    """The graph's triples but its evidence nodes, as N-Triples terms, in ``rdf_triples`` order."""
    edges = graph.edges()
    direct: dict[str, list[EdgeInfo]] = {}
    for edge in edges:
        if is_direct(edge):
            direct.setdefault(edge.head, []).append(edge)
    nodes = graph.nodes()
    for node in nodes:
        yield from _entity_triples(iris, node, direct.get(node.id, ()))
    known = {node.id for node in nodes}
    for doc in graph.documents:
        yield from _document_triples(iris, doc, known)
    for edge in edges:
        yield from _statement_triples(iris, edge, _evidence_ids(graph, edge))
    for rule in sorted(rules):
        iri = iris.rule(rule)
        yield (iri, _TYPE, _kg("Rule"))
        yield (iri, _TYPE, _term(str(PROV.Activity)))
        yield (iri, _LABEL, _plain(rule))
    if any(edge.background for edge in edges):
        source = _node(dictionary_iri(iris.base))
        yield (source, _TYPE, _PROV_ENTITY)
        yield (source, _LABEL, _lang("kg entity dictionary", "en"))


def _graph_slices(graph: KnowledgeGraph, iris: _Iris, rules: Iterable[str], ontology: bool) -> Iterator[bytes]:
    """The graph part's N-Triples in ``rdf_triples`` order, in slices of about ``_SLICE`` triples.

    A slice ends only where the subject changes, so each serialized slice
    ends a subject's block: the slices serialized one by one and joined are
    the same bytes as the whole serialized at once, and never held whole.
    """
    if ontology:
        yield _ontology_lines().encode("utf-8")
    batch: list[_Row] = []
    for row in _graph_rows(graph, iris, rules):
        if len(batch) >= _SLICE and row[0] != batch[-1][0]:
            yield "".join(f"{s} {p} {o} .\n" for s, p, o in batch).encode("utf-8")
            batch = []
        batch.append(row)
    if batch:
        yield "".join(f"{s} {p} {o} .\n" for s, p, o in batch).encode("utf-8")


class _EvidenceNodes:
    """Makes the evidence nodes of a graph's RDF, a document at a time, in each of ``forms``
    (``RDF_FORMATS`` names) by template, and notes their rules.

    Evidence nodes are most of the RDF (six triples a sentence) and all alike,
    so they are written straight in each form rather than parsed and serialized:
    N-Triples as everywhere here, Turtle and JSON-LD (expanded) as pyoxigraph
    writes the rest of the file. Every term that repeats (a vocabulary term, an
    article's or a rule's IRI) is spelled once, in Turtle by pyoxigraph itself;
    a string escaped for N-Triples is a JSON string too. A test reads every form
    back to the same triples.

    A node says only what is its own: its class (kg:Evidence, a prov:Entity by
    the ontology), sentence, offsets, article and rule. The article's date is the
    article's (schema:datePublished) and the rule's name its label, each said once.
    """

    def __init__(self, iris: _Iris, forms: Iterable[str]):
        self._iris = iris
        self._prefixes = data_prefixes(iris.base)
        self._evidence_prefix = next(f"{name}:" for name, ns in self._prefixes.items()
                                     if ns == f"{iris.base}evidence/")
        vocabulary = (_EVIDENCE_TYPE, _SENTENCE, _START, _END, _DERIVED, _GENERATED)
        self._ttl = {term: self._turtle_spelling(term) for term in vocabulary}
        self._spelled: dict[str, tuple[str, str]] = {}  # an IRI: (Turtle, bare IRI)
        # Longest first: the namespace a prefixed name is cut from is the most specific.
        self._namespaces = sorted(self._prefixes.items(), key=lambda item: -len(item[1]))
        self._templates = [(form, getattr(self, f"_{form}")) for form in sorted(forms)]
        self.rules: dict[str, tuple[str, str]] = {}  # rule: its IRI spelled
        self._made: dict[str, list[str]] = {form: [] for form, _ in self._templates}
        self.count = 0  # triples made since the last ``take``

    def _turtle_spelling(self, term: str) -> str:
        """How pyoxigraph's Turtle writes the N-Triples term ``term`` as an object."""
        data = ox.serialize(ox.parse(f"<urn:s> <urn:p> {term} .", format=ox.RdfFormat.N_TRIPLES),
                            format=ox.RdfFormat.TURTLE, prefixes=self._prefixes)
        return data[_PREFIX_LINES.match(data).end():].decode("utf-8").removeprefix("<urn:s> <urn:p> ")[:-3]

    def _spell(self, iri: str) -> tuple[str, str]:
        spelled = self._spelled.get(iri)
        if spelled is None:
            spelled = self._spelled[iri] = (self._prefixed(iri) or self._turtle_spelling(iri), iri[1:-1])
        return spelled

    def _prefixed(self, iri: str) -> str | None:
        """``prefix:local`` for an IRI whose local part is plain ASCII, as pyoxigraph writes it (a
        test compares), made here: asking pyoxigraph costs 0.17 ms, once per article (2 s for 12,000
        articles); None for anything else, which pyoxigraph spells."""
        bare = iri[1:-1]
        for name, namespace in self._namespaces:
            if bare.startswith(namespace):
                local = bare[len(namespace):]
                return f"{name}:{local}" if _PLAIN_LOCAL.fullmatch(local) else None
        return None

    def add(self, evidence: Iterable[tuple[EdgeKey, Evidence, str]]) -> None:
        """One document's evidence nodes, each once though several claims cite it."""
        seen: set[str] = set()
        iris, made = self._iris, self._made
        for _, ev, ev_id in evidence:
            if ev_id in seen:
                continue
            seen.add(ev_id)
            rule = self.rules.get(ev.rule)
            if rule is None:
                rule = self.rules[ev.rule] = self._spell(iris.rule(ev.rule))
            node = _Node(ev_id, iris.evidence(ev_id), _escape(ev.sentence), ev.start, ev.end,
                         self._spell(iris.document(ev.doc)), rule)
            for form, template in self._templates:
                made[form].append(template(node))
            self.count += _NODE_TRIPLES

    def take(self, keep: str | None = None) -> dict[str, str]:
        """What was made since the last call, by form; ``keep`` a form to take later, whole."""
        made = {form: "".join(texts) for form, texts in self._made.items() if form != keep}
        self._made.update((form, []) for form in made)
        if keep is None:
            self.count = 0
        return made

    def _ntriples(self, n: "_Node") -> str:
        iri = n.iri
        return (f'{iri} {_TYPE} {_EVIDENCE_TYPE} .\n{iri} {_SENTENCE} "{n.sentence}"@zh .\n'
                f'{iri} {_START} "{n.start}"^^{_INTEGER} .\n{iri} {_END} "{n.end}"^^{_INTEGER} .\n'
                f'{iri} {_DERIVED} <{n.document[1]}> .\n{iri} {_GENERATED} <{n.rule[1]}> .\n')

    def _turtle(self, n: "_Node") -> str:
        t = self._ttl
        return (f"{self._evidence_prefix}{n.id} a {t[_EVIDENCE_TYPE]} ;\n"
                f'\t{t[_SENTENCE]} "{n.sentence}"@zh ;\n\t{t[_START]} {n.start} ;\n\t{t[_END]} {n.end} ;\n'
                f"\t{t[_DERIVED]} {n.document[0]} ;\n\t{t[_GENERATED]} {n.rule[0]} .\n")

    def _jsonld(self, n: "_Node") -> str:
        return (f',{{"@id":"{n.iri[1:-1]}","{_TYPE[1:-1]}":[{{"@id":"{_EVIDENCE_TYPE[1:-1]}"}}],'
                f'"{_SENTENCE[1:-1]}":[{{"@language":"zh","@value":"{n.sentence}"}}],'
                f'"{_START[1:-1]}":[{{"@type":"{_INTEGER[1:-1]}","@value":"{n.start}"}}],'
                f'"{_END[1:-1]}":[{{"@type":"{_INTEGER[1:-1]}","@value":"{n.end}"}}],'
                f'"{_DERIVED[1:-1]}":[{{"@id":"{n.document[1]}"}}],"{_GENERATED[1:-1]}":[{{"@id":"{n.rule[1]}"}}]}}')


_NODE_TRIPLES = 6  # what each template says of a node
# A local name Turtle takes as it is (no escape): ASCII letters, digits, _ and -, dots inside.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")


class _Node(NamedTuple):
    """One evidence node's values as its templates need them: strings escaped, IRIs spelled."""

    id: str
    iri: str  # N-Triples
    sentence: str  # escaped: N-Triples, Turtle and JSON read the same escapes
    start: int
    end: int
    document: tuple[str, str]  # (Turtle, bare IRI)
    rule: tuple[str, str]  # the rule's IRI likewise


def _evidence_by_document(graph: KnowledgeGraph) -> Iterator[list[tuple[EdgeKey, Evidence, str]]]:
    """A graph's evidence as a build gives it, a document at a time (here by name, then claim):
    [(claim, evidence, evidence id)]."""
    by_document: dict[str, list[tuple[EdgeKey, Evidence, str]]] = {}
    for edge in graph.edges():
        for ev in graph.evidence(edge):
            by_document.setdefault(ev.doc, []).append(
                (edge.key, ev, evidence_id(ev.doc, ev.start, ev.end, ev.sentence, ev.rule)))
    for name in sorted(by_document):
        yield by_document[name]


def rdf_triples(graph: KnowledgeGraph, base: str = DEFAULT_BASE, ontology: bool = True) -> Iterator[ox.Triple]:
    """The RDF of a knowledge graph, in a fixed order, each subject's triples together.

    Order: the ontology, entities by id (with their direct relation triples),
    articles by name, per claim (by key) its statement, the rules, the
    dictionary, then the evidence nodes, article by article.

    Args:
        graph: the merged knowledge graph.
        base: IRI under which entity, document and statement IRIs are minted.
        ontology: include the kg ontology, so the output describes its own terms.

    Returns:
        pyoxigraph triples, parsed (and so checked) as they are made.

    Raises:
        KgError: when ``base`` is not a usable IRI prefix.
    """
    iris = _Iris(check_base(base))
    nodes = _EvidenceNodes(iris, ["ntriples"])
    for items in _evidence_by_document(graph):
        nodes.add(items)
    evidence = nodes.take()["ntriples"]
    slices = [*_graph_slices(graph, iris, nodes.rules, ontology), evidence.encode("utf-8")]
    return (triple for text in slices for triple in ox.parse(text, format=ox.RdfFormat.N_TRIPLES))


# The RDF file formats by exporter name (``kg.export.EXPORTERS``).
RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
RDF_EXPORTS = frozenset({*RDF_FORMATS, "store"})  # every exporter write_rdf serves
_PREFIX_LINES = re.compile(rb"(?:@prefix [^\n]*\n)*")


class _SlicedFile:
    """One RDF file written slice by slice, joined so that it reads as if serialized at once:
    Turtle gives its ``@prefix`` lines once, JSON-LD (one array of node objects) one array.
    N-Triples is the slice's text itself (canonical already)."""

    def __init__(self, out: BinaryIO, fmt: ox.RdfFormat, prefixes: Mapping[str, str]):
        self._out, self._format, self._prefixes = out, fmt, dict(prefixes)
        self._first = True

    def write(self, text: bytes) -> None:
        if self._format == ox.RdfFormat.N_TRIPLES:
            self._out.write(text)
            return
        # Parsed as it is serialized, never held as Python triples (twice the time of a parse
        # and a serialization); leniently, as the store loads it: the text is kg's own canonical
        # N-Triples, whose IRIs and tags are made well-formed (tests parse them strictly).
        data = ox.serialize(ox.parse(text, format=ox.RdfFormat.N_TRIPLES, lenient=True),
                            format=self._format, prefixes=self._prefixes)
        if self._format == ox.RdfFormat.JSON_LD:
            if data == b"[]":
                return
            data = (b"[" if self._first else b",") + data[1:-1]
        elif self._format == ox.RdfFormat.TURTLE and not self._first:
            data = data[_PREFIX_LINES.match(data).end():]
        self._out.write(data)
        self._first = False

    def close(self) -> None:
        if self._format == ox.RdfFormat.JSON_LD:
            self._out.write(b"[]" if self._first else b"]")


class _StoreLoader:
    """Fills a new Oxigraph store in ``folder`` from N-Triples slices in a thread of its own: the
    bulk loader runs in Rust without the GIL, so it loads one slice while this thread makes the next.

    ``put`` a slice at a time, then ``finish``: the store takes the place of a path.
    ``close`` without ``finish`` drops it.
    """

    def __init__(self, folder: Path):
        self._folder = Path(folder)
        self._slices: queue.Queue[bytes | None] = queue.Queue(maxsize=2)  # bounds the slices held
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name="kg-store-loader", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        try:
            store = ox.Store(str(self._folder))
            # A slice at a time: the bulk loader holds and sorts all it is given at once,
            # which took 290 MB for one 20 MB corpus. Lenient: the text is kg's own canonical
            # N-Triples (IRIs minted under a checked base, segments percent-encoded; a test
            # reads awkward text back), so checking every IRI again costs 15% of the load for nothing.
            while (text := self._slices.get()) is not None:
                store.bulk_load(text, format=ox.RdfFormat.N_TRIPLES, lenient=True)
            # One compaction of the loaded files: each join of a query then reads one level of
            # them (README query 3 over 20 MB of news: 0.6-0.9 s before, 0.2-0.4 s after; 0.9 s
            # of CPU here, without the GIL).
            store.optimize()
            del store  # closes the database
        except BaseException as error:  # raised by finish, in the thread that writes the outputs
            self._error = error
            while self._slices.get() is not None:  # keep taking slices, so put never blocks
                pass

    def put(self, text: bytes) -> None:
        self._slices.put(text)

    def finish(self, path: Path) -> None:
        """Wait for the load; raise what it raised, else put the store in place of ``path``."""
        self._slices.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
        _replace_folder(self._folder, Path(path))

    def close(self) -> None:
        if self._thread.is_alive():
            self._slices.put(None)
            self._thread.join()
        shutil.rmtree(self._folder, ignore_errors=True)


class EvidenceRdf:
    """The evidence nodes of a build's RDF (six triples a sentence: most of the RDF), made and
    written as the build folds each document, so the end of the build only writes the graph before them.

    ``add`` is a ``GraphBuilder`` evidence listener; the nodes are made in
    every RDF format asked for (``_EvidenceNodes``) and, every ``_SLICE``
    triples, appended to a part file per format in ``folder`` and given to a
    thread that bulk-loads them into the store; ``write_rdf`` then writes each
    file as the graph part followed by its part.

    Args:
        folder: a scratch folder for the part files and the store being loaded.
        names: the formats of the build (``kg.export.EXPORTERS`` keys; the others are ignored).
        base: the base IRI of the RDF.
    """

    def __init__(self, folder: Path, names: Iterable[str], base: str):
        self.base = check_base(base)
        self.names = RDF_EXPORTS.intersection(names)
        self._iris = _Iris(self.base)
        files = sorted(self.names - {"store"})
        self._nodes = _EvidenceNodes(self._iris, {*files, *(["ntriples"] if "store" in self.names else [])})
        self._resources = ExitStack()
        self._parts = {name: self._resources.enter_context(open(Path(folder) / f"evidence.{name}", "w+b"))
                       for name in files}
        self._loader = None
        self._store_path: Path | None = None  # where ``finish_store`` puts the store
        if "store" in self.names:
            self._loader = _StoreLoader(Path(folder) / "store")
            self._resources.callback(self._loader.close)

    def add(self, evidence: Iterable[tuple[EdgeKey, Evidence, str]]) -> None:
        """Make one document's evidence nodes and write them to the part files; the store
        loads them a slice at a time (its bulk loader is fastest with big ones)."""
        self._nodes.add(evidence)
        if self._nodes.count >= _SLICE or self._loader is None:
            self.flush()
            return
        for name, text in self._nodes.take(keep="ntriples").items():
            self._parts[name].write(text.encode("utf-8"))

    def flush(self) -> None:
        """Write what was made since the last slice."""
        if not self._nodes.count:
            return
        made = self._nodes.take()
        for name, part in self._parts.items():
            part.write(made[name].encode("utf-8"))
        if self._loader is not None:
            self._loader.put(made["ntriples"].encode("utf-8"))

    def finish(self, graph: KnowledgeGraph, paths: Mapping[str, Path], *, store_later: bool = False) -> None:
        """Write every file of ``paths`` (the formats given at the start) as ``graph``'s part
        (all but the evidence nodes) then the evidence part, and put the store in place; all
        atomically: a store that fails to load leaves no file. With ``store_later`` the store
        goes on loading in its thread once its graph part is given, and ``finish_store`` puts it
        in place, so a build writes its other outputs meanwhile (into a folder it drops on failure)."""
        self.flush()
        prefixes = data_prefixes(self.base)
        with ExitStack() as outputs:  # every file replaced when all are complete, none when one fails
            files = {name: outputs.enter_context(atomic_writer(Path(path)))
                     for name, path in paths.items() if name != "store"}
            writers = [_SlicedFile(files[name], RDF_FORMATS[name], prefixes) for name in files]
            for text in _graph_slices(graph, self._iris, self._nodes.rules, ontology=True):
                if self._loader is not None:
                    self._loader.put(text)
                for writer in writers:
                    writer.write(text)
            for (name, out), writer in zip(files.items(), writers):
                part = self._parts[name]
                part.seek(0)
                shutil.copyfileobj(part, out, 1 << 20)
                writer.close()
            if self._loader is not None:
                self._store_path = Path(paths["store"])
                if not store_later:
                    self.finish_store()

    def finish_store(self) -> None:
        """Wait for the store's load (its last slices and its compaction) and put it in the place
        ``finish`` was given; nothing without a store, or when ``finish`` did it."""
        if self._store_path is not None:
            path, self._store_path = self._store_path, None
            self._loader.finish(path)

    def close(self) -> None:
        self._resources.close()


def write_rdf(graph: KnowledgeGraph, paths: Mapping[str, Path], base: str = DEFAULT_BASE,
              evidence: EvidenceRdf | None = None) -> None:
    """Write the knowledge graph in several RDF forms in one pass over its triples, each atomically.

    The triples are made once, as N-Triples text, a slice at a time, and every
    file gets each slice in turn (parsed by pyoxigraph as it is serialized), so no
    format is parsed back from another and the whole graph is never held as
    triples; the store loads the same slices in a thread while the files are written.

    Args:
        graph: the merged knowledge graph.
        paths: where to write each form, by name: ``RDF_FORMATS`` (turtle, ntriples,
            jsonld) for files, ``store`` for the Oxigraph store (a folder).
        base: IRI prefix for entities, documents and statements.
        evidence: the graph's evidence part, made while the graph was built
            (``EvidenceRdf``) for these formats and this base, whose ``finish_store``
            the caller then calls (the store goes on loading meanwhile); else it is made here.
    """
    base = check_base(base)
    if evidence is not None and evidence.base == base and evidence.names == set(paths):
        evidence.finish(graph, paths, store_later=True)
        return
    with ExitStack() as stack:
        folder = Path(next(iter(paths.values()))).parent
        folder.mkdir(parents=True, exist_ok=True)
        scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix=".kg-rdf-", dir=folder))
        evidence = stack.enter_context(closing(EvidenceRdf(Path(scratch), paths, base)))
        for items in _evidence_by_document(graph):
            evidence.add(items)
        evidence.finish(graph, paths)


def write_turtle(graph: KnowledgeGraph, path: Path, base: str = DEFAULT_BASE) -> None:
    """Write the knowledge graph as Turtle (UTF-8), atomically.

    Args:
        graph: the merged knowledge graph.
        path: the ``.ttl`` file to write; its folder is created if needed.
        base: IRI prefix for entities, documents and statements.

    Example:
        >>> write_turtle(graph, folder / "graph.ttl")
        >>> "kg:made_by ent:nvidia" in (folder / "graph.ttl").read_text(encoding="utf-8")
        True
    """
    write_rdf(graph, {"turtle": path}, base)


def write_ntriples(graph: KnowledgeGraph, path: Path, base: str = DEFAULT_BASE) -> None:
    """Write the knowledge graph as N-Triples (one triple a line, for grep and bulk loaders), atomically."""
    write_rdf(graph, {"ntriples": path}, base)


def write_jsonld(graph: KnowledgeGraph, path: Path, base: str = DEFAULT_BASE) -> None:
    """Write the knowledge graph as JSON-LD (UTF-8, expanded form: one object per subject), atomically."""
    write_rdf(graph, {"jsonld": path}, base)


def write_store(graph: KnowledgeGraph, path: Path, base: str = DEFAULT_BASE) -> None:
    """Write the knowledge graph into a persistent Oxigraph store (a folder) for ``kg query``.

    The store is filled in a new folder beside ``path``, which then replaces
    the old one, so a reader never opens a half-loaded store.
    """
    write_rdf(graph, {"store": path}, base)


def _replace_folder(new: Path, path: Path) -> None:
    old = None
    if path.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{path.name}.old.", dir=path.parent))
        path.rename(old / path.name)
    new.rename(path)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


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
    """Serialize a (small) rdflib graph, such as a query result, to compact JSON-LD with a stable byte order.

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


def write_ontology(path: Path = ONTOLOGY_ASSET) -> None:
    """Write the kg ontology as Turtle; by default regenerate the shipped asset.

    The asset is data generated from ``kg.vocab``; a test fails when the two disagree.
    """
    atomic_write(Path(path), turtle_text(ontology_graph()).encode("utf-8"))
