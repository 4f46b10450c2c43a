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
from typing import Iterator, Literal

from kg.datafile import Count, DataModel, Regex, Text, read_model, word_pattern
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
# Cleaning runs on any text, so every scan here is linear: no regex may scan on
# to the end of the text from each of many starts (1 MB of "<a " or "[x](" would
# take hours). Tags never hold a "<", so a tag scan stops at the next "<"; the
# end of a dropped block is searched for once per kind of block.
# Blocks dropped with their content: code, styling and site chrome.
_DROP_TAGS = "script style noscript template nav header footer aside iframe svg form button select".split()
# Where a dropped block starts; a doctype or processing instruction is the whole block.
_HTML_DROP_START = re.compile(
    rf"<(?:({'|'.join(_DROP_TAGS)})\b[^<>]*>|(!--)|(!\[CDATA\[)|!doctype[^<>]*>|\?[^<>]*\?>)", re.I)
_HTML_DROP_END = {name: re.compile(rf"</{name}\s*>", re.I) for name in _DROP_TAGS}
_COMMENT_END = {"!--": "-->", "![CDATA[": "]]>"}
_HTML_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b(?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*>")
_BLOCK_TAGS = frozenset(
    "p div br hr h1 h2 h3 h4 h5 h6 li ul ol table tr td th section article blockquote pre figure "
    "figcaption dl dt dd main body html head title caption".split()
)
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
# A URL ends at a space, a quote or bracket, or Chinese text glued to it
# (http://example.com/a美国商务部…): CJK ideographs, CJK punctuation, full-width
# forms and curly quotes never belong to a URL as written in news text.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'）)\]\u2018\u2019\u201c\u201d\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")
_MD_LINK_TEXT_END = re.compile(r"[\]\n]")
_MD_LINK_URL_END = re.compile(r"[)\n]")
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
# The letters before the first tone mark carry none, so the match is unambiguous
# (linear, where "[…]*[tone][…]*" backtracks quadratically on a long run of letters).
_READING_AID = re.compile(
    rf"[(（](?<=[\u3400-\u9fff][(（])[a-zü]*[{_TONE_MARKS}][a-zü{_TONE_MARKS}]*[)）]"
)


class BoilerplateFile(DataModel):
    """The schema of ``boilerplate.yaml``; its defaults are the cleaner's."""

    version: Literal[1] = 1
    spam_keywords: list[Text] = []
    spam_min_hits: Count = 3  # distinct keywords that make a line spam
    separators: Text = "丨|"
    nav_min_fields: Count = 4  # fields that make a separated line navigation
    nav_max_field_chars: Count = 16
    line_patterns: list[Regex] = []
    byline_patterns: list[Regex] = []  # lines that say who wrote: never navigation, whatever their bars


@dataclass(frozen=True)
class BoilerplateRules:
    """What makes a line spam or navigation (from ``boilerplate.yaml``, see ``BoilerplateFile``)."""

    spam_keywords: tuple[str, ...]
    spam_min_hits: int
    separators: str
    nav_min_fields: int
    nav_max_field_chars: int
    line_patterns: tuple[re.Pattern, ...]
    byline_patterns: tuple[re.Pattern, ...] = ()

    @functools.cached_property
    def line_pattern(self) -> re.Pattern | None:
        """All line patterns as one alternation: one scan a line instead of one per pattern."""
        return _one_of(self.line_patterns)

    @functools.cached_property
    def byline_pattern(self) -> re.Pattern | None:
        """All byline patterns as one alternation."""
        return _one_of(self.byline_patterns)

    @functools.cached_property
    def keyword_pattern(self) -> re.Pattern | None:
        """The spam keywords as one alternation, longest first."""
        return word_pattern(self.spam_keywords)

    @functools.cached_property
    def separator_pattern(self) -> re.Pattern:
        return re.compile(f"[{re.escape(self.separators)}]")


def _one_of(patterns: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """``patterns`` as one alternation (None for none)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns)) if patterns else None


def load_boilerplate_rules(path: Path) -> BoilerplateRules:
    """Load and validate the boilerplate cues.

    Raises:
        DictionaryError: with every problem, one per line, ``file:line: message``.
    """
    cues, problems = read_model(BoilerplateFile, path)
    if problems:
        raise DictionaryError("\n".join(problems))
    return BoilerplateRules(
        spam_keywords=tuple(k.lower() for k in cues.spam_keywords),
        spam_min_hits=cues.spam_min_hits,
        separators=cues.separators,
        nav_min_fields=cues.nav_min_fields,
        nav_max_field_chars=cues.nav_max_field_chars,
        line_patterns=tuple(re.compile(p) for p in cues.line_patterns),
        byline_patterns=tuple(re.compile(p) for p in cues.byline_patterns),
    )


def looks_like_html(text: str) -> bool:
    """Markup, not a stray ``<`` in prose: several known tags."""
    return len(_HTML_SIGNAL.findall(text, 0, 200_000)) >= 3


def html_edits(text: str) -> list[Edit]:
    """Drop scripts, styles, comments and site chrome; block tags become line breaks."""
    edits: list[Edit] = []
    pos = 0
    unclosed: set[str] = set()  # kinds of block with no end after some point: none later closes either
    start = _HTML_DROP_START.search(text)
    while start is not None:
        end = _block_end(text, start, unclosed)
        if end is None:  # left as it is: its tags go like any other tag
            start = _HTML_DROP_START.search(text, start.start() + 1)
            continue
        edits.extend(_tag_edits(text, pos, start.start()))
        edits.append((start.start(), end, "\n"))
        pos = end
        start = _HTML_DROP_START.search(text, end)
    edits.extend(_tag_edits(text, pos, len(text)))
    return edits


def _block_end(text: str, start: re.Match, unclosed: set[str]) -> int | None:
    """Where the block that ``start`` opens ends, or None if it is never closed."""
    tag, opener = start.group(1), start.group(2) or start.group(3)
    if tag is None and opener is None:
        return start.end()
    kind = tag.lower() if tag else opener
    if kind in unclosed:
        return None
    if tag:
        close = _HTML_DROP_END[kind].search(text, start.end())
        end = close.end() if close else None
    else:
        at = text.find(_COMMENT_END[kind], start.end())
        end = at + len(_COMMENT_END[kind]) if at >= 0 else None
    if end is None:
        unclosed.add(kind)
    return end


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
    images: list[tuple[int, int]] = []
    links = "](" in text  # most news text has no links or images: skip those scans
    for start, _, end in _md_links(text, image=True) if links else ():
        edits.append((start, end, ""))
        images.append((start, end))
    in_image = _Spans(images) if images else None
    taken = list(images)
    for start, text_end, end in _md_links(text, image=False) if links else ():
        if not (in_image and in_image(start)):
            edits.append((start, start + 1, ""))
            edits.append((text_end, end, ""))
            taken.append((start, end))
    in_taken = _Spans(taken) if taken else None  # most text has no links: no search per match
    emphasis = _MD_EMPHASIS.finditer(text) if _MD_EMPHASIS_HINT.search(text) else ()
    for m in itertools.chain(_line_markers(text), emphasis):
        if m.end() > m.start() and not (in_taken and in_taken(m.start())):
            edits.append((m.start(), m.end(), ""))
    return _disjoint(edits)


def _line_markers(text: str) -> Iterator[re.Match]:
    """What ``_MD_LINE.finditer`` finds, tried at each line's start only: every branch opens
    with ``^`` and stays on its line, and a search would try the regex at every character."""
    start = 0
    while start >= 0:
        m = _MD_LINE.match(text, start)  # ^ holds at a real line start only, whatever the position
        if m:
            yield m
        start = text.find("\n", start)
        if start >= 0:
            start += 1


def _md_links(text: str, image: bool) -> Iterator[tuple[int, int, int]]:
    """``(start, end of the link text, end)`` of each ``[text](url)`` (``image``:
    ``![alt](url)``, alt may be empty) within one line, left to right.

    What ``\\[[^\\]\\n]+\\]\\([^)\\n]*\\)`` finds, in linear time: that regex
    scans to the end of the line from every ``[``.
    """
    opener = "![" if image else "["
    pos = 0
    no_url_end_before = -1  # a "](" before this has no ")" on its line
    while (start := text.find(opener, pos)) >= 0:
        text_start = start + len(opener)
        close = _MD_LINK_TEXT_END.search(text, text_start)
        if close is None:
            return  # no "]" and no line break left: nothing later can close either
        at = close.start()
        # Every opener from ``start`` to ``at`` stops at this same "]" or line break,
        # so when one fails here they all do.
        if (text[at] == "\n" or not text.startswith("](", at) or (at == text_start and not image)
                or at + 2 <= no_url_end_before):
            pos = at + 1
            continue
        url_end = _MD_LINK_URL_END.search(text, at + 2)
        if url_end is None or text[url_end.start()] == "\n":
            no_url_end_before = url_end.start() if url_end else len(text)
            pos = at + 1
            continue
        yield start, at, url_end.end()
        pos = url_end.end()


class _Spans:
    """Whether a position falls in any of some spans, by binary search over their union."""

    def __init__(self, spans: list[tuple[int, int]]):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if self._ends and start <= self._ends[-1]:
                if end > self._ends[-1]:
                    self._ends[-1] = end
            else:
                self._starts.append(start)
                self._ends.append(end)

    def __call__(self, position: int) -> bool:
        i = bisect.bisect_right(self._starts, position) - 1
        return i >= 0 and position < self._ends[i]


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
    if rules.byline_pattern is not None and rules.byline_pattern.match(folded):
        return False  # 文｜钛媒体,作者｜王明,编辑｜李华: bars between a byline's fields
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
