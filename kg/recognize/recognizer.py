"""The recognizer: entity mentions in a Document from the dictionaries and patterns.

``Recognizer.load(dictionaries)`` builds (or takes from the cache) the
automaton; ``recognizer.recognize(doc)`` returns mentions with offsets into
the original text, sorted by (start, -end).
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Mapping

from kg.cache import cached, code_digest
from kg.dictset import DictionarySet
from kg.ingest.normalize import ScriptConverter, lower_same_length
from kg.model import IN_TITLE, Document, Entity, Mention
from kg.recognize.disambiguate import CueIndex, build_cue_index, resolve, sentence_around
from kg.recognize.lexicon import Lexicon, load_lexicon, normalize_name
from kg.recognize.matcher import Matcher, Span, build_matcher
from kg.recognize.patterns import (
    Found,
    Hit,
    PatternRules,
    discovered_id,
    find_bare_laws,
    find_bodies_in_titles,
    find_coded_products,
    find_branded_models,
    extend_given_names,
    find_described_companies,
    find_dotted_companies,
    find_defined_companies,
    find_named_companies,
    find_headed_orgs,
    find_latin_names,
    find_legal_names,
    find_listed_orgs,
    find_place_agencies,
    find_place_towns,
    find_line_models,
    find_local_subsidiaries,
    find_maker_codes,
    find_occupied_people,
    find_appointed_people,
    find_apposed_people,
    find_noted_people,
    find_byline_people,
    find_made_products,
    find_sub_units,
    find_titled,
    find_titled_people,
    load_pattern_rules,
)
from kg.recognize.jieba_words import common_non_names, common_verbs_and_times, common_words, read_dictionary, straddle_scores
from kg.recognize.short_forms import build_short_forms

__all__ = ["Recognizer", "Recognition"]

# A Latin gloss in brackets right after a name: 英伟达(Nvidia Corp.), 范李文(Geoffrey van Leeuwen).
_GLOSS = re.compile(r"\(([A-Z][A-Za-z0-9&.'’\-]*(?: (?:[A-Z][A-Za-z0-9&.'’\-]*|van|von|de|der|den|of|and|the|da|di|bin)){0,5})\)")
# A Chinese name right before a bracketed name already found: the longest run of
# Chinese characters (and · in transliterations) up to the bracket, then cut
# after the last title or function word in it.
_GLOSSED = re.compile(r"([\u4e00-\u9fff·]+)$")
_COMPANY = "公司"  # a glossed company's name may end in it (因赛特公司(Insitu, Inc.))
_GLOSSED_SUFFIX = 2  # the head word after a found name that its gloss also names (控股, 集团)
_GLOSSED_MAX = {"ORG": 8, "PERSON": 8, "AGENCY": 10, "PLACE": 6, "PRODUCT": 6}
# Besides these, every title of two characters or more (次长|艾斯特维兹(Alan Estevez)): see _gloss_cuts.
_GLOSSED_STARTS_AFTER = ("的", "对", "向", "与", "和", "及", "将", "把", "被", "在", "是", "为", "由", "从", "让", "给",
                         "包括", "例如", "如", "即", "这家", "该", "其", "公司", "高管", "执行官", "官员", "经理")


@functools.lru_cache(maxsize=4)
def _gloss_cuts(titles: tuple[str, ...]) -> tuple[str, ...]:
    """What a Chinese name glossed in brackets starts after: a function word or a title (one
    character, 长, would cut names like 长江存储)."""
    return (*_GLOSSED_STARTS_AFTER, *(t for t in titles if len(t) > 1 and not t.isascii()))


@dataclass(frozen=True, slots=True)
class Recognition:
    """The mentions of one document and every entity they name; and the bodies named only inside a
    minister's title (美国商务部|长X: the mention is 美国), which the relation reader reads in place of
    the places inside them (source ``IN_TITLE``; ``entities`` holds theirs too)."""

    mentions: tuple[Mention, ...]
    entities: Mapping[str, Entity]
    in_titles: tuple[Mention, ...] = ()


class Recognizer:
    """Dictionary matcher, cue index and pattern rules, ready to run."""

    def __init__(self, lexicon: Lexicon, matcher: Matcher, cues: CueIndex, patterns: PatternRules,
                 short_forms: Mapping[str, str]):
        self.lexicon = lexicon
        self.matcher = matcher
        self.cues = cues
        self.patterns = patterns
        self._short_forms_of: dict[str, list[str]] = {}  # company id -> its short forms (kg.recognize.short_forms)
        for short, entity_id in sorted(short_forms.items()):
            self._short_forms_of.setdefault(entity_id, []).append(short)

    @classmethod
    def load(cls, dictionaries: DictionarySet, cache_dir: Path | None = None) -> "Recognizer":
        """Load the dictionaries and build the matcher, reusing a cached build of the same files.

        Args:
            dictionaries: the files in use.
            cache_dir: where built matchers are kept; None builds afresh and keeps nothing.

        Raises:
            DictionaryError: a dictionary or pattern file is invalid.
        """
        def build():
            converter = ScriptConverter()
            lexicon = load_lexicon(dictionaries.entity_files())
            patterns = load_pattern_rules(dictionaries.path("patterns.yaml"))
            short = patterns.short_form
            jieba_dictionary = read_dictionary()
            patterns = replace(patterns, common_non_names=frozenset(common_non_names(
                patterns.not_name_frequency, jieba_dictionary)), not_opening_names=frozenset(common_verbs_and_times(
                patterns.not_name_frequency, jieba_dictionary)))
            straddles = straddle_scores({normalize_name(name, converter) for entity in lexicon.entities.values()
                                         if entity.type in patterns.straddle.types for name in entity.names},
                                        patterns.straddle.margin, jieba_dictionary)
            return (lexicon, build_matcher(lexicon.entities, converter, patterns.not_before, straddles),
                    build_cue_index(lexicon.entities, converter), patterns,
                    build_short_forms(lexicon.entities, converter, tuple(short.suffixes),
                                      (short.min_chars, short.max_chars),
                                      functools.partial(common_words, min_frequency=short.common_frequency,
                                                        dictionary=jieba_dictionary),
                                      tuple(short.unit_parents), (short.unit_min_chars, short.unit_max_chars),
                                      tuple(short.unit_heads)))

        return cls(*cached(cache_dir, "recognizer", dictionaries.digest() + code_digest(), build))

    def recognize(self, doc: Document) -> Recognition:
        """Find the mentions in ``doc``; never mutates it."""
        text = doc.text
        entities = self.lexicon.entities
        folded = lower_same_length(text)
        # Spans stay sorted by start and never overlap (no name holds 《 or 》), so
        # titles and pattern finds are placed by bisection.
        spans = resolve(self.matcher.find(text, folded), text, self.cues, entities, folded)
        if self.patterns.place_not_before:  # 北京|时间: a time, no place
            spans = [s for s in spans if s[2] != "PLACE" or not text.startswith(self.patterns.place_not_before, s[1])]
        if self._short_forms_of:
            _link_short_forms(folded, spans, self._short_forms_of, self.patterns.common_non_names)
        discovered: dict[str, Entity] = {}
        rules = self.patterns
        hits = rules.triggers.find(text)
        for index, other in extend_given_names(text, spans, rules, self._given_names):
            spans[index] = (other.start, other.end, other.type, _discover(other, discovered))
        spans = self._apply_titles(text, spans, discovered, hits)
        # Latin names first: a company found here anchors the codes and titles after it (Skydio X10).
        latin = find_latin_names(text, rules, hits)
        if latin:
            _add_found(text, spans, latin, discovered)
        # A model of a known line is made by the line's maker: the find carries the maker.
        models = [replace(f, anchor=entities[f.anchor].facts.get("made_by") if f.anchor in entities else None)
                  for f in find_line_models(text, spans, rules)]
        # 台积电(南京) is a subsidiary; 阿斯麦(荷兰) only says where the company is from.
        subsidiaries = find_local_subsidiaries(text, spans, rules,
                                               lambda place: place in entities and "country" in entities[place].facts)
        longer = (find_legal_names(text, spans, rules, hits, self._is_country)
                  + find_sub_units(text, spans, rules, hits) + models
                  + subsidiaries + find_place_agencies(text, spans, rules, hits)
                  + find_bare_laws(text, spans, rules, hits)
                  + find_headed_orgs(text, spans, rules, hits, self._country_of) + find_listed_orgs(text, spans, rules, hits, self._is_country))
        if longer:
            short_names = _short_names(text, spans, longer, rules, self._is_country)
            _take_over(spans, longer, discovered, entities, text, rules.legal_unit_before, self._is_country)
            _link_short_names(folded, spans, short_names, discovered)
        found = (find_titled_people(text, spans, rules, self._country_of) + find_occupied_people(text, spans, rules, hits)
                 + find_appointed_people(text, spans, rules, hits) + find_apposed_people(text, spans, rules, hits)
                 + find_noted_people(text, spans, rules, hits) + find_byline_people(text, spans, rules)
                 + find_place_towns(text, spans, rules, hits)
                 + find_described_companies(text, spans, rules, hits) + find_dotted_companies(text, spans, rules, hits)
                 + find_named_companies(text, spans, rules, hits) + find_defined_companies(text, spans, rules)
                 + find_made_products(text, spans, rules))
        if found:
            _add_found(text, spans, found, discovered)
        _add_defined_names(text, folded, spans, rules, discovered)
        for start, end, entity_type, entity_id in _add_glosses(text, spans, _gloss_cuts(rules.titles), discovered,
                                                               self.lexicon.entities):
            if entity_id not in discovered:  # 美国国际贸易委员会(ITC) … ITC行政法官: the known body again
                _add_occurrences(folded, spans, folded[start:end], entity_type, entity_id)
        if discovered:
            _link_repeats(text, folded, spans, discovered)
        # Codes after the repeats are linked: a company discovered once anchors its codes everywhere.
        codes = find_maker_codes(text, spans, rules)
        # a brand and its code before the code alone (其云帆X500加速卡: 云帆X500, not X500)
        codes += find_branded_models(text, spans, rules) + find_coded_products(text, spans, rules, hits)
        if codes:
            _add_found(text, spans, codes, discovered)
            _link_repeats(text, folded, spans, discovered)
        _link_bare_heads(text, folded, spans, entities, discovered, self.cues)
        in_titles = []
        for index in reversed(find_bodies_in_titles(text, spans, rules)):
            in_titles.append(self._mention(doc, spans[index], IN_TITLE))
            spans[index:index + 1] = self._place_in(text, folded, spans[index])
        mentions = tuple(self._mention(doc, span, "pattern" if span[3] in discovered else "dict") for span in spans)
        named = {i: discovered.get(i) or entities[i] for i in sorted({s[3] for s in spans}
                                                                       | {m.entity_id for m in in_titles})}
        return Recognition(mentions, named, tuple(reversed(in_titles)))

    @staticmethod
    def _mention(doc: Document, span: Span, source: str) -> Mention:
        start, end, entity_type, entity_id = span
        o_start, o_end = doc.span_start[start], doc.span_end[end - 1]
        return Mention(o_start, o_end, doc.original[o_start:o_end], entity_type, entity_id, source, start, end)

    def _place_in(self, text: str, folded: str, body: Span) -> list[Span]:
        """The place a body's name opens with, as the dictionary finds it (美国|商务部), if any (美商务部)."""
        start, end = body[0], body[1] - 1  # not the body's last character, its kind (部)
        inner = self.matcher.find(text[start:end], folded[start:end]).spans
        return [(start + s[0], start + s[1], s[2], s[3]) for s in inner[:1] if s[0] == 0 and s[2] == "PLACE"]

    def _is_country(self, entity_id: str) -> bool:
        """Whether a known place is a country: of no other country (a province or a city has one)."""
        entity = self.lexicon.entities.get(entity_id)
        return entity is not None and entity.type == "PLACE" and "country" not in entity.facts

    def _country_of(self, entity_id: str) -> str | None:
        """The country a known entity is of: a place's own id, or its ``country`` fact."""
        entity = self.lexicon.entities.get(entity_id)
        if entity is None:
            return None
        return entity.id if entity.type == "PLACE" else entity.facts.get("country")

    def _given_names(self, entity_id: str) -> tuple[str, ...]:
        """The given names the dictionary spells a person's ·-joined names with (杰罗姆 of 杰罗姆·鲍威尔)."""
        entity = self.lexicon.entities.get(entity_id)
        return tuple(name.split("·", 1)[0] for name in (entity.name, *entity.aliases) if "·" in name) if entity else ()

    def _apply_titles(self, text: str, spans: list[Span], discovered: dict[str, Entity],
                      hits: Mapping[str, list[Hit]]) -> list[Span]:
        """A 《》 title is one name: what the dictionary found inside it gives way. A law's title that is
        only a law's word (《办法》 after 《人工智能生成合成内容标识办法》) names the last law before it
        whose title ends with that word, or nothing."""
        law_words = self.patterns.law_suffixes
        last_law: dict[str, str] = {}  # a law's word -> the last law before whose title ends with it
        for found in find_titled(text, self.patterns, hits):
            title = found.name.strip("《》")
            if found.type == "LAW" and title in law_words and title not in last_law:
                continue  # 《办法》 with no law before it names none
            # A law's span holds its marks, a newspaper's does not; either way a
            # dictionary name of the same type over the title, with or without marks, names it.
            if found.type == "LAW":
                outer_start, outer_end = found.start, found.end
            else:
                outer_start, outer_end = found.start - 1, found.end + 1
            lo = bisect.bisect_left(spans, (outer_start,))
            hi = bisect.bisect_left(spans, (outer_end,))
            inside = spans[lo:hi]
            exact = [s for s in inside if s[0] in (outer_start, outer_start + 1) and s[1] in (outer_end, outer_end - 1)
                     and s[2] == found.type]
            if found.type == "LAW" and title in law_words:
                entity_id = last_law[title]
            else:  # a title glossed by a known name of its type is that entity (《确保芯片法》(Chip Security Act))
                gloss_at = found.end + (text[found.end:found.end + 1] in _CLOSING_QUOTES)
                entity_id = exact[0][3] if exact else _glossed_by(text, spans, hi, gloss_at, found.type, discovered) \
                    or _discover(found, discovered)
            if found.type == "LAW":
                last_law.update((word, entity_id) for word in law_words if title.endswith(word) and title != word)
            spans[lo:hi] = [(found.start, found.end, found.type, entity_id)]
        return spans


