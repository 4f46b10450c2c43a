"""The library API behind the CLI: run the stages over files and write the outputs."""
from __future__ import annotations

import hashlib
from collections import ChainMap, Counter
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from kg.cache import OutputStamps, ResultCache, default_cache_dir
from kg.engines import ENGINES, pipeline_version
from kg.engines.local import default_jobs, document_keys, local_summaries
from kg.errors import InputError, KgError
from kg.graph import GraphBuilder, KnowledgeGraph
from kg.ingest import Ingestor, find_inputs, load_boilerplate_rules
from kg.model import DocumentResult
from kg.progress import progress
from kg.recognize import Recognizer
from kg.relate import RuleSet, load_rules, relate

__all__ = ["Pipeline", "RunResult", "BuildResult", "extract", "build", "DEFAULT_DICTIONARIES", "DEFAULT_INPUTS"]

DEFAULT_DICTIONARIES = Path("dictionaries")
DEFAULT_INPUTS = (Path("seeds"),)


@dataclass(frozen=True)
class RunResult:
    """Per-document results, and one message for every input that could not be read."""

    results: tuple[DocumentResult, ...]
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote. ``up_to_date``: nothing had changed, so nothing was written
    and ``graph`` is read back from the snapshot when first asked for."""

    source: KnowledgeGraph | Path  # the graph, or the snapshot that holds it
    written: tuple[Path, ...]
    n_entities: int
    n_relations: int
    n_documents: int
    problems: tuple[str, ...] = field(default_factory=tuple)
    extracted: int = 0  # documents run through the stages
    reused: int = 0  # documents whose results came from the cache
    up_to_date: bool = False

    @cached_property
    def graph(self) -> KnowledgeGraph:
        from kg.export.snapshot import read_snapshot

        return self.source if isinstance(self.source, KnowledgeGraph) else read_snapshot(self.source)


class Pipeline:
    """Ingest → recognize → relate, loaded once and run over many documents."""

    def __init__(self, ingestor: Ingestor, recognizer: Recognizer, rules: RuleSet):
        self.ingestor = ingestor
        self.recognizer = recognizer
        self.rules = rules

    @classmethod
    def load(cls, dictionaries: Path = DEFAULT_DICTIONARIES, cache_dir: Path | None = None) -> "Pipeline":
        """Load every dictionary and rule file under ``dictionaries``.

        Raises:
            DictionaryError: a file is missing or invalid.
        """
        dictionaries = Path(dictionaries)
        recognizer = Recognizer.load(dictionaries, cache_dir if cache_dir is not None else default_cache_dir())
        rules = load_rules(dictionaries / "relations.yaml", recognizer.patterns.titles)
        return cls(Ingestor(load_boilerplate_rules(dictionaries / "boilerplate.yaml")), recognizer, rules)

    def process_text(self, name: str, text: str) -> DocumentResult:
        """Run the stages over text already decoded (tests, notebooks)."""
        return self._process(self.ingestor.from_text(name, text))

    def process_file(self, path: Path) -> DocumentResult:
        return self._process(self.ingestor.read(path))

    def _process(self, doc) -> DocumentResult:
        recognition = self.recognizer.recognize(doc)
        known = ChainMap(recognition.entities, self.recognizer.lexicon.entities)  # no copy of the lexicon
        relations = relate(doc, recognition.mentions, known, self.rules)
        entities = dict(recognition.entities)
        for relation in relations:
            for entity_id in (relation.head, relation.tail):
                entities.setdefault(entity_id, known[entity_id])
        return DocumentResult(doc, recognition.mentions, tuple(relations), entities)

    def run(self, paths: Iterable[Path], show_progress: bool = False) -> RunResult:
        """Process every text file under ``paths``; unreadable ones become problems, not failures.

        Raises:
            InputError: a path does not exist or holds no text file.
        """
        problems: list[str] = []
        results = tuple(self.stream(paths, problems, show_progress))
        return RunResult(results, tuple(problems))

    def stream(self, paths: Iterable[Path], problems: list[str],
               show_progress: bool = False) -> Iterator[DocumentResult]:
        """Like ``run``, one document at a time: memory stays flat however many files there are.

        Unreadable files are appended to ``problems`` as they come.

        Raises:
            InputError: a path does not exist or holds no text file.
        """
        files = find_inputs(paths)
        with progress(files, "Reading", show_progress) as bar:
            for path in bar:
                try:
                    yield self.process_file(path)
                except InputError as error:
                    problems.append(str(error))


def extract(paths: Sequence[Path], problems: list[str], dictionaries: Path = DEFAULT_DICTIONARIES,
            show_progress: bool = False) -> Iterator[DocumentResult]:
    """Mentions and relations of every document under ``paths``, one document at a time.

    Unreadable files are appended to ``problems``.

    Raises:
        DictionaryError: a dictionary or rule file is invalid (at once, before any file is read).
    """
    return Pipeline.load(dictionaries).stream(paths, problems, show_progress)


def build(paths: Sequence[Path | str], out: Path, dictionaries: Path = DEFAULT_DICTIONARIES,
          show_progress: bool = False, formats: Sequence[str] | None = None,
          base: str | None = None, *, jobs: int | None = None, engine: str = "local",
          scheduler: str | None = None, use_cache: bool = True) -> BuildResult:
    """Run the whole pipeline and write the graph files into ``out``.

    Documents stream through extraction and are folded into the graph as they
    come; only the graph is held, never the corpus.

    Args:
        paths: files and folders to read (fsspec URLs too with the dask engine).
        out: the folder for the outputs.
        dictionaries: the dictionaries folder.
        show_progress: progress bars on stderr.
        formats: the exporters to run (default: all).
        base: base IRI of the RDF outputs.
        jobs: local worker processes (default: every core).
        engine: "local" or "dask" (``kg.engines.ENGINES``).
        scheduler: with "dask", the scheduler's address (default: a LocalCluster).
        use_cache: reuse and store per-document results (local engine).

    Raises:
        InputError: nothing could be read (the problems say why).
        DictionaryError: a dictionary or rule file is invalid.
        KgError: an unknown format or engine.
    """
    from kg.export import EXPORTERS, SNAPSHOT_NAME

    names = list(formats or EXPORTERS)
    unknown = [n for n in names if n not in EXPORTERS]
    if unknown:
        raise KgError(f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(EXPORTERS)}")
    if engine not in ENGINES:
        raise KgError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    cache_dir = default_cache_dir()
    problems: list[str] = []
    counts: Counter[str] = Counter()
    if engine == "dask":
        from kg.engines.dask import dask_summaries

        pipeline = Pipeline.load(dictionaries, cache_dir)
        builder = GraphBuilder(pipeline.recognizer.lexicon.entities)
        for summary in dask_summaries(paths or DEFAULT_INPUTS, problems, dictionaries=dictionaries,
                                      scheduler=scheduler, show_progress=show_progress):
            builder.add(summary)
            counts["extracted"] += 1
        stamp = None
    else:
        files = find_inputs(paths or DEFAULT_INPUTS)
        cache = ResultCache(cache_dir, pipeline_version(dictionaries)) if use_cache else None
        keys = document_keys(files, cache) if cache is not None else None
        stamps = OutputStamps(cache_dir)
        stamp = _outputs_stamp(cache.version, keys, names, base) if keys and None not in keys else None
        recorded = stamps.fresh(out, stamp) if stamp and "json" in names else None
        if recorded is not None:
            if cache is not None:
                cache.close()
            return BuildResult(Path(out) / SNAPSHOT_NAME, (), recorded["entities"], recorded["relations"],
                               recorded["documents"], reused=len(files), up_to_date=True)
        pipeline = Pipeline.load(dictionaries, cache_dir)
        builder = GraphBuilder(pipeline.recognizer.lexicon.entities)
        with cache or nullcontext():
            for summary in local_summaries(pipeline, files, problems, dictionaries=dictionaries,
                                           cache_dir=cache_dir, jobs=jobs or default_jobs(), cache=cache,
                                           show_progress=show_progress, counts=counts, keys=keys):
                builder.add(summary)
    if not len(builder):
        raise InputError("nothing could be read:\n" + "\n".join(problems))
    graph = builder.graph()
    written = []
    with progress(names, "Writing", show_progress) as bar:
        for name in bar:
            filename, write = EXPORTERS[name]
            target = Path(out) / filename
            write(graph, target, base)
            written.append(target)
    result = BuildResult(graph, tuple(written), graph.graph.number_of_nodes(), graph.graph.number_of_edges(),
                         len(graph.documents), tuple(problems), counts["extracted"], counts["reused"])
    if stamp and not problems:
        OutputStamps(cache_dir).record(out, stamp, written, {
            "entities": result.n_entities, "relations": result.n_relations, "documents": result.n_documents})
    return result


def _outputs_stamp(version: str, keys: Sequence[str | None], formats: Sequence[str], base: str | None) -> str:
    """What a build's outputs depend on: every document (name and bytes), the dictionaries and
    extraction code (``version``), the exporters' code and assets, the formats and the base IRI."""
    digest = hashlib.sha256("\x1f".join([version, *formats, base or ""]).encode())
    package = Path(__file__).resolve().parent
    for path in sorted(p for p in package.rglob("*") if p.is_file() and p.suffix != ".pyc"):
        digest.update(str(path.relative_to(package)).encode() + b"\x00" + path.read_bytes())
    for key in keys:
        digest.update(str(key).encode())
    return digest.hexdigest()
