"""Index on publish, unpublish, save and delete: each change is written after its transaction commits."""

from __future__ import annotations

import logging

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save

from search.documents import ORGANIZATION, PAGE
from search.indexing import sync_on_commit

log = logging.getLogger(__name__)


def _page_changed(sender, instance, **kwargs):
    sync_on_commit(PAGE, instance.pk)


def _organization_changed(sender, instance, **kwargs):
    if kwargs.get("raw"):  # loading fixtures
        return
    sync_on_commit(ORGANIZATION, instance.pk)


def _organization_m2m_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        sync_on_commit(ORGANIZATION, instance.pk)


def _service_changed(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    if instance.organization_id:
        sync_on_commit(ORGANIZATION, instance.organization_id)


def _synonyms_changed(sender, instance, **kwargs):
    from search.engines import get_engine
    from search.synonyms import forget, groups_for

    forget(instance.language)
    try:
        get_engine().update_synonyms(instance.language, groups_for(instance.language))
    except Exception:  # the engine being down must not stop staff from saving
        log.warning("could not send synonyms of %s to the search engine", instance.language, exc_info=True)


def connect() -> None:
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished

    from search.models import Synonym

    page_published.connect(_page_changed, dispatch_uid="search-page-published")
    page_unpublished.connect(_page_changed, dispatch_uid="search-page-unpublished")
    post_delete.connect(_page_changed, sender=Page, dispatch_uid="search-page-deleted")
    for signal in (post_save, post_delete):
        signal.connect(_synonyms_changed, sender=Synonym, dispatch_uid=f"search-synonyms-{id(signal)}")
    if not apps.is_installed("directory"):
        return
    try:
        organization = apps.get_model("directory", "Organization")
    except LookupError:
        return
    for signal in (post_save, post_delete):
        signal.connect(_organization_changed, sender=organization, dispatch_uid=f"search-org-{id(signal)}")
    for field_name in ("focus_areas", "languages"):
        field = getattr(organization, field_name, None)
        if field is not None and hasattr(field, "through"):
            m2m_changed.connect(_organization_m2m_changed, sender=field.through,
                                dispatch_uid=f"search-org-{field_name}")
    try:
        service = apps.get_model("directory", "Service")
    except LookupError:
        return
    for signal in (post_save, post_delete):
        signal.connect(_service_changed, sender=service, dispatch_uid=f"search-service-{id(signal)}")
