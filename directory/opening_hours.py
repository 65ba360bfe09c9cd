"""Whether a place is open at a moment, in Västerås time: weekly hours, periods across midnight, holidays.
The same rule as a database filter is in ``directory.open_now``.

The rule: on a date with exceptions for a location, the exceptions replace its weekly hours for that date.
A period whose closing time is at or before its opening time ends on the next day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

TIMEZONE = ZoneInfo("Europe/Stockholm")


@dataclass(frozen=True)
class Period:
    day: date
    opens_at: time
    closes_at: time

    @property
    def crosses_midnight(self) -> bool:
        return self.closes_at <= self.opens_at

    def covers(self, moment: datetime) -> bool:
        """``moment`` is naive local time."""
        start = datetime.combine(self.day, self.opens_at)
        end_day = self.day + timedelta(days=1) if self.crosses_midnight else self.day
        return start <= moment < datetime.combine(end_day, self.closes_at)


def local(when: datetime) -> datetime:
    """Naive Västerås wall-clock time of an aware datetime."""
    return when.astimezone(TIMEZONE).replace(tzinfo=None)


def _valid_on(schedule, day: date) -> bool:
    return (schedule.valid_from is None or schedule.valid_from <= day) and (
        schedule.valid_to is None or day <= schedule.valid_to
    )


def periods_on(day: date, schedules, exceptions) -> list[Period]:
    """The opening periods that start on ``day`` for one location."""
    todays_exceptions = [e for e in exceptions if e.date == day]
    if todays_exceptions:
        return [Period(day, e.opens_at, e.closes_at) for e in todays_exceptions if not e.closed]
    return [
        Period(day, s.opens_at, s.closes_at)
        for s in schedules
        if s.weekday == day.isoweekday() and _valid_on(s, day)
    ]


def is_open(schedules, exceptions, when: datetime) -> bool:
    """Is a location with these weekly ``schedules`` and dated ``exceptions`` open at aware ``when``?"""
    moment = local(when)
    today = moment.date()
    for day in (today - timedelta(days=1), today):
        if any(p.covers(moment) for p in periods_on(day, schedules, exceptions)):
            return True
    return False
