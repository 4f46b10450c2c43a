"""Patterns for names the dictionaries lack: maker codes, 《》 titles, titled
people, people after an occupation, companies' legal names and units of known
organizations.

Each pattern reads the normalized text around mentions the dictionary found
and returns new spans with generated, stable ids.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.datafile import read_yaml, word_pattern
from kg.errors import DictionaryError
from kg.model import ENTITY_TYPES
from kg.recognize.matcher import Span

__all__ = ["PatternRules", "Found", "load_pattern_rules", "find_maker_codes", "find_titled",
           "find_titled_people", "find_occupied_people", "find_legal_names", "find_sub_units", "find_line_models",
           "discovered_id"]

_LATIN_NAME = re.compile(r" ?([A-Z][a-z]+(?:[ -][A-Z][a-z'’]+){1,2})(?![A-Za-z])")
_TRANSLITERATED = re.compile(r"([\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})?)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NEVER = re.compile(r"$^")
_LEGAL_NAME_CHARS = re.compile(r"[\u4e00-\u9fff()（）]")
_CODE_INITIALS = frozenset(" 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class PatternRules:
    """The data of ``dictionaries/patterns.yaml``."""

    maker_types: tuple[str, ...] = ("ORG",)
    maker_code: re.Pattern = re.compile(r"$^")
    law_suffixes: tuple[str, ...] = ()
    media_suffixes: tuple[str, ...] = ()
    title_max_chars: int = 60
    anchor_types: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    surnames: frozenset[str] = frozenset()
    name_followers: tuple[str, ...] = ()
    not_before: dict[str, str] = field(default_factory=dict)  # last char of a name -> chars that veto it
    _title_re: re.Pattern = field(default=re.compile(r"$^"), repr=False)
    title_initials: frozenset[str] = field(default=frozenset(), repr=False)  # first characters of titles
    not_names: frozenset[str] = frozenset()  # surname-initial words that are never names (周五)
    occupation: re.Pattern = _NEVER  # occupations a name may follow without an employer
    legal_suffix: re.Pattern = _NEVER  # 有限公司 and the like
    legal_min_chars: int = 2
    legal_max_chars: int = 14
    legal_starts_after: tuple[str, ...] = ()
    unit_anchor_types: tuple[str, ...] = ()
    unit: re.Pattern = _NEVER  # what follows a known organization to name one of its units
    unit_suffix: re.Pattern = _NEVER
    unit_max_chars: int = 8
    model_code: re.Pattern = _NEVER  # a model number glued to a product line (昇腾|950)

    def title_at(self, text: str, pos: int) -> str | None:
        """The longest title starting at ``pos``, if any."""
        m = self._title_re.match(text, pos)
        return m.group() if m else None


@dataclass(frozen=True, slots=True)
class Found:
    """A span a pattern found in ``Document.text``."""

    start: int
    end: int
    type: str
    name: str
    pattern: str
    anchor: str | None = None  # the entity id the pattern hung on (maker, employer)
    role: str | None = None


def load_pattern_rules(path: Path) -> PatternRules:
    """Load ``patterns.yaml``.

    Raises:
        DictionaryError: one line per problem, naming the file and key.
    """
    data, problems = read_yaml(path)
    if problems:
        raise DictionaryError("\n".join(problems))
    problems = check_pattern_data(data, path)
    if problems:
        raise DictionaryError("\n".join(problems))
    maker = data.get("maker_code") or {}
    titled = data.get("titled") or {}
    people = data.get("person_after_title") or {}
    titles = tuple(sorted({str(t) for t in people.get("titles") or ()}, key=len, reverse=True))
    occupations = data.get("person_after_occupation") or {}
    legal = data.get("legal_name") or {}
    unit = data.get("unit_of_organization") or {}
    model = data.get("model_after_line") or {}
    unit_middle = "(?:(?![" + re.escape("".join(map(str, unit.get("not_inside") or ()))) + "])[\u4e00-\u9fff])"
    return PatternRules(
        maker_types=tuple(maker.get("maker_types") or ("ORG",)),
        maker_code=re.compile(r" ?(" + maker["code"] + r")(?![A-Za-z0-9])") if maker.get("code") else re.compile(r"$^"),
        law_suffixes=tuple(titled.get("law_suffixes") or ()),
        media_suffixes=tuple(titled.get("media_suffixes") or ()),
        title_max_chars=int(titled.get("max_chars", 60)),
        anchor_types=tuple(people.get("anchor_types") or ()),
        titles=titles,
        surnames=frozenset(str(people.get("surnames") or "")),
        name_followers=tuple(sorted(people.get("name_followers") or (), key=len, reverse=True)),
        not_before={str(k): "".join(map(str, v)) for k, v in (data.get("not_before") or {}).items()},
        _title_re=_alternation(titles),
        title_initials=frozenset(t[0] for t in titles),
        not_names=frozenset(map(str, people.get("not_names") or ())),
        occupation=_alternation(occupations.get("occupations")),
        legal_suffix=_alternation(legal.get("suffixes")),
        legal_min_chars=int(legal.get("min_chars", 2)),
        legal_max_chars=int(legal.get("max_chars", 14)),
        legal_starts_after=tuple(map(str, legal.get("starts_after") or ())),
        unit_anchor_types=tuple(unit.get("anchor_types") or ()),
        unit=(re.compile(f"{unit_middle}{{0,{int(unit.get('max_chars', 8))}}}?"
                         + _alternation(unit.get("suffixes")).pattern) if unit.get("suffixes") else _NEVER),
        unit_suffix=_alternation(unit.get("suffixes")),
        unit_max_chars=int(unit.get("max_chars", 8)),
        model_code=re.compile(model["code"]) if model.get("code") else _NEVER,
    )


def _alternation(words) -> re.Pattern:
    """``word_pattern``, or a regex that never matches when there are no words."""
    return word_pattern(words) or _NEVER


_COUNTS = (("titled", "max_chars"), ("legal_name", "min_chars"), ("legal_name", "max_chars"),
           ("unit_of_organization", "max_chars"))
_WORD_LISTS = (("titled", "law_suffixes"), ("titled", "media_suffixes"), ("person_after_title", "titles"),
               ("person_after_title", "name_followers"), ("person_after_title", "not_names"),
               ("person_after_occupation", "occupations"), ("legal_name", "suffixes"), ("legal_name", "starts_after"),
               ("unit_of_organization", "suffixes"), ("unit_of_organization", "not_inside"))


def check_pattern_data(data: object, path: Path) -> list[str]:
    """Every problem in the pattern file's data."""
    if not isinstance(data, dict):
        return [f"{path}:1: expected a mapping"]
    problems = []
    if data.get("version") != 1:
        problems.append(f"{path}:1: unsupported version {data.get('version')!r} (expected 1)")
    for section in ("maker_code", "model_after_line"):
        code = (data.get(section) or {}).get("code")
        if code:
            try:
                re.compile(code)
            except re.error as error:
                problems.append(f"{path}: {section}.code: bad regular expression: {error}")
    for section, key in _COUNTS:
        value = (data.get(section) or {}).get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            problems.append(f"{path}: {section}.{key}: expected a positive whole number, got {value!r}")
    for section, key in _WORD_LISTS:
        value = (data.get(section) or {}).get(key)
        if value is not None and (not isinstance(value, list) or not all(isinstance(w, (str, int)) for w in value)):
            problems.append(f"{path}: {section}.{key}: expected a list of words")
    for section, key in (("maker_code", "maker_types"), ("person_after_title", "anchor_types"),
                         ("unit_of_organization", "anchor_types")):
        for value in (data.get(section) or {}).get(key) or ():
            if value not in ENTITY_TYPES:
                problems.append(f"{path}: {section}.{key}: unknown type {value!r}")
    return problems


