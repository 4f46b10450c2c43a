"""The HTML view, without a browser: escaping, determinism, cutting, snapshot, embedding.

The browser half (does the page work?) is tests/test_view_browser.py.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import make_seed_graph, make_tiny_graph, outputs_under_hash_seeds
from kg.cli import cli
from kg.errors import KgError
from kg.export import write_outputs
from kg.export.html import VIS_NETWORK_VERSION, layout_positions, render_html, view_payload, write_html
from kg.export.snapshot import read_snapshot, write_snapshot
from kg.graph import EdgeInfo, KnowledgeGraph
from kg.view import build_view, find_entity, load_graph, snapshot_is_stale, subgraph_for_view

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "kg" / "export" / "assets"
EVIL = "<script>alert(1)</script>公司"


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>/<style>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._open: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw:
            self._open = tag
            self.raw[tag].append("")

    def handle_endtag(self, tag):
        if tag == self._open:
            self._open = None

    def handle_data(self, data):
        if self._open:
            self.raw[self._open][-1] += data


def parse(text: str) -> _Tags:
    parser = _Tags()
    parser.feed(text)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def tiny_page(tiny_graph) -> str:
    return render_html(tiny_graph)


@pytest.fixture(scope="module")
def tiny_fragment(tiny_graph) -> str:
    return render_html(tiny_graph, embed=True, title="芯片 <出口管制> & \"报告\"")


# -- escaping --------------------------------------------------------------------

def test_markup_from_articles_is_only_escaped_json(tiny_page):
    page = parse(tiny_page)
    scripts = [attrs for tag, attrs in page.tags if tag == "script"]
    assert scripts == [{"type": "application/json", "data-kgv-data": None}, {}], \
        "exactly our data block and our one code block; an article added none"
    assert "<script>alert" not in tiny_page and "alert(1)</script>" not in tiny_page
    data_text, code = page.raw["script"]
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in data_text
    assert not re.search(r"[<>&]", data_text), "no raw <, > or & can close the block"
    data = json.loads(data_text)
    evil = next(n for n in data["nodes"] if n["id"] == "evil")
    assert (evil["label"], evil["en"]) == (EVIL, "\"quoted\" & <b>")
    assert evil["vis"]["title"].startswith(EVIL + "\n"), "tooltips are plain text, not HTML"
    assert "alert(1)" not in code, "data never reaches the code block"


def test_data_block_escapes_line_separators_and_comment_openers(tiny_graph):
    g = tiny_graph.graph.copy()
    info = g.nodes["h20"]["info"]
    nasty = "H20\u2028\u2029</SCRIPT ><!-- &amp; 芯片"
    g.nodes["h20"]["info"] = type(info)(replace(info.entity, name=nasty), info.mention_count, info.documents)
    page = render_html(KnowledgeGraph(g, tiny_graph.documents))
    data_text = parse(page).raw["script"][0]
    assert "\\u2028\\u2029\\u003c/SCRIPT \\u003e\\u003c!-- \\u0026amp; 芯片" in data_text, "UTF-8, but not these"
    assert next(n for n in json.loads(data_text)["nodes"] if n["id"] == "h20")["label"] == nasty


def test_full_page_is_utf8_offline_and_has_no_external_resources(tiny_page):
    page = parse(tiny_page)
    assert ("meta", {"charset": "utf-8"}) in page.tags
    assert not [(t, a) for t, a in page.tags if {"src", "href", "srcset", "action"} & set(a)]
    assert not [t for t, _ in page.tags if t in {"link", "img", "iframe", "object", "embed", "base"}]
    assert "sourceMappingURL" not in tiny_page
    assert "@import" not in "".join(page.raw["style"]) and "url(" not in "".join(page.raw["style"])


def test_write_html_writes_the_rendered_page(tiny_graph, tiny_page, tmp_path):
    path = write_html(tiny_graph, tmp_path / "out" / "graph.html")
    assert path == tmp_path / "out" / "graph.html"
    assert path.read_bytes() == tiny_page.encode("utf-8")
    assert [p.name for p in path.parent.iterdir()] == ["graph.html"], "no temporary file left behind"


def test_title_is_escaped_in_markup(tiny_graph):
    page = render_html(tiny_graph, title="<img src=x onerror=alert(2)> 芯片")
    assert "<img" not in page
    assert "&lt;img src=x onerror=alert(2)&gt; 芯片" in page
    fragment = render_html(tiny_graph, embed=True, title="<img src=x onerror=alert(2)> 芯片")
    assert "<img" not in fragment and "&lt;img src=x onerror=alert(2)&gt; &#33455;&#29255;" in fragment


def test_vendored_vis_network_keeps_license_and_version():
    lib = (ASSETS / "vis-network.min.js").read_text(encoding="utf-8")
    header = lib[:1200]
    assert f"@version {VIS_NETWORK_VERSION}" in header
    assert "dual licensed" in header and "The MIT License" in header and "Apache 2.0" in header
    assert (ASSETS / "vis-network.LICENSE-MIT").exists() and (ASSETS / "vis-network.LICENSE-APACHE-2.0").exists()
    assert not re.search(r"</script|<!--", lib, re.I), "safe to inline in a <script> element"


# -- what the page shows ---------------------------------------------------------

def test_payload_styles_nodes_by_type_and_edges_by_kind(tiny_graph):
    graph = _with_background_edge(tiny_graph)
    data = view_payload(graph)
    nodes = {n["id"]: n for n in data["nodes"]}
    edges = {e["id"]: e for e in data["edges"]}
    assert {n["id"]: n["vis"]["shape"] for n in data["nodes"]} == {
        "evil": "dot", "h20": "hexagon", "jensen_huang": "triangle", "nvidia": "dot", "us_commerce": "square"}
    assert nodes["nvidia"]["vis"]["color"]["background"] != nodes["us_commerce"]["vis"]["color"]["background"]
    assert nodes["nvidia"]["vis"]["size"] > nodes["us_commerce"]["vis"]["size"], "size grows with mentions"
    assert nodes["nvidia"]["vis"]["title"] == (
        "英伟达\nNvidia\nAlso: NVIDIA, 辉达\nOrganization 机构 · 2 mentions in 2 documents")
    stated = edges["us_commerce|restricts|h20|positive|asserted"]
    negated = edges["evil|opposes|nvidia|negative|asserted"]
    background = edges["us_commerce|part_of|nvidia|positive|asserted"]
    assert (stated["kind"], stated["vis"]["dashes"], stated["vis"]["label"]) == ("stated", False, "restricts")
    assert (negated["kind"], negated["vis"]["label"]) == ("negated", "not opposes")
    assert negated["vis"]["dashes"] and background["vis"]["dashes"] != negated["vis"]["dashes"]
    assert background["kind"] == "background" and background["evidence"] == []
    assert stated["evidence"] == [{"doc": "a.txt", "sentence": "美国商务部限制H20出口。",
                                   "rule": "restricts.limit", "date": "2025-01-13"}]
    assert data["options"]["physics"] is False
    assert [t["id"] for t in data["types"] if t["count"]] == ["ORG", "AGENCY", "PERSON", "PRODUCT"]
    assert [r["id"] for r in data["relations"]] == ["made_by", "works_for", "part_of", "restricts", "opposes"]
    assert data["documents"] == {"a.txt": {"title": "英伟达推出H20芯片。美国商务部限制H20出口。", "date": "2025-01-13"},
                                 "b.txt": {"title": "黄仁勋是英伟达CEO。" + EVIL + "\"引号\"被提及。", "date": None}}


def _with_background_edge(graph: KnowledgeGraph) -> KnowledgeGraph:
    g = graph.graph.copy()
    g.add_edge("us_commerce", "nvidia", key=("part_of", "positive", "asserted"), info=EdgeInfo(
        "us_commerce", "part_of", "nvidia", "positive", "asserted", None, (), True))
    return KnowledgeGraph(g, graph.documents)


@pytest.mark.parametrize("entity, form, why", [
    ("nvidia", "英伟达", "canonical name"),
    ("nvidia", "nvidia", "English name, lower-cased"),
    ("nvidia", "英偉達", "traditional script of the name"),
    ("nvidia", "輝達", "Taiwan name of the simplified alias 辉达"),
    ("jensen_huang", "黃仁勳", "traditional alias as given"),
    ("jensen_huang", "jensen huang", "English, lower-cased"),
    ("us_commerce", "美國商務部", "traditional script"),
    ("evil", EVIL.lower(), "markup is just text to search"),
])
def test_search_index_has_every_name_and_its_traditional_forms(tiny_graph, entity, form, why):
    nodes = {n["id"]: n for n in view_payload(tiny_graph)["nodes"]}
    assert form in nodes[entity]["search"], why


def test_layout_is_fixed_integer_pixels_and_leaves_room(tiny_graph):
    positions = layout_positions(tiny_graph)
    assert sorted(positions) == sorted(tiny_graph.graph.nodes)
    assert all(isinstance(v, int) for xy in positions.values() for v in xy)
    assert len(set(positions.values())) == len(positions), "no two entities on the same spot"
    assert layout_positions(tiny_graph) == positions


# -- determinism -----------------------------------------------------------------

def test_html_is_byte_identical_across_runs(tiny_graph, tmp_path):
    paths = [tmp_path / "a.html", tmp_path / "b.html"]
    for path in paths:
        write_html(tiny_graph, path)
    assert paths[0].read_bytes() == paths[1].read_bytes()


def write_views_for_hash_seed_check(out: Path) -> None:
    """What test_html_is_byte_identical_across_hash_seeds has a fresh process write for each hash seed."""
    for name, graph in (("tiny_graph", make_tiny_graph()), ("seed_graph", make_seed_graph())):
        write_html(graph, out / f"{name}.html")
        write_html(graph, out / f"{name}.embed.html", embed=True)
        write_snapshot(graph, out / f"{name}.json")


def test_html_is_byte_identical_across_hash_seeds(tmp_path):
    # Each subprocess builds the graphs from scratch: merge, layout and export all see the seed.
    outputs = outputs_under_hash_seeds("test_html:write_views_for_hash_seed_check", tmp_path)
    assert sorted(outputs[0]) == ["seed_graph.embed.html", "seed_graph.html", "seed_graph.json",
                                  "tiny_graph.embed.html", "tiny_graph.html", "tiny_graph.json"]
    assert outputs[0] == outputs[1]


# -- subgraph_for_view -----------------------------------------------------------

@pytest.mark.parametrize("focus, hops, min_degree, expected, why", [
    (None, 1, 0, {"evil", "h20", "jensen_huang", "nvidia", "us_commerce"}, "nothing asked, nothing cut"),
    ("英伟达", 1, 0, {"evil", "h20", "jensen_huang", "nvidia"}, "neighbours in both directions"),
    ("nvidia", 0, 0, {"nvidia"}, "an id; zero hops is the entity alone"),
    ("H20", 2, 0, {"evil", "h20", "jensen_huang", "nvidia", "us_commerce"}, "two hops reach everyone"),
    ("NVIDIA", 0, 0, {"nvidia"}, "English name in another case"),
    ("輝達", 0, 0, {"nvidia"}, "traditional form of the alias 辉达"),
    ("黄仁勳", 0, 0, {"jensen_huang"}, "mixed script"),
    ("商务部", 0, 0, {"us_commerce"}, "an alias"),
    ("Ｈ２０", 0, 0, {"h20"}, "full-width Latin"),
    (None, 1, 2, {"h20", "nvidia"}, "min_degree counts distinct neighbours"),
    ("美国商务部", 1, 2, {"h20", "us_commerce"}, "the focus stays even below min_degree"),
])
def test_subgraph_for_view(tiny_graph, focus, hops, min_degree, expected, why):
    view = subgraph_for_view(tiny_graph, focus=focus, hops=hops, min_degree=min_degree)
    assert set(view.graph.nodes) == expected, why
    assert all(e.head in expected and e.tail in expected for e in view.edges())
    kept = {e.key for e in view.edges()}
    assert kept == {e.key for e in tiny_graph.edges() if e.head in expected and e.tail in expected}


def test_subgraph_keeps_only_cited_documents_and_full_edges(tiny_graph):
    view = subgraph_for_view(tiny_graph, focus="美国商务部", hops=1)
    assert [d.name for d in view.documents] == ["a.txt"]
    assert view.edges() == [e for e in tiny_graph.edges() if e.head == "us_commerce"]
    assert len(tiny_graph) == 5, "the full graph is untouched"


@pytest.mark.parametrize("focus, message", [
    ("台积电", 'focus "台积电" matches no entity in the graph (5 entities); give a Chinese or English '
              "name, an alias or an entity id"),
    ("英伟", 'focus "英伟" matches no entity in the graph (5 entities); did you mean 英伟达 (nvidia)?'),
])
def test_focus_that_matches_nothing_is_a_user_error(tiny_graph, focus, message):
    with pytest.raises(KgError) as error:
        subgraph_for_view(tiny_graph, focus=focus)
    assert str(error.value) == message


def test_focus_that_matches_two_entities_names_both(tiny_graph):
    g = tiny_graph.graph.copy()
    info = g.nodes["us_commerce"]["info"]
    twin = type(info)(type(info.entity)("cn_mofcom", "AGENCY", "中国商务部", "MOFCOM", ("商务部",)), 1, ("a.txt",))
    g.add_node("cn_mofcom", info=twin)
    with pytest.raises(KgError, match=r'focus "商务部" names 2 entities: cn_mofcom \(中国商务部\), '
                                      r"us_commerce \(美国商务部\); pass one of these ids"):
        find_entity(KnowledgeGraph(g, tiny_graph.documents), "商务部")


def test_negative_hops_is_a_user_error(tiny_graph):
    with pytest.raises(KgError, match="must be 0 or more"):
        subgraph_for_view(tiny_graph, focus="nvidia", hops=-1)


# -- snapshot --------------------------------------------------------------------

def test_snapshot_round_trip_is_lossless(tiny_graph, tmp_path):
    graph = _with_background_edge(tiny_graph)
    first = write_snapshot(graph, tmp_path / "graph.json")
    back = read_snapshot(first)
    assert back.nodes() == graph.nodes()
    assert back.edges() == graph.edges()
    assert back.documents == graph.documents
    assert sorted(back.graph.edges(keys=True)) == sorted(graph.graph.edges(keys=True))
    again = write_snapshot(back, tmp_path / "again.json")
    assert first.read_bytes() == again.read_bytes()
    assert EVIL in first.read_text(encoding="utf-8"), "readable UTF-8, not \\u escapes"
    assert render_html(back) == render_html(graph), "the snapshot holds all the view needs"


@pytest.mark.parametrize("content, message", [
    ("{", "graph.json:1: not valid JSON (Expecting property name enclosed in double quotes); "
          "rebuild it with `kg build`"),
    ("[]", 'graph.json: not a kg graph snapshot (no "format": "kg-graph-snapshot"); rebuild it with `kg build`'),
    ('{"format": "kg-graph-snapshot", "version": 99}',
     "graph.json: snapshot version 99, this kg reads version 1; rebuild it with `kg build`"),
    ('{"format": "kg-graph-snapshot", "version": 1, "documents": [], "nodes": [{"id": "x"}], "edges": []}',
     "graph.json: malformed \"nodes\" entry (KeyError: 'type'); rebuild it with `kg build`"),
])
def test_bad_snapshot_is_a_user_error(tmp_path, content, message):
    path = tmp_path / "graph.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KgError) as error:
        read_snapshot(path)
    assert str(error.value) == f"{tmp_path}/{message}"


# -- embedding -------------------------------------------------------------------

def _selectors(css: str) -> list[str]:
    """Every selector of every rule, looking inside @container/@media blocks."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    found = []
    for prelude in re.findall(r"([^{}]+)\{", css):
        prelude = prelude.strip()
        if prelude.startswith("@"):
            continue
        found += [s.strip() for s in prelude.split(",")]
    return found


