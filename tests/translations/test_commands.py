"""The management commands: translation_status, export_translations, import_translations."""

import json

import polib
import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from translations.models import FieldTranslationState, Status


def test_translation_status_json(page, organization, capsys):
    call_command("translation_status", "--format", "json", "--language", "ar", "--language", "so")
    data = json.loads(capsys.readouterr().out)
    assert data["languages"] == ["ar", "so"]
    home = next(r for r in data["rows"] if r["object"] == f"pages.homepage:{page.pk}")
    assert home["statuses"]["ar"]["status"] == "machine"
    assert home["statuses"]["so"]["missing"] == ["intro"]
    assert data["counts"]["ar"]["machine"] >= 2


def test_translation_status_text(page, capsys):
    with translation.override("en"):
        call_command("translation_status", "--language", "ar")
    out = capsys.readouterr().out
    assert "Ny i Västerås" in out and "machine translation: " in out


def test_export_then_import_by_command(page, staff, tmp_path):
    target = tmp_path / "ti.po"
    call_command("export_translations", "ti", "--format", "po", "--scope", f"page:{page.pk}", "-o", str(target))
    po = polib.pofile(str(target))
    po.find(f"pages.homepage:{page.pk}:intro", by="msgctxt").msgstr = "ሰላም።"
    po.save(str(target))
    call_command("import_translations", str(target), "--language", "ti", "--user", "staff", "--status", "reviewed")
    page.refresh_from_db()
    assert page.intro_ti == "ሰላም።"
    assert FieldTranslationState.objects.get(object_id=page.pk, field="intro", language="ti").status == Status.REVIEWED


def test_import_command_fails_without_writing(page, staff, tmp_path):
    target = tmp_path / "ti.po"
    call_command("export_translations", "ti", "--format", "po", "--scope", f"page:{page.pk}", "-o", str(target))
    with pytest.raises(CommandError, match="nothing imported"):
        call_command("import_translations", str(target), "--language", "ar", "--user", "staff")
