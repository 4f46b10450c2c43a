"""The library API behind the CLI: run the stages over files and write the outputs."""
from __future__ import annotations

import os
from collections import ChainMap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from kg.cache import default_cache_dir
from kg.errors import InputError, KgError, NothingReadError
from kg.graph import KnowledgeGraph, merge
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


def extract(paths: Sequence[Path], problems: list[str], dictionaries: Path = DEFAULT_DICTIONARIES,
            show_progress: bool = False, warnings: list[str] | None = None) -> Iterator[DocumentResult]:
    """Mentions and relations of every document under ``paths``, one document at a time.

    Unreadable files are appended to ``problems``, other warnings to ``warnings``.

    Raises:
        DictionaryError: a dictionary or rule file is invalid (at once, before any file is read).
    """
    return Pipeline.load(dictionaries).stream(paths, problems, show_progress, warnings)


def build(paths: Sequence[Path], out: Path, dictionaries: Path = DEFAULT_DICTIONARIES,
          show_progress: bool = False, formats: Sequence[str] | None = None,
          base: str | None = None) -> BuildResult:
    """Run the whole pipeline and write the graph files into ``out``.

    Raises:
        NothingReadError: nothing could be read (its problems say why).
        DictionaryError: a dictionary or rule file is invalid.
    """
    from kg.export import EXPORTERS

    pipeline = Pipeline.load(dictionaries)
    run = pipeline.run(paths or DEFAULT_INPUTS, show_progress)
    if not run.results:
        raise NothingReadError(run.problems, run.warnings)
    graph = merge(run.results, pipeline.recognizer.lexicon.entities)
    written = []
    names = list(formats or EXPORTERS)
    unknown = [n for n in names if n not in EXPORTERS]
    if unknown:
        raise KgError(f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(EXPORTERS)}")
    with progress(names, "Writing", show_progress) as bar:
        for name in bar:
            filename, write = EXPORTERS[name]
            target = Path(out) / filename
            write(graph, target, base)
            written.append(target)
    return BuildResult(graph, tuple(written), run.problems, run.warnings)
