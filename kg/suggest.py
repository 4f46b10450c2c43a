"""`kg suggest`: names the dictionaries lack, mined from a corpus, for an analyst to review and accept.

Candidates come from five sources, all outside every recognized mention:

- names the patterns discovered (a mention whose ``source`` is ``pattern``),
  with the pattern's type and facts;
- runs of words jieba's part-of-speech tagger calls proper nouns (nr person,
  ns place, nt organization, nz other);
- nouns before a name head (国家市场监督管理总局, 新加坡警方, 格林维尔市);
- runs of Latin words (Megaspeed, Geoffrey van Leeuwen, X10);
- new words: strings jieba does not know and cuts into pieces (台积|电,
  中|芯|国际), found over the whole corpus by recurrence, varied
  surroundings and cohesion.

Sightings are grouped by their normalized form (the recognizer's folding:
script, width, case) and by bracket glosses (斯凯迪奥(Skydio) is one name),
ranked by mentions times documents, and given a proposed type, an ASCII id
(pinyin for Chinese names) and their other forms as aliases. ``to_yaml``
writes them in the schema of ``dictionaries/entities/*.yaml``; ``accept``
merges the entries an analyst kept into ``entities/user.yaml``.
"""
from __future__ import annotations

import re
import shutil
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

import yaml

from kg.cache import default_cache_dir
from kg.datafile import LINE_KEY, read_yaml
from kg.errors import DictionaryError, InputError, NothingReadError
from kg.export import atomic_write
from kg.ingest import find_inputs
from kg.ingest.normalize import ScriptConverter
from kg.model import Document, Entity, Mention
from kg.dictset import PROJECT_FOLDER, DictionarySet, project_dictionaries
from kg.pipeline import Pipeline
from kg.progress import progress
from kg.recognize import normalize_name
from kg.recognize.lexicon import ENTITY_KEYS, SCHEMA_VERSION
from kg.recognize.patterns import PatternRules
from kg.relate import RuleSet
from kg.validate import check_dictionaries

__all__ = ["Suggestion", "AcceptResult", "suggest", "format_table", "to_yaml", "accept", "USER_DICTIONARY"]

USER_DICTIONARY = Path("entities") / "user.yaml"  # under the dictionaries folder

# jieba's proper-noun tags and the type each proposes.
POS_TYPES: Mapping[str, str] = {"nr": "PERSON", "nrt": "PERSON", "nrfg": "PERSON", "ns": "PLACE", "nt": "ORG", "nz": "ORG"}
# jieba's dictionary tags 许可, 明星 and 申报 as names; a person or "other" name
# that common in its reference corpus is an ordinary word in news.
_COMMON_WORD_FREQ = 500
_COMMON_WORD_TAGS = ("nr", "nrt", "nz")

# Heads that end a name and say its type. Part of the name (和利资本, 新加坡警方,
# 圣克莱尔市), so a head right after a candidate extends it.
NAME_HEADS: Mapping[str, str] = {
    **dict.fromkeys(["部", "局", "总局", "署", "厅", "委员会", "办公室", "法院", "检察院", "警方", "海关",
                     "议会", "众议院", "参议院"], "AGENCY"),
    **dict.fromkeys(["大学", "学院", "研究院", "研究所", "银行", "证券", "资本", "投资", "基金", "协会", "党",
                     "电视台", "广播电台", "新闻", "日报", "时报", "通讯社"], "ORG"),
    **dict.fromkeys(["州", "省", "市", "县"], "PLACE"),
}
# Generic words after a company's short name that are not part of it (英伟达公司 is 英伟达).
COMPANY_WORDS = ("公司", "集团", "股份", "科技", "企业")
_LEGAL_ENDINGS = ("有限公司", "有限责任公司", "股份公司")
# A vote for a type is strong (a head, a company word, a title, a pattern) or weak (the tagger's
# guess); any strong vote outweighs all weak ones.
_WEAK, _STRONG = "weak", "strong"

# A run of Latin words: capitalized words, codes and the particles inside names
# (Geoffrey van Leeuwen, House Committee on the Chinese Communist Party).
_LATIN_RUN = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9&'.]*(?:[ -](?:[A-Z0-9][A-Za-z0-9&'.]*|"
    r"(?:of|on|the|and|for|van|von|de|der|den|du|la|le)(?=[ -][A-Z])))*")
_LATIN_WORD = re.compile(r"[A-Za-z0-9&'.]+")
_GLOSS = re.compile(r"\([^()\n]{2,60}\)")  # ingest folds full-width brackets to these
_MIN_CHARS = 2
_MIN_LATIN_CHARS = 3  # two letters (AI, US, HK) are abbreviations far more often than names
# Stock tickers (00981-HK, NVDA-US), measures (40nm, 600 Gbyte, 4800TOPS) and time stamps look like
# codes but name nothing.
_NOT_A_NAME = re.compile(r"[A-Z0-9]+[-.](?:HK|US|CN|SH|SZ|TW|KS|T)$|[0-9][0-9.,]*\s?(?:nm|[KMGTP]i?B|[KMGTP]byte|"
                         r"[KMGTP]?bps|TOPS|T?FLOPS|[KMG]Hz|mm|W|Z)$|[0-9]{4}-[0-9]{2}-[0-9]{2}", re.I)
