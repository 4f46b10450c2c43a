"""A lossless JSON snapshot of the merged graph (``output/graph.json``).

``kg build`` writes it next to the other exports so that ``kg view`` can
re-render the HTML (another focus, other filters) without rereading the
articles. It holds every node, edge, evidence sentence and document as
plain JSON; ``read_snapshot(write_snapshot(g))`` gives back an equal graph.

Format (``version`` 1), keys sorted, nodes by id, edges by key, one entry a line::

    {"format": "kg-graph-snapshot", "version": 1,
     "documents": [{"name", "title", "date", "entity_ids", "mention_count", "relation_count"}],
     "nodes": [{"id", "type", "name", "name_en", "aliases", "wikidata", "facts", "cues",
                "discovered", "mention_count", "documents"}],
     "edges": [{"head", "type", "tail", "polarity", "modality", "role", "background",
                "evidence": [{"doc", "start", "end", "sentence", "rule", "date"}]}]}
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import networkx as nx

from kg.errors import KgError
from kg.export import atomic_writer
from kg.graph import DocumentInfo, EdgeInfo, KnowledgeGraph, NodeInfo
from kg.model import Entity, Evidence

__all__ = ["SNAPSHOT_FORMAT", "SNAPSHOT_VERSION", "snapshot_dict", "snapshot_chunks", "write_snapshot", "read_snapshot"]

SNAPSHOT_FORMAT = "kg-graph-snapshot"
SNAPSHOT_VERSION = 1


def snapshot_dict(graph: KnowledgeGraph) -> dict:
    """The graph as JSON-ready data (see the module docstring for the shape).

    Its ``edges`` is an iterator, each edge with its evidence read as it comes
    (from the graph's evidence store, when it has one): write it once.
    """
    nodes = []
    for node in graph.nodes():
        e = node.entity
        nodes.append({
            "id": e.id, "type": e.type, "name": e.name, "name_en": e.name_en,
            "aliases": list(e.aliases), "wikidata": e.wikidata, "facts": dict(e.facts),
            "cues": list(e.cues), "discovered": e.discovered,
            "mention_count": node.mention_count, "documents": list(node.documents),
        })
    edges = ({
        "head": edge.head, "type": edge.type, "tail": edge.tail, "polarity": edge.polarity,
        "modality": edge.modality, "role": edge.role, "background": edge.background,
        "evidence": [{"doc": ev.doc, "start": ev.start, "end": ev.end, "sentence": ev.sentence,
                      "rule": ev.rule, "date": ev.date} for ev in graph.evidence(edge)],
    } for edge in graph.edges())
    documents = [{
        "name": d.name, "title": d.title, "date": d.date, "entity_ids": list(d.entity_ids),
        "mention_count": d.mention_count, "relation_count": d.relation_count,
    } for d in graph.documents]
    return {"format": SNAPSHOT_FORMAT, "version": SNAPSHOT_VERSION,
            "documents": documents, "nodes": nodes, "edges": edges}


def write_snapshot(graph: KnowledgeGraph, path: Path) -> Path:
    """Write ``graph`` as a JSON snapshot, atomically and byte-for-byte deterministic.

    Args:
        graph: the merged graph.
        path: where to write, usually ``output/graph.json``.

    Returns:
        ``path``.
    """
    path = Path(path)
    with atomic_writer(path) as out:
        for chunk in snapshot_chunks(snapshot_dict(graph)):
            out.write(chunk.encode("utf-8"))
    return path


def snapshot_chunks(data: dict) -> Iterator[str]:
    """``data`` as JSON text with one document, node or edge a line, in pieces to write as they come.

    Readable UTF-8 (not \\u escapes) that grep and diff work on line by line; and
    without indentation json uses its C encoder, ten times faster on a big graph.
    A list may be given as an iterator, read as it is written.
    """
    yield "{"
    for index, key in enumerate(sorted(data)):
        yield ("\n" if index == 0 else ",\n") + json.dumps(key) + ": "
        value = data[key]
        if isinstance(value, (list, Iterator)):
            at = -1
            for at, item in enumerate(value):
                yield ("[\n" if at == 0 else ",\n") + json.dumps(item, ensure_ascii=False, sort_keys=True)
            yield "[]" if at < 0 else "\n]"
        else:
            yield json.dumps(value, ensure_ascii=False, sort_keys=True)
    yield "\n}\n"


def read_snapshot(path: Path) -> KnowledgeGraph:
    """Read a snapshot written by ``write_snapshot``.

    Args:
        path: the snapshot file.

    Returns:
        The graph, equal node for node and edge for edge to the one written.

    Raises:
        KgError: the file is missing, is not JSON, is not a kg snapshot, or is
            from another snapshot version.
    """
    path = Path(path)
    fix = "rebuild it with `kg build`"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KgError(f"{path}: no graph snapshot here; {fix}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise KgError(f"{path}: cannot read the graph snapshot ({error}); {fix}") from None
    except json.JSONDecodeError as error:
        raise KgError(f"{path}:{error.lineno}: not valid JSON ({error.msg}); {fix}") from None
    if not isinstance(data, dict) or data.get("format") != SNAPSHOT_FORMAT:
        raise KgError(f"{path}: not a kg graph snapshot (no \"format\": \"{SNAPSHOT_FORMAT}\"); {fix}")
    if data.get("version") != SNAPSHOT_VERSION:
        raise KgError(f"{path}: snapshot version {data.get('version')!r}, this kg reads "
                      f"version {SNAPSHOT_VERSION}; {fix}")
    where = "documents"
    try:
        documents = [DocumentInfo(d["name"], d["title"], d["date"], tuple(d["entity_ids"]),
                                  d["mention_count"], d["relation_count"]) for d in data["documents"]]
        where = "nodes"
        graph = nx.MultiDiGraph()
        for n in sorted(data["nodes"], key=lambda n: n["id"]):
            entity = Entity(n["id"], n["type"], n["name"], n["name_en"], tuple(n["aliases"]),
                            n["wikidata"], dict(n["facts"]), tuple(n["cues"]), n["discovered"])
            graph.add_node(entity.id, info=NodeInfo(entity, n["mention_count"], tuple(n["documents"])))
        where = "edges"
        for e in data["edges"]:
            if e["head"] not in graph or e["tail"] not in graph:
                raise KgError(f"{path}: edge {e['head']} -{e['type']}-> {e['tail']} names an entity "
                              f"that is not in \"nodes\"; {fix}")
            evidence = tuple(Evidence(v["doc"], v["start"], v["end"], v["sentence"], v["rule"], v["date"])
                             for v in e["evidence"])
            info = EdgeInfo(e["head"], e["type"], e["tail"], e["polarity"], e["modality"], e["role"],
                            evidence, e["background"])
            graph.add_edge(info.head, info.tail, key=(info.type, info.polarity, info.modality), info=info)
    except (KeyError, TypeError, AttributeError) as error:
        raise KgError(f"{path}: malformed \"{where}\" entry ({type(error).__name__}: {error}); "
                      f"{fix}") from None
    return KnowledgeGraph(graph, documents)
