"""What the reader's phone is given: the manifest, the service worker's version and asset list, the pages to
keep for offline reading of a topic, and the lists that staff hand over at the counter."""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.utils import translation
from django.utils.translation import gettext, pgettext

from kernel import languages
from reader.models import CounterList
from reader.tokens import reverse_in

THEME_COLOUR = "#0b4f6c"
BACKGROUND_COLOUR = "#ffffff"
# the static files every page uses; cached when the service worker installs
ASSETS = ("css/site.css", "reader/reader.js", "js/search.js", "favicon.svg",
          "reader/icons/icon-192.png", "reader/icons/icon-512.png")
SERVICE_WORKER = Path(__file__).resolve().parent / "templates" / "reader" / "sw.js"


def manifest(code: str) -> dict:
    """The web app manifest in language ``code``: names, direction and start page in that language."""
    language = languages.get(code)
    with translation.override(code):
        icons = [
            {"src": static(f"reader/icons/{kind}-{size}.png"), "sizes": f"{size}x{size}", "type": "image/png",
             "purpose": "maskable" if kind == "maskable" else "any"}
            for kind in ("icon", "maskable") for size in (192, 512)
        ]
        return {
            "id": f"/{code}/",
            "name": gettext("New in Västerås"),
            "short_name": pgettext("name under the app's icon on a phone", "Västerås"),
            "description": gettext("Information about Swedish society and the organisations that help newcomers "
                                   "in Västerås, in your language."),
            "lang": code,
            "dir": language.direction,
            "start_url": f"/{code}/",
            "scope": "/",
            "display": "standalone",
            "theme_color": THEME_COLOUR,
            "background_color": BACKGROUND_COLOUR,
            "icons": icons,
        }


def asset_urls() -> list[str]:
    """The static files' URLs, hashed by WhiteNoise in production."""
    return [static(path) for path in ASSETS]


@functools.cache
def service_worker_source() -> tuple[str, str]:
    """The service worker script and its version, a hash of its own text and of the asset URLs.

    Static URLs carry a content hash in production, so a deploy that changes any asset (or the worker)
    changes the version: the worker installs anew and deletes every cache of the old one on activation.
    """
    template = SERVICE_WORKER.read_text()
    assets = asset_urls()
    offline_pages = [reverse_in("reader:offline", code) for code in languages.CODES]
    version = hashlib.sha256("\n".join([template, *assets]).encode()).hexdigest()[:16]
    source = (template.replace("__VERSION__", version)
              .replace("__ASSETS__", json.dumps(assets))
              .replace("__LANGUAGES__", json.dumps(list(languages.CODES)))
              .replace("__OFFLINE_PAGES__", json.dumps(dict(zip(languages.CODES, offline_pages, strict=True)))))
    return source, version


def _page_item(page, code: str, kind: str) -> dict:
    specific = page.specific
    text = specific.text_in(code) if hasattr(specific, "text_in") else None
    with translation.override(code):
        return {"url": page.get_url(), "title": text.title if text else page.title, "kind": kind}


def offline_items(topic, code: str) -> list[dict]:
    """What "Save for offline" on a topic page keeps: the topic, its articles, the directory entries of its
    focus area and the pages that show what is kept, all in language ``code``."""
    from directory.models import Organization

    items = [_page_item(topic, code, "page")]
    items += [_page_item(article, code, "page") for article in topic.specific.articles().order_by("path")]
    if getattr(topic.specific, "focus_area", ""):
        actors = (Organization.objects.published().in_focus_area(str(topic.specific.focus_area))
                  .only("slug", "name").order_by("name"))
        with translation.override(code):
            items += [{"url": actor.get_absolute_url(), "title": actor.name, "kind": "actor"} for actor in actors]
    items += [{"url": reverse_in("reader:offline", code), "title": "", "kind": "support"},
              {"url": reverse_in("reader:my_list", code), "title": "", "kind": "support"}]
    return items


# --- lists handed over at the counter ---------------------------------------------------------------

def can_manage_counter_lists(user) -> bool:
    return bool(user and user.is_active and user.has_perm("reader.add_counterlist"))


def require_can_manage_counter_lists(user) -> None:
    if not can_manage_counter_lists(user):
        raise PermissionDenied


def find_counter_list(token: str):
    """The list with ``token``, or None; expired lists are returned too (the view answers 410)."""
    if not token or len(token) > 64:
        return None
    return CounterList.objects.filter(token=token).first()


def counter_list_items(counter_list, code: str) -> dict:
    """The list's pages and actors, in language ``code``; pages and actors no longer public are left out."""
    pages = [_page_item(entry.page, code, "page") for entry in
             counter_list.pages.select_related("page").order_by("sort_order")
             if entry.page.live and entry.page.get_view_restrictions().count() == 0]
    actors = []
    with translation.override(code):
        for entry in counter_list.actors.select_related("organization").order_by("sort_order"):
            organization = entry.organization
            if organization.is_published:
                actors.append({"url": organization.get_absolute_url(), "title": organization.name,
                               "kind": "actor", "organization": organization})
    return {"pages": pages, "actors": actors}
