"""The API's views: GET and HEAD only, JSON in the request's language, open to every origin."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import wraps

from django.db.models import Q
from django.http import JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from directory.api import openapi as openapi_document
from directory.api import params
from directory.api.errors import BadRequest, NotFound, error_response
from directory.api.negotiation import request_language
from directory.api.pagination import paginate
from directory.api.querysets import (
    organization_rows,
    organizations_queryset,
    published_organizations,
    published_service_at_locations,
    published_services,
    service_at_location_rows,
    service_at_locations_queryset,
    service_rows,
    services_queryset,
    taxonomies_queryset,
    taxonomy_terms_queryset,
)
from directory.api.serializers import (
    HSDS_VERSION,
    serialize_organizations,
    serialize_service_at_locations,
    serialize_services,
    serialize_taxonomies,
    serialize_taxonomy_terms,
)
from kernel import languages

ALLOWED_METHODS = "GET, HEAD, OPTIONS"


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
                response = error_response(405, _("This API is read-only: use GET."))
            elif bad_language is not None:
                response = error_response(400, str(bad_language))
            else:
                try:
                    response = view(request, lang, *args, **kwargs)
                except BadRequest as error:
                    response = error_response(400, str(error))
                except NotFound:
                    response = error_response(404, _("No published record has this id."))
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        response["Allow"] = ALLOWED_METHODS
        response["Content-Language"] = lang
        response["Vary"] = "Accept-Language"
        return response

    # nothing here changes anything, and without this the CSRF check would answer a POST with 403
    # before the 405 above could say that the API is read-only
    return csrf_exempt(wrapper)


def _detail(queryset, id_string: str, serialize_page, lang: str) -> JsonResponse:
    try:
        key = uuid.UUID(id_string)
    except ValueError:
        raise NotFound from None
    obj = queryset.filter(uuid=key).first()
    if obj is None:
        raise NotFound
    return JsonResponse(serialize_page([obj], lang)[0], json_dumps_params={"ensure_ascii": False})


@api_view
def index(request, lang):
    return JsonResponse({
        "version": HSDS_VERSION,
        "openapi_url": request.build_absolute_uri(reverse("hsds:openapi")),
        "description": _("Actors and services for newcomers in Västerås, as Open Referral HSDS."),
    }, json_dumps_params={"ensure_ascii": False})


@api_view
def organization_list(request, lang):
    queryset = params.search(request, published_organizations(), "name", languages.field_name("description", lang))
    if (term := params.uuid_param(request, "taxonomy_term_id")) is not None:
        queryset = queryset.filter(Q(category__uuid=term) | Q(focus_areas__uuid=term)).distinct()
    return paginate(request, queryset, serialize_organizations, lang, organization_rows)


@api_view
def organization_detail(request, lang, id):
    return _detail(organizations_queryset(lang=lang), id, serialize_organizations, lang)


@api_view
def service_list(request, lang):
    queryset = params.search(request, published_services(), languages.field_name("name", lang), "organization__name")
    if (organization := params.uuid_param(request, "organization_id")) is not None:
        queryset = queryset.filter(organization__uuid=organization)
    return paginate(request, queryset, serialize_services, lang, service_rows)


@api_view
def service_detail(request, lang, id):
    return _detail(services_queryset(lang=lang), id, serialize_services, lang)


@api_view
def service_at_location_list(request, lang):
    queryset = published_service_at_locations()
    if (organization := params.uuid_param(request, "organization_id")) is not None:
        queryset = queryset.filter(service__organization__uuid=organization)
    return paginate(request, queryset, serialize_service_at_locations, lang, service_at_location_rows)


@api_view
def service_at_location_detail(request, lang, id):
    return _detail(service_at_locations_queryset(lang), id, serialize_service_at_locations, lang)


@api_view
def taxonomy_list(request, lang):
    return paginate(request, taxonomies_queryset(), serialize_taxonomies, lang)


@api_view
def taxonomy_detail(request, lang, id):
    return _detail(taxonomies_queryset(), id, serialize_taxonomies, lang)


@api_view
def taxonomy_term_list(request, lang):
    queryset = taxonomy_terms_queryset()
    if (taxonomy := params.uuid_param(request, "taxonomy_id")) is not None:
        queryset = queryset.filter(taxonomy__uuid=taxonomy)
    if (parent := params.uuid_param(request, "parent_id")) is not None:
        queryset = queryset.filter(parent__uuid=parent)
    return paginate(request, queryset, serialize_taxonomy_terms, lang)


@api_view
def taxonomy_term_detail(request, lang, id):
    return _detail(taxonomy_terms_queryset(), id, serialize_taxonomy_terms, lang)


@api_view
def openapi(request, lang):
    return JsonResponse(openapi_document.document(request.build_absolute_uri(reverse("hsds:index"))),
                        json_dumps_params={"ensure_ascii": False})
