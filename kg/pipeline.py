"""The library API behind the CLI: run the stages over files and write the outputs."""
from __future__ import annotations

import hashlib
from collections import ChainMap, Counter
from contextlib import ExitStack, closing, nullcontext
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from kg.cache import OutputStamps, ResultCache, code_digest, default_cache_dir
from kg.dictset import DictionarySet
from kg.engines import ENGINES, pipeline_version
from kg.engines.local import default_jobs, document_keys, local_summaries
from kg.errors import InputError, KgError, NothingReadError
from kg.graph import DocumentSummary, GraphBuilder, KnowledgeGraph
from kg.ingest import Ingestor, find_inputs, load_boilerplate_rules
from kg.model import DocumentResult
from kg.progress import progress
from kg.recognize import Recognizer
from kg.relate import RuleSet, load_rules, relate

__all__ = ["Pipeline", "RunResult", "BuildResult", "Extraction", "extract", "build", "default_inputs", "DEFAULT_INPUTS"]

DEFAULT_INPUTS = (Path("seeds"),)  # the sample articles of a checkout of the repository


def default_inputs() -> list[Path]:
    """What a command given no paths reads: ``seeds/`` in a checkout of the repository.

    Raises:
        InputError: there is no ``seeds/`` here, so the user must say what to read.
    """
    if all(p.is_dir() for p in DEFAULT_INPUTS):
        return list(DEFAULT_INPUTS)
    raise InputError("no articles given: pass the files or folders to read, e.g. `kg build news/`")


