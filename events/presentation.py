"""How an activity reads: its place, its languages, its cost, in the reader's language."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS, WEEKDAYS
from django.utils.translation import get_language, gettext

from events.models import Audience

AUDIENCES = dict(Audience.choices)  # lazy labels, translated when shown


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


def audience_text(activity) -> str:
    """As ``get_audience_display()``, without translating every choice to look one up."""
    return str(AUDIENCES.get(activity.audience, activity.audience))


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
            "languages": language_names(activity), "audience": audience_text(activity),
            "cost": cost_text(activity)}


def times(start, end) -> dict:
    """An occurrence's start and end as the calendar writes them: what the template filters
    ``date:"c"``, ``date:"l j F"`` and ``time:"H:i"`` give, without a date formatter for each."""
    start = timezone.localtime(start)
    end = timezone.localtime(end) if end else None
    return {"start": start.isoformat(), "day": f"{WEEKDAYS[start.weekday()]} {start.day} {MONTHS[start.month]}",
            "start_time": f"{start:%H:%M}", "end": end.isoformat() if end else "",
            "end_time": f"{end:%H:%M}" if end else ""}
