"""/<lang>/calendar/calendar.ics: a subscribable iCalendar feed, parsed back with ``icalendar``."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

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
