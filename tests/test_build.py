"""The build at scale: engines and jobs give the same bytes, and the per-document cache."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conftest import DICTIONARIES, SEEDS
from kg.cli import cli
from kg.errors import KgError
from kg.export import MANIFEST_NAME, STORE_NAME
from kg.pipeline import build

# Written for these tests: two short articles, one naming a company no dictionary knows yet.
ARTICLES = {
    "x1_chips.txt": "2025年3月2日\n英伟达推出H20芯片。美国商务部宣布限制H20芯片出口。\n",
    "x2_startup.txt": "2025年4月9日\n蓝芯微电子今天发布了新一代推理芯片，称其性能接近英伟达H20。\n",
}
NEW_ENTITY = "\n  - id: test_lanxin\n    type: ORG\n    name: 蓝芯微电子\n    name_en: Lanxin Micro\n"


@pytest.fixture
def corpus(tmp_path) -> Path:
    """The seeds, a copy of each under another name, and the articles above."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        for copy in ("", "copy_"):
            shutil.copy(seed, folder / f"{copy}{seed.name}")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))


def _outputs(folder: Path) -> dict[str, bytes]:
    """Every graph file's bytes, and the store's triples as sorted N-Triples (its files are not byte-stable).

    The build's own record (the inputs as given: a path or a file:// URL) is left out.
    """
    files = {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and p.name != MANIFEST_NAME}
    store = ox.Store.read_only(str(folder / STORE_NAME))
    lines = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).splitlines()
    files[STORE_NAME] = b"\n".join(sorted(lines))
    return files


def test_jobs_and_the_dask_engine_write_the_same_bytes(corpus, tmp_path):
    one = build([corpus], tmp_path / "one", DICTIONARIES, jobs=1, use_cache=False)
    two = build([corpus], tmp_path / "two", DICTIONARIES, jobs=2, use_cache=False)
    # An fsspec URL, as for s3:// or hdfs://: the workers read the files themselves.
    dask = build([f"file://{corpus}"], tmp_path / "dask", DICTIONARIES, engine="dask")
    assert one.extracted == two.extracted == dask.extracted == 12
    reference = _outputs(tmp_path / "one")
    assert {"graph.ttl", "graph.nt", "graph.jsonld", "graph.json", "graph.html", STORE_NAME} <= set(reference)
    assert _outputs(tmp_path / "two") == reference
    assert _outputs(tmp_path / "dask") == reference


def test_a_rebuild_with_nothing_changed_extracts_nothing(corpus, tmp_path):
    cold = build([corpus], tmp_path / "cold", DICTIONARIES, jobs=2, formats=["json"])
    warm = build([corpus], tmp_path / "warm", DICTIONARIES, jobs=2, formats=["json"])
    assert (cold.extracted, cold.reused) == (12, 0)
    assert (warm.extracted, warm.reused) == (0, 12)
    assert (tmp_path / "warm" / "graph.json").read_bytes() == (tmp_path / "cold" / "graph.json").read_bytes()


def test_a_build_into_up_to_date_outputs_writes_nothing(corpus, tmp_path):
    out = tmp_path / "out"
    first = build([corpus], out, DICTIONARIES, jobs=1)
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    again = build([corpus], out, DICTIONARIES, jobs=1)
    assert again.up_to_date and (again.extracted, again.written) == (0, ())
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before
    assert (again.n_entities, again.n_relations, again.n_documents) == (
        first.n_entities, first.n_relations, first.n_documents)
    assert sorted(again.graph.graph.nodes) == sorted(first.graph.graph.nodes)
    (out / "graph.html").unlink()
    assert not build([corpus], out, DICTIONARIES, jobs=1).up_to_date, "an output went missing"
    assert not build([corpus], out, DICTIONARIES, jobs=1, base="https://example.com/kg/").up_to_date
    assert not build([corpus], out, DICTIONARIES, jobs=1, formats=["json", "turtle"]).up_to_date


