"""The public Python API: what `import kg` offers a notebook."""
from __future__ import annotations

import ast
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

import kg
from conftest import SEEDS

ARTICLE = SEEDS / "001_80002ca144e437f9.txt"


def test_every_public_name_resolves_and_is_listed():
    assert kg.__version__ == version("kg")
    for name in kg.__all__:
        assert getattr(kg, name) is not None, name
    assert set(kg.__all__) <= set(dir(kg))
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        kg.nothing  # noqa: B018


def test_the_type_stub_declares_every_public_name_where_it_is_defined():
    stub = ast.parse((Path(kg.__file__).parent / "__init__.pyi").read_text(encoding="utf-8"))
    declared = {alias.asname: node.module for node in stub.body if isinstance(node, ast.ImportFrom)
                for alias in node.names}
    assert declared == kg._EXPORTS, "kg/__init__.pyi and kg._EXPORTS name the same things, from the same modules"


def test_import_kg_loads_no_stage_until_asked():
    code = "import sys, kg; print(sorted(m for m in sys.modules if m.startswith('kg.')))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_build_takes_plain_strings_and_reports_what_it_wrote(tmp_path):
    result = kg.build([str(ARTICLE)], out=str(tmp_path / "out"), formats=["turtle"])
    assert isinstance(result, kg.BuildResult) and isinstance(result.graph, kg.KnowledgeGraph)
    assert result.n_entities == len(result.graph) > 0
    assert [p.name for p in result.written] == ["graph.ttl"] and result.problems == ()


def test_extract_streams_results_and_returns_its_problems(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_bytes(ARTICLE.read_bytes())
    extraction = kg.extract([tmp_path])
    assert extraction.problems == (), "nothing is read before iterating"
    results = list(extraction)
    assert [r.document.name for r in results] == ["good.txt"]
    assert all(isinstance(m, kg.Mention) for m in results[0].mentions)
    assert len(extraction.problems) == 1 and "empty.txt: the file is empty" in extraction.problems[0]


def test_errors_the_user_can_fix_are_kg_errors(tmp_path):
    extraction = kg.extract([tmp_path / "missing.txt", ARTICLE])
    assert [r.document.name for r in extraction] == [ARTICLE.name]
    assert len(extraction.problems) == 1 and "missing.txt" in extraction.problems[0]
    with pytest.raises(kg.NothingReadError, match="nothing could be read"):
        kg.build([tmp_path / "missing.txt"], out=tmp_path / "out")
    with pytest.raises(kg.KgError, match="dictionaries folder not found"):
        kg.build([ARTICLE], out=tmp_path, dictionaries=tmp_path / "none")


def test_load_without_a_cache_dir_writes_no_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    pipeline = kg.Pipeline.load()
    assert pipeline.recognizer.lexicon.entities
    assert not any(tmp_path.rglob("*.pickle"))
    kg.Pipeline.load(cache_dir=tmp_path / "here")
    assert len(list((tmp_path / "here").glob("*.pickle"))) == 1


def test_the_cache_keeps_the_most_recently_used_values_of_a_name(tmp_path):
    """Every dictionary or code edit makes a new recognizer key: without a bound the folder would
    grow by a pickle per edit forever."""
    import os

    from kg.cache import CACHED_PER_NAME, cached

    for n in range(CACHED_PER_NAME + 3):
        assert cached(tmp_path, "thing", f"key{n:02d}", lambda n=n: n) == n
        os.utime(tmp_path / f"thing-key{n:02d}.pickle", ns=(n * 10**9, n * 10**9))  # one a second, in order
    assert cached(tmp_path, "thing", "key01", lambda: "rebuilt") == "rebuilt", "among the oldest: removed"
    assert cached(tmp_path, "thing", "key03", lambda: "rebuilt") == "rebuilt", "the oldest when key01 came back"
    assert cached(tmp_path, "thing", "key10", lambda: "rebuilt") == 10, "a hit is not rebuilt"
    kept = {p.name for p in tmp_path.glob("thing-*.pickle")}
    assert len(kept) == CACHED_PER_NAME and {"thing-key01.pickle", "thing-key03.pickle", "thing-key10.pickle"} <= kept
    cached(tmp_path, "other", "key", lambda: 0)
    assert len(list(tmp_path.glob("thing-*.pickle"))) == CACHED_PER_NAME, "each name has its own bound"


def test_to_pyvis_draws_every_entity_and_relation(tiny_graph):
    net = kg.to_pyvis(tiny_graph, notebook=False)
    assert {n["id"] for n in net.nodes} == set(tiny_graph.graph.nodes)
    labels = {(e["from"], e["to"]): e["label"] for e in net.edges}
    assert labels[("h20", "nvidia")] == "制造商"
    assert labels[("evil", "nvidia")] == "not 反对", "a negated claim says so"


def test_to_pyvis_without_pyvis_says_how_to_install(tiny_graph, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyvis.network", None)
    with pytest.raises(kg.KgError, match=r"pip install 'kg\[notebook\]'"):
        kg.to_pyvis(tiny_graph)


def test_the_cache_key_covers_every_module_the_cached_build_depends_on(monkeypatch):
    from pathlib import Path

    from kg.cache import code_digest

    read = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or original(self))
    digest = code_digest()
    assert {"datafile.py", "model.py", "lexicon.py", "normalize.py", "matcher.py"} <= set(read)
    monkeypatch.setattr(Path, "read_bytes", lambda self: original(self) + (b"#" if self.name == "model.py" else b""))
    assert code_digest() != digest, "an edit to model.py invalidates the cache"
