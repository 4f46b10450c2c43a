"""The dask engine: the per-document stages on a dask.distributed cluster.

Inputs are fsspec URLs (local paths, ``s3://…``, ``hdfs://…``), read by the
workers themselves; the dictionaries travel with the job, so a worker needs
only kg installed (``pip install 'kg[dask]'``), not the files: a worker plugin
(``_PipelinePlugin``) carries them and holds each worker's pipeline. Summaries
come back in input order and are folded by the caller exactly as the local
engine's are, so the outputs are byte-identical to a local build. Results are
not cached: the cache lives on the machine that runs ``kg build``.
"""
from __future__ import annotations

import logging
import shutil
import tempfile
import uuid
from collections import deque
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Iterator, Mapping, Sequence

from kg.dictset import DictionarySet
from kg.engines import summarize
from kg.errors import KgError
from kg.graph import DocumentSummary
from kg.ingest import INPUT_SUFFIXES, InputFile, find_inputs
from kg.progress import progress

try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # kg[dask] is not installed: dask_summaries says so
    WorkerPlugin = object

if TYPE_CHECKING:
    from kg.pipeline import Pipeline

__all__ = ["dask_summaries", "find_urls"]

_BATCH = 16  # documents per task: a dask task costs about a millisecond of scheduling
_IN_FLIGHT_PER_WORKER = 4  # tasks queued per worker: keeps workers busy, bounds memory here


def _is_url(path: str) -> bool:
    return "://" in str(path)


def find_urls(paths: Sequence[str | Path], problems: list[str]) -> list[tuple[str, str]]:
    """The input files under ``paths`` as (where to read it, document name): local ones as
    ``find_inputs`` finds and names them, URLs through fsspec (named by their path below the
    URL given, or their file name). A path that cannot be read is appended to ``problems``.
    """
    import fsspec

    found: list[tuple[str, str]] = []
    local = [Path(p) for p in paths if not _is_url(str(p))]
    if local:
        inputs = find_inputs(local)
        problems.extend(inputs.problems)
        found.extend((str(f.path.resolve()), f.name) for f in inputs.files)
    for url in (str(p) for p in paths if _is_url(str(p))):
        fs, root = fsspec.core.url_to_fs(url)
        if fs.isdir(root):
            names = sorted(p for p in fs.find(root)
                           if p.lower().endswith(INPUT_SUFFIXES) and not PurePosixPath(p).name.startswith("."))
            if not names:
                problems.append(f"{url}: no text files ({', '.join(INPUT_SUFFIXES)})")
            found.extend((fs.unstrip_protocol(p), str(PurePosixPath(p).relative_to(root.rstrip("/"))))
                         for p in names)
        elif fs.isfile(root):
            found.append((url, PurePosixPath(root).name))
        else:
            problems.append(f"{url}: no such file or folder")
    return list(dict.fromkeys(found))


def _dictionary_files(dictionaries: DictionarySet) -> dict[str, bytes]:
    """Every data file in use (shipped, overlaid by the project folder), by relative path."""
    return {name: path.read_bytes() for name, path in dictionaries.files.items()}


class _PipelinePlugin(WorkerPlugin):
    """One build's pipeline on each worker: set up from the dictionary files it carries, when it is
    registered (and on any worker that joins later), and dropped when the build unregisters it."""

    def __init__(self, files: Mapping[str, bytes], digest: str):
        self.files = files
        self.digest = digest
        self.name = f"kg-pipeline-{uuid.uuid4().hex}"  # one per build: builds sharing a cluster stay apart
        self.pipeline: "Pipeline | None" = None

    def setup(self, worker) -> None:
        from kg.pipeline import Pipeline

        folder = Path(tempfile.gettempdir()) / f"kg-dictionaries-{self.digest[:32]}"
        if not folder.is_dir():  # written aside and renamed: workers on one machine share it
            staging = Path(tempfile.mkdtemp(prefix=".kg-dictionaries-"))
            for name, data in self.files.items():
                (staging / name).parent.mkdir(parents=True, exist_ok=True)
                (staging / name).write_bytes(data)
            try:
                staging.rename(folder)
            except OSError:  # another worker was first
                shutil.rmtree(staging, ignore_errors=True)
        self.pipeline = Pipeline.load(folder)


