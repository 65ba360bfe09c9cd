"""Stored occurrences: every date of every activity, kept when an activity changes and as days pass,
and read by the calendar exactly as the rules expanded on the fly would give them."""

import importlib
import json
import re
from datetime import date, time, timedelta
from io import StringIO

import pytest
from django.apps import apps
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.models import Organization
from events import calendar, occurrences
from events.calendar import Window
from events.models import Activity, ActivityStatus, OccurrenceCoverage, StoredOccurrence
from tests.events.conftest import ActivityFactory, AreaFactory, LocationFactory, OrganizationFactory

pytestmark = pytest.mark.django_db
# the coverage is set around these days, whatever the date the tests run on
TODAY = date(2027, 1, 1)
WINDOW = "from=2027-01-01&to=2027-02-28"


@pytest.fixture(autouse=True)
def coverage():
    span, _added = occurrences.rebuild(today=TODAY)
    return span


def _rows(activity):
    return [(o.date, o.start, o.cancelled) for o in StoredOccurrence.objects.filter(activity=activity)]


def _jsonld(client, query=WINDOW):
    html = client.get(f"/sv/calendar/?{query}").content.decode()
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def _uncovered(window, filters):
    """The same rows expanded from the rules, as for a window outside the coverage."""
    return calendar._compute(window, filters)


def test_the_coverage_runs_from_a_year_back_to_400_days_ahead(coverage):
    assert (coverage.first, coverage.last) == (TODAY - timedelta(days=366), TODAY + timedelta(days=400))
    assert occurrences.covers(TODAY, TODAY + timedelta(days=calendar.MAX_DAYS))
    assert not occurrences.covers(TODAY, TODAY + timedelta(days=401))


def test_a_series_is_stored_date_by_date_at_the_same_local_time_across_dst(client):
    activity = ActivityFactory(title_sv="Kväll", start_date=date(2027, 3, 18), start_time=time(17),
                               end_time=time(19), recurrence="FREQ=WEEKLY;COUNT=3")
    assert _rows(activity) == [(date(2027, 3, 18), time(17), False), (date(2027, 3, 25), time(17), False),
                               (date(2027, 4, 1), time(17), False)]
    events = _jsonld(client, "from=2027-03-15&to=2027-04-05")
    assert [e["startDate"] for e in events] == ["2027-03-18T17:00:00+01:00", "2027-03-25T17:00:00+01:00",
                                                "2027-04-01T17:00:00+02:00"]
    assert events[2]["endDate"] == "2027-04-01T19:00:00+02:00"


def test_an_open_ended_series_is_stored_up_to_the_last_day_of_the_coverage(coverage):
    activity = ActivityFactory(start_date=date(2027, 1, 5), recurrence="FREQ=WEEKLY")
    days = [row[0] for row in _rows(activity)]
    assert days[0] == date(2027, 1, 5) and days[-1] <= coverage.last < days[-1] + timedelta(days=7)
    assert len(days) == (coverage.last - date(2027, 1, 5)).days // 7 + 1


def test_a_new_rule_replaces_the_stored_dates():
    activity = ActivityFactory(start_date=date(2027, 1, 5), recurrence="FREQ=WEEKLY;COUNT=3")
    activity.recurrence = "FREQ=MONTHLY;COUNT=2"
    activity.save()
    assert [row[0] for row in _rows(activity)] == [date(2027, 1, 5), date(2027, 2, 5)]
    activity.start_date, activity.start_time, activity.recurrence = date(2027, 1, 20), time(10), ""
    activity.save()
    assert _rows(activity) == [(date(2027, 1, 20), time(10), False)]


def test_cancelled_dates_are_marked_and_unmarked(client):
    activity = ActivityFactory(title_sv="Läxhjälp", start_date=date(2027, 1, 5), recurrence="FREQ=WEEKLY;COUNT=3")
    activity.cancelled_dates = "2027-01-12"
    activity.save()
    assert [row[2] for row in _rows(activity)] == [False, True, False]
    statuses = [e["eventStatus"].rsplit("/", 1)[1] for e in _jsonld(client)]
    assert statuses == ["EventScheduled", "EventCancelled", "EventScheduled"]
    activity.cancelled_dates = ""
    activity.save()
    assert [row[2] for row in _rows(activity)] == [False, False, False]


@pytest.mark.parametrize("how", ["save", "update"])
def test_a_whole_activity_cancelled_shows_so_on_every_date(client, how):
    activity = ActivityFactory(title_sv="Läxhjälp", start_date=date(2027, 1, 5), recurrence="FREQ=WEEKLY;COUNT=2")
    if how == "save":
        activity.status = ActivityStatus.CANCELLED
        activity.save()
    else:  # a change that bypasses save(): the status is read from the activity, not from the rows
        Activity.objects.filter(pk=activity.pk).update(status=ActivityStatus.CANCELLED)
    html = client.get(f"/sv/calendar/?{WINDOW}").content.decode()
    assert [e["eventStatus"] for e in _jsonld(client)] == ["https://schema.org/EventCancelled"] * 2
    assert html.count('class="activity is-cancelled"') == 2