def test_embed_fragment_is_namespaced(tiny_fragment):
    fragment = parse(tiny_fragment)
    assert tiny_fragment.startswith("<!-- kg graph view: an embeddable fragment")
    assert tiny_fragment.isascii(), "pastes into a report in any encoding"
    assert not [t for t, _ in fragment.tags if t in {"html", "head", "body", "meta", "title", "link"}]
    root_tag, root_attrs = fragment.tags[0]
    assert (root_tag, root_attrs["class"]) == ("div", "kgv-root") and "data-kg-root" in root_attrs
    selectors = _selectors(fragment.raw["style"][0])
    assert len(selectors) > 50
    assert [s for s in selectors if not s.startswith(".kgv-root")] == []
    assert not re.search(r"(^|[\s,}])(html|body|:root)\b", fragment.raw["style"][0])
    assert all(c.startswith("kgv-") for _, a in fragment.tags for c in (a.get("class") or "").split()
               if c != "kgv-root"), "every class we add carries the prefix"
    code = fragment.raw["script"][1]
    assert code.startswith("(function () {\n") and code.rstrip().endswith("})();")
    assert "芯片 &lt;出口管制&gt; &amp; &quot;报告&quot;".encode("ascii", "xmlcharrefreplace").decode() in tiny_fragment


