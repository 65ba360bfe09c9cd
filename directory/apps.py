from django.apps import AppConfig
from django.db.models.signals import post_migrate


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "Actor directory"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from directory import cache
        from directory.search_source import OrganizationSource
        from directory.vocabulary import on_post_migrate
        from search import registry

        cache.connect()
        registry.register(OrganizationSource())

        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="directory_vocabulary")
