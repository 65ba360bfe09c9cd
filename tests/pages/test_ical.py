"""The iCalendar feed of a meeting place's activities, parsed back with ``icalendar``."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation
from icalendar import Calendar

from directory.models import Language
from events.models import Activity

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.fixture
def activities(meeting_place):
    cafe = Activity.objects.create(
        meeting_place=meeting_place, title_sv="Språkcafé", title_ar="مقهى اللغة", start_date=date(2026, 12, 3),
        start_time=time(17, 0), end_time=time(19, 0), recurrence="FREQ=WEEKLY;UNTIL=20270225",
        place_sv="Stora salen",
    )
    cafe.languages.set([Language.objects.get_or_create(code=c, defaults={"name": c})[0] for c in ("sv", "ar", "so")])
    Activity.objects.create(meeting_place=meeting_place, title_sv="Läxhjälp", start_date=date(2026, 12, 5),
                            start_time=time(10, 0))
    return meeting_place


def _calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_feed_parses_back_with_every_activity(client, activities):
    calendar = _calendar(client, activities.get_url() + "ical/")
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert [str(e["summary"]) for e in events] == ["Språkcafé", "Läxhjälp"]
    cafe = events[0]
    assert cafe.decoded("dtstart") == datetime(2026, 12, 3, 17, 0, tzinfo=STOCKHOLM)
    assert cafe.decoded("dtend") == datetime(2026, 12, 3, 19, 0, tzinfo=STOCKHOLM)
    assert cafe["rrule"]["FREQ"] == ["WEEKLY"]
    assert "Stora salen" in str(cafe["location"]) and "Bäckbyhuset" in str(cafe["location"])
    with translation.override("sv"):
        arabic = str(translation.get_language_info("ar")["name_translated"])
    assert arabic in str(cafe["description"])
    assert len({str(e["uid"]) for e in events}) == 2
    assert calendar.walk("VTIMEZONE")  # local times carry their time zone definition


def test_feed_is_in_the_requested_language_with_fallback(client, activities):
    calendar = _calendar(client, "/ar/backbyhuset/ical/")
    summaries = sorted(str(e["summary"]) for e in calendar.walk("VEVENT"))
    assert summaries == ["Läxhjälp", "مقهى اللغة"]


def test_meeting_place_page_links_the_feed(client, activities):
    html = client.get("/sv/backbyhuset/").content.decode()
    assert 'href="/sv/backbyhuset/ical/"' in html
