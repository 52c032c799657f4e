"""outputs: every graph format is byte-identical across builds, parses back, and external tools read it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from rdflib import Dataset, Graph

from kg.graph import PREFIXES
from kg.outputs import GRAPH_FORMATS

from .conftest import ROOT, SEEDS, require_tool

PARSERS = {"trig": "trig", "ttl": "turtle", "nquads": "nquads", "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """Two `kg build` runs in separate processes with different hash seeds: nothing salted may leak."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path_factory.mktemp(f"build{seed}")
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(out), "--no-shapes",
                               "--format", "jsonld", "--format", "nquads"], cwd=ROOT, env=env,
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        outs.append(out)
    return outs


@pytest.mark.parametrize("fmt", sorted(GRAPH_FORMATS))
def test_graph_files_are_byte_identical_across_builds(two_builds, fmt):
    a, b = (out / GRAPH_FORMATS[fmt] for out in two_builds)
    assert a.stat().st_size > 1000
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("fmt", ["nquads", "jsonld"])
def test_every_format_holds_the_same_quads_as_the_trig(two_builds, fmt):
    out = two_builds[0]
    quads = {}
    for f in ("trig", fmt):
        ds = Dataset()
        ds.parse(out / GRAPH_FORMATS[f], format=PARSERS[f])
        quads[f] = {(s, p, o, getattr(g, "identifier", g)) for s, p, o, g in ds.quads((None, None, None, None))}
    assert len(quads["trig"]) > 1000
    assert quads[fmt] == quads["trig"]


def test_jsonld_has_a_context_with_the_graph_prefixes(two_builds):
    doc = json.loads((two_builds[0] / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == {p: str(ns) for p, ns in PREFIXES.items()}
    graphs = doc["@graph"]
    assert len(graphs) == 5 and all(g["@id"].startswith("https://w3id.org/cppcc-kg/id/report/") for g in graphs)
    text = (two_builds[0] / "graph.jsonld").read_text(encoding="utf-8")
    assert '"cppcc:sourceFile"' in text and '"oa:hasSelector"' in text


def test_nquads_lines_are_sorted_and_unique(two_builds):
    lines = (two_builds[0] / "graph.nq").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(set(lines))
    assert all(line.endswith(" .") and "_:" not in line for line in lines)


def rapper_count(rapper: str, path, syntax: str) -> int:
    proc = subprocess.run([rapper, "-i", syntax, "-c", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return int(proc.stderr.split("returned ")[1].split()[0])


def test_rapper_reads_the_union_turtle_and_the_nquads(two_builds):
    rapper = require_tool("rapper", "apt-get install raptor2-utils, or run scripts/setup.sh --test")
    out = two_builds[0]
    union = Graph().parse(out / "graph.ttl", format="turtle")
    assert rapper_count(rapper, out / "graph.ttl", "turtle") == len(union)
    assert rapper_count(rapper, out / "graph.nq", "nquads") == len(
        (out / "graph.nq").read_text(encoding="utf-8").splitlines())
    assert rapper_count(rapper, out / "graph.trig", "trig") == len(
        (out / "graph.nq").read_text(encoding="utf-8").splitlines())
