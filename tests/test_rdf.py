"""RDF, JSON-LD and GraphML export: vocabulary, IRIs, claims, provenance, determinism."""
from __future__ import annotations

import io
import unicodedata
from array import array
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV

from conftest import DICTIONARIES, make_seed_graph, make_tiny_graph, outputs_under_hash_seeds
from kg.errors import KgError
from kg.export.graphml import graphml_bytes, write_graphml
from kg.export.rdf import (
    ONTOLOGY_ASSET, is_direct, rdf_triples, turtle_text, write_jsonld, write_ntriples, write_rdf, write_store,
    write_turtle,
)
from kg.graph import KnowledgeGraph, merge
from kg.model import ENTITY_TYPES, RELATION_TYPES, Document, DocumentResult, Entity, Evidence, Mention, Relation
from kg.vocab import (
    DEFAULT_BASE, ENTITY_CLASSES, KG, PREFIXES, RELATIONS, SDO, WIKIDATA, check_base, document_iri, entity_iri,
    ontology_graph,
)

ROOT = Path(__file__).resolve().parent.parent
ENT = DEFAULT_BASE + "entity/"
# Graphs every format test runs on; seed_graph joins once conftest defines it.
GRAPH_FIXTURES = ("tiny_graph", "claims_graph", "seed_graph")


def _document(name: str, text: str, date: str | None) -> Document:
    n = len(text)
    return Document(name=name, original=text, text=text, span_start=array("l", range(n)),
                    span_end=array("l", range(1, n + 1)), title=text.split("。", 1)[0], date=date)


@pytest.fixture(scope="module")
def claims_graph() -> KnowledgeGraph:
    return make_claims_graph()


def make_claims_graph() -> KnowledgeGraph:
    """A planned, a reported and an asserted claim, two background facts, a Chinese file name."""
    text = "美国商务部拟限制H20出口。据报道，美国限制英伟达。美国商务部许可H20出口。"
    name = "出口管制 2025.txt"
    ents = {
        "us_commerce": Entity("us_commerce", "AGENCY", "美国商务部", "US Department of Commerce",
                              facts={"part_of": "usa"}),
        "usa": Entity("usa", "PLACE", "美国", "United States", ("美方",), "Q30"),
        "nvidia": Entity("nvidia", "ORG", "英伟达", "Nvidia"),
        "h20": Entity("h20", "PRODUCT", "H20", "H20", facts={"made_by": "nvidia"}),
    }
    s2, s3 = text.index("据"), text.index("美国商务部许可")

    def ev(start: int, end: int, rule: str) -> Evidence:
        return Evidence(name, start, end, text[start:end], rule, "2025-01-15")

    result = DocumentResult(_document(name, text, "2025-01-15"), (
        Mention(0, 5, "美国商务部", "AGENCY", "us_commerce", "dict"),
        Mention(8, 11, "H20", "PRODUCT", "h20", "dict"),
        Mention(s2 + 5, s2 + 7, "美国", "PLACE", "usa", "dict"),
        Mention(s2 + 9, s2 + 12, "英伟达", "ORG", "nvidia", "dict"),
    ), (
        Relation("us_commerce", "restricts", "h20", ev(0, s2, "restricts.plan"), modality="planned"),
        Relation("usa", "restricts", "nvidia", ev(s2, s3, "restricts.report"), modality="reported"),
        Relation("us_commerce", "permits", "h20", ev(s3, len(text), "permits.license")),
    ), ents)
    return merge([result], ents)


@pytest.fixture(params=GRAPH_FIXTURES)
def any_graph(request) -> KnowledgeGraph:
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="module")
def tiny_rdf(tiny_graph, tmp_path_factory) -> Graph:
    """tiny_graph written to Turtle and parsed back with rdflib."""
    path = tmp_path_factory.mktemp("tiny") / "graph.ttl"
    write_turtle(tiny_graph, path)
    return Graph().parse(path, format="turtle")


@pytest.fixture(scope="module")
def claims_rdf(claims_graph, tmp_path_factory) -> Graph:
    path = tmp_path_factory.mktemp("claims") / "graph.ttl"
    write_turtle(claims_graph, path)
    return Graph().parse(path, format="turtle")