def discovered_id(kind: str, name: str) -> str:
    """A stable ASCII id for a discovered name: the name itself when ASCII, else a hash."""
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    if slug and name.isascii():
        return f"{kind}_{slug}"
    return f"{kind}_{hashlib.sha1(name.encode('utf-8')).hexdigest()[:10]}"


def find_maker_codes(text: str, anchors: list[Span], rules: PatternRules) -> list[Found]:
    """A product code glued to a maker's name: 英伟达B30A → PRODUCT B30A made by nvidia."""
    found = []
    for _, end, entity_type, entity_id in anchors:
        # A code starts with a Latin letter or digit (patterns.yaml says so): most
        # makers are followed by Chinese text and need no regex.
        if entity_type not in rules.maker_types or text[end:end + 1] not in _CODE_INITIALS:
            continue
        m = rules.maker_code.match(text, end)
        if m:
            found.append(Found(m.start(1), m.end(1), "PRODUCT", m.group(1), "maker_code", anchor=entity_id))
    return found


def find_titled(text: str, rules: PatternRules) -> list[Found]:
    """Names in 《》: laws keep the marks in their span, newspapers do not."""
    found = []
    for m in re.finditer(r"《([^《》\n]{2,%d})》" % rules.title_max_chars, text):
        inner = m.group(1).strip()
        if inner.endswith(rules.law_suffixes):
            found.append(Found(m.start(), m.end(), "LAW", inner, "titled_law"))
        elif inner.endswith(rules.media_suffixes):
            found.append(Found(m.start(1), m.end(1), "ORG", inner, "titled_media"))
    return found


