"""Counts a page view per language, address and day for every public HTML page a person reads, whether the
page comes from the cache or not. Obvious robots (by user agent, which is looked at and never stored),
signed-in users, prefetches and the service worker's own fetches are left out."""

from __future__ import annotations

import re

from django.conf import settings
from django.utils import timezone

from kernel import languages
from readership.counter import buffer

ROBOTS = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|lighthouse|headless|preview|monitor|scan|curl|wget|python|java/|go-http|"
    r"okhttp|httpclient|libwww|scrapy|facebookexternalhit|whatsapp|telegram|feed|fetch", re.IGNORECASE)
# addresses that are not reading: forms, signed-in pages, handed-over lists (their token is secret)
NOT_COUNTED = re.compile(r"^/[^/]+/(my|my-list|offline|list|helpful|feedback)/|/(report|suggest|claim)/$")


def is_robot(user_agent: str) -> bool:
    return bool(ROBOTS.search(user_agent))


def countable(request, response) -> str | None:
    """The language of a view worth counting, or None."""
    if request.method != "GET" or response.status_code != 200:
        return None
    if not response.get("Content-Type", "").startswith("text/html"):
        return None
    path = request.path
    code = path.split("/", 2)[1] if path.count("/") >= 2 else ""
    if code not in languages.BY_CODE or NOT_COUNTED.search(path) or len(path) > 255:
        return None
    meta = request.META
    if meta.get("HTTP_SEC_FETCH_DEST", "document") != "document" or "prefetch" in meta.get("HTTP_SEC_PURPOSE", ""):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or is_robot(meta.get("HTTP_USER_AGENT", "")):
        return None
    return code


class ViewCounterMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        code = countable(request, response)
        if code:
            buffer.add(timezone.localdate(), code, request.path)
        return response
