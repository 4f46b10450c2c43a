"""Read-only SPARQL over the exported Turtle graph, and result formatters.

rdflib is the engine (pyoxigraph is only a test dependency). The common
prefixes are pre-bound, so a query can say ``?who kg:restricts ent:h20``
without PREFIX lines; the file's own ``@prefix`` lines win, so ``ent:`` follows
whatever base the graph was exported with.

Every problem the user can fix — a missing graph file, malformed SPARQL, an
unknown prefix, an update, a remote SERVICE — raises ``QueryError`` with a
one-line message.

Example:
    >>> from kg.export.rdf import write_turtle
    >>> write_turtle(graph, folder / "graph.ttl")
    >>> result = run_query(folder / "graph.ttl",
    ...     "SELECT ?label WHERE { ?e kg:restricts ent:h20 ; rdfs:label ?label FILTER(lang(?label) = 'en') }")
    >>> print(format_table(result))
    label
    -------------------------
    US Department of Commerce
    <BLANKLINE>
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

from pyparsing import ParseException
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql.algebra import translateQuery, traverse
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.term import Node

from kg.errors import QueryError
from kg.export.rdf import jsonld_text
from kg.report import display_width, pad
from kg.vocab import DEFAULT_BASE, data_prefixes

__all__ = [
    "QueryResult",
    "QUERY_PREFIXES",
    "load_graph",
    "run_query",
    "display_width",
    "format_table",
    "format_csv",
    "format_json",
    "format_result",
    "FORMATTERS",
]

QUERY_PREFIXES: dict[str, str] = data_prefixes(DEFAULT_BASE)

# SPARQL Update operations, by rdflib's parse-tree name, as the user wrote them.
_UPDATE_KEYWORDS = {
    "InsertData": "INSERT DATA", "DeleteData": "DELETE DATA", "DeleteWhere": "DELETE WHERE",
    "Modify": "DELETE/INSERT", "Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP",
    "Create": "CREATE", "Add": "ADD", "Move": "MOVE", "Copy": "COPY",
}
_QUERY_FORMS = "Expected {SelectQuery | ConstructQuery | DescribeQuery | AskQuery}"
# rdflib grammar rule names that reach pyparsing's messages, in the user's words.
_GRAMMAR_WORDS = {"SelectQuery": "the rest of a SELECT query", "ConstructQuery": "the rest of a CONSTRUCT query",
                  "DescribeQuery": "the rest of a DESCRIBE query", "AskQuery": "the rest of an ASK query",
                  "end of text": "end of query"}


@dataclass(frozen=True, slots=True, eq=False)
class QueryResult:
    """What a query returned.

    ``kind`` is SELECT, ASK, CONSTRUCT or DESCRIBE. A SELECT fills ``columns``
    and ``rows`` (rdflib terms, ``None`` where unbound); ASK sets ``boolean``;
    CONSTRUCT and DESCRIBE set ``graph``. ``prefixes`` shorten IRIs for display.
    """

    kind: str
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None
    prefixes: Mapping[str, str] = field(default_factory=dict)


def load_graph(graph_path: Path) -> Graph:
    """Parse the exported Turtle file.

    Raises:
        QueryError: when the file is missing or is not valid Turtle.
    """
    path = Path(graph_path)
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file; run `kg build` first to create it")
    # bind_namespaces="none": namespaces() then lists exactly the file's @prefix lines.
    g = Graph(bind_namespaces="none")
    try:
        g.parse(path, format="turtle", encoding="utf-8")
    except Exception as error:  # rdflib raises several unrelated types for bad Turtle
        # rdflib's Turtle errors end with a bytes dump of the line ("at ^ in: b'...'"): drop it.
        first = re.sub(r"\s+at \^ in:.*| of <[^>]*>", "", " ".join(str(error).split()))[:160]
        raise QueryError(f"{path}: not a valid Turtle graph ({first}); rebuild it with `kg build`") from error
    return g


def _found(text: str, loc: int) -> str:
    token = re.match(r"\S{1,20}", text[loc:].lstrip()) if loc < len(text) else None
    return f"found {token.group()!r}" if token else "found end of query"


def _syntax_error(query: str, error: ParseException) -> QueryError:
    """Condense pyparsing's message to one line: where, what was expected, what was found."""
    if error.msg.startswith(_QUERY_FORMS):
        expected = "expected SELECT, CONSTRUCT, DESCRIBE or ASK"
    else:
        expected = " ".join(error.msg.split())[:100].replace("Expected", "expected", 1)
        for word, plain in _GRAMMAR_WORDS.items():
            expected = expected.replace(word, plain)
    hint = "; unbalanced { }" if query.count("{") != query.count("}") else ""
    return QueryError(f"malformed SPARQL at line {error.lineno}, column {error.col}: "
                      f"{expected}, {_found(query, error.loc)}{hint}")


