"""Factories and fixtures for the community tests: organisations with members, staff, invitations."""

from __future__ import annotations

import io
from datetime import time

import factory
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache

from community.models import Membership, Role
from directory import models as d


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"member{n}@example.org")
    email = factory.LazyAttribute(lambda o: o.username)
    password = factory.django.Password("correct horse battery")


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = d.Organization

    name = factory.Sequence(lambda n: f"Förening {n}")
    slug = factory.Sequence(lambda n: f"forening-{n}")
    description_sv = "Vi träffas varje vecka."
    status = d.Status.ACTIVE


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = d.Service

    organization = factory.SubFactory(OrganizationFactory)
    name_sv = "Läxhjälp"


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = d.Location

    organization = factory.SubFactory(OrganizationFactory)
    name = "Föreningslokalen"
    address_1 = "Storgatan 1"
    city = "Västerås"


def member_of(organization, user=None, role=Role.OWNER):
    user = user or UserFactory()
    Membership.objects.create(user=user, organization=organization, role=role)
    return user


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def organization(db):
    org = OrganizationFactory()
    service = ServiceFactory(organization=org)
    location = LocationFactory(organization=org)
    d.Schedule.objects.create(location=location, weekday=2, opens_at=time(10), closes_at=time(14))
    d.Phone.objects.create(organization=org, number="021-10 00 00")
    d.Language.objects.get_or_create(code="ar", defaults={"name": "Arabic"})
    d.Language.objects.get_or_create(code="so", defaults={"name": "Somali"})
    assert service.pk
    return org


@pytest.fixture
def member(organization):
    return member_of(organization)


@pytest.fixture
def other_organization(db):
    org = OrganizationFactory(name="Annan förening")
    ServiceFactory(organization=org, name_sv="Hemlig tjänst")
    return org


@pytest.fixture
def moderator(db):
    user = UserFactory(username="moderator@example.org", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"),
                              Permission.objects.get(codename="change_changerequest"))
    return get_user_model().objects.get(pk=user.pk)


def png_bytes(size=(40, 20), color=(200, 30, 30)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format="PNG")
    return out.getvalue()


def form_data(editor) -> dict:
    """The POST data a browser would send for the edit form as shown (no changes)."""
    data = {"base": editor.signed_base}

    def add_form(form):
        for bound in form:
            value = bound.value()
            if value is None or value is False:
                continue
            if isinstance(value, list | tuple):
                data[bound.html_name] = list(value)
            elif hasattr(value, "strftime"):
                data[bound.html_name] = value.strftime("%H:%M")
            else:
                data[bound.html_name] = value

    def add_formset(formset):
        for name, bound in ((f.html_name, f) for f in formset.management_form):
            data[name] = bound.value()
        for form in formset:
            add_form(form)
            if hasattr(form, "hours"):
                add_formset(form.hours)

    add_form(editor.listing)
    for formset in (editor.phones, editor.services, editor.locations):
        add_formset(formset)
    return data
