"""The reading statistics in the admin: most read per language, languages over time, pages often not helpful,
searches without results; each as CSV; only for staff with the permission."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone

from readership.models import HelpfulVotes, PageViews
from search.services import record_zero_results

URL = "/admin/reading-statistics/"


def staff(*codenames):
    user = get_user_model().objects.create_user("staff@example.org", "staff@example.org", "pw-long-enough")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"),
                              *[Permission.objects.get(codename=c) for c in codenames])
    return user


@pytest.fixture
def data(db):
    today = timezone.localdate()
    PageViews.objects.create(day=today, language="ar", path="/ar/alsiha/", views=40)
    PageViews.objects.create(day=today, language="ar", path="/ar/sakan/", views=7)
    PageViews.objects.create(day=today - timedelta(days=1), language="sv", path="/sv/halsa/", views=12)
    PageViews.objects.create(day=today - timedelta(days=60), language="sv", path="/sv/gammal/", views=99)
    HelpfulVotes.objects.create(day=today, language="sv", path="/sv/halsa/tandvard/", title="Tandvård", yes=1, no=4)
    HelpfulVotes.objects.create(day=today, language="sv", path="/sv/halsa/", title="Hälsa", yes=9, no=1)
    HelpfulVotes.objects.create(day=today, language="en", path="/en/few/", title="Few", yes=0, no=2)
    record_zero_results("tolk arabiska", "sv")


def test_report_needs_the_permission(client, data):
    client.force_login(staff())
    assert client.get(URL).status_code in (302, 403)


def test_report_shows_the_four_tables(client, data):
    client.force_login(staff("view_statistics"))
    html = client.get(URL).content.decode()
    assert html.index("/ar/alsiha/") < html.index("/ar/sakan/")  # most read first
    assert "/sv/halsa/" in html and "/sv/gammal/" not in html  # outside the 30 days
    assert "Tandvård" in html and "Few" not in html  # fewer than three votes
    assert "tolk arabiska" in html


def test_most_read_as_csv(client, data):
    client.force_login(staff("view_statistics"))
    response = client.get(URL + "?days=7&export=most-read")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    # languages in the order of the language table, the most read first in each
    assert rows[1:] == [["sv", "/sv/halsa/", "12"], ["ar", "/ar/alsiha/", "40"], ["ar", "/ar/sakan/", "7"]]


def test_languages_over_time_as_csv(client, data):
    client.force_login(staff("view_statistics"))
    rows = list(csv.reader(io.StringIO(client.get(URL + "?days=7&export=languages").content.decode("utf-8-sig"))))
    assert rows[0][1:3] == ["sv", "ar"] and len(rows) == 8
    today = timezone.localdate()
    assert rows[-1] == [today.isoformat(), "0", "47", "47"]
    assert rows[-2] == [(today - timedelta(days=1)).isoformat(), "12", "0", "12"]


def test_not_helpful_and_searches_as_csv(client, data):
    client.force_login(staff("view_statistics"))
    rows = list(csv.reader(io.StringIO(client.get(URL + "?export=not-helpful").content.decode("utf-8-sig"))))
    assert rows[1] == ["sv", "/sv/halsa/tandvard/", "Tandvård", "1", "4", "80"]
    rows = list(csv.reader(io.StringIO(client.get(URL + "?export=zero-results").content.decode("utf-8-sig"))))
    assert rows[1][:3] == ["sv", "tolk arabiska", "1"]


def test_csv_cells_cannot_run_as_formulas(client, db):
    PageViews.objects.create(day=timezone.localdate(), language="sv", path="=HYPERLINK()", views=1)
    client.force_login(staff("view_statistics"))
    body = client.get(URL + "?export=most-read").content.decode("utf-8-sig")
    assert "'=HYPERLINK()" in body
