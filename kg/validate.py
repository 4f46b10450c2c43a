"""`kg dict check`: every problem in every dictionary, pattern and rule file."""
from __future__ import annotations

from kg.dictset import DictionarySet
from kg.errors import KgError
from kg.ingest.clean import load_boilerplate_rules
from kg.recognize.lexicon import read_entities
from kg.recognize.patterns import read_pattern_file
from kg.relate.rules import read_rule_file

__all__ = ["check_dictionaries"]


def check_dictionaries(files: DictionarySet) -> list[str]:
    """Return all problems as 'file:line: message'; an empty list means valid."""
    problems = [f"{files.files[name]}: not a file kg reads; name it like a shipped file, or entities/NAME.yaml"
                for name in files.unread()]
    entities, entity_problems = read_entities(files.entity_files())
    problems.extend(entity_problems)
    problems.extend(read_pattern_file(files.path("patterns.yaml"))[1])
    # With no entity read, every id would be reported.
    problems.extend(read_rule_file(files.path("relations.yaml"), entities or None)[1])
    try:
        load_boilerplate_rules(files.path("boilerplate.yaml"))
    except KgError as error:
        problems.append(str(error))
    return problems
