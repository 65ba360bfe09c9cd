"""Shared fixtures: the demo home page and a client per language."""

import pytest


@pytest.fixture
def home(db):
    from portal.demo import load

    return load()
