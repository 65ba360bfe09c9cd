"""The directory list: filters applied to published actors, facet counts in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count
from django.utils import translation
from django.utils.functional import cached_property

from directory import cache, open_now
from directory.models import (
    CATEGORY_TAXONOMY,
    FOCUS_AREA_TAXONOMY,
    Area,
    Language,
    Location,
    Organization,
    TaxonomyTerm,
    language_display_name,
)
from kernel import languages as portal_languages

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

    @cached_property
    def _labels_by_id(self) -> dict[str, dict[int, str]]:
        labels = {"category": dict(self.categories), "focus": dict(self.focus_areas),
                  "language": dict(self.languages), "area": dict(self.areas)}
        return {facet: {pk: labels[facet].get(code, code) for pk, code in codes.items()}
                for facet, codes in self.codes_by_id.items()}

    def label(self, facet: str, pk: int | None) -> str:
        """The label of the term, language or area with database id ``pk`` ("" if there is none)."""
        return self._labels_by_id[facet].get(pk, "")


def vocabularies() -> Vocabularies:
    """Labels in the active language, cached until the directory changes."""
    return cache.get_or_compute("vocabularies", [translation.get_language() or ""], _vocabularies)


def _vocabularies() -> Vocabularies:
    """Three queries."""
    terms = TaxonomyTerm.objects.filter(taxonomy__slug__in=(CATEGORY_TAXONOMY, FOCUS_AREA_TAXONOMY)).select_related(
        "taxonomy").only("code", "name", "taxonomy__slug").order_by("sort_order", "code")
    categories, focus_areas = [], []
    ids = {"category": {}, "focus": {}, "language": {}, "area": {}}
    for term in terms:
        is_category = term.taxonomy.slug == CATEGORY_TAXONOMY
        (categories if is_category else focus_areas).append((term.code, term.name))
        ids["category" if is_category else "focus"][term.pk] = term.code
    stored = {lang.code: lang for lang in Language.objects.only("code", "name")}
    ids["language"] = {lang.pk: code for code, lang in stored.items()}
    codes = list(dict.fromkeys([*portal_languages.CODES, *stored]))
    language_choices = [(code, stored[code].display_name if code in stored else language_display_name(code))
                        for code in codes]
    areas = []
    for area in Area.objects.only("slug", "name").order_by("name"):
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
        queryset = queryset.filter(open_now.open_organization_ids(now))
    return queryset


# Filters whose single-valued lists are landing pages of their own (topic pages link to them)
LANDING_FILTERS = ("focus", "category")


def canonical_query(filters: dict) -> dict:
    """The query string of the URL search engines should index for a list with ``filters``: a focus
    area or category alone (with its page) is a page of its own; any other combination points to the
    whole list, so that the many combinations of filters are not indexed one by one."""
    used = [name for name in ("q", *FACETS) if filters.get(name)]
    page = filters.get("page", 1)
    if not used:
        return {"page": page} if page > 1 else {}
    if len(used) == 1 and used[0] in LANDING_FILTERS:
        return {used[0]: filters[used[0]], **({"page": page} if page > 1 else {})}
    return {}


# Facet counts change with "open now" at a minute's resolution, the resolution of opening hours.
FACET_TIMEOUT = 60


def cached_facet_counts(base, filters: dict, *, now, codes_by_id) -> dict:
    """``facet_counts`` for one combination of filters, cached for the minute of ``now`` (the text
    filter depends on the language, so the key holds the language too)."""
    parts = [translation.get_language() or "", f"{now:%Y-%m-%dT%H:%M}",
             *(f"{name}={filters[name]}" for name in ("q", *FACETS) if filters.get(name))]
    return cache.get_or_compute("facets", parts,
                                lambda: facet_counts(base, filters, now=now, codes_by_id=codes_by_id),
                                timeout=FACET_TIMEOUT)


def facet_counts(base, filters: dict, *, now, codes_by_id: dict[str, dict[int, str]]) -> dict:
    """For each facet, how many actors each value would give with the other filters kept: one query each,
    grouped by id (no joins; ``codes_by_id`` turns ids back into codes). ``total``: how many the filters
    give."""
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
    counts = {
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
        "open_now": {"1": others("open_now").filter(open_now.open_organization_ids(now)).count()},
    }
    # how many actors the list itself shows: a facet in use counts exactly those for its own value
    active = [name for name in FACETS if filters.get(name)]
    if not active:
        counts["total"] = others(None).count()
    elif active[0] == "open_now":
        counts["total"] = counts["open_now"]["1"]
    else:
        counts["total"] = counts[active[0]].get(filters[active[0]], 0)
    return counts


ORDERING = ("name", "pk")


@dataclass
class Entry:
    """One actor as the list shows it."""

    name: str
    url: str
    description: str
    category: str
    areas: list[str]
    languages: list[str]


def entries(organizations, vocabularies: Vocabularies) -> list[Entry]:
    """List entries for ``organizations`` (an ordered queryset) in three queries whatever their number.
    Labels of categories, areas and languages come from the vocabularies, not from more rows."""
    rows = list(organizations.only("slug", "name", "description", "category_id"))
    ids = [org.pk for org in rows]
    areas, languages = {}, {}
    located = Location.objects.filter(organization_id__in=ids, area__isnull=False).order_by("sort_order", "pk")
    for org_id, area_id in located.values_list("organization_id", "area_id"):
        areas.setdefault(org_id, []).append(vocabularies.label("area", area_id))
    links = Organization.languages.through.objects.filter(organization_id__in=ids)
    for org_id, language_id in links.values_list("organization_id", "language_id"):
        languages.setdefault(org_id, []).append(vocabularies.label("language", language_id))
    return [
        Entry(
            name=org.name,
            url=org.get_absolute_url(),
            description=org.description or "",
            category=vocabularies.label("category", org.category_id),
            areas=list(dict.fromkeys(filter(None, areas.get(org.pk, ())))),
            languages=sorted(filter(None, languages.get(org.pk, ()))),
        )
        for org in rows
    ]


class DirectoryPaginator(Paginator):
    """Pages of the filtered, ordered actors, as list entries. A page's ids are chosen first, by a
    subquery that the ``(is_published, name)`` index answers on its own, and only those rows are then
    read: a deep page does not read and throw away the wide (translated) rows of every page before it."""

    def __init__(self, results, vocabularies: Vocabularies, per_page=PAGE_SIZE, *, count: int | None = None,
                 **kwargs):
        super().__init__(results.order_by(*ORDERING), per_page, **kwargs)
        self.vocabularies = vocabularies
        self.known_count = count

    @cached_property
    def count(self):
        """The number of results, when the facet counts already know it."""
        return self.known_count if self.known_count is not None else self.object_list.count()

    def _get_page(self, object_list, number, paginator):
        page_rows = Organization.objects.filter(pk__in=object_list.values("pk")).order_by(*ORDERING)
        return super()._get_page(entries(page_rows, self.vocabularies), number, paginator)
