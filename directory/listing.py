"""The directory list: filters applied to published actors, facet counts in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Prefetch

from directory.models import (
    CATEGORY_TAXONOMY,
    FOCUS_AREA_TAXONOMY,
    Area,
    Language,
    Location,
    Organization,
    TaxonomyTerm,
)
from portal import languages as portal_languages

FACETS = ("category", "focus", "language", "area", "open_now")
PAGE_SIZE = 20


@dataclass
class Vocabularies:
    categories: list[tuple[str, str]]
    focus_areas: list[tuple[str, str]]
    languages: list[tuple[str, str]]
    areas: list[tuple[str, str]]

    def as_form_kwargs(self) -> dict:
        return {"categories": self.categories, "focus_areas": self.focus_areas, "languages": self.languages,
                "areas": self.areas}


def vocabularies() -> Vocabularies:
    """Labels in the active language: four queries."""
    terms = TaxonomyTerm.objects.filter(taxonomy__slug__in=(CATEGORY_TAXONOMY, FOCUS_AREA_TAXONOMY)).select_related(
        "taxonomy").order_by("sort_order", "code")
    categories, focus_areas = [], []
    for term in terms:
        (categories if term.taxonomy.slug == CATEGORY_TAXONOMY else focus_areas).append((term.code, term.name))
    stored = {lang.code: lang for lang in Language.objects.all()}
    codes = list(dict.fromkeys([*portal_languages.CODES, *stored]))
    language_choices = []
    for code in codes:
        language_choices.append((code, (stored.get(code) or Language(code=code)).display_name))
    areas = [(a.slug, a.name) for a in Area.objects.order_by("name")]
    return Vocabularies(categories, focus_areas, language_choices, areas)


def apply_filters(queryset, filters: dict, *, now, skip: str | None = None):
    """Narrow ``queryset`` by every filter in ``filters`` except ``skip``."""
    if filters.get("q"):
        queryset = queryset.matching(filters["q"])
    if "category" in filters and skip != "category":
        queryset = queryset.in_category(filters["category"])
    if "focus" in filters and skip != "focus":
        queryset = queryset.in_focus_area(filters["focus"])
    if "language" in filters and skip != "language":
        queryset = queryset.serving_language(filters["language"])
    if "area" in filters and skip != "area":
        queryset = queryset.in_area(filters["area"])
    if filters.get("open_now") and skip != "open_now":
        queryset = queryset.open_at(now)
    return queryset


def facet_counts(base, filters: dict, *, now) -> dict[str, dict[str, int]]:
    """For each facet, how many actors each value would give with the other filters kept: one query each."""
    def others(name):
        return apply_filters(base, filters, now=now, skip=name).values("pk")

    counts = {
        "category": {
            row["category__code"]: row["n"]
            for row in base.filter(pk__in=others("category")).exclude(category=None)
            .values("category__code").annotate(n=Count("pk")).order_by()
        },
        "focus": {
            row["taxonomyterm__code"]: row["n"]
            for row in Organization.focus_areas.through.objects.filter(organization_id__in=others("focus"))
            .values("taxonomyterm__code").annotate(n=Count("organization_id")).order_by()
        },
        "language": {
            row["language__code"]: row["n"]
            for row in Organization.languages.through.objects.filter(organization_id__in=others("language"))
            .values("language__code").annotate(n=Count("organization_id")).order_by()
        },
        "area": {
            row["area__slug"]: row["n"]
            for row in Location.objects.filter(organization_id__in=others("area"), area__isnull=False)
            .values("area__slug").annotate(n=Count("organization_id", distinct=True)).order_by()
        },
        "open_now": {"1": base.filter(pk__in=others("open_now")).open_at(now).count()},
    }
    return counts


def page_queryset(queryset):
    """What a list entry shows, fetched in a fixed number of queries whatever the page size."""
    return queryset.select_related("category").prefetch_related(
        Prefetch("locations", queryset=Location.objects.select_related("area").order_by("sort_order", "pk")),
        "languages",
    )
