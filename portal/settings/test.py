"""The test suite: fast password hashing, no rate-limit lockouts leaking between tests."""

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
WHITENOISE_AUTOREFRESH = True  # no collected static folder in tests

# the embedded search engine keeps the index of a test run in memory (tests that need a file make their own)
if SEARCH_BACKENDS["default"]["ENGINE"].endswith("EmbeddedEngine"):  # noqa: F405
    SEARCH_BACKENDS = {"default": {**SEARCH_BACKENDS["default"], "OPTIONS": {"path": ":memory:"}}}  # noqa: F405
