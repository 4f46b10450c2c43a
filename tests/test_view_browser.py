"""The HTML view in a real headless Chromium: offline, safe, searchable, clickable, fast.

Needs the system Chromium (``apt-get install -y chromium fonts-noto-cjk``, see
the README's test setup). Without it these tests fail rather than skip: a
view nobody has opened in a browser is not tested. Screenshots go to
tests/artifacts/ (git-ignored) for a human to look at.
"""
from __future__ import annotations

import random
import time
from pathlib import Path

import networkx as nx
import pytest

from kg.export.html import layout_positions, write_html
from kg.graph import DocumentInfo, EdgeInfo, KnowledgeGraph, NodeInfo
from kg.model import ENTITY_TYPES, RELATION_TYPES, Entity, Evidence

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
EVIL = "<script>alert(1)</script>公司"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: the view tests need a real browser. Install it with "
                    "`apt-get install -y chromium fonts-noto-cjk` (README, Test setup).", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is missing: pip install -e '.[test]'", pytrace=False)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


class Watched:
    """A page plus everything it did that a view must not do."""

    def __init__(self, browser, width=1280, height=800):
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def open(self, path: Path, root: str = "[data-kg-root]") -> float:
        """Open the file; seconds until the network has drawn."""
        start = time.perf_counter()
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector(f"{root}[data-ready=true]", timeout=15000)
        return time.perf_counter() - start

    def assert_clean(self):
        offline = [u for u in self.requests if not u.startswith(("file://", "data:"))]
        assert offline == [], "the view must not touch the network"
        assert self.errors == []
        assert self.dialogs == [], "text from an article ran as code"


@pytest.fixture
def watched(browser):
    w = Watched(browser)
    yield w
    w.page.close()


def _root(page):
    return page.locator("[data-kg-root]").first


def test_view_works_in_chromium(watched, tiny_graph, tmp_path):
    path = write_html(tiny_graph, tmp_path / "graph.html")
    watched.open(path)
    page = watched.page
    root = _root(page)
    assert (root.get_attribute("data-node-count"), root.get_attribute("data-edge-count")) == ("5", "4")
    assert page.evaluate("() => [kgView.views.length, kgView.views[0].nodeCount, kgView.views[0].edgeCount,"
                         " kgView.views[0].network.body.data.nodes.length,"
                         " kgView.views[0].network.body.data.edges.length]") == [1, 5, 4, 5, 4]
    assert page.locator(".kgv-side").inner_text().count("\n") > 5, "legend drawn"

    # Click the middle of an edge on the canvas, the way a reader would.
    edge = "us_commerce|restricts|h20|positive|asserted"
    x, y = page.evaluate("""(edge) => {
        const net = kgView.views[0].network, e = net.body.edges[edge];
        const p = net.getPositions([e.fromId, e.toId]);
        const mid = {x: (p[e.fromId].x + p[e.toId].x) / 2, y: (p[e.fromId].y + p[e.toId].y) / 2};
        const dom = net.canvasToDOM(mid), box = net.body.container.getBoundingClientRect();
        return [box.left + dom.x, box.top + dom.y];
    }""", edge)
    page.mouse.click(x, y)
    assert root.get_attribute("data-selected-edge") == edge
    panel = page.locator(".kgv-panel")
    assert "美国商务部限制H20出口。" in panel.inner_text()
    meta = panel.locator(".kgv-meta").first.inner_text()
    assert "2025-01-13" in meta and "rule restricts.limit" in meta and "a.txt" in meta
    assert panel.locator("mark").all_inner_texts() == ["美国商务部", "H20"]

    # Search by the Chinese name, pick the first hit: the entity is selected and focused.
    page.fill(".kgv-search", "英伟达")
    assert page.locator(".kgv-result-name").all_inner_texts() == ["英伟达"]
    page.press(".kgv-search", "Enter")
    assert root.get_attribute("data-selected-node") == "nvidia"
    assert page.evaluate("() => kgView.views[0].network.getSelectedNodes()") == ["nvidia"]
    text = panel.inner_text()
    assert "Nvidia" in text and "辉达" in text and "Q182477" in text and "RELATIONS (3)" in text.upper()

    # Traditional script finds the simplified entity.
    page.fill(".kgv-search", "黃仁勳")
    assert page.locator(".kgv-result-name").all_inner_texts() == ["黄仁勋"]

    # Markup in a name is shown as text in results, panel and tooltip, and never runs.
    page.fill(".kgv-search", "<script>")
    assert page.locator(".kgv-result-name").all_inner_texts() == [EVIL]
    page.press(".kgv-search", "Enter")
    assert root.get_attribute("data-selected-node") == "evil"
    assert panel.locator(".kgv-name").inner_text() == EVIL
    assert panel.locator(".kgv-name script").count() == 0
    assert page.evaluate("() => document.scripts.length") == 2
    page.wait_for_timeout(600)  # let the focus animation end before shooting
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "view_tiny.png"))

    # A relation link in the entity panel opens that relation's evidence.
    panel.locator(".kgv-rel-type").first.click()
    assert root.get_attribute("data-selected-edge") == "evil|opposes|nvidia|negative|asserted"
    assert EVIL + "\"引号\"被提及。" in panel.inner_text()

    # Filters hide a type and the relations that touch it.
    page.locator(".kgv-check", has_text="Person").locator("input").uncheck()
    assert page.evaluate("() => kgView.views[0].network.body.data.nodes.get('jensen_huang').hidden") is True
    assert "4 of 5 entities" in page.locator(".kgv-stats").inner_text()
    watched.assert_clean()


