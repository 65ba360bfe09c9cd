"""News: an index page and news pages, translated field by field like every other page."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from kernel.focus_areas import FocusArea
from pages.models import TranslatedPageMixin, _body_field, summaries

PAGE_SIZE = 20


def published_news(topic: str = ""):
    """Live public news, newest first; only one topic's when ``topic`` is given."""
    queryset = NewsPage.objects.live().public().order_by("-date", "-first_published_at", "-pk")
    return queryset.filter(focus_area=topic) if topic else queryset


class NewsIndexPage(TranslatedPageMixin, Page):
    """``/<lang>/news/``: every news item, newest first, with links to the feeds."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1
    template = "news/news_index_page.html"
    text_fields = ("intro",)

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page = Paginator(published_news(), PAGE_SIZE).get_page(request.GET.get("page"))
        context["page_obj"] = page
        context["news"] = summaries(page.object_list)
        return context


class NewsPage(TranslatedPageMixin, Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    focus_area = models.CharField(_("topic"), max_length=20, choices=FocusArea.choices, blank=True)
    intro = models.TextField(_("introduction"))
    body = _body_field()

    content_panels = [*Page.content_panels, FieldPanel("date"), FieldPanel("focus_area"), FieldPanel("intro"),
                      FieldPanel("body")]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    template = "news/news_page.html"
    required_fields = ("intro",)

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def summary(self):
        return self.text_in(translation.get_language())