_CLOSING_QUOTES = "”」\"》"  # after a title whose span leaves its marks out (“芯片定位法”, 《金融时报》)


# What a longer find may hold, by pattern (default: organizations and places).
_MAY_HOLD = {"model_after_line": ("PRODUCT",), "agency_of_place": ("PLACE", "AGENCY"),
             "unit_of_agency": ("AGENCY", "PLACE"), "country_law": ("PLACE", "LAW", "ORG"),
             "bill": ("PLACE", "ORG", "LAW")}


def _take_over(spans: list[Span], found: list[Found], discovered: dict[str, Entity],
               entities: Mapping[str, Entity], text: str, unit_before: tuple[str, ...],
               is_country: Callable[[str], bool] = lambda place: True) -> None:
    """A longer name replaces the organizations and places found inside it (上海交通大学|微电子学院).

    A legal name that begins with a known company's name, or with a city or a province and then one
    (``is_country`` tells a country), is that company
    (中芯国际集成电路制造有限公司 is 中芯国际, 上海壁仞科技股份有限公司 is 壁仞科技), unless a word of ``unit_before`` stands
    right before it, or before the place glued to it, and that company is no unit itself
    (子公司|北方华创微电子装备有限公司 is a unit of its own; 子公司|华为云计算技术有限公司 is 华为云),
    a model the dictionary knows stays
    itself with its line's name before it, and a known agency glued to its own
    country is that agency (大陆|海关); anything else is a new entity. A find
    that cuts through a name, or holds a name of a type it may not (a person,
    agency or law; a product only in a model number, 昇腾|950), is dropped.
    """
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        lo = bisect.bisect_left(spans, (f.start,))
        hi = bisect.bisect_left(spans, (f.end,))
        inside = spans[lo:hi]
        allowed = _MAY_HOLD.get(f.pattern, ("ORG", "PLACE"))
        if (lo and spans[lo - 1][1] > f.start) or any(s[1] > f.end or s[2] not in allowed for s in inside):
            continue
        if f.pattern.startswith("unit_of") and any(s[2] != "PLACE" for s in inside[1:]):
            continue  # 英伟达与清华大学实验室 is two organizations' lab, not a unit of the first
        if len(inside) == 1 and inside[0][:2] == (f.start, f.end):
            continue  # the dictionary already names exactly this span
        opening = 0
        while opening + 1 < len(inside) and inside[opening][2] == "PLACE" and not is_country(inside[opening][3]) \
                and inside[opening + 1][0] == inside[opening][1]:
            opening += 1  # 上海|壁仞科技…, 上海市|浦东新区|…: the company's registered place
        first = inside[opening] if inside else None
        last = inside[-1] if inside else None
        # (not a body each place has its own of, after a province or a city: find_headed_orgs names
        # 江苏省|半导体行业协会 only as Jiangsu's own)
        opens_with_company = f.pattern in ("legal_name", "headed_org") and first and inside[0][0] == f.start \
            and first[2] == "ORG" and not (f.pattern == "headed_org" and opening and first[1] == f.end)
        if opens_with_company and not (text.endswith(unit_before, 0, _list_start(text, spans, lo, f.start))
                                       and "part_of" not in _facts(first[3], entities, discovered)):
            entity_id = first[3]
        elif opens_with_company and f.pattern == "legal_name":
            entity_id = _discover(replace(f, anchor=first[3]), discovered)  # a unit of the company its name states
        elif f.pattern == "model_after_line" and len(inside) > 1 and last[1] == f.end and last[2] == "PRODUCT":
            entity_id = last[3]  # 昇腾(Ascend)|910C: a model the dictionary knows keeps its entity
        elif (f.pattern == "agency_of_place" and last and last[2] == "AGENCY" and last[1] == f.end
              and f.anchor in (entities[last[3]].facts.get("country"), entities[last[3]].facts.get("part_of"))):
            entity_id = last[3]
        else:
            entity_id = _discover(f, discovered)
        spans[lo:hi] = [(f.start, f.end, f.type, entity_id)]


