"""Patterns for names the dictionaries lack: maker codes, 《》 titles, titled
people, people after an occupation, companies' legal names, units of known
organizations and agencies, local subsidiaries, Latin names, listed and headed
organizations, agencies named by their place, and laws named without 《》.

Each pattern reads the normalized text around mentions the dictionary found
and returns new spans with generated, stable ids.
"""
from __future__ import annotations

import bisect
import hashlib
import itertools
import operator
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Callable, Iterator, Literal, Mapping, Sequence

from pydantic import AfterValidator, Field, model_validator

from kg.datafile import Count, DataModel, EntityType, Regex, Words, read_model, word_pattern
from kg.errors import DictionaryError
from kg.ingest.normalize import is_latin_word_char
from kg.recognize.matcher import Span, compile_automaton

__all__ = ["BYLINE_CHARACTER", "BYLINE_GAP", "BYLINE_MARKS", "PatternRules", "PatternsFile", "Found", "load_pattern_rules", "read_pattern_file", "compile_pattern_rules", "find_maker_codes", "find_coded_products", "find_branded_models", "find_described_companies", "find_named_companies", "find_titled",
           "find_titled_people", "find_occupied_people", "find_noted_people", "find_byline_people", "find_appointed_people", "find_apposed_people", "find_legal_names", "find_sub_units", "find_line_models", "find_made_products",
           "find_latin_names", "find_dotted_companies", "extend_given_names", "find_listed_orgs", "find_headed_orgs", "find_place_agencies", "find_place_towns", "find_bare_laws",
           "find_local_subsidiaries", "find_bodies_in_titles",
           "discovered_id", "UnitRule", "Triggers", "Hit"]

