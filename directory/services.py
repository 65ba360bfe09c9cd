"""Every write to the directory that carries a business rule: creating actors, verification."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from directory.models import Organization

VERIFICATION_MONTHS = 12


def verification_cutoff(today: date, months: int = VERIFICATION_MONTHS) -> date:
    """The date ``months`` before ``today`` (clamped to the month's last day)."""
    import calendar

    year, month = divmod(today.year * 12 + (today.month - 1) - months, 12)
    month += 1
    day = min(today.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def verification_is_stale(last_verified: date | None, today: date, months: int = VERIFICATION_MONTHS) -> bool:
    return last_verified is None or last_verified < verification_cutoff(today, months)


def unique_slug(name: str, *, exclude_pk=None) -> str:
    base = slugify(name)[:100] or "actor"
    slug, n = base, 2
    taken = Organization.objects.exclude(pk=exclude_pk) if exclude_pk else Organization.objects.all()
    while taken.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def can_verify(user) -> bool:
    return bool(user and user.is_active and (user.is_superuser or user.has_perm("directory.change_organization")))


@transaction.atomic
def mark_verified(organizations, user, *, on: date | None = None) -> int:
    """Record that ``user`` checked these organisations' facts today; returns how many were marked."""
    if not can_verify(user):
        raise PermissionDenied
    on = on or timezone.localdate()
    pks = [o.pk for o in organizations] if not hasattr(organizations, "values_list") else None
    queryset = organizations if pks is None else Organization.objects.filter(pk__in=pks)
    return queryset.update(last_verified=on, verified_by=user)
