"""SearchDocument: one object (a page or an actor) in one language, as every engine indexes it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

from django.utils.html import strip_tags

from kernel import languages

PAGE = "page"
ORGANIZATION = "organization"
TYPES = (PAGE, ORGANIZATION)


@dataclass(frozen=True)
class SearchDocument:
    type: str  # PAGE or ORGANIZATION
    object_id: str
    language: str
    title: str
    url: str
    body: str = ""
    focus_areas: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    languages_served: tuple[str, ...] = ()
    # proper names (the Swedish name of an actor): matched from every language, folded
    names: tuple[str, ...] = ()
    # the language the title was taken from (differs from ``language`` when it fell back)
    title_language: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def id(self) -> str:
        return document_id(self.type, self.object_id, self.language)

    @property
    def translated(self) -> bool:
        return not self.title_language or self.title_language == self.language


def document_id(type_: str, object_id, language: str) -> str:
    return f"{type_}:{object_id}:{language}"


def ids_for(type_: str, object_id) -> list[str]:
    """Every document id an object may have: one per language."""
    return [document_id(type_, object_id, code) for code in languages.CODES]


WHITESPACE = re.compile(r"\s+")


def plain_text(value) -> str:
    """Readable text of a field value: strings, rich text, StreamField values, lists, dicts."""
    if value is None:
        return ""
    if isinstance(value, str):
        return WHITESPACE.sub(" ", unescape(strip_tags(value))).strip()
    source = getattr(value, "source", None)  # wagtail RichText
    if isinstance(source, str):
        return plain_text(source)
    if hasattr(value, "raw_data") or hasattr(value, "_raw_data"):  # StreamValue
        return " ".join(filter(None, (plain_text(getattr(child, "value", child)) for child in value)))
    if isinstance(value, dict) or hasattr(value, "items"):
        try:
            return " ".join(filter(None, (plain_text(v) for v in value.values())))
        except (AttributeError, TypeError):
            return ""
    if isinstance(value, (int, float, bool)):
        return ""
    if hasattr(value, "__iter__"):  # lists, ListValue
        return " ".join(filter(None, (plain_text(getattr(v, "value", v)) for v in value)))
    return plain_text(str(value))


def translated_text(obj, field_name: str, code: str) -> tuple[str, str]:
    """``(text, language it came from)`` following the language's fallback chain, as the page shows it.

    A translation that is empty, or only looks full (an empty rich-text paragraph), counts as missing.
    """
    for candidate in languages.fallback_chain(code):
        attr = languages.field_name(field_name, candidate)
        if not hasattr(obj, attr):
            text = plain_text(getattr(obj, field_name, ""))
            return text, (languages.DEFAULT if text else "")
        text = plain_text(getattr(obj, attr, ""))
        if text:
            return text, candidate
    return "", ""
