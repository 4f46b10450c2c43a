"""The `kg` command line: thin click commands over the library API."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg import pipeline
from kg.engines import ENGINES
from kg.errors import KgError
from kg.export.predictions import prediction_line
from kg.pipeline import DEFAULT_DICTIONARIES, DEFAULT_INPUTS
from kg.export import EXPORTERS, SNAPSHOT_NAME
from kg.report import format_extraction, format_stats
from kg.validate import check_dictionaries

__all__ = ["cli", "main"]


class KgGroup(click.Group):
    """Turns every KgError into one line, ``Error: …``, and exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli() -> None:
    """Build a knowledge graph of who did what to whom from Chinese news."""


_dictionaries_option = click.option(
    "-d", "--dictionaries", default=str(DEFAULT_DICTIONARIES), show_default=True,
    type=click.Path(path_type=Path), help="Folder of entity dictionaries and rules.")
_quiet_option = click.option("-q", "--quiet", is_flag=True, help="Do not show progress.")


def _report_problems(problems, any_results: bool) -> None:
    for problem in problems:
        click.echo(f"Warning: {problem}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="table: readable mentions and relations; jsonl: the evaluation's prediction format.")
@_dictionaries_option
@_quiet_option
def extract(paths, fmt, dictionaries, quiet):
    """Print the entity mentions (and relations) found in news files.

    PATHS are files or folders of .txt, .md and .html articles (default: seeds/).
    Offsets point into each file's decoded text.

    \b
    Examples:
        kg extract seeds/002_9a73ccb75aba3331.txt
        kg extract --format jsonl seeds/ > pred.jsonl
    """
    problems: list[str] = []
    read = 0
    # Streamed: each document is printed as soon as it is read, so memory stays flat.
    for result in pipeline.extract(list(paths) or list(DEFAULT_INPUTS), problems, dictionaries,
                                   show_progress=not quiet):
        click.echo(prediction_line(result) if fmt == "jsonl" else format_extraction(result))
        read += 1
    _report_problems(problems, bool(read))
    if not read:
        raise KgError("nothing could be read")
    if problems:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("-o", "--out", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder for the graph files.")
@click.option("--format", "formats", multiple=True, type=click.Choice(sorted(EXPORTERS)),
              help="Write only these formats (repeatable; default: all).")
@click.option("--base", default=None, help="Base IRI for the RDF outputs.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for reading and extraction (local engine).  [default: all cores]")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="local: this machine; dask: a dask.distributed cluster (pip install 'kg[dask]').")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786.  [default: a local cluster]")
@click.option("--no-cache", is_flag=True,
              help="Extract every document again instead of reusing the results of unchanged ones.")
@_dictionaries_option
@_quiet_option
def build(paths, out, formats, base, jobs, engine, scheduler, no_cache, dictionaries, quiet):
    """Build the knowledge graph from news files and write it to OUT.

    PATHS are files or folders of .txt, .md and .html articles (default: seeds/).
    Writes graph.ttl, graph.jsonld, graph.graphml, graph.json and the
    interactive view graph.html. A file is replaced only once it is complete.

    Unchanged documents are not read again: their results come from a cache
    keyed by each file's content and the dictionaries and code version.

    \b
    Examples:
        kg build seeds/ -o output/
        kg build crawl/ --jobs 2
        kg build s3://bucket/news/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    result = pipeline.build(list(paths) or list(DEFAULT_INPUTS), out, dictionaries,
                            show_progress=not quiet, formats=formats or None, base=base, jobs=jobs,
                            engine=engine, scheduler=scheduler, use_cache=not no_cache)
    _report_problems(result.problems, True)
    if result.up_to_date:
        how = ", up to date: nothing changed since the last build"
    else:
        how = f" ({result.reused} unchanged, from the cache)" if result.reused else ""
    click.echo(f"{result.n_entities} entities, {result.n_relations} relations from "
               f"{result.n_documents} documents{how} → {out}/", err=quiet)
    if result.problems:
        sys.exit(1)


@cli.command()
@click.option("-o", "--out", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder holding the built graph.")
@click.option("-n", "--top", default=10, show_default=True, help="How many of the most connected entities to list.")
def stats(out, top):
    """Print counts by entity type and relation, the most connected entities,
    and the documents in which nothing was found.

    \b
    Example:
        kg build && kg stats
    """
    from kg.export.snapshot import read_snapshot

    graph = read_snapshot(Path(out) / SNAPSHOT_NAME)
    click.echo(format_stats(graph, top))


@cli.group("dict")
def dict_group():
    """Work with the dictionaries (entities, patterns, relation rules)."""


@dict_group.command("check")
@_dictionaries_option
def dict_check(dictionaries):
    """Validate every dictionary and rule file; print each problem as file:line: message.

    \b
    Example:
        kg dict check -d dictionaries/
    """
    problems = check_dictionaries(dictionaries)
    for problem in problems:
        click.echo(problem)
    if problems:
        raise KgError(f"{len(problems)} problem(s) in {dictionaries}")
    click.echo(f"{dictionaries}: OK", err=True)


# -- view (HTML) commands go here --
@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--graph-dir", default="output", show_default=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder holding graph.json; the HTML goes here too unless -o is given.")
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write [default: GRAPH_DIR/graph.html, or graph.embed.html with --embed].")
@click.option("--embed", is_flag=True, help="Write a fragment to paste into a report instead of a full page.")
@click.option("--focus", metavar="NAME", help="Show only this entity (Chinese or English name, alias or id) and its neighbours.")
@click.option("--hops", type=click.IntRange(min=0), help="With --focus: how many links away to show.  [default: 1]")
@click.option("--min-degree", default=0, show_default=True, type=click.IntRange(min=0),
              help="Hide entities linked to fewer than N others.")
@click.option("--title", help="Title shown in the page header.")
@click.option("--no-open", is_flag=True, help="Only write the file; do not open a browser.")
@_dictionaries_option
def view(paths, graph_dir, out, embed, focus, hops, min_degree, title, no_open, dictionaries):
    """Write the interactive graph view (HTML) and open it in a browser.

    The graph is read from GRAPH_DIR/graph.json; if that is missing or older
    than any file under PATHS (default: seeds/) or the dictionaries, the graph
    is rebuilt first.
    The page is one offline file: open it, attach it, or embed it in a report.

    \b
    Examples:
        kg view
        kg view --focus 英伟达 --hops 2 --no-open
        kg view --min-degree 3 --embed -o report/graph.embed.html
    """
    from kg.view import build_view, open_in_browser  # keeps `kg --help` fast

    if hops is not None and focus is None:
        raise click.UsageError("--hops needs --focus")
    result = build_view(graph_dir, list(paths) or [Path("seeds")], out=out, embed=embed, focus=focus,
                        hops=1 if hops is None else hops, min_degree=min_degree, title=title,
                        dictionaries=dictionaries)
    if result.rebuilt:
        click.echo(f"Rebuilt the graph in {graph_dir}/ (it was missing or older than the inputs or "
                   "dictionaries).", err=True)
    click.echo(f"{result.entities} entities, {result.relations} relations → {result.path}")
    if not no_open and not open_in_browser(result.path):
        click.echo(f"No browser to open here; open {result.path.resolve().as_uri()}", err=True)



# -- query command goes here --
# Imported here, not at the top, so this block stays self-contained for parallel edits.
from pathlib import Path  # noqa: E402

from kg.query import FORMATTERS, format_result, run_query  # noqa: E402


@cli.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"),
              help="Read the SPARQL query from FILE ('-' for standard input).")
@click.option("-g", "--graph", "graph_path", default="output/graph.ttl", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path), help="The Turtle graph `kg build` wrote.")
@click.option("--format", "fmt", type=click.Choice(list(FORMATTERS)), default="table", show_default=True,
              help="table: aligned, IRIs shortened; csv/json: SPARQL 1.1 results formats.")
def query(query: str | None, query_file, graph_path: Path, fmt: str) -> None:
    """Run a read-only SPARQL query over the exported graph.

    Give QUERY as an argument or with -f FILE. The prefixes kg: schema: rdf:
    rdfs: skos: owl: prov: xsd: wd: and ent: (entities), doc: (articles),
    stmt: (statements), ev: (evidence) are pre-bound. SELECT prints rows, ASK
    true or false, CONSTRUCT and DESCRIBE Turtle (JSON-LD with --format json).

    \b
    Examples:
        kg query 'SELECT ?who ?label WHERE { ?who kg:restricts ent:h20 ; rdfs:label ?label }'
        kg query -f why.rq --format csv > why.csv
    """
    if (query is None) == (query_file is None):
        raise click.UsageError("give a SPARQL query as the QUERY argument or with -f FILE (one of them)")
    if query_file is not None:
        try:
            query = query_file.read()
        except UnicodeDecodeError:
            raise click.BadParameter("not UTF-8 text", param_hint="'-f' / '--file'") from None
    click.echo(format_result(run_query(graph_path, query), fmt), nl=False)


def main() -> None:
    cli()
