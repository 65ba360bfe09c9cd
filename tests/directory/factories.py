"""factory_boy factories for the directory models."""

from __future__ import annotations

from datetime import time

import factory

from directory import models


def term(taxonomy: str, code: str) -> models.TaxonomyTerm:
    return models.TaxonomyTerm.objects.get(taxonomy__slug=taxonomy, code=code)


def category(code: str) -> models.TaxonomyTerm:
    return term(models.CATEGORY_TAXONOMY, code)


def focus_area(code: str) -> models.TaxonomyTerm:
    return term(models.FOCUS_AREA_TAXONOMY, code)


class LanguageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Language
        django_get_or_create = ("code",)

    code = "ar"
    name = factory.LazyAttribute(lambda o: o.code)


class AreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Area
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"area-{n}")
    name = factory.LazyAttribute(lambda o: o.slug.title())


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Organization
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Förening {n}")
    slug = factory.Sequence(lambda n: f"forening-{n}")
    status = models.Status.ACTIVE

    @factory.post_generation
    def focus(self, create, extracted, **kwargs):
        if extracted:
            self.focus_areas.set([focus_area(code) for code in extracted])

    @factory.post_generation
    def speaks(self, create, extracted, **kwargs):
        if extracted:
            self.languages.set([LanguageFactory(code=code) for code in extracted])


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Location

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.LazyAttribute(lambda o: o.organization.name)


class ScheduleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Schedule

    location = factory.SubFactory(LocationFactory)
    weekday = 1
    opens_at = time(9)
    closes_at = time(17)


class ScheduleExceptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ScheduleException

    location = factory.SubFactory(LocationFactory)
    closed = True


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Service

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Tjänst {n}")


class PhoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Phone

    organization = factory.SubFactory(OrganizationFactory)
    number = "021-39 00 00"
