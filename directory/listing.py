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
    """(code, label) choices of each filter, and the database ids of those codes."""

    categories: list[tuple[str, str]]
    focus_areas: list[tuple[str, str]]
    languages: list[tuple[str, str]]
    areas: list[tuple[str, str]]
    codes_by_id: dict[str, dict[int, str]]

    def as_form_kwargs(self) -> dict:
        return {"categories": self.categories, "focus_areas": self.focus_areas, "languages": self.languages,
                "areas": self.areas}


def vocabularies() -> Vocabularies:
    """Labels in the active language: three queries."""
    terms = TaxonomyTerm.objects.filter(taxonomy__slug__in=(CATEGORY_TAXONOMY, FOCUS_AREA_TAXONOMY)).select_related(
        "taxonomy").order_by("sort_order", "code")
    categories, focus_areas = [], []
    ids = {"category": {}, "focus": {}, "language": {}, "area": {}}
    for term in terms:
        is_category = term.taxonomy.slug == CATEGORY_TAXONOMY
        (categories if is_category else focus_areas).append((term.code, term.name))
        ids["category" if is_category else "focus"][term.pk] = term.code
    stored = {lang.code: lang for lang in Language.objects.all()}
    ids["language"] = {lang.pk: code for code, lang in stored.items()}
    codes = list(dict.fromkeys([*portal_languages.CODES, *stored]))
    language_choices = [(code, (stored.get(code) or Language(code=code)).display_name) for code in codes]
    areas = []
    for area in Area.objects.order_by("name"):
        areas.append((area.slug, area.name))
        ids["area"][area.pk] = area.slug
    return Vocabularies(categories, focus_areas, language_choices, areas, ids)


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


def facet_counts(base, filters: dict, *, now, codes_by_id: dict[str, dict[int, str]]) -> dict[str, dict[str, int]]:
    """For each facet, how many actors each value would give with the other filters kept: one query each,
    grouped by id (no joins; ``codes_by_id`` turns ids back into codes)."""
    narrowed = {}

    def others(name):
        # facets whose own filter is not in use share one narrowed queryset
        key = name if name in filters else None
        if key not in narrowed:
            narrowed[key] = apply_filters(base, filters, now=now, skip=name)
        return narrowed[key]

    def by_code(facet, rows, key):
        codes = codes_by_id[facet]
        return {codes[row[key]]: row["n"] for row in rows if row[key] in codes}

    through_focus = Organization.focus_areas.through.objects
    through_language = Organization.languages.through.objects
    return {
        "category": by_code("category", others("category").filter(category__isnull=False).order_by()
                            .values("category_id").annotate(n=Count("pk")), "category_id"),
        "focus": by_code("focus", through_focus.filter(organization_id__in=others("focus").values("pk"))
                         .values("taxonomyterm_id").annotate(n=Count("organization_id")).order_by(),
                         "taxonomyterm_id"),
        "language": by_code("language", through_language.filter(organization_id__in=others("language").values("pk"))
                            .values("language_id").annotate(n=Count("organization_id")).order_by(), "language_id"),
        "area": by_code("area", Location.objects.filter(organization_id__in=others("area").values("pk"),
                                                        area__isnull=False)
                        .values("area_id").annotate(n=Count("organization_id", distinct=True)).order_by(),
                        "area_id"),
        "open_now": {"1": others("open_now").open_at(now).count()},
    }


def page_queryset(queryset):
    """What a list entry shows, fetched in a fixed number of queries whatever the page size."""
    return queryset.select_related("category").prefetch_related(
        Prefetch("locations", queryset=Location.objects.select_related("area").order_by("sort_order", "pk")),
        "languages",
    )
