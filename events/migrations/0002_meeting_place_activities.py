"""The meeting places' activities (formerly pages.MeetingPlaceActivity) become activities of the calendar."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import migrations


def _suffixes():
    return [code.replace("-", "_") for code, _name in settings.LANGUAGES]


def copy(apps, schema_editor):
    Old = apps.get_model("pages", "MeetingPlaceActivity")
    Activity = apps.get_model("events", "Activity")
    Language = apps.get_model("directory", "Language")
    for old in Old.objects.all():
        rule = ""
        if old.weekly_until:
            until = datetime.combine(old.weekly_until, time(23, 59, 59), tzinfo=ZoneInfo(settings.TIME_ZONE))
            rule = f"FREQ=WEEKLY;UNTIL={until.astimezone(ZoneInfo('UTC')):%Y%m%dT%H%M%SZ}"
        new = Activity(meeting_place_id=old.page_id, start_date=old.date, start_time=old.start_time,
                       end_time=old.end_time, recurrence=rule, last_date=old.weekly_until or old.date)
        for field in ("title", "description", "place"):
            setattr(new, field, getattr(old, field))
            for suffix in _suffixes():
                setattr(new, f"{field}_{suffix}", getattr(old, f"{field}_{suffix}", None))
        new.save()
        codes = [c.strip() for c in (old.language_codes or "").split(",") if c.strip()]
        new.languages.set(Language.objects.filter(code__in=codes))


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("pages", "0001_initial"),
    ]

    operations = [migrations.RunPython(copy, migrations.RunPython.noop)]
