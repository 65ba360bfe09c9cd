"""iCalendar feed of a meeting place's activities (RFC 5545), built with the ``icalendar`` library."""

from datetime import UTC, datetime, timedelta

from django.utils import timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar, Event, vRecur

PRODID = "-//Ny i Vasteras//meeting places//EN"


def meeting_place_calendar(page, request, code: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", page.text_in(code).title)
    calendar.add("x-wr-timezone", timezone.get_default_timezone_name())
    host = request.get_host().split(":")[0]
    page_url = request.build_absolute_uri(page.get_url(request=request))
    stamp = timezone.now()
    with translation.override(code):
        for activity in page.activities.all():
            calendar.add_component(_event(activity, page, host, page_url, stamp))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _event(activity, page, host: str, page_url: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"activity-{activity.pk}@{host}")
    event.add("dtstamp", stamp)
    start = activity.starts_at()
    event.add("dtstart", start)
    event.add("dtend", activity.ends_at() or start + timedelta(hours=1))
    event.add("summary", activity.title)
    place = ", ".join(p for p in (activity.place, page.text_in(translation.get_language()).title, page.address) if p)
    event.add("location", place)
    names = ", ".join(lang["name"] for lang in activity.languages())
    languages = f"{gettext('Languages')}: {names}" if names else ""
    description = "\n\n".join(p for p in (activity.description, languages) if p)
    if description:
        event.add("description", description)
    event.add("url", page_url)
    if activity.weekly_until:
        until = timezone.make_aware(datetime.combine(activity.weekly_until, activity.start_time)).astimezone(UTC)
        event.add("rrule", vRecur(freq="WEEKLY", until=until))
    return event
