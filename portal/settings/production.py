"""Production: refuses to start with the development secret; HTTPS, compressed hashed static files."""

import os

from .base import *  # noqa: F403
from .base import DEV_SECRET_KEY, SECRET_KEY, STORAGES

if not os.environ.get("SECRET_KEY") or SECRET_KEY == DEV_SECRET_KEY or len(SECRET_KEY) < 50:
    # Not ImproperlyConfigured: manage.py swallows that one while loading settings and goes on.
    raise RuntimeError("SECRET_KEY must be set in the environment to a random value of at least 50 characters.")

DEBUG = False
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}

# Behind a TLS-terminating proxy; SECURE_SSL_REDIRECT can be switched off for a plain-HTTP
# measurement on localhost with SECURE_SSL_REDIRECT=0.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") != "0"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = os.environ.get("SESSION_COOKIE_SECURE", "1") != "0"
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
CONN_HEALTH_CHECKS = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    # one line per background task is noise in production logs
    "loggers": {"django_tasks": {"level": "WARNING"}},
}
