"""Relate: read relations between recognized mentions with the declarative rules.

Each clause (or sentence) is masked: every mention becomes one private-use
character, so a rule template compiles to an ordinary regular expression
whose ``{head}`` and ``{tail}`` only match mentions of the allowed types.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Mapping

from kg.model import Document, Entity, Evidence, Mention, Relation
from kg.relate.rules import Rule, RuleSet, Template, check_rules, load_rules
from kg.relate.sentences import clauses, sentences

__all__ = ["relate", "RuleSet", "load_rules", "check_rules"]

_MASK_BASE = 0xE000  # Unicode private-use area: never in cleaned news text


@dataclass
class _Masked:
    text: str
    mentions: list[Mention]  # index i is character chr(_MASK_BASE + i)
    span: tuple[int, int]  # in Document.text

    def char(self, i: int) -> str:
        return chr(_MASK_BASE + i)

    def mention_at(self, ch: str) -> Mention:
        return self.mentions[ord(ch) - _MASK_BASE]


def relate(doc: Document, mentions: tuple[Mention, ...] | list[Mention], entities: Mapping[str, Entity],
           rules: RuleSet) -> list[Relation]:
    """Every relation the rules read in ``doc``, each with its evidence sentence.

    Args:
        doc: the document.
        mentions: its mentions (with ``norm_start``/``norm_end`` set).
        entities: every known entity by id (dictionary and discovered), for name-prefix rules.
        rules: the loaded rule set.

    Returns:
        Relations sorted by evidence offset, without duplicates.
    """
    by_start = sorted(mentions, key=lambda m: (m.norm_start, -m.norm_end))
    named = {m.entity_id for m in mentions}  # a relation links two entities the document names
    found: dict[tuple, Relation] = {}
    for s_start, s_end in sentences(doc.text):
        in_sentence = [m for m in by_start if m.norm_start >= s_start and m.norm_end <= s_end]
        if not in_sentence:
            continue
        evidence = _evidence(doc, s_start, s_end)
        for rule in rules.rules:
            if rule.name_prefix:
                for relation in _name_prefix(rule, doc, in_sentence, entities, evidence, named):
                    found.setdefault(_key(relation), relation)
                continue
            spans = [(s_start, s_end)] if rule.span == "sentence" else list(clauses(doc.text, s_start, s_end))
            for c_start, c_end in spans:
                in_span = [m for m in in_sentence if m.norm_start >= c_start and m.norm_end <= c_end]
                if len(in_span) < 2:
                    continue
                masked = _mask(doc.text, c_start, c_end, in_span, rule.fold_makers)
                for relation in _apply(rule, masked, rules, doc.text[s_start:s_end], evidence):
                    found.setdefault(_key(relation), relation)
    return sorted(found.values(), key=lambda r: (r.evidence.start, r.type, r.head, r.tail))


def _key(relation: Relation) -> tuple:
    return (relation.head, relation.type, relation.tail, relation.polarity, relation.modality,
            relation.evidence.start if relation.evidence else -1)


def _evidence(doc: Document, start: int, end: int) -> Evidence:
    o_start, o_end = doc.to_original(start, end)
    return Evidence(doc.name, o_start, o_end, doc.text[start:end], "", doc.date)


def _mask(text: str, start: int, end: int, mentions: list[Mention], fold_makers: bool) -> _Masked:
    """Replace each mention by one character; an appositive 英伟达(Nvidia) of the same entity vanishes.

    With ``fold_makers``, a maker glued to its product (英伟达H20) stays plain
    text: the product is what the phrase names.
    """
    pieces, kept = [], []
    pos = start
    for index, mention in enumerate(mentions):
        if mention.norm_start < pos:
            continue
        if fold_makers and mention.type == "ORG" and index + 1 < len(mentions):
            after = mentions[index + 1]
            if after.type == "PRODUCT" and text[mention.norm_end:after.norm_start] in ("", " "):
                pieces.append(text[pos:mention.norm_start])
                pos = after.norm_start
                continue
        gap = text[pos:mention.norm_start]
        if kept and gap in ("(", " (") and kept[-1].entity_id == mention.entity_id \
                and text.startswith(")", mention.norm_end):
            pieces.append("")
            pos = mention.norm_end + 1
            continue
        pieces.append(gap)
        pieces.append(chr(_MASK_BASE + len(kept)))
        kept.append(mention)
        pos = mention.norm_end
    pieces.append(text[pos:end])
    return _Masked("".join(pieces), kept, (start, end))


def _apply(rule: Rule, masked: _Masked, rules: RuleSet, sentence: str, evidence: Evidence) -> Iterator[Relation]:
    head_chars = _chars(masked, rule.head, rules.attributive_nouns)
    tail_chars = _chars(masked, rule.tail)
    if not head_chars or not tail_chars:
        return
    # A place used as a modifier (多家中国企业) may be a tail (中国市场), but it is no
    # rival that stops a gap: 将长江存储等多家中国企业列入 still reaches 列入.
    rivals = {"head": head_chars, "tail": _chars(masked, rule.tail, rules.attributive_nouns)}
    for template in rule.templates:
        pattern = _compile(template, rule, masked, head_chars, tail_chars, rivals, rules)
        pos = 0
        while True:
            m = pattern.search(masked.text, pos)
            if not m:
                break
            pos = m.start() + 1
            heads = _coordinated(masked, m.start("head"), rule.head, rules.coordinators)
            tails = _coordinated(masked, m.start("tail"), rule.tail, rules.coordinators)
            groups = m.groupdict()
            triggers = [m.start(g) for g in groups if g.startswith("trigger")]
            trigger_at = triggers[0] if triggers else m.start()
            polarity = "negative" if _negated(masked.text, trigger_at, rules.negations) else "positive"
            modality = _modality(masked.text, trigger_at, sentence, rules.modality)
            # The tail's title is the one right after it (院长 in 学院院长、公司总经理陈进).
            titles = [g for g in sorted(groups, key=m.start) if g.startswith("title") and groups[g]]
            own = [g for g in titles if m.start(g) >= m.end("tail")]
            role = _last_title(groups[(own or titles)[0]], rules.titles) if titles else None
            ev = Evidence(evidence.doc, evidence.start, evidence.end, evidence.sentence,
                          f"{rule.id}: {template.source}", evidence.date)
            for head in heads:
                for tail in tails:
                    if head.entity_id != tail.entity_id:
                        yield Relation(head.entity_id, rule.relation, tail.entity_id, ev,
                                       _full_role(role, tail), polarity, modality)


def _chars(masked: _Masked, types: tuple[str, ...], attributive_nouns: tuple[str, ...] = ()) -> str:
    """The mask characters of mentions of ``types``; a place used as a modifier
    (中国公司, 美国客户) is left out when ``attributive_nouns`` are given."""
    chars = []
    for i, m in enumerate(masked.mentions):
        ch = masked.char(i)
        if m.type not in types:
            continue
        if attributive_nouns and m.type == "PLACE" and masked.text.startswith(attributive_nouns, masked.text.index(ch) + 1):
            continue
        chars.append(ch)
    return "".join(chars)


def _compile(template: Template, rule: Rule, masked: _Masked, head_chars: str, tail_chars: str,
             rival_chars: dict[str, str], rules: RuleSet) -> re.Pattern:
    titles, coordinators = rules.titles, rules.coordinators
    all_chars = "".join(masked.char(i) for i in range(len(masked.mentions)))
    slot_chars = {"head": head_chars, "tail": tail_chars}
    parts = template.parts
    out = []
    for index, (kind, value) in enumerate(parts):
        if kind == "slot":
            if value in ("head", "tail"):
                # A slot takes a whole list (字节跳动、阿里巴巴): the rule reads past its
                # mates, and _coordinated gives every item the relation.
                joined = "|".join(map(re.escape, sorted(coordinators, key=len, reverse=True)))
                mates = f"(?:(?:{joined})[{slot_chars[value]}])*" if joined else ""
                out.append(f"(?P<{value}>[{slot_chars[value]}]){mates}")
            elif value == "other":
                out.append(f"[{all_chars}]")
            elif value == "trigger":
                out.append(f"(?P<trigger{index}>" + "|".join(map(re.escape, rule.triggers)) + ")")
            elif value == "title":
                out.append(f"(?P<title{index}>(?:" + "|".join(map(re.escape, titles)) + ")+)" if titles else "(?!)")
        elif kind == "words":
            out.append("(?:" + "|".join(map(re.escape, sorted(rules.words[value], key=len, reverse=True))) + ")")
        elif kind == "text":
            out.append(re.escape(value))
        else:
            # A gap holds no rival for a neighbouring head or tail: the nearest one wins.
            rivals = "".join(rival_chars.get(parts[j][1], "") for j in (index - 1, index + 1)
                             if 0 <= j < len(parts) and parts[j][0] == "slot")
            # What follows a verb's colon is what was said or why (反对:一旦实施…被中国取代),
            # not the verb's object.
            if index > 0 and parts[index - 1] == ("slot", "trigger"):
                rivals += ":："
            out.append(f"[^\\n{rivals}]{{0,{rule.max_gap}}}?")
            continue
        if index + 1 < len(parts) and parts[index + 1][0] != "gap":
            out.append(" ?")
    return re.compile("".join(out))


def _coordinated(masked: _Masked, at: int, types: tuple[str, ...], coordinators: tuple[str, ...]) -> list[Mention]:
    """The mention at ``at`` and its list mates: 字节跳动、阿里巴巴和腾讯."""
    text = masked.text
    found = [masked.mention_at(text[at])]
    for step in (1, -1):
        pos = at
        while True:
            joined = None
            for word in coordinators:
                if step == 1 and text.startswith(word, pos + 1):
                    joined = pos + 1 + len(word)
                elif step == -1 and text.endswith(word, 0, pos):
                    joined = pos - len(word) - 1
                if joined is not None:
                    break
            if joined is None or not 0 <= joined < len(text):
                break
            ch = text[joined]
            if not _MASK_BASE <= ord(ch) < _MASK_BASE + len(masked.mentions):
                break
            mate = masked.mention_at(ch)
            if mate.type not in types:
                break
            found.append(mate)
            pos = joined
    return found


def _negated(text: str, at: int, negations: tuple[str, ...]) -> bool:
    window = text[max(0, at - 4):at]
    return any(word in window for word in negations)


def _modality(text: str, at: int, sentence: str, cues: Mapping[str, tuple[str, ...]]) -> str:
    window = text[max(0, at - 8):at]
    if any(word in window for word in cues.get("planned", ())):
        return "planned"
    if any(word in sentence for word in cues.get("reported", ())):
        return "reported"
    return "asserted"


def _full_role(role: str | None, tail: Mention) -> str | None:
    """商务部长 is read as 商务部 + 长: the role is 部长, the office's last character plus 长."""
    if role == "长" and tail.text:
        return tail.text[-1] + role
    return role


