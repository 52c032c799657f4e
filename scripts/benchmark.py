#!/usr/bin/env python3
"""How fast each stage of the pipeline is, as a ratio to jieba.lcut over the same text, in the same run.

usage: benchmark.py [PATHS…] [--repeat N] [--generate N] [--seed S] [--mixed] [--json]

Seconds depend on the machine; a ratio to a fixed reference measured alongside does not (much). The
reference is bare word segmentation: `lcut` of a fresh jieba.Tokenizer, initialised before timing,
over the text of every report. Each run times ingest (files → Documents), extract, link, graph
(the rdflib Dataset) and serialise (TriG, Turtle and extraction JSONL, in memory), then the
reference; the figures are the medians over the runs of each stage's ratio to the reference of its
own run. One run before timing warms up lazy loading (dictionaries, rdflib plugins).

PATHS default to seeds/; --generate N also measures a corpus of N reports from make_corpus.py
(--mixed: as found on the web, in several encodings, see make_corpus.py).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STAGES = ("ingest", "extract", "link", "graph", "serialise")


@dataclass
class Measure:
    """The medians of one corpus: each stage's time as a multiple of jieba.lcut's over the same text."""

    corpus: str
    reports: int
    characters: int
    runs: int
    ratios: dict[str, float] = field(default_factory=dict)  # stage (and "total") → × jieba.lcut

    def as_dict(self) -> dict:
        return {"corpus": self.corpus, "reports": self.reports, "characters": self.characters,
                "runs": self.runs, "times_jieba_lcut": self.ratios}


def reference_tokenizer():
    """A fresh jieba.Tokenizer, its dictionary loaded now so that loading is not timed."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def one_run(paths: list[str], tok) -> tuple[dict[str, float], int, int]:
    """Seconds of each stage and of the reference, in this order; and the corpus size."""
    from kg.extract import extract
    from kg.graph import build_dataset
    from kg.ingest import iter_documents
    from kg.link import link
    from kg.model import Document
    from kg.outputs import extraction_jsonl, graph_text

    seconds = {}
    seconds["ingest"], docs = timed(lambda: [d for d in iter_documents(paths) if isinstance(d, Document)])
    seconds["extract"], extractions = timed(lambda: [extract(d) for d in docs])
    seconds["link"], linked = timed(lambda: link(extractions))
    seconds["graph"], ds = timed(lambda: build_dataset(linked))
    seconds["serialise"], _ = timed(lambda: (graph_text(ds, "trig"), graph_text(ds, "ttl"),
                                             extraction_jsonl(linked)))
    texts = [d.text for d in docs]
    seconds["jieba.lcut"], _ = timed(lambda: [tok.lcut(t) for t in texts])
    return seconds, len(docs), sum(map(len, texts))


def measure(corpus: str, paths: list[str], repeat: int, tok) -> Measure:
    one_run(paths, tok)  # warm-up
    per_run: dict[str, list[float]] = {s: [] for s in (*STAGES, "total")}
    reports = characters = 0
    for _ in range(repeat):
        seconds, reports, characters = one_run(paths, tok)
        ref = seconds["jieba.lcut"]
        for s in STAGES:
            per_run[s].append(seconds[s] / ref)
        per_run["total"].append(sum(seconds[s] for s in STAGES) / ref)
    return Measure(corpus, reports, characters, repeat, {s: statistics.median(v) for s, v in per_run.items()})


def format_measure(m: Measure) -> str:
    reports = f"{m.reports} report{'' if m.reports == 1 else 's'}"
    runs = f"median of {m.runs} runs" if m.runs > 1 else "1 run"
    lines = [f"{m.corpus}: {reports}, {m.characters} characters; {runs}",
             f"  {'stage':10} {'takes':>8}  {'characters/second':>19}   (both as multiples of jieba.lcut's)"]
    for stage, ratio in m.ratios.items():
        speed = f"{1 / ratio:.3f}×" if ratio else "—"
        lines.append(f"  {stage:10} {ratio:7.3f}×  {speed:>19}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")])
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per corpus (default 5)")
    ap.add_argument("--generate", type=int, default=50, metavar="N",
                    help="also measure N generated reports (default 50; 0 to skip)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the generated corpus")
    ap.add_argument("--mixed", action="store_true", help="generate the corpus with make_corpus.py --mixed")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = ap.parse_args(argv)
    if a.repeat < 1:
        ap.error("--repeat must be at least 1")
    missing = [p for p in a.paths if not Path(p).exists()]
    if missing:
        print(f"Error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 1
    tok = reference_tokenizer()
    results = [measure(", ".join(a.paths), a.paths, a.repeat, tok)]
    if a.generate > 0:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from make_corpus import write_corpus

        with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
            write_corpus(Path(tmp), a.generate, a.seed, mixed=a.mixed)
            name = f"{a.generate} generated reports (seed {a.seed}{', mixed' if a.mixed else ''})"
            results.append(measure(name, [tmp], a.repeat, tok))
    if a.json:
        print(json.dumps([m.as_dict() for m in results], ensure_ascii=False, indent=1))
    else:
        print("\n\n".join(format_measure(m) for m in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
