"""The `kg` command line: thin click commands over the library API.

Each command imports what it runs when it runs: the pipeline (dictionaries,
networkx, the recognizer) costs a second to import, which `kg query` and
`kg --help` never need, and the SPARQL parser likewise for `kg build`.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.engines import ENGINES
from kg.errors import KgError, NothingReadError
from kg.dictset import ENV_VAR, PROJECT_FOLDER, DictionarySet, copy_shipped
from kg.export import EXPORTERS, SNAPSHOT_NAME

__all__ = ["cli", "main"]


class KgGroup(click.Group):
    """Turns every KgError into one line, ``Error: …``, and exit code 1; when
    nothing could be read, the reason for each input comes first as a warning."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            if isinstance(error, NothingReadError):
                _warn(error.warnings + error.problems)
            raise click.ClickException(str(error)) from error


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli() -> None:
    """Build a knowledge graph of who did what to whom from Chinese news."""


_dictionaries_option = click.option(
    "-d", "--dictionaries", type=click.Path(path_type=Path),
    help=f"Project folder of dictionaries and rules, overlaying the shipped ones file by file "
         f"[default: ${ENV_VAR}, else ./{PROJECT_FOLDER} if present].")
_quiet_option = click.option("-q", "--quiet", is_flag=True, help="Do not show progress.")


def _warn(lines) -> None:
    for line in lines:
        click.echo(f"Warning: {line}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="table: readable mentions and relations; jsonl: the evaluation's prediction format.")
@_dictionaries_option
@_quiet_option
def extract(paths, fmt, dictionaries, quiet):
    """Print the entity mentions (and relations) found in news files.

    PATHS are files or folders of .txt, .md and .html articles (default: seeds/
    in a checkout of the repository). Offsets point into each file's decoded text.

    \b
    Examples:
        kg extract seeds/002_9a73ccb75aba3331.txt
        kg extract --format jsonl seeds/ > pred.jsonl
    """
    from kg import pipeline
    from kg.export.predictions import prediction_line
    from kg.report import format_extraction

    read = 0
    # Streamed: each document is printed as soon as it is read, so memory stays flat.
    extraction = pipeline.extract(list(paths) or pipeline.default_inputs(), dictionaries, show_progress=not quiet)
    for result in extraction:
        click.echo(prediction_line(result) if fmt == "jsonl" else format_extraction(result))
        read += 1
    _warn(extraction.warnings)
    if not read:
        raise NothingReadError(extraction.problems)
    _warn(extraction.problems)
    if extraction.problems:
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

    PATHS are files or folders of .txt, .md and .html articles (default: seeds/
    in a checkout of the repository). Writes graph.ttl, graph.jsonld,
    graph.graphml, graph.json and the interactive view graph.html. OUT is
    checked before any input is read, and its files are replaced as one set
    once every file is complete; two builds into one OUT queue.

    Unchanged documents are not read again: their results come from a cache
    keyed by each file's content and the dictionaries and code version.

    \b
    Examples:
        kg build seeds/ -o output/
        kg build crawl/ --jobs 2
        kg build s3://bucket/news/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from kg import pipeline

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    result = pipeline.build(list(paths) or pipeline.default_inputs(), out, dictionaries,
                            show_progress=not quiet, formats=formats or None, base=base, jobs=jobs,
                            engine=engine, scheduler=scheduler, use_cache=not no_cache)
    _warn(result.warnings)
    _warn(result.problems)
    if result.up_to_date:
        how = ", up to date: nothing changed since the last build"
    else:
        how = f" ({result.reused} unchanged, from the cache)" if result.reused else ""
    click.echo(f"{result.n_entities} entities, {result.n_relations} relations from "
               f"{result.n_documents} documents{how} → {out}/", err=quiet)
    if not result.n_entities:
        click.echo(f"Warning: nothing was found in the {result.n_documents} document(s) read; "
                   "the graph is empty", err=True)
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
    from kg.report import format_stats

    graph = read_snapshot(Path(out) / SNAPSHOT_NAME)
    click.echo(format_stats(graph, top))


@cli.group("dict")
def dict_group():
    """Work with the dictionaries (entities, patterns, relation rules)."""


@dict_group.command("check")
@_dictionaries_option
def dict_check(dictionaries):
    """Validate every dictionary and rule file in use; print each problem as file:line: message.

    \b
    Example:
        kg dict check -d dictionaries/
    """
    from kg.validate import check_dictionaries

    files = DictionarySet.find(dictionaries)
    problems = check_dictionaries(files)
    for problem in problems:
        click.echo(problem)
    where = " + ".join(str(f) for f in files.folders())
    if problems:
        raise KgError(f"{len(problems)} problem(s) in {where}")
    click.echo(f"{where}: OK", err=True)


@dict_group.command("path")
@_dictionaries_option
def dict_path(dictionaries):
    """Say which dictionary and rule files are in use, and where each comes from.

    The shipped files are used unless a project folder (-d, $KG_DICTIONARIES
    or ./dictionaries) has a file at the same relative path; its other files are added.

    \b
    Example:
        kg dict path
    """
    files = DictionarySet.find(dictionaries)
    click.echo(f"shipped: {files.shipped}")
    click.echo(f"project: {files.project if files.project is not None else '(none)'}")
    width = max(map(len, files.files))
    for name, path in files.files.items():
        click.echo(f"{name:<{width}}  {files.origin(name):<25}  {path}".rstrip())


@cli.command("init")
@click.argument("folder", type=click.Path(path_type=Path), default=".")
def init(folder):
    """Copy the shipped dictionaries into FOLDER/dictionaries to extend them.

    Run kg from FOLDER afterwards and its dictionaries/ replace the shipped
    files of the same name; add new entities/*.yaml files for your own entities.

    \b
    Example:
        kg init my-project && cd my-project && kg dict check
    """
    target = Path(folder) / PROJECT_FOLDER
    written = copy_shipped(target)
    click.echo(f"{len(written)} files → {target}/; edit them, then `kg dict check` from {folder}")


@cli.command("eval")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--gold", required=True, type=click.Path(path_type=Path),
              help="Folder of gold files, one <article stem>.json each (format in the README).")
