"""A comparable, JSON-ready picture of what ``load_demo`` put in the database: every page in every
language field by field, and every organisation of the directory."""

from __future__ import annotations

from wagtail.models import Page

from kernel import languages

PAGE_FIELDS = ("title", "slug", "intro", "seo_title", "search_description", "body")
PAGE_EXTRAS = ("focus_area", "address", "show_in_menus", "facts_checked", "review_by")


def _without_ids(value):
    if isinstance(value, list):
        return [_without_ids(v["value"]) if isinstance(v, dict) and set(v) >= {"type", "value"} and "id" in v
                else _without_ids(v) for v in value]
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    return value


def _plain(value):
    raw_data = getattr(value, "raw_data", None)
    if raw_data is not None:
        return [[item["type"], _without_ids(item["value"])] for item in raw_data]
    return value or None


def pages() -> list[dict]:
    result = []
    for page in Page.objects.filter(depth__gt=1).order_by("path").specific():
        entry = {
            "type": type(page).__name__,
            "depth": page.depth,
            "live": page.live,
            "url_path": page.url_path,
            "fields": {
                field: {code: _plain(getattr(page, languages.field_name(field, code), None))
                        for code in languages.CODES}
                for field in PAGE_FIELDS if hasattr(page, languages.field_name(field, languages.DEFAULT))
            },
        }
        for extra in PAGE_EXTRAS:
            if hasattr(page, extra):
                value = getattr(page, extra)
                entry[extra] = value.isoformat() if hasattr(value, "isoformat") else value
        if hasattr(page, "sources"):
            entry["sources"] = _plain(page.sources)
        result.append(entry)
    return result


def directory() -> dict:
    from directory.models import Area, Organization

    areas = {
        area.slug: {code: getattr(area, languages.field_name("name", code), None) for code in languages.CODES}
        for area in Area.objects.order_by("slug")
    }
    organizations = []
    for org in Organization.objects.order_by("id"):
        organizations.append({
            "name": org.name,
            "slug": org.slug,
            "source": org.source,
            "category": org.category.code if org.category_id else None,
            "alternate_names": list(org.alternate_names),
            "status": org.status,
            "parent": org.parent.name if org.parent_id else None,
            "focus": sorted(t.code for t in org.focus_areas.all()),
            "description": {code: getattr(org, languages.field_name("description", code), None)
                            for code in languages.CODES},
            "meeting_place_page": org.meeting_place_page.title if org.meeting_place_page_id else None,
            "locations": sorted([loc.name, loc.area.slug if loc.area_id else None, loc.location_type, loc.url]
                                for loc in org.locations.all()),
            "website": org.website,
            "services": [
                {
                    "key": service.content_key,
                    "name": {code: getattr(service, languages.field_name("name", code), None) for code in languages.CODES},
                    "description": {code: getattr(service, languages.field_name("description", code), None)
                                    for code in languages.CODES},
                    "url": service.url,
                    "source_url": service.source_url,
                    "checked_on": service.checked_on.isoformat() if service.checked_on else None,
                    "phones": list(service.phones.values_list("number", flat=True)),
                    "locations": sorted(service.locations.values_list("url", flat=True)),
                }
                for service in org.services.order_by("sort_order", "pk")
            ],
        })
    return {"areas": areas, "organizations": organizations}
