from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Ny i Västerås"

    def ready(self):
        from portal import frontend_cache  # noqa: F401  (connects its signal receivers)
