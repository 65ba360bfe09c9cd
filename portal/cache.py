"""Cache of anonymous page views, per URL and language, emptied whenever the page tree changes.

Every key contains a *generation* number; purging increments it, so that all earlier entries stop
being read at once without listing them. One generation for the whole tree, because a page shows
other pages too (listings, the footer's links): publishing one may change many.
"""

from __future__ import annotations

import hashlib
import time

from django.core.cache import cache
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.template.response import SimpleTemplateResponse
from django.utils import translation
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "portal:pages:generation"
# Content from outside the page tree (the directory's actors on topic pages, translation status)
# does not purge the cache; it shows up at the latest after this many seconds.
TIMEOUT = 300


def generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)
        value = cache.get(GENERATION_KEY, 0)
    return value


def purge() -> None:
    """Make every cached page view stale."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # the key was never set or has been evicted
        cache.set(GENERATION_KEY, time.time_ns(), None)


def key(kind: str, *parts: str) -> str:
    digest = hashlib.sha256("\x00".join(parts).encode()).hexdigest()
    return f"portal:{kind}:{generation()}:{digest}"


def get(cache_key: str):
    return cache.get(cache_key)


def set(cache_key: str, value) -> None:
    cache.set(cache_key, value, TIMEOUT)


def is_cacheable_request(request) -> bool:
    return (
        request.method == "GET"
        and not request.META.get("QUERY_STRING")  # arbitrary query strings would fill the cache
        and not getattr(getattr(request, "user", None), "is_authenticated", True)
    )


def is_cacheable_response(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(request, "_csp_nonce", None):
        return False  # the body holds a per-visitor token
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-store" in cache_control or "no-cache" in cache_control:
        return False
    return b"csrfmiddlewaretoken" not in response.content


def serve_page(request, path):
    """Wagtail's page view, answered from the cache for anonymous visitors."""
    from wagtail import views as wagtail_views

    if not is_cacheable_request(request):
        return wagtail_views.serve(request, path)
    cache_key = key("page", translation.get_language() or "", request.get_host(), request.path)
    cached = cache.get(cache_key)
    if cached is not None:
        return cached
    response = wagtail_views.serve(request, path)
    if isinstance(response, SimpleTemplateResponse) and not response.is_rendered:
        response.render()
    if is_cacheable_response(request, response):
        cache.set(cache_key, response, TIMEOUT)
    return response


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _purge_on_page_change(sender, **kwargs):
    purge()


@receiver(post_delete)
def _purge_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        purge()
