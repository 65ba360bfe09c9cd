"""A phone's extension is shown as a number when it is one; other stored text never breaks a page."""

import io
import json

import pytest
from django.core.management import call_command

from directory.models import ServiceAtLocation
from tests.directory.factories import LocationFactory, PhoneFactory, ServiceFactory

pytestmark = pytest.mark.django_db

BASE = "/api/hsds/v3"


@pytest.fixture
def odd_extension(db):
    """An organisation whose own, service and location phones have the extension "²" (as an editor or
    an import may store it: the field is free text)."""
    service = ServiceFactory()
    location = LocationFactory(organization=service.organization)
    ServiceAtLocation.objects.create(service=service, location=location)
    PhoneFactory(organization=service.organization, extension="²")
    PhoneFactory(organization=None, service=service, extension="²")
    PhoneFactory(organization=None, location=location, extension="²")
    return service


@pytest.mark.parametrize("endpoint", ["organizations", "services", "service_at_locations"])
def test_lists_with_an_extension_that_is_not_a_number_are_served(client, odd_extension, endpoint):
    response = client.get(f"{BASE}/{endpoint}")

    assert response.status_code == 200
    assert response.json()["total_items"] == 1


def test_an_extension_that_is_not_a_number_is_left_out(client, odd_extension):
    data = client.get(f"{BASE}/organizations/{odd_extension.organization.uuid}").json()

    [phone] = data["phones"]
    assert "extension" not in phone
    assert phone["number"] == "021-39 00 00"


def test_an_extension_in_digits_is_a_number(client):
    phone = PhoneFactory(extension="123")

    data = client.get(f"{BASE}/organizations/{phone.organization.uuid}").json()

    assert data["phones"][0]["extension"] == 123


def test_the_hsds_export_keeps_such_an_extension_as_written(odd_extension):
    out = io.StringIO()

    call_command("export_directory", "--format", "hsds-json", stdout=out)

    [organization] = json.loads(out.getvalue())["organizations"]
    assert organization["x_directory"]["phones"][0]["extension"] == "²"
    assert "extension" not in organization["phones"][0]
