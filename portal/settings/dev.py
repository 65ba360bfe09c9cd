"""Local development: debug on, SQLite by default, e-mail to the console."""

from .base import *  # noqa: F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
