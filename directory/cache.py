"""Cached views of the directory (filter labels, facet counts) are dropped whenever directory data changes.

Any save or delete of a directory model, and any change of its many-to-many links, purges the
directory generation of ``kernel.cache``. A bulk write that sends no signal (``QuerySet.update``,
``bulk_create``) of something these views show must call ``directory_changed`` itself. Topic pages,
which list actors, depend on that generation too.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from kernel import cache as generations

APP_LABELS = ("directory",)


def directory_changed() -> None:
    """Purge now, for this transaction's own later reads, and again once it commits, because a
    request in between may have cached what was committed before."""
    generations.purge(generations.DIRECTORY)
    transaction.on_commit(lambda: generations.purge(generations.DIRECTORY))


def _is_directory_model(sender) -> bool:
    meta = getattr(sender, "_meta", None)
    return meta is not None and meta.app_label in APP_LABELS


def _saved_or_deleted(sender, **kwargs):
    if _is_directory_model(sender):
        directory_changed()


def _links_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and _is_directory_model(sender):
        directory_changed()


def connect() -> None:
    post_save.connect(_saved_or_deleted, dispatch_uid="directory-cache-save")
    post_delete.connect(_saved_or_deleted, dispatch_uid="directory-cache-delete")
    m2m_changed.connect(_links_changed, dispatch_uid="directory-cache-m2m")


def get_or_compute(kind: str, parts, compute, timeout: int = generations.TIMEOUT):
    """The cached value of ``kind`` for ``parts``, computed on a miss; dropped when the directory changes."""
    key = generations.key(f"directory-{kind}", *parts, depends_on=(generations.DIRECTORY,))
    return generations.get_or_compute(key, compute, timeout)
