"""The HTML views in Debian's headless Chromium: what a person sees, offline, and nothing from a report runs."""

from __future__ import annotations

import os
import random
import time

import pytest
from rdflib import RDF, RDFS, Dataset, Literal, URIRef

from kg.cli import main
from kg.query import load_dataset, run_query
from kg.graph import RELATION_PROPERTIES
from kg.stats import entity_graph
from kg.view import LAYOUT_THRESHOLD, html_of, network_of
from kg.vocab import CPPCC, OA

from .browser import CHROMIUM_HOW, Browser
from .conftest import ROOT, require_tool

PAYLOAD = ROOT / "tests" / "fixtures" / "view_payload"
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
ENTITIES = """SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  VALUES ?c { <https://w3id.org/cppcc-kg/ontology#Organization> <https://w3id.org/cppcc-kg/ontology#Meeting>
              <https://w3id.org/cppcc-kg/ontology#MeetingSeries>
              <https://w3id.org/cppcc-kg/ontology#Initiative> }
  ?e a ?c }"""


def require_module(name: str):
    try:
        return __import__(name)
    except ImportError:
        message = f"python package {name} is missing: pip install -e '.[test]'"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must run this test)")
        pytest.skip(message)


@pytest.fixture(scope="module")
def browser():
    chromium = require_tool("chromium", CHROMIUM_HOW)
    driver = require_tool("chromedriver", CHROMIUM_HOW)
    require_module("selenium")
    b = Browser(chromium, driver, width=1400, height=1000)
    yield b
    b.close()


