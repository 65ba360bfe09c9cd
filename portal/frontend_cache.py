"""Purging the HTTP cache in front of the app hosts (``WAGTAILFRONTENDCACHE``) when a page changes.

Wagtail's own ``frontend_cache`` app would purge a page's address in whichever language happens to be
active; here every page has one address per language (the slugs are translated), so each language's
address is purged. Pages that only show the changed one (a topic's list of articles, the footer) are not
named: the cache keeps nothing longer than a second (``deploy/nginx/ny-i-vasteras.conf``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move


def page_urls(page: Page) -> list[str]:
    """The page's full address in every language, without duplicates."""
    page = page.specific_deferred
    urls = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = page.get_full_url()
        if url and url not in urls:
            urls.append(url)
    return urls


def purge_page(page: Page) -> None:
    if not settings.WAGTAILFRONTENDCACHE:
        return
    urls = page_urls(page)
    # after the commit: a purge before it would let the cache fetch and keep the old page again
    transaction.on_commit(lambda: purge_urls_from_cache(urls))


@receiver(page_published)
@receiver(page_unpublished)
def _purge_on_publish(sender, instance, **kwargs):
    purge_page(instance)


@receiver(post_page_move)
def _purge_on_move(sender, instance, url_path_before="", **kwargs):
    purge_page(instance)


@receiver(post_delete)
def _purge_on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) and type(instance) is not Page:
        purge_page(instance)
