"""The CLI on hostile input: one clear line, no traceback, nothing half-written."""
from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from conftest import DICTIONARIES, SEEDS
from kg.cli import cli
from kg.export import STORE_NAME


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_extract_jsonl_is_the_prediction_format():
    result = invoke("extract", "-q", "--format", "jsonl", SEEDS / "000_60f0ed7e5863892c.txt")
    assert result.exit_code == 0
    record = json.loads(result.output.splitlines()[0])
    assert record["doc"] == "000_60f0ed7e5863892c.txt"
    assert {"start", "end", "text", "type", "entity"} <= set(record["mentions"][0])
    assert {"head", "type", "tail"} <= set(record["relations"][0])


def test_bad_files_are_reported_and_the_rest_processed(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    shutil.copy(SEEDS / "001_80002ca144e437f9.txt", tmp_path / "good.txt")
    result = invoke("extract", "-q", "--format", "jsonl", tmp_path)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    assert any(line.startswith("Warning: ") and "empty.txt: the file is empty" in line for line in lines)
    assert any(line.startswith("Warning: ") and "binary.txt: binary file" in line for line in lines)
    assert any(json.loads(line)["doc"] == "good.txt" for line in lines if line.startswith("{"))


def test_nothing_readable_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = invoke("build", tmp_path, "-o", tmp_path / "out", "-q")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == "Error: nothing could be read (1 problem, above)"
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_a_path_with_no_text_files(tmp_path):
    (tmp_path / "a.png").write_bytes(b"\x89PNG")
    result = invoke("extract", tmp_path)
    assert result.exit_code == 1
    assert result.output == (f"Warning: {tmp_path}: no text files (.txt, .md, .markdown, .html, .htm)\n"
                             "Error: nothing could be read (1 problem, above)\n")


def test_broken_dictionary_is_one_line_per_problem(tmp_path):
    broken = tmp_path / "dictionaries"
    shutil.copytree(DICTIONARIES, broken)
    (broken / "entities" / "zz_bad.yaml").write_text(
        "version: 1\nentities:\n  - id: org:x\n    type: ORGG\n    name: X公司\n", encoding="utf-8")
    result = invoke("dict", "check", "-d", broken)
    assert result.exit_code == 1
    assert f"{broken}/entities/zz_bad.yaml:3: id: 'org:x' must be lower-case ASCII letters, digits and _" in result.output
    assert f"{broken}/entities/zz_bad.yaml:4: type: unknown type 'ORGG'" in result.output
    assert "Traceback" not in result.output
    build = invoke("build", SEEDS, "-d", broken, "-o", tmp_path / "out")
    assert build.exit_code == 1 and build.output.startswith("Error: ")


def test_broken_rules_file(tmp_path):
    broken = tmp_path / "dictionaries"
    shutil.copytree(DICTIONARIES, broken)
    (broken / "relations.yaml").write_text("version: 1\nrules:\n  - id: x\n    relation: likes\n", encoding="utf-8")
    result = invoke("dict", "check", "-d", broken)
    assert result.exit_code == 1
    assert f"{broken}/relations.yaml:4: rules[0].relation: unknown relation 'likes'" in result.output
    rules = (DICTIONARIES / "relations.yaml").read_text(encoding="utf-8")
    (broken / "relations.yaml").write_text(rules.replace("{speech}…{tail}", "{speach}…{tail}"), encoding="utf-8")
    result = invoke("dict", "check", "-d", broken)
    assert result.exit_code == 1
    assert "unknown slot {speach}; use {head}, {tail}, {other}, {trigger}, {title}, {added}" in result.output
    assert "{speech}" in result.output.split("unknown slot {speach}")[1]
    (broken / "relations.yaml").write_text(rules.replace("anaphors:\n  LAW:", "anaphors:\n  RULE:"), encoding="utf-8")
    result = invoke("dict", "check", "-d", broken)
    assert result.exit_code == 1 and "anaphors.RULE: unknown type 'RULE'" in result.output
    (broken / "relations.yaml").write_text(rules.replace("gaps_exclude: speech", "gaps_exclude: talk"), encoding="utf-8")
    result = invoke("dict", "check", "-d", broken)
    assert result.exit_code == 1 and "gaps_exclude: must name a list under words: (added, advice, affected," in result.output


def test_broken_patterns_file(tmp_path):
    broken = tmp_path / "dictionaries"
    shutil.copytree(DICTIONARIES, broken)
    text = (broken / "patterns.yaml").read_text(encoding="utf-8")
    (broken / "patterns.yaml").write_text(text.replace("max_chars: 14", "max_chars: many"), encoding="utf-8")
    result = invoke("dict", "check", "-d", broken)
    assert result.exit_code == 1
    lines = text.splitlines()
    line = lines.index("  max_chars: 14", lines.index("legal_name:")) + 1  # the line of the value at fault
    assert result.output.splitlines()[0] == (
        f"{broken}/patterns.yaml:{line}: legal_name.max_chars: Input should be a valid integer")
    build = invoke("extract", SEEDS, "-d", broken)
    assert build.exit_code == 1 and build.output.startswith("Error: ") and "Traceback" not in build.output


def test_dict_check_passes_on_the_shipped_dictionaries():
    result = invoke("dict", "check", "-d", DICTIONARIES)
    assert result.exit_code == 0, result.output


def test_failed_build_keeps_the_previous_outputs(tmp_path):
    out = tmp_path / "out"
    assert invoke("build", SEEDS, "-o", out, "-q").exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (tmp_path / "empty.txt").write_bytes(b"")
    assert invoke("build", tmp_path / "empty.txt", "-o", out, "-q").exit_code == 1
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert (out / STORE_NAME / "CURRENT").is_file(), "the store (a folder) is still there"
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_stats_after_build(tmp_path):
    out = tmp_path / "out"
    assert invoke("build", SEEDS, "-o", out, "-q").exit_code == 0
    result = invoke("stats", "-o", out)
    assert result.exit_code == 0
    assert "entities by type" in result.output and "nvidia" in result.output


def test_stats_without_a_build(tmp_path):
    result = invoke("stats", "-o", tmp_path)
    assert result.exit_code == 1 and result.output.startswith("Error: ")


def test_the_command_line_loads_only_what_a_command_runs():
    import subprocess
    import sys

    # A fresh interpreter: this test process has imported everything already.
    # rdflib too: `kg query` starts its engine before rdflib loads.
    code = ("import sys, kg.cli; print(' '.join(m for m in ('kg.pipeline', 'kg.recognize', 'networkx', "
            "'rdflib', 'pyparsing') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == [], "imported by `import kg.cli`; `kg --help` and `kg query` would pay for them"
    code = "import sys; from kg.cli import main; sys.argv = ['kg', 'query', 'ASK {}', '-g', 'missing.ttl']; main()"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 1 and done.stderr.startswith("Error: missing.ttl: no such graph file")
