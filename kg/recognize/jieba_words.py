"""What jieba's dictionary (a maintained word list with frequencies and parts of speech) says of words.

Four uses: a short form that is a common word or a place is no company's (长江 of 长江存储,
kg.recognize.short_forms), and a name that straddles two common words is no name (欧美|国家
holds no 美国, kg.recognize.matcher), and a common word after a title is no person (总统|尚未
决定), nor after what a company is a company (美国企业|普遍表示; kg.recognize.patterns), and no
organization's name opens with a common verb or time word (善用科技, 今年里根研究所).
"""
from __future__ import annotations

import math
import os
from typing import Collection

__all__ = ["JiebaDictionary", "read_dictionary", "common_words", "common_non_names", "common_verbs_and_times",
           "straddle_scores"]


JiebaDictionary = dict[str, tuple[int, str]]  # word -> (frequency, part of speech)


def read_dictionary() -> JiebaDictionary:
    """Every entry of jieba's dictionary; read once for everything a build asks of it."""
    import jieba

    entries: JiebaDictionary = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as lines:
        for line in lines:
            word, _, rest = line.partition(" ")
            frequency, _, tag = rest.partition(" ")
            entries[word] = (int(frequency), tag.strip())
    return entries


def common_words(words: set[str], min_frequency: int, dictionary: JiebaDictionary) -> set[str]:
    """Those of ``words`` that jieba's dictionary holds as places, or as frequent as ``min_frequency``."""
    return {word for word in words if word in dictionary
            and (dictionary[word][0] >= min_frequency or dictionary[word][1] == "ns")}


# Parts of speech of names: people's (nr, nrt transliterated, nrfg), places (ns), organizations (nt)
# and other proper nouns (nz).
_NAME_TAGS = ("nr", "ns", "nt", "nz")


def common_non_names(min_frequency: int, dictionary: JiebaDictionary) -> set[str]:
    """The words of two to four characters that jieba's dictionary holds as often as ``min_frequency``,
    other than as a name: 尚未, 应邀, 时期, 普遍, 负责人."""
    return {word for word, (frequency, tag) in dictionary.items()
            if 2 <= len(word) <= 4 and frequency >= min_frequency and not tag.startswith(_NAME_TAGS)}


# Parts of speech no organization's name opens with: verbs (v: 善用, 贩毒) and time words (t: 今年).
_NOT_OPENING_TAGS = ("v", "t")


def common_verbs_and_times(min_frequency: int, dictionary: JiebaDictionary) -> set[str]:
    """The two-character verbs and time words that jieba's dictionary holds as often as
    ``min_frequency``: a phrase that opens with one is no organization's name (善用科技, 今年里根研究所)."""
    return {word for word, (frequency, tag) in dictionary.items()
            if len(word) == 2 and frequency >= min_frequency and tag in _NOT_OPENING_TAGS}


def straddle_scores(names: Collection[str], margin: float, dictionary: JiebaDictionary) -> tuple[
        dict[str, float], dict[str, dict[str, float]], dict[str, dict[str, float]]]:
    """What jieba's segmenter would weigh where a two-character name of ``names`` that its dictionary
    holds is read across two words (欧美|国家 against 欧|美国|家), as log frequencies: for each such
    name, the score the two words must beat (the name's, plus ``margin`` in the name's favour); for
    its first character, what each character before it that makes a word with it adds (欧: 欧美
    over 欧 alone); for its last, what each character after it adds (家: 国家 over 家 alone)."""
    def log_frequency(word: str) -> float:
        return math.log(dictionary[word][0]) if word in dictionary else 0.0

    total = math.log(sum(count for count, _ in dictionary.values()))
    held = {name for name in names if len(name) == 2 and name in dictionary}
    firsts, lasts = {name[0] for name in held}, {name[1] for name in held}
    before: dict[str, dict[str, float]] = {}
    after: dict[str, dict[str, float]] = {}
    for word in dictionary:
        if len(word) != 2:
            continue
        if word[1] in firsts:
            before.setdefault(word[1], {})[word[0]] = log_frequency(word) - log_frequency(word[0])
        if word[0] in lasts:
            after.setdefault(word[0], {})[word[1]] = log_frequency(word) - log_frequency(word[1])
    thresholds = {name: log_frequency(name) - total + margin for name in held
                  if name[0] in before and name[1] in after}
    return thresholds, before, after
