"""RSS 2.0 and Atom 1.0 feeds of the news per language, and per topic with ``?topic=``."""

from __future__ import annotations

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from kernel.focus_areas import FocusArea
from news.models import NewsIndexPage, published_news

ITEMS = 30


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, *args, **kwargs):
        return request.GET.get("topic", "")

    def title(self, topic):
        if topic:
            return _("News about %(topic)s – New in Västerås") % {"topic": FocusArea(topic).label}
        return _("News – New in Västerås")

    def link(self, topic):
        index = NewsIndexPage.objects.live().public().first()
        url = (index.get_url() if index else None) or f"/{translation.get_language()}/news/"
        return f"{url}?topic={topic}" if topic else url

    def description(self, topic):
        return _("News from the portal for newcomers in Västerås.")

    def feed_url(self, topic):
        return self._url(topic)

    def _url(self, topic):
        url = reverse("news:rss")
        return f"{url}?topic={topic}" if topic else url

    def items(self, topic):
        return list(published_news(topic)[:ITEMS])

    def item_title(self, item):
        return item.text_in(translation.get_language()).title

    def item_description(self, item):
        return item.text_in(translation.get_language()).intro

    def item_link(self, item):
        return item.get_url()

    def item_guid(self, item):
        return f"news-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(12)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        return [FocusArea(item.focus_area).label] if item.focus_area else []


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description

    def _url(self, topic):
        url = reverse("news:atom")
        return f"{url}?topic={topic}" if topic else url


def _checked(feed):
    def view(request):
        topic = request.GET.get("topic", "")
        if topic and topic not in FocusArea.values:
            return HttpResponse(_("Unknown topic."), status=400, content_type="text/plain; charset=utf-8")
        return feed(request)

    return view


rss = _checked(NewsRssFeed())
atom = _checked(NewsAtomFeed())
