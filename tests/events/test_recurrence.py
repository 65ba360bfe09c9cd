"""Repetition rules: checked with a translated error, and Stockholm wall-clock time across DST changes."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from events import recurrence
from events.models import Activity

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def _starts(rule, start_date, first, last):
    return [recurrence.aware(s) for s in recurrence.local_starts(rule, start_date, time(17), first, last)]


def test_weekly_activity_stays_at_17_across_the_last_sunday_of_march():
    # 2027-03-28 is the last Sunday of March: clocks go from 02:00 CET to 03:00 CEST
    starts = _starts("FREQ=WEEKLY;BYDAY=TH", date(2027, 3, 18), date(2027, 3, 18), date(2027, 4, 1))
    assert [s.strftime("%Y-%m-%d %H:%M") for s in starts] == ["2027-03-18 17:00", "2027-03-25 17:00",
                                                              "2027-04-01 17:00"]
    assert [s.utcoffset().total_seconds() / 3600 for s in starts] == [1, 1, 2]
    assert starts[-1].astimezone(ZoneInfo("UTC")).hour == 15


def test_weekly_activity_stays_at_17_across_the_last_sunday_of_october():
    # 2026-10-25 is the last Sunday of October: clocks go back from CEST to CET
    starts = _starts("FREQ=WEEKLY", date(2026, 10, 19), date(2026, 10, 19), date(2026, 10, 26))
    assert [(s.hour, s.utcoffset().total_seconds() / 3600) for s in starts] == [(17, 2), (17, 1)]


def test_until_as_a_date_means_the_end_of_that_day_in_stockholm_stored_in_utc():
    rule = recurrence.normalise("FREQ=WEEKLY;UNTIL=20270330", date(2027, 3, 16), time(17))
    assert rule == "FREQ=WEEKLY;UNTIL=20270330T215959Z"  # 23:59:59 CEST
    assert recurrence.last_date(rule, date(2027, 3, 16), time(17)) == date(2027, 3, 30)


@pytest.mark.parametrize("rule", ["FREQ=SOMETIMES", "BYDAY=TU", "FREQ=WEEKLY;BYDAY=XX", "not a rule",
                                  "FREQ=WEEKLY;DTSTART=20270101T000000", "FREQ=WEEKLY;COUNT=999999"])
def test_bad_rules_are_refused(rule):
    with pytest.raises(ValidationError):
        recurrence.normalise(rule, date(2027, 1, 5), time(10))


def test_a_rule_more_frequent_than_daily_is_refused():
    with pytest.raises(ValidationError) as error:
        recurrence.normalise("FREQ=MINUTELY", date(2027, 1, 5), time(10))
    assert error.value.code == "rrule_frequency"


def test_the_error_for_a_bad_rule_is_in_the_readers_language(db):
    activity = Activity(title="X", start_date=date(2027, 1, 5), start_time=time(10), recurrence="FREQ=WEEKLY;BYDAY=XX")
    with translation.override("sv"), pytest.raises(ValidationError) as error:
        activity.full_clean(exclude=["organizer", "meeting_place", "location"])
    message = error.value.message_dict["recurrence"][0]
    assert "FREQ=WEEKLY" in message
    with translation.override("en"):
        english = str(recurrence.INVALID)
    assert message != english  # translated, not the English source


def test_cancelled_dates_must_be_dates():
    with pytest.raises(ValidationError):
        recurrence.parse_dates("2027-01-05, next tuesday")
    assert recurrence.parse_dates("2027-01-12; 2027-01-05") == [date(2027, 1, 5), date(2027, 1, 12)]


def test_saved_activity_knows_its_last_date(db):
    activity = Activity.objects.create(title="X", start_date=date(2027, 1, 5), start_time=time(10),
                                       recurrence="FREQ=WEEKLY;COUNT=3")
    assert activity.last_date == date(2027, 1, 19)
    endless = Activity.objects.create(title="Y", start_date=date(2027, 1, 5), start_time=time(10),
                                      recurrence="FREQ=WEEKLY")
    assert endless.last_date is None
    assert activity.starts_at() == datetime(2027, 1, 5, 10, tzinfo=STOCKHOLM)
