"""Relation rules as data: load, validate and compile ``dictionaries/relations.yaml``.

A rule names a relation, the entity types its head and tail may have, and
templates that read a clause or sentence left to right:

    {head} {tail}     the two entities (a coordinated list 字节跳动、阿里巴巴 counts as each)
    {other}           any other entity
    {trigger}         one of the rule's trigger words
    {title}           one or more job titles (from patterns.yaml); the last is the role
    {name}            one word of the list ``name`` under ``words:`` ({speech}: 表示, 强调…)
    …                 a gap of up to ``max_gap`` characters that holds no rival
                      entity of the neighbouring slot's type (after an object
                      marker, no clause mark either: the marker's object ends there)
    ~                 a gap of up to ``max_gap`` characters that may hold names: the
                      modifiers of a noun phrase (向~{tail}: 向中国最大的芯片制造商中芯国际)
    anything else     literal text (对, 被, 的)

Adjacent template parts may be separated by one space in the text.

Constructions are templates shared by every relation type (``constructions:``:
an object marker, a passive, a purchase seen from the buyer…); a rule lists
the ones that fit it by name, next to its trigger lexicon, and may add
templates of its own.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated, Callable, Collection, Literal, Mapping, NamedTuple

from pydantic import AfterValidator, Field, PlainValidator, ValidationInfo, field_validator, model_validator

from kg.datafile import DataModel, EntityType, Text, WholeNumber, Words, one_of, read_model, word_pattern
from kg.errors import DictionaryError
from kg.model import ENTITY_TYPES, MODALITIES, RELATION_TYPES
from kg.recognize.patterns import BYLINE_GAP, Triggers
from kg.relate.sentences import CLAUSE_MARKS

__all__ = ["Rule", "RuleSet", "RulesFile", "RuleEntry", "Construction", "load_rules", "read_rule_file",
           "compile_rules", "Template", "compile_template", "mask_char", "tail_kinds", "MASK_BLOCK", "MODIFIER",
           "OBJECT", "SLOTS", "SUBJECT_LEAD", "WHEN", "BEFORE_TRIGGER",
           "AFTER_TRIGGER", "BEFORE_OBJECT", "COUNTED_PLACE", "COMPANY_DESCRIPTION"]

# Masked text (kg.relate): each mention becomes one character of the
# Supplementary Private Use Area, never found in cleaned news text, from a block
# of 4,096 per kind. A kind is an entity type, or:
# - a place used as a modifier (中国企业): may be a tail (向中国市场出售), never a
#   head nor a rival that stops a gap;
# - an object of a preposition (向中国, 对华为): may be a tail and a tail's rival,
#   never a head (美国限制向中国出口,但允许英伟达… is not China permitting).
MASK_BASE = 0xF0000
MASK_BLOCK = 0x1000
MODIFIER = "PLACE_MODIFIER"
MATES = "_mates"  # suffix: the group of a slot's list mates (head_mates)
_ADDRESSEE_NOUN = 4  # characters between whom one speaks to and the verb (对路透社记者表示)
_SAID_ADVERB = 2  # characters between a verb of speaking and the subject of what was said (称,目前苹果)
# What may stand between a marker of undergoing and the measure undergone: a noun (配额限制) or a
# modifier closed by 的 (10%的关税).
_UNDERGONE_NOUN = 2
_UNDERGONE_MODIFIER = 10
OBJECT = "OBJECT:"  # prefix: OBJECT:ORG is an ORG after a preposition
MASK_KINDS = (*ENTITY_TYPES, MODIFIER, *(OBJECT + t for t in ENTITY_TYPES))

SLOTS = ("head", "tail", "other", "trigger", "title")
_TOKEN = re.compile(r"\{(" + "|".join(SLOTS) + r")\}|…|~|[^{…~]+|\{[^}]*\}")
# Characters a clause may hold before its subject (周二, 据悉): a clause that opens with an
# actor this close has a subject of its own.
SUBJECT_LEAD = 8
# Names of the regex groups of the gaps around a trigger (kg.relate.reader checks them).
BEFORE_TRIGGER, AFTER_TRIGGER = "before_trigger", "after_trigger"
BEFORE_OBJECT = "before_object"  # the gap before an object marker ({object})
COUNTED_PLACE = "counted_place"  # the place in a counted phrase the stand-in search matched (两家|韩国|企业)
STANCE = "opposes"  # the relation that states a stance, not an act (反对, 谴责)
MEASURE_MARKERS = ("针对", "对")  # what marks a measure's object (对华管制, 针对三星的限制)
_MEASURE_MARKED = f"(?:{'|'.join(MEASURE_MARKERS)})[{chr(MASK_BASE)}-\U0010ffff]"  # a marker and its object (对华)
_PRODUCT_MODIFIER = 3  # characters of modifier between a maker and its goods' kind (英伟达高端芯片)
_DESCRIPTION = 16  # characters of description between a country and a company (人工智慧 (AI) 晶片設計商)
_STANCE_REACH = 8  # characters between a measure and a stance on it (限制芯片出口表示反对)
_REACTION_GAP = 4  # characters between a matter's end and the reaction to it (一事向美方提出交涉)
_DEFINITION_REACH = 40  # characters in a bracket before the word a filing defines for its company (以下简称“星河”或“公司”)
_RELATIVE_CLAUSE = 20  # characters after an object before the 的 of a relative clause (向伊朗出售零部件的)
_MODIFIERS = 4  # characters between that 的 and the name it modifies (的多家中国公司)
COMPANY_DESCRIPTION = 8  # characters of what kind of company a list's member is (国产GPU厂商)
_PRESSURE_REACH = 4  # characters between a name after 在 and its pressure (在美国的持续施压下)
_ATTRIBUTION_LENGTH = 30  # characters before the verb of a sentence that only names a speaker
_SAID_OPENER = 3  # characters between a clause mark and the verb of speaking that opens the clause (,他还认为)


@dataclass(frozen=True)
class Template:
    """A parsed template: a tuple of parts, each ('slot', name), ('gap', None), ('phrase', None) (a gap
    that may hold names), ('words', list name) or ('text', str)."""

    source: str
    parts: tuple[tuple[str, str | None], ...]

    @functools.cached_property
    def anchors(self) -> tuple[str, ...]:
        """The literal text the template needs (是, 包括): a clause without it cannot match."""
        return tuple(value for kind, value in self.parts if kind == "text")

    @functools.cached_property
    def lists_officers(self) -> bool:
        """Whether a name right after a title is followed by another title ({tail}{title}{other}、{title}{head}):
        officers listed, each with a title of their own (not one person's posts at two bodies,
        {tail}{title}、{other}{title}{head})."""
        kinds = [value if kind == "slot" else kind for kind, value in self.parts]
        return any(kind == "title" and kinds[i + 1:i + 2] == ["other"] and "title" in kinds[i + 2:]
                   for i, kind in enumerate(kinds))

    @functools.cached_property
    def marks_clauses(self) -> bool:
        """Whether the template's own text holds a clause mark ({head}…{trigger},{tail}): it reads across
        clauses by design."""
        return any(mark in value for kind, value in self.parts if kind == "text" for mark in CLAUSE_MARKS)

    @functools.cached_property
    def tail_after_gap(self) -> bool:
        """Whether a gap comes right before the {tail} slot (what the gap ends with is the text's, not the template's)."""
        slots = [i for i, part in enumerate(self.parts) if part == ("slot", "tail")]
        return bool(slots) and slots[0] > 0 and self.parts[slots[0] - 1][0] in ("gap", "phrase")

    @functools.cached_property
    def word_lists(self) -> tuple[str, ...]:
        """The word lists the template needs a word of ({object}, {including})."""
        return tuple(value for kind, value in self.parts if kind == "words")

    @functools.cached_property
    def tail_glued(self) -> bool:
        """Whether the {tail} slot comes right before the {head} slot, with no gap between them
        (英伟达H20, 华为的旗舰芯片麒麟9000S): the tail is the one name there, not a list that ends in it."""
        kinds = [kind if kind != "slot" else value for kind, value in self.parts]
        if "tail" not in kinds or "head" not in kinds or kinds.index("tail") > kinds.index("head"):
            return False
        return not {"gap", "phrase"} & set(kinds[kinds.index("tail"):kinds.index("head")])

    @functools.cached_property
    def tail_is_object(self) -> bool:
        """Whether the {tail} slot is an object: after the {head}, and after the trigger or a marker word."""
        slots = {value: i for i, (kind, value) in enumerate(self.parts) if kind == "slot"}
        tail, head = slots.get("tail", -1), slots.get("head", len(self.parts))
        return tail > head and any(kind == "words" or (kind, value) == ("slot", "trigger")
                                   for kind, value in self.parts[:tail])


@dataclass(frozen=True)
class Rule:
    id: str
    relation: str
    head: tuple[str, ...]
    tail: tuple[str, ...]
    triggers: tuple[str, ...]
    templates: tuple[Template, ...]  # its own, then its constructions'
    span: str  # see RuleEntry for these
    max_gap: int
    name_prefix: bool
    known_office: bool
    byline: bool
    fold_makers: bool
    gaps_exclude: tuple[str, ...]  # words no gap may hold (RuleEntry names their lists)
    not_followed_by: str | None
    negated_as: str | None
    trigger_not_before: tuple[str, ...] = ()  # words (RuleEntry names their lists)
    trigger_not_after: tuple[str, ...] = ()  # words (RuleEntry names their list)
    denies: bool = False  # the triggers deny the relation (断供)
    object_tails: bool = True
    reads_urged: bool = True
    object_in_clause: bool = False  # RuleEntry.object_in_clause
    addressee_acts: bool = False  # RuleEntry.addressee_acts
    imposed: bool = False  # RuleEntry.imposed
    rule_broken: bool = False  # RuleEntry.rule_broken
    tail_not_home: bool = False  # RuleEntry.tail_not_home
    head_as_maker: bool = False  # RuleEntry.head_as_maker
    tail_not_other_maker: bool = False  # RuleEntry.tail_not_other_maker
    shown_by_act: bool = False  # RuleEntry.shown_by_act
    officers_after: re.Pattern | None = None  # RuleEntry.officers_after: a clause's opening up to its person
    head_not_part_of: frozenset[str] = frozenset()  # RuleEntry.head_not_part_of
    asker_acts: bool = True  # RuleEntry.asker_acts
    rivals_named: re.Pattern | None = None  # the words of RuleEntry.rivals_named (对标, 替代…), one regex
    head_not_after: tuple[str, ...] = ()  # words (RuleEntry names their list)
    head_not_before: tuple[str, ...] = ()  # words (RuleEntry names their list)
    tail_not_after: tuple[str, ...] = ()  # words (RuleEntry names their list)
    tail_not_before: tuple[str, ...] = ()  # words (RuleEntry names their list)
    head_not_after_search: re.Pattern | None = None  # the same words, never inside a compound (反对)
    conduct_denials: re.Pattern | None = None  # the words' regex (RuleEntry names their list)
    patterns: tuple[re.Pattern, ...] = ()  # the templates compiled over masked text, in order
    # A clause opened by an actor of the head's types (宣布对X实施制裁,此前美国批准): the gap before the
    # trigger holds none, or the trigger is that actor's.
    actor_clause: re.Pattern | None = None
    # The same for the tail's types, where the tail is the agent that opens a template ({tail}…{trigger}
    # …{head}): the gap after the trigger holds none (为苹果生产处理器,英伟达宣布首片Blackwell…: Apple
    # makes no Blackwell), as the gap after the head's trigger holds no clause of another head.
    tail_clause: re.Pattern | None = None
    # For a rule no company heads: a last clause before the trigger that a company opens, naming no one
    # else (谈判后,G42同意剔除华为的设备): the trigger is the company's act, no earlier head's.
    company_clause: re.Pattern | None = None

    @functools.cached_property
    def reads_lobbying(self) -> bool:
        """Whether a template reads who asks another to take the stance ({lobby})."""
        return any("lobby" in template.word_lists for template in self.templates)

    @functools.cached_property
    def group_names(self) -> tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...]:
        """For each pattern, the names of its trigger groups, of its title groups and of the gaps
        the reader checks (around its trigger, before its object marker), in template order."""
        return tuple((tuple(g for g in p.groupindex if g.startswith("trigger")),
                      tuple(g for g in p.groupindex if g.startswith("title")),
                      tuple(g for g in p.groupindex if g.startswith((BEFORE_TRIGGER, AFTER_TRIGGER, BEFORE_OBJECT))))
                     for p in self.patterns)


class Needs(NamedTuple):
    """What a template needs in a clause to match: each of ``words`` (its literal text, tested first:
    one C call each), and a match of each of ``patterns`` (a word of each word list it uses, a title).
    False when it needs nothing."""

    words: tuple[str, ...]
    patterns: tuple[re.Pattern, ...]

    def __bool__(self) -> bool:
        return bool(self.words or self.patterns)


@dataclass(frozen=True)
class RuleSet:
    """Every rule, plus the hedging cues that set polarity and modality."""

    rules: tuple[Rule, ...]
    negations: tuple[str, ...]
    modality: dict[str, tuple[str, ...]]  # modality -> cue words
    coordinators: tuple[str, ...]
    titles: tuple[str, ...]
    byline_fields: tuple[str, ...] = ()  # a byline's fields (文, 作者, 记者), from patterns.yaml
    attributive_nouns: tuple[str, ...] = ()  # after a place they make it a modifier, not an actor
    staff_nouns: tuple[str, ...] = ()  # after a company they name its staff: no party to a rule
    company_bodies: tuple[str, ...] = ()  # bodies that act for the company, though a staff noun opens them
    prepositions: tuple[str, ...] = ()  # before a name they make it an object, not an actor
    compounds: tuple[str, ...] = ()  # words a literal or a preposition is no part of (反对 holds no 对)
    # Earlier in the trigger's clause: a lifted measure is negative (解除…禁令), for the relations listed.
    lifted: tuple[str, ...] = ()
    lifted_relations: tuple[str, ...] = ()
    # Earlier in the trigger's clause: a barred act is negative (限制阿斯麦向中国出口), for the relations listed.
    barred: tuple[str, ...] = ()
    barred_relations: tuple[str, ...] = ()
    # Later in the trigger's clause, 的 and one of these: an act intended (向中国出售H20的申请), planned.
    intended: tuple[str, ...] = ()
    risked: tuple[str, ...] = ()  # after the trigger and 的, what makes the act a risk (被制裁的风险)
    intended_relations: tuple[str, ...] = ()
    urged: tuple[str, ...] = ()  # earlier in the trigger's clause: a planned relation (说服盟友…限制)
    obliged: tuple[str, ...] = ()  # right before the trigger: a demand, planned (该局应暂停许可)
    denials: tuple[str, ...] = ()  # earlier in the trigger's clause: a fact denied, not refused (否认发放许可)
    voiced: tuple[str, ...] = ()  # relations a country's agency shares when it speaks for it (opposes)
    legislatures: frozenset[str] = frozenset()  # whose people's stances may be on their own country
    not_by_legislatures: frozenset[str] = frozenset()  # relations no legislature heads (permits)
    announced: tuple[str, ...] = ()  # relations a unit's parent shares when it announces them (restricts…)
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # named word lists for {name} slots
    # A phrase that refers back -> the entity types it may stand for (该规则 → the last LAW named,
    # 当局 → the last AGENCY or PLACE).
    anaphors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    anaphor_window: int = 2  # how many sentences back the referent may be
    anaphor_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 该校 -> (大学, 学院, 学校)
    # Words that, opening what a company or one of its people said, stand for that company
    # (英伟达首席财务官表示,公司…).
    speaker_anaphors: tuple[str, ...] = ()
    own_company: tuple[str, ...] = ()  # of those, what a filing defines for its own company (以下简称“公司”)
    # the bracket after a company's name that so defines it: (以下简称“星河”或“公司”)
    own_definition: re.Pattern | None = None
    # An entity type -> how many sentences back its anaphors reach, past the window, when the
    # document has named only one entity of the type (该新规).
    long_anaphors: dict[str, int] = field(default_factory=dict)
    title_search: re.Pattern | None = None  # every title, longest first
    # A word that names a country by one character -> that country's entity id and the part of
    # the word that stands for it: the character in 对华 (the rest stays text: 对 marks the
    # object), the whole word in 美政府.
    implicit: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)  # RulesFile.abbreviations, short name -> id
    implicit_not_after: tuple[str, ...] = ()  # 亲美政府 is not the United States' government, 反对华人 no 对华
    implicit_not_before: tuple[str, ...] = ()  # 对华鹰派 are people: China is no party there
    # A clause that opens with one of these (并, 随后, 将…, or a trigger) continues the last subject's action.
    carry_search: re.Pattern | None = None
    carry_openers: tuple[str, ...] = ()  # the connectives of carry_search, without the triggers
    # After a person these make the person's country the actor (特朗普政府 → the United States).
    administration: tuple[str, ...] = ()
    # Phrases that stand for the actor of what was just reported (中国对此表示不满).
    about_this: tuple[str, ...] = ()
    # A verb of asking or ordering and 其: 其 stands for who was addressed (致函台积电,要求其…).
    addressed: tuple[str, ...] = ()
    addressed_not_before: tuple[str, ...] = ()  # 要求其盟友: a possessive
    # A verb of stance and 其: 其 stands for the earlier clause's subject or addressee (_judged).
    judged: tuple[str, ...] = ()
    # A counted phrase (两家公司) -> the type and the number of the names it stands for, as a list.
    counted: dict[str, tuple[str, int]] = field(default_factory=dict)
    counted_not_after: tuple[str, ...] = ()  # 另外两家公司 are two others
    # A probe's anaphor (此次调查) -> how many characters of it stand for the agency that opened it (此次).
    probe_anaphors: dict[str, int] = field(default_factory=dict)
    probe_window: int = 0  # how many sentences after its opening a probe's anaphors refer to it
    probes_opened_search: re.Pattern | None = None  # a word that opens a probe (立案调查)
    # Every anaphor, implicit-country word and 对此 phrase, longest first: one search a document; a
    # counted phrase with a place (两家韩国企业) marks the place as group COUNTED_PLACE.
    stand_in_search: re.Pattern | None = None
    reported_search: re.Pattern | None = None  # any cue of the reported modality


    @functools.cached_property
    def described_search(self) -> re.Pattern | None:
        """What stands between a country and the company it describes: a phrase that ends in a
        word for a company (人工智能初创公司, 最大的晶圆代工厂), with no punctuation. (中国的X may
        be a relative clause's end: 出口至中国的H20.)"""
        words = self.words.get("company")
        return re.compile(f"(?P<description>[^\\n{CLAUSE_MARKS}、。!?“”\"]{{0,{_DESCRIPTION}}}?){trie_pattern(words)}") \
            if words else None

    @functools.cached_property
    def causative_search(self) -> re.Pattern | None:
        """A verb by which a measure brings something about (迫使, 导致): see words.causative."""
        return self._cue_pattern(self.words.get("causative"))

    @functools.cached_property
    def product_kind_search(self) -> re.Pattern | None:
        """A word for a kind of product (芯片, 服务器), after 的 or a short modifier (高端芯片): what a
        maker's name right before it says whose goods they are."""
        kinds = self.words.get("product_kind")
        return re.compile(f"的?[\u3400-\u9fff]{{0,{_PRODUCT_MODIFIER}}}?{trie_pattern(kinds)}") if kinds else None

    @functools.cached_property
    def unnamed_company_search(self) -> re.Pattern | None:
        """A company counted as one and described, with no punctuation (一家中国民营科技公司): an
        anaphor after it (该公司) is that company, whatever was named before."""
        return _counted_phrase(self.words.get("one_of"), self.words.get("company"))

    @functools.cached_property
    def unnamed_product_search(self) -> re.Pattern | None:
        """A product counted as one and described (一款新的人工智能推理芯片, 一款芯片产品): an anaphor
        after it (该芯片) is that product unless a name follows it."""
        return _counted_phrase(self.words.get("one_product"), self.words.get("product_kind"), repeated=True)

    @functools.cached_property
    def located_search(self) -> re.Pattern | None:
        """What follows a country that only says where a company's own plant is (中国工厂,
        在中国的半导体工厂)."""
        words = self._cue_pattern(self.words.get("facility"))  # never inside a compound (厂 of 厂商)
        return re.compile(f"(?P<gap>的?[^\\s{CLAUSE_MARKS}、。!?]{{0,{_DESCRIPTION // 2}}}?)(?:{words.pattern})") \
            if words else None

    @functools.cached_property
    def kept_list_search(self) -> re.Pattern | None:
        """An attributive noun that opens a list's name (实体清单: ``attributive_nouns`` then
        ``list_name``): the place before it keeps the list (美国实体清单), as 美国的实体清单 says."""
        lists = self.words.get("list_name")
        if not self.attributive_nouns or not lists:
            return None
        return re.compile(f"{trie_pattern(self.attributive_nouns)}{trie_pattern(lists)}")

    @functools.cached_property
    def located_at(self) -> tuple[str, ...]:
        """What comes before the place an envoy is posted to or a company sits in (美国驻日本大使,
        位于上海的中芯国际)."""
        return tuple(self.words.get("located_at", ()))

    @functools.cached_property
    def share_verbs(self) -> tuple[str, ...]:
        """What tells a market's share of a company's figures (中国市场占其营收的三成)."""
        return tuple(self.words.get("share_verbs", ()))

    @functools.cached_property
    def excepted(self) -> tuple[str, ...]:
        """What, after a name, sets it apart from the party named after (华为以外的客户)."""
        return tuple(self.words.get("excepted", ()))

    @functools.cached_property
    def followed_search(self) -> dict[str, re.Pattern | None]:
        """For each rule's ``not_followed_by`` list, one regex."""
        return {rule.not_followed_by: word_pattern(self.words.get(rule.not_followed_by))
                for rule in self.rules if rule.not_followed_by}

    @functools.cached_property
    def members_sentence_search(self) -> re.Pattern | None:
        """What opens a sentence that lists the members of a group the sentence before named: 其中 and a
        word of ``including`` (其中包括浪潮集团), or who a measure names (被列入的企业包括…); not 包括
        alone, which opens sentences of their own (包括华为在内的企业表示…)."""
        return self._members_opener(lambda including: f"其中(?:{including})|其中有")

    @functools.cached_property
    def members_search(self) -> re.Pattern | None:
        """What opens a clause that lists the members of a group the clause before named (包括, or
        被调查企业包括)."""
        return self._members_opener(lambda including: including)

    def _members_opener(self, lead: Callable[[str], str]) -> re.Pattern | None:
        """``lead`` made of the pattern of ``including``, or who a measure names then a word of
        ``including`` or 为 (被调查企业包括…, 制裁对象为…); None without a word of ``including``."""
        including = word_pattern(self.words.get("including"))
        if including is None:
            return None
        targets = word_pattern(self.words.get("measure_targets"))
        opener = lead(including.pattern)
        return re.compile(opener if targets is None else f"{opener}|{targets.pattern}(?:{including.pattern}|为)")

    @functools.cached_property
    def said_clause(self) -> re.Pattern | None:
        """A clause opened by a verb of speaking or thinking (,认为…, ,并称…): what follows it is what
        was said, no object of a verb before it (批评此一决定,认为这将帮助中国 criticizes no China)."""
        speech = self._cue_pattern(self.words.get("speech"))
        marks = re.escape(CLAUSE_MARKS)  # a subject or an adverb may come first (,他还认为)
        return None if speech is None else re.compile(f"[{marks}][^{marks}。]{{0,{_SAID_OPENER}}}?(?:{speech.pattern})")

    @functools.cached_property
    def speech_opening(self) -> re.Pattern | None:
        """A verb of speaking or announcing that opens what was said (表示,  称:  宣布,)."""
        speech = self._cue_pattern([*self.words.get("speech", ()), *self.words.get("announce", ())])
        return None if speech is None else re.compile(f"(?:{speech.pattern})[{re.escape(CLAUSE_MARKS)}:：]")

    @functools.cached_property
    def speech_after_addressee(self) -> re.Pattern | None:
        """A verb of speaking that opens what was said, a few characters after whom it is told to
        (对路透社|表示, 对彭博社|记者称: words.told; not 对英伟达|的报道称)."""
        opening = self.speech_opening
        return None if opening is None else re.compile(
            f"[^{re.escape(CLAUSE_MARKS)}。的]{{0,{_ADDRESSEE_NOUN}}}?(?:{opening.pattern})")

    @functools.cached_property
    def said_subject(self) -> re.Pattern | None:
        """A verb of speaking and the name right after it (表示苹果, 称,华为), in masked text: what was
        said has that name for its subject (白宫发言人称三星已同意…: the agreeing is Samsung's); not a
        verb of lobbying that ends like one (游说, 说服: whom it asks does what it asks for)."""
        speech = cue_regex(self.words.get("speech"), (*self.compounds, *self.words.get("lobby", ())))
        marks = re.escape(CLAUSE_MARKS)
        return None if speech is None else re.compile(
            f"(?:{speech.pattern})[{marks}:：]?[^{marks}\n{chr(MASK_BASE)}-\U0010ffff]{{0,{_SAID_ADVERB}}}?"
            f"([{chr(MASK_BASE)}-\U0010ffff])")

    @functools.cached_property
    def unnamed_speech_search(self) -> re.Pattern | None:
        """People who speak unnamed at the end of a clause (人士指出, 分析师认为, 议员也表示): a word of
        ``unnamed_speakers``, at most two adverbs, a word of ``speech``."""
        ending = self._people_speaking(self.words.get("unnamed_speakers"))
        return None if ending is None else re.compile(ending)

    @functools.cached_property
    def opinion_speech_search(self) -> re.Pattern | None:
        """A clause that is only people giving their view, unnamed, and a verb of speaking (两位议员指出,
        分析师认为): a few characters (a count), a word of ``opinion_givers``, a word of ``speech``."""
        ending = self._people_speaking(self.words.get("opinion_givers"))
        return None if ending is None else re.compile(f"[^{chr(MASK_BASE)}-\U0010ffff]{{0,{_COUNT_LEAD}}}?{ending}")

    def _people_speaking(self, people: tuple[str, ...] | None) -> str | None:
        """A word of ``people``, at most two adverbs and a word of ``speech`` that end the text (a regex)."""
        speech = self.words.get("speech")
        if not people or not speech:
            return None
        return f"(?:{trie_pattern(people)})[也则均都还亦更]{{0,2}}(?:{trie_pattern(speech)})说?\\Z"

    @functools.cached_property
    def people_described_search(self) -> re.Pattern | None:
        """A relative clause on people, matched at its verb: no other 的 or name before 的 and a word of
        ``unnamed_speakers`` (反对这项新规的议员, 批评态度的人士)."""
        people = self.words.get("unnamed_speakers")
        return re.compile(f"[^的{chr(MASK_BASE)}-\U0010ffff]*的(?:{trie_pattern(people)})") if people else None

    @functools.cached_property
    def object_marker_search(self) -> re.Pattern | None:
        """An object marker (对, 向…; words.object), never inside a compound (反对)."""
        return self._cue_pattern(self.words.get("object"))

    @functools.cached_property
    def marked_object(self) -> re.Pattern | None:
        """An object marker and the name it marks, in masked text (对美方): in 中方对美方向台湾出售…表示
        不满 the first marker is the stance's, and 向 is the sale's; unless the name is asked (asked_of)."""
        markers = self.object_marker_search  # never inside a compound (反对美方)
        # Not one asked (向美国申请豁免,继续向华为供货): its phrase ends at the verb of asking.
        asked = f"(?!{trie_pattern(self.asked_of)})" if self.asked_of else ""
        return None if markers is None else re.compile(f"(?:{markers.pattern})[{chr(MASK_BASE)}-\U0010ffff]{asked}")

    @functools.cached_property
    def breach(self) -> re.Pattern | None:
        """What breaks, dodges or keeps a rule (违反, 绕过, 遵守): a trigger right after one names the
        rule, not an act (违反美国出口管制向华为供货 restricts no one)."""
        return self._cue_pattern(self.words.get("breach"))

    @functools.cached_property
    def breach_words(self) -> tuple[str, ...]:
        """The same words, for a test at one position (违反|美国出口管制)."""
        return tuple(self.words.get("breach", ()))

    @functools.cached_property
    def asked_of(self) -> tuple[str, ...]:
        """Verbs of asking: a preposition's object right before one is who is asked (向美国政府申请许可),
        not the object of a trigger after it."""
        return tuple(self.words.get("asked_of", ()))

    @functools.cached_property
    def plant(self) -> tuple[str, ...]:
        """A company's plants (工厂, 晶圆厂…: words.plant)."""
        return tuple(self.words.get("plant", ()))

    @functools.cached_property
    def contrast(self) -> tuple[str, ...]:
        """Words that open a clause set against the one before (但, 而…: words.contrast)."""
        return tuple(self.words.get("contrast", ()))

    @functools.cached_property
    def complaint(self) -> tuple[str, ...]:
        """Complaints lodged (提起诉讼, 申诉…): a name after 向 and before one hears it (words.complaint)."""
        return tuple(self.words.get("complaint", ()))

    @functools.cached_property
    def list_name_search(self) -> re.Pattern | None:
        """The names of lists (清单, 实体清单's 清单, 管制名单…): words.list_name."""
        names = self.words.get("list_name")
        return word_pattern(names) if names else None

    @functools.cached_property
    def customer_search(self) -> re.Pattern | None:
        """The nouns of a customer or a market (客户, 市场…: words.customer), triggers that name no act."""
        names = self.words.get("customer")
        return word_pattern(names) if names else None

    @functools.cached_property
    def urge_words(self) -> tuple[str, ...]:
        """Verbs of urging another (敦促, 呼吁…): the name right after one is who is urged (words.urge)."""
        return tuple(self.words.get("urge", ()))

    @functools.cached_property
    def agent_search(self) -> re.Pattern | None:
        """A marker of the agent (由, words.agent), never inside a compound (由于, 理由): the name after
        it does the act that follows (由一家智库指责…)."""
        return self._cue_pattern(self.words.get("agent"))

    @functools.cached_property
    def lobby_search(self) -> re.Pattern | None:
        """A verb of asking another to take a stance (游说, 呼吁…): who asks takes it (words.lobby)."""
        return self._cue_pattern(self.words.get("lobby"))

    @functools.cached_property
    def urged_search(self) -> re.Pattern | None:
        """An urging (呼吁, 要求…), before a trigger in its clause: a demand, not the act."""
        return self._cue_pattern(self.urged)

    @functools.cached_property
    def deed_search(self) -> re.Pattern | None:
        """What names or ends a matter (一事, 一案, 做法…): a head before one, after the rule's
        ``head_not_after`` word, is inside the matter (就美国制裁华为一事…: no stance of Huawei's)."""
        return word_pattern(self.words.get("deed"))

    @functools.cached_property
    def concessive_search(self) -> re.Pattern | None:
        """A word of ``concessive`` (即使, 哪怕): what supposes the rest of its clause."""
        return word_pattern(self.words.get("concessive"))

    @functools.cached_property
    def question_search(self) -> re.Pattern | None:
        """A word of ``question`` (是否, 如何): what opens a question about an act, whose names are its own."""
        return word_pattern(self.words.get("question"))

    @functools.cached_property
    def topic_frame_search(self) -> re.Pattern | None:
        """A frame on a topic: a word of ``topic_openers`` (在, 就), at most ``_FRAME_CHARS`` characters
        of its clause, a word of ``topics`` (在关税问题上, 就出口管制问题)."""
        openers, topics = self.words.get("topic_openers"), self.words.get("topics")
        if not openers or not topics:
            return None
        return re.compile(f"(?:{trie_pattern(openers)})[^{CLAUSE_MARKS}。]{{1,{_FRAME_CHARS}}}?(?:{trie_pattern(topics)})")

    @functools.cached_property
    def talked_over_search(self) -> re.Pattern | None:
        """A matter talked over with a party: a word of ``matter_openers`` (就), at most ``_FRAME_CHARS``
        characters of its clause, a word of ``talked_with`` (group ``partner``), at most
        ``_PARTNER_CHARS`` more and a word of ``talks`` (就美国半导体关税与美方磋商)."""
        openers, partner, talks = (self.words.get(key) for key in ("matter_openers", "talked_with", "talks"))
        if not openers or not partner or not talks:
            return None
        return re.compile(f"(?:{trie_pattern(openers)})[^{CLAUSE_MARKS}。]{{1,{_FRAME_CHARS}}}?"
                          f"(?P<partner>{trie_pattern(partner)})[^{CLAUSE_MARKS}。]{{0,{_PARTNER_CHARS}}}?"
                          f"(?:{trie_pattern(talks)})")

    @functools.cached_property
    def matter_closed_search(self) -> re.Pattern | None:
        """A word of ``matter_closed`` (一事, 一案): what surely ends a matter, whatever follows it."""
        return word_pattern(self.words.get("matter_closed"))

    @functools.cached_property
    def matter_search(self) -> re.Pattern | None:
        """What opens the matter a stance is taken on (就, 对…), never inside a compound (反对)."""
        return self._cue_pattern(self.words.get("matter"))

    @functools.cached_property
    def cause_search(self) -> re.Pattern | None:
        """A word of ``cause`` (因, 由于…) never inside a compound: what opens a reason."""
        return self._cue_pattern(self.words.get("cause"))

    @functools.cached_property
    def attribution_search(self) -> re.Pattern | None:
        """A sentence that only says who said the quote before it: a speaker and a word of ``speech``
        (外交部发言人毛宁在例行记者会上表示。), read with the quote as one sentence (``sentences``)."""
        speech = word_pattern(self.words.get("speech"))
        if speech is None:
            return None
        return re.compile(f"[^“”「」『』\"'\\n{re.escape(CLAUSE_MARKS)}。!?]{{1,{_ATTRIBUTION_LENGTH}}}"
                          f"{speech.pattern}道?[。!?]?")

    @functools.cached_property
    def stance_search(self) -> re.Pattern | None:
        """A word of ``stance`` (表示, 提出, 回应…): one between a matter and a stance's trigger closes the matter."""
        return word_pattern(self.words.get("stance"))

    @functools.cached_property
    def reaction_search(self) -> re.Pattern | None:
        """A reaction that closes a matter, matched where a relation read in the matter ends: a word
        of ``deed`` (一事, 决定…) a few characters on, then one of ``stance`` (表示, 提出, 回应…) within
        a few more (一事向美方提出); or a stance word within a few characters and no opener of a
        further act (并, 还…: 对华为实施制裁并表示… is the sanction's maker speaking)."""
        deed, stance = self.words.get("deed"), self.words.get("stance")
        if not deed or not stance:
            return None
        clause = f"[^\\n{re.escape(CLAUSE_MARKS)}。!?]"
        goes_on = f"(?!{trie_pattern(self.carry_openers)})" if self.carry_openers else ""
        return re.compile(f"(?:{clause}{{0,{_STANCE_REACH}}}?{trie_pattern(deed)}{clause}{{0,{_REACTION_GAP}}}?"
                          f"|(?:{goes_on}{clause}){{0,{_REACTION_GAP}}}?){trie_pattern(stance)}")

    @functools.cached_property
    def owned_by(self) -> tuple[str, ...]:
        """What stands between a company and its unit (华为旗下海思): to rules other than those of
        employment and units, the unit is what the phrase names."""
        return tuple(self.words.get("owned_by", ()))

    @functools.cached_property
    def pressure(self) -> re.Pattern | None:
        """What follows the one who presses or leads, after 在 (在美国的压力下: no actor), matched
        where the name ends."""
        words = self.words.get("pressure")
        return re.compile(f"的?[^\\n{re.escape(CLAUSE_MARKS)}。]{{0,{_PRESSURE_REACH}}}?{trie_pattern(words)}") \
            if words else None

    @functools.cached_property
    def suspected(self) -> re.Pattern | None:
        """What opens the deed a suspect is charged with (涉嫌): a name after it, between a verb and
        its object, is part of the deed (起诉两名男子涉嫌走私英伟达芯片), not the verb's object."""
        return self._cue_pattern(self.words.get("suspected"))

    @functools.cached_property
    def modified_later(self) -> dict[tuple[str, ...], re.Pattern]:
        """For each rule's tail types, what after an object makes it part of a relative clause that
        modifies a later name of those types: in 制裁了向伊朗出售零部件的中国公司 the company is the object,
        not Iran. No other name and no list's joiner may stand before the 的 (华为和为其供货的企业), and
        something must (中国的中芯国际 is a possessive); no quote may stand after it. A name a measure's
        marker opens after the 的 is that measure's object (美国近期的对华管制 names no Chinese thing
        modified). A company right before a kind of product is its maker, and the product what is
        modified (指控深度求索获取受管制的英伟达芯片 accuses DeepSeek)."""
        joiners = "".join(re.escape(word) for word in self.coordinators if len(word) == 1)
        stop = _PHRASE_STOP
        kinds = self.words.get("product_kind")
        maker = f"(?!{trie_pattern(kinds)})" if kinds else ""
        return {rule.tail: re.compile(f"[^{stop}{joiners}]{{1,{_RELATIVE_CLAUSE}}}的(?!{_MEASURE_MARKED})"
                                      f"[^{stop}]{{0,{_MODIFIERS}}}[{_block(tail_kinds(rule.tail))}]{maker}")
                for rule in self.rules}

    @functools.cached_property
    def describes_a_company(self) -> re.Pattern | None:
        """What after a name that 与 opens makes it part of a relative clause that describes an unnamed
        company (与中国政府关系密切的电信巨头, 与伊朗有业务往来的企业): the company is the party."""
        words = self.words.get("company")
        return re.compile(f"[^{_PHRASE_STOP}]{{1,{_RELATIVE_CLAUSE}}}?的[^{_DEAL_STOP}]{{0,{_MODIFIERS}}}?"
                          f"{trie_pattern(words)}(?![{chr(MASK_BASE)}-\U0010ffff])") if words else None

    @functools.cached_property
    def dealt_for(self) -> re.Pattern | None:
        """What after an object makes it part of a relative clause about a dealer, the verb's real
        object though unnamed: 搜查了一家为华为采购芯片的公司 raids no Huawei; 限制向中国出口的芯片 still
        restricts China (no dealer)."""
        return self._deal_clause(self.words.get("dealers"))

    @functools.cached_property
    def kin_after(self) -> re.Pattern | None:
        """What after a place's name makes the phrase name others: its allies or neighbours
        (美国的盟友, 中国邻国; words.place_kin)."""
        return self._kin(self.words.get("place_kin"))

    @functools.cached_property
    def rivals_after(self) -> re.Pattern | None:
        """What after a company's name makes the phrase name others: its rivals (美光的竞争对手;
        words.company_kin)."""
        return self._kin(self.words.get("company_kin"))

    @staticmethod
    def _kin(words: Collection[str] | None) -> re.Pattern | None:
        kin = word_pattern(words)
        return None if kin is None else re.compile(f"的?{kin.pattern}")

    @functools.cached_property
    def dealer_after(self) -> re.Pattern | None:
        """What after a name ends a relative clause that a verb of sale or a crime opened before it,
        and names its unnamed dealer (对涉嫌走私英伟达芯片的男子提起诉讼: the men are charged, not Nvidia);
        see ``deal_ending``."""
        dealers = self.words.get("dealers")
        if not dealers:
            return None
        return re.compile(_described_after(dealers))

    @functools.cached_property
    def deal_ending(self) -> re.Pattern | None:
        """A verb of sale, of making for or helping someone or of a crime, then no other name nor a clause break
        up to the end of the searched span (a name's start)."""
        deals = self._deals
        return re.compile(f"{trie_pattern(deals)}[^{_DEAL_STOP}]{{0,{_RELATIVE_CLAUSE}}}?\\Z") if deals else None

    @functools.cached_property
    def _deals(self) -> tuple[str, ...]:
        return (*self.words.get("sale", ()), *self.words.get("making_for", ()), *self.words.get("assisting", ()),
                *self.words.get("linked", ()), *self.words.get("suspected", ()))

    @functools.cached_property
    def deal_judged(self) -> re.Pattern | None:
        """The same about a deal's decision or plan, which a stance is on (质疑向中国出售H200芯片的决定
        opposes no China); a measure on the deal is still on its party (叫停向中国出售芯片的计划)."""
        return self._deal_clause(self.words.get("deal_matters"))

    def _deal_clause(self, nouns: Collection[str] | None) -> re.Pattern | None:
        """A clause with a verb of sale, of making for or helping someone or of a crime, then 的, places that
        describe (台湾), and one of ``nouns``."""
        deals = self._deals
        if not nouns or not deals:
            return None
        # No list's joiner before the verb: in 制裁华为和为其供货的中国企业 华为 is listed, not inside.
        stop = _PHRASE_STOP + "".join(re.escape(word) for word in self.coordinators if len(word) == 1)
        return re.compile(f"[^{stop}]{{0,{_RELATIVE_CLAUSE}}}?{trie_pattern(deals)}{_described_after(nouns)}")

    @functools.cached_property
    def passive_markers(self) -> tuple[str, ...]:
        """The words that make the name after them the agent of the verb (被美国制裁, 遭到中方反对)."""
        return tuple(self.words.get("passive", ()))

    @functools.cached_property
    def undergone_search(self) -> re.Pattern | None:
        """A passive marker, a verb of undergoing or a word of judgement (words.worth) that ends where
        it is searched up to, right or after a short modifier (被冻结, 受管制, 接受10%的关税, 接受配额限制,
        值得质疑): whatever comes next is undergone or judged, so a name before it does nothing of
        it (阿联酋持有大量被冻结的俄罗斯资产)."""
        markers = (*self.passive_markers, *self.words.get("undergo", ()), *self.words.get("worth", ()))
        if not markers:
            return None
        return re.compile(f"{trie_pattern(markers)}(?:[\u4e00-\u9fff]{{0,{_UNDERGONE_NOUN}}}|"
                          f"[\u4e00-\u9fff0-9A-Za-z%.]{{0,{_UNDERGONE_MODIFIER}}}的)\\Z")

    @functools.cached_property
    def agent_markers(self) -> tuple[str, ...]:
        """The words that make the name after them an agent: passive markers and verbs of provoking
        (遭到中方反对, 引发中方不满)."""
        return (*self.passive_markers, *self.words.get("provoked", ()))

    @functools.cached_property
    def agent_marker_chars(self) -> int:
        """The length of the longest agent marker."""
        return max(map(len, self.agent_markers), default=0)

    @functools.cached_property
    def list_resumed(self) -> tuple[str, ...]:
        """Words that take up a list a clause mark paused (…和海光信息,以及它们的子公司列入): no new clause."""
        return tuple(self.words.get("list_resumed", ()))

    @functools.cached_property
    def executive_offices(self) -> tuple[str, ...]:
        """How the roles of office holders whose acts are their body's end (总统, 部长)."""
        return tuple(self.words.get("executive", ()))

    @functools.cached_property
    def phrase_markers(self) -> tuple[str, ...]:
        """The words that open a phrase inside a predicate: prepositions, passive and disposal markers."""
        return (*self.prepositions, *self.passive_markers, *self.words.get("disposal", ()))

    @functools.cached_property
    def name_rules(self) -> tuple[Rule, ...]:
        """The rules that read one name at a time (name_prefix, known_office, byline)."""
        return tuple(rule for rule in self.rules if rule.name_prefix or rule.known_office or rule.byline)

    @functools.cached_property
    def officer_rules(self) -> tuple[Rule, ...]:
        """The rules that read a sentence's subject and the officers its later clauses open with."""
        return tuple(rule for rule in self.rules if rule.officers_after is not None)

    @functools.cached_property
    def template_rules(self) -> tuple[Rule, ...]:
        """The rules that read two names through templates."""
        return tuple(rule for rule in self.rules
                     if not (rule.name_prefix or rule.known_office or rule.byline or rule.officers_after is not None))

    @functools.cached_property
    def cue_search(self) -> dict[str, re.Pattern | None]:
        """One regex for each list of cues the reader looks for around a trigger."""
        return {"hypothetical": self._cue_pattern(self.modality.get("hypothetical")),
                "planned": self._cue_pattern([*self.modality.get("planned", ()), *self.urged]),
                "planned_unurged": self._cue_pattern(self.modality.get("planned")),
                "obliged": self._cue_pattern(self.obliged),
                "negation": self._cue_pattern(self.negations), "lifted": self._cue_pattern(self.lifted),
                "barred": self._cue_pattern(self.barred), "denial": self._cue_pattern(self.denials),
                "intended": None if not self.intended else re.compile(f"的(?:{trie_pattern(self.intended)})"),
                "risked": None if not self.risked else re.compile(f"的(?:{trie_pattern(self.risked)})")}

    @functools.cached_property
    def negated_marker(self) -> re.Pattern | None:
        """A negation right before the marker of what the predicate is done to (未将荣耀列入…, 否认曾向
        华为供货; an adverb of ``negation_adverbs`` may stand between, then a permission of
        ``permission_had``: 从未获准向中国出口), at the end of the searched span:
        it negates that predicate however far its subject stands."""
        negation = self.cue_search["negation"]
        markers = self._cue_pattern([*self.words.get("object", ()), *self.words.get("disposal", ())])
        if negation is None or markers is None:
            return None
        between = "".join(f"(?:{trie_pattern(words)})?" for words in
                          (self.words.get("negation_adverbs", ()), self.words.get("permission_had", ())) if words)
        return re.compile(f"(?:{negation.pattern}){between}(?:{markers.pattern})\\Z")

    def _cue_pattern(self, words: Collection[str] | None) -> re.Pattern | None:
        """One regex for ``words`` that never matches inside one of the compounds (若 in 若干, 应 in 供应)."""
        return cue_regex(words, self.compounds)

    @functools.cached_property
    def template_needs(self) -> dict[str, tuple[Needs | None, ...]]:
        """For each template rule, what each of its templates needs in a clause to match: its literal
        text, a word of each of its word lists, a title for a {title} slot; None for nothing."""
        lists = {name: word_pattern(words) for name, words in self.words.items()}
        no_title = re.compile("(?!)")  # no titles loaded: a {title} slot never matches
        return {rule.id: tuple(
            Needs(template.anchors, tuple(lists[value] if kind == "words" else self.title_search or no_title
                                          for kind, value in template.parts
                                          if (kind == "words" and lists[value]) or (kind, value) == ("slot", "title")))
            or None for template in rule.templates) for rule in self.template_rules}

    @functools.cached_property
    def rule_needs(self) -> dict[str, Needs]:
        """What all the templates of a template rule need: a sentence without it holds no match.
        Only the rules whose templates share a need are keys."""
        shared = {rule_id: Needs(*(tuple(need for need in firsts if all(need in other for other in rests))
                                   for firsts, *rests in zip(*needs)))
                  for rule_id, needs in self.template_needs.items() if needs and None not in needs}
        return {rule_id: needs for rule_id, needs in shared.items() if needs}

    @functools.cached_property
    def triggers(self) -> Triggers:
        """Every template rule's trigger words, found in one Aho–Corasick scan of a document."""
        return Triggers({rule.id: rule.triggers for rule in self.template_rules})

    @functools.cached_property
    def trigger_words(self) -> frozenset[str]:
        """Every template rule's trigger words."""
        return frozenset(t for rule in self.template_rules for t in rule.triggers)

    @functools.cached_property
    def any_trigger(self) -> re.Pattern | None:
        """Any template rule's trigger word, never where a compound starts (设计 of 芯片设计公司)."""
        return self._trigger_search(self.trigger_words)

    def _trigger_search(self, words: frozenset[str]) -> re.Pattern | None:
        """One of ``words``, never where a compound starts."""
        pattern = word_pattern(words)
        guards = _compound_guards(tuple(sorted(words)), self.compounds)
        return pattern if pattern is None or not guards else re.compile(f"(?!{'|'.join(guards)}){pattern.pattern}")

    def has_trigger(self, text: str) -> bool:
        """Whether ``text`` holds any rule's trigger (a verb: 挑战, 禁止)."""
        return self.any_trigger is not None and self.any_trigger.search(text) is not None

    @functools.cached_property
    def answered_endings(self) -> frozenset[str]:
        """The last characters of ``answered_in_frame``'s words: most names follow none (a cheap test first)."""
        return frozenset(word[-1] for word in self.words.get("answered_in_frame", ()))

    @functools.cached_property
    def addressee_endings(self) -> frozenset[str]:
        """The last characters of the words before whom a speaker tells or answers (``told``, ``telling``,
        ``answered_in_frame``): most names follow none (a cheap test first)."""
        return self.answered_endings | frozenset(word[-1] for key in ("told", "telling") for word in self.words.get(key, ()))

    @functools.cached_property
    def act_trigger(self) -> re.Pattern | None:
        """A trigger of an act, a rule's of any relation but a stance (暂停…出售, 限制; not 欢迎, 反对)."""
        return self._trigger_search(
            frozenset(t for rule in self.template_rules if rule.relation != STANCE for t in rule.triggers))

    @functools.cached_property
    def _trigger_ending(self) -> tuple[re.Pattern, int] | None:
        words = self.trigger_words
        return (re.compile(f"(?:{trie_pattern(words)})了?\\Z"), max(map(len, words)) + 1) if words else None

    def verb_before(self, text: str, at: int) -> bool:
        """Whether a trigger word (a verb, 了 allowed) ends right at ``at``: the name there is its
        object (宣布制裁中芯国际)."""
        if self._trigger_ending is None:
            return False
        pattern, reach = self._trigger_ending
        return pattern.search(text, max(0, at - reach), at) is not None

    @functools.cached_property
    def _readers(self) -> dict[tuple[frozenset[str], frozenset[str]], tuple[Rule, ...]]:
        return {}

    def template_readers(self, types: frozenset[str], triggered: Collection[str]) -> tuple[Rule, ...]:
        """The template rules that may read a sentence that names ``types``: their head and tail
        types both among them and, for a rule with triggers, its id among ``triggered`` (the rules
        whose trigger words the sentence holds). Cached: sentences repeat few combinations (a
        bound caps the memory all the same)."""
        key = (types, frozenset(triggered))
        found = self._readers.get(key)
        if found is None:
            if len(self._readers) >= _READERS_KEPT:
                self._readers.clear()
            found = self._readers[key] = tuple(
                rule for rule in self.template_rules
                if not types.isdisjoint(rule.head) and not types.isdisjoint(rule.tail)
                and (rule.id in key[1] or not rule.triggers))
        return found


_READERS_KEPT = 1 << 14  # combinations of types and triggered rules RuleSet.template_readers keeps


_BLOCK_START = {kind: MASK_BASE + number * MASK_BLOCK for number, kind in enumerate(MASK_KINDS)}


def mask_char(kind: str, index: int) -> str:
    """The mask character of the ``index``-th mention of ``kind`` in a clause."""
    return chr(_BLOCK_START[kind] + index)


def mask_kind(char: str) -> str:
    """The kind of a mask character (``mask_char``'s ``kind``)."""
    return MASK_KINDS[(ord(char) - MASK_BASE) // MASK_BLOCK]


@functools.lru_cache(maxsize=None)
def tail_kinds(tail: tuple[str, ...]) -> tuple[str, ...]:
    """The mask blocks a tail may come from: prepositions' objects and modifier places too."""
    return (*tail, *(OBJECT + t for t in tail), *((MODIFIER,) if "PLACE" in tail else ()))


def _tail_rivals(tail: tuple[str, ...]) -> tuple[str, ...]:
    return (*tail, *(OBJECT + t for t in tail))


def _block(kinds: tuple[str, ...]) -> str:
    """The regex character ranges of the mask blocks of ``kinds``."""
    return "".join(f"{mask_char(kind, 0)}-{mask_char(kind, MASK_BLOCK - 1)}" for kind in kinds)


def _phrase_stop(names: tuple[str, ...]) -> str:
    """What no phrase inside a clause runs across (a regex class's characters): a line or clause
    break, a sentence end, a quote, and a name of one of the mask kinds ``names``."""
    return f"\\n{re.escape(CLAUSE_MARKS)}。!?“”「」\"{_block(names)}"


_PHRASE_STOP = _phrase_stop(MASK_KINDS)
# A deal's clause may name its goods and where they go (出售H200芯片的决定, 走私至中国大陆的男子), and a
# place may describe its dealer (为华为生产芯片的台湾企业).
_DEAL_STOP = _phrase_stop(tuple(k for k in MASK_KINDS if not k.endswith(("PRODUCT", "PLACE")) and k != MODIFIER))


def _described_after(nouns: Collection[str]) -> str:
    """The rest of a relative clause, its 的, modifiers that describe (places, goods) and one of ``nouns``,
    the unnamed party the clause describes (…的中国公司)."""
    return f"[^{_DEAL_STOP}]{{0,{_RELATIVE_CLAUSE}}}?的[^{_DEAL_STOP}]{{0,{_MODIFIERS}}}?{trie_pattern(nouns)}"


def _company_description(companies: Collection[str]) -> str:
    """An optional phrase of what kind of company a list's next member is (国产GPU厂商): no name, no
    clause mark, at most ``COMPANY_DESCRIPTION`` characters, ending in one of ``companies``."""
    if not companies:
        return ""
    alternation = "|".join(map(re.escape, sorted(companies, key=len, reverse=True)))
    return (f"(?:(?:(?![{_block(MASK_KINDS)}])[^\\n{re.escape(CLAUSE_MARKS)}。]){{0,{COMPANY_DESCRIPTION}}}?"
            f"{_opens_with(companies)}(?:{alternation}))?")


def _clause_opened_by(kinds: Collection[str]) -> re.Pattern:
    """A clause whose first name, within ``SUBJECT_LEAD`` characters, is one of ``kinds``."""
    return re.compile(f"[{CLAUSE_MARKS}][^{CLAUSE_MARKS}{_block(kinds)}]{{0,{SUBJECT_LEAD}}}[{_block(kinds)}]")


def _last_clause_opened_by(kind: str) -> re.Pattern:
    """The last clause of a gap, its first name, within ``SUBJECT_LEAD`` characters, of ``kind``, and
    no other name after it."""
    names = _block(tuple(ENTITY_TYPES))
    return re.compile(f"[{CLAUSE_MARKS}][^{CLAUSE_MARKS}{names}]{{0,{SUBJECT_LEAD}}}[{_block((kind,))}]"
                      f"[^{CLAUSE_MARKS}{names}]*\\Z")


def compile_template(template: Template, rule: Rule, titles: tuple[str, ...], coordinators: tuple[str, ...],
                     words: Mapping[str, tuple[str, ...]], compounds: tuple[str, ...] = (),
                     straddled: tuple[str, ...] = (), further_act: str = "") -> re.Pattern:
    """A template as a regex over masked text: the same for every clause.

    Literal text never matches inside one of ``compounds`` (对 in 反对), a trigger never starts inside
    one of ``straddled`` (反对 in 违反对, ``straddled_compounds``); for a rule whose object is in its
    clause (``object_in_clause``) no gap after the trigger runs into a clause that ``further_act``
    (a regex) opens.
    """
    # A head that opens the template is an actor, never a preposition's object (向中国出口 is no
    # act of China's); later in a template the marker is the template's own (华为从台积电采购).
    opens = template.parts[0] == ("slot", "head")
    head_kinds = rule.head if opens else (*rule.head, *(OBJECT + t for t in rule.head))
    tails = tail_kinds(rule.tail) if rule.object_tails else rule.tail
    slot_chars = {"head": _block(head_kinds), "tail": _block(tails)}
    # A gap holds no rival for a neighbouring head or tail (the nearest one wins);
    # a place used as a modifier (多家中国企业) is no rival: 将长江存储等多家中国企业列入.
    rival_chars = {"head": slot_chars["head"], "tail": _block(_tail_rivals(rule.tail) if rule.object_tails else tails)}
    parts = template.parts
    excluded = ""  # a tempered gap's lookahead: no word of the rule's gaps_exclude inside it
    if rule.gaps_exclude:
        banned = rule.gaps_exclude
        alternation = "|".join(map(re.escape, sorted(banned, key=len, reverse=True)))
        # a compound a banned word opens is no such word (指控 holds no 指 of speech)
        guards = _compound_guards(banned, compounds)
        guard = f"(?!{'|'.join(guards)})" if guards else ""
        excluded = f"(?!{guard}{_opens_with(banned)}(?:{alternation}))"
    out = []
    for index, (kind, value) in enumerate(parts):
        if kind == "slot":
            if value in ("head", "tail"):
                # A slot takes a whole list (字节跳动、阿里巴巴): the rule reads past its
                # mates, and kg.relate gives every item the relation.
                joined = "|".join(map(re.escape, sorted(coordinators, key=len, reverse=True)))
                chars = slot_chars[value]
                slot = f"[{chars}]"
                if value == "tail" and index and parts[index - 1] == ("slot", "trigger"):
                    # Right after the verb a place that modifies a noun says where the goods are from
                    # (出口美国芯片, 运送美国设备), not who takes them (卖给华为); after a verb of giving
                    # it says who does (卖给中国客户).
                    chars = _block(tuple(kind for kind in tails if kind != MODIFIER))
                    slot = f"(?:{_AFTER_GOAL}[{slot_chars[value]}]|[{chars}])" if MODIFIER in tails else f"[{chars}]"
                # (joiners may stack: 、以及; an organization may follow what kind of company it is:
                # 长鑫存储和国产GPU厂商摩尔线程)
                described = _company_description(words.get("company", ())) \
                    if "ORG" in (rule.head if value == "head" else rule.tail) else ""
                mates = f"(?P<{value}{MATES}>(?:(?:{joined})+{described}[{chars}])*)" if joined else ""
                out.append(f"(?P<{value}>{slot}){mates}")
            elif value == "other":
                out.append(f"[{_block(MASK_KINDS)}]")
            elif value == "trigger":
                # No trigger where a compound starts: 发布 of 发布会 is no publishing.
                guards = _compound_guards(rule.triggers, compounds, straddled)
                guard = f"(?!{'|'.join(guards)})" if guards else ""
                not_before = f"(?!{trie_pattern(rule.trigger_not_before)})" if rule.trigger_not_before else ""
                out.append(f"(?P<trigger{index}>{guard}{trie_pattern(rule.triggers)}){not_before}")
                if index + 1 < len(parts) and parts[index + 1][0] == "slot":
                    out.append("了?")  # the verb's aspect before the name it takes (卖给了腾讯)
            elif value == "title":
                # Titles glued or listed with 、 (副董事长、轮值董事长、首席财务官X) fill one slot (the reader
                # takes the first listed as the role).
                title = f"{_opens_with(titles)}(?:" + "|".join(map(re.escape, titles)) + ")"
                out.append(f"(?P<title{index}>{title}(?:、?{title})*)" if titles else "(?!)")
        elif kind == "words":
            out.append(_opens_with(words[value]) + "(?:"
                       + "|".join(_literal(w, compounds) for w in sorted(words[value], key=len, reverse=True)) + ")")
        elif kind == "text":
            out.append(_literal(value, compounds))
        elif kind == "phrase":  # a noun phrase: names allowed, no clause or sentence break
            out.append(f"(?:{excluded}[^\\n{CLAUSE_MARKS}。]){{0,{rule.max_gap}}}?")
            continue
        else:
            rivals = "".join(rival_chars.get(parts[j][1], "") for j in (index - 1, index + 1)
                             if 0 <= j < len(parts) and parts[j][0] == "slot")
            # A gap next to the trigger is a named group the reader checks after the match (cheaper than a
            # lookahead at every character): before it, no clause opened by another actor; after it, no
            # quote that opens what was said (kg.relate.reader._gaps_fit).
            group = opening = no_further = ""
            if index > 0 and parts[index - 1] == ("slot", "trigger"):
                rivals += ":："  # what follows a verb's colon is what was said or why, not its object
                group = f"?P<{AFTER_TRIGGER}{index}>"
                if rule.object_in_clause and further_act:
                    # 指控张某…,并将华为海思的资料泄露: the further act's object is its own, and the regex
                    # goes on to try a later trigger (发布了手表,并推出昇腾950)
                    no_further = f"(?!{further_act})"
                if index + 1 < len(parts) and parts[index + 1][0] == "slot":
                    # A verb that ends its clause has no object in the next (不顾中方反对,对中芯国际实施制裁);
                    # a list's words may open it (名单,新增华为).
                    opening = f"(?![{re.escape(CLAUSE_MARKS)}])"
            elif index > 0 and parts[index - 1] == ("words", "object"):
                rivals += CLAUSE_MARKS  # a marker's object ends with its clause (对H20的限制,中国…: no object)
                if index + 1 < len(parts) and parts[index + 1] == ("slot", "trigger"):
                    group = f"?P<{BEFORE_TRIGGER}{index}>"
            elif index + 1 < len(parts) and parts[index + 1] == ("slot", "trigger"):
                group = f"?P<{BEFORE_TRIGGER}{index}>"
            elif index + 1 < len(parts) and parts[index + 1] == ("words", "object"):
                group = f"?P<{BEFORE_OBJECT}{index}>"  # the marker must be the first with an object
            if excluded:  # a tempered gap: no word of the list inside it
                out.append(f"({group or '?:'}{opening}(?:{no_further}{excluded}[^\\n{rivals}]){{0,{rule.max_gap}}}?)")
            elif no_further:
                out.append(f"({group or '?:'}{opening}(?:{no_further}[^\\n{rivals}]){{0,{rule.max_gap}}}?)")
            else:
                out.append(f"({group or '?:'}{opening}[^\\n{rivals}]{{0,{rule.max_gap}}}?)")
            continue
        if index + 1 < len(parts) and parts[index + 1][0] not in ("gap", "phrase"):
            # a byline's bar between the title and the name (界面新闻记者 | 王明)
            byline = (kind, value) == ("slot", "title") and parts[index + 1] == ("slot", "head")
            out.append(f"(?:{BYLINE_GAP.pattern})?" if byline else " ?")
    stance = words.get("stance")
    if stance and parts[-1] == ("slot", "trigger") and {("words", "object"), ("words", "disposal")} & set(parts):
        # A measure followed by a stance on it is that stance's object (中方对美方的出口管制表示反对): the
        # name before the marker takes the stance and imposes no measure.
        out.append(f"(?![^\\n{re.escape(CLAUSE_MARKS)}。!?]{{0,{_STANCE_REACH}}}?{trie_pattern(stance)})")
    return re.compile("".join(out))


_COUNT_LEAD = 6  # characters before unnamed people giving their view (两位|议员指出, 不少美国|专家认为)
_OFFICER_LEAD = 4  # characters a clause may open with before an officer's title (硬件|首席架构师)


def _officers_opening(titles: Collection[str]) -> re.Pattern:
    """A clause's opening that is a few characters, then titles joined by 、 兼 暨 (the first a group)."""
    title = trie_pattern(titles)
    return re.compile(f"[\u4e00-\u9fff]{{0,{_OFFICER_LEAD}}}?(?P<title>{title})(?:[、兼暨](?:{title}))*")


# A verb of giving ends in one of these (卖给, 售予, 运往, 出口至), also before its aspect (卖给了).
_AFTER_GOAL = "(?:(?<=[给予往至到])|(?<=[给予往至到]了))"


_FRAME_CHARS = 20  # a topic frame's reach: 在美国对华半导体出口管制问题上
_PARTNER_CHARS = 8  # from the party talked with to the verb of talks: 与美方进行磋商


def _counted_phrase(ones: tuple[str, ...] | None, nouns: tuple[str, ...] | None,
                    repeated: bool = False) -> re.Pattern | None:
    """A word of counting one (一家, 一款), a description with no punctuation, then one of ``nouns``
    (several glued with ``repeated``: 芯片产品); None without both lists."""
    if not (ones and nouns):
        return None
    noun = f"(?:{trie_pattern(nouns)})+" if repeated else trie_pattern(nouns)
    return re.compile(f"{trie_pattern(ones)}[^\\n{CLAUSE_MARKS}、。!?“”\"]{{0,{_DESCRIPTION}}}?{noun}")


def _carry_pattern(openers: Collection[str], triggers: Collection[str], leads: Collection[str]) -> str:
    """What opens a clause that goes on with the subject: a connective or a trigger, or a word of
    purpose or manner and a trigger (扩产,以抢占华为的市场份额; 宣布新规,旨在限制…; 量产,主要供应英伟达),
    after when it happens, if told (明年推出A,2027年推出B)."""
    if not leads or not triggers:
        return f"{_WHEN}?{trie_pattern(openers)}"
    return f"{_WHEN}?(?:{trie_pattern(openers)}|(?:{trie_pattern(leads)})(?:{trie_pattern(triggers)}))"


def _scope_lead(scopes: Collection[str]) -> str:
    """A field the clause's act is in, told first and closed by a word of ``scopes`` (在电源管理、信号链等领域|
    已经能和德州仪器竞争): optional before what opens a clause that goes on with the subject."""
    return f"(?:在[^\\n{CLAUSE_MARKS}。]{{1,{_SCOPE_CHARS}}}?(?:{trie_pattern(scopes)}))?" if scopes else ""


_SCOPE_CHARS = 16  # characters of a field between 在 and its closing word (在电源管理、信号链等|领域)

# When a clause's act happens, told first (2027年推出…, 明年第一季度将…): a year, a month, a quarter; or
# over what time ahead (在未来数年内向其供应…, 未来三年).
_WHEN = ("(?:(?:(?:(?:19|20)[0-9]{2}年|今年|明年|后年|去年)?(?:[0-9]{1,2}月|第?[一二三四1-4]季度|上半年|下半年|年底|年初|年内)?"
         "(?<=[年月度底初内]))|在?(?:未来|今后)[一二三四五六七八九十两数几0-9]*(?:年|个月|周|天)?内?)")
WHEN = re.compile(_WHEN)  # matched where a clause opens: the time told before its subject (今年上半年|日本…)


def trie_pattern(words: Collection[str]) -> str:
    """An alternation of ``words`` factored by common prefixes, longest match first: the regex
    engine branches on one character instead of trying every word at every position.

    Example:
        >>> trie_pattern(["限制", "限制令", "禁止"])
        '(?=[禁限])(?:(?:禁止|限制(?:令)?))'
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here; a longer one may go on
            return f"(?:{group})?"
        return group

    return f"{_opens_with(words)}(?:{build(trie)})"


def _opens_with(words: Collection[str]) -> str:
    """A lookahead for the first characters of ``words``, to go before their alternation: where
    none stands the regex engine fails at once instead of trying every word (inside a template,
    at every length of the gap before them). It matches nothing, so no match changes.

    Example:
        >>> _opens_with(["限制", "禁止", "CEO"])
        '(?=[C禁限])'
    """
    if not words or not all(words):  # an empty word matches anywhere
        return ""
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in words})) + "])"


def _with_alternative(regex: re.Pattern | None, alternative: str | None) -> re.Pattern | None:
    """``regex`` with ``alternative`` (a pattern) tried first at each position."""
    if alternative is None:
        return regex
    return re.compile(alternative if regex is None else f"{alternative}|{regex.pattern}")


def cue_regex(words: Collection[str] | None, compounds: tuple[str, ...]) -> re.Pattern | None:
    """One regex for ``words`` that never matches inside one of ``compounds`` (若 in 若干, 据传 in 数据传送)."""
    ordered = sorted(set(words or ()), key=len, reverse=True)
    if not ordered:
        return None
    alternatives = [_literal(w, compounds) for w in ordered]
    # A word behind a lookbehind (要是 not in 主要是) hides the words' first characters from the
    # regex engine, which then tries every word at every position: a lookahead for them skips
    # the rest (a quarter to a half of the time; where every word opens with its own character the
    # engine skips by itself, faster without).
    opens = _opens_with(ordered) if any(a.startswith("(?<") for a in alternatives) else ""
    return re.compile(opens + "(?:" + "|".join(alternatives) + ")")


@functools.lru_cache(maxsize=None)
def _compound_guards(triggers: tuple[str, ...], compounds: tuple[str, ...],
                     straddled: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Regexes for where one of ``triggers`` would be part of a compound word, once per rule (a rule's
    templates share them): one of ``compounds`` the trigger opens without being all of it (发布会 for
    发布), or one of the two-character ``straddled`` whose second character the trigger starts with
    (违反 before 反对: 违反对伊朗的制裁 holds no 反对). A compound the rule lists as a trigger too is
    one (暂缓实施 beside 暂缓)."""
    opened = [re.escape(c) for c in compounds if c not in triggers and c.startswith(triggers)]
    inside = [f"(?<={re.escape(c[0])}){re.escape(c[1])}" for c in straddled
              if any(t.startswith(c[1]) for t in triggers)]
    return tuple(opened + inside)


def straddled_compounds(compounds: tuple[str, ...], words: Collection[str]) -> tuple[str, ...]:
    """The two-character ``compounds`` a trigger may not start inside of: not those opened by a
    character that is a word of its own in ``words`` (将|领导, 被|告知, 不|同意, 其|实施 read the
    trigger). Longer compounds join words (出口|管制) where a trigger may start."""
    free = {word for word in words if len(word) == 1}
    return tuple(c for c in compounds if len(c) == 2 and c[0] not in free)


@functools.lru_cache(maxsize=None)
def _literal(value: str, compounds: tuple[str, ...]) -> str:
    """``value`` as a regex that does not match where it is part of a compound word.

    Example:
        >>> _literal("对", ("反对", "对手"))
        '(?<!反)对(?!手)'
        >>> _literal("不", ("不得不",))
        '(?<!不得)不(?!得不)'
    """
    before, after = [], []
    for word in compounds:
        if len(word) <= len(value):
            continue
        # Both ends may hold it: 不得不 (must) is neither 不得 nor its last 不.
        if word.startswith(value):
            after.append(f"(?!{re.escape(word[len(value):])})")
        if word.endswith(value):
            before.append(f"(?<!{re.escape(word[:-len(value)])})")
    return "".join(before) + re.escape(value) + "".join(after)


def parse_template(source: str, words: Collection[str] = ()) -> Template:
    """Split a template into slots, gaps, word lists (``words`` names them) and literal text."""
    parts: list[tuple[str, str | None]] = []
    for m in _TOKEN.finditer(source):
        token = m.group()
        if m.group(1):
            parts.append(("slot", m.group(1)))
        elif token == "…":
            parts.append(("gap", None))
        elif token == "~":
            parts.append(("phrase", None))
        elif token.startswith("{") and token[1:-1] in words:
            parts.append(("words", token[1:-1]))
        elif token.startswith("{"):
            listed = "".join(f", {{{w}}}" for w in sorted(words))
            raise ValueError(f"unknown slot {token}; use {{head}}, {{tail}}, {{other}}, {{trigger}}, {{title}}{listed}")
        elif token.strip():
            parts.append(("text", token.strip()))
    slots = [name for kind, name in parts if kind == "slot"]
    if slots.count("head") != 1 or slots.count("tail") != 1:
        raise ValueError("a template needs exactly one {head} and one {tail}")
    return Template(source, tuple(parts))


RelationType = one_of(RELATION_TYPES, "relation")
EntityTypes = Annotated[list[EntityType], Field(min_length=1)]


def _lower_case_name(value: str) -> str:
    if not re.fullmatch(r"[a-z_]+", value):
        raise ValueError(f"{value!r} must be lower-case letters and _")
    return value


def _two_characters_or_more(value: str) -> str:
    if len(value) < 2:
        raise ValueError(f"{value!r} is one character; it would match everywhere")
    return value


def _not_a_slot(value: str) -> str:
    if value in SLOTS:
        raise ValueError(f"{value!r} is a slot's name; choose another")
    return value


Name = Annotated[str, AfterValidator(_lower_case_name)]  # of a construction or a word list
Phrase = Annotated[Text, AfterValidator(_two_characters_or_more)]


@dataclass
class _Definitions:
    """What the file defines for its rules to name, gathered as it is validated (the validation context).

    Pydantic validates a model's fields in the order they are declared, so ``RulesFile`` declares
    ``words`` and ``constructions`` before ``rules``; an invalid construction is not defined.
    """

    words: frozenset[str] = frozenset()
    constructions: dict[str, tuple[Template, ...]] = field(default_factory=dict)
    rule_ids: set[str] = field(default_factory=set)
    entity_ids: Collection[str] | None = None  # the entity dictionaries' ids, when the reader knows them


def _definitions(info: ValidationInfo) -> _Definitions:
    if not isinstance(info.context, _Definitions):
        raise TypeError("validate RulesFile through read_rule_file (it needs context=_Definitions())")
    return info.context


def _template(source: object, info: ValidationInfo) -> Template:
    """A template parsed against the word lists the file defines."""
    if not isinstance(source, str):
        raise ValueError(f"a template is a string, not {source!r}")
    try:
        return parse_template(source, _definitions(info).words)
    except ValueError as error:
        raise ValueError(f"template {source!r}: {error}") from None


TemplateSource = Annotated[Template, PlainValidator(_template)]  # parsed once, when the file is read


def _known_entity(entity_id: str, info: ValidationInfo) -> str:
    """An entity id the entity dictionaries define, when they are known: a word that stood for
    an unknown id would stand for nothing, silently."""
    known = _definitions(info).entity_ids
    if known is not None and entity_id not in known:
        raise ValueError(f"no entity has the id {entity_id!r}; use an id from the entity dictionaries")
    return entity_id


EntityId = Annotated[str, AfterValidator(_known_entity)]


class Construction(DataModel):
    """One of ``constructions:``: templates shared by every rule that names it."""

    id: Name
    """The name rules use for it."""
    templates: Annotated[list[TemplateSource], Field(min_length=1)]
    """What it reads, in the template language (see the module's docstring)."""
    note: str | None = None
    """Examples, for whoever reads the file."""

    @model_validator(mode="after")
    def _define(self, info: ValidationInfo) -> "Construction":
        constructions = _definitions(info).constructions
        if self.id in constructions:
            raise ValueError(f"duplicate construction id {self.id!r}")
        constructions[self.id] = tuple(self.templates)
        return self


class RuleEntry(DataModel):
    """One of ``rules:``: a relation, the types of its two sides, its trigger words and what reads them."""

    id: Text
    """Unique; every relation the rule finds records it."""
    relation: RelationType
    """The relation type it finds."""
    head: EntityTypes
    """The entity types the head may have."""
    tail: EntityTypes
    """The entity types the tail may have."""
    triggers: Words = []
    """The words a ``{trigger}`` slot takes."""
    templates: list[TemplateSource] = []
    """Templates of its own."""
    constructions: list[str] = []
    """Names of shared constructions (under ``constructions:``) that fit it."""
    span: Literal["clause", "sentence", "both"] = "clause"
    """What a template reads: a clause, a whole sentence, or both (the sentence, then each of its
    clauses: a sentence-wide match spends its first name on the first trigger, and a later clause that
    goes on with the same subject, 推出了H20,并发布了B30A, is read with the subject carried)."""
    max_gap: WholeNumber = 30
    """The most characters a … or ~ gap may hold."""
    name_prefix: bool = False
    """Read part_of from a name: the head's own name begins with the tail's (美国商务部 → 美国), and the
    dictionary's part_of or country fact names that tail."""
    known_office: bool = False
    """A person next to the title the dictionary gives them (拜登总统) works where it says (works_for and
    role facts), when the document names that employer."""
    byline: bool = False
    """A person a byline names works for the outlet it names before them, in the same line, a short field
    and a bar, a slash or a colon apart (每经记者：王晶, 集微网报道(文/林思远), 文｜钛媒体,作者｜杜知远,编辑｜胡蓉)."""
    fold_makers: bool = True
    """Read 英伟达H20 as the product alone (the maker a modifier); false keeps the maker a name of its own."""
    gaps_exclude: str | list[str] | None = None
    """A word list (under ``words:``), or several, that no gap of this rule may hold."""
    not_followed_by: str | None = None
    """A word list (under ``words:``): one of its words after the match, in the sentence, drops it
    (运往韩国,然后再运到中国: Korea is a transit point, not a customer)."""
    trigger_not_before: str | list[str] | None = None
    """A word list (under ``words:``), or several: a trigger right before one of their words is none
    (超过两成 is a share, not overtaking)."""
    trigger_not_after: str | None = None
    """A word list (under ``words:``): a trigger right after one of its words is none (将大连工厂出售给
    SK海力士 sells a plant, no goods)."""
    object_tails: bool = True
    """False: a preposition's object or a modifying place is never the tail, nor stands in its way
    (美方对中国企业的无理打压 condemns who oppresses; X对美国构成威胁 is X's threat)."""
    rivals_named: str | None = None
    """A word list (under ``words:``): a head after the trigger and one of its words, then 的, is a
    rival the real object is compared with (推出对标英伟达H20的芯片 makes no H20)."""
    reads_urged: bool = True
    """False: a trigger that the clause urges before it (``urged:``) is the urging party's demand,
    which opposes.urge reads, not this relation (委员会致函商务部,要求调查中芯国际 investigates nothing)."""
    object_in_clause: bool = False
    """True: the trigger's object is in its clause; a later clause that goes on with a further act of
    the same subject (,并将…, ,还…) holds that act's object (华为指控张某…,并将华为海思的资料泄露给
    该公司 accuses HiSilicon of nothing)."""
    addressee_acts: bool = False
    """True: a government body addressed between the head and the trigger (致信商务部长雷蒙多,要求…) is
    the one asked to act: the trigger is no act or order of the head's."""
    imposed: bool = False
    """True: the trigger is a duty the head imposes on whom what it says opens with (美国商务部表示,
    英伟达向中国出口H20须申请许可证): that name bears it and does not take the act from the head."""
    rule_broken: bool = False
    """True: the trigger is the head's rule that an act breaks (警告使用华为昇腾芯片可能违反美国出口管制),
    read though a word of ``breach`` comes before it."""
    head_not_after: str | None = None
    """A word list (under ``words:``): a head right after one of its words is not this rule's (就 opens
    a matter: in 中方就美国对华为的打压表示不满 the US is the matter's, and China takes the stance), nor one
    after it in its clause with a word of ``deed`` (一事, 做法…) before the trigger (中方就美国制裁华为
    一事向美方提出交涉: Huawei takes no stance)."""
    head_not_before: str | list[str] | None = None
    """Word lists (under ``words:``): a head whose phrase goes on to one of their words before the
    trigger only says whose they are, and they act (美国国会两名共和党议员提出《…法案》: the members
    propose a bill, the Congress enacts none)."""
    tail_not_after: str | list[str] | None = None
    """Word lists (under ``words:``): a tail right after one of their words is not this rule's (为 names
    whom a foundry makes for: in 为苹果代工A18,还为AMD生产MI355X Apple makes no MI355X)."""
    tail_not_before: str | list[str] | None = None
    """Word lists (under ``words:``): a tail right before one of their words only modifies it (指控两名
    中国公民走私芯片 accuses two people, not China)."""
    conduct_denials: str | None = None
    """A word list (under ``words:``): the trigger names the tail's conduct, which the head condemns;
    only one of these words between the tail and it negates the relation (毛宁表示,美国并没有滥用…), and
    the relation is as certain as what comes before the head says: in 美方应停止泛化国家安全 and 敦促美方
    停止… the demand to stop is the stance, neither denied nor planned."""
    negated_as: RelationType | None = None
    """A negated trigger states this relation instead (不允许进口 restricts; it does not deny a permit)."""
    denies: bool = False
    """The triggers deny the relation (断供 cuts a supply off): the relation is negative, and
    positive where the trigger itself is negated (从未断供)."""
    asker_acts: bool = True
    """False: the first name, where a verb of asking (``urged:``) stands between it and the trigger in
    the trigger's clause, only asks (北京要求国内企业暂停采购英伟达芯片 buys nothing); a name after the
    asking is the party asked, and acts as the demand says (要求字节跳动停止采购…)."""
    tail_not_home: bool = False
    """True: a tail that is the head's own country (the dictionary's country fact) says where the head
    is from (英伟达是美国最大的AI芯片供应商), not whom it serves."""
    head_as_maker: bool = False
    """True: the head, a product, stands for its maker (the product's made_by fact) in what is read
    (腾讯采购了大量H20芯片: Nvidia supplies Tencent); a product of no known maker states nothing."""
    tail_not_other_maker: bool = False
    """True: a tail other than the maker the dictionary gives the head, a product, or than the maker's
    parent (华为的麒麟9020, HiSilicon's) is not its maker (腾讯的H20订单: the H20 Tencent buys, Nvidia's)."""
    shown_by_act: bool = False
    """True: the act the trigger names only shows the relation, a standing fact, which the act's negation
    or hedge leaves as it is (英伟达未向中国销售H20芯片, 英伟达计划向中国出口H20: Nvidia makes the H20,
    positive and asserted)."""
    head_not_part_of: list[EntityId] = []
    """Entity ids: a head that is one of them, or that the dictionary makes part of one, is not this rule's (one
    house of a legislature, or its committee, 众议院(外交委员会)通过《芯片安全法案》, sends a bill on and enacts
    nothing)."""
    officers_after: str | None = None
    """A word list (under ``words:``) of a company's titles: a person that a later clause of a sentence
    opens with, past one of them (several joined by 、, 兼 or 暨; a few characters may come first, 硬件首席
    架构师), is the head and the sentence's subject, of the tail's types, the tail (星岚科技成立于2020年,
    创始人、董事长兼总经理陈立平曾任…: he works for it). The role is the first title."""

    @field_validator("id")
    @classmethod
    def _unique(cls, value: str, info: ValidationInfo) -> str:
        seen = _definitions(info).rule_ids
        if value in seen:
            raise ValueError(f"duplicate rule id {value!r}")
        seen.add(value)
        return value

    @field_validator("constructions")
    @classmethod
    def _defined_constructions(cls, value: list[str], info: ValidationInfo) -> list[str]:
        defined = _definitions(info).constructions
        unknown = [name for name in value if name not in defined]
        if unknown:
            raise ValueError(f"unknown construction(s) {', '.join(map(repr, unknown))}; "
                             f"use names from constructions: ({', '.join(sorted(defined))})")
        return value

    @field_validator("gaps_exclude", "not_followed_by", "trigger_not_before", "trigger_not_after", "head_not_after",
                     "head_not_before",
                     "tail_not_after", "tail_not_before", "conduct_denials", "rivals_named", "officers_after")
    @classmethod
    def _defined_word_list(cls, value: str | list[str] | None, info: ValidationInfo) -> str | list[str] | None:
        words = _definitions(info).words
        unknown = [name for name in ([value] if isinstance(value, str) else value or []) if name not in words]
        if unknown:
            raise ValueError(f"must name a list under words: ({', '.join(sorted(words))})")
        return value

    @model_validator(mode="after")
    def _readable(self, info: ValidationInfo) -> "RuleEntry":
        if not (self.templates or self.constructions or self.name_prefix or self.known_office or self.byline
                or self.officers_after):
            raise ValueError("a rule needs templates, constructions, name_prefix: true, known_office: true, "
                             "byline: true or officers_after")
        for option in ("head_as_maker", "tail_not_other_maker"):
            if getattr(self, option) and self.head != ["PRODUCT"]:
                raise ValueError(f"{option}: true needs head: [PRODUCT]")
        if not self.triggers:
            shared = _definitions(info).constructions
            for template in (*self.templates, *(t for name in self.constructions for t in shared[name])):
                if ("slot", "trigger") in template.parts:
                    raise ValueError(f"template {template.source!r} uses {{trigger}} but the rule has no triggers")
        return self


class ScopeCues(DataModel):
    """``lifted`` and ``barred``: cue words earlier in the trigger's clause that make a relation
    negative: a lifted measure (解除…禁令), a barred act (限制阿斯麦向中国出口); ``intended``: a noun
    after 的 later in the clause that makes it planned (向中国出售H20的申请)."""

    relations: list[RelationType] = []
    """The relations they qualify."""
    words: Words = []
    """The cue words."""


class Probes(DataModel):
    """Probes into goods, which name no company: whoever opens one investigates the companies it
    then involves (商务部决定对原产于美国的相关芯片进行反倾销立案调查。此次调查涉及X、Y等美国企业)."""

    opened: Words = []
    """An agency named before one of these in a sentence opens a probe (立案调查, 发起反倾销调查)."""
    noun: Text = "调查"
    """The noun that ends each of ``anaphors``' stand-in part and stays for the rules to read."""
    anaphors: Words = []
    """Phrases that refer to the probe (此次调查, 被调查产品): what comes before ``noun`` in them stands for
    the agency that opened it, so that a rule reads [商务部]调查涉及X."""
    window: WholeNumber = 6
    """How many sentences after the one that opened the probe its anaphors may refer to it."""

    @field_validator("anaphors")
    @classmethod
    def _anaphors_hold_the_noun(cls, value: list[str], info: ValidationInfo) -> list[str]:
        noun = info.data.get("noun") or ""  # a bad noun is reported by itself
        bad = [phrase for phrase in value if noun and phrase.find(noun) < 1]
        if bad:
            raise ValueError(f"must hold the noun {noun!r} after a stand-in part: {', '.join(bad)}")
        return value


class RulesFile(DataModel):
    """The schema of ``relations.yaml``; an absent key takes the default here.

    Validate it through ``read_rule_file``: rules are checked against the word
    lists and constructions the file defines (see ``_Definitions``).
    """

    version: Literal[2]
    coordinators: Words = ["、", "和", "与", "及"]
    """Words that join list items: a slot matches every item of 字节跳动、阿里巴巴和腾讯."""
    negations: Words = []
    """A negation just before the trigger marks the relation negative."""
    lifted: ScopeCues = ScopeCues()
    barred: ScopeCues = ScopeCues()
    intended: ScopeCues = ScopeCues()
    urged: Words = []
    """Earlier in the trigger's clause, these make a relation planned (说服盟友…限制)."""
    obliged: Words = []
    """Right before the trigger, a demand makes a relation planned (该局应暂停许可)."""
    risked: Words = []
    """After the trigger, in its clause, 的 and one of these make the act a risk, hypothetical, which a
    word of lifting before it lowers, not negates (降低被美国制裁的风险)."""
    denials: Words = []
    """Earlier in the trigger's clause, a denial negates the relation itself, never reads it as its
    ``negated_as`` (否认曾向华为发放许可证 denies a permit; it imposes no restriction)."""
    voiced: list[RelationType] = []
    """Relations a country's own agency shares when it speaks for the country (opposes)."""
    legislatures: list[EntityId] = []
    """Legislatures, whose members' and committees' stances may be on their own country's government
    (民主党参议员沃伦批评称,这一决定将损害美国的国家安全); an executive body's never are."""
    not_by_legislatures: list[RelationType] = []
    """Relations no legislature, committee or member heads: the executive grants (众议院议员说,放行H200
    将帮助中国 permits nothing)."""
    announced: list[RelationType] = []
    """Relations a unit's parent shares when it is the subject that announces them: 经济部宣布,国际贸易署
    已更新名单,新增华为 restricts Huawei by the ministry too (the unit's ``part_of`` in the dictionary)."""
    modality: dict[one_of(MODALITIES, "modality"), Words] = {}
    """A modality -> its cue words (hypothetical and planned: earlier in the clause; reported: in the sentence)."""
    anaphors: dict[EntityType, list[Phrase]] = {}
    """An entity type -> phrases that stand for the last entity of that type (该公司, 当局)."""
    anaphor_window: WholeNumber = 2
    """How many sentences back an anaphor's referent may be."""
    anaphor_heads: dict[Phrase, Words] = {}
    """An anaphor -> how its referent's name ends (该校: 大学, 学院): the last name of its type that ends so."""
    long_anaphors: dict[EntityType, WholeNumber] = {}
    """An entity type -> how many sentences back, past ``anaphor_window``, its anaphors stand for the
    only entity of the type the document has named so far (该新规 some sentences after the one rule)."""
    about_this: Words = []
    """Phrases that stand for the actor of what was just reported (对此)."""
    speaker_anaphors: Words = []
    """Words that, opening what a company or one of its people said, stand for that company
    (英伟达首席财务官表示,公司第二季度没有向中国出货); elsewhere 公司 is any company."""
    own_company: Words = []
    """Those of ``speaker_anaphors`` a filing defines for its own company in a bracket after its name
    (星河科技股份有限公司(以下简称“星河”或“公司”)): there, wherever no speaker's company is given, they
    stand for it, not for the last company named."""
    addressed: Words = []
    """A verb of asking or ordering and 其 (要求其, 责令其): 其 stands for who was addressed, the last
    company, body or country named in an earlier clause (致函台积电,要求其停止供货)."""
    addressed_not_before: Words = []
    """Words after such a 其 that make it a possessive (要求其盟友, 要求其客户): it stands for no one."""
    judged: Words = []
    """A verb of stance and 其 (批评其, 质疑其): 其 stands for the first company, body or country of the
    clause before when the stance's clause names its own subject (日本扩大管制,韩国批评其做法), else for
    the last (致信英伟达,批评其…); addressed_not_before applies too."""
    counted_anaphors: dict[EntityType, Words] = {}
    """An entity type -> what follows a count in a phrase that stands for the last list of that many
    names of the type (两|家公司 after 三星和SK海力士)."""
    counts: dict[Text, WholeNumber] = {}
    """A count's word -> its number (两 → 2); 0 for a word that counts any list of two or more (这些)."""
    counted_not_after: Words = []
    """Words before a counted phrase that make it count others (另外两家公司)."""
    counted_measures: Words = []
    """Measure words that open a counted phrase's noun (家, 款), after which a place may say where the
    names are from (两家|韩国|企业)."""
    counted_places: Words = []
    """The places that may stand there (韩国, 中国, 国内)."""
    probes: Probes = Probes()
    implicit: dict[EntityId, list[Phrase]] = {}
    """An entity id -> words that name it by one character (对华, 赴美)."""
    governments: dict[EntityId, list[Phrase]] = {}
    """An entity id -> its one-character name before a word for its government (美政府)."""
    abbreviations: dict[EntityId, Words] = {}
    """A country's id -> the short names that open its bodies' names (美|商务部, 大陆|海关): the body is part
    of the country, as its full name would state."""
    implicit_not_after: Words = []
    """Characters before which a word of ``implicit`` or ``governments`` names no country (亲美政府, 反对华人)."""
    implicit_not_before: Words = []
    """Words after which a word of ``implicit`` names no country: with them it describes people (对华鹰派)."""
    administration: Words = []
    """After a person these make the person's country the actor (特朗普政府)."""
    carry_openers: Words = []
    """A clause that opens with one of these (or a trigger) continues the last subject's action."""
    words: dict[Annotated[Name, AfterValidator(_not_a_slot)], Annotated[Words, Field(min_length=1)]] = {}
    """Named word lists: a template uses one as ``{name}``."""
    prepositions: Words = []
    """A name right after one of these is an object, never an actor."""
    compounds: Words = []
    """Words a template's literal text or a preposition is no part of (反对 holds no 对)."""
    attributive_nouns: Words = []
    """A place right before one of these is a modifier (中国公司), never an actor."""
    staff_nouns: Words = []
    """A company right before one of these names its staff (谷歌工程师), no party to a rule."""
    company_bodies: Words = []
    """Bodies that act for the company right before them, though a word of ``staff_nouns`` opens their
    name (中芯国际股东大会批准…: 股东 opens 股东大会)."""
    constructions: list[Construction] = []
    rules: list[RuleEntry]

    @field_validator("words", mode="before")
    @classmethod
    def _define_words(cls, value: object, info: ValidationInfo) -> object:
        if isinstance(value, dict):  # the names, even of a list with a bad word: templates may use them
            _definitions(info).words = frozenset(map(str, value))
        return value

    @field_validator("anaphor_heads")
    @classmethod
    def _heads_of_anaphors(cls, value: dict[str, list[str]], info: ValidationInfo) -> dict[str, list[str]]:
        phrases = {phrase for listed in (info.data.get("anaphors") or {}).values() for phrase in listed}
        unknown = sorted(set(value) - phrases)
        if unknown:
            raise ValueError(f"names phrases that are no anaphors: {', '.join(unknown)}")
        return value


def read_rule_file(path: Path, entity_ids: Collection[str] | None = None) -> tuple[RulesFile | None, list[str]]:
    """Read and validate ``relations.yaml``: (the file, []) or (None, every problem as ``file:line: message``).

    With ``entity_ids`` (``kg dict check``), an id ``implicit`` or ``governments`` names must be one of them.
    """
    return read_model(RulesFile, path, context=_Definitions(entity_ids=entity_ids))


def load_rules(path: Path, titles: tuple[str, ...] = (), byline_fields: tuple[str, ...] = ()) -> RuleSet:
    """Load and validate the relation rules, compiled to run (``titles`` and ``byline_fields`` from patterns.yaml).

    Raises:
        DictionaryError: every problem, one per line, ``file:line: message``.
    """
    data, problems = read_rule_file(path)
    if problems:
        raise DictionaryError("\n".join(problems))
    return compile_rules(data, titles, byline_fields)


def _own_definition(words: list[str]) -> re.Pattern | None:
    """The bracket after a company's name that defines one of ``words`` for it: (以下简称“星河”或“公司”)."""
    if not words:
        return None
    return re.compile(rf"\([^()]{{0,{_DEFINITION_REACH}}}?[“\"「](?:{'|'.join(map(re.escape, words))})[”\"」]")


def _listed_words(words: Mapping[str, tuple[str, ...]], value: str | list[str] | None) -> tuple[str, ...]:
    """The words of the lists a rule's field names: one list, several or none."""
    return tuple(word for name in ((value,) if isinstance(value, str) else value or ()) for word in words[name])


def compile_rules(data: RulesFile, titles: tuple[str, ...] = (), byline_fields: tuple[str, ...] = ()) -> RuleSet:
    """The validated file's rules compiled to regexes over masked text; ``titles`` and ``byline_fields`` from
    patterns.yaml."""
    words = {name: tuple(listed) for name, listed in data.words.items()}
    coordinators = tuple(data.coordinators)
    constructions = {c.id: tuple(c.templates) for c in data.constructions}
    compounds = tuple(data.compounds)
    parsed = tuple(
        Rule(
            id=r.id,
            relation=r.relation,
            head=tuple(r.head),
            tail=tuple(r.tail),
            triggers=tuple(sorted(r.triggers, key=len, reverse=True)),
            templates=(*r.templates, *(t for name in r.constructions for t in constructions[name])),
            span=r.span,
            max_gap=r.max_gap,
            name_prefix=r.name_prefix,
            known_office=r.known_office,
            byline=r.byline,
            fold_makers=r.fold_makers,
            gaps_exclude=_listed_words(words, r.gaps_exclude),
            not_followed_by=r.not_followed_by,
            negated_as=r.negated_as,
            trigger_not_before=_listed_words(words, r.trigger_not_before),
            trigger_not_after=_listed_words(words, r.trigger_not_after),
            denies=r.denies,
            object_tails=r.object_tails,
            reads_urged=r.reads_urged,
            object_in_clause=r.object_in_clause,
            addressee_acts=r.addressee_acts,
            imposed=r.imposed,
            rule_broken=r.rule_broken,
            tail_not_home=r.tail_not_home,
            head_as_maker=r.head_as_maker,
            tail_not_other_maker=r.tail_not_other_maker, shown_by_act=r.shown_by_act,
            officers_after=_officers_opening(words[r.officers_after]) if r.officers_after else None,
            head_not_part_of=frozenset(r.head_not_part_of),
            asker_acts=r.asker_acts,
            rivals_named=cue_regex(words[r.rivals_named], compounds) if r.rivals_named else None,
            head_not_after=words[r.head_not_after] if r.head_not_after else (),
            head_not_after_search=cue_regex(words[r.head_not_after], compounds) if r.head_not_after else None,
            head_not_before=_listed_words(words, r.head_not_before),
            tail_not_after=_listed_words(words, r.tail_not_after),
            tail_not_before=_listed_words(words, r.tail_not_before),
            conduct_denials=word_pattern(words[r.conduct_denials]) if r.conduct_denials else None,
        )
        for r in data.rules
    )
    # Characters that are words of their own in the file (不, 将, 被, 其…) may stand before a trigger.
    straddled = straddled_compounds(compounds, [
        *data.negations, *data.prepositions, *data.obliged, *coordinators, *data.carry_openers,
        *data.speaker_anaphors, *(cue for cues in data.modality.values() for cue in cues),
        *(word for listed in words.values() for word in listed)])
    # Where a clause that goes on with a further act opens: a carry opener, then a trigger in the clause.
    all_triggers = {word for rule in parsed for word in rule.triggers}
    further_act = (f"[{re.escape(CLAUSE_MARKS)}](?:{trie_pattern(data.carry_openers)})[^{re.escape(CLAUSE_MARKS)}。\\n]*?"
                   f"(?:{trie_pattern(all_triggers)})") if data.carry_openers and all_triggers else ""
    rules = tuple(replace(rule, patterns=tuple(compile_template(t, rule, titles, coordinators, words, compounds,
                                                                straddled, further_act)
                                               for t in rule.templates),
                          actor_clause=_clause_opened_by(rule.head), tail_clause=_clause_opened_by(rule.tail),
                          company_clause=None if "ORG" in rule.head else _last_clause_opened_by("ORG"))
                  for rule in parsed)
    modality = {name: tuple(cues) for name, cues in data.modality.items()}
    anaphors: dict[str, tuple[str, ...]] = {}
    for entity_type, phrases in data.anaphors.items():
        for phrase in phrases:
            anaphors[phrase] = (*anaphors.get(phrase, ()), entity_type)
    # 他 and 她 stand for a person (张文毕业于北大。他曾任商汤科技总裁): one character, but 他们, 其他 and the
    # like are compounds the cue never matches inside
    for pronoun in words.get("personal_pronouns", ()):
        if pronoun not in compounds:
            anaphors[pronoun] = (*anaphors.get(pronoun, ()), "PERSON")
    counted = {f"{word}{noun}": (entity_type, number) for entity_type, nouns in data.counted_anaphors.items()
               for noun in nouns for word, number in data.counts.items()}
    # 两家韩国企业 counts as 两家企业 does: a place between the measure word and the noun, one
    # alternative of its own (every phrase spelled with every place would slow the search threefold)
    measured = {noun[1:] for nouns in data.counted_anaphors.values() for noun in nouns
                if noun[:1] in data.counted_measures and len(noun) > 1}
    placed = f"(?:{trie_pattern(data.counts)})(?:{trie_pattern(data.counted_measures)})" \
             f"(?P<{COUNTED_PLACE}>{trie_pattern(data.counted_places)})(?:{trie_pattern(measured)})" \
        if data.counted_places and data.counted_measures and measured else None
    implicit = {word: (entity_id, 1, 2) for entity_id, listed in data.implicit.items() for word in listed}
    implicit.update((word, (entity_id, 0, len(word))) for entity_id, listed in data.governments.items()
                    for word in listed)
    # A clause continues the last subject's action when it opens with a connective or a trigger,
    # negated or not (荷兰政府表示,不会阻止…).
    about_this = tuple(data.about_this)
    openers = [*data.carry_openers, *(t for rule in rules for t in rule.triggers)]
    negated = f"(?:{trie_pattern(data.negations)})?" if data.negations else ""
    # No opener where a compound starts: 他们 is no 他, 对手 no 对.
    opener_set = set(openers)
    opener_guards = [c for c in compounds if c not in opener_set and any(c.startswith(o) for o in opener_set)]
    opener_guard = f"(?!{'|'.join(map(re.escape, opener_guards))})" if opener_guards else ""
    return RuleSet(
        rules=rules, negations=tuple(data.negations), modality=modality, coordinators=coordinators,
        titles=titles, byline_fields=byline_fields, attributive_nouns=tuple(data.attributive_nouns),
        staff_nouns=tuple(data.staff_nouns), company_bodies=tuple(data.company_bodies),
        prepositions=tuple(data.prepositions), compounds=compounds, lifted=tuple(data.lifted.words),
        lifted_relations=tuple(data.lifted.relations), barred=tuple(data.barred.words),
        barred_relations=tuple(data.barred.relations), intended=tuple(data.intended.words), risked=tuple(data.risked),
        intended_relations=tuple(data.intended.relations), urged=tuple(data.urged), obliged=tuple(data.obliged),
        denials=tuple(data.denials), voiced=tuple(data.voiced), legislatures=frozenset(data.legislatures),
        not_by_legislatures=frozenset(data.not_by_legislatures),
        announced=tuple(data.announced), words=words,
        anaphors=anaphors, anaphor_window=data.anaphor_window,
        anaphor_heads={phrase: tuple(heads) for phrase, heads in data.anaphor_heads.items()},
        long_anaphors=dict(data.long_anaphors), title_search=word_pattern(titles),
        implicit=implicit, implicit_not_after=tuple(data.implicit_not_after),
        abbreviations={short: entity_id for entity_id, shorts in data.abbreviations.items() for short in shorts},
        implicit_not_before=tuple(data.implicit_not_before),
        # A word of how much before a noun of a party opens the clause's own subject (,主要客户苹果…),
        # though supplies.revenue takes 客户 for a trigger.
        carry_search=re.compile(_scope_lead(words.get("scope", ())) + negated + opener_guard + _carry_pattern(
            openers, all_triggers.difference(words.get("customer", ()), words.get("supplier", ())),
            (*words.get("purpose", ()), *words.get("manner", ()))))
        if openers else None,
        carry_openers=tuple(data.carry_openers),
        administration=tuple(data.administration),
        about_this=about_this, speaker_anaphors=tuple(data.speaker_anaphors), own_company=tuple(data.own_company),
        own_definition=_own_definition(data.own_company),
        addressed=tuple(data.addressed), addressed_not_before=tuple(data.addressed_not_before),
        judged=tuple(data.judged),
        counted=counted, counted_not_after=tuple(data.counted_not_after),
        probe_anaphors={phrase: phrase.find(data.probes.noun) for phrase in data.probes.anaphors},
        probe_window=data.probes.window, probes_opened_search=cue_regex(data.probes.opened, compounds),
        stand_in_search=_with_alternative(cue_regex([*anaphors, *implicit, *about_this, *data.speaker_anaphors,
                                                     *data.addressed, *data.judged, *counted,
                                                     *data.probes.anaphors], compounds), placed),
        reported_search=cue_regex(modality.get("reported"), compounds))