_CONTEXT_CHARS = 14
_HEADS_LONGEST_FIRST = sorted(NAME_HEADS, key=len, reverse=True)
_LEGAL_SUFFIX = re.compile(r"\b(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|PLC|GmbH|AG|SA|NV|BV|Technologies|Holdings|"
                           r"Group)\.?$")
# Tags of the words a name may hold before its head; at most this many characters in all.
_NOUN_TAGS = frozenset(["n", "nz", "nt", "ns", "nr", "nrt", "nrfg", "vn", "j", "nl", "ng"])
_HEADED_MAX = 12
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# New-word discovery over the corpus: strings of 2–6 characters used at least twice,
# each cut of which leaves a side used (70% of the time) only inside the string.
_NEW_WORD_MAX = 6
_NEW_WORD_MIN_COUNT = 2
_CAPTIVE = 0.7
_SUBSUMED = 0.8
# jieba's tags of words that never begin or end a name: conjunctions, prepositions, pronouns,
# numerals, particles. Not adverbs or measure words: it tags the 微 of 纳芯微 an adverb.
_FUNCTION_TAGS = frozenset(["c", "p", "r", "m", "u", "uj", "ul", "uz", "ud", "ug", "uv", "y", "e", "o", "x"])
_CONTEXTS = 3


@dataclass(frozen=True)
class Suggestion:
    """A name the dictionaries lack, with what the corpus says about it."""

    name: str  # canonical form: Chinese (simplified) when the corpus has one, else Latin
    type: str
    id: str
    name_en: str = ""
    aliases: tuple[str, ...] = ()
    count: int = 0  # mentions in the corpus
    documents: int = 0  # documents that use it
    contexts: tuple[str, ...] = ()  # a few short windows of the original text, name in 【】
    sources: tuple[str, ...] = ()  # "pattern", "pos:nt", "latin", …
    seen_as: tuple[str, ...] = ()  # surface forms in the originals (traditional script, case)
    facts: Mapping[str, str] = field(default_factory=dict)

    def entry(self) -> dict:
        """The dictionary entry, keys in the schema's order."""
        entry = {"id": self.id, "type": self.type, "name": self.name, "name_en": self.name_en,
                 "aliases": list(self.aliases), "facts": dict(self.facts)}
        return {key: entry[key] for key in ENTITY_KEYS if entry.get(key)}


@dataclass(frozen=True)
class AcceptResult:
    """What ``accept`` did: the file written, the ids added, and what it left out or changed."""

    path: Path
    added: tuple[str, ...]
    notes: tuple[str, ...]  # one line each, "file:line: what and why", in the reviewed file


_Token = tuple[int, int, str, str]  # start and end in Document.text, word, jieba's tag


@dataclass(frozen=True, slots=True)
class _Sighting:
    """One occurrence of a candidate in one document."""

    start: int  # span in Document.text
    end: int
    key: str  # normalized name
    name: str  # as in Document.text (simplified, folded)
    surface: str  # as in Document.original
    votes: tuple[tuple[str, str], ...]  # (type, _STRONG or _WEAK)
    source: str
    context: str
    facts: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Mined:
    """What the first pass keeps of one document for the second."""

    doc: Document
    sightings: list[_Sighting]
    runs: list[list[_Token]]  # jieba's words in each uncovered run of Chinese characters
    places: Mapping[int, int]  # end -> start of each recognized place, for 美国|司法部


def suggest(paths: Sequence[Path], dictionaries: Path | None = None, problems: list[str] | None = None,
            top: int | None = 50, min_docs: int = 1, show_progress: bool = False) -> list[Suggestion]:
    """Mine ``paths`` for names the dictionaries under ``dictionaries`` do not know.

    Args:
        paths: files or folders of articles.
        dictionaries: a project folder of dictionaries over the shipped ones (see ``kg.dictset``).
        problems: inputs that cannot be read (missing, unreadable) are appended here and skipped.
        top: how many suggestions to return (None: all).
        min_docs: leave out names used by fewer documents.
        show_progress: a progress bar on stderr.

    Returns:
        Suggestions, ranked by mentions times documents.

    Raises:
        DictionaryError: a dictionary file is invalid.
        NothingReadError: not one input could be read.
    """
    inputs = find_inputs(paths)
    unread = list(inputs.problems)
    pipeline = Pipeline.load(dictionaries, default_cache_dir())
    miner = _Miner(pipeline, ScriptConverter())
    mined: list[_Mined] = []
    with progress(inputs.files, "Mining", show_progress) as bar:
        for file in bar:
            try:
                doc = pipeline.ingestor.read(file.path, file.name)
            except InputError as error:
                unread.append(str(error))
                continue
            mined.append(miner.mine(doc))
    if problems is not None:
        problems.extend(unread)
    if not mined:
        raise NothingReadError(unread)
    new_words = miner.new_words(mined)
    sightings: dict[str, list[tuple[str, _Sighting]]] = defaultdict(list)
    links: list[tuple[str, str]] = []
    for item in mined:
        found = miner.merge_new_words(item, new_words)
        for sighting in found:
            sightings[sighting.key].append((item.doc.name, sighting))
        links.extend(_glosses(item.doc.text, found))
    ranked = _group(sightings, links, miner.known_ids)
    ranked = [s for s in ranked if s.documents >= min_docs]
    return ranked[:top] if top is not None else ranked


