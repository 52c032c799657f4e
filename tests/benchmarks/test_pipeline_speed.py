"""Each stage of the pipeline on seeds/, beside the reference jieba.lcut over the same text.

Run with:  python -m pytest tests/benchmarks --benchmark-only
(needs pytest-benchmark: pip install -e '.[bench]'). Otherwise these are skipped, so the default test
run stays fast. All benchmarks share one group; in pytest-benchmark's table the figure in brackets
after each time is its ratio to the fastest, and `--benchmark-sort=name` puts jieba.lcut first.
scripts/benchmark.py prints the same ratios directly, as multiples of jieba.lcut.
"""

from __future__ import annotations

import pytest

from ..conftest import SEEDS

pytest.importorskip("pytest_benchmark")


@pytest.fixture(autouse=True)
def only_when_asked(request):
    if not request.config.getoption("benchmark_only", False):
        pytest.skip("benchmarks run only with --benchmark-only")


@pytest.fixture(scope="module")
def documents():
    from kg.ingest import iter_documents
    from kg.model import Document

    return [d for d in iter_documents([SEEDS]) if isinstance(d, Document)]


@pytest.fixture(scope="module")
def linked(documents):
    from kg.extract import extract
    from kg.link import link

    return link([extract(d) for d in documents])


@pytest.fixture(scope="module")
def dataset(linked):
    from kg.graph import build_dataset

    return build_dataset(linked)


@pytest.mark.benchmark(group="pipeline on seeds/")
def test_0_reference_jieba_lcut(benchmark, documents):
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    words = benchmark(lambda: [tok.lcut(d.text) for d in documents])
    assert sum(map(len, words)) > 1000


@pytest.mark.benchmark(group="pipeline on seeds/")
def test_1_ingest(benchmark):
    from kg.ingest import iter_documents

    assert len(benchmark(lambda: list(iter_documents([SEEDS])))) == 5


@pytest.mark.benchmark(group="pipeline on seeds/")
def test_2_extract(benchmark, documents):
    from kg.extract import extract

    assert len(benchmark(lambda: [extract(d) for d in documents])) == len(documents)


@pytest.mark.benchmark(group="pipeline on seeds/")
def test_3_link(benchmark, linked):
    from kg.link import link

    assert len(benchmark(link, linked)) == len(linked)


@pytest.mark.benchmark(group="pipeline on seeds/")
def test_4_graph(benchmark, linked):
    from kg.graph import build_dataset

    assert len(list(benchmark(build_dataset, linked).graphs())) >= len(linked)


@pytest.mark.benchmark(group="pipeline on seeds/")
def test_5_serialise(benchmark, linked, dataset):
    from kg.outputs import extraction_jsonl, graph_text

    def serialise():
        return graph_text(dataset, "trig"), graph_text(dataset, "ttl"), extraction_jsonl(linked)

    trig, ttl, jsonl = benchmark(serialise)
    assert trig and ttl and len(jsonl.splitlines()) == len(linked)
