"""Whole numbers from request input (query strings, form fields): ASCII digits only.

``str.isdigit()`` accepts "²" and "٣", and ``int()`` accepts "٣", " 3", "+3" and "3_000"; a parameter
that means a page number or an id accepts neither.
"""

from __future__ import annotations

import re

from django import forms

_DIGITS = re.compile(r"[0-9]{1,18}")  # 18 digits stay below the 64-bit integer limit of every database


def positive_int(value, *, maximum: int | None = None) -> int | None:
    """``value`` as an int of at least 1 (and at most ``maximum``), or None when it is anything else."""
    if not isinstance(value, str) or not _DIGITS.fullmatch(value):
        return None
    number = int(value)
    if number < 1 or (maximum is not None and number > maximum):
        return None
    return number


class StrictIntegerField(forms.IntegerField):
    """An IntegerField that takes ASCII digits only (Django's accepts every Unicode decimal digit)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not isinstance(value, int) and not re.fullmatch(r"-?[0-9]{1,18}", str(value).strip()):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)
