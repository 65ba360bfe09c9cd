"""Staff and members with and without an authenticator app, and the codes they would type."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.community.conftest import UserFactory

PASSWORD = "correct horse battery"


def current_code(device: TOTPDevice) -> str:
    """What the authenticator app shows now."""
    device.refresh_from_db()
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):0{device.digits}d}"


def enrol(user, recovery_codes=("aaaa2222bb", "cccc3333dd")) -> TOTPDevice:
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    static = StaticDevice.objects.create(user=user, name="recovery codes", confirmed=True)
    for code in recovery_codes:
        StaticToken.objects.create(device=static, token=code)
    return device


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def staff(db):
    """A meeting-place editor: admin access through a group, not a superuser."""
    group = Group.objects.create(name="Editors: Bäckbyhuset")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = UserFactory(username="editor@example.org")
    user.groups.add(group)
    return user


@pytest.fixture
def member(db):
    return UserFactory(username="ordforande@example.org")


def sign_in(client, user, lang="en", next_url=""):
    data = {"username": user.username, "password": PASSWORD}
    if next_url:
        data["next"] = next_url
    return client.post(f"/{lang}/my/login/", data)
