"""Choose between entities that share a name (商务部, BIS) from context cues.

Each claimant lists cue words in the dictionary. The nearest cue in the same
sentence decides; without one, the cues of the whole article decide (its
focus); without any, the first-declared entity wins.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Mapping, Sequence

from kg.ingest.normalize import ScriptConverter
from kg.model import Entity
from kg.recognize.lexicon import normalize_name
from kg.recognize.matcher import Candidate, compile_automaton, lower_same_length

__all__ = ["CueIndex", "build_cue_index", "resolve"]

_SENTENCE_END = re.compile(r"[。!?！？;；\n]")

_Cue = tuple[int, int, tuple[str, ...]]  # start, end, the entities it favours


class CueIndex:
    """An automaton of every cue word, each pointing at the entities it favours."""

    def __init__(self, keys: Sequence[str], favoured: Sequence[tuple[str, ...]]):
        self._keys = tuple(keys)
        self._favoured = tuple(favoured)
        self._automaton = compile_automaton(self._keys, overlapping=True) if self._keys else None

    def __reduce__(self):
        return CueIndex, (self._keys, self._favoured)

    def find(self, folded: str) -> list[_Cue]:
        """Every cue in ``folded`` (lower-cased text), overlapping ones too, by start."""
        if self._automaton is None:
            return []
        favoured = self._favoured
        return sorted((start, end, favoured[index])
                      for index, start, end in self._automaton.find_matches_as_indexes(folded, overlapping=True))


def build_cue_index(entities: Mapping[str, Entity], converter: ScriptConverter) -> CueIndex:
    table: dict[str, list[str]] = {}
    for entity in entities.values():
        for cue in entity.cues:
            key = normalize_name(cue, converter)
            if key and entity.id not in table.setdefault(key, []):
                table[key].append(entity.id)
    keys = sorted(table)
    return CueIndex(keys, [tuple(table[k]) for k in keys])


def resolve(candidates: list[Candidate], text: str, cues: CueIndex,
            folded: str | None = None) -> list[tuple[Candidate, str]]:
    """Pick one entity for every candidate; unambiguous ones keep theirs."""
    if all(len(c.entity_ids) == 1 for c in candidates):
        return [(c, c.entity_ids[0]) for c in candidates]
    occurrences = cues.find(lower_same_length(text) if folded is None else folded)
    starts = [start for start, _, _ in occurrences]
    article_votes: Counter[str] = Counter(i for _, _, ids in occurrences for i in ids)
    boundaries = [m.start() for m in _SENTENCE_END.finditer(text)]
    chosen = []
    for cand in candidates:
        if len(cand.entity_ids) == 1:
            chosen.append((cand, cand.entity_ids[0]))
            continue
        index = bisect.bisect_left(boundaries, cand.start)
        sentence_start = boundaries[index - 1] + 1 if index > 0 else 0
        sentence_end = boundaries[index] if index < len(boundaries) else len(text)
        in_sentence = occurrences[bisect.bisect_left(starts, sentence_start):bisect.bisect_right(starts, sentence_end)]
        chosen.append((cand, _choose(cand, in_sentence, sentence_end, article_votes)))
    return chosen


def _choose(cand: Candidate, occurrences: list[_Cue], sentence_end: int, article_votes: Counter) -> str:
    best: tuple[int, int] | None = None
    winner = None
    for start, end, ids in occurrences:
        if start < cand.end and end > cand.start:  # a cue inside the name itself says nothing
            continue
        if end > sentence_end:
            continue
        distance = cand.start - end if end <= cand.start else start - cand.end
        for order, entity_id in enumerate(cand.entity_ids):
            if entity_id in ids and (best is None or (distance, order) < best):
                best, winner = (distance, order), entity_id
    if winner is not None:
        return winner
    votes = [(article_votes[i], -order, i) for order, i in enumerate(cand.entity_ids)]
    return max(votes)[2]
