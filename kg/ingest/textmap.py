"""Text that remembers, for every character, the span of the original it came from."""
from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import Iterable

__all__ = ["MappedText", "Edit"]

Edit = tuple[int, int, str]  # replace text[start:end] with the string

# Offsets as 32-bit ints: half the memory of "l" for a large page, and no text
# that fits in memory has 2**31 characters. Never modified: a read-only table.
_COUNTING = array("i", range(1 << 17))


def _counting(n: int) -> array:
    """0, 1, 2, … n-1: sliced from a fixed table (slicing is a memory copy, range() is not);
    built afresh for the rare text longer than the table."""
    return _COUNTING[:n] if n <= len(_COUNTING) else array("i", range(n))


@dataclass(frozen=True, slots=True)
class MappedText:
    """``text[i]`` came from ``original[starts[i]:ends[i]]``."""

    text: str
    starts: array
    ends: array

    @classmethod
    def identity(cls, text: str) -> "MappedText":
        n = len(text)
        counting = _counting(n + 1)
        return cls(text, counting[:n], counting[1:n + 1])

    def apply(self, edits: Iterable[Edit]) -> "MappedText":
        """Return a new text with the edits made; they must be sorted and not overlap.

        A replacement as long as what it replaces maps character by character
        (full-width Ｈ → H keeps its own offset); any other replacement maps
        every new character to the whole replaced span.

        Example:
            >>> t = MappedText.identity("產(chǎn)業").apply([(1, 7, "")])
            >>> t.text, list(t.starts), list(t.ends)
            ('產業', [0, 7], [1, 8])
        """
        text, starts, ends = self.text, self.starts, self.ends
        pieces: list[str] = []
        new_starts, new_ends = array("i"), array("i")
        pos = 0
        for start, end, replacement in edits:
            if start < pos:
                raise ValueError(f"overlapping edit at {start}")
            pieces.append(text[pos:start])
            new_starts.extend(starts[pos:start])
            new_ends.extend(ends[pos:start])
            if replacement:
                pieces.append(replacement)
                if len(replacement) == end - start:
                    new_starts.extend(starts[start:end])
                    new_ends.extend(ends[start:end])
                else:
                    span_start = starts[start] if start < len(text) else (ends[-1] if len(ends) else 0)
                    span_end = ends[end - 1] if end > start else span_start
                    new_starts.extend([span_start] * len(replacement))
                    new_ends.extend([span_end] * len(replacement))
            pos = end
        if pos == 0 and not pieces:
            return self
        pieces.append(text[pos:])
        new_starts.extend(starts[pos:])
        new_ends.extend(ends[pos:])
        return MappedText("".join(pieces), new_starts, new_ends)

    def replace_same_length(self, new_text: str) -> "MappedText":
        """A character-for-character rewrite (case or script folding) keeps the map."""
        if len(new_text) != len(self.text):
            raise ValueError("length changed")
        return MappedText(new_text, self.starts, self.ends)