def _rule_vocabulary(rules: RuleSet) -> Iterator[str]:
    """Every word the relation rules read as vocabulary: triggers, word lists, compounds, titles and the
    cues of anaphors, implied countries and hedges."""
    for rule in rules.rules:
        yield from rule.triggers
    for words in (*rules.words.values(), *rules.modality.values()):
        yield from words
    yield from (*rules.compounds, *rules.titles, *rules.negations, *rules.anaphors, *rules.implicit,
                *rules.speaker_anaphors, *rules.about_this, *rules.addressed, *rules.judged, *rules.counted)


class _Miner:
    """Finds candidate names: per document, then over the whole corpus."""

    def __init__(self, pipeline: Pipeline, converter: ScriptConverter):
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)  # no "Building prefix dict" chatter on stderr
        jieba.dt.initialize()
        self._tokenize = jieba.posseg.dt.cut
        self._word_freq = jieba.dt.FREQ
        self.recognizer = pipeline.recognizer
        self.converter = converter
        lexicon = self.recognizer.lexicon
        self.known_ids = frozenset(lexicon.entities)
        self.known_names = frozenset(normalize_name(name, converter)
                                     for entity in lexicon.entities.values() for name in entity.names)
        # The rules' own words (对华, 许可证, 该公司…) and the trade's terms (patterns.yaml generic_terms: DRAM,
        # 科创板) are vocabulary, never names to add.
        rules: PatternRules = self.recognizer.patterns
        self.vocabulary = frozenset(normalize_name(word, converter)
                                    for word in (*_rule_vocabulary(pipeline.rules), *rules.generic_terms))
        self.titles = tuple(rules.titles)

    def mine(self, doc: Document) -> _Mined:
        """Pattern finds, tagged proper nouns and Latin names of ``doc``, and its uncovered Chinese runs."""
        recognition = self.recognizer.recognize(doc)
        covered = bytearray(len(doc.text))
        for mention in recognition.mentions:
            covered[mention.norm_start:mention.norm_end] = b"\1" * (mention.norm_end - mention.norm_start)
        runs: list[list[_Token]] = []
        for offset, stretch in _free_runs(doc.text, covered):
            pos, run = offset, []
            for word, tag in self._tokenize(stretch):
                # Latin glued to Chinese is part of a run (SK海力士); so is the dot of 亚当·布赖.
                if _is_cjk(word) or word == "·" or tag == "eng":
                    run.append((pos, pos + len(word), word, tag))
                elif run:
                    runs.append(run)
                    run = []
                pos += len(word)
            if run:
                runs.append(run)
        spans = [*self._discovered(recognition.mentions, recognition.entities), *self._latin(doc.text, covered),
                 *(span for run in runs for span in (*self._tagged(run), *self._headed(run)))]
        places = {m.norm_end: m.norm_start for m in recognition.mentions if m.type == "PLACE"}
        sightings = [s for s in (self._sighting(doc, places, *span) for span in _longest(spans)) if s]
        return _Mined(doc, sightings, runs, places)

    def _sighting(self, doc: Document, places: Mapping[int, int], start: int, end: int, votes, source: str,
                  facts) -> _Sighting | None:
        """A sighting of ``doc.text[start:end]``; an agency right after a place takes it in (美国|司法部)."""
        name = doc.text[start:end]
        if start in places and NAME_HEADS.get(_head(name) or "") == "AGENCY":
            start = places[start]
            name = doc.text[start:end]
        company = next((w for w in COMPANY_WORDS if name.endswith(w) and len(name) >= len(w) + _MIN_CHARS), None)
        if company and not (source == "pattern" and name.endswith(_LEGAL_ENDINGS)):
            # 高通公司 and a discovered 澜芯科技 are 高通 and 澜芯; a legal name keeps its 有限公司
            end -= len(company)
            name = doc.text[start:end]
        key = normalize_name(name, self.converter)
        if len(name) < _MIN_CHARS or key in self.known_names or not any(c.isalpha() for c in name) \
                or key in self.vocabulary and source != "pattern":
            return None
        o_start, o_end = doc.to_original(start, end)
        return _Sighting(start, end, key, name, doc.original[o_start:o_end],
                         votes + self._context_votes(doc.text, start, end), source,
                         _context(doc.original, o_start, o_end), facts)

    def _discovered(self, mentions: Sequence[Mention], entities: Mapping[str, Entity]) -> Iterator:
        for mention in mentions:
            if mention.source == "pattern":
                entity = entities[mention.entity_id]
                facts = {k: v for k, v in entity.facts.items() if v in self.known_ids}
                yield mention.norm_start, mention.norm_end, ((mention.type, _STRONG),), "pattern", facts

    def _headed(self, tokens: list[_Token]) -> Iterator:
        """Nouns before a name head: 国家市场监督管理总局, 内政部消防署, 圣克莱尔市."""
        for j, (_, end, word, tag) in enumerate(tokens):
            head = word if word in NAME_HEADS else _head(word)
            # A word that only ends in a head must be a rare noun: 格局 and 内部 are words, 该部 a pronoun.
            if head is None or (word != head and (self._common(word) or tag not in _NOUN_TAGS)):
                continue
            i = j
            while i and tokens[i - 1][3] in _NOUN_TAGS and end - tokens[i - 1][0] <= _HEADED_MAX:
                i -= 1
            if i < j or word != head:
                yield tokens[i][0], end, ((NAME_HEADS[head], _STRONG),), "head", {}

    def _tagged(self, tokens: list[_Token]) -> Iterator:
        """Runs of words jieba tags as proper nouns (a head after them is ``_headed``'s)."""
        i = 0
        while i < len(tokens):
            j = i
            while j < len(tokens) and self._is_name_part(tokens[j]):
                j += 1
                # 亚当·布赖: after the dot, the next word is the name's next part whatever its tag.
                while j + 1 < len(tokens) and tokens[j][2] == "·":
                    j += 2
            if j == i:
                i += 1
                continue
            tags = [t[3] for t in tokens[i:j] if t[3] in POS_TYPES]
            yield tokens[i][0], tokens[j - 1][1], ((POS_TYPES[tags[-1]], _WEAK),), f"pos:{tags[-1]}", {}
            i = j

    def _is_name_part(self, token: _Token) -> bool:
        """A proper noun that is no common word; one character may start a name (葛|卫东, 诺|维斯)."""
        _, _, word, tag = token
        return tag in POS_TYPES and not (tag in _COMMON_WORD_TAGS and len(word) > 1 and self._common(word))

    def _common(self, word: str) -> bool:
        """A word jieba's reference corpus uses often: a word in its own right, not a piece of a name."""
        return self._word_freq.get(word, 0) >= _COMMON_WORD_FREQ

    def _latin(self, text: str, covered: bytearray) -> Iterator:
        """Latin words and names, a code (X10, 1970i) apart from the words before it."""
        for m in _LATIN_RUN.finditer(text):
            for start, end in _split_codes(m.start(), m.group()):
                name = text[start:end]
                if any(covered[start:end]) or len(name) < _MIN_LATIN_CHARS or _NOT_A_NAME.match(name):
                    continue
                if _LEGAL_SUFFIX.search(name):
                    yield start, end, (("ORG", _STRONG),), "latin", {}
                else:  # a code is most often a model; a word may be anything
                    yield start, end, (("PRODUCT", _WEAK),) if any(c.isdigit() for c in name) else (), "latin", {}

    def _context_votes(self, text: str, start: int, end: int) -> tuple[tuple[str, str], ...]:
        """What the name ends with or what stands around it says its type.

        A name head (…部, …资本, …市) or a company word after it (…公司) says
        ORG, AGENCY or PLACE; a person's title right before it says PERSON.
        """
        head = _head(text[start:end])
        if head:
            return ((NAME_HEADS[head], _STRONG),)
        gloss = _GLOSS.match(text, end)
        if text.startswith(COMPANY_WORDS, gloss.end() if gloss else end):  # 斯凯迪奥(Skydio)公司
            return (("ORG", _STRONG),)
        if any(text.endswith(title, 0, start) for title in self.titles):
            return (("PERSON", _STRONG),)
        return ()

    def new_words(self, mined: Sequence[_Mined]) -> frozenset[str]:
        """Words jieba does not know that the corpus uses as one word.

        jieba cuts a name it lacks into pieces (台积|电, 中|芯|国际, 艾司|摩尔), so
        its tags never see it. A sequence of its words (2–6 characters) is taken
        as one new word when it is not in jieba's dictionary, recurs in
        different surroundings (two different characters before it and two
        after), holds no function word (说明|并|提交, 训练|和|推理), and either is
        mostly followed by 公司 or the like, or holds a piece that is a lone
        character or unknown to jieba and holds together: at every cut, one
        side is used almost only inside it. (Compounds of dictionary words,
        反倾销|调查, are terms, not names.) Of a word and a longer one used
        nearly as often, only the longer is kept.
        """
        counts: Counter[str] = Counter()
        before: dict[str, set[str]] = defaultdict(set)
        after: dict[str, set[str]] = defaultdict(set)
        edges_ok: set[str] = set()
        pieced: set[str] = set()  # cut by jieba into pieces, one a lone character or unknown (台积|电, 中|芯|国际)
        before_company: Counter[str] = Counter()
        for item in mined:
            text = item.doc.text
            for run in item.runs:
                for i, first in enumerate(run):
                    for j in range(i, len(run)):
                        start, end = first[0], run[j][1]
                        if end - start > _NEW_WORD_MAX:
                            break
                        word = text[start:end]
                        counts[word] += 1
                        before[word].add(text[start - 1:start])
                        after[word].add(text[end:end + 1])
                        if (not any(t[3] in _FUNCTION_TAGS for t in run[i:j + 1])
                                and run[j][2] not in COMPANY_WORDS):
                            edges_ok.add(word)
                            if j > i and any(len(t[2]) == 1 or not self._word_freq.get(t[2]) for t in run[i:j + 1]):
                                pieced.add(word)
                        if text.startswith(COMPANY_WORDS, end):
                            before_company[word] += 1

        def captive(part: str, n: int) -> bool:
            return part in counts and n / counts[part] >= _CAPTIVE and not self._common(part)

        def company(word: str, n: int) -> bool:
            return before_company[word] * 2 >= n  # mostly written as …公司: a company's name

        def holds_together(word: str, n: int) -> bool:
            if company(word, n):
                return True  # whatever its parts (应用|材料)
            return all(captive(word[:k], n) or captive(word[k:], n) for k in range(1, len(word))
                       if word[:k] in counts and word[k:] in counts)

        words = {w for w, n in counts.items()
                 if n >= _NEW_WORD_MIN_COUNT and len(w) >= _MIN_CHARS and w in edges_ok and w not in self._word_freq
                 and _CJK_RUN.search(w) and (w in pieced or company(w, n))
                 and len(before[w]) > 1 and (len(after[w]) > 1 or company(w, n)) and holds_together(w, n)}
        return frozenset(w for w in words
                         if not any(o != w and w in o and counts[o] >= _SUBSUMED * counts[w] for o in words))

    def merge_new_words(self, mined: _Mined, new_words: frozenset[str]) -> list[_Sighting]:
        """The document's sightings with its new words added.

        A new word replaces the tagged pieces of it (麦|考尔), but not a word
        jieba knows (南京 stays; 南京厂 goes).
        """
        doc, found = mined.doc, []
        for run in mined.runs:
            i = 0
            while i < len(run):
                j = next((j for j in range(len(run) - 1, i - 1, -1) if doc.text[run[i][0]:run[j][1]] in new_words), None)
                if j is None:
                    i += 1
                    continue
                tag = run[j][3]
                votes = ((POS_TYPES[tag], _WEAK),) if tag in POS_TYPES else ()
                sighting = self._sighting(doc, mined.places, run[i][0], run[j][1], votes, "new word", {})
                if sighting:
                    found.append(sighting)
                i = j + 1
        standing = [s for s in mined.sightings if s.source in ("pattern", "latin") or self._common(s.name)]
        found = [f for f in found if not any(k.start < f.end and f.start < k.end for k in standing)]
        kept = [s for s in mined.sightings if not any(f.start < s.end and s.start < f.end for f in found)]
        return sorted(kept + found, key=lambda s: s.start)