_UNIT_JOINERS = "、和及与"  # between the units a word of unit_before lists (子公司甲、乙和丙)


def _list_start(text: str, spans: list[Span], at: int, start: int) -> int:
    """Where the name starting at ``start`` (``spans[at]`` the first span from there), with the place glued
    before it and the companies listed before it, starts: 子公司|成都海光集成电路设计有限公司、成都|海光微电子
    技术有限公司 starts the second at the first's start."""
    while at and spans[at - 1][1] == start and spans[at - 1][2] == "PLACE":  # 成都|海光…
        at, start = at - 1, spans[at - 1][0]
    while at and start and text[start - 1] in _UNIT_JOINERS and spans[at - 1][1] == start - 1 \
            and spans[at - 1][2] == "ORG":
        at, start = at - 1, spans[at - 1][0]
        while at and spans[at - 1][1] == start and spans[at - 1][2] == "PLACE":
            at, start = at - 1, spans[at - 1][0]
    return start


def _facts(entity_id: str, entities: Mapping[str, Entity], discovered: Mapping[str, Entity]) -> Mapping[str, str]:
    entity = entities.get(entity_id) or discovered.get(entity_id)
    return entity.facts if entity is not None else {}


def _another_thing(chinese: str, entity: Entity | None) -> bool:
    """Whether a Chinese phrase glossed by a known entity's Latin name shares no character with any of the
    entity's Chinese names: the gloss then names the phrase, not the entity (电容耦合等离子体(CCP))."""
    if entity is None:
        return False
    names = [name for name in entity.names if any("\u4e00" <= ch <= "\u9fff" for ch in name)]
    return bool(names) and not any(ch in name for name in names for ch in chinese)


