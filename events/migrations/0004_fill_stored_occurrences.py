"""The occurrences of the existing activities are stored for a year back and 400 days ahead (as
``events.occurrences.extend`` does; ``manage.py store_occurrences`` moves the days along from then on)."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import migrations
from django.db.models import Q
from django.utils import timezone

from events import recurrence

PAST_DAYS = 366
AHEAD_DAYS = 400
BATCH = 1000


def fill(apps, schema_editor):
    Activity = apps.get_model("events", "Activity")
    StoredOccurrence = apps.get_model("events", "StoredOccurrence")
    OccurrenceCoverage = apps.get_model("events", "OccurrenceCoverage")
    today = timezone.localdate()
    first, last = today - timedelta(days=PAST_DAYS), today + timedelta(days=AHEAD_DAYS)
    activities = Activity.objects.filter(start_date__lte=last).filter(
        Q(last_date__isnull=True) | Q(last_date__gte=first)).only(
        "pk", "start_date", "start_time", "recurrence", "cancelled_dates")
    rows = []
    for activity in activities.iterator(chunk_size=BATCH):
        try:
            starts = recurrence.local_starts(activity.recurrence, activity.start_date, activity.start_time,
                                             first, last)
        except ValidationError:  # a rule that save() would have refused: it has no dates to show
            continue
        try:
            skipped = set(recurrence.parse_dates(activity.cancelled_dates))
        except ValidationError:
            skipped = set()
        rows += [StoredOccurrence(activity_id=activity.pk, date=local.date(), start=local.time(),
                                  cancelled=local.date() in skipped) for local in starts]
        if len(rows) >= BATCH:
            StoredOccurrence.objects.bulk_create(rows)
            rows = []
    StoredOccurrence.objects.bulk_create(rows)
    OccurrenceCoverage.objects.create(first=first, last=last)


def empty(apps, schema_editor):
    apps.get_model("events", "StoredOccurrence").objects.all().delete()
    apps.get_model("events", "OccurrenceCoverage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_stored_occurrences"),
    ]

    operations = [migrations.RunPython(fill, empty)]
