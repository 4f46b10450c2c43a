"""Export the merged graph to files: Turtle, JSON-LD, GraphML and the HTML view."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from contextlib import contextmanager
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterator

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

__all__ = ["atomic_write", "atomic_writer", "EXPORTERS", "SNAPSHOT_NAME", "HTML_NAME", "TURTLE_NAME", "STORE_NAME"]

SNAPSHOT_NAME = "graph.json"
HTML_NAME = "graph.html"
TURTLE_NAME = "graph.ttl"
STORE_NAME = "graph.oxigraph"  # a folder: the persistent Oxigraph store that kg query opens


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new one, never half.

    Text is encoded as UTF-8. The bytes go to a temporary file in the same
    folder, which is then renamed over ``path``.
    """
    with atomic_writer(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary file to stream ``path``'s new content into; it replaces ``path`` when the block ends
    without an error, and is removed otherwise (what ``atomic_write`` does, for output too big to hold)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# Each format's writer takes (graph, path, base IRI); the modules load only when used.
def _turtle(graph: "KnowledgeGraph", path: Path, base: str | None) -> None:
    from kg.export import rdf

    rdf.write_turtle(graph, path, base or rdf.DEFAULT_BASE)


def _jsonld(graph: "KnowledgeGraph", path: Path, base: str | None) -> None:
    from kg.export import rdf

    rdf.write_jsonld(graph, path, base or rdf.DEFAULT_BASE)


def _ntriples(graph: "KnowledgeGraph", path: Path, base: str | None) -> None:
    from kg.export import rdf

    rdf.write_ntriples(graph, path, base or rdf.DEFAULT_BASE)


def _store(graph: "KnowledgeGraph", path: Path, base: str | None) -> None:
    from kg.export import rdf

    rdf.write_store(graph, path, base or rdf.DEFAULT_BASE)


def _graphml(graph: "KnowledgeGraph", path: Path, base: str | None) -> None:
    from kg.export import graphml

    graphml.write_graphml(graph, path)


def _snapshot(graph: "KnowledgeGraph", path: Path, base: str | None) -> None:
    from kg.export import snapshot

    snapshot.write_snapshot(graph, path)


def _html(graph: "KnowledgeGraph", path: Path, base: str | None) -> None:
    from kg.export import html

    html.write_html(graph, path)


EXPORTERS: dict[str, tuple[str, Callable[["KnowledgeGraph", Path, str | None], None]]] = {
    "turtle": (TURTLE_NAME, _turtle),
    "jsonld": ("graph.jsonld", _jsonld),
    "ntriples": ("graph.nt", _ntriples),
    "store": (STORE_NAME, _store),
    "graphml": ("graph.graphml", _graphml),
    "json": (SNAPSHOT_NAME, _snapshot),
    "html": (HTML_NAME, _html),
}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
