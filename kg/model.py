"""The typed values that flow between pipeline stages.

Every stage takes and returns these immutable values (frozen dataclasses, and
a named tuple for the one made per name found), never raw dicts.
Offsets (``start``/``end``) always point into ``Document.original``, the
decoded text before any cleaning, with ``end`` exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, NamedTuple

__all__ = [
    "ENTITY_TYPES",
    "RELATION_TYPES",
    "POLARITIES",
    "MODALITIES",
    "Document",
    "Entity",
    "Mention",
    "Evidence",
    "Relation",
    "DocumentResult",
    "IN_TITLE",
]

ENTITY_TYPES = ("ORG", "AGENCY", "PERSON", "PRODUCT", "PLACE", "LAW")
RELATION_TYPES = (
    "made_by",
    "works_for",
    "part_of",
    "restricts",
    "permits",
    "investigates",
    "issues",
    "opposes",
    "competes_with",
    "supplies",
)
POLARITIES = ("positive", "negative")
# asserted: stated as fact; planned: 拟/计划; reported: 据报道/消息称/传;
# hypothetical: under a condition (如果/一旦…). Of two readings of one triple in one sentence
# the relation reader keeps the one listed last.
MODALITIES = ("asserted", "planned", "reported", "hypothetical")


@dataclass(frozen=True, slots=True)
class Document:
    """One input article: the original text and its cleaned, normalized form.

    ``text`` is what recognition reads: markup and boilerplate removed,
    traditional script converted to simplified, full-width Latin folded.
    ``text[i]`` came from ``original[span_start[i]:span_end[i]]``.
    """

    name: str
    original: str
    text: str
    span_start: tuple[int, ...] | object  # array('i'); typed loosely to keep it cheap
    span_end: tuple[int, ...] | object
    title: str = ""
    date: str | None = None  # ISO date (YYYY-MM-DD) when the article states one
    path: str = ""

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` to the span of ``original`` it came from."""
        if start >= end:
            at = self.span_start[start] if start < len(self.text) else len(self.original)
            return at, at
        return self.span_start[start], self.span_end[end - 1]


@dataclass(frozen=True, slots=True)
class Entity:
    """A dictionary entry (or an entity discovered by a pattern)."""

    id: str
    type: str
    name: str
    name_en: str = ""
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    facts: Mapping[str, str] = field(default_factory=dict)
    cues: tuple[str, ...] = ()
    discovered: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        """Every surface form: canonical, English and aliases, without repeats."""
        seen = dict.fromkeys(n for n in (self.name, self.name_en, *self.aliases) if n)
        return tuple(seen)


# Mention.source of a body named only inside a minister's title (美国商务部|长卢特尼克): the relation
# reader reads it as the minister's office, but the document's mentions show the place inside it (美国).
IN_TITLE = "title"


class Mention(NamedTuple):
    """A span of the original text that names an entity.

    Immutable like the dataclasses here, but a named tuple: recognition makes
    one per name found (over 10,000 per MB of news), and a frozen dataclass
    costs three times as much to build.
    """

    start: int  # offset into Document.original
    end: int
    text: str  # original[start:end]
    type: str  # one of ENTITY_TYPES
    entity_id: str
    source: str  # "dict" or "pattern" (patterns.yaml); "anaphor" for relate's stand-ins (该规则); IN_TITLE
    norm_start: int = -1  # the same span in Document.text
    norm_end: int = -1


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relation is stated: the sentence and the rule that read it."""

    doc: str
    start: int  # sentence span in Document.original
    end: int
    sentence: str  # the cleaned sentence text
    rule: str
    date: str | None = None  # the article's date, when stated


@dataclass(frozen=True, slots=True)
class Relation:
    """A directed, typed link between two entities, with its evidence."""

    head: str
    type: str  # one of RELATION_TYPES
    tail: str
    evidence: Evidence | None
    role: str | None = None
    polarity: str = "positive"
    modality: str = "asserted"
    background: bool = False  # supplied by the dictionary, not stated in the text


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What recognition and relation extraction found in one document."""

    document: Document
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    entities: Mapping[str, Entity]  # every entity a mention or relation refers to
