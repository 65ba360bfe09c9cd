"""Counting a page view costs a cached page no database query: one in-memory increment (target: median
< 20 µs), and a cached article with counting stays within the page cache's budget (< 5 ms).

    .venv/bin/pytest -q benchmarks/test_readership_bench.py --benchmark-only
"""

from django.test import Client
from django.utils import timezone

from readership.counter import buffer


def test_counting_one_view(benchmark, db):
    day = timezone.localdate()
    benchmark(buffer.add, day, "ar", "/ar/sihha/vard/")
    buffer.flush()
    assert benchmark.stats.stats.median < 0.00002


def test_cached_article_with_counting(benchmark, db, django_assert_num_queries):
    from pages.demo import load_home
    from tests.reader.factories import health_topic

    health_topic(load_home())
    client = Client()
    url = "/ar/alsiha/markaz/"
    assert client.get(url).status_code == 200
    with django_assert_num_queries(0):
        client.get(url)
    benchmark(client.get, url)
    buffer.flush()
    assert benchmark.stats.stats.median < 0.005
