"""kg.stats on graphs written here by hand, and on the seeds build, checked against SPARQL."""

from __future__ import annotations

from rdflib import RDF, RDFS, Dataset, Literal, URIRef

from kg.cli import main
from kg.query import load_dataset, run_query
from kg.stats import centrality, communities, entity_graph, format_stats, shared_initiatives
from kg.vocab import CPPCC, OA

EX = "https://example.org/"


def dataset(entities: dict[str, tuple], relations: list[tuple[str, str, str, str]]) -> Dataset:
    """entities: name → (class, report names); relations: (head, property, tail, report)."""
    ds = Dataset()
    for name, (cls, reports) in entities.items():
        node = URIRef(EX + name)
        for r in reports:
            report = URIRef(EX + "report/" + r)
            g = ds.graph(report)
            g.add((report, CPPCC.sourceFile, Literal(r + ".txt")))
            g.add((node, RDF.type, cls))
            g.add((node, RDFS.label, Literal(name)))
            g.add((node, CPPCC.mentionedIn, report))
            ann = URIRef(f"{report}#{name}")
            g.add((ann, OA.hasBody, node))
            g.add((ann, OA.hasTarget, URIRef(f"{ann}-t")))
            g.add((URIRef(f"{ann}-t"), OA.hasSource, report))
            g.add((URIRef(f"{ann}-t"), CPPCC.sentence, Literal(f"{name}在{r}中出现。")))
    for head, prop, tail, r in relations:
        ds.graph(URIRef(EX + "report/" + r)).add((URIRef(EX + head), getattr(CPPCC, prop), URIRef(EX + tail)))
    return ds


def two_clusters() -> Dataset:
    org, meeting, initiative = CPPCC.Organization, CPPCC.Meeting, CPPCC.Initiative
    ents = {f"甲{i}": (org, ["a"]) for i in range(5)} | {f"乙{i}": (org, ["b"]) for i in range(5)}
    ents |= {"甲会": (meeting, ["a"]), "共同行动": (initiative, ["a", "b"]), "单独行动": (initiative, ["b"])}
    rels = [(f"甲{i}", "collaboratesWith", f"甲{j}", "a") for i in range(5) for j in range(i + 1, 5)]
    rels += [(f"乙{i}", "collaboratesWith", f"乙{j}", "b") for i in range(5) for j in range(i + 1, 5)]
    rels += [("甲0", "organizes", "甲会", "a"), ("乙0", "ledBy", "甲0", "b")]
    return dataset(ents, rels)


def test_entity_graph_matches_sparql_on_the_seeds(built):
    ds = load_dataset(built / "graph.trig")
    g = entity_graph(ds)
    q = """PREFIX cppcc: <https://w3id.org/cppcc-kg/ontology#>
    SELECT DISTINCT ?e WHERE { VALUES ?c { cppcc:Organization cppcc:Meeting cppcc:MeetingSeries cppcc:Initiative } ?e a ?c }"""
    assert set(g) == {str(row[0]) for row in run_query(ds, q)}
    q = """PREFIX cppcc: <https://w3id.org/cppcc-kg/ontology#>
    SELECT DISTINCT ?a ?p ?b WHERE { VALUES ?p { cppcc:organizes cppcc:participatesIn cppcc:subOrganizationOf
      cppcc:collaboratesWith cppcc:ledBy } ?a ?p ?b }"""
    triples = {(str(a), str(b), str(p).rsplit("#", 1)[1]) for a, p, b in run_query(ds, q)}
    assert set(g.edges(keys=True)) == triples
    for a, b, d in g.edges(data=True):  # every relation comes with the sentence that says it
        assert d["evidence"] and set(d["evidence"]) <= set(d["reports"]), (a, b)


def test_nodes_carry_reports_and_sentences():
    g = entity_graph(two_clusters())
    shared = g.nodes[EX + "共同行动"]
    assert shared["type"] == "initiative" and shared["reports"] == ("a.txt", "b.txt")
    assert shared["mentions"]["b.txt"] == ("共同行动在b中出现。",)
    assert g.edges[EX + "乙0", EX + "甲0", "ledBy"]["reports"] == ("b.txt",)


def test_communities_find_the_two_clusters_and_are_stable():
    g = entity_graph(two_clusters())
    found = communities(g)
    assert found == communities(g)
    assert sum(len(c) for c in found) == len(g)
    as_sets = [set(c) for c in found]
    assert {EX + f"甲{i}" for i in range(5)} <= next(c for c in as_sets if EX + "甲1" in c)
    assert not as_sets[0] & {EX + "乙1"} or not as_sets[0] & {EX + "甲1"}


def test_hub_is_most_central_and_shared_initiatives_need_two_reports():
    g = entity_graph(two_clusters())
    cent = centrality(g)
    assert max(cent, key=cent.get) == EX + "甲0"
    assert [n for n, _ in shared_initiatives(g)] == [EX + "共同行动"]


def test_stats_text_and_command(runner, built, tmp_path):
    text = format_stats(entity_graph(two_clusters()), top=3)
    lines = text.splitlines()
    body = lines.index("Most central bodies (degree centrality, top 3):")
    assert "甲0" in lines[body + 1]
    assert "Initiatives shared by several reports: 1" in text and "共同行动  (a.txt, b.txt)" in text
    result = runner.invoke(main, ["stats", "--graph", str(built / "graph.trig"), "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "Communities (Louvain, seed 42):" in result.output
    missing = runner.invoke(main, ["stats", "--graph", str(tmp_path / "none.trig")])
    assert missing.exit_code == 1 and missing.output.startswith("Error: no graph at")
