"""Repetition rules (RFC 5545 RRULE) of activities: checked, normalised and expanded in Stockholm time.

Occurrences are computed on naive local date-times and only then given the time zone, so that an
activity at 17:00 stays at 17:00 on both sides of a daylight-saving change.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_RULE_LENGTH = 500
MAX_COUNT = 1000
# a rule more frequent than daily would make thousands of occurrences: refused
ALLOWED_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
INVALID = _("The repetition rule is not valid. Write it as in a calendar, e.g. FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630.")


def zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def _parts(rule: str) -> dict[str, str]:
    parts = {}
    for item in rule.split(";"):
        key, sep, value = item.partition("=")
        if not sep or not key or not value:
            raise ValidationError(INVALID, code="invalid_rrule")
        parts[key.strip().upper()] = value.strip().upper()
    return parts


def parse(rule: str, start: datetime) -> rrule:
    """The rule as a dateutil ``rrule`` starting at the naive local ``start``; ``ValidationError`` if bad."""
    rule = (rule or "").strip()
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    if not rule or len(rule) > MAX_RULE_LENGTH or "\n" in rule:
        raise ValidationError(INVALID, code="invalid_rrule")
    parts = _parts(rule)
    if "DTSTART" in parts or "TZID" in parts:
        raise ValidationError(INVALID, code="invalid_rrule")
    if parts.get("FREQ") not in ALLOWED_FREQUENCIES:
        raise ValidationError(_("Activities can repeat daily, weekly, monthly or yearly, not more often."),
                              code="rrule_frequency")
    if not parts.get("COUNT", "1").isdigit() or int(parts.get("COUNT", "1")) > MAX_COUNT:
        raise ValidationError(INVALID, code="invalid_rrule")
    until = parts.get("UNTIL", "")
    if until.endswith("Z"):  # stored in UTC (RFC 5545); compared here with naive local times
        try:
            moment = datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=ZoneInfo("UTC"))
        except ValueError as error:
            raise ValidationError(INVALID, code="invalid_rrule") from error
        parts["UNTIL"] = moment.astimezone(zone()).strftime("%Y%m%dT%H%M%S")
    text = ";".join(f"{k}={v}" for k, v in parts.items())
    try:
        parsed = rrulestr(text, dtstart=start)
    except (ValueError, TypeError, KeyError) as error:
        raise ValidationError(INVALID, code="invalid_rrule") from error
    if not isinstance(parsed, rrule):
        raise ValidationError(INVALID, code="invalid_rrule")
    return parsed


def normalise(rule: str, start_date: date, start_time: time) -> str:
    """The rule as stored and published: upper case, ``UNTIL`` in UTC as RFC 5545 requires with a
    zoned start (a date-only ``UNTIL`` means until the end of that day in Stockholm)."""
    rule = (rule or "").strip()
    if not rule:
        return ""
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    start = datetime.combine(start_date, start_time)
    parse(rule, start)  # raises for a bad rule
    parts = _parts(rule)
    until = parts.get("UNTIL")
    if until and not until.endswith("Z"):
        try:
            local = (datetime.strptime(until, "%Y%m%d").replace(hour=23, minute=59, second=59) if len(until) == 8
                     else datetime.strptime(until, "%Y%m%dT%H%M%S"))
        except ValueError as error:
            raise ValidationError(INVALID, code="invalid_rrule") from error
        parts["UNTIL"] = local.replace(tzinfo=zone()).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    if not list(parse(";".join(f"{k}={v}" for k, v in parts.items()), start)[:1]):
        raise ValidationError(_("The repetition rule gives no date at all."), code="rrule_empty")
    return ";".join(f"{k}={v}" for k, v in parts.items())


def last_date(rule: str, start_date: date, start_time: time) -> date | None:
    """The date of the last occurrence, or None for a rule without end."""
    if not rule:
        return start_date
    parsed = parse(rule, datetime.combine(start_date, start_time))
    if parsed._until is None and parsed._count is None:
        return None
    occurrences = list(parsed)  # bounded: UNTIL or COUNT
    return occurrences[-1].date() if occurrences else start_date


def local_starts(rule: str, start_date: date, start_time: time, first: date, last: date) -> list[datetime]:
    """Naive local start times of the occurrences on the days ``first``…``last`` (inclusive)."""
    start = datetime.combine(start_date, start_time)
    if not rule:
        return [start] if first <= start_date <= last else []
    window_start = datetime.combine(first, time.min)
    window_end = datetime.combine(last, time.max)
    return parse(rule, start).between(window_start, window_end, inc=True)


def aware(local: datetime) -> datetime:
    return local.replace(tzinfo=zone())


def parse_dates(text: str) -> list[date]:
    """``2026-12-24, 2026-12-31`` → dates; ``ValidationError`` for anything else."""
    result = []
    for item in (text or "").replace(";", ",").split(","):
        item = item.strip()
        if not item:
            continue
        try:
            result.append(date.fromisoformat(item))
        except ValueError as error:
            raise ValidationError(_("Write cancelled dates as YYYY-MM-DD separated by commas."),
                                  code="invalid_dates") from error
    return sorted(set(result))


def end_of(start: datetime, start_time: time, end_time: time | None) -> datetime | None:
    if end_time is None:
        return None
    days = 1 if end_time <= start_time else 0  # ends after midnight
    return datetime.combine(start.date() + timedelta(days=days), end_time)