# Two or three capitalized words, with the particles of Dutch, German, French and
# Arabic names between them (Geoffrey van Leeuwen).
_PERSON_LATIN = r"[A-Z][a-z]+(?:[ -](?:(?:van|von|de|der|den|da|di|du|la|le|bin) )*[A-Z][a-z'’]+){1,2}"
_LATIN_NAME = re.compile(r" ?(" + _PERSON_LATIN + r")(?![A-Za-z])")
# A Latin word that names something rather than abbreviating it: it holds a
# lower-case letter (Megaspeed, 7Road, Autotalks; not AI, GPU). A colon or dot
# between letters is inside it (Run:ai, Character.AI).
_LATIN_WORD = r"(?=[A-Za-z0-9:.]*[a-z])[A-Z0-9][A-Za-z0-9]*(?:[:.][A-Za-z][A-Za-z0-9]*)*"
_CAPITALIZED_WORDS = r"[A-Z][A-Za-z0-9&]*(?: [A-Z][A-Za-z0-9&]*){0,3}"
_ORG_WORD = re.compile(_LATIN_WORD)
# A company's Latin name after what the company is: a word, and up to three more that are names too
# (Elmos Semiconductor; not the GPU of Megaspeed GPU服务器); initials open it before such a word
# (ALX Solutions).
_NAME_WORD = r" (?=[A-Za-z0-9&]*[a-z])[A-Z][A-Za-z0-9&]*"
_ORG_WORDS = re.compile(rf"(?:{_LATIN_WORD}|[A-Z][A-Z0-9&]{{1,5}}(?={_NAME_WORD}))(?:{_NAME_WORD}){{0,3}}")
_CAPITALIZED = re.compile(r"[A-Z][A-Za-z0-9&]*")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")  # a company named in capitals (PVH集团, SCREEN控股)
_PERSON_RE = re.compile(_PERSON_LATIN)
_PUNCTUATION = frozenset(",.;:!?()[]{}<>\"'，。；：！？（）【】《》「」『』“”‘’、/|\n\t ")
_TRANSLITERATED = re.compile(r"([\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})?)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_END = operator.itemgetter(1)
_OPENING = {"」": "「", "”": "“"}  # quotes a law's name may stand in
_NEVER = re.compile(r"$^")
_LEGAL_NAME_CHARS = re.compile(r"[\u4e00-\u9fff()（）]")
# What may stand between a product line and its model: a space, or the line's Latin name (昇腾(Ascend)).
_LINE_GLOSS = re.compile(r" ?\([A-Za-z][A-Za-z ]{0,20}\) ?| ")
_CODE_INITIALS = frozenset(" 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class PatternRules:
    """``patterns.yaml`` compiled to run (``compile_pattern_rules``); its defaults are ``PatternsFile``'s."""

    maker_types: tuple[str, ...]
    maker_code: re.Pattern
    law_suffixes: tuple[str, ...]
    quoted_law_suffixes: tuple[str, ...]
    quoted_not_laws: tuple[str, ...]
    media_suffixes: tuple[str, ...]
    law_words_after: tuple[str, ...]  # 《…》临时最终规则
    title_max_chars: int
    anchor_types: tuple[str, ...]
    titles: tuple[str, ...]
    title_former: tuple[str, ...]  # a post held before, between the body and the title (联发科|前|工程师)
    bare_titles: frozenset[str]  # titles that head only a body whose name ends with bare_title_after (部|长)
    bare_title_after: tuple[str, ...]
    foreign_name_titles: frozenset[str]  # after these a name needs no surname (大臣赤泽亮正)
    foreign_name_countries: frozenset[str]  # whose people need no surname after any title (东京电子首席财务官川本弘)
    foreign_name_not_inside: frozenset[str]
    surnames: frozenset[str]
    transliteration: frozenset[str]  # the characters foreign names are written with (莱维特)
    name_followers: tuple[str, ...]
    post_reach: int  # characters between an appointee's 为 and the post's title
    founding: tuple[str, ...]  # verbs of founding after 由 and a founder's name
    holding: tuple[str, ...]  # verbs of holding a post after 由 and a name, before the title
    apposed_titles: tuple[str, ...]  # titles and occupations that may end a sentence's first name's description
    apposed_max_chars: int  # characters of that description (张三,|星河科技创始人|。)
    byline_search: re.Pattern | None  # a byline's field and its separator (文｜)
    byline_fields: tuple[str, ...]  # the fields themselves (kg.relate reads who works for the outlet before one)
    not_before: dict[str, str]  # last char of a name -> chars that veto it
    place_not_before: tuple[str, ...]  # words after a place that make it part of a longer one (北京|时间)
    generic_terms: tuple[str, ...]  # terms of the trade that name no entity (DRAM, 科创板): never suggested
    _title_re: re.Pattern = field(repr=False)
    title_initials: frozenset[str] = field(repr=False)  # first characters of titles
    not_names: frozenset[str]  # surname-initial words that are never names (周五)
    not_name_frequency: int  # a word as frequent in jieba's dictionary, other than as a name, is none
    common_non_names: frozenset[str]  # those words (filled from jieba's dictionary by the recognizer)
    not_opening_names: frozenset[str]  # verbs and time words no organization's name opens with (the same)
    title_compounds: tuple[str, ...]  # words a title runs into that name no one (主席|国)
    held_before: tuple[str, ...]  # verbs of holding a post: 担任副总裁的|王海峰
    legal_min_chars: int
    legal_max_chars: int
    legal_starts_after: tuple[str, ...]
    legal_unit_before: tuple[str, ...]  # before a legal name: a unit of the company it begins with
    legal_last_word: re.Pattern  # the last of legal_starts_after in a window (greedy .* first)
    full_legal_last_word: re.Pattern  # the same with legal_name's approved_by, for full legal names only
    legal_description: re.Pattern  # the last of legal_name.described_by in a window
    units: tuple["UnitRule", ...]  # units of known organizations and of known agencies
    model_code: re.Pattern  # a model number glued to a product line (昇腾|950)
    made_product: re.Pattern  # 生产的“爱国者”(Patriot)防空系统: the name in group 1, or in 2 before its gloss in 3
    made_product_not_names: frozenset[str]  # 推出的“新一代”芯片
    code_before_noun: re.Pattern  # searched up to a chip's word: a code that ends there (BR106|芯片)
    code_noun_not_before: tuple[str, ...]  # after the chip's word: a trade, not a product (V2X芯片|企业)
    branded_model: re.Pattern  # a brand and its code, tried where a brand may start (曦云C600)
    branded_after: tuple[str, ...]  # the verbs a brand may follow (推出曦云C600)
    branded_after_not_in: tuple[str, ...]  # words that hold one of those and are others (其中)
    branded_after_noun: re.Pattern  # a brand and a stricter code, tried after a chip's word (芯片星河C800)
    branded_nouns: tuple[str, ...]  # the chip's words a brand may follow
    code_after_noun: re.Pattern  # matched right after a chip's word: a code there (芯片|C700)
    subsidiary_types: tuple[str, ...]  # what a local subsidiary's name starts with (台积电|(南京))
    latin_org_before: frozenset[str]  # 服务商Megaspeed
    latin_product_after: tuple[str, ...]  # 系列: the Latin name before it is a product's (公司Primo系列)
    latin_org_after: frozenset[str]  # Skydio公司
    acronym_org_after: frozenset[str]  # PVH集团
    latin_person_before: tuple[str, ...]  # John Smith表示
    latin_legal_name: re.Pattern  # Acme Robotics Inc.
    latin_glossed_org: re.Pattern  # (Anduril Industries) right after Chinese characters
    listed_noun: re.Pattern  # what follows 等: up to max_modifier characters and a noun (等一线机构, 等中国AI企业)
    list_nouns_enough: tuple[str, ...]  # nouns that list only companies: no known member needed
    list_not_stocks: tuple[str, ...]  # endings of a board or an index, which moves as a stock does
    list_sectors: frozenset[str]  # sectors, which move as stocks do (半导体、军工大涨)
    list_stock_times: tuple[str, ...]  # 盘前, 集体…: between a list of stocks and their move
    list_members_enough: tuple[str, ...]  # a member ending in one (圣邦股份) says the list names companies
    list_listings: tuple[str, ...]  # 列入, 纳入…: right after the noun, the list names companies
    list_disposals: tuple[str, ...]  # 将, 把: from one to a listing, a list with a company names companies
    list_generic_endings: tuple[str, ...]  # 公司: left out of a member's name
    list_inner_joiners: tuple[str, ...]  # 与: inside a name whose part after it ends in 公司 (导弹与火控公司)
    list_unit_endings: tuple[str, ...]  # 子公司…: a member ending in one is no company's name
    legal_suffixes: tuple[str, ...]  # 有限公司…: a legal name keeps its ending
    list_max_chars: int
    list_not_inside: tuple[str, ...]  # adverbs and modals no member holds (还需)
    list_not_endings: tuple[str, ...]  # 市场, 行业…: a member ending in one names no company
    list_min_members: int
    list_single_endings: tuple[str, ...]  # 科技…: one member alone between 将 and 列入…清单 is a company's name
    list_words: tuple[str, ...]  # 清单, 名单: what such a listing must be onto, in its clause
    list_separators: re.Pattern  # 、, and 和/及/与 where no word holds them (not 涉及)
    org_head_chars: tuple[int, int]
    org_head_followers: tuple[str, ...]
    org_not_starts: tuple[str, ...]
    org_descriptors: tuple[str, ...]
    org_described_heads: tuple[str, ...]  # heads that need a descriptor before the name
    org_verb_heads: tuple[str, ...]  # heads that are verbs after an agent's 由 (由软银集团控股)
    org_verb_head_adverbs: tuple[str, ...]  # before a verb head, it is the verb (全资控股)
    org_local_heads: tuple[str, ...]  # a place glued before a known body of these names another
    described_max: int  # characters between a country and what its company is (美国|无人机|企业)
    described_followers: tuple[str, ...]  # what ends a described company's name (斯凯迪奥|列入)
    dotted_not_after: tuple[str, ...]  # 宣布|洛克希德·马丁公司: the word before a ·-joined company
    named_company: re.Pattern  # the quoted name after a word of naming, and what it is (名为“X”的公司)
    defined_name: re.Pattern  # brackets that define a short name (以下简称“星河微”), groups short and gloss
    defined_company_suffixes: tuple[str, ...]  # 公司: a name the dictionaries lack ends so before them
    defined_not_names: frozenset[str]  # 公司, 发行人: defined, and still no name
    described_suffix: tuple[str, ...]  # what ends one in any Chinese characters (通用原子航空系统|公司)
    described_after_suffix: tuple[str, ...]  # what must follow that suffix (a list, a listing)
    glued_after_suffix: tuple[str, ...]  # the same right after a country (美国|通用动力|公司|、)
    described_max_chars: int
    described_not_inside: str
    description_not_inside: tuple[str, ...]
    described_not_starting: tuple[str, ...]
    described_not_ending: tuple[str, ...]
    org_not_inside: str  # function characters no name holds (会不断地修订高科技)
    place_agency_types: tuple[str, ...]
    place_agency_head: re.Pattern  # 警方, 海关 right after a place (or after its district: 北区|联邦法院)
    place_agency_district_chars: int  # the longest district between a place and the kind
    place_agency_not_followed_by: str
    town_anchor_types: tuple[str, ...]
    town_name: re.Pattern  # a town's name in transliteration and its kind, right after its state (泰勒市)
    town_max_chars: int
    law_anchor_types: tuple[str, ...]
    country_law: re.Pattern  # what follows a country to name its law (出口管制改革法)
    law_not_inside: str  # function characters no law's name holds
    law_not_inside_words: tuple[str, ...]  # words no law's name holds (利用, 这部)
    law_max_chars: int
    bill_min_chars: int
    bill_max_chars: int
    bill_starts_after: tuple[str, ...]  # verbs a bill's name follows (通过, 推动)
    bill_last_word: re.Pattern
    announcement: re.Pattern  # 公告2024年第46号
    short_form: ShortFormSection  # built into a table with the lexicon (kg.recognize.short_forms)
    straddle: StraddleSection  # built into the matcher with the lexicon (kg.recognize.jieba_words)
    triggers: Triggers = field(repr=False)

    def title_at(self, text: str, pos: int) -> str | None:
        """The longest title starting at ``pos``, if any."""
        m = self._title_re.match(text, pos)
        return m.group() if m else None


# A trigger word found in the text: (start, end, word). A plain tuple: there are
# thousands per MB, and a named tuple costs twice as much to make.
Hit = tuple[int, int, str]


class Triggers:
    """The words patterns start from (occupations, heads, suffixes…), all found in one Aho–Corasick scan.

    A regex alternation per pattern ran at ~20 MB/s, each over the whole text;
    the automaton finds every group's words at once, overlapping ones too (部长
    inside 贸易部长 is an occupation although 贸易部 is an agency's kind), and
    within a group keeps the leftmost-longest that do not overlap, as the
    alternations did.
    """

    def __init__(self, groups: Mapping[str, Sequence[str]]):
        self._groups = {group: tuple(sorted({str(w) for w in words})) for group, words in groups.items() if words}
        owners: dict[str, list[str]] = {}
        for group, words in self._groups.items():
            for word in words:
                owners.setdefault(word, []).append(group)
        self._keys = tuple(sorted(owners))
        self._owners = tuple(tuple(owners[k]) for k in self._keys)
        # Groups where one word holds another (部长 in 副部长) need the overlap filter; most do not.
        self._nested = frozenset(group for group, words in self._groups.items()
                                 if any(a != b and a in b for a in words for b in words))
        self._automaton = compile_automaton(self._keys, overlapping=True, dfa=True) if self._keys else None

    def __reduce__(self):
        return Triggers, (self._groups,)

    def find(self, text: str) -> dict[str, list[Hit]]:
        """Each group's words in ``text``, in order, leftmost-longest without overlaps."""
        if self._automaton is None:
            return {}
        found: dict[str, list[Hit]] = {group: [] for group in self._groups}
        keys, owners = self._keys, self._owners
        for index, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True):
            for group in owners[index]:
                found[group].append((start, end, keys[index]))
        for group in self._nested:
            kept: list[Hit] = []
            kept_start = kept_end = -1  # the last kept hit's span, in locals: this loop runs for every hit
            for hit in sorted(found[group]):  # by start, then end: the longest of a start comes last
                start = hit[0]
                if start == kept_start:
                    kept[-1] = hit
                    kept_end = hit[1]
                elif start >= kept_end:
                    kept.append(hit)
                    kept_start, kept_end = start, hit[1]
            found[group] = kept
        return found


@dataclass(frozen=True)
class UnitRule:
    """A unit named after a known body: 上海交通大学|微电子学院 (ORG), 内政部|消防署 (AGENCY)."""

    pattern: str  # the patterns.yaml section, also the name of the finds
    type: str
    anchor_types: tuple[str, ...]
    unit: re.Pattern  # what follows the body's name to name the unit
    max_chars: int
    glossed: re.Pattern = _NEVER  # a unit ending in a glossed suffix: its gloss runs on from the body's (UnitSection)


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




def _no_more_than(low: str, high: str):
    """A section's check that its count ``low`` does not exceed its count ``high`` (min_chars, max_chars)."""
    def check(section: DataModel) -> DataModel:
        if getattr(section, low) > getattr(section, high):
            raise ValueError(f"{low} ({getattr(section, low)}) is more than {high} ({getattr(section, high)})")
        return section

    return model_validator(mode="after")(check)


class MakerCodeSection(DataModel):
    """``maker_code``: a product code right after a known maker (英伟达B30A, AMD MI308)."""

    maker_types: list[EntityType] = ["ORG"]
    """The types of the names a code may follow."""
    code: Regex | None = None
    """The code, tried right after the maker (one space allowed); starts with a Latin letter or digit."""


class CodeBeforeNounSection(DataModel):
    """``code_before_noun``: a product code right before a word for a chip or a machine (BR106芯片)."""

    nouns: Words = []
    """The words; the code is maker_code's, with one space allowed before the word."""
    not_before: Words = []
    """Right after the word, these make it a trade's (V2X芯片企业): no product."""
    code_after: bool = False
    """A code right after the word names a product too (训练芯片C700, GPU芯片BR200)."""
    codename: Regex | None = None
    """A codename, without digits, that names a product right before the word as a code does
    (Panther Lake处理器); a known name there stays that name."""


class MadeProductSection(DataModel):
    """``made_product``: a product named after its maker's verb and 的, before its kind (雷神生产的“爱国者”防空系统,
    洛克希德·马丁生产的海马士(HIMARS)多管火箭系统, 公司自建的“夸娥”(KUAE)万卡智算集群)."""

    verbs: Words = []
    """The maker's verbs, with 的 (生产的, 自研的): the name follows one."""
    kinds: Words = []
    """The kinds of product (无人机, 防空系统, 集群): one closes the phrase, at most ``max_between`` characters
    after the name and its gloss."""
    max_chars: Count = 10
    """The most characters of the name (in quotes, or before a Latin gloss in brackets)."""
    max_between: Count = 4
    """The most Chinese characters between the name (and its gloss) and the kind (侦察|无人机, 万卡智算|集群)."""
    not_names: Words = []
    """What may stand in quotes there and names nothing (推出的“新一代”芯片)."""


class ModelAfterLineSection(DataModel):
    """``model_after_line``: a model number glued to a known product line (昇腾950)."""

    code: Regex | None = None
    """The model number, tried right after the line's name."""


class BrandedModelSection(DataModel):
    """``branded_model``: a model named by a brand the dictionary lacks and a code (曦云C600)."""

    after: Words = []
    """Right after one of these (a verb of releasing), or after a known company and 的, the brand starts."""
    after_not_in: Words = []
    """Words that start with one of ``after`` and are other words: no brand starts after them (其中)."""
    code: Regex | None = None
    """The code glued to the brand."""
    brand_chars: Count = 3
    """The most Chinese characters a brand has (two at least)."""
    not_brands: Words = []
    """Words that open no brand: what describes the model (新款, 新一代…)."""
    after_nouns: Words = []
    """Right after one of these (a word for the chip) a brand starts too, with ``noun_code`` for its code."""
    noun_code: Regex | None = None
    """The code glued to a brand after a chip's word: stricter, as digits alone there are a figure."""


class TitledSection(DataModel):
    """``titled``: names in 《》, and laws in 「」 or “”."""

    law_suffixes: Words = []
    """A title in 《》 ending with one of these is a law (the marks are part of its span)."""
    quoted_law_suffixes: Words = []
    """A title in 「」 or “” ending with one of these is a law (the marks are not)."""
    quoted_not_laws: Words = []
    """…unless it ends with one of these, words that end like a law and are none (做法, 算法, 非法)."""
    media_suffixes: Words = []
    """A title in 《》 ending with one of these is a newspaper or magazine (ORG)."""
    law_words_after: Words = []
    """A title in 《》 right before one of these is a law too (《实施额外出口管制…》临时最终规则)."""
    max_chars: Count = 60
    """The longest title read."""


class PersonAfterTitleSection(DataModel):
    """``person_after_title``: a person right after a known body's title (外交部发言人郭嘉昆)."""

    anchor_types: list[EntityType] = []
    """The types of the bodies a title may follow."""
    titles: Words = []
    """The titles; the longest one found is the role."""
    former: Words = []
    """Words of a post held before, between the body and its title (联发科|前|工程师陈某)."""
    bare_titles: Words = []
    """Titles that head only the body right before them, whose name ends with one of
    ``bare_title_after`` (商务部|长, 台北市|长); after another name they start a word (台湾|长荣海运)."""
    bare_title_after: Words = []
    """How the name of a body a bare title heads ends."""
    foreign_name_titles: Words = []
    """Titles a Japanese or Korean name follows (大臣, 社长): after one, three or four Chinese characters
    before a follower are a name though they start with no surname (经济产业大臣赤泽亮正表示)."""
    foreign_name_countries: Words = []
    """Countries (entity ids) whose bodies' and companies' people may bear such a name after any
    title (东京电子首席财务官川本弘, 日本首相石破茂)."""
    foreign_name_not_inside: Words = []
    """Characters no such name holds (社长上周五表示 names no one)."""
    surnames: str = ""
    """The characters a Chinese name may start with."""
    transliteration: str = ""
    """The characters foreign names are written with: a run of them right before a follower is a
    name (发言人莱维特表示), though it starts with no surname and has no ·."""
    name_followers: Words = []
    """Words that end a name: the name is what comes before them."""
    not_names: Words = []
    """Words that start with a surname but are never a name (周五)."""
    not_name_frequency: int = Field(50, ge=1)
    """A word that jieba's dictionary holds as often as this, other than as a name, is no name either
    (发言人尚未决定, 总统应邀出席); nor is a described company's name that is or starts with one."""
    title_compounds: Words = []
    """Words a title or an occupation runs into that are no title (轮值主席国期间 names no one)."""
    held_before: Words = []
    """Verbs of holding a post: a title after one in its clause, then 的, describes the name after
    的 (曾在英特尔担任副总裁的王海峰)."""
    transcription_notes: Words = []
    """Notes in brackets that a name is transcribed (译音): the Chinese name before one is a person's."""


class PersonAfterOccupationSection(DataModel):
    """``person_after_occupation``: a person right after an occupation (财经专栏作家刘远举)."""

    occupations: Words = []
    """The occupations (and titles of office) a name may follow."""


class BylineSection(DataModel):
    """``byline``: the people a line that opens with a byline's field names (文｜王明, 撰文者：李华, 文｜财新 张畅)."""

    fields: Words = []
    """The fields, at a line's start before a bar, a slash or a colon (文, 撰文者): too common as words for
    ``person_after_occupation``."""


class PersonAppointedSection(DataModel):
    """``person_appointed``: a person named between a verb of appointing and the post (任命张三为首席财务官)."""

    verbs: Words = []
    """The verbs of appointing; the name right after one is a person when 为 and a title follow it."""
    post_reach: Count = 8
    """The most characters between 为 and the title (为公司执行副总裁)."""
    founding: Words = []
    """The verbs of founding: a name right after 由 and right before one of these is a person
    (由张文创立)."""
    holding: Words = []
    """The verbs of holding a post: a name right after 由 and right before one of these, then a title
    within ``post_reach``, is a person (由张文担任首席执行官)."""


class PersonApposedSection(DataModel):
    """``person_apposed``: a person named before what they are (张三,星河科技创始人。; 张三先生)."""

    honorifics: Words = []
    """Words of address right after a name (先生, 女士): a name with a surname before one, at a
    clause's start, is a person's."""
    max_chars: Count = 24
    """The longest description between a sentence's first name and its comma and the title that
    ends it (张三,|星河科技创始人兼首席执行官|。)."""


class LegalNameSection(DataModel):
    """``legal_name``: a company's full legal name (汉芯科技有限公司)."""

    suffixes: Words = []
    """The legal suffixes a name ends with."""
    min_chars: Count = 2
    """The fewest characters before the suffix."""
    max_chars: Count = 14
    """The most characters before the suffix."""
    unit_before: Words = []
    """Words right before a legal name (a place between at most) that make it a unit of the known company
    it begins with, not that company (控股子公司|北方华创微电子装备有限公司)."""
    starts_after: Words = []
    """Words a name starts after (将, 由, 包括); also used by listed and headed organizations."""
    approved_by: Words = []
    """Words of a regulator's approval a full legal name starts after (证监会同意|某某股份有限公司…); only a
    legal name's: before a shorter name they make a verb's object (韩国批准日本证券在首尔上市)."""
    described_by: Words = []
    """What a company is, right before its legal name (晶圆代工企业|华芯晶圆制造有限公司): the name starts
    after the last one where four characters or more are left before the suffix (上海某企业管理有限公司
    keeps its 企业)."""
    _bounds = _no_more_than("min_chars", "max_chars")


class UnitSection(DataModel):
    """``unit_of_organization``, ``unit_of_agency``: a unit named after a known body (上海交通大学微电子学院)."""

    anchor_types: list[EntityType] = []
    """The types of the bodies a unit's name may follow."""
    suffixes: Words = []
    """What a unit's name ends with (学院, 局)."""
    max_chars: Count = 8
    """The most characters between the body's name and the suffix."""
    not_inside: Words = []
    """Characters no unit's name holds between the body and the suffix."""
    not_followed_by: Words = []
    """What, right after the suffix, makes it part of another word (FBI|局长: a title, no unit)."""
    glossed_suffixes: Words = []
    """What ends a unit's name only right before its Latin name in brackets (通用动力陆地系统公司(General
    Dynamics Land Systems)); elsewhere it ends a phrase (英伟达等公司)."""
    glossed_itself: Words = []
    """What, alone between the body's name and a glossed suffix, names the body itself, not a unit
    (阿斯麦控股公司(ASML Holding N.V.) is ASML)."""


class DescribedCompanySection(DataModel):
    """``company_after_description``: a foreign company after a country and what it is (美国无人机企业斯凯迪奥)."""

    descriptors: Words = []
    """What a company is; the name follows right after."""
    max_description: Count = 12
    """The most characters between the country and the descriptor (无人机, 国防)."""
    description_not_inside: Words = []
    """Words no description holds: verbs and prepositions make it a clause (中国占公司营收的三成)."""
    followers: Words = []
    """What may follow the name (or punctuation may): the name ends before the first."""
    suffix: Words = []
    """A name in any Chinese characters ends right before one of these (not part of it)…"""
    after_suffix: Words = []
    """…when one of these follows the suffix: a list or a listing (通用原子航空系统|公司|、)."""
    glued_after_suffix: Words = []
    """With no description between the country and the name, what must follow the suffix for a name
    in any Chinese characters (美国|通用动力|公司|、): a list or a listing that 和 does not make."""
    max_chars: Count = 10
    """The most characters of such a name."""
    not_inside: Words = []
    """Characters no such name holds (美国企业纷纷成立公司 names no one)."""
    not_starting: Words = []
    """What no such name starts with, though it may hold it (雷神导弹与防务公司; not 美国企业与X公司)."""
    not_ending: Words = []
    """What no such name ends with: with the suffix it is a kind of company (海外子公司, 母公司)."""


class DottedCompanySection(DataModel):
    """``dotted_company``: a foreign name joined by · right before a company word (洛克希德·马丁公司)."""

    suffixes: Words = []
    """The company words after the name; a person's name never runs into one."""
    not_after: Words = []
    """Words that end in a character of foreign names: the name starts after them (宣布|洛克希德)."""


class NamedCompanySection(DataModel):
    """``named_company``: a name in quotes after a word of naming, then 的 and what it is
    (一家名为“星辰智算”的新加坡公司)."""

    verbs: Words = []
    """The words of naming right before the opening quote (名为, 名叫)."""
    nouns: Words = []
    """What the named thing is, after 的 and at most ``max_between`` characters (公司, 企业)."""
    max_chars: int = 20
    """The longest name in the quotes."""
    max_between: int = 8
    """Characters that may describe it between 的 and the noun (新加坡, 芯片贸易)."""


class DefinedNameSection(DataModel):
    """``defined_name``: a short name defined in brackets for the rest of the article (星河微电子有限公司
    (以下简称“星河微”), 范德林登精密系统公司(Van der Linden Precision Systems,下称“VLPS”))."""

    markers: Words = []
    """The words that define it (以下简称, 下称)."""
    max_chars: int = 16
    """The longest short name."""
    company_suffixes: Words = []
    """What ends a company's name the dictionaries lack before such brackets (公司, 集团): the name runs back
    as a legal name does."""
    not_names: Words = []
    """Defined words that name no one in news (以下简称“公司”, “发行人”): what they stand for is read elsewhere."""


class LatinNameSection(DataModel):
    """``latin_name``: Latin names by their context (服务商Megaspeed, Skydio公司, Acme Inc., John Smith表示)."""

    org_before: Words = []
    """A Latin word right after one of these is an organization."""
    org_after: Words = []
    """A Latin word right before one of these is an organization."""
    product_after: Words = []
    """A Latin name after one of ``org_before`` and before one of these, or before a lower-case word, is a
    product's, no company's (公司Primo nanova系列刻蚀设备)."""
    acronym_org_after: Words = []
    """A name in capitals (2-6) right before one of these is an organization too (PVH集团); before
    the others of ``org_after`` it is what the company does (AI公司)."""
    legal_suffixes: Words = []
    """Capitalized words before one of these are an organization, with the suffix."""
    person_before: Words = []
    """Two or three capitalized words right before one of these are a person."""
    gloss_org_endings: Words = []
    """Capitalized words in brackets right after Chinese characters that end in one of these are a company's
    name glossing the Chinese one (安杜里尔工业(Anduril Industries)、红猫控股: both one company)."""


_LIST_JOINERS = "和及与"  # join the last two members of a list, like 、 the others


def _joiner_at_an_end(value: str) -> str:
    if len(value) < 2 or not (value[0] in _LIST_JOINERS or value[-1] in _LIST_JOINERS):
        raise ValueError(f"{value!r} must start or end with one of {', '.join(_LIST_JOINERS)}")
    return value


def _list_separators(not_joining: list[str]) -> re.Pattern:
    """、 between members, and 以及 or a joiner between two characters each side that no word of
    ``not_joining`` holds (涉及 of 调查涉及德州仪器, 和平 of 和平协议)."""
    joiners = []
    for joiner in _LIST_JOINERS:
        before = "".join(f"(?<!{re.escape(w[:-1])})" for w in sorted(not_joining) if w.endswith(joiner))
        after = "".join(f"(?!{re.escape(w[1:])})" for w in sorted(not_joining) if w.startswith(joiner))
        joiners.append(f"{before}{joiner}{after}")
    return re.compile(rf"、|(?<=[\u4e00-\u9fffA-Za-z0-9]{{2}})(?:以及|{'|'.join(joiners)})(?=[\u4e00-\u9fffA-Za-z0-9]{{2}})")


class ListedOrganizationsSection(DataModel):
    """``listed_organizations``: the members of a list before a collective noun (甲、乙和丙等企业)."""

    nouns: Words = []
    """The collective nouns after 等."""
    nouns_enough: Words = []
    """Nouns that list only companies: no known member is needed."""
    members_enough: Words = []
    """Endings of a company's name: a member with one after at least two characters (圣邦股份, 紫光集团)
    says the list names companies, as a known member does."""
    generic_endings: Words = []
    """A generic word for a company after a member's name, left out of it (北岭动力公司 → 北岭动力)
    unless the member is a legal name (legal_name's suffixes)."""
    unit_endings: Words = []
    """A member ending in one names a company's unit, not a company (中芯国际子公司, 其分公司)."""
    inner_joiners: Words = []
    """Joiners that may be inside a name: one between a part in no generic ending and a part in one is
    (洛克希德·马丁导弹与火控公司)."""
    listings: Words = []
    """Putting on or taking off a list right after the noun (列入, 纳入…): the list names companies,
    however few (将斯凯迪奥等美国企业列入…), unless a member is one of ``sectors``."""
    disposals: Words = []
    """What puts the list's members first (将, 把): a list of two or more between one and a listing
    names companies when a member does (将星河微电子和长鑫存储列入: 长鑫存储 is known), with no noun."""
    single_endings: Words = []
    """Endings of a company's name that make one member alone, between a disposal and a listing onto a
    list, a name (将星河科技列入不可靠实体清单): 科技, 半导体; not 技术 (将人工智能技术列入管制清单)."""
    list_words: Words = []
    """What a list's name ends with (清单, 名单): a single member's listing must be onto one."""
    max_chars: Count = 8
    """The most characters of a member."""
    not_inside: Words = []
    """Adverbs and modals no name holds: a member with one is a clause (长鑫还需|与通富微电、…等企业合作)."""
    not_endings: Words = []
    """Endings of a market, an industry or a field: a member ending in one names no company (…正在国内市场|与美光
    等美国公司)."""
    max_modifier: Count = 3
    """The most characters between 等 and the noun."""
    min_members: Count = 2
    """The fewest members of a list."""
    not_joining: list[Annotated[str, AfterValidator(_joiner_at_an_end)]] = []
    """Words that start or end with 和, 及 or 与 without joining two members (调查涉及德州仪器: 涉及)."""
    stock_moves: Words = []
    """A stock's move (涨停, 高开…): a list of two or more right before one names listed companies
    (澜微股份、星辰微高开), unless a member ends with one of ``not_stocks``."""
    not_stocks: Words = []
    """Endings of a board, an index or a market, which moves too (A股、港股大涨; 恒指、国指高开)."""
    sectors: Words = []
    """Sectors, which move too (半导体、军工大涨): a member that is one names no company."""
    stock_times: Words = []
    """When or how together a move happens, between the list and the move (盘前, 集体…)."""


class HeadedOrganizationSection(DataModel):
    """``headed_organization``: an organization named by its head (华泰联合证券)."""

    heads: Words = []
    """The words an organization's name ends with."""
    min_chars: Count = 2
    """The fewest characters before the head."""
    max_chars: Count = 8
    """The most characters before the head."""
    followers: Words = []
    """What may follow the head (else punctuation must)."""
    not_inside: Words = []
    """Function characters no name holds."""
    not_starts: Words = []
    """What a name never starts with (高, 人工智能)."""
    descriptors: Words = []
    """What a company is, said before its name: the name starts after it (芯片设计商)."""
    described_heads: Words = []
    """Heads that end a name only after a descriptor (芯片设计公司|澜芯半导体): alone they end
    ordinary phrases too (功率半导体, 消费电子)."""
    verb_heads: Words = []
    """Heads that are verbs after 由, which names their agent (Arm由日本软银集团控股): no name ends there."""
    verb_head_adverbs: Words = []
    """How much a verb head holds (全资控股): right before it, the head is the verb wherever its agent is."""
    local_heads: Words = []
    """Heads of bodies each place has its own of: a place glued before a known one names another
    (江苏省|半导体行业协会); before a company's known name it only says where it is from (中国|浪潮集团)."""
    _bounds = _no_more_than("min_chars", "max_chars")


class TownOfPlaceSection(DataModel):
    """``town_of_place``: a foreign town named after its state or country (德州泰勒市)."""

    anchor_types: list[EntityType] = []
    """The types of the names a town may follow."""
    kinds: Words = []
    """What ends a town's name (市, 镇, 县)."""
    not_followed_by: Words = []
    """Characters that, right after the kind, make it another word (市场, 市值, 市长)."""
    min_chars: Count = 2
    """The fewest characters of the name before its kind."""
    max_chars: Count = 6
    """The most characters of the name before its kind."""
    _bounds = _no_more_than("min_chars", "max_chars")


class AgencyOfPlaceSection(DataModel):
    """``agency_of_place``: a body named by its place and kind (新加坡警方)."""

    anchor_types: list[EntityType] = []
    """The types of the names a kind may follow."""
    heads: Words = []
    """The kinds of body (警方, 海关)."""
    not_followed_by: Words = []
    """Characters that, right after the kind, make it another word (贸易部长)."""
    missions: Words = []
    """The kinds of a mission, named with 驻 and where it is after its country (中国驻荷兰大使馆)."""
    mission_max_chars: Count = 8
    """The most characters of where a mission is (香港及澳门)."""
    mission_not_inside: Words = []
    """Characters no mission's place holds (的, 在: 美国驻在…)."""
    districts: Words = []
    """A judicial district between the place and the kind (加州北区联邦检察官办公室, 纽约南区联邦法院)."""


class BareLawSection(DataModel):
    """``bare_law``: laws named without 《》 (美国出口管制改革法, 芯片安全法案, 公告2024年第46号)."""

    anchor_types: list[EntityType] = []
    """The types of the names a country's law follows."""
    suffixes: Words = []
    """What a country's law ends with."""
    max_chars: Count = 12
    """The most characters of a country's law before its suffix."""
    not_inside: Words = []
    """Verbs and function characters no law's name holds."""
    not_inside_words: Words = []
    """Words no law's name holds, a country's or a bill's (利用, 推出; 这部, 两党: a bill described)."""
    bill_suffixes: Words = []
    """What a bill's name ends with."""
    bill_min_chars: Count = 4
    """The fewest characters of a bill's name before its suffix."""
    bill_max_chars: Count = 10
    """The most characters of a bill's name before its suffix."""
    bill_starts_after: Words = []
    """Verbs a bill's name starts after (通过, 推动), besides punctuation and legal_name's starts_after."""
    announcement: Regex | None = None
    """A numbered announcement, tried around each 公告 (the number may come before it)."""
    _bounds = _no_more_than("bill_min_chars", "bill_max_chars")


class LocalSubsidiarySection(DataModel):
    """``local_subsidiary``: a company's local subsidiary, its city in brackets (台积电(南京))."""

    anchor_types: list[EntityType] = []
    """The types of the names a subsidiary's bracketed place may follow."""


class ShortFormSection(DataModel):
    """``short_form``: a company named in full is named again without its suffix (海光信息 … 海光)."""

    suffixes: Words = []
    """The corporate suffixes a short form drops."""
    min_chars: Count = 2
    """The shortest short form."""
    max_chars: Count = 3
    """The longest: a longer one is a phrase, which goes on into others (中国电子|商务)."""
    common_frequency: Count = 50
    """A word this frequent in jieba's dictionary (or a place there) is no short form (长江 of 长江存储)."""
    unit_parents: Words = []
    """The words that end an agency's parent inside its name: past the last one, the unit's own name is
    its short form (法务部|调查局)."""
    unit_min_chars: Count = 2
    """The shortest short form of a unit."""
    unit_max_chars: Count = 6
    """The longest short form of a unit (工业与安全局)."""
    unit_heads: Words = []
    """What a unit's short form ends in (局, 署): 部长理事会 holds no unit named 长理事会."""


class StraddleSection(DataModel):
    """``straddle``: a name is not taken where it straddles two words (欧美|国家 holds no 美国)."""

    types: list[EntityType] = ["PLACE"]
    """The types of the names checked: a country's two characters end and start many words (美国: 欧美, 国家)."""
    margin: float = Field(3.0, ge=0)
    """How much likelier (natural log) jieba's segmenter must find the two words than the name."""


class PatternsFile(DataModel):
    """The schema of ``patterns.yaml``: one section per pattern; an absent key takes the default here."""

    version: Literal[1]
    not_before: dict[Annotated[str, Field(min_length=1, max_length=1)], Words] = {}
    """A name's last character -> the characters after it that make a longer word (法 -> 规: 出口管制法规)."""
    place_not_before: Words = []
    """Words right after a place that make it part of a longer word (北京时间: a time, no place)."""
    straddle: StraddleSection = StraddleSection()
    maker_code: MakerCodeSection = MakerCodeSection()
    model_after_line: ModelAfterLineSection = ModelAfterLineSection()
    made_product: MadeProductSection = MadeProductSection()
    code_before_noun: CodeBeforeNounSection = CodeBeforeNounSection()
    branded_model: BrandedModelSection = BrandedModelSection()
    titled: TitledSection = TitledSection()
    person_after_title: PersonAfterTitleSection = PersonAfterTitleSection()
    person_after_occupation: PersonAfterOccupationSection = PersonAfterOccupationSection()
    person_appointed: PersonAppointedSection = PersonAppointedSection()
    person_apposed: PersonApposedSection = PersonApposedSection()
    byline: BylineSection = BylineSection()
    legal_name: LegalNameSection = LegalNameSection()
    unit_of_organization: UnitSection = UnitSection()
    unit_of_agency: UnitSection = UnitSection()
    local_subsidiary: LocalSubsidiarySection = LocalSubsidiarySection()
    latin_name: LatinNameSection = LatinNameSection()
    dotted_company: DottedCompanySection = DottedCompanySection()
    named_company: NamedCompanySection = NamedCompanySection()
    defined_name: DefinedNameSection = DefinedNameSection()
    company_after_description: DescribedCompanySection = DescribedCompanySection()
    listed_organizations: ListedOrganizationsSection = ListedOrganizationsSection()
    headed_organization: HeadedOrganizationSection = HeadedOrganizationSection()
    agency_of_place: AgencyOfPlaceSection = AgencyOfPlaceSection()
    town_of_place: TownOfPlaceSection = TownOfPlaceSection()
    bare_law: BareLawSection = BareLawSection()
    short_form: ShortFormSection = ShortFormSection()
    generic_terms: Words = []
    """Terms of the trade that name no entity (DRAM, 科创板, 智算中心): kg suggest never proposes them."""


def read_pattern_file(path: Path) -> tuple[PatternsFile | None, list[str]]:
    """Read and validate ``patterns.yaml``: (the file, []) or (None, every problem as ``file:line: message``)."""
    return read_model(PatternsFile, path)


def load_pattern_rules(path: Path) -> PatternRules:
    """Load ``patterns.yaml``, ready to run.

    Raises:
        DictionaryError: every problem, one per line, ``file:line: message``.
    """
    data, problems = read_pattern_file(path)
    if problems:
        raise DictionaryError("\n".join(problems))
    return compile_pattern_rules(data)


def compile_pattern_rules(data: PatternsFile) -> PatternRules:
    """The validated file's patterns as regexes and trigger words."""
    maker, titled, people, legal = data.maker_code, data.titled, data.person_after_title, data.legal_name
    latin, listed, headed, law = data.latin_name, data.listed_organizations, data.headed_organization, data.bare_law
    place_agency = data.agency_of_place
    titles = tuple(sorted(set(people.titles), key=len, reverse=True))
    return PatternRules(
        maker_types=tuple(maker.maker_types),
        maker_code=re.compile(r" ?(" + maker.code + r")(?![A-Za-z0-9])") if maker.code else _NEVER,
        law_suffixes=tuple(titled.law_suffixes),
        quoted_law_suffixes=tuple(titled.quoted_law_suffixes),
        quoted_not_laws=tuple(titled.quoted_not_laws),
        media_suffixes=tuple(titled.media_suffixes),
        law_words_after=tuple(titled.law_words_after),
        title_max_chars=titled.max_chars,
        anchor_types=tuple(people.anchor_types),
        titles=titles,
        title_former=tuple(people.former),
        bare_titles=frozenset(people.bare_titles),
        bare_title_after=tuple(people.bare_title_after),
        foreign_name_titles=frozenset(people.foreign_name_titles),
        foreign_name_countries=frozenset(people.foreign_name_countries),
        foreign_name_not_inside=frozenset(people.foreign_name_not_inside),
        surnames=frozenset(people.surnames),
        transliteration=frozenset(people.transliteration),
        name_followers=tuple(sorted(people.name_followers, key=len, reverse=True)),
        post_reach=data.person_appointed.post_reach,
        founding=tuple(data.person_appointed.founding),
        holding=tuple(data.person_appointed.holding),
        apposed_titles=tuple(sorted({*titles, *data.person_after_occupation.occupations}, key=len, reverse=True)),
        apposed_max_chars=data.person_apposed.max_chars,
        byline_search=re.compile(f"(?:{_alternation(data.byline.fields).pattern}){_BYLINE_FIELD_GAP}")
        if data.byline.fields else None,
        byline_fields=tuple(data.byline.fields),
        not_before={char: "".join(words) for char, words in data.not_before.items()},
        place_not_before=tuple(data.place_not_before),
        generic_terms=tuple(data.generic_terms),
        _title_re=_alternation(titles),
        title_initials=frozenset(t[0] for t in titles),
        not_names=frozenset(people.not_names),
        not_name_frequency=people.not_name_frequency,
        common_non_names=frozenset(),
        not_opening_names=frozenset(),
        title_compounds=tuple(people.title_compounds),
        held_before=tuple(people.held_before),
        legal_min_chars=legal.min_chars,
        legal_max_chars=legal.max_chars,
        legal_starts_after=tuple(legal.starts_after),
        legal_unit_before=tuple(legal.unit_before),
        legal_last_word=_last_word(legal.starts_after),
        full_legal_last_word=_last_word([*legal.starts_after, *legal.approved_by, *legal.unit_before]),
        legal_description=_last_word(legal.described_by),
        units=(_unit_rule("unit_of_organization", "ORG", data.unit_of_organization),
               _unit_rule("unit_of_agency", "AGENCY", data.unit_of_agency)),
        model_code=re.compile(data.model_after_line.code) if data.model_after_line.code else _NEVER,
        made_product=_made_product(data.made_product),
        made_product_not_names=frozenset(data.made_product.not_names),
        code_before_noun=(re.compile(r"(?<![A-Za-z0-9.:-])(" + _either(maker.code, data.code_before_noun.codename)
                                     + r") ?型?\Z")
                          if maker.code and data.code_before_noun.nouns else _NEVER),
        code_noun_not_before=tuple(data.code_before_noun.not_before),
        branded_model=_branded_model(data.branded_model, data.branded_model.code if data.branded_model.after else None),
        branded_after=tuple(data.branded_model.after),
        branded_after_not_in=tuple(data.branded_model.after_not_in),
        branded_after_noun=_branded_model(data.branded_model, data.branded_model.noun_code),
        branded_nouns=tuple(data.branded_model.after_nouns),
        code_after_noun=(re.compile(r" ?(" + maker.code + r")(?![A-Za-z0-9.])")
                         if maker.code and data.code_before_noun.code_after else _NEVER),
        subsidiary_types=tuple(data.local_subsidiary.anchor_types),
        latin_org_before=frozenset(latin.org_before),
        latin_product_after=tuple(latin.product_after),
        latin_org_after=frozenset(latin.org_after),
        acronym_org_after=frozenset(latin.acronym_org_after),
        latin_person_before=tuple(latin.person_before),
        latin_legal_name=(re.compile(rf"{_CAPITALIZED_WORDS},? {_alternation(latin.legal_suffixes).pattern}")
                          if latin.legal_suffixes else _NEVER),
        latin_glossed_org=(re.compile(rf"(?<=[\u4e00-\u9fff])\(((?:{_CAPITALIZED.pattern} ){{1,4}}"
                                      rf"{_alternation(latin.gloss_org_endings).pattern})\)")
                           if latin.gloss_org_endings else _NEVER),
        listed_noun=(re.compile(rf"[\u4e00-\u9fffA-Za-z0-9]{{0,{listed.max_modifier}}}?" + _alternation(listed.nouns).pattern)
                     if listed.nouns else _NEVER),
        list_max_chars=listed.max_chars,
        list_not_inside=tuple(listed.not_inside),
        list_not_endings=tuple(listed.not_endings),
        list_nouns_enough=tuple(listed.nouns_enough),
        list_not_stocks=tuple(listed.not_stocks),
        list_sectors=frozenset(listed.sectors),
        list_stock_times=tuple(listed.stock_times),
        list_members_enough=tuple(listed.members_enough),
        list_listings=tuple(listed.listings),
        list_disposals=tuple(listed.disposals),
        list_generic_endings=tuple(listed.generic_endings),
        list_inner_joiners=tuple(listed.inner_joiners),
        list_unit_endings=tuple(listed.unit_endings),
        legal_suffixes=tuple(legal.suffixes),
        list_min_members=listed.min_members,
        list_single_endings=tuple(listed.single_endings),
        list_words=tuple(listed.list_words),
        list_separators=_list_separators(listed.not_joining),
        org_head_chars=(headed.min_chars, headed.max_chars),
        org_head_followers=tuple(headed.followers),
        org_not_starts=tuple(headed.not_starts),
        org_descriptors=tuple(headed.descriptors),
        org_described_heads=tuple(headed.described_heads),
        org_verb_heads=tuple(headed.verb_heads),
        org_verb_head_adverbs=tuple(headed.verb_head_adverbs),
        org_local_heads=tuple(headed.local_heads),
        described_max=data.company_after_description.max_description,
        described_followers=tuple(data.company_after_description.followers),
        dotted_not_after=tuple(data.dotted_company.not_after),
        named_company=_named_company(data.named_company),
        defined_name=_defined_name(data.defined_name),
        defined_company_suffixes=tuple(data.defined_name.company_suffixes),
        defined_not_names=frozenset(data.defined_name.not_names),
        described_suffix=tuple(data.company_after_description.suffix),
        described_after_suffix=tuple(data.company_after_description.after_suffix),
        glued_after_suffix=tuple(data.company_after_description.glued_after_suffix),
        described_max_chars=data.company_after_description.max_chars,
        described_not_inside="".join(data.company_after_description.not_inside),
        description_not_inside=tuple(data.company_after_description.description_not_inside),
        described_not_starting=tuple(data.company_after_description.not_starting),
        described_not_ending=tuple(data.company_after_description.not_ending),
        org_not_inside="".join(headed.not_inside),
        place_agency_types=tuple(place_agency.anchor_types),
        place_agency_head=_place_agency_head(place_agency),
        place_agency_district_chars=max(map(len, place_agency.districts), default=0),
        place_agency_not_followed_by="".join(place_agency.not_followed_by),
        town_anchor_types=tuple(data.town_of_place.anchor_types),
        town_name=_town_name(data.town_of_place, people.transliteration),
        town_max_chars=data.town_of_place.max_chars + max(map(len, data.town_of_place.kinds), default=0),
        law_anchor_types=tuple(law.anchor_types),
        country_law=(re.compile("(?:(?![" + re.escape("".join(law.not_inside or ("\0",))) + "]"
                                + "".join("|" + re.escape(word) for word in law.not_inside_words) + ")"
                                rf"[\u4e00-\u9fff]){{3,{law.max_chars}}}?{_alternation(law.suffixes).pattern}")
                     if law.suffixes else _NEVER),
        law_not_inside="".join(law.not_inside),
        law_not_inside_words=tuple(law.not_inside_words),
        law_max_chars=law.max_chars,
        bill_min_chars=law.bill_min_chars,
        bill_max_chars=law.bill_max_chars,
        bill_starts_after=tuple(law.bill_starts_after),
        bill_last_word=_last_word(law.bill_starts_after),
        announcement=re.compile(law.announcement) if law.announcement else _NEVER,
        short_form=data.short_form,
        straddle=data.straddle,
        triggers=Triggers({
            "occupation": data.person_after_occupation.occupations,
            "appointing": data.person_appointed.verbs,
            "transcription_note": [f"{opening}{note})" for note in data.person_after_title.transcription_notes
                                   for opening in _NOTE_OPENINGS],
            "honorific": data.person_apposed.honorifics,
            "founded_by": ["由"] if data.person_appointed.founding or data.person_appointed.holding else (),
            "legal_name": legal.suffixes,
            "latin_legal": latin.legal_suffixes,
            "latin_context": [*latin.org_before, *latin.org_after, *latin.person_before],
            "listed": [_ETC] if listed.nouns else (),
            "stock_move": listed.stock_moves,
            "listing": listed.listings if listed.disposals else (),
            "org_head": [*headed.heads, *headed.described_heads],
            "law": law.suffixes,
            "bill": law.bill_suffixes,
            "announcement": ["公告"] if law.announcement else (),
            "agency_of_place": [*place_agency.heads, *([_MISSION_MARKER] if place_agency.missions else ())],
            "town_kind": data.town_of_place.kinds,
            "quoted_law": [f"{suffix}{closing}" for suffix in titled.quoted_law_suffixes for closing in _OPENING],
            "unit_of_organization": [*data.unit_of_organization.suffixes, *data.unit_of_organization.glossed_suffixes],
            "unit_of_agency": data.unit_of_agency.suffixes,
            "code_noun": data.code_before_noun.nouns,
            "company_descriptor": data.company_after_description.descriptors,
            "dotted_company": data.dotted_company.suffixes,
            "naming": data.named_company.verbs,
        }),
    )


def _named_company(section: NamedCompanySection) -> re.Pattern:
    """A name, quoted or not, and after 的 and a short description a word of ``nouns``; the name is
    group 1 (quoted) or 2 (not: 名为ALX Solutions的公司, no 的 inside it)."""
    if not section.nouns:
        return _NEVER
    return re.compile(f"(?:[“\"「]([^“”\"「」,。;:!?\\n]{{1,{section.max_chars}}})[”\"」]"
                      f"|([^“”\"「」,。;:!?\\n的]{{2,{section.max_chars}}}?))的"
                      f"[^,。;:!?\\n的]{{0,{section.max_between}}}?{_alternation(section.nouns).pattern}")


def _defined_name(section: DefinedNameSection) -> re.Pattern:
    """Brackets that define a short name (group ``short``, no quotes) or two (``other``, after 或: 以下简称
    “公司”或“星河”), a Latin gloss (``gloss``) and a comma before the marker or not."""
    if not section.markers:
        return _NEVER
    name = f"[“\"「]?(?P<{{}}>[^()“”\"「」,。;:!?或\\n]{{{{1,{section.max_chars}}}}}?)[”\"」]?"
    return re.compile(f"\\((?:(?P<gloss>[A-Za-z][^()\\n]{{0,80}}?), ?)?(?:{_alternation(section.markers).pattern})[:：]?"
                      f"{name.format('short')}(?:或{name.format('other')})?\\)")


def _branded_model(section: BrandedModelSection, code: str | None) -> re.Pattern:
    """A brand of two to ``brand_chars`` Chinese characters, none of ``not_brands`` opening it, and ``code``."""
    if not code:
        return _NEVER
    guard = f"(?!{_alternation(section.not_brands).pattern})" if section.not_brands else ""
    return re.compile(f"{guard}([\u4e00-\u9fff]{{2,{section.brand_chars}}}?(?:{code}))")


def _either(*patterns: str | None) -> str:
    """One regex alternation of the ``patterns`` given."""
    return "|".join(f"(?:{p})" for p in patterns if p)


def _made_product(section: MadeProductSection) -> re.Pattern:
    """After a maker's verb: a name in quotes, or one before a Latin gloss in brackets; then its gloss if any,
    a few characters and its kind."""
    if not (section.verbs and section.kinds):
        return _NEVER
    name = rf"[\u4e00-\u9fffA-Za-z0-9·\- ]{{2,{section.max_chars}}}?"
    gloss = r"[A-Za-z][A-Za-z0-9 .&\-]{0,40}"
    return re.compile(rf"(?:{_alternation(section.verbs).pattern})(?:“({name})”(?:\({gloss}\))?|({name})\(({gloss})\))"
                      rf"[\u4e00-\u9fff]{{0,{section.max_between}}}?(?:{_alternation(section.kinds).pattern})")


def _unit_rule(section: str, entity_type: str, unit: UnitSection) -> UnitRule:
    """The unit pattern of one patterns.yaml section: up to max_chars allowed characters, then a suffix."""
    middle = "(?:(?![" + re.escape("".join(unit.not_inside)) + "])[\u4e00-\u9fff])"
    after = f"(?!{_alternation(unit.not_followed_by).pattern})" if unit.not_followed_by else ""
    glossed = _alternation(unit.glossed_suffixes).pattern
    # a holding word alone before the suffix names the body itself (阿斯麦控股公司(ASML Holding N.V.))
    itself = f"(?!(?:{_alternation(unit.glossed_itself).pattern})(?:{glossed})\\()" if unit.glossed_itself else ""
    return UnitRule(section, entity_type, tuple(unit.anchor_types),
                    re.compile(f"{middle}{{0,{unit.max_chars}}}?(?:{_alternation(unit.suffixes).pattern}){after}")
                    if unit.suffixes else _NEVER, unit.max_chars,
                    re.compile(f"{itself}{middle}{{2,{unit.max_chars}}}?(?:{glossed})(?=\\([A-Z])")
                    if unit.glossed_suffixes else _NEVER)


def _last_word(words) -> re.Pattern:
    """A regex whose match, from a window's start, ends right after the window's last word of ``words``."""
    return re.compile("(?s:.*)" + _alternation(words).pattern) if words else _NEVER


_MISSION_MARKER = "驻"  # stationed in: 中国驻荷兰大使馆


def _place_agency_head(section: AgencyOfPlaceSection) -> re.Pattern:
    """A kind of body right after its place (警方), or a mission: 驻, where, and its kind (驻荷兰大使馆)."""
    heads = _alternation(section.heads).pattern
    if section.districts:
        heads = f"(?:{_alternation(section.districts).pattern})?(?:{heads})"
    if not section.missions:
        return re.compile(heads)
    vetoed = "".join(re.escape(ch) for ch in section.mission_not_inside)
    where = f"(?:(?![{vetoed}])[\u4e00-\u9fff])" if vetoed else "[\u4e00-\u9fff]"
    return re.compile(f"(?:{heads}|{_MISSION_MARKER}{where}{{1,{section.mission_max_chars}}}?"
                      f"(?:{_alternation(section.missions).pattern}))")


def _alternation(words) -> re.Pattern:
    """``word_pattern``, or a regex that never matches when there are no words."""
    return word_pattern(words) or _NEVER


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
        if entity_type not in rules.maker_types:
            continue
        if text.startswith(")", end):  # after a gloss: 阿斯麦(ASML)1980i
            end += 1
        if text[end:end + 1] not in _CODE_INITIALS:
            continue
        m = rules.maker_code.match(text, end)
        while m:  # and the codes listed after it: ASML 1970i和1980i
            found.append(Found(m.start(1), m.end(1), "PRODUCT", m.group(1), "maker_code", anchor=entity_id))
            joiner = next((j for j in _NAME_JOINERS if text.startswith(j, m.end())), None)
            m = rules.maker_code.match(text, m.end() + len(joiner)) if joiner else None
    return found


_BRACKET_JOINERS = ("、", "和", "与", "及", ",", "/")


def _bracketed_codes(text: str, at: int, rules: PatternRules) -> list[tuple[int, int]]:
    """The codes a bracket opened before ``at`` holds, when it holds nothing else (C600与C700)."""
    codes = []
    while (m := rules.code_after_noun.match(text, at)) is not None:
        codes.append(m.span(1))
        joiner = next((j for j in _BRACKET_JOINERS if text.startswith(j, m.end())), None)
        if joiner is None:
            return codes if text.startswith(")", m.end()) else []
        at = m.end() + len(joiner)
    return []


def find_branded_models(text: str, spans: list[Span], rules: PatternRules) -> list[Found]:
    """A model named by a brand the dictionary lacks and a code, right after a verb of releasing or a
    known company and 的: 沐曦推出了曦云C600和曦云C700 → PRODUCT 曦云C600, 曦云C700; 天数智芯的天垓150;
    or after a word for the chip with a stricter code (训练芯片星河C800)."""
    starts: dict[int, re.Pattern] = {}
    if rules.branded_after_noun is not _NEVER:
        for noun in rules.branded_nouns:
            starts.update((at + len(noun), rules.branded_after_noun) for at in _occurrences(text, noun))
    if rules.branded_model is not _NEVER:
        starts.update((end + 1, rules.branded_model) for start, end, entity_type, _ in spans
                      if entity_type == "ORG" and text.startswith("的", end))
        for verb in rules.branded_after:
            starts.update((at + len(verb), rules.branded_model) for at in _occurrences(text, verb)
                          if not text.startswith(rules.branded_after_not_in, at))  # 其中曦光S200: no brand 中曦光
    found = []
    for at, pattern in sorted(starts.items(), key=lambda item: item[0]):
        m = pattern.match(text, at)
        while m is not None and not _overlaps(m.start(1), m.end(1), spans):
            found.append(Found(m.start(1), m.end(1), "PRODUCT", m.group(1), "branded_model"))
            joiner = next((j for j in _NAME_JOINERS if text.startswith(j, m.end())), None)
            m = pattern.match(text, m.end() + len(joiner)) if joiner else None  # 曦云C600和曦云C700
    return found


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, each time."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def find_coded_products(text: str, spans: list[Span], rules: PatternRules,
                        hits: Mapping[str, list[Hit]]) -> list[Found]:
    """A product code right before a word for a chip: 壁仞科技的BR106芯片 → PRODUCT BR106 (its maker is
    the relation rules' to read), and the codes listed before it (出口1970i和1980i光刻机); with
    ``code_after``, one right after the word too (训练芯片C700). A code inside or over a name already
    found is that name's."""
    found = []
    for at, to, _ in hits.get("code_noun", ()):
        after = rules.code_after_noun.match(text, to)
        if after is not None and not _overlaps(after.start(1), after.end(1), spans):
            found.append(Found(after.start(1), after.end(1), "PRODUCT", after.group(1), "code_before_noun"))
        elif text.startswith("(", to):  # or in brackets, listed: 系列产品(C500、C550)
            found.extend(Found(start, end, "PRODUCT", text[start:end], "code_before_noun")
                         for start, end in _bracketed_codes(text, to + 1, rules) if not _overlaps(start, end, spans))
        if text.startswith(rules.code_noun_not_before, to):
            continue
        m = rules.code_before_noun.search(text, max(0, at - _CODE_REACH), at)
        while m is not None:
            start, end = m.span(1)
            if _overlaps(start, end, spans):
                break
            found.append(Found(start, end, "PRODUCT", m.group(1), "code_before_noun"))
            joiner = next((j for j in _NAME_JOINERS if text.endswith(j, 0, start)), None)
            at = start - len(joiner) if joiner else -1
            m = rules.code_before_noun.search(text, max(0, at - _CODE_REACH), at) if joiner else None
    found.sort(key=lambda f: f.start)
    return found


