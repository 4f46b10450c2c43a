"""Shared fixtures: the real dictionaries and seeds, and a small hand-made graph."""
from __future__ import annotations

import os
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from kg.dictset import shipped_dictionaries
from kg.graph import KnowledgeGraph, merge
from kg.model import Document, DocumentResult, Entity, Evidence, Mention, Relation

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SEEDS = ROOT / "seeds"
DICTIONARIES = shipped_dictionaries()
DATA = ROOT / "tests" / "data"  # the evaluation data: gold of the seeds, dev articles and their gold
SHARED = ROOT.parent / "shared"


def plain_document(name: str, text: str, date: str | None = None) -> Document:
    """A document whose normalized text is its original (offsets map 1:1)."""
    n = len(text)
    return Document(name=name, original=text, text=text, span_start=array("l", range(n)),
                    span_end=array("l", range(1, n + 1)), title=text.split("\n", 1)[0], date=date)


def outputs_under_hash_seeds(writer: str, tmp_path: Path) -> list[dict[str, bytes]]:
    """Run ``writer`` (``module:function`` of a test module, called with an output folder)
    once per PYTHONHASHSEED in a fresh process; return each run's files by
    relative path. Set and dict order vary with the seed, so equal outputs mean
    the writers do not depend on it."""
    outputs = []
    for seed in ("0", "4242"):
        out = tmp_path / seed
        run = subprocess.run([sys.executable, str(TESTS / "hash_seed_run.py"), writer, str(out)], cwd=TESTS,
                             env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True, timeout=600)
        assert run.returncode == 0, run.stdout + run.stderr
        outputs.append({str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    return outputs


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """Every test's builds cache their results in a folder of the test session's own: the tests
    read and write nothing in the user's cache (~/.cache/kg or $KG_CACHE_DIR). A test that
    needs its own folder sets the variable itself."""
    saved = os.environ.get("KG_CACHE_DIR")
    os.environ["KG_CACHE_DIR"] = str(tmp_path_factory.mktemp("kg-cache"))
    yield
    if saved is None:
        os.environ.pop("KG_CACHE_DIR", None)
    else:
        os.environ["KG_CACHE_DIR"] = saved


@pytest.fixture
def source_reader():
    """The relation reader run from reader.py, wherever pip compiled it (kg/native.py): a test
    that patches a function the reader calls patches nothing inside a compiled reader."""
    import kg.relate
    from kg import native

    name = "kg.relate.reader_from_source"
    yield native.load_source("kg.relate.reader", Path(kg.relate.__file__).with_name("reader.py"), as_name=name)
    sys.modules.pop(name, None)
    delattr(kg.relate, name.rpartition(".")[2])


@pytest.fixture(scope="session")
def seed_graph() -> KnowledgeGraph:
    return make_seed_graph()


@pytest.fixture(scope="session")
def tiny_graph() -> KnowledgeGraph:
    return make_tiny_graph()


def make_seed_graph() -> KnowledgeGraph:
    """The merged graph of the five seed articles, built by the real pipeline."""
    from kg.pipeline import Pipeline

    pipeline = Pipeline.load(DICTIONARIES, cache_dir=None)
    run = pipeline.run([SEEDS])
    return merge(run.results, pipeline.recognizer.lexicon.entities)


def make_tiny_graph() -> KnowledgeGraph:
    """Two documents, five entities (one with markup in its name), three edges."""
    text1 = "英伟达推出H20芯片。美国商务部限制H20出口。"
    text2 = "黄仁勋是英伟达CEO。<script>alert(1)</script>公司\"引号\"被提及。"
    ents = {
        "nvidia": Entity("nvidia", "ORG", "英伟达", "Nvidia", ("NVIDIA", "辉达"), "Q182477", {"country": "usa"}),
        "h20": Entity("h20", "PRODUCT", "H20", "H20", (), None, {"made_by": "nvidia"}),
        "us_commerce": Entity("us_commerce", "AGENCY", "美国商务部", "US Department of Commerce", ("商务部",)),
        "jensen_huang": Entity("jensen_huang", "PERSON", "黄仁勋", "Jensen Huang", ("黃仁勳",), None,
                               {"works_for": "nvidia", "role": "CEO"}),
        "evil": Entity("evil", "ORG", "<script>alert(1)</script>公司", "\"quoted\" & <b>", (), None, {}, (), True),
    }
    d1, d2 = plain_document("a.txt", text1, "2025-01-13"), plain_document("b.txt", text2)
    s1, s2 = text1.index("美国"), text1.index("。", text1.index("美国")) + 1
    r1 = DocumentResult(d1, (
        Mention(0, 3, "英伟达", "ORG", "nvidia", "dict"),
        Mention(5, 8, "H20", "PRODUCT", "h20", "dict"),
        Mention(11, 16, "美国商务部", "AGENCY", "us_commerce", "dict"),
        Mention(18, 21, "H20", "PRODUCT", "h20", "dict"),
    ), (
        Relation("h20", "made_by", "nvidia", Evidence("a.txt", 0, 11, text1[0:11], "made_by.launch", "2025-01-13")),
        Relation("us_commerce", "restricts", "h20", Evidence("a.txt", s1, s2, text1[s1:s2], "restricts.limit", "2025-01-13")),
    ), {k: ents[k] for k in ("nvidia", "h20", "us_commerce")})
    r2 = DocumentResult(d2, (
        Mention(0, 3, "黄仁勋", "PERSON", "jensen_huang", "dict"),
        Mention(4, 7, "英伟达", "ORG", "nvidia", "dict"),
        Mention(12, 39, "<script>alert(1)</script>公司", "ORG", "evil", "pattern:test"),
    ), (
        Relation("jensen_huang", "works_for", "nvidia", Evidence("b.txt", 0, 11, text2[0:11], "works_for.title"), role="CEO"),
        Relation("evil", "opposes", "nvidia", Evidence("b.txt", 11, len(text2), text2[11:], "opposes.say"),
                 polarity="negative"),
    ), {k: ents[k] for k in ("jensen_huang", "nvidia", "evil")})
    return merge([r1, r2], ents)


def crowded_edge_graph(sentences: int, repeated: int = 3) -> KnowledgeGraph:
    """Two entities and one edge stated by ``sentences`` evidence sentences, one per
    article; the first ``repeated`` articles all carry the same (syndicated) sentence."""
    from kg.graph import DocumentInfo, EdgeInfo, NodeInfo
    import networkx as nx

    docs = [DocumentInfo(f"n{i:05d}.txt", f"新闻{i}", "2025-02-03", ("nvidia", "us_commerce"), 2, 1)
            for i in range(sentences)]
    evidence = tuple(Evidence(d.name, 0, 20, "美国商务部再次限制英伟达芯片出口。" if i < repeated
                              else f"美国商务部第{i}次限制英伟达芯片出口。", "restricts.limit", d.date)
                     for i, d in enumerate(docs))
    g = nx.MultiDiGraph()
    names = tuple(d.name for d in docs)
    g.add_node("nvidia", info=NodeInfo(Entity("nvidia", "ORG", "英伟达", "Nvidia"), sentences, names))
    g.add_node("us_commerce", info=NodeInfo(Entity("us_commerce", "AGENCY", "美国商务部"), sentences, names))
    g.add_edge("us_commerce", "nvidia", key=("restricts", "positive", "asserted"), info=EdgeInfo(
        "us_commerce", "restricts", "nvidia", "positive", "asserted", None, evidence, False))
    return KnowledgeGraph(g, docs)