def test_tooltip_is_plain_text(watched, tiny_graph, tmp_path):
    path = write_html(tiny_graph, tmp_path / "graph.html")
    watched.open(path)
    page = watched.page
    x, y = page.evaluate("""() => {
        const net = kgView.views[0].network;
        const dom = net.canvasToDOM(net.getPositions(["evil"]).evil), box = net.body.container.getBoundingClientRect();
        return [box.left + dom.x, box.top + dom.y];
    }""")
    page.mouse.move(x - 2, y - 2)
    page.mouse.move(x, y)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    assert tooltip.inner_text().startswith(EVIL)
    assert page.evaluate("() => document.querySelector('div.vis-tooltip').children.length") <= 3  # only <br>s
    assert page.evaluate("() => document.querySelector('div.vis-tooltip script')") is None
    watched.assert_clean()


HOST = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Analyst report</title>
<style>
body {{ font: 30px/2 serif; color: rgb(200, 0, 0); margin: 40px; }}
ul, li {{ list-style: square; margin: 20px; padding: 20px; }}
div {{ padding: 13px; }}
button, input {{ font-size: 40px; }}
h3 {{ font-size: 50px; }}
.legend {{ color: rgb(0, 0, 200); }}
</style>
<script>var vis = "host's own vis"; function define() {{}} define.amd = true;</script>
</head><body>
<h1>Report</h1><p class="legend">Host text</p>
{fragment}
<p id="after">After the graph</p>
</body></html>
"""


def test_embedded_fragment_lives_inside_a_hostile_report(watched, tiny_graph, tmp_path):
    fragment = write_html(tiny_graph, tmp_path / "graph.embed.html", embed=True).read_text("ascii")
    baseline = tmp_path / "baseline.html"
    baseline.write_text(HOST.format(fragment=""), encoding="utf-8")
    report = tmp_path / "report.html"
    report.write_text(HOST.format(fragment=fragment), encoding="utf-8")
    page = watched.page
    page.goto(baseline.resolve().as_uri())
    before = set(page.evaluate("() => Object.keys(window)"))
    watched.open(report)
    after = set(page.evaluate("() => Object.keys(window)"))
    assert after - before == {"kgView"}, "one namespaced global, nothing else"
    assert page.evaluate("() => [typeof vis, vis]") == ["string", "host's own vis"]
    style = page.evaluate("""() => {
        const cs = (sel) => getComputedStyle(document.querySelector(sel));
        return [cs('.kgv-panel').fontSize, cs('.kgv-panel').color, cs('.kgv-side h3').fontSize,
                cs('.kgv-search').fontSize, cs('.kgv-canvas').paddingTop, cs('.legend').color,
                cs('#after').fontSize, cs('body').marginTop];
    }""")
    assert style == ["13px", "rgb(31, 41, 51)", "11px", "13px", "0px", "rgb(0, 0, 200)", "30px", "40px"], \
        "the view keeps its look inside the report, and the report keeps its own"
    root = page.locator("[data-kg-root]")
    box = root.bounding_box()
    assert box["height"] == 680 and box["width"] > 600
    assert root.get_attribute("data-node-count") == "5"
    page.fill(".kgv-search", "Nvidia")
    page.press(".kgv-search", "Enter")
    assert root.get_attribute("data-selected-node") == "nvidia"
    page.screenshot(path=str(ARTIFACTS / "view_embedded.png"), full_page=True)
    watched.assert_clean()


def synthetic_graph(n: int, seed: int = 7) -> KnowledgeGraph:
    """A knowledge-graph-like random graph: a scale-free core, chains, loners, dictionary facts."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    docs = [DocumentInfo(f"d{i:03d}.txt", f"文章{i}", f"2025-01-{i % 28 + 1:02d}", (), 0, 0) for i in range(50)]
    ids = [f"e{i:04d}" for i in range(n)]
    for i, entity_id in enumerate(ids):
        entity = Entity(entity_id, ENTITY_TYPES[i % 6], f"实体{i}号", f"Entity {i}", (f"别名{i}",))
        g.add_node(entity_id, info=NodeInfo(entity, rng.randint(1, 40), (docs[i % 50].name,)))
    for i in range(1, n):
        if i % 7 == 0:
            continue
        j = rng.randrange(i)
        rel = RELATION_TYPES[rng.randrange(len(RELATION_TYPES))]
        ev = (Evidence(docs[i % 50].name, 0, 10, f"实体{i}号与实体{j}号有关。", f"{rel}.x"),)
        g.add_edge(ids[i], ids[j], key=(rel, "positive", "asserted"),
                   info=EdgeInfo(ids[i], rel, ids[j], "positive", "asserted", None, ev, False))
    for _ in range(n // 2):
        a, b = rng.sample(ids, 2)
        if not g.has_edge(a, b, key=("supplies", "positive", "asserted")):
            g.add_edge(a, b, key=("supplies", "positive", "asserted"),
                       info=EdgeInfo(a, "supplies", b, "positive", "asserted", None, (), True))
    return KnowledgeGraph(g, docs)


def test_2000_entities_are_interactive(watched, tmp_path):
    # Measured ~1.7 s to draw here; the ceilings below only catch a pathological
    # regression (physics left on, a quadratic layout) without flaking on a busy CI.
    graph = synthetic_graph(2000)
    start = time.perf_counter()
    layout_positions(graph)
    layout_seconds = time.perf_counter() - start
    path = write_html(graph, tmp_path / "big.html")
    assert layout_seconds < 30, f"layout took {layout_seconds:.1f} s"
    seconds = watched.open(path)
    assert seconds < 20, f"2,000 entities took {seconds:.2f} s to draw"
    page = watched.page
    assert _root(page).get_attribute("data-node-count") == "2000"
    start = time.perf_counter()
    page.fill(".kgv-search", "实体1234号")
    page.press(".kgv-search", "Enter")
    assert _root(page).get_attribute("data-selected-node") == "e1234"
    assert time.perf_counter() - start < 10
    page.wait_for_timeout(600)
    page.screenshot(path=str(ARTIFACTS / "view_2000.png"))
    watched.assert_clean()


def test_seed_graph_screenshot(watched, seed_graph, tmp_path):
    path = write_html(seed_graph, tmp_path / "graph.html", title="美国对华AI芯片出口管制 · 种子语料")
    watched.page.set_viewport_size({"width": 1440, "height": 900})
    watched.open(path)
    page = watched.page
    assert _root(page).get_attribute("data-node-count") == str(len(seed_graph))
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "view_seeds.png"))
    page.fill(".kgv-search", "英伟达")
    page.press(".kgv-search", "Enter")
    assert _root(page).get_attribute("data-selected-node") is not None
    page.wait_for_timeout(600)
    page.screenshot(path=str(ARTIFACTS / "view_seeds_focus.png"))
    watched.assert_clean()


