"""Exports the whole directory, every translation included, as HSDS JSON, CSV or XLSX (see
docs/directory-import.md); ``directory.importers.tabular`` reads the same files back."""

from __future__ import annotations

import csv
import io
import json

from django.db.models import Prefetch
from modeltranslation.translator import translator

from directory.api import serializers
from directory.models import (
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    ScheduleException,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)
from kernel import languages

FORMATS = ("hsds-json", "csv", "xlsx")
SHEET_TITLE = "organisations"


def text_fields(model) -> tuple[str, ...]:
    """The translated fields of ``model``, in declaration order."""
    registered = translator.get_options_for_model(model).fields
    return tuple(f.name for f in model._meta.fields if f.name in registered)


def translated_columns(model) -> list[str]:
    return [languages.field_name(field, code) for field in text_fields(model) for code in languages.CODES]


def _texts(obj) -> dict:
    return {column: getattr(obj, column) or "" for column in translated_columns(type(obj))}


def _str(value) -> str:
    return "" if value is None else str(value)


def _time(value) -> str:
    return value.strftime("%H:%M") if value else ""


def _phone(phone: Phone) -> dict:
    return {
        "id": str(phone.uuid),
        "number": phone.number,
        "extension": phone.extension,
        "type": phone.type,
        **_texts(phone),
        "languages": [lang.code for lang in phone.languages.all()],
    }


def _schedule(schedule: Schedule) -> dict:
    return {
        "id": str(schedule.uuid),
        "weekday": schedule.weekday,
        "opens_at": _time(schedule.opens_at),
        "closes_at": _time(schedule.closes_at),
        "valid_from": _str(schedule.valid_from),
        "valid_to": _str(schedule.valid_to),
        "service": str(schedule.service.uuid) if schedule.service_id else "",
        **_texts(schedule),
    }


def _exception(exception: ScheduleException) -> dict:
    return {
        "id": str(exception.uuid),
        "date": exception.date.isoformat(),
        "closed": exception.closed,
        "opens_at": _time(exception.opens_at),
        "closes_at": _time(exception.closes_at),
        **_texts(exception),
    }


def _location(location: Location) -> dict:
    area = None
    if location.area_id:
        area = {"slug": location.area.slug, **_texts(location.area)}
    return {
        "id": str(location.uuid),
        "location_type": location.location_type,
        "name": location.name,
        **_texts(location),
        "address_1": location.address_1,
        "address_2": location.address_2,
        "postal_code": location.postal_code,
        "city": location.city,
        "region": location.region,
        "country": location.country,
        "latitude": _str(location.latitude),
        "longitude": _str(location.longitude),
        "area": area,
        "url": location.url or "",
        "sort_order": location.sort_order,
        "phones": [_phone(p) for p in location.phones.all()],
        "schedules": [_schedule(s) for s in location.schedules.all()],
        "exceptions": [_exception(e) for e in location.schedule_exceptions.all()],
    }


def _service(service: Service) -> dict:
    return {
        "id": str(service.uuid),
        **_texts(service),
        "url": service.url or "",
        "email": service.email or "",
        "status": service.status,
        "sort_order": service.sort_order,
        "languages": [lang.code for lang in service.languages.all()],
        "phones": [_phone(p) for p in service.phones.all()],
        "at_locations": [
            {"id": str(sal.uuid), "location": str(sal.location.uuid), **_texts(sal)}
            for sal in service.service_at_locations.all()
        ],
    }


def organization_record(org: Organization) -> dict:
    """One organisation with everything that belongs to it, as plain JSON-able data."""
    return {
        "id": str(org.uuid),
        "slug": org.slug,
        "name": org.name,
        "alternate_names": list(org.alternate_names or []),
        **_texts(org),
        "email": org.email or "",
        "website": org.website or "",
        "status": org.status,
        "is_published": org.is_published,
        "parent": org.parent.slug if org.parent_id else "",
        "category": org.category.code if org.category_id else "",
        "focus_areas": [term.code for term in org.focus_areas.all()],
        "languages": [lang.code for lang in org.languages.all()],
        "source": org.source,
        "last_verified": _str(org.last_verified),
        "phones": [_phone(p) for p in org.phones.all()],
        "locations": [_location(loc) for loc in org.locations.all()],
        "services": [_service(s) for s in org.services.all()],
    }


