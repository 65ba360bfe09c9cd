"""Whether a place is open at a moment, in Västerås time: weekly hours, periods across midnight, holidays.

The rule: on a date with exceptions for a location, the exceptions replace its weekly hours for that date.
A period whose closing time is at or before its opening time ends on the next day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from django.db.models import F, Q
from django.db.models.expressions import RawSQL

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


def open_organization_ids(when: datetime) -> Q:
    """A filter on organisations with a location open at aware ``when``: the rule of :func:`is_open`, in
    SQL, as uncorrelated subqueries that the database evaluates once.

    The subqueries are compiled once per moment: a directory list uses this filter in several queries
    (its results and the counts of each facet), and building them is most of its cost."""
    return Q(pk__in=RawSQL(*_compiled(when, "regular"))) | Q(pk__in=RawSQL(*_compiled(when, "special")))


@lru_cache(maxsize=16)
def _compiled(when: datetime, part: str) -> tuple[str, tuple]:
    return _open_subqueries(when)[part].order_by().query.sql_with_params()


def _open_subqueries(when: datetime) -> dict:
    """Organisation ids of locations open at ``when`` by their weekly hours, and by exceptions."""
    from directory.models import Schedule, ScheduleException

    moment = local(when)
    today = moment.date()
    yesterday = today - timedelta(days=1)
    now = moment.time()

    def valid_on(day):
        return (Q(valid_from__isnull=True) | Q(valid_from__lte=day)) & (
            Q(valid_to__isnull=True) | Q(valid_to__gte=day)
        )

    def has_exception(day):
        return ScheduleException.objects.filter(date=day).values("location_id")

    crossing = Q(closes_at__lte=F("opens_at"))
    same_day = Q(opens_at__lte=now) & (Q(closes_at__gt=now) | crossing)
    from_yesterday = crossing & Q(closes_at__gt=now)

    regular = Schedule.objects.filter(
        (Q(weekday=today.isoweekday()) & valid_on(today) & same_day & ~Q(location_id__in=has_exception(today)))
        | (Q(weekday=yesterday.isoweekday()) & valid_on(yesterday) & from_yesterday
           & ~Q(location_id__in=has_exception(yesterday)))
    ).values("location__organization_id")
    special = ScheduleException.objects.filter(closed=False).filter(
        (Q(date=today) & same_day) | (Q(date=yesterday) & from_yesterday)
    ).values("location__organization_id")
    return {"regular": regular, "special": special}