def test_only_a_changed_file_is_extracted_again(corpus, tmp_path):
    build([corpus], tmp_path / "out", DICTIONARIES, jobs=1, formats=["json"])
    article = corpus / "x1_chips.txt"
    article.write_text(article.read_text(encoding="utf-8") + "英伟达首席执行官黄仁勋表示反对。\n", encoding="utf-8")
    again = build([corpus], tmp_path / "out", DICTIONARIES, jobs=1, formats=["json"])
    assert (again.extracted, again.reused) == (1, 11)
    assert "jensen_huang" in again.graph.graph


def test_a_renamed_copy_is_not_taken_for_the_original(corpus, tmp_path):
    build([corpus], tmp_path / "out", DICTIONARIES, jobs=1, formats=["json"])
    (corpus / "x1_chips.txt").rename(corpus / "x1_renamed.txt")
    again = build([corpus], tmp_path / "out", DICTIONARIES, jobs=1, formats=["json"])
    assert (again.extracted, again.reused) == (1, 11)
    assert "x1_renamed.txt" in {d.name for d in again.graph.documents}


def test_a_dictionary_edit_is_never_answered_from_the_cache(corpus, tmp_path):
    dictionaries = tmp_path / "dictionaries"
    shutil.copytree(DICTIONARIES, dictionaries)
    before = build([corpus], tmp_path / "out", dictionaries, jobs=1, formats=["json"])
    assert "test_lanxin" not in before.graph.graph
    with (dictionaries / "entities" / "organizations.yaml").open("a", encoding="utf-8") as handle:
        handle.write(NEW_ENTITY)
    after = build([corpus], tmp_path / "out", dictionaries, jobs=1, formats=["json"])
    assert (after.extracted, after.reused) == (12, 0)
    assert "test_lanxin" in after.graph.graph


def test_no_cache_extracts_everything(corpus, tmp_path):
    build([corpus], tmp_path / "out", DICTIONARIES, jobs=1, formats=["json"])
    again = build([corpus], tmp_path / "out", DICTIONARIES, jobs=1, use_cache=False, formats=["json"])
    assert (again.extracted, again.reused) == (12, 0)


def test_an_unusable_cache_folder_only_costs_the_cache(corpus, tmp_path, monkeypatch):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker))
    result = build([corpus], tmp_path / "out", DICTIONARIES, jobs=1, formats=["json"])
    assert result.extracted == 12


def test_cli_build_options(corpus, tmp_path):
    runner = CliRunner()
    args = ["build", str(corpus), "-o", str(tmp_path / "out"), "-q", "--format", "json"]
    first = runner.invoke(cli, [*args, "--jobs", "2"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(cli, [*args, "-j", "1"])
    assert "up to date: nothing changed since the last build" in second.output
    (corpus / "x1_chips.txt").write_text("英伟达发布新芯片。\n", encoding="utf-8")
    third = runner.invoke(cli, [*args, "-j", "1"])
    assert "(11 unchanged, from the cache)" in third.output
    misuse = runner.invoke(cli, [*args, "--scheduler", "tcp://127.0.0.1:1"])
    assert misuse.exit_code == 2 and "--scheduler needs --engine dask" in misuse.output
    zero = runner.invoke(cli, [*args, "--jobs", "0"])
    assert zero.exit_code == 2 and "Traceback" not in zero.output


def test_forked_workers_extract_with_the_parents_pipeline(corpus, monkeypatch):
    import multiprocessing

    from kg.engines.local import local_summaries
    from kg.ingest import find_inputs
    from kg.pipeline import Pipeline

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("workers inherit the pipeline only when they fork")
    pipeline = Pipeline.load(DICTIONARIES)
    files = find_inputs([corpus]).files
    alone = list(local_summaries(pipeline, files, [], [], dictionaries=DICTIONARIES, cache_dir=None))

    # The forked workers inherit this too: a pipeline they loaded could not extract anything (and
    # failing in the pool's initializer instead would make the pool start workers forever).
    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, *args, **kwargs: "a pipeline of its own"))
    problems: list[str] = []
    pooled = local_summaries(pipeline, files, problems, [], dictionaries=DICTIONARIES, cache_dir=None, jobs=2)
    assert list(pooled) == alone and len(alone) == len(files) and problems == []


