"""What search keeps in the database: staff-managed synonyms, queries without results, queued index writes."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from kernel import languages


def _language_choices():
    return languages.django_languages()


class Synonym(models.Model):
    """Words that mean the same in one language, e.g. ``BVC, barnavårdscentral``."""

    language = models.CharField(_("language"), max_length=20, choices=_language_choices)
    terms = models.TextField(
        _("words"), help_text=_("Words or phrases that mean the same, separated by commas."))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["language", "terms"]
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return self.terms

    @property
    def term_list(self) -> list[str]:
        return [t for t in (re.sub(r"\s+", " ", part).strip() for part in self.terms.split(",")) if t]

    def clean(self):
        if len(self.term_list) < 2:
            raise ValidationError({"terms": _("Give at least two words, separated by commas.")})


class ZeroResultQuery(models.Model):
    """A search that found nothing: the normalised query and how often, never who asked."""

    language = models.CharField(_("language"), max_length=20, choices=_language_choices)
    query = models.CharField(_("search"), max_length=200)
    count = models.PositiveIntegerField(_("times"), default=1)
    last_seen = models.DateTimeField(_("last searched"), auto_now=True)

    class Meta:
        ordering = ["-count", "-last_seen"]
        constraints = [models.UniqueConstraint(fields=["language", "query"], name="unique_zero_result_query")]
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")

    def __str__(self):
        return self.query


class PendingIndexOperation(models.Model):
    """An object whose index entries could not be written (engine down); replayed later."""

    source = models.CharField(max_length=50)
    object_id = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["source", "object_id"], name="unique_pending_index_op")]

    def __str__(self):
        return f"{self.source}:{self.object_id}"
