"""Character-level folding for matching: width, middle dots, corner quotes, script, spaces."""
from __future__ import annotations

import re

import opencc

from kg.ingest.textmap import Edit, MappedText

__all__ = ["fold_characters", "is_latin_word_char", "lower_same_length", "space_edits", "ScriptConverter"]

# Full-width ASCII (Ｈ２０) and the ideographic space fold to plain ASCII, one for one.
_WIDTH_TABLE = {**{cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}, 0x3000: 0x20}
# Western names are written with any of these between given and family name.
_DOTS = "・·•‧･∙⋅"
_DOT_TABLE = {ord(ch): "·" for ch in _DOTS}
# Taiwan papers also join a name's parts with a full-width full stop (蓋瑞．迪克森), which elsewhere folds to ".".
_NAME_FULL_STOP = re.compile("(?<=[\u4e00-\u9fff])．(?=[\u4e00-\u9fff])")
# Taiwan and Hong Kong quote with corner brackets where the mainland writes “” and ‘’: one
# form for the rules (“我们反对。”他说 and 「我们反对。」他说 read alike).
_CORNER_QUOTES = {ord("「"): "“", ord("」"): "”", ord("『"): "‘", ord("』"): "’"}
_FOLD_TABLE = {**_WIDTH_TABLE, **_DOT_TABLE, **_CORNER_QUOTES}
_FOLDABLE = re.compile("[\uff01-\uff5e\u3000" + _DOTS + "「」『』]")
# Characters t2s folds although mainland text keeps them in names: 昇腾 (Ascend)
# would become 升腾, the everyday word for "rising".
_KEEP_CHARS = "昇"
_KEEP = re.compile(f"[{_KEEP_CHARS}]")
# A run of spaces starting with any of them; a lone plain space is left alone.
# A character class first lets the regex engine skip to candidates quickly.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\ufeff\r][ \t\u00a0\u2000-\u200b\u202f\u205f\ufeff]*")


def fold_characters(text: str) -> str:
    """Full-width ASCII to ASCII (Ｈ２０，→ H20,), the dots between a Western name's parts to ·, and
    corner quotes (「」『』) to “” and ‘’: one for one, so offsets hold.

    Chinese text is full of full-width punctuation (every ，), so each distinct
    foldable character is replaced throughout at C speed rather than each
    occurrence through a Python callback.

    Example:
        >>> fold_characters("Ｈ２０，约翰・纽菲尔「思元590」蓋瑞．迪克森")
        'H20,约翰·纽菲尔“思元590”蓋瑞·迪克森'
    """
    if "．" in text:
        text = _NAME_FULL_STOP.sub("·", text)
    for ch in set(_FOLDABLE.findall(text)):
        text = text.replace(ch, ch.translate(_FOLD_TABLE))
    return text


def is_latin_word_char(ch: str) -> bool:
    """Whether ``ch`` is a letter or digit of a Latin word (cleaned text has folded full-width ones);
    False for the empty string, so a slice past either end may be passed.

    Example:
        >>> [is_latin_word_char(c) for c in ("A", "9", "中", " ", "")]
        [True, True, False, False, False]
    """
    return ch.isascii() and ch.isalnum()


def lower_same_length(text: str) -> str:
    """Lower-case without changing length (İ lowers to two characters), so offsets still hold.

    Example:
        >>> lower_same_length("AMD İ")
        'amd İ'
    """
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def space_edits(text: str) -> list[Edit]:
    """Runs of spaces, tabs and odd spaces become one space; carriage returns go."""
    return [(m.start(), m.end(), "" if m.group() == "\r" else " ") for m in _SPACES.finditer(text) if m.group() != " "]


class ScriptConverter:
    """Traditional → simplified with OpenCC, keeping the offset map.

    OpenCC converts phrase by phrase and nearly always keeps the length; a line
    whose length changes is converted character by character instead, so every
    character still knows where it came from.
    """

    def __init__(self, config: str = "t2s"):
        self._converter = opencc.OpenCC(config)

    def convert(self, text: str) -> str:
        converted = self._converter.convert(text)
        if len(converted) == len(text):
            for m in _KEEP.finditer(text):
                converted = converted[:m.start()] + m.group() + converted[m.end():]
        return converted

    def __call__(self, mapped: MappedText) -> MappedText:
        converted = self.convert(mapped.text)
        if len(converted) == len(mapped.text):
            return mapped.replace_same_length(converted)
        edits: list[Edit] = []
        pos = 0
        for line in mapped.text.split("\n"):
            new_line = self.convert(line)
            if len(new_line) == len(line):
                if new_line != line:
                    edits.append((pos, pos + len(line), new_line))
            else:
                for i, ch in enumerate(line):
                    new_ch = self.convert(ch)
                    if new_ch != ch:
                        edits.append((pos + i, pos + i + 1, new_ch))
            pos += len(line) + 1
        return mapped.apply(edits)

