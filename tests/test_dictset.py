"""The shipped dictionaries, a project's folder over them, `kg dict path` and `kg init`."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import DICTIONARIES, SEEDS
from kg.cli import cli
from kg.dictset import ENV_VAR, DictionarySet, copy_shipped, shipped_dictionaries
from kg.errors import DictionaryError
from kg.pipeline import Pipeline

# A company no shipped dictionary knows, written for these tests.
EXTRA_ENTITIES = """version: 1
entities:
  - id: qingshan_semi
    type: ORG
    name: 青杉半导体
    name_en: Qingshan Semiconductor
"""


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """An empty working folder outside the repository, with no $KG_DICTIONARIES."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(ENV_VAR, raising=False)
    return tmp_path


def test_the_shipped_files_are_used_alone_without_a_project_folder(elsewhere):
    files = DictionarySet.find()
    assert files.project is None and files.shipped == shipped_dictionaries()
    assert {"patterns.yaml", "relations.yaml", "boilerplate.yaml"} <= set(files.files)
    assert files.entity_files() and all(p.parent == files.shipped / "entities" for p in files.entity_files())
    assert {files.origin(name) for name in files.files} == {"shipped"}


def test_a_project_file_replaces_the_shipped_one_of_the_same_name_and_a_new_one_adds(elsewhere):
    project = elsewhere / "dictionaries"
    (project / "entities").mkdir(parents=True)
    (project / "entities" / "mine.yaml").write_text(EXTRA_ENTITIES, encoding="utf-8")
    (project / "boilerplate.yaml").write_text("spam_keywords: [广告]\n", encoding="utf-8")
    (project / ".hidden.yaml").write_text("not: data\n", encoding="utf-8")
    files = DictionarySet.find()
    assert files.project == Path("dictionaries"), "./dictionaries is found by itself"
    assert files.path("boilerplate.yaml") == Path("dictionaries/boilerplate.yaml")
    assert files.origin("boilerplate.yaml") == "project, replaces shipped"
    assert files.origin("entities/mine.yaml") == "project"
    assert files.path("patterns.yaml") == files.shipped / "patterns.yaml"
    assert ".hidden.yaml" not in files.files
    assert len(files.entity_files()) == len(DictionarySet.find(files.shipped).entity_files()) + 1
    assert "qingshan_semi" in Pipeline.load().recognizer.lexicon.entities


def test_a_project_file_kg_would_not_read_is_a_problem(elsewhere):
    (elsewhere / "dictionaries" / "entities" / "extra").mkdir(parents=True)
    (elsewhere / "dictionaries" / "relation.yaml").write_text("version: 1\n", encoding="utf-8")
    (elsewhere / "dictionaries" / "entities" / "extra" / "deep.yaml").write_text(EXTRA_ENTITIES, encoding="utf-8")
    files = DictionarySet.find()
    assert files.unread() == ["entities/extra/deep.yaml", "relation.yaml"]
    assert files.origin("relation.yaml") == "project, not read"
    result = invoke("dict", "check")
    assert result.exit_code == 1
    assert "dictionaries/relation.yaml: not a file kg reads; name it like a shipped file, or entities/NAME.yaml" \
        in result.output.splitlines()


def test_the_environment_variable_and_the_option_name_the_project_folder(elsewhere, monkeypatch):
    chosen = elsewhere / "elsewhere-dicts"
    chosen.mkdir()
    monkeypatch.setenv(ENV_VAR, str(chosen))
    assert DictionarySet.find().project == chosen
    (elsewhere / "other").mkdir()
    assert DictionarySet.find(elsewhere / "other").project == elsewhere / "other", "-d wins over the variable"
    monkeypatch.setenv(ENV_VAR, str(elsewhere / "missing"))
    with pytest.raises(DictionaryError, match=r"missing: dictionaries folder not found \(from \$KG_DICTIONARIES\)"):
        DictionarySet.find()


def test_a_missing_project_folder_is_one_error_line(elsewhere):
    result = invoke("build", SEEDS, "-d", "nowhere", "-o", "out")
    assert result.exit_code == 1
    assert result.output == "Error: nowhere: dictionaries folder not found (from --dictionaries)\n"


def test_the_digest_changes_with_any_file_in_use(elsewhere):
    before = DictionarySet.find().digest()
    (elsewhere / "dictionaries" / "entities").mkdir(parents=True)
    assert DictionarySet.find().digest() == before, "an empty project folder changes nothing"
    (elsewhere / "dictionaries" / "entities" / "mine.yaml").write_text(EXTRA_ENTITIES, encoding="utf-8")
    assert DictionarySet.find().digest() != before


def test_dict_path_lists_every_file_and_its_origin(elsewhere):
    (elsewhere / "dictionaries").mkdir()
    (elsewhere / "dictionaries" / "patterns.yaml").write_bytes((DICTIONARIES / "patterns.yaml").read_bytes())
    result = invoke("dict", "path")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"shipped: {shipped_dictionaries()}"
    assert lines[1] == "project: dictionaries"
    patterns = next(line for line in lines if line.startswith("patterns.yaml"))
    assert patterns.split()[1:] == ["project,", "replaces", "shipped", "dictionaries/patterns.yaml"]
    assert next(line for line in lines if line.startswith("relations.yaml")).split()[1] == "shipped"


def test_init_copies_the_shipped_files_and_refuses_to_overwrite(elsewhere):
    result = invoke("init", "proj")
    assert result.exit_code == 0, result.output
    copied = elsewhere / "proj" / "dictionaries"
    assert {p.relative_to(copied) for p in copied.rglob("*.yaml")} == {
        p.relative_to(DICTIONARIES) for p in DICTIONARIES.rglob("*.yaml")}
    assert (copied / "relations.yaml").read_bytes() == (DICTIONARIES / "relations.yaml").read_bytes()
    (copied / "relations.yaml").write_text("edited", encoding="utf-8")
    again = invoke("init", "proj")
    assert again.exit_code == 1 and again.output.startswith("Error: proj/dictionaries already exists")
    assert (copied / "relations.yaml").read_text(encoding="utf-8") == "edited", "nothing overwritten"
    assert not [p for p in (elsewhere / "proj").iterdir() if p.name.startswith(".")], "no staging folder left"


def test_init_into_an_unwritable_place_leaves_nothing(elsewhere):
    (elsewhere / "file").write_text("x", encoding="utf-8")
    with pytest.raises(DictionaryError, match="cannot write"):
        copy_shipped(elsewhere / "file" / "dictionaries")


def test_build_without_paths_outside_the_repository_says_what_to_pass(elsewhere):
    result = invoke("build")
    assert result.exit_code == 1
    assert result.output == "Error: no articles given: pass the files or folders to read, e.g. `kg build news/`\n"
    assert not (elsewhere / "output").exists()


def test_build_with_paths_works_anywhere(elsewhere):
    result = invoke("build", SEEDS / "001_80002ca144e437f9.txt", "-o", "out", "-q", "--format", "turtle")
    assert result.exit_code == 0, result.output
    assert (elsewhere / "out" / "graph.ttl").stat().st_size > 0
