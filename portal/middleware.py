"""Response headers that Django does not set by itself."""

import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

from kernel import languages

LANGUAGE_SHAPED = re.compile(r"[a-z]{2,3}(?:[-_][a-zA-Z0-9]{1,8}){0,2}")


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that ``/xx/…`` with an unknown language code stays a 404.

    Django would redirect ``/de/`` to ``/sv/de/`` because the page tree's catch-all pattern matches
    any path; a path that starts with something shaped like a language code is not a page slug.
    """

    def process_response(self, request, response):
        if response.status_code == 404:
            first = request.path_info.lstrip("/").split("/", 1)[0]
            if LANGUAGE_SHAPED.fullmatch(first) and first not in languages.BY_CODE:
                return response
        return super().process_response(request, response)


class RequestSizeLimitMiddleware:
    """Refuse a public or member form whose body is larger than ``PUBLIC_REQUEST_MAX_BYTES`` from its
    Content-Length, before any of it is read (the admin, which takes large images, keeps Django's limits)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("POST", "PUT", "PATCH") and not request.path.startswith(("/admin/", "/documents/")):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > settings.PUBLIC_REQUEST_MAX_BYTES:
                from django.shortcuts import render

                response = render(request, "request_too_large.html", status=413)
                response["Connection"] = "close"  # the unread body is not waited for
                return response
        return self.get_response(request)