@click.option("--pred", type=click.Path(dir_okay=False, path_type=Path),
              help="Score this `kg extract --format jsonl` output instead of extracting PATHS.")
@click.option("--errors", is_flag=True, help="List every missed and spurious entity and relation, by document.")
@click.option("--per-doc", is_flag=True, help="Add each document's entity scores.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@_dictionaries_option
@_quiet_option
def eval_command(paths, gold, pred, errors, per_doc, as_json, dictionaries, quiet):
    """Score the extraction against your own annotated articles.

    Extracts PATHS (the annotated articles) with the dictionaries in use, or
    reads --pred, and prints mention, entity, linking and relation precision,
    recall and F1 against the gold files in --gold, matched by article name.

    \b
    Examples:
        kg eval --gold tests/data/dev/gold tests/data/dev/texts --errors
        kg eval --gold gold/ --pred pred.jsonl --json
    """
    from kg import pipeline
    from kg.scoring import evaluate, load_gold, predictions_of, read_predictions

    if bool(paths) == (pred is not None):
        raise click.UsageError("give the annotated articles as PATHS or their predictions with --pred (one of them)")
    annotations = load_gold(gold)
    problems: tuple[str, ...] = ()
    if pred is not None:
        predicted = read_predictions(pred)
    else:
        extraction = pipeline.extract(list(paths), dictionaries, show_progress=not quiet)
        predicted = predictions_of(extraction)
        problems = extraction.problems
    _warn(problems)
    for kind, names in (("have no gold and were not scored", sorted(set(predicted) - set(annotations))),
                        ("have gold but no prediction and count as missed", sorted(set(annotations) - set(predicted)))):
        if names:
            click.echo(f"Warning: {len(names)} document(s) {kind}: {', '.join(names)}", err=True)
    scores = evaluate(annotations, predicted)
    if as_json:
        click.echo(json.dumps(scores.as_dict(per_doc, errors), ensure_ascii=False, indent=2))
    else:
        click.echo(scores.report(per_doc, errors))
    if problems:
        sys.exit(1)


@cli.command("suggest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--accept", "reviewed", type=click.Path(dir_okay=False, path_type=Path),
              help="Merge the entries kept in this reviewed file into DICTIONARIES/entities/user.yaml.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "yaml"]), default="table", show_default=True,
              help="table: ranked names with contexts; yaml: entries to review, in the dictionaries' schema.")
@click.option("-n", "--top", default=50, show_default=True, type=click.IntRange(min=1), help="How many names to list.")
@click.option("--min-docs", default=1, show_default=True, type=click.IntRange(min=1),
              help="Only names used by at least this many documents.")
@_dictionaries_option
@_quiet_option
def suggest(paths, reviewed, fmt, top, min_docs, dictionaries, quiet):
    """Suggest dictionary entries for the names in news files that the dictionaries lack.

    PATHS are files or folders of articles (default: seeds/). Names come from
    the patterns' discoveries, jieba's proper-noun tags, nouns before a name
    head (…总局, …市), Latin names and new words jieba cuts into pieces; each
    gets a proposed type, id and aliases. Review the YAML, keep what is
    right, then merge it with --accept.

    \b
    Examples:
        kg suggest news/ --top 30
        kg suggest news/ --format yaml > review.yaml
        kg suggest --accept review.yaml
    """
    from kg import suggest as suggestions  # jieba and pypinyin load only for this command
    from kg.pipeline import default_inputs

    if reviewed is not None:
        if paths:
            raise click.UsageError("give either PATHS to mine or --accept FILE, not both")
        result = suggestions.accept(reviewed, dictionaries)
        for line in result.notes:
            click.echo(f"Warning: {line}", err=True)
        click.echo(f"{len(result.added)} entr{'y' if len(result.added) == 1 else 'ies'} added to {result.path}")
        return
    problems: list[str] = []
    found = suggestions.suggest(list(paths) or default_inputs(), dictionaries, problems, top=top, min_docs=min_docs,
                                show_progress=not quiet)
    _warn(problems)
    if fmt == "yaml":
        click.echo(suggestions.to_yaml(found), nl=False)
    else:
        click.echo(suggestions.format_table(found) if found else "No unknown names found.")
    if problems:
        sys.exit(1)


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
    than any file under PATHS or the dictionaries, the graph is rebuilt first,
    but only from the paths and dictionaries it was built from (default: those;
    seeds/ when there is no graph yet).
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
    result = build_view(graph_dir, list(paths), out=out, embed=embed, focus=focus,
                        hops=1 if hops is None else hops, min_degree=min_degree, title=title,
                        dictionaries=dictionaries)
    if result.rebuilt:
        click.echo(f"Rebuilt the graph in {graph_dir}/ (it was missing or older than the inputs or "
                   "dictionaries).", err=True)
    click.echo(f"{result.entities} entities, {result.relations} relations → {result.path}")
    if not result.entities:
        click.echo("Warning: the view is empty: the graph has no entities"
                   + (" that pass --focus/--min-degree" if focus or min_degree else ""), err=True)
    if not no_open and not open_in_browser(result.path):
        click.echo(f"No browser to open here; open {result.path.resolve().as_uri()}", err=True)



# -- query command goes here --
# Imported here, not at the top, so this block stays self-contained for parallel edits.
from pathlib import Path  # noqa: E402

from kg.query import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, FORMATTERS, format_result, run_query  # noqa: E402


@cli.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"),
              help="Read the SPARQL query from FILE ('-' for standard input).")
