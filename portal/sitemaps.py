"""The sitemap index: each area's own sitemap."""

from directory.sitemaps import DirectorySitemap
from pages.sitemaps import PageSitemap


def sitemaps() -> dict:
    return {"pages": PageSitemap, "directory": DirectorySitemap}
