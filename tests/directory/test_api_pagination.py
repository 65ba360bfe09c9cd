"""HSDS pagination: page and per_page, with the HSDS page fields, and a bound on the page size."""

import pytest

from directory.api.pagination import MAX_PER_PAGE
from tests.directory.api_fixtures import organization

pytestmark = pytest.mark.django_db

URL = "/api/hsds/v3/organizations"


@pytest.fixture
def seven(db):
    return [organization(f"Förening {n}") for n in range(1, 8)]


def test_pages_split_the_list(client, seven):
    first = client.get(URL, {"per_page": 3}).json()
    last = client.get(URL, {"per_page": 3, "page": 3}).json()

    assert (first["total_items"], first["total_pages"], first["page_number"], first["size"]) == (7, 3, 1, 3)
    assert (first["first_page"], first["last_page"], first["empty"]) == (True, False, False)
    assert [o["name"] for o in first["contents"]] == ["Förening 1", "Förening 2", "Förening 3"]
    assert (last["page_number"], last["size"], last["first_page"], last["last_page"]) == (3, 1, False, True)
    assert [o["name"] for o in last["contents"]] == ["Förening 7"]


def test_every_item_appears_once_across_pages(client, seven):
    ids = []
    for page in (1, 2, 3, 4):
        ids += [o["id"] for o in client.get(URL, {"per_page": 2, "page": page}).json()["contents"]]

    assert sorted(ids) == sorted(str(o.uuid) for o in seven)


def test_page_past_the_end_is_empty(client, seven):
    data = client.get(URL, {"per_page": 5, "page": 9}).json()

    assert (data["empty"], data["size"], data["contents"], data["total_items"]) == (True, 0, [], 7)


def test_empty_directory(client, db):
    data = client.get(URL).json()

    assert (data["total_items"], data["total_pages"], data["empty"], data["last_page"]) == (0, 1, True, True)


def test_per_page_has_a_maximum(client, seven):
    assert client.get(URL, {"per_page": MAX_PER_PAGE}).status_code == 200
    response = client.get(URL, {"per_page": MAX_PER_PAGE + 1})

    assert response.status_code == 400
    assert str(MAX_PER_PAGE) in response.json()["error"]


@pytest.mark.parametrize("endpoint", ["services", "service_at_locations"])
def test_pages_of_services_follow_the_organisation_names(client, db, endpoint):
    from tests.directory.api_fixtures import full_organization

    names = {}
    for name in ("Cirkus Västerås", "Arabiska föreningen", "Bäckby IF", "Dövas förening", "Erikslunds kyrka"):
        org = full_organization(name, slug=name.lower().replace(" ", "-").replace("ä", "a").replace("ö", "o"))
        names[str(org.uuid)] = name
    seen = []
    for page in (1, 2, 3, 4):
        contents = client.get(f"/api/hsds/v3/{endpoint}", {"per_page": 2, "page": page}).json()["contents"]
        key = "organization_id" if endpoint == "services" else "id"
        seen += [(item[key] if endpoint == "services" else item["location"]["organization_id"], item["id"])
                 for item in contents]

    ids = [item_id for _, item_id in seen]
    assert len(ids) == len(set(ids)) >= 5  # each once
    organisations = [names[org_id] for org_id, _ in seen]
    assert organisations == sorted(organisations)
