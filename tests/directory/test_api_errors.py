"""Bad parameters get a 400 and unknown ids a 404, both as JSON; the API is read-only and open to all."""

import uuid

import pytest

from tests.directory.api_fixtures import organization

pytestmark = pytest.mark.django_db

BASE = "/api/hsds/v3"


@pytest.mark.parametrize(
    "query",
    ["page=0", "page=-1", "page=two", "per_page=0", "per_page=1.5", "lang=xx", "format=ndjson",
     "organization_id=not-a-uuid"],
)
def test_bad_parameter_is_a_json_400(client, query):
    endpoint = "services" if query.startswith("organization_id") else "organizations"

    response = client.get(f"{BASE}/{endpoint}?{query}")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]


@pytest.mark.parametrize("endpoint", ["organizations", "services", "service_at_locations", "taxonomies",
                                      "taxonomy_terms"])
def test_unknown_id_is_a_json_404(client, endpoint):
    for unknown in (str(uuid.uuid4()), "no-such-id"):
        response = client.get(f"{BASE}/{endpoint}/{unknown}")

        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert "error" in response.json()


def test_unknown_language_error_lists_the_languages(client):
    response = client.get(f"{BASE}/organizations?lang=de")

    assert "sv-x-simple" in response.json()["error"]


def test_error_in_the_requested_language_when_one_is_given(client):
    response = client.get(f"{BASE}/organizations?page=0", headers={"accept-language": "en"})

    assert response["Content-Language"] == "en"
    assert "page" in response.json()["error"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_only_reading_is_allowed(client, method):
    org = organization()

    response = getattr(client, method)(f"{BASE}/organizations/{org.uuid}")

    assert response.status_code == 405
    assert "GET" in response["Allow"]
    assert org.__class__.objects.filter(pk=org.pk).exists()


def test_head_and_cors(client):
    organization()

    head = client.head(f"{BASE}/organizations")
    get = client.get(f"{BASE}/organizations")

    assert head.status_code == 200
    assert get["Access-Control-Allow-Origin"] == "*"
    assert client.get(f"{BASE}/organizations?page=0")["Access-Control-Allow-Origin"] == "*"


def test_a_post_is_told_that_the_api_is_read_only(db):
    """Not the CSRF check's 403 (which a browser would get): nothing in the API changes anything."""
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/api/hsds/v3/organizations", {"name": "x"})
    assert response.status_code == 405
    assert response["Allow"].startswith("GET")
