"""The relation reader: constructions over masked clauses, with subject carry-over and coreference.

Each clause (or sentence) is masked: every mention becomes one private-use
character from a block reserved for its entity type (``kg.relate.rules``), so
each rule template is one regular expression, compiled when the rules load,
whose ``{head}`` and ``{tail}`` are fixed character ranges. Before masking the
reader adds what the clause leaves out: the subject carried from the clause or
sentence before, and stand-ins for phrases that refer back (该公司, 当局, 对此)
or name a country by one character (对华).

A rule is tried only where it can match, for any rule in relations.yaml: its
trigger words are found in one Aho–Corasick scan of the document, and a rule
with triggers reads only the clauses that hold one (a rule without triggers
reads every clause); a clause must name a head and a tail type, and before it
is masked each template is tested for what it needs in the plain text (its
literal words, a word of each list it uses, a title for {title}). A name only
hides text, so these tests never drop a match.
"""
from __future__ import annotations

import functools
import itertools
import operator
import re
from bisect import bisect_left, bisect_right
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator, Mapping, NamedTuple

from kg.ingest.normalize import is_latin_word_char
from kg.model import IN_TITLE, MODALITIES, Document, Entity, Evidence, Mention, Relation
from kg.recognize.patterns import BYLINE_CHARACTER, BYLINE_MARKS
from kg.relate.rules import (AFTER_TRIGGER, BEFORE_OBJECT, BEFORE_TRIGGER, COMPANY_DESCRIPTION, COUNTED_PLACE,
                             MASK_BASE, MASK_BLOCK, MATES, MEASURE_MARKERS, MODIFIER, OBJECT, STANCE, SUBJECT_LEAD,
                             WHEN, Needs, Rule, RuleSet, Template, mask_char, mask_kind, tail_kinds)
from kg.relate.sentences import (CLAUSE_MARKS, SENTENCE_ENDS, attribution_start, clause_end, clause_start, clauses,
                                 sentences, splits_clause)

__all__ = ["relate"]


@dataclass
class _Masked:
    text: str
    by_char: dict[str, Mention]  # mask character -> the mention it stands for
    kinds: set[str]  # the blocks in use
    carried: bool = False  # the first character stands for a subject carried from an earlier clause
    # a product -> the company folded before it as its owner (AMD的MI308, with fold_makers)
    owners: dict[Mention, str] = field(default_factory=dict)

    def mention_at(self, ch: str) -> Mention | None:
        return self.by_char.get(ch)


def relate(doc: Document, mentions: tuple[Mention, ...] | list[Mention], entities: Mapping[str, Entity],
           rules: RuleSet) -> list[Relation]:
    """Every relation the rules read in ``doc``, each with its evidence sentence.

    Besides the recognized mentions the rules see stand-ins: a phrase that
    refers back (该公司 → the last company named, at most ``anaphor_window``
    sentences back), a country named by one character (对华 → China), a
    person's administration as the person's country (特朗普政府 → the United
    States), and a clause's missing subject carried from the sentence before
    (美国商务部宣布…,并将华为列入…).

    Args:
        doc: the document.
        mentions: its mentions (with ``norm_start``/``norm_end`` set).
        entities: every known entity by id (dictionary and discovered).
        rules: the loaded rule set.

    Returns:
        Relations sorted by evidence offset, without duplicates.
    """
    text = doc.text
    entities = _Known(entities)
    shown = {m.entity_id for m in mentions if m.source != IN_TITLE}  # the entities the document's mentions show
    named = _named_entities(mentions, entities)  # with the places titles show (美国|商务部长)
    mentions, places_in_titles = _with_titled_bodies(mentions)
    by_start = sorted(mentions, key=lambda m: (m.norm_start, -m.norm_end))
    starts = [m.norm_start for m in by_start]
    # (sentence number, its mentions) of the last sentences that name any: older ones are out of an anaphor's reach.
    named_before: deque[tuple[int, list[Mention]]] = deque(maxlen=rules.anaphor_window)
    topics: dict[str, tuple[int, Mention]] = {}  # entity type -> (sentence number, the last subject of that type)
    # Of each type in rules.long_anaphors: (the last sentence naming it, a mention) while the
    # document has named one entity of the type, None once it names another.
    only_named: dict[str, tuple[int, Mention] | None] = {}
    subject: tuple[int, Mention] | None = None  # (sentence number, the subject of that sentence)
    # (sentence number, the head's entity id) of the last measure read (rules.announced: restricts…)
    last_measure: tuple[int, str] | None = None
    probe: tuple[int, Mention] | None = None  # (sentence number, the agency) of the last probe opened (rules.probes)
    recent: list[Mention] = []  # the last sentence's mentions
    found: dict[tuple, Relation] = {}
    filing_company = _own_company(text, by_start, rules)
    cues = list(rules.stand_in_search.finditer(text)) if rules.stand_in_search is not None else []
    cue_starts = [m.start() for m in cues]
    next_cue = 0  # the first cue after the sentences read so far
    # Every rule's trigger words in one scan: (start, end, rule id), by start.
    hits = [(start, end, rule_id) for rule_id, words in rules.triggers.find(text).items() for start, end, _ in words]
    hits.sort()
    hit_starts = [hit[0] for hit in hits]
    read_as_one = (rules.attribution_search, rules.members_sentence_search)  # sentences joined to the one before
    for number, (s_start, s_end) in enumerate(sentences(text, *read_as_one)):
        named_from, named_to = bisect_left(starts, s_start), bisect_left(starts, s_end)
        recognized = [m for m in by_start[named_from:named_to] if m.norm_end <= s_end] if named_from < named_to else []
        in_cues = []
        if next_cue < len(cue_starts) and cue_starts[next_cue] < s_end:  # few sentences hold a cue
            first_cue = bisect_left(cue_starts, s_start, next_cue)
            next_cue = bisect_left(cue_starts, s_end, first_cue)
            in_cues = cues[first_cue:next_cue]
        carried = subject[1] if subject is not None and subject[0] == number - 1 else None
        if in_cues:
            # What 对此 refers to in the sentence before is what its subject did, when it acts (日本宣布管制,
            # 东京电子的产品将受到影响。中方对此… objects to Japan); else its last actor.
            before = [carried] if carried is not None and _is_actor(text, carried, rules) else recent
            # A measure read in the last sentences is what was reported, before whoever then spoke
            # (美国商务部将华为列入实体清单。华为表示,将…。中方对此表示不满 objects to the ministry).
            measure = _entity(last_measure[1], entities) if last_measure is not None \
                and number - last_measure[0] <= rules.anaphor_window else None
            prober = probe[1] if probe is not None and number - probe[0] <= rules.probe_window else None
            in_sentence = _with_stand_ins(doc, in_cues, recognized, entities, rules, number,
                                          (topics, named_before, only_named), before, measure, filing_company,
                                          prober)
        else:
            in_sentence = recognized
        if in_sentence and rules.probes_opened_search is not None \
                and (opened := _probe_opened(text, s_start, s_end, in_sentence, rules)) is not None:
            probe = (number, opened)
        if recognized:
            named_before.append((number, recognized))  # for the anaphors of the next sentences
            for mention in recognized:
                if mention.type in rules.long_anaphors:
                    only = only_named.get(mention.type, (number, mention))
                    only_named[mention.type] = (number, mention) \
                        if only is not None and only[1].entity_id == mention.entity_id else None
        recent = in_sentence
        if not in_sentence:
            if carried is not None and _continues(text, s_start, s_end, rules, sentence=True):
                subject = (number, carried)  # 此外,还将…: the sentence goes on with the same subject
            continue
        # A person never heads restricts, permits or issues: for rules without a person slot
        # 特朗普政府 is the country.
        as_countries = _as_countries(text, in_sentence, entities, rules)
        spans_of = {"sentence": [(s_start, s_end)], "clause": _clauses(text, s_start, s_end, rules)}
        own = _subject(text, spans_of["clause"], as_countries, rules)
        # Nor does a person in office who acts: for those rules 特朗普宣布对中国加征关税 is the
        # United States' act, 卢特尼克宣布调查 the ministry's (the subject only: 制裁鲁比奥 is no
        # sanction of his country).
        office = _office(own, entities, rules) if own is not None and own.type == "PERSON" else None
        if office is not None:
            as_countries = [office if m is own else m for m in as_countries]
        # So does one who acts in a relative clause (特朗普上月签署的《…法》: the United States issues it).
        as_countries = _with_agents_as_offices(text, as_countries, entities, rules)
        # who the subject is, as itself or its office: what it said goes on with it (卢特尼克表示,…)
        speaker = frozenset(m.entity_id for m in (own, office) if m is not None)
        # whether the sentence opens, past a source's report (知情人士透露,), by going on with the last
        # one's subject (此外,还将…): else a subject of its own, though unnamed (国会议员提出立法,拟禁止…),
        # acts in its later clauses
        carried_on = carried is not None and _continues(text, _past_reports(text, spans_of["clause"], rules), s_end,
                                                        rules, sentence=True)
        if carried is not None and _basis_names_authority(text, s_start, in_sentence, rules):
            carried, carried_on = None, False  # 根据美国商务部的决定,…: the authority acts, not the last subject
        if own is not None:
            subject = topics[own.type] = (number, own)
            employer = _titled_employer(text, own, in_sentence, rules) \
                or _known_employer(own, in_sentence, named_before, entities) if own.type == "PERSON" else None
            if employer is not None:  # 台积电董事长魏哲家表示,…: the company is what the next sentences are about too
                topics[employer.type] = (number, employer)
        elif carried is not None and carried_on:
            subject = (number, carried)
        named_types = {m.type for m in in_sentence}
        if as_countries is not in_sentence:
            named_types.update(m.type for m in as_countries)
        if carried is not None:
            named_types.add(carried.type)
        types = frozenset(named_types)
        readers: tuple[Rule, ...] = ()  # the template rules that may read the sentence
        if len(in_sentence) + (carried is not None) > 1:  # templates read two names
            triggered = _triggered(hits[bisect_left(hit_starts, s_start):bisect_left(hit_starts, s_end)],
                                   s_end, spans_of["clause"])
            readers = rules.template_readers(types, triggered)
        if readers:  # what the rules share while they read the sentence (most sentences have no reader)
            evidence: Evidence | None = None  # made when a rule first reads the sentence: most state nothing
            sentence = text[s_start:s_end]
            masks: dict[tuple[int, int, bool, bool, bool, bool, bool], _Masked] = {}  # shared by the rules
            name_starts = [m.norm_start for m in in_sentence]  # as_countries keeps the order and the offsets
            named_in: dict[tuple[int, int, bool, bool], _Clause | None] = {}  # each span's names, None for fewer than two
            stand_ins: dict[tuple[int, int], Mention | None] = {}  # the subject each clause carries, if any
            acting: list[tuple[int, Mention]] | None = None  # the later clauses that name their own subject
            searched: dict[tuple[int, int, int], bool] = {}  # word lists and titles found in a span, by id
        voiced: list[Relation] = []  # the sentence's stances, which its speaking agency may share
        announced: list[Relation] = []  # the sentence's measures, which a unit's announcing parent shares
        for rule in readers:
            needs = rules.rule_needs.get(rule.id) if rule.span == "clause" else None
            if needs is not None and not _holds(needs, text, s_start, s_end, searched):
                continue  # what all its templates need is in no clause of the sentence
            # A rule with triggers reads the clauses that hold one, unless it reads the whole sentence;
            # one that reads both reads the sentence first, then each such clause of several.
            clause_spans = triggered[rule.id] if rule.triggers else spans_of["clause"]
            if rule.span == "sentence" or rule.span == "both" and len(spans_of["clause"]) == 1:
                read_spans = spans_of["sentence"]
            elif rule.span == "both":
                read_spans = spans_of["sentence"] + clause_spans
            else:
                read_spans = clause_spans
            for c_start, c_end in read_spans:
                # Only a sentence with an administration or an acting office holder in it needs a second mask.
                takes_people = "PERSON" in rule.head or "PERSON" in rule.tail
                people = as_countries is not in_sentence and takes_people
                span_key = (c_start, c_end, people, takes_people)
                clause = named_in.get(span_key, _NOT_READ)
                if clause is _NOT_READ:
                    first, last = bisect_left(name_starts, c_start), bisect_left(name_starts, c_end)
                    in_span = [m for m in (in_sentence if people else as_countries)[first:last] if m.norm_end <= c_end]
                    clause = None  # a carried subject alone is no pair
                    if in_span:
                        stand_in = stand_ins.get((c_start, c_end), _UNSET)
                        if stand_in is _UNSET:
                            # The sentence's subject for its later clauses, the last sentence's for its first;
                            # after a semicolon, that part's own subject when it names one.
                            here = _part_subject(text, s_start, c_start, spans_of["clause"], as_countries, rules, own)
                            if here is None and own is not None and c_start > own.norm_end:
                                if acting is None:
                                    acting = _acting_subjects(text, own, spans_of["clause"], as_countries, rules)
                                here = _last_acting(text, acting, own, c_start)
                            here = here or own
                            stand_in = here if c_start > s_start and here is not None and here.norm_start < c_start \
                                else carried if (own is None or own.norm_start >= c_start
                                                 and not _described_in(text, own, c_end)) \
                                and (c_start == s_start or carried_on) else None
                            # Nor does the subject of a circumstance (美国出台新规后,) past a clause that goes on with
                            # a subject of its own, unnamed (这家企业的工厂先是获得豁免,…,得以从应用材料采购).
                            if stand_in is not None and stand_in is own and c_start > s_start \
                                    and _left_in_its_circumstance(text, own, c_start, spans_of["clause"], as_countries,
                                                                  rules):
                                stand_in = None
                            # A clause of a connective alone (与此同时,) hands the sentence to the name opening the
                            # next: 与此同时,华盛顿也要求台积电加强对中国客户的审查 is no act of the last subject's.
                            if stand_in is carried and stand_in is not None and c_start == s_start \
                                    and _connective_alone(text, spans_of["clause"], own, as_countries, rules):
                                stand_in = None
                            # What was said, in a clause that acts on its own subject (监管总局表示,高通未申报,
                            # 已对其立案调查): the speaker acts.
                            if stand_in is not None and stand_in is here and own is not None and here is not own \
                                    and _acted_on(text, here, in_span, rules):
                                stand_in = own
                            # Nor past people who speak unnamed (但反对新规的议员表示,将推动…): it is theirs.
                            if stand_in is not None and _unnamed_speaker(text, max(s_start, stand_in.norm_end), c_start,
                                                                          spans_of["clause"], name_starts, rules):
                                stand_in = None
                            # What the sentence's subject said right before the clause goes on with it as well,
                            # unless the clause opens with its own subject, unnamed (分析师指出,台湾设备厂商对
                            # 中国大陆的出口…: the makers export).
                            if stand_in is not None and not _continues(text, c_start, c_end, rules, sentence=c_start == s_start) \
                                    and not (stand_in.entity_id in speaker and _opens_what_was_said(text, c_start, rules)
                                             and not _opens_with_own_subject(text, c_start, in_span, stand_in,
                                                                             entities, rules)):
                                stand_in = None
                            # Nor a body or a country past a clause a person opens unnamed (特朗普政府松口…,他又致信
                            # 卢特尼克,批评这一决定: not the administration's criticism): the pronoun stands for the
                            # last person the sentence named before it, if any (摩尔线程由张建中创办,他曾任英伟达…).
                            if stand_in is not None and stand_in.type != "PERSON" \
                                    and _opened_by_a_pronoun(text, max(s_start, stand_in.norm_end), c_start, rules):
                                stand_in = _person_named_before(text, in_sentence, c_start, rules)
                            stand_in = _urged_party(text, c_start, as_countries, in_span[0], rules) or stand_in
                            stand_ins[(c_start, c_end)] = stand_in
                        if stand_in is not None and stand_in.type == "PERSON" and not takes_people:
                            # the office acts (above), as urged as its holder; and a company's titled officer
                            # speaks for it (华为轮值董事长X公布路线图,计划推出…,其后推出昇腾960: Huawei's)
                            office = _office(stand_in, entities, rules) or _as_employer(text, stand_in, in_sentence, rules)
                            stand_in = stand_in if office is None else office._replace(source=stand_in.source) \
                                if stand_in.source == _URGED else office
                        if len(in_span) + (stand_in is not None) > 1:
                            # The sentence's subject heading a list carries the list (华为和寒武纪扩产,以填补…).
                            mates = tuple(_listed_after(text, stand_in, in_sentence, rules)) \
                                if stand_in is not None and stand_in.source != _URGED and s_start <= stand_in.norm_start \
                                and stand_in.norm_end <= c_start else ()
                            clause = _Clause(in_span, stand_in,
                                             frozenset(m.type for m in (*in_span, *([stand_in] if stand_in else ()))),
                                             mates)
                    named_in[span_key] = clause
                if clause is None:
                    continue
                templates = _may_match(rule, clause.types, text, c_start, c_end, rules, searched)
                if not templates:
                    continue
                owners_named = rule.relation in _OWNERSHIP
                # A maker a modifier keeps from its product (英伟达最先进的Blackwell以及尚未发布的Rubin) stays a
                # name for making, whose verb may reach past it.
                described_makers = rule.relation != _MAKING
                key = (c_start, c_end, rule.fold_makers, people, takes_people, owners_named, described_makers)
                if key not in masks:
                    masks[key] = _mask(text, c_start, c_end, clause.names, rule.fold_makers, rules, clause.stand_in,
                                       owners_named, described_makers)
                evidence = evidence or _evidence(doc, s_start, s_end)
                for relation in _with_mates(_apply(rule, templates, masks[key], rules, sentence, text[s_start:c_start],
                                                   text[c_end:s_end], evidence, entities), clause, rule):
                    if rule.head_as_maker:
                        maker = _maker_of(relation.head, entities)
                        if maker is None or maker.type != "ORG" or maker.id == relation.tail:
                            continue  # 腾讯采购了H20: Nvidia supplies Tencent; a product of no known maker, none
                        relation = replace(relation, head=maker.id)
                    if rule.tail_not_other_maker and (maker := _maker_of(relation.head, entities)) is not None \
                            and relation.tail not in (maker.id, _parent_of(maker.id, entities)):
                        continue  # 腾讯的H20订单: the H20 Tencent buys is Nvidia's (华为的麒麟 is its unit HiSilicon's)
                    if rule.head_not_part_of and (relation.head in rule.head_not_part_of
                                                  or _parent_of(relation.head, entities) in rule.head_not_part_of):
                        continue  # 众议院(外交委员会)通过《…法案》: one house, or its committee, enacts nothing
                    if relation.type in rules.not_by_legislatures and _in_a_legislature(relation.head, entities, rules):
                        continue  # 众议院议员说,放行H200将帮助中国: a legislature grants nothing
                    if relation.type in _FOREIGN_MEASURES and _country_of(relation.head, entities) == relation.tail \
                            and not (relation.type == STANCE and _in_a_legislature(relation.head, entities, rules)):
                        # a body's measure on its own country is on its companies (禁止美国公司向华为出售); its
                        # stance is its country's own (中国商务部发言人表示,中方坚决反对…); a legislator's may
                        # be on the country's government (参议员沃伦批评这一决定)
                        continue
                    if relation.type in _FOREIGN_MEASURES and _country_of(relation.tail, entities) == relation.head:
                        continue  # …商务部新闻发言人表示,…。中方对此坚决反对: no country's measure or stance on its own body
                    if rule.tail_not_home and _home_of(relation.head, entities) == relation.tail:
                        continue  # 英伟达是美国最大的芯片供应商: where it is from
                    if relation.type == "issues" and _foreign_law(relation, entities):
                        continue  # 日本国会通过了新的网络安全法: Japan's law, not China's of that name
                    _keep(found, relation)
                    if relation.type in rules.voiced:
                        voiced.append(relation)
                    if relation.type in rules.announced:
                        announced.append(relation)
                        if relation.polarity == "positive":
                            last_measure = (number, relation.head)
        for relation in (*_voiced_by(own, voiced, entities), *_announced_by(own, announced, entities)):
            _keep(found, relation)
        if own is not None and len(spans_of["clause"]) > 1:
            for rule in rules.officer_rules:
                if own.type in rule.tail:
                    for relation in _officers_after(rule, doc, own, in_sentence, spans_of["clause"], (s_start, s_end),
                                                    rules):
                        _keep(found, relation)
        # A sentence whose subject is a person a company's title opens its clause with, no company named
        # (董事长兼总经理X透露,…; 管理层方面,创始人、董事长张文…), is about the company the last sentences named as
        # their subject (not one a stand-in guessed): X is its officer.
        topic = topics.get("ORG")
        if own is not None and own.type == "PERSON" and topic is not None and number - topic[0] <= rules.anaphor_window \
                and topic[1].source not in _STAND_IN_SOURCES:
            own_clause = [span for span in spans_of["clause"] if span[0] <= own.norm_start < span[1]]
            for rule in rules.officer_rules:
                for relation in _officers_after(rule, doc, topic[1], in_sentence, own_clause, (s_start, s_end), rules):
                    known = entities.get(relation.head)
                    if known is None or known.facts.get("works_for", relation.tail) == relation.tail:
                        _keep(found, relation)
        for rule in rules.name_rules:
            if types.isdisjoint(rule.head):
                continue  # no name here the rule reads
            read = _stated_parents if rule.name_prefix else _byline_employers if rule.byline else _known_offices
            for relation in read(rule, doc, in_sentence, named, (s_start, s_end), rules, entities):
                _keep(found, relation)
    relations = _less_own_office(found.values(), rules)
    if places_in_titles:
        relations = _as_shown(relations, places_in_titles, shown, entities)
    return sorted(relations, key=lambda r: (r.evidence.start if r.evidence else -1, r.type, r.head, r.tail))


def _with_titled_bodies(mentions: tuple[Mention, ...] | list[Mention]) -> tuple[list[Mention], dict[str, str | None]]:
    """The mentions the rules read: a body named only in a minister's title (美国商务部|长X, source
    ``IN_TITLE``) in place of the place the document shows inside it (美国); and each such body's
    place (None where none shows: 美|商务部长)."""
    bodies = [m for m in mentions if m.source == IN_TITLE]
    if not bodies:
        return list(mentions), {}
    places: dict[str, str | None] = {body.entity_id: None for body in bodies}
    read = []
    for mention in mentions:
        body = next((b for b in bodies if b is not mention
                     and b.norm_start <= mention.norm_start and mention.norm_end <= b.norm_end), None)
        if body is None:
            read.append(mention)
        else:
            places[body.entity_id] = mention.entity_id
    return read, places


def _as_shown(relations: list[Relation], places_in_titles: Mapping[str, str | None], shown: set[str],
              entities: Mapping[str, Entity]) -> list[Relation]:
    """``relations`` with a body the document names only in a minister's title replaced by the place
    shown in that title (美国商务部长X宣布… restricts as 美国), or else by its country where the document
    names that (美|商务部长X … 美国), as the guidelines annotate it; a body named elsewhere too stays
    (the minister works for the ministry), and so does one whose place the document never names. Such
    a body's units and parents are dropped: the document names no entity they are part of, or that is
    part of it (商务部工业与安全局 beside 商务部长X)."""
    hidden = {body: place or _country_of(body, entities) for body, place in places_in_titles.items() if body not in shown}
    swap = {body: place for body, place in hidden.items() if place is not None and place in shown}
    found: dict[tuple, Relation] = {}
    for relation in relations:
        if relation.type == _UNIT and (relation.head in hidden or relation.tail in hidden):
            continue
        head, tail = swap.get(relation.head, relation.head), swap.get(relation.tail, relation.tail)
        if head != tail:
            _keep(found, replace(relation, head=head, tail=tail))
    return list(found.values())


def _less_own_office(relations: Iterable[Relation], rules: RuleSet) -> list[Relation]:
    """``relations`` less an office holder's measures and stances on the body or country the same
    sentence says they hold an executive office of (古巴总统X说,古巴不对美国构成威胁: no stance of his
    on Cuba), as a government body's on its own country are none (``_FOREIGN_MEASURES``)."""
    relations = list(relations)
    offices = {(r.head, r.tail, r.evidence.start) for r in relations
               if r.type == "works_for" and r.evidence is not None and r.role and r.role.endswith(rules.executive_offices)}
    if not offices:
        return relations
    return [r for r in relations if r.type not in _FOREIGN_MEASURES or r.evidence is None
            or (r.head, r.tail, r.evidence.start) not in offices]


# Measures and stances a government body takes on others: never on its own country.
_FOREIGN_MEASURES = frozenset({"restricts", "permits", STANCE})


def _parent_of(entity_id: str, entities: Mapping[str, Entity]) -> str | None:
    """The body the dictionary makes an entity part of, if any."""
    entity = entities.get(entity_id)
    return entity.facts.get("part_of") if entity is not None else None


def _country_of(entity_id: str, entities: Mapping[str, Entity]) -> str | None:
    """The country a government body serves, or a person the dictionary gives a body's post (毛宁 of
    the foreign ministry): its measures and stances are never on that country. A body found by its
    place (中国驻捷克使馆, 北京市商务局) serves that place's country."""
    entity = entities.get(entity_id)
    if entity is not None and entity.type == "PERSON":
        employer = entities.get(entity.facts.get("works_for", ""))
        entity = employer if employer is not None and employer.type == "AGENCY" else None
    if entity is None or entity.type != "AGENCY":
        return None
    parent = entities.get(entity.facts.get("part_of", ""))
    return entity.facts.get("country") \
        or (parent.facts.get("country", parent.id) if parent is not None and parent.type == "PLACE" else None)


def _post_of_another_body(person_id: str, title: str, bodies: list[Mention], entities: Mapping[str, Entity]) -> bool:
    """Whether ``title`` is the post the dictionary gives the person at a body other than ``bodies`` (格里尔:
    美国贸易代表 at USTR, listed after 商务部长卢特尼克及): the title is that body's, not theirs."""
    person = entities.get(person_id)
    if person is None:
        return False
    employer = person.facts.get("works_for")
    if not employer or not person.facts.get("role", "").endswith(title):
        return False
    return all(body.entity_id not in (employer, _parent_of(employer, entities))
               and _parent_of(body.entity_id, entities) != employer for body in bodies)


def _in_a_legislature(entity_id: str, entities: Mapping[str, Entity], rules: RuleSet) -> bool:
    """Whether the body, or the body a person works for, is one of ``rules.legislatures`` or part of one."""
    entity = entities.get(entity_id)
    if entity is not None and entity.type == "PERSON":
        entity = entities.get(entity.facts.get("works_for", ""))
    seen = 0
    while entity is not None and seen < _PARENT_DEPTH:
        if entity.id in rules.legislatures:
            return True
        entity, seen = entities.get(entity.facts.get("part_of", "")), seen + 1
    return False


_PARENT_DEPTH = 4  # how far up part_of a body is looked for (committee → house → congress)


# Lookups in the relate loop go through functions that take a Mapping: there the compiled reader
# would call dict.get on _Known itself, which skips its __missing__ (an entity not yet looked up).
def _entity(entity_id: str, entities: Mapping[str, Entity]) -> Entity | None:
    """The entity of ``entity_id``, if known."""
    return entities.get(entity_id)


def _maker_of(entity_id: str, entities: Mapping[str, Entity]) -> Entity | None:
    """The maker the dictionary gives a product (its made_by fact), if any."""
    product = entities.get(entity_id)
    return entities.get(product.facts.get("made_by", "")) if product is not None else None


def _home_of(entity_id: str, entities: Mapping[str, Entity]) -> str | None:
    """The country the dictionary says an entity is from."""
    entity = entities.get(entity_id)
    return entity.facts.get("country") if entity is not None else None


def _foreign_law(relation: Relation, entities: Mapping[str, Entity]) -> bool:
    """Whether the law issued is, by the dictionary, another country's than the issuer's (a country
    or a city's, an agency's): a body issues its own country's laws, so the name is another law's."""
    law, issuer = entities.get(relation.tail), entities.get(relation.head)
    if law is None or issuer is None or law.type != "LAW" or law.discovered or "country" not in law.facts:
        return False
    if issuer.type == "PLACE":
        country: str | None = issuer.facts.get("country", relation.head)
    else:
        country = _country_of(relation.head, entities)
    return country is not None and country != law.facts["country"]


class _Known(dict):
    """``entities`` as a dict filled on demand for one document: a ChainMap answers every lookup
    in Python, a dict answers the repeated ones in C."""

    def __init__(self, entities: Mapping[str, Entity]):
        super().__init__()
        self._entities = entities

    def __missing__(self, entity_id: str) -> Entity:
        entity = self[entity_id] = self._entities[entity_id]
        return entity

    def get(self, entity_id: str, default: Entity | None = None) -> Entity | None:  # type: ignore[override]
        try:
            return self[entity_id]
        except KeyError:
            return default


_UNSET = Mention(-1, -1, "", "", "", "")  # no stand-in decided yet for a clause


def _voiced_by(speaker: Mention | None, stances: list[Relation], entities: Mapping[str, Entity]) -> Iterator[Relation]:
    """A country's stance told by one of its own agencies is the agency's too: in 中国商务部指荷兰扩大
    管制,中国对此表示不满 the ministry objects as well."""
    agency = entities.get(speaker.entity_id) if speaker is not None and speaker.type == "AGENCY" else None
    country = agency.facts.get("country") if agency is not None else None
    if agency is None or not country:
        return
    for stance in stances:
        if stance.head == country and stance.tail not in (agency.id, country):
            yield replace(stance, head=agency.id)


def _announced_by(speaker: Mention | None, measures: list[Relation],
                  entities: Mapping[str, Entity]) -> Iterator[Relation]:
    """A unit's measure announced by its parent, the sentence's subject, is the parent's too: in
    经济部宣布,国际贸易署已更新名单,新增华为 the ministry restricts Huawei as well."""
    if speaker is None or speaker.type != "AGENCY":
        return
    for measure in measures:
        unit = entities.get(measure.head)
        if unit is not None and unit.facts.get("part_of") == speaker.entity_id and measure.tail != speaker.entity_id:
            yield replace(measure, head=speaker.entity_id)


def _clauses(text: str, start: int, end: int, rules: RuleSet) -> list[tuple[int, int]]:
    """The sentence's clauses; one that lists the members of a group the clause before named
    (…三家企业,包括华为) is part of that clause."""
    if rules.members_search is None or not rules.members_search.search(text, start, end):
        return clauses(text, start, end)
    spans: list[tuple[int, int]] = []
    for c_start, c_end in clauses(text, start, end):
        if spans and rules.members_search is not None and rules.members_search.match(text, c_start):
            spans[-1] = (spans[-1][0], c_end)
        else:
            spans.append((c_start, c_end))
    return spans
