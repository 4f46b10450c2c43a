"""Recognize: find entity mentions in a Document with the dictionaries and patterns.

``Recognizer.load(dictionaries)`` builds (or takes from the cache) the
automaton; ``recognizer.recognize(doc)`` returns mentions with offsets into
the original text, sorted by (start, -end).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from kg.cache import cached
from kg.errors import DictionaryError
from kg.ingest.normalize import ScriptConverter
from kg.model import Document, Entity, Mention
from kg.recognize.disambiguate import CueIndex, build_cue_index, resolve
from kg.recognize.lexicon import Lexicon, check_entities, dictionaries_digest, load_lexicon, normalize_name
from kg.recognize.matcher import Matcher, build_matcher, lower_same_length
from kg.recognize.patterns import (
    Found,
    PatternRules,
    discovered_id,
    find_maker_codes,
    find_titled,
    find_titled_people,
    load_pattern_rules,
)

__all__ = ["Recognizer", "Recognition", "Lexicon", "load_lexicon", "check_entities", "normalize_name"]

_Span = tuple[int, int, str, str]  # (start, end, type, entity id) in Document.text


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
    def load(cls, dictionaries: Path, cache_dir: Path | None = None) -> "Recognizer":
        """Load the dictionaries and build the matcher, reusing a cached build of the same files.

        Raises:
            DictionaryError: a dictionary or pattern file is invalid.
        """
        dictionaries = Path(dictionaries)
        if not dictionaries.is_dir():
            raise DictionaryError(f"{dictionaries}: dictionaries folder not found; pass --dictionaries DIR")

        def build():
            converter = ScriptConverter()
            lexicon = load_lexicon(dictionaries)
            patterns = load_pattern_rules(dictionaries / "patterns.yaml")
            return (lexicon, build_matcher(lexicon.entities, converter, patterns.not_before),
                    build_cue_index(lexicon.entities, converter), patterns)

        return cls(*cached(cache_dir, "recognizer", _cache_key(dictionaries), build))

    def recognize(self, doc: Document) -> Recognition:
        """Find the mentions in ``doc``; never mutates it."""
        text = doc.text
        entities = self.lexicon.entities
        folded = lower_same_length(text)
        candidates = self.matcher.candidates(text, folded)
        spans: list[_Span] = [(c.start, c.end, entities[i].type, i)
                              for c, i in resolve(candidates, text, self.cues, folded)]
        discovered: dict[str, Entity] = {}
        spans = self._apply_titles(text, spans, discovered)
        for finder in (find_maker_codes, find_titled_people):
            spans = _add_found(spans, finder(text, spans, self.patterns), discovered)
        mentions = []
        for start, end, entity_type, entity_id in sorted(spans, key=lambda s: (s[0], -s[1])):
            o_start, o_end = doc.to_original(start, end)
            source = "pattern" if entity_id in discovered else "dict"
            mentions.append(Mention(o_start, o_end, doc.original[o_start:o_end], entity_type, entity_id,
                                    source, start, end))
        used = {m.entity_id for m in mentions}
        named = {i: discovered.get(i) or entities[i] for i in sorted(used)}
        return Recognition(tuple(mentions), named)

    def _apply_titles(self, text: str, spans: list[_Span], discovered: dict[str, Entity]) -> list[_Span]:
        """A 《》 title is one name: what the dictionary found inside it gives way."""
        for found in find_titled(text, self.patterns):
            inner_start, inner_end = (found.start + 1, found.end - 1) if found.type == "LAW" else (found.start, found.end)
            inside = [s for s in spans if s[0] >= inner_start - 1 and s[1] <= inner_end + 1]
            exact = [s for s in inside if s[0] in (inner_start, inner_start - 1) and s[1] in (inner_end, inner_end + 1)
                     and s[2] == found.type]
            rest = [s for s in spans if s not in inside]
            if exact:
                entity_id = exact[0][3]
            else:
                entity_id = _discover(found, discovered)
            spans = rest + [(found.start, found.end, found.type, entity_id)]
        return spans


def _cache_key(dictionaries: Path) -> str:
    """The dictionaries' hash plus a hash of the code that builds from them."""
    import hashlib

    code = hashlib.sha256()
    for module in sorted(Path(__file__).resolve().parent.parent.glob("[ir]*/*.py")):
        code.update(module.read_bytes())
    return dictionaries_digest(dictionaries) + code.hexdigest()[:16]


def _add_found(spans: list[_Span], found: list[Found], discovered: dict[str, Entity]) -> list[_Span]:
    """Add the pattern finds that overlap no span already taken."""
    if not found:
        return spans
    taken = bytearray(max(max(s[1] for s in spans) if spans else 0, max(f.end for f in found)))
    for start, end, _, _ in spans:
        taken[start:end] = b"\x01" * (end - start)
    result = list(spans)
    for f in found:
        if taken.find(1, f.start, f.end) != -1:
            continue
        result.append((f.start, f.end, f.type, _discover(f, discovered)))
        taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    return result


def _discover(found: Found, discovered: dict[str, Entity]) -> str:
    kind = {"PRODUCT": "product", "LAW": "law", "ORG": "org", "PERSON": "person"}.get(found.type, "entity")
    entity_id = discovered_id(kind, found.name)
    facts = {"made_by": found.anchor} if found.pattern == "maker_code" and found.anchor else {}
    discovered.setdefault(entity_id, Entity(entity_id, found.type, found.name, found.name if found.name.isascii() else "",
                                            facts=facts, discovered=True))
    return entity_id

