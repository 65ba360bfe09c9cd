from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class SearchConfig(AppConfig):
    name = "search"
    label = "portal_search"
    verbose_name = pgettext_lazy("noun", "Search")

    def ready(self):
        from search import indexing, signals, sources

        indexing.register(sources.PageSource())
        indexing.register(sources.OrganizationSource())
        signals.connect()