# -- vocabulary ---------------------------------------------------------------

@pytest.mark.parametrize("rel", RELATION_TYPES)
def test_every_relation_type_is_in_the_closed_namespace(rel):
    assert rel in KG
    assert KG[rel] == URIRef(f"https://kg.example.org/ns#{rel}")
    assert rel in RELATIONS


def test_namespace_fails_loudly_on_a_typo():
    with pytest.raises(AttributeError):
        KG.restrict  # noqa: B018


def test_the_plain_prefixes_are_the_namespaces_rdflib_writes():
    # kg.prefixes spells them without rdflib (kg query reads them before rdflib loads).
    namespaces = {"kg": KG, "schema": SDO, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "owl": OWL, "prov": PROV,
                  "xsd": XSD}
    assert PREFIXES == {prefix: str(ns._NS) for prefix, ns in namespaces.items()}


def test_ontology_describes_exactly_the_namespace():
    onto = ontology_graph()
    described = {s for s in onto.subjects(RDFS.isDefinedBy, None)}
    declared = {KG[name] for name in KG.__annotations__}
    assert described == declared
    for term in declared:
        assert onto.value(term, RDFS.label) is not None, term
        assert onto.value(term, RDFS.comment) is not None, term


@pytest.mark.parametrize("rel, domain, range_", [
    ("made_by", SDO.Product, SDO.Organization),
    ("works_for", SDO.Person, SDO.Thing),          # an office in an org, agency or country
    ("competes_with", SDO.Thing, SDO.Thing),       # companies or products
    ("issues", SDO.Thing, SDO.Legislation),
])
def test_relation_domain_and_range_are_schema_classes(rel, domain, range_):
    onto = ontology_graph()
    assert (KG[rel], RDF.type, OWL.ObjectProperty) in onto
    assert onto.value(KG[rel], RDFS.domain) == domain
    assert onto.value(KG[rel], RDFS.range) == range_
    assert (KG[rel], RDFS.label, Literal(RELATIONS[rel].label_zh, lang="zh")) in onto


def test_ontology_covers_every_rule_in_relations_yaml():
    # STYLE §5: the vocabulary is declared once and kept in step with the rule file.
    from kg.relate.rules import load_rules

    for rule in load_rules(DICTIONARIES / "relations.yaml").rules:
        assert rule.relation in KG, rule.id
        # a product that stands for its maker heads the relation as its maker, a company
        heads = {"ORG"} if rule.head_as_maker else set(rule.head)
        assert heads <= set(RELATIONS[rule.relation].heads), rule.id
        assert set(rule.tail) <= set(RELATIONS[rule.relation].tails), rule.id


def test_every_entity_type_has_a_schema_class_and_a_kg_subclass():
    onto = ontology_graph()
    assert set(ENTITY_CLASSES) == set(ENTITY_TYPES)
    for schema_class, kg_class in ENTITY_CLASSES.values():
        assert (kg_class, RDFS.subClassOf, schema_class) in onto


def test_shipped_ontology_asset_matches_the_vocabulary():
    # Regenerate with: python -c "from kg.export.rdf import write_ontology; write_ontology()"
    assert ONTOLOGY_ASSET.read_text(encoding="utf-8") == turtle_text(ontology_graph())


# -- IRIs ---------------------------------------------------------------------

@pytest.mark.parametrize("make, arg, expected, why", [
    (entity_iri, "nvidia", f"{ENT}nvidia", "plain ids are used as they are"),
    (entity_iri, "org:nvidia", f"{ENT}org:nvidia", "':' is legal in a path and a local name"),
    (entity_iri, "英伟达", f"{ENT}%E8%8B%B1%E4%BC%9F%E8%BE%BE", "guard: a non-ASCII id is percent-encoded"),
    (document_iri, "新闻 1.txt", f"{DEFAULT_BASE}doc/%E6%96%B0%E9%97%BB%201.txt", "Chinese and space encoded"),
    (document_iri, "a/b.txt", f"{DEFAULT_BASE}doc/a%2Fb.txt", "a folder never adds a path level"),
    (document_iri, unicodedata.normalize("NFD", "café.txt"), f"{DEFAULT_BASE}doc/caf%C3%A9.txt",
     "NFD names (macOS) get the NFC IRI"),
])
def test_iris_are_ascii_and_deterministic(make, arg, expected, why):
    assert str(make(DEFAULT_BASE, arg)) == expected, why


