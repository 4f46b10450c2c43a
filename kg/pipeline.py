"""The library API behind the CLI: run the stages over files and write the outputs."""
from __future__ import annotations

from collections import ChainMap, Counter
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from kg.cache import ResultCache, default_cache_dir
from kg.engines import ENGINES, pipeline_version
from kg.engines.local import default_jobs, local_summaries
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
    graph: KnowledgeGraph
    written: tuple[Path, ...]
    problems: tuple[str, ...] = field(default_factory=tuple)
    extracted: int = 0  # documents run through the stages
    reused: int = 0  # documents whose results came from the cache

    @property
    def n_entities(self) -> int:
        return self.graph.graph.number_of_nodes()

    @property
    def n_relations(self) -> int:
        return self.graph.graph.number_of_edges()


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
    from kg.export import EXPORTERS

    names = list(formats or EXPORTERS)
    unknown = [n for n in names if n not in EXPORTERS]
    if unknown:
        raise KgError(f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(EXPORTERS)}")
    if engine not in ENGINES:
        raise KgError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    cache_dir = default_cache_dir()
    pipeline = Pipeline.load(dictionaries, cache_dir)
    problems: list[str] = []
    counts: Counter[str] = Counter()
    builder = GraphBuilder(pipeline.recognizer.lexicon.entities)
    if engine == "dask":
        from kg.engines.dask import dask_summaries

        for summary in dask_summaries(paths or DEFAULT_INPUTS, problems, dictionaries=dictionaries,
                                      scheduler=scheduler, show_progress=show_progress):
            builder.add(summary)
            counts["extracted"] += 1
    else:
        files = find_inputs(paths or DEFAULT_INPUTS)
        cache = ResultCache(cache_dir, pipeline_version(dictionaries)) if use_cache else None
        with cache or nullcontext():
            for summary in local_summaries(pipeline, files, problems, dictionaries=dictionaries,
                                           cache_dir=cache_dir, jobs=jobs or default_jobs(), cache=cache,
                                           show_progress=show_progress, counts=counts):
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
    return BuildResult(graph, tuple(written), tuple(problems), counts["extracted"], counts["reused"])
