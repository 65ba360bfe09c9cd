"""Sitemap: every public page in every language it exists in, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from wagtail.models import Page

from portal import languages


class LanguageSitemap(Sitemap):
    """Base for sitemaps whose items exist in some languages only (``available_languages()``)."""

    i18n = True
    alternates = True
    x_default = True
    languages = list(languages.CODES)

    def get_languages_for_item(self, item):
        available = getattr(item, "available_languages", None)
        return list(available()) if available else list(languages.CODES)


class PageSitemap(LanguageSitemap):
    def items(self):
        return (
            Page.objects.live().public().filter(depth__gt=1).exclude(depth=1).specific().order_by("path")
        )

    def location(self, item):
        return item.get_url()

    def lastmod(self, item):
        return item.last_published_at


def sitemaps() -> dict:
    """All sitemaps of the project; each area adds its own here."""
    from directory.sitemaps import DirectorySitemap

    return {"pages": PageSitemap, "directory": DirectorySitemap}
