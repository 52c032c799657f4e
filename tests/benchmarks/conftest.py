"""After a --benchmark-only run, print every stage's median as a multiple of jieba.lcut's."""

from __future__ import annotations


def pytest_terminal_summary(terminalreporter, config):
    session = getattr(config, "_benchmarksession", None)  # pytest-benchmark's, when it ran
    benches = [b for b in getattr(session, "benchmarks", []) if b and b.group == "pipeline on seeds/"]
    reference = next((b for b in benches if "jieba" in b.name), None)
    if reference is None or not reference.stats.median:
        return
    terminalreporter.section("pipeline stages on seeds/ as multiples of jieba.lcut (medians)")
    for b in sorted(benches, key=lambda b: b.name):
        terminalreporter.write_line(f"{b.name:32} {b.stats.median / reference.stats.median:9.3f}×")
