"""Any change of an activity empties the calendar's cache and the cached pages that list activities; a
saved activity's dates are stored anew (``events.occurrences``)."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from events import occurrences
from events.calendar import EVENTS
from kernel import cache as portal_cache


def activities_changed(**kwargs) -> None:
    for namespace in (EVENTS, portal_cache.PAGES):
        portal_cache.purge(namespace)
    transaction.on_commit(lambda: [portal_cache.purge(n) for n in (EVENTS, portal_cache.PAGES)])


def activity_saved(instance, raw=False, update_fields=None, **kwargs) -> None:
    """Its stored occurrences follow its rule; not while fixtures load (``raw``: the rows come with them,
    or ``manage.py store_occurrences --rebuild`` makes them), nor after a save of other fields only."""
    if raw or (update_fields is not None and not occurrences.SCHEDULE_FIELDS & set(update_fields)):
        return
    occurrences.store(instance)


def connect() -> None:
    from events.models import Activity

    post_save.connect(activity_saved, sender=Activity, dispatch_uid="events-occurrences")
    post_save.connect(activities_changed, sender=Activity, dispatch_uid="events-saved")
    post_delete.connect(activities_changed, sender=Activity, dispatch_uid="events-deleted")
    m2m_changed.connect(activities_changed, sender=Activity.languages.through, dispatch_uid="events-languages")
