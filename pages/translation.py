"""modeltranslation registrations: which fields of which models exist once per language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from pages.models import (
    ArticlePage,
    HomePage,
    MeetingPlacePage,
    StandardPage,
    TopicPage,
)


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("intro",)


@register(TopicPage)
class TopicPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(ArticlePage)
class ArticlePageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(MeetingPlacePage)
class MeetingPlacePageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(StandardPage)
class StandardPageTranslation(TranslationOptions):
    fields = ("intro", "body")
