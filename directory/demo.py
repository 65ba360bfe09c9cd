"""The directory data of ``content/directory/`` put into the database (used by ``manage.py load_demo``):
every actor named in the kartläggning of the report "Ny i Västerås" (2015), in its category, without
invented contact details, addresses or hours. The files are read and checked first (contentfiles.directory);
a mistake names the file and line and nothing is written."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import translation

from contentfiles import directory as content_directory
from directory.models import (
    CATEGORY_TAXONOMY,
    FOCUS_AREA_TAXONOMY,
    Area,
    Location,
    LocationType,
    Organization,
    Phone,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)
from directory.services import unique_slug
from directory.vocabulary import ensure_vocabulary
from kernel import languages

SOURCE = content_directory.KARTLAGGNING


def content_root() -> Path:
    return Path(getattr(settings, "CONTENT_DIR", Path(settings.BASE_DIR) / "content")) / "directory"


def read(root: Path | None = None) -> content_directory.DirectoryData:
    return content_directory.read(root or content_root())


def load(stdout=None, root: Path | None = None) -> list[Organization]:
    """Create or bring up to date the kartläggning actors (matched by name); returns them in order."""
    return _load(read(root), stdout)


@transaction.atomic
def _load(data: content_directory.DirectoryData, stdout) -> list[Organization]:
    with translation.override(languages.DEFAULT):
        ensure_vocabulary()
        categories = {t.code: t for t in TaxonomyTerm.objects.filter(taxonomy__slug=CATEGORY_TAXONOMY)}
        focus_terms = {t.code: t for t in TaxonomyTerm.objects.filter(taxonomy__slug=FOCUS_AREA_TAXONOMY)}
        areas = {slug: _area(slug, names) for slug, names in data.areas.items()}
        by_name: dict[str, Organization] = {}
        for actor in data.organizations:
            by_name[actor.name] = _actor(actor, categories, focus_terms, areas, by_name)
    if stdout is not None:
        services = sum(len(actor.services) for actor in data.organizations)
        stdout.write(f"Directory: {len(by_name)} actors, {services} services of public bodies.")
    return list(by_name.values())


def _area(slug: str, names: dict[str, str]) -> Area:
    values = {languages.field_name("name", code): text for code, text in names.items()}
    area, _created = Area.objects.update_or_create(slug=slug, defaults={"name": names["sv"], **values})
    return area


def _meeting_place_page(title: str | None):
    if not title:
        return None
    from wagtail.models import Page

    return Page.objects.filter(title=title, content_type__model="meetingplacepage").first()


def _actor(actor: content_directory.OrganizationData, categories, focus_terms, areas, by_name) -> Organization:
    org = Organization.objects.filter(name=actor.name, source=actor.source).first()
    if org is None:
        org = Organization(name=actor.name, slug=unique_slug(actor.name), source=actor.source)
    org.website = actor.website
    org.alternate_names = list(actor.alternate_names)
    org.category = categories[actor.category]
    org.status = actor.status
    org.parent = by_name.get(actor.parent) if actor.parent else None
    page = _meeting_place_page(actor.meeting_place)
    if page is not None:
        org.meeting_place_page = page
    for code, text in actor.description.items():
        setattr(org, languages.field_name("description", code), text)
    org.save()
    org.focus_areas.set([focus_terms[str(code)] for code in actor.focus])
    if actor.area and not org.locations.filter(area=areas[actor.area]).exists():
        # the name itself says where the actor is; the address is unknown
        Location.objects.create(organization=org, name=actor.name, area=areas[actor.area])
    _services(org, actor)
    return org


def _services(org: Organization, actor: content_directory.OrganizationData) -> None:
    """The services of the file, matched by their key; services of the file that were removed from it go,
    services that editors added in the admin (without a key) stay."""
    keys = [service.key for service in actor.services]
    org.services.exclude(content_key="").exclude(content_key__in=keys).delete()
    if not actor.services:
        return
    online = _online_location(org, actor.website) if actor.website else None
    for order, data in enumerate(actor.services):
        service = org.services.filter(content_key=data.key).first() or Service(organization=org, content_key=data.key)
        service.sort_order = order
        service.url = data.url
        service.source_url = data.source_url
        service.checked_on = data.checked_on
        service.name = data.name[languages.DEFAULT]
        for field in ("name", "description"):
            values = getattr(data, field)
            for code in languages.CODES:
                value = values.get(code)
                setattr(service, languages.field_name(field, code), value if value or code != languages.DEFAULT else "")
        service.save()
        numbers = [data.phone] if data.phone else []
        service.phones.exclude(number__in=numbers).delete()
        for number in numbers:
            Phone.objects.get_or_create(service=service, number=number)
        if online is not None:
            ServiceAtLocation.objects.get_or_create(service=service, location=online)


def _online_location(org: Organization, url: str) -> Location:
    """The organisation's website as its online location (HSDS ``virtual``)."""
    location = org.locations.filter(location_type=LocationType.VIRTUAL).first()
    if location is None:
        location = Location(organization=org, location_type=LocationType.VIRTUAL, name=org.name)
    if location.url != url:
        location.url = url
        location.save()
    return location
