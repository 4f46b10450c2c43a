"""Choose between entities that share a name (商务部, BIS) from context cues.

Each claimant lists cue words in the dictionary. The nearest cue in the same
sentence decides; without one, the cues of the whole article decide (its
focus); without any, the first-declared entity wins.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from typing import Mapping

import ahocorasick

from kg.ingest.normalize import ScriptConverter
from kg.model import Entity
from kg.recognize.lexicon import normalize_name
from kg.recognize.matcher import Candidate, lower_same_length

__all__ = ["CueIndex", "build_cue_index", "resolve"]

_SENTENCE_END = re.compile(r"[。!?！？;；\n]")


@dataclass(frozen=True)
class CueIndex:
    """An automaton of every cue word, each pointing at the entities it favours."""

    automaton: ahocorasick.Automaton | None

    def find(self, text: str) -> list[tuple[int, int, tuple[str, ...]]]:
        if self.automaton is None:
            return []
        return [(end + 1 - length, end + 1, ids)
                for end, (length, ids) in self.automaton.iter(lower_same_length(text))]


def build_cue_index(entities: Mapping[str, Entity], converter: ScriptConverter) -> CueIndex:
    table: dict[str, list[str]] = {}
    for entity in entities.values():
        for cue in entity.cues:
            key = normalize_name(cue, converter)
            if key and entity.id not in table.setdefault(key, []):
                table[key].append(entity.id)
    if not table:
        return CueIndex(None)
    automaton = ahocorasick.Automaton()
    for key, ids in table.items():
        automaton.add_word(key, (len(key), tuple(ids)))
    automaton.make_automaton()
    return CueIndex(automaton)


def resolve(candidates: list[Candidate], text: str, cues: CueIndex) -> list[tuple[Candidate, str]]:
    """Pick one entity for every candidate; unambiguous ones keep theirs."""
    if all(len(c.entity_ids) == 1 for c in candidates):
        return [(c, c.entity_ids[0]) for c in candidates]
    occurrences = cues.find(text)
    article_votes: Counter[str] = Counter(i for _, _, ids in occurrences for i in ids)
    boundaries = [m.start() for m in _SENTENCE_END.finditer(text)]
    chosen = []
    for cand in candidates:
        if len(cand.entity_ids) == 1:
            chosen.append((cand, cand.entity_ids[0]))
            continue
        chosen.append((cand, _choose(cand, occurrences, boundaries, article_votes)))
    return chosen


def _choose(cand: Candidate, occurrences, boundaries: list[int], article_votes: Counter) -> str:
    index = bisect.bisect_left(boundaries, cand.start)
    sentence_start = boundaries[index - 1] + 1 if index > 0 else 0
    sentence_end = boundaries[index] if index < len(boundaries) else float("inf")
    best: tuple[int, int] | None = None
    winner = None
    for start, end, ids in occurrences:
        if start < cand.end and end > cand.start:  # a cue inside the name itself says nothing
            continue
        if start < sentence_start or end > sentence_end:
            continue
        distance = cand.start - end if end <= cand.start else start - cand.end
        for order, entity_id in enumerate(cand.entity_ids):
            if entity_id in ids and (best is None or (distance, order) < best):
                best, winner = (distance, order), entity_id
    if winner is not None:
        return winner
    votes = [(article_votes[i], -order, i) for order, i in enumerate(cand.entity_ids)]
    return max(votes)[2]