@pytest.mark.parametrize("base, ok", [
    ("https://kg.example.org/", True),
    ("http://example.com/kg#", True),
    ("https://kg.example.org", False),        # no trailing separator: entity/ would glue on
    ("https://例子.中国/", False),             # not ASCII
    ("kg.example.org/", False),               # not absolute
    ("https://kg.example.org/a b/", False),   # whitespace
])
def test_check_base(base, ok):
    if ok:
        assert check_base(base) == base
    else:
        with pytest.raises(KgError, match="must be an ASCII http"):
            check_base(base)


@pytest.mark.parametrize("name", ["tiny_graph", "claims_graph"])
def test_every_iri_is_ascii_and_chinese_stays_in_literals(request, name):
    triples = list(rdf_triples(request.getfixturevalue(name)))
    terms = [term for t in triples for term in (t.subject, t.predicate, t.object)]
    assert all(term.value.isascii() for term in terms if isinstance(term, ox.NamedNode))
    assert any(not term.value.isascii() for term in terms if isinstance(term, ox.Literal))


def test_base_is_configurable(tiny_graph, tmp_path):
    path = tmp_path / "graph.ttl"
    write_turtle(tiny_graph, path, base="https://example.com/kg/")
    g = Graph().parse(path, format="turtle")
    assert (URIRef("https://example.com/kg/entity/nvidia"), RDF.type, SDO.Organization) in g
    assert not any(str(s).startswith(DEFAULT_BASE) for s in g.subjects() if "/ns" not in str(s))


# -- content ------------------------------------------------------------------

def test_round_trip_counts_and_labels(tiny_graph, tiny_rdf):
    entities = set(tiny_rdf.subjects(KG.entityId, None))
    statements = set(tiny_rdf.subjects(RDF.type, KG.Assertion))
    assert len(entities) == len(tiny_graph.nodes()) == 5
    assert len(statements) == len(tiny_graph.edges()) == 4
    assert set(tiny_rdf.subjects(RDF.type, RDF.Statement)) == statements
    nvidia = URIRef(f"{ENT}nvidia")
    assert Literal("英伟达", lang="zh") in set(tiny_rdf.objects(nvidia, RDFS.label))
    assert Literal("Nvidia", lang="en") in set(tiny_rdf.objects(nvidia, RDFS.label))


@pytest.mark.parametrize("entity_id, schema_class, kg_class", [
    ("nvidia", SDO.Organization, KG.Org),
    ("us_commerce", SDO.GovernmentOrganization, KG.Agency),
    ("jensen_huang", SDO.Person, KG.Person),
    ("h20", SDO.Product, KG.Product),
])
def test_entity_classes(tiny_rdf, entity_id, schema_class, kg_class):
    types = set(tiny_rdf.objects(URIRef(ENT + entity_id), RDF.type))
    assert types == {schema_class, kg_class}


def test_place_class_and_wikidata(claims_rdf):
    usa = URIRef(f"{ENT}usa")
    assert set(claims_rdf.objects(usa, RDF.type)) == {SDO.Place, KG.Place}
    assert claims_rdf.value(usa, OWL.sameAs) == URIRef(WIKIDATA + "Q30")


