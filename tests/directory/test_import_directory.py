"""import_directory: row-level errors (row, column, message), dry run, all or nothing, update by id."""

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from directory.exporters import columns
from directory.models import Organization
from tests.directory.api_fixtures import (
    english_messages,  # noqa: F401  (fixture)
    full_organization,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_messages")]


def write_csv(path, rows: list[dict]):
    header = list(dict.fromkeys(k for row in rows for k in row))
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(*args) -> str:
    out = io.StringIO()
    call_command("import_directory", *map(str, args), stdout=out)
    return out.getvalue()


def test_minimal_rows_create_organisations(tmp_path):
    path = write_csv(tmp_path / "in.csv", [
        {"name": "Bäckby bokcirkel", "description_sv": "Läser tillsammans.", "description_en": "Reading together.",
         "category": "association", "focus_areas": "leisure associations", "languages": "sv so"},
    ])

    output = run(path)

    org = Organization.objects.get(name="Bäckby bokcirkel")
    assert (org.slug, org.description_en) == ("backby-bokcirkel", "Reading together.")
    assert org.category.code == "association"
    assert sorted(org.focus_areas.values_list("code", flat=True)) == ["associations", "leisure"]
    assert sorted(org.languages.values_list("code", flat=True)) == ["so", "sv"]
    assert "1 created, 0 updated" in output


def test_row_errors_name_row_column_and_message_and_nothing_is_written(tmp_path):
    path = write_csv(tmp_path / "in.csv", [
        {"name": "Rätt förening", "email": "", "category": "", "locations": ""},
        {"name": "Fel e-post", "email": "inte-en-adress", "category": "", "locations": ""},
        {"name": "Fel kategori", "email": "", "category": "bageri", "locations": ""},
        {"name": "Fel JSON", "email": "", "category": "", "locations": "[{\"postal_code\": "},
        {"name": "", "email": "utan.namn@example.org", "category": "", "locations": ""},
        {"name": "Fel tid", "email": "", "category": "",
         "locations": json.dumps([{"name": "Hus", "schedules": [{"weekday": 1, "opens_at": "nio",
                                                                 "closes_at": "16:00"}]}])},
    ])

    with pytest.raises(CommandError) as raised:
        run(path)

    message = str(raised.value)
    assert "row 3, column email:" in message
    assert "row 4, column category:" in message and "bageri" in message
    assert "row 5, column locations:" in message and "JSON" in message
    assert "row 6, column name:" in message
    assert "row 7, column locations[0].schedules[0].opens_at:" in message
    assert "row 2" not in message
    assert Organization.objects.count() == 0


def test_unknown_column_is_refused(tmp_path):
    path = write_csv(tmp_path / "in.csv", [{"name": "X", "telefon": "021-1"}])

    with pytest.raises(CommandError) as raised:
        run(path)

    assert "row 1, column telefon: unknown column" in str(raised.value)


def test_dry_run_reports_and_writes_nothing(tmp_path):
    path = write_csv(tmp_path / "in.csv", [{"name": "Ny förening"}])

    output = run(path, "--dry-run")

    assert "create: Ny förening" in output
    assert not Organization.objects.exists()


def test_rows_update_by_id_and_keep_what_the_file_does_not_mention(tmp_path):
    org = full_organization()
    path = write_csv(tmp_path / "in.csv", [{"id": str(org.uuid), "name": "Exempelföreningen",
                                             "description_en": "New English text."}])

    output = run(path)

    org.refresh_from_db()
    assert org.description_en == "New English text."
    assert org.description_sv == "Läxhjälp och språkcafé."
    assert org.services.count() == 1 and org.locations.count() == 1
    assert "0 created, 1 updated" in output


def test_xlsx_errors_carry_the_row_number(tmp_path):
    workbook = Workbook()
    workbook.active.append(["name", "website", "is_published"])
    workbook.active.append(["Bra", "https://example.org/", "true"])
    workbook.active.append(["Dålig", "inte en webbadress", "kanske"])
    path = tmp_path / "in.xlsx"
    workbook.save(path)

    with pytest.raises(CommandError) as raised:
        run(path)

    assert "row 3, column website:" in str(raised.value)
    assert "row 3, column is_published:" in str(raised.value)
    assert not Organization.objects.exists()


def test_documented_columns_are_the_exported_ones():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "directory-import.md").read_text(encoding="utf-8")
    for column in columns():
        if not column.startswith("description_") or column == "description_sv":
            assert f"`{column}`" in doc, column
