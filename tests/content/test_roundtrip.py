"""The pages and directory loaded from content/ equal, field by field in every language, the snapshot in
loaded_demo.json of what the loader put in the database (first taken from the Python modules the files
were converted from; every later change to the content shows in that file's diff)."""

import json
from pathlib import Path

import pytest

from . import snapshot

EXPECTED = json.loads(Path(__file__).with_name("loaded_demo.json").read_text(encoding="utf-8"))


@pytest.fixture
def loaded(db):
    from directory import demo as directory_demo
    from pages import demo as pages_demo

    pages_demo.load()
    directory_demo.load()


def _normalise(value):
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def test_every_page_equals_the_snapshot_field_by_field(loaded):
    actual = _normalise(snapshot.pages())
    assert [p["url_path"] for p in actual] == [p["url_path"] for p in EXPECTED["pages"]]
    for got, want in zip(actual, EXPECTED["pages"], strict=True):
        for field, per_language in want["fields"].items():
            for code, value in per_language.items():
                assert got["fields"][field][code] == value, (want["url_path"], field, code)
        assert {k: v for k, v in got.items() if k != "fields"} == {k: v for k, v in want.items() if k != "fields"}


def test_every_organisation_equals_the_snapshot(loaded):
    actual = _normalise(snapshot.directory())
    assert actual["areas"] == EXPECTED["directory"]["areas"]
    assert [o["name"] for o in actual["organizations"]] == [o["name"] for o in EXPECTED["directory"]["organizations"]]
    for got, want in zip(actual["organizations"], EXPECTED["directory"]["organizations"], strict=True):
        assert got == want, want["name"]
