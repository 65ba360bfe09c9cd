"""Translated fields in one language: the text a reader of it sees, and the columns it never needs."""

from __future__ import annotations

from kernel import languages, text


def translated(obj, field: str, code: str) -> str:
    """The text of ``field`` in ``code``, or in the first language of its fallback chain that has it."""
    value, _language = text.shown(obj, field, code)
    return value or ""


def unused_text_columns(model, lang: str | None, prefix: str = "") -> list[str]:
    """Columns of translated fields that the language chain of ``lang`` never reads (deferred, so that
    a page does not load thirteen languages to show one)."""
    if lang is None:
        return []
    from modeltranslation.translator import translator

    keep = set(languages.fallback_chain(lang))
    columns = []
    # only the per-language columns: modeltranslation would rewrite a bare field name to the active language
    for field in translator.get_options_for_model(model).fields:
        columns += [prefix + languages.field_name(field, code) for code in languages.CODES if code not in keep]
    return columns
