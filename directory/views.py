"""Public directory pages: the filterable list of actors and one actor's page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import quote, urlencode

from django.conf import settings
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from directory import jsonld, listing, opening_hours
from directory.forms import DirectoryFilterForm
from directory.freshness import verification_is_stale
from directory.models import Location, Organization, ScheduleException, ServiceStatus, Weekday

UPCOMING_EXCEPTION_DAYS = 60


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


def _facet_options(choices, counts, selected, *, hide_empty=False) -> list[FacetOption]:
    options = []
    for value, label in choices:
        count = counts.get(value, 0)
        if hide_empty and not count and value != selected:
            continue
        options.append(FacetOption(value, label, count, value == selected))
    return options


def organization_list(request):
    vocabularies = listing.vocabularies()
    form = DirectoryFilterForm(request.GET, **vocabularies.as_form_kwargs())
    filters = form.valid_filters()
    # "open now" at the resolution of opening hours, so that a minute's requests share their counts
    now = timezone.now().replace(second=0, microsecond=0)
    base = Organization.objects.published()
    results = listing.apply_filters(base, filters, now=now)
    counts = listing.cached_facet_counts(base, filters, now=now, codes_by_id=vocabularies.codes_by_id)
    paginator = listing.DirectoryPaginator(results, vocabularies, count=counts["total"])
    page = paginator.get_page(filters.get("page", 1))
    facets = {
        "category": _facet_options(vocabularies.categories, counts["category"], filters.get("category")),
        "focus": _facet_options(vocabularies.focus_areas, counts["focus"], filters.get("focus")),
        "language": _facet_options(vocabularies.languages, counts["language"], filters.get("language"),
                                   hide_empty=True),
        "area": _facet_options(vocabularies.areas, counts["area"], filters.get("area")),
    }
    return render(request, "directory/organization_list.html", {
        "form": form,
        "filters": filters,
        "filtered": any(k in filters for k in ("q", *listing.FACETS)),
        "invalid_fields": form.invalid_fields(),
        "facets": facets,
        "open_now_count": counts["open_now"]["1"],
        "page_obj": page,
        "paginator": paginator,
        "organizations": page.object_list,
        "canonical_path": _with_query(reverse("directory:list"),
                                      listing.canonical_query({**filters, "page": page.number})),
    })


def _with_query(path: str, query: dict) -> str:
    return f"{path}?{urlencode(query)}" if query else path


@dataclass
class LocationView:
    location: Location
    open_now: bool | None  # None: no opening hours known
    weekly: list[tuple[str, list[str]]] = field(default_factory=list)
    upcoming: list[ScheduleException] = field(default_factory=list)
    map_url: str = ""
    geo_uri: str = ""


def _hours(opens, closes) -> str:
    return f"{opens:%H:%M}–{closes:%H:%M}"


def _map_links(location: Location) -> tuple[str, str]:
    """A link to open the place in a map app: plain links, nothing is loaded from another host."""
    if location.has_coordinates:
        lat, lon = location.latitude, location.longitude
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}", f"geo:{lat},{lon}"
    if location.has_address:
        address = ", ".join(filter(None, [location.address_1, location.postal_code, location.city]))
        return f"https://www.openstreetmap.org/search?query={quote(address)}", f"geo:0,0?q={quote(address)}"
    return "", ""


def _location_view(location: Location, now) -> LocationView:
    schedules = list(location.schedules.all())
    exceptions = list(location.schedule_exceptions.all())
    today = opening_hours.local(now).date()
    known = bool(schedules or exceptions)
    weekly = []
    for day in Weekday:
        periods = [_hours(s.opens_at, s.closes_at) for s in schedules
                   if s.weekday == day.value and opening_hours._valid_on(s, today)]
        if periods:
            weekly.append((day.label, periods))
    map_url, geo_uri = _map_links(location)
    return LocationView(
        location=location,
        open_now=opening_hours.is_open(schedules, exceptions, now) if known else None,
        weekly=weekly,
        upcoming=[e for e in exceptions if e.date >= today],
        map_url=map_url,
        geo_uri=geo_uri,
    )


def organization_detail(request, slug):
    now = timezone.now()
    today = opening_hours.local(now).date()
    organization = get_object_or_404(
        Organization.objects.published().select_related("category", "parent", "meeting_place_page"), slug=slug)
    exceptions = ScheduleException.objects.filter(
        date__gte=today - timedelta(days=1), date__lte=today + timedelta(days=UPCOMING_EXCEPTION_DAYS))
    locations = list(organization.locations.select_related("area").prefetch_related(
        "schedules", Prefetch("schedule_exceptions", queryset=exceptions), "phones"))
    services = list(organization.services.exclude(status=ServiceStatus.DEFUNCT).prefetch_related(
        "languages", "phones"))
    phones = list(organization.phones.all())
    languages = list(organization.languages.all())
    url = request.build_absolute_uri(organization.get_absolute_url())
    return render(request, "directory/organization_detail.html", {
        "organization": organization,
        "locations": [_location_view(location, now) for location in locations],
        "services": services,
        "phones": phones,
        "languages": languages,
        "focus_areas": list(organization.focus_areas.all()),
        "units": list(organization.units.published()),
        "verification_stale": verification_is_stale(organization.last_verified, today),
        "report_url": reverse("community_public:report", kwargs={"slug": organization.slug}),
        "jsonld": jsonld.dumps(jsonld.organization_data(
            organization, url=url, locations=locations, phones=phones, languages=languages)),
        "map_tiles": getattr(settings, "DIRECTORY_MAP_TILE_URL", ""),
    })
