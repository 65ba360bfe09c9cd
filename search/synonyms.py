"""Synonym groups per language, as staff manage them in the admin (cached; cleared when they change)."""

from __future__ import annotations

from django.core.cache import cache

CACHE_KEY = "search:synonyms:{}"


def groups_for(language: str) -> list[list[str]]:
    key = CACHE_KEY.format(language)
    groups = cache.get(key)
    if groups is None:
        from search.models import Synonym

        groups = [s.term_list for s in Synonym.objects.filter(language=language)]
        cache.set(key, groups, 300)
    return groups


def forget(language: str) -> None:
    cache.delete(CACHE_KEY.format(language))
