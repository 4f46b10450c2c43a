"""Read-only SPARQL over the exported graph, and result formatters.

pyoxigraph (a Rust SPARQL engine) answers the queries: it opens the on-disk
store that ``kg build`` writes beside ``graph.ttl`` (``STORE_NAME``) read-only
when it is there and no older than the Turtle, and otherwise loads
``graph.ttl`` into memory. rdflib's SPARQL parser refuses SERVICE before the
engine sees it (no socket opened) and FROM while it runs; an update never runs
(the engine's query parser takes none), and whatever the engine refuses, the
parser says why, so errors read the same whatever the engine.

The common prefixes are pre-bound, so a query can say ``?who kg:restricts
ent:h20`` without PREFIX lines; the Turtle file's own ``@prefix`` lines win,
so ``ent:`` follows whatever base the graph was exported with.

A SELECT that ends in ORDER BY over variables runs unordered and its
solutions are sorted here, in the order Oxigraph gives them (strings and IRIs;
anything else is left to Oxigraph): its on-disk ORDER BY reads both strings of
every comparison back from the store.

The query runs in a child process, so ``timeout`` can stop it (an ORDER BY
over a cartesian product would otherwise run for hours, growing in memory).

Every problem the user can fix — a missing or broken graph file, malformed
SPARQL, an unknown prefix, an update, a remote SERVICE, a query that runs too
long — raises ``QueryError`` with a one-line message.

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
import faulthandler
import functools
import importlib
import io
import itertools
import json
import multiprocessing
import operator
import os
import re
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Mapping, NamedTuple

import pyoxigraph

from kg.childprocess import ChildEnded, ChildProcess
from kg.errors import QueryError
from kg.export import MANIFEST_NAME, STORE_NAME, TURTLE_NAME, read_manifest
from kg.prefixes import DEFAULT_BASE, data_prefixes
from kg.report import aligned, display_width

if TYPE_CHECKING:  # rdflib (0.15 s to import) loads while the engine runs: see run_query
    from rdflib import Graph
    from rdflib.term import Node

__all__ = [
    "QueryResult",
    "QUERY_PREFIXES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_ROWS",
    "current_store",
    "open_store",
    "run_query",
    "display_width",
    "format_table",
    "format_csv",
    "format_json",
    "format_result",
    "FORMATTERS",
]

QUERY_PREFIXES: dict[str, str] = data_prefixes(DEFAULT_BASE)
DEFAULT_TIMEOUT = 60.0  # seconds
DEFAULT_MAX_ROWS = 1000  # rows of table output; a terminal shows no more usefully


def _memory_cap() -> int:
    """Bytes a timed query may use: half the machine's memory, at least 1 GiB.

    An ORDER BY over a cartesian product grew to 7 GB before this; with the cap
    the query process fails alone instead of swapping the machine to a halt.
    """
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # no sysconf names here (not Linux/macOS)
        return 0
    return max(total // 2, 1 << 30)


_OUT_OF_MEMORY = ("the query needed more than {} of memory and was stopped; narrow it "
                  "(a LIMIT, a more specific pattern)")

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# "@prefix kg: <…> ." (rdflib) or "PREFIX kg: <…>" (SPARQL style), at the head of a Turtle file.
_PREFIX_LINE = re.compile(r"\s*(?:@prefix|PREFIX)\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>\s*\.?\s*$")

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
    and ``rows`` (rdflib terms, ``None`` where unbound) and ``total_rows``, the
    number of rows the query gave (more than ``len(rows)`` when ``max_rows``
    cut them); ASK sets ``boolean``; CONSTRUCT and DESCRIBE set ``graph``.
    ``prefixes`` shorten IRIs for display.
    """

    kind: str
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    total_rows: int = 0
    boolean: bool | None = None
    graph: Graph | None = None
    prefixes: Mapping[str, str] = field(default_factory=dict)