@pytest.mark.parametrize("entity_id, prop, expected, why", [
    ("nvidia", SKOS.altLabel, {Literal("NVIDIA", lang="en"), Literal("辉达", lang="zh")}, "Latin @en, CJK @zh"),
    ("jensen_huang", SKOS.altLabel, {Literal("黃仁勳", lang="zh")}, "traditional script is still zh"),
    ("nvidia", OWL.sameAs, {URIRef("http://www.wikidata.org/entity/Q182477")}, "Wikidata link"),
    ("h20", OWL.sameAs, set(), "no QID, no sameAs"),
    ("evil", KG.discovered, {Literal(True)}, "found by a pattern"),
    ("nvidia", KG.discovered, {Literal(False)}, "from the dictionary"),
    ("h20", KG.mentionCount, {Literal(2)}, "two mentions in a.txt"),
    ("evil", RDFS.label, {Literal("<script>alert(1)</script>公司", lang="zh"),
                          Literal('"quoted" & <b>', lang="en")}, "markup survives as a literal"),
])
def test_entity_properties(tiny_rdf, entity_id, prop, expected, why):
    assert set(tiny_rdf.objects(URIRef(ENT + entity_id), prop)) == expected, why


def test_documents_are_news_articles(tiny_rdf):
    a, b = URIRef(f"{DEFAULT_BASE}doc/a.txt"), URIRef(f"{DEFAULT_BASE}doc/b.txt")
    assert (a, RDF.type, SDO.NewsArticle) in tiny_rdf
    assert tiny_rdf.value(a, SDO.datePublished) == Literal("2025-01-13", datatype=XSD.date)
    assert tiny_rdf.value(b, SDO.datePublished) is None  # b.txt states no date
    assert tiny_rdf.value(a, SDO.name) == Literal("英伟达推出H20芯片。美国商务部限制H20出口。", lang="zh")
    assert set(tiny_rdf.objects(a, SDO.mentions)) == {URIRef(ENT + e) for e in ("nvidia", "h20", "us_commerce")}


def _claims(g: Graph) -> dict[tuple[str, str, str], dict]:
    """(head, type, tail) → the statement's polarity, modality, background, and whether it is direct."""
    out = {}
    for st in g.subjects(RDF.type, KG.Assertion):
        s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
        key = (str(s)[len(ENT):], str(p).rsplit("#", 1)[1], str(o)[len(ENT):])
        out[key] = {"polarity": str(g.value(st, KG.polarity)), "modality": str(g.value(st, KG.modality)),
                    "background": g.value(st, KG.background).toPython(), "direct": (s, p, o) in g}
    return out


@pytest.mark.parametrize("fixture, claim, polarity, modality, background, direct, why", [
    ("tiny_rdf", ("us_commerce", "restricts", "h20"), "positive", "asserted", False, True, "stated fact"),
    ("tiny_rdf", ("evil", "opposes", "nvidia"), "negative", "asserted", False, False, "denied: statement only"),
    ("claims_rdf", ("us_commerce", "restricts", "h20"), "positive", "planned", False, False, "拟: hedged"),
    ("claims_rdf", ("usa", "restricts", "nvidia"), "positive", "reported", False, False, "据报道: hedged"),
    ("claims_rdf", ("us_commerce", "permits", "h20"), "positive", "asserted", False, True, "stated fact"),
    ("claims_rdf", ("us_commerce", "part_of", "usa"), "positive", "asserted", True, True, "dictionary fact"),
    ("claims_rdf", ("h20", "made_by", "nvidia"), "positive", "asserted", True, True, "dictionary fact"),
])
def test_claims_direct_only_when_positive_and_asserted(request, fixture, claim, polarity, modality,
                                                      background, direct, why):
    got = _claims(request.getfixturevalue(fixture))[claim]
    assert got == {"polarity": polarity, "modality": modality, "background": background, "direct": direct}, why


def test_no_direct_triple_without_a_statement(claims_graph, claims_rdf):
    direct = {(s, p, o) for p in (KG[r] for r in RELATION_TYPES) for s, o in claims_rdf.subject_objects(p)}
    assert len(direct) == sum(is_direct(e) for e in claims_graph.edges()) == 3