_CODE_REACH = 24  # characters before a chip's word a code may take up (maker_code's regex is shorter)


def _overlaps(start: int, end: int, spans: list[Span]) -> bool:
    """Whether ``start``–``end`` is inside or over a name already found (spans sorted by start)."""
    lo = bisect.bisect_left(spans, (start,))
    return _inside_span(start, spans) or (lo < len(spans) and spans[lo][0] < end)


def find_titled(text: str, rules: PatternRules, hits: Mapping[str, list[Hit]]) -> list[Found]:
    """Names in 《》: laws keep the marks in their span, newspapers do not; a law in 「」 or “” without them."""
    found = []
    for m in re.finditer(r"《([^《》\n]{2,%d})》" % rules.title_max_chars, text):
        inner = m.group(1).strip()
        if inner.endswith(rules.law_suffixes) or not inner.endswith(rules.media_suffixes) \
                and text.startswith(rules.law_words_after, m.end()):
            found.append(Found(m.start(), m.end(), "LAW", inner, "titled_law"))
        elif inner.endswith(rules.media_suffixes):
            found.append(Found(m.start(1), m.end(1), "ORG", inner, "titled_media"))
    # Quotes are common and quoted laws rare: each starts from a law suffix right before a closing mark.
    for _, to, word in hits.get("quoted_law", ()):
        opening = _OPENING[word[-1]]
        at = text.rfind(opening, max(0, to - rules.title_max_chars - 2), to)
        inner = text[at + 1:to - 1].strip()
        if at >= 0 and len(inner) >= 2 and _CJK.match(inner) and not any(c in inner for c in (opening, word[-1], "\n")) \
                and not inner.endswith(rules.quoted_not_laws):
            found.append(Found(at + 1, to - 1, "LAW", inner, "quoted_law"))
    found.sort(key=lambda f: f.start)
    return found


