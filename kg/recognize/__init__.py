"""Recognize: find entity mentions in a Document with the dictionaries and patterns.

``Recognizer.load(dictionaries)`` builds (or takes from the cache) the
automaton; ``recognizer.recognize(doc)`` returns mentions with offsets into
the original text, sorted by (start, -end).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Mapping

from kg.cache import cached, code_digest
from kg.dictset import DictionarySet
from kg.ingest.normalize import ScriptConverter, lower_same_length
from kg.model import Document, Entity, Mention
from kg.recognize.disambiguate import CueIndex, build_cue_index, resolve
from kg.recognize.lexicon import Lexicon, check_entities, load_lexicon, normalize_name
from kg.recognize.matcher import Matcher, Span, build_matcher
from kg.recognize.patterns import (
    Found,
    PatternRules,
    discovered_id,
    find_legal_names,
    find_line_models,
    find_maker_codes,
    find_occupied_people,
    find_sub_units,
    find_titled,
    find_titled_people,
    load_pattern_rules,
)

__all__ = ["Recognizer", "Recognition", "Lexicon", "load_lexicon", "check_entities", "normalize_name"]

@dataclass(frozen=True, slots=True)
class Recognition:
    """The mentions of one document and every entity they name."""

    mentions: tuple[Mention, ...]
    entities: Mapping[str, Entity]


class Recognizer:
    """Dictionary matcher, cue index and pattern rules, ready to run."""

    def __init__(self, lexicon: Lexicon, matcher: Matcher, cues: CueIndex, patterns: PatternRules):
        self.lexicon = lexicon
        self.matcher = matcher
        self.cues = cues
        self.patterns = patterns

    @classmethod
    def load(cls, dictionaries: DictionarySet, cache_dir: Path | None = None) -> "Recognizer":
        """Load the dictionaries and build the matcher, reusing a cached build of the same files.

        Args:
            dictionaries: the files in use.
            cache_dir: where built matchers are kept; None builds afresh and keeps nothing.

        Raises:
            DictionaryError: a dictionary or pattern file is invalid.
        """
        def build():
            converter = ScriptConverter()
            lexicon = load_lexicon(dictionaries.entity_files())
            patterns = load_pattern_rules(dictionaries.path("patterns.yaml"))
            return (lexicon, build_matcher(lexicon.entities, converter, patterns.not_before),
                    build_cue_index(lexicon.entities, converter), patterns)

        return cls(*cached(cache_dir, "recognizer", dictionaries.digest() + code_digest(), build))

    def recognize(self, doc: Document) -> Recognition:
        """Find the mentions in ``doc``; never mutates it."""
        text = doc.text
        entities = self.lexicon.entities
        folded = lower_same_length(text)
        # Spans stay sorted by start and never overlap (no name holds 《 or 》), so
        # titles and pattern finds are placed by bisection.
        spans = resolve(self.matcher.find(text, folded), text, self.cues, entities, folded)
        discovered: dict[str, Entity] = {}
        spans = self._apply_titles(text, spans, discovered)
        # A model of a known line is made by the line's maker: the find carries the maker.
        models = [replace(f, anchor=entities[f.anchor].facts.get("made_by"))
                  for f in find_line_models(text, spans, self.patterns)]
        longer = find_legal_names(text, spans, self.patterns) + find_sub_units(text, spans, self.patterns) + models
        if longer:
            _take_over(spans, longer, discovered)
        found = (find_maker_codes(text, spans, self.patterns) + find_titled_people(text, spans, self.patterns)
                 + find_occupied_people(text, self.patterns))
        if found:
            _add_found(spans, found, discovered)
        original, span_start, span_end = doc.original, doc.span_start, doc.span_end
        mentions = []
        for start, end, entity_type, entity_id in spans:
            o_start, o_end = span_start[start], span_end[end - 1]
            mentions.append(Mention(o_start, o_end, original[o_start:o_end], entity_type, entity_id,
                                    "pattern" if entity_id in discovered else "dict", start, end))
        named = {i: discovered.get(i) or entities[i] for i in sorted({s[3] for s in spans})}
        return Recognition(tuple(mentions), named)

    def _apply_titles(self, text: str, spans: list[Span], discovered: dict[str, Entity]) -> list[Span]:
        """A 《》 title is one name: what the dictionary found inside it gives way."""
        for found in find_titled(text, self.patterns):
            # A law's span holds its marks, a newspaper's does not; either way a
            # dictionary name of the same type over the title, with or without marks, names it.
            if found.type == "LAW":
                outer_start, outer_end = found.start, found.end
            else:
                outer_start, outer_end = found.start - 1, found.end + 1
            lo = bisect.bisect_left(spans, (outer_start,))
            hi = bisect.bisect_left(spans, (outer_end,))
            inside = spans[lo:hi]
            exact = [s for s in inside if s[0] in (outer_start, outer_start + 1) and s[1] in (outer_end, outer_end - 1)
                     and s[2] == found.type]
            entity_id = exact[0][3] if exact else _discover(found, discovered)
            spans[lo:hi] = [(found.start, found.end, found.type, entity_id)]
        return spans


def _add_found(spans: list[Span], found: list[Found], discovered: dict[str, Entity]) -> None:
    """Insert, in order, the pattern finds that overlap no span already taken."""
    for f in found:
        at = bisect.bisect_left(spans, (f.end,))  # spans[:at] start before f ends
        if at and spans[at - 1][1] > f.start:
            continue
        spans.insert(at, (f.start, f.end, f.type, _discover(f, discovered)))


def _take_over(spans: list[Span], found: list[Found], discovered: dict[str, Entity]) -> None:
    """A longer name replaces the organizations and places found inside it (上海交通大学|微电子学院).

    A legal name that begins with a known company's name is that company
    (中芯国际集成电路制造有限公司 is 中芯国际); anything else is a new entity. A find
    that cuts through a name, or holds a name of a type it may not (a person,
    agency or law; a product only in a model number, 昇腾|950), is dropped.
    """
    for f in found:
        lo = bisect.bisect_left(spans, (f.start,))
        hi = bisect.bisect_left(spans, (f.end,))
        inside = spans[lo:hi]
        allowed = ("PRODUCT",) if f.pattern == "model_after_line" else ("ORG", "PLACE")
        if (lo and spans[lo - 1][1] > f.start) or any(s[1] > f.end or s[2] not in allowed for s in inside):
            continue
        if f.pattern == "unit_of_organization" and any(s[2] != "PLACE" for s in inside[1:]):
            continue  # 英伟达与清华大学实验室 is two organizations' lab, not a unit of the first
        first = inside[0] if inside else None
        if f.pattern == "legal_name" and first and first[0] == f.start and first[2] == "ORG":
            entity_id = first[3]
        else:
            entity_id = _discover(f, discovered)
        spans[lo:hi] = [(f.start, f.end, f.type, entity_id)]


def _discover(found: Found, discovered: dict[str, Entity]) -> str:
    kind = {"PRODUCT": "product", "LAW": "law", "ORG": "org", "PERSON": "person"}.get(found.type, "entity")
    entity_id = discovered_id(kind, found.name)
    fact = {"maker_code": "made_by", "model_after_line": "made_by", "unit_of_organization": "part_of"}.get(found.pattern)
    facts = {fact: found.anchor} if fact and found.anchor else {}
    discovered.setdefault(entity_id, Entity(entity_id, found.type, found.name, found.name if found.name.isascii() else "",
                                            facts=facts, discovered=True))
    return entity_id

