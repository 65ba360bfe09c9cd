from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class SearchConfig(AppConfig):
    name = "search"
    label = "portal_search"
    verbose_name = pgettext_lazy("noun", "Search")

    def ready(self):
        from search import indexing, registry, signals

        # the content apps register their sources in their own ready(); each change they report is
        # written to the index after its transaction commits
        registry.on_change(indexing.sync_on_commit)
        signals.connect()
