"""An organisation names its parent only when the parent is published too."""

import io
import json

import pytest
from django.core.management import call_command

from tests.directory.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

BASE = "/api/hsds/v3"


def test_published_parent_is_named(client):
    parent = OrganizationFactory()
    unit = OrganizationFactory(parent=parent)

    data = client.get(f"{BASE}/organizations/{unit.uuid}").json()

    assert data["parent_organization_id"] == str(parent.uuid)


@pytest.mark.parametrize("path", ["organizations/{uuid}", "organizations"])
def test_unpublished_parent_is_not_named(client, path):
    unit = OrganizationFactory(parent=OrganizationFactory(is_published=False))

    response = client.get(f"{BASE}/{path.format(uuid=unit.uuid)}").json()

    data = response["contents"][0] if "contents" in response else response
    assert data["id"] == str(unit.uuid)
    assert "parent_organization_id" not in data


def test_the_export_of_every_organisation_keeps_the_link(client):
    parent = OrganizationFactory(is_published=False)
    unit = OrganizationFactory(parent=parent)
    out = io.StringIO()

    call_command("export_directory", "--format", "hsds-json", stdout=out)

    organizations = {o["id"]: o for o in json.loads(out.getvalue())["organizations"]}
    assert organizations[str(unit.uuid)]["parent_organization_id"] == str(parent.uuid)