def current_store(graph_path: Path) -> Path | None:
    """The on-disk store beside ``graph_path``, if it is there and as current as the Turtle.

    It is current when the build that wrote the Turtle wrote it too (both are in
    the folder's manifest and the Turtle has not changed since), whatever order
    they were written in; else when it is no older than the Turtle.
    """
    ttl = Path(graph_path)
    store = ttl.parent / STORE_NAME
    if not store.is_dir():
        return None
    if not ttl.is_file():
        return store
    manifest = read_manifest(ttl.parent)
    if manifest is not None and {STORE_NAME, ttl.name} <= set(manifest.get("files", ())):
        if ttl.stat().st_mtime_ns <= (ttl.parent / MANIFEST_NAME).stat().st_mtime_ns:
            return store
    newest = max((f.stat().st_mtime_ns for f in store.iterdir()), default=store.stat().st_mtime_ns)
    return store if newest >= ttl.stat().st_mtime_ns else None


def _syntax_message(error: SyntaxError) -> str:
    """pyoxigraph's parse error on one line: 'at line 3, column 5: …'."""
    text = " ".join(str(error).split())
    match = re.match(r"Parser error at line (\d+),? (?:between columns|column) (\d+)(?: and \d+)?: "
                     r"(.*?)(?: \([^()]*line \d+\))?$", text)
    return f"at line {match[1]}, column {match[2]}: {match[3]}"[:160] if match else text[:160]


def open_store(graph_path: Path) -> pyoxigraph.Store:
    """The graph as a pyoxigraph store: the on-disk store beside ``graph_path`` when it is
    current, else the RDF file loaded into memory (Turtle, N-Triples, JSON-LD, RDF/XML by suffix).

    Raises:
        QueryError: the file is missing, is not RDF kg can read, or does not parse.
    """
    path = Path(graph_path)
    store = current_store(path)
    if store is not None:
        try:
            return pyoxigraph.Store.read_only(str(store))
        except OSError as error:
            raise QueryError(f"{store}: cannot open the graph store ({' '.join(str(error).split())[:120]}); "
                             "rebuild it with `kg build`") from None
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file; run `kg build` first to create it")
    fmt = pyoxigraph.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    if fmt is None or path.suffix.lower() == ".json":  # graph.json is kg's snapshot, not JSON-LD
        raise QueryError(f"{path}: not an RDF graph (kg query reads .ttl, .nt, .jsonld or .rdf); "
                         "give the graph.ttl that `kg build` wrote")
    memory = pyoxigraph.Store()
    try:
        memory.bulk_load(path=str(path), format=fmt)
    except SyntaxError as error:
        raise QueryError(f"{path}: not a valid {fmt.name} graph ({_syntax_message(error)}); "
                         "rebuild it with `kg build`") from None
    except (OSError, ValueError) as error:
        raise QueryError(f"{path}: cannot read the graph ({' '.join(str(error).split())[:120]})") from None
    return memory


