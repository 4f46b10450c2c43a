"""`kg eval`: the project's scorer, on hand-made cases and on the evaluation data in tests/data."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import DATA, SEEDS, SHARED
from kg.cli import cli
from kg.errors import InputError
from kg.scoring import AnnotatedMention, Annotation, evaluate, load_gold, read_predictions

SHARED_SCORER = SHARED / "eval" / "score.py"
SETS = {"seeds": (DATA / "seeds" / "gold", SEEDS), "dev": (DATA / "dev" / "gold", DATA / "dev" / "texts")}


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def scores_json(*args) -> dict:
    result = invoke("eval", "-q", "--json", *args)
    assert result.exit_code == 0, result.output + result.stderr
    return json.loads(result.stdout)


def m(start, end, type_, entity, text=""):
    return AnnotatedMention(start, end, type_, entity, text)


# 甲公司 (0-3) makes 乙芯片 (5-8); 丙 (10-12) works for 甲; 丁部 (14-16) restricts 乙芯片.
GOLD = Annotation(
    (m(0, 3, "ORG", "jia"), m(5, 8, "PRODUCT", "yi"), m(10, 12, "PERSON", "bing"), m(14, 16, "AGENCY", "ding"),
     m(20, 23, "ORG", "jia")),
    frozenset({("yi", "made_by", "jia"), ("bing", "works_for", "jia"), ("ding", "restricts", "yi")}))


def test_a_perfect_prediction_with_its_own_ids_scores_one():
    renamed = {"jia": "p1", "yi": "p2", "bing": "p3", "ding": "p4"}
    pred = Annotation(tuple(m(x.start, x.end, x.type, renamed[x.entity]) for x in GOLD.mentions),
                      frozenset((renamed[h], t, renamed[tl]) for h, t, tl in GOLD.relations))
    scores = evaluate({"a.txt": GOLD}, {"a.txt": pred})
    for metric in ("mention_exact", "entity", "linking", "relations_exhaustive", "relations_keyfact"):
        assert scores[metric].f1 == 1.0, metric
    assert scores["relations"].recall == 1.0 and not any(scores.errors.values())


def test_partial_spans_split_entities_and_wrong_relations_are_counted():
    pred = Annotation(
        (m(0, 2, "ORG", "p1"), m(5, 8, "PRODUCT", "p2"), m(14, 16, "ORG", "p4"), m(20, 23, "ORG", "p5")),
        frozenset({("p2", "made_by", "p5"), ("p2", "made_by", "p4"), ("p4", "opposes", "p2")}))
    scores = evaluate({"a.txt": GOLD}, {"a.txt": pred})
    assert (scores["mention_exact"].pred_correct, scores["mention_exact"].pred_total) == (2, 4)
    assert scores["mention_overlap"].gold_found == 3, "甲 overlaps; 丁部 has the wrong type"
    assert (scores["entity"].gold_found, scores["entity"].gold_total) == (2, 4)
    assert (scores["linking"].gold_total, scores["linking"].pred_total, scores["linking"].gold_found) == (1, 0, 0)
    made_by = scores["relation:made_by"]
    assert (made_by.pred_correct, made_by.pred_total, made_by.gold_total) == (1, 2, 1), "p5 maps to jia"
    assert scores["relations_keyfact"].pred_total == 1 and scores["relations_keyfact"].pred_correct == 0
    errors = scores.errors["a.txt"]
    assert [e["id"] for e in errors.missed_entities] == ["bing", "ding"]
    assert errors.spurious_relations == (("yi", "made_by", "?p4"),), "an unmatched entity maps to nothing"
    assert errors.unmatched_keyfact_relations == (("?p4", "opposes", "yi"),)


def test_a_gold_document_without_prediction_counts_as_missed():
    scores = evaluate({"a.txt": GOLD, "b.txt": GOLD}, {"a.txt": GOLD})
    assert scores["entity"].recall == 0.5 and scores["entity"].precision == 1.0


def test_bad_gold_and_predictions_are_one_line_each(tmp_path):
    with pytest.raises(InputError, match="no gold files"):
        load_gold(tmp_path)
    (tmp_path / "x.json").write_text('{"entities": [{"id": "a", "mentions": [[0, 1, "甲"]]}]}', encoding="utf-8")
    with pytest.raises(InputError, match=r"x.json: not in the gold format .*'type'"):
        load_gold(tmp_path)
    (tmp_path / "x.json").write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="x.json: cannot read as JSON"):
        load_gold(tmp_path)
    (tmp_path / "p.jsonl").write_text('{"doc": "a.txt", "mentions": []}\n{"mentions": []}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"p.jsonl:2: not a prediction record"):
        read_predictions(tmp_path / "p.jsonl")
    result = invoke("eval", "--gold", tmp_path, "--pred", tmp_path / "p.jsonl")
    assert result.exit_code == 1 and result.stderr.startswith("Error: ") and "Traceback" not in result.stderr


def test_eval_needs_articles_or_predictions_but_not_both(tmp_path):
    gold = DATA / "seeds" / "gold"
    assert invoke("eval", "--gold", gold).exit_code == 2
    both = invoke("eval", "--gold", gold, SEEDS, "--pred", tmp_path / "p.jsonl")
    assert both.exit_code == 2 and "one of them" in both.stderr


def test_documents_without_gold_or_without_prediction_are_named(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text('{"doc": "a.txt", "entities": []}', encoding="utf-8")
    (tmp_path / "p.jsonl").write_text('{"doc": "b.txt", "mentions": []}\n', encoding="utf-8")
    result = invoke("eval", "--gold", gold, "--pred", tmp_path / "p.jsonl")
    assert result.exit_code == 0
    assert "Warning: 1 document(s) have no gold and were not scored: b.txt" in result.stderr
    assert "Warning: 1 document(s) have gold but no prediction and count as missed: a.txt" in result.stderr


@pytest.mark.parametrize("name", SETS)
def test_articles_and_their_jsonl_predictions_score_the_same(tmp_path, name):
    gold, texts = SETS[name]
    extract = invoke("extract", "-q", "--format", "jsonl", texts)
    assert extract.exit_code == 0
    (tmp_path / "pred.jsonl").write_text(extract.stdout, encoding="utf-8")
    from_articles = scores_json("--gold", gold, texts, "--per-doc", "--errors")
    assert from_articles == scores_json("--gold", gold, "--pred", tmp_path / "pred.jsonl", "--per-doc", "--errors")


def test_seed_scores_meet_thresholds():
    """The acceptance thresholds on the five seed articles."""
    s = scores_json("--gold", DATA / "seeds" / "gold", SEEDS)
    assert s["mention_exact"]["f1"] >= 0.85, s["mention_exact"]
    assert s["entity"]["f1"] >= 0.90, s["entity"]
    assert s["linking"]["f1"] >= 0.95, s["linking"]
    assert s["relations"]["recall"] >= 0.74, s["relations"]
    assert s["relations_exhaustive"]["precision"] >= 0.95, s["relations_exhaustive"]


def test_dev_scores_meet_thresholds():
    """The acceptance thresholds on the 16 real dev articles, which no rule or entry was written from."""
    s = scores_json("--gold", DATA / "dev" / "gold", DATA / "dev" / "texts")
    assert s["mention_exact"]["f1"] >= 0.94, s["mention_exact"]
    assert s["entity"]["f1"] >= 0.90, s["entity"]
    assert s["entity"]["recall"] >= 0.88, s["entity"]
    assert s["entity"]["precision"] >= 0.93, s["entity"]
    # Floors just under today's figures (key-fact floor 0.824, relation recall 0.692, exhaustive
    # P/R 1.000/0.847): a drop is a regression.
    assert s["relations_keyfact"]["precision"] >= 0.81, s["relations_keyfact"]
    assert s["relations"]["recall"] >= 0.68, s["relations"]
    assert s["relations_exhaustive"]["precision"] >= 0.95, s["relations_exhaustive"]
    assert s["relations_exhaustive"]["recall"] >= 0.84, s["relations_exhaustive"]


@pytest.mark.skipif(not SHARED_SCORER.is_file(), reason="no ../shared/eval beside the repository")
@pytest.mark.parametrize("name, shared_folder", [("seeds", "gold"), ("dev", "dev/gold")])
def test_kg_eval_agrees_with_the_shared_scorer(tmp_path, name, shared_folder):
    gold, texts = SETS[name]
    shared_gold = SHARED / "eval" / shared_folder
    assert {p.name: p.read_bytes() for p in gold.iterdir()} == {
        p.name: p.read_bytes() for p in shared_gold.iterdir()}, "tests/data holds a copy of the shared gold"
    pred = tmp_path / "pred.jsonl"
    pred.write_text(invoke("extract", "-q", "--format", "jsonl", texts).stdout, encoding="utf-8")

    def shared(*flags: str) -> str:
        return subprocess.run([sys.executable, str(SHARED_SCORER), "--gold", str(shared_gold), "--pred", str(pred),
                               *flags], capture_output=True, text=True, check=True).stdout

    ours = scores_json("--gold", gold, "--pred", pred, "--per-doc", "--errors")
    assert ours == json.loads(shared("--json", "--per-doc", "--errors"))
    assert invoke("eval", "--gold", gold, "--pred", pred, "--errors").stdout == shared("--errors")
