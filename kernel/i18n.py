"""Per-language URLs of the thing being shown: used by the language switcher, hreflang and the sitemap."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit, urlunsplit

from django.urls import NoReverseMatch, Resolver404, resolve, reverse
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


def _translator(path: str):
    """``translate_url(path, code)`` for any code, with the path resolved once instead of per language."""
    parsed = urlsplit(path)
    try:
        match = resolve(unquote(parsed.path))  # the path may be encoded
    except Resolver404:
        return lambda code: path
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name

    def translate(code: str) -> str:
        with translation.override(code):
            try:
                url = reverse(name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                return path
        return urlunsplit((parsed.scheme, parsed.netloc, url, parsed.query, parsed.fragment))

    return translate


def path_alternates(path: str) -> list[Alternate]:
    """The same path in each language; the language's home page where the path is none of this site's
    (a 404 for ``//evil.example/x`` must not link there)."""
    translate = _translator(path) if is_same_site_path(path) else lambda code: ""
    result = []
    for lang in languages.TABLE:
        url = translate(lang.code)
        result.append(Alternate(lang, url if is_same_site_path(url) else f"/{lang.code}/", True))
    return result


def alternates_for(request, page=None) -> list[Alternate]:
    if page is not None and hasattr(page, "get_url"):
        return page_alternates(page, request)
    return path_alternates(request.get_full_path())
