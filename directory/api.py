"""Open Referral HSDS 3 read API of the published directory: JSON views, one language per request."""

from __future__ import annotations

import math
import uuid
from collections import defaultdict
from collections.abc import Callable
from functools import wraps

from django.db.models import F, Q
from django.http import HttpRequest, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header

from directory.models import (
    FOCUS_AREA_TAXONOMY,
    Language,
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
from kernel import languages, text

HSDS_VERSION = "3.0"
DEFAULT_PER_PAGE = 25
MAX_PER_PAGE = 100
ALLOWED_METHODS = "GET, HEAD, OPTIONS"
# Stable ids for HSDS objects that have no row of their own (addresses, language and attribute links)
ID_NAMESPACE = uuid.UUID("5b0d3c1e-7c4e-4f6b-9a51-2f1f0c9d7a10")


class BadRequest(Exception):
    pass


class NotFound(Exception):
    pass


# --- language --------------------------------------------------------------------------------------

def request_language(request: HttpRequest) -> str:
    """``?lang=`` if given (it must be one of the portal's languages), else Accept-Language, else sv."""
    code = request.GET.get("lang")
    if code is not None:
        if code not in languages.BY_CODE:
            raise BadRequest(_("Unknown language “%(code)s”. Use one of: %(codes)s.")
                             % {"code": code, "codes": ", ".join(languages.CODES)})
        return code
    for accepted, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        accepted = accepted.lower()
        for candidate in (accepted, accepted.split("-")[0]):
            if candidate in languages.BY_CODE:
                return candidate
    return languages.DEFAULT


def translated(obj, field: str, code: str) -> str:
    """The text of ``field`` in ``code``, or in the first language of its fallback chain that has it."""
    value, _language = text.shown(obj, field, code)
    return value or ""


def derived_id(*parts) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(p) for p in parts)))


def _compact(data: dict) -> dict:
    """HSDS fields are typed: absent rather than null or empty when unknown."""
    return {k: v for k, v in data.items() if v not in (None, "")}


# --- related records, loaded in a fixed number of queries for a whole page ---------------------------

def _unused_text_columns(model, lang: str | None, prefix: str = "") -> list[str]:
    """Columns of translated fields that the language chain of ``lang`` never reads (deferred, so that
    a page does not load thirteen languages to show one)."""
    if lang is None:
        return []
    from modeltranslation.translator import translator

    keep = set(languages.fallback_chain(lang))
    columns = []
    # only the per-language columns: modeltranslation would rewrite a bare field name to the active language
    for field in translator.get_options_for_model(model).fields:
        columns += [prefix + languages.field_name(field, code) for code in languages.CODES if code not in keep]
    return columns


def _grouped(rows, key: str) -> dict:
    groups: dict = defaultdict(list)
    for row in rows:
        groups[getattr(row, key)].append(row)
    return groups


class Related:
    """Everything nested in a page of organisations, services or service-at-locations.

    Batched by hand rather than with prefetch_related: on a page of 100 items Django's prefetching spends
    most of the request building one related manager per object.
    """

    def __init__(self, lang: str | None = None, *, organizations=(), services=(), service_at_locations=()):
        self.terms = {term.pk: term for term in _term_queryset()}
        self.languages = {language.pk: language for language in Language.objects.all()}
        org_ids = [o.pk for o in organizations]
        service_ids = [s.pk for s in services]

        org_locations = (list(Location.objects.filter(organization_id__in=org_ids)
                              .defer(*_unused_text_columns(Location, lang))) if org_ids else [])
        self.org_locations = _grouped(org_locations, "organization_id")
        sals = (list(ServiceAtLocation.objects.filter(service_id__in=service_ids)
                     .select_related("location").annotate(organization_uuid=F("location__organization__uuid"))
                     .defer(*_unused_text_columns(ServiceAtLocation, lang),
                            *_unused_text_columns(Location, lang, "location__"))
                     .order_by("pk")) if service_ids else [])
        self.service_sals = _grouped(sals, "service_id")
        location_ids = {loc.pk for loc in org_locations}
        location_ids |= {sal.location_id for sal in [*sals, *service_at_locations]}

        self.org_focus: dict = defaultdict(list)
        if org_ids:
            through = Organization.focus_areas.through.objects.filter(organization_id__in=org_ids)
            for org_id, term_id in through.values_list("organization_id", "taxonomyterm_id"):
                self.org_focus[org_id].append(self.terms[term_id])
            for terms in self.org_focus.values():
                terms.sort(key=lambda term: (term.sort_order, term.code))

        phones = list(Phone.objects.filter(
            Q(organization_id__in=org_ids) | Q(service_id__in=service_ids) | Q(location_id__in=location_ids)
        ).defer(*_unused_text_columns(Phone, lang)).order_by("pk"))
        self.org_phones = _grouped([p for p in phones if p.organization_id], "organization_id")
        self.service_phones = _grouped([p for p in phones if p.service_id], "service_id")
        self.location_phones = _grouped([p for p in phones if p.location_id], "location_id")
        self.phone_languages = self._languages(Phone.languages.through, "phone_id", [p.pk for p in phones])
        self.service_languages = self._languages(Service.languages.through, "service_id", service_ids)

        schedules = list(
            Schedule.objects.filter(Q(location_id__in=location_ids) | Q(service_id__in=service_ids))
            .annotate(location_uuid=F("location__uuid"), service_uuid=F("service__uuid"))
            .defer(*_unused_text_columns(Schedule, lang))
        )
        self.location_schedules = _grouped(schedules, "location_id")
        self.service_schedules = _grouped([s for s in schedules if s.service_id in set(service_ids)], "service_id")

    def _languages(self, through, column: str, ids) -> dict:
        found: dict = defaultdict(list)
        if ids:
            for owner, language_id in through.objects.filter(**{f"{column}__in": ids}).values_list(
                    column, "language_id"):
                found[owner].append(self.languages[language_id])
            for languages_of_owner in found.values():
                languages_of_owner.sort(key=lambda language: language.code)
        return found


