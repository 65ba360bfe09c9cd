"""Per-language URLs of the thing being shown: used by the language switcher, hreflang and the sitemap."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.urls import translate_url
from django.utils import translation

from kernel import languages


@dataclass(frozen=True)
class Alternate:
    language: languages.Language
    url: str
    available: bool  # the content exists in this language (otherwise the fallback is shown)


def page_alternates(page, request=None) -> list[Alternate]:
    available = set(page.available_languages()) if hasattr(page, "available_languages") else set(languages.CODES)
    if hasattr(page, "localized_urls"):  # the page app's pages work out all their URLs at once
        urls = page.localized_urls(request)
    else:
        urls = {}
        for lang in languages.TABLE:
            with translation.override(lang.code):
                urls[lang.code] = page.get_url(request=request)
    return [Alternate(lang, urls[lang.code], lang.code in available) for lang in languages.TABLE]


def is_same_site_path(url: str) -> bool:
    """A path on this site: begins with one slash; no scheme, no host, no "//" or "/\\" that a
    browser would read as another host."""
    parts = urlsplit(url)
    return (not parts.scheme and not parts.netloc and url.startswith("/")
            and not url.startswith(("//", "/\\")) and not any(c in url for c in "\t\n\r"))


def path_alternates(path: str) -> list[Alternate]:
    """The same path in each language; the language's home page where the path is none of this site's
    (a 404 for ``//evil.example/x`` must not link there)."""
    result = []
    for lang in languages.TABLE:
        url = translate_url(path, lang.code) if is_same_site_path(path) else ""
        result.append(Alternate(lang, url if is_same_site_path(url) else f"/{lang.code}/", True))
    return result


def alternates_for(request, page=None) -> list[Alternate]:
    if page is not None and hasattr(page, "get_url"):
        return page_alternates(page, request)
    return path_alternates(request.get_full_path())
