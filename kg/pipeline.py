"""The library API behind the CLI: run the stages over files and write the outputs."""
from __future__ import annotations

import os
from collections import ChainMap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from kg.cache import default_cache_dir
from kg.errors import InputError
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
    """Per-document results, and one message for every input that could not be read."""

    results: tuple[DocumentResult, ...]
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class BuildResult:
    graph: KnowledgeGraph
    written: tuple[Path, ...]
    problems: tuple[str, ...] = field(default_factory=tuple)

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


def build(paths: Sequence[Path], out: Path, dictionaries: Path = DEFAULT_DICTIONARIES,
          show_progress: bool = False, formats: Sequence[str] | None = None,
          base: str | None = None) -> BuildResult:
    """Run the whole pipeline and write the graph files into ``out``.

    Raises:
        InputError: nothing could be read (the problems say why).
        DictionaryError: a dictionary or rule file is invalid.
        OutputError: ``out`` cannot be written (checked before any input is read).
    """
    from kg.export import check_output_dir, write_outputs

    check_output_dir(out, formats)  # fail fast: before any input is read
    pipeline = Pipeline.load(dictionaries)
    paths = paths or DEFAULT_INPUTS
    run = pipeline.run(paths, show_progress)
    if not run.results:
        raise InputError("nothing could be read:\n" + "\n".join(run.problems))
    graph = merge(run.results, pipeline.recognizer.lexicon.entities)
    written = write_outputs(graph, out, formats, base, inputs=paths, dictionaries=dictionaries,
                            show_progress=show_progress)
    return BuildResult(graph, written, run.problems)
