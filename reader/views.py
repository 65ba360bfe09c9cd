"""The reader's phone: manifest, service worker, offline page, My list, topic lists to save, counter lists."""

from __future__ import annotations

import json

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Page

from kernel import languages
from pages.posters import SVG_HEADERS, qr_svg
from reader import services


def _code() -> str:
    code = translation.get_language() or languages.DEFAULT
    return code if code in languages.BY_CODE else languages.DEFAULT


@require_safe
@cache_control(max_age=86400, public=True)
def manifest(request):
    body = json.dumps(services.manifest(_code()), ensure_ascii=False, indent=1)
    return HttpResponse(body, content_type="application/manifest+json; charset=utf-8")


@require_safe
def service_worker(request):
    source, version = services.service_worker_source()
    response = HttpResponse(source, content_type="text/javascript; charset=utf-8")
    # browsers check for a new worker on each visit; it must never come from an HTTP cache
    response["Cache-Control"] = "no-cache"
    response["Service-Worker-Allowed"] = "/"
    response["X-Service-Worker-Version"] = version
    return response


@require_safe
def offline(request):
    return render(request, "reader/offline.html")


@require_safe
def my_list(request):
    return render(request, "reader/my_list.html")


@require_safe
def offline_topic(request, page_id: int):
    """The URLs that "Save for offline" on a topic page keeps, with their titles in the reader's language."""
    from pages.models import TopicPage

    topic = Page.objects.live().public().type(TopicPage).filter(pk=page_id).first()
    if topic is None:
        raise Http404
    items = services.offline_items(topic, _code())
    return JsonResponse({"urls": [item["url"] for item in items], "items": items})


def _counter_list_or_gone(request, token):
    counter_list = services.find_counter_list(token)
    if counter_list is None:
        raise Http404
    if counter_list.expires_on < timezone.localdate():
        return counter_list, render(request, "reader/counter_list_gone.html", status=410)
    return counter_list, None


@require_safe
def counter_list(request, token: str):
    counter_list, gone = _counter_list_or_gone(request, token)
    if gone:
        return gone
    context = {"counter_list": counter_list, **services.counter_list_items(counter_list, _code())}
    response = render(request, "reader/counter_list.html", context)
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"  # the token is not passed on to the sites it links to
    return response


@require_safe
def counter_list_qr(request, token: str):
    counter_list, gone = _counter_list_or_gone(request, token)
    if gone:
        return gone
    response = HttpResponse(qr_svg(request.build_absolute_uri(request.path.rsplit("qr.svg", 1)[0])),
                            content_type="image/svg+xml")
    for name, value in SVG_HEADERS.items():
        response[name] = value
    response["Cache-Control"] = "private, max-age=3600"
    return response
