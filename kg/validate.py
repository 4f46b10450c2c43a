"""`kg dict check`: every problem in every dictionary, pattern and rule file."""
from __future__ import annotations

from kg.datafile import read_yaml
from kg.dictset import DictionarySet
from kg.errors import KgError
from kg.ingest.clean import load_boilerplate_rules
from kg.recognize.lexicon import check_entities
from kg.recognize.patterns import check_pattern_data
from kg.relate.rules import check_rules

__all__ = ["check_dictionaries"]


def check_dictionaries(files: DictionarySet) -> list[str]:
    """Return all problems as 'file:line: message'; an empty list means valid."""
    problems = [f"{files.files[name]}: not a file kg reads; name it like a shipped file, or entities/NAME.yaml"
                for name in files.unread()]
    problems.extend(check_entities(files.entity_files()))
    patterns = files.path("patterns.yaml")
    data, read_problems = read_yaml(patterns, lines=True)
    problems.extend(read_problems or check_pattern_data(data, patterns))
    rules_path = files.path("relations.yaml")
    data, read_problems = read_yaml(rules_path, lines=True)
    problems.extend(read_problems or check_rules(data, rules_path))
    try:
        load_boilerplate_rules(files.path("boilerplate.yaml"))
    except KgError as error:
        problems.append(str(error))
    return problems
