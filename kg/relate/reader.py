"""The relation reader: constructions over masked clauses, with subject carry-over and coreference.

Each clause (or sentence) is masked: every mention becomes one private-use
character from a block reserved for its entity type (``kg.relate.rules``), so
each rule template is one regular expression, compiled when the rules load,
whose ``{head}`` and ``{tail}`` are fixed character ranges.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator, Mapping

from kg.model import Document, Entity, Evidence, Mention, Relation
from kg.relate.rules import (MASK_BLOCK, MODIFIER, OBJECT, Rule, RuleSet, mask_char,
                             tail_kinds)
from kg.relate.sentences import clauses, sentences

__all__ = ["relate"]


@dataclass
class _Masked:
    text: str
    by_char: dict[str, Mention]  # mask character -> the mention it stands for
    kinds: set[str]  # the blocks in use

    def mention_at(self, ch: str) -> Mention | None:
        return self.by_char.get(ch)


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
    starts = [m.norm_start for m in by_start]
    named = {m.entity_id for m in mentions}  # a relation links two entities the document names
    anaphor = rules.anaphor_search
    last_seen: dict[str, tuple[int, Mention]] = {}  # entity type -> (sentence number, its last mention)
    found: dict[tuple, Relation] = {}
    for number, (s_start, s_end) in enumerate(sentences(doc.text)):
        in_sentence = [m for m in by_start[bisect.bisect_left(starts, s_start):bisect.bisect_left(starts, s_end)]
                       if m.norm_end <= s_end]
        if anaphor is not None:
            in_sentence = _with_referents(doc, s_start, s_end, in_sentence, anaphor, rules, number, last_seen)
        if not in_sentence:
            continue
        evidence = _evidence(doc, s_start, s_end)
        sentence = doc.text[s_start:s_end]
        spans_of = {"sentence": [(s_start, s_end)], "clause": list(clauses(doc.text, s_start, s_end))}
        masks: dict[tuple[int, int, bool], _Masked | None] = {}  # shared by the rules
        types = {m.type for m in in_sentence}
        for rule in rules.rules:
            if rule.name_prefix:
                for relation in _name_prefix(rule, doc, in_sentence, entities, evidence, named):
                    found.setdefault(_key(relation), relation)
                continue
            if types.isdisjoint(rule.head) or types.isdisjoint(rule.tail):
                continue
            if rule.trigger_search is not None and not rule.trigger_search.search(sentence):
                continue
            for c_start, c_end in spans_of[rule.span]:
                key = (c_start, c_end, rule.fold_makers)
                if key not in masks:
                    in_span = [m for m in in_sentence if m.norm_start >= c_start and m.norm_end <= c_end]
                    masks[key] = (_mask(doc.text, c_start, c_end, in_span, rule.fold_makers, rules)
                                  if len(in_span) > 1 else None)
                if masks[key] is not None:
                    for relation in _apply(rule, masks[key], rules, sentence, evidence):
                        found.setdefault(_key(relation), relation)
    return sorted(found.values(), key=lambda r: (r.evidence.start, r.type, r.head, r.tail))


def _with_referents(doc: Document, start: int, end: int, mentions: list[Mention], anaphor: re.Pattern,
                    rules: RuleSet, number: int, last_seen: dict[str, tuple[int, Mention]]) -> list[Mention]:
    """The sentence's mentions plus one for each phrase that refers back (该规则 → the last LAW).

    The referent is the last entity of the phrase's type named before it, in
    this sentence or at most ``anaphor_window`` sentences back. These
    mentions serve the rules only; recognition's output does not change.
    """
    added = []
    for m in anaphor.finditer(doc.text, start, end):
        if any(x.norm_start < m.end() and m.start() < x.norm_end for x in mentions):
            continue  # inside a name (《新规定》)
        for entity_type, phrases in rules.anaphors.items():
            if m.group() not in phrases:
                continue
            before = [x for x in mentions if x.type == entity_type and x.norm_end <= m.start()]
            referent = before[-1] if before else None
            seen_at, seen = last_seen.get(entity_type, (None, None))
            if referent is None and seen_at is not None and number - seen_at <= rules.anaphor_window:
                referent = seen
            if referent is not None:
                o_start, o_end = doc.to_original(m.start(), m.end())
                added.append(Mention(o_start, o_end, doc.original[o_start:o_end], entity_type, referent.entity_id,
                                     "anaphor", m.start(), m.end()))
            break
    for mention in mentions:
        last_seen[mention.type] = (number, mention)
    return sorted(mentions + added, key=lambda x: (x.norm_start, -x.norm_end)) if added else mentions


def _key(relation: Relation) -> tuple:
    return (relation.head, relation.type, relation.tail, relation.polarity, relation.modality,
            relation.evidence.start if relation.evidence else -1)


def _evidence(doc: Document, start: int, end: int) -> Evidence:
    o_start, o_end = doc.to_original(start, end)
    return Evidence(doc.name, o_start, o_end, doc.text[start:end], "", doc.date)


def _mask(text: str, start: int, end: int, mentions: list[Mention], fold_makers: bool, rules: RuleSet) -> _Masked:
    """Replace each mention by one character; an appositive 英伟达(Nvidia) of the same entity vanishes.

    With ``fold_makers``, a maker glued to its product (英伟达H20) stays plain
    text: the product is what the phrase names.
    """
    pieces, by_char, used = [], {}, {}
    pos = start
    last = None
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
        if last is not None and gap in ("(", " (") and last.entity_id == mention.entity_id \
                and text.startswith(")", mention.norm_end):
            pieces.append("")
            pos = mention.norm_end + 1
            continue
        kind = mention.type
        if kind == "PLACE" and rules.attributive_nouns and text.startswith(rules.attributive_nouns, mention.norm_end):
            kind = MODIFIER
        elif rules.prepositions and text.endswith(rules.prepositions, start, mention.norm_start):
            kind = OBJECT + kind
        count = used.get(kind, 0)
        if count == MASK_BLOCK:  # 4,096 names of one kind in one sentence: the rest stay text
            continue
        used[kind] = count + 1
        ch = mask_char(kind, count)
        pieces.append(gap)
        pieces.append(ch)
        by_char[ch] = mention
        last = mention
        pos = mention.norm_end
    pieces.append(text[pos:end])
    return _Masked("".join(pieces), by_char, set(used))


def _apply(rule: Rule, masked: _Masked, rules: RuleSet, sentence: str, evidence: Evidence) -> Iterator[Relation]:
    if masked.kinds.isdisjoint(rule.head) or masked.kinds.isdisjoint(tail_kinds(rule.tail)):
        return
    for template, pattern in zip(rule.templates, rule.patterns):
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
            clause_before = masked.text[_clause_start(masked.text, trigger_at):trigger_at]
            negated = _negated(masked.text, trigger_at, rules.negations) or (
                rule.relation in rules.lifted_relations and any(w in clause_before for w in rules.lifted))
            polarity = "negative" if negated else "positive"
            # Hedges qualify what a verb claims; a title or a name (日本首相岸田文雄) states
            # who someone is, reported or not.
            modality = _modality(sentence, clause_before, rules) if rule.triggers else "asserted"
            # The tail's title is the one right after it (院长 in 学院院长、公司总经理陈进).
            titles = [g for g in sorted(groups, key=m.start) if g.startswith("title") and groups[g]]
            own = [g for g in titles if m.start(g) >= m.end("tail")]
            role = _last_title(groups[(own or titles)[0]], rules.title_search) if titles else None
            ev = Evidence(evidence.doc, evidence.start, evidence.end, evidence.sentence,
                          f"{rule.id}: {template.source}", evidence.date)
            for head in heads:
                for tail in tails:
                    if head.entity_id != tail.entity_id:
                        yield Relation(head.entity_id, rule.relation, tail.entity_id, ev,
                                       _full_role(role, tail), polarity, modality)


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
            mate = masked.mention_at(text[joined])
            if mate is None or mate.type not in types:
                break
            found.append(mate)
            pos = joined
    return found


_CLAUSE_MARKS = ",;:，；："


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins (a sentence-wide rule sees several)."""
    return max(text.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1


def _negated(text: str, at: int, negations: tuple[str, ...]) -> bool:
    window = text[max(0, at - 4):at]
    return any(word in window for word in negations)


def _modality(sentence: str, clause_before: str, rules: RuleSet) -> str:
    """A condition, a plan or an urging earlier in the trigger's clause, a report
    anywhere in the sentence; else asserted."""
    cues = rules.modality
    if any(word in clause_before for word in cues.get("hypothetical", ())):
        return "hypothetical"
    if any(word in clause_before for word in (*cues.get("planned", ()), *rules.urged)):
        return "planned"
    if any(word in sentence for word in cues.get("reported", ())):
        return "reported"
    return "asserted"


def _full_role(role: str | None, tail: Mention) -> str | None:
    """商务部长 is read as 商务部 + 长: the role is 部长, the office's last character plus 长."""
    if role == "长" and tail.text:
        return tail.text[-1] + role
    return role


def _last_title(group: str | None, title_search: re.Pattern | None) -> str | None:
    if not group:
        return None
    found = title_search.findall(group) if title_search else []
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
