"""With REDIS_URL's cache server unreachable, pages and forms are still served: every read is a miss."""

import socket

import pytest
from django.test import override_settings


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once the socket is closed


@pytest.fixture
def unreachable_redis(settings):
    from django.core.cache import caches

    location = f"redis://127.0.0.1:{_closed_port()}/0"
    with override_settings(CACHES={"default": {
        "BACKEND": "django_redis.cache.RedisCache", "LOCATION": location, "KEY_PREFIX": "portal",
        "OPTIONS": settings.REDIS_CACHE_OPTIONS,
    }}):
        yield caches["default"]


def test_a_page_is_served_while_redis_is_down(client, article, unreachable_redis):
    assert unreachable_redis.get("anything") is None
    response = client.get(article.get_url())  # Wagtail's site routing reads the cache first
    assert response.status_code == 200
    assert "Hyra lägenhet" in response.content.decode()


def test_a_rate_limited_form_stays_open_while_redis_is_down(client, home, unreachable_redis):
    for _ in range(7):  # more than the limit of five: nothing can be counted, nothing is refused
        response = client.post("/sv/feedback/", {"message": ""})
        assert response.status_code == 200
