"""Samhällsinformation pages: the home page and the page types every language shares."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction

from kernel import languages
from kernel.focus_areas import FocusArea
from kernel.text import has_text, is_blank
from pages.blocks import BodyBlock, SourceBlock


@dataclass(frozen=True)
class PageText:
    """The text of a page as shown in one language: its own, or its fallback's when it has none."""

    requested: languages.Language
    language: languages.Language  # the language the text is in
    title: str
    intro: str
    body: object

    @property
    def is_fallback(self) -> bool:
        return self.language.code != self.requested.code


# Aliases of aliases followed to find a source page's view restrictions (Wagtail follows any chain;
# the editors' aliases are one level deep).
ALIAS_DEPTH = 4


def link_fields() -> tuple[str, ...]:
    """What a link to a page needs in every language (its title and ``url_path``, fallbacks included):
    loading only these keeps a page fetched for a link cheap."""
    return ("path", "depth", *(languages.field_name(name, code)
                               for name in ("title", "url_path") for code in languages.CODES))


class TranslatedPageMixin:
    """Which languages a page really exists in, and its text in the best language for a reader.

    A page exists in a language when its title and every field of ``required_fields`` hold text
    there; empty-looking rich text counts as missing.
    """

    def get_view_restrictions(self):
        """The view restrictions of this page and its ancestors, an alias's taken from its source page
        (through aliases of aliases, up to ``ALIAS_DEPTH``): Wagtail's rule in one query instead of two
        (the ancestors' aliases, then the restrictions). None at all to look at on a site without
        private pages."""
        from pages.generations import any_view_restrictions

        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        reached = models.Q(page__path__in=paths)
        sources = Page.objects.filter(path__in=paths, alias_of__isnull=False).values("alias_of_id")
        for _level in range(ALIAS_DEPTH):
            reached |= models.Q(page_id__in=sources)
            sources = Page.objects.filter(pk__in=sources, alias_of__isnull=False).values("alias_of_id")
        return PageViewRestriction.objects.filter(reached, page__alias_of__isnull=True)

    def parent_link(self):
        """The parent page, loaded with only what a link to it needs (the article's breadcrumb); the
        route lookup finds it with the page (``pages.cache.route_by_url_path``)."""
        if "_parent_link" in self.__dict__:
            return self._parent_link
        return Page.objects.filter(path=self.path[: -self.steplen]).only(*link_fields()).first()

    def localized_urls(self, request=None) -> dict[str, str | None]:
        """This page's URL in every language (the language switcher, hreflang)."""
        from pages.links import page_urls

        return page_urls(self, request)

    required_fields: tuple[str, ...] = ()
    text_fields: tuple[str, ...] = ("intro", "body")

    def permissions_for_user(self, user):
        from pages.permissions import permissions_for_user

        return permissions_for_user(self, user)

    def _translated(self, field: str, code: str):
        return getattr(self, languages.field_name(field, code), None)

    def exists_in(self, code: str) -> bool:
        return all(has_text(self._translated(f, code)) for f in ("title", *self.required_fields))

    def available_languages(self) -> list[str]:
        return [code for code in languages.CODES if self.exists_in(code)]

    def content_language(self, code: str) -> str:
        """The first language of ``code``'s fallback chain the page exists in."""
        for candidate in languages.fallback_chain(code):
            if self.exists_in(candidate):
                return candidate
        return languages.DEFAULT

    def text_in(self, code: str | None = None) -> PageText:
        code = code if code in languages.BY_CODE else languages.DEFAULT
        shown = self.content_language(code)
        values = {f: self._translated(f, shown) if hasattr(self, f) else None for f in self.text_fields}
        return PageText(
            requested=languages.get(code),
            language=languages.get(shown),
            title=self._translated("title", shown) or self.title,
            intro=values.get("intro") or "",
            body=values.get("body"),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["text"] = self.text_in(translation.get_language())
        return context

    # --- keeping the stored translations consistent ----------------------------------------------

    def _fill_missing_slugs(self) -> bool:
        """Give every language a slug, following its fallback chain.

        The page URL of a language is built from that language's slug (or Swedish's), while routing
        follows the full fallback chain (``prs`` → ``fa`` → ``sv``); a language without a slug of its
        own would get a URL that does not resolve. A stored slug per language keeps both in step.
        """
        changed = False
        for code in languages.CODES:
            name = languages.field_name("slug", code)
            if getattr(self, name, None):
                continue
            for candidate in languages.fallback_chain(code)[1:]:
                value = getattr(self, languages.field_name("slug", candidate), None)
                if value:
                    setattr(self, name, value)
                    changed = True
                    break
        return changed

    def _clear_blank_translations(self) -> None:
        """Store empty-looking translations as missing, so that fallbacks everywhere apply to them."""
        for field in ("title", "seo_title", "search_description", *self.text_fields):
            if not hasattr(self, field):
                continue
            for code in languages.TRANSLATED_CODES:
                name = languages.field_name(field, code)
                value = getattr(self, name, None)
                if value is not None and is_blank(value):
                    setattr(self, name, None)

    def save(self, *args, **kwargs):
        self._clear_blank_translations()
        if not getattr(self, languages.field_name("slug", languages.DEFAULT), None) and self.slug:
            setattr(self, languages.field_name("slug", languages.DEFAULT), self.slug)
        if self._fill_missing_slugs() and self.pk:
            self.set_url_path(self.get_parent())
        return super().save(*args, **kwargs)


@dataclass(frozen=True)
class Summary:
    page: Page
    text: PageText


def summaries(pages) -> list[Summary]:
    """Pages with their text in the current language, for listings."""
    code = translation.get_language()
    return [Summary(page, page.text_in(code)) for page in pages]


def _body_field():
    return StreamField(BodyBlock(), blank=True, verbose_name=_("body"))


class FactsMixin(models.Model):
    """The official pages a page's facts rest on, when a person last checked them, and by when they must
    be checked again. Readers see all three; after ``review_by`` they are told the page is due for review."""

    sources = StreamField([("source", SourceBlock())], blank=True, verbose_name=_("sources"))
    facts_checked = models.DateField(_("facts checked"), null=True, blank=True)
    review_by = models.DateField(_("review by"), null=True, blank=True, db_index=True,
                                 help_text=_("The date by which the facts must be checked against the sources again."))

    facts_panels = [
        MultiFieldPanel([FieldPanel("sources"), FieldPanel("facts_checked"), FieldPanel("review_by")],
                        heading=_("facts and sources")),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.facts_checked and self.review_by and self.review_by <= self.facts_checked:
            raise ValidationError({"review_by": _("The review date must be after the date the facts were checked.")})

    def review_overdue(self, today=None) -> bool:
        return bool(self.review_by and self.review_by < (today or timezone.localdate()))


class HomePage(TranslatedPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    emergency_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("emergency page"),
        help_text=_("Linked at the top of the home page in every language: what to do in an emergency."))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("emergency_page")]
    subpage_types = ["pages.TopicPage", "pages.MeetingPlacePage", "pages.StandardPage", "news.NewsIndexPage"]
    max_count = 1
    template = "pages/home_page.html"
    text_fields = ("intro",)

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        order = {value: index for index, value in enumerate(FocusArea.values)}
        topics = sorted(TopicPage.objects.child_of(self).live().public(), key=lambda p: order[p.focus_area])
        context["topics"] = summaries(topics)
        context["meeting_places"] = summaries(MeetingPlacePage.objects.child_of(self).live().public())
        emergency = self.emergency_page
        if emergency is not None and emergency.live:
            context["emergency"] = summaries([emergency.specific])[0]
        return context


class TopicPage(TranslatedPageMixin, Page):
    """One of the six focus areas: an introduction, its articles and the directory's actors."""

    focus_area = models.CharField(_("focus area"), max_length=20, choices=FocusArea.choices, unique=True)
    intro = models.TextField(_("introduction"))
    body = _body_field()

    content_panels = [*Page.content_panels, FieldPanel("focus_area"), FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ArticlePage"]
    template = "pages/topic_page.html"
    required_fields = ("intro",)

    class Meta:
        verbose_name = _("topic page")

    def articles(self):
        return ArticlePage.objects.child_of(self).live().public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = summaries(self.articles())
        return context


class ArticlePage(TranslatedPageMixin, FactsMixin, Page):  # noqa: DJ008 - Page.__str__ is the title
    intro = models.TextField(_("introduction"), blank=True)
    body = _body_field()

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body"), *FactsMixin.facts_panels]
    parent_page_types = ["pages.TopicPage", "pages.MeetingPlacePage"]
    subpage_types = []
    template = "pages/article_page.html"
    required_fields = ("body",)

    class Meta:
        verbose_name = _("article")


class MeetingPlacePage(TranslatedPageMixin, RoutablePageMixin, Page):
    """A meeting place: what happens there, and its activities (see events) with an iCalendar feed."""

    intro = models.TextField(_("introduction"), blank=True)
    body = _body_field()
    address = models.CharField(_("address"), max_length=200, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("address"),
    ]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ArticlePage"]
    template = "pages/meeting_place_page.html"
    required_fields = ("body",)

    class Meta:
        verbose_name = _("meeting place")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ical_url"] = self.get_url(request) + self.reverse_subpage("ical")
        return context

    @path("ical/")
    def ical(self, request):
        if _meeting_place_feed is None:
            raise Http404
        return _meeting_place_feed(request, self)


# The iCalendar feed of a meeting place's activities is made by the app that keeps activities
# (events), which registers its view here when it is installed: pages know nothing of activities.
_meeting_place_feed = None


def register_meeting_place_feed(view) -> None:
    global _meeting_place_feed
    _meeting_place_feed = view


LANGUAGE_CODES = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{1,8})*( *, *[a-z]{2,3}(-[a-z0-9]{1,8})*)*$")


def validate_language_codes(value: str) -> None:
    """Kept for the migrations that created the meeting places' former activity table."""
    if value and not LANGUAGE_CODES.match(value.strip()):
        raise ValidationError(_("Enter language codes separated by commas, e.g. sv, ar, so."))


class StandardPage(TranslatedPageMixin, FactsMixin, Page):  # noqa: DJ008 - Page.__str__ is the title
    """About the site, the accessibility statement and similar pages linked from the footer."""

    intro = models.TextField(_("introduction"), blank=True)
    body = _body_field()

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body"), *FactsMixin.facts_panels]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    template = "pages/standard_page.html"
    required_fields = ("body",)

    class Meta:
        verbose_name = _("standard page")
