"""Defaults of a list for visitors (an unguessable token, an expiry date staff may change) and URLs in a
given language."""

import secrets
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone, translation


def new_token() -> str:
    return secrets.token_urlsafe(16)


def default_expiry():
    return timezone.localdate() + timedelta(days=90)


def reverse_in(name: str, code: str, **kwargs) -> str:
    with translation.override(code):
        return reverse(name, kwargs=kwargs or None)
