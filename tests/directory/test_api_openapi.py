"""/api/hsds/v3/openapi.json describes every endpoint the API serves."""

import pytest
from django.urls import get_resolver

pytestmark = pytest.mark.django_db


def test_openapi_document_lists_the_endpoints(client):
    response = client.get("/api/hsds/v3/openapi.json")

    document = response.json()
    assert response.status_code == 200
    assert document["openapi"].startswith("3.")
    assert set(document["paths"]) == {
        "/", "/organizations", "/organizations/{id}", "/services", "/services/{id}",
        "/service_at_locations", "/service_at_locations/{id}", "/taxonomies", "/taxonomies/{id}",
        "/taxonomy_terms", "/taxonomy_terms/{id}",
    }
    params = {p["$ref"].rsplit("/", 1)[1] for p in document["paths"]["/organizations"]["get"]["parameters"]}
    assert {"lang", "page", "per_page"} <= params
    assert document["servers"][0]["url"].endswith("/api/hsds/v3")


def test_every_api_url_is_documented(client):
    document = client.get("/api/hsds/v3/openapi.json").json()
    resolver = get_resolver()
    api_routes = {
        str(pattern.pattern).removeprefix("hsds/v3")
        for pattern in resolver.url_patterns
        if str(pattern.pattern) == "api/"
        for pattern in pattern.url_patterns
    }
    documented = {path.replace("{id}", "<str:id>") for path in document["paths"]}

    assert api_routes - {"/openapi.json"} == documented


def test_index_points_to_the_document(client):
    data = client.get("/api/hsds/v3/").json()

    assert data["version"] == "3.0"
    assert data["openapi_url"].endswith("/api/hsds/v3/openapi.json")
