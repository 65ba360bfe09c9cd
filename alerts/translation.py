"""Alert texts exist once per language (modeltranslation); the translations app tracks their status."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from alerts.models import Alert


@register(Alert)
class AlertTranslation(TranslationOptions):
    fields = ("message",)
