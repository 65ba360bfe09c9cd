"""iCalendar (RFC 5545) of activities: zoned start times with their VTIMEZONE, repetition rules kept,
cancelled dates as EXDATE and cancelled activities as STATUS:CANCELLED.

The calendar's frame and its VTIMEZONE are made by ``icalendar``; each event is written as the content
lines ``icalendar``'s ``Event`` would give (its escaping, parameter quoting, rule and folding, properties
in its order), without building a component per property: a feed of hundreds of activities is served
cold in a few milliseconds.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache

from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Timezone, vRecur
from icalendar.parser import Parameters, escape_char, foldline

from events import presentation, recurrence
from events.models import ActivityStatus

PRODID = "-//Ny i Vasteras//activities//EN"
END = b"END:VCALENDAR\r\n"


def build(activities, *, name: str, host: str, url_for) -> bytes:
    """A calendar of ``activities`` (whole series); ``url_for(activity)`` gives each one's absolute URL."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", recurrence.zone().key)
    stamp = _utc(timezone.now())
    events = [_event(activity, host, url_for(activity), stamp) for activity in activities]
    frame = calendar.to_ical()
    # every event starts in Stockholm time: its VTIMEZONE follows the events, as add_missing_timezones() puts it
    zone = _vtimezone(recurrence.zone().key) if events else b""
    return frame[:-len(END)] + "".join(events).encode() + zone + END


@cache
def _vtimezone(key: str) -> bytes:
    """The VTIMEZONE of ``key`` (the same for every feed: made once per process)."""
    return Timezone.from_tzid(key).to_ical()


@cache
def _tzid(key: str) -> str:
    return ";" + Parameters({"TZID": key}).to_ical().decode()


def _utc(moment: datetime) -> str:
    moment = moment.astimezone(UTC)
    return f"{_stamp(moment)}Z"


def _stamp(moment: datetime) -> str:
    return (f"{moment.year:04}{moment.month:02}{moment.day:02}"
            f"T{moment.hour:02}{moment.minute:02}{moment.second:02}")


def _text(value) -> str:
    return escape_char(str(value))


def _line(name: str, value: str, params: str = "") -> str:
    line = f"{name}{params}:{value}"
    # foldline() leaves a line of fewer than 75 octets as it is
    return (line if len(line.encode()) < 75 else foldline(line)) + "\r\n"


def _event(activity, host: str, url: str, stamp: str) -> str:
    tzid = _tzid(recurrence.zone().key)
    start = activity.starts_at()
    end = activity.ends_at() or start + timedelta(hours=1)
    properties = [
        _line("SUMMARY", _text(activity.title)),
        _line("DTSTART", _stamp(start), tzid),
        _line("DTEND", _stamp(end), tzid),
        _line("DTSTAMP", stamp),
        _line("UID", _text(f"activity-{activity.pk}@{host}")),
    ]
    if activity.recurrence:
        properties.append(_line("RRULE", vRecur.from_ical(activity.recurrence).to_ical().decode()))
        skipped = sorted(activity.cancelled_on())
        if skipped:
            days = ",".join(_stamp(datetime.combine(day, activity.start_time)) for day in skipped)
            properties.append(_line("EXDATE", days, tzid))
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
        properties.append(_line("DESCRIPTION", _text(description)))
    properties.append(_line("LAST-MODIFIED", _utc(activity.updated_at)))
    place = presentation.place_text(activity)
    if place:
        properties.append(_line("LOCATION", _text(place)))
    if activity.organizer_id:
        organizer = Parameters({"CN": activity.organizer.name}).to_ical().decode()
        properties.append(_line("ORGANIZER", url, f";{organizer}"))
    properties.append(_line("STATUS", "CANCELLED" if activity.status == ActivityStatus.CANCELLED else "CONFIRMED"))
    properties.append(_line("URL", url))
    return "BEGIN:VEVENT\r\n" + "".join(properties) + "END:VEVENT\r\n"