def test_background_is_distinguishable_by_query(claims_rdf):
    rows = claims_rdf.query("""
        SELECT ?p ?source WHERE {
          ?st kg:background true ; rdf:predicate ?p ; kg:supportCount 0 ; prov:wasDerivedFrom ?source .
        } ORDER BY ?p""", initNs={"kg": KG._NS, "rdf": RDF, "prov": PROV})
    assert [(str(p).rsplit("#")[1], str(s)) for p, s in rows] == [
        ("made_by", f"{DEFAULT_BASE}source/dictionary"), ("part_of", f"{DEFAULT_BASE}source/dictionary")]


def test_why_do_you_say_that(tiny_rdf):
    rows = list(tiny_rdf.query("""
        SELECT ?sentence ?start ?end ?rule ?doc ?date ?support WHERE {
          ?st rdf:subject ent:us_commerce ; rdf:predicate kg:restricts ; rdf:object ent:h20 ;
              kg:supportCount ?support ; prov:wasDerivedFrom ?ev .
          ?ev a kg:Evidence ; kg:sentence ?sentence ; kg:startOffset ?start ; kg:endOffset ?end ;
              prov:wasDerivedFrom ?doc ; prov:wasGeneratedBy ?activity .
          ?activity a prov:Activity ; rdfs:label ?rule .
          ?doc schema:datePublished ?date .
        }""", initNs={"kg": KG._NS, "rdf": RDF, "rdfs": RDFS, "prov": PROV, "ent": ENT, "schema": SDO}))
    assert [tuple(r) for r in rows] == [(
        Literal("美国商务部限制H20出口。", lang="zh"), Literal(11), Literal(24), Literal("restricts.limit"),
        URIRef(f"{DEFAULT_BASE}doc/a.txt"), Literal("2025-01-13", datatype=XSD.date), Literal(1))]


def test_an_evidence_node_says_only_what_is_its_own(tiny_rdf):
    """Its class, sentence, offsets, article and rule; the article's date and the rule's name are
    said once, on the article and the rule, not again on every sentence."""
    nodes = set(tiny_rdf.subjects(RDF.type, KG.Evidence))
    assert nodes
    for node in nodes:
        assert sorted(str(p).rsplit("/", 1)[-1] for p in tiny_rdf.predicates(node)) == [
            "22-rdf-syntax-ns#type", "ns#endOffset", "ns#sentence", "ns#startOffset", "prov#wasDerivedFrom",
            "prov#wasGeneratedBy"]
        assert list(tiny_rdf.objects(node, RDF.type)) == [KG.Evidence]


def test_role_is_on_the_statement(tiny_rdf):
    claims = {st: tiny_rdf.value(st, KG.role) for st in tiny_rdf.subjects(RDF.predicate, KG.works_for)}
    assert list(claims.values()) == [Literal("CEO")]


# -- parsers and files ----------------------------------------------------------

def _oxigraph_as_rdflib(data: bytes, fmt: ox.RdfFormat) -> Graph:
    """Parse with oxigraph, then hand its N-Triples to rdflib for a set comparison."""
    ntriples = ox.serialize(ox.parse(data, format=fmt), format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=ntriples.decode("utf-8"), format="nt")


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # inside rdflib's parser
def test_turtle_and_jsonld_parse_in_rdflib_and_oxigraph(any_graph, tmp_path):
    ttl, jsonld = tmp_path / "graph.ttl", tmp_path / "graph.jsonld"
    write_turtle(any_graph, ttl)
    write_jsonld(any_graph, jsonld)
    by_rdflib = Graph().parse(ttl, format="turtle")
    assert len(by_rdflib) > 0
    assert set(_oxigraph_as_rdflib(ttl.read_bytes(), ox.RdfFormat.TURTLE)) == set(by_rdflib)
    assert set(_oxigraph_as_rdflib(jsonld.read_bytes(), ox.RdfFormat.JSON_LD)) == set(by_rdflib)
    assert set(Graph().parse(jsonld, format="json-ld")) == set(by_rdflib)


