"""The six focus areas of samhällsinformation, shared by topic pages, the directory and search."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FocusArea(models.TextChoices):
    HOUSING = "housing", _("Housing")
    WORK = "work", _("Work and income")
    HEALTH = "health", _("Health")
    ASSOCIATIONS = "associations", _("Associations")
    LEISURE = "leisure", _("Leisure")
    PARENTING = "parenting", _("Parenting")
