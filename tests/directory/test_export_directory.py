"""export_directory writes the whole directory with a column or key per language."""

import csv
import io
import json

import pytest
from django.core.management import call_command

from kernel import languages
from tests.directory.api_fixtures import full_directory
from tests.directory.api_schemas import validate

pytestmark = pytest.mark.django_db


def test_csv_to_standard_output_has_a_description_column_per_language():
    full_directory()
    out = io.StringIO()

    call_command("export_directory", "--format", "csv", stdout=out)

    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    for code in languages.CODES:
        assert languages.field_name("description", code) in rows[0]
    by_slug = {row["slug"]: row for row in rows}
    assert set(by_slug) == {"exempelforeningen", "ungdom", "vilande"}
    assert by_slug["exempelforeningen"]["description_en"] == "Homework help and language café."
    assert by_slug["ungdom"]["parent"] == "exempelforeningen"
    assert by_slug["vilande"]["is_published"] == "false"
    services = json.loads(by_slug["exempelforeningen"]["services"])
    assert services[0]["name_en"] == "Homework help"


def test_hsds_json_is_hsds_for_other_tools():
    full_directory()
    out = io.StringIO()

    call_command("export_directory", "--format", "hsds-json", stdout=out)

    document = json.loads(out.getvalue())
    assert document["hsds_version"] == "3.0"
    assert len(document["organizations"]) == 3
    for organization in document["organizations"]:
        validate({k: v for k, v in organization.items() if k not in ("services", "x_directory")},
                 "organization.json")
        for service in organization["services"]:
            validate(service, "service.json")
