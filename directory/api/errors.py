"""What the API answers when a request cannot be served: a JSON body ``{"error": …}``."""

from __future__ import annotations

from django.http import JsonResponse


class BadRequest(Exception):
    """A parameter is invalid; the message (in the request's language) says which and why."""


class NotFound(Exception):
    """No published record has the id asked for."""


def error_response(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)
