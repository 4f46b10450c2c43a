"""What ``kg view`` does: pick the part of the graph to show, rebuild when stale, open it.

The graph comes from ``output/graph.json`` (``kg.export.snapshot``). When
that snapshot is missing or older than any input file or dictionary file, the
pipeline is run first (``kg.pipeline.build``), so the view never shows an
out-of-date graph; and only from the inputs and dictionaries the graph was
built from, which ``kg build`` records, so it never replaces the graph of one
corpus with the graph of another.
"""
from __future__ import annotations

import contextlib
import difflib
import functools
import os
import sys
import webbrowser
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import networkx as nx

from kg.dictset import DictionarySet
from kg.errors import KgError
from kg.export import (EMBED_NAME, HTML_NAME, SNAPSHOT_EXPORTER, SNAPSHOT_NAME, check_output_file,
                       output_lock, read_manifest, record_file, recorded_path)
from kg.export.html import DEFAULT_TITLE, write_html
from kg.export.snapshot import read_snapshot
from kg.graph import KnowledgeGraph
from kg.ingest.normalize import ScriptConverter
from kg.recognize.lexicon import normalize_name

__all__ = [
    "ViewResult",
    "find_entity",
    "subgraph_for_view",
    "input_files",
    "snapshot_is_stale",
    "refresh_graph",
    "load_graph",
    "build_view",
    "open_in_browser",
]

Builder = Callable[[Sequence[Path], Path], object]


@dataclass(frozen=True, slots=True)
class ViewResult:
    """What ``build_view`` wrote."""

    path: Path
    entities: int
    relations: int
    rebuilt: bool  # the pipeline ran first because the snapshot was stale


def find_entity(graph: KnowledgeGraph, name: str) -> str:
    """The id of the entity that ``name`` names: an id, a canonical name or an alias.

    Matching ignores case, full/half width and traditional/simplified script.
    An id beats a canonical (Chinese or English) name, which beats an alias.

    Args:
        graph: where to look.
        name: what the user typed.

    Returns:
        The entity id.

    Raises:
        KgError: nothing matches, or several entities match equally well.
    """
    converter = ScriptConverter()

    def fold(text: str) -> str:
        return normalize_name(text, converter)

    wanted = fold(name)
    tiers: list[list[str]] = [[], [], []]
    for node in graph.nodes():
        e = node.entity
        if wanted == fold(e.id):
            tiers[0].append(e.id)
        elif wanted in {fold(n) for n in (e.name, e.name_en) if n}:
            tiers[1].append(e.id)
        elif wanted in {fold(a) for a in e.aliases}:
            tiers[2].append(e.id)
    for ids in tiers:
        if len(ids) == 1:
            return ids[0]
        if ids:
            listed = ", ".join(f"{i} ({graph.node(i).entity.name})" for i in ids)
            raise KgError(f'focus "{name}" names {len(ids)} entities: {listed}; pass one of these ids')
    names = {fold(n): node.id for node in graph.nodes() for n in node.entity.names}
    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.5)
    hint = ("did you mean " + ", ".join(f"{graph.node(names[c]).entity.name} ({names[c]})" for c in close)
            + "?") if close else "give a Chinese or English name, an alias or an entity id"
    raise KgError(f'focus "{name}" matches no entity in the graph ({len(graph)} entities); {hint}')


def subgraph_for_view(graph: KnowledgeGraph, focus: str | None = None, hops: int = 1,
                      min_degree: int = 0) -> KnowledgeGraph:
    """Cut a large graph down to what a reader can take in.

    Args:
        graph: the full graph.
        focus: an entity name, alias or id; keep it and what lies within ``hops``.
        hops: links to follow from ``focus``, in either direction.
        min_degree: drop entities with fewer distinct neighbours than this
            (counted in the full graph, so a hub stays a hub); ``focus`` is kept.

    Returns:
        A new ``KnowledgeGraph`` with the kept entities, the edges between
        them and the documents they cite; ``graph`` itself when nothing is cut.

    Raises:
        KgError: ``focus`` matches no entity (or several), or a negative count.

    Example:
        >>> sorted(subgraph_for_view(graph, focus="英伟达", hops=1).graph)
        ['evil', 'h20', 'jensen_huang', 'nvidia']
    """
    if hops < 0 or min_degree < 0:
        raise KgError(f"hops and min_degree must be 0 or more, not {hops} and {min_degree}")
    if focus is None and min_degree == 0:
        return graph
    undirected = graph.graph.to_undirected(as_view=True)
    keep = set(graph.graph.nodes)
    anchor = None
    if focus is not None:
        anchor = find_entity(graph, focus)
        keep = set(nx.single_source_shortest_path_length(undirected, anchor, cutoff=hops))
    if min_degree:
        keep = {n for n in keep if n == anchor or len(set(undirected[n]) - {n}) >= min_degree}
    sub = graph.graph.subgraph(sorted(keep)).copy()
    cited = {d for n in keep for d in graph.node(n).documents}
    cited |= {ev.doc for _, _, data in sub.edges(data=True) for ev in data["info"].evidence}
    return KnowledgeGraph(sub, [d for d in graph.documents if d.name in cited])


