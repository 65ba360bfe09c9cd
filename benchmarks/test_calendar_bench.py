"""The calendar with 500 upcoming activities (half of them weekly series): median server time < 50 ms,
as served and cold.

As served, a window's and filter's list, JSON-LD and feed come from the cache, filled by the first
request after an activity or the directory changed. Cold, the cache is emptied before every request:
the window's occurrences are counted and a page of them read from the stored occurrences
(``events.occurrences``), the page's activities read in a few queries and the list, JSON-LD and feed
written. Both must meet the target.

    .venv/bin/pytest -q benchmarks/test_calendar_bench.py --benchmark-only -p no:randomly
"""

from datetime import time, timedelta

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from directory.models import Area, Language, Location, Organization
from events import occurrences
from events.models import Activity

COUNT = 500
TARGET_SECONDS = 0.050
FOCUS = ("health", "work", "parenting", "leisure", "housing", "associations")
AUDIENCES = ("everyone", "women", "children", "parents", "youth", "seniors")


@pytest.fixture(scope="module")
def calendar_500(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        occurrences.extend()  # the stored days reach today's windows, as the periodic command keeps them
        languages = [Language.objects.get_or_create(code=c, defaults={"name": c})[0] for c in ("ar", "so", "sv")]
        organizer = Organization.objects.create(slug="bench-calendar", name="Bänkförening")
        areas = [Area.objects.get_or_create(slug=f"area-{n}", defaults={"name": f"Område {n}"})[0] for n in range(6)]
        places = [Location.objects.create(organization=organizer, name=f"Lokal {n}", area=areas[n]) for n in range(6)]
        today = timezone.localdate()
        activities = [Activity(title=f"Aktivitet {n}", title_sv=f"Aktivitet {n}", organizer=organizer,
                               location=places[n % 6], start_date=today + timedelta(days=n % 50),
                               start_time=time(9 + n % 10), end_time=time(10 + n % 10),
                               recurrence="FREQ=WEEKLY;COUNT=10" if n % 2 else "", focus_area=FOCUS[n % 6],
                               audience=AUDIENCES[n % 6])
                      for n in range(COUNT)]
        for activity in activities:  # save() works out each series' last date
            activity.save()
        Activity.languages.through.objects.bulk_create(
            Activity.languages.through(activity_id=a.pk, language_id=languages[i % 3].pk)
            for i, a in enumerate(activities))
        yield
        Organization.objects.filter(slug="bench-calendar").delete()


@pytest.mark.django_db
@pytest.mark.parametrize("url", [
    "/sv/calendar/",
    "/ar/calendar/?language=ar&focus=health",
    "/sv/calendar/?area=area-3&audience=everyone&page=2",
    "/sv/calendar/calendar.ics?focus=work",
])
@pytest.mark.parametrize("cold", [False, True], ids=["cached", "cold"])
def test_median_server_time(benchmark, calendar_500, url, cold):
    client = Client()
    assert client.get(url).status_code == 200

    if cold:
        response = benchmark.pedantic(client.get, args=(url,), setup=cache.clear, rounds=20)
    else:
        response = benchmark(client.get, url)

    assert response.status_code == 200
    assert benchmark.stats.stats.median < TARGET_SECONDS
