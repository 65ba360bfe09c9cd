"""The language of a request, the text it sees in that language, and the columns it never reads."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header

from directory.api.errors import BadRequest
from kernel import languages, text


def request_language(request: HttpRequest) -> str:
    """``?lang=`` if given (it must be one of the portal's languages), else Accept-Language, else sv."""
    code = request.GET.get("lang")
    if code is not None:
        if code not in languages.BY_CODE:
            raise BadRequest(_("Unknown language “%(code)s”. Use one of: %(codes)s.")
                             % {"code": code, "codes": ", ".join(languages.CODES)})
        return code
    for accepted, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        accepted = accepted.lower()
        for candidate in (accepted, accepted.split("-")[0]):
            if candidate in languages.BY_CODE:
                return candidate
    return languages.DEFAULT


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