def _update_keyword(query: str) -> str | None:
    """The first operation's keyword if ``query`` parses as a SPARQL Update."""
    try:
        update = parseUpdate(query)
    except Exception:  # not an update: parseUpdate raises ParseException or TypeError
        return None
    names = [getattr(request, "name", "") for request in update.request]
    return next((_UPDATE_KEYWORDS.get(n, n.upper()) for n in names if n), "UPDATE")


def _prepare(query: str, prefixes: Mapping[str, str]):
    """Parse and translate a read-only query, or raise a one-line QueryError."""
    if not query.strip():
        raise QueryError("empty query; give a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query")
    try:
        parsed = parseQuery(query)
    except ParseException as error:
        keyword = _update_keyword(query)
        if keyword:
            raise QueryError(f"kg query is read-only: {keyword} is a SPARQL Update; "
                             "use SELECT, ASK, CONSTRUCT or DESCRIBE") from None
        raise _syntax_error(query, error) from None
    try:
        prepared = translateQuery(parsed, initNs=dict(prefixes))
    except Exception as error:  # rdflib raises bare Exception for an unknown prefix
        message = str(error)
        match = re.match(r"Unknown namespace prefix\s*:\s*(\S*)", message)
        if match:
            known = ", ".join(sorted(prefixes))
            raise QueryError(f"unknown prefix '{match.group(1)}:'; declare it with "
                             f"PREFIX {match.group(1)}: <...> or use one of: {known}") from None
        raise QueryError(f"cannot run query: {' '.join(message.split())[:160]}") from None
    # FROM and SERVICE would make rdflib fetch URLs: kg query reads one local file only.
    if prepared.algebra.get("datasetClause"):
        raise QueryError("FROM and FROM NAMED are not supported: kg query reads only the --graph file")
    services: list[str] = []
    traverse(prepared.algebra, visitPre=lambda n: services.append(getattr(n, "name", "") or ""))
    if "ServiceGraphPattern" in services:
        raise QueryError("SERVICE is not supported: kg query reads only the --graph file")
    return prepared


def run_query(graph_path: Path, query: str) -> QueryResult:
    """Run a read-only SPARQL query over an exported Turtle graph.

    Args:
        graph_path: the Turtle file ``kg build`` wrote (``output/graph.ttl``).
        query: a SELECT, ASK, CONSTRUCT or DESCRIBE query; PREFIX lines for
            kg, schema, rdf, rdfs, skos, owl, prov, xsd, wd, ent, doc, stmt and
            ev may be left out.

    Returns:
        The ``QueryResult``.

    Raises:
        QueryError: missing or invalid graph file, malformed SPARQL, unknown
            prefix, SPARQL Update, FROM or SERVICE.
    """
    g = load_graph(graph_path)
    prefixes = {**QUERY_PREFIXES, **{p: str(ns) for p, ns in g.namespaces() if p}}
    prepared = _prepare(query, prefixes)
    try:
        result = g.query(prepared)
        kind = result.type
        if kind == "ASK":
            return QueryResult("ASK", boolean=bool(result.askAnswer), prefixes=prefixes)
        if kind in ("CONSTRUCT", "DESCRIBE"):
            out = Graph(bind_namespaces="none")
            for prefix, ns in prefixes.items():
                out.bind(prefix, ns)
            for triple in result.graph:
                out.add(triple)
            return QueryResult(kind, graph=out, prefixes=prefixes)
        columns = tuple(str(v) for v in result.vars or ())
        rows = tuple(tuple(row) for row in result)
    except Exception as error:  # evaluation errors rdflib raises for a query it accepted
        raise QueryError(f"cannot run query: {' '.join(str(error).split())[:160]}") from None
    return QueryResult("SELECT", columns=columns, rows=rows, prefixes=prefixes)