def find_bodies_in_titles(text: str, spans: list[Span], rules: PatternRules) -> list[int]:
    """The agencies (indices into ``spans``) named only as part of a minister's title: 美国商务部|长卢特尼克,
    商务部|长表示. The guidelines annotate the title's place (美国) and no body; the relation reader still
    reads the body, the minister's office. A bare title is one when a person, a follower or
    punctuation comes after it (商务部长期以来 holds none)."""
    people = {span[0] for span in spans if span[2] == "PERSON"}
    bodies = []
    for index, (start, end, entity_type, _) in enumerate(spans):
        if entity_type != "AGENCY" or not text.startswith(rules.bare_title_after, end - 1):
            continue
        title = next((t for t in rules.bare_titles if text.startswith(t, end)), None)
        if title and (end + len(title) in people or _closes_at(text, end + len(title), rules.name_followers)):
            bodies.append(index)
    return bodies


def find_titled_people(text: str, anchors: list[Span], rules: PatternRules,
                       country_of: Callable[[str], str | None] = lambda entity_id: None) -> list[Found]:
    """A name right after an organization's title: 外交部发言人郭嘉昆 → PERSON 郭嘉昆; after the title of
    a body or a company of one of ``foreign_name_countries`` (``country_of`` an entity id), a name
    with no listed surname too (东京电子首席财务官川本弘)."""
    found = []
    anchor_types, initials = rules.anchor_types, rules.title_initials
    places: dict[int, int] | None = None  # where each place starts -> where it ends, made when first asked
    for _, end, entity_type, entity_id in anchors:
        if (gloss := _ANCHOR_GLOSS.match(text, end)) is not None:
            end = gloss.end()  # its Latin name in brackets, then the title: 德国汽车工业协会(VDA)|会长X
        at = end + next((len(w) for w in rules.title_former if text.startswith(w, end)), 0)  # 联发科|前|工程师
        # Most names are followed by no title: one set lookup rules them out.
        if entity_type not in anchor_types or text[at:at + 1] not in initials:
            continue
        title = rules.title_at(text, at)
        if not title or title in rules.bare_titles and (at > end or not text.endswith(rules.bare_title_after, 0, end)):
            continue
        foreign = title in rules.foreign_name_titles or country_of(entity_id) in rules.foreign_name_countries
        pos, last = _past_joined_titles(text, at + len(title), title, rules)
        if places is None:
            places = {span[0]: span[1] for span in anchors if span[2] == "PLACE"}
        for start, stop in _names_after_title(text, pos, last, foreign, rules, places):
            found.append(Found(start, stop, "PERSON", text[start:stop], "person_after_title",
                               anchor=entity_id, role=title))
    return found


_ANCHOR_GLOSS = re.compile(r"\([A-Za-z][A-Za-z0-9 .&'-]{0,40}\)")  # (VDA), (Semiconductor Industry Association)
_TITLE_JOINERS = "、兼暨"  # between titles one person holds (暨: Taiwan's formal "and")


def _past_joined_titles(text: str, pos: int, title: str, rules: PatternRules) -> tuple[int, str]:
    """Where the name after ``title`` (ending at ``pos``) starts, past more titles listed or held
    together (代表理事、副会长X, 董事长兼总裁X, 资深副总经理暨副共同营运长X), and the last title."""
    while text[pos:pos + 1] in _TITLE_JOINERS and (more := rules.title_at(text, pos + 1)):
        pos, title = pos + 1 + len(more), more
    return pos, title


def _names_after_title(text: str, pos: int, title: str, foreign: bool, rules: PatternRules,
                       places: Mapping[int, int] | None = None) -> list[tuple[int, int]]:
    """The names at ``pos``, right after ``title``: after a Japanese or Korean title (``foreign``), one
    without a listed surname too (``_foreign_name_at``); one before a wire's dateline, a place
    (``places``: where each starts -> where it ends) and a date (中央社记者林家宏台北10日电)."""
    if any(text.startswith(word, pos - cut) for word in rules.title_compounds for cut in range(1, len(word))):
        return []  # the title runs into a word (主席|国): no one is named
    if text.startswith("的", pos) and _post_held(text, pos - len(title), rules):
        pos += 1  # 曾在英特尔担任副总裁的|王海峰
    names = _names_at(text, pos, rules)
    if not names and foreign:
        return _foreign_name_at(text, pos, rules)
    return names or _repeated_name_at(text, pos, rules) or _name_before_dateline(text, pos, places or {}, rules)