def test_ntriples_and_the_store_hold_exactly_the_turtle_triples(any_graph, tmp_path):
    write_turtle(any_graph, tmp_path / "graph.ttl")
    write_ntriples(any_graph, tmp_path / "graph.nt")
    write_store(any_graph, tmp_path / "graph.oxigraph")
    by_rdflib = set(Graph().parse(tmp_path / "graph.ttl", format="turtle"))
    assert set(Graph().parse(tmp_path / "graph.nt", format="nt")) == by_rdflib
    store = ox.Store.read_only(str(tmp_path / "graph.oxigraph"))
    dumped = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    assert set(Graph().parse(data=dumped.decode("utf-8"), format="nt")) == by_rdflib


def test_a_new_store_replaces_the_old_one_whole(tiny_graph, claims_graph, tmp_path):
    store_path = tmp_path / "graph.oxigraph"
    write_store(claims_graph, store_path)
    write_store(tiny_graph, store_path)
    store = ox.Store.read_only(str(store_path))
    ask = "ASK { ?s ?p ?o . FILTER(STRENDS(STR(?s), '%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6%202025.txt')) }"
    assert not store.query(ask)  # nothing of the first graph's article is left
    assert store.query("ASK { ?s <https://kg.example.org/ns#entityId> 'jensen_huang' }")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.oxigraph"]  # no temporary folder left


@pytest.mark.parametrize("sentence", ['他说"限制"是\\必要的。', "第一行\n第二行\r。", "结尾是反斜杠\\"])
def test_sentences_with_quotes_backslashes_and_line_breaks_survive(sentence, tmp_path):
    doc = _document("q.txt", sentence + "英伟达H20", None)
    start = len(sentence)
    result = DocumentResult(doc, (
        Mention(start, start + 3, "英伟达", "ORG", "nvidia", "dict"),
        Mention(start + 3, start + 6, "H20", "PRODUCT", "h20", "dict"),
    ), (Relation("h20", "made_by", "nvidia", Evidence("q.txt", 0, len(sentence), sentence, "made_by.test")),),
        {"nvidia": Entity("nvidia", "ORG", "英伟达"), "h20": Entity("h20", "PRODUCT", "H20")})
    write_turtle(merge([result]), tmp_path / "graph.ttl")
    g = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert [str(o) for o in g.objects(None, KG.sentence)] == [sentence]


def _rdf_forms(graph: KnowledgeGraph, folder: Path) -> dict[str, bytes]:
    """Every RDF form written in one pass; the store as its sorted N-Triples."""
    paths = {"turtle": folder / "g.ttl", "ntriples": folder / "g.nt", "jsonld": folder / "g.jsonld",
             "store": folder / "g.oxigraph"}
    write_rdf(graph, paths, DEFAULT_BASE)
    store = ox.Store.read_only(str(paths.pop("store")))
    dumped = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return {**{name: path.read_bytes() for name, path in paths.items()},
            "store": b"".join(sorted(dumped.splitlines(keepends=True)))}


def test_slices_written_one_by_one_read_as_the_whole_written_at_once(seed_graph, tmp_path, monkeypatch):
    whole = _rdf_forms(seed_graph, tmp_path / "whole")
    monkeypatch.setattr("kg.export.rdf._SLICE", 5)  # hundreds of slices, each cut where a subject ends
    assert _rdf_forms(seed_graph, tmp_path / "sliced") == whole
    assert whole["turtle"].count(b"@prefix ent:") == 1
    assert whole["jsonld"].startswith(b"[{") and whole["jsonld"].count(b"\n") == 0
    monkeypatch.setattr("kg.export.rdf._SLICE", 10**9)  # one slice of data after the ontology's
    assert _rdf_forms(seed_graph, tmp_path / "one") == whole


def test_one_pass_writes_what_each_writer_writes_alone(claims_graph, tmp_path):
    together = _rdf_forms(claims_graph, tmp_path / "together")
    write_turtle(claims_graph, tmp_path / "alone.ttl")
    write_jsonld(claims_graph, tmp_path / "alone.jsonld")
    assert together["turtle"] == (tmp_path / "alone.ttl").read_bytes()
    assert together["jsonld"] == (tmp_path / "alone.jsonld").read_bytes()


