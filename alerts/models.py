"""Urgent notices from staff, shown between a start and an end: site-wide, or on one page and its subpages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    WARNING = "warning", _("Important")
    EMERGENCY = "emergency", _("Urgent")


class Alert(models.Model):
    message = models.TextField(_("message"), max_length=500)
    link = models.URLField(_("link to more information"), blank=True, max_length=500)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, default=Level.WARNING)
    starts_at = models.DateTimeField(_("shown from"))
    ends_at = models.DateTimeField(_("shown until"))
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, null=True, blank=True, related_name="+",
        verbose_name=_("only on this page"),
        help_text=_("A meeting place or topic page: the notice is shown there and on its subpages. "
                    "Empty: on every page."))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")

    def __str__(self):
        return self.message[:60]

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must be after the start.")})