@pytest.mark.parametrize("how", ["save", "update"])
def test_unpublishing_hides_the_dates_and_publishing_shows_them_again(client, how):
    activity = ActivityFactory(title_sv="Läxhjälp", start_date=date(2027, 1, 5), recurrence="FREQ=WEEKLY;COUNT=2")

    def publish(value):
        if how == "save":
            activity.is_published = value
            activity.save(update_fields=["is_published"])
        else:
            Activity.objects.filter(pk=activity.pk).update(is_published=value)
            cache.clear()  # update() sends no signal, so nothing purges the cached page

    publish(False)
    assert _jsonld(client) == []
    assert len(_rows(activity)) == 2  # the rows stay; the activity says it is not shown
    publish(True)
    assert len(_jsonld(client)) == 2


def test_deleting_an_activity_or_its_organiser_deletes_its_dates():
    organizer = OrganizationFactory()
    first = ActivityFactory(start_date=date(2027, 1, 5), recurrence="FREQ=WEEKLY;COUNT=2")
    second = ActivityFactory(organizer=organizer, start_date=date(2027, 1, 6))
    first.delete()
    assert not StoredOccurrence.objects.filter(activity_id=first.pk).exists()
    Organization.objects.filter(pk=organizer.pk).delete()
    assert not StoredOccurrence.objects.filter(activity_id=second.pk).exists()
    assert not StoredOccurrence.objects.exists()


def test_days_passing_add_the_new_dates_and_drop_the_old(coverage):
    weekly = ActivityFactory(start_date=date(2025, 1, 7), recurrence="FREQ=WEEKLY")
    before = [row[0] for row in _rows(weekly)]
    span, added = occurrences.extend(today=TODAY + timedelta(days=14))
    after = [row[0] for row in _rows(weekly)]
    assert (span.first, span.last) == (coverage.first + timedelta(days=14), coverage.last + timedelta(days=14))
    assert added == 2 and after[-2:] == [before[-1] + timedelta(days=7), before[-1] + timedelta(days=14)]
    assert after[0] == before[2] and min(after) >= span.first
    assert occurrences.extend(today=TODAY + timedelta(days=14))[1] == 0  # the same day again: nothing new
    assert OccurrenceCoverage.objects.count() == 1


def test_an_activity_saved_after_the_days_moved_is_stored_up_to_the_new_last_day():
    occurrences.extend(today=TODAY + timedelta(days=30))
    activity = ActivityFactory(start_date=date(2027, 1, 5), recurrence="FREQ=DAILY")
    span = occurrences.coverage()
    assert max(row[0] for row in _rows(activity)) == span.last


def test_a_coverage_far_from_today_is_replaced_whole():
    activity = ActivityFactory(start_date=date(2027, 1, 5), recurrence="FREQ=WEEKLY")
    span, added = occurrences.extend(today=TODAY + timedelta(days=1000))
    days = [row[0] for row in _rows(activity)]
    assert days[0] >= span.first and days[-1] <= span.last and added == len(days)


def test_without_a_coverage_nothing_is_stored_and_the_calendar_expands_the_rules(client):
    OccurrenceCoverage.objects.all().delete()
    StoredOccurrence.objects.all().delete()
    activity = ActivityFactory(title_sv="Läxhjälp", start_date=date(2027, 1, 5), recurrence="FREQ=WEEKLY;COUNT=3")
    assert _rows(activity) == []
    assert len(_jsonld(client)) == 3


def _varied_activities():
    area = AreaFactory(slug="skiljebo", name="Skiljebo")
    ActivityFactory(title_sv="Kväll", start_date=date(2027, 3, 18), recurrence="FREQ=WEEKLY;COUNT=4",
                    focus_area="work", spoken=["so"])
    ActivityFactory(title_sv="Två tider", start_date=date(2027, 1, 4), start_time=time(9),
                    recurrence="FREQ=DAILY;BYHOUR=9,18;COUNT=20", cancelled_dates="2027-01-06")
    ActivityFactory(title_sv="Månad", start_date=date(2027, 1, 31), recurrence="FREQ=MONTHLY;COUNT=6",
                    location=LocationFactory(area=area), audience="women")
    ActivityFactory(title_sv="Inställd", start_date=date(2027, 2, 2), status=ActivityStatus.CANCELLED)
    ActivityFactory(title_sv="Natt", start_date=date(2027, 10, 30), start_time=time(2, 30), end_time=time(1),
                    recurrence="FREQ=DAILY;COUNT=3")  # 02:30 on the night the clocks go back
    ActivityFactory(title_sv="Utkast", start_date=date(2027, 1, 8), is_published=False)
    ActivityFactory(title_sv="Tidigt", start_date=date(2026, 2, 1), recurrence="FREQ=WEEKLY;UNTIL=20270301")