# A wire's date after its city: 台北10日电, 华盛顿5日报道 (a dateline closes a reporter's name)
_DATELINE_DATE = re.compile(r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日(?:电|报道|讯)")


def _name_before_dateline(text: str, pos: int, places: Mapping[int, int], rules: PatternRules) -> list[tuple[int, int]]:
    """A Chinese name of two or three characters at ``pos`` that a dateline follows: a place, then a
    date (记者林家宏|台北10日电)."""
    for end in (pos + 3, pos + 2):
        name = text[pos:end]
        if end in places and _DATELINE_DATE.match(text, places[end]) and name[:1] in rules.surnames \
                and _plain_name(name, rules):
            return [(pos, end)]
    return []


_DOT = "·"
_REPEATED_NAME_CHARS = 3  # a surname and a given name of two: few such runs recur in an article but names


def _repeated_name_at(text: str, pos: int, rules: PatternRules) -> list[tuple[int, int]]:
    """A Chinese name of three characters at ``pos`` with no follower after it, which the article names
    again (创始人、CEO邵启航穿着… and 邵启航回忆…): a surname first, no common word it is or opens with (the
    given name may be one: 启航), and no foreign name's last part (克里斯·史密斯 … 众议员史密斯)."""
    end = pos + _REPEATED_NAME_CHARS
    name = text[pos:end]
    if any(text.startswith(rules.name_followers, at) for at in range(pos, end)):
        return []  # a word that ends names opens it or is inside it (…时|表示, 向|雷峰网)
    if len(name) == _REPEATED_NAME_CHARS and name[0] in rules.surnames and _plain_name(name, rules) \
            and name[:2] not in rules.common_non_names and _DOT + name not in text \
            and (text.find(name, end) >= 0 or text.rfind(name, 0, pos) >= 0):
        return [(pos, end)]
    return []


_HELD_REACH = 16  # characters between a verb of holding a post and the title (担任英特尔数据中心事业部副总裁)


def _post_held(text: str, at: int, rules: PatternRules) -> bool:
    """Whether a verb of holding a post (``held_before``) stands in the clause before ``at``."""
    start = max(0, at - _HELD_REACH)
    mark = max(text.rfind(m, start, at) for m in "，,。;；:：")
    clause = text[max(start, mark + 1):at]
    return any(verb in clause for verb in rules.held_before)


def _foreign_name_at(text: str, pos: int, rules: PatternRules) -> list[tuple[int, int]]:
    """A Japanese or Korean name at ``pos``: four or three Chinese characters before a follower or a
    date (武藤容治|12日表示), none of ``foreign_name_not_inside`` (赤泽亮正|表示)."""
    for length in (4, 3):
        name = text[pos:pos + length]
        if len(name) == length and all(_CJK.match(ch) and ch not in rules.foreign_name_not_inside for ch in name) \
                and (text.startswith(rules.name_followers, pos + length) or _DATE_AFTER.match(text, pos + length)) \
                and name not in rules.not_names \
                and not _a_common_word(name, rules.common_non_names) \
                and name[:2] not in rules.common_non_names:  # 韩国总统|办公室表示, 韩国议员|推出法案回应 name no one
            return [(pos, pos + length)]
    return []


_DATE_AFTER = re.compile(r"[0-9０-９]{1,2}日")  # a day of the month right after a name (武藤容治|12日表示)


def find_occupied_people(text: str, spans: list[Span], rules: PatternRules,
                         hits: Mapping[str, list[Hit]]) -> list[Found]:
    """A name right after an occupation that needs no employer: 财经专栏作家刘远举 → PERSON 刘远举."""
    found = []
    for at, to, word in hits.get("occupation", ()):
        title = rules.title_at(text, at)
        if title is not None and len(title) > len(word):
            word, to = title, at + len(title)  # the occupation opens a longer title (副总|裁): the name follows that
        to, last = _past_joined_titles(text, to, word, rules)
        if _span_starts_in(spans, to, to + 1):
            continue  # the dictionary named who follows (总统特朗普)
        for start, stop in _names_after_title(text, to, last, last in rules.foreign_name_titles, rules):
            found.append(Found(start, stop, "PERSON", text[start:stop], "person_after_occupation", role=word))
    return found


_NOTED_NAME_LENGTHS = (3, 2)  # a transcribed Chinese name: surname and given name, the full form first


def find_noted_people(text: str, spans: list[Span], rules: PatternRules,
                      hits: Mapping[str, list[Hit]]) -> list[Found]:
    """A Chinese name before a note that it is transcribed, alone or after the name in Latin letters,
    or before the person's age in brackets, as court reports give it: 男子李某明(译音), 耿川(Chuan Geng,
    音译), 新加坡人温国杰(41岁) → PERSON 李某明, 耿川, 温国杰."""
    found = []
    aged = _AGE in text
    notes = [at for at, _, _ in hits.get("transcription_note", ())]
    if aged:
        notes = sorted(notes + [m.start() for m in _AGE_NOTE.finditer(text)])
    for at in notes:
        if text[at] != "(":  # after the Latin name: the bracket opens before it
            latin = _NOTED_LATIN.search(text, max(0, at - _NOTED_LATIN_MAX), at)
            if latin is None:
                continue
            at = latin.start()
        names = [(at - length, at) for length in _NOTED_NAME_LENGTHS if _noted_name(text, at - length, at, spans, rules)]
        if len(names) == 2 and text.startswith(rules.name_followers, names[0][0]):
            del names[0]  # 男子周某和|林涛(音译): a word that ends names opens no longer one (向友煌 stays)
        found.extend(Found(start, stop, "PERSON", text[start:stop], "person_noted") for start, stop in names[:1])
    for m in _AGED.finditer(text) if aged else ():  # 现年28岁的耿川, 51岁的中国籍男子李明
        # the name right there, none with a date after it (45岁的陈男|自2016年起: 陈男 is no full name)
        names = _names_at(text, m.end(), rules)
        if names and names[0][0] == m.end() and not text[names[0][1]:names[0][1] + 1].isdigit():
            found.extend(Found(start, stop, "PERSON", text[start:stop], "person_noted") for start, stop in names
                         if text[start] in rules.surnames and not _inside_span(start, spans)
                         and not _span_starts_in(spans, start, stop))
    return found


_NOTE_OPENINGS = ("(", ",", ", ")  # a note alone in brackets, or after the name in Latin letters
_AGE = "岁"  # what a person's age ends with: no text without it has one
_AGE_NOTE = re.compile(r"\([0-9]{1,3}岁\)")  # a person's age in brackets after the name (温国杰(41岁))
# The age before the name, and what the person is (现年28岁的|耿川, 51岁的中国籍男子|李明)
_AGED = re.compile(r"[0-9]{1,3}岁的(?:[\u4e00-\u9fff]{0,6}?(?:男子|女子|男性|女性|公民|商人|华裔|嫌犯|被告))?")
_NOTED_LATIN = re.compile(r"\([A-Za-z][A-Za-z .'\-]*$")  # the bracket and the Latin name before such a note
_NOTED_LATIN_MAX = 40  # characters of that Latin name


def _noted_name(text: str, start: int, end: int, spans: list[Span], rules: PatternRules) -> bool:
    """Whether ``text[start:end]`` may be a Chinese name: a surname first, Chinese characters, no word
    that is never a name, no name found there (新加坡|籍)."""
    name = text[start:end]
    return start >= 0 and name[0] in rules.surnames and all(_CJK.match(ch) for ch in name) \
        and name not in rules.not_names and not _inside_span(start, spans) and not _span_starts_in(spans, start, end)


def find_appointed_people(text: str, spans: list[Span], rules: PatternRules,
                          hits: Mapping[str, list[Hit]]) -> list[Found]:
    """A name right after a verb of appointing, before 为 and the post: 聘任王立新为首席技术官 → PERSON
    王立新, 任命马克·史密斯(Mark Smith)为首席财务官 → PERSON 马克·史密斯; or between 由 and a verb of
    founding or of holding a post and its title: 由张文创立, 由张文担任首席执行官 → PERSON 张文."""
    found = []
    for _, to, _ in hits.get("appointing", ()):
        if _span_starts_in(spans, to, to + 1):
            continue  # the dictionary named who follows
        for start, stop in _names_at(text, to, rules)[:1]:
            after = stop
            if text.startswith("(", after):  # a gloss: 让·胡(Jean Hu)
                close = text.find(")", after, after + _GLOSS_REACH)
                after = close + 1 if close > 0 else after
            if text.startswith("为", after) and any(rules.title_at(text, at)
                                                    for at in range(after + 1, after + 2 + rules.post_reach)):
                found.append(Found(start, stop, "PERSON", text[start:stop], "person_appointed"))
    for _, to, _ in hits.get("founded_by", ()):  # 由张文创立, 由张文和李明共同创立: the founders
        founders = []
        while len(founders) < _FOUNDERS:
            names = [] if _span_starts_in(spans, to, to + 1) else _names_at(text, to, rules)[:1]
            if not names:
                break
            founders.append(names[0])
            joiner = next((j for j in _FOUNDER_JOINERS if text.startswith(j, names[0][1])), None)
            if joiner is None:
                break
            to = names[0][1] + len(joiner)
        if not founders:
            continue
        end = founders[-1][1]
        holding = next((len(w) for w in rules.holding if text.startswith(w, end)), 0)
        if text.startswith(rules.founding, end) or holding and any(
                rules.title_at(text, at) for at in range(end + holding, end + holding + 1 + rules.post_reach)):
            found.extend(Found(start, stop, "PERSON", text[start:stop], "person_appointed") for start, stop in founders)
    return found


_SENTENCE_OPENING = re.compile(r"(?:\A|[。!?\n])[ \u3000]*")
_DESCRIPTION_END = re.compile(r"[。,;、]")


def find_apposed_people(text: str, spans: list[Span], rules: PatternRules,
                        hits: Mapping[str, list[Hit]]) -> list[Found]:
    """A name that opens a sentence, before a comma and a description that ends with a title
    (张三,星河科技创始人兼首席执行官。→ PERSON 张三, role 首席执行官); or a name with its surname
    that opens a clause, before an honorific (,张三先生 → PERSON 张三)."""
    found = []
    for opening in _SENTENCE_OPENING.finditer(text):
        pos = opening.end()
        if text[pos:pos + 1] not in rules.surnames or _span_starts_in(spans, pos, pos + 1):
            continue
        name = _chinese_name_at(text, pos, rules)
        if name is None or not text.startswith(",", name[1]):
            continue
        end = _DESCRIPTION_END.search(text, name[1] + 1, name[1] + 2 + rules.apposed_max_chars)
        description = text[name[1] + 1:end.start()] if end else ""
        title = next((t for t in rules.apposed_titles if description.endswith(t)), None)
        if title is not None:
            found.append(Found(pos, name[1], "PERSON", text[pos:name[1]], "person_apposed", role=title))
    for at, _, _ in hits.get("honorific", ()):
        for start in (at - 3, at - 2):  # a given name of two characters, or of one
            named = text[start:at]
            if start >= 0 and (start == 0 or not _CJK.match(text[start - 1])) and _noted_name(
                    text, start, at, spans, rules) and named[:2] not in rules.common_non_names \
                    and not _a_common_word(named, rules.common_non_names):
                found.append(Found(start, at, "PERSON", named, "person_apposed"))
                break
    return found


def find_byline_people(text: str, spans: list[Span], rules: PatternRules) -> list[Found]:
    """The people a byline names after its field (文｜陈明, 撰文者：林华, 文｜财新 张畅, 文/王明、李华): each a
    surname and one to three characters that end where the line, a space, a bar, a bracket, a comma or 、 does.

    A field opens the byline where it opens a line or follows an opening bracket or a comma (集微网报道(文/林思远),
    文｜钛媒体,作者｜杜知远), or where an outlet glued before it does (每经记者：王晶), or right after a name the
    byline gave and a space (每经记者：王晶 每经编辑：李明)."""
    found: list[Found] = []
    for field in rules.byline_search.finditer(text) if rules.byline_search is not None else ():
        start = field.start()
        index = bisect.bisect_left(spans, (start,)) - 1
        while index >= 0 and spans[index][1] > start:
            index -= 1
        if index >= 0 and spans[index][1] == start and spans[index][2] == "ORG":
            start = spans[index][0]  # the outlet's field (每经记者：)
        lead = start
        while lead > 0 and text[lead - 1] in _BYLINE_SPACES:
            lead -= 1
        if not (lead == 0 or text[lead - 1] in _BYLINE_OPENERS
                or lead < start and found and found[-1].end == lead):
            continue
        pos = field.end()
        index = bisect.bisect_left(spans, (pos,))
        outlet = spans[index] if index < len(spans) and spans[index][0] == pos and spans[index][2] == "ORG" else None
        if outlet is not None and text.startswith(" ", outlet[1]):
            pos = outlet[1] + 1  # the outlet's, then its reporter's (文｜财新 张畅)
        while (name := _BYLINE_NAME.match(text, pos)) is not None and name.group()[:1] in rules.surnames \
                and not _span_starts_in(spans, name.start(), name.end()):
            found.append(Found(name.start(), name.end(), "PERSON", name.group(), "person_in_byline"))
            if not text.startswith("、", name.end()):
                break
            pos = name.end() + 1
    return found


# The marks between a byline's field or title and its name (文｜, 记者：, 编辑/); 丨 is a CJK character outlets
# set as a bar, so a byline's names and fields are Chinese characters but it (kg.relate reads bylines too).
BYLINE_MARKS = "|｜丨/:："
BYLINE_CHARACTER = r"[\u4e00-\u4e27\u4e29-\u9fff]"
# What may open a byline's field before it (a line, a bracket, a comma), and the spaces before a field.
_BYLINE_OPENERS = "\n(（,，【["
_BYLINE_SPACES = " \u3000"
# After a field (文｜, 撰文者：, 文 / , 文丨): unlike BYLINE_GAP, a mark is needed (文 alone is a word) and
# a colon is one (it ends a title's clause elsewhere).
_BYLINE_FIELD_GAP = rf"[ \u3000]?[{BYLINE_MARKS}][ \u3000]?"
_BYLINE_NAME = re.compile(rf"{BYLINE_CHARACTER}{{2,4}}(?=$|[ \u3000{BYLINE_MARKS}、(（)）【】\[\],，\n])", re.M)


_FOUNDERS = 4  # founders named in one list after 由
_FOUNDER_JOINERS = ("、", "和", "与", "及")


_GLOSS_REACH = 40  # characters of a bracketed Latin gloss after a name


def find_legal_names(text: str, spans: list[Span], rules: PatternRules, hits: Mapping[str, list[Hit]],
                     is_country: Callable[[str], bool] = lambda place: True) -> list[Found]:
    """A company's full legal name: 、汉芯科技有限公司总经理 → ORG 汉芯科技有限公司.

    The name runs back from the suffix over Chinese characters and brackets, to
    punctuation or to the last of ``legal_starts_after`` (将紫金矿业集团有限公司
    列入 → 紫金矿业集团有限公司); a cut never falls inside a name already found. A country
    glued before a known company's name is no part of it (中国|华为技术有限公司); a city or a
    province is (上海壁仞科技股份有限公司: ``is_country``, an entity id).
    """
    found = []
    for at, to, _ in hits.get("legal_name", ()):
        start = _name_start(text, at, rules.legal_max_chars, _LEGAL_NAME_CHARS, spans, rules.full_legal_last_word)
        start = _latin_company_start(text, start, spans)
        if at - start == rules.legal_max_chars and _LEGAL_NAME_CHARS.match(text, start - 1):
            # Run back as far as a name goes with no word to start after: it starts at the first
            # place or company named in it (…法院受理|华为技术有限公司), or it is no name.
            inside = spans[bisect.bisect_left(spans, (start,)):bisect.bisect_left(spans, (at,))]
            start = next((s[0] for s in inside if s[2] in ("ORG", "PLACE")), at)
        described = rules.legal_description.match(text, start, at - _DESCRIBED_NAME_CHARS)
        if described is not None and not _inside_span(described.end(), spans):
            start = described.end()  # 经销商|深圳市恒鑫达科技有限公司
        inside = spans[bisect.bisect_left(spans, (start,)):bisect.bisect_left(spans, (at,))]
        for before, company in itertools.pairwise([(start, start, "", ""), *inside]):
            if company[2] == "ORG" and _LEGAL_VERB_LEAD.fullmatch(text, before[1], company[0]):
                # 禁止|安世半导体(中国)有限公司, 荷兰法院责成|闻泰科技(深圳)有限公司: a verb before a known company
                # starts no name
                start = company[0]
        first = bisect.bisect_left(spans, (start,))
        if first + 1 < len(spans) and spans[first][0] == start and spans[first][2] == "PLACE" \
                and is_country(spans[first][3]) \
                and spans[first + 1][0] == spans[first][1] and spans[first + 1][2] == "ORG" and spans[first + 1][1] <= at:
            start = spans[first + 1][0]  # 中国|华为技术有限公司: the country says whose; the company's name follows
        if at - start >= rules.legal_min_chars and not _inside_span(start, spans):
            found.append(Found(start, to, "ORG", text[start:to], "legal_name"))
    return found


# Up to four characters before a known company inside a legal name's run: a verb's (禁止, 起诉), no part of the name.
_LEGAL_VERB_LEAD = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _latin_company_start(text: str, start: int, spans: list[Span]) -> int:
    """Where a legal name starts that a known company written in Latin letters opens, glued to it
    (SK海力士|半导体(中国)有限公司, AMD|(中国)有限公司): that company's start; else ``start``. A Latin word
    of no known company opens nothing (投资AI|星岚科技有限公司)."""
    index = bisect.bisect_left(spans, (start,)) - 1
    if index >= 0 and spans[index][0] < start <= spans[index][1] and spans[index][2] == "ORG" \
            and text[spans[index][0]].isascii() and text[spans[index][0]].isalpha():
        return spans[index][0]
    return start


_DESCRIBED_NAME_CHARS = 4  # the fewest characters a legal name keeps before its suffix past a description


def _name_start(text: str, end: int, max_chars: int, chars: re.Pattern, spans: list[Span],
                last_word: re.Pattern) -> int:
    """Where a name ending at ``end`` starts: back over ``chars``, then after the last word ``last_word`` finds.

    A word whose end falls inside a name already found does not cut (将|紫金矿业集团有限公司
    cuts after 将, but 由 inside a known name does not).
    """
    start = end
    floor = max(0, end - max_chars)
    while start > floor and chars.match(text, start - 1):
        start -= 1
    if start < end and text[start] in _DATE_UNITS and start and text[start - 1].isdigit():
        start += 1  # 继9月26日|摩尔线程智能科技(北京)股份有限公司: a date's unit opens no name
    stop = end
    while stop > start:
        m = last_word.match(text, start, stop)
        if not m:
            break
        if not _inside_span(m.end(), spans):
            return m.end()
        stop = m.end() - 1
    return start


_DATE_UNITS = "年月日号"


def find_described_companies(text: str, spans: list[Span], rules: PatternRules,
                             hits: Mapping[str, list[Hit]]) -> list[Found]:
    """A foreign company the dictionaries lack, after a country and what the company is:
    将美国无人机企业斯凯迪奥列入 → ORG 斯凯迪奥; 美国国防承包商洛克希德·马丁公司 → 洛克希德·马丁.

    The name is written in the characters of foreign names (``transliteration``), or joined by ·,
    and ends before a follower or punctuation: 美国企业纷纷表示 names no one. A name in any
    Chinese characters ends before a company suffix that a list or a listing follows:
    将美国企业通用原子航空系统公司列入 → 通用原子航空系统; the list it opens goes on (、通用动力陆地系统公司).
    """
    found = []
    for at, to, word in hits.get("company_descriptor", ()):
        glued = _glued_company(text, spans, at, word, rules)
        if glued is not None:
            found.append(glued)
            continue
        if text[to:to + 1] not in rules.transliteration and not (rules.described_suffix and
                                                                 _CJK.match(text, to)):
            continue  # most descriptors are followed by ordinary words
        if _span_starts_in(spans, to, to + 1) or text.startswith(rules.described_not_starting, to):
            continue  # the dictionary named it (美国芯片巨头英伟达); the descriptor ended a name (…公司和…)
        before = bisect.bisect_left(spans, (at,)) - 1
        description = text[spans[before][1]:at] if before >= 0 else ""
        if before < 0 or spans[before][2] != "PLACE" or not 0 <= at - spans[before][1] <= rules.described_max \
                or any(ch in _PUNCTUATION for ch in description) \
                or any(word in description for word in rules.description_not_inside):
            continue  # a description holds no word of a clause (中国占公司营收的三成: 营收 is no company)
        name = _described_name_at(text, to, rules)
        while name is not None:
            found.append(Found(name[0], name[1], "ORG", text[name[0]:name[1]], "described_company"))
            # A list of suffixed names goes on after its first: …公司、通用动力陆地系统公司.
            end = name[1] + next((len(s) for s in rules.described_suffix if text.startswith(s, name[1])), 0)
            joiner = next((j for j in _NAME_JOINERS if text.startswith(j, end)), None) if end > name[1] else None
            name = None if joiner is None else _suffixed_name_at(text, end + len(joiner), rules)
    return found


def _glued_company(text: str, spans: list[Span], at: int, word: str, rules: PatternRules) -> Found | None:
    """A name between a country and a company suffix at ``at``: in the characters of foreign names
    (美国|杜邦|公司, 日本|索尼|公司), or in any Chinese characters when a list or a listing follows the
    suffix (将美国|通用动力|公司、洛克希德·马丁公司列入): the suffix says what the country describes."""
    if word not in rules.described_suffix:
        return None
    before = bisect.bisect_left(spans, (at,)) - 1
    if before < 0 or spans[before][2] != "PLACE":
        return None
    start = spans[before][1]
    name = text[start:at]
    if not _GLUED_MIN <= len(name) <= _GIVEN_NAME_MAX_CHARS:
        return None
    foreign = all(ch in rules.transliteration for ch in name)
    listed = text.startswith(rules.glued_after_suffix, at + len(word)) and all(_CJK.match(ch) for ch in name) \
        and not any(ch in rules.described_not_inside for ch in name) and not name.startswith(rules.described_not_starting) \
        and not name.endswith(rules.described_not_ending)
    return Found(start, at, "ORG", name, "described_company") if foreign or listed else None


_GLUED_MIN = 2  # characters of a name glued between a country and its suffix


def find_dotted_companies(text: str, spans: list[Span], rules: PatternRules,
                          hits: Mapping[str, list[Hit]]) -> list[Found]:
    """A foreign name joined by · right before a company word, wherever it stands:
    将洛克希德·马丁公司等美国企业列入 → ORG 洛克希德·马丁 (a person's name never runs into 公司)."""
    found = []
    for at, _, _ in hits.get("dotted_company", ()) if "·" in text else ():
        start = _foreign_start(text, at, max(0, at - _DOTTED_MAX_CHARS), rules, "·")
        parts = text[start:at].split("·")
        if len(parts) > 1 and all(parts) and not _inside_span(start, spans):
            found.append(Found(start, at, "ORG", text[start:at], "dotted_company"))
    return found


def find_named_companies(text: str, spans: list[Span], rules: PatternRules,
                         hits: Mapping[str, list[Hit]]) -> list[Found]:
    """A name right after a word of naming, then 的 and what kind of company it is: 一家名为“星辰智算”的新加坡
    公司 → ORG 星辰智算 (the quotes are not part of it); unquoted, 名为ALX Solutions的公司."""
    found = []
    for _, to, _ in hits.get("naming", ()):
        m = rules.named_company.match(text, to)
        name = 1 if m is not None and m.group(1) is not None else 2
        if m is not None and not _inside_span(m.start(name), spans):
            found.append(Found(m.start(name), m.end(name), "ORG", m.group(name), "named_company"))
    return found


def find_defined_companies(text: str, spans: list[Span], rules: PatternRules) -> list[Found]:
    """A company the dictionaries lack, named right before brackets that define its short name: its name
    ends in one of ``defined_company_suffixes`` and runs back as a legal name does, past what kind of
    company it is (对|范德林登精密系统公司(以下简称“VLPS”) → ORG 范德林登精密系统公司)."""
    found = []
    for m in rules.defined_name.finditer(text) if rules.defined_company_suffixes else ():
        at = m.start()
        if not text.endswith(rules.defined_company_suffixes, 0, at) or _inside_span(at - 1, spans):
            continue
        start = _name_start(text, at, rules.legal_max_chars, _LEGAL_NAME_CHARS, spans, rules.legal_last_word)
        suffix = max(len(w) for w in rules.defined_company_suffixes if text.endswith(w, 0, at))
        described = rules.legal_description.match(text, start, at - suffix - rules.legal_min_chars)
        if described is not None and not _inside_span(described.end(), spans):
            start = described.end()  # 芯片设计企业|莱迪思半导体公司, as a legal name's description
        if at - suffix - start >= rules.legal_min_chars and not _inside_span(start, spans):
            found.append(Found(start, at, "ORG", text[start:at], "defined_company"))
    return found


def extend_given_names(text: str, spans: list[Span], rules: PatternRules,
                       given_names: Callable[[str], tuple[str, ...]]) -> list[tuple[int, Found]]:
    """A known person's family name after a ·-joined given name spelt otherwise than in the dictionary
    is one mention, the whole name: 首席财务官科莉特·克雷斯 (the dictionary: 科莱特·克雷斯, 克雷斯).

    A given name that starts unlike every one the dictionary gives the person (``given_names``)
    names another bearer of the family name (约翰·鲍威尔 is not 杰罗姆·鲍威尔): it is returned as a
    find, with the index of the span it replaces, and the span is left as it is.
    """
    others = []
    for index, (start, end, entity_type, entity_id) in enumerate(spans):
        if entity_type != "PERSON" or text[start - 1:start] != "·":
            continue
        floor = max(spans[index - 1][1] if index else 0, start - 1 - _GIVEN_NAME_MAX_CHARS)
        given = _foreign_start(text, start - 1, floor, rules)
        # A title before it ends there, though its characters are foreign names' too (主席|杰洛姆·鲍威尔).
        titled = _after_last(text, [t for t in rules.titles if len(t) > 1], floor, start - 1)
        given = max(given, titled) if titled is not None else given
        if given < start - 1:
            known = given_names(entity_id)
            if known and not any(name.startswith(text[given]) for name in known):
                others.append((index, Found(given, end, entity_type, text[given:end], "given_name")))
            else:
                spans[index] = (given, end, entity_type, entity_id)
    return others


def _foreign_start(text: str, end: int, floor: int, rules: PatternRules, joiners: str = "") -> int:
    """Where a name in the characters of foreign names (and ``joiners``) ending at ``end`` starts, no
    further back than ``floor``, after a word that ends in such a character (宣布|洛克希德)."""
    start = end
    while start > floor and (text[start - 1] in rules.transliteration or text[start - 1] in joiners):
        start -= 1
    return start + 1 if text.endswith(rules.dotted_not_after, 0, start + 1) else start


_DOTTED_MAX_CHARS = 16  # a ·-joined company name (诺斯罗普·格鲁曼)
_GIVEN_NAME_MAX_CHARS = 6  # a transliterated given name before its · (克里斯托弗)


def _described_name_at(text: str, pos: int, rules: PatternRules) -> tuple[int, int] | None:
    """A foreign name at ``pos``, ·-joined or not, that ends before a follower or punctuation."""
    def ends(end: int) -> bool:
        return _closes_at(text, end, rules.described_followers)

    m = _TRANSLITERATED.match(text, pos)
    if m:
        last = text.rindex("·", m.start(1), m.end(1)) + 2
        return next(((pos, end) for end in range(last, m.end(1) + 1) if ends(end)), None)
    return _transliterated_name_at(text, pos, rules, ends) or _suffixed_name_at(text, pos, rules) \
        or _plain_name_at(text, pos, rules)


_PLAIN_NAME_CHARS = (2, 4)  # how long a described company's name in any Chinese characters may be (胜高, 清微智能)


def _plain_name_at(text: str, pos: int, rules: PatternRules) -> tuple[int, int] | None:
    """A name in any Chinese characters at ``pos`` that ends before a follower or its gloss in brackets
    (not before other punctuation: 巨头财报显示,): neither a common word
    nor one that starts with one (企业普遍表示, 企业实施制裁), none of ``described_not_inside``, nor one
    that ends as staff do (企业高管|表示) or starts as no organization's name does (企业新设立的)."""
    low, high = _PLAIN_NAME_CHARS
    for end in range(pos + 1, min(len(text), pos + high) + 1):
        if not _CJK.match(text, end - 1) or text[end - 1] in rules.described_not_inside:
            return None
        if end - pos >= low and text.startswith((*rules.described_followers, "(", "（"), end):
            name = text[pos:end]
            named = name[:2] not in rules.common_non_names and name not in rules.common_non_names \
                and not name.endswith(rules.described_not_ending) and not name.startswith(rules.org_not_starts)
            return (pos, end) if named else None
    return None


def _suffixed_name_at(text: str, pos: int, rules: PatternRules) -> tuple[int, int] | None:
    """A name in Chinese characters at ``pos`` that ends before a company suffix followed by a list
    or a listing: 通用原子航空系统|公司|列入."""
    for end in range(pos, min(len(text), pos + rules.described_max_chars + 1)):
        suffix = next((s for s in rules.described_suffix if text.startswith(s, end)), None)
        if suffix is not None and end - pos >= 2:
            named = text.startswith(rules.described_after_suffix, end + len(suffix)) \
                and not text.endswith(rules.described_not_ending, pos, end)
            return (pos, end) if named else None
        if not _CJK.match(text, end) or text[end] in rules.described_not_inside \
                or end == pos and text.startswith(rules.described_not_starting, end):  # 与华为公司
            return None
    return None


def find_latin_names(text: str, rules: PatternRules, hits: Mapping[str, list[Hit]]) -> list[Found]:
    """Latin names by their context: 服务商Megaspeed, Skydio公司, Acme Inc. (ORG); John Smith表示 (PERSON).

    The context words are rarer than Latin runs in Chinese news, so they are
    searched for, and the Latin run beside each is read from there.
    """
    found = [Found(m.start(1), m.end(1), "ORG", m.group(1), "latin_org") for m in rules.latin_glossed_org.finditer(text)]
    for at, to, _ in hits.get("latin_legal", ()):
        name_end = at - 2 if text.endswith(", ", 0, at) else at - 1  # Insitu, Inc.; Acme Inc.
        if (name_end < 1 or not is_latin_word_char(text[name_end - 1]) or text[at - 1] not in " ,"
                or is_latin_word_char(text[to:to + 1])):
            continue
        run = _latin_run_before(text, name_end)
        legal = rules.latin_legal_name.fullmatch(text, run, to) if run < name_end else None
        if legal:
            found.append(Found(run, to, "ORG", legal.group(), "latin_org"))
    for at, to, word in hits.get("latin_context", ()):
        # Most of these words (公司, 表示) stand between Chinese characters: one comparison
        # each rules them out (Latin letters, digits, spaces and brackets sort before "~").
        if text[to:to + 1] > "~" and text[at - 1:at] > "~":
            continue
        if word in rules.latin_org_before:  # 服务商Megaspeed
            start = to + (text[to:to + 1] == " ")
            name = _ORG_WORDS.match(text, start)
            if name is None:  # initials alone, three or more, when the company speaks (芯片企业AXT表示; not
                name = _ACRONYM.match(text, start)  # 公司CEO表示, 企业AI称)
                if name is None or len(name.group()) < 3 or not text.startswith(rules.latin_person_before, name.end()) \
                        or rules.title_at(text, start):
                    name = None
            if name and not is_latin_word_char(text[name.end():name.end() + 1]) \
                    and not _LOWER_CASE_WORD.match(text, name.end()) \
                    and not text.startswith(rules.latin_product_after, name.end() + (text[name.end():name.end() + 1] == " ")):
                found.append(Found(start, name.end(), "ORG", name.group(), "latin_org"))
        end = at - (text[at - 1:at] == " " and at > 0)
        if word in rules.latin_person_before and is_latin_word_char(text[end - 1:end]):  # John Smith表示
            run = _latin_run_before(text, end)
            if _PERSON_RE.fullmatch(text, run, end):
                found.append(Found(run, end, "PERSON", text[run:end], "latin_person"))
        if word in rules.latin_org_after:  # Skydio公司, 斯凯迪奥(Skydio)公司
            end = at - (text[at - 1:at] in (" ", ")") and at > 0)
            if not is_latin_word_char(text[end - 1:end]):
                continue
            run = _latin_run_before(text, end)
            last = text.rfind(" ", run, end) + 1 or run
            if _ORG_WORD.fullmatch(text, last, end) \
                    or word in rules.acronym_org_after and last == run and _ACRONYM.fullmatch(text, last, end):
                # Capitalized words before it belong to the name (Lanxin Micro公司), up to four in all.
                start = last
                for word in reversed(text[run:last].split()[-3:]):
                    if not _CAPITALIZED.fullmatch(word):
                        break
                    start -= len(word) + 1
                if end < at and text[start - 1:start] != "(":
                    continue  # (Lockheed Martin Missiles and Fire Control)列入: the bracket's name is longer
                found.append(Found(start, end, "ORG", text[start:end], "latin_org"))
    return found


_LOWER_CASE_WORD = re.compile(r" [a-z]")  # a name that goes on in lower case (Primo nanova) is a product's


def _latin_run_before(text: str, end: int) -> int:
    """Where the run of Latin words (with single spaces and name punctuation) ending at ``end`` starts."""
    start = end
    floor = max(0, end - 80)
    while start > floor and (is_latin_word_char(text[start - 1]) or text[start - 1] in "&'’.-"
                             or (text[start - 1] == " " and start - 1 > floor and is_latin_word_char(text[start - 2]))):
        start -= 1
    return start


_ETC = "等"  # ends a list: 甲、乙等企业
_JOINING_MEMBERS = "、和及与"  # after a list's member, before the next
_LIST_MEMBER = re.compile(r"^(?:[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)?|[A-Za-z0-9][A-Za-z0-9 .&\-]*)$")  # 洛克希德·马丁


# A count of firms after 等 (等15家, 等三家): 家 counts companies, so the list names them.
_COUNTED_FIRMS = re.compile(r"(?:[0-9]+|[一二两三四五六七八九十百几多数]+)家")


def find_listed_orgs(text: str, spans: list[Span], rules: PatternRules, hits: Mapping[str, list[Hit]],
                     is_country: Callable[[str], bool] = lambda place: True) -> list[Found]:
    """The members of a list before a collective noun: 甲、乙和丙等企业 → three ORGs; of a list with no
    noun between 将 or 把 and a listing, when a member is known or named as a company: 将星河微电子和长鑫
    存储列入 → two ORGs; and of a list of stocks right before their move: 澜微股份、星辰微高开 → two ORGs.

    The list runs back from 等 (or the move) to punctuation other than 、; its first member
    starts after the last of ``legal_starts_after``. Members already found by
    the dictionary stay as they are.
    """
    found = []
    for end, _, _ in hits.get("listed", ()):  # at each 等 followed by a collective noun
        noun = rules.listed_noun.match(text, end + 1)
        if not noun:
            continue
        counted = _COUNTED_FIRMS.match(text, end + 1) is not None  # 等15家实体: companies, however many named
        listing = text.startswith(rules.list_listings, noun.end())  # 等美国企业列入: so are those listed
        start, listed = _members_before(text, end, spans, rules, 1 if counted or listing else rules.list_min_members,
                                        is_country)
        # Industries are listed like companies (芯片、汽车等行业企业): a known company among
        # the members, a member named as a company is (圣邦股份), or a noun that only lists
        # companies (个股), says these are names.
        known = _known_orgs(spans, start, end)
        # a known member: one listed, or one a joiner follows (客户将采购|华为|、星澜微: the first member's
        # name is the one found already)
        if counted or noun.group().endswith(rules.list_nouns_enough) or any((f.start, f.end) in known for f in listed) \
                or any(text[stop:stop + 1] in _JOINING_MEMBERS for _, stop in known) \
                or any(_named_as_company(f.name, rules.list_members_enough) for f in listed) \
                or listing and not any(f.name in rules.list_sectors for f in listed):
            found.extend(f for f in listed if not f.name.endswith(rules.list_not_endings))
    # 将甲和乙列入: no noun (a list closed by 等 and a noun is the loop's above), but a member named as a company
    for end, to, _ in hits.get("listing", ()):
        end -= text.endswith(_ETC, 0, end)  # 将甲、乙等列入
        start, listed = _members_before(text, end, spans, rules, 1, is_country)
        if not listed or not _disposed(text, listed[0].start, spans, rules.list_disposals) \
                or _ETC in text[listed[0].start:end] \
                or any(f.name in rules.list_sectors for f in listed):
            continue
        if len(listed) < rules.list_min_members:
            # one member alone: a company's name by its ending, listed onto a list (将星河科技列入实体清单)
            if not _named_as_company(listed[0].name, rules.list_single_endings) \
                    or not any(word in _clause_after(text, to) for word in rules.list_words):
                continue
            named = listed
        else:
            named = [f for f in listed if _named_as_company(f.name, rules.list_members_enough)
                     or text.startswith(rules.list_generic_endings, f.end)]
        known = _known_orgs(spans, start, end)
        if named or any((f.start, f.end) in known for f in listed):
            # An unknown member is a name when it is named as a company, or long for a person's name
            # (将孙宏和中芯国际列入: a person's, maybe); never a count or a phrase (将近百家中国实体和…,
            # 将相关公司和…).
            found.extend(f for f in listed if (f in named or len(f.name) >= _UNNAMED_MEMBER_MIN)
                         and f.name not in rules.common_non_names and not f.name.startswith(rules.org_not_starts)
                         and not _COUNTED_FIRMS.search(f.name))
    for end, _, _ in hits.get("stock_move", ()):  # a stock's move names listed companies, not boards or indices
        while (when := next((w for w in rules.list_stock_times if text.endswith(w, 0, end)), None)) is not None:
            end -= len(when)  # 亚德诺|盘前|跌超2%
        _, listed = _members_before(text, end, spans, rules, max(2, rules.list_min_members), is_country)
        if listed and not any(f.name.endswith(rules.list_not_stocks) or f.name in rules.list_sectors for f in listed):
            # a member over a name found already is that name (华虹|公司): only new names are added
            found.extend(f for f in listed if not _overlaps(f.start, f.end, spans))
    return found


_CLAUSE_MARKS = re.compile(r"[,。;:!?]")
_LISTING_REACH = 20  # characters from a listing to the end of its list's name


def _clause_after(text: str, at: int) -> str:
    """The rest of the clause from ``at``, at most ``_LISTING_REACH`` characters of it."""
    mark = _CLAUSE_MARKS.search(text, at, at + _LISTING_REACH)
    return text[at:mark.start() if mark else at + _LISTING_REACH]


_UNNAMED_MEMBER_MIN = 4  # characters of a listed member with no company's ending: longer than most people's names


def _known_orgs(spans: list[Span], start: int, end: int) -> set[tuple[int, int]]:
    """Where the organizations found already between ``start`` and ``end`` are."""
    return {(s[0], s[1]) for s in spans[bisect.bisect_left(spans, (start,)):bisect.bisect_left(spans, (end,))]
            if s[2] == "ORG"}


def _disposed(text: str, at: int, spans: list[Span], disposals: tuple[str, ...]) -> bool:
    """Whether the name at ``at`` comes right after one of ``disposals``, or after one and the places
    glued before it (将美国|甲公司、乙公司列入)."""
    return text.endswith(disposals, 0, _past_glued_places(spans, at))


def _members_before(text: str, end: int, spans: list[Span], rules: PatternRules, min_members: int,
                    is_country: Callable[[str], bool]) -> tuple[int, list[Found]]:
    """Where the list that ends at ``end`` starts, and its members as ORGs (none for fewer than
    ``min_members``). A country that opens the first member is no part of it (``is_country``, an
    entity id: 美国|通用动力); a province or a city is (云南锗业)."""
    end -= text.endswith(_ETC, 0, end)  # 至纯科技等|涨超3%: the 等 that closes this list is no member's
    floor = max(0, end - (rules.list_max_chars + 1) * 8)
    start = end
    # back to punctuation other than 、, or to the 等 that closed an earlier list (二极管、晶体管等芯片
    # 供应大众、本田等厂商: the companies' list starts after it)
    while start > floor and (text[start - 1] == "、" or text[start - 1] not in _PUNCTUATION) \
            and text[start - 1] != _ETC:
        start -= 1
    members = _list_members(text, start, end, spans, rules)
    if len(members) < min_members:
        return start, []
    first_end = members[0][1]
    # a name with a joiner inside starts before it (…的|洛克希德·马丁导弹与火控公司)
    before_joiner = members[0][2] if members[0][2] >= 0 else first_end
    first = _name_start(text, before_joiner, before_joiner - start, _CJK_OR_LATIN, spans, rules.legal_last_word)
    # and never inside a name found already (洛克希德|·|马丁导弹…: · is no character of a name's run)
    first = next((s[0] for s in spans[bisect.bisect_left(spans, (start,)):bisect.bisect_left(spans, (first,))]
                  if s[1] > first), first)
    # A name found already that ends the first member is all of it (此前已要求|字节跳动、阿里巴巴等公司).
    ending = bisect.bisect_left(spans, (first_end,))
    named = next((s for s in reversed(spans[:ending]) if s[1] == first_end and s[0] > first), None)
    if named is not None:
        first = named[0]
    else:  # a place that opens the first member says whose it is (将美国|通用动力、雷神等)
        first = next((s[1] for s in spans[bisect.bisect_left(spans, (first,)):ending]
                      if s[0] == first and s[2] == "PLACE" and is_country(s[3])), first)
        # and so does what it is, before its name (将日本防卫企业|三菱重工等)
        described = _after_last(text, rules.org_descriptors, first, first_end - 1)
        first = described if described is not None else first
    listed = []
    for index, (at, member_end, inner) in enumerate(members):
        member = text[at:member_end]
        member_start = first if index == 0 else at
        # 中芯国际子公司; 及其关联企业, the company's own
        unit = text.endswith(rules.list_unit_endings, member_start, member_end) or text.startswith(_ITS, member_start)
        ending = next((e for e in rules.list_generic_endings if text.endswith(e, member_start, member_end)), "")
        if ending and not text.endswith(rules.legal_suffixes, member_start, member_end):
            member_end -= len(ending)
        # A name found already that ends a later member is all of it (、以及|中芯国际, 及其子公司|海思).
        known = bisect.bisect_left(spans, (member_end,))
        member_start = next((s[0] for s in reversed(spans[:known]) if s[1] == member_end and s[0] > member_start),
                            member_start) if index else member_start
        name = text[member_start:member_end]
        # not 中国联通的美国子公司, nor what opens with a common verb (防止芯片被转移至受关注国家、…等企业)
        if index and _holds_a_clause(member, rules):
            listed.clear()  # 运营商、银行等领域服务器的内存采购会转向三星、SK海力士等: the list starts in the clause
        longest = rules.list_max_chars * (2 if inner >= 0 else 1)  # two parts' worth with a joiner inside
        if not unit and 2 <= len(name) <= longest and _LIST_MEMBER.match(name) \
                and name[:2] not in rules.not_opening_names and not _holds_a_clause(name, rules):
            listed.append(Found(member_start, member_end, "ORG", name, "listed_org"))
    return start, listed


def _list_members(text: str, start: int, end: int, spans: list[Span],
                  rules: PatternRules) -> list[tuple[int, int, int]]:
    """Where each member of the list ``text[start:end]`` starts and ends, and where a joiner inside
    it is (-1: none). A joiner inside a name joins no members (rules.list_inner_joiners:
    洛克希德·马丁导弹与火控公司、雷神公司): the part after it ends in a generic ending (公司), or is no
    list's last member (雷神导弹与防务、波音…: 与 joins only a list's last) or a common word (…、波音防务空间与
    安全等: no 安全 listed), and the part before it ends in no generic ending nor in a name found already."""
    members: list[tuple[int, int, int]] = []
    at = start
    for sep in itertools.chain(rules.list_separators.finditer(text, start, end), (None,)):
        stop = end if sep is None else sep.start()
        last = members[-1] if members else None
        if last is not None and last[2] < 0 and text[last[1]:at] in rules.list_inner_joiners \
                and (text.endswith(rules.list_generic_endings, at, stop)
                     or (sep is not None and sep.group() == _ENUMERATION_COMMA or text[at:stop] in rules.common_non_names)
                     and not _holds_a_clause(text[last[0]:last[1]], rules)) \
                and not text.endswith(rules.list_generic_endings, last[0], last[1]) \
                and not any(s[1] == last[1] for s in spans[bisect.bisect_left(spans, (last[0],)):
                                                            bisect.bisect_left(spans, (last[1],))]):
            members[-1] = (last[0], stop, last[1])
        else:
            members.append((at, stop, -1))
        if sep is not None:
            at = sep.end()
    return members


def _holds_a_clause(words: str, rules: PatternRules) -> bool:
    """Whether a list's member holds 的 or an adverb or a modal (rules.list_not_inside): a phrase or a
    clause, no name."""
    return _OF in words or any(w in words for w in rules.list_not_inside)


_ITS = "其"  # what opens a member that is the list's company's own (及其分支机构)
_ENUMERATION_COMMA = "、"  # what parts a list's members before its last
_CJK_OR_LATIN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_OF = "的"  # in a list's member, a phrase: whose the noun after it is


def _named_as_company(name: str, endings: tuple[str, ...]) -> bool:
    """Whether ``name`` ends in a company's ending after at least two characters (圣邦股份, not 股份)."""
    return any(name.endswith(ending) and len(name) >= len(ending) + 2 for ending in endings)


def _after_last(text: str, words: Sequence[str], start: int, end: int) -> int | None:
    """Where the last of ``words`` to end in ``text[start:end]`` ends (a name starts after it), if any."""
    return max((at + len(w) for w in words if (at := text.rfind(w, start, end)) >= 0), default=None)


_DESCRIBED_NAME = 3  # characters at most between a descriptor and a described head (公司|澜芯|半导体)
_DESCRIBED_FOREIGN_NAME = 6  # or of a foreign name's characters (芯片制造商|艾尔莫斯|半导体)


def _described_reach(text: str, at: int, rules: PatternRules) -> int:
    """How many characters the name before a described head at ``at`` may have: more when they are
    all a foreign name's (制造商|艾尔莫斯|半导体), for a plain phrase runs on (公司|发展功率|半导体)."""
    foreign = 0
    while foreign < min(at, _DESCRIBED_FOREIGN_NAME) and text[at - foreign - 1] in rules.transliteration:
        foreign += 1
    return max(_DESCRIBED_NAME, foreign)


_AGENT_MARKER = "由"


def find_headed_orgs(text: str, spans: list[Span], rules: PatternRules, hits: Mapping[str, list[Hit]],
                     country_of: Callable[[str], str | None] = lambda entity_id: None) -> list[Found]:
    """An organization named by its head and what precedes it: 保荐机构为华泰联合证券。 → 华泰联合证券.

    ``country_of`` (an entity id → its country's) tells a body's own country glued before its name
    (美国|哈德逊研究所) from another place's (江苏省|半导体行业协会 names Jiangsu's association)."""
    found = []
    min_chars, max_chars = rules.org_head_chars
    for at, to, head in hits.get("org_head", ()):
        after = text[to:to + 1]
        # 人工智能科技领域: the head is part of a longer phrase (unless a known body ends there, below)
        followed = not after or after in _PUNCTUATION or text.startswith(rules.org_head_followers, to)
        start = _name_start(text, at, max_chars + 1, _CJK, spans, rules.legal_last_word)
        if head in rules.org_verb_heads and (text.endswith(_AGENT_MARKER, 0, start) or text.startswith(_OF, to)
                                             or text.endswith(rules.org_verb_head_adverbs, start, at)):
            continue  # Arm由软银集团控股, 中资控股的安世半导体, 由…闻泰科技全资控股: the agent and its verb
        if head in rules.org_described_heads and not any(text.endswith(d, start, at - n) for d in rules.org_descriptors
                                                         for n in range(2, _described_reach(text, at, rules) + 1)):
            continue  # no descriptor right before a short name: 发展功率半导体
        inside = spans[bisect.bisect_left(spans, (start,)):bisect.bisect_left(spans, (at,))]
        covering = [s for s in inside if s[1] == to]
        if covering:
            # The dictionary named it (寒武纪科技); only a place glued before a body each place has
            # its own of makes a new name (江苏省|半导体行业协会; 中国|浪潮集团 is Inspur), whatever
            # follows it (据江苏省半导体行业协会提供…).
            place = [s for s in inside if s[1] == covering[0][0] and s[2] == "PLACE"]
            if not place or not text.startswith(rules.org_local_heads, at) \
                    or country_of(place[0][3]) == country_of(covering[0][3]):
                continue
            start = place[0][0]
        elif not followed:
            continue
        elif any(a[1] != b[0] for a, b in itertools.pairwise(s for s in inside if s[2] != "ORG")):
            continue  # 欧盟禁止欧洲银行: known names apart inside run over a subject and its verb
        # A known organization inside starts the name (晶片设计商寒武纪芯片科技 → 寒武纪芯片科技).
        elif any(s[2] == "ORG" for s in inside):
            start = next(s[0] for s in inside if s[2] == "ORG")
        else:
            # A descriptor before the name ends what is not part of it (芯片设计商|澜芯科技).
            # (Not one glued to the head, which names the members: 中国通信企业协会.)
            described = _after_last(text, rules.org_descriptors, start, at - 1)
            if described is not None:
                start = described
            elif not _starts_name(text, start, rules.legal_starts_after):
                continue  # no boundary within reach: 会不断地修订高科技
        name = text[start:to]
        if (at - start < min_chars or name.startswith(rules.org_not_starts) or name[:2] in rules.not_opening_names
                or text[start - 1:start].isdigit()  # a count: 211个成员协会
                or _inside_span(start, spans)
                or any(ch in rules.org_not_inside for ch in text[start:at])):
            continue
        found.append(Found(start, to, "ORG", name, "headed_org"))
    return found


def find_place_agencies(text: str, spans: list[Span], rules: PatternRules,
                        hits: Mapping[str, list[Hit]]) -> list[Found]:
    """A body named by its place and kind: 新加坡警方, 大陆海关 → one AGENCY (anchor: the place).

    Before a minister's title (荷兰贸易部长) the kind names no body, unless the dictionary named it:
    日本财政部长 is Japan's ministry's minister, and 财政部 alone would be another country's."""
    anchors = _anchors_before(spans, hits.get("agency_of_place", ()), rules.place_agency_types,
                              rules.place_agency_district_chars)
    if not anchors:
        return []
    named = {(span[0], span[1]) for span in spans}
    # The mention takes in the places glued before the body's own (江苏省|苏州市中级人民法院); its name
    # stays the body's, which the article may use alone (苏州市中级人民法院: one entity).
    return [Found(_past_glued_places(spans, start), m.end(), "AGENCY", text[start:m.end()], "agency_of_place",
                  anchor=entity_id)
            for start, m, entity_id in _after_anchors(text, anchors, rules.place_agency_head, rules)
            if text[m.end():m.end() + 1] not in (rules.place_agency_not_followed_by or "\0")
            or (m.start(), m.end()) in named]


def _past_glued_places(spans: list[Span], start: int) -> int:
    """Where a body's mention starts whose place opens at ``start``: at the first of the places glued
    before it, which its name states too (江苏省|苏州市中级人民法院, 上海市|浦东新区人民法院)."""
    at = bisect.bisect_left(spans, (start,)) - 1
    while at >= 0 and spans[at][1] == start and spans[at][2] == "PLACE":
        start = spans[at][0]
        at -= 1
    return start


def _town_name(section: TownOfPlaceSection, transliteration: str) -> re.Pattern:
    """A run of transliteration characters and a town's kind not followed by what makes another word."""
    if not section.kinds or not transliteration:
        return _NEVER
    vetoed = "".join(section.not_followed_by)
    return re.compile(f"[{re.escape(transliteration)}]{{{section.min_chars},{section.max_chars}}}"
                      f"{_alternation(section.kinds).pattern}" + (f"(?![{re.escape(vetoed)}])" if vetoed else ""))


def find_place_towns(text: str, spans: list[Span], rules: PatternRules, hits: Mapping[str, list[Hit]]) -> list[Found]:
    """A foreign town named in transliteration right after its state or country: 德州泰勒市,
    纽约州克莱镇 → PLACE 泰勒市, 克莱镇 (a town the dictionary knows is its own name already)."""
    found = []
    for _, end, _, _ in _anchors_before(spans, hits.get("town_kind", ()), rules.town_anchor_types, rules.town_max_chars):
        m = rules.town_name.match(text, end)
        if m and not _span_starts_in(spans, end, m.end()):  # no name inside it
            found.append(Found(end, m.end(), "PLACE", m.group(), "town_of_place"))
    return found


def find_bare_laws(text: str, spans: list[Span], rules: PatternRules, hits: Mapping[str, list[Hit]]) -> list[Found]:
    """Laws named without 《》: a country's law (美国出口管制改革法), a bill (芯片安全法案), 公告2024年第46号."""
    anchors = _anchors_before(spans, hits.get("law", ()), rules.law_anchor_types, rules.law_max_chars)
    found = [Found(start, m.end(), "LAW", text[start:m.end()], "country_law", anchor=entity_id)
             for start, m, entity_id in _after_anchors(text, anchors, rules.country_law, rules)]
    for at, to, _ in hits.get("bill", ()):
        if not _ends_cleanly(text, to, rules):
            continue
        # Only verbs start a bill's name: after 的 it is described, not named (新的出口管制法案).
        start = _name_start(text, at, rules.bill_max_chars + 1, _CJK, spans, rules.bill_last_word)
        if (rules.bill_min_chars <= at - start <= rules.bill_max_chars and not _inside_span(start, spans)
                and _starts_name(text, start, rules.bill_starts_after)
                and not any(ch in rules.law_not_inside for ch in text[start:at])
                and not any(word in text[start:at] for word in rules.law_not_inside_words)):
            found.append(Found(start, to, "LAW", text[start:to], "bill"))
    for at, to, _ in hits.get("announcement", ()):
        # The number comes after 公告 or before it (公告2024年第46号, 2023年第23号公告).
        m = next((m for m in rules.announcement.finditer(text, max(0, at - _ANNOUNCEMENT_REACH),
                                                           to + _ANNOUNCEMENT_REACH)
                  if m.start() <= at and to <= m.end()), None)
        if m:
            found.append(Found(m.start(), m.end(), "LAW", m.group(), "announcement"))
    return found


_ANNOUNCEMENT_REACH = 14  # characters of a number before or after 公告 (2024年第146号)


def _anchors_before(spans: list[Span], hits: Sequence[Hit], types: tuple[str, ...], max_chars: int) -> list[Span]:
    """The spans of ``types`` that end at most ``max_chars`` before a hit, in order.

    Hits are few and spans many (their ends rise with their starts): each hit
    looks its spans up by bisection instead of every span being tried.
    """
    chosen: dict[Span, None] = {}
    for at, _, _ in hits:
        index = bisect.bisect_left(spans, at - max_chars, key=_END)
        while index < len(spans) and spans[index][1] <= at:
            if spans[index][2] in types:
                chosen[spans[index]] = None
            index += 1
    return sorted(chosen)


def _after_anchors(text: str, anchors: list[Span], pattern: re.Pattern, rules: PatternRules):
    """(start, match, anchor id) for each anchor right followed by ``pattern``, ending as a word ends."""
    for start, end, _, entity_id in anchors:
        m = pattern.match(text, end)
        if m and _ends_cleanly(text, m.end(), rules):
            yield start, m, entity_id


def _starts_name(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether a name may start at ``start``: after a non-Chinese character or one of ``words``."""
    return start == 0 or not _CJK.match(text, start - 1) or text.endswith(words, 0, start)


def _ends_cleanly(text: str, end: int, rules: PatternRules) -> bool:
    """A name ends where no longer word goes on (出口管制法|规, 商务部|门: ``not_before``)."""
    return text[end:end + 1] not in rules.not_before.get(text[end - 1], "") or end == len(text)


def find_sub_units(text: str, spans: list[Span], rules: PatternRules, hits: Mapping[str, list[Hit]]) -> list[Found]:
    """A unit named after a known body: 上海交通大学微电子学院 → one ORG, 内政部消防署 → one AGENCY."""
    found = []
    for rule in rules.units:
        for start, end, entity_type, entity_id in _anchors_before(spans, hits.get(rule.pattern, ()),
                                                                  rule.anchor_types, rule.max_chars):
            m = rule.unit.match(text, end) or _glossed_unit(text, rule.glossed.match(text, end), spans, entity_id)
            if m:
                found.append(Found(start, m.end(), rule.type, text[start:m.end()], rule.pattern, anchor=entity_id))
    return found


def _glossed_unit(text: str, m: re.Match | None, spans: list[Span], body: str) -> re.Match | None:
    """``m``, a unit's name before a Latin gloss, when the gloss opens with the body's own name and goes
    on (通用动力陆地系统公司(General Dynamics Land Systems)); not a company glossed by its own name
    (应用材料公司(Applied Materials)) or another's (超微电脑公司(Supermicro))."""
    if m is None:
        return None
    at = bisect.bisect_left(spans, (m.end() + 1,))
    inner = spans[at] if at < len(spans) and spans[at][0] == m.end() + 1 else None
    return m if inner is not None and inner[3] == body and text.startswith(" ", inner[1]) \
        and is_latin_word_char(text[inner[1] + 1:inner[1] + 2]) else None


def find_line_models(text: str, spans: list[Span], rules: PatternRules) -> list[Found]:
    """A model number glued to a known product line: 昇腾950 → PRODUCT 昇腾950 (the line's anchor),
    also a space or the line's gloss between: 思元 690, 昇腾(Ascend)910C; and the numbers listed
    after a model are models of its line too: 思元590和690 → 思元590, 690 (named 思元690)."""
    found = []
    for start, end, entity_type, entity_id in spans:
        if entity_type != "PRODUCT":
            continue
        gloss = _LINE_GLOSS.match(text, end) if text.startswith(("(", " "), end) else None
        at = gloss.end() if gloss else end
        m = rules.model_code.match(text, at) if text[at:at + 1].isdigit() or text[at + 1:at + 2].isdigit() else None
        model_code, line, name = rules.model_code, text[start:end], text[start:m.end()] if m else ""
        if m is None and text.startswith(" ", end) and text[end - 1].isascii() and text[end - 1].isalpha():
            # A Latin line's model is a code after a space, named by the code (TWINSCAN NXT:1970i is
            # NXT:1970i, as elsewhere without the line), and so are the codes listed after it.
            model_code, line = rules.maker_code, ""
            m = model_code.match(text, end)
            name = m.group(1) if m else ""
        if m:
            found.append(Found(start, m.end(), "PRODUCT", name, "model_after_line", anchor=entity_id))
            last = m.end()
        elif text[end:end + 1] in _NAME_JOINERS_START:
            number = _LINE_MODEL_NUMBER.search(text, start, end)  # a model the dictionary knows: 思元|590
            if not number:
                continue
            line, last = text[start:number.start()], end
        else:
            continue
        while True:
            joiner = next((j for j in _NAME_JOINERS if text.startswith(j, last)), None)
            m = model_code.match(text, last + len(joiner)) if joiner else None
            if not m:
                break
            code = m.group(m.lastindex or 0)
            found.append(Found(m.end() - len(code), m.end(), "PRODUCT", line + code, "model_after_line",
                               anchor=entity_id))
            last = m.end()
    return found


def find_made_products(text: str, spans: list[Span], rules: PatternRules) -> list[Found]:
    """A product named after its maker's verb and before its kind: 雷神生产的“爱国者”(Patriot)防空系统 → 爱国者;
    the name in quotes, or before a Latin gloss in brackets (海马士(HIMARS)多管火箭系统), not inside a name
    already found."""
    found = []
    for m in rules.made_product.finditer(text):
        group = 1 if m.group(1) is not None else 2
        start, end = m.span(group)
        if group == 2 and m.group(3) in rules.generic_terms:
            continue  # 生产的极紫外线(EUV)光刻机: a technology glossed, no product's name
        if m.group(group) not in rules.made_product_not_names and not _span_starts_in(spans, start, end) \
                and not _inside_span(start, spans):
            found.append(Found(start, end, "PRODUCT", m.group(group), "made_product"))
    return found


def find_local_subsidiaries(text: str, spans: list[Span], rules: PatternRules,
                            in_a_country: Callable[[str], bool]) -> list[Found]:
    """A company's local subsidiary, its city or region in brackets: 台积电(南京) → one ORG, part of
    台积电. A country in brackets (``in_a_country`` is false) glosses nationality: 阿斯麦(荷兰)."""
    found = []
    for index in range(len(spans) - 1):
        start, end, entity_type, entity_id = spans[index]
        place = spans[index + 1]
        if (entity_type in rules.subsidiary_types and place[2] == "PLACE" and place[0] == end + 1
                and text.startswith("(", end) and text.startswith(")", place[1]) and in_a_country(place[3])):
            found.append(Found(start, place[1] + 1, "ORG", text[start:place[1] + 1], "local_subsidiary",
                               anchor=entity_id))
    return found


def _span_starts_in(spans: list[Span], start: int, end: int) -> bool:
    """Whether one of the (sorted) spans starts in ``[start, end)``: a name the dictionary found there."""
    index = bisect.bisect_left(spans, (start,))
    return index < len(spans) and spans[index][0] < end


def _inside_span(pos: int, spans: list[Span]) -> bool:
    """Whether ``pos`` falls strictly inside one of the (sorted) spans."""
    index = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return index >= 0 and spans[index][0] < pos < spans[index][1]


_NAME_JOINERS = ("、", "和")
_NAME_JOINERS_START = frozenset(j[0] for j in _NAME_JOINERS)
# The number that ends a model of a Chinese-named line (思元|590, 麒麟|9000s): H100 names no line.
_LINE_MODEL_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff])[0-9]+[A-Za-z]*$")


