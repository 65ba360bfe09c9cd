"""Counts per page, language and day; nothing about who read or voted."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from kernel import languages


def _language_choices():
    return languages.django_languages()


class PageViews(models.Model):
    day = models.DateField(_("Day"))
    language = models.CharField(_("language"), max_length=20, choices=_language_choices)
    path = models.CharField(_("address"), max_length=255)
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "language", "path"], name="unique_views_per_day")]
        indexes = [models.Index(fields=["language", "day"])]
        verbose_name = _("page views")
        verbose_name_plural = _("page views")
        permissions = [("view_statistics", _("Can see the reading statistics"))]

    def __str__(self):
        return f"{self.day} {self.language} {self.path}: {self.views}"


class HelpfulVotes(models.Model):
    day = models.DateField(_("Day"))
    language = models.CharField(_("language"), max_length=20, choices=_language_choices)
    path = models.CharField(_("address"), max_length=255)
    title = models.CharField(_("title"), max_length=255, blank=True)
    yes = models.PositiveIntegerField(_("helpful"), default=0)
    no = models.PositiveIntegerField(_("not helpful"), default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "language", "path"], name="unique_votes_per_day")]
        verbose_name = _("helpful votes")
        verbose_name_plural = _("helpful votes")

    def __str__(self):
        return f"{self.day} {self.language} {self.path}: {self.yes}/{self.no}"
