"""The anonymous page-view cache: Wagtail's page view answered per URL and language from ``kernel.cache``,
purged whenever the page tree changes (and, through the directory generation, whenever the directory does).
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import Http404
from django.http.request import split_domain_port
from django.template.response import SimpleTemplateResponse
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.signals import page_published, page_unpublished, post_page_move

from kernel import languages
from kernel.cache import TIMEOUT, cache, get_or_compute, key, purge
from pages import prepared
from pages.generations import NAVIGATION, RESTRICTIONS, SITES


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


# the values the route query is compiled with, replaced by the path and its parent's on every call
_PLACEHOLDERS = ["\x00path", "\x00parent"]


def route_by_url_path(request, path) -> None:
    """Find the page a path addresses by the full translated ``url_path`` that wagtail-modeltranslation
    keeps for every language (one query, which also brings the breadcrumb's parent; then one for the
    specific page, both compiled once: ``pages.prepared``), and hand the route to Wagtail's view.

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
    root_path = get_or_compute(key("site-root", str(site.pk), code, depends_on=(SITES, NAVIGATION)),
                               lambda: Page.objects.filter(pk=site.root_page_id).values_list(field, flat=True).first()
                               or "")
    if not root_path:
        return
    url_path = root_path + path.lstrip("/")
    # the page and, in the same query, its parent for the breadcrumb (whose path is the page's, one
    # segment shorter, where the parent has a path of its own in this language)
    parent_path = url_path.rstrip("/").rsplit("/", 1)[0] + "/"
    from pages.models import link_fields

    rows = prepared.fetch(("route", field), lambda: QuerySet(Page).filter(**{f"{field}__in": _PLACEHOLDERS})
                          .only("content_type", *link_fields())[:3], _PLACEHOLDERS, [url_path, parent_path])
    found = [row for row in rows if getattr(row, field) == url_path]
    if len(found) != 1:
        return
    pk, content_type_id = found[0].pk, found[0].content_type_id
    model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
    try:
        page = prepared.get_by_pk(model, pk)  # the specific page in one query, as ``Page.specific``
        request._wagtail_route_for_request = page.route(request, [])
    except model.DoesNotExist:
        return
    except Http404:
        return
    parent = next((row for row in rows if row.path == page.path[: -page.steplen]), None)
    if parent is not None:
        page._parent_link = parent


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


def changes_navigation(page) -> bool:
    """Whether publishing or unpublishing ``page`` may change the navigation: the menu links (live
    standard pages shown in menus, their titles and paths) or the site roots' paths. True for a standard
    page, the tree's top (the root and the site roots) and any page with a page shown in menus below it
    (whose paths follow its slug)."""
    from pages.models import StandardPage

    if page.depth <= 2 or issubclass(page.specific_class or Page, StandardPage):
        return True
    if Site.objects.filter(root_page_id=page.pk).exists():
        return True
    return Page.objects.filter(path__startswith=page.path, show_in_menus=True).exists()


@receiver(page_published)
@receiver(page_unpublished)
def _purge_on_page_change(sender, instance, **kwargs):
    purge()
    if changes_navigation(instance):
        purge(NAVIGATION)


@receiver(post_page_move)
def _purge_on_page_move(sender, **kwargs):
    purge()
    purge(NAVIGATION)


@receiver(post_delete)
def _purge_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        purge()
        purge(NAVIGATION)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def _purge_on_view_restriction_change(sender, **kwargs):
    """A page made private (or public again) is no longer served from the cache as it was; the menu
    links leave private pages out."""
    purge(RESTRICTIONS)
    purge(NAVIGATION)
    purge()


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def _purge_on_site_change(sender, **kwargs):
    purge(SITES)
    purge(NAVIGATION)
    purge()