# --- serialisers -----------------------------------------------------------------------------------

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
            "extension": int(phone.extension) if phone.extension.isdigit() else None,
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
            "parent_organization_id": str(organization.parent_uuid) if organization.parent_id else None,
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


# --- querysets -------------------------------------------------------------------------------------

def _term_queryset():
    return TaxonomyTerm.objects.select_related("taxonomy", "parent")


def organization_rows(queryset, lang: str | None = None):
    """What serialising an organisation reads, in one query."""
    return queryset.annotate(parent_uuid=F("parent__uuid")).defer(*_unused_text_columns(Organization, lang))


def published_organizations(base=None):
    """The organisations of a list, in order; ``organization_rows`` adds what serialising them reads."""
    return (Organization.objects.published() if base is None else base).order_by("name", "pk")


def organizations_queryset(base=None, lang: str | None = None):
    return organization_rows(published_organizations(base), lang)


def service_rows(queryset, lang: str | None = None):
    return queryset.select_related("organization").defer(
        *_unused_text_columns(Service, lang), *_unused_text_columns(Organization, lang, "organization__"))


def published_services(organizations=None):
    organizations = Organization.objects.published() if organizations is None else organizations
    return Service.objects.filter(organization__in=organizations).order_by("organization__name", "sort_order", "pk")


def services_queryset(organizations=None, lang: str | None = None):
    return service_rows(published_services(organizations), lang)


def service_at_location_rows(queryset, lang: str | None = None):
    return (
        queryset.select_related("service__organization", "location")
        .annotate(organization_uuid=F("location__organization__uuid"))
        .defer(*_unused_text_columns(ServiceAtLocation, lang), *_unused_text_columns(Location, lang, "location__"),
               *_unused_text_columns(Service, lang, "service__"),
               *_unused_text_columns(Organization, lang, "service__organization__"))
    )


def published_service_at_locations():
    return ServiceAtLocation.objects.filter(service__organization__in=Organization.objects.published()).order_by(
        "service__organization__name", "service__sort_order", "pk")


def service_at_locations_queryset(lang: str | None = None):
    return service_at_location_rows(published_service_at_locations(), lang)


def taxonomies_queryset():
    return Taxonomy.objects.order_by("slug", "pk")


def taxonomy_terms_queryset():
    return _term_queryset().order_by("taxonomy__slug", "sort_order", "code", "pk")


# --- request handling ------------------------------------------------------------------------------