def _names_at(text: str, pos: int, rules: PatternRules) -> list[tuple[int, int]]:
    """The name at ``pos`` and the names listed after it: 记者王小明、李华报道 → 王小明, 李华; or a
    Latin name given only in brackets: 执行长(Sanjay Mehrotra)."""
    if text.startswith("(", pos):
        m = _LATIN_NAME.match(text, pos + 1)
        return [(m.start(1), m.end(1))] if m and text.startswith(")", m.end()) else []
    names = []
    span = _name_at(text, pos, rules)
    while span:
        names.append(span)
        joiner = next((j for j in _NAME_JOINERS if text.startswith(j, span[1])), None)
        if joiner is None:
            break
        # A listed name may have its own title (参议员甲和众议员乙): the title is no part of it.
        after = span[1] + len(joiner)
        span = _name_at(text, after + len(rules.title_at(text, after) or ""), rules)
    return names


def _given_name_start(text: str, start: int, dot: int, rules: PatternRules) -> int:
    """Where the given name before the · at ``dot`` starts: after the last word that ends a name or
    character no foreign name holds in ``text[start:dot]`` (参议员曾致函|克里斯·赖特, 检察官职责的|肖恩·巴克利)."""
    for at in range(dot - 1, start - 1, -1):
        if text[at] in rules.foreign_name_not_inside:
            return at + 1
        if text.startswith(rules.name_followers, at, dot):  # most positions start none: one C-level test
            return at + next(len(w) for w in rules.name_followers if text.startswith(w, at, dot))
    return start


