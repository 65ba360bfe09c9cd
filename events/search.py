"""Activities as search documents: one per language, with their focus area and languages spoken."""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from kernel import languages
from kernel.text import shown_text
from search.documents import SearchDocument
from search.registry import QuerySetSource

ACTIVITY = "activity"


class ActivitySource(QuerySetSource):
    name = ACTIVITY
    label = _("Activity")
    plural_label = _("Activities")

    def queryset(self):
        from events.models import Activity

        return Activity.objects.published().select_related("organizer").prefetch_related("languages")

    def connect(self) -> None:
        from events.models import Activity

        for signal in (post_save, post_delete):
            signal.connect(self._changed, sender=Activity, dispatch_uid=f"search-activity-{id(signal)}")
        m2m_changed.connect(self._changed, sender=Activity.languages.through, dispatch_uid="search-activity-languages")

    def _changed(self, sender, instance, **kwargs):
        if not kwargs.get("raw"):
            self.changed(instance.pk)

    def documents(self, activity) -> list[SearchDocument]:
        return activity_documents(activity)


def activity_documents(activity) -> list[SearchDocument]:
    """One SearchDocument per language for an activity that is published and still to come."""
    if not activity.is_published or not activity.is_upcoming(timezone.localdate()):
        return []
    spoken = tuple(sorted(lang.code for lang in activity.languages.all()))
    organizer = activity.organizer.name if activity.organizer_id else ""
    docs = []
    for code in languages.CODES:
        title, title_language = shown_text(activity, "title", code)
        if not title:
            continue
        description = shown_text(activity, "description", code)[0]
        place = shown_text(activity, "place", code)[0]
        with translation.override(code):
            url = reverse("events:detail", kwargs={"pk": activity.pk})
        docs.append(SearchDocument(
            type=ACTIVITY, object_id=str(activity.pk), language=code, title=title,
            body=" ".join(filter(None, (description, place, organizer))), url=url,
            focus_areas=(activity.focus_area,) if activity.focus_area else (), categories=(ACTIVITY,),
            languages_served=spoken, names=(organizer,) if organizer else (), title_language=title_language))
    return docs
