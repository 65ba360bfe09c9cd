"""The one rule for text in a language: does a field hold text a reader would see, and what does a reader
of a language see after fallback.

A value has text when, after markup is removed and entities decoded, it holds a letter or a digit in any
script. Markup alone (``<p data-block-key="x"></p>``), whitespace (no-break and other Unicode spaces
included), punctuation, and the identifiers and choices stored in StreamField blocks (``id``, ``type``,
``tone``) are not text. Pages, the translation dashboard, search documents and the API all decide with it.
"""

from __future__ import annotations

import html
import re

from django.utils.html import strip_tags

from kernel import languages

# Keys of stored block data that are identifiers or choices, not text a reader would see.
NOT_TEXT_KEYS = frozenset({"id", "type", "tone"})

_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_SPACE = re.compile(r"\s+")


def _strings(value):
    """Every stored string of ``value`` a reader could see, in order, without rendering anything."""
    if value is None or isinstance(value, bool | int | float):
        return
    if isinstance(value, str):
        yield value
        return
    source = getattr(value, "source", None)  # Wagtail's RichText
    if isinstance(source, str):
        yield source
        return
    raw_data = getattr(value, "raw_data", None)  # a StreamValue: the stored data, never rendered
    if raw_data is not None:
        for item in raw_data:
            yield from _strings(item.get("value") if isinstance(item, dict) else item)
        return
    if isinstance(value, dict) or hasattr(value, "items"):
        try:
            items = list(value.items())
        except (AttributeError, TypeError):
            return
        for k, v in items:
            if k not in NOT_TEXT_KEYS:
                yield from _strings(v)
        return
    if hasattr(value, "__iter__"):  # lists, a ListValue
        for v in value:
            yield from _strings(getattr(v, "value", v))
        return
    yield str(value)


def _readable(text: str) -> str:
    return _SPACE.sub(" ", html.unescape(strip_tags(text))).strip()


def plain_text(value) -> str:
    """The readable text of a stored value: a string, rich text, a StreamField value, a list or a dict."""
    return " ".join(filter(None, (_readable(text) for text in _strings(value))))


def has_text(value) -> bool:
    """Whether ``value`` holds text a reader would see (a letter or a digit, in any script); stops at the
    first, since pages ask it of every field in every language."""
    return any(_LETTER_OR_DIGIT.search(html.unescape(strip_tags(text))) for text in _strings(value))


def is_blank(value) -> bool:
    return not has_text(value)


def value_in(obj, field: str, code: str):
    """The stored value of translated ``field`` in language ``code``."""
    return getattr(obj, languages.field_name(field, code), None)


def shown(obj, field: str, code: str) -> tuple[object, str]:
    """``(value, language)`` a reader of ``code`` sees: the first language of its fallback chain in which
    the field has text; ``(None, "")`` when no language has. A field that is not translated (a proper
    name) is in the default language."""
    if not hasattr(obj, languages.field_name(field, languages.DEFAULT)):
        value = getattr(obj, field, None)
        return (value, languages.DEFAULT) if has_text(value) else (None, "")
    for candidate in languages.fallback_chain(code):
        value = value_in(obj, field, candidate)
        if has_text(value):
            return value, candidate
    return None, ""


def shown_text(obj, field: str, code: str) -> tuple[str, str]:
    """Like :func:`shown`, as plain text: ``(text, language)``."""
    value, language = shown(obj, field, code)
    return plain_text(value), language
