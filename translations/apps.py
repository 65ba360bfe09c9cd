from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from kernel.roles import register_text_only_check
        from translations import services, signals

        signals.connect()
        register_text_only_check(services.is_translator_only)
