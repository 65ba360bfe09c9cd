"""The sitemap index: each area's own sitemap."""

from directory.sitemaps import DirectorySitemap
from events.sitemaps import EventsSitemap
from pages.sitemaps import PageSitemap


def sitemaps() -> dict:
    # news pages are pages: PageSitemap lists them
    return {"pages": PageSitemap, "directory": DirectorySitemap, "calendar": EventsSitemap}
