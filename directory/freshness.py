"""How long a listing counts as up to date: verified within the last twelve months."""

from __future__ import annotations

import calendar
from datetime import date

VERIFICATION_MONTHS = 12


def verification_cutoff(today: date, months: int = VERIFICATION_MONTHS) -> date:
    """The date ``months`` before ``today`` (clamped to the month's last day)."""
    year, month = divmod(today.year * 12 + (today.month - 1) - months, 12)
    month += 1
    day = min(today.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def verification_is_stale(last_verified: date | None, today: date, months: int = VERIFICATION_MONTHS) -> bool:
    return last_verified is None or last_verified < verification_cutoff(today, months)
