"""`kg dict check`: every problem in every dictionary, pattern and rule file."""
from __future__ import annotations

from pathlib import Path

import yaml

from kg.errors import KgError
from kg.ingest.clean import load_boilerplate_rules
from kg.recognize.lexicon import check_entities
from kg.recognize.patterns import check_pattern_data
from kg.relate.rules import check_rules, read_rules_data

__all__ = ["check_dictionaries"]


def check_dictionaries(directory: Path) -> list[str]:
    """Return all problems as 'file:line: message'; an empty list means valid."""
    directory = Path(directory)
    if not directory.is_dir():
        return [f"{directory}: dictionaries folder not found"]
    problems = list(check_entities(directory))
    patterns = directory / "patterns.yaml"
    try:
        problems.extend(check_pattern_data(yaml.safe_load(patterns.read_text(encoding="utf-8")), patterns))
    except (OSError, yaml.YAMLError) as error:
        problems.append(f"{patterns}: {str(error).splitlines()[0]}")
    rules_path = directory / "relations.yaml"
    data, read_problems = read_rules_data(rules_path)
    problems.extend(read_problems or check_rules(data, rules_path))
    try:
        load_boilerplate_rules(directory / "boilerplate.yaml")
    except KgError as error:
        problems.append(str(error))
    return problems
