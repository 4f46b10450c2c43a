"""The README stays true: commands, the CI command, and the SPARQL examples with their output."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEEDS
from kg.cli import cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


def all_commands(group, prefix=""):
    for name, command in sorted(group.commands.items()):
        yield f"{prefix}{name}", command
        if hasattr(command, "commands"):
            yield from all_commands(command, f"{prefix}{name} ")


@pytest.mark.parametrize("name, command", list(all_commands(cli)), ids=lambda v: v if isinstance(v, str) else "")
def test_every_command_has_help_and_a_readme_mention(name, command):
    assert command.help and len(command.help.strip()) > 20
    assert f"`kg {name}" in README, f"kg {name} is not in the README"
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_ci_runs_the_readme_test_command():
    blocks = re.findall(r"```bash\n(.*?)\n```", README, re.S)
    test_command = next(b for b in blocks if "pytest" in b)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


EXAMPLES = re.findall(r"```sparql\n(.*?)\n```\n\n```text\n(.*?)\n```", README, re.S)


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(out), "-q", "--format", "turtle"])
    assert result.exit_code == 0, result.output
    return out / "graph.ttl"


def test_readme_has_four_query_examples():
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("query, expected", EXAMPLES, ids=[f"query{i + 1}" for i in range(len(EXAMPLES))])
def test_readme_query_gives_the_output_shown(seed_build, query, expected):
    result = CliRunner().invoke(cli, ["query", query, "--graph", str(seed_build)])
    assert result.exit_code == 0, result.output
    assert result.output.rstrip("\n") == expected, "the README's example output is stale: rerun the query"


def test_bench_news_corpus_says_whence_every_article_came():
    """The benchmark's news articles are public domain only as VOA's own: each file has its address."""
    folder = ROOT / "bench" / "news"
    rows = [line.split("\t") for line in (folder / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    assert sorted(name for name, _, _ in rows) == sorted(p.name for p in folder.glob("*.txt"))
    for name, _, url in rows:  # the article's number names its file
        assert re.fullmatch(rf"https://www\.voachinese\.com/a/(?:[^\s/]+/)?{name[4:-4]}\.html", url), name
    for path in folder.glob("*.txt"):
        headline, blank, *body = path.read_text(encoding="utf-8").split("\n")
        assert headline.strip() and not blank and any(body), path.name