@pytest.mark.parametrize("start_method", ["spawn", "forkserver"])
def test_a_worker_that_cannot_load_the_pipeline_stops_the_build_with_one_error(corpus, tmp_path, monkeypatch,
                                                                                 start_method):
    import multiprocessing
    import threading

    from kg.engines.local import local_summaries
    from kg.errors import KgError
    from kg.ingest import find_inputs
    from kg.pipeline import Pipeline

    # The parent's pipeline is fine; the workers, which load theirs, are given a broken rule file.
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "relations.yaml").write_text("relations: [unclosed\n", encoding="utf-8")
    context = multiprocessing.get_context(start_method)
    monkeypatch.setattr(multiprocessing, "get_context", lambda method=None: context)
    pipeline = Pipeline.load(DICTIONARIES)
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            list(local_summaries(pipeline, find_inputs([corpus]).files, [], [], dictionaries=broken,
                                 cache_dir=None, jobs=2))
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)  # before the fix the pool restarted workers forever
    thread.start()
    thread.join(120)
    assert outcome, "the build hung on workers that could not start"
    error = outcome[0]
    assert isinstance(error, KgError), error
    assert str(error).startswith("a worker process could not load the dictionaries and rules: ")
    assert "relations.yaml" in str(error)


def _sorted_ntriples(path: Path, fmt: ox.RdfFormat) -> list[str]:
    return sorted(ox.serialize(ox.parse(path=str(path), format=fmt), format=ox.RdfFormat.N_TRIPLES)
                  .decode("utf-8").splitlines())


def test_a_build_writes_the_triples_of_the_graph_it_folds_in_every_rdf_form(corpus, tmp_path):
    from kg.export.rdf import write_rdf
    from kg.graph import merge
    from kg.pipeline import Pipeline

    out = tmp_path / "out"
    result = build([corpus], out, DICTIONARIES, jobs=1, use_cache=False)
    pipeline = Pipeline.load(DICTIONARIES)
    in_memory = merge(pipeline.run([corpus]).results, pipeline.recognizer.lexicon.entities)
    write_rdf(in_memory, {"ntriples": tmp_path / "memory.nt"})
    expected = sorted((tmp_path / "memory.nt").read_text(encoding="utf-8").splitlines())
    assert len(expected) > 1000 and any("/evidence/" in line for line in expected)
    assert sorted((out / "graph.nt").read_text(encoding="utf-8").splitlines()) == expected
    assert _sorted_ntriples(out / "graph.ttl", ox.RdfFormat.TURTLE) == expected
    assert _sorted_ntriples(out / "graph.jsonld", ox.RdfFormat.JSON_LD) == expected
    assert _outputs(out)[STORE_NAME].decode("utf-8").splitlines() == expected
    # The graph the build returns is read back from graph.json, evidence and all.
    assert [(e, tuple(result.graph.evidence(e))) for e in result.graph.edges()] == \
           [(e, e.evidence) for e in in_memory.edges()]


def test_the_evidence_is_on_disk_while_the_graph_is_built_and_gone_after(corpus, tmp_path):
    out = tmp_path / "out"
    result = build([corpus], out, DICTIONARIES, jobs=1, formats=["graphml"])
    edges = result.graph.edges()
    assert all(edge.evidence == () for edge in edges)
    assert sum(edge.support for edge in edges) > 100
    stated = next(edge for edge in edges if edge.support)
    with pytest.raises(KgError, match="graph.json"):
        result.graph.evidence(stated)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == [".out.lock", "cache", "corpus", "out"], "a scratch folder is left"


def test_a_writer_leaves_the_scratch_folder_of_a_build_in_progress_alone(tmp_path):
    from kg.export import atomic_write, scratch_folder, write_outputs
    from kg.graph import merge

    out = tmp_path / "out"
    with scratch_folder(out) as scratch:
        atomic_write(scratch / "evidence.sqlite", b"in use")
        write_outputs(merge([]), out, ["json"])  # another build into the same folder cleans up first
        assert (scratch / "evidence.sqlite").read_bytes() == b"in use"
    assert not scratch.exists()
    killed = tmp_path / ".out.k1ll3d.tmp"  # what a build killed while reading leaves: no one holds it
    killed.mkdir()
    (killed / ".in-use").write_bytes(b"")
    write_outputs(merge([]), out, ["json"])
    assert not killed.exists()
