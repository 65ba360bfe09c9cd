"""The search page and its autocomplete endpoint: parse the query string, ask the engine, render."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from kernel import languages
from search.documents import TYPES
from search.engines import EngineUnavailable, Filters, get_engine
from search.forms import TYPE_LABELS, SearchForm, SuggestForm
from search.services import record_zero_results

log = logging.getLogger(__name__)
TYPE_LABEL = {"page": _("Page"), "organization": _("Organisation"), "activity": _("Activity")}


def _language() -> str:
    code = get_language()
    return code if code in languages.BY_CODE else languages.DEFAULT


def _link(**params) -> str:
    return "?" + urlencode({k: v for k, v in params.items() if v not in (None, "", 1)})


@require_GET
def search(request):
    code = _language()
    form = SearchForm(request.GET)
    context = {"form": form, "search_query": "", "results": None, "unavailable": False}
    if not form.is_valid():
        return render(request, "search/search.html", context, status=400)
    query, type_, page = form.cleaned_data["q"], form.cleaned_data["type"] or "", form.cleaned_data["page"] or 1
    context["search_query"] = query
    if not query:
        return render(request, "search/search.html", context)
    try:
        results = get_engine().search(query, code, Filters(type=type_ or None), page=page)
    except EngineUnavailable:
        log.warning("search engine unavailable", exc_info=True)
        context["unavailable"] = True
        return render(request, "search/search.html", context, status=503)
    if results.total == 0 and not type_:
        record_zero_results(query, code)
    counts = results.facets.get("type", {})
    facets = [{"label": _("All"), "count": sum(counts.values()), "url": _link(q=query), "current": not type_}]
    facets += [{"label": TYPE_LABELS[t], "count": counts.get(t, 0), "url": _link(q=query, type=t),
                "current": type_ == t} for t in TYPES]
    hits = []
    for hit in results.hits:
        shown = languages.BY_CODE.get(hit.title_language) or languages.get(code)
        hits.append({"hit": hit, "type_label": TYPE_LABEL.get(hit.type, ""),
                     "other_language": shown if shown.code != code else None})
    context.update({
        "results": results, "hits": hits, "facets": facets, "type": type_,
        "suggestion_url": _link(q=results.suggestion, type=type_) if results.suggestion else "",
        "previous_url": _link(q=query, type=type_, page=page - 1) if page > 1 else "",
        "next_url": _link(q=query, type=type_, page=page + 1) if page < results.pages else "",
    })
    return render(request, "search/search.html", context)


@require_GET
@cache_control(max_age=60, public=True)
def suggest(request):
    form = SuggestForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"suggestions": [], "errors": [str(e) for e in form.errors.get("q", [])]}, status=400)
    if not form.cleaned_data["q"]:
        return JsonResponse({"suggestions": []})
    try:
        found = get_engine().suggest(form.cleaned_data["q"], _language())
    except EngineUnavailable:
        return JsonResponse({"suggestions": []}, status=503)
    return JsonResponse({"suggestions": [{"text": s.text, "url": s.url, "type": s.type} for s in found]})
