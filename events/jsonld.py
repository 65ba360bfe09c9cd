"""schema.org Event JSON-LD of activities (one object per occurrence shown)."""

from __future__ import annotations

from directory.jsonld import dumps
from events import presentation

STATUS = {"cancelled": "https://schema.org/EventCancelled", "moved": "https://schema.org/EventRescheduled",
          "scheduled": "https://schema.org/EventScheduled"}


def _place(activity) -> dict:
    place = {"@type": "Place", "name": presentation.place_text(activity) or activity.title}
    location = activity.location
    if location is not None and location.has_address:
        place["address"] = {"@type": "PostalAddress", "streetAddress": location.address_1,
                            "postalCode": location.postal_code, "addressLocality": location.city,
                            "addressCountry": location.country}
    return place


def event(occurrence, *, url: str) -> dict:
    activity = occurrence.activity
    status = "cancelled" if occurrence.cancelled else activity.status
    data = {
        "@context": "https://schema.org", "@type": "Event", "name": activity.title, "url": url,
        "startDate": occurrence.start.isoformat(), "eventStatus": STATUS[status],
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode", "location": _place(activity),
    }
    if occurrence.end:
        data["endDate"] = occurrence.end.isoformat()
    if activity.description:
        data["description"] = activity.description
    if activity.is_moved and activity.previous_start:
        data["previousStartDate"] = activity.previous_start.isoformat()
    if activity.organizer_id:
        data["organizer"] = {"@type": "Organization", "name": activity.organizer.name}
    codes = [lang.code for lang in activity.spoken_languages()]
    if codes:
        data["inLanguage"] = codes
    if activity.price is not None:
        data["isAccessibleForFree"] = activity.price == 0
        data["offers"] = {"@type": "Offer", "price": f"{activity.price:.2f}", "priceCurrency": "SEK",
                          **({"url": activity.registration_url} if activity.registration_url else {})}
    return data


def dump_events(occurrences, url_for) -> str:
    return dumps([event(o, url=url_for(o.activity)) for o in occurrences])
