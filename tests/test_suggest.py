"""kg suggest: mining unknown names, proposing type, id and aliases, and merging reviewed entries.

Every text here is written for these tests; the names in them are invented
(澜芯微, Zorvex) or absent from the shipped dictionaries.
"""
from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import DATA, DICTIONARIES, ROOT
from kg.cli import cli
from kg.errors import DictionaryError, InputError
from kg.ingest.normalize import ScriptConverter
from kg.pipeline import Pipeline
from kg.recognize import load_lexicon, normalize_name
from kg.suggest import USER_DICTIONARY, accept, propose_id, suggest, to_yaml
from kg.dictset import DictionarySet
from kg.validate import check_dictionaries

DEV_TEXTS = DATA / "dev" / "texts"


def write_corpus(folder: Path, docs: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def by_name(suggestions):
    return {s.name: s for s in suggestions}


@pytest.fixture
def dictionaries(tmp_path: Path) -> Path:
    """An empty project folder over the shipped dictionaries: free to change."""
    folder = tmp_path / "dictionaries"
    (folder / "entities").mkdir(parents=True)
    return folder


# -- mining and ranking -----------------------------------------------------

def test_ranking_puts_names_many_documents_use_before_one_article_s_repeats(tmp_path):
    corpus = write_corpus(tmp_path / "news", {
        "a.txt": "Zorvex周二发布财报。Quillon也在场。Quillon的高管没有回应。",
        "b.txt": "据报道，Zorvex正在扩建工厂。Quillon再次被提及，Quillon否认。",
        "c.txt": "分析人士说，Zorvex的订单仍在增加。",
        "d.txt": "英伟达与Halvard签约。",
    })
    ranked = suggest([corpus], DICTIONARIES, top=None)
    names = [s.name for s in ranked]
    zorvex, quillon = by_name(ranked)["Zorvex"], by_name(ranked)["Quillon"]
    assert (zorvex.count, zorvex.documents) == (3, 3)
    assert (quillon.count, quillon.documents) == (4, 2)
    # 3 mentions × 3 documents outrank 4 × 2, which outrank a single mention.
    assert names.index("Zorvex") < names.index("Quillon") < names.index("Halvard")
    assert "英伟达" not in names  # known names are never suggested
    assert [s.name for s in suggest([corpus], DICTIONARIES, top=1)] == ["Zorvex"]
    assert "Halvard" not in {s.name for s in suggest([corpus], DICTIONARIES, top=None, min_docs=2)}
    assert all(len(s.contexts) <= 3 and all("【" in c for c in s.contexts) for s in ranked)
    assert any("【Zorvex】周二发布财报" in c for c in zorvex.contexts)


def test_new_word_that_jieba_cuts_into_pieces_is_found_whole(tmp_path):
    # jieba reads 澜芯微 as 澜|芯|微; used in different surroundings it is one word.
    corpus = write_corpus(tmp_path / "news", {
        "a.txt": "据悉，澜芯微周三发布了新款电源芯片。\n分析师认为，澜芯微的产能仍然不足。\n",
        "b.txt": "国内厂商澜芯微与英伟达展开合作。\n业内人士表示，澜芯微今年营收大增。\n",
    })
    found = by_name(suggest([corpus], DICTIONARIES, top=None))
    assert found["澜芯微"].count == 4 and found["澜芯微"].documents == 2
    assert not {"澜芯", "芯微", "澜"} & set(found)


def test_a_phrase_repeated_word_for_word_is_not_a_new_word(tmp_path):
    # The same sentence twice gives a string that recurs, but always in the same surroundings.
    corpus = write_corpus(tmp_path / "news", {
        "a.txt": "记者注意到，澜芯微发布新品。\n", "b.txt": "记者注意到，澜芯微发布新品。\n"})
    assert "澜芯微" not in by_name(suggest([corpus], DICTIONARIES, top=None))


@pytest.mark.parametrize("text, name, entity_type", [
    ("消息人士称，Brightwave公司已暂停出货。Brightwave公司拒绝置评。", "Brightwave", "ORG"),
    ("Velora Technologies Inc.周一宣布裁员。", "Velora Technologies Inc.", "ORG"),
    ("首席执行官Tomas Reyna表示，订单稳定。", "Tomas Reyna", "PERSON"),
    ("首席执行官马克·提尔森表示，公司将扩产。", "马克·提尔森", "PERSON"),
    ("该公司将在格林维尔市新建工厂。", "格林维尔市", "PLACE"),
    ("国家数据安全总局宣布了新的审查办法。", "国家数据安全总局", "AGENCY"),
    ("新款Kestrel无人机采用X9R芯片。", "X9R", "PRODUCT"),
])
def test_the_proposed_type_comes_from_heads_titles_and_shape(tmp_path, text, name, entity_type):
    corpus = write_corpus(tmp_path / "news", {"a.txt": text})
    found = by_name(suggest([corpus], DICTIONARIES, top=None))
    assert found[name].type == entity_type


def test_an_agency_after_a_known_country_takes_the_country_in(tmp_path):
    corpus = write_corpus(tmp_path / "news", {"a.txt": "美国数据安全总局周五公布了审查结果。"})
    found = by_name(suggest([corpus], DICTIONARIES, top=None))
    assert found["美国数据安全总局"].type == "AGENCY"


def test_a_company_word_after_a_name_is_not_part_of_it(tmp_path):
    corpus = write_corpus(tmp_path / "news", {"a.txt": "诺维斯(Norvis)公司周一表示，诺维斯公司已完成融资。"})
    suggestion = by_name(suggest([corpus], DICTIONARIES, top=None))["诺维斯"]
    assert (suggestion.type, suggestion.name_en, suggestion.id) == ("ORG", "Norvis", "norvis")
    assert suggestion.count == 3  # 诺维斯 twice and its gloss Norvis


def test_a_bracket_gloss_joins_the_two_forms_of_a_name(tmp_path):
    corpus = write_corpus(tmp_path / "news", {
        "a.txt": "分析师伊莎贝拉·蒙特罗(Isabella Montero)认为，需求会回升。蒙特罗此前曾任职于英特尔。",
        "b.txt": "Zorvex(泽沃克斯)发布新芯片。",
    })
    found = by_name(suggest([corpus], DICTIONARIES, top=None))
    person = found["伊莎贝拉·蒙特罗"]
    assert (person.type, person.name_en, person.id) == ("PERSON", "Isabella Montero", "isabella_montero")
    assert found["泽沃克斯"].name_en == "Zorvex"  # the Chinese form is the name, glossed either way
    assert "Isabella Montero" not in found and "Zorvex" not in found


def test_two_chinese_names_in_brackets_are_not_joined(tmp_path):
    corpus = write_corpus(tmp_path / "news", {"a.txt": "澜芯微(格林维尔市)工厂投产。澜芯微随后宣布扩产，澜芯微股价大涨。"})
    found = suggest([corpus], DICTIONARIES, top=None)
    assert not any("格林维尔市" in s.aliases for s in found)


def test_traditional_script_is_suggested_in_simplified_and_kept_as_seen(tmp_path):
    corpus = write_corpus(tmp_path / "news", {
        "a.txt": "據悉，瀾芯微週三發佈了新款電源晶片。\n分析師認為，瀾芯微的產能仍然不足。\n",
        "b.txt": "國內廠商瀾芯微與輝達展開合作。\n業內人士表示，瀾芯微今年營收大增。\n",
    })
    suggestion = by_name(suggest([corpus], DICTIONARIES, top=None))["澜芯微"]
    assert suggestion.seen_as == ("瀾芯微",)


def test_stock_tickers_measures_and_abbreviations_are_not_names(tmp_path):
    corpus = write_corpus(tmp_path / "news", {"a.txt": "该公司(00981-HK)的7nm工艺良率提升，AI需求达到4800TOPS。"})
    names = {s.name for s in suggest([corpus], DICTIONARIES, top=None)}
    assert not names & {"00981-HK", "7nm", "AI", "4800TOPS"}


@pytest.mark.parametrize("docs, absent, present", [
    # jieba tags 许可 and 明星 as person names; 反倾销|调查 recurs but is a compound of
    # dictionary words; 该部 and 内部 end in a head (部) but name nothing.
    (["该许可仍然有效，这家明星企业的反倾销调查已经结束。该部表示，内部审查将继续。",
      "新的许可由商务部发放；此次反倾销调查涉及多家明星公司。",
      "业内关注反倾销调查的结果，该部尚未回应，许可也未撤销。"],
     {"许可", "明星", "反倾销调查", "反倾销", "该部", "内部"}, set()),
    # 对华 stands for China in the rules, 许可证 is a word of licences, 该公司 an anaphor: jieba
    # tags the first two as names; the rules already read them as words.
    (["星澜微电子表示,对华出口须申请许可证。该公司对华出口下降。",
      "星澜微电子的对华出口许可证已获批准,该公司表示欢迎。",
      "美方收紧对华出口,星澜微电子的许可证申请仍在审查中。"],
     {"对华", "许可证", "该公司"}, {"星澜微电子"}),
    # terms of the trade (patterns.yaml generic_terms) and a phrase joined by a function word (说明并提交)
    (["星澜微电子的DRAM产品在科创板上市,公司须说明并提交材料。",
      "科创板上市委要求星澜微电子说明并提交DRAM业务材料。",
      "星澜微电子表示,DRAM需求回暖,将按要求说明并提交文件,科创板审核继续。"],
     {"DRAM", "科创板", "说明并提交"}, {"星澜微电子"}),
], ids=["ordinary words", "the rules' own words", "the trade's terms and phrases"])
def test_ordinary_words_and_the_rules_own_words_are_not_suggested(tmp_path, docs, absent, present):
    corpus = write_corpus(tmp_path / "news", {f"{i}.txt": text for i, text in enumerate(docs)})
    names = {s.name for s in suggest([corpus], DICTIONARIES, top=None)}
    assert not names & absent
    assert present <= names


def test_propose_id_gives_pinyin_for_chinese_and_never_a_taken_id():
    assert propose_id("澜芯微", "", "ORG", set()) == "lanxinwei"
    assert propose_id("马克·提尔森", "", "PERSON", set()) == "make_tiersen"
    assert propose_id("重庆银行", "", "ORG", set()) == "chongqingyinhang"  # the phrase table's reading
    assert propose_id("Zorvex", "", "ORG", {"zorvex", "zorvex_2"}) == "zorvex_3"


# -- YAML and --accept --------------------------------------------------------

def test_yaml_round_trip_and_accept_into_the_user_dictionary(tmp_path, dictionaries):
    corpus = write_corpus(tmp_path / "news", {
        "a.txt": "诺维斯(Norvis)公司周一表示，首席执行官马克·提尔森将访问格林维尔市。",
    })
    found = suggest([corpus], dictionaries, top=None)
    text = to_yaml(found)
    data = yaml.safe_load(text)
    assert data["version"] == 1
    assert data["entities"] == [s.entry() for s in found]
    reviewed = tmp_path / "review.yaml"
    reviewed.write_text(text, encoding="utf-8")

    result = accept(reviewed, dictionaries)

    assert result.path == dictionaries / USER_DICTIONARY and result.added == tuple(s.id for s in found)
    assert check_dictionaries(DictionarySet.find(dictionaries)) == []
    lexicon = load_lexicon(DictionarySet.find(dictionaries).entity_files())
    assert lexicon["norvis"].name == "诺维斯" and lexicon["norvis"].name_en == "Norvis"
    assert lexicon["make_tiersen"].type == "PERSON"
    # What was accepted is known now: mining the same text again suggests none of it.
    assert not {s.name for s in suggest([corpus], dictionaries, top=None)} & {"诺维斯", "马克·提尔森", "格林维尔市"}


def write_reviewed(tmp_path: Path, entries: str) -> Path:
    path = tmp_path / "review.yaml"
    path.write_text("version: 1\nentities:\n" + entries, encoding="utf-8")
    return path


def test_accept_never_repeats_a_known_id_or_name(tmp_path, dictionaries):
    user = dictionaries / USER_DICTIONARY
    user.write_text("# my own entries\nversion: 1\nentities:\n  - id: lanxinwei\n    type: ORG\n    name: 澜芯微\n",
                    encoding="utf-8")
    reviewed = write_reviewed(tmp_path, (
        "  - {id: nvidia_cn, type: ORG, name: 英伟达}\n"                       # a known name
        "  - {id: lanxin, type: ORG, name: 澜芯微}\n"                          # in user.yaml already
        "  - {id: zorvex, type: ORG, name: 泽沃克斯, aliases: [NVIDIA, Zorvex Corp]}\n"  # one known alias
        "  - {id: nvidia, type: ORG, name: 诺维斯}\n"                          # a taken id
        "  - {id: quillon, type: ORG, name: 奎隆}\n"
        "  - {id: quillon_again, type: ORG, name: 奎隆}\n"                     # twice in the file
    ))
    result = accept(reviewed, dictionaries)

    assert result.added == ("zorvex", "nvidia_2", "quillon")
    assert len(result.notes) == 5 and all(line.startswith(f"{reviewed}:") for line in result.notes)
    assert check_dictionaries(DictionarySet.find(dictionaries)) == []
    lexicon = load_lexicon(DictionarySet.find(dictionaries).entity_files())
    assert lexicon["zorvex"].aliases == ("Zorvex Corp",)
    assert lexicon["nvidia"].name == "英伟达" and lexicon["nvidia_2"].name == "诺维斯"
    assert user.read_text(encoding="utf-8").startswith("# my own entries\n")  # kept as written
    converter = ScriptConverter()
    names = Counter(normalize_name(n, converter) for e in lexicon.entities.values() for n in e.names
                    if e.id in ("lanxinwei", "zorvex", "nvidia_2", "quillon"))
    assert max(names.values()) == 1
    assert accept(reviewed, dictionaries).added == ()  # accepting again adds nothing


def test_accept_rejects_an_invalid_entry_at_its_line_and_writes_nothing(tmp_path, dictionaries):
    reviewed = write_reviewed(tmp_path, (
        "  - id: zorvex\n    type: ORG\n    name: 泽沃克斯\n"
        "  - id: quillon\n    type: COMPANY\n    name: 奎隆\n"
    ))
    with pytest.raises(DictionaryError) as error:
        accept(reviewed, dictionaries)
    assert f"{reviewed}:6: type: unknown type 'COMPANY'" in str(error.value)
    assert not (dictionaries / USER_DICTIONARY).exists()


@pytest.mark.parametrize("content, message", [
    ("entities: [\n", "not valid YAML"),
    ("- just a list\n", "not a suggestions file"),
    ("version: 7\nentities: []\n", "unsupported version 7"),
])
def test_accept_of_a_file_that_is_not_a_suggestions_file(tmp_path, dictionaries, content, message):
    reviewed = tmp_path / "review.yaml"
    reviewed.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        accept(reviewed, dictionaries)


# -- the command --------------------------------------------------------------

def test_cli_table_yaml_and_accept(tmp_path, dictionaries):
    corpus = write_corpus(tmp_path / "news", {"a.txt": "首席执行官马克·提尔森表示，诺维斯公司将扩产。"})
    runner = CliRunner()
    table = runner.invoke(cli, ["suggest", str(corpus), "-d", str(dictionaries), "-q"])
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[0].split() == ["#", "name", "type", "id", "docs", "count", "aliases"]
    assert "马克·提尔森" in table.output and "【马克·提尔森】" in table.output
    review = runner.invoke(cli, ["suggest", str(corpus), "-d", str(dictionaries), "-q", "--format", "yaml"])
    reviewed = tmp_path / "review.yaml"
    reviewed.write_text(review.output, encoding="utf-8")
    merged = runner.invoke(cli, ["suggest", "--accept", str(reviewed), "-d", str(dictionaries)])
    assert merged.exit_code == 0 and "added to" in merged.output
    check = runner.invoke(cli, ["dict", "check", "-d", str(dictionaries)])
    assert check.exit_code == 0, check.output


def test_the_readme_example_shows_what_kg_suggest_prints(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Growing the dictionaries"):]
    articles = re.findall(r"`news/(\w+\.txt)`:?\n\n```text\n(.*?)\n```", section, re.S)
    corpus = write_corpus(tmp_path / "news", dict(articles))
    shown = re.search(r"\$ kg suggest news/\n(.*?)\n\n\$", section, re.S).group(1)
    result = CliRunner().invoke(cli, ["suggest", str(corpus), "-q", "-d", str(DICTIONARIES)])
    assert len(articles) == 2 and result.output.rstrip("\n") == shown, "the README's example is stale"


@pytest.mark.parametrize("args, message", [
    (["suggest", "no/such/folder"], "Error: nothing could be read (1 problem, above)"),
    (["suggest", "--accept", "no/such.yaml"], "Error: no/such.yaml: cannot read"),
    (["suggest", "seeds", "--accept", "x.yaml"], "Error: give either PATHS to mine or --accept FILE, not both"),
    (["suggest", "seeds", "--top", "0"], "Error: Invalid value for '-n' / '--top'"),
])
def test_cli_bad_input_gets_one_line(args, message):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output


def test_cli_reports_an_unreadable_file_and_mines_the_rest(tmp_path):
    corpus = write_corpus(tmp_path / "news", {"a.txt": "Zorvex周二发布财报。"})
    (corpus / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["suggest", str(corpus), "-q", "-d", str(DICTIONARIES)])
    assert result.exit_code == 1
    assert "Zorvex" in result.output and "Warning:" in result.output


# -- done when: names removed from the dictionaries come back -----------------

# Ordinary, well-known names of the domain: foundries and toolmakers, a memory maker,
# an AI-chip designer, a US congressman, a Chinese city and Taiwan's economics ministry.
REMOVED = ("smic", "tsmc", "asml", "sk_hynix", "cambricon", "mccaul", "nanjing", "tw_moea")


def without(dictionaries: Path, removed: tuple[str, ...]) -> dict[str, set[str]]:
    """Delete the entries (and facts naming them); return each one's normalized names."""
    converter = ScriptConverter()
    names = {}
    for path in sorted((dictionaries / "entities").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        kept = []
        for entry in data["entities"]:
            if entry["id"] in removed:
                forms = [entry["name"], entry.get("name_en"), *entry.get("aliases", [])]
                names[entry["id"]] = {normalize_name(str(f), converter) for f in forms if f}, entry["type"]
                continue
            if entry.get("facts"):
                entry["facts"] = {k: v for k, v in entry["facts"].items() if v not in removed}
            kept.append(entry)
        data["entities"] = kept
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert set(names) == set(removed)
    return names


def test_suggest_finds_the_entries_removed_from_the_dictionaries_in_its_top_50(tmp_path):
    dictionaries = tmp_path / "dictionaries"
    shutil.copytree(DICTIONARIES, dictionaries)
    pipeline = Pipeline.load()
    uses = Counter(m.entity_id for r in pipeline.run([DEV_TEXTS]).results for m in r.mentions)
    expected = [entity_id for entity_id in REMOVED if uses[entity_id] >= 2]
    assert len(expected) >= 6  # the test keeps its teeth if the dictionaries change
    removed = without(dictionaries, REMOVED)
    assert check_dictionaries(DictionarySet.find(dictionaries)) == []

    top = suggest([DEV_TEXTS], dictionaries, top=50)

    converter = ScriptConverter()
    for entity_id in expected:
        names, entity_type = removed[entity_id]
        hits = [s for s in top if {normalize_name(n, converter) for n in (s.name, s.name_en, *s.aliases) if n} & names]
        assert hits, f"{entity_id} ({uses[entity_id]} mentions) is not in the top 50"
        assert hits[0].type == entity_type, f"{entity_id}: proposed {hits[0].type}, is {entity_type}"
