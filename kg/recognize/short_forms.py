"""An entity named in full is named again by its short form in the same article: 海光信息 … 海光,
法务部调查局 … 调查局.

News gives a company's full name once and its name without the corporate
suffix after (沐曦股份 … 沐曦, 算能科技 … 算能), and a unit of a ministry without its parent
(法务部调查局 … 调查局). The dictionary cannot list
those short forms as aliases: alone, many are words or other names (长江 of
长江存储 is a river, 东京 of 东京电子 a city). So a short form names its company
only in an article that names the company otherwise too, and never when it is
another entity's name, a place or a common word: jieba's dictionary says which
(kg.recognize.jieba_words).
"""
from __future__ import annotations

from typing import Callable, Mapping

from kg.ingest.normalize import ScriptConverter
from kg.model import Entity
from kg.recognize.lexicon import normalize_name

__all__ = ["build_short_forms"]


def build_short_forms(entities: Mapping[str, Entity], converter: ScriptConverter, suffixes: tuple[str, ...],
                      lengths: tuple[int, int], common: Callable[[set[str]], set[str]],
                      parents: tuple[str, ...] = (), unit_lengths: tuple[int, int] = (2, 6),
                      unit_heads: tuple[str, ...] = ()) -> dict[str, str]:
    """Short form -> entity id: each company name or alias without one of ``suffixes``, as long as
    ``lengths`` allows (fewest, most characters), and each agency's name past the last word of its
    parent in it (``parents``: 法务部调查局 → 调查局), as long as ``unit_lengths`` allows and it ends in a
    word of ``unit_heads`` (局, 署: not 部长理事会's 长理事会); unless it is a
    name of any entity, one that ``common`` finds among the candidates (a place or a common word), or
    the short form of two entities."""
    names = {normalize_name(n, converter) for e in entities.values() for n in (e.name, *e.aliases)}
    found: dict[str, str | None] = {}

    def add(short: str, entity_id: str, fewest: int, most: int) -> None:
        if fewest <= len(short) <= most and not short.isascii() and short not in names:
            found[short] = entity_id if found.get(short, entity_id) == entity_id else None

    for entity in entities.values():
        if entity.type not in ("ORG", "AGENCY"):
            continue
        for name in (entity.name, *entity.aliases):
            name = normalize_name(name, converter)
            if entity.type == "ORG":
                for suffix in suffixes:
                    if name.endswith(suffix):
                        add(name.removesuffix(suffix), entity.id, *lengths)
                continue
            cut = max((name.rfind(parent) + len(parent) for parent in parents if parent in name[:-1]), default=0)
            if cut and name.endswith(unit_heads):
                add(name[cut:], entity.id, *unit_lengths)
    excluded = common(set(found))
    return {short: entity_id for short, entity_id in found.items() if entity_id is not None and short not in excluded}
