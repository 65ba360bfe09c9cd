"""Search fixtures: a fresh engine per test, synthetic documents, and the engines the contract runs on."""

import os
import uuid

import pytest

from search.backends import language_analysis
from search.documents import SearchDocument
from search.engines.embedded import EmbeddedEngine

PAGE, ORGANIZATION = "page", "organization"
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
    engine = EmbeddedEngine(language_analysis(), synonyms, path=":memory:")
    yield engine
    engine.close()


def _elasticsearch(synonyms):
    from search.engines.elasticsearch import ElasticsearchEngine

    engine = ElasticsearchEngine(language_analysis(), synonyms, url=ELASTICSEARCH_URL,
                                 prefix=f"test-{uuid.uuid4().hex[:8]}")
    engine.refresh_on_write = True
    return engine


def _postgres(synonyms):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip(f"the database is {connection.vendor}, not PostgreSQL: set DATABASE_URL=postgres://… "
                    "to run the PostgreSQL engine")
    from search.engines.postgres import PostgresEngine

    return PostgresEngine(language_analysis(), synonyms)


@pytest.fixture(params=["embedded", "postgres", pytest.param("elasticsearch", marks=needs_elasticsearch)])
def engine(request, synonyms):
    """Every engine the contract runs against: the embedded one always, PostgreSQL when the database is
    PostgreSQL, Elasticsearch when reachable."""
    if request.param == "embedded":
        engine = EmbeddedEngine(language_analysis(), synonyms, path=":memory:")
        yield engine
        engine.close()
    elif request.param == "postgres":
        yield _postgres(synonyms)
    else:
        engine = _elasticsearch(synonyms)
        yield engine
        engine.drop()


@pytest.fixture(autouse=True)
def _capabilities(request):
    """``@pytest.mark.requires(Capability.X)``: skipped, saying why, for an engine that does not declare it."""
    marker = request.node.get_closest_marker("requires")
    if marker is None or "engine" not in request.fixturenames:
        return
    engine = request.getfixturevalue("engine")
    for capability in marker.args:
        if not engine.can(capability):
            pytest.skip(f"the {engine.name} engine does not declare {capability.value}")


@pytest.fixture
def site_engine(settings, tmp_path):
    """The engine the site uses (``get_engine()``), on an index file of this test's own."""
    from search.backends import get_engine

    settings.SEARCH_BACKENDS = {"default": {"ENGINE": "search.engines.embedded.EmbeddedEngine",
                                            "OPTIONS": {"path": str(tmp_path / "search_index.sqlite3")}}}
    yield get_engine()