def _name_at(text: str, pos: int, rules: PatternRules) -> tuple[int, int] | None:
    m = _LATIN_NAME.match(text, pos)
    if m:
        return m.start(1), m.end(1)
    m = _TRANSLITERATED.match(text, pos)
    if m:  # the last part ends before a follower (马克·提尔森|表示) or a common word in other characters (|推出)
        last = text.rindex("·", m.start(1), m.end(1)) + 2
        # A Latin gloss right after the name closes it whatever its last characters (比尔·胡伊曾加(Bill Huizenga)).
        cut = m.end(1) if _LATIN_GLOSS.match(text, m.end(1)) else next(
            (i for i in range(last, m.end(1)) if text.startswith(rules.name_followers, i)
             or text[i] not in rules.transliteration and text[i:i + 2] in rules.common_non_names), m.end(1))
        dot = text.index("·", m.start(1))
        start = _given_name_start(text, m.start(1), dot, rules)
        return (start, cut) if start < dot else None
    byline = BYLINE_GAP.match(text, pos)  # a byline: 记者 王小明, 记者 | 王小明
    if byline is not None:
        pos = byline.end()
    # 发言人强调/发言人于周五表示: a follower right after the title means no name was given.
    if pos >= len(text) or text.startswith(rules.name_followers, pos):
        return None
    return _chinese_name_at(text, pos, rules) or _transliterated_name_at(
        text, pos, rules, lambda end: text.startswith((*rules.name_followers, *_NAME_JOINERS, "(", " ("), end))


