"""Reads the directory from CSV, XLSX or HSDS JSON in the layout written by ``directory.exporters``
(docs/directory-import.md): every row is checked first, then all are written in one transaction."""

from __future__ import annotations

import csv
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from directory import exporters
from directory.models import (
    CATEGORY_TAXONOMY,
    FOCUS_AREA_TAXONOMY,
    Area,
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

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[a-zA-Z0-9]{1,8})*$")
TRUE, FALSE = {"true", "1", "yes", "ja", "x"}, {"false", "0", "no", "nej", ""}


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str

    def __str__(self):
        return _("row %(row)s, column %(column)s: %(message)s") % {
            "row": self.row, "column": self.column, "message": self.message}


class TabularImportError(Exception):
    def __init__(self, errors: list[RowError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


@dataclass
class Row:
    number: int
    values: dict
    errors: list[RowError] = field(default_factory=list)

    def error(self, column: str, message) -> None:
        self.errors.append(RowError(self.number, column, str(message)))


# --- reading files ---------------------------------------------------------------------------------

def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _check_header(header: list[str]) -> None:
    known = set(exporters.columns())
    errors = [RowError(1, name, _("unknown column")) for name in header if name not in known]
    if "name" not in header:
        errors.append(RowError(1, "name", _("this column is required")))
    duplicates = {name for name in header if header.count(name) > 1}
    errors += [RowError(1, name, _("the column appears twice")) for name in sorted(duplicates)]
    if errors:
        raise TabularImportError(errors)


def _table(rows: list[list[str]]) -> list[Row]:
    if not rows:
        raise TabularImportError([RowError(1, "name", _("the file is empty"))])
    header = [h.strip() for h in rows[0]]
    _check_header(header)
    table = []
    for number, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            raise TabularImportError([RowError(number, str(len(header) + 1), _("more cells than columns"))])
        table.append(Row(number, dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))))
    return table


def read_csv(path: Path) -> list[Row]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            return _table([[exporters.unquote_formula(c) for c in row] for row in csv.reader(stream)])
    except UnicodeDecodeError:
        raise TabularImportError([RowError(1, "", _("the file is not UTF-8 text"))]) from None
    except csv.Error as error:
        raise TabularImportError([RowError(1, "", str(error))]) from None


def read_xlsx(path: Path) -> list[Row]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises several unrelated types for a file that is no workbook
        raise TabularImportError([RowError(1, "", _("the file is not an XLSX workbook"))]) from None
    sheet = workbook[exporters.SHEET_TITLE] if exporters.SHEET_TITLE in workbook.sheetnames else workbook.active
    rows = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    while rows and rows[0] and rows[0][-1] == "":
        rows[0].pop()  # trailing empty header cells
    width = len(rows[0]) if rows else 0
    return _table([row[:width] if not any(row[width:]) else row for row in rows])


def read_hsds_json(path: Path) -> list[Row]:
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
        organizations = document["organizations"]
        records = [item["x_directory"] for item in organizations]
    except (ValueError, KeyError, TypeError):
        raise TabularImportError([RowError(1, "x_directory", _(
            "not an export of this directory (organisations with an x_directory record)"))]) from None
    rows = []
    for number, record in enumerate(records, start=1):
        row = Row(number, {})
        if not isinstance(record, dict):
            row.error("x_directory", _("expected an object"))
        else:
            known = set(exporters.columns())
            for key, value in record.items():
                if key in known:
                    row.values[key] = _record_value_to_cell(key, value)
                else:
                    row.error(key, _("unknown column"))
            if "name" not in record:
                row.error("name", _("this column is required"))
        rows.append(row)
    return rows


def _record_value_to_cell(key: str, value) -> str:
    """HSDS JSON records hold typed values; cells hold text: bring both to the same form."""
    if key in exporters.JSON_COLUMNS:
        return json.dumps(value, ensure_ascii=False) if value else ""
    if key in exporters.LIST_COLUMNS:
        return "\n".join(value or [])
    if key in exporters.CODE_LIST_COLUMNS:
        return " ".join(value or [])
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def read_file(path: str | Path) -> list[Row]:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".json"):
        raise TabularImportError([RowError(1, "", _("use a .csv, .xlsx or .json file"))])
    if not path.is_file():
        raise TabularImportError([RowError(1, "", _("no such file: %(path)s") % {"path": path})])
    return {".csv": read_csv, ".xlsx": read_xlsx, ".json": read_hsds_json}[suffix](path)


# --- building records ------------------------------------------------------------------------------

def _bool(row: Row, column: str) -> bool | None:
    value = row.values.get(column, "").strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    row.error(column, _("expected true or false"))
    return None


def _uuid(value, row: Row, column: str):
    if value in ("", None):
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        row.error(column, _("not an id (UUID)"))
        return None


def _clean(instance, row: Row, column: str, exclude: list[str]) -> None:
    try:
        instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            for message in messages:
                row.error(f"{column}.{name}" if column else name, message)