def _shorten(iri: str, prefixes: Mapping[str, str]) -> str:
    # The longest namespace wins (ent: over a shorter base); a local part that a
    # prefixed name cannot spell keeps the full <IRI>.
    best = max((ns for ns in prefixes.values() if iri.startswith(ns)), key=len, default=None)
    if best is not None:
        local = iri[len(best):]
        if re.fullmatch(r"[A-Za-z0-9_](?:[A-Za-z0-9_.:%-]*[A-Za-z0-9_:%-])?|", local):
            prefix = min(p for p, ns in prefixes.items() if ns == best)
            return f"{prefix}:{local}"
    return f"<{iri}>"


def _cell(term: Node | None, prefixes: Mapping[str, str]) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return _shorten(str(term), prefixes)
    if isinstance(term, BNode):
        return f"_:{term}"
    # One row per line: a sentence with a line break would break the alignment.
    return " ".join(str(term).split()) if isinstance(term, Literal) else str(term)


def _graph_text(result: QueryResult) -> str:
    return result.graph.serialize(format="turtle") if result.graph is not None else ""


def format_table(result: QueryResult) -> str:
    """An aligned text table (IRIs shortened with the known prefixes); ASK gives true/false.

    CONSTRUCT and DESCRIBE give Turtle.
    """
    if result.kind == "ASK":
        return f"{str(result.boolean).lower()}\n"
    if result.kind != "SELECT":
        return _graph_text(result)
    header = list(result.columns)
    body = [[_cell(term, result.prefixes) for term in row] for row in result.rows]
    widths = [max([display_width(h), *(display_width(r[i]) for r in body)]) for i, h in enumerate(header)]
    lines = [header, ["-" * w for w in widths], *body]
    return "".join("  ".join(pad(c, w) for c, w in zip(line, widths)).rstrip() + "\n" for line in lines)


def _plain(term: Node | None) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def format_csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV results: full IRIs, literal values only, CRLF line ends.

    ASK gives true/false; CONSTRUCT and DESCRIBE give Turtle.
    """
    if result.kind == "ASK":
        return f"{str(result.boolean).lower()}\n"
    if result.kind != "SELECT":
        return _graph_text(result)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(result.columns)
    writer.writerows([_plain(term) for term in row] for row in result.rows)
    return buffer.getvalue()


def _binding(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    value: dict[str, str] = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal) and term.language:
        value["xml:lang"] = term.language
    elif isinstance(term, Literal) and term.datatype:
        value["datatype"] = str(term.datatype)
    return value


def format_json(result: QueryResult) -> str:
    """SPARQL 1.1 JSON results (``head``/``results``/``boolean``); CONSTRUCT gives JSON-LD."""
    if result.kind in ("CONSTRUCT", "DESCRIBE"):
        return jsonld_text(result.graph, dict(result.prefixes)) if result.graph is not None else ""
    if result.kind == "ASK":
        data: dict = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = [{c: _binding(t) for c, t in zip(result.columns, row) if t is not None} for row in result.rows]
        data = {"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


FORMATTERS: dict[str, Callable[[QueryResult], str]] = {
    "table": format_table,
    "csv": format_csv,
    "json": format_json,
}


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Format a result with one of ``FORMATTERS`` (table, csv, json)."""
    return FORMATTERS[fmt](result)
