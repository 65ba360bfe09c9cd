"""Page views counted in memory and written to the database in batches, so that counting costs a cached page
no database query: one dictionary increment per view, one short transaction per process every
``FLUSH_SECONDS``. What is kept is only (day, language, path) → number; no cookie, IP address or user agent."""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections import Counter

from django.db import transaction
from django.db.models import F

log = logging.getLogger(__name__)

FLUSH_SECONDS = 30
MAX_KEYS = 2000  # written at once beyond this many different pages, whatever the time


class Buffer:
    def __init__(self):
        self._counts: Counter = Counter()
        self._lock = threading.Lock()
        self._last_flush = time.monotonic()

    def add(self, day, language: str, path: str) -> None:
        with self._lock:
            self._counts[(day, language, path)] += 1
            due = len(self._counts) >= MAX_KEYS or time.monotonic() - self._last_flush >= FLUSH_SECONDS
        if due:
            self.flush()

    def pending(self) -> dict:
        with self._lock:
            return dict(self._counts)

    def flush(self) -> int:
        """Write the counts gathered so far; on a database error they are kept for the next try."""
        from readership.models import PageViews

        with self._lock:
            counts, self._counts = self._counts, Counter()
            self._last_flush = time.monotonic()
        if not counts:
            return 0
        try:
            with transaction.atomic():
                for (day, language, path), number in counts.items():
                    updated = PageViews.objects.filter(day=day, language=language, path=path).update(
                        views=F("views") + number)
                    if not updated:
                        _, created = PageViews.objects.get_or_create(
                            day=day, language=language, path=path, defaults={"views": number})
                        if not created:
                            PageViews.objects.filter(day=day, language=language, path=path).update(
                                views=F("views") + number)
        except Exception:
            log.warning("page views could not be written; kept for the next try", exc_info=True)
            with self._lock:
                self._counts.update(counts)
            return 0
        return sum(counts.values())


buffer = Buffer()


@atexit.register
def _flush_at_exit():  # pragma: no cover - process shutdown
    try:
        buffer.flush()
    except Exception:
        pass
