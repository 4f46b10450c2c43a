"""Hostile inputs and failures: one clear line each, never a traceback, nothing lost."""
from __future__ import annotations

import contextlib
import os
import subprocess
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import DICTIONARIES, SEEDS
from kg.cli import cli

# Outputs, queries and failures ---------------------------------------------------
# Where the graph files go (kg/export write_outputs), kg view's rebuilds, kg query's limits.

from kg.errors import OutputError, QueryError  # noqa: E402
from kg.export import EXPORTERS, MANIFEST_NAME, SNAPSHOT_NAME, STORE_NAME, output_lock, write_outputs  # noqa: E402
from kg.export.snapshot import read_snapshot  # noqa: E402
from kg.query import run_query  # noqa: E402
from kg.view import subgraph_for_view  # noqa: E402

# Written for these tests: one article the dictionaries know, one about cooking.
EXPORT_ARTICLE = "美国商务部宣布限制英伟达H20芯片对华出口。英伟达CEO黄仁勋对此表示遗憾。\n"
OFF_DOMAIN = "红烧肉的做法:五花肉切块,冷水下锅焯水,加冰糖炒出糖色,再加酱油和清水小火炖一小时。\n"


def run_kg(*args) -> "CliRunner.invoke":
    return CliRunner().invoke(cli, [str(a) for a in args])


def only_error(result) -> str:
    """The one line a failed command printed (and assert it is one ``Error:`` line)."""
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    return lines[0]


@pytest.fixture
def no_input_read(monkeypatch):
    """Fail the test if the pipeline loads: the output check must come first."""
    def refuse(*args, **kwargs):
        raise AssertionError("the pipeline started before the output location was checked")

    monkeypatch.setattr("kg.pipeline.Pipeline.load", refuse)


