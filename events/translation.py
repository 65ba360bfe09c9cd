"""Activity texts exist once per language (modeltranslation)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from events.models import Activity


@register(Activity)
class ActivityTranslation(TranslationOptions):
    fields = ("title", "description", "place")
