"""`kg query` and kg.query: read-only SPARQL over the exported Turtle, formats, one-line errors."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from kg.cli import cli
from kg.errors import QueryError
from kg.export.rdf import write_turtle
from kg.query import FORMATTERS, display_width, format_csv, format_json, format_table, run_query
from kg.vocab import DEFAULT_BASE

ENT = DEFAULT_BASE + "entity/"
LABELS_ZH = 'SELECT ?e ?name WHERE { ?e kg:entityId ?id ; rdfs:label ?name FILTER(lang(?name) = "zh") } ORDER BY ?id'


@pytest.fixture(scope="module")
def graph_file(tiny_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("query") / "graph.ttl"
    write_turtle(tiny_graph, path)
    return path


# -- queries --------------------------------------------------------------------

@pytest.mark.parametrize("query, expected, why", [
    ("SELECT ?who WHERE { ?who kg:restricts ent:h20 }", [(URIRef(ENT + "us_commerce"),)], "kg: and ent: pre-bound"),
    ("SELECT ?n WHERE { ent:nvidia rdfs:label ?n FILTER(lang(?n) = 'en') }", [(Literal("Nvidia", lang="en"),)],
     "rdfs: pre-bound"),
    ("SELECT ?q WHERE { ent:nvidia owl:sameAs ?q }", [(URIRef("http://www.wikidata.org/entity/Q182477"),)],
     "owl: pre-bound"),
    ("SELECT ?a WHERE { ent:jensen_huang skos:altLabel ?a }", [(Literal("黃仁勳", lang="zh"),)], "skos: pre-bound"),
    ("SELECT ?d WHERE { ?doc a schema:NewsArticle ; schema:datePublished ?d }",
     [(Literal("2025-01-13", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date")),)], "schema: pre-bound"),
    ("SELECT (COUNT(?ev) AS ?n) WHERE { ?ev prov:wasDerivedFrom ?doc ; kg:sentence ?s ; kg:startOffset ?o "
     "FILTER(datatype(?o) = xsd:integer) }", [(Literal(4),)], "prov: and xsd: pre-bound"),
    ("SELECT ?p WHERE { ?st rdf:subject ent:evil ; rdf:predicate ?p }", [(URIRef(DEFAULT_BASE[:-1] + "/ns#opposes"),)],
     "rdf: pre-bound"),
    ("SELECT ?who WHERE { ?who kg:opposes ?x }", [], "a denied claim is no direct triple"),
    ("PREFIX e: <https://kg.example.org/entity/> SELECT ?w WHERE { ?w kg:made_by e:nvidia }",
     [(URIRef(ENT + "h20"),)], "the user's own PREFIX lines still work"),
])
def test_select(graph_file, query, expected, why):
    result = run_query(graph_file, query)
    assert result.kind == "SELECT"
    assert list(result.rows) == expected, why


@pytest.mark.parametrize("query, expected", [
    ("ASK { ent:us_commerce kg:restricts ent:h20 }", True),
    ("ASK { ent:evil kg:opposes ent:nvidia }", False),  # denied in the text
    ("ASK { ?st kg:polarity 'negative' ; rdf:subject ent:evil }", True),
])
def test_ask(graph_file, query, expected):
    result = run_query(graph_file, query)
    assert (result.kind, result.boolean) == ("ASK", expected)
    assert format_table(result) == f"{str(expected).lower()}\n"
    assert json.loads(format_json(result)) == {"head": {}, "boolean": expected}


def test_construct_gives_turtle_and_jsonld(graph_file):
    result = run_query(graph_file, "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a kg:Person ; rdfs:label ?n }")
    assert result.kind == "CONSTRUCT"
    back = Graph().parse(data=format_table(result), format="turtle")
    assert set(back.objects()) == {Literal("黄仁勋", lang="zh"), Literal("Jensen Huang", lang="en")}
    jsonld = json.loads(format_json(result))
    assert [n["@id"] for n in jsonld["@graph"]] == ["ent:jensen_huang"]


def test_describe(graph_file):
    result = run_query(graph_file, "DESCRIBE ent:h20")
    assert (URIRef(ENT + "h20"), URIRef(DEFAULT_BASE + "ns#made_by"), URIRef(ENT + "nvidia")) in result.graph


def test_ent_prefix_follows_the_exported_base(tiny_graph, tmp_path):
    path = tmp_path / "graph.ttl"
    write_turtle(tiny_graph, path, base="https://example.com/kg/")
    result = run_query(path, "SELECT ?p WHERE { ?p kg:made_by ent:nvidia }")
    assert list(result.rows) == [(URIRef("https://example.com/kg/entity/h20"),)]
    assert format_table(result) == "p\n-------\nent:h20\n"


# -- errors -----------------------------------------------------------------------

@pytest.mark.parametrize("query, message, why", [
    ("SELEC ?x WHERE { ?x ?p ?o }",
     "malformed SPARQL at line 1, column 1: expected SELECT, CONSTRUCT, DESCRIBE or ASK, found 'SELEC'", "typo"),
    ("SELECT ?x WHERE { ?x ?p ?o",
     "malformed SPARQL at line 1, column 27: expected the rest of a SELECT query, found end of query; "
     "unbalanced { }", "unclosed brace"),
    ("SELECT ?x WHERE { ?x ?p ?o } LIMIT",
     "malformed SPARQL at line 1, column 30: expected end of query, found 'LIMIT'", "LIMIT without a number"),
    ("SELECT ?x\nWHERE { ?x rdfs:label \"abc }",
     "malformed SPARQL at line 2, column 9: expected the rest of a SELECT query, found '?x'", "unclosed string"),
    ("SELECT ?x WHERE { ?x foo:bar ?o }",
     "unknown prefix 'foo:'; declare it with PREFIX foo: <...> or use one of: "
     "doc, ent, ev, kg, owl, prov, rdf, rdfs, schema, skos, stmt, wd, xsd", "unknown prefix"),
    ("", "empty query; give a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query", "nothing to run"),
    ("SELECT * FROM <http://example.com/g> WHERE { ?s ?p ?o }",
     "FROM and FROM NAMED are not supported: kg query reads only the --graph file", "no remote data"),
    ("SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }",
     "SERVICE is not supported: kg query reads only the --graph file", "no network"),
])
def test_query_errors_are_one_line(graph_file, query, message, why):
    with pytest.raises(QueryError) as info:
        run_query(graph_file, query)
    assert str(info.value) == message, why


READ_ONLY = "kg query is read-only: {} is a SPARQL Update; use SELECT, ASK, CONSTRUCT or DESCRIBE"


@pytest.mark.parametrize("update, keyword", [
    ("INSERT DATA { ent:a kg:restricts ent:b }", "INSERT DATA"),
    ("DELETE DATA { ent:a kg:restricts ent:b }", "DELETE DATA"),
    ("DELETE WHERE { ?s ?p ?o }", "DELETE WHERE"),
    ("PREFIX ex: <http://ex/>\nDELETE { ?s ?p ?o } INSERT { ?s ex:p 1 } WHERE { ?s ?p ?o }", "DELETE/INSERT"),
    ("LOAD <http://example.com/data.ttl>", "LOAD"),
    ("CLEAR ALL", "CLEAR"),
    ("DROP GRAPH <http://example.com/g>", "DROP"),
    ("CREATE GRAPH <http://example.com/g>", "CREATE"),
    ("insert data { <http://a> <http://b> <http://c> }", "INSERT DATA"),  # keywords are case-insensitive
])
def test_updates_are_refused(graph_file, update, keyword):
    before = graph_file.read_bytes()
    with pytest.raises(QueryError) as info:
        run_query(graph_file, update)
    assert str(info.value) == READ_ONLY.format(keyword)
    assert graph_file.read_bytes() == before


def test_missing_graph_file(tmp_path):
    with pytest.raises(QueryError) as info:
        run_query(tmp_path / "graph.ttl", "ASK {}")
    assert str(info.value) == f"{tmp_path / 'graph.ttl'}: no such graph file; run `kg build` first to create it"


def test_invalid_graph_file(tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is not turtle <<\n", encoding="utf-8")
    with pytest.raises(QueryError) as info:
        run_query(bad, "ASK {}")
    assert str(info.value) == (f"{bad}: not a valid Turtle graph (at line 1, column 1: this is not a valid "
                               "subject or graph name); rebuild it with `kg build`")


# -- formats ----------------------------------------------------------------------

@pytest.mark.parametrize("text, width", [
    ("H20", 3), ("英伟达", 6), ("美国商务部限制H20", 17), ("Ｈ２０", 6), ("", 0), ("é", 1), ("e\u0301", 1),
])
def test_display_width(text, width):
    assert display_width(text) == width


def test_table_aligns_chinese_and_shortens_iris(graph_file):
    table = format_table(run_query(graph_file, LABELS_ZH))
    assert table == (
        "e                 name\n"
        "----------------  -----------------------------\n"
        "ent:evil          <script>alert(1)</script>公司\n"
        "ent:h20           H20\n"
        "ent:jensen_huang  黄仁勋\n"
        "ent:nvidia        英伟达\n"
        "ent:us_commerce   美国商务部\n"
    )


def test_table_pads_wide_columns_by_display_width(graph_file):
    query = 'SELECT ?name ?e WHERE { ?e kg:entityId ?id ; rdfs:label ?name FILTER(lang(?name) = "zh") } ORDER BY ?id'
    lines = format_table(run_query(graph_file, query)).splitlines()
    # The second column starts at the same terminal column on every line.
    starts = {display_width(line[: line.rindex("  ") + 2]) for line in lines}
    assert starts == {31}


def test_csv_is_sparql_csv(graph_file):
    text = format_csv(run_query(graph_file, LABELS_ZH))
    assert text.startswith("e,name\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == [f"{ENT}evil", "<script>alert(1)</script>公司"]
    assert rows[-1] == [f"{ENT}us_commerce", "美国商务部"]


def test_json_is_sparql_json(graph_file):
    data = json.loads(format_json(run_query(graph_file, LABELS_ZH)))
    assert data["head"] == {"vars": ["e", "name"]}
    assert data["results"]["bindings"][3] == {
        "e": {"type": "uri", "value": f"{ENT}nvidia"},
        "name": {"type": "literal", "value": "英伟达", "xml:lang": "zh"},
    }


def test_unbound_values_are_blank(graph_file):
    result = run_query(graph_file, "SELECT ?doc ?date WHERE { ?doc a schema:NewsArticle "
                                   "OPTIONAL { ?doc schema:datePublished ?date } } ORDER BY ?doc")
    assert format_table(result) == (
        "doc        date\n"
        "---------  ----------\n"
        "doc:a.txt  2025-01-13\n"
        "doc:b.txt\n"
    )
    assert json.loads(format_json(result))["results"]["bindings"][1] == {
        "doc": {"type": "uri", "value": f"{DEFAULT_BASE}doc/b.txt"}}


# -- CLI --------------------------------------------------------------------------

def test_cli_query_table(graph_file):
    query = "SELECT ?who WHERE { ?who kg:restricts ent:h20 }"
    r = CliRunner().invoke(cli, ["query", query, "--graph", str(graph_file)])
    assert r.exit_code == 0, r.output
    assert r.output == "who\n---------------\nent:us_commerce\n"


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_cli_query_from_file_and_stdin(graph_file, tmp_path, fmt):
    query_file = tmp_path / "q.rq"
    query_file.write_text(LABELS_ZH, encoding="utf-8")
    from_file = CliRunner().invoke(cli, ["query", "-f", str(query_file), "-g", str(graph_file), "--format", fmt])
    from_stdin = CliRunner().invoke(cli, ["query", "-f", "-", "-g", str(graph_file), "--format", fmt],
                                    input=LABELS_ZH)
    assert from_file.exit_code == from_stdin.exit_code == 0, from_file.output
    # stdout_bytes, not output: Result.output folds the CRLF line ends SPARQL CSV requires.
    expected = FORMATTERS[fmt](run_query(graph_file, LABELS_ZH)).encode("utf-8")
    assert from_file.stdout_bytes == from_stdin.stdout_bytes == expected


@pytest.mark.parametrize("args", [[], ["ASK {}", "-f", "-"]], ids=["neither", "both"])
def test_cli_query_needs_one_query(graph_file, args):
    r = CliRunner().invoke(cli, ["query", *args, "-g", str(graph_file)], input="ASK {}")
    assert r.exit_code == 2
    assert r.output.endswith("Error: give a SPARQL query as the QUERY argument or with -f FILE (one of them)\n")


@pytest.mark.parametrize("query, message", [
    ("SELEC ?x", "malformed SPARQL at line 1, column 1: expected SELECT, CONSTRUCT, DESCRIBE or ASK, found 'SELEC'"),
    ("INSERT DATA { ent:a kg:restricts ent:b }", READ_ONLY.format("INSERT DATA")),
    ("SELECT * { ?s nope:p ?o }", "unknown prefix 'nope:'; declare it with PREFIX nope: <...> or use one of: "
                                  "doc, ent, ev, kg, owl, prov, rdf, rdfs, schema, skos, stmt, wd, xsd"),
])
def test_cli_query_errors_are_one_line(graph_file, query, message):
    r = CliRunner().invoke(cli, ["query", query, "--graph", str(graph_file)])
    assert r.exit_code == 1
    assert r.output == f"Error: {message}\n"


def test_cli_query_takes_the_output_folder(graph_file, tmp_path):
    query = "SELECT ?who WHERE { ?who kg:restricts ent:h20 }"
    r = CliRunner().invoke(cli, ["query", query, "-g", str(graph_file.parent)])
    assert r.exit_code == 0, r.output
    assert r.output == "who\n---------------\nent:us_commerce\n"
    empty = CliRunner().invoke(cli, ["query", query, "-g", str(tmp_path)])  # a folder kg build never wrote
    assert empty.exit_code == 1
    assert empty.output == f"Error: {tmp_path / 'graph.ttl'}: no such graph file; run `kg build` first to create it\n"


def test_cli_query_missing_graph_says_build_first(tmp_path):
    missing = tmp_path / "output" / "graph.ttl"
    r = CliRunner().invoke(cli, ["query", "ASK {}", "--graph", str(missing)])
    assert r.exit_code == 1
    assert r.output == f"Error: {missing}: no such graph file; run `kg build` first to create it\n"


def test_cli_query_help_has_an_example():
    r = CliRunner().invoke(cli, ["query", "--help"])
    assert r.exit_code == 0
    assert "kg query 'SELECT" in r.output and "[table|csv|json]" in r.output


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }",
    "SELECT * FROM <http://example.com/g.ttl> WHERE { ?s ?p ?o }",
    "LOAD <http://example.com/data.ttl>",
])
def test_remote_data_is_refused_without_a_socket(graph_file, monkeypatch, query):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("kg query opened a network connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    with pytest.raises(QueryError):
        run_query(graph_file, query)


def test_without_timeout_the_query_runs_in_process(graph_file):
    query = "SELECT ?who WHERE { ?who kg:restricts ent:h20 }"
    assert run_query(graph_file, query, timeout=None).rows == run_query(graph_file, query).rows


def test_max_rows_keeps_the_count(graph_file):
    result = run_query(graph_file, LABELS_ZH, max_rows=2)
    assert (len(result.rows), result.total_rows) == (2, 5)
    assert result.rows == run_query(graph_file, LABELS_ZH).rows[:2]


# -- ORDER BY sorted by kg ------------------------------------------------------

ORDERED_TTL = """@prefix ex: <http://example.org/> .
ex:a ex:name "工业和信息化部"@zh ; ex:code "b" ; ex:rank 10 ; ex:seen ex:z .
ex:b ex:name "Commerce"@en ; ex:code "b" ; ex:rank 9 ; ex:seen ex:y .
ex:c ex:name "Commerce" ; ex:code "a" ; ex:rank 9 .
ex:d ex:name "Commerce"@de ; ex:code "a"@en ; ex:rank 11 ; ex:seen ex:y .
ex:e ex:name "商务部"@zh ; ex:code "B" ; ex:rank 2 ; ex:seen ex:x .
ex:f ex:name "commerce" ; ex:code "a" ; ex:rank 9 ; ex:seen "plain text" .
"""


@pytest.fixture(scope="module")
def ordered_graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("ordered") / "graph.ttl"
    path.write_text(ORDERED_TTL, encoding="utf-8")
    return path


@pytest.mark.parametrize("order", [
    "ORDER BY ?name", "ORDER BY DESC(?name)", "ORDER BY ?code DESC(?name)", "ORDER BY ASC(?code) ?seen ?s",
    "ORDER BY ?seen DESC(?s)", "ORDER BY DESC(?seen) ?code ?name",
    "ORDER BY DESC(?rank) ?s",  # numbers: Oxigraph sorts them itself
])
def test_solutions_sorted_by_kg_come_in_oxigraph_s_order(ordered_graph, order, monkeypatch):
    query = ("PREFIX ex: <http://example.org/> SELECT ?s ?name ?code ?seen ?rank "
             f"WHERE {{ ?s ex:name ?name ; ex:code ?code ; ex:rank ?rank OPTIONAL {{ ?s ex:seen ?seen }} }} {order}")
    ours = run_query(ordered_graph, query, timeout=None)
    monkeypatch.setattr("kg.query._order_here", lambda query: None)
    assert ours.rows == run_query(ordered_graph, query, timeout=None).rows
    assert len(ours.rows) == 6


@pytest.mark.parametrize("query, sorted_here", [
    ("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s DESC(?o)", True),
    ("select ?s where { ?s ?p ?o }\norder by desc( ?o )\n", True),
    ("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 5", False),  # the first five of the order
    ("SELECT DISTINCT ?s WHERE { ?s ?p ?o } ORDER BY ?s", True),  # the same rows, in some order
    ("SELECT ?s WHERE { ?s ?p ?o } ORDER BY STR(?o)", False),  # an expression
    ("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s # a comment", False),
    ("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 1 } }", False),
    ("SELECT ?s WHERE { ?s ?p ?o }", False),
])
def test_only_a_query_ending_in_order_by_over_variables_is_sorted_by_kg(query, sorted_here):
    from kg.query import _order_here

    order = _order_here(query)
    assert (order is not None) == sorted_here
    if order is not None:
        assert "order" not in order[0].lower() and order[0].rstrip().endswith("}")


@pytest.mark.parametrize("query", [
    "PREFIX ex: <http://example.org/> SELECT DISTINCT ?code ?name WHERE { ?s ex:name ?name ; ex:code ?code } "
    "ORDER BY ?code DESC(?name)",
    "PREFIX ex: <http://example.org/> SELECT DISTINCT ?code WHERE { ?s ex:code ?code } ORDER BY DESC(?code)",
])
def test_distinct_solutions_sorted_by_kg_come_in_oxigraph_s_order(ordered_graph, query, monkeypatch):
    ours = run_query(ordered_graph, query, timeout=None)
    monkeypatch.setattr("kg.query._order_here", lambda query: None)
    assert ours.rows == run_query(ordered_graph, query, timeout=None).rows


def test_a_construct_ending_in_order_by_is_left_to_oxigraph(ordered_graph):
    result = run_query(ordered_graph, "PREFIX ex: <http://example.org/> "
                                      "CONSTRUCT { ?s ex:code ?code } WHERE { ?s ex:code ?code } ORDER BY ?code")
    assert result.kind == "CONSTRUCT" and len(result.graph) == 6


@pytest.mark.parametrize("query, may_fetch", [
    ("SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }", True),
    ("select * where { service silent <http://example.com/sparql> { ?s ?p ?o } }", True),
    ("SELECT * WHERE { \\u0053ERVICE <http://example.com/sparql> { ?s ?p ?o } }", True),  # \u escapes come first
    ("SELECT * WHERE { \\U00000053ERVICE <http://example.com/sparql> { ?s ?p ?o } }", True),
    ('SELECT ?s WHERE { ?s rdfs:label "customer service" }', True),  # in a string: the parser decides first
    ("SELECT ?ev ?d WHERE { ?ev prov:wasDerivedFrom ?d }", False),
    ("ASK {}", False),
])
def test_only_a_query_that_cannot_fetch_starts_before_the_parser_reads_it(query, may_fetch):
    from kg.query import _may_fetch

    assert _may_fetch(query) is may_fetch


@pytest.mark.parametrize("query", [
    "SELECT ?x WHERE { ?x ?p ?o",  # started at once, then refused by the parser
    "SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }",  # refused before any start
    "INSERT DATA { ent:a kg:restricts ent:b }",
])
def test_a_refused_query_leaves_no_query_process(graph_file, query):
    import multiprocessing

    with pytest.raises(QueryError):
        run_query(graph_file, query)
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("query, parsed, terms", [
    ("SELECT ?s WHERE { ?s a kg:Product }", False, True),  # answered: the parser is not needed
    ("ASK { ent:h20 kg:made_by ent:nvidia }", False, False),  # a boolean: rdflib is not needed either
    ("DESCRIBE ent:h20", True, True),  # triples: the parser tells a DESCRIBE from a CONSTRUCT
    ("SELECT * FROM <http://example.com/g> WHERE { ?s ?p ?o }", True, True),  # refused by the parser
    ("SELECT ?x WHERE { ?x ?p ?o", True, True),  # refused by the engine: the parser says why
])
def test_the_parser_reads_only_the_queries_that_need_it(graph_file, query, parsed, terms):
    import subprocess
    import sys

    # A fresh interpreter: this test process has imported rdflib and the parser already.
    code = ("import sys; from pathlib import Path; from kg.query import run_query\n"
            f"try: run_query(Path({str(graph_file)!r}), {query!r})\n"
            "except Exception as error: print(type(error).__name__)\n"
            "print('rdflib.plugins.sparql.parser' in sys.modules, 'rdflib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[-2:] == [str(parsed), str(terms)]
    assert ("QueryError" in out) == ("FROM" in query or query.endswith("?o"))
