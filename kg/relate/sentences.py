"""Split normalized text into sentences and clauses, Chinese punctuation aware."""
from __future__ import annotations

import re
from typing import Iterator

__all__ = ["sentences", "clauses"]

# A sentence ends at 。!? (and their full-width forms, already folded) or a line
# break; a closing quote or bracket right after the mark stays with the sentence.
# A ! or ? glued to a Latin letter or digit is no end: it is a mis-decoded
# character (當?shù)貢r間) or part of a name (Yahoo!).
_SENTENCE = re.compile(r"(?:[^。!?\n]|[!?](?=[A-Za-z0-9]))*(?:[。!?]+[”’\"'」』)）]*|\n|$)")
# Clauses split at commas, semicolons and colons; 、 joins list items and does not split.
_CLAUSE = re.compile(r"[^,;:，；：]*(?:[,;:，；：]|$)")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the non-blank sentences of ``text``.

    Example:
        >>> t = "美国限制H20。“我们反对!”他说。當?shù)貢r間1月13日,BIS发布规则。"
        >>> [t[s:e] for s, e in sentences(t)]
        ['美国限制H20。', '“我们反对!”', '他说。', '當?shù)貢r間1月13日,BIS发布规则。']
    """
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the clauses of ``text[start:end]``."""
    for m in _CLAUSE.finditer(text, start, end):
        if m.end() > m.start():
            yield m.start(), m.end()
