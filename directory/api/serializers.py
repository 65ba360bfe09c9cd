"""HSDS 3 objects of directory records, text in one language: what the API serves and the exporters
write. ``organizations`` and ``services`` serialise a whole queryset; the ``serialize_*`` functions a
list of rows read as ``directory.api.querysets`` reads them."""

from __future__ import annotations

import uuid

from directory.api.querysets import organization_rows, service_rows
from directory.api.related import Related
from directory.api.text import translated
from directory.models import (
    FOCUS_AREA_TAXONOMY,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
    Weekday,
)

HSDS_VERSION = "3.0"
# Stable ids for HSDS objects that have no row of their own (addresses, language and attribute links)
ID_NAMESPACE = uuid.UUID("5b0d3c1e-7c4e-4f6b-9a51-2f1f0c9d7a10")


def _whole_number(text: str) -> int | None:
    """Stored ``text`` as a number when it is one, else None (never an error). ``isdecimal``, not
    ``isdigit``: that also accepts "²", which ``int`` refuses."""
    return int(text) if text.isdecimal() else None


def derived_id(*parts) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(p) for p in parts)))


def _compact(data: dict) -> dict:
    """HSDS fields are typed: absent rather than null or empty when unknown."""
    return {k: v for k, v in data.items() if v not in (None, "")}


class Serializer:
    def __init__(self, lang: str, related: Related | None = None):
        self.lang = lang
        self.related = related

    def text(self, obj, field: str) -> str:
        return translated(obj, field, self.lang)

    def taxonomy(self, taxonomy: Taxonomy) -> dict:
        return _compact({
            "id": str(taxonomy.uuid),
            "name": self.text(taxonomy, "name"),
            "uri": taxonomy.uri,
            "version": taxonomy.version,
        }) | {"description": self.text(taxonomy, "description")}

    def taxonomy_term(self, term: TaxonomyTerm) -> dict:
        data = _compact({
            "id": str(term.uuid),
            "code": term.code,
            "name": self.text(term, "name"),
            "parent_id": str(term.parent.uuid) if term.parent_id else None,
            "taxonomy_id": str(term.taxonomy.uuid),
            "term_uri": term.term_uri,
            "language": self.lang,
        })
        data["description"] = self.text(term, "description")
        data["taxonomy"] = self.taxonomy(term.taxonomy)
        return data

    def attribute(self, link_id, link_entity: str, link_type: str, term: TaxonomyTerm) -> dict:
        return {
            "id": derived_id(link_id, link_type, term.uuid),
            "link_id": str(link_id),
            "link_entity": link_entity,
            "link_type": link_type,
            "taxonomy_term_id": str(term.uuid),
            "taxonomy_term": self.taxonomy_term(term),
        }

    def language(self, owner_id, language) -> dict:
        return _compact({
            "id": derived_id(owner_id, "language", language.code),
            "name": language.local_name or language.code,
            "code": language.code,
        })

    def phone(self, phone: Phone) -> dict:
        return _compact({
            "id": str(phone.uuid),
            "number": phone.number,
            "extension": _whole_number(phone.extension),
            "type": phone.type,
            "description": self.text(phone, "description"),
        }) | {"languages": [self.language(phone.uuid, lang) for lang in self.related.phone_languages[phone.pk]]}

    def schedule(self, schedule: Schedule) -> dict:
        return _compact({
            "id": str(schedule.uuid),
            "location_id": str(schedule.location_uuid),
            "service_id": str(schedule.service_uuid) if schedule.service_uuid else None,
            "freq": "WEEKLY",
            "byday": Weekday(schedule.weekday).hsds_byday,
            "opens_at": schedule.opens_at.strftime("%H:%M"),
            "closes_at": schedule.closes_at.strftime("%H:%M"),
            "valid_from": schedule.valid_from.isoformat() if schedule.valid_from else None,
            "valid_to": schedule.valid_to.isoformat() if schedule.valid_to else None,
            "description": self.text(schedule, "description"),
        })

    def location(self, location: Location, organization_uuid) -> dict:
        data = _compact({
            "id": str(location.uuid),
            "location_type": location.location_type,
            "organization_id": str(organization_uuid),
            "name": location.name,
            "description": self.text(location, "description"),
            "transportation": self.text(location, "transportation"),
            "url": location.url,
            "latitude": float(location.latitude) if location.latitude is not None else None,
            "longitude": float(location.longitude) if location.longitude is not None else None,
        })
        data["addresss"] = []
        if location.has_address:
            data["addresss"].append({
                "id": derived_id(location.uuid, "address"),
                "location_id": str(location.uuid),
                "address_1": location.address_1,
                "address_2": location.address_2,
                "city": location.city,
                "state_province": location.region,
                "postal_code": location.postal_code,
                "country": location.country,
                "address_type": "postal" if location.location_type == "postal" else "physical",
            })
        data["phones"] = [self.phone(p) for p in self.related.location_phones[location.pk]]
        data["schedules"] = [self.schedule(s) for s in self.related.location_schedules[location.pk]]
        return data

    def organization(self, organization: Organization) -> dict:
        related = self.related
        data = _compact({
            "id": str(organization.uuid),
            "name": organization.name,
            "alternate_name": "; ".join(organization.alternate_names or []),
            "email": organization.email,
            "website": organization.website,
            "parent_organization_id": str(organization.parent_uuid) if organization.parent_uuid else None,
        })
        data["description"] = self.text(organization, "description")
        attributes = []
        if organization.category_id:
            attributes.append(self.attribute(organization.uuid, "organization", "category",
                                             related.terms[organization.category_id]))
        attributes += [self.attribute(organization.uuid, "organization", FOCUS_AREA_TAXONOMY, term)
                       for term in related.org_focus[organization.pk]]
        data["attributes"] = attributes
        data["phones"] = [self.phone(p) for p in related.org_phones[organization.pk]]
        data["locations"] = [self.location(loc, organization.uuid) for loc in related.org_locations[organization.pk]]
        return data

    def service(self, service: Service) -> dict:
        related = self.related
        data = _compact({
            "id": str(service.uuid),
            "organization_id": str(service.organization.uuid),
            "name": self.text(service, "name"),
            "description": self.text(service, "description"),
            "url": service.url,
            "email": service.email,
            "status": service.status,
            "application_process": self.text(service, "application_process"),
            "fees_description": self.text(service, "fees_description"),
            "eligibility_description": self.text(service, "eligibility_description"),
            # HSDS 3: "the date that the information about the service was last checked"
            "assured_date": service.checked_on.isoformat() if service.checked_on else None,
        })
        data["languages"] = [self.language(service.uuid, lang) for lang in related.service_languages[service.pk]]
        data["phones"] = [self.phone(p) for p in related.service_phones[service.pk]]
        data["schedules"] = [self.schedule(s) for s in related.service_schedules[service.pk]]
        data["service_at_locations"] = [self.service_at_location(sal, service)
                                        for sal in related.service_sals[service.pk]]
        data["organization"] = _compact({
            "id": str(service.organization.uuid),
            "name": service.organization.name,
            "website": service.organization.website,
            "email": service.organization.email,
        }) | {"description": self.text(service.organization, "description")}
        return data

    def service_at_location(self, sal: ServiceAtLocation, service: Service | None = None) -> dict:
        data = _compact({
            "id": str(sal.uuid),
            "service_id": str((service or sal.service).uuid),
            "location_id": str(sal.location.uuid),
            "description": self.text(sal, "description"),
        })
        data["location"] = self.location(sal.location, sal.organization_uuid)
        if service is None:
            data["service"] = _compact({
                "id": str(sal.service.uuid),
                "organization_id": str(sal.service.organization.uuid),
                "name": self.text(sal.service, "name"),
                "description": self.text(sal.service, "description"),
                "status": sal.service.status,
            })
        return data


