"""schema.org JSON-LD for an actor's page, serialised so that it is safe inside a <script> element."""

from __future__ import annotations

import json

from django.utils.safestring import mark_safe

from directory.models import Category

TYPE_BY_CATEGORY = {
    Category.AGENCY: "GovernmentOrganization",
    Category.MUNICIPAL_SERVICE: "GovernmentOrganization",
    Category.MUNICIPALITY: "GovernmentOrganization",
    Category.STUDY_ASSOCIATION: "EducationalOrganization",
    Category.POLITICAL: "PoliticalParty",
    Category.ASSOCIATION: "NGO",
}


def schema_type(organization) -> str:
    code = organization.category.code if organization.category_id else None
    return TYPE_BY_CATEGORY.get(code, "Organization")


def organization_data(organization, *, url: str, locations, phones, languages) -> dict:
    data = {"@context": "https://schema.org", "@type": schema_type(organization), "name": organization.name,
            "url": url}
    if organization.alternate_names:
        data["alternateName"] = list(organization.alternate_names)
    if organization.description:
        data["description"] = organization.description
    if organization.email:
        data["email"] = organization.email
    if organization.website:
        data["sameAs"] = organization.website
    numbers = [p.number for p in phones]
    if numbers:
        data["telephone"] = numbers[0] if len(numbers) == 1 else numbers
    if languages:
        data["knowsLanguage"] = [lang.code for lang in languages]
    if organization.parent_id and organization.parent.is_published:
        data["parentOrganization"] = {"@type": schema_type(organization.parent), "name": organization.parent.name}
    places = []
    for location in locations:
        place = {"@type": "Place"}
        if location.name:
            place["name"] = location.name
        if location.has_address:
            place["address"] = {
                "@type": "PostalAddress",
                "streetAddress": ", ".join(filter(None, [location.address_1, location.address_2])),
                "postalCode": location.postal_code,
                "addressLocality": location.city,
                "addressCountry": location.country,
            }
        if location.has_coordinates:
            place["geo"] = {"@type": "GeoCoordinates", "latitude": float(location.latitude),
                            "longitude": float(location.longitude)}
        if len(place) > 1:
            places.append(place)
    if places:
        data["location"] = places
    return data


def dumps(data: dict) -> str:
    """JSON that cannot end the script element or open a comment: <, >, & and line separators escaped."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return mark_safe(text)  # noqa: S308 - every character that could end the element is escaped above
