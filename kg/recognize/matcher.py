"""Dictionary matching with an Aho–Corasick automaton: linear in the text.

Keys are normalized names (see ``normalize_name``); the text is the
document's normalized text, lower-cased. Latin names match only at token
boundaries, short acronyms only in their own case, a name never ends where its
last character starts a longer word (商务部|门) nor stands where it straddles two
common words (欧美|国家 holds no 美国), and the longest match wins where names overlap. A name
also matches as Taiwan's papers write it (晶片安全法 for 芯片安全法, 海光资讯 for 海光信息).

The automaton is ahocorasick_rs (Rust): its leftmost-longest scan runs at
about 85 MB/s on Chinese text here, four times pyahocorasick's, and the
matches come back as one list instead of one Python call each.
"""
from __future__ import annotations

import itertools
import math
import re
from typing import Iterator, Mapping, NamedTuple, Sequence

import ahocorasick_rs
import opencc

from kg.ingest.normalize import ScriptConverter, is_latin_word_char, lower_same_length
from kg.model import Entity
from kg.recognize.lexicon import normalize_name

__all__ = ["Span", "Matches", "Matcher", "build_matcher", "compile_automaton"]

_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9&.\-]{0,3}$")
_LATIN_SEPARATORS = re.compile(r"[ \-]")
_SPACES_RE = re.compile(r"\s+")

Span = tuple[int, int, str, str]  # (start, end, entity type, entity id) in Document.text


class Matches(NamedTuple):
    """What the dictionary found in a text, in order, before shared names are settled."""

    spans: list[Span]  # a shared name (商务部) carries its first-declared claimant for now
    shared: list[tuple[int, tuple[str, ...]]]  # (index in spans, every claimant) of each shared name


class _Checks(NamedTuple):
    """What a name must pass beyond being found; most Chinese names need none."""

    exact: tuple[str, ...]  # case-sensitive forms; empty when any case matches
    latin_start: bool
    latin_end: bool
    vetoed_by: str  # characters that, right after the name, make it part of a longer word
    # Where jieba's segmenter would read two words across the name (欧美|国家): what a character
    # before it adds (kg.recognize.jieba_words.straddle_scores), what one after it adds, and the
    # score the two must beat; None for a name it cannot straddle.
    straddle: "tuple[Mapping[str, float], Mapping[str, float], float] | None"


_NO_CHECKS = _Checks((), False, False, "", None)

# entity ids, the first one's type, checks (None: nothing to check)
_Key = tuple[tuple[str, ...], str, "_Checks | None"]


def compile_automaton(keys: Sequence[str], overlapping: bool = False, dfa: bool = False) -> ahocorasick_rs.AhoCorasick:
    """An automaton over ``keys``: leftmost-longest, or every match when ``overlapping``.

    ``dfa`` for a few hundred keys: it builds in milliseconds and scans overlapping matches
    about 2.5 times faster than the NFA.
    """
    kind = ahocorasick_rs.MatchKind.Standard if overlapping else ahocorasick_rs.MatchKind.LeftmostLongest
    # The contiguous NFA builds in ~30 ms for our ~8,000 keys (a DFA takes 200 ms)
    # and scans nearly as fast; the automaton cannot be pickled, so it is built at load.
    implementation = ahocorasick_rs.Implementation.DFA if dfa else ahocorasick_rs.Implementation.ContiguousNFA
    return ahocorasick_rs.AhoCorasick(keys, matchkind=kind, implementation=implementation)


class Matcher:
    """Finds every dictionary name in a text in one pass."""

    def __init__(self, keys: Sequence[str], payloads: Sequence[_Key]):
        self._keys = tuple(keys)
        self._payloads = tuple(payloads)
        self._automaton = compile_automaton(self._keys)

    def __reduce__(self):
        return Matcher, (self._keys, self._payloads)

    def find(self, text: str, folded: str | None = None) -> Matches:
        """The leftmost-longest names in ``text`` that respect boundaries, case and vetoes.

        ``folded`` is ``lower_same_length(text)`` when the caller already has it.
        """
        if folded is None:
            folded = lower_same_length(text)
        found = Matches([], [])
        self._accept(text, folded, self._automaton.find_matches_as_indexes(folded), 0, found)
        return found

    def _accept(self, text: str, folded: str, matches, offset: int, found: Matches) -> None:
        # One Python step per match and no object beyond the span tuple: this loop
        # runs once for every name in every document.
        spans, shared, payloads = found.spans, found.shared, self._payloads
        for index, start, end in matches:
            entity_ids, entity_type, checks = payloads[index]
            if offset:
                start += offset
                end += offset
            if checks is None or _passes(checks, text, folded, start, end):
                if len(entity_ids) > 1:
                    shared.append((len(spans), entity_ids))
                spans.append((start, end, entity_type, entity_ids[0]))
            elif _vetoed(checks, text, end) or _glued_to_latin(checks, folded, end):
                # 美国商务部|门: the longest name is refused, a shorter one inside may stand (美国); so
                # may a line's name in a model the dictionary lacks (昇腾910|D: 昇腾, and its model after).
                inner = self._automaton.find_matches_as_indexes(folded[start:end - 1])
                self._accept(text, folded, inner, start, found)


