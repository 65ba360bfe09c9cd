"""Synonyms changed in the admin: the cache forgets them and the engine receives them."""

from __future__ import annotations

import logging

from django.db.models.signals import post_delete, post_save

log = logging.getLogger(__name__)


def _synonyms_changed(sender, instance, **kwargs):
    from search.backends import get_engine
    from search.synonyms import forget, groups_for

    forget(instance.language)
    try:
        get_engine().update_synonyms(instance.language, groups_for(instance.language))
    except Exception:  # the engine being down must not stop staff from saving
        log.warning("could not send synonyms of %s to the search engine", instance.language, exc_info=True)


def connect() -> None:
    from search.models import Synonym

    for signal in (post_save, post_delete):
        signal.connect(_synonyms_changed, sender=Synonym, dispatch_uid=f"search-synonyms-{id(signal)}")