def _summarize_batch(items: Sequence[tuple[str, str]],
                     plugin: str) -> list[tuple[DocumentSummary | str, tuple[str, ...]]]:
    """Runs on a worker: the summaries (or problems) of ``items``, each with its warnings, read with
    the pipeline of the worker's plugin named ``plugin``."""
    import fsspec
    from dask.distributed import get_worker

    pipeline = getattr(get_worker().plugins.get(plugin), "pipeline", None)
    if pipeline is None:
        raise KgError("a dask worker could not load kg's pipeline; install the same kg on every worker")
    results: list[tuple[DocumentSummary | str, tuple[str, ...]]] = []
    for url, name in items:
        if not _is_url(url):
            results.append(summarize(pipeline, InputFile(Path(url), name)))
            continue
        with tempfile.TemporaryDirectory(prefix="kg-input-") as folder:
            local = Path(folder) / PurePosixPath(url.split("://", 1)[1]).name
            try:
                with fsspec.open(url, "rb") as handle:
                    local.write_bytes(handle.read())
            except OSError as error:
                results.append((f"{url}: cannot read: {error}", ()))
                continue
            results.append(summarize(pipeline, InputFile(local, name)))
    return results


def dask_summaries(paths: Sequence[str | Path], problems: list[str], warnings: list[str], *,
                   dictionaries: Path | str | None,
                   scheduler: str | None = None, show_progress: bool = False) -> Iterator[DocumentSummary]:
    """Summaries of every document under ``paths``, extracted on a Dask cluster, in input order.

    Args:
        paths: files, folders or fsspec URLs.
        problems: receives one message per document that could not be read.
        warnings: receives what reading a document noticed without failing.
        dictionaries: the project folder of dictionaries; every file in use is sent to the workers.
        scheduler: the scheduler's address; None starts a LocalCluster of
            processes, one per core.
        show_progress: a progress bar on stderr.

    Raises:
        KgError: dask.distributed is not installed, or the scheduler cannot be reached.
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise KgError("--engine dask needs dask.distributed and fsspec: pip install 'kg[dask]'") from None
    from kg.engines.local import default_jobs

    urls = find_urls(paths, problems)
    if not urls:
        return
    in_use = DictionarySet.find(None if dictionaries is None else Path(dictionaries))
    plugin = _PipelinePlugin(_dictionary_files(in_use), in_use.digest())
    batches = [urls[i:i + _BATCH] for i in range(0, len(urls), _BATCH)]
    cluster = None
    try:
        if scheduler is None:
            cluster = LocalCluster(n_workers=min(default_jobs(), len(batches)), threads_per_worker=1,
                                   processes=True, dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(scheduler or cluster, timeout="20s")
    except (OSError, TimeoutError) as error:
        if cluster is not None:
            cluster.close()
        raise KgError(f"cannot reach the dask scheduler {scheduler}: {error}") from None
    registered = False
    try:
        client.register_plugin(plugin)
        registered = True
        window = max(1, _IN_FLIGHT_PER_WORKER * len(client.scheduler_info()["workers"]))
        pending: deque = deque()
        queued = iter(batches)
        with progress(range(len(urls)), "Reading", show_progress) as bar:
            ticks = iter(bar)
            while True:
                while len(pending) < window and (batch := next(queued, None)) is not None:
                    pending.append(client.submit(_summarize_batch, batch, plugin.name, pure=False))
                if not pending:
                    break
                for result, notes in pending.popleft().result():
                    next(ticks, None)
                    warnings.extend(notes)
                    if isinstance(result, str):
                        problems.append(result)
                    else:
                        yield result
    finally:
        if registered:  # frees the workers of a shared cluster from this build's pipeline
            client.unregister_worker_plugin(plugin.name)
        client.close()
        if cluster is not None:
            cluster.close()
