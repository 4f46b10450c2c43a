"""`kg dict check`: every problem in every dictionary, pattern and rule file."""
from __future__ import annotations

from pathlib import Path

from kg.datafile import read_yaml
from kg.errors import KgError
from kg.ingest.clean import load_boilerplate_rules
from kg.recognize.lexicon import check_entities
from kg.recognize.patterns import check_pattern_data
from kg.relate.rules import check_rules

__all__ = ["check_dictionaries"]


def check_dictionaries(directory: Path) -> list[str]:
    """Return all problems as 'file:line: message'; an empty list means valid."""
    directory = Path(directory)
    if not directory.is_dir():
        return [f"{directory}: dictionaries folder not found"]
    problems = list(check_entities(directory))
    patterns = directory / "patterns.yaml"
    data, read_problems = read_yaml(patterns, lines=True)
    problems.extend(read_problems or check_pattern_data(data, patterns))
    rules_path = directory / "relations.yaml"
    data, read_problems = read_yaml(rules_path, lines=True)
    problems.extend(read_problems or check_rules(data, rules_path))
    try:
        load_boilerplate_rules(directory / "boilerplate.yaml")
    except KgError as error:
        problems.append(str(error))
    return problems
