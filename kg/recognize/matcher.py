"""Dictionary matching with an Aho–Corasick automaton: linear in the text.

Keys are normalized names (see ``normalize_name``); the text is the
document's normalized text, lower-cased. Latin names match only at token
boundaries, short acronyms only in their own case, and the longest match
wins where names overlap.
"""
from __future__ import annotations

import itertools
import re
from typing import Iterable, Iterator, Mapping, NamedTuple

import ahocorasick

from kg.ingest.normalize import ScriptConverter
from kg.model import Entity
from kg.recognize.lexicon import normalize_name

__all__ = ["Candidate", "Matcher", "build_matcher", "prefer_longest", "lower_same_length"]

_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9&.\-]{0,3}$")
_LATIN_SEPARATORS = re.compile(r"[ \-]")


class Candidate(NamedTuple):
    """A dictionary name found in the text, before ambiguity is settled.

    A named tuple, not a frozen dataclass: one is made per match on the hot path.
    """

    start: int  # into Document.text
    end: int
    entity_ids: tuple[str, ...]  # more than one when the name is shared (商务部)


class _Key(NamedTuple):
    length: int
    entity_ids: tuple[str, ...]
    exact: tuple[str, ...]  # case-sensitive forms; empty when any case matches
    latin_start: bool
    latin_end: bool


class Matcher:
    """Finds every dictionary name in a text in one pass."""

    def __init__(self, automaton: ahocorasick.Automaton):
        self._automaton = automaton

    def candidates(self, text: str) -> list[Candidate]:
        """The leftmost-longest matches in ``text`` that respect boundaries and case."""
        folded = lower_same_length(text)
        found = []
        n = len(text)
        # iter_long yields leftmost-longest matches in C: the overlap policy's own
        # choice, so the Python loop only checks boundaries and case.
        for end_index, (length, entity_ids, exact, latin_start, latin_end) in self._automaton.iter_long(folded):
            end = end_index + 1
            start = end - length
            if latin_start and start > 0 and _is_latin_word_char(folded[start - 1]):
                continue
            if latin_end and end < n and _is_latin_word_char(folded[end]):
                continue
            if exact and text[start:end] not in exact:
                continue
            found.append(Candidate(start, end, entity_ids))
        return found


def build_matcher(entities: Mapping[str, Entity], converter: ScriptConverter) -> Matcher:
    """Compile every name of every entity into one automaton."""
    table: dict[str, dict] = {}
    for entity in entities.values():
        for name in entity.names:
            for variant in _variants(name):
                key = normalize_name(variant, converter)
                if len(key) < 2:
                    continue
                slot = table.setdefault(key, {"ids": [], "exact": set(), "any_case": False})
                if entity.id not in slot["ids"]:
                    slot["ids"].append(entity.id)
                shown = _SPACES_RE.sub(" ", variant.strip())
                if _ACRONYM.match(shown):
                    slot["exact"].add(normalize_name(shown, converter).upper()
                                      if shown.isupper() else shown)
                else:
                    slot["any_case"] = True
    automaton = ahocorasick.Automaton()
    for key, slot in table.items():
        exact = () if slot["any_case"] else tuple(sorted(slot["exact"]))
        automaton.add_word(key, _Key(len(key), tuple(slot["ids"]), exact,
                                     _is_latin_word_char(key[0]), _is_latin_word_char(key[-1])))
    automaton.make_automaton()
    return Matcher(automaton)


_SPACES_RE = re.compile(r"\s+")


def _variants(name: str) -> Iterator[str]:
    """A Latin name with spaces or hyphens also matches with either, or with none."""
    yield name
    parts = _LATIN_SEPARATORS.split(name.strip())
    if len(parts) < 2 or len(parts) > 4 or not all(p.isascii() for p in parts):
        return
    for joins in itertools.product((" ", "-", ""), repeat=len(parts) - 1):
        yield parts[0] + "".join(j + p for j, p in zip(joins, parts[1:]))


def prefer_longest(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Resolve overlaps: leftmost, then longest, wins; the others are dropped.

    Example:
        >>> a, b = Candidate(0, 5, ("us_commerce",)), Candidate(0, 2, ("usa",))
        >>> prefer_longest([b, a]) == [a]
        True
    """
    chosen: list[Candidate] = []
    last_end = -1
    for cand in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if cand.start >= last_end:
            chosen.append(cand)
            last_end = cand.end
    return chosen


def lower_same_length(text: str) -> str:
    """Lower-case without changing length (İ lowers to two characters)."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _is_latin_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()
