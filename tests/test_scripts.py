"""scripts/make_corpus.py and scripts/benchmark.py, run as a person runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main

from .conftest import ROOT, SEEDS

SCRIPTS = ROOT / "scripts"


def script(name: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPTS / name), *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT)


@pytest.fixture(scope="module")
def corpus20(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "gen"
    proc = script("make_corpus.py", str(out), "-n", "20", "--seed", "3", "--short")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("wrote 20 reports (") and proc.stdout.endswith(f" bytes) to {out}\n")
    return out


def test_same_seed_same_corpus_and_prefix_stable(corpus20, tmp_path):
    again = tmp_path / "again"
    assert script("make_corpus.py", str(again), "-n", "5", "--seed", "3", "--short").returncode == 0
    names = sorted(p.name for p in again.iterdir())
    assert names == [f"gen_{i:05d}.txt" for i in range(5)]
    for name in names:  # report i does not depend on how many are made
        assert (again / name).read_bytes() == (corpus20 / name).read_bytes()
    other = tmp_path / "other"
    assert script("make_corpus.py", str(other), "-n", "5", "--seed", "4", "--short").returncode == 0
    full = tmp_path / "full"
    assert script("make_corpus.py", str(full), "-n", "1", "--seed", "3").returncode == 0
    short_text = (again / names[0]).read_text(encoding="utf-8")
    full_text = (full / names[0]).read_text(encoding="utf-8")
    assert short_text.splitlines()[:6] == full_text.splitlines()[:6] and len(full_text) > 3 * len(short_text)
    assert (other / names[0]).read_bytes() != (again / names[0]).read_bytes()


def test_generated_reports_vary_in_place_and_level(corpus20):
    titles = [p.read_text(encoding="utf-8").splitlines()[0] for p in sorted(corpus20.iterdir())]
    assert len(set(titles)) >= 15
    assert all(t.startswith("政协") and t.endswith("委员会常务委员会工作报告") for t in titles)
    assert any("区第" in t or "县第" in t for t in titles) and any("市第" in t for t in titles)


def test_generated_corpus_builds_one_named_graph_per_report(runner, corpus20, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(corpus20), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("20 reports read, 0 skipped; ")
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    counted = runner.invoke(main, ["query", q, "--graph", str(out / "graph.trig"), "--format", "csv"])
    assert counted.output.splitlines() == ["n", "20"]
    assert len((out / "extraction.jsonl").read_text(encoding="utf-8").splitlines()) == 20


def test_mixed_corpus_as_found_on_the_web_builds_too(runner, tmp_path):
    corpus = tmp_path / "mixed"
    assert script("make_corpus.py", str(corpus), "-n", "20", "--seed", "3", "--short", "--mixed").returncode == 0
    raw = [p.read_bytes() for p in sorted(corpus.iterdir())]

    def utf8(b: bytes) -> bool:
        try:
            b.decode("utf-8")
            return True
        except UnicodeDecodeError:
            return False

    assert any(not utf8(b) for b in raw) and any(b.startswith(b"\xef\xbb\xbf") for b in raw)
    assert any("政協".encode("utf-8") in b for b in raw)  # traditional characters
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("20 reports read, 0 skipped; ")
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    counted = runner.invoke(main, ["query", q, "--graph", str(out / "graph.trig"), "--format", "csv"])
    assert counted.output.splitlines() == ["n", "20"]


def test_make_corpus_refuses_a_file_as_folder(tmp_path):
    f = tmp_path / "file.txt"
    f.write_text("x", encoding="utf-8")
    proc = script("make_corpus.py", str(f), "-n", "2")
    assert proc.returncode == 1
    assert proc.stderr == f"Error: {f} exists and is not a folder\n"


def test_benchmark_reports_every_stage_as_a_ratio_to_jieba(tmp_path):
    one = min(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)
    proc = script("benchmark.py", str(one), "--repeat", "1", "--generate", "2", "--json")
    assert proc.returncode == 0, proc.stderr
    measures = json.loads(proc.stdout)
    assert [m["reports"] for m in measures] == [1, 2]
    assert measures[0]["characters"] == len(one.read_text(encoding="utf-8"))
    for m in measures:
        assert list(m["times_jieba_lcut"]) == ["ingest", "extract", "link", "graph", "serialise", "total"]
        ratios = m["times_jieba_lcut"]
        assert all(r > 0 for r in ratios.values())
        assert ratios["total"] >= max(v for k, v in ratios.items() if k != "total") * 0.99


def test_benchmark_table_names_each_stage_and_its_speed(monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("kg_benchmark_script", SCRIPTS / "benchmark.py")
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench)  # dataclasses look their module up there
    spec.loader.exec_module(bench)
    m = bench.Measure("seeds", 5, 1000, 3, {"ingest": 0.5, "extract": 4.0, "link": 0.0, "total": 4.5})
    assert bench.format_measure(m).splitlines() == [
        "seeds: 5 reports, 1000 characters; median of 3 runs",
        "  stage         takes    characters/second   (both as multiples of jieba.lcut's)",
        "  ingest       0.500×               2.000×",
        "  extract      4.000×               0.250×",
        "  link         0.000×                    —",
        "  total        4.500×               0.222×",
    ]


def test_benchmark_bad_path(tmp_path):
    bad = script("benchmark.py", str(tmp_path / "none"))
    assert bad.returncode == 1
    assert bad.stderr == f"Error: no such file or folder: {tmp_path / 'none'}\n"
