"""Shared fixtures: the demo home page and a client per language."""

import pytest


@pytest.fixture
def home(db):
    from pages.demo import load_home

    return load_home()


@pytest.fixture(autouse=True)
def _fresh_language_and_cache():
    """Each test starts in Swedish with an empty cache: a request made by an earlier test leaves its
    language active, and cached pages and site root paths of an earlier test's database."""
    from django.core.cache import cache
    from django.utils import translation

    cache.clear()
    translation.activate("sv")
    yield
    translation.activate("sv")
