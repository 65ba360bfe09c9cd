"""/<lang>/calendar/calendar.ics: a subscribable iCalendar feed, parsed back with ``icalendar``."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from events import ical
from events.models import ActivityStatus
from tests.events.conftest import ActivityFactory

pytestmark = pytest.mark.django_db
STOCKHOLM = ZoneInfo("Europe/Stockholm")
WINDOW = "from=2027-01-01&to=2027-02-28"


def _calendar(client, query="", lang="sv"):
    response = client.get(f"/{lang}/calendar/calendar.ics?{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def _events(calendar):
    return {str(e["summary"]): e for e in calendar.walk("VEVENT")}


def test_feed_has_a_stockholm_vtimezone_and_zoned_start_times(client):
    ActivityFactory(title_sv="Språkcafé")
    calendar = _calendar(client, WINDOW)
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    event = _events(calendar)["Språkcafé"]
    assert event["dtstart"].params["TZID"] == "Europe/Stockholm"
    assert event.decoded("dtstart") == datetime(2027, 1, 12, 17, tzinfo=STOCKHOLM)


def test_repetition_rule_is_kept_with_until_in_utc(client):
    ActivityFactory(title_sv="Läxhjälp", start_date=date(2027, 1, 5), recurrence="FREQ=WEEKLY;UNTIL=20270330")
    event = _events(_calendar(client, WINDOW))["Läxhjälp"]
    assert event["rrule"]["FREQ"] == ["WEEKLY"]
    assert event["rrule"]["UNTIL"][0] == datetime(2027, 3, 30, 21, 59, 59, tzinfo=ZoneInfo("UTC"))


def test_cancelled_dates_are_exdates_and_cancelled_activities_say_so(client):
    ActivityFactory(title_sv="Läxhjälp", start_date=date(2027, 1, 5), recurrence="FREQ=WEEKLY;COUNT=5",
                    cancelled_dates="2027-01-12")
    ActivityFactory(title_sv="Inställt", status=ActivityStatus.CANCELLED)
    events = _events(_calendar(client, WINDOW))
    exdates = [d.dt for d in events["Läxhjälp"]["exdate"].dts]
    assert exdates == [datetime(2027, 1, 12, 17, tzinfo=STOCKHOLM)]
    assert str(events["Inställt"]["status"]) == "CANCELLED"
    assert str(events["Läxhjälp"]["status"]) == "CONFIRMED"


def test_feed_takes_the_same_filters_as_the_page(client):
    ActivityFactory(title_sv="Föräldraträff", focus_area="parenting")
    ActivityFactory(title_sv="Jobbcafé", focus_area="work")
    assert list(_events(_calendar(client, WINDOW + "&focus=work"))) == ["Jobbcafé"]


def test_feed_is_in_the_requested_language_with_fallback(client):
    ActivityFactory(title_sv="Språkcafé", title_ar="مقهى اللغة")
    ActivityFactory(title_sv="Läxhjälp")
    assert sorted(_events(_calendar(client, WINDOW, lang="ar"))) == ["Läxhjälp", "مقهى اللغة"]


def test_each_event_has_a_stable_uid_and_a_link_to_its_page(client):
    activity = ActivityFactory(title_sv="Språkcafé")
    event = _events(_calendar(client, WINDOW))["Språkcafé"]
    assert str(event["uid"]) == f"activity-{activity.pk}@testserver"
    assert str(event["url"]) == f"http://testserver/sv/calendar/{activity.pk}/"


def test_bad_parameters_get_400_not_a_feed(client):
    response = client.get("/en/calendar/calendar.ics?from=soon")
    assert response.status_code == 400


def test_dst_across_the_last_sunday_of_march_in_the_feed(client):
    ActivityFactory(title_sv="Kväll", start_date=date(2027, 3, 25), start_time=time(17),
                    recurrence="FREQ=WEEKLY;COUNT=2")
    event = _events(_calendar(client, "from=2027-03-20&to=2027-04-05"))["Kväll"]
    from dateutil.rrule import rrulestr

    rule = rrulestr(event["rrule"].to_ical().decode(), dtstart=event.decoded("dtstart"))
    assert [d.astimezone(ZoneInfo("UTC")).hour for d in rule] == [16, 15]  # 17:00 CET, then 17:00 CEST


def _reference(activities, *, name, host, url_for):
    """The feed as ``icalendar``'s components make it, property by property (the writer must match it)."""
    from django.utils.translation import gettext
    from icalendar import Event, vRecur

    from events import presentation, recurrence

    calendar = Calendar()
    for key, value in (("prodid", ical.PRODID), ("version", "2.0"), ("calscale", "GREGORIAN"), ("method", "PUBLISH"),
                       ("x-wr-calname", name), ("x-wr-timezone", recurrence.zone().key)):
        calendar.add(key, value)
    for activity in activities:
        event, url = Event(), url_for(activity)
        event.add("uid", f"activity-{activity.pk}@{host}")
        event.add("dtstamp", timezone.now())
        event.add("last-modified", activity.updated_at)
        event.add("dtstart", activity.starts_at())
        event.add("dtend", activity.ends_at() or activity.starts_at() + timedelta(hours=1))
        event.add("summary", activity.title)
        if presentation.place_text(activity):
            event.add("location", presentation.place_text(activity))
        lines = [activity.description]
        if activity.spoken_languages():
            lines.append(f"{gettext('Languages')}: {', '.join(presentation.language_names(activity))}")
        if activity.is_moved and activity.previous_start:
            lines.append(gettext("Moved from %(date)s.") % {
                "date": timezone.localtime(activity.previous_start).strftime("%Y-%m-%d %H:%M")})
        if activity.registration_url:
            lines.append(f"{gettext('Registration')}: {activity.registration_url}")
        if "\n\n".join(line for line in lines if line):
            event.add("description", "\n\n".join(line for line in lines if line))
        event.add("url", url)
        if activity.organizer_id:
            event.add("organizer", url, parameters={"cn": activity.organizer.name})
        if activity.recurrence:
            event.add("rrule", vRecur.from_ical(activity.recurrence))
            if activity.cancelled_on():
                event.add("exdate", [recurrence.aware(datetime.combine(day, activity.start_time))
                                     for day in sorted(activity.cancelled_on())])
        event.add("status", "CANCELLED" if activity.status == ActivityStatus.CANCELLED else "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def test_the_feed_is_byte_for_byte_what_icalendars_components_give(monkeypatch, place, meeting_place):
    from django.utils import translation

    from events import calendar

    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 12, 5, 18, 30, 15, 123456, tzinfo=ZoneInfo("UTC")))
    place.organization.name = 'Förening "Vi", Bäckby; öppen för alla'
    place.organization.save()
    ActivityFactory(title_sv="Språkcafé, fika; och \\ mer", description_sv="Rad ett\nRad två, med komma; semikolon",
                    location=place, organizer=place.organization, spoken=["so", "ar"], price=0,
                    registration_url="https://example.org/anmalan?a=1&b=2")
    ActivityFactory(title_sv="Läxhjälp", start_date=date(2027, 1, 5), recurrence="FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330",
                    cancelled_dates="2027-01-12, 2027-02-02", end_time=None, organizer=place.organization)
    ActivityFactory(title_sv="Natt", start_time=time(22), end_time=time(1), status=ActivityStatus.CANCELLED,
                    meeting_place=meeting_place, description_sv="ابحث عن " * 40)
    ActivityFactory(title_sv="Flyttad", status=ActivityStatus.MOVED, place_sv="Sal 2",
                    previous_start=datetime(2027, 1, 10, 17, tzinfo=STOCKHOLM), recurrence="FREQ=MONTHLY;COUNT=3")
    for title in ("x" * 66, "x" * 67, "å" * 33 + "x", "å" * 34):  # lines of 74, 75, 75 and 76 octets
        ActivityFactory(title_sv=title)
    translation.activate("sv")
    activities = calendar.details_of(calendar.activities_in(calendar.Window(date(2027, 1, 1), date(2027, 2, 28)), {}))
    arguments = {"name": "Aktiviteter i Västerås", "host": "example.org",
                 "url_for": lambda activity: f"https://example.org/sv/calendar/{activity.pk}/"}
    written = ical.build(activities, **arguments)
    assert written == _reference(activities, **arguments)
    assert len(Calendar.from_ical(written).walk("VEVENT")) == 8
    assert ical.build([], **arguments) == _reference([], **arguments)
