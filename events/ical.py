"""iCalendar (RFC 5545) of activities: zoned start times with their VTIMEZONE, repetition rules kept,
cancelled dates as EXDATE and cancelled activities as STATUS:CANCELLED; built with ``icalendar``."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event, vRecur

from events import presentation, recurrence
from events.models import ActivityStatus

PRODID = "-//Ny i Vasteras//activities//EN"


def build(activities, *, name: str, host: str, url_for) -> bytes:
    """A calendar of ``activities`` (whole series); ``url_for(activity)`` gives each one's absolute URL."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", recurrence.zone().key)
    stamp = timezone.now()
    for activity in activities:
        calendar.add_component(_event(activity, host, url_for(activity), stamp))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _event(activity, host: str, url: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"activity-{activity.pk}@{host}")
    event.add("dtstamp", stamp)
    event.add("last-modified", activity.updated_at)
    start = activity.starts_at()
    event.add("dtstart", start)
    event.add("dtend", activity.ends_at() or start + timedelta(hours=1))
    event.add("summary", activity.title)
    place = presentation.place_text(activity)
    if place:
        event.add("location", place)
    lines = [activity.description]
    names = ", ".join(presentation.language_names(activity))
    if names:
        lines.append(f"{gettext('Languages')}: {names}")
    if activity.is_moved and activity.previous_start:
        before = timezone.localtime(activity.previous_start)
        lines.append(gettext("Moved from %(date)s.") % {"date": before.strftime("%Y-%m-%d %H:%M")})
    if activity.registration_url:
        lines.append(f"{gettext('Registration')}: {activity.registration_url}")
    description = "\n\n".join(line for line in lines if line)
    if description:
        event.add("description", description)
    event.add("url", url)
    if activity.organizer_id:
        event.add("organizer", f"{url}", parameters={"cn": activity.organizer.name})
    if activity.recurrence:
        event.add("rrule", vRecur.from_ical(activity.recurrence))
        skipped = sorted(activity.cancelled_on())
        if skipped:
            event.add("exdate", [recurrence.aware(datetime.combine(day, activity.start_time)) for day in skipped])
    if activity.status == ActivityStatus.CANCELLED:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    return event

