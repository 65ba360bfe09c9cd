"""A fixed-window rate limit for public forms, kept in Django's cache (shared between workers with Redis)."""

from __future__ import annotations

import functools
import hashlib

from django.core.cache import cache
from django.shortcuts import render

from kernel.client_address import client_address


def client_key(request) -> str:
    # behind reverse proxies, TRUSTED_PROXIES says which X-Forwarded-For entry is the client
    address = client_address(request) or "unknown"
    return hashlib.sha256(address.encode()).hexdigest()[:32]


def hit(request, scope: str, limit: int, window: int) -> bool:
    """Count one attempt; ``True`` while the client is within ``limit`` attempts per ``window`` seconds."""
    key = f"ratelimit:{scope}:{client_key(request)}"
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window)
        return True
    # None: the cache server cannot be reached (REDIS_URL's cache reads that as a miss); the forms stay
    # open rather than fail while it is down
    return count is None or count <= limit


def rate_limited(scope: str, limit: int = 5, window: int = 3600, methods=("POST",)):
    """Answer 429 with a translated page once a client has sent more than ``limit`` such requests."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method in methods and not hit(request, scope, limit, window):
                response = render(request, "community/rate_limited.html", status=429)
                response["Retry-After"] = str(window)
                return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
