"""Rewrite loaded_demo.json from what load_demo puts in the database now (run when content/ changes on
purpose: ``REGENERATE_SNAPSHOT=1 pytest tests/content/regenerate_snapshot.py``); review its diff."""

import json
import os
from pathlib import Path

import pytest

from . import snapshot


@pytest.mark.skipif(not os.environ.get("REGENERATE_SNAPSHOT"), reason="only on purpose: REGENERATE_SNAPSHOT=1")
def test_regenerate(db):
    from directory import demo as directory_demo
    from pages import demo as pages_demo

    pages_demo.load()
    directory_demo.load()
    data = {"pages": snapshot.pages(), "directory": snapshot.directory()}
    path = Path(__file__).with_name("loaded_demo.json")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
