"""The views without a browser: what the page holds, determinism, and the `kg view` command."""

from __future__ import annotations

import json
import re

import pytest

from kg.cli import main
from kg.query import load_dataset
from kg.stats import centrality, entity_graph
from kg.view import LAYOUT_THRESHOLD, ViewError, find_entities, focus_graph, html_of, network_of, script_safe_json
from kg.view.layout import grid_spring_layout

from .conftest import ROOT, SEEDS

PAYLOAD = ROOT / "tests" / "fixtures" / "view_payload"


@pytest.fixture(scope="module")
def seeds_graph(built):
    return entity_graph(load_dataset(built / "graph.trig"))


def page_data(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    return json.loads(found.group(1))


def test_page_loads_nothing_from_elsewhere(built):
    page = (built / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", page, re.I)
    assert "default-src 'none'" in page  # the browser refuses any request the page might still try
    assert len(page_data(page)["nodes"]) == len(entity_graph(load_dataset(built / "graph.trig")))


def test_build_twice_gives_byte_identical_html(runner, tmp_path):
    for out in ("a", "b"):
        assert runner.invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / out)]).exit_code == 0
    assert (tmp_path / "a" / "graph.html").read_bytes() == (tmp_path / "b" / "graph.html").read_bytes()


def test_embedded_json_cannot_close_its_script_element():
    nasty = {"s": "</script><script>alert(1)</script><!-- \u2028 & </SCRIPT"}
    text = script_safe_json(nasty)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == nasty


def test_report_text_is_only_inside_the_escaped_data(runner, tmp_path):
    assert runner.invoke(main, ["build", str(PAYLOAD), "--out", str(tmp_path)]).exit_code == 0
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    sentences = [s for n in page_data(page)["nodes"] for _, ss in n["kg"]["mentions"] for s in ss]
    assert any("<script>window.__pwned=1</script>" in s for s in sentences)
    assert all("title" not in n for n in page_data(page)["nodes"])  # tooltips are built by script, as text


def test_sizes_follow_centrality(seeds_graph):
    net = network_of(seeds_graph)
    cent = centrality(seeds_graph)
    size = {n["id"]: n["size"] for n in net.nodes}
    ranked = sorted(size, key=lambda n: cent[n])
    assert [size[n] for n in ranked] == sorted(size.values())
    assert size[ranked[-1]] > size[ranked[0]]


def test_community_colours_group_the_communities(seeds_graph):
    from kg.stats import communities

    net = network_of(seeds_graph, colour_by="community")
    colour = {n["id"]: n["color"] for n in net.nodes}
    for members in communities(seeds_graph)[:10]:
        assert len({colour[m] for m in members}) == 1
    assert net.kg_legend["communities"]


def test_large_views_get_positions_and_no_physics():
    import networkx as nx

    from tests.test_view_browser import synthetic_dataset

    g = entity_graph(synthetic_dataset(LAYOUT_THRESHOLD + 50, 400))
    net = network_of(g)
    assert all("x" in n and "y" in n for n in net.nodes)
    page = html_of(net)
    assert page_data(page)["physics"] is False
    assert html_of(network_of(entity_graph(synthetic_dataset(LAYOUT_THRESHOLD + 50, 400)))) == page
    assert len({(n["x"], n["y"]) for n in net.nodes}) == len(g)
    small = network_of(g.subgraph(sorted(g)[:20]).copy())
    assert not any("x" in n for n in small.nodes)
    path = nx.path_graph([f"n{i}" for i in range(30)])
    assert grid_spring_layout(path) == grid_spring_layout(path)