def organizations_for_export():
    phones = Prefetch("phones", queryset=Phone.objects.prefetch_related("languages").order_by("pk"))
    return (
        Organization.objects.select_related("parent", "category")
        .prefetch_related(
            Prefetch("focus_areas", queryset=TaxonomyTerm.objects.order_by("code")),
            Prefetch("languages", queryset=Language.objects.order_by("code")),
            phones,
            Prefetch("locations", queryset=Location.objects.select_related("area").order_by("sort_order", "pk")),
            Prefetch("locations__phones", queryset=Phone.objects.prefetch_related("languages").order_by("pk")),
            Prefetch("locations__schedules", queryset=Schedule.objects.select_related("service")),
            "locations__schedule_exceptions",
            Prefetch("services", queryset=Service.objects.order_by("sort_order", "pk")),
            Prefetch("services__languages", queryset=Language.objects.order_by("code")),
            Prefetch("services__phones", queryset=Phone.objects.prefetch_related("languages").order_by("pk")),
            Prefetch("services__service_at_locations",
                     queryset=ServiceAtLocation.objects.select_related("location").order_by("pk")),
        )
        .order_by("name", "slug")
    )


def records() -> list[dict]:
    return [organization_record(org) for org in organizations_for_export()]


# --- one row per organisation ----------------------------------------------------------------------

LIST_COLUMNS = ("alternate_names",)  # one value per line in the cell
CODE_LIST_COLUMNS = ("focus_areas", "languages")  # codes separated by spaces
JSON_COLUMNS = ("phones", "locations", "services")


def columns() -> list[str]:
    return [
        "id", "slug", "name", "alternate_names", *translated_columns(Organization), "email", "website",
        "status", "is_published", "parent", "category", "focus_areas", "languages", "source", "last_verified",
        *JSON_COLUMNS,
    ]


def record_to_row(record: dict) -> list[str]:
    row = []
    for column in columns():
        value = record[column]
        if column in LIST_COLUMNS:
            value = "\n".join(value)
        elif column in CODE_LIST_COLUMNS:
            value = " ".join(value)
        elif column in JSON_COLUMNS:
            value = json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""
        elif isinstance(value, bool):
            value = "true" if value else "false"
        row.append(_str(value))
    return row


# A spreadsheet program reads a CSV cell that begins with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def neutralise_formula(value: str) -> str:
    """A CSV cell that no spreadsheet runs as a formula: a leading apostrophe before a formula sign
    (and before an apostrophe that already stands before one, so that ``unquote_formula`` restores
    every value exactly)."""
    if value.startswith(FORMULA_STARTS) or (value.startswith(QUOTE) and value[1:2] in (*FORMULA_STARTS, QUOTE)
                                             and value[1:2]):
        return QUOTE + value
    return value


def unquote_formula(value: str) -> str:
    """The inverse of ``neutralise_formula``, for the importer."""
    if value.startswith(QUOTE) and value[1:2] and value[1:2] in (*FORMULA_STARTS, QUOTE):
        return value[1:]
    return value


def write_csv(stream: io.TextIOBase, data: list[dict]) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(columns())
    for record in data:
        writer.writerow([neutralise_formula(cell) for cell in record_to_row(record)])


def write_xlsx(stream: io.BufferedIOBase, data: list[dict]) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    sheet.append(columns())
    for record in data:
        sheet.append(record_to_row(record))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula, whatever the text begins with
    sheet.freeze_panes = "A2"
    workbook.save(stream)


def write_hsds_json(stream: io.TextIOBase, data: list[dict]) -> None:
    """HSDS 3 organisations (Swedish text) for any HSDS reader, each with the full record, every
    translation included, in the ``x_directory`` extension that ``import_directory`` reads back."""
    every = serializers.organizations(Organization.objects.all(), languages.DEFAULT, unpublished_parents=True)
    hsds = {item["id"]: item for item in every}
    services: dict[str, list] = {}
    for item in serializers.services(Service.objects.order_by("sort_order", "pk"), languages.DEFAULT):
        services.setdefault(item["organization_id"], []).append(item)
    organizations = [
        hsds[record["id"]] | {"services": services.get(record["id"], []), "x_directory": record}
        for record in data
    ]
    document = {"hsds_version": serializers.HSDS_VERSION, "languages": list(languages.CODES),
                "organizations": organizations}
    json.dump(document, stream, ensure_ascii=False, indent=1, sort_keys=True)
    stream.write("\n")


def export(fmt: str, stream) -> int:
    """Writes the directory to ``stream`` (text for csv/hsds-json, binary for xlsx); returns the count."""
    data = records()
    {"csv": write_csv, "xlsx": write_xlsx, "hsds-json": write_hsds_json}[fmt](stream, data)
    return len(data)