# What stands between a byline's title and the name: 记者 王明, 记者 | 王明, 编辑/王明 (kg.relate's templates too)
BYLINE_GAP = re.compile(rf" ?[{BYLINE_MARKS}] ?| ")
_LATIN_GLOSS = re.compile(r" ?[(（][A-Z]")  # the opening of a name's Latin gloss in brackets


def _chinese_name_at(text: str, pos: int, rules: PatternRules) -> tuple[int, int] | None:
    """A surname and one or two characters, or three before a follower (a Japanese name: 武藤容治表示)."""
    if text[pos] not in rules.surnames or text.startswith(_SURNAMED, pos + 1):
        return None  # 负责人张姓男子: a surname told, no name
    # A word that ends names right after the surname's character ends any name it runs to or past
    # (记者时|表示, 记者时|称; not 文|在|寅).
    follower = max((len(w) for w in rules.name_followers if text.startswith(w, pos + 1)), default=0) \
        if text.startswith(rules.name_followers, pos + 1) else 0
    if follower == 1:  # but one character may open a given name of two, before a word that ends names
        return _name_past_a_follower(text, pos, rules)  # (黄以宁|表示, 文在寅|表示)
    for length in (2, 3, 4):
        end = pos + length
        if end > len(text) or not all(_CJK.match(ch) for ch in text[pos:end]) or text[pos:end] in rules.not_names:
            return None
        rest = text[end:end + 4]
        if follower and pos + 1 + follower >= end:
            return None
        if rest.startswith(rules.name_followers) or length < 4 and (not rest or not _CJK.match(rest[0])):
            if length == 4 and text[pos + 2:end] in rules.common_non_names:
                end = pos + 2  # 施毅当时批评: a name of two and a common word (a time), before the follower
            return None if _a_common_word(text[pos:end], rules.common_non_names) else (pos, end)
    return None


def _name_past_a_follower(text: str, pos: int, rules: PatternRules) -> tuple[int, int] | None:
    """A name of three characters at ``pos`` whose second is a word that ends names, before a word that
    ends names: 黄以宁|已于…, not 李以此|为由 (以此 is a word) nor 王在会|上 (no follower after it)."""
    end = pos + 3
    name = text[pos:end]
    if len(name) == 3 and _plain_name(name, rules) and name[1:] not in rules.common_non_names \
            and text.startswith(rules.name_followers, end):
        return pos, end
    return None


def _closes_at(text: str, at: int, followers: tuple[str, ...]) -> bool:
    """Whether what comes before ``at`` is closed there: by the text's end, punctuation or a word of ``followers``."""
    return at == len(text) or text[at] in _PUNCTUATION or text.startswith(followers, at)


def _plain_name(name: str, rules: PatternRules) -> bool:
    """Whether ``name`` is Chinese characters only and neither a word that is never a name nor a common one."""
    return all(_CJK.match(ch) for ch in name) and name not in rules.not_names \
        and not _a_common_word(name, rules.common_non_names)


_SURNAMED = "姓"  # after a surname: the person is only said to bear it (张姓男子)
_ASPECT_PARTICLES = "了着过"  # after a verb: 公布了 names no one


def _a_common_word(name: str, common: frozenset[str]) -> bool:
    """Whether ``name`` is one of the ``common`` words, or starts with one (or with a verb of one
    character) and a particle: 公布了他, 谈过话."""
    return name in common or any(name[cut:cut + 1] in _ASPECT_PARTICLES and (cut == 1 or name[:cut] in common)
                                 for cut in (1, 2, 3))


_TRANSLITERATED_CHARS = (2, 6)  # how long a foreign name without · may be (米勒 … 费尔德坎普)


def _transliterated_name_at(text: str, pos: int, rules: PatternRules,
                            ends: Callable[[int], bool]) -> tuple[int, int] | None:
    """A foreign name without ·: transliteration characters up to where ``ends`` says a name may
    end (a person's: a follower, a gloss or the next name of a list, 莱维特|表示, 莱维特|(Karoline
    Leavitt), 莱维特|、)."""
    low, high = _TRANSLITERATED_CHARS
    for end in range(pos, min(len(text), pos + high) + 1):
        if end - pos >= low and ends(end):
            return pos, end
        if end < len(text) and text[end] not in rules.transliteration:
            return None
    return None
