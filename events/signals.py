"""Any change of an activity empties the calendar's cache and the cached pages that list activities."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from events.calendar import EVENTS
from kernel import cache as portal_cache


def activities_changed(**kwargs) -> None:
    for namespace in (EVENTS, portal_cache.PAGES):
        portal_cache.purge(namespace)
    transaction.on_commit(lambda: [portal_cache.purge(n) for n in (EVENTS, portal_cache.PAGES)])


def connect() -> None:
    from events.models import Activity

    post_save.connect(activities_changed, sender=Activity, dispatch_uid="events-saved")
    post_delete.connect(activities_changed, sender=Activity, dispatch_uid="events-deleted")
    m2m_changed.connect(activities_changed, sender=Activity.languages.through, dispatch_uid="events-languages")
