"""How an activity reads: its place, its languages, its cost, in the reader's language."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import get_language, gettext


def place_text(activity) -> str:
    """Room, place name and address, as far as they are known."""
    parts = [activity.place]
    location = activity.location
    if location is not None:
        parts += [location.name, ", ".join(filter(None, [location.address_1, location.postal_code, location.city]))]
    elif activity.meeting_place_id:
        parts.append(activity.meeting_place.text_in(get_language()).title if hasattr(activity.meeting_place, "text_in")
                     else activity.meeting_place.title)
    elif activity.organizer_id:
        parts.append(activity.organizer.name)
    seen, result = set(), []
    for part in parts:
        if part and part not in seen:
            seen.add(part)
            result.append(part)
    return ", ".join(result)


def language_names(activity) -> list[str]:
    return [lang.display_name for lang in activity.spoken_languages()]


def cost_text(activity) -> str:
    if activity.price is None:
        return ""
    if activity.price == 0:
        return gettext("Free")
    amount = f"{activity.price:.2f}".rstrip("0").rstrip(".")
    return gettext("%(amount)s kronor") % {"amount": amount}


def facts(activity) -> dict:
    """What a row of the calendar shows of an activity besides its title and time."""
    organizer = activity.organizer if activity.organizer_id else None
    return {"url": reverse("events:detail", kwargs={"pk": activity.pk}), "place": place_text(activity),
            "organizer_url": organizer.get_absolute_url() if organizer is not None else "",
            "languages": language_names(activity), "audience": activity.get_audience_display(),
            "cost": cost_text(activity)}
