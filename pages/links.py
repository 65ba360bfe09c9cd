"""A page's URL in any language, worked out from its stored translated ``url_path``.

``Page.get_url`` looks up the site root paths (a cache read per language with wagtail-modeltranslation)
and reverses the page route for every link; a page names itself in 13 languages (the switcher, hreflang)
and a fresh render paid for that 15 times. Here the site root's path in every language is read once and
kept until the page tree's navigation changes (``pages.cache.NAVIGATION``), the language prefix is
reversed once per language, and the URL is a string operation. The answer is Wagtail's own: the tests
compare the two for every page and language. Anything unusual (several sites, a page outside the
site, ``WAGTAIL_APPEND_SLASH`` off) is left to ``Page.get_url``.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from django.conf import settings
from django.urls import get_urlconf, reverse
from django.utils import translation
from wagtail.models import Site

from kernel import languages
from kernel.cache import get_or_compute, key
from pages.generations import NAVIGATION, SITES

# the characters ``reverse`` leaves unquoted in a path argument (Django's RFC 3986 sub-delimiters and "/~:@")
_SAFE = "!$&'()*+,;=/~:@"
# a path that the page route refuses (Wagtail's own views live there)
_RESERVED = "_util/"


@lru_cache(maxsize=64)
def _prefix(code: str, urlconf) -> str:
    with translation.override(code):
        return reverse("wagtail_serve", urlconf=urlconf, args=("",))


def root_paths() -> dict[str, str] | None:
    """The ``url_path`` of the one site's root page in every language; None when there are several
    sites (or none), whose URLs depend on the request."""

    def compute():
        sites = list(Site.objects.select_related("root_page")[:2])
        if len(sites) != 1:
            return False  # None would read as a cache miss
        root = sites[0].root_page
        paths = {}
        for code in languages.CODES:
            with translation.override(code):
                paths[code] = root.url_path
        return paths

    return get_or_compute(key("site-root-paths", depends_on=(SITES, NAVIGATION)), compute) or None


def _roots() -> dict[str, str] | None:
    return root_paths() if getattr(settings, "WAGTAIL_APPEND_SLASH", True) else None


def page_url(page, code: str, request=None, *, roots=False) -> str | None:
    """``page``'s URL in language ``code``, as ``Page.get_url`` gives it with ``code`` active."""
    if roots is False:
        roots = _roots()
    with translation.override(code):
        url_path = page.url_path
        root = roots.get(code) if roots else None
        if not root or not url_path or not url_path.startswith(root) or url_path[len(root):].startswith(_RESERVED):
            return page.get_url(request=request)
        return _prefix(code, get_urlconf()) + quote(url_path[len(root):], safe=_SAFE)


def page_urls(page, request=None) -> dict[str, str | None]:
    """``page``'s URL in every language of the table."""
    roots = _roots()
    return {code: page_url(page, code, request, roots=roots) for code in languages.CODES}
