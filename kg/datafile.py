"""Reading the YAML data files (dictionaries, patterns, rules) with line numbers for messages.

A data file's schema is a pydantic model; ``validate`` checks data read with
``lines=True`` against it and reports every problem as ``file:line: message``,
the line being that of the value at fault.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Iterable, TypeVar

import yaml
from pydantic import AfterValidator, BaseModel, BeforeValidator, ValidationError

__all__ = ["LINE_KEY", "read_yaml", "mapping_field", "word_pattern", "without_lines", "validate", "as_text", "Text",
           "Regex"]

LINE_KEY = "__line__"  # every mapping read with lines=True records where it starts
Model = TypeVar("Model", bound=BaseModel)


def as_text(value: object) -> object:
    """A YAML number where a name is expected (360, 2025) is the name's text."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value.strip()


def _compiles(value: str) -> str:
    try:
        re.compile(value)
    except re.error as error:
        raise ValueError(f"bad regular expression: {error}") from None
    return value


# Schema types shared by the data files.
Text = Annotated[str, BeforeValidator(as_text), AfterValidator(_not_blank)]  # a non-empty, stripped string
Regex = Annotated[str, AfterValidator(_compiles)]  # a Python regular expression that compiles


class _LinedDict(dict):
    """A mapping read with lines: ``key_lines`` gives the line of each value."""

    key_lines: dict = {}


class _LinedList(list):
    """A sequence read with lines: ``lines`` gives the line of each item."""

    lines: tuple[int, ...] = ()


# libyaml's parser, when PyYAML was built with it, reads the entity files ~5x faster.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):
    """Records the line of every mapping, mapping value and sequence item so problems can name it."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE_KEY] = node.start_mark.line + 1
        return mapping


def _construct_lined_mapping(loader: _LineLoader, node: yaml.MappingNode):
    mapping = _LinedDict()
    yield mapping
    mapping.update(loader.construct_mapping(node))
    mapping.key_lines = {loader.construct_object(key): value.start_mark.line + 1 for key, value in node.value}


def _construct_lined_sequence(loader: _LineLoader, node: yaml.SequenceNode):
    sequence = _LinedList()
    yield sequence
    sequence.extend(loader.construct_sequence(node))
    sequence.lines = tuple(item.start_mark.line + 1 for item in node.value)


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_lined_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_lined_sequence)


def read_yaml(path: Path, lines: bool = False) -> tuple[object, list[str]]:
    """Parse a YAML file; return (data, problems) with problems as 'file:line: message'.

    With ``lines``, every mapping carries its starting line under ``LINE_KEY``.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [f"{path}: cannot read: {getattr(error, 'strerror', None) or error}"]
    try:
        return yaml.load(text, Loader=_LineLoader if lines else _SafeLoader), []
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


def without_lines(data: object) -> object:
    """``data`` read with lines, as plain mappings and lists without ``LINE_KEY``.

    Example:
        >>> without_lines({"a": [{"b": 1, LINE_KEY: 2}], LINE_KEY: 1})
        {'a': [{'b': 1}]}
    """
    if isinstance(data, dict):
        return {k: without_lines(v) for k, v in data.items() if k != LINE_KEY}
    if isinstance(data, list):
        return [without_lines(v) for v in data]
    return data


def _line_at(data: object, location: tuple, line: int) -> int:
    """The line of the deepest value along ``location`` that ``data`` (read with lines) knows."""
    for key in location:
        if isinstance(data, dict):
            line = getattr(data, "key_lines", {}).get(key, data.get(LINE_KEY, line))
            data = data.get(key)
        elif isinstance(data, list) and isinstance(key, int) and 0 <= key < len(data):
            lines = getattr(data, "lines", ())
            line = lines[key] if key < len(lines) else line
            data = data[key]
        else:
            break
    return line


def _label(location: tuple) -> str:
    """``('aliases', 2)`` -> ``aliases[2]``; pydantic's ``[str]``-style union tags are left out."""
    label = ""
    for key in location:
        if isinstance(key, int):
            label += f"[{key}]"
        elif not (key.startswith(("str", "int", "function-")) or "[" in key):
            label += f".{key}" if label else key
    return label


def validate(model: type[Model], data: object, path: Path | str, line: int = 1) -> tuple[Model | None, list[str]]:
    """Check ``data`` (read with ``lines=True``) against ``model``; every problem as 'file:line: where: message'.

    Args:
        model: the schema.
        data: what ``read_yaml`` read, or a part of it.
        path: the file, for the messages.
        line: where ``data`` starts, for problems no deeper line is known for.

    Returns:
        (the validated value, []) or (None, every problem).

    Example:
        >>> from pydantic import Field
        >>> class Limits(BaseModel):
        ...     low: int = Field(gt=0)
        ...     high: int = Field(gt=0)
        >>> data = yaml.load("low: 0\\nhigh: x\\n", Loader=_LineLoader)
        >>> for problem in validate(Limits, data, "limits.yaml")[1]:
        ...     print(problem)
        limits.yaml:1: low: Input should be greater than 0
        limits.yaml:2: high: Input should be a valid integer, unable to parse string as an integer
    """
    try:
        return model.model_validate(without_lines(data)), []
    except ValidationError as error:
        problems = []
        for item in error.errors():
            where = _label(item["loc"])
            message = item["msg"].removeprefix("Value error, ")
            if item["type"] == "extra_forbidden":
                message = f"unknown key; allowed: {', '.join(model.model_fields)}"
            problems.append((_line_at(data, item["loc"], line), f"{where + ': ' if where else ''}{message}"))
        return None, [f"{path}:{at}: {message}" for at, message in sorted(problems, key=lambda p: p[0])]
