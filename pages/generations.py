"""The cache generations of the page tree's slowly changing parts, which outlive the purge of the page
tree that every publish makes (``kernel.cache.PAGES``); ``pages.cache`` says when each is purged."""

from __future__ import annotations

from wagtail.models import PageViewRestriction

from kernel.cache import get_or_compute, key

SITES = "sites"  # the cache generation of the Site table (hostnames, ports, root pages)
# What changes with only a few pages, kept across the purges of the page tree that every publish makes:
# the site roots' paths and the menu links (``NAVIGATION``), and whether any page is private at all
# (``RESTRICTIONS``).
NAVIGATION = "navigation"
RESTRICTIONS = "view-restrictions"


def any_view_restrictions() -> bool:
    """Whether any page has a view restriction: with none (most sites), no page view needs to look."""
    return get_or_compute(key("any-view-restriction", depends_on=(RESTRICTIONS,)),
                          lambda: PageViewRestriction.objects.exists())
