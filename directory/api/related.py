"""Everything nested in a page of organisations, services or service-at-locations, in a fixed number
of queries whatever the page size."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import F, Q

from directory.api.querysets import term_queryset
from directory.api.text import unused_text_columns
from directory.models import Language, Location, Organization, Phone, Schedule, Service, ServiceAtLocation


def _grouped(rows, key: str) -> dict:
    groups: dict = defaultdict(list)
    for row in rows:
        groups[getattr(row, key)].append(row)
    return groups


class Related:
    """Everything nested in a page of organisations, services or service-at-locations.

    Batched by hand rather than with prefetch_related: on a page of 100 items Django's prefetching spends
    most of the request building one related manager per object.
    """

    def __init__(self, lang: str | None = None, *, organizations=(), services=(), service_at_locations=()):
        self.terms = {term.pk: term for term in term_queryset()}
        self.languages = {language.pk: language for language in Language.objects.all()}
        org_ids = [o.pk for o in organizations]
        service_ids = [s.pk for s in services]

        org_locations = (list(Location.objects.filter(organization_id__in=org_ids)
                              .defer(*unused_text_columns(Location, lang))) if org_ids else [])
        self.org_locations = _grouped(org_locations, "organization_id")
        sals = (list(ServiceAtLocation.objects.filter(service_id__in=service_ids)
                     .select_related("location").annotate(organization_uuid=F("location__organization__uuid"))
                     .defer(*unused_text_columns(ServiceAtLocation, lang),
                            *unused_text_columns(Location, lang, "location__"))
                     .order_by("pk")) if service_ids else [])
        self.service_sals = _grouped(sals, "service_id")
        location_ids = {loc.pk for loc in org_locations}
        location_ids |= {sal.location_id for sal in [*sals, *service_at_locations]}

        self.org_focus: dict = defaultdict(list)
        if org_ids:
            through = Organization.focus_areas.through.objects.filter(organization_id__in=org_ids)
            for org_id, term_id in through.values_list("organization_id", "taxonomyterm_id"):
                self.org_focus[org_id].append(self.terms[term_id])
            for terms in self.org_focus.values():
                terms.sort(key=lambda term: (term.sort_order, term.code))

        phones = list(Phone.objects.filter(
            Q(organization_id__in=org_ids) | Q(service_id__in=service_ids) | Q(location_id__in=location_ids)
        ).defer(*unused_text_columns(Phone, lang)).order_by("pk"))
        self.org_phones = _grouped([p for p in phones if p.organization_id], "organization_id")
        self.service_phones = _grouped([p for p in phones if p.service_id], "service_id")
        self.location_phones = _grouped([p for p in phones if p.location_id], "location_id")
        self.phone_languages = self._languages(Phone.languages.through, "phone_id", [p.pk for p in phones])
        self.service_languages = self._languages(Service.languages.through, "service_id", service_ids)

        schedules = list(
            Schedule.objects.filter(Q(location_id__in=location_ids) | Q(service_id__in=service_ids))
            .annotate(location_uuid=F("location__uuid"), service_uuid=F("service__uuid"))
            .defer(*unused_text_columns(Schedule, lang))
        )
        self.location_schedules = _grouped(schedules, "location_id")
        self.service_schedules = _grouped([s for s in schedules if s.service_id in set(service_ids)], "service_id")

    def _languages(self, through, column: str, ids) -> dict:
        found: dict = defaultdict(list)
        if ids:
            for owner, language_id in through.objects.filter(**{f"{column}__in": ids}).values_list(
                    column, "language_id"):
                found[owner].append(self.languages[language_id])
            for languages_of_owner in found.values():
                languages_of_owner.sort(key=lambda language: language.code)
        return found