@click.option("-g", "--graph", "graph_path", default="output/graph.ttl", show_default=True,
              type=click.Path(path_type=Path),
              help="The Turtle graph `kg build` wrote, or its folder (the folder's graph store is used "
                   "when current).")
@click.option("--format", "fmt", type=click.Choice(list(FORMATTERS)), default="table", show_default=True,
              help="table: aligned, IRIs shortened; csv/json: SPARQL 1.1 results formats.")
@click.option("--timeout", default=DEFAULT_TIMEOUT, show_default=True, type=click.FloatRange(min=0),
              help="Stop the query after this many seconds (0: no limit, nor a memory cap).")
@click.option("--max-rows", default=DEFAULT_MAX_ROWS, show_default=True, type=click.IntRange(min=0),
              help="Table format: show at most N rows (0: all); csv and json always give every row.")
def query(query: str | None, query_file, graph_path: Path, fmt: str, timeout: float, max_rows: int) -> None:
    """Run a read-only SPARQL query over the exported graph.

    Give QUERY as an argument or with -f FILE. The prefixes kg: schema: rdf:
    rdfs: skos: owl: prov: xsd: wd: and ent: (entities), doc: (articles),
    stmt: (statements), ev: (evidence) are pre-bound. SELECT prints rows, ASK
    true or false, CONSTRUCT and DESCRIBE Turtle (JSON-LD with --format json).
    A query is stopped after --timeout seconds, or when it needs more than
    half the machine's memory.

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
    limit = max_rows if fmt == "table" and max_rows else None
    result = run_query(graph_path, query, timeout=timeout, max_rows=limit)
    click.echo(format_result(result, fmt), nl=False)
    if len(result.rows) < result.total_rows:
        click.echo(f"Warning: showed the first {len(result.rows):,} of {result.total_rows:,} rows; "
                   "--max-rows 0 shows them all, --format csv writes them all", err=True)


def main() -> None:
    cli()
