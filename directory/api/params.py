"""Query parameters of the API, read strictly: anything else is a BadRequest naming the parameter."""

from __future__ import annotations

import uuid

from django.db.models import Q
from django.http import HttpRequest
from django.utils.translation import gettext as _

from directory.api.errors import BadRequest


def positive_int(request: HttpRequest, name: str, default: int, maximum: int | None = None) -> int:
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise BadRequest(_("“%(name)s” must be a whole number of at least 1.") % {"name": name})
    value = int(raw)
    if maximum is not None and value > maximum:
        raise BadRequest(_("“%(name)s” may be at most %(maximum)s.") % {"name": name, "maximum": maximum})
    return value


def uuid_param(request: HttpRequest, name: str) -> uuid.UUID | None:
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise BadRequest(_("“%(name)s” must be an HSDS id (a UUID).") % {"name": name}) from None


def json_format(request: HttpRequest) -> None:
    if request.GET.get("format", "json") != "json":
        raise BadRequest(_("Only format=json is available."))


def search(request: HttpRequest, queryset, *fields):
    """``queryset`` narrowed to rows with ``?search=`` in one of ``fields`` (all of it without one)."""
    query = request.GET.get("search", "").strip()
    if not query:
        return queryset
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": query})
    return queryset.filter(condition)
