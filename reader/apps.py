from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReaderConfig(AppConfig):
    """The reader's phone: installable app, offline reading, My list, sharing, lists handed over at the counter."""

    name = "reader"
    verbose_name = _("Reader's phone")
    default_auto_field = "django.db.models.BigAutoField"
