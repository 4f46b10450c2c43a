"""kg: a knowledge graph of who did what to whom, from Chinese news.

The public API::

    import kg
    result = kg.build(["news/"], out="out")        # writes graph.ttl, .jsonld, .graphml, .json, .html
    print(result.n_entities, result.n_relations, result.problems)
    for doc in (extraction := kg.extract(["news/"])):
        print(doc.document.name, len(doc.mentions), len(doc.relations))
    print(extraction.problems)                     # the files that could not be read
    scores = kg.evaluate(kg.load_gold("gold/"), kg.predictions_of(kg.extract(["news/"])))
    print(scores["entity"].f1)

Names are imported on first use, so ``import kg`` stays cheap and a tool that
needs only one stage (``kg.view`` re-rendering a snapshot) does not load the others;
their types are in ``__init__.pyi``.
"""
from __future__ import annotations

import importlib

# Public name -> the module that defines it.
_EXPORTS = {
    "build": "kg.pipeline", "extract": "kg.pipeline", "Pipeline": "kg.pipeline",
    "BuildResult": "kg.pipeline", "RunResult": "kg.pipeline", "Extraction": "kg.pipeline",
    "Document": "kg.model", "Mention": "kg.model", "Entity": "kg.model", "Relation": "kg.model",
    "Evidence": "kg.model", "DocumentResult": "kg.model",
    "ENTITY_TYPES": "kg.model", "RELATION_TYPES": "kg.model",
    "KnowledgeGraph": "kg.graph",
    "DictionarySet": "kg.dictset",
    "KgError": "kg.errors", "InputError": "kg.errors", "DictionaryError": "kg.errors", "QueryError": "kg.errors",
    "NothingReadError": "kg.errors",
    "evaluate": "kg.scoring", "load_gold": "kg.scoring", "predictions_of": "kg.scoring", "Scores": "kg.scoring",
    "to_pyvis": "kg.notebook",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str):
    if name == "__version__":
        return _version()
    if name not in _EXPORTS:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)


def _version() -> str:
    """The installed distribution's version, read when asked: importlib.metadata scans every
    installed distribution (50 ms or more), which `kg query` and `import kg` need not pay."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kg")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


def __dir__() -> list[str]:
    return sorted(set(globals()) | {"__version__", *_EXPORTS})
