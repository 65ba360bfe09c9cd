"""Search fixtures: a fresh engine per test, synthetic documents, and the engines the contract runs on."""

import os
import uuid

import pytest

from search.documents import ORGANIZATION, PAGE, SearchDocument
from search.engines.embedded import EmbeddedEngine

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
needs_elasticsearch = pytest.mark.skipif(
    not ELASTICSEARCH_URL, reason="ELASTICSEARCH_URL is not set: no Elasticsearch cluster to test against")


def make_doc(title, language="sv", body="", type=PAGE, object_id=None, **kwargs):
    return SearchDocument(type=type, object_id=str(object_id or uuid.uuid4().int % 10**9), language=language,
                          title=title, body=body, url=kwargs.pop("url", f"/{language}/{title[:10]}/"), **kwargs)


def make_actor(name, language="sv", body="", **kwargs):
    return make_doc(name, language, body, type=ORGANIZATION, names=(name,), **kwargs)


class Synonyms:
    """Synonym groups per language, set by a test."""

    def __init__(self):
        self.groups = {}

    def __call__(self, language):
        return self.groups.get(language, [])


@pytest.fixture
def synonyms():
    return Synonyms()


@pytest.fixture
def embedded(synonyms):
    engine = EmbeddedEngine(":memory:", synonyms=synonyms)
    yield engine
    engine.close()


def _elasticsearch(synonyms):
    from search.engines.elasticsearch import ElasticsearchEngine

    engine = ElasticsearchEngine(url=ELASTICSEARCH_URL, prefix=f"test-{uuid.uuid4().hex[:8]}", synonyms=synonyms)
    engine.refresh_on_write = True
    return engine


@pytest.fixture(params=["embedded", pytest.param("elasticsearch", marks=needs_elasticsearch)])
def engine(request, synonyms):
    """Every engine the contract runs against: the embedded one always, Elasticsearch when reachable."""
    if request.param == "embedded":
        engine = EmbeddedEngine(":memory:", synonyms=synonyms)
        yield engine
        engine.close()
    else:
        engine = _elasticsearch(synonyms)
        yield engine
        engine.drop()


@pytest.fixture
def site_engine(settings, tmp_path):
    """The engine the site uses (``get_engine()``), on an index file of this test's own."""
    from search.engines import get_engine, reset_engine

    settings.SEARCH_BACKEND = "embedded"
    settings.SEARCH_INDEX_PATH = str(tmp_path / "search_index.sqlite3")
    reset_engine()
    yield get_engine()
    get_engine().close()
    reset_engine()