@contextlib.contextmanager
def read_only(folder: Path):
    """Make ``folder`` unwritable, for root too (chattr +i) where chmod would not stop it."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("running as root without chattr +i: cannot make a folder read-only")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "chips.txt").write_text(EXPORT_ARTICLE, encoding="utf-8")
    return folder


def test_output_path_that_is_a_file_fails_before_reading(tmp_path, no_input_read):
    target = tmp_path / "out"
    target.write_text("not a folder", encoding="utf-8")
    line = only_error(run_kg("build", SEEDS, "-o", target, "-q"))
    assert line == f"Error: {target} is a file, not a folder; give -o a folder for the graph files"
    assert target.read_text(encoding="utf-8") == "not a folder"


def test_output_under_a_file_fails_before_reading(tmp_path, no_input_read):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    line = only_error(run_kg("build", SEEDS, "-o", tmp_path / "file" / "out", "-q"))
    assert line.startswith("Error: cannot create ") and "a file stands in its path" in line


def test_read_only_output_folder_fails_before_reading(tmp_path, no_input_read):
    out = tmp_path / "out"
    out.mkdir()
    with read_only(out):
        line = only_error(run_kg("build", SEEDS, "-o", out, "-q"))
    assert line.startswith(f"Error: cannot write the graph files to {out}/: the folder itself, {out}/, is not writable")


def test_unwritable_parent_fails_before_reading(tmp_path, no_input_read):
    parent = tmp_path / "reports"
    parent.mkdir()
    with read_only(parent):
        line = only_error(run_kg("build", SEEDS, "-o", parent / "out", "-q"))
    assert line.startswith(f"Error: cannot write the graph files to {parent / 'out'}/: the folder that holds it")


def test_view_into_a_read_only_folder_fails_before_reading(tmp_path, tiny_graph, monkeypatch):
    write_outputs(tiny_graph, tmp_path / "output", ["json"], inputs=[tmp_path / "corpus"])
    report = tmp_path / "report"
    report.mkdir()
    monkeypatch.setattr("kg.view.read_snapshot", lambda path: pytest.fail("read the graph before checking -o"))
    with read_only(report):
        line = only_error(run_kg("view", "--no-open", "--graph-dir", tmp_path / "output", "-o", report / "v.html"))
    assert line.startswith(f"Error: cannot write {report / 'v.html'}: its folder is not writable")


def test_unknown_format_fails_before_reading(tmp_path, no_input_read):
    from kg.pipeline import build

    with pytest.raises(OutputError, match="unknown format"):
        build([SEEDS], tmp_path / "out", formats=["turtle", "pdf"])


def test_a_folder_with_the_users_files_is_not_replaced(tmp_path, no_input_read):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.md").write_text("mine", encoding="utf-8")
    line = only_error(run_kg("build", SEEDS, "-o", out, "-q"))
    assert line == (f"Error: {out}/ holds files kg did not write (notes.md); kg replaces its output folder "
                    "as a whole, so move them or choose another folder with -o")
    assert (out / "notes.md").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("text", [OFF_DOMAIN, "《" * 200000], ids=["off-domain", "200k-brackets"])
def test_nothing_found_is_an_empty_graph_not_an_error(tmp_path, text):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = run_kg("build", tmp_path / "a.txt", "-o", out, "-q")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "Warning: nothing was found in the 1 document(s) read; the graph is empty" in result.output
    assert sorted(p.name for p in out.iterdir()) == sorted([MANIFEST_NAME, *(f for f, _ in EXPORTERS.values())])
    assert len(read_snapshot(out / SNAPSHOT_NAME)) == 0
    assert run_query(out / "graph.ttl", "ASK { ?e a kg:Org }").boolean is False


def test_view_with_a_min_degree_no_entity_reaches(tmp_path, tiny_graph):
    write_outputs(tiny_graph, tmp_path / "output", ["json"], inputs=[tmp_path / "corpus"])
    result = run_kg("view", "--no-open", "--graph-dir", tmp_path / "output", "--min-degree", "1000")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"0 entities, 0 relations → {tmp_path / 'output' / 'graph.html'}",
        "Warning: the view is empty: the graph has no entities that pass --focus/--min-degree"]


def test_a_page_kg_view_wrote_into_the_folder_is_not_the_users(tmp_path, tiny_graph):
    out = tmp_path / "out"
    write_outputs(tiny_graph, out, inputs=[tmp_path / "corpus"])
    page = run_kg("view", "--no-open", "--graph-dir", out, "--focus", "nvidia", "-o", out / "nvidia.html")
    assert page.exit_code == 0, page.output
    write_outputs(tiny_graph, out, inputs=[tmp_path / "corpus"])  # the next build replaces it with the set
    assert not (out / "nvidia.html").exists()


def test_a_failed_write_keeps_the_previous_set(tmp_path, tiny_graph, monkeypatch):
    out = tmp_path / "out"
    write_outputs(tiny_graph, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def disk_full(graph, path, base):
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(EXPORTERS, "html", (EXPORTERS["html"][0], disk_full))
    with pytest.raises(OutputError, match=r"\(No space left on device\); the previous files are unchanged"):
        write_outputs(subgraph_for_view(tiny_graph, focus="nvidia", hops=0), out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"], "no temporary left behind"


def test_stale_temporaries_are_removed(tmp_path, tiny_graph):
    out = tmp_path / "out"
    write_outputs(tiny_graph, out)
    (out / ".graph.ttl.k1ll3d.tmp").write_text("half a graph", encoding="utf-8")  # a killed atomic write
    (tmp_path / ".out.a1b2c3.tmp").mkdir()  # a killed build's staging folder
    (tmp_path / ".out.a1b2c3.tmp" / "graph.ttl").write_text("half", encoding="utf-8")
    (tmp_path / ".other.d4e5f6.tmp").mkdir()  # another folder's: not ours to remove
    write_outputs(tiny_graph, out)
    assert not (out / ".graph.ttl.k1ll3d.tmp").exists()
    assert not (tmp_path / ".out.a1b2c3.tmp").exists()
    assert (tmp_path / ".other.d4e5f6.tmp").is_dir()


def test_hidden_files_are_kept_and_old_outputs_go(tmp_path, tiny_graph):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".gitkeep").write_text("", encoding="utf-8")
    write_outputs(tiny_graph, out)
    write_outputs(tiny_graph, out, ["json"])
    assert sorted(p.name for p in out.iterdir()) == [".gitkeep", MANIFEST_NAME, SNAPSHOT_NAME]


def test_concurrent_writers_queue_and_never_mix(tmp_path, tiny_graph, monkeypatch):
    out = tmp_path / "out"
    small = subgraph_for_view(tiny_graph, focus="nvidia", hops=0)
    first_inside, release_first = threading.Event(), threading.Event()
    _, write_json = EXPORTERS["json"]

    def held_json(graph, path, base):  # the first writer stops halfway through its set
        if len(graph) == len(tiny_graph):
            first_inside.set()
            assert release_first.wait(10)
        write_json(graph, path, base)

    monkeypatch.setitem(EXPORTERS, "json", (EXPORTERS["json"][0], held_json))
    first = threading.Thread(target=write_outputs, args=(tiny_graph, out))
    first.start()
    assert first_inside.wait(10)
    second_done = threading.Event()
    second = threading.Thread(target=lambda: (write_outputs(small, out), second_done.set()))
    second.start()
    assert not second_done.wait(0.5), "the second writer went ahead while the first held the folder"
    release_first.set()
    first.join(10)
    second.join(10)
    assert second_done.is_set()
    # Every file is the second writer's: one entity everywhere.
    assert len(read_snapshot(out / SNAPSHOT_NAME)) == 1
    ids = run_query(out / "graph.ttl", "SELECT ?id WHERE { ?e kg:entityId ?id }", timeout=None).rows
    assert [str(row[0]) for row in ids] == ["nvidia"]
    assert (out / "graph.graphml").read_text(encoding="utf-8").count("<node ") == 1


def test_two_build_processes_into_one_folder_leave_one_builds_files(tmp_path):
    import json
    import sys

    corpora = {}
    for name, articles in (("one", 1), ("two", 2)):
        corpora[name] = tmp_path / name
        corpora[name].mkdir()
        for i in range(articles):
            (corpora[name] / f"{name}{i}.txt").write_text(EXPORT_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    builds = [subprocess.Popen([sys.executable, "-m", "kg", "build", "-q", str(folder), "-o", str(out),
                                "-d", str(DICTIONARIES)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
              for folder in corpora.values()]
    for build in builds:
        output = build.communicate(timeout=600)[0].decode()
        assert build.returncode == 0 and "Traceback" not in output, output
    winner = Path(json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))["inputs"][0])
    documents = sorted(p.name for p in winner.iterdir())
    assert sorted(d.name for d in read_snapshot(out / SNAPSHOT_NAME).documents) == documents
    names = run_query(out / "graph.ttl", "SELECT ?n WHERE { ?d a schema:NewsArticle ; schema:identifier ?n }").rows
    assert sorted(str(row[0]) for row in names) == documents
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "one", "out", "two"]


def test_a_queued_writer_says_it_waits(tmp_path, tiny_graph, monkeypatch, capsys):
    monkeypatch.setattr("kg.export._LOCK_WAIT_SECONDS", 0.3)
    out = tmp_path / "out"
    with output_lock(out), pytest.raises(OutputError):
        write_outputs(tiny_graph, out, show_progress=True)
    assert capsys.readouterr().err == f"Waiting for another kg process to finish writing {out}/ …\n"


def test_a_writer_that_holds_the_folder_too_long_is_one_line(tmp_path, tiny_graph, monkeypatch):
    monkeypatch.setattr("kg.export._LOCK_WAIT_SECONDS", 0.3)
    out = tmp_path / "out"
    with output_lock(out):
        with pytest.raises(OutputError) as info:
            write_outputs(tiny_graph, out)
    assert str(info.value) == (f"another kg process has been writing {out}/ for 0.3 s; wait for it or "
                               "choose another folder with -o")


def test_view_without_paths_keeps_the_users_corpus(tmp_path, corpus, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run_kg("build", corpus, "-d", DICTIONARIES, "-q").exit_code == 0
    seeds = tmp_path / "seeds"  # newer than the build, as after a checkout
    seeds.mkdir()
    (seeds / "other.txt").write_text(OFF_DOMAIN, encoding="utf-8")
    result = run_kg("view", "--no-open")
    assert result.exit_code == 0, result.output
    assert [d.name for d in read_snapshot(tmp_path / "output" / SNAPSHOT_NAME).documents] == ["chips.txt"]
    assert "Rebuilt" not in result.output
    # A new article in the user's corpus: rebuilt, from the corpus.
    (corpus / "more.txt").write_text(OFF_DOMAIN, encoding="utf-8")
    result = run_kg("view", "--no-open")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Rebuilt the graph in output/")
    assert sorted(d.name for d in read_snapshot(tmp_path / "output" / SNAPSHOT_NAME).documents) == [
        "chips.txt", "more.txt"]


def test_view_rebuilds_with_the_formats_and_base_it_was_built_with(tmp_path, corpus, monkeypatch):
    monkeypatch.chdir(tmp_path)
    base = "https://example.com/kg/"
    built = run_kg("build", corpus, "-d", DICTIONARIES, "-q", "--base", base, "--format", "turtle", "--format", "json")
    assert built.exit_code == 0, built.output
    (corpus / "more.txt").write_text(EXPORT_ARTICLE, encoding="utf-8")
    result = run_kg("view", "--no-open")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Rebuilt the graph in output/")
    assert f"@prefix ent: <{base}entity/>" in (tmp_path / "output" / "graph.ttl").read_text(encoding="utf-8")
    assert sorted(p.name for p in (tmp_path / "output").iterdir()) == [
        MANIFEST_NAME, "graph.html", SNAPSHOT_NAME, "graph.ttl"]


def test_view_of_other_paths_does_not_replace_the_graph(tmp_path, corpus, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run_kg("build", corpus, "-d", DICTIONARIES, "-q").exit_code == 0
    before = (tmp_path / "output" / SNAPSHOT_NAME).read_bytes()
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text(EXPORT_ARTICLE, encoding="utf-8")
    line = only_error(run_kg("view", "--no-open", other))
    assert line == (f"Error: output/ holds the graph of {corpus}, not of {other}; build that with "
                    "`kg build PATHS -o OTHER_DIR` and view it with `kg view --graph-dir OTHER_DIR`")
    assert (tmp_path / "output" / SNAPSHOT_NAME).read_bytes() == before


# kg query: limits and broken graph files ---------------------------------------

@pytest.fixture
def query_graph(tiny_graph, tmp_path) -> Path:
    write_outputs(tiny_graph, tmp_path / "out", ["turtle"])
    return tmp_path / "out" / "graph.ttl"


def test_query_timeout_stops_a_runaway_query(query_graph):
    runaway = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a ?f ?i ?l"
    with pytest.raises(QueryError) as info:
        run_query(query_graph, runaway, timeout=0.5)
    assert str(info.value) == ("the query ran longer than 0.5 s and was stopped; narrow it (a LIMIT, a more "
                               "specific pattern) or give a longer --timeout")


def test_query_memory_is_capped(query_graph, monkeypatch):
    monkeypatch.setattr("kg.query._memory_cap", lambda: 600 << 20)
    runaway = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a ?f ?i ?l"
    result = run_kg("query", runaway, "-g", query_graph)
    assert only_error(result) == ("Error: the query needed more than 0.6 GiB of memory and was stopped; narrow it "
                                  "(a LIMIT, a more specific pattern)")


def test_cli_query_timeout_is_one_line(query_graph):
    runaway = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a ?f ?i ?l"
    line = only_error(run_kg("query", runaway, "-g", query_graph, "--timeout", "0.5"))
    assert line.startswith("Error: the query ran longer than 0.5 s and was stopped")


def test_table_row_limit_says_how_many_were_left_out(query_graph):
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    total = len(run_query(query_graph, query).rows)
    result = CliRunner().invoke(cli, ["query", query, "-g", str(query_graph), "--max-rows", "3"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2 + 3
    assert result.stderr == (f"Warning: showed the first 3 of {total:,} rows; --max-rows 0 shows them all, "
                             "--format csv writes them all\n")
    every = CliRunner().invoke(cli, ["query", query, "-g", str(query_graph), "--max-rows", "3", "--format", "csv"])
    assert len(every.stdout_bytes.splitlines()) == 1 + total, "csv gives every row"


def test_query_on_the_html_view_is_one_line(query_graph, tiny_graph):
    write_outputs(tiny_graph, query_graph.parent, ["html"])
    line = only_error(run_kg("query", "ASK {}", "-g", query_graph.parent / "graph.html"))
    assert line == (f"Error: {query_graph.parent / 'graph.html'}: not an RDF graph (kg query reads .ttl, .nt, "
                    ".jsonld or .rdf); give the graph.ttl that `kg build` wrote")


def test_query_on_a_truncated_turtle_file_is_one_line(query_graph, tmp_path):
    text = query_graph.read_text(encoding="utf-8")
    cut = tmp_path / "cut.ttl"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    line = only_error(run_kg("query", "ASK {}", "-g", cut))
    assert line.startswith(f"Error: {cut}: not a valid Turtle graph (at line ")
    assert line.endswith("); rebuild it with `kg build`")


def test_query_prefers_a_current_store_to_the_turtle(query_graph):
    import pyoxigraph

    store = pyoxigraph.Store(str(query_graph.parent / STORE_NAME))
    store.add(pyoxigraph.Quad(pyoxigraph.NamedNode("https://kg.example.org/entity/only_in_store"),
                              pyoxigraph.NamedNode("https://kg.example.org/ns#entityId"),
                              pyoxigraph.Literal("only_in_store")))
    store.flush()
    del store
    ids = "SELECT ?id WHERE { ?e kg:entityId ?id } ORDER BY ?id"
    assert [str(r[0]) for r in run_query(query_graph, ids).rows] == ["only_in_store"]
    os.utime(query_graph)  # the Turtle is newer now: the store is stale
    assert [str(r[0]) for r in run_query(query_graph, ids).rows] == [
        "evil", "h20", "jensen_huang", "nvidia", "us_commerce"]


def test_an_output_folder_that_cannot_be_renamed_gets_its_files_replaced(tmp_path, tiny_graph, monkeypatch):
    import errno

    out = tmp_path / "out"
    write_outputs(tiny_graph, out)
    (out / STORE_NAME).mkdir()  # an old store folder, which rename() cannot replace
    (out / STORE_NAME / "old.sst").write_text("old", encoding="utf-8")
    rename = os.rename

    def mount_point(src, dst):  # a container volume: the folder itself cannot move
        if Path(src) == out:
            raise OSError(errno.EBUSY, "Device or resource busy")
        rename(src, dst)

    monkeypatch.setattr("kg.export.os.rename", mount_point)
    write_outputs(subgraph_for_view(tiny_graph, focus="nvidia", hops=0), out, ["json", "turtle"])
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST_NAME, SNAPSHOT_NAME, "graph.ttl"]
    assert len(read_snapshot(out / SNAPSHOT_NAME)) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_store_written_by_the_same_build_is_used_whatever_the_order(query_graph, tiny_graph, monkeypatch):
    import pyoxigraph

    def write_store(graph, path, base):  # stands in for the store exporter, written before the Turtle
        store = pyoxigraph.Store(str(path))
        store.add(pyoxigraph.Quad(pyoxigraph.NamedNode("https://kg.example.org/entity/from_store"),
                                  pyoxigraph.NamedNode("https://kg.example.org/ns#entityId"),
                                  pyoxigraph.Literal("from_store")))
        store.flush()

    monkeypatch.setattr("kg.export.EXPORTERS", {"store": (STORE_NAME, write_store), **EXPORTERS})
    write_outputs(tiny_graph, query_graph.parent, ["store", "turtle"])
    ids = "SELECT ?id WHERE { ?e kg:entityId ?id }"
    assert [str(r[0]) for r in run_query(query_graph, ids).rows] == ["from_store"]
    query_graph.write_text(query_graph.read_text(encoding="utf-8"), encoding="utf-8")  # edited after the build
    assert "from_store" not in [str(r[0]) for r in run_query(query_graph, ids).rows]


def test_a_symlinked_output_folder_keeps_its_link(tmp_path, tiny_graph, monkeypatch):
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "out"
    link.symlink_to(real, target_is_directory=True)
    write_outputs(tiny_graph, link, ["json"])
    assert link.is_symlink() and (real / SNAPSHOT_NAME).is_file()
    monkeypatch.setattr("kg.export._LOCK_WAIT_SECONDS", 0.3)
    with output_lock(link), pytest.raises(OutputError):  # the link and its target share one lock
        write_outputs(tiny_graph, real, ["json"])