def _longest(spans: Iterable[tuple]) -> list[tuple]:
    """The spans (start, end, …) that no longer or earlier span overlaps."""
    kept: list[tuple] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _head(name: str) -> str | None:
    """The name head ``name`` ends with, if it is more than the head."""
    return next((h for h in _HEADS_LONGEST_FIRST if name.endswith(h) and len(name) > len(h)), None)


def _free_runs(text: str, covered: bytearray) -> Iterator[tuple[int, str]]:
    """The stretches of ``text`` no mention covers, with their offsets."""
    start = None
    for i, flag in enumerate(covered):
        if not flag and start is None:
            start = i
        elif flag and start is not None:
            yield start, text[start:i]
            start = None
    if start is not None:
        yield start, text[start:]


def _glosses(text: str, found: Sequence[_Sighting]) -> Iterator[tuple[str, str]]:
    """Pairs of keys one of which glosses the other in brackets: 斯凯迪奥(Skydio), Skydio(斯凯迪奥),
    应用材料公司(Applied Materials).

    Only a Latin gloss of a Chinese name or the reverse: two Chinese names in
    brackets are as often a place and what is there (台积电(南京)).
    """
    by_end = {s.end: s.key for s in found}
    by_end.update({s.end + len(w): s.key for s in found for w in COMPANY_WORDS if text.startswith(w, s.end)})
    by_start = {s.start: s for s in found}
    for m in _GLOSS.finditer(text):
        inner = by_start.get(m.start() + 1)
        outer = by_end.get(m.start())
        if outer is not None and inner is not None and inner.end == m.end() - 1 and outer.isascii() != inner.key.isascii():
            yield outer, inner.key