_ACTOR_TYPES = ("AGENCY", "PLACE", "ORG", "PERSON")
# What a clause may be about and its next clauses go on with: a product too (H20性能强大,对昇腾构成竞争),
# though a product is no actor that 对此 may stand for.
_SUBJECT_TYPES = (*_ACTOR_TYPES, "PRODUCT")
_NORM_START = operator.attrgetter("norm_start")  # a mention's start in Document.text, to bisect by


def _triggered(hits: list[tuple[int, int, str]], end: int,
               clause_spans: list[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """The rules whose trigger words ``hits`` finds in a sentence that ends at ``end``, each with the
    clauses (of ``clause_spans``) that hold one, in order."""
    if len(clause_spans) == 1:  # the one clause holds every hit that ends in the sentence
        return {rule_id: clause_spans for _, stop, rule_id in hits if stop <= end}
    found: dict[str, list[tuple[int, int]]] = {}
    if not hits:
        return found
    ends = [c_end for _, c_end in clause_spans]
    for start, stop, rule_id in hits:
        if stop > end:
            continue
        spans = found.setdefault(rule_id, [])
        at = bisect_right(ends, start)
        if at < len(ends) and stop <= ends[at] and (not spans or spans[-1] != clause_spans[at]):
            spans.append(clause_spans[at])
    return found


class _Clause(NamedTuple):
    """What the rules read in a clause (or sentence): its names, the subject it carries, their types."""

    names: list[Mention]
    stand_in: Mention | None
    types: frozenset[str]
    mates: tuple[Mention, ...] = ()  # the carried subject's list mates where it heads a list (华为和寒武纪…,以…)


_NOT_READ = _Clause([], None, frozenset())  # a clause whose names are not gathered yet


def _may_match(rule: Rule, types: frozenset[str], text: str, start: int, end: int, rules: RuleSet,
               searched: dict[tuple[int, int, int], bool]) -> list[int]:
    """The templates of ``rule`` (their indices) that may match the clause ``text[start:end]`` that
    names ``types``: a cheap test on the plain text before the clause is masked. A name hides
    text, never adds any, so what a template needs in the masked clause (its literal words, a
    word of each list, a title) must be in the plain one too."""
    if types.isdisjoint(rule.head) or types.isdisjoint(rule.tail):
        return []
    return [index for index, needs in enumerate(rules.template_needs[rule.id])
            if needs is None or _holds(needs, text, start, end, searched)]


def _holds(needs: Needs, text: str, start: int, end: int, searched: dict[tuple[int, int, int], bool]) -> bool:
    """Whether ``text[start:end]`` holds every word of ``needs`` and a match of every pattern;
    ``searched`` keeps the patterns' answers for the span, by the pattern's id (a pattern's hash
    reads all its compiled code: 3 µs for the titles)."""
    for word in needs.words:
        if text.find(word, start, end) < 0:
            return False
    for pattern in needs.patterns:
        key = (id(pattern), start, end)
        found = searched.get(key)
        if found is None:
            found = searched[key] = pattern.search(text, start, end) is not None
        if not found:
            return False
    return True


def _subject(text: str, spans: list[tuple[int, int]], mentions: list[Mention], rules: RuleSet) -> Mention | None:
    """The sentence's subject (``spans`` are its clauses): its first actor that opens a clause, not
    the object of a preposition.

    A clause that names a source (路透社报道,) is skipped, and an employer before a
    titled person (外委会主席麦考尔, 众议院外委会共和党籍主席麦考尔) gives way to the person; a
    person does not (格林斯潘接受总统里根任命: 格林斯潘 is the subject).
    """
    index = 0
    for c_start, c_end in spans:
        index = bisect_left(mentions, c_start, index, key=_NORM_START)  # mentions are by start
        if index == len(mentions):
            return None
        first = mentions[index]
        if first.norm_start >= c_end:
            continue
        cue = rules.reported_search.search(text, c_start, c_end) if rules.reported_search else None
        if cue is not None and not _disclosed_in_a_document(text, first, cue):
            continue  # 路透社报道,: a source's clause has no subject
        lead = text[c_start:first.norm_start].strip()
        described = _described_by_agent(text, mentions, index, c_end, lead, rules)
        if described is not None:
            return described  # 由软银控股的Arm宣布: the clause's actor is the name its relative clause describes
        if rules.has_trigger(lead):
            # A verb before the name makes it an object (挑战辉达退出后的空白), unless the verb opens a
            # relative clause about the person it ends at (曾任美国商务部副部长的艾伦·埃斯特维兹已加入…).
            return _described_person(text, mentions, index, c_end, lead, rules)
        if _after_preposition(text, first, rules) and not text[first.norm_end:c_end].strip(_CLAUSE_END_MARKS):
            continue  # 对此,中国商务部表示…: a clause that only says what it is about has no subject
        if lead.startswith(tuple(rules.words.get("location", ()))) and _only_a_setting(text, c_start, c_end, rules) \
                or _where_before(lead, rules) and not text[first.norm_end:c_end].strip(_CLAUSE_END_MARKS) \
                or first.type == "PLACE" and (text[first.norm_end:c_end].strip(_CLAUSE_END_MARKS)
                                              in rules.words.get("within_place", ())
                                              or _word_at(text, first.norm_end, rules.plant, rules)
                                              or text.startswith(rules.words.get("clock", ()), first.norm_end)):
            # 在…举行的会议上,美国战争部长…宣布; 不过在台北,…; 日本国内,…; 美国东部时间周一,…: the setting's
            # clause has no subject; nor has one about a plant named by its place (台积电表示,亚利桑那厂已量产,…:
            # the speaker's)
            continue
        if first.type not in _SUBJECT_TYPES or len(lead) > (_DESCRIBED_LEAD if lead.endswith("的") else SUBJECT_LEAD) \
                or _after_preposition(text, first, rules) or lead.endswith(tuple(rules.words.get("disposal", ()))) \
                or lead.startswith(("据", "根据", "在", "就在", "正值", "“", "\"")) or _where_before(lead, rules) \
                or lead and text.endswith(_WITH, 0, first.norm_start):
            return None  # 他在卡塔尔…的要求下,…: a name right after 在 is where or whose, not the clause's actor;
            # nor is one right after 将 or 把 (,将雷神公司…列入清单,禁止向其出口: what is disposed of), nor an
            # unnamed subject's partner (上述实体与台湾地区合作,并…)
        described = _following(text, mentions, index) if first.type in ("PLACE", "AGENCY", "ORG") else None
        owner = first.type == "ORG"  # a company gives way to its unit after it, never to its product
        if described is not None and described.norm_start < c_end \
                and _folds(text, first, described, fold_makers=not owner, owners_named=not owner, rules=rules):
            # 中国芯片设计商寒武纪 is about 寒武纪, 美国国会众议院X委员会 about the committee, 百度旗下昆仑芯
            # about the unit
            first = described
        # The titled person may follow other names (外委会共和党籍主席麦考尔), not a list (英伟达与AMD CEO苏姿丰).
        names = []  # the names within a title's reach after the subject
        for mention in itertools.islice(mentions, index + 1, None):
            if mention.norm_start > min(c_end - 1, first.norm_end + _TITLED_GAP):
                break
            if mention.norm_start >= first.norm_end:
                names.append(mention)
        person = next((m for m in names if m.type == "PERSON"), None) if first.type != "PERSON" else None
        if person is None and (_members_act_for(text, first, rules)
                               or first.type == "ORG" and _names_staff(text, first, rules)):
            return None  # 美国国会两名议员推出…, 彭博社记者:…: unnamed members or staff act, not the body
        if person is not None and _titled(text[first.norm_end:person.norm_start], rules):
            upto = [m for m in names if m.norm_start <= person.norm_start]
            # The text between the names: 共和党 holds a 和, and no list; a 、 there joins titles (_titled).
            plain = "".join(text[a.norm_end:b.norm_start] for a, b in zip([first, *upto], upto))
            if not any(word in plain for word in rules.coordinators if word != "、"):
                return person
        return first
    return None


def _disclosed_in_a_document(text: str, first: Mention, cue: re.Match) -> bool:
    """Whether a clause's reporting cue is its first name disclosing in a document of its own, not a source
    reporting (应用材料在财报中披露,来自中国大陆的营收…: the company is the subject what follows goes on with)."""
    return first.norm_end <= cue.start() and text.startswith("在", first.norm_end) \
        and text.endswith(_IN_A_DOCUMENT, 0, cue.start())


_IN_A_DOCUMENT = ("中", "里")  # 在财报中披露, 在公告里披露


def _as_employer(text: str, person: Mention, mentions: list[Mention], rules: RuleSet) -> Mention | None:
    """``person`` read as the company the sentence titles them at (台积电董事长|魏哲家), if any."""
    employer = _titled_employer(text, person, mentions, rules)
    return _acting_for(person, employer.type, employer.entity_id) if employer is not None else None


def _titled_employer(text: str, person: Mention, mentions: list[Mention], rules: RuleSet) -> Mention | None:
    """The company right before ``person`` with only its title between (台积电董事长暨总裁|魏哲家), if any;
    not a commentator's (对外经济贸易大学教授|崔凡: the university neither speaks nor acts through him)."""
    last = next((m for m in reversed(mentions) if m.norm_end <= person.norm_start), None)
    if last is None or last.type != "ORG" or last.source in _STAND_IN_SOURCES:
        return None
    between = text[last.norm_end:person.norm_start]
    return last if between and _titled(between, rules) and not _commentators_employer(text, last, person, rules) \
        else None


def _known_employer(person: Mention, mentions: list[Mention], named_before: deque[tuple[int, list[Mention]]],
                    entities: Mapping[str, Entity]) -> Mention | None:
    """The last mention, in this sentence or the last ones, of the company the dictionary says ``person``
    works for (魏哲家坦言,禁令对台积电有影响。他重申…: TSMC)."""
    known = entities.get(person.entity_id)
    employer = known.facts.get("works_for") if known is not None else None
    if employer is None:
        return None
    for named in (mentions, *(found for _, found in reversed(named_before))):
        mention = next((m for m in reversed(named) if m.entity_id == employer and m.type == "ORG"), None)
        if mention is not None:
            return mention
    return None


def _described_by_agent(text: str, mentions: list[Mention], index: int, end: int, lead: str,
                        rules: RuleSet) -> Mention | None:
    """The actor a clause opens by describing with an agent's relative clause (由软银控股的Arm, 由大基金
    投资、…的长鑫存储): the name at ``index`` comes right after 由, and the first 的 after it, before
    ``end``, is right before a name that may be a subject and is not a maker before its goods."""
    if not lead.endswith(tuple(rules.words.get("agent", ()))):
        return None
    closing = text.find(_POSSESSIVE, mentions[index].norm_end, end)
    if closing < 0:
        return None
    described = closing + len(_POSSESSIVE)
    actor = next((m for m in itertools.islice(mentions, index + 1, None) if m.norm_start == described), None)
    # not a maker before its goods (由三星代工的特斯拉芯片: the chips are described)
    return actor if actor is not None and actor.type in _SUBJECT_TYPES \
        and not text.startswith(tuple(rules.words.get("product_kind", ())), actor.norm_end) else None


# Characters of a description that 的 closes before the subject it describes (被誉为国产GPU第一股的摩尔线程…):
# no trigger in it (checked first), so the name is the clause's actor.
_DESCRIBED_LEAD = 20


def _only_a_setting(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """Whether the clause ``text[start:end]``, which opens with 在, ends in what closes it as a time, a
    circumstance or a setting (在美国的压力下, 在…会议上): the whole clause says when or where."""
    return text[start:end].rstrip(_CLAUSE_END_MARKS).endswith(
        (*rules.words.get("circumstance_closers", ()), *rules.words.get("setting_closers", ())))


def _where_before(lead: str, rules: RuleSet) -> bool:
    """Whether ``lead``, the text before a clause's first name, ends in a marker of where (在), a word
    for what the place is to someone allowed after it (在盟友卡塔尔的要求下: words.place_kin)."""
    kin = next((word for word in rules.words.get("place_kin", ()) if lead.endswith(word)), "")
    return lead.endswith(tuple(rules.words.get("location", ())), 0, len(lead) - len(kin))


_DESCRIBING_VERB = 3  # characters of a verb that opens a relative clause (曾任, 曾担任)


def _described_person(text: str, mentions: list[Mention], index: int, end: int, lead: str,
                      rules: RuleSet) -> Mention | None:
    """The person a clause opens by describing: 曾任X副部长的Y, 现任X董事长的Y. The clause opens
    with a short verb whose object is the name at ``index``, then a title and 的 end right at the
    person (before ``end``)."""
    first = mentions[index]
    if len(lead) > _DESCRIBING_VERB or not rules.verb_before(text, first.norm_start):
        return None
    # The posts may be listed, a portfolio's fields joined (曾任X负责工业与安全事务的副部长、执掌Y的Z).
    person = next((m for m in itertools.islice(mentions, index + 1, None)
                   if m.norm_start >= min(end, first.norm_end + _DESCRIPTION_REACH) or m.type == "PERSON"), None)
    return person if person is not None and person.type == "PERSON" and person.norm_start < end \
        and person.norm_start < first.norm_end + _DESCRIPTION_REACH and text[person.norm_start - 1] == "的" else None


_DESCRIPTION_REACH = 30  # characters from the name a describing verb takes to the person it describes


def _described_in(text: str, subject: Mention, end: int) -> bool:
    """Whether ``subject`` is a person the clause that ends at ``end`` opens by describing
    (``_described_person``): the clause is about that person, not the last sentence's subject."""
    return subject.type == "PERSON" and subject.norm_start < end and text[subject.norm_start - 1] == "的"


def _left_in_its_circumstance(text: str, subject: Mention, at: int, spans: list[tuple[int, int]],
                              mentions: list[Mention], rules: RuleSet) -> bool:
    """Whether ``subject`` opens a clause that ends in a word of ``circumstance_closers`` (美国出台新规后,)
    and the clause after it, before ``at``, opens with an unnamed subject of its own: a word of
    ``unnamed_subjects`` (两家韩国存储巨头的工厂, 这家企业) or a place that describes a noun (中国企业纷纷…).
    The clauses after that go on with that subject, not with the circumstance's (a clause going on with a
    verb, 郭嘉昆在回应此事时,明确表示…, is the subject's own)."""
    index = next((i for i, (start, end) in enumerate(spans) if start <= subject.norm_start < end), None)
    if index is None or index + 1 >= len(spans) or spans[index + 1][0] >= at:
        return False
    body = text[spans[index][0]:spans[index][1]].rstrip(_CLAUSE_END_MARKS)
    if not body.endswith(tuple(rules.words.get("circumstance_closers", ()))):
        return False
    start = spans[index + 1][0]
    while start < len(text) and text[start] in _OPENING_QUOTES + " ":
        start += 1
    if text.startswith(tuple(rules.words.get("unnamed_subjects", ())), start):
        return True
    place = next((m for m in mentions if m.norm_start == start), None)
    return place is not None and place.type == "PLACE" and _attributive_after(text, place.norm_end, rules)


def _connective_alone(text: str, spans: list[tuple[int, int]], own: Mention | None, mentions: list[Mention],
                      rules: RuleSet) -> bool:
    """Whether the sentence (``spans`` its clauses) opens with a clause naming no one and holding no
    trigger (与此同时, 此外, 今年3月) and its subject ``own``, no product, opens the next one: the sentence
    is that subject's. Not past a verb of speaking (他直言,美国的出口管制是失败的: the speaker's stance)."""
    if own is None or own.type == "PRODUCT" or len(spans) < 2 or not mentions or mentions[0] is not own:
        return False
    (first_start, first_end), (second_start, second_end) = spans[0], spans[1]
    return second_start <= own.norm_start < second_end \
        and not text[second_start:own.norm_start].strip(_OPENING_QUOTES + " ") \
        and not rules.has_trigger(text[first_start:first_end]) \
        and (rules.speech_opening is None or rules.speech_opening.search(text, first_start, second_start) is None)


def _part_subject(text: str, s_start: int, at: int, spans: list[tuple[int, int]], mentions: list[Mention],
                  rules: RuleSet, own: Mention | None) -> Mention | None:
    """The subject of the part of the sentence that holds ``at``, when it is not the first part: after a
    semicolon (in 甲曾任X;乙是Y,历任Z the clause 历任Z is about 乙), or what was said after a verb of
    speaking (in 闻泰科技称,荷兰经济部发布部长令,冻结安世半导体的资产 the ministry freezes); what was
    said with no subject of its own is the speaker's (记者提问,美国方面宣布,已将…列入 is the US's), None
    when the speaker is the sentence's subject ``own`` (read before its office stood in for it)."""
    part = max(text.rfind(";", s_start, at), text.rfind("；", s_start, at)) + 1
    said = _last_match(rules.speech_opening, text, max(part, s_start), at)
    part = max(part, said.end() if said is not None else 0)
    if part <= s_start:
        return None
    subject = _subject(text, [span for span in spans if part <= span[0] < at], mentions, rules)
    if subject is None and said is not None:
        speaking = [span for span in spans if span[0] <= said.start() < span[1]]
        if own is not None and any(c_start <= own.norm_start < c_end for c_start, c_end in speaking):
            return None  # 民进党主席、总统赖清德表示,他…: he speaks, not his party
        subject = _subject(text, speaking, mentions, rules)
    return subject


def _acting_subjects(text: str, own: Mention, spans: list[tuple[int, int]], mentions: list[Mention],
                     rules: RuleSet) -> list[tuple[int, Mention]]:
    """The clauses past the sentence's subject ``own`` that open with a name of their own that acts, each
    with where it starts (美国商务部宣布新规,英伟达随即停止出货,…: Nvidia's). Not a name in what was said,
    after the clause before or in its own lead (网信办公布结论,称美光产品存在隐患,…), nor one after a copula,
    a description or an agent's marker (是中国最大的…, 下单客户为算能科技, 系由算能下单), nor one in a clause
    with no act (美国耶鲁大学博士,)."""
    acting = []
    for c_start, c_end in spans:
        if c_start < own.norm_end:
            continue
        subject = _subject(text, [(c_start, c_end)], mentions, rules)
        if subject is None or _opens_what_was_said(text, c_start, rules):
            continue
        lead = text[c_start:subject.norm_start]
        if len(lead) <= _CLAUSE_SUBJECT_LEAD \
                and not any(word in lead for word in (*_NO_SUBJECT_LEADS, *rules.words.get("speech", ()))) \
                and rules.has_trigger(text[subject.norm_end:c_end]):
            acting.append((c_start, subject))
    return acting


def _last_acting(text: str, acting: list[tuple[int, Mention]], own: Mention, at: int) -> Mention | None:
    """The subject of the last of the ``acting`` clauses before ``at``, in its part of the sentence (after
    the last semicolon): whom a later clause with no subject goes on with."""
    part = max(text.rfind(";", own.norm_end, at), text.rfind("；", own.norm_end, at)) + 1
    return next((subject for start, subject in reversed(acting) if part <= start < at), None)


_CLAUSE_SUBJECT_LEAD = 6  # characters before a later clause's own subject (2024年10月,台积电…; 随后,英伟达…)
# in what leads to a name that is no subject: a description, a copula, an agent's marker (系由算能下单)
_NO_SUBJECT_LEADS = ("的", "是", "为", "系", "由", "被")


def _members_act_for(text: str, body: Mention, rules: RuleSet) -> bool:
    """Whether ``body``, a government body, is followed within a title's reach by a word of
    ``legislators`` (美国国会两名议员推出…, 参议院两党议员提出…): its members act, unnamed, not the body."""
    return body.type == "AGENCY" and _phrase_holds(text, body.norm_end, body.norm_end + _TITLED_GAP,
                                                   rules.words.get("legislators", ()))


def _acted_on(text: str, subject: Mention, names: list[Mention], rules: RuleSet) -> bool:
    """Whether one of ``names`` (a clause's), after ``subject`` and right after an object marker
    (对其, 向高通), stands for the same entity: the clause acts on the subject, so it does not act."""
    markers = rules.words.get("object", ())
    return any(m.entity_id == subject.entity_id and m.norm_start >= subject.norm_end
               and _word_before(text, m.norm_start, markers, rules) for m in names)


def _basis_names_authority(text: str, s_start: int, mentions: list[Mention], rules: RuleSet) -> bool:
    """Whether the sentence opens with a word of ``basis`` right before a body, a place or a law, its
    first name (根据美国商务部的新规,…): that authority imposes what the sentence says."""
    start = s_start
    while start < len(text) and text[start].isspace():
        start += 1
    word = next((w for w in rules.words.get("basis", ()) if text.startswith(w, start)), None)
    return word is not None and bool(mentions) and mentions[0].norm_start == start + len(word) \
        and mentions[0].type in _AUTHORITY_TYPES


_AUTHORITY_TYPES = ("AGENCY", "PLACE", "LAW")


_TITLED_GAP = 12  # characters between an employer and its titled person (外委会共和党籍主席)
_CLAUSE_END_MARKS = CLAUSE_MARKS + " "  # what may close a clause that is only an adverbial (对此,)


def _describes_a_person(text: str, at: int, rules: RuleSet) -> bool:
    """Whether the place that ends at ``at`` only says whose official the person named after a title
    is (美国前国务卿蓬佩奥; 美国国防部长埃斯珀, the office a name of its own)."""
    # The person may be masked as the office it speaks for (美国|前|国防部|长|埃斯珀: a body's name, then
    # the official as that body).
    return any(ord(text[end]) >= MASK_BASE and _titled(text[at:end], rules)
               for end in range(at + 1, min(len(text), at + _TITLED_GAP + 1)))


def _titled(between: str, rules: RuleSet) -> bool:
    """Whether ``between`` is a short phrase ending in a title, with no punctuation but the 、 of titles
    held together, each part ending in one (政策会执行长、立法委员)."""
    return 0 < len(between) <= _TITLED_GAP and rules.title_search is not None \
        and not any(mark in between for mark in CLAUSE_MARKS) \
        and all(any(m.end() == len(part) for m in rules.title_search.finditer(part)) for part in between.split("、"))


def _after_preposition(text: str, mention: Mention, rules: RuleSet) -> bool:
    """Whether a preposition comes right before ``mention`` (向中国), not a word ending like one (反对美方),
    or the mention presses inside 在…下 (在美国的压力下), or is whom a speaker tells or answers
    (``_addressee_of_speech``: 回应芯智讯称)."""
    return _word_before(text, mention.norm_start, rules.prepositions, rules) or (
        rules.pressure is not None and text.endswith(_UNDER, 0, mention.norm_start)
        and rules.pressure.match(text, mention.norm_end) is not None) or _addressee_of_speech(text, mention, rules)


def _answered(text: str, mention: Mention, rules: RuleSet) -> bool:
    """Whether ``mention`` is whom one answers inside 在…时 (在接受《金融时报》采访时: words.answered_in_frame)."""
    at = mention.norm_start
    if at and text[at - 1] in _OPENING_QUOTES:
        at -= 1
    return text[at - 1:at] in rules.answered_endings and text.endswith(rules.words.get("answered_in_frame", ()), 0, at)


def _bracket_end(text: str, start: int, stop: int) -> int:
    """Where the bracket open before ``start`` closes, before ``stop``: -1 when it does not, or when
    another bracket opens or a sentence ends first."""
    closing = text.find(")", start, stop)
    if closing < 0 or "(" in text[start:closing] or any(mark in text[start:closing] for mark in SENTENCE_ENDS):
        return -1
    return closing


def _in_brackets(text: str, mention: Mention, stop: int) -> bool:
    """Whether ``mention`` stands in a bracket that closes before ``stop``."""
    opening = text.rfind("(", max(0, mention.norm_start - _BRACKET_NOTE), mention.norm_start)
    return opening >= 0 and ")" not in text[opening:mention.norm_start] \
        and _bracket_end(text, mention.norm_end, stop) >= 0


def _appositive_end(text: str, mention: Mention, mentions: list[Mention], index: int) -> int:
    """Where the bracket that ``mention`` (``mentions[index]``) opens a name in closes, when all it names
    is that entity again, the bracket's text no sentence: -1 otherwise."""
    closing = _bracket_end(text, mention.norm_end, mention.norm_end + _APPOSITIVE_LEAD)
    if closing < 0:
        return -1
    inside = itertools.takewhile(lambda x: x.norm_start < closing, mentions[index + 1:])
    return closing if all(x.entity_id == mention.entity_id for x in inside) else -1


_APPOSITIVE_LEAD = 64  # characters a bracket holding a name again may take ((以下简称“, a Latin gloss)
_OPENING_QUOTES = "《“「"  # before a paper's or a body's name (在接受《金融时报》采访时)


_UNDER = "在"  # what opens 在…下, whose name presses (words.pressure)


def _word_before(text: str, at: int, words: tuple[str, ...], rules: RuleSet) -> bool:
    """Whether one of ``words`` ends at ``at``, not as the end of a longer compound (反对 holds no 对;
    回应, a compound itself, is the word)."""
    if not text.endswith(words, 0, at):
        return False
    if not text.endswith(rules.compounds, 0, at):  # most positions end none: one C-level test
        return True
    word = max(len(w) for w in words if text.endswith(w, 0, at))
    return not any(len(c) > word and text.endswith(c, 0, at) for c in rules.compounds)


def _word_at(text: str, at: int, words: tuple[str, ...], rules: RuleSet) -> bool:
    """Whether one of ``words`` starts at ``at``, not as the start of a compound (受益 holds no 受)."""
    return text.startswith(words, at) and not text.startswith(rules.compounds, at)


def _agent_as_tail(text: str, m: re.Match, trigger: str, rules: RuleSet) -> bool:
    """Whether a gap ending in a passive marker (or a verb of provoking) made an agent the tail: of
    the trigger, after a head named before it (in 美方的打压遭到中方反对 China opposes, and is not the
    object), or of what the measure suffers, right after the trigger (美国的出口管制遭到英伟达的批评,
    日本的出口限制招致韩国反对 restrict neither). A passive further on leaves the trigger's reading
    alone: 限制…以免被中国用于, but not one on a noun the trigger's clause modifies: in
    台积电卖给华为的芯片被美方查获 the agent of 查获 is nobody's customer."""
    at = m.start("tail")
    if m.start("head") < at < m.start(trigger):
        return _word_before(text, at, rules.agent_markers, rules)
    if marker := _passive_marker_length(text, at, rules):
        modifier_end = text.rfind("的", m.end(trigger), at)
        if modifier_end >= 0 and at - marker - modifier_end <= _PASSIVE_NOUN_REACH \
                and _word_before(text, modifier_end + 1, ("的",), rules):
            return True
    after = at - m.end(trigger)  # the marker and what stands between it and the trigger
    if after < 1 or after > _SUFFERED_REACH + rules.agent_marker_chars or not _word_before(text, at, rules.agent_markers, rules):
        return False
    marker = max(len(w) for w in rules.agent_markers if text.endswith(w, 0, at))
    return after - marker <= _SUFFERED_REACH


# The relations that read an owner before what it owns: the employer before its staff (曾任谷歌研究员),
# the company before its unit (华为旗下海思). To the others the staff or the unit is the party.
_OWNERSHIP = ("works_for", "part_of")
_MAKING = "made_by"  # the relation of a product to its maker
_UNIT = "part_of"
_RIVALRY = "competes_with"
_SUPPLY = "supplies"
_SUFFERED_REACH = 2  # characters between a measure and what it suffers (出口管制也遭到, 新规已引发)
_PASSIVE_NOUN_REACH = 7  # from 的 to a passive marker over the noun it ends (的芯片已被, 的H20芯片均遭到)


def _is_actor(text: str, mention: Mention, rules: RuleSet) -> bool:
    """Whether ``mention`` may act: an actor type, not a preposition's object nor a modifier (中国企业),
    nor a name set apart (澳门以外的地区)."""
    return mention.type in _ACTOR_TYPES and not _after_preposition(text, mention, rules) \
        and not text.startswith(rules.attributive_nouns, mention.norm_end) \
        and not text.startswith(rules.excepted, mention.norm_end) \
        and not text.startswith(rules.words.get("market", ()), mention.norm_end) \
        and not _names_staff(text, mention, rules)


def _names_staff(text: str, mention: Mention, rules: RuleSet) -> bool:
    """Whether the company ``mention`` only says whose people the phrase names: its staff (谷歌工程师) or,
    with 前 or 原 before it, its former executives (前三星高层, 原华为高管)."""
    return text.startswith(rules.staff_nouns, mention.norm_end) \
        and not text.startswith(rules.company_bodies, mention.norm_end) \
        or text.endswith(_FORMER, 0, mention.norm_start) \
        and text.startswith(rules.words.get("executives", ()), mention.norm_end)


_FORMER = ("前", "原")  # before a company, its people's former posts (前三星高层)


def _attributive_after(text: str, at: int, rules: RuleSet) -> bool:
    """Whether a noun a place describes starts at ``at`` (中国|企业), or after a short Latin word for a
    technology or a trade (中国|GPU|企业, 美国|AI|公司)."""
    latin = _TECH_WORD.match(text, at)
    return text.startswith(rules.attributive_nouns, at if latin is None else latin.end())


_TECH_WORD = re.compile(r"[A-Za-z0-9]{1,4}")  # GPU, AI, EDA, 5G between a place and the noun it describes


def _opens_what_was_said(text: str, start: int, rules: RuleSet) -> bool:
    """Whether the clause at ``start`` comes right after a verb of speaking and its mark (台积电指出,|来自
    大陆的营收…): what the sentence's subject said with no subject of its own is the subject's. (Not a
    speaker named later in the sentence: 峰会后,华盛顿发表声明表示,两国领导人… names its own.)"""
    said = rules.speech_opening
    if said is None or text.startswith(rules.speaker_anaphors, start):
        return False  # 美国商务部表示,其子公司…: a 其 no company stands for opens it, the ministry owns nothing
    opening = next((m for m in said.finditer(text, max(0, start - _SPEECH_REACH), start) if m.end() == start), None)
    # one who quotes another (路透社援引美国官员的话称,…) only reports what was said
    return opening is not None and not _phrase_holds(text, clause_start(text, opening.start()), opening.start(),
                                                     rules.words.get("quoting", ()))


_SPEECH_REACH = 8  # characters a verb of speaking and its mark take before what was said


_BECOMES = ("为", "成为", "已成为", "仍为")  # what a place is said to be, besides the copula's words


def _opens_with_own_subject(text: str, start: int, names: list[Mention], speaker: Mention,
                            entities: Mapping[str, Entity], rules: RuleSet) -> bool:
    """Whether the clause at ``start``, what ``speaker`` said, opens with a subject of its own: a name
    (TechInsights表示,麒麟9030芯片由中芯国际代工: the chip's maker is no client of the speaker), not a
    product of the speaker's (英伟达表示,H20芯片将继续向中国客户供货), or a place that only describes an
    unnamed subject (台湾设备厂商对…, 中国企业将…: ``attributive_nouns``); not a name that only says
    whose a later noun is (中国客户的销售额, H200芯片的出口许可证, 东京电子申请的许可证: the speaker's act)."""
    first = names[0] if names else None
    while start < len(text) and text[start] in _OPENING_QUOTES:
        start += 1
    if first is None or first.norm_start != start:
        return False
    if first.type == "PRODUCT" and ((maker := _maker_of(first.entity_id, entities)) is None
                                     or speaker.entity_id in (maker.id, maker.facts.get("part_of"))):
        return False  # the speaker's own product, or one of no known maker
    at = first.norm_end
    if first.type == "PLACE":
        while (word := next((w for w in rules.attributive_nouns if text.startswith(w, at)), None)) is not None:
            at += len(word)  # 设备|厂商
        if at == first.norm_end:
            # 中国是其最大市场, 中国对该公司实施制裁的原因是…: the place, or a phrase it opens, is what is said
            # about; not 中方宣布…, 北京已对美光展开调查: the place acts
            end = _clause_end_within(text, at, _sentence_end(text, at))
            said_of = (*rules.words.get("copula", ()), *_BECOMES)
            possessive = text.find(_POSSESSIVE, at, end)
            if text.startswith(said_of, at) or possessive >= 0 and any(w in text[possessive:end] for w in said_of):
                return False
    reach = min(at + _MODIFIER_REACH, names[1].norm_start if len(names) > 1 else len(text))
    modifies = text.find(_POSSESSIVE, at, reach)
    return modifies < 0 or clause_end(text[at:modifies], 0) is not None


_MODIFIER_REACH = 8  # characters from a name to the 的 that makes it a modifier (东京电子上月申请的)


_POSSESSIVE = "的"


def _continues(text: str, start: int, end: int, rules: RuleSet, sentence: bool = False) -> bool:
    """Whether the clause opens with a connective or a trigger, so it continues the last subject's action;
    a ``sentence`` not with a passive marker (被美国列为恐怖组织的革命卫队说…: a relative clause about its
    own subject), which carries the subject into a later clause only (因…,被美国商务部处以罚款)."""
    while start < end and text[start] in " “\"「":
        start += 1
    if sentence and _word_at(text, start, rules.passive_markers, rules):
        return False
    return rules.carry_search is not None and rules.carry_search.match(text, start, end) is not None


@dataclass
class _Named:
    """What a document names: every surface form (lower case, two characters or more) of its
    entities, their ids, and the parents read from each name so far."""

    by_name: dict[str, Entity]
    ids: set[str]
    parents: dict[tuple, list[Entity]] = field(default_factory=dict)


def _named_entities(mentions: tuple[Mention, ...] | list[Mention], entities: Mapping[str, Entity]) -> _Named:
    names: dict[str, Entity] = {}
    found: dict[str, Entity | None] = {}  # each entity's names are read once, at its first mention
    for entity_id, text in {(m.entity_id, m.text): None for m in mentions}:
        if entity_id in found:
            entity = found[entity_id]
            forms: tuple[str, ...] = ()
        else:
            entity = found[entity_id] = entities.get(entity_id)
            # Entity.names without its repeats: a repeated name is set already.
            forms = _lowered((entity.name, entity.name_en, *entity.aliases)) if entity is not None else ()
        if entity is None:
            continue
        for name in forms:
            names.setdefault(name, entity)
        if len(text) > 1:
            names.setdefault(text.lower(), entity)
    return _Named(names, {entity.id for entity in names.values()})


@functools.lru_cache(maxsize=1 << 14)
def _lowered(names: tuple[str, ...]) -> tuple[str, ...]:
    """An entity's names of two characters or more, in lower case: the same dictionary entities
    come back in document after document, each with all its aliases."""
    return tuple(name.lower() for name in names if len(name) > 1)


def _with_stand_ins(doc: Document, cues: list[re.Match], mentions: list[Mention], entities: Mapping[str, Entity],
                    rules: RuleSet, number: int,
                    earlier: tuple[dict[str, tuple[int, Mention]], deque[tuple[int, list[Mention]]],
                                  dict[str, tuple[int, Mention] | None]],
                    recent: list[Mention], measure: Entity | None = None,
                    own: tuple[str, str] | None = None, prober: Mention | None = None) -> list[Mention]:
    """The sentence's mentions plus the stand-ins its ``cues`` give the rules (该规则, 对华, 对此).

    An anaphor's referent is the last entity of one of the phrase's types
    named before it in this sentence, else the last subject of that type at most
    ``anaphor_window`` sentences back, else the last one named there (``earlier``:
    the last subject of each type, and the last sentences' mentions); what
    对此 points at is the last actor in this sentence, else the head of ``measure``, the last
    measure read in the last sentences, else the last actor of ``recent`` (the sentence before), else
    its law, else the last actor of the sentence before that. 公司 stands for ``own``, the company a
    filing defines as its own, wherever no speaker's company is given. In a probe's anaphor (此次调查,
    被调查产品) what comes before its noun stands for ``prober``, the agency that opened the last probe.
    These mentions serve the rules only; recognition's output does not change.
    """
    added = []
    counted: list[Mention] = []  # the stand-ins of counted phrases (这两家企业), among those added
    for m in cues:
        cue = _without_place(m)
        if cue in rules.anaphors and not _inside(m.start(), m.end(), mentions):  # not in a name (《新规定》)
            pronoun = rules.anaphors[cue] == _PERSON_ONLY
            if pronoun and _names_no_one(doc.text, m.end(), mentions):
                continue
            referent = (_person_referred(doc.text, m.start(), mentions, rules) if pronoun else None) \
                or _referent(doc.text, m.start(), rules.anaphors[cue], mentions, rules, number, earlier,
                             rules.anaphor_heads.get(cue, ()))
            if referent is not None:
                added.append(_stand_in(doc, m.start(), m.end(), referent.type, referent.entity_id, _ANAPHOR))
        elif cue in rules.probe_anaphors:
            if prober is not None and not _inside(m.start(), m.end(), mentions):
                added.append(_stand_in(doc, m.start(), m.start() + rules.probe_anaphors[cue], prober.type,
                                       prober.entity_id, _ANAPHOR))
        elif cue in rules.implicit and not _inside(m.start(), m.end(), mentions) \
                and not doc.text.endswith(rules.implicit_not_after, 0, m.start()) \
                and not doc.text.startswith(rules.implicit_not_before, m.end()):
            entity_id, lead, end = rules.implicit[cue]
            country = entities.get(entity_id)
            if country is not None:
                # Only what names the country stands for it: 对 of 对华 still marks the object, and the
                # country a word's verb or 在 points at (在华, 赴华, 输美) is where, never who acts.
                added.append(_stand_in(doc, m.start() + lead, m.start() + end, country.type, country.id,
                                       _MARKED_COUNTRY if lead else "implicit"))
        elif cue in rules.speaker_anaphors and not _inside(m.start(), m.end(), mentions):
            company = _share_owner(doc.text, m.start(), m.end(), mentions, rules) \
                or _speakers_company(doc.text, m.start(), m.end(), mentions, entities, rules)
            # 公司联合创始人、总裁徐凌杰…, 目前公司已推出…, 其第三代产品X…: the company the article is about
            about = company is None and (_opens_with_a_title(doc.text, m.start(), m.end(), rules)
                                         or (cue != "其" or _names_its_product(doc.text, m.end(), mentions, rules))
                                         and _opens_as_subject(doc.text, m.start(), m.end(), rules))
            if about and own is not None and cue in rules.own_company:
                company = own  # a filing's: what it defines as its own company
            company = company or _maker_named_before(m.start(), m.end(), mentions, entities) \
                or _sentence_subject_company(doc.text, m.start(), m.end(), mentions, rules)
            if company is None and about:  # else the last company named, as 该公司 would be
                referent = _referent(doc.text, m.start(), ("ORG",), mentions, rules, number, earlier)
                company = None if referent is None else (referent.type, referent.entity_id)
            if company is not None:
                added.append(_stand_in(doc, m.start(), m.end(), *company, _ANAPHOR))
        elif cue in rules.counted and not _inside(m.start(), m.end(), [x for x in mentions if x.type != "PLACE"]) \
                and not doc.text.endswith(rules.counted_not_after, 0, m.start()) \
                and not doc.text.startswith(rules.words.get("set_apart", ()), m.end()):  # 三大厂之外: others
            entity_type, count = rules.counted[cue]
            for referent in _listed(doc.text, m.start(), entity_type, count, mentions, earlier[1], rules):
                counted.append(_stand_in(doc, m.start(), m.end(), referent.type, referent.entity_id, _ANAPHOR))
                added.append(counted[-1])
        elif (cue in rules.addressed or cue in rules.judged) \
                and (not doc.text.startswith(rules.addressed_not_before, m.end())
                     or any(x.norm_start == m.end() for x in mentions)):  # 其|中国工厂, not 其中
            # whom a verb of asking addresses (要求其…), or whom a verb of stance judges (批评其…)
            # a counted phrase before it is addressed as the names it stands for (管控对这两家企业的出货,
            # 此次将其纳入…)
            referent = (_reason_subject(doc.text, m.start(), mentions, rules)
                        or _addressee(doc.text, m.start(), sorted(mentions + counted, key=_NORM_START), rules)
                        if cue in rules.addressed else _judged(doc.text, m.start(), mentions)) \
                or _last_subject(earlier[0], number, mentions)
            same = [x for x in counted if referent is not None and x.norm_start == referent.norm_start]
            for one in same or (_listed_with(doc.text, referent, mentions, rules) if referent is not None else ()):
                # only 其 stands in: the verb stays a trigger
                added.append(_stand_in(doc, m.end() - 1, m.end(), one.type, one.entity_id, _ANAPHOR))
        elif cue in rules.about_this and not _DETERMINED.match(doc.text, m.end()):
            actor = _last_actor(doc.text, m.start(), [*recent, *_less_the_speaker(doc.text, mentions, m.start(), rules)],
                                rules)
            reacted_to: tuple[str, str] | None = None
            if (fronted := _fronted_matter(doc.text, m.start(), mentions, rules)) is not None:
                reacted_to = fronted.type, fronted.entity_id
            elif measure is not None and (actor is None or any(actor is x for x in recent)) \
                    and not any(x.entity_id == measure.id for x in mentions if x.norm_end <= m.start()):
                reacted_to = measure.type, measure.id
            elif actor is not None:
                reacted_to = actor.type, actor.entity_id
            elif (law := next((x for x in reversed(recent) if x.type == "LAW"), None)) is not None:
                # no actor named, only what was put forward (议员提出《…法案》。英伟达对此表示反对): the law
                reacted_to = law.type, law.entity_id
            elif (actor := _last_actor(doc.text, m.start(), next((x for n, x in earlier[1] if n == number - 2), []),
                                       rules)) is not None and actor.type in _GOVERNMENTS:
                # the sentence before named no actor, or only one who spoke (日本宣布管制…。东京电子发言人称,
                # 影响有限。中方对此…): what is reacted to is a government's act in the one before it
                reacted_to = actor.type, actor.entity_id
            if reacted_to is not None:
                # A cue that is the subject and ends in a word of policy keeps the word (这一决定将损害…: the
                # actor's decision, as 美国的决定 would read); one after 对 stands in whole.
                policy = () if cue.startswith(_OBJECT_MARKER) else rules.words.get("policy", ())
                end = m.end() - next((len(w) for w in policy if cue.endswith(w)), 0)
                added.append(_stand_in(doc, m.start() + 1, end, *reacted_to, _ANAPHOR))
    return sorted(mentions + added, key=lambda x: (x.norm_start, -x.norm_end)) if added else mentions


def _probe_opened(text: str, start: int, end: int, mentions: list[Mention], rules: RuleSet) -> Mention | None:
    """The agency that opens a probe in the sentence from ``start`` to ``end``: the last named before a
    word of ``probes.opened`` (商务部决定对原产于美国的相关芯片进行反倾销立案调查), if any."""
    assert rules.probes_opened_search is not None
    word = rules.probes_opened_search.search(text, start, end)
    if word is None:
        return None
    return next((m for m in reversed(mentions) if m.type == "AGENCY" and m.norm_end <= word.start()), None)


_GOVERNMENTS = ("AGENCY", "PLACE")  # who may have acted two sentences before a reaction (对此)
_OBJECT_MARKER = "对"  # what opens a cue of about_this that is the stance's object (对此, 对这一决定)
_FRONTING = ("对于", "针对")  # what fronts the matter a sentence reacts to


def _fronted_matter(text: str, at: int, mentions: list[Mention], rules: RuleSet) -> Mention | None:
    """Who acted in the matter the sentence fronts before its reaction at ``at``: in 对于美方此举,商务部
    发言人表示,中方对此坚决反对 对此 is the United States' act, whatever the sentences before named. The
    matter opens the sentence or a clause with 对于 or 针对, its first name, and a word of policy or of
    this act before the clause ends (对于美方的无理打压,; not 对于华为而言,)."""
    first = next((x for x in mentions if x.norm_end <= at), None)
    if first is None or first.type not in _ACTOR_TYPES:
        return None
    opener = next((w for w in _FRONTING if text.endswith(w, 0, first.norm_start)), None)
    opens = first.norm_start - len(opener) if opener is not None else -1
    if opens < 0 or opens > 0 and text[opens - 1] not in _SENTENCE_OPENERS + CLAUSE_MARKS:
        return None
    end = clause_end(text, first.norm_end)
    matter = text[first.norm_end:at if end is None else min(end, at)]
    acts = (*rules.words.get("policy", ()), *rules.about_this)
    return first if any(word in matter for word in acts) else None


def _without_place(cue: re.Match) -> str:
    """The stand-in search's match, less the place a counted phrase names after its measure word
    (两家韩国企业 → 两家企业)."""
    if cue.lastgroup != COUNTED_PLACE:
        return cue.group()
    start, end = cue.span(COUNTED_PLACE)
    return cue.string[cue.start():start] + cue.string[end:cue.end()]


def _listed(text: str, at: int, entity_type: str, count: int, mentions: list[Mention],
            named_before: deque[tuple[int, list[Mention]]], rules: RuleSet) -> list[Mention]:
    """What a counted phrase at ``at`` (两家公司) stands for: the last list of names of ``entity_type``
    before it, in this sentence or the last sentences that name any (``named_before``), when the list
    has ``count`` members (三星和SK海力士), or two or more for a count of 0 (这些芯片); else none."""
    sentences = [[x for x in mentions if x.norm_end <= at], *(named for _, named in reversed(named_before))]
    for named in sentences:
        of_type = [x for x in named if x.type == entity_type]
        if not of_type:
            continue
        # A name alone after the list (三星、SK海力士与美光…,但长鑫已与这三大厂竞争: the clause's own subject)
        # is passed over for a list of the count told; another list is not.
        for index in range(len(of_type) - 1, -1, -1):
            listed = _listed_with(text, of_type[index], of_type, rules, owners=True)
            distinct = len({x.entity_id for x in listed}) == len(listed)
            if distinct and (len(listed) == count or count == _ANY_LIST and len(listed) > 1):
                return listed
            if len(listed) > 1 or count == _ANY_LIST:
                return []
        return []
    return []


_ANY_LIST = 0  # the count of a word that counts any list of two or more (这些芯片)


def _addressee(text: str, at: int, mentions: list[Mention], rules: RuleSet) -> Mention | None:
    """Who a verb of asking or ordering at ``at`` addresses with 其: the last company, body or
    country named in an earlier clause of the sentence (the verb's subject, in its own clause, asks),
    not one set apart (澳门以外的地区) nor a country that describes a noun (十家美国企业, 美国实体清单), nor
    one in a bracket's note (《…公告》(市场监管总局公告第16号): a document's number, no party)."""
    pronoun = text.find("其", at)
    act = text[pronoun + 1:pronoun + 1 + _ACT_CHARS] if pronoun >= 0 else ""
    for index in range(len(mentions) - 1, -1, -1):
        mention = mentions[index]
        if mention.norm_end <= at and mention.type in _ADDRESSEES and splits_clause(text, mention.norm_end, at) \
                and not text.startswith(rules.excepted, mention.norm_end) and not _in_brackets(text, mention, at) \
                and not (mention.type == "PLACE" and text.startswith(rules.attributive_nouns, mention.norm_end)) \
                and not (index + 1 < len(mentions) and _commentators_employer(text, mention, mentions[index + 1], rules)) \
                and not _object_of_an_act(text, mention, act):
            return mention
    return None


_ACT_CHARS = 2  # characters of the verb after 其 (同意其|收购)


def _object_of_an_act(text: str, mention: Mention, act: str) -> bool:
    """Whether ``mention`` is what an act was done to, no one to address: the object of the act 其 is asked
    about (英伟达提出收购迈络思,监管总局同意其收购: Nvidia buys, Mellanox is bought), of another 其's act
    (认定英伟达违反…及其收购迈络思时的条件,并将对其实施调查: Nvidia's acquisition)."""
    if len(act) == _ACT_CHARS and all("\u4e00" <= ch <= "\u9fff" for ch in act) and text.endswith(act, 0, mention.norm_start):
        return True
    return "其" in text[max(0, mention.norm_start - _ACT_CHARS - 1):mention.norm_start]


def _commentators_employer(text: str, body: Mention, person: Mention, rules: RuleSet) -> bool:
    """Whether ``body`` only says where ``person``, a commentator titled right after it, works
    (清华大学教授|王明表示,监管总局可责令其…: the university is no party)."""
    between = text[body.norm_end:person.norm_start]
    return person.type == "PERSON" and bool(between) and _titled(between, rules) \
        and between.endswith(tuple(rules.words.get("commentators", ())))


_ADDRESSEES = ("ORG", "AGENCY", "PLACE")


def _judged(text: str, at: int, mentions: list[Mention]) -> Mention | None:
    """Whom 其 after a verb of stance at ``at`` stands for: when the verb's clause names its own
    subject (韩国批评其做法), the first company, body or country of the clause before (日本扩大管制);
    else the last one named there, whom the same subject addressed (致信英伟达,批评其…)."""
    start = clause_start(text, at)
    before = [m for m in mentions if m.norm_end <= start and m.type in _ADDRESSEES]
    if not before:
        return None
    if not any(start <= m.norm_start and m.norm_end <= at for m in mentions):
        return before[-1]
    earlier = clause_start(text, before[-1].norm_start)
    return next(m for m in before if m.norm_start >= earlier)


def _listed_after(text: str, first: Mention, mentions: list[Mention], rules: RuleSet) -> list[Mention]:
    """The names of ``first``'s type listed right after it (华为和寒武纪, 华为、寒武纪等: 寒武纪), joined
    by ``list_joiners`` (not 与, "with"), or standing for the same counted phrase (这两家企业: 三星电子,
    SK海力士), unless the list is who the subject stands with (澳大利亚和菲律宾站在同一边,也批评…: a word
    of ``solidarity`` and a clause mark after it)."""
    joiners = rules.words.get("list_joiners", ())
    listed = [first]
    listed.extend(x for x in mentions if x is not first and x.source == _ANAPHOR and x.norm_start == first.norm_start
                  and x.norm_end == first.norm_end and x.type == first.type)
    for mention in (x for x in mentions if x.norm_start >= first.norm_end):
        if mention.type != first.type or text[listed[-1].norm_end:mention.norm_start] not in joiners:
            break
        listed.append(mention)
    end = listed[-1].norm_end
    stood = next((w for w in rules.words.get("solidarity", ()) if text.startswith(w, end)), None)
    return [] if stood is not None and text.startswith(tuple(CLAUSE_MARKS), end + len(stood)) else listed[1:]


def _with_mates(relations: Iterable[Relation], clause: _Clause, rule: Rule) -> Iterator[Relation]:
    """``relations``, and for each one the clause's carried subject heads, the same one headed by
    each of the subject's list mates (华为和寒武纪在扩产,以填补英伟达留下的空缺: both rival Nvidia)."""
    for relation in relations:
        yield relation
        if clause.mates and clause.stand_in is not None and relation.head == clause.stand_in.entity_id \
                and not any(m.entity_id == relation.head for m in clause.names):
            for mate in clause.mates:
                if mate.type in rule.head and mate.entity_id != relation.tail:
                    yield replace(relation, head=mate.entity_id)


def _listed_with(text: str, last: Mention, mentions: list[Mention], rules: RuleSet, owners: bool = False) -> list[Mention]:
    """``last`` and the names of its type listed right before it (三星电子和SK海力士: both); with
    ``owners``, also the owners of things listed (英伟达的H20芯片和AMD的MI308芯片: both companies)."""
    listed = [last]
    before = [x for x in mentions if x.norm_end <= last.norm_start]
    for index in range(len(before) - 1, -1, -1):
        mention = before[index]
        if index and _gloss_of(text, before[index - 1], mention):
            continue  # 楷登电子(Cadence)和西门子EDA: the gloss goes with the name before it
        end = _name_end(text, mention)
        if index + 1 < len(before) and _gloss_of(text, mention, before[index + 1]):
            end = max(end, before[index + 1].norm_end + 1)  # past its gloss, Latin or not: AMD(超威)|和
        between = text[end:listed[0].norm_start]
        joiner = next((c for c in rules.coordinators if between.endswith(c)), "") if owners else ""
        if mention.type != last.type or between not in rules.coordinators \
                and not (joiner and _OWNED_THING.fullmatch(between, 0, len(between) - len(joiner))):
            break
        listed.insert(0, mention)
    return listed


def _gloss_of(text: str, name: Mention, gloss: Mention) -> bool:
    """Whether ``gloss`` names ``name``'s entity again, alone in brackets right after it (新思科技(Synopsys),
    AMD(超威))."""
    return gloss.entity_id == name.entity_id and gloss.norm_start == name.norm_end + 1 \
        and text.startswith("(", name.norm_end) and text.startswith(")", gloss.norm_end)


# What a name owns before the next name of a list (的H20芯片和): no clause, no other 的 or list mark.
_OWNED_THING = re.compile(r"的[^，,。；;：:、的\s]{1,12}")


def _reason_subject(text: str, at: int, mentions: list[Mention], rules: RuleSet) -> Mention | None:
    """Whom 其 at ``at`` stands for right after a reason that 而 closes, or in a clause of no subject of
    its own after a clause that a reason opens: the reason's subject, the first company, body or
    country after its marker (因高通向苹果付费而对其罚款, 因高通压价排挤对手Icera,决定对其罚款: both
    fine Qualcomm)."""
    start = clause_start(text, at)
    grounds = _grounds_subject(text, start, at, mentions)
    if grounds is not None or rules.cause_search is None:
        return grounds
    closed = _word_before(text, at, (_REASON_CLOSES,), rules)
    if not closed:
        if start == 0 or any(start <= m.norm_start < at for m in mentions):
            return None  # the clause names its own actor (因美国制裁,华为决定对其供应链…)
        start = _sentence_start(text, at)
    reason = _last_match(rules.cause_search, text, start, at)
    if reason is None or not closed and reason.start() > start and text[reason.start() - 1] not in CLAUSE_MARKS:
        return None
    return next((m for m in mentions if reason.end() <= m.norm_start and m.norm_end <= at and m.type in _ADDRESSEES),
                None)


def _grounds_subject(text: str, start: int, at: int, mentions: list[Mention]) -> Mention | None:
    """Whom 其 at ``at`` stands for in a clause (from ``start``) of no actor of its own right after the
    grounds an act is taken on (美国商务部以国防科大使用美国物项为由,将其列入…): the first company, body or
    country after 以 in the clause before, which 为由 (为借口, 为名) closes."""
    if start < 2 or any(start <= m.norm_start < at for m in mentions) \
            or not text.endswith(_GROUNDS_CLOSES, 0, start - 1):
        return None
    opens = text.rfind(_GROUNDS_OPENS, clause_start(text, start - 2), start - 1)
    return next((m for m in mentions if opens >= 0 and m.norm_start == opens + len(_GROUNDS_OPENS)
                 and m.type in _ADDRESSEES), None)


def _in_grounds(text: str, at: int, trigger_at: int) -> bool:
    """Whether the name at ``at`` is inside grounds (以…为由) closed before the trigger at ``trigger_at``."""
    closes = next((c for c in (text.find(w, at, trigger_at) for w in _GROUNDS_CLOSES) if c >= 0), -1)
    opens = text.rfind(_GROUNDS_OPENS, clause_start(text, at), at)
    return opens >= 0 and closes >= 0 and not any(mark in text[opens:closes] for mark in CLAUSE_MARKS)


_GROUNDS_OPENS = "以"  # 以…为由: the grounds an act is taken on
_GROUNDS_CLOSES = ("为由", "为借口", "为名")


def _last_subject(topics: dict[str, tuple[int, Mention]], number: int, mentions: list[Mention]) -> Mention | None:
    """The subject of the sentence before sentence ``number`` (``topics``: the last subject of each
    type), when it is a company, body or country this sentence has not named."""
    last = next((mention for at, mention in topics.values() if at == number - 1), None)
    if last is None or last.type not in _ADDRESSEES or any(m.entity_id == last.entity_id for m in mentions):
        return None
    return last


def _referent(text: str, at: int, types: tuple[str, ...], mentions: list[Mention], rules: RuleSet, number: int,
              earlier: tuple[dict[str, tuple[int, Mention]], deque[tuple[int, list[Mention]]],
                             dict[str, tuple[int, Mention] | None]], heads: tuple[str, ...] = ()) -> Mention | None:
    """The latest entity of one of ``types`` named before ``at`` in this sentence, else, at most
    ``anaphor_window`` sentences back, the topic a sentence was about (``earlier``: the last subject
    of each type; 寒武纪扩产…。这家公司 is 寒武纪, not a rival named after it), else the last one
    named (``earlier``: the last sentences' mentions), else, for the types of
    ``rules.long_anaphors``, the only entity of its type the document has named so far, named
    no further back than the type's reach (``earlier``'s third part). A country referred to (当局, 该国) acted:
    用于中国军事目的 names no government. With ``heads``, only a name that ends in one of them
    (该校: 国防科技大学) may be the referent."""
    candidates = []
    for entity_type in types:
        before = [x for x in mentions if x.type == entity_type and x.norm_end <= at
                  and (entity_type != "PLACE" or _is_actor(text, x, rules)) and (not heads or x.text.endswith(heads))
                  and not _addressee_of_speech(text, x, rules) and not _names_a_device(text, x, rules)]
        topic = earlier[0].get(entity_type)
        if topic is not None and (heads and not topic[1].text.endswith(heads) or _names_a_device(text, topic[1], rules)):
            topic = None
        if before:
            candidates.append(((number, before[-1].norm_start), before[-1]))
        elif topic is not None and number - topic[0] <= rules.anaphor_window:
            candidates.append(((topic[0], topic[1].norm_start), topic[1]))
        elif (seen := _last_named(text, entity_type, number, earlier[1], rules, heads)) is not None:
            candidates.append(((seen[0], seen[1].norm_start), seen[1]))
        elif (only := earlier[2].get(entity_type)) is not None \
                and number - only[0] <= rules.long_anaphors[entity_type]:  # the one rule the article is about
            candidates.append(((only[0], only[1].norm_start), only[1]))
    referent = max(candidates, key=lambda c: c[0])[1] if candidates else None
    if referent is not None and referent.type == "ORG" and _unnamed_company_after(text, referent.norm_end, at, rules):
        return None  # 英伟达表示,一家新加坡贸易公司…。该公司…: the company has no name
    if referent is not None and referent.type == "PRODUCT":
        # 推出一款新芯片,性能与H20相当。该芯片…: the new chip (no name), or the name given to it
        counted, name = _counted_product(text, referent, at, [*mentions, *(x for _, named in earlier[1] for x in named)],
                                         rules)
        return name if counted else referent
    return referent


def _counted_product(text: str, referent: Mention, at: int, mentions: list[Mention],
                     rules: RuleSet) -> tuple[bool, Mention | None]:
    """What 该芯片 at ``at`` stands for when a product counted as one (一款新的推理芯片) is introduced
    between the start of ``referent``'s sentence and ``at``: the name right after the last such phrase
    (一款新芯片昇腾950, 一款芯片,名为X; ``mentions`` holds the names), else None, a product with no name;
    not a product named beside it to compare (性能与英伟达H20相当). The first item: whether there is such
    a phrase."""
    search = rules.unnamed_product_search
    start = _sentence_start(text, referent.norm_start)
    counted = list(search.finditer(text, start, at)) if search is not None else []
    if not counted:
        return False, None
    last = counted[-1]
    pos = last.end() + text.startswith(",", last.end())
    pos += next((len(word) for word in rules.words.get("named_as", ()) if text.startswith(word, pos)), 0)
    while pos < at and text[pos] in _BEFORE_A_NAME:
        pos += 1
    return True, next((x for x in mentions if x.type == "PRODUCT" and x.norm_start == pos), None)


_BEFORE_A_NAME = ' "' + _OPENING_QUOTES  # what may stand between a counted product and its name (一款新芯片「X」)


def _unnamed_company_after(text: str, start: int, at: int, rules: RuleSet) -> bool:
    """Whether a company counted as one and not named (一家中国民营科技公司) stands between ``start``
    (where the anaphor's named referent ends) and the anaphor at ``at``: the anaphor is that company."""
    return rules.unnamed_company_search is not None and rules.unnamed_company_search.search(text, start, at) is not None


def _last_named(text: str, entity_type: str, number: int, named_before: deque[tuple[int, list[Mention]]],
                rules: RuleSet, heads: tuple[str, ...] = ()) -> tuple[int, Mention] | None:
    """The last mention of ``entity_type`` at most ``anaphor_window`` sentences before sentence
    ``number``, with its sentence's number; a place only where it acts; with ``heads``, one whose
    name ends in one of them."""
    for seen_at, mentions in reversed(named_before):
        if number - seen_at > rules.anaphor_window:
            break
        for mention in reversed(mentions):
            if mention.type == entity_type and (entity_type != "PLACE" or _is_actor(text, mention, rules)) \
                    and (not heads or mention.text.endswith(heads)) and not _names_a_device(text, mention, rules):
                return seen_at, mention
    return None


def _names_a_device(text: str, mention: Mention, rules: RuleSet) -> bool:
    """Whether the product ``mention`` is named as a device (Mate 60 Pro手机, 服务器): no chip an anaphor
    (该芯片, 该处理器) stands for."""
    at = mention.norm_end + text.startswith(" ", mention.norm_end)
    return mention.type == "PRODUCT" and text.startswith(rules.words.get("devices", ()), at)


def _as_countries(text: str, mentions: list[Mention], entities: Mapping[str, Entity],
                  rules: RuleSet) -> list[Mention]:
    """``mentions`` with each person's administration (特朗普政府, 特朗普(Donald Trump)政府) read as the
    person's country."""
    out = mentions
    for index, mention in enumerate(mentions):
        if mention.type == "PERSON" and text.startswith(rules.administration, _name_end(text, mention)):
            person = entities.get(mention.entity_id)
            country = entities.get(person.facts.get("country", "")) if person is not None else None
            if country is not None:
                out = out if out is not mentions else list(mentions)
                out[index] = mention._replace(type=country.type, entity_id=country.id, source="administration")
    return out


def _office(person: Mention, entities: Mapping[str, Entity], rules: RuleSet) -> Mention | None:
    """``person`` read as the agency or country whose executive office the dictionary says the
    person holds (a role that ends in one of ``rules.executive_offices``, for an AGENCY or a PLACE),
    else None."""
    entity = entities.get(person.entity_id)
    if entity is None or not entity.facts.get("role", "").endswith(rules.executive_offices):
        return None
    body = entities.get(entity.facts.get("works_for", ""))
    if body is None or body.type not in ("AGENCY", "PLACE"):
        return None
    return _acting_for(person, body.type, body.id)


def _acting_for(person: Mention, body_type: str, body_id: str) -> Mention:
    """``person``'s mention read as the body they act for (source ``office``)."""
    return person._replace(type=body_type, entity_id=body_id, source=_OFFICE)


_OFFICE = "office"  # Mention.source of a person read as the office or company they act for


def _with_agents_as_offices(text: str, as_countries: list[Mention], entities: Mapping[str, Entity],
                            rules: RuleSet) -> list[Mention]:
    """``as_countries`` with each person in office who opens a relative clause (a trigger then 的 a few
    characters on: 特朗普上月签署的…, 拜登签署的…) read as the office, as a subject in office is; the
    list itself when there is none (the caller tests identity)."""
    agents = {id(m): office._replace(source=_RELATIVE_AGENT) for m in as_countries
              if m.type == "PERSON" and _opens_a_relative_clause(text, m, rules)
              and (office := _office(m, entities, rules)) is not None}
    if not agents:
        return as_countries
    return [agents.get(id(m), m) for m in as_countries]


def _opens_a_relative_clause(text: str, person: Mention, rules: RuleSet) -> bool:
    """Whether a verb (a rule's trigger) and 的 follow ``person`` within a few characters of its clause,
    and no verb stands right before it: the person is that clause's agent (特朗普上月签署的)."""
    end = person.norm_end
    if text.startswith("(", end) and (closing := text.find(")", end, end + _RELATIVE_AGENT_REACH * 2)) > 0:
        end = closing + 1  # past the name again in Latin letters: 特朗普(Donald Trump)总统签署的
    after = text[end:end + _RELATIVE_AGENT_REACH]
    closed = after.find("的")
    return closed > 0 and rules.has_trigger(after[:closed]) and clause_end(after[:closed], 0) is None \
        and not rules.verb_before(text, person.norm_start)


# The source of an office holder read as the office for opening a relative clause: its agent, never
# the object of a preposition before it (归功于特朗普签署的法案: the United States issues it).
_RELATIVE_AGENT = "relative agent"
_RELATIVE_AGENT_REACH = 10  # characters from an agent to the 的 closing its relative clause (总统去年7月签署的)


def _opens_with_a_title(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """Whether the word at ``start``–``end`` opens its sentence and a title follows it (公司总裁…)."""
    return (start == 0 or text[start - 1] in _SENTENCE_OPENERS) and rules.title_search is not None \
        and rules.title_search.match(text, end) is not None


_SENTENCE_OPENERS = SENTENCE_ENDS + "\n"  # what a word that opens a sentence comes right after


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends (its end mark included), or the text's end."""
    return min((end + 1 for end in (text.find(mark, at) for mark in _SENTENCE_OPENERS) if end >= 0), default=len(text))


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins (the text the reader reads may join several)."""
    return max(text.rfind(end, 0, at) for end in _SENTENCE_OPENERS) + 1


def _opens_as_subject(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """Whether the word at ``start``–``end`` (公司) is its sentence's subject: it opens the sentence, past
    a word of ``subject_openers`` (目前公司已推出…), and starts no compound (公司法)."""
    lead = next((w for w in ("", *rules.words.get("subject_openers", ())) if text.endswith(w, 0, start)
                 and (start - len(w) == 0 or text[start - len(w) - 1] in _SENTENCE_OPENERS)), None)
    return lead is not None and not text.startswith(_COMPANY_COMPOUNDS, end)


_COMPANY_COMPOUNDS = ("法", "债", "治理", "章程")  # 公司法, 公司债: no company


def _names_its_product(text: str, at: int, mentions: list[Mention], rules: RuleSet) -> bool:
    """Whether a product is named right after ``at``, past what kind of product it is (其|第三代产品|P800,
    其|旗舰芯片|X1): whose it is, an owner (其客户, 其股价) is not."""
    modifiers, kinds = rules.words.get("product_modifier", ()), rules.words.get("product_kind", ())
    for words in (modifiers, kinds):
        word = next((w for w in words if text.startswith(w, at)), None)  # one of each, in this order
        at += len(word) if word is not None else 0
    return any(x.norm_start == at and x.type == "PRODUCT" for x in mentions)


def _own_company(text: str, mentions: list[Mention], rules: RuleSet) -> tuple[str, str] | None:
    """The company (type, id) a filing defines as its own (星河科技股份有限公司(以下简称“星河”或“公司”)): the
    first company right before a bracket that so defines it."""
    if rules.own_definition is None:
        return None
    return next(((m.type, m.entity_id) for m in mentions
                 if m.type == "ORG" and rules.own_definition.match(text, m.norm_end)), None)


def _speakers_company(text: str, at: int, end: int, mentions: list[Mention], entities: Mapping[str, Entity],
                      rules: RuleSet) -> tuple[str, str] | None:
    """The company (type, id) that what was said before the anaphor at ``at``–``end`` comes from: the
    speaker, the last company named before a speaking person (英伟达首席财务官克雷斯表示,公司…), else the
    person's employer in the dictionary (黄仁勋表示,公司…); None for another speaker (商务部表示,公司…
    means companies). The anaphor opens what was said, or a later clause of it (表示,由于…,公司本季度…),
    or is what a copula's noun belongs to (说,中芯国际仍是公司的重要客户). 其 after a clause of what was
    said that a company opens is that company's (黄仁勋说,华为是强大的公司,其昇腾芯片…)."""
    opening = _last_match(rules.speech_opening, text, _sentence_start(text, at), at)
    if opening is None or opening.end() != at and not (
            text[at - 1] in CLAUSE_MARKS or text.endswith(_COPULAS, 0, at) and text.startswith("的", end)
            or _speaks_on(text, at, rules)):
        return None
    if text[at:end] == _ITS:
        if (said := _clause_opener(text, opening.end(), at, mentions)) is not None:
            return said.type, said.entity_id
        if any(x.type == "ORG" and opening.end() <= x.norm_start and x.norm_end <= at for x in mentions):
            return None  # 华泰证券指出,随着应用材料等公司披露财报,其来自中国的营收…: theirs, not the speaker's
    said_by = [x for x in mentions if x.norm_end <= opening.start() and not _addressee_of_speech(text, x, rules)]
    if not said_by or said_by[-1].type not in ("ORG", "PERSON"):
        return None
    named = next((x for x in reversed(said_by) if x.type == "ORG"), None)
    if named is not None:
        return named.type, named.entity_id
    person = entities.get(said_by[-1].entity_id)
    employer = entities.get(person.facts.get("works_for", "")) if person is not None else None
    return (employer.type, employer.id) if employer is not None and employer.type == "ORG" else None


def _speaks_on(text: str, at: int, rules: RuleSet) -> bool:
    """Whether a later clause of the speaker's opens right before ``at`` with a connective and a verb of
    speaking (美光表示,…,并称|公司…): the speaker goes on speaking."""
    verb = next((w for w in rules.words.get("speech", ()) if text.endswith(w, 0, at)), None)
    return verb is not None and text[clause_start(text, at - len(verb)):at - len(verb)] in rules.carry_openers


def _addressee_of_speech(text: str, mention: Mention, rules: RuleSet) -> bool:
    """Whether ``mention`` is whom a speaker tells or answers (英伟达发言人对彭博社称: words.told; 告诉路透社,:
    words.telling; 在接受路透社采访时表示): the one told is no speaker, nor what is said about."""
    if _spoken_to(text, mention, rules):
        return True
    end = mention.norm_end
    return end < len(text) and text[end] in CLAUSE_MARKS and _after_addressee_ending(text, mention, rules) \
        and _word_before(text, mention.norm_start, rules.words.get("telling", ()), rules)  # 告诉路透社,


def _spoken_to(text: str, mention: Mention, rules: RuleSet) -> bool:
    """Whether ``mention`` is whom a speaker speaks to or answers (对彭博社称, 在接受路透社采访时表示), not
    whom one informs (告知东京电子,…需要许可证): no party to what is said."""
    if not _after_addressee_ending(text, mention, rules):
        return False
    told = rules.speech_after_addressee
    # a paper's name in its title marks (对《经济参考报》记者表示): the marks are no part of its name
    titled = text.startswith(_TITLE_MARKS[0], mention.norm_start - 1) and text.startswith(_TITLE_MARKS[1], mention.norm_end)
    start, end = (mention.norm_start - 1, mention.norm_end + 1) if titled else (mention.norm_start, mention.norm_end)
    if told is not None and _word_before(text, start, rules.words.get("told", ()), rules) \
            and told.match(text, end) is not None:
        return True  # 对彭博社称
    return _answered(text, mention, rules)


def _after_addressee_ending(text: str, mention: Mention, rules: RuleSet) -> bool:
    """Whether the character before ``mention`` may end a word of telling or answering (most names: no)."""
    before = text[mention.norm_start - 1:mention.norm_start]
    return bool(before) and (before in rules.addressee_endings or before in _OPENING_QUOTES)


_TITLE_MARKS = ("《", "》")  # around a paper's name, outside its mention


_COPULAS = ("是", "为")  # 是公司的客户: the noun after 的 is the company's
_ITS = "其"


def _sentence_subject_company(text: str, at: int, end: int, mentions: list[Mention],
                              rules: RuleSet) -> tuple[str, str] | None:
    """The company (type, id) 公司 at ``at``–``end`` stands for when it opens a later clause of a
    sentence a company opens (摩尔线程由张建中创立,公司推出的MTT S4000…): that company."""
    if text[at:end] != _COMPANY or not at or text[at - 1] not in CLAUSE_MARKS:
        return None
    start = _sentence_start(text, at)
    first = next((x for x in mentions if x.norm_start >= start), None)
    if first is None or first.type != "ORG" or first.norm_end > at \
            or not _opens_as_subject(text, first.norm_start, first.norm_end, rules) or not _is_actor(text, first, rules):
        return None
    return first.type, first.entity_id


_COMPANY = "公司"


def _clause_opener(text: str, start: int, at: int, mentions: list[Mention]) -> Mention | None:
    """The company that opens the last clause between ``start`` and ``at`` (华为|是…公司,), if one does."""
    opener = None
    for x in mentions:
        if start <= x.norm_start and x.norm_end <= at and x.type == "ORG" \
                and (x.norm_start == start or text[x.norm_start - 1] in CLAUSE_MARKS):
            opener = x
    return opener


def _share_owner(text: str, at: int, end: int, mentions: list[Mention], rules: RuleSet) -> tuple[str, str] | None:
    """The company (type, id) 其 at ``at``–``end`` stands for as the owner of the figures a share is told
    of (东京电子表示,中国市场占其销售额的四成; 中国大陆合计贡献其约一成的营收; 中国市场为其贡献营收; 中国
    市场在其营收中占比两成): the last company its sentence names before it."""
    if text[at:end] != _ITS or not (_word_before(text, at, rules.share_verbs, rules)
                                     or text.endswith(_FOR, 0, at) and text.startswith(rules.share_verbs, end)
                                     or text.endswith(_IN, 0, at)
                                     and _SHARE_INSIDE.search(text, end, end + _FIGURE_REACH) is not None) \
            or not any(word in text[end:end + _FIGURE_REACH] for word in rules.words.get("figures", ())):
        return None  # 占其营收, 贡献其营收, 为其贡献营收, 在其营收中占
    start = _sentence_start(text, at)
    company = next((x for x in reversed(mentions) if x.type == "ORG" and start <= x.norm_start and x.norm_end <= at),
                   None)
    return (company.type, company.entity_id) if company is not None else None


_FIGURE_REACH = 10  # characters from 其 to the figure it owns (占其约一成以上的营收)
_FOR = "为"  # 为其贡献营收: whose figures a share goes to
_IN = "在"  # 在其营收中占比: the figures a share is told inside
_SHARE_INSIDE = re.compile("中(?:所|的)?占")  # …营收中占, 中所占, 中的占比


def _maker_named_before(start: int, end: int, mentions: list[Mention],
                        entities: Mapping[str, Entity]) -> tuple[str, str] | None:
    """The maker (type, id) an anaphor glued to its product stands for, when the sentence named it
    before: 高通是主要供应商,小米均采用其骁龙芯片 (the dictionary says whose the product is)."""
    product = next((x for x in mentions if x.norm_start == end and x.type == "PRODUCT"), None)
    known = entities.get(product.entity_id) if product is not None else None
    maker = known.facts.get("made_by") if known is not None else None
    named = next((x for x in mentions if x.entity_id == maker and x.norm_end <= start), None) if maker else None
    return (named.type, named.entity_id) if named is not None else None


def _less_the_speaker(text: str, mentions: list[Mention], at: int, rules: RuleSet) -> list[Mention]:
    """This sentence's ``mentions`` less its speaker's when what was said opens with the reaction at
    ``at``: in 商务部发言人何咏前表示,中方对此坚决反对 对此 is what was reported before, not the speaker."""
    last = _last_match(rules.speech_opening, text, mentions[0].norm_start, at) if mentions else None
    if last is None or any(mark in text[last.end():at] for mark in CLAUSE_MARKS):
        return mentions
    return [x for x in mentions if x.norm_start >= last.end()]


def _last_match(pattern: re.Pattern | None, text: str, start: int, end: int) -> re.Match | None:
    """The last match of ``pattern`` in ``text[start:end]``, if any."""
    last = None
    if pattern is not None:
        for last in pattern.finditer(text, start, end):
            pass
    return last


_REACTING_GAP = 4  # characters between who reacts and 对此 (市场监管总局已对此…, 中国政府周五对此…)


def _last_actor(text: str, at: int, mentions: list[Mention], rules: RuleSet) -> Mention | None:
    """The last actor named before ``at``: not a preposition's object, a verb's (美国宣布制裁中芯国际,
    中方对此…) or the rest of its list (撤销三星和SK海力士的资格), a modifier nor where a plant is
    (三星中国工厂), nor the name just before ``at`` (中国 in 中国对此表示不满, 中国政府周五对此… is who
    reacts), nor the employer of a titled person who reacts (英伟达首席执行官黄仁勋对此表示失望), nor a
    company whose figures moved (英伟达股价上涨: words.company_figures) or that only speaks, itself or by
    its spokesperson (东京电子发言人称,公司预计影响有限。中方对此…: a reaction, not what is reacted to)."""
    before = [m for m in mentions if m.norm_end <= at]
    between = text[before[-1].norm_end:at].strip() if before else ""
    reacting = before[-1].entity_id if before and len(between) <= _REACTING_GAP \
        and not any(mark in between for mark in CLAUSE_MARKS) else None
    if reacting is not None and before[-1].type == "PERSON":
        # the employer reacts with its person, and so does what describes it (众议院“…委员会”主席约翰·穆勒纳尔
        # (John Moolenaar)对此…): no verb, no clause mark between them, neither is what was reported
        first = len(before) - 1
        while first > 0 and before[first - 1].entity_id == reacting:
            first -= 1
        edge = before[first].norm_start  # where the reacting phrase begins so far
        if first > 0 and _titled(text[before[first - 1].norm_end:edge], rules):
            while first > 0 and not rules.has_trigger(gap := text[before[first - 1].norm_end:edge]) \
                    and not any(mark in gap for mark in CLAUSE_MARKS):
                edge = before[first - 1].norm_start
                del before[first - 1]
                first -= 1
    figures = rules.words.get("company_figures", ())
    objects: set[int] = set()  # the verbs' objects, each list's members after the first too
    for index, mention in enumerate(before):
        if rules.verb_before(text, mention.norm_start) or index - 1 in objects \
                and text[before[index - 1].norm_end:mention.norm_start] in rules.coordinators:
            objects.add(index)
    for index in range(len(before) - 1, -1, -1):
        mention = before[index]
        if mention.entity_id != reacting and index not in objects and _is_actor(text, mention, rules) \
                and not (mention.type == "PLACE" and (_locates_a_plant(text, before, index, rules)
                                                      or _only_located(text, mention, rules))) \
                and not (mention.type == "ORG" and (text.startswith(figures, mention.norm_end)
                                                    or _only_speaks(text, mention.norm_end, rules))) \
                and not _members_act_for(text, mention, rules):
            return mention  # not a body whose members acted (参议院两党议员提出…: the members, unnamed)
    return None


def _only_located(text: str, place: Mention, rules: RuleSet) -> bool:
    """Whether a place after 在 only says where its clause's act happens (在中国销售芯片所得收入的15%交给
    美国政府,此举…: China did nothing), as ``_only_where`` reads a rule's match, in a whole text."""
    return _word_before(text, place.norm_start, rules.words.get("location", ()), rules) \
        and _frame_closed(text, place.norm_end, _sentence_end(text, place.norm_end), rules) is None


def _only_speaks(text: str, at: int, rules: RuleSet) -> bool:
    """Whether the clause of the name that ends at ``at`` only reports what it said: past a title and a
    few words that hold no trigger (周三, 在声明中), a verb of speaking and its mark (表示, | 发言人称, |
    发言人在声明中表示,), and what was said tells no act of its own (影响有限, 欢迎这一决定; not
    将暂停向中国出售H20)."""
    if rules.speech_opening is None:
        return False
    title = rules.title_search.match(text, at) if rules.title_search is not None else None
    start = title.end() if title is not None else at
    said = rules.speech_opening.search(text, start, start + _SPEAKING_LEAD + _SPEECH_REACH)
    return said is not None and not any(mark in text[start:said.start()] for mark in CLAUSE_MARKS) \
        and said.start() - start <= _SPEAKING_LEAD and not rules.has_trigger(text[start:said.start()]) \
        and not any(word in said.group() for word in rules.words.get("announce", ())) \
        and not _tells_an_act(text, said.end(), _sentence_end(text, said.end()), rules)


def _tells_an_act(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """Whether ``text[start:end]`` holds a trigger of an act, not one a demonstrative names as a thing
    (欢迎这一决定)."""
    acts = rules.act_trigger
    return acts is not None and any(not text.endswith(rules.words.get("demonstrative", ()), start, m.start())
                                    for m in acts.finditer(text, start, end))


_SPEAKING_LEAD = 8  # characters between a speaker (or its title) and its verb of speaking (在一份声明中)


def _inside(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(x.norm_start < end and start < x.norm_end for x in mentions)


def _stand_in(doc: Document, start: int, end: int, entity_type: str, entity_id: str, source: str) -> Mention:
    o_start, o_end = doc.to_original(start, end)
    return Mention(o_start, o_end, doc.original[o_start:o_end], entity_type, entity_id, source, start, end)


def _key(relation: Relation) -> tuple:
    return (relation.head, relation.type, relation.tail, relation.polarity,
            relation.evidence.start if relation.evidence else -1)


def _keep(found: dict[tuple, Relation], relation: Relation) -> None:
    """One reading of a triple a sentence states: of two with different modality the one later in
    MODALITIES, the hedge one reading saw (美国呼吁盟友对伊朗实施制裁 is urged, not imposed)."""
    key = _key(relation)
    held = found.get(key)
    if held is None or MODALITIES.index(relation.modality) > MODALITIES.index(held.modality):
        found[key] = relation


def _evidence(doc: Document, start: int, end: int, rule: str = "") -> Evidence:
    o_start, o_end = doc.to_original(start, end)
    return Evidence(doc.name, o_start, o_end, doc.text[start:end], rule, doc.date)


def _mask(text: str, start: int, end: int, mentions: list[Mention], fold_makers: bool, rules: RuleSet,
          subject: Mention | None = None, owners_named: bool = True, described_makers: bool = True) -> _Masked:
    """Replace each mention by one character; an appositive 英伟达(Nvidia) of the same entity vanishes.

    With ``fold_makers``, a maker glued to its product (英伟达H20, or with 的) stays
    plain text: the product is what the phrase names; with ``described_makers`` too, one a product's
    modifier keeps apart (英伟达最新的Blackwell). A ``subject`` carried from an
    earlier clause goes first, as if the clause had named it. Unless ``owners_named``
    (the rules of employment and of units), a company before its staff (谷歌工程师) or
    its unit (华为旗下海思) stays plain text: the staff or the unit is the party.
    """
    pieces, by_char, used = [], {}, {}
    owners: dict[Mention, str] = {}
    if subject is not None:
        used[subject.type] = 1
        pieces.append(mask_char(subject.type, 0))
        by_char[pieces[0]] = subject
    pos = start
    last, last_kind = None, ""
    folded_object: Mention | None = None  # a name a preposition's object describes (向阿联酋企业G42: G42)
    described_mate: str | None = None  # the type of the object list a place and 的 go on (向G42和沙特的|Humain)
    told: Mention | None = None  # the last one spoken to, whose gloss in brackets goes with it
    for index, mention in enumerate(mentions):
        if last is not None and mention.source == _ANAPHOR and mention.norm_start == last.norm_start \
                and mention.norm_end == last.norm_end:
            # A counted phrase's referents stand in as a list (两家公司: 三星、SK海力士).
            count = used.get(last_kind, 0)
            if count < MASK_BLOCK:
                used[last_kind] = count + 1
                ch = mask_char(last_kind, count)
                pieces.append(_LIST_MARK + ch)
                by_char[ch] = mention
            continue
        if mention.norm_start < pos:
            continue
        if mention.type == "PLACE" and _locates_a_plant(text, mentions, index, rules) \
                or text.endswith(rules.located_at, 0, mention.norm_start):
            # 在中国的工厂, 其马来西亚子公司X: where a company's own unit is; 美国驻日本大使X, 美国驻北约大使X:
            # where an envoy serves; 位于上海的中芯国际: where a company sits. No party: it stays text.
            continue
        if mention.type in _RULE_MAKERS and _makes_the_rule_named(text, mention, rules):
            continue  # 违反美国出口管制: whose rule was broken or kept, no party to the act
        if _spoken_to(text, mention, rules) or told is not None and mention.entity_id == told.entity_id \
                and text[told.norm_end:mention.norm_start].strip() == "(":
            told = mention  # 官员对路透表示, 回复美国之音(VOA)的: whom one speaks to is no party to what is said
            continue
        excepted = next((word for word in rules.excepted if text.startswith(word, mention.norm_end)), None)
        if excepted is not None:  # 为(除)华为以外的客户代工 reads 为客户代工: the customers, not Huawei
            pieces.append(text[pos:mention.norm_start].removesuffix("除了").removesuffix("除"))
            pos = mention.norm_end + len(excepted)
            continue
        if not owners_named and mention.type == "ORG" and _names_staff(text, mention, rules):
            continue  # 起诉一名谷歌工程师: the staff is the party, not the company
        following = _following(text, mentions, index) if mention.type in _MODIFYING_TYPES else None
        if following is not None and _folds(text, mention, following, fold_makers, owners_named, rules,
                                            described_makers):
            pieces.append(text[pos:mention.norm_start])  # the phrase names what follows: no gap
            pos = following.norm_start
            if _after_preposition(text, mention, rules):
                folded_object = following
            if mention.type == "ORG" and following.type == "PRODUCT":
                owners[following] = mention.entity_id
            continue
        gap = text[pos:mention.norm_start]
        if last is not None and last.entity_id == mention.entity_id and gap.lstrip().startswith("(") \
                and len(gap) <= _APPOSITIVE_LEAD and gap.count("(") == 1 and ")" not in gap \
                and (closing := _appositive_end(text, mention, mentions, index)) >= 0:
            # 英伟达(Nvidia), 星河微电子有限公司(以下简称“星河微”), …公司(Van der Linden Precision Systems,
            # 下称“VLPS”): the same name again in brackets vanishes, and so does the bracket
            pieces.append("")
            pos = closing + 1
            continue
        # Quote marks that hold just the name (「思元590」, “华为”) are no gap: the name stands for the phrase.
        quoted = gap[-1:] in _QUOTE_PAIRS and text.startswith(_QUOTE_PAIRS[gap[-1]], mention.norm_end)
        if quoted:
            gap = gap[:-1]
        kind = mention.type
        if kind == "PLACE" and (rules.attributive_nouns and _attributive_after(text, mention.norm_end, rules)
                                and not (rules.kept_list_search is not None
                                         and rules.kept_list_search.match(text, mention.norm_end))
                                or text.startswith(rules.words.get("within_place", ()), mention.norm_end)
                                or text.startswith(rules.words.get("clock", ()), mention.norm_end)
                                or not gap and last is not None and last.type == "ORG" and not quoted
                                and mention.source not in _STAND_IN_SOURCES):
            # 多家中国企业, 中国GPU企业, 美国国内; not 美国实体清单, the list the United States keeps; a place glued
            # to a company names its local unit (安世中国的出口)
            kind = MODIFIER
        elif mention.source == _MARKED_COUNTRY \
                or mention.source != _RELATIVE_AGENT and _after_preposition(text, mention, rules) \
                or mention is folded_object \
                or last is not None and last_kind.startswith(OBJECT) and mention.type == last.type \
                and (gap in rules.coordinators or not gap) \
                or mention.type == described_mate and gap == _POSSESSIVE \
                or kind == "PLACE" and text.startswith(rules.words.get("market", ()), mention.norm_end) or (  # 销往中国市场
                # 根据《A》《B》和《C》: the objects listed with a preposition's are its objects too; 致函商务部长卢特尼克:
                # a titled person after a preposition's object is that object too
                mention.type == "PERSON" and last is not None and last_kind.startswith(OBJECT)
                and _titled(text[last.norm_end:mention.norm_start], rules)):
            kind = OBJECT + kind
        count = used.get(kind, 0)
        if count == MASK_BLOCK:  # 4,096 names of one kind in one sentence: the rest stay text
            continue
        used[kind] = count + 1
        ch = mask_char(kind, count)
        pieces.append(_without_glosses(gap))
        pieces.append(ch)
        by_char[ch] = mention
        # a preposition's objects listed on past a place that describes the next (向G42和沙特的Humain出口)
        described_mate = last.type if mention.type == "PLACE" and last is not None and last_kind.startswith(OBJECT) \
            and gap in rules.coordinators and text.startswith(_POSSESSIVE, mention.norm_end) else None
        last, last_kind = mention, kind
        pos = mention.norm_end + 1 if quoted else mention.norm_end
        gloss = _GLOSS.match(text, pos, end) if text.startswith(("(", " ("), pos) else None
        if gloss:  # 寒武纪(Cambricon Technologies Corp.)(688256-CN): the name's glosses are no gap
            pos = gloss.end()
        elif text.startswith("(", pos):
            pos = _past_a_note(text, pos, end, mentions, index, rules)
        generic = next((noun for noun in _COMPANY_NOUNS if text.startswith(noun, pos, end)), None) \
            if mention.type == "ORG" else None
        if generic in _HOLDING_NOUNS and not text.startswith(rules.coordinators, pos + len(generic)):
            generic = None  # 由软银集团控股, 软银控股的Arm: the verb of holding a stake, unless a list goes on
        if generic is not None:
            pos += len(generic)  # 英伟达公司的H20 is 英伟达的H20, PVH集团和因美纳 a list: the generic noun is no gap
        elif mention.type == "ORG":
            pos = _own_plant_end(text, mentions, index, pos, rules)  # 三星电子西安工厂和SK海力士…: a list
        if mention.type == "ORG" and (units := next((w for w in rules.words.get("its_units", ())
                                                     if text.startswith(w, pos, end)), None)) \
                and not (index + 1 < len(mentions) and mentions[index + 1].norm_start == pos + len(units)):
            # 摩尔线程及其子公司被列入…: the company with its units, no gap (not when the units are named
            # right after: 海光信息及其子公司成都海光…, a list of its own)
            pos += len(units)
            if text.startswith("(", pos) and (closing := _bracket_end(text, pos + 1, min(end, pos + _UNITS_NOTE))) >= 0:
                pos = closing + 1  # (包括上海壁仞智能科技有限公司等): the units named
    pieces.append(_without_glosses(text[pos:end]))
    return _Masked("".join(pieces), by_char, set(used), subject is not None, owners)


def _past_a_note(text: str, pos: int, end: int, mentions: list[Mention], index: int, rules: RuleSet) -> int:
    """Where a bracket opening at ``pos``, right after ``mentions[index]``, closes when it only notes
    something about the name, no other name and no trigger inside ((以下简称“公司”), (股票代码:688897)):
    no gap between the name and what follows (包括X(以下简称“公司”)在内的); else ``pos``."""
    closing = _bracket_end(text, pos + 1, min(end, pos + _BRACKET_NOTE))
    if closing < 0 or index + 1 < len(mentions) and mentions[index + 1].norm_start < closing \
            or rules.has_trigger(text[pos:closing]):
        return pos
    return closing + 1


_BRACKET_NOTE = 24  # characters a bracket noting something about the name before it may take
_UNITS_NOTE = 60  # characters a bracket naming a company's units after 及其子公司 may take


def _own_plant_end(text: str, mentions: list[Mention], index: int, pos: int, rules: RuleSet) -> int:
    """Where the company's own plant named right after it ends when a list goes on after it
    (三星电子|西安工厂|和SK海力士…, the place and the plant's word glued to it), else ``pos``: the plant
    is the company's, no gap in the list (elsewhere the plant's word stays: 在台积电亚利桑那工厂量产)."""
    place = mentions[index + 1] if index + 1 < len(mentions) else None
    if place is None or place.type != "PLACE" or place.norm_start != pos or rules.located_search is None:
        return pos
    located = rules.located_search.match(text, place.norm_end)
    if located is None or located.group("gap") or not located.group().endswith(rules.plant) \
            or not text.startswith(rules.coordinators, located.end()) \
            or not _locates_a_plant(text, mentions, index + 1, rules):
        return pos
    return located.end()


_WITH = ("与", "同", "跟")  # what opens a relation a relative clause describes a company by (与伊朗有往来的企业)


def _past_the_causee(text: str, trigger_end: int, tail_at: int, rules: RuleSet) -> bool:
    """Whether a verb of bringing about (words.causative) stands between the trigger and the tail, and the
    tail is not the one it names right after it (迫使其转向中芯国际: the measure hits 其, not SMIC)."""
    if tail_at <= trigger_end or rules.causative_search is None:
        return False
    last = _last_match(rules.causative_search, text, trigger_end, tail_at)
    return last is not None and text[last.end():tail_at] not in ("", "了")


def _a_measure_object(text: str, tail_at: int, head_at: int) -> bool:
    """Whether the name at ``tail_at`` is the object of a measure named inside a phrase: its marker
    follows 的 or another name than the head's (对美国的对华管制, 对美国针对三星的限制), not the head
    (中方针对美国的制裁表示不满 is the stance's own marker)."""
    for marker in MEASURE_MARKERS:
        if text.endswith(marker, 0, tail_at):
            before = tail_at - len(marker) - 1
            return before >= 0 and (text[before] == "的" or ord(text[before]) >= MASK_BASE and before != head_at)
    return False



def _a_sales_goal(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """Whether the name at ``start``–``end`` is where goods go in a matter a stance is on: right after 向
    and before a verb of sale (对未能向中国出口产品感到失望: the sale is the matter, China no party)."""
    return text.endswith(_TOWARD, 0, start) and text.startswith(rules.words.get("sale", ()), end)


_TOWARD = "向"


def _locates_a_plant(text: str, mentions: list[Mention], index: int, rules: RuleSet) -> bool:
    """Whether the place ``mentions[index]`` only says where a company's own plant is (在中国的工厂,
    中国工厂, 中国东莞工厂: a place inside it may stand between): the plant's word follows it with no
    other name, no verb and no object marker between (美国禁止台积电在工厂生产 is America's ban,
    美国政府向工厂运送设备的许可 America's licence)."""
    place = mentions[index]
    located = rules.located_search.match(text, place.norm_end) if rules.located_search is not None else None
    if located is None or located.group("gap").startswith(rules.words.get("object", ())):
        return False
    return not rules.has_trigger(located.group("gap")) and not any(
        place.norm_end <= m.norm_start < located.end() and m.type != "PLACE"
        for m in itertools.islice(mentions, index + 1, None))


# Latin glosses and tickers in brackets right after a name: (Nvidia), (688256-CN).
_GLOSS = re.compile(r"(?: ?\([^()\n\u3400-\u9fff]{1,80}\))+")


def _without_glosses(gap: str) -> str:
    """``gap`` without the Latin glosses of its words (列入实体清单(Entity List),其中包括…): a gloss says
    nothing a template reads, and would only lengthen the gap."""
    return _GLOSS.sub("", gap) if "(" in gap else gap


# The generic nouns a company's short name often takes (guidelines: not part of the name).
_COMPANY_NOUNS = ("公司", "集团", "控股")
_HOLDING_NOUNS = ("控股",)  # a company noun that is a verb too (由软银集团控股): only in a list (SCREEN控股和尼康)


_MODIFYING_TYPES = ("ORG", "AGENCY", "PLACE")  # what may only modify the name after it (_folds)


def _name_end(text: str, mention: Mention) -> int:
    """Where ``mention`` ends with its Latin gloss, if any: 特朗普(Donald Trump)|政府."""
    end = mention.norm_end
    gloss = _GLOSS.match(text, end) if text.startswith(("(", " ("), end) else None
    return gloss.end() if gloss else end


def _following(text: str, mentions: list[Mention], index: int) -> Mention | None:
    """The next name after the one at ``index`` and its gloss: 辉达(NVIDIA)H20 → H20."""
    end = _name_end(text, mentions[index])
    for mention in itertools.islice(mentions, index + 1, None):
        if mention.norm_start >= end:
            return mention
    return None


def _folds(text: str, mention: Mention, after: Mention, fold_makers: bool, owners_named: bool,
           rules: RuleSet, described_makers: bool = True) -> bool:
    """Whether ``mention`` only modifies the name after it: a maker glued to its product
    (英伟达H20, 阿斯麦的1980i, with ``fold_makers``), a company before its unit (华为旗下海思, unless
    ``owners_named``), a body glued to its unit (美国众议院中国特设委员会), or
    a country describing a company (中国人工智能初创公司深度求索, 荷兰光刻机巨头ASML), or glued to it
    (中国浪潮集团) or to an agency (被美国BIS列入)."""
    kinds = (mention.type, after.type)
    if kinds not in _FOLDING:  # tested first: most pairs never fold, whatever stands between
        return False
    between = text[_name_end(text, mention):after.norm_start]
    if kinds in (("AGENCY", "AGENCY"), ("PLACE", "AGENCY")):  # 美国BIS: the agency, its country said
        return between == ""
    if kinds == ("ORG", "ORG"):  # 华为旗下海思, 华为旗下IC设计子公司海思: the unit
        if owners_named:
            return False
        # past a word of owning that is more than 的 (苹果的供应商台积电 is no unit of Apple's)
        owner_word = max((w for w in rules.owned_by if between.startswith(w) and not w.startswith(_POSSESSIVE)),
                         key=len, default=None)
        return between in rules.owned_by or owner_word is not None and rules.described_search is not None \
            and rules.described_search.fullmatch(between, len(owner_word)) is not None
    if kinds == ("ORG", "PRODUCT"):  # 英伟达H20, 阿斯麦的1980i, 英伟达最新的Blackwell: whose it is
        return fold_makers and (between in ("", " ", _POSSESSIVE) or described_makers and _only_whose(between, rules))
    if kinds == ("PLACE", "LAW"):  # 美国《芯片法案》
        return fold_makers and between in ("", " ")
    if between == "":  # a country glued to a company is its nationality: 将中国浪潮集团列入
        return True
    described = rules.described_search.fullmatch(between) if rules.described_search is not None else None
    # A verb or a preposition makes it a clause: 中国禁止企业华为…, 美国向中国企业华为….
    return described is not None and not rules.has_trigger(between) \
        and not any(word in between for word in rules.prepositions)


def _only_whose(between: str, rules: RuleSet) -> bool:
    """Whether ``between`` a maker and a product, a word of ``product_modifier`` with 的 before or after
    it (最新的, 的新一代), says only whose it is."""
    rest = between.removeprefix(_POSSESSIVE)
    return any(rest.startswith(w) and rest[len(w):] in ("", _POSSESSIVE) for w in rules.words.get("product_modifier", ()))


# The (name, name after) types _folds may fold; no other pair ever does.
_FOLDING = frozenset({("AGENCY", "AGENCY"), ("ORG", "PRODUCT"), ("ORG", "ORG"), ("PLACE", "ORG"), ("PLACE", "LAW"),
                      ("PLACE", "AGENCY")})


def _apply(rule: Rule, templates: list[int], masked: _Masked, rules: RuleSet, sentence: str, lead: str, trail: str,
           evidence: Evidence, entities: Mapping[str, Entity]) -> Iterator[Relation]:
    """The relations the rule's ``templates`` (indices) read in ``masked``, a clause or sentence;
    ``lead`` and ``trail`` are the sentence's text before and after it; ``entities`` what the
    dictionary says of the names."""
    followed = rules.followed_search.get(rule.not_followed_by) if rule.not_followed_by else None
    if masked.kinds.isdisjoint(tail_kinds(rule.head)) or masked.kinds.isdisjoint(tail_kinds(rule.tail)):
        return
    text = masked.text
    said_by = attribution_start(text)
    for index in templates:
        template, pattern = rule.templates[index], rule.patterns[index]
        trigger_groups, title_groups, gap_groups = rule.group_names[index]
        if template.anchors and not all(anchor in text for anchor in template.anchors):
            continue  # a word the template needs is absent
        pos = 0
        while m := pattern.search(text, pos):
            pos = m.start() + 1
            if said_by is not None and m.start() < said_by < m.end() and "”" not in template.source:
                continue  # “我们与美国一起反对…”日本经济产业大臣说: who said it is in no relation the quote reads
            if followed is not None and (followed.search(text, m.end()) or followed.search(trail)) \
                    or gap_groups and not _gaps_fit(m, gap_groups, rule, rules, masked.by_char) \
                    or trigger_groups and template.tail_after_gap and _agent_as_tail(text, m, trigger_groups[0], rules) \
                    or template.tail_is_object and _in_a_relative_clause(text, m, template, rule, rules) \
                    or "passive" not in template.word_lists and rule.relation not in _OWNERSHIP \
                    and _word_at(text, m.end("tail"), rules.passive_markers, rules) \
                    or text.endswith(_LODGED_WITH, 0, m.start("tail")) \
                    and _word_at(text, m.end("tail"), rules.complaint, rules):
                # the object is inside a relative clause that modifies a later name; or the tail is what
                # another act was done to, a passive the template does not read (就华为遭美国制裁一事), though
                # an owner stays one (迈络思母公司英伟达受到调查); or the tail is who is asked or complained
                # to (…管制措施向世贸组织提起诉讼)
                continue
            if rule.relation != "works_for" and "PERSON" not in rule.tail \
                    and mask_kind(text[m.start("tail")]).endswith("PLACE") and _describes_a_person(text, m.end("tail"), rules):
                continue  # 对美国前国务卿蓬佩奥实施制裁: a person is sanctioned, not the country
            if rule.relation == _MAKING and trigger_groups and m.start("head") >= m.end(trigger_groups[0]) \
                    and text.startswith(tuple(rules.words.get("needed_by", ())), m.end("head")):
                continue  # 为苹果生产iPhone所需的玻璃面板: the parts are made, not the phone
            if rules.kin_after is not None and any(mask_kind(text[m.start(slot)]).endswith("PLACE")
                                                   and rules.kin_after.match(text, m.end(slot)) for slot in ("head", "tail")):
                continue  # 美国的盟友对中国的做法表示关切: the allies take the stance, not the United States
            if rules.rivals_after is not None and rule.relation != _RIVALRY \
                    and any(mask_kind(text[m.start(slot)]).endswith("ORG") and rules.rivals_after.match(text, m.end(slot))
                            for slot in ("head", "tail")):
                continue  # 禁止美光的竞争对手向中国出售产品: the rivals are barred, not Micron
            if rules.describes_a_company is not None and text.endswith(_WITH, 0, m.start("tail")) \
                    and rules.describes_a_company.match(text, m.end("tail")):
                continue  # 这家与中国政府关系密切的电信巨头被美国禁止…: the company is the party, not China
            if not _UNDERGONE.isdisjoint(template.word_lists) and _inside_a_reason(text, m, rules, masked.by_char):
                continue  # 高通因向华为供货而被罚款: Qualcomm is fined, not Huawei
            if "passive" in template.word_lists and _passive_in_a_relative_clause(
                    text, m, m.end(trigger_groups[0]) if trigger_groups else None, rules):
                continue  # 东京电子…,向被美国列入实体清单的中国企业出口: the listed are the later noun
            if rule.relation in _ALIGNED_AGAINST and trigger_groups and _tail_described_as_actor(text, m, trigger_groups[0],
                                                                                             rules):
                continue  # 对日本与荷兰等已自行实施同类管制的盟国豁免…: the allies' own controls
            if rule.relation in _ALIGNED_AGAINST and (_aligned_with(text, m, rules) or _partner_of_unnamed(text, m)):
                continue  # 台湾在出口管制上与美国接轨: the United States is a partner, no target
            if "agent" in template.word_lists and trigger_groups and _agent_in_a_relative_clause(
                    text, m, m.end(trigger_groups[0]), rules):
                continue  # 采购了H20;由寒武纪开发的AI芯片…: Cambricon made the chips after 的, not the H20
            if trigger_groups and any(_formed_from(text, m.start(slot), m.end(slot), m.start(trigger_groups[0]), rules)
                                      for slot in ("head", "tail")):
                continue  # 平头哥由中天微与达摩院整合而成,推出了含光800: what a company was formed from launches nothing
            if trigger_groups and _in_grounds(text, m.start("head"), m.start(trigger_groups[0])):
                continue  # 美国商务部以国防科大使用美国原产物项为由,将其列入…: the grounds name no actor
            if trigger_groups and _in_a_closed_reason(text, m, m.start(trigger_groups[0]), rules):
                continue  # 欧盟因高通向苹果付费而对其罚款: Apple is named in the reason, not fined
            if trigger_groups and _past_the_causee(text, m.end(trigger_groups[0]), m.start("tail"), rules):
                continue  # 美国对华为的制裁迫使其转向中芯国际代工: SMIC is Huawei's choice, not the measure's object
            if trigger_groups and _past_a_closed_reason(text, m, m.end(trigger_groups[0]), rules):
                continue  # 壁仞科技因美国制裁而无法使用台积电的制程: the measure hits the reason's subject, not TSMC
            if "provoked" in template.word_lists and (mask_kind(text[m.start("tail")]).startswith(OBJECT)
                                                      or _ends_a_marked_phrase(text, m.start("tail"), rules)):
                # 美国对华为的制裁引发中方不满, 对中资控股的安世半导体采取干预措施,引发中方反制: what provokes
                # is the measure's maker's, not its target's
                continue
            if rule.relation == STANCE and "provoked" not in template.word_lists \
                    and _word_before(text, m.start("head"), rules.words.get("provoked", ()), rules):
                continue  # …,引发中方反制: a stance provoked is on who provoked it (read with {provoked} only)
            if rule.relation == STANCE and trigger_groups and m.start("tail") < m.start(trigger_groups[0]) \
                    and (_a_measure_object(text, m.start("tail"), m.start("head"))
                         or _a_sales_goal(text, m.start("tail"), m.end("tail"), rules)):
                continue  # 日本对美国的对华管制表示关切: the stance is on the measure's maker, not on its object
            if rule.head_not_after and _in_a_matter(text, m, rule, rules):
                continue  # 中方就美国对华为的打压表示不满: the matter's subject takes no stance
            if rule.gaps_exclude and masked.carried and 0 in (m.start("head"), m.start("tail")) \
                    and _excluded_before(lead, rule, rules):
                continue  # 市值突破6000亿元,超过中芯国际: the carried subject's figure overtakes, no rival
            if rule.relation == _RIVALRY and trigger_groups and m.end("head") <= m.start("tail") \
                    and _phrase_holds(text, m.end("tail"), m.start(trigger_groups[0]), rules.words.get("joint", ())):
                continue  # 中芯与华为的组合仍可能蚕食英伟达的市场: the two act together, no rivals
            if rule.relation == _RIVALRY and trigger_groups and m.end("head") <= m.start("tail") \
                    and _word_before(text, m.start("head"), rules.words.get("copulas", ()), rules) \
                    and "的" in text[m.end("tail"):m.start(trigger_groups[0])]:
                continue  # 长鑫将是南亚科与华邦电最主要的竞争对手: whose rival the subject is, not rivals of each other
            if rule.relation != STANCE and trigger_groups and m.end("head") <= m.start(trigger_groups[0]) \
                    and _stance_between(text, m.end("head"), m.start(trigger_groups[0]), rules):
                continue  # 议员反对恢复H20对华销售: the act is what the stance is on, not the head's
            if trigger_groups and m.end("head") <= m.start(trigger_groups[0]) \
                    and masked.by_char[text[m.start("head")]].type != "PERSON" \
                    and _opened_by_a_pronoun(text, m.end("head"), m.start(trigger_groups[0]), rules):
                continue  # 美国商务部宣布放宽限制,他批评…: a person unnamed acts after the body
            if trigger_groups and _in_topic_frame(text, m.start(trigger_groups[0]), m.end(trigger_groups[0]), rules):
                continue  # 日本过去在出口管制上多依循美国法规: what the clause is about, no act
            if rule.trigger_not_after and trigger_groups and _verb_after(text, m, trigger_groups[0], rule):
                continue  # 将大连工厂出售给SK海力士: a plant sold is no goods supplied
            if trigger_groups and rules.question_search is not None and m.end(trigger_groups[0]) < m.start("tail") \
                    and rules.question_search.search(text, m.end(trigger_groups[0]), m.start("tail")):
                continue  # 调查数据中心是否使用英伟达芯片: the tail is a party to the act asked about
            if rule.relation == _UNIT and trigger_groups and m.end("tail") <= m.start(trigger_groups[0]) \
                    and _names_between(text, m.end(trigger_groups[0]), m.start("head"), rule.tail):
                continue  # 英伟达旗下的迈络思、AMD的子公司赛灵思: a body named after the trigger owns the unit
            if rule.tail_not_after and text.endswith(rule.tail_not_after, 0, m.start("tail")):
                continue  # 为苹果代工A18,还为AMD生产MI355X: who a foundry makes for makes nothing here
            if rule.tail_not_before and (_before_words(text, m.end("tail"), rule.tail_not_before,
                                                       rules.words.get("product_modifier", ()))
                                         or _list_described_before(text, m, rule.tail_not_before)):
                continue  # 指控两名中国公民走私芯片: the people are accused, not their country
            if rule.head_not_before and trigger_groups \
                    and _members_act(text, m, m.start(trigger_groups[0]), rule, rules,
                                     lead if masked.carried and m.start("head") == 0
                                     and masked.by_char[text[0]].type != "PERSON" else None):
                continue  # 美国国会两名议员提出《…法案》: the members propose, the Congress enacts nothing
            if rule.relation not in _OWNERSHIP and _names_the_source(text, m.end("head"), rules) \
                    or trigger_groups and m.end("tail") <= m.start(trigger_groups[0]) \
                    and _names_the_source(text, m.end("tail"), rules):
                # 据英国《金融时报》报道,英伟达已同意…: the report's source agrees to nothing; IT之家注意到,
                # 已量产的昇腾910C…: nor does the outlet make anything (a byline still says who works where:
                # 经济日报记者王明/台北报导)
                continue
            if masked.carried and m.start("head") == 0 and _marked_by_a_place(text, m.start("tail"), rules):
                continue  # 东京电子表示,今年上半年日本对华出口…: the place opening the clause acts, not the speaker
            if masked.carried and rules.coordinators and 0 in (m.start("head"), m.start("tail")) \
                    and m.group(("head" if m.start("head") == 0 else "tail") + MATES):
                continue  # a subject carried into the clause heads no list in it (寒武纪推出…,与英伟达H20竞争)
            # Each slot's list stops at the other slot: in 华为与英伟达展开竞争 the template's 与 joins the two.
            kinds = rules.words.get("product_kind", ())
            # A list whose joiners stack (海思、以及中芯国际) may join names of another level: no one unit or
            # employer is shared across them.
            stacked = rule.relation not in _OWNERSHIP
            titles = [g for g in title_groups if m.group(g)]  # in template order, which is text order
            # Names after a title are its holders when listed (联合创始人张三和李四); 与 and 跟 join whom the
            # holder is with (阿联酋总统X与特朗普宣布…).
            titled = bool(titles) or "office" in template.word_lists
            head_joiners = tuple(rules.words.get("list_joiners", ())) if titled else rules.coordinators
            companies = rules.words.get("company", ())
            heads = _coordinated(masked, m.start("head"), rule.head, head_joiners, m.start("tail"),
                                 rules.words.get("partnered", ()) if rule.relation in _OWNERSHIP else (), kinds, stacked,
                                 companies)
            if rule.relation == _UNIT and len(heads) > 1:
                heads = _owned_apart(masked, heads, m.start("head"), rule.triggers, before=False)
                owner = masked.by_char[text[m.start("tail")]].entity_id
                heads = heads[:1] + [h for h in heads[1:] if not _owned_elsewhere(h, owner, entities)]
            if masked.owners and rule.relation == _MAKING and trigger_groups \
                    and m.group(trigger_groups[0]) not in rules.words.get("made_for_others", ()):
                tail_id = masked.by_char[text[m.start("tail")]].entity_id
                heads = [h for h in heads if masked.owners.get(h, tail_id) == tail_id]
                if not heads:
                    continue  # 英伟达推出了H20和AMD的MI308: a product named as another company's is not launched
            joint = _joint_subject(masked, m.start("head"), rule.head, rules) if heads[0].type != "PERSON" else None
            if joint is not None and joint.entity_id not in {h.entity_id for h in heads}:
                heads = [joint, *heads]  # 美国联合日本和荷兰限制…: the US acts with them
            if _stood_with(text, m, rules):
                # 美国与罗马尼亚站在一起,并谴责…: whom the subject stands with takes no part in its act
                if len(heads) == 1:
                    continue
                heads = heads[:1]
            # A title belongs to the name right before it: in 英伟达与AMD CEO苏姿丰 only AMD employs her.
            # A name glued to the head is its one tail: in 与海光信息、华为昇腾竞争 only Huawei makes Ascend; so
            # is an owner glued to the word of its unit (阿里云、腾讯云和字节跳动旗下火山引擎: ByteDance's).
            # (or to another of the rule's words: 微软与亚马逊旗下的云端部门AWS is Amazon's, whatever 部门 reads)
            glued = template.tail_glued or rule.relation in _OWNERSHIP and bool(trigger_groups) \
                and (m.start(trigger_groups[0]) == _slot_end(m, "tail")
                     or text.startswith(rule.triggers, _slot_end(m, "tail"), m.start(trigger_groups[0])))
            tails = [masked.by_char[text[m.end("tail" + MATES) - 1 if m.group("tail" + MATES) else m.start("tail")]]] \
                if glued else _coordinated(masked, m.start("tail"), rule.tail, rules.coordinators, m.start("head"),
                                                         kinds=kinds, stacked=stacked, companies=companies)
            if rule.relation == _UNIT and len(tails) > 1:
                tails = _owned_apart(masked, tails, m.start("tail"), rule.triggers, before=True)
            # a tail after the trigger, no object marker's (对马来西亚、泰国出口: one object)
            tail_after_trigger = bool(trigger_groups) and m.start("tail") >= m.end(trigger_groups[0]) \
                and not mask_kind(text[m.start("tail")]).startswith(OBJECT)
            if len(tails) > 1:
                found_at = {x: text.find(ch) for ch, x in masked.by_char.items() if x in tails}
                # 打压华为、荷兰限制阿斯麦出口: a mate after the trigger with its own act after it opens another
                # item (not a counted phrase's stand-ins: 向这三家企业发放 grants all three)
                if tail_after_trigger:
                    tails = [t for t in tails if t is tails[0] or t.source in _STAND_IN_SOURCES
                             or not _opens_a_parallel_act(text, found_at[t], found_at[t] + 1, rules)]
                if rule.relation == STANCE:
                    # 质疑陈立武与中国企业之间的关联: the ties are questioned; who comes after 与 only has them
                    tails = [t for t in tails if not _party_to_ties(text, found_at[t], rules)] or tails[:1]
            if tail_after_trigger and tails[0].source not in _STAND_IN_SOURCES \
                    and _opens_a_parallel_act(text, m.start("tail"), m.end("tail"), rules):
                continue  # 在日本收紧出口管制、美国持续施压的背景下: the next item's subject, no object of the act
            if titled:  # 中国和美国贸易代表X: one office, one country
                tails = [max(tails, key=lambda t: t.norm_start)]
            trigger_at = m.start(trigger_groups[0]) if trigger_groups else m.start()
            # A trigger with 的 before the slot after it is a relative clause that names what the slot is
            # (新措施可能涵盖英伟达专为中国设计的H20): hedges outside it qualify another verb.
            relative = trigger_groups and text.startswith("的", m.end(trigger_groups[0])) \
                and max(m.start("head"), m.start("tail")) > trigger_at
            if rule.relation == _MAKING and trigger_groups and m.start("head") > trigger_at \
                    and (_another_makers_part(text, m, m.end(trigger_groups[0]), masked.by_char, entities, rules)
                         or _made_is_named_apart(text, m.end(trigger_groups[0]), m.start("head"), rules)):
                # 小米发布了搭载骁龙8芯片的小米14: the chip is Qualcomm's, a part of what is launched;
                # 超微电脑生产的服务器,每部配备英伟达H100; 发布的报告显示,麒麟X90…: the 的 names what is made
                continue
            if trigger_groups and m.start("tail") < trigger_at and "passive" not in template.word_lists \
                    and _marks_a_passive_noun(text, trigger_at, rules):
                continue  # 英伟达向被列入美国实体清单的浪潮出售芯片: the listed is the noun the passive describes
            if trigger_groups and not template.marks_clauses \
                    and _opens_a_later_clause(text, m, m.end(trigger_groups[0]), masked.by_char):
                continue  # 随着美国放宽对中东的芯片出口,英伟达有望获得订单: Nvidia is the next clause's subject
            if "passive" in template.word_lists and _passive_subject_elsewhere(text, m, rules):
                continue  # 闻泰科技完成对安世半导体的收购,…被美国商务部列入: the clause's subject is listed
            if trigger_groups and _suffers(text, m, trigger_at, rules):
                continue  # 对相关措施可能给欧洲产业带来的冲击表示关切: Europe suffers the impact, no party to it
            if trigger_groups and _a_topic_discussed(text, m, trigger_at, rules):
                continue  # 将讨论稀土、关税和乌克兰战争等问题: a topic of talks, no tariff on Ukraine
            if trigger_groups and m.start("head") < trigger_at \
                    and _describes_people(text, 0 if masked.carried and m.start("head") == 0 else m.end("head"),
                                          trigger_at, rules):
                continue  # …,反对这项新规的议员表示: the trigger tells whom the clause's unnamed subject is
            if trigger_groups and (_reacted_to(text, m, trigger_at, rules) or _past_the_matter(text, m, trigger_at, rules)
                                   or _deep_in_the_matter(text, m, trigger_at, rules, masked.by_char)):
                continue  # 韩国政府对美国撤销三星豁免一事表示遗憾: Korea reacts to the revoking, revokes nothing
            if trigger_groups and _UNDERGONE.isdisjoint(template.word_lists) and rules.undergone_search is not None \
                    and m.end("head") <= trigger_at and rules.undergone_search.search(text, m.end("head"), trigger_at):
                continue  # 阿联酋持有被冻结的俄罗斯资产, 韩国对输美钢铁接受25%的关税: the measure is undergone
            if rule.addressee_acts and trigger_groups and _addresses_a_body(text, m.end("head"), trigger_at):
                continue  # 委员会致信商务部长,要求…禁止: the ministry is asked to act, the committee orders nothing
            if trigger_groups and rules.agent_search is not None and "agent" not in template.word_lists \
                    and (m.end("head") < clause_start(text, trigger_at) or masked.carried and m.start("head") == 0) \
                    and rules.agent_search.search(text, max(m.end("head"), clause_start(text, trigger_at)), trigger_at):
                continue  # 发言人说,由一家智库指责“俄罗斯干预”: the act's agent is named in its own clause
            if _in_disposed_goods(text, m.start("head"), rules) \
                    and not mask_kind(text[m.start("head")]).endswith("PRODUCT") \
                    and (rule.relation == _SUPPLY or _names_a_product(text, m.end("head"), rules)):
                # 走私集团将(受管制的)英伟达H100芯片转运至中国, 将三星的制程资料提供给长鑫: the owner or maker of
                # what is disposed of does not act, and never sells it
                continue
            if trigger_groups and _trigger_in_circumstance(text, m, trigger_groups[0], rules):
                continue  # 相关规定在实施时…,并没有改变《国安法》: the trigger says when, and does nothing to the tail
            if _only_where(masked, m.start("head"), trigger_at if trigger_groups else None, rules):
                continue  # 在上海和广州向中方表达关切: the places say where, someone else acts
            if trigger_groups and m.start("tail") >= m.end(trigger_groups[0]) \
                    and _opens_a_parallel_act(text, m.start("tail"), m.end("tail"), rules):
                continue  # 就美方出台管制措施、荷兰扩大管制范围…: a name after 、 with its own act is another item
            if trigger_groups and m.start("tail") < min(m.start("head"), trigger_at) \
                    and mask_kind(text[m.start("tail")]).endswith("PLACE") \
                    and _only_where(masked, m.start("tail"), None, rules):
                # 在香港向贸易商采购英伟达芯片: a place in the subject's slot, after 在, is where, not the buyer
                # (one in a time or a circumstance is a party: 在荷兰限制阿斯麦出口之后,商务部表示不满)
                continue
            if rule.relation == STANCE and m.start("tail") < clause_start(text, m.start("head")) \
                    and not _word_before(text, m.start("tail"), rules.passive_markers, rules):
                # 美国正在调查华为,中方表示反对; 在美国宣布制裁华为后,…: the stance is on the first name's act;
                # 荷兰政府…,接管安世半导体的控制权,中国随即反制: on that of the subject the clause goes on with
                # (华为被美国列入…,中方…: the passive's agent acts)
                inside, acted = _actor_of_its_clause(masked, m.start("tail"))
                if inside:
                    if acted is None or acted.type not in rule.tail or acted.entity_id in {h.entity_id for h in heads}:
                        continue
                    tails = [acted]
            if rule.relation == STANCE and trigger_groups and m.start("tail") > (after := m.end(trigger_groups[0])) \
                    and text.startswith(rules.administration, after + text.startswith("了", after)) \
                    and m.group(trigger_groups[0]) not in rules.urged:
                # 国民党批评政府未能在对美谈判中…: the stance is on a government it names by no name; one urged
                # (敦促政府对中芯国际展开调查) is asked to act on the name after it
                continue
            if trigger_groups and not rule.imposed and _said_by_another(text, m, trigger_at, masked.by_char, rules):
                continue  # 白宫发言人称三星已同意向美光授权专利: the agreeing is Samsung's, not the White House's
            if trigger_groups and (not rule.rule_broken and _names_a_rule(text, trigger_at, rules)
                                   or "passive" in template.word_lists
                                   and _acts_between(text, max(m.end("head"), m.end("tail")), trigger_at, template,
                                                     rules)):
                continue  # a rule broken or kept; a passive's own verb before the trigger (华为遭美国制裁一事…不满)
            # Who asks another to take the stance takes it: a template with {lobby} reads the asker, and
            # the others do not read it again (美国呼吁盟友抵制华为: the allies' stance is the one asked for).
            lobby = rules.lobby_search.search(text, m.end("head"), trigger_at) \
                if rule.reads_lobbying and rules.lobby_search is not None and m.end("head") <= trigger_at else None
            if (lobby is not None) != ("lobby" in template.word_lists):
                continue
            asking = lobby.start() if lobby is not None else None
            if rule.rivals_named is not None and trigger_groups \
                    and _a_rival_named(text, m, trigger_groups[0], rule.rivals_named):
                continue  # 推出对标英伟达H20的芯片: H20 is what the chip is compared with
            if "agent" in template.word_lists and trigger_groups \
                    and _agent_of_a_later_name(text, m, trigger_groups[0], rule.head):
                continue  # 手机搭载了由中芯国际代工的麒麟芯片: the foundry made the chip, not the phone
            clause_before = text[clause_start(text, trigger_at):trigger_at]  # a sentence-wide rule sees several
            before = lead + text[:trigger_at]
            went_on = _went_on_from(before, rules)  # what a demand or a plan before the trigger covers
            if trigger_groups and m.group(trigger_groups[0]) in rules.urged:
                # An order is its own act: 要求阿斯麦…,并要求东京电子停止供货 is a second order, not one demanded
                went_on = clause_before
            if not rule.reads_urged and rules.urged_search is not None and rules.urged_search.search(went_on):
                continue  # 要求调查中芯国际 (,并将其列入…): a demand (opposes.urge reads it), not the act
            if not rule.asker_acts and rules.urged_search is not None and rules.urged_search.search(
                    text, max(min(m.end("head"), m.end("tail")), clause_start(text, trigger_at)), trigger_at):
                continue  # 北京要求国内企业暂停采购英伟达芯片: who asks buys nothing
            if rule.conduct_denials is not None:
                # The trigger is the tail's conduct that the head condemns: only a denial of it negates
                # (美国并没有滥用…), and the stance is as certain as what comes before its holder (美方应
                # 停止泛化国家安全, 敦促美方停止… are condemned, not planned).
                negated = rule.conduct_denials.search(text, m.end("tail"), trigger_at) is not None
                trigger_at = m.end("head")
                clause_before = text[clause_start(text, trigger_at):trigger_at]
                before = lead + text[:trigger_at]
                went_on = _went_on_from(before, rules)
            elif rule.relation == STANCE and m.end("tail") <= trigger_at \
                    and mask_kind(text[m.start("tail")]).startswith(OBJECT):
                # 日本对中国计划限制稀土出口表示关切: the matter after the marker hedges its own act, not the stance
                clause_before = text[clause_start(text, m.start("tail")):m.start("tail")]
                before = lead + text[:m.start("tail")]
                went_on = _went_on_from(before, rules)
            # A negation before a rule without a verb negates another verb: 停止采购英伟达的芯片 still
            # names Nvidia's chip, as a hedge there still names it (below).
            # 面临被美国列入实体清单的风险, 降低被制裁的风险: a risk, which a lifting word lowers, not negates
            risked = bool(trigger_groups) and _goes_on_to(text, m.end(trigger_groups[0]), rules.cue_search["risked"],
                                                          _RISK_REACH)
            if rule.conduct_denials is None:
                negated = bool(rule.triggers) and (
                    _negated(text, trigger_at, rules) or _predicate_negated(text, m, trigger_at, rules)
                    or not risked and _in_scope(before, len(before) - len(clause_before), rule.relation, rules))
            # A refusal states the rule's negated_as (拒绝发放许可证 restricts); a denial does not.
            denial = rules.cue_search["denial"]
            refused_as = rule.negated_as if negated and not (denial is not None and denial.search(clause_before)) \
                else None
            relation = refused_as or rule.relation
            # A trigger that denies (断供) reads negative, and positive where it is negated itself (从未断供).
            polarity = "negative" if (negated and relation == rule.relation) != rule.denies else "positive"
            # Hedges qualify what a verb claims; a title or a name (日本首相岸田文雄) states
            # who someone is, reported or not, unless a hedge comes inside what the rule read
            # (三星计划成为英伟达的供应商).
            if not rule.triggers:
                read = text[m.start():m.end()]
                # an urging read with a tie is not the tie's (要求其供应商安靠暂停生产: Amkor supplies)
                modality = _modality(read, read, read, rules, urging=False)
            elif relative:
                described = text[m.start():m.start(trigger_groups[0])]
                modality = _modality(described, described, described, rules)
            elif asking is not None:  # the one asking: as certain as the asking (美国计划说服日本抵制华为)
                modality = _modality(sentence, lead + text[:asking], text[clause_start(text, asking):asking], rules)
            else:
                # a duty the head imposes is its act, though 要求 says it (美国政府要求H20出口须申请许可证); not
                # one a head urged imposes (美国呼吁荷兰对阿斯麦的出口实施许可证要求)
                imposes = rule.imposed and (rules.urged_search is None or rules.urged_search.search(
                    text, clause_start(text, m.start("head")), m.start("head")) is None)
                modality = _modality(sentence, before, went_on, rules, urging=not imposes)
                if modality == "asserted" and _conceded(text, clause_before, m.end(trigger_groups[0]), rules):
                    modality = "hypothetical"
            if risked:
                modality = "hypothetical"
            elif modality in ("asserted", "reported") and any(head.source == _URGED for head in heads):
                modality = "planned"  # what the urged party is to do
            elif modality in ("asserted", "reported") and polarity == "positive" and trigger_groups \
                    and rule.relation in rules.intended_relations \
                    and _goes_on_to(text, m.end(trigger_groups[0]), rules.cue_search["intended"]):
                # 英伟达向中国出售B30A的申请: the sale applied for (one whose licence is refused is negative:
                # 尚未批准AMD向中国出口MI308芯片的申请, and stays asserted)
                modality = "planned"
            if rule.shown_by_act:
                polarity, modality = "positive", "asserted"  # 英伟达未向中国销售H20: Nvidia makes it all the same
            # The tail's title is the one right after it (院长 in 学院院长、公司总经理陈进), and of officers listed
            # the head's is its own, the last (海光信息总经理甲、董事长乙: 董事长).
            own = [g for g in titles if m.start(g) >= m.end("tail")]
            if own and template.lists_officers:
                own = own[-1:]
            role = _last_title(m.group((own or titles)[0]), rules.title_search) if titles else None
            if template.lists_officers and role is not None:
                # 商务部长卢特尼克及贸易代表格里尔: the trade representative's post is USTR's, as the dictionary says
                heads = [h for h in heads if not _post_of_another_body(h.entity_id, role, tails, entities)]
                if not heads:
                    continue
            ev = Evidence(evidence.doc, evidence.start, evidence.end, evidence.sentence,
                          f"{rule.id}: {template.source}", evidence.date)
            # A list names no relation among its members: in 说服德国、荷兰等盟友限制…,其中包括荷兰生产的光刻机
            # 荷兰 is a head, so no head restricts it.
            head_ids = {head.entity_id for head in heads}
            pairs = [(head, tail) for head in heads for tail in tails]
            if len(heads) > 1 and len(tails) > 1 and _RESPECTIVELY in text[min(m.end("head"), m.end("tail")):
                                                                           max(m.start("head"), m.start("tail"))]:
                # 英伟达、AMD和英特尔分别推出了H20、MI308和Gaudi 3: the lists pair in order, or not at all
                by_place = functools.partial(sorted, key=lambda x: x.norm_start)
                pairs = list(zip(by_place(heads), by_place(tails))) if len(heads) == len(tails) else []
            for head, tail in pairs:
                if tail.entity_id not in head_ids:
                    yield Relation(head.entity_id, relation, tail.entity_id, ev, _full_role(role, tail), polarity, modality)


_RESPECTIVELY = "分别"  # between two lists: each member goes with the one in the same place


def _acts_between(text: str, start: int, end: int, template: Template, rules: RuleSet) -> bool:
    """Whether ``text[start:end]`` holds another act's verb: a trigger, not inside the name of a list
    the template reads (华为被美国从实体清单中移除: 清单 names the list), nor a noun of customers
    (被腾讯等客户采购)."""
    between = text[start:end]
    if "list_name" in template.word_lists and rules.list_name_search is not None:
        between = rules.list_name_search.sub("", between)
    if rules.customer_search is not None:
        between = rules.customer_search.sub("", between)
    return rules.has_trigger(between)


_INSIDE_ITS_GROUP = "在内"  # 包括华为在内的多家企业: the members named inside the group that follows


def _in_a_relative_clause(text: str, m: re.Match, template: Template, rule: Rule, rules: RuleSet) -> bool:
    """Whether the match's object is inside a relative clause that modifies what the verb is
    really about: a later name (制裁了向伊朗出售零部件的中国公司), an unnamed dealer (搜查了一家为华为
    采购芯片的公司), or, for a stance, a deal's decision, when the object is the deal's own
    preposition's (质疑向中国出售H200芯片的决定; not 对日本政府收紧…出口审批的决定表示反对); or an
    unnamed dealer whose deal or crime names the object after its verb (对涉嫌转运英伟达芯片的公司展开调查).
    A member named inside its group is none: 制裁了包括华为在内的多家企业 sanctions Huawei."""
    at = m.end("tail")
    if text.startswith(_INSIDE_ITS_GROUP, at):
        return False
    return bool(rules.modified_later[rule.tail].match(text, at)
                or rules.dealt_for is not None and rules.dealt_for.match(text, at)
                or rules.dealer_after is not None and rules.deal_ending is not None and rules.dealer_after.match(text, at)
                and rules.deal_ending.search(text, clause_start(text, m.start("tail")), m.start("tail")) is not None
                or rule.relation in rules.voiced and rules.deal_judged is not None and template.tail_after_gap
                and mask_kind(text[m.start("tail")]).startswith(OBJECT) and rules.deal_judged.match(text, at))


def _marked_by_a_place(text: str, tail_at: int, rules: RuleSet) -> bool:
    """Whether the tail at ``tail_at`` is the object of a place that opens the clause after a carried
    subject, with only when before it (今年上半年|日本|对|华): the place is the clause's own actor."""
    when = WHEN.match(text, 1)
    place = 1 if when is None else when.end()
    return place < tail_at and ord(text[place]) >= MASK_BASE and mask_kind(text[place]).endswith("PLACE") \
        and text[place + 1:tail_at] in rules.words.get("object", ())


def _names_the_source(text: str, at: int, rules: RuleSet) -> bool:
    """Whether the name that ends at ``at`` is in a clause that only says where a report comes
    from (据英国《金融时报》报道, / 日本媒体报道称,): the clause closes with a report's cue, or with
    one and a verb of speaking."""
    if rules.reported_search is None:
        return False
    end = clause_end(text, at)
    if end is None:
        return False
    cue = _last_match(rules.reported_search, text, at, end)
    rest = text[cue.end():end].strip() if cue is not None else None
    return rest is not None and (not rest or rest in rules.words.get("speech", ()))


def _a_rival_named(text: str, m: re.Match, trigger: str, rivalry: re.Pattern) -> bool:
    """Whether the head after the trigger is what the real object is compared with: named after a
    word of ``rivalry`` with no 的 between (推出对标英伟达H20的芯片, 推出的新芯片性能超过英伟达H20; not
    推出性能超过H100的H200, where H200 is made), or in a later clause of comparison (发布新芯片,性能
    对标英伟达H20)."""
    start, end = m.end(trigger), m.start("head")
    if start > end:
        return False
    own_clause = clause_start(text, end)
    if own_clause > start:
        return rivalry.search(text, own_clause, end) is not None
    last = _last_match(rivalry, text, start, end)
    return last is not None and "的" not in text[last.end():end]


def _agent_of_a_later_name(text: str, m: re.Match, trigger: str, kinds: tuple[str, ...]) -> bool:
    """Whether the agent and its act between the head and the name after them describe that name, of
    one of the head's ``kinds``, a few characters after 的 in the same clause (Mate 60搭载了由中芯国际代工的
    麒麟9000S: the foundry made the chip, not the phone)."""
    end = m.end(trigger)
    if m.start("head") > m.start(trigger) or not text.startswith("的", end):
        return False
    for ch in text[end + 1:end + 1 + _DESCRIBED_REACH]:
        if ch in CLAUSE_MARKS or ch in SENTENCE_ENDS:
            return False
        if ord(ch) >= MASK_BASE and mask_kind(ch) in kinds:
            return True
    return False


_DESCRIBED_REACH = 8  # characters of description between 的 and the name it describes (代工的最新款麒麟9000S)


def _in_a_matter(text: str, m: re.Match, rule: Rule, rules: RuleSet) -> bool:
    """Whether the match's head names the matter a stance is on, not who takes it: right after an
    opener (就美国对华为的打压…), or after one in its clause with the matter's word (一事, 做法…) between
    it and the rest of the match (就美国制裁华为一事向美方提出交涉) or before the party the matter is
    taken up with (就美国撤销三星的资格向美方表达关切)."""
    at = m.start("head")
    if _word_before(text, at, rule.head_not_after, rules):
        return True
    opener = rule.head_not_after_search
    if opener is None or opener.search(text, clause_start(text, at), at) is None:
        return False
    # the matter closed by the party it is taken up with (就美国撤销三星的资格向美方表达关切)
    return m.end("head") < m.start("tail") and text.endswith(_ADDRESSED, 0, m.start("tail")) \
        or rules.deed_search is not None and rules.deed_search.search(text, m.end("head"), m.end()) is not None


_ADDRESSED = ("向",)  # before whom a matter is taken up with (就…向美方提出交涉)


def _reacted_to(text: str, m: re.Match, trigger_at: int, rules: RuleSet) -> bool:
    """Whether the trigger lies in a matter opened after the head (对, 就…) that a reaction closes
    (一事表示遗憾, 一事作出回应), or 一事 after the trigger in its clause, whatever follows (一事与美方磋商):
    the head reacts to the act, it does not do it. A head inside the matter itself
    (对荷兰限制阿斯麦对华出口的决定…: ASML's exports) is the matter's own."""
    matter = rules.matter_search
    if matter is None or rules.reaction_search is None:
        return False
    closed = rules.matter_closed_search
    end = clause_end(text, trigger_at) or len(text)
    # the reaction may come past the rest of the measure's phrase (收紧|对华半导体出口管制|表示不满)
    if rules.reaction_search.search(text, m.end(), min(end, m.end() + _MEASURE_REST)) is None \
            and (closed is None or closed.search(text, trigger_at, end) is None):
        return False
    head_start = m.start("head")
    if head_start > trigger_at or matter.search(text, clause_start(text, head_start), head_start) is not None:
        return False
    return matter.search(text, max(m.end("head"), clause_start(text, trigger_at)), trigger_at) is not None


def _opens_a_parallel_act(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """Whether the name at ``start``–``end`` (masked) comes right after 、 and a trigger of an act, a
    word of ``tightened`` or of urging follows it within a few characters, naming no one (…管制措施、
    荷兰扩大…管制范围, 日本收紧出口管制、美国持续施压): it opens another item of a list of acts, whose
    subject it is."""
    if not text.endswith(_ITEM_MARK, 0, start):
        return False
    tightened = tuple(rules.words.get("tightened", ()))
    for at in range(end, min(len(text), end + _PARALLEL_LEAD + 1)):
        if ord(text[at]) >= MASK_BASE or text[at] in CLAUSE_MARKS or text[at] == _LIST_CLOSER:
            return False  # 华为、中兴等企业采购…: the list's act, not the name's
        if text.startswith(tightened, at) or text.startswith(rules.urged, at) \
                or rules.act_trigger is not None and rules.act_trigger.match(text, at):
            return True  # 荷兰扩大…, 美国持续施压
    return False


_ITEM_MARK = "、"  # what parts the items of a list
_PARALLEL_LEAD = 2  # characters between a listed name and its own act's trigger (荷兰|近期|扩大)
_LIST_CLOSER = "等"  # what closes a list before the noun it names (华为、中兴等企业)


_MEASURE_REST = 16  # characters of a measure's phrase after what a rule read, before the reaction to it


def _past_the_matter(text: str, m: re.Match, trigger_at: int, rules: RuleSet) -> bool:
    """Whether a word that surely closes a matter (一事, 一案) stands between the trigger and a tail
    after it: the tail is whom the matter is taken up with, not what is done in it
    (就中国对稀土实施出口管制一案与北京谈判)."""
    closed = rules.matter_closed_search
    return closed is not None and m.start("tail") > trigger_at \
        and closed.search(text, trigger_at, m.start("tail")) is not None


def _deep_in_the_matter(text: str, m: re.Match, trigger_at: int, rules: RuleSet,
                        by_char: Mapping[str, Mention]) -> bool:
    """Whether the tail is a later name of a matter a stance word or a deed word (一事, 一案…) closes
    before the trigger: the reaction or the act is on the matter, or its first name, not on a name
    inside it (中方对日本企业向台湾出售武器表示抗议 protests to Japan, not to Taiwan; 就应用材料向中芯
    国际出货一事展开调查 investigates Applied Materials). A name the stance word follows at once is
    whom it is addressed to (就美方扩大实体清单向美方提出交涉)."""
    matter = rules.matter_search
    tail_start, tail_end = m.span("tail")
    if matter is None or not m.end("head") <= tail_start < trigger_at:
        return False
    stance = rules.stance_search.search(text, tail_end, trigger_at) if rules.stance_search is not None else None
    closed = stance is not None and stance.start() - tail_end > _ADDRESSEE_GAP or rules.deed_search is not None \
        and rules.deed_search.search(text, tail_end, trigger_at) is not None
    if not closed:
        return False
    opener = _last_match(matter, text, max(m.end("head"), clause_start(text, tail_start)), tail_start)
    return opener is not None and any(ch in by_char for ch in text[opener.end():tail_start])


def _inside_a_reason(text: str, m: re.Match, rules: RuleSet, by_char: Mapping[str, Mention]) -> bool:
    """Whether the tail of what is undergone is named inside the reason given for it (因…而), after a
    name that opens its clause, which is the one undergoing it."""
    tail_start = m.start("tail")
    if rules.cause_search is None or m.start("head") < tail_start:
        return False
    start = clause_start(text, tail_start)
    reason = _last_match(rules.cause_search, text, start, tail_start)
    return reason is not None and any(ch in by_char for ch in text[start:reason.start()])


def _in_topic_frame(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """Whether the trigger at ``start``–``end`` is the topic 在…上 or 在…方面 frames (在出口管制上, 在芯片
    采购方面: words.topic_frame): what a clause is about, no act."""
    if not text.startswith(rules.words.get("topic_frame", ()), end):
        return False
    opening = text.rfind(_AT, max(0, start - _TOPIC_REACH), start)
    return opening >= 0 and not any(mark in text[opening:start] for mark in CLAUSE_MARKS)


_AT = "在"
_TOPIC_REACH = 6  # characters between 在 and the trigger it frames (在对华芯片出口管制上)


def _verb_after(text: str, m: re.Match, trigger: str, rule: Rule) -> bool:
    """Whether the verb the trigger ends, from the start of the longest of the rule's triggers that ends
    where it does (出|售给 is 出售给), comes right after a word of ``trigger_not_after``, an adverb
    allowed between (其在大连的工厂已出售给…)."""
    end = m.end(trigger)
    start = min((end - len(word) for word in rule.triggers if text.endswith(word, 0, end)), default=m.start(trigger))
    start = min(start, m.start(trigger))
    for _ in range(_VERB_ADVERBS_STACKED):  # 则已, 也已经: adverbs stack
        start -= next((len(word) for word in _VERB_ADVERBS if text.endswith(word, 0, start)), 0)
    return text.endswith(rule.trigger_not_after, 0, start)


_VERB_ADVERBS = ("已经", "已被", "已", "将", "被", "均", "都", "也", "正", "则")  # between a noun and its verb
_VERB_ADVERBS_STACKED = 2  # adverbs _verb_after passes over


def _names_between(text: str, start: int, end: int, types: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` (masked) holds a name of one of ``types``."""
    return any(ord(ch) >= MASK_BASE and mask_kind(ch).removeprefix(OBJECT) in types for ch in text[start:end])


def _owned_apart(masked: _Masked, names: list[Mention], at: int, triggers: tuple[str, ...],
                 before: bool) -> list[Mention]:
    """The names of a slot's list (its own name at ``at``) that no ownership phrase of a mate's own
    parts: a head's list ends before a mate after the head's name that a trigger follows, right after
    it or after 的 (百度旗下的昆仑芯、阿里巴巴旗下的平头哥: Alibaba owns the next unit, and is none of Baidu's);
    a tail's list (``before``) starts after the last mate a trigger precedes (英伟达旗下的迈络思、AMD的子公司
    赛灵思: Mellanox is Nvidia's and owns no Xilinx), or is that mate alone when it is the last."""
    text = masked.text
    found_at = {x: text.find(ch) for ch, x in masked.by_char.items() if x in names}
    if before:
        owned = [p for p in found_at.values() if text.endswith(triggers, 0, p - text.endswith(_POSSESSIVE, 0, p))]
        if not owned:
            return names
        return [x for x in names if found_at[x] > max(owned)] or [x for x in names if found_at[x] == max(owned)]
    owners = [p for p in found_at.values()
              if p > at and text.startswith(triggers, p + 1 + text.startswith(_POSSESSIVE, p + 1))]
    return [x for x in names if found_at[x] < min(owners)] if owners else names


def _owned_elsewhere(unit: Mention, owner: str, entities: Mapping[str, Entity]) -> bool:
    """Whether the dictionary knows ``unit`` as no unit of ``owner``: another's, or a company of its own
    (阿里巴巴旗下的阿里云、腾讯与字节跳动: Tencent and ByteDance are listed with the unit, not in it)."""
    known = entities.get(unit.entity_id)
    return known is not None and bool(known.facts) and known.facts.get("part_of") != owner


def _stood_with(text: str, m: re.Match, rules: RuleSet) -> bool:
    """Whether the head's list, or a head after 与, is who a subject stands with, before a clause that
    goes on with the subject's act (美国与罗马尼亚站在一起,并谴责…): a word of ``solidarity`` ends the
    clause. (站在一起反对… with no break may be a joint act.)"""
    solidarity = rules.words.get("solidarity", ())
    if not solidarity:
        return False
    mates = m.group("head" + MATES)
    end = _slot_end(m, "head")
    word = next((w for w in solidarity if text.startswith(w, end)), None)
    if word is None or not text.startswith(tuple(CLAUSE_MARKS), end + len(word)):
        return False
    return bool(mates) or text.endswith(rules.coordinators, 0, m.start("head"))


def _passive_in_a_relative_clause(text: str, m: re.Match, trigger_end: int | None, rules: RuleSet) -> bool:
    """Whether the passive marker right before the head (the agent) follows a preposition or a
    list's joiner (向被美国列入实体清单的企业, 以色列与被美国列为恐怖组织的真主党), or follows a word
    other than the tail while a 的 closes it soon after the trigger, before no word of impact (装载了受美国
    出口管制的英伟达芯片, 采购了被美国列入实体清单的设备; not 戴尔受美国出口管制的影响, 华为去年被美国列入
    实体清单的消息: words.impact, words.event_nouns): the passive is a
    relative clause on a noun after it, and the tail before it is not what it is done to."""
    at = m.start("head")
    marker = _passive_marker_length(text, at, rules)
    if m.start("tail") > at or not marker:
        return False
    if _word_before(text, at - marker, (*rules.prepositions, *rules.coordinators), rules):
        return True  # (not 已经被, 曾经被: the 经 of a compound is no preposition)
    if trigger_end is None or at - marker == m.end("tail"):
        return False
    return _relative_clause_noun(text, trigger_end, rules) >= 0


def _relative_clause_noun(text: str, trigger_end: int, rules: RuleSet) -> int:
    """Where the noun starts that a 的 soon after a trigger ending at ``trigger_end`` closes a relative
    clause on, in the same clause, unless the noun is the event's or its impact (华为去年被美国列入实体
    清单的消息, 受美国出口管制的影响: words.event_nouns, words.impact); -1 when there is none."""
    closing = text.find(_POSSESSIVE, trigger_end, trigger_end + _RELATIVE_OBJECT_REACH + 1)
    if closing < 0 or any(mark in text[trigger_end:closing] for mark in CLAUSE_MARKS):
        return -1
    noun = closing + len(_POSSESSIVE)
    events = (*rules.words.get("impact", ()), *rules.words.get("event_nouns", ()))
    return -1 if text.startswith(events, noun) else noun


_RELATIVE_OBJECT_REACH = 6  # characters from a passive's trigger to the 的 closing its clause (列入实体清单的)
_MADE_KINDS = ("PRODUCT", "LAW")  # what an agent (由) makes or issues
_ALIGNED_AGAINST = frozenset({"restricts", "permits", "investigates", STANCE})  # what no partner undergoes


def _slot_end(m: re.Match, slot: str) -> int:
    """Where the name in ``slot`` ends, past the list it heads when it heads one (字节跳动、阿里巴巴)."""
    return m.end(slot + MATES) if m.group(slot + MATES) else m.end(slot)


def _aligned_with(text: str, m: re.Match, rules: RuleSet) -> bool:
    """Whether the tail (with its list) is named after 与, 同 or 跟 and before, in its clause, a word of
    falling in line (words.aligned: 与美国等盟友接轨, 同日本保持一致): a partner of the head's."""
    end = _slot_end(m, "tail")
    return text.endswith(_WITH, 0, m.start("tail")) \
        and _phrase_holds(text, end, end + _PARTNER_REACH, rules.words.get("aligned", ()))


def _tail_described_as_actor(text: str, m: re.Match, trigger: str, rules: RuleSet) -> bool:
    """Whether the trigger, after the tail and its list's 等, is in a relative clause that a 的 and a noun
    of parties close (words.parties: 对日本与荷兰等已自行实施同类管制的盟国): the parties do the act."""
    end = _slot_end(m, "tail")
    if not text.startswith(_LIST_CLOSER, end) or m.start(trigger) < end:
        return False
    noun = _relative_clause_noun(text, m.end(trigger), rules)
    return noun >= 0 and text.startswith(tuple(rules.words.get("parties", ())), noun)


def _partner_of_unnamed(text: str, m: re.Match) -> bool:
    """Whether the head is named after 与, 同 or 跟 in a clause that names no one before it (上述实体与台湾
    地区开展合作、对中国实施制裁): the partner of an unnamed subject, not who acts."""
    at = m.start("head")
    return at > 0 and text.endswith(_WITH, 0, at) and not any(
        ord(ch) >= MASK_BASE for ch in text[clause_start(text, at - 1):at - 1])


def _party_to_ties(text: str, at: int, rules: RuleSet) -> bool:
    """Whether the name at ``at`` is named after 与, 同 or 跟 and before, in its clause, 的 and a word of
    ties (words.ties: 与中国企业之间的关联, 同华为的往来): a party to what a stance is on, not its target."""
    if at < 1 or not text.endswith(_WITH, 0, at):
        return False
    end = at + 1
    closing = text.find(_POSSESSIVE, end, end + _TIES_REACH)
    return closing >= 0 and not any(mark in text[end:closing] for mark in CLAUSE_MARKS) \
        and text.startswith(tuple(rules.words.get("ties", ())), closing + len(_POSSESSIVE))


_TIES_REACH = 8  # characters from a party to the 的 before its ties (中国企业之间的)


def _agent_in_a_relative_clause(text: str, m: re.Match, trigger_end: int, rules: RuleSet) -> bool:
    """Whether the agent's clause (由X开发) is closed by a 的 soon after its trigger and before a noun
    other than the event's (由寒武纪开发的AI芯片; not 由台积电代工的消息): it describes that noun, and
    the goods or the law named before 由 are not what the agent made (a buyer named there stays one:
    OPPO发布由台积电代工的芯片). After 是 the clause is what the name is (H20是由台积电代工的芯片)."""
    if not mask_kind(text[min(m.start("head"), m.start("tail"))]).endswith(_MADE_KINDS):
        return False
    noun = _relative_clause_noun(text, trigger_end, rules)
    agent = max(m.start("head"), m.start("tail"))  # the name right after 由
    marker = next((w for w in rules.words.get("agent", ()) if text.endswith(w, 0, agent)), "")
    return 0 <= noun < len(text) and text[noun] not in CLAUSE_MARKS + SENTENCE_ENDS \
        and not text.endswith(_COPULAS, 0, agent - len(marker))


def _in_a_closed_reason(text: str, m: re.Match, trigger_at: int, rules: RuleSet) -> bool:
    """Whether the tail, between the head and the trigger, is named inside a reason that 而 closes
    before the trigger (因…而): the reason's names are none of the act's."""
    tail_start, tail_end = m.start("tail"), m.end("tail")
    return m.end("head") <= tail_start < tail_end <= trigger_at \
        and _closed_reason(text, max(m.end("head"), clause_start(text, tail_start)), tail_start, tail_end, trigger_at, rules)


def _past_a_closed_reason(text: str, m: re.Match, trigger_end: int, rules: RuleSet) -> bool:
    """Whether the head and the trigger are inside a reason that 而 closes (因美国制裁而) and the tail
    comes after it: what follows 而 is what the reason brought about, not the measure's object."""
    head_start, tail_start = m.start("head"), m.start("tail")
    return head_start < trigger_end <= tail_start \
        and _closed_reason(text, clause_start(text, head_start), head_start, trigger_end, tail_start, rules)


def _closed_reason(text: str, start: int, at: int, after: int, before: int, rules: RuleSet) -> bool:
    """Whether a marker of a reason (因, 由于) stands in ``text[start:at]`` and the 而 that closes it
    (not 然而's) is the first one in ``text[after:before]``."""
    if rules.cause_search is None or _last_match(rules.cause_search, text, start, at) is None:
        return False
    closing = text.find(_REASON_CLOSES, after, before)
    return closing >= 0 and _word_before(text, closing + 1, (_REASON_CLOSES,), rules)


# After 对此, a short noun phrase closed by 的 makes 此 a determiner ('this shoal's blockade', 对此浅滩的封锁),
# not 'about this': no stand-in. 对此次制裁 ('this time') and 对此的回应 stay stand-ins.
_DETERMINED = re.compile("[\u3400-\u9fff]{1,3}的")
_LIST_MARK = "、"  # joins the referents of a counted phrase as a list the templates read
_REASON_CLOSES = "而"  # closes a reason before the act it explains (因…而被罚款), unless a compound's end (然而)
_UNDERGONE = frozenset({"passive", "undergo"})  # the word lists that make the tail the one acted on
_LODGED_WITH = "向"  # 向 before who hears a complaint (向世贸组织提起诉讼); 对 is whom it is against
_ADDRESSEE_GAP = 2  # characters between the party a stance is addressed to and its word (向美方再次提出)
_QUOTED_TERM = 8  # characters of a quoted term a gap after a trigger may hold (推出“减配版”芯片H20)
_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』"}


def _asks(gap: str, rules: RuleSet) -> bool:
    """Whether ``gap``, right after a preposition's object, opens with a verb of asking, past at most the
    rest of the object's name and a bracket (向美国专利商标局专利审判与上诉委员会(PTAB)申请…): no name
    and no clause mark before it."""
    if gap.startswith(rules.asked_of):
        return True
    for at, ch in enumerate(gap[:_ASKED_REACH]):
        if ch in CLAUSE_MARKS or ord(ch) >= MASK_BASE:
            return False
        if gap.startswith(rules.asked_of, at) and at and (gap[at - 1] in _CLOSING_BRACKETS
                                                          or gap[:at].endswith(_BODY_ENDINGS)):
            return True
    return False


_ASKED_REACH = 24  # characters from whom one asks to the verb of asking
_CLOSING_BRACKETS = ")）"
_BODY_ENDINGS = ("委员会", "部门", "机构", "办公室", "局", "处", "署", "部")  # the rest of a body's name (…上诉委员会)


def _past_resumed_list(text: str, at: int, rules: RuleSet) -> int:
    """Past a clause mark at ``at`` and a word that takes the list before it up again, if both are
    there (寒武纪和海光信息|,以及|它们的子公司): the list's names are the same verb's objects."""
    if text[at:at + 1] in CLAUSE_MARKS:
        resumed = next((word for word in rules.list_resumed if text.startswith(word, at + 1)), None)
        if resumed is not None:
            return at + 1 + len(resumed)
    return at


def _gaps_fit(m: re.Match, gap_groups: tuple[str, ...], rule: Rule, rules: RuleSet,
              by_char: Mapping[str, Mention]) -> bool:
    """Whether the gaps around the trigger fit: before it no clause opened by an actor of the
    head's types (宣布对X实施制裁,此前美国批准 is America's approval); after it no quote that opens
    what was said or agreed (原因是“因为向台湾销售…”, 同意「对中芯国际审计」), only short whole quotes
    (推出“减配版”芯片H20) or one opened right before the name (制裁“华为”), nor a clause opened by a verb
    of speaking (批评此一决定,认为这将帮助中国), nor, where the tail is the agent before the trigger, a
    clause opened by another of its types (为苹果生产处理器,英伟达宣布…); and before an object
    marker no earlier marker with its own object (中方对美方向台湾出售…: 向 is not the stance's); and no
    verb of asking right after a preposition's object, who is asked (向美国申请许可,以继续供货)."""
    for name in gap_groups:
        gap = m.group(name)
        if not gap:
            continue
        if name.startswith(BEFORE_OBJECT):
            if rules.marked_object is not None and rules.marked_object.search(gap):
                return False  # an earlier marker with its own object: this one is inside its phrase
            continue
        if name.startswith(BEFORE_TRIGGER):
            if rule.actor_clause is not None and rule.actor_clause.search(gap):
                return False
            if rule.company_clause is not None and (opened := rule.company_clause.search(gap)) is not None \
                    and not any(marker in opened.group() for marker in rules.passive_markers):
                return False  # 谈判后,G42同意剔除华为的设备: the company agrees (not 英伟达被允许…: a passive)
            if m.start(name) == m.end("tail") and _asks(gap, rules) \
                    and m.string.endswith(rules.prepositions, 0, m.start("tail")):
                return False  # 向美国政府申请许可,以继续供货: who is asked is no object of the trigger
            if splits_clause(m.string, _past_resumed_list(m.string, m.start(name), rules), m.end(name)) \
                    and not _opens_its_clause(m, m.start(name), by_char, rules) and not _urged(m, m.start(name), rules):
                return False
        if name.startswith(AFTER_TRIGGER):
            if rule.tail_clause is not None and m.start("tail") < m.start(name) < m.start("head") \
                    and (opened := rule.tail_clause.search(gap)) is not None \
                    and _entity_of(opened.group()[-1], by_char) != _entity_of(m.group("tail"), by_char):
                return False  # 为苹果生产处理器,英伟达宣布首片Blackwell…: the later clause's agent's object
            if rules.suspected is not None and _inside_a_deed(m, m.start(name), rules.suspected, rules):
                return False
            if rules.said_clause is not None and rules.said_clause.search(gap):
                return False  # 批评此一决定,认为这将帮助中国: the name is in what was said
            said = rules.speech_opening.search(gap) if rules.speech_opening is not None else None
            if said is not None and rules.has_trigger(gap[said.end():]):
                return False  # 批评称,出口管制反而加速了华为的发展: a verb's object in what was said
            for at, ch in enumerate(gap):
                if ch in _QUOTE_PAIRS and at < len(gap) - 1:
                    end = gap.find(_QUOTE_PAIRS[ch], at + 1)
                    if end < 0 or end - at - 1 > _QUOTED_TERM:
                        return False
    return True


def _entity_of(char: str, by_char: Mapping[str, Mention]) -> str | None:
    """The entity a masked character stands for."""
    mention = by_char.get(char)
    return mention.entity_id if mention is not None else None


_BREACH_REACH = 8  # characters between a verb of breaking or keeping a rule and the rule's word (违反美国的出口管制)
_RULE_MAKERS = ("PLACE", "AGENCY")  # whose rule a name after a verb of breaking it may say (违反美国出口管制)


def _makes_the_rule_named(text: str, mention: Mention, rules: RuleSet) -> bool:
    """Whether ``mention`` only says whose rule is broken, dodged or kept: right after a verb of
    ``words.breach`` (or with 了), a rule's word (a trigger) after it: 因违反美国出口管制而被美国商务部制裁."""
    end = mention.norm_start - text.endswith("了", 0, mention.norm_start)
    return bool(rules.breach_words) and _word_before(text, end, rules.breach_words, rules) \
        and rules.has_trigger(text[mention.norm_end:mention.norm_end + _BREACH_REACH])


def _names_a_rule(text: str, trigger_at: int, rules: RuleSet) -> bool:
    """Whether the trigger at ``trigger_at`` names a rule broken, dodged or kept (``words.breach``)
    rather than an act: 台积电违反美国出口管制向华为供货, 绕过美国的出口限制. Not with another trigger
    between, which is the act (因违反规定而被美国制裁 is a sanction), nor with the rule named between
    (对英伟达涉嫌违反反垄断法立案调查: the law is what was broken, and 立案 the act), by its name or by
    a word for a rule that ends it (以违反营业秘密法起诉, words.rule_names)."""
    last = _last_match(rules.breach, text, max(clause_start(text, trigger_at), trigger_at - _BREACH_REACH), trigger_at)
    if last is None:
        return False
    between = text[last.end():trigger_at]
    return not rules.has_trigger(between) and not any(low <= ch <= high for ch in between for low, high in _LAW_MASKS) \
        and not between.endswith(rules.words.get("rule_names", ()))


# The mask characters of laws, named or after a preposition: a rule broken named by its name.
_LAW_MASKS = tuple((mask_char(kind, 0), mask_char(kind, MASK_BLOCK - 1)) for kind in ("LAW", OBJECT + "LAW"))


def _inside_a_deed(m: re.Match, gap_at: int, suspected: re.Pattern, rules: RuleSet) -> bool:
    """Whether the tail after a trigger's gap is named inside the deed a suspect is charged with:
    调查涉嫌走私英伟达芯片的案件 investigates no Nvidia; the deed may end in 的 right before the tail, as
    its modifier (调查涉嫌垄断的高通), unless the tail names the goods' maker (走私价值千万美元的英伟达芯片)."""
    tail_at = m.start("tail")
    if tail_at < gap_at:
        return False
    between = m.string[gap_at:tail_at]
    return (not between.endswith("的") or _names_a_product(m.string, m.end("tail"), rules)) \
        and suspected.search(between) is not None


def _opens_its_clause(m: re.Match, gap_at: int, by_char: Mapping[str, Mention], rules: RuleSet) -> bool:
    """Whether the slot right before a gap that crosses into the trigger's clause is the first
    name of its own clause: in 摩尔线程对标英伟达,推出MTT S80 英伟达 is an object, and 推出 is not its act.
    The same entity named before it does not count (美国商务部长卢特尼克 is the ministry twice), nor
    does the body whose title it bears (委员会主席穆勒纳尔致信商务部,要求…)."""
    text = m.string
    at = max(m.start(slot) for slot in ("head", "tail") if m.start(slot) < gap_at)
    own = by_char.get(text[at])
    start = clause_start(text, at)
    return not any(ord(ch) >= MASK_BASE and (own is None or (other := by_char.get(ch)) is None
                                             or other.entity_id != own.entity_id)
                   and not _titled(text[start + i + 1:at], rules)
                   for i, ch in enumerate(text[start:at]))


def _urged_party(text: str, c_start: int, mentions: list[Mention], first: Mention, rules: RuleSet) -> Mention | None:
    """The name an urging addresses in the clause before ``c_start``, its last name (中方敦促美方,停止
    对华为的制裁; 中方敦促美方恪守承诺,停止…), when this clause names no subject of its own (``first``,
    its first name, does not open it): the clause is what that party is urged to do, read as
    planned (source ``urged``)."""
    if c_start < 2 or first.norm_start - c_start <= _OWN_SUBJECT_REACH:
        return None
    before = [m for m in mentions if m.norm_end < c_start]
    last = before[-1] if before else None
    if last is None or splits_clause(text, last.norm_end, c_start - 1):
        return None
    if not _word_before(text, last.norm_start, rules.urge_words, rules):
        # Or the clause opens with the urging, and the clause before ends with whom a letter or a call
        # went to (委员会致函商务部长雷蒙多,要求禁止…: the ministry is asked), by title too.
        addressee = before[-2] if len(before) > 1 and last.type == "PERSON" \
            and _titled(text[before[-2].norm_end:last.norm_start], rules) else last
        if not (text.startswith(rules.urge_words, c_start)
                and _word_before(text, addressee.norm_start, rules.words.get("written_to", ()), rules)):
            return None
    return last._replace(source=_URGED)


_OWN_SUBJECT_REACH = 1  # characters into a clause its own subject may start (after a space or a quote)
_URGED = "urged"  # the source of a stand-in for the party an urging addresses


def _urged(m: re.Match, gap_at: int, rules: RuleSet) -> bool:
    """Whether the slot right before a gap that crosses into the trigger's clause is the tail an
    urging addresses: its clauses go on with what it is urged to do (中方敦促美方立即纠正错误做法,
    停止对中国企业的无理打压)."""
    return m.start("tail") < gap_at and m.start("head") < m.start("tail") \
        and _word_before(m.string, m.start("tail"), rules.urge_words, rules)


def _coordinated(masked: _Masked, at: int, types: tuple[str, ...], coordinators: tuple[str, ...],
                 other: int, partnered: tuple[str, ...] = (), kinds: tuple[str, ...] = (),
                 stacked: bool = True, companies: tuple[str, ...] = ()) -> list[Mention]:
    """The mention at ``at`` and its list mates (字节跳动、阿里巴巴和腾讯), up to the other slot's
    mention at ``other``, which is never a mate, nor is a subject carried into the clause, nor, with
    ``partnered`` (words of a joint act), a name after 与 and before one of them: that 与 is "with"
    (旗下的火山引擎与英伟达合作: Nvidia is the partner). Products may each be followed by what kind
    of product they are, a word of ``kinds`` (H20芯片和L20芯片, S80消费级显卡、S4000训练卡), or preceded by it
    (消费级显卡MTT S80、数据中心训练卡MTT S4000), and
    organizations preceded by what kind of company they are, a word of ``companies`` (存储芯片企业长鑫存储和
    国产GPU厂商摩尔线程). Unless ``stacked``, a mate after joiners that stack (、以及) is none."""
    text = masked.text
    found = [masked.by_char[text[at]]]
    for step in (1, -1):
        pos = at
        while True:
            kind_skipped = False
            if step == 1:
                end = pos + 1
                if kinds and not text.startswith(coordinators, end) and masked.by_char[text[pos]].type == "PRODUCT":
                    end = _phrase_end(text, end, kinds, coordinators, _KIND_REACH, before_name=False)
                    kind_skipped = end > pos + 1
                joined = _past_joiners(text, end, coordinators, 1, stacked)
                if joined == end:
                    break
                if companies and masked.by_char[text[pos]].type == "ORG":
                    joined = _phrase_end(text, joined, companies, coordinators, COMPANY_DESCRIPTION, before_name=True)
                elif kinds and masked.by_char[text[pos]].type == "PRODUCT":
                    joined = _phrase_end(text, joined, kinds, coordinators, _KIND_REACH, before_name=True)
            else:
                before = _phrase_start(text, pos, companies, coordinators, COMPANY_DESCRIPTION, after_name=False) \
                    if companies and masked.by_char[text[pos]].type == "ORG" else pos
                joined = _past_joiners(text, before, coordinators, -1, stacked) - 1
                if joined == before - 1:
                    break
                if kinds and masked.by_char[text[pos]].type == "PRODUCT" and 0 <= joined < len(text) \
                        and masked.mention_at(text[joined]) is None:
                    joined = _phrase_start(text, joined + 1, kinds, coordinators, _KIND_REACH, after_name=True) - 1
                    kind_skipped = True  # a name before the phrase, or none (joined stays on no name)
            if not 0 <= joined < len(text) or joined == other or joined == 0 and masked.carried:
                break  # a subject carried into the clause is in no list of it (寒武纪推出…,与英伟达H20竞争)
            after = max(pos, joined) + 1  # the later name's end
            if partnered and _phrase_holds(text, after, after + _PARTNER_REACH, partnered):
                break
            mate = masked.mention_at(text[joined])
            if mate is None or mate.type not in types or kind_skipped and mate.type != "PRODUCT":
                break
            found.append(mate)
            pos = joined
    return found


_KIND_REACH = 8  # characters of what kind of product a list's member is (数据中心训练卡)


def _past_joiners(text: str, at: int, coordinators: tuple[str, ...], step: int, stacked: bool) -> int:
    """Where the run of list joiners that starts at ``at`` ends (``step`` 1), or that ends at ``at``
    starts (``step`` -1); ``at`` when there is none, or when they stack (、以及) and not ``stacked``."""
    start, count = at, 0
    while text.startswith(coordinators, at) if step == 1 else text.endswith(coordinators, 0, at):
        # the longest that matches (以及, not 及)
        word = max((w for w in coordinators if (text.startswith(w, at) if step == 1 else text.endswith(w, 0, at))),
                   key=len)
        at, count = at + step * len(word), count + 1
    return start if count > 1 and not stacked else at


def _phrase_end(text: str, start: int, words: tuple[str, ...], coordinators: tuple[str, ...], reach: int,
                before_name: bool) -> int:
    """Where a phrase at ``start`` (masked text) that ends in one of ``words`` ends: before a joiner (a
    product's kind: H20|芯片|和), or with ``before_name`` before a name (a company's: 和|国产GPU厂商|摩尔线程);
    ``start`` when there is none within ``reach`` characters."""
    for end in range(start + 1, min(len(text), start + reach) + 1):
        if _outside_kind_phrase(text[end - 1], coordinators):
            break
        closed = end < len(text) and ord(text[end]) >= MASK_BASE if before_name else text.startswith(coordinators, end)
        if closed and text.endswith(words, start, end):
            return end
    return start


def _phrase_start(text: str, end: int, words: tuple[str, ...], coordinators: tuple[str, ...], reach: int,
                  after_name: bool) -> int:
    """Where a phrase that ends at ``end`` (masked text) in one of ``words`` starts: right after a name
    (a product's kind before a joiner: H20|芯片|和), or, unless ``after_name``, right after a joiner (a
    company's before its name: 和|国产GPU厂商|摩尔线程); ``end`` when there is none within ``reach``."""
    if not text.endswith(words, 0, end):
        return end
    for at in range(end - 1, max(-1, end - reach - 1), -1):
        if _outside_kind_phrase(text[at], coordinators):
            opened = ord(text[at]) >= MASK_BASE if after_name else text.endswith(coordinators, 0, at + 1)
            return at + 1 if opened else end
    return end


def _outside_kind_phrase(ch: str, coordinators: tuple[str, ...]) -> bool:
    """Whether ``ch`` is no character of a phrase of what kind a product or a company is: a name, a
    clause's or a sentence's mark, or a joiner."""
    return ord(ch) >= MASK_BASE or ch in CLAUSE_MARKS or ch == "。" or ch in coordinators


_JOINT_REACH = 3  # characters between who acts jointly and its word (美国并|联合…, 美国还将|与…)


def _joint_subject(masked: _Masked, at: int, types: tuple[str, ...], rules: RuleSet) -> Mention | None:
    """Who acts together with the list of names at ``at`` (masked): the name, of one of ``types``,
    right before a word of ``jointly`` before the list (美国联合日本和荷兰限制…), or before a word of
    ``jointly_with`` when one of ``together`` follows the list (美国宣布新规,并与荷兰一道限制…)."""
    text = masked.text
    word = next((w for w in rules.words.get("jointly", ()) if text.endswith(w, 0, at)), None)
    if word is None:
        word = next((w for w in rules.words.get("jointly_with", ()) if text.endswith(w, 0, at)), None)
        end = at + 1
        while (joiner := next((w for w in rules.coordinators if text.startswith(w, end)), None)) is not None \
                and end + len(joiner) < len(text) and masked.mention_at(text[end + len(joiner)]) is not None:
            end += len(joiner) + 1
        if word is None or not text.startswith(tuple(rules.words.get("together", ())), end):
            return None
    before = at - len(word)
    for pos in range(before - 1, max(-1, before - _JOINT_REACH - 2), -1):
        if text[pos] in CLAUSE_MARKS:
            return None
        subject = masked.mention_at(text[pos])
        if subject is not None:
            kind = mask_kind(text[pos])
            return subject if subject.type in types and not kind.startswith(OBJECT) and kind != MODIFIER else None
    return None


def _past_reports(text: str, spans: list[tuple[int, int]], rules: RuleSet) -> int:
    """Where the first clause of ``spans`` (a sentence's) that is no report of a source (知情人士透露,
    据悉,) starts; the sentence's start when none is."""
    for c_start, c_end in spans:
        if rules.reported_search is None or rules.reported_search.search(text, c_start, c_end) is None \
                or c_end == spans[-1][1]:
            return c_start
    return spans[0][0]


_PLURAL_PRONOUNS = ("他们", "她们")  # people a pronoun stands for that no one person named is


_PERSON_ONLY = ("PERSON",)  # the types of a personal pronoun's referent (他, 她)
_WHAT_ONE_SAYS = "所"  # 他所称的…: what the person calls it, said inside another's clause
_COPULA = "是"


def _names_no_one(text: str, end: int, mentions: list[Mention]) -> bool:
    """Whether the pronoun ending at ``end`` stands for no one the rules may use: inside what one calls
    something (谴责他所称的入侵), or before a copula and the person it names (他是…创始人梁文锋)."""
    return text.startswith(_WHAT_ONE_SAYS, end) or text.startswith(_COPULA, end) and any(
        x.type == "PERSON" and x.norm_start > end and not any(mark in text[end:x.norm_start] for mark in CLAUSE_MARKS)
        for x in mentions)


def _people_named_before(text: str, mentions: list[Mention], at: int, rules: RuleSet) -> list[Mention]:
    """The people ``mentions`` name before ``at``, as names (no stand-ins), not as administrations (特朗普政府…)."""
    return [m for m in mentions if m.type == "PERSON" and m.norm_end <= at and m.source not in _STAND_IN_SOURCES
            and not text.startswith(rules.administration, m.norm_end)]


def _person_referred(text: str, at: int, mentions: list[Mention], rules: RuleSet) -> Mention | None:
    """Whom 他 or 她 at ``at`` stands for among the sentence's people before it: opening a clause, the
    first of them, the sentence's person (吴思瑶…针对郑丽文的说法表示,…,她批评郑丽文); elsewhere the last
    (致函黄仁勋,要求他…); None when the sentence named no one before it."""
    people = _people_named_before(text, mentions, at, rules)
    if not people:
        return None
    return people[0] if at and text[at - 1] in CLAUSE_MARKS else people[-1]


def _person_named_before(text: str, mentions: list[Mention], at: int, rules: RuleSet) -> Mention | None:
    """Whom the pronoun opening the clause at ``at`` stands for: the last person named before it, not one
    named as an administration (特朗普政府…); none for 他们 or 她们."""
    if text.startswith(_PLURAL_PRONOUNS, at):
        return None
    people = _people_named_before(text, mentions, at, rules)
    return people[-1] if people else None


def _opened_by_a_pronoun(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """Whether a clause that opens between ``start`` and ``end`` (after a clause mark, or at ``end``)
    opens with a personal pronoun (words.personal_pronouns: 他, 她, so 他们 too; not 其他, a compound)."""
    pronouns = rules.words.get("personal_pronouns", ())
    if not pronouns:
        return False
    opens = [at + 1 for at in range(start, end) if text[at] in CLAUSE_MARKS]
    whole = tuple(p for p in pronouns if p in rules.compounds)
    return any(text.startswith(whole, at) or _word_at(text, at, pronouns, rules) for at in (*opens, end))


def _unnamed_speaker(text: str, start: int, end: int, spans: list[tuple[int, int]], name_starts: list[int],
                     rules: RuleSet) -> bool:
    """Whether a clause between ``start`` and ``end`` names nobody and ends in people who speak, told by
    a stance or an act of theirs (反对该规定的人士表示, 对新规持批评态度的议员认为) or giving their view
    (两位议员指出, ``opinion_givers``): what follows is what they said, not the subject's act (unlike a
    source's report: 知情人士透露,将把…列入)."""
    said, described, triggers = rules.unnamed_speech_search, rules.people_described_search, rules.any_trigger
    opinion = rules.opinion_speech_search
    if said is None or described is None or triggers is None:
        return False
    for c_start, c_end in spans:
        if c_start < start or c_start >= end:
            continue
        first = bisect_left(name_starts, c_start)
        clause = text[c_start:c_end].rstrip(_CLAUSE_END_MARKS)
        if (first == len(name_starts) or name_starts[first] >= c_end) and said.search(clause) is not None \
                and (opinion is not None and opinion.match(clause) is not None
                     or any(described.match(clause, verb.start()) for verb in triggers.finditer(clause))):
            return True
    return False


def _made_is_named_apart(text: str, trigger_end: int, head_at: int, rules: RuleSet) -> bool:
    """Whether the trigger opens a relative clause (生产的…) whose noun is what is made, and the head lies in a
    later clause as a part its noun is built with (生产的服务器,每部均配备英伟达H100; words.built_with) or
    past a document the clause names (发布的拆解报告显示,麒麟X90…; words.documents); not a part found in
    what is made (台积电生产的裸晶,同时在昇腾910C样本中)."""
    if not text.startswith(_POSSESSIVE, trigger_end) or not splits_clause(text, trigger_end, head_at):
        return False
    later = text[clause_start(text, head_at):head_at]
    noun = text[trigger_end + len(_POSSESSIVE):clause_end(text, trigger_end) or head_at]
    return any(word in later for word in rules.words.get("built_with", ())) \
        or any(word in noun for word in rules.words.get("documents", ()))


def _another_makers_part(text: str, m: re.Match, trigger_end: int, by_char: Mapping[str, Mention],
                         entities: Mapping[str, Entity], rules: RuleSet) -> bool:
    """Whether the head, after the trigger, is what a relative clause says a later noun is built with
    (发布了搭载骁龙8芯片的小米14; words.built_with, then a kind of product at most before 的), and the
    dictionary gives it a maker other than the tail or its parent: a part of the product launched, not
    it (华为发布了搭载麒麟芯片的手机 still says whose Kirin is)."""
    head, tail = by_char.get(text[m.start("head")]), by_char.get(text[m.start("tail")])
    maker = _maker_of(head.entity_id, entities) if head is not None else None
    if maker is None or tail is None or tail.entity_id in (maker.id, _parent_of(maker.id, entities)):
        return False
    start, end = m.start("head"), m.end("head")
    if not any(word in text[trigger_end:start] for word in rules.words.get("built_with", ())):
        return False
    while end < len(text) and text[end].isascii() and (text[end].isalnum() or text[end] == " "):
        end += 1  # the rest of a model's name the mention left out (骁龙|8)
    kind = next((w for w in rules.words.get("product_kind", ()) if text.startswith(w, end)), "")
    return text.startswith(_POSSESSIVE, end + len(kind))


def _formed_from(text: str, start: int, end: int, trigger_at: int, rules: RuleSet) -> bool:
    """Whether the name at ``start``–``end`` is one of what a body was formed from, in a clause of its own
    the trigger is outside (由中天微与达摩院芯片团队整合而成,; words.formed): it does not act."""
    opens = clause_start(text, start)
    closes = clause_end(text, end)
    closes = len(text) if closes is None else closes
    return not opens <= trigger_at < closes and _FORMED_BY in text[opens:start] \
        and any(word in text[end:closes] for word in rules.words.get("formed", ()))


_FORMED_BY = "由"  # 由…整合而成: what a body was formed from follows it


def _opens_a_later_clause(text: str, m: re.Match, trigger_end: int, by_char: Mapping[str, Mention]) -> bool:
    """Whether the tail, after the trigger and past a clause mark, is the first thing its own clause
    says: that clause's subject, no object of the trigger (放宽对中东的出口,英伟达有望…; not
    放宽管制,将H200的审核改为…, whose 将 makes it an object)."""
    tail_at = m.start("tail")
    if tail_at <= trigger_end or not splits_clause(text, trigger_end, tail_at):
        return False
    return clause_start(text, tail_at) == tail_at and tail_at != 0 and by_char.get(text[tail_at]) is not None


def _passive_subject_elsewhere(text: str, m: re.Match, rules: RuleSet) -> bool:
    """Whether a passive's tail, before it, lies in an earlier clause it does not open (…完成对安世半导体的
    收购,2024年12月被美国商务部列入…): the passive's subject is that clause's, not the tail."""
    tail_at, head_at = m.start("tail"), m.start("head")
    if tail_at > head_at:
        return False
    marker = _passive_marker_length(text, head_at, rules)
    return bool(marker) and splits_clause(text, m.end("tail"), head_at - marker) \
        and clause_start(text, tail_at) != tail_at


def _passive_marker_length(text: str, at: int, rules: RuleSet) -> int:
    """The length of the passive marker (the longest) that ends at ``at``, not as the end of a compound
    (接受 holds no 受); 0 for none."""
    if not _word_before(text, at, rules.passive_markers, rules):
        return 0
    return max(len(w) for w in rules.passive_markers if text.endswith(w, 0, at))


def _marks_a_passive_noun(text: str, trigger_at: int, rules: RuleSet) -> bool:
    """Whether a passive marker right before the trigger follows a preposition (向被列入…的浪潮集团, 对遭美国
    制裁的华为): the passive describes the noun after it, not a name before the preposition."""
    marker = _passive_marker_length(text, trigger_at, rules)
    return bool(marker) and text.endswith(rules.prepositions, 0, trigger_at - marker)


def _suffers(text: str, m: re.Match, trigger_at: int, rules: RuleSet) -> bool:
    """Whether the tail is whom what a noun names brings a harm to (给欧洲产业带来的冲击, 给美国企业造成
    的损失; words.brings): one affected, no party to the act; not where the bringing is the act
    (美国的制裁给华为造成了损失)."""
    tail_end = m.end("tail")
    if not text.endswith(_AFFECTED_MARKER, 0, m.start("tail")):
        return False
    end = trigger_at if tail_end < trigger_at else len(text)
    stop = next((i for i in range(tail_end, end) if text[i] in CLAUSE_MARKS), end)
    return any(word + _POSSESSIVE in text[tail_end:stop + 1] for word in rules.words.get("brings", ()))


_AFFECTED_MARKER = "给"  # 给…带来: whom something brings a harm or a gain to


def _a_topic_discussed(text: str, m: re.Match, trigger_at: int, rules: RuleSet) -> bool:
    """Whether the trigger, after the head, is one of the topics a verb of discussing (words.discussed)
    earlier in its clause names, the list closed by a word of ``topics`` later in the clause; or the
    topic of a frame (rules.topic_frame_search) that ends before the tail (要求美方在关税问题上给予
    韩国企业公平待遇: no tariff on Korea); or a matter talked over with a party (rules.talked_over_search:
    就美国半导体关税与美方磋商)."""
    start = max(m.end("head"), clause_start(text, trigger_at))
    if trigger_at < start:
        return False
    if _phrase_holds(text, start, trigger_at, rules.words.get("discussed", ())):
        return _phrase_holds(text, trigger_at, len(text), rules.words.get("topics", ()))
    talked = rules.talked_over_search
    if talked is not None and any(frame.start() < trigger_at < frame.start("partner")
                                  for frame in talked.finditer(text, start, clause_end(text, trigger_at) or len(text))):
        return True
    frames = rules.topic_frame_search
    tail_at = m.start("tail")
    return frames is not None and trigger_at < tail_at \
        and any(frame.start() < trigger_at < frame.end() <= tail_at for frame in frames.finditer(text, start, tail_at))


def _describes_people(text: str, head_end: int, trigger_at: int, rules: RuleSet) -> bool:
    """Whether the trigger, in a later clause than the head (one that ends at ``head_end``; 0 for a
    subject carried into the clause), opens a relative clause on people its clause names unnamed
    (反对这项新规的议员表示, 对新规持批评态度的人士认为): they take the stance."""
    start = clause_start(text, trigger_at)
    if head_end > start or rules.people_described_search is None:
        return False
    return rules.people_described_search.match(text, trigger_at, clause_end(text, trigger_at) or len(text)) is not None


def _members_act(text: str, m: re.Match, trigger_at: int, rule: Rule, rules: RuleSet, carried: str | None) -> bool:
    """Whether a word of ``rule.head_not_before`` stands right after the head in its clause, or in the
    trigger's clause before the trigger, and before an object marker: the head only says whose
    members act (两位共和党参议员致函…,对…表示关切; 美国国会两名民主党籍议员提出…), not who is meant
    after a marker (中方对美国议员访台表示不满) or lobbied (英特尔游说议员反对…). For a head carried
    into the clause, anywhere before the trigger, ``carried`` the sentence's text before the clause
    (国会正推动…。今年4月,两党议员提出法案,拟…禁止…: the members propose)."""
    def stop_after(start: int) -> int:
        # an object marker or a verb of lobbying (游说议员反对…: the members are lobbied)
        stops = (pattern.search(text, start, trigger_at) for pattern in (rules.object_marker_search, rules.lobby_search)
                 if pattern is not None)
        return min((found.start() for found in stops if found is not None), default=trigger_at)

    def holds(start: int) -> bool:
        return _phrase_holds(text, start, stop_after(start), rule.head_not_before)

    start = m.end("head")
    if carried is not None and any(word in carried + text[start:stop_after(start)] for word in rule.head_not_before):
        return True
    return holds(start) or holds(max(start, clause_start(text, trigger_at)))


# characters after a name, in its clause, a word of a joint act may stand in (与英伟达展开谈判, 就此签署)
_PARTNER_REACH = 6


def _negated(text: str, at: int, rules: RuleSet, window: int = 4) -> bool:
    """Whether a negation stands in the ``window`` characters before ``at`` (a trigger's four)."""
    negation = rules.cue_search["negation"]
    return negation is not None and negation.search(text, max(0, at - window), at) is not None


_ADVERBIAL = 6  # characters after the first name a negation of its whole predicate may stand in (美国周三并未对…)
_NEGATED_MARKER = 3  # characters before the marker of the second name's phrase a negation may stand in (难以从)


def _predicate_negated(text: str, m: re.Match, trigger_at: int, rules: RuleSet) -> bool:
    """Whether a negation opens the predicate right after the match's first name, before any
    preposition or marker: 美国并未对华为实施制裁, 英伟达没有向腾讯出售, 华为未被列入…, where the
    trigger stands too far from it. One after a preposition is inside the object (对不合规的企业); one
    before a question the trigger is in denies the asking verb (美国尚未决定是否允许…), one in an
    earlier clause its own verb; one right before a word of lifting negates the lifting (拒绝撤销…的
    限制: _in_scope reads it)."""
    negation = rules.cue_search["negation"]
    if negation is None:
        return False
    first, second = sorted(("head", "tail"), key=m.start)
    start, stop = m.end(first), min(m.start(second), trigger_at)
    if second == "tail" and rules.negated_marker is not None and rules.negated_marker.search(text, start, stop):
        return True  # 商务部在新规中未将荣耀列入…: the negation opens the predicate at its object's marker
    marker = next((w for w in rules.phrase_markers if text.endswith(w, start, m.start(second))), None)
    opened_at = m.start(second) - len(marker) if marker is not None else -1
    denial = negation.search(text, max(start, opened_at - _NEGATED_MARKER), opened_at) if opened_at > start else None
    verb = denial is not None and (denial.group() in rules.words.get("stop", ()) or denial.group() in rules.lifted
                                   or denial.group() in rules.words.get("denying", ()))
    if denial is not None and not verb and not any(mark in text[opened_at:trigger_at] for mark in CLAUSE_MARKS):
        # 华为等厂商已难以从三星电子获得…: the negation opens the phrase the second name is in (not a verb of
        # its own: 暂停向AMD发放许可证 restricts, 取消对台积电南京厂的资格 revokes)
        return True
    found = negation.search(text, start, min(stop, start + _ADVERBIAL))
    question, lifted = rules.cue_search["hypothetical"], rules.cue_search["lifted"]
    if found is None or question is not None and question.search(text, found.end(), trigger_at) \
            or any(mark in text[found.end():trigger_at] for mark in CLAUSE_MARKS):
        return False  # 英伟达不会加入追踪功能,但批评…: the negation's verb is in a clause before
    if lifted is not None and lifted.match(text, found.end()):
        return False  # 拒绝撤销对阿斯麦的出口限制: the lifting is refused, the measure stands
    openers = (*rules.phrase_markers, *_OPENERS)
    opened = [at for at in range(start, found.start()) if text.startswith(openers, at)]
    # A reason opened before the negation still holds the trigger when nothing closes it before the trigger
    # (英特尔因未能获得中国监管机构批准: the approval is denied; not 因未获批准而放弃出口: the export's own verb).
    return not opened or all(text.startswith(_REASON_OPENS, at) for at in opened) \
        and _REASON_CLOSES not in text[found.end():trigger_at]


_REASON_OPENS = "因"  # opens a reason (因未能获得批准)
# Besides the rules' markers, before a negation these open a phrase it is inside of (在没有…的情况下,
# 的实体不透明), or end the clause.
_OPENERS = ("在", _REASON_OPENS, "的", *CLAUSE_MARKS)

_SCOPE_WINDOW = 12  # characters before a scope cue its own negation may stand in (未能采取足够措施,阻止)


def _in_scope(before: str, clause_at: int, relation: str, rules: RuleSet) -> bool:
    """Whether ``before`` (the sentence up to the trigger) lifts the measure (解除…禁令) or bars the
    act (限制…出口) in the trigger's clause, from ``clause_at`` on, for the relations each cue
    serves. A negated cue does not: what 未能阻止 failed to stop happened."""
    for cue, relations in ((rules.cue_search["lifted"], rules.lifted_relations),
                           (rules.cue_search["barred"], rules.barred_relations)):
        if relation in relations and cue is not None and any(
                not _negated(before, m.start(), rules, _SCOPE_WINDOW) for m in cue.finditer(before, clause_at)):
            return True
    return False


_OBLIGED_WINDOW = 4  # characters before a trigger a demand may stand in (应立即暂停)


def _goes_on_to(text: str, trigger_end: int, cue: re.Pattern | None, reach: int | None = None) -> bool:
    """Whether the trigger's clause goes on after the trigger, within ``reach`` characters if given, to
    ``cue``: 的 and a word of ``intended`` (向中国出售B30A芯片的申请: the act is what an application, a plan or
    a request is for) or of ``risked`` (面临被美国列入实体清单的风险: the act may happen)."""
    stop = clause_end(text, trigger_end)
    end = len(text) if stop is None else stop
    return cue is not None and cue.search(text, trigger_end, end if reach is None else min(end, trigger_end + reach)) \
        is not None


_RISK_REACH = 12  # characters from a trigger to the 的 and the risk word after it (列入实体清单的风险)


def _modality(sentence: str, before: str, clause_before: str, rules: RuleSet, urging: bool = True) -> str:
    """A condition anywhere before the trigger (``before``): a clause with 如果 governs the
    clauses after it; a plan or (with ``urging``) an urging earlier in the trigger's clause, or a
    demand right before the trigger (该局应暂停) or before a negation in its clause (美国应立即停止对华为的
    制裁: the end of the measure is demanded, not stated); a report anywhere in the sentence;
    else asserted."""
    cues = rules.cue_search
    if cues["hypothetical"] is not None and cues["hypothetical"].search(before):
        return "hypothetical"
    obliged, negation = cues["obliged"], cues["negation"]
    planned = cues["planned" if urging else "planned_unurged"]
    if planned is not None and planned.search(clause_before) or obliged is not None and (
            obliged.search(before, max(0, len(before) - _OBLIGED_WINDOW)) or negation is not None and any(
                obliged.search(clause_before, max(0, n.start() - _OBLIGED_WINDOW), n.start())
                for n in negation.finditer(clause_before))):
        return "planned"
    if rules.reported_search is not None and rules.reported_search.search(sentence):
        return "reported"
    return "asserted"


def _conceded(text: str, clause_before: str, trigger_end: int, rules: RuleSet) -> bool:
    """Whether the trigger's clause is conceded as a supposition (即使美国放宽限制,…): a word of
    ``concessive`` before the trigger, and nothing that says it has happened (即便美方调整了表述,
    即使已经放宽), neither after the word nor right after the trigger (``text`` is masked)."""
    cue = _last_match(rules.concessive_search, clause_before, 0, len(clause_before))
    return cue is not None and not _PERFECTIVE.search(clause_before, cue.end()) \
        and not text.startswith(_PERFECTIVE_AFTER, trigger_end)


# What says an act has happened: 已 (已经, 业已), 曾, or a verb's 了 (not 为了, 除了, 了解), before a
# trigger; 了 or 过 right after it.
_PERFECTIVE = re.compile("已|曾|(?<![为除])了(?!解)")
_PERFECTIVE_AFTER = ("了", "过")


_BODY_ADDRESSED = f"{OBJECT}AGENCY"  # 致信商务部: a government body a letter or a call goes to


def _addresses_a_body(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (masked) names a government body as a preposition's object: whom
    a letter or a call goes to (致信商务部, 致函商务部长雷蒙多). A company's chief addressed is not one:
    商务部致电英伟达CEO,要求其停止… orders the company."""
    return any(ord(ch) >= MASK_BASE and mask_kind(ch) == _BODY_ADDRESSED for ch in text[start:end])


def _list_described_before(text: str, m: re.Match, words: tuple[str, ...]) -> bool:
    """Whether the tail's list closes with 等 and a short description that one of ``words`` ends (争夺阿里巴巴、
    字节跳动等云计算客户的订单: the customers whose orders are fought over)."""
    end = m.end("tail_mates") if m.groupdict().get("tail_mates") else m.end("tail")
    if not text.startswith(_LIST_CLOSER, end):
        return False
    stop = end + 1
    while stop < len(text) and stop - end <= _LIST_DESCRIPTION and _CJK_CHAR.match(text[stop]):
        if text.startswith(words, stop):
            return True
        stop += 1
    return False


_LIST_DESCRIPTION = 8  # characters of a description after a list's 等 (等云计算客户的|订单)
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _before_words(text: str, at: int, words: tuple[str, ...], modifiers: tuple[str, ...] = ()) -> bool:
    """Whether one of ``words`` follows ``at`` in the masked ``text``, past a 的, one of ``modifiers``
    and a model's name or code (中国的公民, 英伟达的HBM4订单, 英伟达H20订单, 英伟达先进芯片)."""
    if text.startswith("的", at):
        at += 1
    at += next((len(word) for word in modifiers if text.startswith(word, at)), 0)
    while at < len(text) and (text[at].isascii() and (text[at].isalnum() or text[at] in "- ")
                              or ord(text[at]) >= MASK_BASE and mask_kind(text[at]).endswith("PRODUCT")):
        at += 1
    return text.startswith(words, at)


def _in_disposed_goods(text: str, at: int, rules: RuleSet) -> bool:
    """Whether the name at ``at`` is in what 将 or 把 disposes of: right after the marker, or past a
    description the marker opens, naming no one (将受管制的英伟达芯片出售给…, 将价值数千万美元、载有英伟达
    晶片的伺服器转运至…); not 将 of what will be done, a verb after it that no 的 makes a description
    (将采购英伟达芯片, 将在未来几年采购…; not 将受管制的英伟达芯片)."""
    disposal = rules.words.get("disposal", ())
    if _word_before(text, at, disposal, rules):
        return True
    if _word_before(text, at, rules.prepositions, rules):
        return False  # 将向应用材料采购: a preposition's object, what will be done
    start = max(clause_start(text, at), at - _DESCRIBED_GOODS)
    for before in range(at - 1, start, -1):
        if ord(text[before]) >= MASK_BASE:
            return False  # a name in the description: its goods, or its act
        if _word_before(text, before, disposal, rules):
            # a verb after it with no 的 closing a description past the verb: what will be done
            verb = rules.any_trigger.search(text, before, at) if rules.any_trigger is not None else None
            return verb is None or _POSSESSIVE in text[verb.end():at]
    return False


_DESCRIBED_GOODS = 16  # characters a description of disposed goods may take (将价值数千万美元、载有|英伟达晶片)


def _names_a_product(text: str, at: int, rules: RuleSet) -> bool:
    """Whether the masked ``text`` holds a product's name or kind at ``at`` (英伟达H100, 英伟达芯片,
    英伟达高端芯片: a short modifier may come first)."""
    return at < len(text) and (ord(text[at]) >= MASK_BASE and mask_kind(text[at]).endswith("PRODUCT")
                               or rules.product_kind_search is not None
                               and rules.product_kind_search.match(text, at) is not None)


def _only_where(masked: _Masked, at: int, trigger_at: int | None, rules: RuleSet) -> bool:
    """Whether the name at ``at``, or the list it ends (在上海和广州), comes right after a marker of
    where (在, words.location) and nothing later in its clause closes 在… as a time or a circumstance
    (在美国宣布制裁后: then the name may act), or the phrase closes before the trigger at
    ``trigger_at`` (在盟友的要求下,暂停…: the act after it is someone else's)."""
    text, coordinators = masked.text, rules.coordinators
    first = at
    while (joiner := next((w for w in coordinators if text.endswith(w, 0, first)), None)) is not None \
            and first - len(joiner) > 0 and masked.mention_at(text[first - len(joiner) - 1]) is not None:
        first -= len(joiner) + 1
    while first > 0 and _a_place(masked.mention_at(text[first])) and _a_place(masked.mention_at(text[first - 1])):
        first -= 1  # 在马来西亚柔佛州: a place within the place before it
    if not _word_before(text, first, rules.words.get("location", ()), rules):
        return False
    closed = _frame_closed(text, at, len(text), rules)
    return closed is None or trigger_at is not None and trigger_at >= closed


def _a_place(mention: Mention | None) -> bool:
    return mention is not None and mention.type == "PLACE"


def _clause_end_within(text: str, at: int, end: int) -> int:
    """Where the clause holding ``at`` ends, ``end`` at the latest (the sentence's end, in a whole text)."""
    return min(clause_end(text, at) or end, end)


def _frame_closed(text: str, at: int, end: int, rules: RuleSet) -> int | None:
    """Where the clause from ``at`` (up to ``end`` at most) closes a 在… as a time or a circumstance
    (words.circumstance_closers: 在美国宣布制裁后), past the closer; None where nothing closes it."""
    end = _clause_end_within(text, at, end)
    return max((text.rfind(closer, at, end) + len(closer) for closer in rules.words.get("circumstance_closers", ())
                if closer in text[at:end]), default=None)


def _actor_of_its_clause(masked: _Masked, at: int) -> tuple[bool, Mention | None]:
    """Whether the name at ``at`` is inside what another did in its clause, and who did it: the first
    name before it in its clause (美国正在调查华为, 在美国宣布制裁华为后), unless a preposition marks
    it (None); or, in a clause that opens with a verb and no name (,接管安世半导体的控制权), the first name
    of the sentence that opens its clause, which the clause goes on with."""
    text = masked.text
    opens = clause_start(text, at)
    skip = int(masked.carried)  # a subject carried in is no name of the sentence
    start = max(opens, skip)
    names = [(i, ch) for i, ch in enumerate(text[:at]) if i >= skip and masked.mention_at(ch) is not None]
    before = [ch for i, ch in names if i >= start]
    if before:
        return True, masked.mention_at(before[0]) if not mask_kind(before[0]).startswith(OBJECT) else None
    if opens == 0 or not text[start:at].strip():
        return False, None  # it opens its clause, or the sentence: it acts
    opening = next((ch for i, ch in names if clause_start(text, i) == i and not mask_kind(ch).startswith(OBJECT)), None)
    return opening is not None, masked.mention_at(opening) if opening is not None else None


def _trigger_in_circumstance(text: str, m: re.Match, trigger: str, rules: RuleSet) -> bool:
    """Whether the trigger is the verb of a 在…时 phrase (在实施时, 在正式发布后) after the head, and the
    tail comes after it: the phrase says when something else happens. (A head inside the phrase is
    what the tail undergoes: 在美国的制裁下,华为….)"""
    start, end = m.start(trigger), m.end(trigger)
    if m.start("tail") < end or m.start("head") > start:
        return False
    location = rules.words.get("location", ())
    if not any(_word_before(text, at, location, rules)
               for at in range(max(m.end("head") + 1, start - _CIRCUMSTANCE_ADVERB), start + 1)):
        return False
    return text.startswith(rules.words.get("circumstance_closers", ()), end)


_CIRCUMSTANCE_ADVERB = 2  # characters between 在 and the verb of its phrase (在正式实施时)


def _said_by_another(text: str, m: re.Match, trigger_at: int, by_char: Mapping[str, Mention], rules: RuleSet) -> bool:
    """Whether, between the head and the trigger, what was said opens with a name of its own, an
    actor that is not the tail (表示将对日本…限制 restricts Japan): that name does what follows. (A
    maker or a country glued to the tail, 英伟达的H20, 日本企业东京电子, is one name with it in the
    masked text.)"""
    if rules.said_subject is None or m.end("head") > trigger_at:
        return False
    said = None
    for said in rules.said_subject.finditer(text, m.end("head"), trigger_at):
        pass  # the last: the one the trigger is said in
    if said is None:
        return False
    at = said.start(1)
    mention = by_char.get(text[at])
    tail = m.start("tail")
    return mention is not None and mention.type in _ACTOR_TYPES and at != tail


def _phrase_holds(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]``, cut at the end of its clause, holds one of ``words``."""
    stop = clause_end(text, start)
    phrase = text[start:end if stop is None else min(end, stop)]
    return any(word in phrase for word in words)


def _ends_a_marked_phrase(text: str, at: int, rules: RuleSet) -> bool:
    """Whether the name at ``at`` ends the phrase an object marker (``words.object``) opens, past
    modifiers with no name or clause mark (对中资控股的芯片企业|安世半导体); a marker that ends or opens a
    compound is none (反对, 对方)."""
    markers = rules.words.get("object", ())
    for start in range(at - 1, max(0, at - _MARKED_PHRASE) - 1, -1):
        if ord(text[start]) >= MASK_BASE or text[start] in CLAUSE_MARKS:
            return False
        if _word_at(text, start, markers, rules) and any(
                text.startswith(word, start) and _word_before(text, start + len(word), (word,), rules)
                for word in markers):
            return True
    return False


_MARKED_PHRASE = 16  # characters from an object marker to the name its modifiers lead to


def _stance_between(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """Whether a word of ``stance_on_acts`` (反对, 支持…) stands in ``text[start:end]``, in one clause, and
    not as a vote's count (以七十票赞成通过)."""
    between = text[start:end]
    return not any(mark in between for mark in CLAUSE_MARKS) \
        and any(word in between and not between.endswith(_VOTES, 0, between.find(word))
                for word in rules.words.get("stance_on_acts", ()))


_VOTES = "票"  # 以七十票赞成: the votes for, no stance


def _excluded_before(lead: str, rule: Rule, rules: RuleSet) -> bool:
    """Whether the clauses a carried subject comes through (``lead``, the sentence before the clause,
    back to where it goes on from) hold a word no gap of ``rule`` may hold (``gaps_exclude``); not a
    preposition, which marks its own clause's object (台积电停止对华为出货,并与中芯国际展开竞争)."""
    chain = _went_on_from(lead.rstrip(CLAUSE_MARKS), rules) if lead else ""
    return any(word in chain for word in rule.gaps_exclude if word not in rules.prepositions)


def _went_on_from(before: str, rules: RuleSet) -> str:
    """``before`` (the text up to a trigger) from the start of the trigger's clause, or of the first
    clause it goes on from (a carry opener opens it: ,并将…, ,还…), not set against it (,但…): a plan
    or a demand there covers it too (要求商务部禁止…,并将长鑫存储列入实体清单 is demanded)."""
    start = clause_start(before, len(before))
    while start > 0 and rules.carry_search is not None:
        at = start + 1 if start < len(before) and ord(before[start]) >= MASK_BASE else start  # a carried subject
        if rules.carry_search.match(before, at) is None or before.startswith(rules.contrast, at):
            break
        start = clause_start(before, start - 1)
    return before[start:]


def _full_role(role: str | None, tail: Mention) -> str | None:
    """商务部长 is read as 商务部 + 长: the role is 部长, the office's last character plus 长."""
    if role == "长" and tail.text:
        return tail.text[-1] + role
    return role


def _last_title(group: str | None, title_search: re.Pattern | None) -> str | None:
    """The role a title slot states: of titles glued together the last (高级副总裁), of titles listed
    with 、 the first, the main post (CEO、创始人 is CEO)."""
    if not group:
        return None
    group = group.split("、", 1)[0]
    found = title_search.findall(group) if title_search else []
    return found[-1] if found else group


def _stated_parents(rule: Rule, doc: Document, mentions: list[Mention], named: _Named,
                    sentence: tuple[int, int], rules: RuleSet, entities: Mapping[str, Entity]) -> Iterator[Relation]:
    """Every parent a name states, read from its start: 美国商务部工业与安全局 → 美国 and 美国商务部.

    A parent counts when the document names it; a body glued before the name
    counts too, with its own parents (美国联邦众议院|中国特设委员会, 英国 CMA). A
    country starts the name or is no parent (美国众议院中国特设委员会 is no part of
    China), and a company or association is not part of the country it is named
    after (美国半导体行业协会).
    """
    # The name before and the parents stated for it; None until a unit glued to it asks for them.
    previous: Mention | None = None
    previous_parents: list[Entity] | None = None
    for mention in mentions:
        if mention.source in _STAND_IN_SOURCES or mention.source == IN_TITLE:
            continue  # a title's body (美国商务部|长) states no parent: the document shows only its place
        if mention.type not in rule.head and mention.type not in rule.tail:
            previous = None  # neither a unit nor a parent: it breaks a chain of glued names
            continue
        glued = previous is not None and _glued_parent(doc.text, previous, mention, entities)
        if mention.type not in rule.head and not glued:
            previous, previous_parents = mention, None  # only a parent (美国): read if a unit is glued to it
            continue
        parents = _name_parents(doc.text, mention, named, rule, rules, entities)
        if glued and previous is not None:
            if previous_parents is None:
                previous_parents = _name_parents(doc.text, previous, named, rule, rules, entities)
            parents = parents + [p for p in (entities[previous.entity_id], *previous_parents)
                                 if p.type in rule.tail and (p.type != "PLACE" or mention.type == "AGENCY")]
        previous, previous_parents = mention, parents
        if mention.type not in rule.head or not parents:
            continue
        for entity in {p.id: p for p in parents if p.id != mention.entity_id}.values():
            ev = _evidence(doc, *sentence, f"{rule.id}: the name states {entity.name}")
            yield Relation(mention.entity_id, rule.relation, entity.id, ev)


def _name_parents(text: str, mention: Mention, named: _Named, rule: Rule, rules: RuleSet,
                  entities: Mapping[str, Entity]) -> list[Entity]:
    """The parents ``mention``'s own name states, read once a document for each name."""
    surface = text[mention.norm_start:mention.norm_end].lower()
    key = (surface, mention.entity_id, mention.type, rule.id)
    parents = named.parents.get(key)
    if parents is None:
        entity = entities.get(mention.entity_id)
        own_country = entity.facts.get("country") if entity else None
        parents = named.parents[key] = _parents_in_name(surface, mention, named.by_name, rule,
                                                        tuple(rules.words.get("trades", ())), own_country)
        # a country's short name opening the body's name (美|商务部, 大陆|海关): the body's own country
        if not parents and own_country is not None and own_country == _country_opening(surface, rules) \
                and own_country in named.ids and "PLACE" in rule.tail and mention.type == "AGENCY":
            parents.append(entities[own_country])
        # a discovered unit whose name states its company past its city (成都海光集成电路设计有限公司)
        parent = entities.get(entity.facts.get("part_of", "")) \
            if entity is not None and entity.discovered and entity.type == "ORG" else None
        if parent is not None and parent.type == "ORG" and parent.id in named.ids and parent not in parents:
            parents.append(parent)
    return parents


def _country_opening(surface: str, rules: RuleSet) -> str | None:
    """The country whose short name opens ``surface`` (美|商务部, 大陆|海关), if any; none where a pair of
    them does (美中战略竞争特别委员会: US–China, no owner)."""
    short = next((w for w in rules.abbreviations if surface.startswith(w)), None)
    if short is None or any(surface.startswith(w, len(short)) for w in rules.abbreviations):
        return None
    return rules.abbreviations[short]


def _parents_in_name(surface: str, mention: Mention, named: Mapping[str, Entity], rule: Rule,
                     trades: tuple[str, ...], own_country: str | None) -> list[Entity]:
    """The named entities ``surface`` begins with, one after another (美国|商务部…); not a company's
    name before a trade that makes another company's name (超微|电脑 is no unit of 超微, AMD), nor a
    place outside the country the dictionary gives the body (中国问题特设委员会 is the US House's)."""
    parents: list[Entity] = []
    pos = 0
    while pos < len(surface):
        # After a country a shared name is that country's body: in 美国商务部工业与安全局 the
        # 商务部 is not China's, though the document names China's ministry 商务部.
        country = parents[-1].id if parents and parents[-1].type == "PLACE" else None
        prefixes = [name for name in _prefixes(surface, pos, named)
                    if named[name].id != mention.entity_id and named[name].type in rule.tail
                    and (named[name].type != "PLACE" or (mention.type == "AGENCY" and (
                        pos == 0 or _located_in(parents, named[name]))
                        and own_country in (None, named[name].id, named[name].facts.get("country"))))
                    and (country is None or named[name].type == "PLACE"
                         or named[name].facts.get("country", country) == country)
                    and not (named[name].type == "ORG" and surface[pos + len(name):] in trades)]
        if not prefixes:
            break
        if any(named[name].type == "PLACE" for name in prefixes) and parents:
            parents = []  # 马萨诸塞州|美国检察官办公室: the state only says where the country's office sits
        parents += [named[name] for name in prefixes]
        pos += max(map(len, prefixes))
    return parents


def _located_in(parents: list[Entity], country: Entity) -> bool:
    """Whether the name so far states only places inside ``country`` (马萨诸塞州 before 美国)."""
    return bool(parents) and all(p.type == "PLACE" and p.facts.get("country") == country.id for p in parents)


def _glued_parent(text: str, before: Mention, mention: Mention, entities: Mapping[str, Entity]) -> bool:
    """Whether ``before`` is a body named right before its unit: an agency or a country glued
    to an agency (a country may stand a space apart: 英国 CMA), a company glued to a company,
    unless the dictionary knows the second one's parent to be another or none (a headline's list:
    华为中芯列入实体名单)."""
    between = text[before.norm_end:mention.norm_start]
    if mention.type == "AGENCY":
        return between == "" and before.type in ("AGENCY", "PLACE") or between == " " and before.type == "PLACE"
    if mention.type != before.type or mention.type != "ORG" or between != "":
        return False
    known = entities.get(mention.entity_id) if mention.source == _DICTIONARY else None
    return known is None or known.facts.get("part_of") == before.entity_id


_DICTIONARY = "dict"  # the source of a mention the dictionary names (others are discovered by patterns)


_MARKED_COUNTRY = "implicit, marked"  # the source of 华 in 在华, 对华: a place, never an actor
_ANAPHOR = "anaphor"  # Mention.source of a stand-in for a phrase that refers back (该公司, 这两家企业)
_STAND_IN_SOURCES = (_ANAPHOR, "implicit", _MARKED_COUNTRY, "administration")


def _known_offices(rule: Rule, doc: Document, mentions: list[Mention], named: _Named,
                   sentence: tuple[int, int], rules: RuleSet, entities: Mapping[str, Entity]) -> Iterator[Relation]:
    """拜登总统, 现任国务卿的鲁比奥: the title beside a person is the office the dictionary gives them; the employer
    it names (works_for) is read when the document names it too. 英伟达的黄仁勋: the employer the
    dictionary gives a person, named right before them with 的, is theirs (no title is stated)."""
    text = doc.text
    for index, mention in enumerate(mentions):
        person = entities.get(mention.entity_id) if mention.type in rule.head else None
        if person is None or mention.source in _STAND_IN_SOURCES:
            continue
        employer = entities.get(person.facts.get("works_for", ""))
        if employer is None or employer.type not in rule.tail:
            continue
        role = person.facts.get("role")
        if role and (text.startswith(role, mention.norm_end) or text.endswith((role, role + "的"), 0, mention.norm_start)
                     or _role_after_employer(text, mention, role, employer, mentions[:index])):
            if employer.id in named.ids:
                yield Relation(person.id, rule.relation, employer.id,
                               _evidence(doc, *sentence, f"{rule.id}: {mention.text} is {role}"), role)
        elif index and mentions[index - 1].entity_id == employer.id \
                and mentions[index - 1].norm_end == mention.norm_start - 1 and text[mention.norm_start - 1] == "的":
            yield Relation(person.id, rule.relation, employer.id,
                           _evidence(doc, *sentence, f"{rule.id}: {mentions[index - 1].text}的{mention.text}"), None)


def _byline_employers(rule: Rule, doc: Document, mentions: list[Mention], named: _Named,
                      sentence: tuple[int, int], rules: RuleSet, entities: Mapping[str, Entity]) -> Iterator[Relation]:
    """每经记者：王晶, 集微网报道(文/林思远), 文｜财新 张畅: a person a byline names after the outlet, in the same line,
    a short field and a bar, a slash or a colon apart (or a space alone), works for it; so do the people
    the same byline names after them (文｜钛媒体,作者｜杜知远,编辑｜胡蓉)."""
    text = doc.text
    byline: tuple[Mention, Mention] | None = None  # the outlet of the byline read so far, and its last name
    for mention in mentions:
        if mention.source in _STAND_IN_SOURCES:
            continue
        if mention.type in rule.tail:
            byline = (mention, mention)
            continue
        if byline is not None and mention.type in rule.head and mention.norm_start > byline[1].norm_end:
            outlet, last = byline
            between = _BYLINE_BETWEEN.fullmatch(text, last.norm_end, mention.norm_start)
            if between is not None and (between.group().isspace() or any(c in between.group() for c in BYLINE_MARKS)) \
                    and (not between["field"] or between["field"] in rules.byline_fields or between["field"] in rules.titles):
                yield Relation(mention.entity_id, rule.relation, outlet.entity_id,
                               _evidence(doc, *sentence, f"{rule.id}: {text[outlet.norm_start:mention.norm_end]}"))
                byline = (outlet, mention)
                continue
        byline = None


# Between an outlet, or a name its byline gave, and the next name: a report's word (报道, 科技讯), a bracket or a
# comma, a field of at most four characters (文, 作者, 记者, 首席记者: a byline's or a title) and its mark; no line break.
_BYLINE_BETWEEN = re.compile(rf"(?:[\u4e00-\u9fff]{{0,2}}(?:报道|讯))?[ \u3000]*[(（,，]?[ \u3000]*"
                             rf"(?P<field>{BYLINE_CHARACTER}{{0,4}})[ \u3000]*[{BYLINE_MARKS}]?[ \u3000]*")


def _role_after_employer(text: str, person: Mention, role: str, employer: Entity, before: list[Mention]) -> bool:
    """Whether the title right before ``person`` is the rest of their dictionary ``role`` after its
    employer's name (商务部新闻发言人: 新闻发言人何亚东), the employer named earlier in the sentence
    (商务部举行例行发布会,新闻发言人何亚东…)."""
    rest = next((role[len(name):] for name in employer.names if role.startswith(name)), "")
    return len(rest) >= _ROLE_REST and text.endswith(rest, 0, person.norm_start) \
        and any(m.entity_id == employer.id for m in before)


_ROLE_REST = 2  # characters of a role past its employer's name that may stand for it (发言人; not 长 of 商务部长)


def _officers_after(rule: Rule, doc: Document, subject: Mention, mentions: list[Mention],
                    clause_spans: list[tuple[int, int]], sentence: tuple[int, int], rules: RuleSet) -> Iterator[Relation]:
    """The people that the sentence's later clauses open with, past a title of ``rule.officers_after``
    (星岚科技成立于2020年,创始人、董事长兼总经理陈立平…), and the people listed after each with a title
    (``list_joiners``): the subject employs them."""
    text, pattern, joiners = doc.text, rule.officers_after, rules.words.get("list_joiners", ())
    assert pattern is not None
    for c_start, c_end in clause_spans:
        if c_start < subject.norm_end:
            continue
        first = next((m for m in mentions if m.norm_start >= c_start), None)
        if first is None or first.norm_start >= c_end or first.type not in rule.head or first.source in _STAND_IN_SOURCES:
            continue
        opening, start, person_end = pattern.fullmatch(text, c_start, first.norm_start), c_start, first.norm_end
        for person in (m for m in mentions if first.norm_start <= m.norm_start < c_end):
            if person is not first:  # …首席技术官甲、首席财务官乙
                joiner = next((j for j in joiners if text.startswith(j, person_end)), "")
                start = person_end + len(joiner)
                opening = pattern.fullmatch(text, start, person.norm_start) if joiner and person.type in rule.head else None
            if opening is None:
                break
            if person.entity_id != subject.entity_id:
                yield Relation(person.entity_id, rule.relation, subject.entity_id,
                               _evidence(doc, *sentence, f"{rule.id}: {subject.text}…,{text[start:person.norm_end]}"),
                               opening.group("title"))
            person_end = person.norm_end


def _prefixes(surface: str, pos: int, named: Mapping[str, Entity]) -> list[str]:
    """The names in ``named`` that ``surface`` holds at ``pos``, shorter than what is left of it; a Latin
    name ends where a word does (semiconductor… holds no SEMI)."""
    return [surface[pos:end] for end in range(pos + 2, len(surface)) if surface[pos:end] in named
            and not (is_latin_word_char(surface[end - 1]) and is_latin_word_char(surface[end]))]
