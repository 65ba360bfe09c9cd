"""modeltranslation registrations: which fields of which models exist once per language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from portal.models import HomePage


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("intro",)
