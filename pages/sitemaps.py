"""Sitemap of the page tree: every public page in every language it exists in."""

from wagtail.models import Page

from kernel.sitemaps import LanguageSitemap


class PageSitemap(LanguageSitemap):
    def items(self):
        return (
            Page.objects.live().public().filter(depth__gt=1).exclude(depth=1).specific().order_by("path")
        )

    def location(self, item):
        return item.get_url()

    def lastmod(self, item):
        return item.last_published_at
