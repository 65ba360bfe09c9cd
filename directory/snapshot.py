"""The editable part of a listing as plain JSON: read from the live rows and written back.

Writes go through ``directory.services.apply_snapshot``, which purges caches and reindexes."""

from __future__ import annotations

from datetime import time

from directory.models import Language, Location, Organization, Phone, Schedule, Service
from kernel import languages

SERVICE_TEXT = ("name", "description")
LOCATION_FIELDS = ("name", "address_1", "postal_code", "city")


def _per_language(obj, field: str) -> dict[str, str]:
    return {lang.code: getattr(obj, f"{field}_{lang.field_suffix}") or "" for lang in languages.TABLE}


def _hhmm(value: time) -> str:
    return value.strftime("%H:%M")


def serialize(org: Organization) -> dict:
    """The listing's editable facts; ``id`` keys tie list items to live rows."""
    logo = getattr(org, "logo", None)  # the reverse one-to-one raises AttributeError when absent
    return {
        "description": _per_language(org, "description"),
        "email": org.email or "",
        "website": org.website or "",
        "languages": sorted(org.languages.values_list("code", flat=True)),
        "phones": [{"id": p.pk, "number": p.number, "type": p.type}
                   for p in org.phones.filter(service=None, location=None).order_by("pk")],
        "services": [
            {"id": s.pk, **{f: _per_language(s, f) for f in SERVICE_TEXT}, "url": s.url or ""}
            for s in org.services.order_by("sort_order", "pk")
        ],
        "locations": [
            {"id": loc.pk, **{f: getattr(loc, f) or "" for f in LOCATION_FIELDS},
             "hours": [{"weekday": h.weekday, "opens": _hhmm(h.opens_at), "closes": _hhmm(h.closes_at)}
                       for h in loc.schedules.filter(service=None).order_by("weekday", "opens_at")]}
            for loc in org.locations.order_by("sort_order", "pk")
        ],
        "logo": logo.image.name if logo else "",
    }


def _set_per_language(obj, field: str, values: dict) -> None:
    for lang in languages.TABLE:
        if lang.code in values:
            setattr(obj, f"{field}_{lang.field_suffix}", values[lang.code] or "")


def _sync(queryset, items: list[dict], build, update) -> None:
    """Update rows whose ids are in ``items``, create the rest, delete rows that are no longer listed."""
    live = {obj.pk: obj for obj in queryset}
    kept = set()
    for order, item in enumerate(items):
        obj = live.get(item.get("id"))
        if obj is None:
            obj = build()
        update(obj, item, order)
        kept.add(obj.pk)
    for pk, obj in live.items():
        if pk not in kept:
            obj.delete()


def write(org: Organization, data: dict) -> None:
    """Write ``data`` (as produced by ``serialize`` or an edited copy of it) to the live rows.

    The caller (``directory.services.apply_snapshot``) holds the transaction: every field or none.
    """
    _set_per_language(org, "description", data.get("description", {}))
    org.email = data.get("email") or None
    org.website = data.get("website") or None
    org.save()
    org.languages.set(Language.objects.filter(code__in=data.get("languages", [])))

    def update_phone(phone, item, order):
        phone.number, phone.type = item["number"], item.get("type") or "voice"
        phone.save()

    _sync(org.phones.filter(service=None, location=None), data.get("phones", []),
          lambda: Phone(organization=org), update_phone)

    def update_service(service, item, order):
        for field in SERVICE_TEXT:
            _set_per_language(service, field, item.get(field, {}))
        service.url = item.get("url") or None
        service.sort_order = order
        service.save()

    _sync(org.services.all(), data.get("services", []), lambda: Service(organization=org), update_service)

    def update_location(location, item, order):
        for field in LOCATION_FIELDS:
            setattr(location, field, item.get(field) or "")
        location.sort_order = order
        location.save()
        location.schedules.filter(service=None).delete()
        Schedule.objects.bulk_create([
            Schedule(location=location, weekday=h["weekday"], opens_at=time.fromisoformat(h["opens"]),
                     closes_at=time.fromisoformat(h["closes"]))
            for h in item.get("hours", [])
        ])

    _sync(org.locations.all(), data.get("locations", []), lambda: Location(organization=org), update_location)
