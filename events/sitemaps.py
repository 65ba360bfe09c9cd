"""Sitemap of the calendar and of every published activity still to come, in every language."""

from django.urls import reverse
from django.utils import timezone

from events.models import Activity
from kernel.sitemaps import LanguageSitemap

CALENDAR = "calendar"


class EventsSitemap(LanguageSitemap):
    def items(self):
        today = timezone.localdate()
        upcoming = Activity.objects.published().touching(today, today.replace(year=today.year + 5))
        return [CALENDAR, *upcoming.only("pk", "updated_at").order_by("pk")]

    def location(self, item):
        if item == CALENDAR:
            return reverse("events:calendar")
        return reverse("events:detail", kwargs={"pk": item.pk})

    def lastmod(self, item):
        return getattr(item, "updated_at", None)