def test_a_store_that_fails_to_load_leaves_no_file_and_no_folder(tiny_graph, tmp_path, monkeypatch):
    class FullDisk:
        def __init__(self, path):
            pass

        def bulk_load(self, *args, **kwargs):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr("kg.export.rdf.ox.Store", FullDisk)
    with pytest.raises(OSError, match="No space left"):
        write_rdf(tiny_graph, {"turtle": tmp_path / "g.ttl", "store": tmp_path / "g.oxigraph"})
    assert list(tmp_path.iterdir()) == []


def test_each_subject_s_triples_come_together(seed_graph):
    subjects = [t.subject.value for t in rdf_triples(seed_graph)]
    runs = [s for i, s in enumerate(subjects) if i == 0 or subjects[i - 1] != s]
    assert len(runs) == len(set(subjects))


def test_files_are_utf8_not_escaped_and_written_atomically(tiny_graph, tmp_path):
    write_turtle(tiny_graph, tmp_path / "graph.ttl")
    write_jsonld(tiny_graph, tmp_path / "graph.jsonld")
    write_graphml(tiny_graph, tmp_path / "graph.graphml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.graphml", "graph.jsonld", "graph.ttl"]
    for path in tmp_path.iterdir():
        assert "英伟达" in path.read_bytes().decode("utf-8"), path.name


def _write_all(graph: KnowledgeGraph, folder: Path) -> dict[str, bytes]:
    write_turtle(graph, folder / "graph.ttl")
    write_jsonld(graph, folder / "graph.jsonld")
    write_graphml(graph, folder / "graph.graphml")
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_output_is_byte_identical_across_runs(any_graph, tmp_path):
    assert _write_all(any_graph, tmp_path / "a") == _write_all(any_graph, tmp_path / "b")


def write_exports_for_hash_seed_check(out: Path) -> None:
    """What test_output_is_byte_identical_across_hash_seeds has a fresh process write for each hash seed."""
    for name, make in (("tiny_graph", make_tiny_graph), ("claims_graph", make_claims_graph),
                       ("seed_graph", make_seed_graph)):
        _write_all(make(), out / name)


def test_output_is_byte_identical_across_hash_seeds(tmp_path):
    # Each subprocess builds the fixtures from scratch: merge and export both see the seed.
    outputs = outputs_under_hash_seeds("test_rdf:write_exports_for_hash_seed_check", tmp_path)
    assert "tiny_graph/graph.ttl" in outputs[0] and "claims_graph/graph.graphml" in outputs[0]
    assert outputs[0] == outputs[1]


# -- GraphML --------------------------------------------------------------------

def test_graphml_reads_back_with_flat_attributes(tiny_graph):
    g = nx.read_graphml(io.BytesIO(graphml_bytes(tiny_graph)))
    assert sorted(g.nodes) == ["evil", "h20", "jensen_huang", "nvidia", "us_commerce"]
    assert g.nodes["nvidia"] == {"label": "英伟达", "name_en": "Nvidia", "type": "ORG", "mention_count": 2,
                                 "document_count": 2, "aliases": "NVIDIA | 辉达", "wikidata": "Q182477",
                                 "discovered": False}
    edges = {(u, v, d["relation"]): d for u, v, d in g.edges(data=True)}
    assert len(edges) == 4
    denied = edges[("evil", "nvidia", "opposes")]
    assert (denied["polarity"], denied["asserted"], denied["support"]) == ("negative", False, 1)
    restricts = edges[("us_commerce", "h20", "restricts")]
    assert (restricts["evidence"], restricts["document"], restricts["asserted"]) == (
        "美国商务部限制H20出口。", "a.txt", True)
    assert all(isinstance(v, (str, int, float, bool)) for _, d in g.nodes(data=True) for v in d.values())


def test_graphml_keeps_background_and_hedged_edges(claims_graph):
    g = nx.read_graphml(io.BytesIO(graphml_bytes(claims_graph)))
    got = sorted((u, d["relation"], v, d["modality"], d["background"], d["weight"]) for u, v, d in g.edges(data=True))
    assert got == [
        ("h20", "made_by", "nvidia", "asserted", True, 1.0),
        ("us_commerce", "part_of", "usa", "asserted", True, 1.0),
        ("us_commerce", "permits", "h20", "asserted", False, 1.0),
        ("us_commerce", "restricts", "h20", "planned", False, 1.0),
        ("usa", "restricts", "nvidia", "reported", False, 1.0),
    ]