@pytest.mark.parametrize("filters", [{}, {"focus": "work"}, {"language": "so"}, {"area": "skiljebo"},
                                     {"audience": "women"}])
@pytest.mark.parametrize("first, last", [(date(2027, 1, 1), date(2027, 12, 31)), (date(2026, 1, 1), date(2026, 12, 31)),
                                         (date(2027, 3, 20), date(2027, 4, 10))])
def test_stored_rows_are_the_rules_expanded(filters, first, last):
    _varied_activities()
    window = Window(first, last)
    assert occurrences.covers(first, last)
    stored = calendar.occurrence_rows(window, filters)
    assert isinstance(stored, calendar.StoredRows)
    assert list(stored) == _uncovered(window, filters) and len(stored) == len(_uncovered(window, filters))
    assert stored[2:5] == _uncovered(window, filters)[2:5]


def test_a_window_beyond_the_coverage_shows_the_same_pages(client, coverage):
    _varied_activities()
    urls = [f"/sv/calendar/?from=2027-01-01&to=2027-12-31&page={n}" for n in (1, 2)]
    covered = [client.get(url).content.decode() for url in urls]
    OccurrenceCoverage.objects.update(last=date(2027, 6, 30))
    cache.clear()
    assert not occurrences.covers(date(2027, 1, 1), date(2027, 12, 31))
    assert [client.get(url).content.decode() for url in urls] == covered
    assert "Två tider" in covered[0] and "Natt" in covered[1] and "Utkast" not in covered[0] + covered[1]


def test_coming_activities_of_a_page_come_from_the_stored_rows_as_from_the_rules(monkeypatch):
    organizer = OrganizationFactory()
    ActivityFactory(organizer=organizer, start_date=date(2027, 1, 5), recurrence="FREQ=WEEKLY;COUNT=9",
                    cancelled_dates="2027-01-19")
    ActivityFactory(organizer=organizer, start_date=date(2027, 1, 6), status=ActivityStatus.CANCELLED)
    ActivityFactory(start_date=date(2027, 1, 5))  # another organiser's

    def shown():
        found = calendar.upcoming_for(Activity.objects.filter(organizer=organizer), today=TODAY, limit=5)
        return [(o.activity.pk, o.start, o.end, o.cancelled) for o in found]

    stored = shown()
    monkeypatch.setattr(occurrences, "covers", lambda first, last: False)
    assert shown() == stored and len(stored) == 5
    assert [cancelled for *_rest, cancelled in stored] == [False, True, False, True, False]


def test_the_command_moves_the_coverage_and_rebuilds_on_request():
    occurrences.rebuild()  # around the real today, as the command sees it
    activity = ActivityFactory(start_date=timezone.localdate() + timedelta(days=7),
                               recurrence="FREQ=WEEKLY;COUNT=3")
    StoredOccurrence.objects.all().delete()  # as after rows written without Activity.save
    out = StringIO()
    call_command("store_occurrences", stdout=out)
    assert "0 added" in out.getvalue() and _rows(activity) == []  # the same day: nothing to add
    call_command("store_occurrences", "--rebuild", stdout=out)
    assert "3 added" in out.getvalue() and len(_rows(activity)) == 3
    span = occurrences.coverage()
    assert span.first == timezone.localdate() - timedelta(days=366) and span.last - span.first == timedelta(days=766)


def test_the_migration_stores_the_existing_activities():
    start = timezone.localdate() + timedelta(days=7)
    activity = ActivityFactory(start_date=start, recurrence="FREQ=WEEKLY;COUNT=3",
                               cancelled_dates=(start + timedelta(days=7)).isoformat())
    StoredOccurrence.objects.all().delete()
    OccurrenceCoverage.objects.all().delete()
    importlib.import_module("events.migrations.0004_fill_stored_occurrences").fill(apps, None)
    span = occurrences.coverage()
    assert span.first == timezone.localdate() - timedelta(days=366) and span.last - span.first == timedelta(days=766)
    assert _rows(activity) == [(start, time(17), False), (start + timedelta(days=7), time(17), True),
                               (start + timedelta(days=14), time(17), False)]


def _queries(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_calendar_reads_as_many_queries_for_forty_activities_as_for_three(client, meeting_place):
    organizer = OrganizationFactory()
    place = LocationFactory(organization=organizer, area=AreaFactory())

    def add(n):
        ActivityFactory(start_date=date(2027, 1, 2 + n % 25), recurrence="FREQ=WEEKLY;COUNT=4" if n % 2 else "",
                        organizer=organizer if n % 3 else None, location=place if n % 4 else None,
                        meeting_place=meeting_place if n % 5 == 0 else None, spoken=["so", "ar"] if n % 2 else [])

    for n in range(3):
        add(n)
    urls = [f"/sv/calendar/?{WINDOW}", f"/sv/calendar/calendar.ics?{WINDOW}"]
    few = [_queries(client, url) for url in urls]
    for n in range(3, 40):
        add(n)
    assert [_queries(client, url) for url in urls] == few
    assert len(_jsonld(client)) == 30
