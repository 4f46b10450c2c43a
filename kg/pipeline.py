"""The library API behind the CLI: run the stages over files and write the outputs."""
from __future__ import annotations

from collections import ChainMap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from kg.cache import default_cache_dir
from kg.dictset import DictionarySet
from kg.errors import InputError, NothingReadError
from kg.graph import KnowledgeGraph, merge
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
    graph: KnowledgeGraph
    written: tuple[Path, ...]
    problems: tuple[str, ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = field(default_factory=tuple)

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
        rules = load_rules(files.path("relations.yaml"), recognizer.patterns.titles)
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
        relations = relate(doc, recognition.mentions, known, self.rules)
        entities = dict(recognition.entities)
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
          base: str | None = None) -> BuildResult:
    """Run the whole pipeline and write the graph files into ``out``.

    Args:
        paths: files or folders of articles.
        out: the folder for the graph files (made if needed).
        dictionaries: a project folder of dictionaries (see ``Pipeline.load``).
        show_progress: draw progress bars on standard error.
        formats: the exporters to run (``kg.export.EXPORTERS`` keys); default all.
        base: the base IRI of the RDF outputs.

    Returns:
        A ``BuildResult`` with the graph, the files written and the unreadable inputs.

    Raises:
        NothingReadError: nothing could be read (its problems say why).
        DictionaryError: a dictionary or rule file is invalid.
        OutputError: ``out`` cannot be written, or a format is unknown (checked before any input is read).
    """
    from kg.export import check_output_dir, write_outputs

    check_output_dir(out, formats)  # fail fast: before any input is read
    pipeline = Pipeline.load(dictionaries, default_cache_dir())
    paths = [Path(p) for p in paths]
    run = pipeline.run(paths, show_progress)
    if not run.results:
        raise NothingReadError(run.problems, run.warnings)
    graph = merge(run.results, pipeline.recognizer.lexicon.entities)
    written = write_outputs(graph, out, formats, base, inputs=paths, dictionaries=dictionaries,
                            show_progress=show_progress)
    return BuildResult(graph, written, run.problems, run.warnings)