def test_layout_keeps_neighbours_closer_than_strangers():
    import networkx as nx

    g = nx.Graph()
    for c in range(4):  # four separate rings of 40
        nx.add_cycle(g, [f"c{c}-{i:02d}" for i in range(40)])
    pos = grid_spring_layout(g)

    def dist(a, b):
        return ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5

    edge = sorted(dist(a, b) for a, b in g.edges())[len(g.edges()) // 2]
    other = sorted(dist(f"c0-{i:02d}", f"c2-{i:02d}") for i in range(40))[20]
    assert edge * 3 < other


def test_find_entities_by_label_or_alias(seeds_graph):
    node = next(n for n in seeds_graph if seeds_graph.nodes[n]["aliases"]) if any(
        seeds_graph.nodes[n]["aliases"] for n in seeds_graph) else sorted(seeds_graph)[0]
    label = seeds_graph.nodes[node]["label"]
    assert node in find_entities(seeds_graph, f"  {label} ")
    labels = {seeds_graph.nodes[n]["label"] for n in seeds_graph}
    for alias in seeds_graph.nodes[node]["aliases"]:
        if alias not in labels:
            assert node in find_entities(seeds_graph, alias)
    labelled = {seeds_graph.nodes[n]["label"]: n for n in seeds_graph}
    for n in seeds_graph:  # a name that is one entity's label and another's alias means the first
        for alias in seeds_graph.nodes[n]["aliases"]:
            if alias in labelled:
                assert find_entities(seeds_graph, alias) == [labelled[alias]]
    with pytest.raises(ViewError, match="close matches: .*" + re.escape(label)):
        find_entities(seeds_graph, label[:-1] + "X")


def test_focus_depth_grows_the_neighbourhood(seeds_graph):
    hub = max(seeds_graph, key=lambda n: (seeds_graph.degree(n), n))
    name = seeds_graph.nodes[hub]["label"]
    zero, _ = focus_graph(seeds_graph, name, 0)
    one, centre = focus_graph(seeds_graph, name, 1)
    two, _ = focus_graph(seeds_graph, name, 2)
    assert list(zero) == [hub] and centre == [hub]
    assert len(zero) < len(one) <= len(two)
    assert set(one) == {hub} | set(seeds_graph.predecessors(hub)) | set(seeds_graph.successors(hub))


def test_cli_focus_unknown_name_is_one_error_line(runner, built):
    result = runner.invoke(main, ["view", "--graph", str(built / "graph.trig"), "--focus", "不存在的机构名称"])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith("Error: no entity named '不存在的机构名称'")


def test_cli_report_view_has_only_that_reports_entities(runner, built, tmp_path):
    name = sorted(p.name for p in SEEDS.glob("*.txt"))[0]
    out = tmp_path / "r.html"
    result = runner.invoke(main, ["view", "--graph", str(built / "graph.trig"), "--report", name, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith(f"→ {out}")
    nodes = page_data(out.read_text(encoding="utf-8"))["nodes"]
    assert nodes and all(name in n["kg"]["reports"] for n in nodes)
    bad = runner.invoke(main, ["view", "--graph", str(built / "graph.trig"), "--report", "nope.txt"])
    assert bad.exit_code == 1 and bad.output.startswith("Error: no report 'nope.txt'") and name in bad.output


def test_cli_query_view_shows_what_construct_returns(runner, built, tmp_path):
    q = tmp_path / "q.rq"
    q.write_text("PREFIX cppcc: <https://w3id.org/cppcc-kg/ontology#>\n"
                 "CONSTRUCT { ?a cppcc:participatesIn ?b } WHERE { ?a cppcc:participatesIn ?b }\n", encoding="utf-8")
    out = tmp_path / "q.html"
    result = runner.invoke(main, ["view", "--graph", str(built / "graph.trig"), "--query", str(q), "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = page_data(out.read_text(encoding="utf-8"))
    g = entity_graph(load_dataset(built / "graph.trig"))
    pairs = {(a, b) for a, b, k in g.edges(keys=True) if k == "participatesIn"}
    assert {(e["from"], e["to"]) for e in data["edges"]} == pairs
    assert {n["id"] for n in data["nodes"]} == {x for p in pairs for x in p}
    q.write_text("SELECT * WHERE { ?s ?p ?o } LIMIT 1", encoding="utf-8")
    bad = runner.invoke(main, ["view", "--graph", str(built / "graph.trig"), "--query", str(q)])
    assert bad.exit_code == 1 and "CONSTRUCT" in bad.output


def test_lone_nodes_sit_in_a_compact_grid_not_a_far_ring():
    import networkx as nx

    g = nx.connected_watts_strogatz_graph(400, 4, 0.1, seed=3)
    g = nx.relabel_nodes(g, {i: f"n{i:04d}" for i in g})
    g.add_nodes_from(f"lone{i:03d}" for i in range(200))
    pos = grid_spring_layout(g, scale=60.0)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    core = [pos[n] for n in g if n.startswith("n")]
    core_width = max(x for x, _ in core) - min(x for x, _ in core)
    assert max(xs) - min(xs) < 3 * core_width and max(ys) - min(ys) < 3 * core_width
    assert len(set(pos.values())) == len(g)
    star = nx.star_graph(400)  # leaves of one hub feel the same pull: they must still spread out
    assert len(set(grid_spring_layout(star).values())) == len(star)
