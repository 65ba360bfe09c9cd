"""The public bodies' generally known national services from content/directory: each with the official
page it was checked against and the date, served by the HSDS API; nothing for associations."""

import datetime
import shutil
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from directory import demo
from directory.models import Organization, Service, ServiceAtLocation
from tests.directory.api_schemas import validate

pytestmark = pytest.mark.django_db
BASE = "/api/hsds/v3"


@pytest.fixture
def loaded(db):
    demo.load()


def _service(org, key):
    return Service.objects.get(organization__name=org, content_key=key)


def test_agencies_have_their_national_services_with_source_and_date(loaded):
    names = set(Service.objects.filter(organization__name="Försäkringskassan").values_list("name_sv", flat=True))
    assert {"Föräldrapenning", "Barnbidrag", "Bostadsbidrag"} <= names
    assert {"Etableringsprogrammet", "Stöd att söka arbete"} <= set(
        Service.objects.filter(organization__name="Arbetsförmedlingen").values_list("name_sv", flat=True))
    assert _service("Migrationsverket", "uppehallstillstand").name_en == "Residence permits"
    assert {"folkbokforing", "personnummer", "id-kort"} <= set(
        Service.objects.filter(organization__name="Skatteverket").values_list("content_key", flat=True))
    for service in Service.objects.all():
        assert service.source_url.startswith("https://") and service.checked_on == datetime.date(2026, 12, 5)


def test_national_numbers_as_written_by_the_agencies(loaded):
    def number(org, key):
        return list(_service(org, key).phones.values_list("number", flat=True))

    assert number("Försäkringskassan", "barnbidrag") == ["0771-524 524"]
    assert number("Arbetsförmedlingen", "soka-arbete") == ["0771-416 416"]
    assert number("Migrationsverket", "uppehallstillstand") == ["0771-235 235"]
    assert number("Skatteverket", "folkbokforing") == ["0771-567 567"]
    assert number("Region Västmanland", "sjukvardsradgivning") == ["1177"]
    assert number("Polisen", "kontakta-polisen") == ["114 14"]
    assert number("Mind", "sjalvmordslinjen") == ["90101"]


def test_associations_of_the_kartlaggning_get_no_services(loaded):
    for org in Organization.objects.filter(category__code="association", source=demo.SOURCE):
        assert not org.services.exists(), org.name


def test_services_endpoint_returns_the_agencies_services_with_the_date_checked(client, loaded):
    page = client.get(f"{BASE}/services", {"per_page": 50, "lang": "en"}).json()
    by_name = {item["name"]: item for item in page["contents"]}
    item = by_name["Parental benefit"]
    validate(item, "service.json")
    assert item["organization"]["name"] == "Försäkringskassan"
    assert item["assured_date"] == "2026-12-05"
    assert item["phones"][0]["number"] == "0771-524 524"
    assert page["total_items"] == Service.objects.count()


def test_service_at_locations_endpoint_returns_the_online_channels(client, loaded):
    page = client.get(f"{BASE}/service_at_locations", {"per_page": 50}).json()
    assert page["total_items"] == ServiceAtLocation.objects.count() > 0
    for item in page["contents"]:
        validate(item, "service_at_location.json")
    residence = next(i for i in page["contents"] if i["service"]["name"] == "Uppehållstillstånd")
    assert residence["location"]["location_type"] == "virtual"
    assert residence["location"]["url"] == "https://www.migrationsverket.se/"


def test_loading_twice_keeps_the_same_records(loaded):
    before = sorted(Service.objects.values_list("uuid", flat=True))
    locations = sorted(ServiceAtLocation.objects.values_list("uuid", flat=True))
    demo.load()
    assert sorted(Service.objects.values_list("uuid", flat=True)) == before
    assert sorted(ServiceAtLocation.objects.values_list("uuid", flat=True)) == locations


def test_a_service_removed_from_the_file_goes_and_one_added_in_the_admin_stays(tmp_path, settings, loaded):
    root = tmp_path / "content"
    shutil.copytree(Path(django_settings.BASE_DIR) / "content", root)
    settings.CONTENT_DIR = root
    path = root / "directory" / "organizations.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - key: asyl\n")
    end = text.index("  - key: medborgarskap\n")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    org = Organization.objects.get(name="Migrationsverket")
    Service.objects.create(organization=org, name="Mottagning i Västerås")
    demo.load()
    names = set(org.services.values_list("name_sv", flat=True)) | set(org.services.values_list("name", flat=True))
    assert "Asyl" not in names and "Mottagning i Västerås" in names


def test_a_service_without_its_source_is_refused(tmp_path):
    from contentfiles import ContentError
    from contentfiles import directory as content_directory

    root = tmp_path / "directory"
    shutil.copytree(Path(django_settings.BASE_DIR) / "content" / "directory", root)
    path = root / "organizations.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    source_url: https://polisen.se/\n", "", 1), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        content_directory.read(root)
    assert "source_url is required" in info.value.message and info.value.line


def test_actor_page_shows_each_service_with_its_source_and_date(client, loaded):
    org = Organization.objects.get(name="Skatteverket")
    html = client.get(f"/sv/directory/{org.slug}/").content.decode()
    assert "Folkbokföring" in html and "0771-567 567" in html
    assert 'href="https://www.skatteverket.se/"' in html
    assert '<time datetime="2026-12-05">' in html
    assert "Fakta kontrollerade" in html