def test_an_empty_view_opens_cleanly(watched, tiny_graph, tmp_path):
    from kg.view import subgraph_for_view

    empty = subgraph_for_view(tiny_graph, min_degree=1000)  # kg view --min-degree 1000
    watched.open(write_html(empty, tmp_path / "graph.html"))
    root = _root(watched.page)
    assert (root.get_attribute("data-node-count"), root.get_attribute("data-edge-count")) == ("0", "0")
    watched.assert_clean()


def test_an_edge_with_5000_sentences_opens_a_bounded_panel(watched, tmp_path):
    from conftest import crowded_edge_graph
    from kg.export.html import EVIDENCE_SHOWN

    path = write_html(crowded_edge_graph(5000), tmp_path / "crowded.html")
    assert path.stat().st_size < 1_500_000, "the page carries a bounded list, not 5,000 sentences"
    watched.open(path)
    page = watched.page
    edge = "us_commerce|restricts|nvidia|positive|asserted"
    page.evaluate("(edge) => kgView.views[0].selectEdge(edge)", edge)
    assert _root(page).get_attribute("data-selected-edge") == edge
    panel = page.locator(".kgv-panel")
    assert "EVIDENCE (5000)" in panel.inner_text().upper()
    assert panel.locator("blockquote.kgv-evidence").count() == EVIDENCE_SHOWN
    assert "also in 2 other places" in panel.locator(".kgv-meta").first.inner_text()
    more = panel.locator(".kgv-more")
    assert "4978 more sentences state this" in more.inner_text()
    assert more.locator(".kgv-query").inner_text().startswith("kg query 'SELECT ?doc ?sentence WHERE")
    watched.assert_clean()
