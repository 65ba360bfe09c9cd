"""The alert banner, put into every HTML page after the page cache: a cached page shows the notices
active at the moment it is served, and a notice appears and disappears on time.

The alerts that have not ended, with their text per language, are cached until an alert changes; which
of them is active is decided per request against the clock.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import timezone, translation

from kernel import cache as portal_cache
from kernel import languages

ALERTS = "alerts"  # cache generation, purged when an alert changes
PLACEHOLDER = b"<!--site-alerts-->"


@dataclass(frozen=True)
class Text:
    text: str
    language: str  # the language the text is in (a fallback when it differs from the reader's)
    machine: bool  # a machine translation nobody has checked yet


@dataclass(frozen=True)
class Notice:
    pk: int
    level: str
    link: str
    starts_at: object
    ends_at: object
    paths: dict[str, str] | None  # per language: the page the notice is limited to; None: everywhere
    texts: dict[str, Text]

    def active(self, now) -> bool:
        return self.starts_at <= now < self.ends_at

    def applies_to(self, path: str, code: str) -> bool:
        return self.paths is None or path.startswith(self.paths.get(code) or "\x00")


def alerts_changed(**kwargs) -> None:
    portal_cache.purge(ALERTS)


def _texts(alert) -> dict[str, Text]:
    from translations.models import Status
    from translations.status import statuses_for

    statuses = statuses_for(alert)
    result = {}
    for code in languages.CODES:
        for candidate in languages.fallback_chain(code):
            text = getattr(alert, languages.field_name("message", candidate), None)
            if text:
                machine = candidate != languages.DEFAULT and statuses[candidate].has(Status.MACHINE)
                result[code] = Text(text, candidate, machine)
                break
    return result


def _paths(alert) -> dict[str, str] | None:
    if alert.page_id is None:
        return None
    page = alert.page.specific
    paths = {}
    for code in languages.CODES:
        with translation.override(code):
            paths[code] = page.get_url() or ""
    return paths


def _load(now) -> list[Notice]:
    from alerts.models import Alert

    return [Notice(a.pk, a.level, a.link, a.starts_at, a.ends_at, _paths(a), _texts(a))
            for a in Alert.objects.filter(ends_at__gt=now).select_related("page").order_by("starts_at", "pk")]


def notices() -> list[Notice]:
    """Every alert that has not ended (as of the last change of alerts), from the cache."""
    key = portal_cache.key("alerts", depends_on=(ALERTS,))
    cached = portal_cache.cache.get(key)
    now = timezone.now()
    if cached is None or any(n.ends_at <= now for n in cached):
        cached = _load(now)
        portal_cache.cache.set(key, cached, portal_cache.TIMEOUT)
    return cached


def active_for(path: str, code: str, now=None) -> list[tuple[Notice, Text]]:
    now = now or timezone.now()
    return [(n, n.texts[code]) for n in notices()
            if n.active(now) and n.applies_to(path, code) and code in n.texts]


def render(request) -> bytes:
    code = translation.get_language() or languages.DEFAULT
    items = active_for(request.path, code)
    if not items:
        return b""
    return render_to_string("alerts/banner.html", {
        "items": [(n, t, languages.BY_CODE[t.language]) for n, t in items], "code": code}).encode()


class AlertBannerMiddleware:
    """Replaces the placeholder in HTML responses (cached or fresh) with the alerts active now."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (response.streaming or not response.get("Content-Type", "").startswith("text/html")
                or PLACEHOLDER not in response.content):
            return response
        response.content = response.content.replace(PLACEHOLDER, render(request), 1)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response