def _last_title(group: str | None, titles: tuple[str, ...]) -> str | None:
    if not group:
        return None
    found = re.findall("|".join(map(re.escape, titles)), group)
    return found[-1] if found else group


def _name_prefix(rule: Rule, doc: Document, mentions: list[Mention], entities: Mapping[str, Entity],
                 evidence: Evidence, named: set[str]) -> Iterator[Relation]:
    """美国商务部 states part_of 美国 when the dictionary says the department is the country's."""
    for mention in mentions:
        entity = entities.get(mention.entity_id)
        if entity is None or mention.type not in rule.head:
            continue
        surface = doc.text[mention.norm_start:mention.norm_end].lower()
        # The country a name starts with (美国商务部工业与安全局 → 美国) is what the name states.
        # An agency is part of its country; a company or association is not (美国半导体行业协会),
        # but a unit is part of the parent its name begins with (华为海思 → 华为).
        for key in ("country", "part_of") if mention.type == "AGENCY" else ("part_of",):
            tail = entities.get(entity.facts.get(key, ""))
            if tail is None or tail.type not in rule.tail or tail.id == entity.id or tail.id not in named:
                continue
            if any(surface.startswith(name.lower()) and len(surface) > len(name) for name in tail.names):
                ev = Evidence(evidence.doc, evidence.start, evidence.end, evidence.sentence,
                              f"{rule.id}: name begins with {tail.name}", evidence.date)
                yield Relation(entity.id, rule.relation, tail.id, ev)
                break
