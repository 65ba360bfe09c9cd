"""The translation workflow on the pages loaded from content/: the XLIFF/PO round trip changes nothing,
and a language file marked ``status: reviewed`` is recorded as reviewed."""

import shutil
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.contenttypes.models import ContentType

from pages import demo as pages_demo
from pages.models import ArticlePage
from translations import demo as translations_demo
from translations import exchange
from translations.models import FieldTranslationState, Status


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("staff", "staff@example.org", "a-long-password-1")


@pytest.mark.parametrize("fmt", exchange.FORMATS)
def test_exchange_round_trip_on_the_loaded_pages_changes_nothing(fmt, db, staff):
    pages_demo.load()
    translations_demo.load()
    states = set(FieldTranslationState.objects.values_list("object_id", "field", "language", "status",
                                                           "source_hash", "target_hash"))
    _name, data = exchange.export("all", "ar", fmt)
    assert "Vård när du blir sjuk".encode() in data

    result = exchange.import_file(staff, data, fmt, "ar", Status.MACHINE)

    assert result.ok, result.errors
    assert result.changed == 0
    assert set(FieldTranslationState.objects.values_list("object_id", "field", "language", "status",
                                                         "source_hash", "target_hash")) == states


def test_a_file_marked_reviewed_is_recorded_as_reviewed(tmp_path, settings, db):
    root = tmp_path / "content"
    shutil.copytree(Path(django_settings.BASE_DIR) / "content", root)
    settings.CONTENT_DIR = root
    path = root / "pages" / "health" / "care" / "en.md"
    path.write_text(path.read_text(encoding="utf-8").replace("status: machine", "status: reviewed", 1),
                    encoding="utf-8")
    pages_demo.load()
    translations_demo.load()
    page = ArticlePage.objects.get(slug_sv="vard-nar-du-blir-sjuk")
    states = FieldTranslationState.objects.filter(content_type=ContentType.objects.get_for_model(ArticlePage),
                                                  object_id=page.pk)
    assert set(states.filter(language="en").values_list("status", flat=True)) == {Status.REVIEWED}
    assert set(states.filter(language="ar").values_list("status", flat=True)) == {Status.MACHINE}