def _split_codes(offset: int, run: str) -> Iterator[tuple[int, int]]:
    """Split a Latin run before a code that follows words (Skydio X10 → Skydio, X10);
    lower-case words before the first capital are not part of a name."""
    words = [(offset + m.start(), offset + m.end(), any(c.isdigit() for c in m.group()))
             for m in _LATIN_WORD.finditer(run)]
    while words and not _has_upper_or_digit(run[words[0][0] - offset:words[0][1] - offset]):
        words.pop(0)
    if not words:
        return
    start = words[0][0]
    for (_, prev_end, prev_coded), (w_start, _, coded) in zip(words, words[1:]):
        if coded and not prev_coded:
            yield start, prev_end
            start = w_start
    yield start, words[-1][1]


def _is_cjk(word: str) -> bool:
    return bool(_CJK_RUN.fullmatch(word))


def _has_upper_or_digit(word: str) -> bool:
    return any(c.isupper() or c.isdigit() for c in word)


def _context(original: str, start: int, end: int) -> str:
    """A short window of the original around a name, the name in 【】, on one line."""
    left = original[max(0, start - _CONTEXT_CHARS):start]
    right = original[end:end + _CONTEXT_CHARS]
    return re.sub(r"\s+", " ", f"{left}【{original[start:end]}】{right}").strip()


