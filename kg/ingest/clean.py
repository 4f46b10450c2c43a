"""Cleaning steps: each finds edits in a text, so the offset map survives them.

Order matters: markup first (so tags never reach the line rules), then reading
aids, then character folding and script conversion, then boilerplate lines,
which are judged on the simplified text.
"""
from __future__ import annotations

import bisect
import functools
import html
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, PositiveInt

from kg.datafile import Regex, Text, read_yaml, validate, word_pattern
from kg.errors import DictionaryError
from kg.ingest.normalize import lower_same_length
from kg.ingest.textmap import Edit

__all__ = [
    "BoilerplateRules",
    "BoilerplateFile",
    "load_boilerplate_rules",
    "looks_like_html",
    "html_edits",
    "markdown_edits",
    "url_edits",
    "entity_edits",
    "reading_aid_edits",
    "boilerplate_edits",
]

_HTML_SIGNAL = re.compile(r"</?(?:p|div|br|span|a|img|i|b|small|h[1-6]|li|ul|ol|table|tr|td|script|style|section|article)\b", re.I)
# Blocks dropped with their content: code, styling and site chrome.
_HTML_DROP = re.compile(
    r"<(script|style|noscript|template|nav|header|footer|aside|iframe|svg|form|button|select)\b[^>]*>.*?</\1\s*>"
    r"|<!--.*?-->|<!\[CDATA\[.*?\]\]>|<!doctype[^>]*>|<\?[^>]*\?>",
    re.I | re.S,
)
_HTML_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_BLOCK_TAGS = frozenset(
    "p div br hr h1 h2 h3 h4 h5 h6 li ul ol table tr td th section article blockquote pre figure "
    "figcaption dl dt dd main body html head title caption".split()
)
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'）)\]，。]+")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\n]*)\)")
_MD_LINE = re.compile(r"^(?:[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S)|\d{1,3}\.[ \t]+(?=\S))|[ \t]*[-=*_]{3,}[ \t]*$)", re.M)
# Every branch starts with its literal (lookbehinds come after it), so the regex
# engine skips to the next * _ or ` instead of trying each branch at every character.
_MD_EMPHASIS = re.compile(r"\*\*|__|`|\*(?<![\w*]\*)(?=\S)|\*(?<=\S\*)(?![\w*])")
_MD_EMPHASIS_HINT = re.compile(r"[*_`]")
_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# A pinyin reading glued after a character: 產(chǎn), 業（yè）. A tone mark is required,
# so an English gloss in brackets, 英伟达(Nvidia), is never taken for one. The
# bracket comes first so the regex engine can skip ahead to brackets (3x faster
# than a leading lookbehind, which is tried at every character).
_READING_AID = re.compile(
    rf"[(（](?<=[\u3400-\u9fff][(（])[a-zü{_TONE_MARKS}]*[{_TONE_MARKS}][a-zü{_TONE_MARKS}]*[)）]"
)


class BoilerplateFile(BaseModel):
    """The schema of ``boilerplate.yaml``; its defaults are the cleaner's."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    spam_keywords: list[Text] = []
    spam_min_hits: PositiveInt = 3  # distinct keywords that make a line spam
    separators: Text = "丨|"
    nav_min_fields: PositiveInt = 4  # fields that make a separated line navigation
    nav_max_field_chars: PositiveInt = 16
    line_patterns: list[Regex] = []


@dataclass(frozen=True)
class BoilerplateRules:
    """What makes a line spam or navigation (from ``boilerplate.yaml``, see ``BoilerplateFile``)."""

    spam_keywords: tuple[str, ...]
    spam_min_hits: int
    separators: str
    nav_min_fields: int
    nav_max_field_chars: int
    line_patterns: tuple[re.Pattern, ...]

    @functools.cached_property
    def line_pattern(self) -> re.Pattern | None:
        """All line patterns as one alternation: one scan a line instead of one per pattern."""
        if not self.line_patterns:
            return None
        return re.compile("|".join(f"(?:{p.pattern})" for p in self.line_patterns))

    @functools.cached_property
    def keyword_pattern(self) -> re.Pattern | None:
        """The spam keywords as one alternation, longest first."""
        return word_pattern(self.spam_keywords)

    @functools.cached_property
    def separator_pattern(self) -> re.Pattern:
        return re.compile(f"[{re.escape(self.separators)}]")


def load_boilerplate_rules(path: Path) -> BoilerplateRules:
    """Load and validate the boilerplate cues.

    Raises:
        DictionaryError: with every problem, one per line, ``file:line: message``.
    """
    data, problems = read_yaml(path, lines=True)
    if not problems:
        cues, problems = validate(BoilerplateFile, data if data is not None else {}, path)
    if problems:
        raise DictionaryError("\n".join(problems))
    return BoilerplateRules(
        spam_keywords=tuple(k.lower() for k in cues.spam_keywords),
        spam_min_hits=cues.spam_min_hits,
        separators=cues.separators,
        nav_min_fields=cues.nav_min_fields,
        nav_max_field_chars=cues.nav_max_field_chars,
        line_patterns=tuple(re.compile(p) for p in cues.line_patterns),
    )


def looks_like_html(text: str) -> bool:
    """Markup, not a stray ``<`` in prose: several known tags."""
    return len(_HTML_SIGNAL.findall(text, 0, 200_000)) >= 3


def html_edits(text: str) -> list[Edit]:
    """Drop scripts, styles, comments and site chrome; block tags become line breaks."""
    edits: list[Edit] = []
    pos = 0
    for drop in _HTML_DROP.finditer(text):
        edits.extend(_tag_edits(text, pos, drop.start()))
        edits.append((drop.start(), drop.end(), "\n"))
        pos = drop.end()
    edits.extend(_tag_edits(text, pos, len(text)))
    return edits


def _tag_edits(text: str, start: int, end: int) -> list[Edit]:
    return [(m.start(), m.end(), "\n" if m.group(1).lower() in _BLOCK_TAGS else "")
            for m in _HTML_TAG.finditer(text, start, end)]


def entity_edits(text: str) -> list[Edit]:
    """``&amp;`` → ``&``, ``&#x4e2d;`` → 中; unknown names stay as written."""
    edits = []
    for m in _ENTITY.finditer(text):
        value = html.unescape(m.group())
        if value != m.group():
            edits.append((m.start(), m.end(), value.replace("\xa0", " ")))
    return edits


