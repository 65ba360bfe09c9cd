from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadershipConfig(AppConfig):
    """What is read and whether it helped: page views and "Was this helpful?" per page, language and day,
    counted without cookies and without storing who read. (Not named ``statistics``: that is a standard
    library module.)"""

    name = "readership"
    verbose_name = _("Reading statistics")
    default_auto_field = "django.db.models.BigAutoField"
