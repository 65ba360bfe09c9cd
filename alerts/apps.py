from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "alerts"
    verbose_name = _("Alerts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from alerts import banner
        from alerts.models import Alert

        post_save.connect(banner.alerts_changed, sender=Alert, dispatch_uid="alerts-saved")
        post_delete.connect(banner.alerts_changed, sender=Alert, dispatch_uid="alerts-deleted")
