"""Factories for activities: an organiser with a place in an area of town, and activities there."""

from __future__ import annotations

from datetime import date, time

import factory
import pytest

from directory import models as d
from events.models import Activity
from tests.pages.conftest import meeting_place  # noqa: F401  (a meeting place page)
from tests.search.conftest import site_engine  # noqa: F401  (the site's search engine on a file of its own)


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = d.Organization

    name = factory.Sequence(lambda n: f"Förening {n}")
    slug = factory.Sequence(lambda n: f"forening-{n}")
    status = d.Status.ACTIVE


class AreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = d.Area
        django_get_or_create = ("slug",)

    slug = "backby"
    name = "Bäckby"


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = d.Location

    organization = factory.SubFactory(OrganizationFactory)
    name = "Föreningslokalen"
    address_1 = "Storgatan 1"
    postal_code = "722 10"
    city = "Västerås"


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activity
        skip_postgeneration_save = True

    title_sv = factory.Sequence(lambda n: f"Aktivitet {n}")
    title = factory.LazyAttribute(lambda o: o.title_sv)
    start_date = date(2027, 1, 12)
    start_time = time(17, 0)
    end_time = time(19, 0)

    @factory.post_generation
    def spoken(self, create, extracted, **kwargs):
        if extracted:
            self.languages.set([d.Language.objects.get_or_create(code=c, defaults={"name": c})[0]
                                for c in extracted])


@pytest.fixture
def organizer(db):
    return OrganizationFactory(name="Somaliska kulturföreningen", slug="somaliska")


@pytest.fixture
def place(organizer):
    return LocationFactory(organization=organizer, area=AreaFactory())


@pytest.fixture
def moderator(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("staff", "staff@example.org", "correct horse battery")