def _group(sightings: Mapping[str, list[tuple[str, _Sighting]]], links: Iterable[tuple[str, str]],
           taken_ids: Iterable[str]) -> list[Suggestion]:
    """One suggestion per name (a name and its bracket gloss are one), ranked, each with an id not taken."""
    root = {key: key for key in sightings}

    def find(key: str) -> str:
        while root[key] != key:
            root[key] = root[root[key]]
            key = root[key]
        return key

    for a, b in links:
        if a != b:
            root[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sightings:
        groups[find(key)].append(key)
    taken = set(taken_ids)
    # Mentions times documents: a name used 3 times in each of 4 articles (12 × 4) outranks
    # one used 10 times in a single article (10 × 1), which outranks a single mention.
    drafts = sorted((_draft(keys, sightings) for keys in groups.values()),
                    key=lambda d: (-d["count"] * d["documents"], -d["documents"], d["name"]))
    suggestions = []
    for draft in drafts:
        draft["id"] = propose_id(draft["name"], draft["name_en"], draft["type"], taken)
        taken.add(draft["id"])
        suggestions.append(Suggestion(**draft))
    return suggestions


def _draft(keys: Sequence[str], sightings: Mapping[str, list[tuple[str, _Sighting]]]) -> dict:
    """Everything a suggestion holds but its id, from the sightings of one name's forms."""
    seen = [item for key in keys for item in sightings[key]]
    votes: Counter[tuple[str, str]] = Counter()
    for _, sighting in seen:
        votes.update(sighting.votes)
    # One written form per key, the commonest; the canonical name is Chinese when there is one.
    forms = {key: Counter(s.name for _, s in sightings[key]).most_common(1)[0][0] for key in keys}
    by_use = sorted(keys, key=lambda k: -len(sightings[k]))
    chinese = [forms[k] for k in by_use if not forms[k].isascii()]
    latin = [forms[k] for k in by_use if forms[k].isascii()]
    name = (chinese or latin)[0]
    name_en = latin[0] if chinese and latin else ""
    contexts, docs_shown = [], set()
    for doc, sighting in seen:  # one context per document first, then more from the same ones
        if doc not in docs_shown and len(contexts) < _CONTEXTS:
            contexts.append(sighting.context)
            docs_shown.add(doc)
    contexts += [s.context for _, s in seen if s.context not in contexts][:_CONTEXTS - len(contexts)]
    facts: dict[str, str] = {}
    for _, sighting in seen:
        facts = {**sighting.facts, **facts}
    forms_written = set(forms.values())
    return {
        "name": name, "name_en": name_en, "type": _proposed_type(votes),
        "aliases": tuple(f for f in (*chinese, *latin) if f not in (name, name_en)),
        "count": len(seen), "documents": len({doc for doc, _ in seen}), "contexts": tuple(contexts),
        "sources": tuple(sorted({s.source for _, s in seen})),
        "seen_as": tuple(sorted({s.surface for _, s in seen} - forms_written)), "facts": facts,
    }


def _proposed_type(votes: Counter[tuple[str, str]]) -> str:
    """The type with the most strong votes (head, title, pattern), then the most of the tagger's; else ORG."""
    by_type: dict[str, tuple[int, int]] = {}
    for (entity_type, strength), n in votes.items():
        strong, weak = by_type.get(entity_type, (0, 0))
        by_type[entity_type] = (strong + n, weak) if strength == _STRONG else (strong, weak + n)
    return max(by_type, key=lambda t: (*by_type[t], t == "ORG")) if by_type else "ORG"


def propose_id(name: str, name_en: str, entity_type: str, taken: Iterable[str]) -> str:
    """An ASCII id not in ``taken``: the English name's words, else the pinyin of the Chinese.

    A person's pinyin parts are split as names are written (崔相穆 → cui_xiangmu,
    亚当·布赖 → yadang_bulai); other names run together (斯凯迪奥 → sikaidiao).

    Example:
        >>> propose_id("斯凯迪奥", "Skydio", "ORG", {"skydio"})
        'skydio_2'
        >>> propose_id("崔相穆", "", "PERSON", set())
        'cui_xiangmu'
    """
    base = _slug(name_en) or _slug(name) if (name_en or name.isascii()) else _pinyin_id(name, entity_type)
    base = base or entity_type.lower()
    taken = set(taken)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    return candidate


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _pinyin_id(name: str, entity_type: str) -> str:
    # pypinyin's phrase table reads 重庆 as chongqing, not zhongqing; loaded only here (0.4 s).
    from pypinyin import lazy_pinyin

    parts = [lazy_pinyin(part) for part in name.split("·") if part]
    if entity_type == "PERSON" and len(parts) == 1 and len(parts[0]) > 1:
        parts = [parts[0][:1], parts[0][1:]]  # surname, given name
    return _slug("_".join("".join(syllables) for syllables in parts))


def format_table(suggestions: Sequence[Suggestion]) -> str:
    """Ranked suggestions as aligned columns, each with its contexts below it."""
    from kg.report import aligned

    header = ("#", "name", "type", "id", "docs", "count", "aliases")
    rows = [(str(i), s.name, s.type, s.id, str(s.documents), str(s.count), ", ".join(filter(None, (s.name_en, *s.aliases))))
            for i, s in enumerate(suggestions, 1)]
    header_line, *row_lines = aligned([header, *rows])
    lines = [header_line]
    for line, suggestion in zip(row_lines, suggestions):
        lines.append(line)
        lines.extend(f"    {context}" for context in suggestion.contexts)
    return "\n".join(lines)


def to_yaml(suggestions: Sequence[Suggestion]) -> str:
    """Review-ready YAML in the schema of ``entities/*.yaml``; the evidence is in comments."""
    lines = [f"# kg suggest: {len(suggestions)} names the dictionaries do not know.",
             "# Delete the entries you do not want, correct the rest (type, id, name, aliases), then run",
             "#   kg suggest --accept THIS_FILE",
             f"version: {SCHEMA_VERSION}", "entities:" if suggestions else "entities: []"]
    for s in suggestions:
        seen_as = f"; seen as {', '.join(s.seen_as)}" if s.seen_as else ""
        lines += ["", f"  # {s.count} mention(s) in {s.documents} document(s), from {', '.join(s.sources)}{seen_as}"]
        lines += [f"  #   {context}" for context in s.contexts]
        lines.append(_entry_yaml(s.entry()))
    return "\n".join(lines) + "\n"


def _entry_yaml(entry: Mapping) -> str:
    """One entry as a list item, one key a line, lists and facts inline as in the shipped files."""
    lines = []
    for key, value in entry.items():
        text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=1 << 16)
        lines.append(f"{key}: {text.removesuffix(chr(10)).removesuffix('...').strip()}")
    return "\n".join(("  - " if i == 0 else "    ") + line for i, line in enumerate(lines))


