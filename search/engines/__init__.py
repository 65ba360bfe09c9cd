"""The configured search engine: ``get_engine()`` picks it from ``settings.SEARCH_BACKEND``."""

from __future__ import annotations

import threading

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connections

from search.engines.base import EngineUnavailable, Filters, Results, SearchEngine

__all__ = ["EngineUnavailable", "Filters", "Results", "SearchEngine", "get_engine", "reset_engine"]

_engines: dict[tuple, SearchEngine] = {}
_lock = threading.Lock()


def _uses_test_database() -> bool:
    name = str(connections["default"].settings_dict.get("NAME") or "")
    return name.startswith("test_") or "mode=memory" in name or name == ":memory:"


def index_path() -> str:
    """The embedded index file: ``SEARCH_INDEX_PATH``; a throwaway test database gets an in-memory index."""
    configured = getattr(settings, "SEARCH_INDEX_PATH", None)
    if configured:
        return str(configured)
    if _uses_test_database():
        return ":memory:"
    return str(settings.BASE_DIR / "search_index.sqlite3")


def _key() -> tuple:
    backend = getattr(settings, "SEARCH_BACKEND", "embedded") or "embedded"
    if backend == "embedded":
        return (backend, index_path())
    if backend == "elasticsearch":
        return (backend, settings.ELASTICSEARCH_URL, getattr(settings, "SEARCH_INDEX_PREFIX", "portal"))
    raise ImproperlyConfigured(f"SEARCH_BACKEND must be 'embedded' or 'elasticsearch', not {backend!r}")


def get_engine() -> SearchEngine:
    key = _key()
    engine = _engines.get(key)
    if engine is None:
        with _lock:
            engine = _engines.get(key)
            if engine is None:
                engine = _engines[key] = _create(key)
    return engine


def _create(key: tuple) -> SearchEngine:
    if key[0] == "embedded":
        from search.engines.embedded import EmbeddedEngine

        return EmbeddedEngine(key[1])
    from search.engines.elasticsearch import ElasticsearchEngine

    return ElasticsearchEngine(url=key[1], prefix=key[2])


def reset_engine() -> None:
    """Forget the engines made so far (after settings change)."""
    with _lock:
        _engines.clear()