def input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every file under ``paths`` (files as given, folders recursively), skipping dotfiles."""
    for path in map(Path, paths):
        if path.is_file():
            yield path
        elif path.is_dir():
            for file in sorted(path.rglob("*")):
                if file.is_file() and not any(p.startswith(".") for p in file.relative_to(path).parts):
                    yield file


def snapshot_is_stale(snapshot: Path, inputs: Iterable[Path]) -> bool:
    """Whether ``snapshot`` is missing or older than any file under ``inputs``."""
    snapshot = Path(snapshot)
    if not snapshot.exists():
        return True
    built = snapshot.stat().st_mtime_ns
    return any(f.stat().st_mtime_ns > built for f in input_files(inputs))


def _pipeline_build(snapshot: Path, dictionaries: Path | None, manifest: dict | None) -> Builder:
    """``kg.pipeline.build`` with the dictionaries, and the formats and base IRI the graph was built with."""
    # Imported late: the view must not pull the whole pipeline in to re-render.
    try:
        from kg.pipeline import build
    except ModuleNotFoundError as error:
        if error.name != "kg.pipeline":
            raise
        raise KgError(f"{snapshot} is missing or older than the inputs, and this kg has no "
                      "pipeline to rebuild it; run `kg build` first") from None
    options: dict = {} if dictionaries is None else {"dictionaries": dictionaries}
    if manifest is not None:
        formats = list(manifest.get("formats") or [])
        if formats and SNAPSHOT_EXPORTER not in formats:
            formats.append(SNAPSHOT_EXPORTER)  # the view reads the snapshot
        options.update(formats=formats or None, base=manifest.get("base"))
    return functools.partial(build, **options) if options else build


def _same_paths(recorded: Sequence[str], given: Sequence[Path]) -> bool:
    return sorted(recorded) == sorted(recorded_path(p) for p in given)


def refresh_graph(graph_dir: Path, inputs: Sequence[Path] = (), *,
                  dictionaries: Path | None = None, builder: Builder | None = None) -> bool:
    """Rebuild the graph in ``graph_dir`` if it is missing or stale; say whether it was rebuilt.

    A graph is rebuilt only from the inputs and dictionaries it was built
    from (``kg build`` records them in ``MANIFEST_NAME``), so the view never
    replaces the graph of a user's corpus with a graph of other files.

    Args:
        graph_dir: where ``graph.json`` lives (``output/``).
        inputs: the article files or folders the graph should be built from;
            empty: those it was built from (``seeds/`` when there is no graph yet).
        dictionaries: the dictionaries it should be built with; an edit there
            makes it stale too. None: those it was built with.
        builder: ``build(paths, out_dir)`` that writes ``graph_dir/graph.json``;
            defaults to ``kg.pipeline.build`` with ``dictionaries``.

    Returns:
        Whether the graph was rebuilt.

    Raises:
        KgError: no snapshot and no input files; a graph built from other
            inputs or dictionaries, or from unknown ones when ``inputs`` are given.
    """
    snapshot = Path(graph_dir) / SNAPSHOT_NAME
    manifest = read_manifest(Path(graph_dir))
    if snapshot.exists() and manifest is None:
        if inputs:
            raise KgError(f"{snapshot} does not record what it was built from, so kg view will not rebuild "
                          f"it from {', '.join(map(str, inputs))}; run `kg build PATHS -o {graph_dir}` first")
        return False  # unknown origin: shown as it is, never rebuilt
    if manifest is not None:
        recorded_inputs = manifest.get("inputs") or []
        recorded_dictionaries = manifest.get("dictionaries")
        if not inputs:
            inputs = [Path(p) for p in recorded_inputs]
        elif not _same_paths(recorded_inputs, inputs):
            raise KgError(f"{graph_dir}/ holds the graph of {', '.join(recorded_inputs)}, not of "
                          f"{', '.join(map(str, inputs))}; build that with `kg build PATHS -o OTHER_DIR` "
                          "and view it with `kg view --graph-dir OTHER_DIR`")
        if dictionaries is None and recorded_dictionaries:
            dictionaries = Path(recorded_dictionaries)
        elif recorded_dictionaries and not _same_paths([recorded_dictionaries], [dictionaries]):
            raise KgError(f"{graph_dir}/ was built with the dictionaries in {recorded_dictionaries}, not "
                          f"{dictionaries}; pass -d {recorded_dictionaries}, or rebuild with `kg build -d`")
    if not inputs:
        from kg.pipeline import DEFAULT_INPUTS  # only when there is no graph yet

        inputs = DEFAULT_INPUTS
    sources = [*inputs, *DictionarySet.find(dictionaries).folders()]
    if not snapshot_is_stale(snapshot, sources):
        return False
    if next(input_files(inputs), None) is None:
        if snapshot.exists():  # the articles it was built from are gone: it is all there is
            return False
        raise KgError(f"{snapshot} does not exist and there are no input files to build it from "
                      f"(looked in {', '.join(map(str, inputs))}); run `kg build PATHS` or pass PATHS")
    (builder or _pipeline_build(snapshot, dictionaries, manifest))(list(inputs), Path(graph_dir))
    if not snapshot.exists():
        raise RuntimeError(f"the build did not write {snapshot}")
    return True


def load_graph(graph_dir: Path, inputs: Sequence[Path] = (), *,
               dictionaries: Path | None = None, builder: Builder | None = None) -> tuple[KnowledgeGraph, bool]:
    """The current graph: from the snapshot, after ``refresh_graph``.

    Returns:
        ``(graph, rebuilt)``.

    Raises:
        KgError: see ``refresh_graph``; an unreadable snapshot.
    """
    rebuilt = refresh_graph(graph_dir, inputs, dictionaries=dictionaries, builder=builder)
    return read_snapshot(Path(graph_dir) / SNAPSHOT_NAME), rebuilt


def build_view(graph_dir: Path = Path("output"), inputs: Sequence[Path] = (), *,
               out: Path | None = None, embed: bool = False, focus: str | None = None,
               hops: int = 1, min_degree: int = 0, title: str | None = None,
               dictionaries: Path | None = None, builder: Builder | None = None) -> ViewResult:
    """Write the HTML view of the current graph (rebuilding it first when stale).

    Args:
        graph_dir: where ``graph.json`` lives and, by default, where the HTML goes.
        inputs: see ``load_graph``.
        out: the HTML file; default ``graph_dir/graph.html`` (``graph.embed.html`` with ``embed``).
        embed: write a fragment to paste into a report.
        focus: see ``subgraph_for_view``.
        hops: see ``subgraph_for_view``.
        min_degree: see ``subgraph_for_view``.
        title: the page title; by default says what the view is focused on.
        dictionaries: see ``load_graph``.
        builder: see ``load_graph``.

    Returns:
        A ``ViewResult``.

    Raises:
        KgError: see ``load_graph`` and ``subgraph_for_view``.
        OutputError: ``out`` cannot be written (checked before anything is read or built).
    """
    graph_dir = Path(graph_dir)
    out = Path(out) if out else graph_dir / (EMBED_NAME if embed else HTML_NAME)
    check_output_file(out)
    rebuilt = refresh_graph(graph_dir, inputs, dictionaries=dictionaries, builder=builder)
    # Into the graph's own folder only under its lock: a build swapping the folder meanwhile
    # would drop the page, or pair it with another build's graph.
    in_graph_dir = os.path.abspath(out.parent) == os.path.abspath(graph_dir)
    with output_lock(graph_dir) if in_graph_dir else contextlib.nullcontext():
        graph = read_snapshot(graph_dir / SNAPSHOT_NAME)
        view = subgraph_for_view(graph, focus=focus, hops=hops, min_degree=min_degree)
        if title is None:
            title = DEFAULT_TITLE
            if focus is not None:
                center = view.node(find_entity(view, focus)).entity.name
                title = f"{DEFAULT_TITLE}: {center}, {hops} hop{'s' if hops != 1 else ''}"
        write_html(view, out, embed=embed, title=title)
        if in_graph_dir:
            record_file(graph_dir, out.name)
    return ViewResult(out, len(view), len(view.edges()), rebuilt)


def open_in_browser(path: Path) -> bool:
    """Open ``path`` in a desktop browser; False when there is none (CI, ssh).

    On Linux without a display, ``webbrowser`` would fall back to a text
    browser that takes over the terminal, so we do not try unless ``$BROWSER``
    asks for one.
    """
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("BROWSER"))
    if headless:
        return False
    try:
        return webbrowser.open(Path(path).resolve().as_uri())
    except webbrowser.Error:
        return False