def _error(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def api_view(view: Callable) -> Callable:
    """GET/HEAD only, JSON errors in the request's language, open to every origin (open data)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            lang = request_language(request)
            bad_language = None
        except BadRequest as error:
            lang, bad_language = languages.DEFAULT, error
        with translation.override(lang):
            if request.method == "OPTIONS":
                response = JsonResponse({}, status=200)
            elif request.method not in ("GET", "HEAD"):
                response = _error(405, _("This API is read-only: use GET."))
            elif bad_language is not None:
                response = _error(400, str(bad_language))
            else:
                try:
                    response = view(request, lang, *args, **kwargs)
                except BadRequest as error:
                    response = _error(400, str(error))
                except NotFound:
                    response = _error(404, _("No published record has this id."))
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        response["Allow"] = ALLOWED_METHODS
        response["Content-Language"] = lang
        response["Vary"] = "Accept-Language"
        return response

    return wrapper


def _positive_int(request, name: str, default: int, maximum: int | None = None) -> int:
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise BadRequest(_("“%(name)s” must be a whole number of at least 1.") % {"name": name})
    value = int(raw)
    if maximum is not None and value > maximum:
        raise BadRequest(_("“%(name)s” may be at most %(maximum)s.") % {"name": name, "maximum": maximum})
    return value


def _uuid_param(request, name: str) -> uuid.UUID | None:
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise BadRequest(_("“%(name)s” must be an HSDS id (a UUID).") % {"name": name}) from None


def _page_items(queryset, start: int, per_page: int, rows: Callable) -> list:
    """One page of ``queryset``: its ids first, by a narrow query however deep the page, then those
    rows alone, read whole by ``rows`` (the filters are not applied again: databases tend to answer
    "these ids, and the filters" by running the filters over every row)."""
    ids = list(queryset.values_list("pk", flat=True)[start:start + per_page])
    found = {obj.pk: obj for obj in rows(queryset.model.objects.filter(pk__in=ids))}
    return [found[pk] for pk in ids]


def _paginate(request, queryset, serialize_page, lang: str, rows: Callable | None = None) -> JsonResponse:
    """An HSDS page of ``queryset``; ``rows`` (given a queryset of a page's ids, with what serialising
    them reads) for record types that can be many."""
    if request.GET.get("format", "json") != "json":
        raise BadRequest(_("Only format=json is available."))
    page = _positive_int(request, "page", 1)
    per_page = _positive_int(request, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)
    total = queryset.count()
    total_pages = max(1, math.ceil(total / per_page))
    start = (page - 1) * per_page
    if start >= total:
        items = []
    elif rows is None:
        items = list(queryset[start:start + per_page])
    else:
        items = _page_items(queryset, start, per_page, lambda ids: rows(ids, lang))
    contents = serialize_page(items, lang)
    return JsonResponse({
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }, json_dumps_params={"ensure_ascii": False})


def _detail(queryset, id_string: str, serialize_page, lang: str) -> JsonResponse:
    try:
        key = uuid.UUID(id_string)
    except ValueError:
        raise NotFound from None
    obj = queryset.filter(uuid=key).first()
    if obj is None:
        raise NotFound
    return JsonResponse(serialize_page([obj], lang)[0], json_dumps_params={"ensure_ascii": False})


def _search(request, queryset, *fields):
    query = request.GET.get("search", "").strip()
    if not query:
        return queryset
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": query})
    return queryset.filter(condition)


@api_view
def index(request, lang):
    return JsonResponse({
        "version": HSDS_VERSION,
        "openapi_url": request.build_absolute_uri(reverse("hsds:openapi")),
        "description": _("Actors and services for newcomers in Västerås, as Open Referral HSDS."),
    }, json_dumps_params={"ensure_ascii": False})


@api_view
def organization_list(request, lang):
    queryset = _search(request, published_organizations(), "name", languages.field_name("description", lang))
    if (term := _uuid_param(request, "taxonomy_term_id")) is not None:
        queryset = queryset.filter(Q(category__uuid=term) | Q(focus_areas__uuid=term)).distinct()
    return _paginate(request, queryset, serialize_organizations, lang, organization_rows)


@api_view
def organization_detail(request, lang, id):
    return _detail(organizations_queryset(lang=lang), id, serialize_organizations, lang)


@api_view
def service_list(request, lang):
    queryset = _search(request, published_services(), languages.field_name("name", lang), "organization__name")
    if (organization := _uuid_param(request, "organization_id")) is not None:
        queryset = queryset.filter(organization__uuid=organization)
    return _paginate(request, queryset, serialize_services, lang, service_rows)


@api_view
def service_detail(request, lang, id):
    return _detail(services_queryset(lang=lang), id, serialize_services, lang)


@api_view
def service_at_location_list(request, lang):
    queryset = published_service_at_locations()
    if (organization := _uuid_param(request, "organization_id")) is not None:
        queryset = queryset.filter(service__organization__uuid=organization)
    return _paginate(request, queryset, serialize_service_at_locations, lang, service_at_location_rows)


@api_view
def service_at_location_detail(request, lang, id):
    return _detail(service_at_locations_queryset(lang), id, serialize_service_at_locations, lang)


@api_view
def taxonomy_list(request, lang):
    return _paginate(request, taxonomies_queryset(), serialize_taxonomies, lang)


@api_view
def taxonomy_detail(request, lang, id):
    return _detail(taxonomies_queryset(), id, serialize_taxonomies, lang)


@api_view
def taxonomy_term_list(request, lang):
    queryset = taxonomy_terms_queryset()
    if (taxonomy := _uuid_param(request, "taxonomy_id")) is not None:
        queryset = queryset.filter(taxonomy__uuid=taxonomy)
    if (parent := _uuid_param(request, "parent_id")) is not None:
        queryset = queryset.filter(parent__uuid=parent)
    return _paginate(request, queryset, serialize_taxonomy_terms, lang)


@api_view
def taxonomy_term_detail(request, lang, id):
    return _detail(taxonomy_terms_queryset(), id, serialize_taxonomy_terms, lang)


@api_view
def openapi(request, lang):
    from directory.openapi import document

    return JsonResponse(document(request.build_absolute_uri(reverse("hsds:index"))),
                        json_dumps_params={"ensure_ascii": False})