def url_edits(text: str) -> list[Edit]:
    """Bare URLs carry percent-escapes and host names, never names worth finding."""
    if "://" not in text and "www." not in text:  # a substring test is far cheaper than the scan
        return []
    return [(m.start(), m.end(), " ") for m in _URL.finditer(text)]


def markdown_edits(text: str) -> list[Edit]:
    """Links keep their text, images go, line markers and emphasis go."""
    edits: list[Edit] = []
    taken = []
    links = "](" in text  # most news text has no links or images: skip those scans
    for m in _MD_IMAGE.finditer(text) if links else ():
        edits.append((m.start(), m.end(), ""))
        taken.append((m.start(), m.end()))
    for m in _MD_LINK.finditer(text) if links else ():
        if any(s <= m.start() < e for s, e in taken):
            continue
        edits.append((m.start(), m.start() + 1, ""))
        edits.append((m.end(1), m.end(), ""))
        taken.append((m.start(), m.end()))
    for pattern in (_MD_LINE, _MD_EMPHASIS) if _MD_EMPHASIS_HINT.search(text) else (_MD_LINE,):
        for m in pattern.finditer(text):
            if m.end() > m.start() and not any(s <= m.start() < e for s, e in taken):
                edits.append((m.start(), m.end(), ""))
    return _disjoint(edits)


def reading_aid_edits(text: str) -> list[Edit]:
    """Remove pinyin readings glued into words: 產(chǎn)業 → 產業."""
    return [(m.start(), m.end(), "") for m in _READING_AID.finditer(text)]


def boilerplate_edits(text: str, rules: BoilerplateRules) -> list[Edit]:
    """Blank every spam or navigation line (the line break stays)."""
    folded = lower_same_length(text)
    lines = folded.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    spam = _spam_lines(folded, starts, rules)
    edits = []
    for index, (pos, line) in enumerate(zip(starts, lines)):
        if line and (index in spam or is_chrome(line, rules)):
            edits.append((pos, pos + len(line), ""))
    return edits


def _spam_lines(folded: str, line_starts: list[int], rules: BoilerplateRules) -> set[int]:
    """The lines holding ``spam_min_hits`` distinct keywords, from one scan of the text."""
    if rules.keyword_pattern is None:
        return set()
    hits: dict[int, set[str]] = {}
    for m in rules.keyword_pattern.finditer(folded):
        hits.setdefault(bisect.bisect_right(line_starts, m.start()) - 1, set()).add(m.group())
    return {line for line, words in hits.items() if len(words) >= rules.spam_min_hits}


def is_chrome(line: str, rules: BoilerplateRules) -> bool:
    """Whether one lower-cased line is navigation, a tag line, a counter or a copyright notice."""
    folded = line.strip()
    if not folded:
        return False
    # match, not search: the patterns are line-start cues, and search would retry
    # them at every character of every prose line.
    if rules.line_pattern is not None and rules.line_pattern.match(folded):
        return True
    if "。" in folded:  # prose, not a menu or tag cloud
        return False
    fields = [f.strip() for f in rules.separator_pattern.split(folded)]
    fields = [f for f in fields if f]
    return (len(fields) >= rules.nav_min_fields
            and all(len(f) <= rules.nav_max_field_chars for f in fields)
            and not any(ch in folded for ch in "。!?！？"))


def _disjoint(edits: list[Edit]) -> list[Edit]:
    """Sort edits and drop any that overlap an earlier one."""
    result: list[Edit] = []
    last_end = -1
    for edit in sorted(edits):
        if edit[0] >= last_end:
            result.append(edit)
            last_end = max(last_end, edit[1])
    return result
