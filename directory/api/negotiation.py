"""The language of a request: ``?lang=``, else Accept-Language, else Swedish."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header

from directory.api.errors import BadRequest
from kernel import languages


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
