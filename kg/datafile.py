"""Reading the YAML data files (dictionaries, patterns, rules) with line numbers for messages."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

import yaml

__all__ = ["LINE_KEY", "read_yaml", "mapping_field", "word_pattern"]

LINE_KEY = "__line__"  # every mapping read with lines=True records where it starts


class _LineLoader(yaml.SafeLoader):
    """Records the line of every mapping so problems can name it."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE_KEY] = node.start_mark.line + 1
        return mapping


def read_yaml(path: Path, lines: bool = False) -> tuple[object, list[str]]:
    """Parse a YAML file; return (data, problems) with problems as 'file:line: message'.

    With ``lines``, every mapping carries its starting line under ``LINE_KEY``.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [f"{path}: cannot read: {getattr(error, 'strerror', None) or error}"]
    try:
        return yaml.load(text, Loader=_LineLoader if lines else yaml.SafeLoader), []
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        return None, [f"{path}{line}: not valid YAML: {getattr(error, 'problem', None) or error}"]


def mapping_field(value: object, problem: str, problems: list[str]) -> dict:
    """``value`` as a mapping without its line-number key; ``problem`` is noted when it is none.

    Example:
        >>> problems = []
        >>> mapping_field({"a": 1, LINE_KEY: 3}, "x must be a mapping", problems), problems
        ({'a': 1}, [])
        >>> mapping_field([1], "x must be a mapping", problems), problems
        ({}, ['x must be a mapping'])
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(problem)
        return {}
    return {k: v for k, v in value.items() if k != LINE_KEY}


def word_pattern(words: Iterable[object] | None) -> re.Pattern | None:
    """One regex for a data file's list of literal words, longest first; None when empty.

    Example:
        >>> word_pattern(["部长", "部长助理", "长"]).findall("副部长助理和部长")
        ['部长助理', '部长']
    """
    ordered = sorted({str(w) for w in words or ()}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, ordered)) + ")") if ordered else None
