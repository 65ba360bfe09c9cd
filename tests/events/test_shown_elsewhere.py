"""Activities on their organiser's page, on the topic page of their focus area, at their meeting place,
and in search."""

from datetime import date, timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from events.search import activity_documents
from kernel.focus_areas import FocusArea
from pages.models import TopicPage
from tests.events.conftest import ActivityFactory
from tests.pages.conftest import make_page

pytestmark = pytest.mark.django_db


def _soon(days=3):
    return timezone.localdate() + timedelta(days=days)


def test_actor_page_lists_its_coming_activities(client, organizer):
    ActivityFactory(title_sv="Språkcafé", organizer=organizer, start_date=_soon())
    ActivityFactory(title_sv="Förra året", organizer=organizer, start_date=date(2020, 1, 1))
    html = client.get(f"/sv/directory/{organizer.slug}/").content.decode()
    assert "Språkcafé" in html and "Förra året" not in html


def test_topic_page_lists_activities_of_its_focus_area(client, home):
    topic = make_page(home, TopicPage, focus_area=FocusArea.PARENTING, title={"sv": "Föräldraskap"},
                      slug={"sv": "foraldraskap"}, intro={"sv": "Om att vara förälder."})
    ActivityFactory(title_sv="Föräldraträff", focus_area="parenting", start_date=_soon())
    ActivityFactory(title_sv="Jobbcafé", focus_area="work", start_date=_soon())
    html = client.get(topic.get_url()).content.decode()
    assert "Föräldraträff" in html and "Jobbcafé" not in html


def test_topic_page_shows_a_new_activity_although_the_page_was_cached(client, home):
    topic = make_page(home, TopicPage, focus_area=FocusArea.LEISURE, title={"sv": "Fritid"},
                      slug={"sv": "fritid"}, intro={"sv": "Om fritid."})
    assert "Kör" not in client.get(topic.get_url()).content.decode()
    ActivityFactory(title_sv="Kör", focus_area="leisure", start_date=_soon())
    assert "Kör" in client.get(topic.get_url()).content.decode()


def test_meeting_place_page_and_its_feed(client, meeting_place):
    ActivityFactory(title_sv="Språkcafé", meeting_place=meeting_place, start_date=_soon(),
                    recurrence="FREQ=WEEKLY;COUNT=3")
    ActivityFactory(title_sv="Någon annanstans", start_date=_soon())
    html = client.get("/sv/backbyhuset/").content.decode()
    assert "Språkcafé" in html and "Någon annanstans" not in html
    assert 'href="/sv/backbyhuset/ical/"' in html
    calendar = Calendar.from_ical(client.get("/sv/backbyhuset/ical/").content)
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == ["Språkcafé"]


def test_search_documents_one_per_language_with_fallback(organizer):
    activity = ActivityFactory(title_sv="Språkcafé", title_ar="مقهى اللغة", description_sv="Vi pratar.",
                               organizer=organizer, focus_area="leisure", start_date=_soon(), spoken=["so"])
    docs = {d.language: d for d in activity_documents(activity)}
    assert docs["ar"].title == "مقهى اللغة" and docs["ar"].title_language == "ar"
    assert docs["en"].title == "Språkcafé" and docs["en"].title_language == "sv"
    assert docs["sv"].url == f"/sv/calendar/{activity.pk}/" and docs["ar"].url == f"/ar/calendar/{activity.pk}/"
    assert docs["sv"].focus_areas == ("leisure",) and docs["sv"].languages_served == ("so",)
    assert organizer.name in docs["sv"].body


def test_past_or_unpublished_activities_are_not_searchable():
    assert activity_documents(ActivityFactory(start_date=date(2020, 1, 1))) == []
    assert activity_documents(ActivityFactory(start_date=_soon(), is_published=False)) == []


def test_activities_are_found_by_search(client, site_engine, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # indexed when its transaction commits
        activity = ActivityFactory(title_sv="Syjunta för alla", start_date=_soon())
    html = client.get("/sv/search/?q=syjunta").content.decode()
    assert f'href="/sv/calendar/{activity.pk}/"' in html


def test_activity_page_and_sitemap(client):
    activity = ActivityFactory(title_sv="Språkcafé", start_date=_soon())
    assert client.get(f"/en/calendar/{activity.pk}/").status_code == 200
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"/sv/calendar/{activity.pk}/" in sitemap and "/ar/calendar/" in sitemap
