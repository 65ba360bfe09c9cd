"""The anonymous page-view cache: Wagtail's page view answered per URL and language from ``kernel.cache``,
purged whenever the page tree changes (and, through the directory generation, whenever the directory does).
"""

from __future__ import annotations

from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.template.response import SimpleTemplateResponse
from django.utils import translation
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from kernel.cache import TIMEOUT, cache, key, purge


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