def declared_prefixes(graph_path: Path) -> dict[str, str]:
    """The ``@prefix`` lines at the head of a Turtle file (empty when there is no such file)."""
    found: dict[str, str] = {}
    try:
        with open(graph_path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                match = _PREFIX_LINE.match(line)
                if match:
                    found[match[1] or ""] = match[2]
                elif line.strip() and not line.lstrip().startswith("#"):
                    break
    except OSError:
        pass
    return found


def _found(text: str, loc: int) -> str:
    token = re.match(r"\S{1,20}", text[loc:].lstrip()) if loc < len(text) else None
    return f"found {token.group()!r}" if token else "found end of query"


def _syntax_error(query: str, error) -> QueryError:
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
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        update = parseUpdate(query)
    except Exception:  # not an update: parseUpdate raises ParseException or TypeError
        return None
    names = [getattr(request, "name", "") for request in update.request]
    return next((_UPDATE_KEYWORDS.get(n, n.upper()) for n in names if n), "UPDATE")


def _prepare(query: str, prefixes: Mapping[str, str]):
    """Parse and translate a read-only query, or raise a one-line QueryError."""
    # rdflib's SPARQL parser (pyparsing) costs half a second to import: only queries need it.
    from pyparsing import ParseException
    from rdflib.plugins.sparql.algebra import translateQuery, traverse
    from rdflib.plugins.sparql.parser import parseQuery

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


def run_query(graph_path: Path, query: str, *, timeout: float | None = DEFAULT_TIMEOUT,
              max_rows: int | None = None) -> QueryResult:
    """Run a read-only SPARQL query over the exported graph.

    Args:
        graph_path: the Turtle file ``kg build`` wrote (``output/graph.ttl``),
            or the folder it wrote; its folder's store (``STORE_NAME``) is used
            instead when current.
        query: a SELECT, ASK, CONSTRUCT or DESCRIBE query; PREFIX lines for
            kg, schema, rdf, rdfs, skos, owl, prov, xsd, wd, ent, doc, stmt and
            ev may be left out.
        timeout: seconds after which the query is stopped (None or 0: no limit).
        max_rows: keep at most this many SELECT rows (None: all); ``total_rows``
            still counts them all.

    Returns:
        The ``QueryResult``.

    Raises:
        QueryError: missing or invalid graph file, malformed SPARQL, unknown
            prefix, SPARQL Update, FROM or SERVICE, or longer than ``timeout``.
    """
    path = Path(graph_path)
    if path.is_dir():  # the output folder itself (kg build -o out; kg query -g out)
        path = path / TURTLE_NAME
    if current_store(path) is None and not path.is_file():
        raise QueryError(f"{path}: no such graph file; run `kg build` first to create it")
    prefixes = {**QUERY_PREFIXES, **{p: ns for p, ns in declared_prefixes(path).items() if p}}
    arguments = (path, query, prefixes, max_rows, _order_here(query))
    fetches = _may_fetch(query)
    # rdflib's parser (a third of a second to import and run) reads at once a query that may
    # fetch, before the engine starts, or that names a dataset, while it runs; any other query
    # goes to the engine alone, and the parser reads it only to say in the user's words why the
    # engine refused it, or whether its triples are a CONSTRUCT's or a DESCRIBE's.
    child = _QueryProcess(timeout, _evaluate, *arguments) if timeout and not fetches else None
    try:
        kind = _kind(query, prefixes) if fetches or _NAMES_DATASET.search(query) else None
        try:
            if not timeout:
                answer = _evaluate(*arguments)
            else:
                child = child or _QueryProcess(timeout, _evaluate, *arguments)
                if not _ASK.match(query):  # rdflib loads while the engine runs: the answer's terms become its
                    importlib.import_module("rdflib")
                answer = child.result()
        except QueryError:
            if kind is None:
                _kind(query, prefixes)  # raises the parser's reason, if it has one
            raise
    finally:
        if child is not None:
            child.stop()
    if kind is None:
        kind = _kind(query, prefixes) if answer.triples is not None else \
            "ASK" if answer.boolean is not None else "SELECT"
    return _query_result(answer, kind, prefixes)


def _kind(query: str, prefixes: Mapping[str, str]) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE, as rdflib's parser reads ``query``; raises its
    one-line QueryError for a malformed query, an update, FROM or SERVICE."""
    return _prepare(query, prefixes).algebra.name.removesuffix("Query").upper()


# An ASK's answer is a boolean, with no term to make: "PREFIX …  ASK {…}".
_ASK = re.compile(r"\s*(?:(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*ASK\b", re.I)
# FROM and FROM NAMED: refused by the parser (kg serves one graph), read while the engine runs.
_NAMES_DATASET = re.compile(r"\bfrom\b", re.I)


# SERVICE makes the engine fetch from the network; \u and \U escapes could spell it. Looked for
# in the raw text, strings and IRIs included: when in doubt the parser reads the query first.
_FETCH_WORDS = re.compile(r"service|\\u", re.I)


def _may_fetch(query: str) -> bool:
    """Whether the engine might reach the network for ``query`` (SERVICE, written or escaped)."""
    return _FETCH_WORDS.search(query) is not None


# A query that ends in ORDER BY over variables: "} ORDER BY ?doc DESC(?n)".
_ORDER_TAIL = re.compile(r"\}\s*ORDER\s+BY((?:\s*(?:\?\w+|(?:ASC|DESC)\s*\(\s*\?\w+\s*\)))+)\s*$", re.I)
_ORDER_KEY = re.compile(r"(?:(ASC|DESC)\s*\(\s*)?\?(\w+)", re.I)
_Order = tuple[str, tuple[tuple[str, bool], ...]]  # the query unordered, and its keys: (variable, descending)


def _order_here(query: str) -> _Order | None:
    """The query without its ORDER BY, and the keys, when kg can sort its solutions itself.

    Oxigraph's ORDER BY reads both strings of every comparison back from the
    on-disk store (n log n reads: half a second for 6,000 sentences), while the
    solutions once fetched sort here in milliseconds. Only a query whose last
    clause is ORDER BY over plain variables (no LIMIT, OFFSET or VALUES after
    it) qualifies: without that clause it gives the same solutions, in some
    order. ``_sorted_solutions`` sorts only a SELECT's solutions and the kinds
    of values whose rank it knows, and gives the query back to Oxigraph otherwise.
    """
    match = _ORDER_TAIL.search(query)
    if match is None:
        return None
    keys = tuple((m[2], (m[1] or "").upper() == "DESC") for m in _ORDER_KEY.finditer(match[1]))
    return query[:match.start() + 1], keys


class _Unranked(Exception):
    """A value whose place in Oxigraph's ORDER BY ``_rank`` does not reproduce."""


def _rank(term) -> tuple:
    """Where Oxigraph's ORDER BY puts ``term``: unbound, then IRIs, then string literals by
    their text (code point order), a language-tagged one (by its tag) before the plain one."""
    if term is None:
        return (0, "", 0, "")
    if isinstance(term, pyoxigraph.NamedNode):
        return (1, term.value, 0, "")
    if isinstance(term, pyoxigraph.Literal) and getattr(term, "direction", None) is None:
        if term.language:
            return (2, term.value, 0, term.language)
        if term.datatype.value == _XSD_STRING:
            return (2, term.value, 1, "")
    raise _Unranked  # numbers, dates, blank nodes: Oxigraph's own order applies


def _sorted_solutions(store: pyoxigraph.Store, order: _Order, prefixes: dict[str, str]):
    """The columns and rows of the unordered query, sorted as its ORDER BY says; None when
    a key is not a column or holds a value ``_rank`` does not place."""
    unordered, keys = order
    result = store.query(unordered, prefixes=prefixes)
    if not isinstance(result, pyoxigraph.QuerySolutions):  # a CONSTRUCT's triples keep Oxigraph's order
        return None
    columns = tuple(v.value for v in result.variables)
    if any(name not in columns for name, _ in keys):
        return None
    rows = [tuple(solution) for solution in result]
    rank = functools.lru_cache(maxsize=None)(_rank)  # rows repeat IRIs and names: each value ranked once
    try:
        # Stable sorts, the last run of keys sorted the same way first; a run sorts by a tuple.
        for descending, run in itertools.groupby(reversed(keys), key=operator.itemgetter(1)):
            indices = [columns.index(name) for name, _ in run][::-1]
            rows.sort(key=lambda row: tuple(rank(row[i]) for i in indices), reverse=descending)
    except _Unranked:
        return None
    return columns, rows


class _Answer(NamedTuple):
    """What the engine gave, in pyoxigraph terms (they pickle; rdflib need not load in the
    engine's process): a SELECT's columns, rows (at most ``max_rows``) and their total, an ASK's
    boolean, or a graph's triples."""

    columns: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()
    total_rows: int = 0
    boolean: bool | None = None
    triples: tuple | None = None


def _evaluate(path: Path, query: str, prefixes: dict[str, str], max_rows: int | None,
              order: _Order | None = None) -> _Answer:
    """The engine's answer to ``query``."""
    store = open_store(path)
    try:
        solutions = _sorted_solutions(store, order, prefixes) if order is not None else None
        if solutions is not None:
            return _solutions(*solutions, max_rows)
        result = store.query(query, prefixes=prefixes)
        if isinstance(result, pyoxigraph.QueryBoolean):
            return _Answer(boolean=bool(result))
        if isinstance(result, pyoxigraph.QueryTriples):
            return _Answer(triples=tuple(result))
        return _solutions(tuple(v.value for v in result.variables), (tuple(s) for s in result), max_rows)
    # SyntaxError: the rare query rdflib's parser accepts and the engine does not.
    except (SyntaxError, OSError, RuntimeError, ValueError, TypeError) as error:
        raise QueryError(f"cannot run query: {' '.join(str(error).split())[:160]}") from None


def _solutions(columns: tuple[str, ...], solutions, max_rows: int | None) -> _Answer:
    # Each value once: rows repeat IRIs and labels, and pickle writes a repeated object once.
    same: dict = {}
    rows, total = [], 0
    for row in solutions:
        total += 1
        if max_rows is None or total <= max_rows:
            rows.append(tuple(term if term is None else same.setdefault(term, term) for term in row))
    return _Answer(columns, tuple(rows), total)


def _query_result(answer: _Answer, kind: str, prefixes: dict[str, str]) -> QueryResult:
    """The engine's answer as a ``QueryResult`` of rdflib terms."""
    if answer.boolean is not None:
        return QueryResult(kind, boolean=answer.boolean, prefixes=prefixes)
    # rdflib terms are slow to make (~20 us a literal) and rows repeat IRIs and labels: convert each once.
    converted = functools.lru_cache(maxsize=None)(_rdflib)
    if answer.triples is not None:
        from rdflib import Graph

        out = Graph(bind_namespaces="none")
        for prefix, ns in prefixes.items():
            out.bind(prefix, ns)
        for triple in answer.triples:
            out.add((converted(triple.subject), converted(triple.predicate), converted(triple.object)))
        return QueryResult(kind, graph=out, prefixes=prefixes)
    rows = tuple(tuple(map(converted, row)) for row in answer.rows)
    return QueryResult(kind, columns=answer.columns, rows=rows, total_rows=answer.total_rows, prefixes=prefixes)


def _rdflib(term) -> Node | None:
    """A pyoxigraph term as the rdflib term the formatters take (None where unbound)."""
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
    return Literal(str(term))  # an RDF-star quoted triple: shown as text


def _limit_child(memory_cap: int) -> None:
    """In the query's child process, before the engine runs: its memory capped, and quiet."""
    # The engine reports a failed allocation on stderr before it aborts; the parent says it in one line.
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    faulthandler.disable()  # an abort here is expected, not a crash to dump
    if memory_cap:  # 0 where the size of memory is unknown (Windows, which has no resource module)
        import resource

        # RLIMIT_DATA, not RLIMIT_AS: the store's files are mapped, which must not count.
        resource.setrlimit(resource.RLIMIT_DATA, (memory_cap, memory_cap))


def _gib(size: int) -> str:
    return f"{size / (1 << 30):.1f} GiB"


class _QueryProcess:
    """``function(*args)`` started at once in a child process (``kg.childprocess``); ``result``
    waits for it at most ``timeout`` seconds from the start, ``stop`` ends it whatever happened."""

    def __init__(self, timeout: float, function: Callable, *args):
        self._timeout = timeout
        self._started = time.monotonic()
        self._memory_cap = _memory_cap()
        self._child = ChildProcess(function, args, method="fork" if "fork" in multiprocessing.get_all_start_methods()
                                   else "spawn", prepare=functools.partial(_limit_child, self._memory_cap),
                                   passed=(QueryError, MemoryError), what="the query process", daemon=True)

    def result(self):
        """What the function returned; raises what it raised (a bug as RuntimeError)."""
        if not self._child.ready(max(0.0, self._started + self._timeout - time.monotonic())):
            raise QueryError(f"the query ran longer than {self._timeout:g} s and was stopped; narrow it "
                             "(a LIMIT, a more specific pattern) or give a longer --timeout")
        try:
            return self._child.result()
        except MemoryError:
            raise QueryError(_OUT_OF_MEMORY.format(_gib(self._memory_cap))) from None
        except ChildEnded as ended:  # the engine aborts when an allocation fails
            raise QueryError(_OUT_OF_MEMORY.format(_gib(self._memory_cap)) if ended.exitcode == -signal.SIGABRT
                             else f"the query process ended without an answer ({ended})") from None

    def stop(self) -> None:
        self._child.close()


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


# The formatters import rdflib's term classes where they test them: a result of rdflib terms
# has loaded rdflib already, and `import kg.query` need not (see run_query).


def _cell(term: Node | None, prefixes: Mapping[str, str]) -> str:
    from rdflib import BNode, Literal, URIRef

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
    # Each value once: rows repeat IRIs, names and sentences.
    cell = functools.lru_cache(maxsize=None)(functools.partial(_cell, prefixes=result.prefixes))
    body = [list(map(cell, row)) for row in result.rows]
    return "".join(line + "\n" for line in aligned([list(result.columns), *body], ruled=True))


def _plain(term: Node | None) -> str:
    from rdflib import BNode

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
    from rdflib import BNode, Literal, URIRef

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
        from kg.export.rdf import jsonld_text  # here: it pulls in networkx, 0.5 s that SELECTs never need

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