def _assign(instance, data: dict, keys: list[str], row: Row, column: str) -> None:
    unknown = set(data) - set(keys)
    for key in sorted(unknown):
        row.error(f"{column}.{key}", _("unknown field"))
    for key in keys:
        if key not in data or key == "id":
            continue
        value = data[key]
        model_field = instance._meta.get_field(key)
        if value == "" and model_field.null:
            value = None
        setattr(instance, key, value)
    if data.get("id"):
        instance.uuid = _uuid(data["id"], row, f"{column}.id") or instance.uuid


def _languages(codes, row: Row, column: str) -> list[Language]:
    found = []
    for code in codes:
        if not isinstance(code, str) or not LANGUAGE_CODE.match(code):
            row.error(column, _("“%(value)s” is not a language code") % {"value": code})
            continue
        known = languages.BY_CODE.get(code)
        found.append(Language.objects.get_or_create(code=code, defaults={"name": known.name if known else code})[0])
    return found


def _objects(row: Row, column: str, value) -> list[dict]:
    if value in ("", None):
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as error:
            row.error(column, _("not valid JSON: %(error)s") % {"error": error})
            return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        row.error(column, _("expected a JSON list of objects"))
        return []
    return value


def _text_keys(model) -> list[str]:
    return exporters.translated_columns(model)


PHONE_KEYS = ["id", "number", "extension", "type", "languages"]
SCHEDULE_KEYS = ["id", "weekday", "opens_at", "closes_at", "valid_from", "valid_to", "service"]
EXCEPTION_KEYS = ["id", "date", "closed", "opens_at", "closes_at"]
LOCATION_KEYS = ["id", "location_type", "name", "address_1", "address_2", "postal_code", "city", "region",
                 "country", "latitude", "longitude", "area", "url", "sort_order", "phones", "schedules",
                 "exceptions"]
SERVICE_KEYS = ["id", "url", "email", "status", "sort_order", "languages", "phones", "at_locations"]


def _phones(row: Row, column: str, items, **owner) -> None:
    for index, data in enumerate(_objects(row, column, items)):
        path = f"{column}[{index}]"
        phone = Phone(**owner)
        _assign(phone, {k: v for k, v in data.items() if k != "languages"},
                [*PHONE_KEYS[:-1], *_text_keys(Phone)], row, path)
        _clean(phone, row, path, exclude=["organization", "service", "location"])
        if not row.errors:
            phone.save()
            phone.languages.set(_languages(data.get("languages", []), row, f"{path}.languages"))


def _area(row: Row, path: str, data) -> Area | None:
    if not data:
        return None
    if not isinstance(data, dict) or not data.get("slug"):
        row.error(path, _("expected an object with a slug"))
        return None
    texts = {k: v for k, v in data.items() if k != "slug"}
    unknown = set(texts) - set(_text_keys(Area))
    for key in sorted(unknown):
        row.error(f"{path}.{key}", _("unknown field"))
    if unknown:
        return None
    area, _created = Area.objects.update_or_create(slug=data["slug"], defaults=texts)
    return area


def _write_nested(row: Row, org: Organization) -> None:
    values = row.values
    if "phones" in values:
        org.phones.all().delete()
        _phones(row, "phones", values["phones"], organization=org)
    if "locations" not in values and "services" not in values:
        return
    location_items = _objects(row, "locations", values.get("locations"))
    service_items = _objects(row, "services", values.get("services"))
    if "locations" in values:
        org.locations.all().delete()
    if "services" in values:
        org.services.all().delete()

    locations: dict[str, Location] = {str(loc.uuid): loc for loc in org.locations.all()}
    saved: list[tuple[int, dict, Location]] = []
    for index, data in enumerate(location_items):
        path = f"locations[{index}]"
        location = Location(organization=org)
        scalars = {k: v for k, v in data.items() if k not in ("phones", "schedules", "exceptions", "area")}
        _assign(location, scalars, [*LOCATION_KEYS, *_text_keys(Location)], row, path)
        location.area = _area(row, f"{path}.area", data.get("area"))
        _clean(location, row, path, exclude=["organization", "area"])
        if not row.errors:
            location.save()
            locations[str(location.uuid)] = location
            saved.append((index, data, location))

    services: dict[str, Service] = {str(s.uuid): s for s in org.services.all()}
    for index, data in enumerate(service_items):
        path = f"services[{index}]"
        service = Service(organization=org)
        scalars = {k: v for k, v in data.items() if k not in ("phones", "languages", "at_locations")}
        _assign(service, scalars, [*SERVICE_KEYS, *_text_keys(Service)], row, path)
        _clean(service, row, path, exclude=["organization"])
        if row.errors:
            continue
        service.save()
        services[str(service.uuid)] = service
        service.languages.set(_languages(data.get("languages", []), row, f"{path}.languages"))
        _phones(row, f"{path}.phones", data.get("phones"), service=service)
        for number, link in enumerate(_objects(row, f"{path}.at_locations", data.get("at_locations"))):
            link_path = f"{path}.at_locations[{number}]"
            location = locations.get(str(link.get("location", "")))
            if location is None:
                row.error(f"{link_path}.location", _("no location of this organisation has this id"))
                continue
            sal = ServiceAtLocation(service=service, location=location)
            _assign(sal, {k: v for k, v in link.items() if k != "location"},
                    ["id", *_text_keys(ServiceAtLocation)], row, link_path)
            _clean(sal, row, link_path, exclude=["service", "location"])
            if not row.errors:
                sal.save()

    for index, data, location in saved:
        path = f"locations[{index}]"
        if row.errors:
            break
        _phones(row, f"{path}.phones", data.get("phones"), location=location)
        for number, item in enumerate(_objects(row, f"{path}.schedules", data.get("schedules"))):
            item_path = f"{path}.schedules[{number}]"
            schedule = Schedule(location=location)
            service_id = item.get("service") or ""
            if service_id and service_id not in services:
                row.error(f"{item_path}.service", _("no service of this organisation has this id"))
                continue
            schedule.service = services.get(service_id)
            _assign(schedule, {k: v for k, v in item.items() if k != "service"},
                    [*SCHEDULE_KEYS, *_text_keys(Schedule)], row, item_path)
            _clean(schedule, row, item_path, exclude=["location", "service"])
            if not row.errors:
                schedule.save()
        for number, item in enumerate(_objects(row, f"{path}.exceptions", data.get("exceptions"))):
            item_path = f"{path}.exceptions[{number}]"
            exception = ScheduleException(location=location)
            _assign(exception, item, [*EXCEPTION_KEYS, *_text_keys(ScheduleException)], row, item_path)
            _clean(exception, row, item_path, exclude=["location"])
            if not row.errors:
                exception.save()


