"""Declared schemas of the data files: every problem, each as file:line: message."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.relate
from conftest import DICTIONARIES
from kg.cli import cli
from kg.errors import DictionaryError
from kg.ingest.clean import BoilerplateFile, load_boilerplate_rules
from kg.model import ENTITY_TYPES, Entity
from kg.recognize.lexicon import check_entities, load_lexicon
from kg.recognize.patterns import (BareLawSection, HeadedOrganizationSection, LegalNameSection, MakerCodeSection,
                                   find_legal_names, load_pattern_rules)
from kg.relate.rules import RuleEntry, RulesFile, compile_rules, load_rules, read_rule_file

BROKEN_BOILERPLATE = """version: 1
spam_min_hits: 0
spam_keywords: [赌场, "", 888]
nav_min_fields: several
colour: red
line_patterns:
  - '^(版权'
  - '^fine'
  - '[z-a]'
"""


def _problems(load, path, text: str) -> tuple[list[list[str]], list[str]]:
    """Write ``text`` to ``path`` and load it: each problem's ``[file:line, where]``, and each message."""
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        load(path)
    lines = str(caught.value).splitlines()
    return [line.split(": ", 2)[:2] for line in lines], [line.split(": ", 2)[2] for line in lines]


def test_boilerplate_reports_every_problem_at_its_line(tmp_path):
    path = tmp_path / "boilerplate.yaml"
    places, messages = _problems(load_boilerplate_rules, path, BROKEN_BOILERPLATE)
    assert places == [
        [f"{path}:2", "spam_min_hits"], [f"{path}:3", "spam_keywords[1]"], [f"{path}:4", "nav_min_fields"],
        [f"{path}:5", "colour"], [f"{path}:7", "line_patterns[0]"], [f"{path}:9", "line_patterns[2]"]]
    assert "bad regular expression" in messages[4] and messages[3] == ("unknown key; allowed: " + ", ".join(
        BoilerplateFile.model_fields))


