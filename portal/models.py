"""Samhällsinformation pages: the home page and the page types every language shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from portal import languages


class TranslatedPageMixin:
    """Which languages a page really exists in (its title is translated there)."""

    def available_languages(self) -> list[str]:
        return [
            code
            for code in languages.CODES
            if (getattr(self, languages.field_name("title", code), "") or "").strip()
        ]


class HomePage(TranslatedPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    max_count = 1
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")
