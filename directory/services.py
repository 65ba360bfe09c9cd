"""Every write to the directory from outside the admin's own forms: creating actors, applying an edited
listing, recording verification. Each one purges the directory's caches and reindexes the organisation
(its row is saved, which the search index follows) by construction."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from directory import snapshot
from directory.cache import directory_changed
from directory.models import Organization
from kernel.roles import changes_text_only


def unique_slug(name: str, *, exclude_pk=None) -> str:
    base = slugify(name)[:100] or "actor"
    slug, n = base, 2
    taken = Organization.objects.exclude(pk=exclude_pk) if exclude_pk else Organization.objects.all()
    while taken.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def can_verify(user) -> bool:
    if not (user and user.is_active):
        return False
    if user.is_superuser:
        return True
    return user.has_perm("directory.change_organization") and not changes_text_only(user, Organization)


@transaction.atomic
def mark_verified(organizations, user, *, on: date | None = None) -> int:
    """Record that ``user`` checked these organisations' facts today; returns how many were marked."""
    if not can_verify(user):
        raise PermissionDenied
    return record_verification(organizations, user, on=on)


@transaction.atomic
def create_organization(*, name: str, website: str | None = None, source: str = "",
                        is_published: bool = False) -> Organization:
    """A new listing (unpublished unless said otherwise) with a slug of its own."""
    name = name[:200]
    return Organization.objects.create(name=name, slug=unique_slug(name), is_published=is_published,
                                       website=website or None, source=source)


@transaction.atomic
def apply_snapshot(organization: Organization, data: dict) -> Organization:
    """Write an edited listing snapshot (``directory.snapshot``) to the live rows: all of it or nothing."""
    snapshot.write(organization, data)
    directory_changed()  # opening hours are written in bulk, which sends no signal
    organization.refresh_from_db()
    return organization


@transaction.atomic
def record_verification(organizations, user, *, on: date | None = None) -> int:
    """Record that ``user`` checked these organisations' facts on ``on`` (today); the caller decides who may."""
    on = on or timezone.localdate()
    pks = [o.pk for o in organizations] if not hasattr(organizations, "values_list") else None
    queryset = organizations if pks is None else Organization.objects.filter(pk__in=pks)
    count = 0
    for organization in queryset.select_for_update():
        organization.last_verified, organization.verified_by = on, user
        organization.save(update_fields=["last_verified", "verified_by", "updated_at"])
        count += 1
    return count
