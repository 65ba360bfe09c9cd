from django.apps import AppConfig


class PagesConfig(AppConfig):
    """Samhällsinformation: the Wagtail page types, their blocks, iCalendar feed, posters and page cache."""

    name = "pages"
    verbose_name = "Pages"

    def ready(self):
        from pages import cache  # noqa: F401  connects the cache purge to page signals
        from pages.search_source import PageSource
        from search import registry

        registry.register(PageSource())
