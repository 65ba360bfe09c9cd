"""The configured search engine: built from ``settings.SEARCH_BACKENDS`` with the languages of the table.

``SEARCH_BACKENDS = {"default": {"ENGINE": "search.engines.embedded.EmbeddedEngine", "OPTIONS": {...}}}``;
the engine class gets the languages it indexes (code, analysis chain, stemmer), the staff-managed synonyms
and its ``OPTIONS`` as keyword arguments.
"""

from __future__ import annotations

import json
import threading

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.module_loading import import_string

from kernel import languages
from search.analysis import Analyzer, analyzer
from search.engines.base import LanguageAnalysis, SearchEngine
from search.synonyms import groups_for

_engines: dict[str, SearchEngine] = {}
_lock = threading.Lock()


def language_analysis() -> list[LanguageAnalysis]:
    """What each language of the table needs for search."""
    return [LanguageAnalysis(lang.code, lang.analysis, lang.stemmer) for lang in languages.TABLE]


def analyzer_for(code: str) -> Analyzer:
    """The analyzer of a language code of the table (``sv``, ``ar``, ``sv-x-simple`` …)."""
    lang = languages.get(code)
    return analyzer(lang.analysis, lang.stemmer)


def analyze(text: str, code: str) -> list[str]:
    return analyzer_for(code).terms(text)


def configuration(alias: str = "default") -> dict:
    backends = getattr(settings, "SEARCH_BACKENDS", None) or {}
    try:
        config = backends[alias]
        config["ENGINE"]
    except (KeyError, TypeError) as exc:
        raise ImproperlyConfigured(f"SEARCH_BACKENDS[{alias!r}] with an ENGINE is required") from exc
    return config


def create(config: dict) -> SearchEngine:
    engine_class = import_string(config["ENGINE"])
    return engine_class(languages=language_analysis(), synonyms=groups_for, **config.get("OPTIONS", {}))


def get_engine(alias: str = "default") -> SearchEngine:
    config = configuration(alias)
    key = json.dumps([alias, config], sort_keys=True, default=str)
    engine = _engines.get(key)
    if engine is None:
        with _lock:
            engine = _engines.get(key)
            if engine is None:
                engine = _engines[key] = create(config)
    return engine


def reset_engine() -> None:
    """Forget the engines made so far (closing what they hold open)."""
    with _lock:
        for engine in _engines.values():
            close = getattr(engine, "close", None)
            if close is not None:
                close()
        _engines.clear()


@receiver(setting_changed)
def _settings_changed(setting, **kwargs):
    if setting == "SEARCH_BACKENDS":
        reset_engine()
