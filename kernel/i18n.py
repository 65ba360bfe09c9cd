"""Per-language URLs of the thing being shown: used by the language switcher, hreflang and the sitemap."""

from __future__ import annotations

from dataclasses import dataclass

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
    result = []
    for lang in languages.TABLE:
        with translation.override(lang.code):
            url = page.get_url(request=request)
        result.append(Alternate(lang, url, lang.code in available))
    return result


def path_alternates(path: str) -> list[Alternate]:
    return [Alternate(lang, translate_url(path, lang.code), True) for lang in languages.TABLE]


def alternates_for(request, page=None) -> list[Alternate]:
    if page is not None and hasattr(page, "get_url"):
        return page_alternates(page, request)
    return path_alternates(request.get_full_path())