def _quoted(text: str, span: Span) -> bool:
    """Whether quote marks hold just the name at ``span`` (“爱国者”)."""
    return text[span[0] - 1:span[0]] == "“" and text[span[1]:span[1] + 1] == "”"


_ACRONYM_GLOSS = re.compile(r"[A-Z]{2,5}")  # a gloss in capitals, which a term's acronym may share with a name


def _add_glosses(text: str, spans: list[Span], starts_after: tuple[str, ...],
                 discovered: dict[str, Entity], known: Mapping[str, Entity]) -> list[Span]:
    """A name and its gloss in brackets are one entity: 斯凯迪奥(Skydio), 范李文(Geoffrey van Leeuwen).

    When one side is a name already found, the other becomes a mention of the
    same entity: a Latin gloss after it, or the Chinese name before it (back to
    a title, punctuation or a function word: ``starts_after``). A name found by
    a pattern and glued to a short word before a known gloss (SCREEN|控股(SCREEN
    Holdings)) is, with that word, the gloss's entity, and so are its repeats.
    Returns the Latin glosses added after known names (美国国际贸易委员会(ITC)).
    """
    added: list[Span] = []
    at = text.rfind("(")
    while at >= 0:  # from the end, so inserting a span leaves the earlier indexes as they are
        index = bisect.bisect_left(spans, (at,))  # spans[index:] start at or after the bracket
        before = spans[index - 1] if index else None
        # the name right before the bracket, or before the quote mark that closes it (“爱国者”(Patriot))
        named = before if before is not None and (before[1] == at or before[1] == at - 1 and _quoted(text, before)) else None
        if named:  # 英伟达(Nvidia): the gloss after a name
            gloss = _GLOSS.match(text, at)
            if gloss and (index == len(spans) or spans[index][0] >= gloss.end()):
                spans.insert(index, (gloss.start(1), gloss.end(1), named[2], named[3]))
                added.append(spans[index])
            elif gloss and spans[index][:3] == (gloss.start(1), gloss.end(1), named[2]) and spans[index][3] in discovered \
                    and named[3] in discovered and spans[index][3] != named[3]:
                # 红猫控股(Red Cat Holdings): two names found apart, one company
                merged = spans[index][3]
                spans[:] = [(s, e, t, named[3] if i == merged else i) for s, e, t, i in spans]
                del discovered[merged]
        elif (index < len(spans) and spans[index][0] == at + 1 and text.startswith(")", spans[index][1])
              and text[at + 1:spans[index][1]].isascii()):  # a Latin name glosses the Chinese one before it
            _, _, entity_type, entity_id = spans[index]  # 斯凯迪奥(Skydio): the name before a gloss
            # from the name before at most (商务部将|安杜里尔工业(Anduril Industries): the run starts after it)
            m = _GLOSSED.search(text, max(0, at - _GLOSSED_MAX.get(entity_type, 0), spans[index - 1][1] if index else 0), at)
            glued = spans[index - 1] if m and index and spans[index - 1][1] == m.start(1) else None
            if glued is not None and glued[2] == entity_type and glued[3] in discovered \
                    and at - m.start(1) <= _GLOSSED_SUFFIX:
                # SCREEN|控股(SCREEN Holdings): a found name and its head word are what the gloss names
                spans[:] = [(s, e, t, entity_id if i == glued[3] else i) for s, e, t, i in spans]
                spans[index - 1] = (glued[0], at, entity_type, entity_id)
                del discovered[glued[3]]
            elif m and not (index and spans[index - 1][1] > m.start(1)):
                name_start = m.start(1)
                # 因赛特公司(Insitu, Inc.): a company's name may end in 公司, which then cuts nothing
                name_end = at - len(_COMPANY) if entity_type == "ORG" and text.endswith(_COMPANY, 0, at) else at
                for word in starts_after:
                    cut = text.rfind(word, name_start, name_end)
                    if cut >= 0:
                        name_start = max(name_start, cut + len(word))
                if name_end - name_start >= 2 and not _another_thing(text[name_start:name_end], known.get(entity_id)):
                    spans.insert(index, (name_start, at, entity_type, entity_id))
                elif name_end - name_start >= 2 and _ACRONYM_GLOSS.fullmatch(text, at + 1, spans[index][1]):
                    del spans[index]  # 电容耦合等离子体(CCP): the acronym is the term's, not the party's
        at = text.rfind("(", 0, at)
    return added


