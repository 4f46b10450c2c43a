"""Declared schemas of the data files: every problem, each as file:line: message."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import DICTIONARIES
from kg.cli import cli
from kg.errors import DictionaryError
from kg.ingest.clean import BoilerplateFile, load_boilerplate_rules
from kg.recognize.lexicon import check_entities, load_lexicon
from kg.model import Entity

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


def test_boilerplate_reports_every_problem_at_its_line(tmp_path):
    path = tmp_path / "boilerplate.yaml"
    path.write_text(BROKEN_BOILERPLATE, encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        load_boilerplate_rules(path)
    lines = str(caught.value).splitlines()
    assert [line.split(": ", 2)[:2] for line in lines] == [
        [f"{path}:2", "spam_min_hits"], [f"{path}:3", "spam_keywords[1]"], [f"{path}:4", "nav_min_fields"],
        [f"{path}:5", "colour"], [f"{path}:7", "line_patterns[0]"], [f"{path}:9", "line_patterns[2]"]]
    assert "bad regular expression" in lines[4] and lines[3].endswith("unknown key; allowed: " + ", ".join(
        BoilerplateFile.model_fields))


def test_dict_check_lists_every_boilerplate_problem(tmp_path):
    (tmp_path / "boilerplate.yaml").write_text(BROKEN_BOILERPLATE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["dict", "check", "-d", str(tmp_path)])
    assert result.exit_code == 1
    assert len([line for line in result.output.splitlines() if line.startswith(f"{tmp_path}/boilerplate.yaml:")]) == 6


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
        [f"{path}:11", "facts"], [f"{path}:12", "sector"], [f"{path}:13", "Input should be a valid dictionary or "
                                                          "instance of EntityEntry"],
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
