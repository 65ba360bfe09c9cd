"""Builders of directory records for the API, import and export tests (factories as plain functions)."""

from __future__ import annotations

import itertools
from datetime import time

import pytest
from django.utils import translation

from directory.models import (
    CATEGORY_TAXONOMY,
    FOCUS_AREA_TAXONOMY,
    Area,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)

_numbers = itertools.count(1)


def term(taxonomy: str, code: str) -> TaxonomyTerm:
    return TaxonomyTerm.objects.get(taxonomy__slug=taxonomy, code=code)


def language(code: str, name: str = "") -> Language:
    return Language.objects.get_or_create(code=code, defaults={"name": name or code})[0]


def organization(name: str | None = None, **fields) -> Organization:
    number = next(_numbers)
    name = name or f"Förening {number}"
    fields.setdefault("slug", f"forening-{number}")
    fields.setdefault("description_sv", f"Beskrivning av {name}.")
    return Organization.objects.create(name=name, **fields)


def full_organization(name: str = "Exempelföreningen", **fields) -> Organization:
    """An organisation with every kind of related record, translated into sv and en."""
    org = organization(
        name,
        description_sv="Läxhjälp och språkcafé.",
        description_en="Homework help and language café.",
        email="info@example.org",
        website="https://example.org/",
        category=term(CATEGORY_TAXONOMY, "association"),
        alternate_names=["EF"],
        **fields,
    )
    org.focus_areas.add(term(FOCUS_AREA_TAXONOMY, "associations"), term(FOCUS_AREA_TAXONOMY, "leisure"))
    org.languages.add(language("sv"), language("ar"))
    Phone.objects.create(organization=org, number="021-10 00 00", description_sv="Växel", description_en="Switchboard")
    area, _ = Area.objects.get_or_create(slug="backby", defaults={"name": "Bäckby"})
    place = Location.objects.create(
        organization=org, name="Föreningshuset", address_1="Exempelgatan 1", postal_code="722 22",
        city="Västerås", region="Västmanlands län", latitude="59.610000", longitude="16.540000", area=area,
        description_sv="Ingång från gården.", description_en="Entrance from the courtyard.",
    )
    Schedule.objects.create(location=place, weekday=1, opens_at=time(9), closes_at=time(16),
                            description_sv="Drop-in", description_en="Drop-in")
    service = Service.objects.create(
        organization=org, name_sv="Läxhjälp", name_en="Homework help",
        description_sv="För barn i årskurs 1–9.", description_en="For children in years 1–9.",
    )
    service.languages.add(language("sv"), language("ar"))
    ServiceAtLocation.objects.create(service=service, location=place, description_sv="I biblioteket")
    Phone.objects.create(service=service, number="070-000 00 00")
    return org


def full_directory() -> list[Organization]:
    """Two related organisations with every kind of record, and an unpublished one."""
    from datetime import date

    from directory.models import ScheduleException

    parent = full_organization("Exempelföreningen", slug="exempelforeningen", last_verified=date(2025, 3, 1),
                               source="Kartläggning 2015")
    unit = organization("Exempelföreningens ungdomssektion", slug="ungdom", parent=parent,
                        description_en="Youth section.", description_ar="قسم الشباب")
    hidden = organization("Vilande förening", slug="vilande", is_published=False, status="inactive")
    place = parent.locations.get()
    ScheduleException.objects.create(location=place, date=date(2025, 12, 24), description_sv="Julafton")
    ScheduleException.objects.create(location=place, date=date(2025, 12, 31), closed=False, opens_at=time(10),
                                     closes_at=time(13))
    Schedule.objects.create(location=place, service=parent.services.get(), weekday=3, opens_at=time(17),
                            closes_at=time(19))
    Location.objects.create(organization=unit, location_type="virtual", url="https://example.org/chat")
    return [parent, unit, hidden]


@pytest.fixture
def english_messages():
    """Messages of commands and importers in English, whatever the catalogues' default language says."""
    with translation.override("en"):
        yield