def _passes(checks: _Checks, text: str, folded: str, start: int, end: int) -> bool:
    """Latin names at token boundaries, acronyms in their case, no veto by the next character."""
    n = len(text)
    if checks.latin_start and start > 0 and is_latin_word_char(folded[start - 1]):
        return False
    if _glued_to_latin(checks, folded, end):
        return False
    if checks.exact and text[start:end] not in checks.exact:
        return False
    if checks.straddle is not None and 0 < start and end < n:
        before, after, threshold = checks.straddle
        if before.get(text[start - 1], -math.inf) + after.get(text[end], -math.inf) > threshold:
            return False  # 欧美|国家, 违法|国际, 今日|本周: two words, no 美国, 法国 or 日本
    return not _vetoed(checks, text, end)


def _glued_to_latin(checks: _Checks, folded: str, end: int) -> bool:
    """A name that ends in a Latin letter or a digit runs on into the next character (H20|0)."""
    return checks.latin_end and end < len(folded) and is_latin_word_char(folded[end])


def _vetoed(checks: _Checks, text: str, end: int) -> bool:
    """The next character makes the name part of a longer word (商务部|门)."""
    return bool(checks.vetoed_by) and end < len(text) and text[end] in checks.vetoed_by


def build_matcher(entities: Mapping[str, Entity], converter: ScriptConverter,
                  not_before: Mapping[str, str] | None = None,
                  straddles: tuple[Mapping[str, float], Mapping[str, Mapping[str, float]],
                                   Mapping[str, Mapping[str, float]]] = ({}, {}, {})) -> Matcher:
    """Compile every name of every entity into one automaton.

    ``not_before`` maps a name's last character to the characters that veto
    the name when they follow it (``patterns.yaml``); ``straddles`` are the scores
    that tell a name read across two words (kg.recognize.jieba_words.straddle_scores).
    """
    not_before = not_before or {}
    thresholds, straddled_before, straddled_after = straddles
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
    for key, entity_id in _with_country(entities, converter):
        if key not in table:  # a name of its own stays the name of whatever owns it
            table[key] = {"ids": [entity_id], "exact": set(), "any_case": True}
    for key, slot in list(table.items()):
        variant = _taiwan_variant(key, converter) if len(slot["ids"]) == 1 else None
        if variant is not None and variant not in table:
            table[variant] = {"ids": slot["ids"], "exact": set(), "any_case": True}
    keys = sorted(table)
    payloads = []
    for key in keys:
        slot = table[key]
        straddle = (straddled_before[key[0]], straddled_after[key[-1]], thresholds[key]) if key in thresholds else None
        checks = _Checks(() if slot["any_case"] else tuple(sorted(slot["exact"])), is_latin_word_char(key[0]),
                         is_latin_word_char(key[-1]), not_before.get(key[-1], ""), straddle)
        payloads.append((tuple(slot["ids"]), entities[slot["ids"][0]].type, None if checks == _NO_CHECKS else checks))
    return Matcher(keys, payloads)


