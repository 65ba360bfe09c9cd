"""Sitemap of the directory: the list, its landing page per focus area (the URL topic pages link to)
and every published actor's page, in every language."""

from urllib.parse import urlencode

from django.urls import reverse

from directory.models import FOCUS_AREA_TAXONOMY, Organization, TaxonomyTerm
from kernel.sitemaps import LanguageSitemap

LIST = "list"


class DirectorySitemap(LanguageSitemap):
    def items(self):
        focus_areas = TaxonomyTerm.objects.filter(
            taxonomy__slug=FOCUS_AREA_TAXONOMY,
            pk__in=Organization.focus_areas.through.objects.filter(
                organization__is_published=True).values("taxonomyterm_id"),
        ).order_by("sort_order", "code").values_list("code", flat=True)
        return [LIST, *(("focus", code) for code in focus_areas),
                *Organization.objects.published().only("slug", "updated_at").order_by("name")]

    def location(self, item):
        if item == LIST:
            return reverse("directory:list")
        if isinstance(item, tuple):
            return f"{reverse('directory:list')}?{urlencode([item])}"
        return item.get_absolute_url()

    def lastmod(self, item):
        return getattr(item, "updated_at", None)
