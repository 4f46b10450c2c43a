"""Reading the YAML data files (dictionaries, patterns, rules) with line numbers for messages.

A data file's schema is a pydantic model; ``validate`` checks data read with
``lines=True`` against it and reports every problem as ``file:line: message``,
the line being that of the value at fault.
"""
from __future__ import annotations

import re
import types
from pathlib import Path
from typing import Annotated, Hashable, Iterable, TypeVar, Union, get_args, get_origin

import yaml
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, Strict, ValidationError

from kg.model import ENTITY_TYPES

__all__ = ["LINE_KEY", "read_yaml", "read_model", "word_pattern", "without_lines", "validate",
           "as_text", "one_of", "DataModel", "Text", "Regex", "Words", "Count", "WholeNumber", "EntityType"]

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


def one_of(allowed: tuple[str, ...], what: str):
    """A schema type for a string that must be one of ``allowed``; ``what`` names it in the message.

    Example:
        >>> from pydantic import TypeAdapter, ValidationError
        >>> kind = TypeAdapter(one_of(("ORG", "LAW"), "type"))
        >>> kind.validate_python("LAW")
        'LAW'
        >>> try:
        ...     kind.validate_python("ORGG")
        ... except ValidationError as error:
        ...     print(error.errors()[0]["msg"])
        Value error, unknown type 'ORGG'; use one of ORG, LAW
    """
    def check(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"unknown {what} {value!r}; use one of {', '.join(allowed)}")
        return value

    return Annotated[str, AfterValidator(check)]


# Schema types shared by the data files.
Text = Annotated[str, BeforeValidator(as_text), AfterValidator(_not_blank)]  # a non-empty, stripped string
Regex = Annotated[str, AfterValidator(_compiles)]  # a Python regular expression that compiles
Words = list[Text]  # literal words; a YAML number is its text
Count = Annotated[int, Strict(), Field(gt=0)]  # a positive whole number (never a bool or a string)
WholeNumber = Annotated[int, Strict(), Field(ge=0)]  # zero or more
EntityType = one_of(ENTITY_TYPES, "type")


class DataModel(BaseModel):
    """The base of every data file's schema: an unknown key is a problem (a typo, usually), and the
    validated values are read, never changed."""

    model_config = ConfigDict(extra="forbid", frozen=True)


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
        # YAML keeps the last of two equal keys: an analyst's second list of a name would silently
        # replace the first, so a repeated key is an error at its line.
        seen: dict[object, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, Hashable):
                continue  # the base loader reports an unhashable key itself
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"{key} is given twice (first at line {seen[key]})", key_node.start_mark)
            seen[key] = key_node.start_mark.line + 1
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


def read_model(model: type[Model], path: Path, context: object = None) -> tuple[Model | None, list[str]]:
    """Read a YAML data file and check it against ``model`` (see ``validate``); an empty file is an empty mapping.

    Returns:
        (the validated file, []) or (None, every problem as 'file:line: message').
    """
    data, problems = read_yaml(path, lines=True)
    if problems:
        return None, problems
    return validate(model, {} if data is None else data, path, context=context)


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


_INSTANCE_OF = re.compile(r" or instance of \w+$")


def _model_at(model: type[BaseModel], location: tuple) -> type[BaseModel]:
    """The schema of the mapping at ``location`` inside ``model`` (whose keys a message lists)."""
    found, current = model, model
    for key in location:
        current = _unwrapped(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            found = current
            field = current.model_fields.get(key) if isinstance(key, str) else None
            if field is None:
                break
            current = field.annotation
        elif get_origin(current) in (list, tuple, dict):  # an item or a value: the last type argument
            current = get_args(current)[-1]
        else:
            break
    current = _unwrapped(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else found


def _unwrapped(annotation: object) -> object:
    """``annotation`` without ``Annotated`` and without ``| None``."""
    while True:
        if get_origin(annotation) is Annotated:
            annotation = get_args(annotation)[0]
        elif get_origin(annotation) in (Union, types.UnionType):
            members = [a for a in get_args(annotation) if a is not type(None)]
            if len(members) != 1:
                return annotation
            annotation = members[0]
        else:
            return annotation


def _label(location: tuple) -> str:
    """``('aliases', 2)`` -> ``aliases[2]``; pydantic's ``[str]``-style union tags are left out."""
    label = ""
    for key in location:
        if isinstance(key, int):
            label += f"[{key}]"
        elif not (key.startswith(("str", "int", "function-")) or "[" in key):
            label += f".{key}" if label else key
    return label


def validate(model: type[Model], data: object, path: Path | str, line: int = 1,
             context: object = None) -> tuple[Model | None, list[str]]:
    """Check ``data`` (read with ``lines=True``) against ``model``; every problem as 'file:line: where: message'.

    Args:
        model: the schema.
        data: what ``read_yaml`` read, or a part of it.
        path: the file, for the messages.
        line: where ``data`` starts, for problems no deeper line is known for.
        context: given to the schema's validators (``ValidationInfo.context``).

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
        return model.model_validate(without_lines(data), context=context), []
    except ValidationError as error:
        problems = []
        for item in error.errors():
            where = _label(item["loc"])
            # Pydantic names the schema's class where a mapping is expected; the file's reader never sees it.
            message = _INSTANCE_OF.sub("", item["msg"].removeprefix("Value error, "))
            if item["type"] == "extra_forbidden":
                message = f"unknown key; allowed: {', '.join(_model_at(model, item['loc'][:-1]).model_fields)}"
            problems.append((_line_at(data, item["loc"], line), f"{where + ': ' if where else ''}{message}"))
        return None, [f"{path}:{at}: {message}" for at, message in sorted(problems, key=lambda p: p[0])]
