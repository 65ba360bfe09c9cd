"""The opening-hours rule of ``directory.opening_hours`` as a database filter: organisations open at a moment."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache

from django.db.models import F, Q
from django.db.models.expressions import RawSQL

from directory.models import Schedule, ScheduleException
from directory.opening_hours import local


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

