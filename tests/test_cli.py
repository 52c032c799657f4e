"""Every command through the CLI runner, with the real pipeline behind it."""

from __future__ import annotations

import csv
import io
import json
import subprocess

import pytest

from kg.cli import main
from kg.query import stored_queries

from .conftest import SEEDS, require_tool

ORG_COUNT = "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a <http://www.w3.org/ns/org#Organization> }"


def test_build_writes_every_output_and_one_summary_line(runner, tmp_path):
    result = runner.invoke(main, ["build", str(SEEDS), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("graph.trig", "graph.ttl", "extraction.jsonl", "graph.html"):
        assert (tmp_path / name).stat().st_size > 0, name
    lines = result.output.splitlines()
    assert lines[0].startswith("5 reports read, 0 skipped; entities: ")
    assert "organizations" in lines[0] and "meetings" in lines[0] and "initiatives" in lines[0]
    assert lines[-1] == f"HTML view: {tmp_path / 'graph.html'}"


def test_builds_in_separate_processes_give_identical_files(tmp_path):
    """Two processes with different hash seeds: nothing salted (str hash, set order) may leak out."""
    import os
    import subprocess
    import sys

    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(out), "--no-shapes",
                               "--format", "jsonld", "--format", "nquads"], env=env, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        outs.append(out)
    names = ("graph.trig", "graph.ttl", "graph.nq", "graph.jsonld", "extraction.jsonl", "graph.html")
    for name in names:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_a_build_that_reads_nothing_writes_nothing(runner, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.trig").write_text("kept", encoding="utf-8")
    result = runner.invoke(main, ["build", str(tmp_path / "typo"), "--out", str(out)])
    assert result.exit_code == 1
    assert result.output == (f"skipped {tmp_path / 'typo'}: no such file or folder\n"
                             f"Error: no report could be read from {tmp_path / 'typo'}; nothing written to {out}/\n")
    assert (out / "graph.trig").read_text(encoding="utf-8") == "kept"


def test_two_reports_with_one_stem_stay_two_named_graphs(runner, tmp_path):
    text = (SEEDS / "001_43e4e9ad7536d49b.txt").read_text(encoding="utf-8")
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    (tmp_path / "r.html").write_text(f"<html><body><p>{text[:400]}</p></body></html>", encoding="utf-8")
    result = runner.invoke(main, ["build", str(tmp_path / "r.txt"), str(tmp_path / "r.html"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a <https://w3id.org/cppcc-kg/ontology#Report> } }"
    counted = runner.invoke(main, ["query", q, "--graph", str(tmp_path / "o" / "graph.trig"), "--format", "csv"])
    assert counted.output.splitlines()[1] == "2"


def test_extract_writes_one_record_per_report(runner):
    result = runner.invoke(main, ["extract", *sorted(map(str, SEEDS.glob("*.txt"))), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["doc"] for r in records] == sorted(p.name for p in SEEDS.glob("*.txt"))
    text = (SEEDS / records[0]["doc"]).read_text(encoding="utf-8")
    for ent in records[0]["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"]:m["end"]] in ent["surfaces"]


def test_query_json_counts_at_least_20_organizations(runner, built):
    result = runner.invoke(main, ["query", ORG_COUNT, "--graph", str(built / "graph.trig"), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["head"] == {"vars": ["n"]}
    assert int(doc["results"]["bindings"][0]["n"]["value"]) >= 20


def test_query_table_and_csv_agree(runner, built):
    q = "SELECT ?file WHERE { ?r a <https://w3id.org/cppcc-kg/ontology#Report> ; <https://w3id.org/cppcc-kg/ontology#sourceFile> ?file } ORDER BY ?file"
    table = runner.invoke(main, ["query", q, "--graph", str(built / "graph.trig")])
    rows = list(csv.reader(io.StringIO(runner.invoke(main, ["query", q, "--graph", str(built / "graph.trig"), "--format", "csv"]).output)))
    assert rows[0] == ["file"]
    assert [r[0] for r in rows[1:]] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert table.output.splitlines()[0] == "file"
    assert table.output.splitlines()[-1] == "(5 rows)"


def test_table_counts_chinese_as_double_width():
    from kg.query import table

    out = table(["name", "n"], [["区政协", "1"], ["ab", "22"]])
    lines = out.splitlines()
    assert lines[2] == "区政协  1"
    assert lines[3] == "ab      22"


def test_ask_and_construct(runner, built):
    g = str(built / "graph.trig")
    ask = runner.invoke(main, ["query", "ASK { ?s a <http://www.w3.org/ns/org#Organization> }", "--graph", g])
    assert ask.output == "true\n"
    construct = runner.invoke(main, ["query", "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3", "--graph", g])
    assert construct.exit_code == 0 and "@prefix" in construct.output or " a " in construct.output


def test_named_graphs_reach_one_report(runner, built):
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    result = runner.invoke(main, ["query", q, "--graph", str(built / "graph.trig"), "--format", "csv"])
    assert result.output.splitlines()[1] == "5"


def test_malformed_query_is_one_line_with_position(runner, built):
    result = runner.invoke(main, ["query", "SELEC ?x WHERE { ?x ?y ?z }", "--graph", str(built / "graph.trig")])
    assert result.exit_code == 1
    assert result.output == (
        "Error: malformed SPARQL at line 1, column 1: Expected {SelectQuery | ConstructQuery | "
        "DescribeQuery | AskQuery} (near: SELEC ?x WHERE { ?x ?y ?z })\n"
    )


def test_missing_graph_is_one_line(runner, tmp_path):
    result = runner.invoke(main, ["query", ORG_COUNT, "--graph", str(tmp_path / "none.trig")])
    assert result.exit_code == 1
    assert result.output == f"Error: no graph at {tmp_path / 'none.trig'}: run `kg build` first or give --graph PATH\n"


def test_query_needs_a_query(runner):
    result = runner.invoke(main, ["query"])
    assert result.exit_code == 1
    assert result.output == "Error: give a SPARQL query, a ready question's name (see --list), or --file Q.rq\n"


def test_query_from_file_and_bad_bind(runner, built, tmp_path):
    q = tmp_path / "q.rq"
    q.write_text(ORG_COUNT, encoding="utf-8")
    ok = runner.invoke(main, ["query", "--file", str(q), "--graph", str(built / "graph.trig"), "--format", "csv"])
    assert ok.exit_code == 0 and int(ok.output.splitlines()[1]) >= 20
    bad = runner.invoke(main, ["query", "reports", "--bind", "novalue", "--graph", str(built / "graph.trig")])
    assert bad.output == "Error: --bind takes VAR=VALUE, got 'novalue'\n"


def test_list_names_every_stored_query(runner):
    result = runner.invoke(main, ["query", "--list"])
    names = [line.split()[0] for line in result.output.splitlines()]
    assert names == sorted(stored_queries()) and len(names) >= 8


@pytest.mark.parametrize("name", sorted(stored_queries()))
def test_every_stored_query_runs(runner, built, name):
    result = runner.invoke(main, ["query", name, "--graph", str(built / "graph.trig"), "--format", "json"])
    assert result.exit_code == 0, result.output
    json.loads(result.output)


def test_union_turtle_parses_with_rapper(built):
    rapper = require_tool("rapper", "apt-get install raptor2-utils, or run scripts/setup.sh --test")
    proc = subprocess.run([rapper, "-i", "turtle", "-c", str(built / "graph.ttl")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "returned" in proc.stderr


def test_readme_examples_are_the_real_output():
    """The README's example blocks are what the commands print now (scripts/update_readme.py)."""
    import subprocess
    import sys

    from .conftest import ROOT

    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_readme.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_build_in_two_processes_gives_the_same_files(runner, built, tmp_path):
    result = runner.invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    for name in ("graph.trig", "graph.ttl", "extraction.jsonl", "graph.html"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name
