"""Cache of anonymous page views, per URL and language, emptied whenever the page tree or the directory changes.

Every key contains *generation* numbers; purging one increments it, so that all earlier entries stop
being read at once without listing them. One generation for the whole page tree, because a page shows
other pages too (listings, the footer's links): publishing one may change many. The directory has its
own (``DIRECTORY``), which page views also depend on, because topic pages list the actors of their
focus area.
"""

from __future__ import annotations

import hashlib
import logging
import time

from django.core.cache import cache as _django_cache
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.template.response import SimpleTemplateResponse
from django.utils import translation
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

log = logging.getLogger(__name__)


class _Tolerant:
    """The default cache, where a cache server that cannot be reached counts as a miss: the cache makes
    pages faster and must never take them, or a save that purges it, down."""

    def __init__(self, backend):
        self._backend = backend

    def __getattr__(self, name):
        method = getattr(self._backend, name)

        def call(*args, **kwargs):
            try:
                return method(*args, **kwargs)
            except ValueError:  # incr of a key that is not there: the caller handles it
                raise
            except Exception:
                log.warning("cache %s failed; carrying on without the cache", name, exc_info=True)
                return None

        return call


cache = _Tolerant(_django_cache)

PAGES = "pages"
DIRECTORY = "directory"
# Other content (translation status) does not purge the cache; it shows up at the latest after this
# many seconds. With the per-process memory cache, so does a purge made by another process.
TIMEOUT = 300


def _generation_key(namespace: str) -> str:
    return f"portal:{namespace}:generation"


def generation(namespace: str = PAGES) -> int:
    value = cache.get(_generation_key(namespace))
    if value is None:
        cache.add(_generation_key(namespace), time.time_ns(), None)
        value = cache.get(_generation_key(namespace), 0)
    return value


def purge(namespace: str = PAGES) -> None:
    """Make every cached entry that depends on ``namespace`` stale."""
    try:
        cache.incr(_generation_key(namespace))
    except ValueError:  # the key was never set or has been evicted
        cache.set(_generation_key(namespace), time.time_ns(), None)


def key(kind: str, *parts: str, depends_on: tuple[str, ...] = (PAGES, DIRECTORY)) -> str:
    """A cache key for ``parts`` that changes when any generation in ``depends_on`` is purged."""
    generations = cache.get_many([_generation_key(namespace) for namespace in depends_on]) or {}
    numbers = [str(generations.get(_generation_key(namespace)) or generation(namespace))
               for namespace in depends_on]
    digest = hashlib.sha256("\x00".join(parts).encode()).hexdigest()
    return f"portal:{kind}:{'.'.join(numbers)}:{digest}"


def get_or_compute(cache_key: str, compute, timeout: int = TIMEOUT):
    """The cached value of ``cache_key``, computed and stored on a miss."""
    value = cache.get(cache_key)
    if value is None:
        value = compute()
        cache.set(cache_key, value, timeout)
    return value


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
