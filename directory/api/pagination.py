"""HSDS pages of a list: ``page`` and ``per_page``, with the page fields HSDS specifies."""

from __future__ import annotations

import math
from collections.abc import Callable

from django.http import HttpRequest, JsonResponse

from directory.api import params

DEFAULT_PER_PAGE = 25
MAX_PER_PAGE = 100


def page_items(queryset, start: int, per_page: int, rows: Callable) -> list:
    """One page of ``queryset``: its ids first, by a narrow query however deep the page, then those
    rows alone, read whole by ``rows`` (the filters are not applied again: databases tend to answer
    "these ids, and the filters" by running the filters over every row)."""
    ids = list(queryset.values_list("pk", flat=True)[start:start + per_page])
    found = {obj.pk: obj for obj in rows(queryset.model.objects.filter(pk__in=ids))}
    return [found[pk] for pk in ids]


def paginate(request: HttpRequest, queryset, serialize_page, lang: str, rows: Callable | None = None) -> JsonResponse:
    """An HSDS page of ``queryset``; ``rows`` (given a queryset of a page's ids, with what serialising
    them reads) for record types that can be many."""
    params.json_format(request)
    page = params.positive_int(request, "page", 1)
    per_page = params.positive_int(request, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)
    total = queryset.count()
    total_pages = max(1, math.ceil(total / per_page))
    start = (page - 1) * per_page
    if start >= total:
        items = []
    elif rows is None:
        items = list(queryset[start:start + per_page])
    else:
        items = page_items(queryset, start, per_page, lambda ids: rows(ids, lang))
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