def _with_country(entities: Mapping[str, Entity], converter: ScriptConverter) -> Iterator[tuple[str, str]]:
    """An agency's Chinese names glued to its country's name or to a body it is part of (美国 +
    众议院中国特别委员会, 美国国会 + 众议院), or to another name of its country as a place (大陆 +
    商务部), as keys.

    The news writes them as one name, which the guidelines annotate as one mention (the longest
    name, as 美国商务部工业与安全局); matched leftmost-longest without it, the outer body's own
    longer name would win (美国众议院 | 中国 | …, 美国国会 | 众议院).
    """
    for entity in entities.values():
        if entity.type != "AGENCY":
            continue
        country = entities.get(entity.facts.get("country", ""))
        lead = normalize_name(country.name, converter) if country is not None else ""
        keys = [key for key in (normalize_name(name, converter) for name in entity.names) if key and not key[0].isascii()]
        for prefix in _outer_names(entity, entities, converter, _OUTER_DEPTH):
            if not prefix.startswith(lead):
                continue  # 国会 alone is any country's: 波兰国会参议院 holds no US 国会参议院
            for key in keys:
                if not key.startswith(prefix):
                    yield prefix + key, entity.id
        # the country's other names as a place glue to the agency's own names, its country's taken
        # off (大陆 + 商务部, 南韩 + 韩国外交部 less 韩国)
        bare = {key[len(lead):] if lead and key.startswith(lead) else key for key in keys}
        for other in _place_names(country, converter) if country is not None else ():
            for key in bare:
                if key and not key.startswith(other):
                    yield other + key, entity.id


def _place_names(country: Entity, converter: ScriptConverter) -> set[str]:
    """The Chinese aliases of ``country`` that name it as a place, as keys: they may stand glued
    before its agencies (大陆 + 商务部, 南韩 + 海关); not those that name its government or its side
    (美方, 中国政府, 大陆当局)."""
    keys = (normalize_name(name, converter) for name in country.names[1:])
    return {key for key in keys if key and not key[0].isascii() and not key.endswith(_GOVERNMENT_ENDINGS)}


# What ends a country's name for its government or its side (中方, 美国政府, 港府, 台湾当局, 日本方面)
_GOVERNMENT_ENDINGS = ("方", "方面", "府", "当局")
_OUTER_DEPTH = 2  # bodies above an agency whose names may be glued before its own (国会 | 众议院 | 委员会)


def _outer_names(entity: Entity, entities: Mapping[str, Entity], converter: ScriptConverter,
                 depth: int) -> set[str]:
    """The names that may stand glued before ``entity``'s: its country's, and those of the agency
    it is part of, alone and after what may stand before that agency's (美国 + 国会), ``depth`` up."""
    names = set()
    country = entities.get(entity.facts.get("country", ""))
    if country is not None:
        names.add(normalize_name(country.name, converter))
    parent = entities.get(entity.facts.get("part_of", ""))
    if depth and parent is not None and parent.type == "AGENCY" and parent.id != entity.id:
        own = {key for key in (normalize_name(n, converter) for n in parent.names) if key and not key[0].isascii()}
        outer = _outer_names(parent, entities, converter, depth - 1)
        # the outer body's own outer names too: the agency's name may hold its parent's (美国国会 |
        # 参议院商务委员会)
        names |= own | outer | {before + key for before in outer for key in own if not key.startswith(before)}
    return names


# OpenCC's phrase tables between the mainland's words and Taiwan's (芯片/晶片, 信息/资讯, 网络/网路).
_TO_TAIWAN = opencc.OpenCC("s2twp")
_FROM_TAIWAN = opencc.OpenCC("tw2sp")
_TAIWAN_MIN_CHARS = 3  # a shorter variant is too often another word or name (乍得 → 查德)


def _taiwan_variant(key: str, converter: ScriptConverter) -> str | None:
    """A key as Taiwan's papers word it, in simplified characters (芯片安全法 → 晶片安全法), when
    OpenCC's tables change a word of it, keep its length and map it back to the same key: a phrase
    they split wrongly (安全局 read across 全局) changes the length or does not come back."""
    taiwan = _TO_TAIWAN.convert(key)
    variant = converter.convert(taiwan)
    if variant == key or len(variant) != len(key) or len(variant) < _TAIWAN_MIN_CHARS \
            or converter.convert(_FROM_TAIWAN.convert(taiwan)) != key:
        return None
    return variant


_SCRIPT_BOUNDARY = re.compile(r"(?<=[A-Za-z0-9])(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])")


def _variants(name: str) -> Iterator[str]:
    """A Latin name with spaces or hyphens also matches with either, or with none; a name where Latin
    and Chinese meet also matches with a space there, as Taiwan's papers write it (SK 海力士, 昇腾 910B)."""
    yield name
    if " " not in name and _SCRIPT_BOUNDARY.search(name):
        yield _SCRIPT_BOUNDARY.sub(" ", name)
    parts = _LATIN_SEPARATORS.split(name.strip())
    if len(parts) < 2 or len(parts) > 4 or not all(p.isascii() for p in parts):
        return
    for joins in itertools.product((" ", "-", ""), repeat=len(parts) - 1):
        yield parts[0] + "".join(j + p for j, p in zip(joins, parts[1:]))

