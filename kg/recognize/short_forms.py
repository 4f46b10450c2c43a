"""A company named in full is named again by its short form in the same article: 海光信息 … 海光.

News gives a company's full name once and its name without the corporate
suffix after (沐曦股份 … 沐曦, 算能科技 … 算能). The dictionary cannot list
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
                      lengths: tuple[int, int], common: Callable[[set[str]], set[str]]) -> dict[str, str]:
    """Short form -> company id: each company name or alias without one of ``suffixes``, as long as
    ``lengths`` allows (fewest, most characters), unless it is a name of any entity, one that
    ``common`` finds among the candidates (a place or a common word), or the short form of two companies."""
    names = {normalize_name(n, converter) for e in entities.values() for n in (e.name, *e.aliases)}
    found: dict[str, str | None] = {}
    for entity in entities.values():
        if entity.type != "ORG":
            continue
        for name in (entity.name, *entity.aliases):
            name = normalize_name(name, converter)
            for suffix in suffixes:
                short = name.removesuffix(suffix)
                if short != name and lengths[0] <= len(short) <= lengths[1] and not short.isascii() \
                        and short not in names:
                    found[short] = entity.id if found.get(short, entity.id) == entity.id else None
    excluded = common(set(found))
    return {short: entity_id for short, entity_id in found.items() if entity_id is not None and short not in excluded}
