"""Open now, in Västerås time: weekly hours, periods across midnight, holiday exceptions; the Python rule
(actor page) and the SQL rule (list filter) agree."""

from datetime import date, datetime, time

import pytest

from directory.models import Organization
from directory.open_now import open_organization_ids
from directory.opening_hours import TIMEZONE, is_open

from .factories import LocationFactory, OrganizationFactory, ScheduleExceptionFactory, ScheduleFactory

FRIDAY, SATURDAY = 5, 6


def at(y, m, d, hh, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=TIMEZONE)


@pytest.fixture
def night_cafe(db):
    """Open Friday 20:00 – Saturday 02:00, and Saturday 10:00–14:00."""
    org = OrganizationFactory(name="Nattkaféet", slug="nattkafeet")
    location = LocationFactory(organization=org)
    ScheduleFactory(location=location, weekday=FRIDAY, opens_at=time(20), closes_at=time(2))
    ScheduleFactory(location=location, weekday=SATURDAY, opens_at=time(10), closes_at=time(14))
    return location


def check(location, when, expected):
    python = is_open(list(location.schedules.all()), list(location.schedule_exceptions.all()), when)
    sql = Organization.objects.filter(open_organization_ids(when)).filter(pk=location.organization_id).exists()
    assert (python, sql) == (expected, expected), when


# 2026-11-27 is a Friday
@pytest.mark.parametrize(("when", "expected"), [
    (at(2026, 11, 27, 19, 59), False),
    (at(2026, 11, 27, 20, 0), True),
    (at(2026, 11, 27, 23, 59), True),
    (at(2026, 11, 28, 0, 0), True),   # Saturday, still Friday's evening
    (at(2026, 11, 28, 1, 59), True),
    (at(2026, 11, 28, 2, 0), False),
    (at(2026, 11, 28, 10, 30), True),
    (at(2026, 11, 28, 14, 0), False),
    (at(2026, 11, 29, 1, 0), False),  # Sunday night: Saturday does not cross midnight
])
def test_across_midnight(night_cafe, when, expected):
    check(night_cafe, when, expected)


def test_time_zone_is_stockholm(night_cafe):
    from datetime import UTC

    # 19:30 UTC on a November Friday is 20:30 in Västerås
    check(night_cafe, datetime(2026, 11, 27, 19, 30, tzinfo=UTC), True)
    check(night_cafe, datetime(2026, 11, 27, 18, 30, tzinfo=UTC), False)


def test_holiday_closed(night_cafe):
    ScheduleExceptionFactory(location=night_cafe, date=date(2026, 11, 27), closed=True, description="Helgdag")
    check(night_cafe, at(2026, 11, 27, 21), False)
    check(night_cafe, at(2026, 11, 28, 1), False)  # the closed Friday's night is closed too
    check(night_cafe, at(2026, 11, 28, 11), True)  # Saturday's own hours are unaffected


def test_holiday_special_hours_replace_the_weekly_ones(night_cafe):
    ScheduleExceptionFactory(location=night_cafe, date=date(2026, 11, 28), closed=False,
                             opens_at=time(22), closes_at=time(3))
    check(night_cafe, at(2026, 11, 28, 11), False)
    check(night_cafe, at(2026, 11, 28, 1), True)   # Friday's night is Friday's business
    check(night_cafe, at(2026, 11, 28, 23), True)
    check(night_cafe, at(2026, 11, 29, 2, 30), True)
    check(night_cafe, at(2026, 11, 29, 3), False)


def test_validity_period(night_cafe):
    night_cafe.schedules.update(valid_to=date(2026, 11, 1))
    check(night_cafe, at(2026, 11, 27, 21), False)
    night_cafe.schedules.update(valid_to=None, valid_from=date(2026, 11, 1))
    check(night_cafe, at(2026, 11, 27, 21), True)


def test_summer_time(db):
    location = LocationFactory()
    ScheduleFactory(location=location, weekday=3, opens_at=time(9), closes_at=time(10))
    # 2026-07-01 is a Wednesday; 07:30 UTC is 09:30 summer time in Västerås
    from datetime import UTC

    check(location, datetime(2026, 7, 1, 7, 30, tzinfo=UTC), True)
    check(location, datetime(2026, 7, 1, 8, 30, tzinfo=UTC), False)