def test_page_and_fragment_share_the_view(tiny_graph, tiny_page):
    fragment = render_html(tiny_graph, embed=True)
    start = '<div class="kgv-root'
    page_root = tiny_page[tiny_page.index(start):tiny_page.index("</body>")].replace(" kgv-page", "", 1)
    fragment_root = fragment[fragment.index(start):]
    # The same data, in UTF-8 in the page and escaped to ASCII in the fragment; the rest alike.
    assert json.loads(parse(page_root).raw["script"][0]) == json.loads(parse(fragment_root).raw["script"][0])
    without_data = re.compile(r'(<script type="application/json"[^>]*>).*?(</script>)', re.S)
    assert (without_data.sub(r"\1\2", page_root).encode("ascii", "xmlcharrefreplace").decode("ascii")
            == without_data.sub(r"\1\2", fragment_root))


# -- kg view (library and CLI) ---------------------------------------------------

@pytest.fixture
def graph_dir(tiny_graph, tmp_path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("英伟达推出H20芯片。", encoding="utf-8")
    out = tmp_path / "output"
    write_outputs(tiny_graph, out, ["json"], inputs=[seeds])
    os.utime(seeds / "a.txt", ns=(1_000_000_000, 1_000_000_000))  # older than the snapshot
    return out


def test_snapshot_is_stale_when_missing_or_older_than_an_input(graph_dir):
    seeds = graph_dir.parent / "seeds"
    assert not snapshot_is_stale(graph_dir / "graph.json", [seeds])
    (seeds / ".hidden").write_text("x", encoding="utf-8")
    assert not snapshot_is_stale(graph_dir / "graph.json", [seeds]), "dotfiles are not inputs"
    (seeds / "new.txt").write_text("新文章", encoding="utf-8")
    assert snapshot_is_stale(graph_dir / "graph.json", [seeds])
    assert snapshot_is_stale(graph_dir / "nothing.json", [seeds])


def test_load_graph_rebuilds_only_when_stale(graph_dir, tiny_graph):
    seeds = graph_dir.parent / "seeds"
    calls = []

    def fake_build(paths, out):
        calls.append((list(paths), out))
        write_outputs(subgraph_for_view(tiny_graph, focus="nvidia", hops=0), out, ["json"], inputs=paths)

    graph, rebuilt = load_graph(graph_dir, [seeds], builder=fake_build)
    assert (len(graph), rebuilt, calls) == (5, False, [])
    (seeds / "b.txt").write_text("新文章", encoding="utf-8")
    graph, rebuilt = load_graph(graph_dir, [seeds], builder=fake_build)
    assert (len(graph), rebuilt, calls) == (1, True, [([seeds], graph_dir)])


def test_build_view_writes_focused_page(graph_dir):
    seeds = graph_dir.parent / "seeds"
    result = build_view(graph_dir, [seeds], focus="黄仁勋", hops=1)
    assert (result.path, result.entities, result.relations, result.rebuilt) == (
        graph_dir / "graph.html", 2, 1, False)
    assert "<title>Knowledge graph: 黄仁勋, 1 hop</title>" in result.path.read_text("utf-8")


def test_cli_view_writes_page_without_opening(graph_dir, monkeypatch):
    monkeypatch.chdir(graph_dir.parent)
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    r = CliRunner().invoke(cli, ["view", "--no-open"])
    assert r.exit_code == 0, r.output
    assert r.output == "5 entities, 4 relations → output/graph.html\n"
    assert (graph_dir / "graph.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    assert opened == []


def test_cli_view_embed_and_filters(graph_dir, monkeypatch):
    monkeypatch.chdir(graph_dir.parent)
    r = CliRunner().invoke(cli, ["view", "--no-open", "--embed", "--min-degree", "2", "-o", "r/v.html"])
    assert r.exit_code == 0, r.output
    assert r.output == "2 entities, 1 relations → r/v.html\n"
    assert (graph_dir.parent / "r" / "v.html").read_text("ascii").startswith("<!-- kg graph view")


def test_cli_view_rebuilds_stale_graph_with_the_pipeline(graph_dir, monkeypatch, tiny_graph):
    monkeypatch.chdir(graph_dir.parent)
    calls = []

    def fake_build(paths, out, dictionaries=None, formats=None, base=None):
        assert (formats, base) == (["json"], None), "the formats and base it was built with"
        calls.append(([str(p) for p in paths], str(dictionaries)))
        write_outputs(tiny_graph, out, formats, base, inputs=paths, dictionaries=dictionaries)

    monkeypatch.setattr("kg.pipeline.build", fake_build)
    (graph_dir / "graph.json").unlink()
    r = CliRunner().invoke(cli, ["view", "--no-open", "seeds"])
    assert r.exit_code == 0, r.output
    assert calls == [(["seeds"], "None")], "no -d: the shipped files, overlaid by ./dictionaries if any"
    assert r.output == ("Rebuilt the graph in output/ (it was missing or older than the inputs or dictionaries).\n"
                        "5 entities, 4 relations → output/graph.html\n")
    r = CliRunner().invoke(cli, ["view", "--no-open", "seeds"])
    assert len(calls) == 1, "fresh now"
    dictionaries = graph_dir.parent / "dictionaries"
    dictionaries.mkdir()
    (dictionaries / "patterns.yaml").write_text("version: 1\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["view", "--no-open", "seeds"])
    assert r.exit_code == 0, r.output
    assert len(calls) == 2, "a dictionary edited after the build makes the graph stale"


@pytest.mark.parametrize("args, code, message", [
    (["--focus", "台积电"], 1, 'Error: focus "台积电" matches no entity in the graph (5 entities); give a '
                             "Chinese or English name, an alias or an entity id\n"),
    (["--hops", "2"], 2, "Error: --hops needs --focus\n"),
])
def test_cli_view_errors(graph_dir, monkeypatch, args, code, message):
    monkeypatch.chdir(graph_dir.parent)
    r = CliRunner().invoke(cli, ["view", "--no-open", *args])
    assert r.exit_code == code
    assert r.output.endswith(message)


def test_cli_view_without_graph_or_inputs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(cli, ["view", "--no-open"])
    assert r.exit_code == 1
    assert r.output == ("Error: output/graph.json does not exist and there are no input files to build it "
                        "from (looked in seeds); run `kg build PATHS` or pass PATHS\n")



@pytest.mark.parametrize("env, opens", [
    ({}, False),
    ({"DISPLAY": ":0"}, True),
    ({"BROWSER": "firefox"}, True),
])
def test_open_in_browser_only_where_there_is_one(tmp_path, monkeypatch, env, opens):
    from kg.view import open_in_browser

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr("sys.platform", "linux")
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    page = tmp_path / "graph.html"
    assert open_in_browser(page) is opens
    assert opened == ([page.resolve().as_uri()] if opens else [])


# -- a crowded edge: the page carries a bounded list --------------------------------

def test_a_crowded_edge_carries_a_bounded_list_and_the_query_for_the_rest(tmp_path):
    from conftest import crowded_edge_graph
    from kg.export.html import DOCUMENTS_SHOWN, EVIDENCE_SHOWN

    graph = crowded_edge_graph(5000)
    data = view_payload(graph)
    edge = data["edges"][0]
    assert edge["support"] == 5000 and len(edge["evidence"]) == EVIDENCE_SHOWN
    assert edge["evidence"][0] == {"doc": "n00000.txt", "sentence": "美国商务部再次限制英伟达芯片出口。",
                                   "rule": "restricts.limit", "date": "2025-02-03", "repeats": 2}
    assert [ev["doc"] for ev in edge["evidence"][1:3]] == ["n00003.txt", "n00004.txt"]
    assert edge["query"].startswith("kg query 'SELECT ?doc ?sentence WHERE {")
    node = next(n for n in data["nodes"] if n["id"] == "nvidia")
    assert (len(node["docs"]), node["doc_count"]) == (DOCUMENTS_SHOWN, 5000)
    assert len(data["documents"]) < 2 * EVIDENCE_SHOWN + DOCUMENTS_SHOWN
    size = len(render_html(graph).encode("utf-8"))
    assert size < len(render_html(crowded_edge_graph(30)).encode("utf-8")) + 20_000, "grows with the graph only"


def test_an_edge_whose_sentences_all_fit_has_no_query():
    from conftest import crowded_edge_graph

    edge = view_payload(crowded_edge_graph(12, repeated=5))["edges"][0]
    assert edge["support"] == 12 and len(edge["evidence"]) == 8 and "query" not in edge


def test_the_query_for_the_rest_lists_every_sentence(tmp_path):
    from conftest import crowded_edge_graph
    from kg.export.rdf import write_turtle
    from kg.query import run_query

    graph = crowded_edge_graph(45)
    write_turtle(graph, tmp_path / "graph.ttl")
    command = view_payload(graph)["edges"][0]["query"]
    sparql = command.removeprefix("kg query '").removesuffix("'")
    rows = run_query(tmp_path / "graph.ttl", sparql).rows
    assert len(rows) == 45