def serialize_organizations(items, lang: str) -> list[dict]:
    serializer = Serializer(lang, Related(lang, organizations=items))
    return [serializer.organization(item) for item in items]


def serialize_services(items, lang: str) -> list[dict]:
    serializer = Serializer(lang, Related(lang, services=items))
    return [serializer.service(item) for item in items]


def serialize_service_at_locations(items, lang: str) -> list[dict]:
    serializer = Serializer(lang, Related(lang, service_at_locations=items))
    return [serializer.service_at_location(item) for item in items]


def serialize_taxonomies(items, lang: str) -> list[dict]:
    return [Serializer(lang).taxonomy(item) for item in items]


def serialize_taxonomy_terms(items, lang: str) -> list[dict]:
    return [Serializer(lang).taxonomy_term(item) for item in items]


def organizations(queryset, lang: str, *, unpublished_parents: bool = False) -> list[dict]:
    """The organisations of ``queryset``, in its order, with everything nested in them. A parent that
    is not published is not named unless ``unpublished_parents`` (a document of every organisation)."""
    rows = organization_rows(queryset, lang, unpublished_parents=unpublished_parents)
    return serialize_organizations(list(rows), lang)


def services(queryset, lang: str) -> list[dict]:
    """The services of ``queryset``, in its order, with everything nested in them."""
    return serialize_services(list(service_rows(queryset, lang)), lang)