ORG_SCALARS = ["name", "email", "website", "status", "source", "last_verified"]


def _write_row(row: Row) -> tuple[Organization | None, bool]:
    values = row.values
    key = _uuid(values.get("id"), row, "id")
    org = None
    if key is not None:
        org = Organization.objects.filter(uuid=key).first()
    if org is None and values.get("slug"):
        org = Organization.objects.filter(slug=values["slug"]).first()
    created = org is None
    if created:
        from directory.services import unique_slug

        org = Organization(uuid=key or uuid.uuid4())
        org.slug = values.get("slug") or unique_slug(values.get("name", ""))
    elif values.get("slug"):
        org.slug = values["slug"]
    scalars = {k: values[k] for k in ORG_SCALARS if k in values}
    scalars |= {k: values[k] for k in _text_keys(Organization) if k in values}
    if "alternate_names" in values:
        scalars["alternate_names"] = [n.strip() for n in values["alternate_names"].splitlines() if n.strip()]
    _assign(org, scalars, list(scalars), row, "")
    if "is_published" in values:
        published = _bool(row, "is_published")
        if published is not None:
            org.is_published = published
    if "category" in values:
        code = values["category"].strip()
        org.category = None
        if code:
            org.category = TaxonomyTerm.objects.filter(taxonomy__slug=CATEGORY_TAXONOMY, code=code).first()
            if org.category is None:
                row.error("category", _("unknown category “%(value)s”") % {"value": code})
    _clean(org, row, "", exclude=["parent", "category", "meeting_place_page", "verified_by", "uuid"])
    if row.errors:
        return None, created
    org.save()
    if "focus_areas" in values:
        codes = values["focus_areas"].split()
        terms = list(TaxonomyTerm.objects.filter(taxonomy__slug=FOCUS_AREA_TAXONOMY, code__in=codes))
        for code in sorted(set(codes) - {t.code for t in terms}):
            row.error("focus_areas", _("unknown focus area “%(value)s”") % {"value": code})
        org.focus_areas.set(terms)
    if "languages" in values:
        org.languages.set(_languages(values["languages"].split(), row, "languages"))
    _write_nested(row, org)
    return org, created


@dataclass
class Summary:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)


def import_directory(path, *, dry_run: bool = False) -> Summary:
    """Creates or updates (by id, else slug) one organisation per row; any error writes nothing."""
    rows = read_file(path)
    summary = Summary()
    errors: list[RowError] = [e for row in rows for e in row.errors]
    if errors:
        raise TabularImportError(errors)
    with transaction.atomic():
        written: list[tuple[Row, Organization]] = []
        for row in rows:
            try:
                with transaction.atomic():
                    org, created = _write_row(row)
                    if row.errors:
                        raise _RowFailed
            except _RowFailed:
                errors += row.errors
                continue
            except IntegrityError as error:
                errors.append(RowError(row.number, "id", _("conflicts with another record (%(error)s)")
                                       % {"error": str(error).splitlines()[0]}))
                continue
            written.append((row, org))
            (summary.created if created else summary.updated).append(org.name)
        for row, org in written:
            if "parent" in row.values:
                slug = row.values["parent"].strip()
                parent = Organization.objects.filter(slug=slug).first() if slug else None
                if slug and parent is None:
                    errors.append(RowError(row.number, "parent", _("no organisation has the slug “%(value)s”")
                                           % {"value": slug}))
                elif org.parent_id != (parent.pk if parent else None):
                    org.parent = parent
                    org.save(update_fields=["parent"])
        if errors:
            raise TabularImportError(errors)
        if dry_run:
            transaction.set_rollback(True)
    return summary


class _RowFailed(Exception):
    pass