def accept(reviewed: Path, dictionaries: Path | None = None) -> AcceptResult:
    """Merge the entries of a reviewed suggestions file into ``<project folder>/entities/user.yaml``.

    The project folder is ``dictionaries``, else the one ``kg.dictset`` finds,
    else ``./dictionaries`` (made if needed); the shipped files are never written.

    An entry whose name the dictionaries already have is left out; an alias
    they already have is dropped from it; an id already taken gets a suffix.
    The merged dictionaries must pass the same validation as ``kg dict check``
    before the file is replaced (atomically), so nothing is half-written.

    Returns:
        The file written, the ids added, and one line for each thing left out or changed.

    Raises:
        InputError: the reviewed file cannot be read or is not a suggestions file.
        DictionaryError: the dictionaries are invalid, or would be with these entries
            (every problem as file:line, in the reviewed file where it comes from it).
    """
    from kg.recognize import Recognizer

    reviewed = Path(reviewed)
    dictionaries = project_dictionaries(dictionaries) or PROJECT_FOLDER
    entries = _reviewed_entries(reviewed)
    # The recognizer's cached build of these very files: no second parse of every dictionary.
    lexicon = Recognizer.load(DictionarySet.find(dictionaries), default_cache_dir()).lexicon
    converter = ScriptConverter()
    owners = {normalize_name(n, converter): entity_id for entity_id, e in lexicon.entities.items() for n in e.names}
    taken = set(lexicon.entities)
    kept: list[tuple[str, dict]] = []
    notes: list[str] = []
    for where, entry in entries:
        kept_entry = _deduplicated(where, entry, owners, taken, converter, notes)
        if kept_entry is not None:
            kept.append((where, kept_entry))
    target = dictionaries / USER_DICTIONARY
    text, entry_lines = _merged_user_text(target, [entry for _, entry in kept])
    if kept:
        problems = _check_with(dictionaries, target, text)
        if problems:
            origin = {line: where for line, (where, _) in zip(entry_lines, kept)}
            raise DictionaryError("\n".join(_locate(p, target, origin) for p in problems))
        atomic_write(target, text)
    return AcceptResult(target, tuple(entry["id"] for _, entry in kept if "id" in entry), tuple(notes))


