"""Template tags that tell readers how trustworthy the translation in front of them is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django import template
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from kernel import languages
from pages.links import page_url
from translations import content
from translations.models import Status
from translations.status import object_statuses, public_states

register = template.Library()


@dataclass(frozen=True)
class PublicStatus:
    machine: bool
    outdated: bool
    updated_at: datetime | None
    source_url: str


def _source_url(obj, request) -> str:
    if isinstance(obj, Page):
        url = page_url(obj, languages.DEFAULT, request)
        if url:
            return url
    elif hasattr(obj, "get_absolute_url"):
        with translation.override(languages.DEFAULT):
            return obj.get_absolute_url()
    return translate_url(request.path, languages.DEFAULT) if request is not None else ""


@register.simple_tag(takes_context=True)
def translation_status(context, obj):
    """What to say about the current language's translation of ``obj``: None for Swedish, for an
    object without translations and for text not translated at all (the fallback notice covers it)."""
    code = translation.get_language()
    if obj is None or code not in languages.TRANSLATED_CODES:
        return None
    if isinstance(obj, Page) and not content.is_translatable(type(obj)):
        obj = obj.specific
    if not content.is_translatable(type(obj)):
        return None
    status = object_statuses(obj, public_states(obj, (code,)), (code,))[code]
    translated = [f for f in status.fields if f.status != Status.MISSING]
    if not translated:
        return None
    return PublicStatus(
        machine=status.has(Status.MACHINE),
        outdated=status.has(Status.OUTDATED),
        updated_at=status.updated_at,
        source_url=_source_url(obj, context.get("request")),
    )
