"""Choose between entities that share a name (商务部, BIS) from context cues.

Each claimant lists cue words in the dictionary. A model number glued to the
name makes it a product's (麒麟9040); else the nearest cue in the same
sentence decides; without one, the claimant last named before it (中国商务部…
商务部); without that, the cues of the whole article decide (its focus);
without any, the first-declared entity wins.
"""
from __future__ import annotations

import operator
import re
from collections import Counter
from typing import Mapping, Sequence

from kg.ingest.normalize import ScriptConverter, lower_same_length
from kg.model import Entity
from kg.recognize.lexicon import normalize_name
from kg.recognize.matcher import Matches, Span, compile_automaton

__all__ = ["CueIndex", "build_cue_index", "resolve", "sentence_around"]

_SENTENCE_END = re.compile(r"[。!?！？;；\n]")
# Matched from a floor up to a name, greedy .* backtracks from the name to the
# last sentence end before it: the cost is the distance, not the text's length.
_UP_TO_LAST_SENTENCE_END = re.compile(r".*[。!?！？;；\n]", re.S)

_Cue = tuple[int, int, tuple[str, ...]]  # start, end, the entities it favours


class CueIndex:
    """An automaton of every cue word, each pointing at the entities it favours."""

    def __init__(self, keys: Sequence[str], favoured: Sequence[tuple[str, ...]]):
        self._keys = tuple(keys)
        self._favoured = tuple(favoured)
        self._automaton = compile_automaton(self._keys, overlapping=True) if self._keys else None

    def __reduce__(self):
        return CueIndex, (self._keys, self._favoured)

    def find(self, folded: str, start: int, end: int) -> list[_Cue]:
        """Every cue in ``folded[start:end]`` (lower-cased text), overlapping ones too."""
        if self._automaton is None:
            return []
        favoured = self._favoured
        matches = self._automaton.find_matches_as_indexes(folded[start:end], overlapping=True)
        return [(start + s, start + e, favoured[index]) for index, s, e in matches]

    def favours(self, folded: str, start: int, end: int, entity_id: str) -> bool:
        """Whether a cue in ``folded[start:end]`` favours ``entity_id``."""
        return any(entity_id in ids for _, _, ids in self.find(folded, start, end))

    def votes(self, folded: str) -> Counter[str]:
        """How many cues of the whole text favour each entity (the article's focus)."""
        if self._automaton is None:
            return Counter()
        # Counted by cue in C (itemgetter, Counter), then spread over the entities each favours.
        matches = self._automaton.find_matches_as_indexes(folded, overlapping=True)
        by_cue = Counter(map(operator.itemgetter(0), matches))
        votes: Counter[str] = Counter()
        for index, count in by_cue.items():
            for entity_id in self._favoured[index]:
                votes[entity_id] += count
        return votes


def build_cue_index(entities: Mapping[str, Entity], converter: ScriptConverter) -> CueIndex:
    table: dict[str, list[str]] = {}
    for entity in entities.values():
        for cue in entity.cues:
            key = normalize_name(cue, converter)
            if key and entity.id not in table.setdefault(key, []):
                table[key].append(entity.id)
    keys = sorted(table)
    return CueIndex(keys, [tuple(table[k]) for k in keys])


def resolve(matches: Matches, text: str, cues: CueIndex, entities: Mapping[str, Entity],
            folded: str | None = None) -> list[Span]:
    """The spans with every shared name settled on one entity (the others are unchanged).

    Only the sentences that hold a shared name are searched for cues; the whole
    article only when such a sentence has none.
    """
    spans = matches.spans
    if not matches.shared:
        return spans
    spans = list(spans)
    folded = lower_same_length(text) if folded is None else folded
    article_votes: Counter[str] | None = None
    shared = {index for index, _ in matches.shared}
    sentence_start = 0
    for index, claimants in matches.shared:
        start, end, _, _ = spans[index]
        # Shared names come in order: the last one's sentence start is a floor for this one's.
        sentence_start, sentence_end = sentence_around(text, start, end, sentence_start)
        # a model number glued to the name makes it a product line (麒麟9040: the chip, not 麒麟软件)
        winner = next((e for e in claimants if entities[e].type == "PRODUCT"), None) \
            if text[end:end + 1].isdigit() else None
        winner = winner or _nearest_cue(start, end, claimants, cues.find(folded, sentence_start, sentence_end)) \
            or _last_named(spans, index, claimants, shared)
        if winner is None:
            if article_votes is None:
                article_votes = cues.votes(folded)
            winner = max((article_votes[e], -order, e) for order, e in enumerate(claimants))[2]
        spans[index] = (start, end, entities[winner].type, winner)
    return spans


def _last_named(spans: list[Span], index: int, claimants: tuple[str, ...], shared: set[int]) -> str | None:
    """The claimant last named by a name of its own before the shared name at ``index`` (中国商务部…。10月4日,
    商务部发布公告: China's): a bare name refers back to the one just named. A shared name settled
    before counts for nothing (it may have been settled by the article's focus alone)."""
    return next((spans[i][3] for i in range(index - 1, -1, -1) if i not in shared and spans[i][3] in claimants), None)


def sentence_around(text: str, start: int, end: int, floor: int = 0) -> tuple[int, int]:
    """The bounds of the sentence that holds ``text[start:end]``, its start looked for from ``floor``."""
    before = _UP_TO_LAST_SENTENCE_END.match(text, floor, start)
    after = _SENTENCE_END.search(text, end)
    return (before.end() if before else floor), (after.start() if after else len(text))


def _nearest_cue(start: int, end: int, claimants: tuple[str, ...], occurrences: list[_Cue]) -> str | None:
    """The claimant favoured by the nearest cue outside the name; the first-declared breaks ties."""
    best: tuple[int, int] | None = None
    winner = None
    for cue_start, cue_end, ids in occurrences:
        if cue_start < end and cue_end > start:  # a cue inside the name itself says nothing
            continue
        distance = start - cue_end if cue_end <= start else cue_start - end
        for order, entity_id in enumerate(claimants):
            if entity_id in ids and (best is None or (distance, order) < best):
                best, winner = (distance, order), entity_id
    return winner