def _reviewed_entries(reviewed: Path) -> list[tuple[str, dict]]:
    data, problems = read_yaml(reviewed, lines=True)
    if problems:
        raise InputError("\n".join(problems))
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise InputError(f"{reviewed}:1: not a suggestions file: expected 'version: {SCHEMA_VERSION}' "
                         "and an 'entities' list (kg suggest --format yaml writes one)")
    if data.get("version") != SCHEMA_VERSION:
        raise InputError(f"{reviewed}:1: unsupported version {data.get('version')!r} (expected {SCHEMA_VERSION})")
    entries = []
    for entry in data["entities"]:
        if not isinstance(entry, dict):
            raise InputError(f"{reviewed}: every entry of 'entities' must be a mapping, got {entry!r}")
        entries.append((f"{reviewed}:{entry.get(LINE_KEY, '?')}",
                        {k: v for k, v in entry.items() if k != LINE_KEY}))
    return entries


def _deduplicated(where: str, entry: dict, owners: dict[str, str], taken: set[str],
                  converter: ScriptConverter, notes: list[str]) -> dict | None:
    """The entry without the names the dictionaries (or earlier entries) have; None if its name is taken.

    ``owners`` (normalized name -> id) and ``taken`` (ids) grow with every entry kept.
    """
    def key(name: object) -> str:
        return normalize_name(str(name), converter)

    name = entry.get("name")
    if isinstance(name, str) and key(name) in owners:
        notes.append(f"{where}: {name} is already in the dictionaries as {owners[key(name)]}; left out")
        return None
    entry = dict(entry)
    own = {key(name)} if isinstance(name, str) else set()
    name_en = entry.get("name_en")
    if isinstance(name_en, str) and name_en:
        if key(name_en) in owners:
            notes.append(f"{where}: name_en {name_en} is already {owners[key(name_en)]}'s; dropped")
            del entry["name_en"]
        else:
            own.add(key(name_en))
    if isinstance(entry.get("aliases"), list):
        aliases = []
        for alias in entry["aliases"]:
            if key(alias) in owners:
                notes.append(f"{where}: alias {alias} is already {owners[key(alias)]}'s; dropped")
            elif key(alias) not in own:
                aliases.append(alias)
                own.add(key(alias))
        entry["aliases"] = aliases
        if not aliases:
            del entry["aliases"]
    entity_id = entry.get("id")
    if isinstance(entity_id, str) and entity_id in taken:
        entry["id"] = propose_id(entity_id, "", str(entry.get("type", "")), taken)
        notes.append(f"{where}: id {entity_id} is taken; added as {entry['id']}")
    if isinstance(entry.get("id"), str):
        taken.add(entry["id"])
    owners.update(dict.fromkeys(own, str(entry.get("id"))))
    return entry


def _merged_user_text(target: Path, entries: Sequence[dict]) -> tuple[str, list[int]]:
    """The user dictionary with ``entries`` appended, and the line each of them starts on.

    What the file already holds is kept as written (comments too); an empty or
    missing file starts afresh.
    """
    existing = target.read_text(encoding="utf-8") if target.is_file() else ""
    data = yaml.safe_load(existing) if existing.strip() else None
    if not (isinstance(data, dict) and data.get("entities")):
        existing = ("# Entities added with `kg suggest --accept`; edit freely, `kg dict check` validates.\n"
                    f"version: {SCHEMA_VERSION}\nentities:\n")
    lines = existing.rstrip("\n").split("\n")
    starts = []
    for entry in entries:
        lines.append("")
        starts.append(len(lines) + 1)
        lines.extend(_entry_yaml(entry).split("\n"))
    return "\n".join(lines) + "\n", starts


def _check_with(dictionaries: Path, target: Path, text: str) -> list[str]:
    """``kg dict check`` with a copy of the project folder in which ``target`` holds ``text``."""
    with tempfile.TemporaryDirectory(prefix="kg-accept-") as tmp:
        mirror = Path(tmp)
        for path in dictionaries.rglob("*") if dictionaries.is_dir() else ():
            if path.is_file() and path != target:
                copy = mirror / path.relative_to(dictionaries)
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, copy)
        staged = mirror / target.relative_to(dictionaries)
        staged.parent.mkdir(parents=True, exist_ok=True)
        staged.write_text(text, encoding="utf-8")
        return [problem.replace(str(mirror), str(dictionaries)) for problem in check_dictionaries(DictionarySet.find(mirror))]


def _locate(problem: str, target: Path, origin: Mapping[int, str]) -> str:
    """A problem in a merged entry, pointed at the reviewed entry it came from.

    ``origin`` maps the line each merged entry starts on to its place in the
    reviewed file; a problem on any line of an entry belongs to that entry.
    """
    m = re.match(re.escape(str(target)) + r":(\d+): (.*)", problem, re.S)
    starts = [start for start in origin if m and start <= int(m.group(1))]
    if starts:
        return f"{origin[max(starts)]}: {m.group(2)}"
    return problem
