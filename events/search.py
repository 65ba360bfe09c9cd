"""Activities as search documents: one per language, with their focus area and languages spoken."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone, translation

from kernel import languages

ACTIVITY = "activity"


def activity_documents(activity) -> list:
    """One SearchDocument per language for an activity that is published and still to come."""
    from search.documents import SearchDocument, translated_text

    if not activity.is_published or not activity.is_upcoming(timezone.localdate()):
        return []
    spoken = tuple(sorted(lang.code for lang in activity.languages.all()))
    organizer = activity.organizer.name if activity.organizer_id else ""
    docs = []
    for code in languages.CODES:
        title, title_language = translated_text(activity, "title", code)
        if not title:
            continue
        description = translated_text(activity, "description", code)[0]
        place = translated_text(activity, "place", code)[0]
        with translation.override(code):
            url = reverse("events:detail", kwargs={"pk": activity.pk})
        docs.append(SearchDocument(
            type=ACTIVITY, object_id=str(activity.pk), language=code, title=title,
            body=" ".join(filter(None, (description, place, organizer))), url=url,
            focus_areas=(activity.focus_area,) if activity.focus_area else (), categories=(ACTIVITY,),
            languages_served=spoken, names=(organizer,) if organizer else (), title_language=title_language))
    return docs


def register() -> None:
    """Register activities with the search app, when it is installed."""
    from django.apps import apps

    if not apps.is_installed("search"):
        return
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from events.models import Activity
    from search.indexing import Source, register, sync_on_commit

    class ActivitySource(Source):
        name = ACTIVITY

        def queryset(self):
            return Activity.objects.published().select_related("organizer").prefetch_related("languages")

        def objects(self):
            return self.queryset().iterator(chunk_size=200)

        def get(self, object_id):
            return self.queryset().filter(pk=object_id).first()

        def documents(self, activity):
            return activity_documents(activity)

    register(ActivitySource())

    def changed(sender, instance, **kwargs):
        if not kwargs.get("raw"):
            sync_on_commit(ACTIVITY, instance.pk)

    for signal in (post_save, post_delete):
        signal.connect(changed, sender=Activity, weak=False, dispatch_uid=f"events-search-{id(signal)}")
    m2m_changed.connect(changed, sender=Activity.languages.through, weak=False,
                        dispatch_uid="events-search-languages")
