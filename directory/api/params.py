"""Query parameters of the API, read strictly: anything else is a BadRequest naming the parameter."""

from __future__ import annotations

import uuid

from django.db.models import Q
from django.http import HttpRequest
from django.utils.translation import gettext as _

from directory.api.errors import BadRequest

# The largest number a parameter may have: what the databases count to (no page beyond it can be
# reached, and int() refuses digit strings thousands long)
LARGEST = 2**63 - 1


def positive_int(request: HttpRequest, name: str, default: int, maximum: int | None = None) -> int:
    """``?name=`` as a number from 1 to ``maximum``, in ASCII digits: ``str.isdigit`` also accepts
    "²", which ``int`` refuses, and other scripts' digits."""
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return default
    digits = raw.lstrip("0")
    if not (raw.isascii() and raw.isdigit()) or not digits:
        raise BadRequest(_("“%(name)s” must be a whole number of at least 1.") % {"name": name})
    maximum = LARGEST if maximum is None else maximum
    if len(digits) > len(str(maximum)) or int(digits) > maximum:
        raise BadRequest(_("“%(name)s” may be at most %(maximum)s.") % {"name": name, "maximum": maximum})
    return int(digits)


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
