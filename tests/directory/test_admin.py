"""Directory admin: translation tabs, filters, inline opening hours, and the bulk "mark as verified"."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from directory import services
from directory.models import Category, Organization

from .factories import LocationFactory, OrganizationFactory, category


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser("staff", "staff@example.org", "a-long-password-1")


@pytest.fixture
def admin_client(client, staff):
    client.force_login(staff)
    return client


def test_list_with_filters(admin_client, db):
    OrganizationFactory(name="Aktiv", slug="aktiv", category=category(Category.AGENCY),
                        last_verified=timezone.localdate())
    OrganizationFactory(name="Gammal", slug="gammal", status="unknown")
    url = reverse("wagtailsnippets_directory_organization:list")
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Aktiv" in response.text and "Gammal" in response.text
    stale = admin_client.get(url, {"verified": "never"})
    assert "Gammal" in stale.text and "/aktiv" not in stale.text
    agency = admin_client.get(url, {"category": category(Category.AGENCY).pk})
    assert "Aktiv" in agency.text and "Gammal" not in agency.text
    assert admin_client.get(url, {"status": "unknown"}).status_code == 200


def test_edit_form_has_a_tab_per_language(admin_client, db):
    org = OrganizationFactory()
    response = admin_client.get(reverse("wagtailsnippets_directory_organization:edit", args=[org.pk]))
    assert response.status_code == 200
    for field in ("description_sv", "description_ar", "description_ti", "description_sv_x_simple"):
        assert f'name="{field}"' in response.text
    assert 'name="name_ar"' not in response.text  # proper names are not translated
    assert "ትግርኛ" in response.text  # tab heading in the language's own name


def test_create_with_translations(admin_client, db):
    data = {
        "name": "Språkcaféet", "slug": "sprakcafeet", "alternate_names": "[]",
        "description_sv": "Prata svenska.", "description_en": "Speak Swedish.",
        "status": "active", "is_published": "on", "source": "",
    }
    response = admin_client.post(reverse("wagtailsnippets_directory_organization:add"), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    org = Organization.objects.get(slug="sprakcafeet")
    assert (org.description_sv, org.description_en) == ("Prata svenska.", "Speak Swedish.")


def test_location_form_edits_opening_hours_inline(admin_client, db):
    location = LocationFactory()
    response = admin_client.get(reverse("wagtailsnippets_directory_location:edit", args=[location.pk]))
    assert response.status_code == 200
    assert 'name="schedules-TOTAL_FORMS"' in response.text
    assert 'name="schedule_exceptions-TOTAL_FORMS"' in response.text


def test_bulk_mark_verified(admin_client, staff, db):
    a, b, c = (OrganizationFactory() for _ in range(3))
    url = reverse("wagtail_bulk_action", args=("directory", "organization", "mark_verified"))
    query = f"?id={a.pk}&id={b.pk}"
    assert admin_client.get(url + query).status_code == 200
    response = admin_client.post(url + query)
    assert response.status_code == 302
    a.refresh_from_db()
    c.refresh_from_db()
    assert a.last_verified == timezone.localdate() and a.verified_by == staff
    assert c.last_verified is None


def test_mark_verified_needs_permission(db):
    org = OrganizationFactory()
    user = get_user_model().objects.create_user("someone", password="a-long-password-1")
    with pytest.raises(PermissionDenied):
        services.mark_verified([org], user)
    org.refresh_from_db()
    assert org.last_verified is None
