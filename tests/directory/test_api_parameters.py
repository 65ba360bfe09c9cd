"""Numbers in the query string are read strictly: ASCII digits only, anything else a JSON 400."""

import pytest

from tests.directory.factories import OrganizationFactory, ServiceFactory

pytestmark = pytest.mark.django_db

BASE = "/api/hsds/v3"
LISTS = ["organizations", "services", "service_at_locations"]


@pytest.mark.parametrize("endpoint", LISTS)
@pytest.mark.parametrize("name", ["page", "per_page"])
@pytest.mark.parametrize("value", ["²", "٣", "１", "1²"])
def test_digits_other_than_ascii_are_a_json_400(client, endpoint, name, value):
    ServiceFactory()

    response = client.get(f"{BASE}/{endpoint}", {name: value})

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert name in response.json()["error"]


def test_the_error_is_in_the_requested_language(client):
    response = client.get(f"{BASE}/organizations", {"page": "²", "lang": "sv"})
    english = client.get(f"{BASE}/organizations", {"page": "²", "lang": "en"})

    assert response.json()["error"] != english.json()["error"]
    assert english.json()["error"] == "“page” must be a whole number of at least 1."


def test_a_number_too_long_to_read_is_a_json_400(client):
    response = client.get(f"{BASE}/organizations", {"page": "9" * 5000})

    assert response.status_code == 400
    assert "page" in response.json()["error"]


def test_leading_zeros_are_still_the_number(client):
    OrganizationFactory.create_batch(3)

    data = client.get(f"{BASE}/organizations", {"page": "0002", "per_page": "002"}).json()

    assert (data["page_number"], data["size"]) == (2, 1)
