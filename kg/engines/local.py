"""The local engine: the per-document stages in this process or a pool of ``jobs`` processes.

Each worker process has one pipeline: with ``fork`` the parent's, inherited,
else loaded once from the recognizer cache (``_WorkerPipeline``). Documents
whose results are in the ``ResultCache`` are not extracted again.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
import os
import pickle
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Sequence

from kg.cache import ResultCache
from kg.engines import summarize
from kg.errors import KgError
from kg.graph import DocumentSummary
from kg.ingest import InputFile
from kg.progress import progress

if TYPE_CHECKING:
    from kg.pipeline import Pipeline

__all__ = ["default_jobs", "document_keys", "local_summaries"]

_CHUNK = 8  # documents per task sent to a worker: fewer round trips, still balanced


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class _WorkerPipeline:
    """What a pool worker extracts with: the pipeline of ``dictionaries`` and ``cache_dir``.

    It travels with every task as its two paths alone (``__reduce__``); the
    pool's initializer gets it whole, with the parent's pipeline in ``inherited``
    when the workers fork (a forked process's arguments are not pickled), so a
    forked worker loads nothing.
    """

    dictionaries: Path | None
    cache_dir: Path | None
    inherited: "Pipeline | None" = field(default=None, compare=False)

    def __reduce__(self):
        return _WorkerPipeline, (self.dictionaries, self.cache_dir)


@functools.cache
def _worker_pipeline(spec: _WorkerPipeline) -> "Pipeline":
    """This worker's pipeline for ``spec``: first called by the pool's initializer, then found again
    by every task (equal specs, whether or not they carry the inherited pipeline)."""
    if spec.inherited is not None:
        return spec.inherited
    from kg.pipeline import Pipeline

    return Pipeline.load(spec.dictionaries, spec.cache_dir)


def _start_worker(spec: _WorkerPipeline) -> None:
    """The pool's initializer: load the worker's pipeline before its first task.

    It must not raise: a pool replaces a worker whose initializer fails with a
    new one, which fails alike, forever. A load that failed is not cached, so the
    first task loads again and reports why (``_summarize_in_worker``).
    """
    with contextlib.suppress(Exception):
        _worker_pipeline(spec)
    gc.freeze()  # the pipeline stays for the worker's life: kept out of the collector's passes


def _summarize_in_worker(spec: _WorkerPipeline, file: InputFile) -> tuple[bytes | str, tuple[str, ...]]:
    """``summarize`` in a pool worker, the summary pickled: the pool would pickle it to send it
    anyway, and the parent keeps these bytes in the results cache as they are instead of pickling
    the summary a second time (0.4 s of the parent's CPU in a 20 MB build)."""
    try:
        pipeline = _worker_pipeline(spec)
    except Exception as error:  # anything: the parent gets it as one KgError line
        why = str(error) if isinstance(error, KgError) else f"{type(error).__name__}: {error}"
        raise KgError(f"a worker process could not load the dictionaries and rules: {why}") from None
    summary, notes = summarize(pipeline, file)
    return (summary if isinstance(summary, str) else pickle.dumps(summary, pickle.HIGHEST_PROTOCOL)), notes


def document_keys(files: Sequence[InputFile], cache: ResultCache) -> list[str | None]:
    """Each file's cache key, from its document name and bytes (None for a file that cannot be
    read: the pipeline reports it)."""
    keys: list[str | None] = []
    for file in files:
        try:
            keys.append(cache.key(file.name, file.path.read_bytes()))
        except OSError:
            keys.append(None)
    return keys


def local_summaries(pipeline: "Pipeline", files: Sequence[InputFile], problems: list[str], warnings: list[str],
                    *, dictionaries: Path | None,
                    cache_dir: Path | None, jobs: int = 1, cache: ResultCache | None = None,
                    show_progress: bool = False, counts: Counter[str] | None = None,
                    keys: Sequence[str | None] | None = None) -> Iterator[DocumentSummary]:
    """Summaries of ``files``, in their order; unreadable files are appended to ``problems``.

    Args:
        pipeline: the loaded pipeline (used here when ``jobs`` is 1, inherited by forked workers).
        files: the input files, with their document names.
        problems: receives one message per file that could not be read.
        warnings: receives what reading a file noticed without failing (not repeated for cached results).
        dictionaries, cache_dir: what a spawned worker loads its pipeline from.
        jobs: worker processes; 1 runs in this process.
        cache: per-document results to reuse and fill; None extracts everything.
        show_progress: a progress bar on stderr.
        counts: receives how many documents were "extracted" and how many "reused" from the cache.
        keys: the files' cache keys, when the caller has them already (``document_keys``).

    Raises:
        KgError: a worker process could not load the pipeline (whatever the start method).
    """
    counts = Counter() if counts is None else counts
    if keys is None:
        keys = document_keys(files, cache) if cache is not None else [None] * len(files)
    stored = cache.keys() if cache is not None else set()
    todo = [file for file, key in zip(files, keys) if key not in stored]
    # The loaded pipeline and the imported modules live as long as the run: the cycle
    # collector's full passes need not walk them again and again (each worker freezes its
    # own too): -1.6% of the instructions of a --jobs 1 run over 0.5 MB of seeds.
    gc.freeze()
    pool = None
    extracted: Iterator[tuple[DocumentSummary | bytes | str, tuple[str, ...]]]
    if jobs > 1 and len(todo) > 1:
        context = multiprocessing.get_context()
        spec = _WorkerPipeline(dictionaries, cache_dir, pipeline if context.get_start_method() == "fork" else None)
        pool = context.Pool(min(jobs, len(todo)), _start_worker, (spec,))
        extracted = pool.imap(functools.partial(_summarize_in_worker, spec), todo, chunksize=_CHUNK)
    else:
        extracted = (summarize(pipeline, file) for file in todo)
    try:
        with progress(list(zip(files, keys)), "Reading", show_progress) as bar:
            for file, key in bar:
                summary = cache.get(key) if key in stored else None
                if summary is None:
                    made, notes = next(extracted) if key not in stored else summarize(pipeline, file)
                    warnings.extend(notes)
                    counts["extracted"] += 1
                    summary = pickle.loads(made) if isinstance(made, bytes) else made
                    if isinstance(summary, DocumentSummary) and key is not None:
                        if isinstance(made, bytes):
                            cache.put_pickled(key, made)
                        else:
                            cache.put(key, summary)
                else:
                    counts["reused"] += 1
                if isinstance(summary, str):
                    problems.append(summary)
                else:
                    yield summary
    finally:
        if pool is not None:
            pool.terminate()
        gc.unfreeze()
