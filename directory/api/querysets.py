"""The records the API serves, in the order it serves them, and what serialising them reads."""

from __future__ import annotations

from django.db.models import Case, F, When

from directory.api.text import unused_text_columns
from directory.models import Location, Organization, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm


def term_queryset():
    return TaxonomyTerm.objects.select_related("taxonomy", "parent")


def organization_rows(queryset, lang: str | None = None, *, unpublished_parents: bool = False):
    """What serialising an organisation reads, in one query. ``parent_uuid`` is the parent's id when
    the parent is published, or always with ``unpublished_parents`` (a document of every organisation)."""
    parent = F("parent__uuid")
    if not unpublished_parents:
        parent = Case(When(parent__is_published=True, then=parent))
    return queryset.annotate(parent_uuid=parent).defer(*unused_text_columns(Organization, lang))


def published_organizations(base=None):
    """The organisations of a list, in order; ``organization_rows`` adds what serialising them reads."""
    return (Organization.objects.published() if base is None else base).order_by("name", "pk")


def organizations_queryset(base=None, lang: str | None = None):
    return organization_rows(published_organizations(base), lang)


def service_rows(queryset, lang: str | None = None):
    return queryset.select_related("organization").defer(
        *unused_text_columns(Service, lang), *unused_text_columns(Organization, lang, "organization__"))


def published_services(organizations=None):
    organizations = Organization.objects.published() if organizations is None else organizations
    return Service.objects.filter(organization__in=organizations).order_by("organization__name", "sort_order", "pk")


def services_queryset(organizations=None, lang: str | None = None):
    return service_rows(published_services(organizations), lang)


def service_at_location_rows(queryset, lang: str | None = None):
    return (
        queryset.select_related("service__organization", "location")
        .annotate(organization_uuid=F("location__organization__uuid"))
        .defer(*unused_text_columns(ServiceAtLocation, lang), *unused_text_columns(Location, lang, "location__"),
               *unused_text_columns(Service, lang, "service__"),
               *unused_text_columns(Organization, lang, "service__organization__"))
    )


def published_service_at_locations():
    return ServiceAtLocation.objects.filter(service__organization__in=Organization.objects.published()).order_by(
        "service__organization__name", "service__sort_order", "pk")


def service_at_locations_queryset(lang: str | None = None):
    return service_at_location_rows(published_service_at_locations(), lang)


def taxonomies_queryset():
    return Taxonomy.objects.order_by("slug", "pk")


def taxonomy_terms_queryset():
    return term_queryset().order_by("taxonomy__slug", "sort_order", "code", "pk")
