"""Shared fixtures: the demo home page and a client per language."""

import pytest


@pytest.fixture
def home(db):
    from portal.demo import load

    return load()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in Swedish: a request made by an earlier test leaves its language active."""
    from django.utils import translation

    translation.activate("sv")
    yield
    translation.activate("sv")
