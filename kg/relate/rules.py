"""Relation rules as data: load, validate and compile ``dictionaries/relations.yaml``.

A rule names a relation, the entity types its head and tail may have, and
templates that read a clause or sentence left to right:

    {head} {tail}     the two entities (a coordinated list 字节跳动、阿里巴巴 counts as each)
    {other}           any other entity
    {trigger}         one of the rule's trigger words
    {title}           one or more job titles (from patterns.yaml); the last is the role
    {name}            one word of the list ``name`` under ``words:`` ({speech}: 表示, 强调…)
    …                 a gap of up to ``max_gap`` characters that holds no rival
                      entity of the neighbouring slot's type
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
from typing import Collection, Mapping

from kg.datafile import LINE_KEY, mapping_field, read_yaml, word_pattern
from kg.errors import DictionaryError
from kg.model import ENTITY_TYPES, MODALITIES, RELATION_TYPES

__all__ = ["Rule", "RuleSet", "load_rules", "check_rules", "Template", "compile_template", "mask_char",
           "tail_kinds", "MASK_BLOCK", "MODIFIER", "OBJECT", "SUBJECT_LEAD", "BEFORE_TRIGGER", "AFTER_TRIGGER"]

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
OBJECT = "OBJECT:"  # prefix: OBJECT:ORG is an ORG after a preposition
MASK_KINDS = (*ENTITY_TYPES, MODIFIER, *(OBJECT + t for t in ENTITY_TYPES))

_TOKEN = re.compile(r"\{(head|tail|other|trigger|title)\}|…|~|[^{…~]+|\{[^}]*\}")
RULE_KEYS = ("id", "relation", "head", "tail", "triggers", "templates", "constructions", "span", "max_gap",
             "name_prefix", "known_office", "fold_makers", "gaps_exclude", "not_followed_by", "negated_as")
CONSTRUCTION_KEYS = ("id", "templates", "note")
SPANS = ("clause", "sentence")
VERSION = 2
# Characters a clause may hold before its subject (周二, 据悉): a clause that opens with an
# actor this close has a subject of its own.
SUBJECT_LEAD = 8
# Names of the regex groups of the gaps around a trigger (kg.relate.reader checks them).
BEFORE_TRIGGER, AFTER_TRIGGER = "before_trigger", "after_trigger"
_DESCRIPTION = 16  # characters of description between a country and a company (人工智慧 (AI) 晶片設計商)


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
    def word_lists(self) -> tuple[str, ...]:
        """The word lists the template needs a word of ({object}, {including})."""
        return tuple(value for kind, value in self.parts if kind == "words")


@dataclass(frozen=True)
class Rule:
    id: str
    relation: str
    head: tuple[str, ...]
    tail: tuple[str, ...]
    triggers: tuple[str, ...]
    templates: tuple[Template, ...]
    span: str = "clause"
    max_gap: int = 30
    # The head's own name begins with the tail's (美国商务部 → 美国), and the
    # dictionary's part_of or country fact names that tail.
    name_prefix: bool = False
    # A person next to the title the dictionary gives them (拜登总统) works where it says (works_for
    # and role facts), when the document names that employer.
    known_office: bool = False
    # Read 英伟达H20 as the product alone (the maker is a modifier); made_by.glued turns this off.
    fold_makers: bool = True
    gaps_exclude: str | None = None  # a word list (under words:) that no gap of this rule may hold
    # A word list (under words:): one of its words after the match, in the sentence, drops it
    # (运往韩国,然后再运到中国: Korea is a transit point, not a customer).
    not_followed_by: str | None = None
    # A negation turns the relation into this one (不允许进口 restricts; it does not deny a permit).
    negated_as: str | None = None
    patterns: tuple[re.Pattern, ...] = ()  # the templates compiled over masked text, in order
    # Any trigger word: a sentence without one cannot match the rule, and is skipped.
    trigger_search: re.Pattern | None = None
    # A clause opened by an actor of the head's types (宣布对X实施制裁,此前美国批准): the gap before the
    # trigger holds none, or the trigger is that actor's.
    actor_clause: re.Pattern | None = None


@dataclass(frozen=True)
class RuleSet:
    """Every rule, plus the hedging cues that set polarity and modality."""

    rules: tuple[Rule, ...]
    negations: tuple[str, ...]
    modality: dict[str, tuple[str, ...]]  # modality -> cue words
    coordinators: tuple[str, ...]
    titles: tuple[str, ...]
    attributive_nouns: tuple[str, ...] = ()  # after a place they make it a modifier, not an actor
    prepositions: tuple[str, ...] = ()  # before a name they make it an object, not an actor
    compounds: tuple[str, ...] = ()  # words a literal or a preposition is no part of (反对 holds no 对)
    # Earlier in the trigger's clause: a lifted measure is negative (解除…禁令), for the relations listed.
    lifted: tuple[str, ...] = ()
    lifted_relations: tuple[str, ...] = ()
    # Earlier in the trigger's clause: a barred act is negative (限制阿斯麦向中国出口), for the relations listed.
    barred: tuple[str, ...] = ()
    barred_relations: tuple[str, ...] = ()
    urged: tuple[str, ...] = ()  # earlier in the trigger's clause: a planned relation (说服盟友…限制)
    obliged: tuple[str, ...] = ()  # right before the trigger: a demand, planned (该局应暂停许可)
    voiced: tuple[str, ...] = ()  # relations a country's agency shares when it speaks for it (opposes)
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # named word lists for {name} slots
    # A phrase that refers back -> the entity types it may stand for (该规则 → the last LAW named,
    # 当局 → the last AGENCY or PLACE).
    anaphors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    anaphor_window: int = 2  # how many sentences back the referent may be
    title_search: re.Pattern | None = None  # every title, longest first
    # A word that names a country by one character (对华, 赴美) -> that country's entity id;
    # the character stands for it, the rest of the word stays text (对 marks the object).
    implicit: dict[str, str] = field(default_factory=dict)
    # A clause that opens with one of these (并, 随后, 将…, or a trigger) continues the last subject's action.
    carry_search: re.Pattern | None = None
    # After a person these make the person's country the actor (特朗普政府 → the United States).
    administration: tuple[str, ...] = ()
    # Phrases that stand for the actor of what was just reported (中国对此表示不满).
    about_this: tuple[str, ...] = ()
    # Every anaphor, implicit-country word and 对此 phrase, longest first: one search a document.
    stand_in_search: re.Pattern | None = None
    reported_search: re.Pattern | None = None  # any cue of the reported modality


    @functools.cached_property
    def described_search(self) -> re.Pattern | None:
        """What stands between a country and the company it describes: a phrase that ends in a
        word for a company (人工智能初创公司, 最大的晶圆代工厂), with no punctuation. (中国的X may
        be a relative clause's end: 出口至中国的H20.)"""
        words = self.words.get("company")
        return re.compile(f"(?P<description>[^\\n,;:，；：、。!?“”\"]{{0,{_DESCRIPTION}}}?){trie_pattern(words)}") \
            if words else None

    @functools.cached_property
    def located_search(self) -> re.Pattern | None:
        """What follows a country that only says where a company's own plant is (中国工厂,
        在中国的半导体工厂)."""
        words = self.words.get("facility")
        return re.compile(f"的?[^\\s,;:，；：、。!?]{{0,{_DESCRIPTION // 2}}}?{trie_pattern(words)}") if words else None

    @functools.cached_property
    def followed_search(self) -> dict[str, re.Pattern | None]:
        """For each rule's ``not_followed_by`` list, one regex."""
        return {rule.not_followed_by: word_pattern(self.words.get(rule.not_followed_by))
                for rule in self.rules if rule.not_followed_by}

    @functools.cached_property
    def words_search(self) -> dict[str, re.Pattern | None]:
        """For each named word list, one regex for any of its words."""
        return {name: word_pattern(listed) for name, listed in self.words.items()}

    @functools.cached_property
    def members_search(self) -> re.Pattern | None:
        """What opens a clause that lists the members of a group the clause before named (包括)."""
        return word_pattern(self.words.get("including"))

    @functools.cached_property
    def name_rules(self) -> tuple[Rule, ...]:
        """The rules that read one name at a time (name_prefix, known_office)."""
        return tuple(rule for rule in self.rules if rule.name_prefix or rule.known_office)

    @functools.cached_property
    def template_rules(self) -> tuple[Rule, ...]:
        """The rules that read two names through templates."""
        return tuple(rule for rule in self.rules if not (rule.name_prefix or rule.known_office))

    @functools.cached_property
    def cue_search(self) -> dict[str, re.Pattern | None]:
        """One regex for each list of cues the reader looks for around a trigger."""
        return {"hypothetical": self._cue_pattern(self.modality.get("hypothetical")),
                "planned": self._cue_pattern([*self.modality.get("planned", ()), *self.urged]),
                "obliged": self._cue_pattern(self.obliged),
                "negation": self._cue_pattern(self.negations), "lifted": self._cue_pattern(self.lifted),
                "barred": self._cue_pattern(self.barred)}

    def _cue_pattern(self, words: Collection[str] | None) -> re.Pattern | None:
        """One regex for ``words`` that never matches inside one of the compounds (若 in 若干, 应 in 供应)."""
        ordered = sorted(set(words or ()), key=len, reverse=True)
        return re.compile("(?:" + "|".join(_literal(w, self.compounds) for w in ordered) + ")") if ordered else None

    @functools.cached_property
    def trigger_index(self) -> tuple[re.Pattern | None, dict[str, frozenset[str]]]:
        """One search for every rule's triggers, and for each word it finds the rules it serves:
        those with a trigger inside the word (出口管制 serves 管制 and 出口)."""
        words = {t for rule in self.template_rules for t in rule.triggers}
        serves = {word: frozenset(rule.id for rule in self.template_rules if any(t in word for t in rule.triggers))
                  for word in words}
        return (re.compile(trie_pattern(words)) if words else None), serves

    def has_trigger(self, text: str) -> bool:
        """Whether ``text`` holds any rule's trigger (a verb: 挑战, 禁止)."""
        search = self.trigger_index[0]
        return search is not None and search.search(text) is not None

    def triggered(self, text: str) -> frozenset[str]:
        """The ids of the rules whose triggers ``text`` holds."""
        search, serves = self.trigger_index
        if search is None:
            return frozenset()
        return frozenset().union(*(serves[m.group()] for m in search.finditer(text)))

    @functools.cached_property
    def _rules_by_types(self) -> dict[frozenset[str], tuple[Rule, ...]]:
        return {}

    def template_rules_for(self, types: frozenset[str]) -> tuple[Rule, ...]:
        """The template rules whose head and tail types are both among ``types`` (cached: the
        sets of types in a sentence are few)."""
        found = self._rules_by_types.get(types)
        if found is None:
            found = self._rules_by_types[types] = tuple(
                rule for rule in self.template_rules
                if not types.isdisjoint(rule.head) and not types.isdisjoint(rule.tail))
        return found


def mask_char(kind: str, index: int) -> str:
    """The mask character of the ``index``-th mention of ``kind`` in a clause."""
    return chr(MASK_BASE + MASK_KINDS.index(kind) * MASK_BLOCK + index)


@functools.lru_cache(maxsize=None)
def tail_kinds(tail: tuple[str, ...]) -> tuple[str, ...]:
    """The mask blocks a tail may come from: prepositions' objects and modifier places too."""
    return (*tail, *(OBJECT + t for t in tail), *((MODIFIER,) if "PLACE" in tail else ()))


def _tail_rivals(tail: tuple[str, ...]) -> tuple[str, ...]:
    return (*tail, *(OBJECT + t for t in tail))


def _block(kinds: tuple[str, ...]) -> str:
    """The regex character ranges of the mask blocks of ``kinds``."""
    return "".join(f"{mask_char(kind, 0)}-{mask_char(kind, MASK_BLOCK - 1)}" for kind in kinds)


def compile_template(template: Template, rule: Rule, titles: tuple[str, ...], coordinators: tuple[str, ...],
                     words: Mapping[str, tuple[str, ...]], compounds: tuple[str, ...] = ()) -> re.Pattern:
    """A template as a regex over masked text: the same for every clause.

    Literal text never matches inside one of ``compounds`` (对 in 反对).
    """
    # A head that opens the template is an actor, never a preposition's object (向中国出口 is no
    # act of China's); later in a template the marker is the template's own (华为从台积电采购).
    opens = template.parts[0] == ("slot", "head")
    head_kinds = rule.head if opens else (*rule.head, *(OBJECT + t for t in rule.head))
    slot_chars = {"head": _block(head_kinds), "tail": _block(tail_kinds(rule.tail))}
    # A gap holds no rival for a neighbouring head or tail (the nearest one wins);
    # a place used as a modifier (多家中国企业) is no rival: 将长江存储等多家中国企业列入.
    rival_chars = {"head": slot_chars["head"], "tail": _block(_tail_rivals(rule.tail))}
    parts = template.parts
    out = []
    for index, (kind, value) in enumerate(parts):
        if kind == "slot":
            if value in ("head", "tail"):
                # A slot takes a whole list (字节跳动、阿里巴巴): the rule reads past its
                # mates, and kg.relate gives every item the relation.
                joined = "|".join(map(re.escape, sorted(coordinators, key=len, reverse=True)))
                mates = f"(?:(?:{joined})[{slot_chars[value]}])*" if joined else ""
                out.append(f"(?P<{value}>[{slot_chars[value]}]){mates}")
            elif value == "other":
                out.append(f"[{_block(MASK_KINDS)}]")
            elif value == "trigger":
                # No trigger where a compound starts: 发布 of 发布会 is no publishing.
                guards = [c for c in compounds if any(c.startswith(t) and c != t for t in rule.triggers)]
                guard = f"(?!{'|'.join(map(re.escape, guards))})" if guards else ""
                out.append(f"(?P<trigger{index}>{guard}{trie_pattern(rule.triggers)})")
            elif value == "title":
                out.append(f"(?P<title{index}>(?:" + "|".join(map(re.escape, titles)) + ")+)" if titles else "(?!)")
        elif kind == "words":
            out.append("(?:" + "|".join(_literal(w, compounds) for w in sorted(words[value], key=len, reverse=True))
                       + ")")
        elif kind == "text":
            out.append(_literal(value, compounds))
        elif kind == "phrase":  # a noun phrase: names allowed, no clause or sentence break
            out.append(f"[^\\n,;:，；：。]{{0,{rule.max_gap}}}?")
            continue
        else:
            rivals = "".join(rival_chars.get(parts[j][1], "") for j in (index - 1, index + 1)
                             if 0 <= j < len(parts) and parts[j][0] == "slot")
            # A gap next to the trigger is a named group the reader checks after the match (cheaper than a
            # lookahead at every character): before it, no clause opened by another actor; after it, no
            # quote that opens what was said (kg.relate.reader._gaps_fit).
            group = ""
            if index > 0 and parts[index - 1] == ("slot", "trigger"):
                rivals += ":："  # what follows a verb's colon is what was said or why, not its object
                group = f"?P<{AFTER_TRIGGER}{index}>"
            elif index + 1 < len(parts) and parts[index + 1] == ("slot", "trigger"):
                group = f"?P<{BEFORE_TRIGGER}{index}>"
            if rule.gaps_exclude:  # a tempered gap: no word of the list inside it
                banned = "|".join(map(re.escape, sorted(words[rule.gaps_exclude], key=len, reverse=True)))
                out.append(f"({group or '?:'}(?:(?!{banned})[^\\n{rivals}]){{0,{rule.max_gap}}}?)")
            else:
                out.append(f"({group or '?:'}[^\\n{rivals}]{{0,{rule.max_gap}}}?)")
            continue
        if index + 1 < len(parts) and parts[index + 1][0] not in ("gap", "phrase"):
            out.append(" ?")
    return re.compile("".join(out))


def trie_pattern(words: Collection[str]) -> str:
    """An alternation of ``words`` factored by common prefixes, longest match first: the regex
    engine branches on one character instead of trying every word at every position.

    Example:
        >>> trie_pattern(["限制", "限制令", "禁止"])
        '(?:(?:禁止|限制(?:令)?))'
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

    return f"(?:{build(trie)})"


def _literal(value: str, compounds: tuple[str, ...]) -> str:
    """``value`` as a regex that does not match where it is part of a compound word.

    Example:
        >>> _literal("对", ("反对", "对手"))
        '(?<!反)对(?!手)'
    """
    before, after = [], []
    for word in compounds:
        at = word.find(value)
        if at == 0 and len(word) > len(value):
            after.append(f"(?!{re.escape(word[len(value):])})")
        elif at > 0 and at + len(value) == len(word):
            before.append(f"(?<!{re.escape(word[:at])})")
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


def check_rules(data: object, path: Path) -> list[str]:
    """Every problem in the rule file's data, one line each (``file:line: message``)."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        return [f"{path}:1: expected a mapping with 'version: {VERSION}' and a 'rules' list"]
    problems = []
    where_top = f"{path}:{data.get(LINE_KEY, 1)}"
    if data.get("version") != VERSION:
        problems.append(f"{where_top}: unsupported version {data.get('version')!r} (expected {VERSION})")
    for key in ("negations", "coordinators", "attributive_nouns", "prepositions", "urged", "obliged", "compounds",
                "carry_openers", "administration", "about_this"):
        if not isinstance(data.get(key, []), list):
            problems.append(f"{where_top}: {key} must be a list")
    words = mapping_field(data.get("words"), f"{where_top}: words must map a name to a list of words", problems)
    for name, listed in words.items():
        if not re.fullmatch(r"[a-z_]+", str(name)) or name in ("head", "tail", "other", "trigger", "title"):
            problems.append(f"{where_top}: words: {name!r} must be lower-case letters and _, and not a slot name")
        if not isinstance(listed, list) or not listed or not all(isinstance(w, str) and w for w in listed):
            problems.append(f"{where_top}: words: {name!r} must be a non-empty list of words")
    if not isinstance(data.get("voiced", []), list) or any(r not in RELATION_TYPES for r in data.get("voiced", [])):
        problems.append(f"{where_top}: voiced must list relation types from {', '.join(RELATION_TYPES)}")
    for key in ("lifted", "barred"):
        cues = mapping_field(data.get(key), f"{where_top}: {key} must map words and relations", problems)
        if not isinstance(cues.get("words", []), list) or not isinstance(cues.get("relations", []), list):
            problems.append(f"{where_top}: {key}: words and relations must be lists")
        elif any(r not in RELATION_TYPES for r in cues.get("relations", [])):
            problems.append(f"{where_top}: {key}.relations: use relation types from {', '.join(RELATION_TYPES)}")
    anaphors = mapping_field(data.get("anaphors"), f"{where_top}: anaphors must map an entity type to phrases",
                             problems)
    for entity_type, phrases in anaphors.items():
        if entity_type not in ENTITY_TYPES:
            problems.append(f"{where_top}: anaphors: unknown type {entity_type!r}; "
                            f"use one of {', '.join(ENTITY_TYPES)}")
        if not isinstance(phrases, list) or not all(isinstance(w, str) and len(w) > 1 for w in phrases):
            problems.append(f"{where_top}: anaphors: {entity_type} must list phrases of two or more characters")
    implicit = mapping_field(data.get("implicit"), f"{where_top}: implicit must map an entity id to words", problems)
    for entity_id, listed in implicit.items():
        if not isinstance(listed, list) or not all(isinstance(w, str) and len(w) > 1 for w in listed):
            problems.append(f"{where_top}: implicit: {entity_id} must list words of two or more characters")
    window = data.get("anaphor_window", 2)
    if not isinstance(window, int) or isinstance(window, bool) or window < 0:
        problems.append(f"{where_top}: anaphor_window must be a whole number of sentences, got {window!r}")
    for key in (k for k in (data.get("modality") or {}) if k != LINE_KEY):
        if key not in MODALITIES:
            problems.append(f"{where_top}: modality: unknown modality {key!r}; use one of {', '.join(MODALITIES)}")
    constructions = _check_constructions(data.get("constructions", []), path, words, problems)
    seen = set()
    for rule in data["rules"]:
        where = f"{path}:{rule.get(LINE_KEY, '?')}" if isinstance(rule, dict) else str(path)
        if not isinstance(rule, dict):
            problems.append(f"{where}: every rule must be a mapping")
            continue
        rule_id = rule.get("id")
        if not rule_id or not isinstance(rule_id, str):
            problems.append(f"{where}: rule without an id")
        elif rule_id in seen:
            problems.append(f"{where}: duplicate rule id {rule_id!r}")
        seen.add(rule_id)
        unknown = sorted(set(rule) - set(RULE_KEYS) - {LINE_KEY})
        if unknown:
            problems.append(f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; allowed: {', '.join(RULE_KEYS)}")
        for key in ("relation", "negated_as"):
            if (key == "relation" or key in rule) and rule.get(key) not in RELATION_TYPES:
                problems.append(f"{where}: unknown {key.replace('_', ' ')} {rule.get(key)!r}; "
                                f"use one of {', '.join(RELATION_TYPES)}")
        for side in ("head", "tail"):
            types = rule.get(side)
            if not isinstance(types, list) or not types or any(t not in ENTITY_TYPES for t in types):
                problems.append(f"{where}: {side} must list entity types from {', '.join(ENTITY_TYPES)}")
        for key in ("gaps_exclude", "not_followed_by"):
            if rule.get(key) is not None and rule.get(key) not in words:
                problems.append(f"{where}: {key} must name a list under words: ({', '.join(sorted(words))})")
        if rule.get("span", "clause") not in SPANS:
            problems.append(f"{where}: span must be one of {', '.join(SPANS)}")
        max_gap = rule.get("max_gap", 30)
        if not isinstance(max_gap, int) or isinstance(max_gap, bool) or max_gap < 0:
            problems.append(f"{where}: max_gap must be a whole number of characters, got {max_gap!r}")
        named = rule.get("constructions", [])
        if not isinstance(named, list) or any(c not in constructions for c in named):
            problems.append(f"{where}: constructions must list names from constructions: "
                            f"({', '.join(sorted(constructions))})")
            named = []
        templates = rule.get("templates", [])
        if not isinstance(templates, list):
            problems.append(f"{where}: templates must be a list")
            templates = []
        if not templates and not named and not rule.get("name_prefix") and not rule.get("known_office"):
            problems.append(f"{where}: a rule needs templates, constructions, name_prefix: true or known_office: true")
        for template in [*templates, *(t for c in named for t in constructions[c])]:
            try:
                parsed = parse_template(str(template), words)
            except ValueError as error:
                problems.append(f"{where}: template {template!r}: {error}")
                continue
            if ("slot", "trigger") in parsed.parts and not rule.get("triggers"):
                problems.append(f"{where}: template {template!r} uses {{trigger}} but the rule has no triggers")
    return problems


def _check_constructions(data: object, path: Path, words: Collection[str],
                         problems: list[str]) -> dict[str, list[str]]:
    """The shared constructions by name; each problem is added to ``problems``."""
    if not isinstance(data, list):
        problems.append(f"{path}: constructions must be a list of mappings with an id and templates")
        return {}
    found: dict[str, list[str]] = {}
    for construction in data:
        if not isinstance(construction, dict):
            problems.append(f"{path}: every construction must be a mapping")
            continue
        where = f"{path}:{construction.get(LINE_KEY, '?')}"
        name, templates = construction.get("id"), construction.get("templates")
        unknown = sorted(set(construction) - set(CONSTRUCTION_KEYS) - {LINE_KEY})
        if unknown:
            problems.append(f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; "
                            f"allowed: {', '.join(CONSTRUCTION_KEYS)}")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z_]+", name):
            problems.append(f"{where}: a construction needs an id of lower-case letters and _")
            continue
        if name in found:
            problems.append(f"{where}: duplicate construction id {name!r}")
        if not isinstance(templates, list) or not templates:
            problems.append(f"{where}: construction {name!r} needs a non-empty list of templates")
            templates = []
        for template in templates:
            try:
                parse_template(str(template), words)
            except ValueError as error:
                problems.append(f"{where}: template {template!r}: {error}")
        found[name] = [str(t) for t in templates]
    return found


def load_rules(path: Path, titles: tuple[str, ...] = ()) -> RuleSet:
    """Load and validate the relation rules.

    Raises:
        DictionaryError: every problem, one per line.
    """
    data, problems = read_yaml(path, lines=True)
    if not problems:
        problems = check_rules(data, path)
    if problems:
        raise DictionaryError("\n".join(problems))
    words = {str(k): tuple(str(w) for w in v) for k, v in (data.get("words") or {}).items() if k != LINE_KEY}
    coordinators = tuple(data.get("coordinators") or ("、", "和", "与", "及"))
    constructions = {c["id"]: tuple(map(str, c["templates"])) for c in data.get("constructions") or ()}
    parsed = tuple(
        Rule(
            id=r["id"],
            relation=r["relation"],
            head=tuple(r["head"]),
            tail=tuple(r["tail"]),
            triggers=tuple(sorted((str(t) for t in r.get("triggers") or ()), key=len, reverse=True)),
            templates=tuple(parse_template(t, words) for t in (*map(str, r.get("templates") or ()),
                                                             *(t for c in r.get("constructions") or ()
                                                               for t in constructions[c]))),
            span=r.get("span", "clause"),
            max_gap=int(r.get("max_gap", 30)),
            name_prefix=bool(r.get("name_prefix", False)),
            known_office=bool(r.get("known_office", False)),
            fold_makers=bool(r.get("fold_makers", True)),
            gaps_exclude=r.get("gaps_exclude"),
            not_followed_by=r.get("not_followed_by"),
            negated_as=r.get("negated_as"),
        )
        for r in data["rules"]
    )
    compounds = tuple(map(str, data.get("compounds") or ()))
    rules = tuple(replace(rule, patterns=tuple(compile_template(t, rule, titles, coordinators, words, compounds)
                                               for t in rule.templates),
                          trigger_search=word_pattern(rule.triggers),
                          actor_clause=re.compile(f"[,;:，；：][^,;:，；：{_block(rule.head)}]{{0,{SUBJECT_LEAD}}}"
                                                  f"[{_block(rule.head)}]"))
                  for rule in parsed)
    modality = {k: tuple(v or ()) for k, v in (data.get("modality") or {}).items() if k != LINE_KEY}
    anaphors: dict[str, tuple[str, ...]] = {}
    for entity_type, phrases in (data.get("anaphors") or {}).items():
        for phrase in phrases if entity_type != LINE_KEY else ():
            anaphors[str(phrase)] = (*anaphors.get(str(phrase), ()), str(entity_type))
    implicit = {str(word): str(entity_id) for entity_id, listed in (data.get("implicit") or {}).items()
                if entity_id != LINE_KEY for word in listed}
    lifted, barred = data.get("lifted") or {}, data.get("barred") or {}
    # A clause continues the last subject's action when it opens with a connective or a trigger.
    about_this = tuple(map(str, data.get("about_this") or ()))
    openers = [*map(str, data.get("carry_openers") or ()), *(t for rule in rules for t in rule.triggers)]
    return RuleSet(
        rules=rules, negations=tuple(data.get("negations") or ()), modality=modality, coordinators=coordinators,
        titles=titles, attributive_nouns=tuple(data.get("attributive_nouns") or ()),
        prepositions=tuple(data.get("prepositions") or ()), compounds=compounds, lifted=tuple(lifted.get("words") or ()),
        lifted_relations=tuple(lifted.get("relations") or ()), barred=tuple(map(str, barred.get("words") or ())),
        barred_relations=tuple(barred.get("relations") or ()), urged=tuple(data.get("urged") or ()),
        obliged=tuple(map(str, data.get("obliged") or ())), voiced=tuple(map(str, data.get("voiced") or ())),
        words=words,
        anaphors=anaphors, anaphor_window=int(data.get("anaphor_window", 2)), title_search=word_pattern(titles),
        implicit=implicit, carry_search=re.compile(trie_pattern(openers)) if openers else None,
        administration=tuple(map(str, data.get("administration") or ())),
        about_this=about_this, stand_in_search=word_pattern([*anaphors, *implicit, *about_this]),
        reported_search=word_pattern(modality.get("reported")))
