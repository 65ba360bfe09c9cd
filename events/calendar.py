"""The calendar: occurrences of published activities in a window of days, filtered, cached until activities change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Prefetch

from directory.models import Language
from events import recurrence
from events.models import Activity
from kernel import cache as portal_cache

EVENTS = "events"  # cache generation, purged on every change of an activity (see events.signals)
DEFAULT_DAYS = 60
MAX_DAYS = 366
PAGE_SIZE = 30
FILTERS = ("focus", "language", "area", "audience")


@dataclass(frozen=True)
class Window:
    first: date
    last: date


@dataclass(frozen=True)
class Occurrence:
    activity: Activity
    start: datetime  # aware, Stockholm time
    end: datetime | None
    cancelled: bool  # this date (or the whole activity) is cancelled

    @property
    def moved(self) -> bool:
        return self.activity.is_moved


def filtered(queryset, filters: dict):
    if filters.get("focus"):
        queryset = queryset.filter(focus_area=filters["focus"])
    if filters.get("audience"):
        queryset = queryset.filter(audience=filters["audience"])
    if filters.get("language"):
        queryset = queryset.filter(pk__in=Activity.languages.through.objects.filter(
            language__code=filters["language"]).values("activity_id"))
    if filters.get("area"):
        queryset = queryset.filter(location__area__slug=filters["area"])
    return queryset


def activities_in(window: Window, filters: dict):
    """Published activities (whole series) with an occurrence possible in ``window``."""
    return filtered(Activity.objects.published().touching(window.first, window.last), filters)


def _compute(window: Window, filters: dict) -> list[tuple[int, datetime, bool]]:
    rows = activities_in(window, filters).only(
        "pk", "start_date", "start_time", "recurrence", "cancelled_dates", "status")
    result = []
    for activity in rows:
        skipped = activity.cancelled_on()
        for local in recurrence.local_starts(activity.recurrence, activity.start_date, activity.start_time,
                                             window.first, window.last):
            result.append((activity.pk, local, activity.is_cancelled or local.date() in skipped))
    result.sort(key=lambda row: (row[1], row[0]))
    return result


def occurrence_rows(window: Window, filters: dict) -> list[tuple[int, datetime, bool]]:
    """(activity id, naive local start, cancelled) of every occurrence, in time order."""
    parts = [window.first.isoformat(), window.last.isoformat(), *(str(filters.get(k) or "") for k in FILTERS)]
    key = portal_cache.key("events-calendar", *parts, depends_on=(EVENTS,))
    return portal_cache.get_or_compute(key, lambda: _compute(window, filters))


def with_details(queryset):
    return queryset.select_related("organizer", "location__area", "meeting_place").prefetch_related(
        Prefetch("languages", queryset=Language.objects.only("code", "name")))


def occurrences(rows) -> list[Occurrence]:
    """The rows as occurrences with their activities, read in one query (plus one for languages)."""
    ids = {row[0] for row in rows}
    by_id = {a.pk: a for a in with_details(Activity.objects.filter(pk__in=ids))}
    result = []
    for pk, local, cancelled in rows:
        activity = by_id.get(pk)
        if activity is None:
            continue
        end = recurrence.end_of(local, activity.start_time, activity.end_time)
        result.append(Occurrence(activity, recurrence.aware(local), recurrence.aware(end) if end else None,
                                 cancelled))
    return result


def upcoming(*, today: date, days: int = DEFAULT_DAYS, limit: int = 5, **filters) -> list[Occurrence]:
    """The next ``limit`` occurrences from ``today`` (for actor, topic and meeting place pages)."""
    rows = occurrence_rows(Window(today, today + timedelta(days=days)), filters)
    return occurrences(rows[:limit])


def upcoming_for(queryset, *, today: date, days: int = DEFAULT_DAYS, limit: int = 5) -> list[Occurrence]:
    """The same for the activities of ``queryset`` (not cached: a page's own few activities)."""
    window = Window(today, today + timedelta(days=days))
    rows = []
    for activity in with_details(queryset.published().touching(window.first, window.last)):
        skipped = activity.cancelled_on()
        for local in recurrence.local_starts(activity.recurrence, activity.start_date, activity.start_time,
                                             window.first, window.last):
            rows.append((local, activity.pk, activity, activity.is_cancelled or local.date() in skipped))
    rows.sort(key=lambda row: (row[0], row[1]))
    result = []
    for local, _pk, activity, cancelled in rows[:limit]:
        end = recurrence.end_of(local, activity.start_time, activity.end_time)
        result.append(Occurrence(activity, recurrence.aware(local), recurrence.aware(end) if end else None,
                                 cancelled))
    return result
