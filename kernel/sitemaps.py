"""Base of every sitemap: items that exist in some languages only (``available_languages()``), with hreflang."""

from django.contrib.sitemaps import Sitemap

from kernel import languages


class LanguageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    languages = list(languages.CODES)

    def get_languages_for_item(self, item):
        available = getattr(item, "available_languages", None)
        return list(available()) if available else list(languages.CODES)
