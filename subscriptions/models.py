"""Who asked for the weekly digest, in which language and on which topic; nothing else is kept."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from kernel import languages
from kernel.focus_areas import FocusArea


class Subscription(models.Model):
    email = models.EmailField(_("e-mail"))
    language = models.CharField(_("language"), max_length=15, choices=[(c, c) for c in languages.CODES])
    topic = models.CharField(_("topic"), max_length=20, choices=FocusArea.choices, blank=True,
                             help_text=_("Empty: every topic."))
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last digest sent"), null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["email", "language", "topic"], name="one_subscription")]
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")

    def __str__(self):
        return f"{self.email} ({self.language}, {self.topic or '*'})"
