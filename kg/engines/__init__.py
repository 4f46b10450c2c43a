"""Engines run the per-document stages (ingest → recognize → relate) over a corpus.

``summarize`` is the one per-document function, engine-neutral: it takes a
loaded ``Pipeline`` and an input file and gives the document's
``DocumentSummary`` (or the one-line reason it could not be read) with the
warnings reading it raised. An engine only decides where
it runs and hands the summaries back in input order, so that every engine
folds them into the same graph and writes the same bytes:

* ``local`` (``kg.engines.local``): this machine, ``--jobs N`` processes, with
  the per-document results cache;
* ``dask`` (``kg.engines.dask``): a dask.distributed cluster, inputs read through
  fsspec (local paths, ``s3://…``, ``hdfs://…``).

A Spark or Ray adapter would map ``summarize`` the same way.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.cache import code_digest
from kg.dictset import DictionarySet
from kg.errors import InputError

if TYPE_CHECKING:  # the pipeline's modules load where documents are read, not where an engine is named
    from kg.graph import DocumentSummary
    from kg.ingest import InputFile
    from kg.pipeline import Pipeline

__all__ = ["ENGINES", "summarize", "pipeline_version"]

ENGINES = ("local", "dask")


def summarize(pipeline: "Pipeline", file: "InputFile") -> tuple["DocumentSummary | str", tuple[str, ...]]:
    """The summary of one document, or why it could not be read, and the warnings on the way.

    Args:
        pipeline: a loaded ``kg.pipeline.Pipeline``.
        file: the file to read and the document's name.

    Returns:
        A ``DocumentSummary`` (or the ``InputError`` message for an unreadable
        file), and the warnings (undecodable bytes replaced, a name that is not UTF-8).
    """
    from kg.graph import DocumentSummary

    warnings: list[str] = []
    try:
        result = pipeline.process_file(file.path, file.name, warnings)
    except InputError as error:
        return str(error), tuple(warnings)
    return DocumentSummary.of(result, pipeline.recognizer.lexicon.entities), tuple(warnings)


def pipeline_version(dictionaries: Path | str | None) -> str:
    """What a document's results depend on besides its bytes: the dictionaries in use and the code.

    Any edit to a dictionary, pattern or rule file (shipped or in the project
    folder), or to any module of kg, gives a new version, so cached results are
    never used across one.
    """
    return DictionarySet.find(None if dictionaries is None else Path(dictionaries)).digest() + code_digest()
