"""The admin report of pages due for review: soonest first, only pages the user may edit, bad input
answered with a message."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from .conftest import make_article, make_editor


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: datetime.date(2026, 12, 5))


def test_sorted_by_review_date(client, topic, django_user_model):
    staff = django_user_model.objects.create_superuser("staff", "staff@example.org", "a-long-password-1")
    make_article(topic, title="Senare", review_by=datetime.date(2027, 1, 20))
    make_article(topic, title="Försenad", review_by=datetime.date(2026, 10, 1))
    make_article(topic, title="Utanför", review_by=datetime.date(2028, 1, 1))
    client.force_login(staff)
    html = client.get(reverse("reviews_due"), {"days": "60"}).content.decode()
    assert html.index("Försenad") < html.index("Senare")
    assert "Utanför" not in html


def test_editor_sees_only_pages_they_may_edit(client, topic, home, django_user_model):
    from pages.models import MeetingPlacePage
    from tests.pages.conftest import make_page

    place = make_page(home, MeetingPlacePage, title={"sv": "Mötesplats"}, body={"sv": [("heading", "X")]})
    editor = make_editor(django_user_model, place)
    make_article(place, title="Min sida", review_by=datetime.date(2026, 12, 10))
    make_article(topic, title="Någon annans", review_by=datetime.date(2026, 12, 10))
    client.force_login(editor)
    html = client.get(reverse("reviews_due")).content.decode()
    assert "Min sida" in html and "Någon annans" not in html


def test_bad_number_of_days_gives_a_message_not_an_error(client, topic, django_user_model):
    staff = django_user_model.objects.create_superuser("staff", "staff@example.org", "a-long-password-1")
    client.force_login(staff)
    response = client.get(reverse("reviews_due"), {"days": "many"}, follow=True)
    assert response.status_code == 200
    assert "0 och 3650" in response.content.decode() or "0 and 3650" in response.content.decode()


def test_anonymous_is_sent_to_login(client, db):
    response = client.get(reverse("reviews_due"))
    assert response.status_code == 302 and "login" in response["Location"]
