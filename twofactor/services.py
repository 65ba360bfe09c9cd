"""Two-factor sign-in: who must use it, enrolment with an authenticator app, recovery codes, and the
half-finished sign-in (password checked, code not yet) kept in the session. Views only call these."""

from __future__ import annotations

import time

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django_otp import verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10
PENDING_KEY = "twofactor_pending"
PENDING_SECONDS = 300
ADMIN_PERMISSION = "wagtailadmin.access_admin"


def is_staff(user) -> bool:
    """Anyone who can reach the Wagtail admin: superusers, moderators, meeting-place editors, translators."""
    return bool(user is not None and user.is_authenticated and user.is_active
                and (user.is_superuser or user.has_perm(ADMIN_PERMISSION)))


def authenticator(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def is_enrolled(user) -> bool:
    return bool(user is not None and user.is_authenticated and authenticator(user) is not None)


def start_enrolment(user) -> TOTPDevice:
    """The authenticator being set up (not yet confirmed): the same secret until a first code confirms it."""
    if is_enrolled(user):
        raise PermissionDenied
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


def _new_recovery_codes(user) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="recovery codes", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@transaction.atomic
def confirm_enrolment(user, token: str) -> tuple[TOTPDevice, list[str]] | None:
    """Confirm the authenticator being set up with a first ``token``; returns it and the new recovery
    codes (shown once), or ``None`` when the code is wrong."""
    device = start_enrolment(user)
    if verify_token(user, device.persistent_id, normalise(token)) is None:
        return None
    device.refresh_from_db()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    return device, _new_recovery_codes(user)


@transaction.atomic
def replace_recovery_codes(user) -> list[str]:
    if not is_enrolled(user):
        raise PermissionDenied
    return _new_recovery_codes(user)


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user).count()


@transaction.atomic
def turn_off(user) -> None:
    """Members may stop using two-factor sign-in; staff may not."""
    if is_staff(user):
        raise PermissionDenied
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def normalise(token: str) -> str:
    return "".join(str(token or "").split()).replace("-", "").lower()[:32]


def check_code(user, token: str):
    """The device that accepts ``token``: six digits are a code from the app, anything else a recovery
    code (used up by this). ``None`` when wrong, or while django-otp throttles repeated failures."""
    token = normalise(token)
    if not token:
        return None
    if token.isascii() and token.isdigit():
        device = authenticator(user)
    else:
        device = StaticDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        return None
    return verify_token(user, device.persistent_id, token)


# --- the sign-in between password and code ---------------------------------------------------------

def begin(session, user, backend: str, next_url: str) -> None:
    session[PENDING_KEY] = {"user": user.pk, "backend": backend, "at": int(time.time()), "next": next_url}


def pending(session):
    """The user whose password was right and who still has to give a code, with the backend and the
    address to go to afterwards; ``None`` when there is none or it is older than five minutes."""
    data = session.get(PENDING_KEY)
    if not isinstance(data, dict) or int(time.time()) - int(data.get("at", 0)) > PENDING_SECONDS:
        return None
    user = get_user_model().objects.filter(pk=data.get("user"), is_active=True).first()
    if user is None:
        return None
    return user, data.get("backend", ""), data.get("next", "")


def end(session) -> None:
    session.pop(PENDING_KEY, None)
