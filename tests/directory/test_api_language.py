"""?lang= or Accept-Language picks the language of translated fields, falling back to Swedish."""

import pytest

from tests.directory.api_fixtures import full_organization

pytestmark = pytest.mark.django_db

BASE = "/api/hsds/v3"


def test_lang_parameter_picks_the_translation(client):
    org = full_organization()

    english = client.get(f"{BASE}/organizations/{org.uuid}?lang=en")
    swedish = client.get(f"{BASE}/organizations/{org.uuid}?lang=sv")

    assert english.json()["description"] == "Homework help and language café."
    assert english["Content-Language"] == "en"
    assert swedish.json()["description"] == "Läxhjälp och språkcafé."


def test_accept_language_header_when_no_parameter(client):
    org = full_organization()
    service = org.services.get()

    data = client.get(f"{BASE}/services/{service.uuid}", headers={"accept-language": "en-GB,en;q=0.8"}).json()

    assert data["name"] == "Homework help"
    assert data["description"] == "For children in years 1–9."


def test_parameter_wins_over_header(client):
    org = full_organization()

    data = client.get(f"{BASE}/organizations/{org.uuid}?lang=sv", headers={"accept-language": "en"}).json()

    assert data["description"] == "Läxhjälp och språkcafé."


def test_missing_translation_falls_back_to_swedish(client):
    org = full_organization()

    arabic = client.get(f"{BASE}/organizations/{org.uuid}?lang=ar")
    dari = client.get(f"{BASE}/organizations/{org.uuid}", headers={"accept-language": "prs"})

    assert arabic.json()["description"] == "Läxhjälp och språkcafé."
    assert arabic["Content-Language"] == "ar"
    assert dari.json()["description"] == "Läxhjälp och språkcafé."


def test_dari_falls_back_to_persian_before_swedish(client):
    org = full_organization(description_fa="کمک به تکالیف")

    data = client.get(f"{BASE}/organizations/{org.uuid}?lang=prs").json()

    assert data["description"] == "کمک به تکالیف"


def test_taxonomy_term_names_are_translated(client):
    full_organization()

    terms = client.get(f"{BASE}/taxonomy_terms?lang=ar&per_page=100").json()["contents"]

    health = next(t for t in terms if t["code"] == "health")
    assert (health["name"], health["language"]) == ("الصحة", "ar")


def test_unknown_accept_language_gives_swedish(client):
    org = full_organization()

    response = client.get(f"{BASE}/organizations/{org.uuid}", headers={"accept-language": "de-DE,fr;q=0.5"})

    assert response["Content-Language"] == "sv"
    assert response.json()["description"] == "Läxhjälp och språkcafé."
