"""modeltranslation registrations of the directory: descriptive text per language, proper names once."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from directory import models


@register(models.Taxonomy)
class TaxonomyTranslation(TranslationOptions):
    fields = ("name", "description")


@register(models.TaxonomyTerm)
class TaxonomyTermTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"sv": ("name",)}


@register(models.Language)
class LanguageTranslation(TranslationOptions):
    fields = ("name",)


@register(models.Area)
class AreaTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = {"sv": ("name",)}


@register(models.Organization)
class OrganizationTranslation(TranslationOptions):
    fields = ("description",)


@register(models.Service)
class ServiceTranslation(TranslationOptions):
    fields = ("name", "description", "application_process", "fees_description", "eligibility_description")
    required_languages = {"sv": ("name",)}


@register(models.Location)
class LocationTranslation(TranslationOptions):
    fields = ("description", "transportation", "accessibility")


@register(models.ServiceAtLocation)
class ServiceAtLocationTranslation(TranslationOptions):
    fields = ("description",)


@register(models.Schedule)
class ScheduleTranslation(TranslationOptions):
    fields = ("description",)


@register(models.ScheduleException)
class ScheduleExceptionTranslation(TranslationOptions):
    fields = ("description",)


@register(models.Phone)
class PhoneTranslation(TranslationOptions):
    fields = ("description",)
