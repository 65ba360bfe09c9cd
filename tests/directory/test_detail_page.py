"""One actor's page: facts, unknown facts, verification, JSON-LD, contact links, map links."""

import json
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from directory.models import Category

from .factories import LocationFactory, OrganizationFactory, PhoneFactory, ServiceFactory, category


def jsonld(response):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture
def agency(db):
    org = OrganizationFactory(
        name="Försäkringskassan", slug="forsakringskassan", category=category(Category.AGENCY),
        description_sv="Socialförsäkringen.", description_en="Social insurance.",
        email="info@example.org", website="https://example.org/", speaks=["ar", "tig"],
        last_verified=timezone.localdate(),
    )
    PhoneFactory(organization=org, number="0771-524 524")
    LocationFactory(organization=org, name="Kontoret", address_1="Storgatan 1", postal_code="722 11",
                    city="Västerås", latitude=Decimal("59.6099"), longitude=Decimal("16.5448"))
    ServiceFactory(organization=org, name_sv="Föräldrapenning", name_en="Parental benefit")
    return org


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_facts_and_links(client, agency, lang):
    response = client.get(f"/{lang}/directory/forsakringskassan/")
    assert response.status_code == 200
    text = response.text
    assert 'href="tel:+46771524524"' in text
    assert 'href="mailto:info@example.org"' in text
    assert 'href="https://example.org/"' in text
    assert 'href="geo:59.609900,16.544800"' in text
    assert "https://www.openstreetmap.org/?mlat=59.609900" in text
    assert f'href="/{lang}/directory/forsakringskassan/report/"' in text
    assert "Storgatan 1" in text
    assert "العربية" in text  # a portal language by its own name
    assert ">tig<" in text or "tig" in text  # another language, by code when no name is known


def test_translated_description_and_service(client, agency):
    text = client.get("/en/directory/forsakringskassan/").text
    assert "Social insurance." in text and "Parental benefit" in text
    fallback = client.get("/so/directory/forsakringskassan/").text
    assert "Socialförsäkringen." in fallback  # Swedish when the language has no text


def test_jsonld_is_valid_with_the_right_type(client, agency):
    data = jsonld(client.get("/sv/directory/forsakringskassan/"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentOrganization"
    assert data["name"] == "Försäkringskassan"
    assert data["telephone"] == "0771-524 524"
    assert data["location"][0]["address"]["streetAddress"] == "Storgatan 1"
    assert data["knowsLanguage"] == ["ar", "tig"]


@pytest.mark.parametrize(("code", "schema_type"), [
    (Category.ASSOCIATION, "NGO"), (Category.STUDY_ASSOCIATION, "EducationalOrganization"),
    (Category.FAITH_COMMUNITY, "Organization"), (Category.MUNICIPAL_SERVICE, "GovernmentOrganization"),
])
def test_jsonld_type_per_category(client, db, code, schema_type):
    OrganizationFactory(slug="x", category=category(code))
    assert jsonld(client.get("/sv/directory/x/"))["@type"] == schema_type


def test_jsonld_cannot_break_out_of_the_script(client, db):
    OrganizationFactory(slug="evil", name="</script><script>alert(1)</script>", description_sv="a & b <!--")
    response = client.get("/sv/directory/evil/")
    assert "</script><script>alert(1)" not in response.text
    data = jsonld(response)
    assert data["name"] == "</script><script>alert(1)</script>"
    assert data["description"] == "a & b <!--"


def test_unknown_facts_shown_as_unknown_with_an_invitation(client, db):
    OrganizationFactory(slug="okand", name="Okänd förening")
    text = client.get("/en/directory/okand/").text
    # phone, e-mail, website, languages, address, opening hours
    assert text.count('class="unknown"') == 6
    assert text.count('href="/en/directory/okand/report/"') >= 6
    # no address to write to or number to call (the share control's mailto: has no recipient)
    assert not re.search(r'href="mailto:[^?]', text) and "tel:" not in text


def test_never_verified(client, db):
    OrganizationFactory(slug="ny", last_verified=None)
    response = client.get("/en/directory/ny/")
    assert "Never verified" in response.text
    assert "verification-warning" in response.text


def test_warning_after_twelve_months(client, db):
    today = timezone.localdate()
    OrganizationFactory(slug="gammal", last_verified=today - timedelta(days=370))
    OrganizationFactory(slug="farsk", last_verified=today - timedelta(days=300))
    assert "verification-warning" in client.get("/en/directory/gammal/").text
    fresh = client.get("/en/directory/farsk/").text
    assert "verification-warning" not in fresh
    assert (today - timedelta(days=300)).isoformat() in fresh


def test_unpublished_and_missing_are_404(client, db):
    OrganizationFactory(slug="dold", is_published=False)
    assert client.get("/sv/directory/dold/").status_code == 404
    assert client.get("/sv/directory/finns-inte/").status_code == 404


def test_includes_translation_status_and_no_inline_script(client, agency):
    text = client.get("/sv/directory/forsakringskassan/").text
    scripts = re.findall(r"<script(?![^>]*application/ld\+json)([^>]*)>", text)
    assert all("src=" in attrs for attrs in scripts)
    assert 'style="' not in text


def test_no_map_without_a_tile_server(client, agency):
    text = client.get("/sv/directory/forsakringskassan/").text
    assert "directory-map" not in text and "directory_map.js" not in text


def test_map_when_a_tile_server_is_configured(client, agency, settings):
    settings.DIRECTORY_MAP_TILE_URL = "/tiles/{z}/{x}/{y}.png"
    text = client.get("/sv/directory/forsakringskassan/").text
    assert 'data-tiles="/tiles/{z}/{x}/{y}.png"' in text and "directory_map.js" in text
