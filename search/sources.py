"""The sources of search documents: the portal's live public pages and the directory's published actors."""

from __future__ import annotations

from django.apps import apps
from django.urls import NoReverseMatch
from django.utils import translation

from kernel import languages
from search.documents import ORGANIZATION, PAGE, SearchDocument, plain_text, translated_text
from search.indexing import Source

PAGE_MODELS = ("pages.TopicPage", "pages.ArticlePage", "pages.MeetingPlacePage", "pages.StandardPage")
# page types whose title is a proper name (a place), matched from every language
PROPER_NAME_PAGE_MODELS = ("pages.MeetingPlacePage",)
PAGE_TEXT_FIELDS = ("intro", "body", "search_description")


def _model(label: str):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def _url(obj, code: str, default: str = "") -> str:
    with translation.override(code):
        try:
            return (obj.get_url() if hasattr(obj, "get_url") else obj.get_absolute_url()) or default
        except NoReverseMatch:
            return default


class PageSource(Source):
    name = PAGE

    def page_models(self) -> list:
        return [m for m in (_model(label) for label in PAGE_MODELS) if m is not None]

    def available(self) -> bool:
        return bool(self.page_models())

    def queryset(self):
        from wagtail.models import Page

        return Page.objects.live().public().type(*self.page_models())

    def objects(self):
        return self.queryset().specific().iterator(chunk_size=200)

    def get(self, object_id):
        return self.queryset().filter(pk=object_id).specific().first()

    def documents(self, page) -> list[SearchDocument]:
        focus_area = self._focus_area(page)
        category = page._meta.model_name
        proper_name = page._meta.label in PROPER_NAME_PAGE_MODELS
        sv_title = getattr(page, languages.field_name("title", languages.DEFAULT), "") or page.title
        docs = []
        for code in languages.CODES:
            title, title_language, body = self._text(page, code)
            if not title:
                continue
            docs.append(SearchDocument(
                type=PAGE, object_id=str(page.pk), language=code, title=title, body=body,
                url=_url(page, code), focus_areas=(focus_area,) if focus_area else (),
                categories=(category,), names=(sv_title,) if proper_name and sv_title else (),
                title_language=title_language))
        return docs

    @staticmethod
    def _text(page, code: str) -> tuple[str, str, str]:
        text_in = getattr(page, "text_in", None)
        if callable(text_in):  # the page's own choice of language, as it is shown
            shown = text_in(code)
            extra = translated_text(page, "search_description", shown.language.code)[0]
            body = " ".join(filter(None, (plain_text(shown.intro), plain_text(shown.body), extra)))
            return plain_text(shown.title), shown.language.code, body
        title, title_language = translated_text(page, "title", code)
        body = " ".join(filter(None, (translated_text(page, f, code)[0] for f in PAGE_TEXT_FIELDS
                                      if hasattr(page, f))))
        return title, title_language, body

    @staticmethod
    def _focus_area(page) -> str:
        value = getattr(page, "focus_area", "") or ""
        if not value:
            parent = page.get_parent()
            value = getattr(parent.specific, "focus_area", "") if parent is not None else ""
        return value or ""


class OrganizationSource(Source):
    name = ORGANIZATION

    def model(self):
        return _model("directory.Organization")

    def available(self) -> bool:
        return self.model() is not None

    def queryset(self):
        model = self.model()
        manager = model.objects
        qs = manager.published() if hasattr(manager, "published") else manager.all()
        return qs.select_related("category").prefetch_related("focus_areas", "languages", "services__languages")

    def objects(self):
        return self.queryset().iterator(chunk_size=200)

    def get(self, object_id):
        return self.queryset().filter(pk=object_id).first()

    def documents(self, org) -> list[SearchDocument]:
        name = getattr(org, "name", "") or ""
        if not name:
            return []
        alternates = tuple(str(a) for a in (getattr(org, "alternate_names", None) or []) if a)
        category = getattr(getattr(org, "category", None), "code", "")
        focus_areas = tuple(t.code for t in org.focus_areas.all()) if hasattr(org, "focus_areas") else ()
        served = set()
        if hasattr(org, "languages"):
            served.update(lang.code for lang in org.languages.all())
        services = list(org.services.all()) if hasattr(org, "services") else []
        for service in services:
            served.update(lang.code for lang in service.languages.all())
        slug = getattr(org, "slug", "") or str(org.pk)
        docs = []
        for code in languages.CODES:
            parts = [translated_text(org, "description", code)[0]]
            for service in services:
                parts += [translated_text(service, "name", code)[0], translated_text(service, "description", code)[0]]
            docs.append(SearchDocument(
                type=ORGANIZATION, object_id=str(org.pk), language=code, title=name,
                body=" ".join(filter(None, [*alternates, *parts])),
                url=_url(org, code, default=f"/{code}/directory/{slug}/"),
                focus_areas=focus_areas, categories=(category,) if category else (),
                languages_served=tuple(sorted(served)), names=(name, *alternates), title_language=code))
        return docs
