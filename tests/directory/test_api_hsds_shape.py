"""Every HSDS endpoint answers in the HSDS 3 shape: validated against the stored HSDS schemas."""

import jsonschema
import pytest

from tests.directory.api_fixtures import full_organization, organization
from tests.directory.api_schemas import validate

pytestmark = pytest.mark.django_db

BASE = "/api/hsds/v3"
PAGE_KEYS = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"}


@pytest.mark.parametrize(
    ("endpoint", "schema"),
    [
        ("organizations", "organization.json"),
        ("services", "service.json"),
        ("service_at_locations", "service_at_location.json"),
        ("taxonomies", "taxonomy.json"),
        ("taxonomy_terms", "taxonomy_term.json"),
    ],
)
def test_list_and_detail_validate_against_hsds(client, endpoint, schema):
    full_organization()

    page = client.get(f"{BASE}/{endpoint}").json()

    assert set(page) == PAGE_KEYS
    validate({k: v for k, v in page.items() if k != "contents"}, "page.json")
    assert page["contents"], endpoint
    for item in page["contents"]:
        validate(item, schema)
        detail = client.get(f"{BASE}/{endpoint}/{item['id']}")
        assert detail.status_code == 200
        assert detail.json() == item
        validate(detail.json(), schema)


def test_organization_carries_its_related_records(client):
    org = full_organization()

    data = client.get(f"{BASE}/organizations/{org.uuid}").json()

    assert data["name"] == "Exempelföreningen"
    assert data["alternate_name"] == "EF"
    assert data["website"] == "https://example.org/"
    assert [p["number"] for p in data["phones"]] == ["021-10 00 00"]
    [location] = data["locations"]
    assert location["addresss"][0]["address_1"] == "Exempelgatan 1"
    assert location["addresss"][0]["city"] == "Västerås"
    assert location["latitude"] == pytest.approx(59.61)
    assert (location["schedules"][0]["byday"], location["schedules"][0]["opens_at"]) == ("MO", "09:00")
    codes = {(a["link_type"], a["taxonomy_term"]["code"]) for a in data["attributes"]}
    assert codes == {("category", "association"), ("focus-area", "associations"), ("focus-area", "leisure")}


def test_service_lists_its_languages_and_where_it_is_offered(client):
    org = full_organization()
    service = org.services.get()

    data = client.get(f"{BASE}/services/{service.uuid}").json()

    assert data["organization_id"] == str(org.uuid)
    assert data["status"] == "active"
    assert {lang["code"] for lang in data["languages"]} == {"sv", "ar"}
    [sal] = data["service_at_locations"]
    assert sal["location"]["name"] == "Föreningshuset"


def test_schema_check_rejects_what_hsds_forbids():
    """The validation in these tests can fail: a service without its required status is refused."""
    with pytest.raises(jsonschema.ValidationError):
        validate({"id": "x", "name": "Läxhjälp"}, "service.json")
    with pytest.raises(jsonschema.ValidationError):
        validate({"id": "x", "location_type": "somewhere"}, "location.json")


def test_unpublished_organisations_and_their_services_are_not_served(client):
    hidden = full_organization("Dold förening", is_published=False)
    organization("Synlig förening")

    names = [o["name"] for o in client.get(f"{BASE}/organizations").json()["contents"]]
    services = client.get(f"{BASE}/services").json()["contents"]

    assert names == ["Synlig förening"]
    assert services == []
    assert client.get(f"{BASE}/organizations/{hidden.uuid}").status_code == 404
    assert client.get(f"{BASE}/services/{hidden.services.get().uuid}").status_code == 404
    assert client.get(f"{BASE}/service_at_locations").json()["total_items"] == 0