def _add_defined_names(text: str, folded: str, spans: list[Span], rules: PatternRules,
                       discovered: Mapping[str, Entity]) -> None:
    """A short name defined in brackets right after a name (星河微电子有限公司(以下简称“星河微”), or two:
    (以下简称“公司”或“星河微”)) names that entity there and wherever else the article uses it; so does a
    Latin gloss before the marker
    (…(Inspur Electronic Information,下称“浪潮信息”): not Inspur, the group)."""
    for m in rules.defined_name.finditer(text):
        index = bisect.bisect_left(spans, (m.start(),))
        named = spans[index - 1] if index and spans[index - 1][1] == m.start() else None
        if named is None:
            continue
        if m.group("gloss"):  # its Latin name before the marker is the entity's too, not the names it holds
            inside = bisect.bisect_left(spans, (m.end("gloss"),))
            spans[index:inside] = [(m.start("gloss"), m.end("gloss"), named[2], named[3])]
        for group in ("short", "other"):  # (以下简称“公司”或“星河”): each name but a word that names no one
            short = (m.group(group) or "").strip()
            if len(short) < 2 or short in rules.defined_not_names:
                continue
            start = m.start(group)
            form = folded[start:start + len(short)]
            _repoint(folded, spans, (form,), named[2], named[3], discovered)  # a pattern's guess at it gives way
            _add_span(spans, (start, start + len(short), named[2], named[3]))
            _add_occurrences(folded, spans, form, named[2], named[3], may_hold=("PLACE",))


