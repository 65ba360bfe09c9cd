"""The pages' search source: live public topic, article, meeting-place and standard pages, one document per
language with the text a reader of that language sees (its own, or its fallback's)."""

from __future__ import annotations

from django.db.models.signals import post_delete
from django.urls import NoReverseMatch
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published, page_unpublished

from kernel import languages
from kernel.text import plain_text, shown_text
from search.documents import SearchDocument
from search.registry import QuerySetSource


class PageSource(QuerySetSource):
    name = "page"
    label = _("Page")
    plural_label = _("Pages")

    @staticmethod
    def page_models() -> list:
        from pages.models import ArticlePage, MeetingPlacePage, StandardPage, TopicPage

        return [TopicPage, ArticlePage, MeetingPlacePage, StandardPage]

    @staticmethod
    def proper_name_models() -> tuple:
        """Page types whose title is a proper name (a place), matched from every language."""
        from pages.models import MeetingPlacePage

        return (MeetingPlacePage,)

    def queryset(self):
        from wagtail.models import Page

        return Page.objects.live().public().type(*self.page_models())

    def objects(self):
        return self.queryset().specific().iterator(chunk_size=200)

    def get(self, object_id):
        return self.queryset().filter(pk=object_id).specific().first()

    def connect(self) -> None:
        for model in self.page_models():
            label = model._meta.label_lower
            page_published.connect(self._changed, sender=model, dispatch_uid=f"search-published-{label}")
            page_unpublished.connect(self._changed, sender=model, dispatch_uid=f"search-unpublished-{label}")
            post_delete.connect(self._changed, sender=model, dispatch_uid=f"search-deleted-{label}")

    def _changed(self, sender, instance, **kwargs):
        self.changed(instance.pk)

    def documents(self, page) -> list[SearchDocument]:
        focus_area = self._focus_area(page)
        category = page._meta.model_name
        proper_name = isinstance(page, self.proper_name_models())
        sv_title = getattr(page, languages.field_name("title", languages.DEFAULT), "") or page.title
        docs = []
        for code in languages.CODES:
            shown = page.text_in(code)  # the page's own choice of language, as it is shown
            title = plain_text(shown.title)
            if not title:
                continue
            extra = shown_text(page, "search_description", shown.language.code)[0]
            body = " ".join(filter(None, (plain_text(shown.intro), plain_text(shown.body), extra)))
            docs.append(SearchDocument(
                type=self.name, object_id=str(page.pk), language=code, title=title, body=body,
                url=_url(page, code), focus_areas=(focus_area,) if focus_area else (),
                categories=(category,), names=(sv_title,) if proper_name and sv_title else (),
                title_language=shown.language.code))
        return docs

    @staticmethod
    def _focus_area(page) -> str:
        value = getattr(page, "focus_area", "") or ""
        if not value:
            parent = page.get_parent()
            value = getattr(parent.specific, "focus_area", "") if parent is not None else ""
        return value or ""


def _url(page, code: str) -> str:
    with translation.override(code):
        try:
            return page.get_url() or ""
        except NoReverseMatch:
            return ""
