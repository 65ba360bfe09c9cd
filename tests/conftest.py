"""Shared fixtures: the demo home page and a client per language."""

import pytest


@pytest.fixture
def home(db):
    from pages.demo import load_home

    return load_home()


@pytest.fixture(autouse=True)
def _fresh_language_and_cache():
    """Each test starts in Swedish with an empty cache: a request made by an earlier test leaves its
    language active, and cached pages and site root paths of an earlier test's database."""
    from django.core.cache import cache
    from django.utils import translation

    cache.clear()
    translation.activate("sv")
    yield
    translation.activate("sv")


_password_only_force_login = None


@pytest.fixture(autouse=True)
def _force_login_gives_every_factor(monkeypatch):
    """``client.force_login`` skips the password; for staff it skips the two-factor code as well, as if
    they had set up an authenticator app and given a code (tests/twofactor checks the real sign-in)."""
    global _password_only_force_login
    from django.test import Client

    if _password_only_force_login is None:
        _password_only_force_login = Client.force_login

    def force_login(self, user, backend=None):
        _password_only_force_login(self, user, backend)
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from twofactor import services

        if services.is_staff(user):
            device = (TOTPDevice.objects.filter(user=user, confirmed=True).first()
                      or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True))
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture
def password_only_force_login(monkeypatch):
    """``client.force_login`` as Django has it: signed in with the password only."""
    from django.test import Client

    monkeypatch.setattr(Client, "force_login", _password_only_force_login)