def _link_repeats(text: str, folded: str, spans: list[Span], discovered: dict[str, Entity]) -> None:
    """Every other occurrence of a discovered name in the document names the same entity.

    A transliterated name is also found by its last part (亚当·布赖 … 布赖 said).
    """
    forms: dict[str, tuple[str, str]] = {}
    for span in [s for s in spans if s[3] in discovered]:
        name = folded[span[0]:span[1]]
        forms.setdefault(name, (span[2], span[3]))
        if "·" in name and len(name.rsplit("·", 1)[1]) >= 2:
            forms.setdefault(name.rsplit("·", 1)[1], (span[2], span[3]))
    for form, (entity_type, entity_id) in forms.items():
        if len(form) >= 2:
            # A place inside gives way, as it did where the name was found (印度|电子和信息技术部长).
            _add_occurrences(folded, spans, form, entity_type, entity_id, may_hold=("PLACE",))


_TRADES_STRIPPED = 2  # trade words a short name may leave out, its ending first (股份, then 电子)
_SHORT_NAME_CHARS = (3, 6)  # how long a legal name's short name may be: two are often its brand (“汉芯”系列芯片)


def _short_names(text: str, spans: list[Span], found: list[Found], rules: PatternRules,
                 is_country: Callable[[str], bool]) -> list[tuple[int, int, tuple[str, ...]]]:
    """What each legal name found (before the finds take over the spans inside them) goes by in the rest
    of the article: the name without the city or province it opens with (not a country: 中国国新), its
    brackets and its legal ending, and that without its trade's word (上海启衡智算科技有限公司 → 启衡智算科技,
    启衡智算); never a common word, nor a name past its trade made of two (合肥市产业投资控股(集团)有限公司
    names no 产业投资; 星河半导体 stays)."""
    names = []
    for f in found:
        at = bisect.bisect_left(spans, (f.start,))
        if f.pattern != "legal_name" \
                or text.endswith(rules.legal_unit_before, 0, _list_start(text, spans, at, f.start)):
            continue  # a unit's short name is its company's brand (全资子公司星河科技(上海)有限公司 is no 星河科技)
        ending = next((e for e in rules.legal_suffixes if f.name.endswith(e)), "")
        start = f.start
        while at < len(spans) and spans[at][0] == start and spans[at][2] == "PLACE" and not is_country(spans[at][3]):
            start, at = spans[at][1], at + 1  # 上海|启衡智算…
        name = _BRACKETED.sub("", text[start:f.end - len(ending)])
        low, high = _SHORT_NAME_CHARS
        common = rules.common_non_names
        cores = [name]
        for _ in range(_TRADES_STRIPPED):  # 瀚海芯微电子股份 → 瀚海芯微电子 → 瀚海芯微
            last = cores[-1]
            trade = next((w for w in rules.short_form.suffixes if last.endswith(w) and len(last) > len(w)), "")
            core = last[:len(last) - len(trade)]
            if not trade or core[:2] in common and core[2:] in common:
                break  # 产业投资: two common words, no name
            cores.append(core)
        forms = tuple(form for form in dict.fromkeys(cores)
                      if low <= len(form) <= high and _CJK_NAME.fullmatch(form) and form not in common)
        if ending and forms:
            names.append((f.start, f.end, forms))
    return names