@dataclass(frozen=True)
class RunResult:
    """Per-document results, one message for every input that could not be read,
    and one for everything else worth a warning (nothing lost)."""

    results: tuple[DocumentResult, ...]
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote. ``graph`` is read back from the snapshot (``graph.json``) when first
    asked for, evidence and all; a build that wrote no snapshot gives its graph without the
    evidence, which it kept on disk only while it ran. ``up_to_date``: nothing had changed,
    so nothing was written."""

    source: KnowledgeGraph | Path  # the graph, or the snapshot that holds it
    written: tuple[Path, ...]
    n_entities: int
    n_relations: int
    n_documents: int
    problems: tuple[str, ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = field(default_factory=tuple)
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
    def load(cls, dictionaries: Path | str | None = None, cache_dir: Path | str | None = None) -> "Pipeline":
        """Load the shipped dictionaries and rules, overlaid by a project folder (see ``kg.dictset``).

        Args:
            dictionaries: the project folder; default ``$KG_DICTIONARIES``, else
                ``./dictionaries`` when present, else the shipped files alone.
            cache_dir: where to keep the built matcher between runs; None keeps nothing.

        Raises:
            DictionaryError: a file is missing or invalid.
        """
        files = DictionarySet.find(None if dictionaries is None else Path(dictionaries))
        recognizer = Recognizer.load(files, None if cache_dir is None else Path(cache_dir))
        rules = load_rules(files.path("relations.yaml"), recognizer.patterns.titles, recognizer.patterns.byline_fields)
        return cls(Ingestor(load_boilerplate_rules(files.path("boilerplate.yaml"))), recognizer, rules)

    def process_text(self, name: str, text: str) -> DocumentResult:
        """Run the stages over text already decoded (tests, notebooks)."""
        return self._process(self.ingestor.from_text(name, text))

    def process_file(self, path: Path, name: str | None = None,
                     warnings: list[str] | None = None) -> DocumentResult:
        return self._process(self.ingestor.read(path, name, warnings))

    def _process(self, doc) -> DocumentResult:
        recognition = self.recognizer.recognize(doc)
        known = ChainMap(recognition.entities, self.recognizer.lexicon.entities)  # no copy of the lexicon
        relations = relate(doc, recognition.mentions + recognition.in_titles, known, self.rules)
        entities = dict(recognition.entities)
        for body in recognition.in_titles:  # named only in a title: the graph's only if a relation keeps it
            if not any(m.entity_id == body.entity_id for m in recognition.mentions):
                entities.pop(body.entity_id, None)
        for relation in relations:
            for entity_id in (relation.head, relation.tail):
                entities.setdefault(entity_id, known[entity_id])
        return DocumentResult(doc, recognition.mentions, tuple(relations), entities)

    def run(self, paths: Iterable[Path], show_progress: bool = False) -> RunResult:
        """Process every text file under ``paths``; unreadable ones become problems, not failures."""
        problems: list[str] = []
        warnings: list[str] = []
        results = tuple(self.stream(paths, problems, show_progress, warnings))
        return RunResult(results, tuple(problems), tuple(warnings))

    def stream(self, paths: Iterable[Path], problems: list[str], show_progress: bool = False,
               warnings: list[str] | None = None) -> Iterator[DocumentResult]:
        """Like ``run``, one document at a time: memory stays flat however many files there are.

        Each path is handled on its own: a missing or unreadable one, or a file
        that cannot be read, is appended to ``problems`` as it comes, and the
        rest is still read. ``warnings`` gets what did not stop a file being read.
        """
        found = find_inputs(paths)
        problems.extend(found.problems)
        if warnings is not None:
            warnings.extend(found.notes)
        with progress(found.files, "Reading", show_progress) as bar:
            for file in bar:
                try:
                    yield self.process_file(file.path, file.name, warnings)
                except InputError as error:
                    problems.append(str(error))


class Extraction:
    """The results of ``extract``, one document at a time, and the inputs that could not be read.

    Iterate it once; ``problems`` holds one message per input that could not be
    read, ``warnings`` one per input read with a flaw (undecodable bytes
    replaced, a name that is not UTF-8), both complete when the iteration is.
    """

    def __init__(self, pipeline: Pipeline, paths: Sequence[Path], show_progress: bool = False):
        self._problems: list[str] = []
        self._warnings: list[str] = []
        self._results = pipeline.stream(paths, self._problems, show_progress, self._warnings)

    def __iter__(self) -> Iterator[DocumentResult]:
        return self._results

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(self._problems)

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(self._warnings)


def extract(paths: Sequence[Path | str], dictionaries: Path | str | None = None,
            show_progress: bool = False) -> Extraction:
    """Mentions and relations of every document under ``paths``, one document at a time.

    Args:
        paths: files or folders of articles.
        dictionaries: a project folder of dictionaries (see ``Pipeline.load``).
        show_progress: draw a progress bar on standard error.

    Returns:
        An ``Extraction``: iterate it for the results, then read its ``problems`` and ``warnings``.

    Raises:
        DictionaryError: a dictionary or rule file is invalid (at once, before any file is read).
        InputError: a path does not exist or holds no text file (when iteration starts).
    """
    return Extraction(Pipeline.load(dictionaries, default_cache_dir()), [Path(p) for p in paths], show_progress)


def build(paths: Sequence[Path | str], out: Path | str, dictionaries: Path | str | None = None,
          show_progress: bool = False, formats: Sequence[str] | None = None,
          base: str | None = None, *, jobs: int | None = None, engine: str = "local",
          scheduler: str | None = None, use_cache: bool = True) -> BuildResult:
    """Run the whole pipeline and write the graph files into ``out``.

    Documents stream through extraction and are folded into the graph as they
    come, their evidence into an on-disk store beside ``out`` and into the RDF
    files' evidence part; only the graph is held, never the corpus.

    Args:
        paths: files and folders of articles (fsspec URLs too with the dask engine).
        out: the folder for the graph files (made if needed).
        dictionaries: a project folder of dictionaries (see ``Pipeline.load``).
        show_progress: draw progress bars on standard error.
        formats: the exporters to run (``kg.export.EXPORTERS`` keys); default all.
        base: the base IRI of the RDF outputs.
        jobs: local worker processes (default: every core).
        engine: "local" or "dask" (``kg.engines.ENGINES``).
        scheduler: with "dask", the scheduler's address (default: a LocalCluster).
        use_cache: reuse and store per-document results (local engine).

    Returns:
        A ``BuildResult``: the graph, the files written, the unreadable inputs and the warnings.

    Raises:
        NothingReadError: nothing could be read (its problems say why).
        DictionaryError: a dictionary or rule file is invalid.
        OutputError: ``out`` cannot be written, or a format is unknown (checked before any input is read).
        KgError: an unknown engine.
    """
    from kg.export import EXPORTERS, SNAPSHOT_EXPORTER, SNAPSHOT_NAME, check_output_dir

    if engine not in ENGINES:
        raise KgError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    check_output_dir(out, formats)  # fail fast: before any input is read
    names = list(formats or EXPORTERS)
    cache_dir = default_cache_dir()
    problems: list[str] = []
    warnings: list[str] = []
    counts: Counter[str] = Counter()
    stamp = None
    stack = ExitStack()
    if engine == "dask":
        from kg.engines.dask import dask_summaries

        pipeline = Pipeline.load(dictionaries, cache_dir)
        summaries = dask_summaries(paths, problems, warnings, dictionaries=dictionaries,
                                   scheduler=scheduler, show_progress=show_progress)
    else:
        paths = [Path(p) for p in paths]
        found = find_inputs(paths)
        problems.extend(found.problems)
        warnings.extend(found.notes)
        cache = ResultCache(cache_dir, pipeline_version(dictionaries)) if use_cache else None
        keys = document_keys(found.files, cache) if cache is not None else None
        if keys and None not in keys and not found.problems:
            stamp = _outputs_stamp(cache.version, keys, names, base)
        recorded = OutputStamps(cache_dir).fresh(out, stamp) if stamp and SNAPSHOT_EXPORTER in names else None
        if recorded is not None:
            cache.close()
            return BuildResult(Path(out) / SNAPSHOT_NAME, (), recorded["entities"], recorded["relations"],
                               recorded["documents"], tuple(problems), tuple(warnings), reused=len(found.files),
                               up_to_date=True)
        pipeline = Pipeline.load(dictionaries, cache_dir)
        stack.enter_context(cache or nullcontext())
        summaries = local_summaries(pipeline, found.files, problems, warnings, dictionaries=dictionaries,
                                    cache_dir=cache_dir, jobs=jobs or default_jobs(), cache=cache,
                                    show_progress=show_progress, counts=counts, keys=keys)
    with stack:
        graph, written = _fold_and_write(summaries, pipeline, out, names, base, counts, engine == "dask",
                                         inputs=paths, dictionaries=dictionaries, show_progress=show_progress,
                                         problems=problems, warnings=warnings)
    source = Path(out) / SNAPSHOT_NAME if SNAPSHOT_EXPORTER in names else graph
    result = BuildResult(source, written, graph.graph.number_of_nodes(), graph.graph.number_of_edges(),
                         len(graph.documents), tuple(problems), tuple(warnings), counts["extracted"], counts["reused"])
    if stamp and not problems:
        OutputStamps(cache_dir).record(out, stamp, written, {
            "entities": result.n_entities, "relations": result.n_relations, "documents": result.n_documents})
    return result


def _fold_and_write(summaries: Iterable[DocumentSummary], pipeline: Pipeline, out: Path | str,
                    names: Sequence[str], base: str | None, counts: Counter[str], count_extracted: bool, *,
                    inputs: Sequence[Path | str], dictionaries: Path | str | None, show_progress: bool,
                    problems: list[str], warnings: list[str]) -> tuple[KnowledgeGraph, tuple[Path, ...]]:
    """Fold ``summaries`` into the graph, their evidence into a store in a scratch folder beside
    ``out`` and into the RDF files' evidence part as they come, then write the outputs.

    Returns:
        The graph (its evidence store closed) and the files written.

    Raises:
        NothingReadError: no summary came.
    """
    from kg.evidence import EvidenceStore
    from kg.export import scratch_folder, write_outputs
    from kg.export.rdf import DEFAULT_BASE, RDF_EXPORTS, EvidenceRdf

    with ExitStack() as work:
        folder = work.enter_context(scratch_folder(out))
        store = work.enter_context(closing(EvidenceStore(folder / "evidence.sqlite")))
        rdf = None
        if RDF_EXPORTS.intersection(names):
            rdf = work.enter_context(closing(EvidenceRdf(folder, names, base or DEFAULT_BASE)))
        builder = GraphBuilder(pipeline.recognizer.lexicon.entities, store,
                               None if rdf is None else rdf.add)
        for summary in summaries:
            builder.add(summary)
            if count_extracted:  # an engine that does not count (dask): every summary was extracted
                counts["extracted"] += 1
        if not len(builder):
            raise NothingReadError(problems, warnings)
        graph = builder.graph()
        written = write_outputs(graph, out, names, base, inputs=inputs, dictionaries=dictionaries,
                                show_progress=show_progress, evidence_rdf=rdf)
    return graph, written


def _outputs_stamp(version: str, keys: Sequence[str | None], formats: Sequence[str], base: str | None) -> str:
    """What a build's outputs depend on: every document (name and bytes), the dictionaries and
    code (``version``), every file kg ships (the view's assets, the ontology), the formats and the base IRI."""
    digest = hashlib.sha256("\x1f".join([version, code_digest(shipped_files=True), *formats, base or ""]).encode())
    for key in keys:
        digest.update(str(key).encode())
    return digest.hexdigest()
