"""The entity dictionaries: load, validate completely, and cache by content hash."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from kg.datafile import LINE_KEY, mapping_field, read_yaml
from kg.errors import DictionaryError
from kg.ingest.normalize import ScriptConverter, fold_dots, fold_width
from kg.model import ENTITY_TYPES, Entity

__all__ = ["Lexicon", "load_lexicon", "check_entities", "normalize_name", "FACT_KEYS", "ENTITY_KEYS"]

SCHEMA_VERSION = 1
ENTITY_KEYS = ("id", "type", "name", "name_en", "aliases", "wikidata", "facts", "cues")
# Fact keys whose value is another entity's id; `role` and `term` are free text.
FACT_KEYS = {"made_by": "id", "part_of": "id", "works_for": "id", "country": "id", "role": "text", "term": "text"}
_ID = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_SPACE = re.compile(r"\s+")
_NO_ENTITY_FILES = "no entity dictionaries (expected entities/*.yaml among the dictionaries)"


def normalize_name(name: str, converter: ScriptConverter) -> str:
    """The matching key of a name: folded width, dots, script, case and spaces.

    It is the same folding ingest applies to the text, so a key found in
    ``Document.text.lower()`` is a mention.
    """
    return _SPACE.sub(" ", converter.convert(fold_dots(fold_width(name))).strip()).lower()


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
    if not files:
        return [_NO_ENTITY_FILES]
    return _parse(files)[2]


def _parse(files: Sequence[Path]) -> tuple[dict[str, Entity], dict[str, str], list[str]]:
    converter = ScriptConverter()
    problems: list[str] = []
    entities: dict[str, Entity] = {}
    origins: dict[str, str] = {}
    for path in files:
        for where, entry in _entries(path, problems):
            entity = _entity(entry, where, problems)
            if entity is None:
                continue
            if entity.id in entities:
                problems.append(f"{where}: duplicate id {entity.id!r} (first at {origins[entity.id]})")
                continue
            entities[entity.id] = entity
            origins[entity.id] = where
    problems.extend(_check_references(entities, origins))
    problems.extend(_check_shared_aliases(entities, origins, converter))
    return entities, origins, problems


def _entries(path: Path, problems: list[str]):
    data, read_problems = read_yaml(path, lines=True)
    if read_problems:
        problems.extend(read_problems)
        return
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        problems.append(f"{path}:1: expected a mapping with 'version: {SCHEMA_VERSION}' and an 'entities' list")
        return
    if data.get("version") != SCHEMA_VERSION:
        problems.append(f"{path}:1: unsupported version {data.get('version')!r} (expected {SCHEMA_VERSION})")
    for entry in data["entities"]:
        if not isinstance(entry, dict):
            problems.append(f"{path}: every entry of 'entities' must be a mapping, got {entry!r}")
            continue
        yield f"{path}:{entry.get(LINE_KEY, '?')}", entry


def _entity(entry: dict, where: str, problems: list[str]) -> Entity | None:
    before = len(problems)
    unknown = sorted(set(entry) - set(ENTITY_KEYS) - {LINE_KEY})
    if unknown:
        problems.append(f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; allowed: {', '.join(ENTITY_KEYS)}")
    entity_id = entry.get("id")
    if not isinstance(entity_id, str) or not _ID.match(entity_id):
        problems.append(f"{where}: id {entity_id!r} must be lower-case ASCII letters, digits and _")
    if entry.get("type") not in ENTITY_TYPES:
        problems.append(f"{where}: unknown type {entry.get('type')!r}; use one of {', '.join(ENTITY_TYPES)}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{where}: missing canonical name")
    name_en = entry.get("name_en") or ""
    aliases = entry.get("aliases") or []
    cues = entry.get("cues") or []
    for key, value in (("name_en", name_en), ("aliases", aliases), ("cues", cues)):
        items = value if isinstance(value, list) else [value]
        if key != "name_en" and not isinstance(value, list):
            problems.append(f"{where}: {key} must be a list")
        elif any(not isinstance(v, (str, int)) or not str(v).strip() for v in items if key != "name_en" or v):
            problems.append(f"{where}: {key} must hold non-empty strings")
    for alias in [name, name_en, *aliases] if isinstance(aliases, list) else []:
        if isinstance(alias, (str, int)) and len(str(alias).strip()) == 1:
            problems.append(f"{where}: name {alias!r} is one character; it would match everywhere")
    wikidata = entry.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and _QID.match(wikidata)):
        problems.append(f"{where}: wikidata {wikidata!r} is not a QID like Q182477")
    facts = mapping_field(entry.get("facts"), f"{where}: facts must be a mapping", problems)
    for key, value in facts.items():
        if key not in FACT_KEYS:
            problems.append(f"{where}: unknown fact {key!r}; allowed: {', '.join(FACT_KEYS)}")
        elif not isinstance(value, (str, int)) or not str(value).strip():
            problems.append(f"{where}: fact {key} must be a non-empty string")
    if len(problems) > before:
        return None
    return Entity(
        id=entity_id,
        type=entry["type"],
        name=name.strip(),
        name_en=str(name_en).strip(),
        aliases=tuple(dict.fromkeys(str(a).strip() for a in aliases)),
        wikidata=wikidata,
        facts={k: str(v).strip() for k, v in facts.items()},
        cues=tuple(str(c).strip() for c in cues),
    )


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

