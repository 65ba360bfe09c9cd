"""Staff manage synonyms per language and read the searches that found nothing."""

import pytest
from django.contrib.auth.models import Permission

from search.models import Synonym, ZeroResultQuery
from search.synonyms import groups_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(django_user_model, client):
    user = django_user_model.objects.create_user("editor", password="pw-long-enough-1", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(
        content_type__app_label__in=["portal_search", "wagtailadmin"],
        codename__in=["access_admin", "add_synonym", "change_synonym", "view_synonym", "delete_synonym",
                      "view_zeroresultquery", "delete_zeroresultquery", "add_zeroresultquery",
                      "change_zeroresultquery"]))
    client.force_login(user)
    return client


def test_staff_add_a_synonym_that_search_then_uses(staff, site_engine):
    from .conftest import make_doc

    site_engine.index([make_doc("Barnavårdscentral", "sv", "Hälsa för barn.", object_id=1)])
    assert site_engine.search("BVC", "sv").total == 0
    response = staff.post("/admin/synonyms/new/", {"language": "sv", "terms": "BVC, barnavårdscentral"})
    assert response.status_code == 302
    assert groups_for("sv") == [["BVC", "barnavårdscentral"]]
    assert site_engine.search("BVC", "sv").total == 1
    assert site_engine.search("BVC", "en").total == 0  # synonyms are per language


def test_a_synonym_needs_two_words(staff):
    response = staff.post("/admin/synonyms/new/", {"language": "sv", "terms": "BVC"})
    assert response.status_code == 200
    assert Synonym.objects.count() == 0


def test_report_lists_searches_without_results_and_cannot_be_written(staff):
    ZeroResultQuery.objects.create(language="ar", query="سكن طلاب", count=4)
    response = staff.get("/admin/searches_without_results/")
    assert response.status_code == 200
    assert "سكن طلاب" in response.content.decode()
    assert staff.get("/admin/searches_without_results/new/").status_code in (302, 403)


def test_anonymous_cannot_see_the_report(client):
    assert client.get("/admin/searches_without_results/").status_code == 302
