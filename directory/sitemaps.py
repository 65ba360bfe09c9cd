"""Sitemap of the directory: the list and every published actor's page, in every language."""

from django.urls import reverse

from directory.models import Organization
from portal.sitemaps import LanguageSitemap

LIST = "list"


class DirectorySitemap(LanguageSitemap):
    def items(self):
        return [LIST, *Organization.objects.published().only("slug", "updated_at").order_by("name")]

    def location(self, item):
        return reverse("directory:list") if item == LIST else item.get_absolute_url()

    def lastmod(self, item):
        return None if item == LIST else item.updated_at
