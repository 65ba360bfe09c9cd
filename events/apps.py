from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Activities")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from events import moderation, signals, views
        from events.search import ActivitySource
        from pages.models import register_meeting_place_feed
        from search import registry

        register_meeting_place_feed(views.meeting_place_ics)
        signals.connect()
        registry.register(ActivitySource())
        moderation.register()
