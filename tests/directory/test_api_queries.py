"""A list request costs the same number of database queries whatever the page size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.directory.api_fixtures import full_organization

pytestmark = pytest.mark.django_db

ENDPOINTS = ["organizations", "services", "service_at_locations", "taxonomy_terms"]


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_query_count_does_not_grow_with_the_page(client, endpoint):
    for n in range(12):
        full_organization(f"Förening {n:02}", slug=f"forening-{n:02}")
    url = f"/api/hsds/v3/{endpoint}?per_page="
    client.get(url + "1")  # warm caches outside the measurement (sites, content types)

    one, many = _queries(client, url + "1"), _queries(client, url + "12")

    assert one == many
    assert many <= 12
