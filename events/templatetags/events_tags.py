"""Coming activities on other apps' pages: an actor's page, a topic page, a meeting place."""

from django import template
from django.urls import reverse
from django.utils import timezone

from events import calendar, presentation
from events.models import Activity

register = template.Library()


def _context(occurrences, query: str = "") -> dict:
    url = reverse("events:calendar") + (f"?{query}" if query else "")
    return {"occurrences": occurrences, "calendar_url": url}


@register.inclusion_tag("events/components/upcoming.html")
def activities_of_organization(organization, limit=5):
    occurrences = calendar.upcoming_for(Activity.objects.filter(organizer=organization),
                                        today=timezone.localdate(), limit=limit)
    return _context(occurrences)


@register.inclusion_tag("events/components/upcoming.html")
def activities_in_focus_area(focus_area, limit=5):
    occurrences = calendar.upcoming(today=timezone.localdate(), limit=limit, focus=focus_area)
    return _context(occurrences, f"focus={focus_area}")


@register.inclusion_tag("events/components/upcoming.html")
def activities_at_meeting_place(page, limit=20):
    occurrences = calendar.upcoming_for(Activity.objects.at_meeting_place(page), today=timezone.localdate(),
                                        limit=limit)
    return _context(occurrences)


@register.simple_tag
def activity_facts(activity) -> dict:
    return {"place": presentation.place_text(activity), "languages": presentation.language_names(activity),
            "cost": presentation.cost_text(activity)}
