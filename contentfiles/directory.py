"""The directory data of ``content/directory/``: the areas and the actors of the kartläggning, with the
generally known services of the public bodies, each fact with its source and the date it was checked."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from contentfiles import markdown, yamlfile
from contentfiles.errors import ContentError
from kernel import languages
from kernel.focus_areas import FocusArea

CATEGORIES = ("agency", "municipal-service", "study-association", "faith-community", "political-association",
              "municipality-region", "association", "meeting-place")
STATUSES = ("active", "inactive", "closed", "unknown")
ORGANIZATION_KEYS = {"name", "category", "alternate_names", "focus", "status", "parent", "area",
                     "meeting_place", "description", "source", "website", "services"}
KARTLAGGNING = "Ny i Västerås kartläggning 2015"
SERVICE_KEYS = {"key", "name", "description", "url", "phone", "source_url", "checked_on"}
KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass
class ServiceData:
    key: str
    name: dict[str, str]
    description: dict[str, str]
    url: str | None
    phone: str | None
    source_url: str
    checked_on: datetime.date


@dataclass
class OrganizationData:
    line: int
    name: str
    category: str
    status: str
    alternate_names: list[str] = field(default_factory=list)
    focus: list[str] = field(default_factory=list)
    parent: str | None = None
    area: str | None = None
    meeting_place: str | None = None
    description: dict[str, str] = field(default_factory=dict)
    source: str = KARTLAGGNING
    website: str | None = None
    services: list[ServiceData] = field(default_factory=list)


@dataclass
class DirectoryData:
    areas: dict[str, dict[str, str]]
    organizations: list[OrganizationData]


def read(root: Path) -> DirectoryData:
    areas_path, orgs_path = root / "areas.yml", root / "organizations.yml"
    areas = yamlfile.load(areas_path) or {}
    if not isinstance(areas, dict):
        raise ContentError(areas_path, 1, "areas.yml maps area keys to their names per language")
    for key, names in areas.items():
        line = yamlfile.line_of(names)
        if not KEY.match(str(key)):
            raise ContentError(areas_path, line, f"area key {key!r}: lower-case letters, digits and hyphens")
        _translations(areas_path, line, names, required=True, what=f"area {key}")
    data = yamlfile.load(orgs_path) or []
    if not isinstance(data, list):
        raise ContentError(orgs_path, 1, "organizations.yml is a list of organisations")
    organizations: list[OrganizationData] = []
    names: set[str] = set()
    for item in data:
        org = _organization(orgs_path, item, areas, names)
        names.add(org.name)
        organizations.append(org)
    return DirectoryData(areas=areas, organizations=organizations)


def _organization(path: Path, item, areas: dict, earlier: set[str]) -> OrganizationData:
    line = yamlfile.line_of(item)
    if not isinstance(item, dict):
        raise ContentError(path, line, "each organisation is a mapping with at least name, category and status")
    unknown = set(item) - ORGANIZATION_KEYS
    if unknown:
        raise ContentError(path, line, f"unknown key {sorted(unknown)[0]!r} (allowed: {', '.join(sorted(ORGANIZATION_KEYS))})")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ContentError(path, line, "an organisation has a name")
    if name in earlier:
        raise ContentError(path, line, f"{name!r} is listed twice")
    if item.get("category") not in CATEGORIES:
        raise ContentError(path, line, f"{name}: category is one of {', '.join(CATEGORIES)}")
    if item.get("status") not in STATUSES:
        raise ContentError(path, line, f"{name}: status is one of {', '.join(STATUSES)}")
    focus = item.get("focus") or []
    if not isinstance(focus, list) or any(code not in FocusArea.values for code in focus):
        raise ContentError(path, line, f"{name}: focus is a list of {', '.join(FocusArea.values)}")
    alternate = item.get("alternate_names") or []
    if not isinstance(alternate, list) or not all(isinstance(a, str) for a in alternate):
        raise ContentError(path, line, f"{name}: alternate_names is a list of names")
    parent = item.get("parent")
    if parent is not None and parent not in earlier:
        raise ContentError(path, line, f"{name}: the parent {parent!r} must be listed before it")
    area = item.get("area")
    if area is not None and area not in areas:
        raise ContentError(path, line, f"{name}: area {area!r} is not in areas.yml")
    website = item.get("website")
    if website is not None:
        _https(path, line, website, f"{name}: website")
        if not item.get("services"):
            raise ContentError(path, line, f"{name}: a website is given with the services whose sources confirm it")
    source = item.get("source", KARTLAGGNING)
    if not isinstance(source, str) or not source.strip():
        raise ContentError(path, line, f"{name}: source names where the organisation is known from")
    meeting_place = item.get("meeting_place")
    if meeting_place is not None and not isinstance(meeting_place, str):
        raise ContentError(path, line, f"{name}: meeting_place is the Swedish title of a meeting-place page")
    org = OrganizationData(
        line=line, name=name, category=item["category"], status=item["status"], alternate_names=alternate,
        focus=focus, parent=parent, area=area, meeting_place=meeting_place, website=website, source=source,
        description=_translations(path, line, item.get("description") or {}, what=f"{name}: description"),
    )
    services = item.get("services") or []
    if not isinstance(services, list):
        raise ContentError(path, line, f"{name}: services is a list")
    keys = set()
    for service in services:
        parsed = _service(path, service, name)
        if parsed.key in keys:
            raise ContentError(path, yamlfile.line_of(service, line), f"{name}: service key {parsed.key!r} twice")
        keys.add(parsed.key)
        org.services.append(parsed)
    return org


def _service(path: Path, item, org_name: str) -> ServiceData:
    line = yamlfile.line_of(item)
    if not isinstance(item, dict):
        raise ContentError(path, line, f"{org_name}: each service is a mapping")
    unknown = set(item) - SERVICE_KEYS
    if unknown:
        raise ContentError(path, line, f"{org_name}: unknown service key {sorted(unknown)[0]!r} "
                                       f"(allowed: {', '.join(sorted(SERVICE_KEYS))})")
    key = item.get("key")
    if not isinstance(key, str) or not KEY.match(key):
        raise ContentError(path, line, f"{org_name}: a service has a key of lower-case letters, digits and hyphens")
    where = f"{org_name} / {key}"
    for required in ("name", "source_url", "checked_on"):
        if not item.get(required):
            raise ContentError(path, line, f"{where}: {required} is required (every fact names its source and date)")
    checked = item["checked_on"]
    if not isinstance(checked, datetime.date) or isinstance(checked, datetime.datetime):
        raise ContentError(path, line, f"{where}: checked_on is a date: YYYY-MM-DD")
    _https(path, line, item["source_url"], f"{where}: source_url")
    if item.get("url") is not None:
        _https(path, line, item["url"], f"{where}: url")
    phone = item.get("phone")
    if phone is not None and not markdown.PHONE_NUMBER.match(str(phone)):
        raise ContentError(path, line, f"{where}: phone has digits, spaces and -; put it in quotes")
    return ServiceData(
        key=key, name=_translations(path, line, item["name"], required=True, what=f"{where}: name"),
        description=_translations(path, line, item.get("description") or {}, what=f"{where}: description"),
        url=item.get("url"), phone=str(phone) if phone is not None else None,
        source_url=item["source_url"], checked_on=checked,
    )


def _https(path: Path, line: int, url, what: str) -> None:
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme != "https" or not parts.netloc:
        raise ContentError(path, line, f"{what} is an https address")


def _translations(path: Path, line: int, value, *, required: bool = False, what: str) -> dict[str, str]:
    if not isinstance(value, dict) or any(not isinstance(v, str) for v in value.values()):
        raise ContentError(path, line, f"{what} is a mapping of language codes to text")
    unknown = [code for code in value if code not in languages.BY_CODE]
    if unknown:
        raise ContentError(path, yamlfile.line_of(value, line), f"{what}: {unknown[0]!r} is not a language code")
    if required and not value.get(languages.DEFAULT):
        raise ContentError(path, yamlfile.line_of(value, line), f"{what} needs its Swedish text ({languages.DEFAULT})")
    return {code: text.strip() for code, text in value.items()}
