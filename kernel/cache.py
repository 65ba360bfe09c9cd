"""Cache generations: cached values that are dropped all at once when an area of content changes.

Every key contains *generation* numbers; purging one increments it, so that all earlier entries stop
being read at once without listing them. One generation for the whole page tree (``PAGES``), because a
page shows other pages too (listings, the footer's links): publishing one may change many. The directory
has its own (``DIRECTORY``), which page views also depend on, because topic pages list the actors of their
focus area. A cache server that cannot be reached counts as a miss.
"""

from __future__ import annotations

import hashlib
import logging
import time

from django.core.cache import cache as _django_cache

log = logging.getLogger(__name__)


class _Tolerant:
    """The default cache, where a cache server that cannot be reached counts as a miss: the cache makes
    pages faster and must never take them, or a save that purges it, down."""

    def __init__(self, backend):
        self._backend = backend

    def __getattr__(self, name):
        method = getattr(self._backend, name)

        def call(*args, **kwargs):
            try:
                return method(*args, **kwargs)
            except ValueError:  # incr of a key that is not there: the caller handles it
                raise
            except Exception:
                log.warning("cache %s failed; carrying on without the cache", name, exc_info=True)
                return None

        return call


cache = _Tolerant(_django_cache)

PAGES = "pages"
DIRECTORY = "directory"
# Other content (translation status) does not purge the cache; it shows up at the latest after this
# many seconds. With the per-process memory cache, so does a purge made by another process.
TIMEOUT = 300


def _generation_key(namespace: str) -> str:
    return f"portal:{namespace}:generation"


def generation(namespace: str = PAGES) -> int:
    value = cache.get(_generation_key(namespace))
    if value is None:
        cache.add(_generation_key(namespace), time.time_ns(), None)
        value = cache.get(_generation_key(namespace), 0)
    return value


def purge(namespace: str = PAGES) -> None:
    """Make every cached entry that depends on ``namespace`` stale."""
    try:
        cache.incr(_generation_key(namespace))
    except ValueError:  # the key was never set or has been evicted
        cache.set(_generation_key(namespace), time.time_ns(), None)


def key(kind: str, *parts: str, depends_on: tuple[str, ...] = (PAGES, DIRECTORY)) -> str:
    """A cache key for ``parts`` that changes when any generation in ``depends_on`` is purged."""
    generations = cache.get_many([_generation_key(namespace) for namespace in depends_on]) or {}
    numbers = [str(generations.get(_generation_key(namespace)) or generation(namespace))
               for namespace in depends_on]
    digest = hashlib.sha256("\x00".join(parts).encode()).hexdigest()
    return f"portal:{kind}:{'.'.join(numbers)}:{digest}"


def get_or_compute(cache_key: str, compute, timeout: int = TIMEOUT):
    """The cached value of ``cache_key``, computed and stored on a miss."""
    value = cache.get(cache_key)
    if value is None:
        value = compute()
        cache.set(cache_key, value, timeout)
    return value