@pytest.fixture(scope="module")
def payload_build(tmp_path_factory, runner):
    out = tmp_path_factory.mktemp("payload")
    result = runner.invoke(main, ["build", str(PAYLOAD), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def distinct_colours(png) -> int:
    from PIL import Image

    with Image.open(png) as im:
        return len(im.convert("RGB").getcolors(maxcolors=1 << 24))


def node_on_screen(browser: Browser, node_id: str) -> tuple[float, float]:
    """Viewport coordinates of a node's centre."""
    return tuple(browser.js(
        "var p = kg.network.canvasToDOM(kg.network.getPosition(arguments[0]));"
        "var r = document.querySelector('#graph canvas').getBoundingClientRect();"
        "return [r.left + p.x, r.top + p.y];", node_id))


def test_seeds_view_draws_every_entity_offline(built, browser, tmp_path):
    browser.open(built / "graph.html")
    expected = int(next(iter(run_query(load_dataset(built / "graph.trig"), ENTITIES)))[0])
    assert expected > 0
    assert browser.js("return kg.nodes.length") == expected
    assert browser.js("return kg.network.body.nodeIndices.length") == expected  # all drawn, none filtered
    assert browser.console_errors() == []
    assert browser.requests() == []
    browser.js("kg.network.fit({animation: false})")
    time.sleep(0.3)
    png = browser.screenshot(tmp_path / "seeds.png")
    assert distinct_colours(png) > 200, "the screenshot looks blank"


def test_report_text_shows_as_text_and_never_runs(payload_build, browser):
    browser.open(payload_build / "graph.html")
    time.sleep(0.5)  # room for an onerror or a late script to fire, were there one
    assert browser.js("return typeof window.__pwned") == "undefined"
    assert browser.console_errors() == []
    assert browser.requests() == []
    node = browser.js("return kg.nodes.get().filter(n => n.kg.mentions.some("
                      "m => m[1].some(s => s.indexOf('window.__pwned') >= 0))).map(n => n.id)[0];")
    assert node, "the fixture report should give an entity whose sentence holds the payload"
    browser.js("kg.network.fit({nodes: [arguments[0]], animation: false})", node)
    time.sleep(0.2)
    browser.hover(*node_on_screen(browser, node))
    text = browser.wait_for("var t = document.querySelector('div.vis-tooltip');"
                            "return t && t.style.visibility !== 'hidden' && t.textContent.indexOf(arguments[0]) >= 0"
                            " ? t.textContent : '';", SCRIPT, timeout=10)
    assert SCRIPT in text and (IMG in text or "window.__pwned" in text)
    assert browser.js("return document.querySelectorAll('div.vis-tooltip script, div.vis-tooltip img').length") == 0
    browser.js("kg.network.selectNodes([arguments[0]]);"
               "kg.network.body.emitter.emit('click', {nodes: [arguments[0]], edges: []});", node)
    assert SCRIPT in browser.js("return document.getElementById('details').textContent")
    assert browser.js("return document.querySelectorAll('#side script, #side img').length") == 0
    assert browser.js("return typeof window.__pwned") == "undefined"


def test_search_box_finds_and_selects_a_node(built, browser):
    from selenium.webdriver.common.by import By

    browser.open(built / "graph.html")
    nodes = browser.js("return kg.nodes.get().map(function (n) { return [n.id, n.label]; })")
    node_id, label = sorted(nodes, key=lambda x: (-len(x[1]), x[1]))[0]  # the longest name: one hit
    box = browser.driver.find_element(By.ID, "search")
    box.clear()
    box.send_keys(label)
    assert browser.js("return kg.network.getSelectedNodes()")[0] == node_id
    assert browser.driver.find_element(By.ID, "found").text.endswith("found")
    assert label in browser.driver.find_element(By.ID, "details").text
    owner, alias = next(((n, a) for n, a in browser.js(
        "return kg.nodes.get().flatMap(n => n.kg.aliases.map(a => [n.id, a]))")), (None, None))
    if alias:  # an alias finds its entity too
        box.clear()
        box.send_keys(alias)
        assert owner in browser.js("return kg.network.getSelectedNodes()")
    box.clear()
    box.send_keys("没有这样的名字xyz")
    assert browser.driver.find_element(By.ID, "found").text == "0 found"


def test_type_filter_hides_that_type_and_report_filter_keeps_its_entities(built, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.open(built / "graph.html")
    total = browser.js("return kg.nodes.length")
    orgs = browser.js("return kg.nodes.get({filter: function (n) { return n.kind === 'organization'; }}).length")
    assert 0 < orgs < total
    browser.driver.find_element(By.ID, "type-organization").click()
    assert browser.js("return kg.network.body.nodeIndices.length") == total - orgs
    assert browser.js("return kg.nodesView.get().filter(function (n) { return n.kind === 'organization'; }).length") == 0
    browser.driver.find_element(By.ID, "type-organization").click()
    assert browser.js("return kg.network.body.nodeIndices.length") == total

    menu = Select(browser.driver.find_element(By.ID, "report"))
    report = menu.options[1].get_attribute("value")
    menu.select_by_value(report)
    shown = browser.js("return kg.nodesView.get().map(function (n) { return n.kg.reports; })")
    assert 0 < len(shown) < total
    assert all(report in reports for reports in shown)
    assert browser.console_errors() == []


def test_focus_view_shows_the_neighbourhood(built, browser, runner, tmp_path):
    g = entity_graph(load_dataset(built / "graph.trig"))
    hub = max(g, key=lambda n: (g.degree(n), n))
    name = g.nodes[hub]["label"]
    out = tmp_path / "focus.html"
    result = runner.invoke(main, ["view", "--graph", str(built / "graph.trig"), "--focus", name, "--depth", "1",
                                  "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert str(out) in result.output
    browser.open(out)
    ids = set(browser.js("return kg.nodes.getIds()"))
    assert ids == {hub} | set(g.predecessors(hub)) | set(g.successors(hub))
    assert browser.wait_for("return kg.network.getSelectedNodes().indexOf(arguments[0]) >= 0", hub)
    assert browser.console_errors() == [] and browser.requests() == []


def test_community_colours_have_a_legend(built, browser, runner, tmp_path):
    out = tmp_path / "communities.html"
    result = runner.invoke(main, ["view", "--graph", str(built / "graph.trig"), "--colour-by", "community",
                                  "--out", str(out)])
    assert result.exit_code == 0, result.output
    browser.open(out)
    assert browser.js("return document.getElementById('communities').hidden") is False
    rows = browser.js("return document.querySelectorAll('#communities label').length")
    assert rows == len(browser.js("return kg.data.communities")) > 0
    assert browser.console_errors() == [] and browser.requests() == []


def synthetic_dataset(n: int, m: int, seed: int = 5) -> Dataset:
    """n entities of every type over 20 reports, m random relations: a stand-in for a large build."""
    rng = random.Random(seed)
    ds = Dataset()
    kinds = [CPPCC.Organization, CPPCC.Meeting, CPPCC.Initiative]
    reports = [URIRef(f"https://example.org/report/r{i:02d}") for i in range(20)]
    for r in reports:
        ds.graph(r).add((r, CPPCC.sourceFile, Literal(f"r{r[-2:]}.txt")))
    nodes = [URIRef(f"https://example.org/e/{i:05d}") for i in range(n)]
    for i, node in enumerate(nodes):
        report = reports[i % len(reports)]
        g = ds.graph(report)
        g.add((node, RDF.type, kinds[i % 3]))
        g.add((node, RDFS.label, Literal(f"测试单位{i:05d}")))
        g.add((node, CPPCC.mentionedIn, report))
        ann, target = URIRef(f"{report}#a{i}"), URIRef(f"{report}#a{i}-t")
        g.add((ann, OA.hasBody, node))
        g.add((ann, OA.hasTarget, target))
        g.add((target, OA.hasSource, report))
        g.add((target, CPPCC.sentence, Literal(f"第{i}句:测试单位{i:05d}召开会议。")))
    props = list(RELATION_PROPERTIES.values())
    for _ in range(m):
        a, b = rng.sample(nodes, 2)
        ds.graph(rng.choice(reports)).add((a, rng.choice(props), b))
    return ds


def test_5000_node_view_is_interactive_soon_after_a_small_one(built, browser, tmp_path):
    """Time to the first drawing, as a ratio to the seeds view in the same browser (and a generous cap)."""
    g = entity_graph(synthetic_dataset(5000, 6000))
    assert len(g) == 5000 > LAYOUT_THRESHOLD
    big = tmp_path / "big.html"
    big.write_text(html_of(network_of(g, title="5,000 entities")), encoding="utf-8")
    small_ms = min(browser.open(built / "graph.html") for _ in range(2))
    big_ms = browser.open(big)
    assert browser.js("return kg.data.physics") is False
    assert browser.js("return kg.nodes.length") == 5000
    assert browser.console_errors() == [] and browser.requests() == []
    start = time.monotonic()
    hits = browser.js("return kg.find('测试单位04999')")
    search_s = time.monotonic() - start
    ratio = big_ms / small_ms
    print(f"\nfirst drawing: seeds {small_ms:.0f} ms, 5,000 nodes {big_ms:.0f} ms, ratio {ratio:.1f}; "
          f"search {search_s * 1000:.0f} ms")
    assert hits[0] == "https://example.org/e/04999"
    assert ratio < 25, f"5,000 nodes took {ratio:.1f}× the seeds view to draw"
    assert big_ms < 30_000 and search_s < 5
    png = browser.screenshot(tmp_path / "big.png")
    assert distinct_colours(png) > 50