_BRACKETED = re.compile(r"\([^()]*\)")  # 沐曦集成电路(上海)股份有限公司: the place in brackets
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]+")


def _link_short_names(folded: str, spans: list[Span], names: list[tuple[int, int, tuple[str, ...]]],
                      discovered: Mapping[str, Entity]) -> None:
    """Every occurrence of a short name of ``names`` names the new company its legal name (from start
    to end) names, also where another pattern found the short name as a company of its own."""
    for start, end, forms in names:
        at = bisect.bisect_left(spans, (start,))
        if at < len(spans) and spans[at][:2] == (start, end) and spans[at][3] in discovered:
            entity_type, entity_id = spans[at][2], spans[at][3]
            _repoint(folded, spans, forms, entity_type, entity_id, discovered)
            for form in forms:
                _add_occurrences(folded, spans, form, entity_type, entity_id)


def _repoint(folded: str, spans: list[Span], forms: tuple[str, ...], entity_type: str, entity_id: str,
             discovered: Mapping[str, Entity]) -> None:
    """Every span of ``forms`` that a pattern found as an entity of its own names ``entity_id`` instead."""
    for index, (start, end, found_type, found_id) in enumerate(spans):
        if found_type == entity_type and found_id != entity_id and found_id in discovered and folded[start:end] in forms:
            spans[index] = (start, end, entity_type, entity_id)


def _link_bare_heads(text: str, folded: str, spans: list[Span], entities: Mapping[str, Entity],
                     discovered: Mapping[str, Entity], cues: CueIndex) -> None:
    """An agency named with its country (泰国海关, 印度商务部, 德国经济部) is what its bare name (海关,
    商务部, 经济部) names elsewhere in the article where the dictionary gives the bare name to another
    country's agency (海关 is China's customs, 经济部 Taiwan's ministry), unless that agency is named
    otherwise in the article or one of its cues is in the sentence. A bare name two agencies of the
    article end with, or one the agency itself goes by (商务部 of 美国商务部: the dictionary's cues
    choose), is left as it is; so is one the dictionary does not know (议会 of 议会大厦, 法院 of 巡回法院
    are no names)."""
    def known(entity_id: str) -> Entity:
        return discovered.get(entity_id) or entities[entity_id]

    def country_of(entity: Entity) -> str | None:
        return entity.facts.get("country") or entity.facts.get("part_of")

    by_head: dict[str, set[str]] = {}
    for start, end, entity_type, entity_id in spans:
        if entity_type != "AGENCY":
            continue
        agency = known(entity_id)
        country = entities.get(country_of(agency) or "")
        if country is None or country.type != "PLACE":
            continue
        name = folded[start:end]
        place = max((n for n in map(str.lower, country.names) if name.startswith(n)), key=len, default="")
        head = name[len(place):]
        if place and len(head) >= 2 and head not in map(str.lower, agency.names):
            by_head.setdefault(head, set()).add(entity_id)
    for head, claimants in by_head.items():
        if len(claimants) != 1:
            continue
        (agency_id,) = claimants
        country = country_of(known(agency_id))
        named_otherwise = {s[3] for s in spans if folded[s[0]:s[1]] != head}
        for index, (start, end, entity_type, entity_id) in enumerate(spans):
            if folded[start:end] != head or entity_id == agency_id or entity_id in named_otherwise:
                continue
            if country_of(known(entity_id)) == country \
                    or cues.favours(folded, *sentence_around(text, start, end), entity_id):
                continue  # 印度商务部宣布调查。商务部回应称,中方… is China's ministry answering
            spans[index] = (start, end, entity_type, agency_id)


