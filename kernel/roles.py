"""Limits that an app higher up puts on a role, asked by the apps below it without importing it.

The translations app registers "this user may change only text in their languages"; the page app and
the directory ask before they allow anything else (unpublishing, moving, marking a listing verified).
"""

from __future__ import annotations

from collections.abc import Callable

_text_only_checks: list[Callable] = []


def register_text_only_check(check: Callable) -> None:
    """``check(user, model) -> bool``: True when ``user`` may change ``model`` only as a translator."""
    if check not in _text_only_checks:
        _text_only_checks.append(check)


def changes_text_only(user, model) -> bool:
    return any(check(user, model) for check in _text_only_checks)
