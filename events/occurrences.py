"""Stored occurrences: every date of every activity on the days of the coverage, kept when an activity
is saved (``store``) and moved along as days pass (``extend``, run by ``manage.py store_occurrences``).

The rows hold what the rule, start and cancelled dates give; publication, whole-activity cancellation
and the filters are read from the activity when the calendar is asked, so a change of those needs no
new rows. A window outside the coverage (far back, or ahead when the daily command has not run) is
expanded from the rules as before: the rows make the calendar fast, never different.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from events import recurrence
from events.models import Activity, OccurrenceCoverage, StoredOccurrence

# a calendar window is at most MAX_DAYS (366) long: stored this far ahead, a window from today fits even
# when the daily command has not run for a month
AHEAD_DAYS = 400
# windows that start in the past (the reader chose an earlier "from") stay fast for a year
PAST_DAYS = 366
# the fields whose change gives an activity other dates
SCHEDULE_FIELDS = frozenset({"start_date", "start_time", "recurrence", "cancelled_dates"})
BATCH = 1000


def expand(activity: Activity, first: date, last: date) -> list[StoredOccurrence]:
    """The activity's occurrences on the days ``first``…``last``, as unsaved rows."""
    skipped = activity.cancelled_on()
    return [StoredOccurrence(activity_id=activity.pk, date=local.date(), start=local.time(),
                             cancelled=local.date() in skipped)
            for local in recurrence.local_starts(activity.recurrence, activity.start_date, activity.start_time,
                                                 first, last)]


def coverage() -> OccurrenceCoverage | None:
    return OccurrenceCoverage.objects.order_by("pk").first()


def covers(first: date, last: date) -> bool:
    """Whether the stored rows hold every occurrence on the days ``first``…``last``."""
    span = coverage()
    return span is not None and span.first <= first and last <= span.last


def _locked_coverage() -> OccurrenceCoverage | None:
    return OccurrenceCoverage.objects.select_for_update().order_by("pk").first()


def store(activity: Activity) -> None:
    """Replace the activity's stored occurrences by those its rule gives now (after every save).

    The coverage row is locked, so that ``extend`` cannot add rows of the activity as it was before."""
    with transaction.atomic():
        span = _locked_coverage()
        StoredOccurrence.objects.filter(activity_id=activity.pk).delete()
        if span is not None:
            StoredOccurrence.objects.bulk_create(expand(activity, span.first, span.last), batch_size=BATCH)


def _fill(first: date, last: date) -> int:
    rows, count = [], 0
    activities = Activity.objects.touching(first, last).only(
        "pk", "start_date", "start_time", "recurrence", "cancelled_dates")
    for activity in activities.iterator(chunk_size=BATCH):
        rows += expand(activity, first, last)
        if len(rows) >= BATCH:
            count += len(StoredOccurrence.objects.bulk_create(rows, batch_size=BATCH))
            rows = []
    return count + len(StoredOccurrence.objects.bulk_create(rows, batch_size=BATCH))


@transaction.atomic
def extend(today: date | None = None) -> tuple[OccurrenceCoverage, int]:
    """Move the coverage to ``today`` − PAST_DAYS … ``today`` + AHEAD_DAYS: rows for the new days are
    added, rows before the first day removed. Run daily or more often; a run on the same day adds
    nothing. Returns the coverage and the number of rows added."""
    today = today or timezone.localdate()
    first, last = today - timedelta(days=PAST_DAYS), today + timedelta(days=AHEAD_DAYS)
    span = _locked_coverage()
    if span is None or span.last < first or last < span.first:  # nothing stored is of use
        StoredOccurrence.objects.all().delete()
        missing = [(first, last)]
        span = span or OccurrenceCoverage(first=first, last=last)
    else:
        missing = [gap for gap in ((first, span.first - timedelta(days=1)), (span.last + timedelta(days=1), last))
                   if gap[0] <= gap[1]]
        StoredOccurrence.objects.filter(Q(date__lt=first) | Q(date__gt=last)).delete()
    added = sum(_fill(*gap) for gap in missing)
    span.first, span.last = first, last
    span.save()
    return span, added


@transaction.atomic
def rebuild(today: date | None = None) -> tuple[OccurrenceCoverage, int]:
    """Expand every activity anew (after a change made without ``Activity.save``, e.g. ``loaddata``)."""
    span = _locked_coverage()
    if span is not None:
        StoredOccurrence.objects.all().delete()
        span.delete()
    return extend(today)