def test_a_key_given_twice_is_a_problem_at_its_line(tmp_path):
    # YAML keeps the last of two equal keys: a second word list of one name would replace the first unseen.
    path = tmp_path / "relations.yaml"
    path.write_text("version: 2\nwords:\n  speech: [表示]\n  urge: [敦促]\n  speech: [称]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["dict", "check", "-d", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{path}:5: not valid YAML: speech is given twice (first at line 3)" in result.output.splitlines()


def test_an_absent_boilerplate_key_takes_the_schema_default(tmp_path):
    path = tmp_path / "boilerplate.yaml"
    path.write_text("spam_keywords: [赌场, 888]\n", encoding="utf-8")
    rules = load_boilerplate_rules(path)
    defaults = BoilerplateFile()
    assert rules.spam_keywords == ("赌场", "888"), "a YAML number is a keyword's text"
    assert (rules.spam_min_hits, rules.separators, rules.line_patterns) == (
        defaults.spam_min_hits, defaults.separators, ())
    assert load_boilerplate_rules(DICTIONARIES / "boilerplate.yaml").line_patterns, "the shipped file loads"


def test_entity_entries_report_every_problem_and_the_valid_ones_still_load(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("""version: 1
entities:
  - id: Bad-Id
    type: COMPANY
    name: 坏公司
  - id: lanshan
    type: ORG
    name: 蓝山电子
    aliases: [蓝山, ""]
    wikidata: 42
    facts: {country: china, founded: 2001}
    sector: chips
  - 蓝山
  - id: lanshan_chip
    type: PRODUCT
    name: LS-1
    name_en: 2025
    facts: {made_by: lanshan}
""", encoding="utf-8")
    problems = check_entities([path])
    assert [p.split(": ", 2)[:2] for p in problems] == [
        [f"{path}:3", "id"], [f"{path}:4", "type"], [f"{path}:9", "aliases[1]"], [f"{path}:10", "wikidata"],
        [f"{path}:11", "facts"], [f"{path}:12", "sector"], [f"{path}:13", "Input should be a valid dictionary"],
        [f"{path}:14", "lanshan_chip"]]
    assert "unknown fact(s) 'founded'" in problems[4]
    assert problems[-1].endswith("fact made_by names unknown entity 'lanshan'"), "lanshan was invalid, so it is unknown"


def test_a_valid_entry_becomes_an_entity_with_the_model_defaults(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("version: 1\nentities:\n  - id: lanshan\n    type: ORG\n    name: ' 蓝山电子 '\n"
                    "    aliases: [蓝山, 蓝山, 360]\n", encoding="utf-8")
    entity = load_lexicon([path])["lanshan"]
    assert entity == Entity("lanshan", "ORG", "蓝山电子", aliases=("蓝山", "360"))


def test_a_one_character_name_is_refused(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("version: 1\nentities:\n  - id: mei\n    type: PLACE\n    name: 美国\n    aliases: [美]\n",
                    encoding="utf-8")
    assert check_entities([path]) == [f"{path}:3: name '美' is one character; it would match everywhere"]
    path.write_text("version: 2\nentities: []\n", encoding="utf-8")
    assert check_entities([path]) == [f"{path}:1: version: Input should be 1"]


BROKEN_PATTERNS = """version: 1
not_before:
  部门: [口]
maker_code:
  maker_types: [ORG, COMPANY]
  code: '[A-Z'
titled:
  max_chars: 0
legal_name:
  suffixes: [有限公司, ""]
  max_chars: many
  min_chars: true
headed_organization:
  heads: 集团
  colour: red
bare_law:
  announcement: '公告(\\d+'
"""


def test_patterns_report_every_problem_at_its_line(tmp_path):
    path = tmp_path / "patterns.yaml"
    places, messages = _problems(load_pattern_rules, path, BROKEN_PATTERNS)
    assert places == [
        [f"{path}:3", "not_before.部门"], [f"{path}:5", "maker_code.maker_types[1]"], [f"{path}:6", "maker_code.code"],
        [f"{path}:8", "titled.max_chars"], [f"{path}:10", "legal_name.suffixes[1]"],
        [f"{path}:11", "legal_name.max_chars"], [f"{path}:12", "legal_name.min_chars"],
        [f"{path}:14", "headed_organization.heads"], [f"{path}:15", "headed_organization.colour"],
        [f"{path}:17", "bare_law.announcement"]]
    assert messages[1] == "unknown type 'COMPANY'; use one of " + ", ".join(ENTITY_TYPES)
    assert "bad regular expression" in messages[2] and "bad regular expression" in messages[9]
    assert messages[6] == "Input should be a valid integer", "true is no count"
    assert messages[8] == "unknown key; allowed: " + ", ".join(HeadedOrganizationSection.model_fields), \
        "an unknown key in a section lists the section's keys"


def test_a_pattern_needs_its_least_no_more_than_its_most(tmp_path):
    path = tmp_path / "patterns.yaml"
    places, messages = _problems(load_pattern_rules, path, "version: 1\nlegal_name:\n  min_chars: 20\n  max_chars: 14\n"
                                 "headed_organization:\n  min_chars: 8\nbare_law:\n  bill_min_chars: 12\n")
    assert places == [[f"{path}:3", "legal_name"], [f"{path}:8", "bare_law"]], "8 characters is a valid head's range"
    assert messages == ["min_chars (20) is more than max_chars (14)",
                        f"bill_min_chars (12) is more than bill_max_chars ({BareLawSection().bill_max_chars})"]


def test_an_absent_pattern_key_takes_the_schema_default(tmp_path):
    path = tmp_path / "patterns.yaml"
    path.write_text("version: 1\nlegal_name:\n  suffixes: [有限公司]\n", encoding="utf-8")
    rules = load_pattern_rules(path)
    legal = LegalNameSection()
    assert (rules.legal_min_chars, rules.legal_max_chars) == (legal.min_chars, legal.max_chars)
    assert rules.maker_types == tuple(MakerCodeSection().maker_types) and rules.titles == ()
    text = "据悉,蓝桥微电子有限公司周一宣布裁员。"
    found = find_legal_names(text, [], rules, rules.triggers.find(text))
    assert [f.name for f in found] == ["蓝桥微电子有限公司"]


BROKEN_RULES = """version: 2
words:
  speech: [表示, 称]
  head: [头]
  empty: []
anaphors:
  ORG: [该公司, 它]
constructions:
  - id: active
    templates: ["{head}…{trigger}…{tail}"]
  - id: active
    templates: ["{head}…{trigger}…{tail}"]
  - id: quoted
    templates: ["{head}{speach}{tail}", "{head}{speech}"]
rules:
  - id: sells
    relation: supplies
    head: [ORG]
    tail: [ORG, PLACE]
    triggers: [出售]
    constructions: [active, buying]
  - id: sells
    relation: sells_to
    head: []
    tail: [ORG]
    gaps_exclude: [speech, talk]  # a list: each name must be defined
    span: paragraph
    colour: red
  - id: said
    relation: opposes
    head: [ORG]
    tail: [ORG]
    templates: ["{head}{speech}…{trigger}…{tail}"]
  - id: nothing
    relation: opposes
    head: [ORG]
    tail: [ORG]
  - id: bought
    relation: supplies
    head: [ORG]
    tail: [ORG]
    head_as_maker: true
    triggers: [采购]
    templates: ["{tail}…{trigger}{head}"]
  - id: owned
    relation: made_by
    head: [PRODUCT, ORG]
    tail: [ORG]
    tail_not_other_maker: true
    templates: ["{tail}的{head}"]
"""


def test_rules_report_every_problem_at_its_line(tmp_path):
    path = tmp_path / "relations.yaml"
    places, messages = _problems(load_rules, path, BROKEN_RULES)
    assert places == [
        [f"{path}:4", "words.head"], [f"{path}:5", "words.empty"], [f"{path}:7", "anaphors.ORG[1]"],
        [f"{path}:11", "constructions[1]"], [f"{path}:14", "constructions[2].templates[0]"],
        [f"{path}:14", "constructions[2].templates[1]"], [f"{path}:21", "rules[0].constructions"],
        [f"{path}:22", "rules[1].id"], [f"{path}:23", "rules[1].relation"], [f"{path}:24", "rules[1].head"],
        [f"{path}:26", "rules[1].gaps_exclude"], [f"{path}:27", "rules[1].span"], [f"{path}:28", "rules[1].colour"],
        [f"{path}:29", "rules[2]"], [f"{path}:34", "rules[3]"], [f"{path}:38", "rules[4]"], [f"{path}:45", "rules[5]"]]
    assert messages[0] == "'head' is a slot's name; choose another"
    assert messages[2] == "'它' is one character; it would match everywhere"
    assert messages[3] == "duplicate construction id 'active'"
    assert messages[4].startswith("template '{head}{speach}{tail}': unknown slot {speach}; use {head}, {tail}")
    assert messages[5] == "template '{head}{speech}': a template needs exactly one {head} and one {tail}"
    assert messages[6].startswith("unknown construction(s) 'buying'; use names from constructions: (active)"), \
        "an invalid construction is not defined"
    assert messages[7] == "duplicate rule id 'sells'"
    assert messages[10] == "must name a list under words: (empty, head, speech)"
    assert messages[12].startswith("unknown key; allowed: id, relation, head, tail, triggers, templates")
    assert messages[13] == "template '{head}{speech}…{trigger}…{tail}' uses {trigger} but the rule has no triggers"
    assert messages[14] == ("a rule needs templates, constructions, name_prefix: true, known_office: true, "
                            "byline: true or officers_after")
    assert messages[15] == "head_as_maker: true needs head: [PRODUCT]"
    assert messages[16] == "tail_not_other_maker: true needs head: [PRODUCT]"


def test_the_heads_of_an_anaphor_are_reported_when_it_is_none(tmp_path):
    path = tmp_path / "relations.yaml"
    path.write_text("version: 2\nanaphors:\n  ORG: [该公司, 该校]\nanaphor_heads: {该校: [大学], 该所: [研究所]}\n"
                    "rules: []\n", encoding="utf-8")
    data, problems = read_rule_file(path)
    assert data is None and problems == [f"{path}:4: anaphor_heads: names phrases that are no anaphors: 该所"], problems


def test_a_probe_anaphor_without_its_noun_is_reported(tmp_path):
    """What stands in for the probe's agency is what comes before the noun: a phrase without it, or
    opening with it, stands for nothing."""
    path = tmp_path / "relations.yaml"
    path.write_text("version: 2\nprobes:\n  opened: [立案调查]\n  anaphors: [此次调查, 该案, 调查对象]\n"
                    "rules: []\n", encoding="utf-8")
    data, problems = read_rule_file(path)
    assert data is None and problems == [
        f"{path}:4: probes.anaphors: must hold the noun '调查' after a stand-in part: 该案, 调查对象"], problems


def test_an_absent_rule_key_takes_the_schema_default(tmp_path):
    path = tmp_path / "relations.yaml"
    path.write_text('version: 2\nrules:\n  - id: sells\n    relation: supplies\n    head: [ORG]\n    tail: [ORG]\n'
                    '    triggers: [出售]\n    templates: ["{head}…{trigger}…{tail}"]\n', encoding="utf-8")
    rules = load_rules(path)
    (rule,) = rules.rules
    default = {name: field.default for name, field in RuleEntry.model_fields.items()}
    assert (rule.span, rule.max_gap, rule.fold_makers, rule.negated_as) == (
        default["span"], default["max_gap"], default["fold_makers"], default["negated_as"])
    assert f"{{0,{default['max_gap']}}}?" in rule.patterns[0].pattern, "the gap is compiled with the default bound"
    assert rules.coordinators == tuple(RulesFile.model_fields["coordinators"].default)
    assert rules.anaphor_window == RulesFile.model_fields["anaphor_window"].default


def test_the_shipped_rules_parse_each_template_once():
    data, problems = read_rule_file(DICTIONARIES / "relations.yaml")
    assert problems == []
    rules = compile_rules(data)
    shared = {c.id: c.templates for c in data.constructions}
    entry = next(r for r in data.rules if r.constructions)
    rule = next(r for r in rules.rules if r.id == entry.id)
    assert rule.templates[len(entry.templates):][0] is shared[entry.constructions[0]][0], \
        "a rule reads its constructions' templates as the file parsed them"


@pytest.mark.parametrize("name, broken, problems", [
    ("boilerplate.yaml", BROKEN_BOILERPLATE, 6), ("patterns.yaml", BROKEN_PATTERNS, 10),
    ("relations.yaml", BROKEN_RULES, 17)])
def test_dict_check_lists_every_problem_of_a_broken_file(tmp_path, name, broken, problems):
    (tmp_path / name).write_text(broken, encoding="utf-8")
    result = CliRunner().invoke(cli, ["dict", "check", "-d", str(tmp_path)])
    assert result.exit_code == 1
    assert len([line for line in result.output.splitlines() if line.startswith(f"{tmp_path}/{name}:")]) == problems


def test_dict_check_names_each_unknown_entity_id_of_the_rules_with_its_line(tmp_path):
    """An implicit or government word keyed by an id no entity has would stand for nothing, silently."""
    (tmp_path / "relations.yaml").write_text(
        "version: 2\n"
        "implicit:\n"
        "  china: [对华]\n"
        "  chna: [赴华]\n"
        "governments:\n"
        "  usa: [美政府]\n"
        "  nippon: [日政府]\n"
        "rules:\n  - {id: sells, relation: supplies, head: [ORG], tail: [ORG], triggers: [出售],\n"
        "     templates: ['{head}{trigger}{tail}']}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["dict", "check", "-d", str(tmp_path)])
    assert result.exit_code == 1
    problems = [line for line in result.output.splitlines() if line.startswith(f"{tmp_path}/relations.yaml:")]
    assert problems == [
        f"{tmp_path}/relations.yaml:4: implicit.chna: no entity has the id 'chna'; use an id from the entity "
        "dictionaries",
        f"{tmp_path}/relations.yaml:7: governments.nippon: no entity has the id 'nippon'; use an id from the entity "
        "dictionaries"]


def test_every_word_list_the_reader_names_is_shipped():
    """The relation reader reads word lists by name (``rules.words.get("stop", ())``), an absent one as
    empty: a list renamed or dropped from relations.yaml would switch a check off without a word."""
    names = set()
    for source in Path(kg.relate.__file__).parent.glob("*.py"):
        names.update(re.findall(r'words\.get\("(\w+)"', source.read_text(encoding="utf-8")))
    shipped = set(load_rules(DICTIONARIES / "relations.yaml").words)
    assert len(names) > 20 and not names - shipped, sorted(names - shipped)


def test_the_glued_buyers_rules_split_the_selling_verbs():
    """supplies.sell_to (a verb that takes the buyer first: 提供华为芯片) and supplies.sell_goods (one
    that takes the goods: 出口英伟达芯片 names their maker) read a company right after the verb; between
    them they must hold every verb of supplies.sell, each once, or a verb would read no company glued
    after it, or two ways; but a verb of divesting, whose glued company is the one sold (出售新港晶圆厂)."""
    shipped = load_rules(DICTIONARIES / "relations.yaml")
    rules = {rule.id: set(rule.triggers) for rule in shipped.rules}
    to, goods = rules["supplies.sell_to"], rules["supplies.sell_goods"]
    assert not to & goods, sorted(to & goods)
    assert to | goods == rules["supplies.sell"] - set(shipped.words["divest"]), \
        sorted(rules["supplies.sell"] ^ (to | goods))