def _link_short_forms(folded: str, spans: list[Span], short_forms_of: Mapping[str, list[str]],
                      common: frozenset[str]) -> None:
    """A company's short form names it where the article names the company otherwise (海光信息 … 海光),
    but not read across two ``common`` words (力成科技 … 努力|成为)."""
    named = {(span[3], span[2]) for span in spans if span[3] in short_forms_of}
    for entity_id, entity_type in sorted(named):
        for form in short_forms_of[entity_id]:
            _add_occurrences(folded, spans, form, entity_type, entity_id, straddled=common)


def _add_occurrences(folded: str, spans: list[Span], form: str, entity_type: str, entity_id: str,
                     may_hold: tuple[str, ...] = (), straddled: frozenset[str] = frozenset()) -> None:
    """Every occurrence of ``form`` in ``folded`` free of other spans, but for spans of ``may_hold``
    types wholly inside it, names the entity; a Latin form only as a whole word; none where the
    character before it starts one of ``straddled`` with its first and its last ends one with the
    character after it (努力|成为 holds no 力成)."""
    latin = form[0].isascii()
    at = folded.find(form)
    while at >= 0:
        end = at + len(form)
        across = 0 < at and end < len(folded) and folded[at - 1:at + 1] in straddled \
            and folded[end - 1:end + 1] in straddled
        if not across and (not latin or ((at == 0 or not folded[at - 1].isalnum() or not folded[at - 1].isascii())
                                         and (end == len(folded) or not folded[end].isascii()
                                              or not folded[end].isalnum()))):
            lo, hi = bisect.bisect_left(spans, (at,)), bisect.bisect_left(spans, (end,))
            if may_hold and lo < hi and not (lo and spans[lo - 1][1] > at) \
                    and all(s[1] <= end and s[2] in may_hold for s in spans[lo:hi]):
                spans[lo:hi] = [(at, end, entity_type, entity_id)]
            else:
                _add_span(spans, (at, end, entity_type, entity_id))
        at = folded.find(form, end)


def _free_at(spans: list[Span], start: int, end: int) -> int | None:
    """Where a span from ``start`` to ``end`` goes in the sorted spans; None when it overlaps one."""
    at = bisect.bisect_left(spans, (end,))  # spans[:at] start before it ends, spans[at:] at or after
    return None if at and spans[at - 1][1] > start else at


def _add_span(spans: list[Span], span: Span) -> None:
    """Insert ``span`` in order unless it overlaps one already taken."""
    at = _free_at(spans, span[0], span[1])
    if at is not None:
        spans.insert(at, span)


def _add_found(text: str, spans: list[Span], found: list[Found], discovered: dict[str, Entity]) -> None:
    """Insert, in order, the pattern finds that overlap no span already taken; one glossed in
    brackets by a known name of its type is that entity (次长艾斯特维兹(Alan Estevez))."""
    for f in found:
        at = _free_at(spans, f.start, f.end)
        if at is not None:
            spans.insert(at, (f.start, f.end, f.type, _glossed_by(text, spans, at, f.end, f.type, discovered)
                              or _discover(f, discovered)))


def _glossed_by(text: str, spans: list[Span], at: int, end: int, entity_type: str,
                discovered: Mapping[str, Entity]) -> str | None:
    """The id of the known name in brackets right after ``end`` (``spans[at]``, the next span), if
    it is of ``entity_type``."""
    if at == len(spans) or not text.startswith("(", end):
        return None
    start, stop, gloss_type, entity_id = spans[at]
    known = start == end + 1 and text.startswith(")", stop) and gloss_type == entity_type
    return entity_id if known and entity_id not in discovered else None


_FACT_OF_PATTERN = {"maker_code": "made_by", "model_after_line": "made_by", "unit_of_organization": "part_of",
                    "legal_name": "part_of",
                    "local_subsidiary": "part_of",
                    "unit_of_agency": "part_of", "agency_of_place": "part_of", "country_law": "country"}


def _discover(found: Found, discovered: dict[str, Entity]) -> str:
    kind = {"PRODUCT": "product", "LAW": "law", "ORG": "org", "PERSON": "person", "AGENCY": "agency",
            "PLACE": "place"}[found.type]
    entity_id = discovered_id(kind, found.name)
    fact = _FACT_OF_PATTERN.get(found.pattern)
    facts = {fact: found.anchor} if fact and found.anchor else {}
    discovered.setdefault(entity_id, Entity(entity_id, found.type, found.name, found.name if found.name.isascii() else "",
                                            facts=facts, discovered=True))
    return entity_id
