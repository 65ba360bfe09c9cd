"""The anonymous page-view cache: Wagtail's page view answered per URL and language from ``kernel.cache``,
purged whenever the page tree changes (and, through the directory generation, whenever the directory does).
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import Http404
from django.http.request import split_domain_port
from django.template.response import SimpleTemplateResponse
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.signals import page_published, page_unpublished, post_page_move

from kernel import languages
from kernel.cache import PAGES, TIMEOUT, cache, get_or_compute, key, purge


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


SITES = "sites"  # the cache generation of the Site table (hostnames, ports, root pages)


def find_site(request):
    """``Site.find_for_request`` answered from the cache: the same choice (by hostname and port), without
    Wagtail's query on every fresh render. The site is stored without its root page, which changes with
    the page tree; the entry is purged whenever a site is saved or deleted."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    hostname = split_domain_port(request.get_host())[0]
    port = request.get_port()

    def compute():
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return False  # None would read as a cache miss
        Site._meta.get_field("root_page").delete_cached_value(site)
        return site

    site = get_or_compute(key("site", hostname, str(port), depends_on=(SITES,)), compute) or None
    request._wagtail_site = site
    return site


def route_by_url_path(request, path) -> None:
    """Find the page a path addresses in one query, by the full translated ``url_path`` that
    wagtail-modeltranslation keeps for every language, and hand the route to Wagtail's view.

    Wagtail's own routing (patched by wagtail-modeltranslation for translated slugs) loads every child
    page of every level of the path, each as its specific page. Anything this lookup is not certain of —
    no page, two pages, a sub-route of a routable page, an unknown language — is left to it.
    """
    if hasattr(request, "_wagtail_route_for_request"):
        return
    code = translation.get_language()
    site = find_site(request)
    if site is None or code not in languages.BY_CODE:
        return
    field = languages.field_name("url_path", code)
    root_path = get_or_compute(key("site-root", str(site.pk), code, depends_on=(PAGES,)),
                               lambda: Page.objects.filter(pk=site.root_page_id).values_list(field, flat=True).first()
                               or "")
    if not root_path:
        return
    candidates = list(Page.objects.filter(**{field: root_path + path.lstrip("/")})
                      .values_list("pk", "content_type_id")[:2])
    if len(candidates) != 1:
        return
    pk, content_type_id = candidates[0]
    model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
    try:
        page = model._default_manager.get(pk=pk)  # the specific page in one query, as ``Page.specific``
        request._wagtail_route_for_request = page.route(request, [])
    except model.DoesNotExist:
        return
    except Http404:
        return


def serve(request, path):
    """Wagtail's page view, with the one-query route lookup."""
    from wagtail import views as wagtail_views

    route_by_url_path(request, path)
    return wagtail_views.serve(request, path)


def serve_page(request, path):
    """Wagtail's page view, answered from the cache for anonymous visitors."""
    if not is_cacheable_request(request):
        return serve(request, path)
    cache_key = key("page", translation.get_language() or "", request.get_host(), request.path)
    cached = cache.get(cache_key)
    if cached is not None:
        return cached
    response = serve(request, path)
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


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def _purge_on_site_change(sender, **kwargs):
    purge(SITES)
    purge()
