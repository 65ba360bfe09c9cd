"""Lists for visitors: staff pick actors and pages; the visitor opens an unguessable link in their language."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone

from directory.models import Organization
from reader.models import CounterList, CounterListActor, CounterListPage
from tests.reader.factories import health_topic


@pytest.fixture
def counter_list(home):
    topic = health_topic(home)
    article = topic.get_children().first()
    counter = CounterList.objects.create(language="ar", label="Hälsa, tisdag")
    CounterListActor.objects.create(counter_list=counter, organization=Organization.objects.get(slug="bvc"))
    CounterListPage.objects.create(counter_list=counter, page=article)
    return counter


def user(*codenames):
    account = get_user_model().objects.create_user("staff@example.org", "staff@example.org", "pw-long-enough")
    account.user_permissions.add(Permission.objects.get(codename="access_admin"),
                                 *[Permission.objects.get(codename=c) for c in codenames])
    return account


def test_token_is_long_and_unguessable(counter_list):
    other = CounterList.objects.create(language="sv")
    assert len(counter_list.token) >= 21 and counter_list.token != other.token
    assert counter_list.get_absolute_url() == f"/ar/list/{counter_list.token}/"


def test_visitor_sees_the_list_in_its_language_ready_for_my_list(client, counter_list):
    response = client.get(counter_list.get_absolute_url())
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'href="/ar/directory/bvc/"' in html and 'href="/ar/alsiha/markaz/"' in html and "المركز الصحي" in html
    assert 'data-my-list-add data-url="/ar/directory/bvc/"' in html
    assert "data-my-list-add-all" in html
    assert "Hälsa, tisdag" not in html  # the staff's label stays in the admin
    assert response["X-Robots-Tag"] == "noindex" and response["Referrer-Policy"] == "no-referrer"


def test_unpublished_entries_are_left_out(client, counter_list):
    Organization.objects.filter(slug="bvc").update(is_published=False)
    assert "/ar/directory/bvc/" not in client.get(counter_list.get_absolute_url()).content.decode()


def test_expired_list_is_gone_in_the_visitors_language(client, counter_list):
    counter_list.expires_on = timezone.localdate() - timedelta(days=1)
    counter_list.save()
    response = client.get(counter_list.get_absolute_url())
    assert response.status_code == 410
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html and "انتهت صلاحية هذه القائمة" in html
    assert "bvc" not in html
    assert client.get(counter_list.get_absolute_url() + "qr.svg").status_code == 410


def test_list_is_valid_on_its_last_day(client, counter_list):
    counter_list.expires_on = timezone.localdate()
    counter_list.save()
    assert client.get(counter_list.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("token", ["nope", "a" * 200])
def test_unknown_token_is_not_found(client, db, token):
    assert client.get(f"/sv/list/{token}/").status_code == 404


def test_qr_code_holds_the_link(client, counter_list):
    response = client.get(counter_list.get_absolute_url() + "qr.svg")
    assert response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in response.content and b"<path" in response.content
    assert "sandbox" in response["Content-Security-Policy"]


def test_staff_with_the_permission_get_link_qr_and_print(client, counter_list):
    client.force_login(user("add_counterlist", "change_counterlist", "view_counterlist"))
    html = client.get(f"/admin/visitor-lists/{counter_list.pk}/handout/").content.decode()
    assert f"http://testserver/ar/list/{counter_list.token}/" in html
    assert "<svg" in html and "<?xml" not in html


def test_staff_without_the_permission_get_nothing(client, counter_list):
    client.force_login(user())
    response = client.get(f"/admin/visitor-lists/{counter_list.pk}/handout/")
    assert response.status_code in (302, 403)
    assert counter_list.token not in response.content.decode()


def test_staff_create_a_list_in_the_admin(client, home):
    page = health_topic(home)
    organization = Organization.objects.get(slug="bvc")
    staff = user("add_counterlist", "change_counterlist", "view_counterlist")
    client.force_login(staff)
    expires = (timezone.localdate() + timedelta(days=14)).isoformat()
    response = client.post("/admin/snippets/reader/counterlist/add/", {
        "label": "", "language": "so", "expires_on": expires,
        "actors-TOTAL_FORMS": "1", "actors-INITIAL_FORMS": "0", "actors-MIN_NUM_FORMS": "0",
        "actors-MAX_NUM_FORMS": "1000", "actors-0-organization": organization.pk, "actors-0-ORDER": "1",
        "pages-TOTAL_FORMS": "1", "pages-INITIAL_FORMS": "0", "pages-MIN_NUM_FORMS": "0",
        "pages-MAX_NUM_FORMS": "1000", "pages-0-page": page.pk, "pages-0-ORDER": "1",
    })
    assert response.status_code == 302
    created = CounterList.objects.get()
    assert (created.language, created.expires_on.isoformat(), created.created_by) == ("so", expires, staff)
    assert [a.organization for a in created.actors.all()] == [organization]
    assert client.get(created.get_absolute_url()).status_code == 200
