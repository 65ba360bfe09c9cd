"""pytest-benchmark view of benchmarks/search_bench.py (run with ``pytest benchmarks/ --benchmark-enable``)."""

import pytest
from search_bench import corpus, index_all, queries

from search.backends import language_analysis
from search.engines.embedded import EmbeddedEngine

DOCUMENTS = 100_000


@pytest.fixture(scope="module")
def data():
    return corpus(DOCUMENTS)


@pytest.fixture(scope="module")
def engine(data, tmp_path_factory):
    engine = EmbeddedEngine(language_analysis(), path=tmp_path_factory.mktemp("bench") / "index.sqlite3")
    index_all(engine, data[0])
    return engine


def test_indexing_10000_documents(benchmark, data, tmp_path_factory):
    docs = data[0][:10_000]

    def run():
        engine = EmbeddedEngine(language_analysis(), path=tmp_path_factory.mktemp("idx") / "index.sqlite3")
        index_all(engine, docs)

    benchmark.pedantic(run, rounds=1, iterations=1)


def test_search_latency(benchmark, engine, data):
    qs = iter(queries(data[1], 100_000))

    def run():
        q, code = next(qs)
        return engine.search(q, code)

    benchmark(run)
