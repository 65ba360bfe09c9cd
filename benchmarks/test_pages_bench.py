"""An article page in Arabic from the cache and rendered afresh after a purge of the page tree, as after any
publish (targets: median < 5 ms from the cache, < 8 ms afresh; the test client's own bookkeeping included).

    .venv/bin/pytest -q benchmarks/test_pages_bench.py --benchmark-only
"""

import pytest
from django.test import Client
from django.utils import translation

from kernel import cache as page_cache
from kernel.focus_areas import FocusArea
from pages.models import ArticlePage, TopicPage
from tests.pages.conftest import make_page

BODY = [("heading", "عنوان"), ("paragraph", "<p>" + "نص عربي. " * 80 + "</p>"), ("bullets", ["أ", "ب", "ج"]),
        ("callout", {"tone": "info", "text": "ملاحظة."}), ("phone", {"label": "الطوارئ", "number": "112"})]


@pytest.fixture
def article_url(db):
    from pages.demo import load_home

    home = load_home()
    topic = make_page(home, TopicPage, focus_area=FocusArea.HEALTH, title={"sv": "Hälsa", "ar": "الصحة"},
                      slug={"sv": "halsa", "ar": "sihha"}, intro={"sv": "Vård.", "ar": "الرعاية."})
    article = make_page(topic, ArticlePage, title={"sv": "Vård", "ar": "الرعاية"}, slug={"sv": "vard"},
                        body={"sv": [("paragraph", "<p>Text.</p>")], "ar": BODY})
    with translation.override("ar"):
        return article.get_url()


def test_cached_article(benchmark, article_url):
    client = Client()
    assert client.get(article_url).status_code == 200
    benchmark(client.get, article_url)
    assert benchmark.stats.stats.median < 0.005


def test_uncached_article(benchmark, article_url):
    client = Client()

    def fresh():
        page_cache.purge()
        return client.get(article_url)

    benchmark(fresh)
    assert benchmark.stats.stats.median < 0.008
