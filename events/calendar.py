"""The calendar: occurrences of published activities in a window of days, filtered, cached until activities change."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import prefetch_related_objects

from directory.models import Language
from events import occurrences, presentation, recurrence
from events.models import Activity, ActivityStatus, StoredOccurrence
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

    @property
    def facts(self) -> dict:
        return presentation.facts(self.activity)

    @property
    def times(self) -> dict:
        return presentation.times(self.start, self.end)


def filtered(queryset, filters: dict, prefix: str = ""):
    """``queryset`` of activities (or, with ``prefix="activity__"``, of their stored occurrences)
    narrowed to ``filters``."""
    if filters.get("focus"):
        queryset = queryset.filter(**{f"{prefix}focus_area": filters["focus"]})
    if filters.get("audience"):
        queryset = queryset.filter(**{f"{prefix}audience": filters["audience"]})
    if filters.get("language"):
        queryset = queryset.filter(**{f"{prefix}pk__in": Activity.languages.through.objects.filter(
            language__code=filters["language"]).values("activity_id")})
    if filters.get("area"):
        queryset = queryset.filter(**{f"{prefix}location__area__slug": filters["area"]})
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


class StoredRows:
    """(activity id, naive local start, cancelled) of the stored occurrences of a query, in time order:
    counted and sliced in the database, so that a page of the calendar reads only its own rows."""

    def __init__(self, queryset):
        self._rows = queryset.order_by("date", "start", "activity_id").values_list(
            "activity_id", "date", "start", "cancelled", "activity__status")

    def count(self) -> int:
        return self._rows.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [_row(*values) for values in self._rows[index]]
        return _row(*self._rows[index])

    def __iter__(self):
        return (_row(*values) for values in self._rows)


def _row(pk, day, start, cancelled, status) -> tuple[int, datetime, bool]:
    return pk, datetime.combine(day, start), cancelled or status == ActivityStatus.CANCELLED


def _stored(window: Window):
    return StoredOccurrence.objects.filter(date__gte=window.first, date__lte=window.last,
                                           activity__is_published=True)


def occurrence_rows(window: Window, filters: dict):
    """(activity id, naive local start, cancelled) of every occurrence, in time order: the stored rows
    where they cover the window, else the rules expanded (cached until activities change)."""
    if occurrences.covers(window.first, window.last):
        return StoredRows(filtered(_stored(window), filters, prefix="activity__"))
    parts = [window.first.isoformat(), window.last.isoformat(), *(str(filters.get(k) or "") for k in FILTERS)]
    key = portal_cache.key("events-calendar", *parts, depends_on=(EVENTS,))
    return portal_cache.get_or_compute(key, lambda: _compute(window, filters))


# what a row, an event and a feed entry show of the organiser and the place: the rest of those wide rows
# (descriptions in every language) is not read
SHOWN_RELATED = ("organizer__name", "organizer__slug", "location__name", "location__address_1",
                 "location__postal_code", "location__city", "location__country")


def with_details(queryset):
    """Activities with their organiser and place joined (as much of them as is shown)."""
    fields = [field.name for field in Activity._meta.concrete_fields]
    return queryset.select_related("organizer", "location").only(*fields, *SHOWN_RELATED)


def details_of(queryset) -> list[Activity]:
    """The activities of ``queryset`` with all that their rows, events and feed entries show: the
    languages spoken and the meeting places (pages, wide rows) read once for all of them."""
    activities = list(with_details(queryset))
    if activities:
        pairs = list(Activity.languages.through.objects.filter(activity_id__in=[a.pk for a in activities])
                     .values_list("activity_id", "language_id"))
        found = {lang.pk: lang for lang in Language.objects.filter(pk__in={pk for _a, pk in pairs})}
        spoken = defaultdict(list)
        for activity_id, language_id in pairs:
            if language_id in found:  # not deleted between the two reads
                spoken[activity_id].append(found[language_id])
        for activity in activities:
            activity.languages_read = sorted(spoken[activity.pk], key=lambda lang: lang.code)
        prefetch_related_objects([a for a in activities if a.meeting_place_id], "meeting_place")
    return activities


def occurrences_of(rows) -> list[Occurrence]:
    """The rows as occurrences with their activities, read in a few queries however many there are."""
    ids = {row[0] for row in rows}
    if not ids:
        return []
    by_id = {a.pk: a for a in details_of(Activity.objects.filter(pk__in=ids))}
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
    return occurrences_of(rows[:limit])


def upcoming_for(queryset, *, today: date, days: int = DEFAULT_DAYS, limit: int = 5) -> list[Occurrence]:
    """The same for the activities of ``queryset`` (not cached: a page's own few activities)."""
    window = Window(today, today + timedelta(days=days))
    if occurrences.covers(window.first, window.last):
        return occurrences_of(StoredRows(_stored(window).filter(activity__in=queryset.values("pk")))[:limit])
    rows = []
    for activity in details_of(queryset.published().touching(window.first, window.last)):
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
