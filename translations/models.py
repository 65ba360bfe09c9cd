"""What is known about each translation: its review status and the Swedish source it was made from."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from kernel import languages


class Status(models.TextChoices):
    MISSING = "missing", _("missing")
    MACHINE = "machine", _("machine translation")
    REVIEWED = "reviewed", _("reviewed")
    OUTDATED = "outdated", _("outdated")


class FieldTranslationState(models.Model):
    """One translated field of one object in one language.

    ``source_hash`` is the hash of the Swedish text the translation was made from; when the Swedish text
    changes the translation becomes ``outdated``. A missing translation has no row.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=100)
    language = models.CharField(max_length=20, choices=[(c, c) for c in languages.TRANSLATED_CODES])
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.MACHINE)
    source_hash = models.CharField(max_length=64)
    target_hash = models.CharField(max_length=64)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"], name="one_state_per_translation"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        verbose_name = _("translation state")

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.field} [{self.language}] {self.status}"


class TranslatorProfile(models.Model):
    """The languages a translator may edit."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="translator")
    language_codes = models.JSONField(_("languages"), default=list, blank=True)

    class Meta:
        verbose_name = _("translator")

    def __str__(self):
        return f"{self.user} ({', '.join(self.language_codes)})"
