"""The entity dictionaries: load, validate completely, and cache by content hash."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal, Mapping, Sequence

from pydantic import BeforeValidator, field_validator, model_validator

from kg.datafile import DataModel, EntityType, Text, as_text, read_yaml, validate
from kg.errors import DictionaryError
from kg.ingest.normalize import ScriptConverter, fold_characters
from kg.model import Entity

__all__ = ["Lexicon", "EntityEntry", "EntityFile", "load_lexicon", "check_entities", "read_entities", "normalize_name", "FACT_KEYS",
           "ENTITY_KEYS", "SCHEMA_VERSION"]

# Fact keys whose value is another entity's id; `role` and `term` are free text.
SCHEMA_VERSION = 1  # the `version:` every entity file declares
FACT_KEYS = {"made_by": "id", "part_of": "id", "works_for": "id", "country": "id", "role": "text", "term": "text"}
_ID = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_SPACE = re.compile(r"\s+")
_NO_ENTITY_FILES = "no entity dictionaries (expected entities/*.yaml among the dictionaries)"


def normalize_name(name: str, converter: ScriptConverter) -> str:
    """The matching key of a name: folded width, dots, quotes, script, case and spaces.

    It is the same folding ingest applies to the text, so a key found in
    ``Document.text.lower()`` is a mention.
    """
    return _SPACE.sub(" ", converter.convert(fold_characters(name)).strip()).lower()


@dataclass(frozen=True)
class Lexicon:
    """Every known entity, with the file and line it came from."""

    entities: Mapping[str, Entity]
    origins: Mapping[str, str]  # id -> "file:line"

    def __len__(self) -> int:
        return len(self.entities)

    def __getitem__(self, entity_id: str) -> Entity:
        return self.entities[entity_id]

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self.entities


def load_lexicon(files: Sequence[Path]) -> Lexicon:
    """Load and validate the entity dictionaries ``files``.

    Raises:
        DictionaryError: with every problem, one per line, ``file:line: message``.
    """
    if not files:
        raise DictionaryError(_NO_ENTITY_FILES)
    entities, origins, problems = _parse(files)
    if problems:
        raise DictionaryError("\n".join(problems))
    return Lexicon(entities, origins)


def check_entities(files: Sequence[Path]) -> list[str]:
    """Return every problem in the entity dictionaries ``files``; an empty list means valid."""
    return read_entities(files)[1]


def read_entities(files: Sequence[Path]) -> tuple[dict[str, Entity], list[str]]:
    """The entities of ``files`` that read well, by id, and every problem as ``file:line: message``."""
    if not files:
        return {}, [_NO_ENTITY_FILES]
    entities, _, problems = _parse(files)
    return entities, problems


def _parse(files: Sequence[Path]) -> tuple[dict[str, Entity], dict[str, str], list[str]]:
    converter = ScriptConverter()
    problems: list[str] = []
    entities: dict[str, Entity] = {}
    origins: dict[str, str] = {}
    for path in files:
        for where, entity in _entries(path, problems):
            if entity.id in entities:
                problems.append(f"{where}: duplicate id {entity.id!r} (first at {origins[entity.id]})")
                continue
            entities[entity.id] = entity
            origins[entity.id] = where
    problems.extend(_check_references(entities, origins))
    problems.extend(_check_shared_aliases(entities, origins, converter))
    return entities, origins, problems


class EntityEntry(DataModel):
    """The schema of one entry of an ``entities/*.yaml`` file; an absent key takes ``Entity``'s default."""

    id: str
    type: EntityType
    name: Text
    name_en: Annotated[str, BeforeValidator(as_text)] | None = None  # may be empty: no English name
    aliases: list[Text] | None = None
    wikidata: str | None = None
    facts: dict[str, Text] | None = None
    cues: list[Text] | None = None

    @field_validator("id")
    @classmethod
    def _plain_id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"{value!r} must be lower-case ASCII letters, digits and _")
        return value

    @field_validator("wikidata")
    @classmethod
    def _qid(cls, value: str | None) -> str | None:
        if value is not None and not _QID.match(value):
            raise ValueError(f"{value!r} is not a QID like Q182477")
        return value

    @field_validator("facts")
    @classmethod
    def _known_facts(cls, value: dict[str, str] | None) -> dict[str, str] | None:
        unknown = [key for key in value or () if key not in FACT_KEYS]
        if unknown:
            raise ValueError(f"unknown fact(s) {', '.join(map(repr, unknown))}; allowed: {', '.join(FACT_KEYS)}")
        return value

    @model_validator(mode="after")
    def _no_one_character_name(self) -> "EntityEntry":
        short = [n for n in (self.name, self.name_en, *(self.aliases or ())) if n and len(n.strip()) == 1]
        if short:
            raise ValueError(f"name {short[0]!r} is one character; it would match everywhere")
        return self

    def entity(self) -> Entity:
        given = {
            "name_en": self.name_en.strip() if self.name_en is not None else None,
            "aliases": tuple(dict.fromkeys(self.aliases)) if self.aliases is not None else None,
            "wikidata": self.wikidata,
            "facts": self.facts,
            "cues": tuple(self.cues) if self.cues is not None else None,
        }
        return Entity(id=self.id, type=self.type, name=self.name, **{k: v for k, v in given.items() if v is not None})


class EntityFile(DataModel):
    """The schema of an ``entities/*.yaml`` file; each entry is checked on its own (``EntityEntry``)."""

    version: Literal[SCHEMA_VERSION]  # type: ignore[valid-type]
    entities: list


ENTITY_KEYS = tuple(EntityEntry.model_fields)


def _entries(path: Path, problems: list[str]):
    """Every valid entry of one file as (``file:line``, Entity); the problems of the others."""
    data, read_problems = read_yaml(path, lines=True)
    if not read_problems:
        _, read_problems = validate(EntityFile, data, path)
    if read_problems:
        problems.extend(read_problems)
        return
    entries = data["entities"]
    for entry, line in zip(entries, getattr(entries, "lines", ())):
        valid, entry_problems = validate(EntityEntry, entry, path, line)
        problems.extend(entry_problems)
        if valid is not None:
            yield f"{path}:{line}", valid.entity()


def _check_references(entities: Mapping[str, Entity], origins: Mapping[str, str]) -> list[str]:
    problems = []
    for entity_id, entity in entities.items():
        for key, value in entity.facts.items():
            if FACT_KEYS.get(key) == "id" and value not in entities:
                problems.append(f"{origins[entity_id]}: {entity_id}: fact {key} names unknown entity {value!r}")
    return problems


def _check_shared_aliases(entities: Mapping[str, Entity], origins: Mapping[str, str],
                          converter: ScriptConverter) -> list[str]:
    """A name two entities claim needs cues on every claimant to tell them apart."""
    claims: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for entity_id, entity in entities.items():
        for name in entity.names:
            key = normalize_name(name, converter)
            shown.setdefault(key, name)
            if entity_id not in claims.setdefault(key, []):
                claims[key].append(entity_id)
    problems = []
    for key, owners in claims.items():
        if len(owners) > 1:
            missing = [o for o in owners if not entities[o].cues]
            if missing:
                problems.append(
                    f"{origins[missing[0]]}: name {shown[key]!r} is used by {' and '.join(owners)}; "
                    f"add cues to {' and '.join(missing)} or drop the name from all but one")
    return problems