def test_awkward_text_is_canonical_ntriples_and_reads_the_same_in_every_form(tmp_path):
    from rdflib.compare import isomorphic

    from kg.graph import DocumentInfo, EdgeInfo, NodeInfo

    awkward = "".join(chr(c) for c in (*range(0x20), 0x7F, 0x85, 0x2028, 0xFFFE, 0xFFFF, 0x1F600)) + '"\\\'中文'
    docs = [DocumentInfo(name, awkward, "2025-02-03", ("a", "b"), 2, 1) for name in ("x y(1).txt", "新闻.txt")]
    evidence = tuple(Evidence(d.name, 0, 9, f"{awkward}{i}", f"restricts.{awkward}", None) for i, d in enumerate(docs))
    g = nx.MultiDiGraph()
    g.add_node("a", info=NodeInfo(Entity("a", "AGENCY", awkward, awkward, (awkward,)), 2, ("x y(1).txt",)))
    g.add_node("b", info=NodeInfo(Entity("b", "ORG", "英伟达"), 2, ("x y(1).txt",)))
    g.add_edge("a", "b", key=("restricts", "positive", "asserted"), info=EdgeInfo(
        "a", "restricts", "b", "positive", "asserted", awkward, evidence, False))
    paths = {name: tmp_path / f"graph.{name}" for name in ("ntriples", "turtle", "jsonld", "store")}
    write_rdf(KnowledgeGraph(g, docs), paths)
    written = paths["ntriples"].read_bytes()
    # Written as made, not serialized by pyoxigraph: it must be what pyoxigraph writes.
    assert ox.serialize(ox.parse(written, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.N_TRIPLES) == written
    expected = sorted(written.decode("utf-8").splitlines())
    for name, fmt in (("turtle", ox.RdfFormat.TURTLE), ("jsonld", ox.RdfFormat.JSON_LD)):
        triples = ox.serialize(ox.parse(path=str(paths[name]), format=fmt), format=ox.RdfFormat.N_TRIPLES)
        assert sorted(triples.decode("utf-8").splitlines()) == expected, name
    store = ox.Store.read_only(str(paths["store"]))  # loaded without checks: kg's own text
    assert sorted(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).decode("utf-8")
                  .splitlines()) == expected
    reference = Graph().parse(paths["ntriples"], format="nt")
    assert isomorphic(Graph().parse(paths["turtle"], format="turtle"), reference)
    assert isomorphic(Graph().parse(paths["jsonld"], format="json-ld"), reference)


@pytest.mark.parametrize("base", [DEFAULT_BASE, "http://example.com/kg#", "https://example.org/a/b/"])
def test_the_evidence_turtle_spells_an_article_or_rule_as_pyoxigraph_does(base):
    """Plain ASCII local names are spelled without asking pyoxigraph (once per article, it cost 2 s
    at 12,000 articles); whatever is spelled so must be pyoxigraph's own spelling, and anything
    awkward is left to pyoxigraph."""
    from kg.export.rdf import _EvidenceNodes, _Iris
    from kg.vocab import rule_iri

    nodes = _EvidenceNodes(_Iris(base), ["turtle"])
    plain = ["000123_a1_news-site.txt", "a.txt", "1", "_a", "A-Z_0.9", "a..b", "restricts.limit"]
    awkward = ["a.b.", ".a", "-a", "a:b", "a~b.txt", "x y.txt", "中文.txt", "é.txt", "a%b", "a/b"]
    for name in plain + awkward:
        for iri in (f"<{document_iri(base, name)}>", f"<{rule_iri(base, name)}>"):
            spelled = nodes._prefixed(iri)
            assert spelled is None or spelled == nodes._turtle_spelling(iri), iri
    assert all(nodes._prefixed(f"<{document_iri(base, name)}>") for name in plain), "plain names take the fast way"