def find_titled_people(text: str, anchors: list[Span], rules: PatternRules) -> list[Found]:
    """A name right after an organization's title: 外交部发言人郭嘉昆 → PERSON 郭嘉昆."""
    found = []
    anchor_types, initials = rules.anchor_types, rules.title_initials
    for _, end, entity_type, entity_id in anchors:
        # Most names are followed by no title: one set lookup rules them out.
        if entity_type not in anchor_types or text[end:end + 1] not in initials:
            continue
        title = rules.title_at(text, end)
        if not title:
            continue
        for start, stop in _names_at(text, end + len(title), rules):
            found.append(Found(start, stop, "PERSON", text[start:stop], "person_after_title",
                               anchor=entity_id, role=title))
    return found


def find_occupied_people(text: str, rules: PatternRules) -> list[Found]:
    """A name right after an occupation that needs no employer: 财经专栏作家刘远举 → PERSON 刘远举."""
    found = []
    for m in rules.occupation.finditer(text):
        for start, stop in _names_at(text, m.end(), rules):
            found.append(Found(start, stop, "PERSON", text[start:stop], "person_after_occupation", role=m.group()))
    return found


def find_legal_names(text: str, spans: list[Span], rules: PatternRules) -> list[Found]:
    """A company's full legal name: 、汉芯科技有限公司总经理 → ORG 汉芯科技有限公司.

    The name runs back from the suffix over Chinese characters and brackets, to
    punctuation or to the last of ``legal_starts_after`` (将紫金矿业集团有限公司
    列入 → 紫金矿业集团有限公司); a cut never falls inside a name already found.
    """
    found = []
    for m in rules.legal_suffix.finditer(text):
        start = m.start()
        floor = max(0, m.start() - rules.legal_max_chars)
        while start > floor and _LEGAL_NAME_CHARS.match(text, start - 1):
            start -= 1
        for word in rules.legal_starts_after:
            at = text.rfind(word, start, m.start())
            while at >= 0 and _inside_span(at + len(word), spans):
                at = text.rfind(word, start, at)
            if at >= 0:
                start = at + len(word)
        if m.start() - start >= rules.legal_min_chars and not _inside_span(start, spans):
            found.append(Found(start, m.end(), "ORG", text[start:m.end()], "legal_name"))
    return found


def find_sub_units(text: str, spans: list[Span], rules: PatternRules) -> list[Found]:
    """A unit named after a known organization: 上海交通大学微电子学院 → one ORG."""
    found = []
    suffixes = [m.start() for m in rules.unit_suffix.finditer(text)]  # few: units are rare
    if not suffixes:
        return found
    for start, end, entity_type, entity_id in spans:
        if entity_type not in rules.unit_anchor_types:
            continue
        nearest = bisect.bisect_left(suffixes, end)
        if nearest == len(suffixes) or suffixes[nearest] > end + rules.unit_max_chars:
            continue
        m = rules.unit.match(text, end)
        if m:
            found.append(Found(start, m.end(), "ORG", text[start:m.end()], "unit_of_organization", anchor=entity_id))
    return found


def find_line_models(text: str, spans: list[Span], rules: PatternRules) -> list[Found]:
    """A model number glued to a known product line: 昇腾950 → PRODUCT 昇腾950 (the line's anchor)."""
    found = []
    for start, end, entity_type, entity_id in spans:
        if entity_type != "PRODUCT" or not text[end:end + 1].isdigit():
            continue
        m = rules.model_code.match(text, end)
        if m:
            found.append(Found(start, m.end(), "PRODUCT", text[start:m.end()], "model_after_line", anchor=entity_id))
    return found


def _inside_span(pos: int, spans: list[Span]) -> bool:
    """Whether ``pos`` falls strictly inside one of the (sorted) spans."""
    index = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return index >= 0 and spans[index][0] < pos < spans[index][1]


_NAME_JOINERS = ("、", "和")


def _names_at(text: str, pos: int, rules: PatternRules) -> list[tuple[int, int]]:
    """The name at ``pos`` and the names listed after it: 记者王小明、李华报道 → 王小明, 李华."""
    names = []
    span = _name_at(text, pos, rules)
    while span:
        names.append(span)
        joiner = next((j for j in _NAME_JOINERS if text.startswith(j, span[1])), None)
        span = _name_at(text, span[1] + len(joiner), rules) if joiner else None
    return names


def _name_at(text: str, pos: int, rules: PatternRules) -> tuple[int, int] | None:
    for pattern in (_LATIN_NAME, _TRANSLITERATED):
        m = pattern.match(text, pos)
        if m:
            return m.start(1), m.end(1)
    if text.startswith(" ", pos):  # a byline: 记者 王小明
        pos += 1
    # 发言人强调/发言人于周五表示: a follower right after the title means no name was given.
    if pos >= len(text) or text[pos] not in rules.surnames or text.startswith(rules.name_followers, pos):
        return None
    for length in (2, 3):
        end = pos + length
        if end > len(text) or not all(_CJK.match(ch) for ch in text[pos:end]) or text[pos:end] in rules.not_names:
            return None
        rest = text[end:end + 4]
        if not rest or not _CJK.match(rest[0]) or rest.startswith(rules.name_followers):
            return pos, end
    return None
